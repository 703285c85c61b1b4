def make_acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc(10)
print(acc(1), acc(5), acc(-3))
fns = [lambda i=i: i * i for i in range(4)]
print([f() for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
def counter_pair():
    n = [0]
    def inc():
        n[0] += 1
        return n[0]
    def get():
        return n[0]
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc.__name__, inc.__closure__ is not None)
def curry(f, *a):
    return lambda *b: f(*(a + b))
print(curry(lambda x, y, z: x * 100 + y * 10 + z, 1, 2)(3))
x = 5
def reads_global():
    return x + 1
def shadows():
    x = 10
    return reads_global()
print(shadows())
