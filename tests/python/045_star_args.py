def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))
print(f(1, 2))
print(f(*[1, 2, 5, 6, 7], d=0, z=9))
print(f(1, *(2, 3), *[4], **{"d": 5}, **{"y": 1}))
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4}, [*"xy", *range(2)])
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, "c": 5})
first, *middle, last = range(6)
print(first, middle, last)
*_, tail = [9, 8, 7]
print(tail)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
def g(*args):
    return len(args), args
print(g(), g(*[]), g(*"abc"))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
