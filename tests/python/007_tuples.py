t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t[1:])
print((1,), (), tuple([4, 5]))
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(t + (4,), t * 2, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) == (1, 2), max((3, 1), (2, 5)))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
d = {(1, 2): "pair"}
print(d[(1, 2)], hash((1, 2)) == hash((1, 2)))
