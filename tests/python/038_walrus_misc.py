data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
a = b = c = 7
print(a, b, c)
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == [1, 2, 3, 4], x is not [1, 2, 3, 4])
del y
try:
    print(y)
except NameError as e:
    print(e)
i, j = 0, 1
i, j = j, i
print(i, j)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
t = 1,
print(t, type(t).__name__)
print(True + 1, True * 3, False - 1, sum([True, True, False]))
print(None is None, [] is [], 1 == 1.0, "a" * 0 == "")
print(type(3 // 2), type(3 / 2), type(2 ** -1), 7 // 2.0)
