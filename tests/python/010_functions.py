def add(a, b=10, *args, c=0, **kw):
    return a + b + c + sum(args) + len(kw)

print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, c=5), add(1, x=1, y=2))
print(add(b=1, a=2))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(10), fact(25))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)])

def noreturn():
    pass

print(noreturn())

def kwonly(a, *, key="k"):
    return a + key

print(kwonly("x"), kwonly("y", key="z"))

def star(*args, **kwargs):
    return args, sorted(kwargs.items())

print(star(1, 2, a=3))
args = [1, 2]
kw = {"c": 3}
print(add(*args, **kw), star(*"ab", **{"q": 1}))
f = lambda x, y=2: x * y
print(f(3), f(3, 3), (lambda: 42)())
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(None, [0, 1, 2])))

def doc():
    "A docstring."
    return doc.__doc__

print(doc(), add.__name__)
