def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b=0):
    return a + b

add(1, b=2)
add(5)
print(add.__name__)

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("x"))

@trace
@repeat(2)
def two():
    return 2

two()

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass

print(sorted(registry), Foo.registered)

def add_method(cls):
    def greet(self):
        return "greetings from " + type(self).__name__
    cls.greet = greet
    return cls

@add_method
class Baz:
    pass

print(Baz().greet())

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def mul(a, b):
    return a * b

print(mul(2, 3), mul(4, 5), mul.calls)

class Svc:
    @property
    def name(self):
        return "svc"
    @staticmethod
    @repeat(2)
    def twice():
        return 1

print(Svc().name, Svc.twice())
