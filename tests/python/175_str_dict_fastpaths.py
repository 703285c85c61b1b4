"""Fast paths of str and dict operations and their fallbacks: plain %s/%d
formatting (int and str subclasses, bools, errors), str.join on lists,
tuples and iterators (presized result, errors), one-character find/rfind/
split/in (ASCII and non-ASCII text), list repetition, and dict keys that
are equal across types (1, 1.0, True) or subclasses overriding __eq__ and
__hash__."""


class MyInt(int):
    def __str__(self):
        return "MyInt!"

    def __repr__(self):
        return "MyInt?"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


print("%d %s %d %s" % (MyInt(5), MyInt(6), True, False))
print("%s|%s|%s" % (MyStr("x"), "plain", 3.5))
print("%s" % MyStr("solo"), "%d" % 7, "%s" % (None,), "%s" % [1, "a"])
print("%d%%" % 50, "%%d" % (), "a%sb%sc" % ("-", "+"), "%5d|%-4s|" % (42, "ab"))
print("%d" % 2 ** 80, "%d" % -17, "%d" % 3.99, "%s" % {"k": 1})
print("%(a)s-%(b)d" % {"a": "x", "b": 2}, "%s" % {"a": 1})
for fmt, args in (("%d %d", (1,)), ("%s", ()), ("%d", "x"), ("%s %s", ("a", "b", "c")),
                  ("%d", None), ("%z", 1), ("ab %\x07", 1), ("%é", 2), ("%z", ()), ("abc%", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# ---- join ----
parts = ["item%d" % i for i in range(50)]
joined = ",".join(parts)
print(len(joined), joined[:30], joined[-12:])
print("".join(parts[:5]), "-".join(("a", "b")), "+".join(x for x in "xyz"), "x".join([]))
print(", ".join(["solo"]), "é".join(["a", "ß", "c"]), len("é".join(["a", "ß", "c"])))
print("".join([MyStr("s"), "t"]), "/".join({"k1": 1, "k2": 2}))
for bad in (["a", 1], ("a", None), [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
lst = ["a", "b"]
print(":".join(lst), lst)

# ---- one-character searches ----
s = "a,b,,c,é,ü,d"
print(s.find(","), s.find(",", 2), s.rfind(","), s.rfind(",", 0, 5), s.find("é"), s.find("z"))
print(s.split(","), s.split(",", 2), s.rsplit(",", 1), "é" in s, "," in s, "x" in s)
print("%" in "100%", "abc".find("c", -1), "abc".find("a", 1), "".find("a"), "aaa".count("a"))
t = "ü" * 5 + "x" + "ü" * 5
print(t.find("x"), t.rfind("ü"), t.find("ü", 3), t.index("x"), t.split("x"))
log = "k=1;k=2;j=3"
print([p.split("=") for p in log.split(";")], log.partition(";"), log.rpartition(";"))

# ---- repetition ----
print([0] * 3, [None] * 2, [1, 2] * 2, [[]] * 2, (1,) * 3, () * 5, [7] * 0, [7] * -3)
row = [[0] * 2] * 2
row[0][0] = 9
print(row, ("a", "b") * 2, 2 * [True], "ab" * 3)

# ---- dict keys equal across types ----
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d.get(1.0), d.get(True), 1 in d, 1.0 in d)
d2 = {True: "t", 0: "zero"}
d2[False] = "f"
d2[1] = "one"
print(d2, d2.setdefault(0.0, "new"), d2.setdefault(2, "two"), d2)


class Key(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 10 == other.v % 10

    def __hash__(self):
        return self.v % 10

    def __repr__(self):
        return "Key(%d)" % self.v


class HStr(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


dk = {Key(1): "a", Key(12): "b"}
dk[Key(21)] = "c"
print(dk, dk.get(Key(31)), Key(2) in dk, dk.setdefault(Key(5), "e"), len(dk))
dh = {HStr("Abc"): 1}
print(dh.get(HStr("ABC")), dh.get("abc"), HStr("abc") in dh)
counts = {}
for w in "the cat the dog the end".split(" "):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), sorted(counts, key=counts.get))
nested = {}
for k, v in [(1, "a"), (2, "b"), (1, "c"), (1.0, "d"), (True, "e")]:
    nested.setdefault(k, []).append(v)
print(nested)

# ---- list iterators stay exhausted; unpacking lists ----
grow = [1, 2]
it = iter(grow)
print(list(it), next(it, "done"))
grow.append(3)
print(next(it, "still done"), list(it), grow)
it2 = iter(grow)
print(next(it2))
grow.append(4)
print(list(it2))
a, b, c = [10, 20, 30]
(x, y), z = [[1, 2], 3]
print(a, b, c, x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)

# ---- slices without a step ----
class Idx(object):
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


word = "héllo wörld"
tup = (0, 1, 2, 3, 4, 5)
seq = list(range(6))
for a, b in ((None, 5), (2, None), (-3, None), (None, -2), (4, 2), (-100, 100), (3, 3),
             (True, Idx(4)), (Idx(-4), -1), (2 ** 70, None), (None, -2 ** 70)):
    print(repr(word[a:b]), tup[a:b], seq[a:b], "abc"[a:b])
print(word[:] is word, word[0:len(word)] is word, word[:5] is word, MyStr("ab")[:] == "ab")
print(type(MyStr("ab")[:]).__name__, seq[:] is seq, seq[:] == seq)
for bad in (1.5, "x"):
    try:
        print(word[bad:])
    except TypeError as e:
        print("TypeError", e)
    try:
        print(seq[:bad])
    except TypeError as e:
        print("TypeError", e)
print(seq[::2 ** 80], seq[::-2 ** 80], seq[2 ** 80:-2 ** 80:-2 ** 70], word[Idx(2 ** 70):])
print(seq[:Idx(1)], tup[Idx(-2):])
try:
    seq[:Idx(2.5)]
except TypeError as e:
    print("TypeError", e)
long_fmt = "ünïcode literal text that is long enough %s, then more text %d!" * 3
print(long_fmt % ("a", 1, "b", 2, "c", 3))
print(("x" * 40 + "%s" + "y" * 17 + "%%" + "z" * 16 + "%d") % ("mid", 9))
