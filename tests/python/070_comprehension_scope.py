x = "global x"
nums = [x for x in range(5)]
print(x, nums)
print({x: x * x for x in range(4)})
print({x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
print([[c * r for c in range(3)] for r in range(3)])
print([y for y in range(20) if y % 2 if y % 3])

class Scope:
    base = 10
    vals = [i * 2 for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)

print(Scope.vals, Scope.err)

def f():
    k = 5
    return [k + i for i in range(3)]

print(f())
flat = [v for row in [[1, 2], [3], []] for v in row]
print(flat)
words = ["apple", "Banana", "cherry", "date"]
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}))
print([w.upper() if len(w) > 4 else w for w in words])
gen = (c for c in "hello")
print(next(gen), next(gen), "".join(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(dict((k, v) for k, v in zip("abc", range(3))))
total = sum(n for n in range(101))
print(total)
try:
    print(i)
except NameError as e:
    print("NameError:", e)
print([n := 0] and [n := n + v for v in range(5)], n)
