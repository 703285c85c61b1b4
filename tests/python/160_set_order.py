# Set iteration order follows CPython's hash table (ints, floats, tuples;
# no strs: their hash is randomized per process).

print({3, 1, 2})
print({100, 5, 37, 8, 64, 1})
print({-1, -2, -3, 7, 0})
print(hash(-(2**63)), hash(-(2**62) - 5), hash((-(2**63), 2**64)))
print({10**20, 2**61, 2**61 - 1, -(2**63), 12345678901234567890})
print({1.5, 2.25, -0.5, 1e100, 3.0, 0.1})
print({(1, 2), (3, 4), (0, 0), (-1, 5), ((1, 2), 3)})
print({1, 2.5, (1, 2), -7, 8, 16.0, 1000})
print({8, 16, 24, 32, 40, 48})
a, b, c = 64, 8, 128
print({a, b, c, 1})

s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
print(s)
print(sorted(s) == sorted(list(s)), len(s))
for i in range(0, 200, 3):
    s.discard(i % 101)
print(s)
for x in [5, 500, 5000, 50, 55]:
    s.add(x)
print(s)

s = set(range(20))
while len(s) > 12:
    print(s.pop(), end=" ")
print()
print(s)
s.add(1000)
s.add(3)
print(s, s.pop(), s.pop())

print(set(range(-10, 30, 3)))
print(set([48, 16, 32, 0, 8, 24, 40]))
print(frozenset([5, 13, 21, 29]))
print({x * 8 for x in range(12)})
print({x * x % 17 for x in range(40)})
print({(x, -x) for x in range(6)})

a = {1, 9, 17, 25, 33}
b = {33, 41, 49, 1, 2}
print(a | b, b | a)
print(a & b, b & a, {1} & {1.0}, {1.0} & {1, 2})
print(a - b, b - a)
print(a ^ b, b ^ a)
big = set(range(0, 400, 4))
small = {8, 400, 12, 3}
print(small - big, big & small, small & big)
print(sorted(big - small)[:5], len(big - small))
print(small ^ big == big ^ small, len(small ^ big))
print(a.union([100, 64, 3], (2, 2)), a.intersection([33, 17, 99]))
print(a.difference([9], {25}), a.symmetric_difference([1, 2, 3]))

c = {1, 2, 3}
c |= {64, 32, 16}
print(c)
c &= {64, 1, 2, 99}
print(c)
c -= {2}
print(c)
c ^= {5, 64, 128}
print(c)
c.update(range(30, 35), [9, 100])
print(c)
c.difference_update({30, 31, 100})
print(c)
c.intersection_update(range(0, 40))
print(c)
c.symmetric_difference_update([1, 2, 3])
print(c)

d = {5: 'a', 13: 'b', 3: 'c', 21: 'd'}
print(set(d), set(d.keys()), set(d.values()) == {'a', 'b', 'c', 'd'})
print(d.keys() | {1, 2}, d.keys() & {13, 3, 99}, d.keys() - {5}, d.keys() ^ {5, 6})
print({1, 2} | d.keys())

f = frozenset({(1, 2), 3, 4.5})
g = frozenset([3, (1, 2), 4.5])
print(f == g, hash(f) == hash(g), f, g)
print({f, frozenset(), frozenset([1]), frozenset([1, 2])})
print(frozenset(f) is f, f.copy() is f)
print(repr(set()), repr(frozenset()), {frozenset([2, 1])})

n = set()
for i in range(1000):
    n.add(i * 7919 % 10007)
print(list(n)[:20])
for i in range(0, 1000, 2):
    n.discard(i * 7919 % 10007)
print(list(n)[:20], len(n))
print(list(set(n))[:10], list(n.copy())[:10])

try:
    for x in c:
        c.add(x + 1000)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter({1, 2, 3})
print(type(it).__name__, next(it), list(it))
