t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[::-1], t + (4,), t * 2, (1,) == (1,), (1, 2) < (1, 3), len(()))
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z), w = 1, (2, 3), 4
print(first, rest, init, last, x, y, z, w)
head, *mid, tail = range(6)
print(head, mid, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
swap1, swap2 = 1, 2
swap1, swap2 = swap2, swap1
print(swap1, swap2, t.index(2), t.count(3), 2 in t, hash((1, 2)) == hash((1, 2)))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print(tuple("abc"), tuple([1, [2]]), tuple(range(3)), (1, 2) + tuple(), sorted((3, 1, 2)))
pairs = list(zip("abc", range(3)))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean, stats((2, 2)))
print((1, "a", None, 2.5, (3,)), repr((1,)), str(()), ((),), max([(1, "b"), (1, "a")]))
