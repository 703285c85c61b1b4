square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print(list(map(lambda p: p[1], [(1, "a"), (2, "b")])))
print(sorted(["pear", "fig", "banana"], key=lambda w: (len(w), w)))

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(5)
inc(); inc(10)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([f(10) for f in make_multipliers()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late_binding())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()

print(outer())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulator()
print(acc(1), acc(2), acc(3))
print(acc.__closure__ is not None, len(acc.__closure__))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def set_global():
    global NEW_NAME
    NEW_NAME = "created"

set_global()
print(NEW_NAME)

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed

print(compose(str, square, lambda v: v + 1)(3))

def nonlocal_chain():
    a = 1
    def f():
        nonlocal a
        a += 1
        def g():
            nonlocal a
            a *= 10
        g()
    f()
    return a

print(nonlocal_chain())
