s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s), len(s), 3 in s, 9 in s)
s.remove(1)
s.discard(100)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == {2, 1}, a.isdisjoint({9}))
print(set(), sorted(set("hello")), len(set([1, 1, 1])))
f = frozenset([1, 2])
print(sorted(f), f == {1, 2}, {f: "frozen"}[frozenset([2, 1])])
seen = set()
out = []
for x in [3, 1, 3, 2, 1]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print(sorted({x * x for x in range(-3, 4)}))
