first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
p, *q = (9,)
print(p, q)
(x, y), *others = [(1, 2), 3, 4]
print(x, y, others)
h, t = "hi"
print(h, t)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)

def f(*args, **kw):
    return args, sorted(kw.items())

print(f(*[1, 2], *(3,), 4, *"ab"))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*range(3), k=1, **dict(z=0)))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
merged = [*range(3), *"xy", 9]
print(merged)
tup = (*merged[:2], 0)
print(tup)
s = {*"aba", *[1, 1]}
print(len(s))
d = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(d)
for i, *vals in [(1, 2, 3), (4, 5)]:
    print(i, vals)
print(*[1, 2, 3], sep=", ")
print(*"abc")
a = b = c = [0]
print(a is c)
i, j = j, i = 1, 2
print(i, j)
m, n = n, m = 5, 6
print(m, n)
x = [0, 0, 0]
k = 0
k, x[k] = 1, 7
print(k, x)
