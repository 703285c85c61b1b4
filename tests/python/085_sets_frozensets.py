a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a < a, a.issubset(a), {1}.issuperset(set()), a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], (7,))
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in {1, 3, 7}, len(s))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {9, 2}
print(sorted(c))
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs).__name__, sorted(fs | {4}), frozenset() == set(), fs == {1, 2, 3})
print({fs: "frozen"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset([1, 2, 3])))
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
words = "the quick brown the lazy quick".split()
print(sorted(set(words)), len(set(words)), sorted({len(w) for w in words}))
print(set("hello") == set("olleh"), sorted(set("mississippi")), set(), set([]) == set())
x = {1, 2}
y = x.copy()
y.add(3)
print(x, y, x.clear(), x)
print(sorted({3, 1, 2}), max({3, 7}), sum({1, 2, 3}), 2 in {1, 2}, 5 not in {1})
print({(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)}, {1, 1.0, True})
print(sorted(frozenset("abc") & set("bcd")), set(range(5)) - set(range(0, 5, 2)))
