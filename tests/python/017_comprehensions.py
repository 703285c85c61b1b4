print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print(sorted({x % 3 for x in range(10)}))
print(sum(x for x in range(101)))
print(list(x * 2 for x in [1, 2, 3]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "abc"], [n for n in [3, 1, 2] if n > 1])
y = 10
print([x + y for x in range(3)])
print(max(len(w) for w in ["a", "abc", "ab"]))
