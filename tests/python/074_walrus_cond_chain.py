data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
evens = [y for x in data if (y := x * 2) > 5]
print(evens, y)
stream = iter([5, 3, 0, 7])
total = 0
while (v := next(stream)) != 0:
    total += v
print("total", total)

def classify(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"

print([classify(v) for v in (-2, 0, 3)])
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < c, 1 < 2 < 3 < 4 < 2)
print(1 <= a <= 1, 0 < a != b, a is not None is not False)
calls = []
def val(x):
    calls.append(x)
    return x
print(val(1) < val(0) < val(5), calls)
calls.clear()
print(val(1) < val(2) < val(3), calls)
x = 7
print("in range" if 0 <= x < 10 else "out")
print(1 if [] else 2, 3 if "s" else 4, (lambda: 5 if x else 6)())
print(x if x % 2 else -x, [i if i % 3 else "fizz" for i in range(1, 7)])
print(1 < 2 == 2 > 1, "a" < "b" < "c", [1] < [1, 2] < [2])
print(not 1 < 0, not (1 < 0 < -1), 3 in [1, 3] == True)
res = [m for s in ["a1", "b22", "c"] if (m := len(s)) > 1]
print(res)
def f():
    if (k := 10) and (j := k + 1):
        return k, j
print(f())
