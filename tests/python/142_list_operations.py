a = [5, 3, 8, 1]
a.append(9); a.extend([2, 2]); a.insert(0, 7); a.insert(-1, 6); a.insert(100, 0)
print(a, a.index(8), a.count(2), len(a))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(2); print(a)
a.reverse(); print(a)
a.sort(); print(a, a[::2], a[-3:], a[:-3])
b = a[:]
b[1:3] = [10, 20, 30]; print(b)
b[::2] = [0] * len(b[::2]); print(b)
del b[1::2]; print(b)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)], [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
c = [3, 1, 2]
print(sorted(c), c, list(reversed(c)), c.copy() is c, min(c), max(c), sum(c))
c.clear(); print(c, bool(c))
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError", e)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [x for row in m for x in row if x % 2], list(map(sum, m)))
nested = [1, [2, [3, [4]]]]
def flatten(l):
    out = []
    for x in l:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten(nested), list(enumerate("ab", 1)), list(filter(None, [0, 1, "", "a"])))
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
y = y + [5]
print(x, y, x is y)
