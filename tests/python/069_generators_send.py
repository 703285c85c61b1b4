def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ("done", count)

g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

def chain(*its):
    for it in its:
        r = yield from it
        if r is not None:
            print("sub returned", r)

def sub():
    yield 1
    yield 2
    return "sub-result"

print(list(chain([0], sub(), "ab")))

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"

c = catcher()
next(c)
c.send("a")
print(c.throw(ValueError("boom")))
next(c)
c.send("b")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

cl = closer()
print(next(cl))
cl.close()
cl.close()
try:
    next(cl)
except StopIteration:
    print("closed gen stops")

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def delegating():
    r = yield from averager()
    yield r

d = delegating()
next(d)
d.send(4)
print(d.send(None))

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

gen = counter(3)
print(type(gen).__name__, iter(gen) is gen, list(gen), list(gen))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(list(x for x in "abc" if x != "b"))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
