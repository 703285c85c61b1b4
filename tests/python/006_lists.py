a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-2])
a.append(7)
a.extend([8, 10])
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a, a.index(5), a.count(1))
b = sorted(a)
print(b, sorted(a, reverse=True))
a.sort()
print(a)
a.reverse()
print(a)
print(a[1:4], a[::3], a[::-2])
a[0] = 100
a[1:3] = [7, 7, 7]
print(a)
del a[0]
del a[-2:]
print(a)
print([1, 2] + [3], [0] * 5, [[1, 2]] * 2)
print(1 in a, 99 in a, [1, 2] == [1, 2], [1, 2] < [1, 3])
print(list(range(5)), list("abc"), list((1, 2)))
nested = [[1, 2], [3, 4]]
nested[1].append(5)
print(nested, nested[1][2])
c = a.copy()
c.clear()
print(c, len(a) > 0)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(max(words, key=len), min(words))
print(sum([1, 2, 3]), sum([0.5, 0.25]), any([0, 1]), all([1, 0]))
