def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def chain(*iters):
    for it in iters:
        yield from it

print(list(chain([1, 2], "ab", range(2))))

def sub():
    yield 1
    yield 2
    return "sub done"

def deleg():
    r = yield from sub()
    print("got", r)
    yield 3

print(list(deleg()))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in with_finally():
    print(v)
