def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
print(c(), c(), c())
c2 = make_counter()
print(c2(), c())

def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10), adder(1)(1))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])
total = 0
def add_global(v):
    global total
    total += v
add_global(5)
add_global(7)
print(total)

def cell_param(a):
    def get():
        return a
    a = a * 2
    return get

print(cell_param(21)())
