def f(a, b):
    return a + b
print(f(1, 2))
print(f("x", "y"))
f(1, "2")
