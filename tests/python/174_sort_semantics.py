"""list.sort / sorted: homogeneous fast paths (ints, floats, strs, tuples)
and their fallbacks (subclasses overriding comparisons, mixed types,
NaN), stability, reverse, key functions, errors and the state of a list
whose sort raised, mutation during sort."""



class Rng(object):
    """A small linear congruential generator (no random module needed)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 16

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + self.next() % (b - a)

    def random(self):
        return (self.next() % 1000003) / 1000003.0


rng = Rng(7)


def check(items, **kw):
    a = sorted(items, **kw)
    b = list(items)
    b.sort(**kw)
    assert a == b
    return a


# ---- big homogeneous lists (several merge levels) ----
ints = [rng.randrange(-1000, 1000) for _ in range(3000)]
s = check(ints)
print(len(s), s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(check(ints, reverse=True)[:5])
floats = [rng.random() * 100 - 50 for _ in range(2000)]
s = check(floats)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), round(s[0], 6), round(s[-1], 6))
words = ["w%d" % rng.randrange(500) for _ in range(2000)]
s = check(words)
print(s[:4], s[-3:])
pairs = [(rng.randrange(50), i) for i in range(2500)]
s = check(pairs)
print(s[:4], s[-2:])
spairs = [("k%d" % rng.randrange(30), rng.random() < 0.5) for i in range(1500)]
s = check(spairs)
print(s[:3], s[-2:])
# already sorted, descending, and organ-pipe inputs
print(check(list(range(1000)))[:3], check(list(range(1000, 0, -1)))[:3])
pipe = list(range(500)) + list(range(500, 0, -1))
print(check(pipe)[-4:])
# mixed lengths of tuples, equal prefixes
tl = [(1, 2), (1,), (1, 2, 0), (0, 9), (1, 1, 5), ()]
print(sorted(tl), sorted(tl * 30)[:8])

# ---- stability and reverse stability ----
recs = [(rng.randrange(5), i) for i in range(200)]
by_key = sorted(recs, key=lambda r: r[0])
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(len(by_key) - 1)
          if by_key[i][0] == by_key[i + 1][0]))
by_key_rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(by_key_rev[:6])
print(sorted([3, 1, 2], key=lambda x: -x), sorted("banana"), sorted("banana", reverse=True))

# ---- ints mixed with bools and floats (one key, value 1 == 1.0 == True) ----
mixed = [3, 1.0, True, 2, 0.5, False, 1, 2.0]
print(sorted(mixed), sorted(mixed, reverse=True))
big = [2 ** 70, -2 ** 65, 5, 2 ** 64, -3]
print(sorted(big), sorted(big * 40)[:3])

# ---- NaN: comparisons are all false, the result depends on the order ----
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]), sorted([2.0, 1.0, nan, 0.5]))
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
lst = [nan, 1.0]
print(sorted(lst + lst))

# ---- subclasses that override comparisons ----
class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


class LenStr(str):
    def __lt__(self, other):
        return len(self) < len(other)


class Tup(tuple):
    def __lt__(self, other):
        return self[-1] < other[-1]


print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
print(sorted([LenStr("ccc"), LenStr("a"), LenStr("bb"), LenStr("zz")]))
print(sorted([Tup((1, 9)), Tup((2, 1)), Tup((0, 5))]))
print(sorted([(RevInt(1), "a"), (RevInt(3), "b"), (RevInt(2), "c")]))
print(sorted([(1, "b"), (RevInt(1), "a")]))
calls = []


class Logged(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(sorted([Logged(v) for v in [5, 2, 8, 1, 9, 3]]))
print(calls)
calls = []
sorted([Logged(v) for v in [1, 2, 3, 7, 6, 5, 4]])
print(calls)

# ---- errors: mixed types, state of the list after a failed sort ----
for bad in ([3, "a", 1], [1, 2, None], [(1, 2), (1, "x")], ["b", "a", 3, 0]):
    try:
        bad.sort()
        print("sorted?", bad)
    except TypeError as e:
        print("TypeError:", e, bad)
try:
    sorted([2, 1], key=lambda x: 1 // (x - 1))
except ZeroDivisionError as e:
    print("key raised:", e)
keyfail = [3, 2, 1]
try:
    keyfail.sort(key=lambda x: [][x])
except IndexError as e:
    print("key IndexError", keyfail)
rev = [1, 2, 3, "x", 4]
try:
    rev.sort(reverse=True)
except TypeError as e:
    print("reverse TypeError", rev)
longbad = list(range(100, 0, -1)) + ["s"] + list(range(100))
try:
    longbad.sort()
except TypeError as e:
    print("long TypeError", len(longbad), sorted(x for x in longbad if isinstance(x, int))[:3])

# ---- mutation during sort ----
m = [3, 1, 2]


def grab(x):
    m.append(x)
    return x


try:
    m.sort(key=grab)
except ValueError as e:
    print("ValueError:", e, m)
seen = []
m2 = [2, 1]
m2.sort(key=lambda x: seen.append(len(m2)) or x)
print(seen, m2)
print(sorted([]), sorted([1]), sorted(()), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
t = (5, 4, 3)
print(sorted(t), t)

# ---- a comparison raising in the middle of merges: no item is lost ----
class Bomb(object):
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bomb.budget -= 1
        if Bomb.budget < 0:
            raise RuntimeError("boom")
        return self.v < other.v


for budget in (10, 300, 900, 1500, 1650, 1800, 2000, 5000):
    vals = [rng.randrange(1000) for _ in range(300)]
    bombs = [Bomb(v) for v in vals]
    Bomb.budget = budget
    try:
        bombs.sort()
    except RuntimeError:
        pass
    print(len(bombs), sorted(b.v for b in bombs) == sorted(vals))
    keyed = [(v, i) for i, v in enumerate(vals)]
    Bomb.budget = budget
    try:
        keyed.sort(key=lambda t: Bomb(t[0]))
    except RuntimeError:
        pass
    print(sorted(keyed) == sorted((v, i) for i, v in enumerate(vals)))
