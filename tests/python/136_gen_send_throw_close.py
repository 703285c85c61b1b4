def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("VE:" + str(e))
    finally:
        print("echo finally", received)

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(g.send(None))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

def never_started():
    print("never printed")
    yield 1
g2 = never_started()
g2.close()
try:
    g2.send(5)
except StopIteration:
    print("send to closed: StopIteration")
g3 = never_started()
try:
    g3.send(5)
except TypeError as e:
    print("TypeError", e)

def returns():
    x = yield 1
    return x * 2
g4 = returns()
next(g4)
try:
    g4.send(21)
except StopIteration as e:
    print("returned", e.value)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g5 = catches_exit()
next(g5)
g5.close()

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2
g6 = ignores_exit()
next(g6)
try:
    g6.close()
except RuntimeError as e:
    print("RuntimeError", e)

def thrower():
    yield 1
    yield 2
g7 = thrower()
next(g7)
try:
    g7.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(g7))

def delegating():
    r = yield from returns()
    yield "sub returned %s" % r
d = delegating()
print(next(d), d.send(5))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is not None:
            n += cmd
        else:
            n += 1
c = counter()
print([next(c), c.send(10), next(c), c.send("reset"), next(c)])
