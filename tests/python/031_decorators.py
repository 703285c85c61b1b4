def trace(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args)
        result = func(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)

def repeat(n):
    def deco(f):
        def inner(x):
            for _ in range(n):
                x = f(x)
            return x
        return inner
    return deco

@repeat(3)
def double(x):
    return x * 2

print(double(1))

def memoize(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass

print(registry)
