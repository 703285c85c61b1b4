"""Classes deriving from list, dict, int, str, tuple, float, set and
frozenset: overridden methods, super().__init__, isinstance, the base's
operators and methods, instance attributes, __missing__."""


class TaggedList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def total(self):
        return sum(self)

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return "TaggedList(%s, %r)" % (list.__repr__(self), self.tag)


m = TaggedList([3, 1, 2], "t")
m.append(5)
print(m, len(m), m.total(), m.tag)
print(isinstance(m, list), isinstance(m, TaggedList), type(m).__name__)
print(issubclass(TaggedList, list), TaggedList.__mro__)
m.sort()
print(m, m[0], m[1:], m + [9], type(m + [9]).__name__, type(m[1:]).__name__)
print(sorted(m, reverse=True), list(m), [x * 2 for x in m], 50 in m)
m[0] = 7
del m[1]
m.extend([4])
print(m, str(m), bool(m), bool(TaggedList([], "e")))


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __len__(self):
        return super().__len__() * 100


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), s.pop(), s, bool(s))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] += 1


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, len(c), c["the"], c["zebra"], "zebra" in c, isinstance(c, dict))
print(sorted(c.items()), c.get("cat"), type(c.copy()).__name__)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["HELLO"], "hello" in d, "World" in d, "x" in d, list(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class AttrDict(dict):
    __getattr__ = dict.__getitem__

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, sorted(a.keys()))


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    def __repr__(self):
        return "%d %s" % (int(self), self.currency)


x = Money(5)
y = Money(7, "USD")
print(x, y, x + y, x + 1, 1 + x, x * 3, -x, x == 5, x < y, hash(x) == hash(5))
print(type(x + 1).__name__, type(1 + x).__name__, type(x * 3).__name__)
print(isinstance(x, int), int(x), type(int(x)).__name__, str(x), "%d" % x)
print([10, 20, 30, 40, 50, 60][x], range(10)[x], f"{x:>4}", x.bit_length())


class Twice(int):
    def __radd__(self, other):
        return "radd"


print(1 + Twice(2), Twice(2) + 1)


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 99


n = Name("hello")
print(n, n.shout(), len(n), n + "x", n[1], repr(n), n == "hello", n.split("l"))
print({n: 1}["hello"], {"hello": 2}[n], type(n + "x").__name__, type(str(n)).__name__)
print(isinstance(n, str), n.startswith("he"), "-".join([n, n]), f"<{n}>")


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(%d, %d)" % self


p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), p + (5,), tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, sorted([Point(2, 1), Point(1, 5)]), max(p))


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, t.to_f(), t + 1, type(t + 1).__name__, round(t), float(t), t > 50)


class TagSet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)


ts = TagSet([1, 2])
ts.add_all(3, 4)
print(sorted(ts), len(ts), 3 in ts, sorted(ts | {9}), type(ts | {9}).__name__)


class Frozen(frozenset):
    def describe(self):
        return "Frozen of %d" % len(self)


fz = Frozen([1, 2, 2, 3])
print(fz.describe(), 2 in fz, hash(fz) == hash(frozenset([1, 2, 3])), fz == {1, 2, 3})


class Base(list):
    pass


class Derived(Base):
    def __init__(self, *args):
        super().__init__(args)


print(Derived(1, 2, 3), isinstance(Derived(), Base), Derived.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    hash(TaggedList([], "x"))
except TypeError as e:
    print("TypeError:", e)
