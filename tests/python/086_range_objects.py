r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 7 in r, r.index(4), r.count(7))
print(range(5), range(1, 5), range(1, 10, 2), list(range(0)), list(range(5, 1)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(-5, 5, 4)), list(range(3, -4, -2)))
print(range(3) == range(0, 3), range(0) == range(2, 2))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), list(range(10))[2::3])
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big, big[10 ** 6])
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(9)
except ValueError as e:
    print("ValueError:", e)
for i in range(2, -2, -1):
    print(i, end=" ")
print()
it = iter(range(3))
print(next(it), next(it), list(it))
print(bool(range(0)), bool(range(1)), list(enumerate(range(3), 1)))
print([i * j for i in range(1, 4) for j in range(i, 4)])
print(list(zip(range(3), range(10, 13), "abc")))
