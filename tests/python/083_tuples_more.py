t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), len(t), t[1:3], t[::-1], t + (9,), t * 2, 4 in t)
print(tuple("abc"), tuple([1, 2]), tuple(), (1,), (), type(()).__name__)
a, b = b, a = 1, 2
print(a, b)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
print(max(points, key=lambda p: p[1]), sorted(points, reverse=True))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], repr(nested), str((1,)), str(("a", 'b"c')))
def swap(pair):
    x, y = pair
    return y, x
print(swap((1, "one")))
print(tuple(x * x for x in range(4)), sum((1, 2, 3)), min((5, 2, 8)))
record = ("Ann", 31, "NYC")
name, age, city = record
print(f"{name} ({age}) lives in {city}")
print(((1, 2) + (3,)) * 2, (0,) * 3)
print([t for t in enumerate("ab")], dict([("a", 1), ("b", 2)]))
