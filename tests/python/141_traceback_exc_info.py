import sys

def fail():
    raise ValueError("bad")

try:
    fail()
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is not None, tb is e.__traceback__)
print(sys.exc_info())

def nested():
    try:
        fail()
    except ValueError:
        info = sys.exc_info()
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner", sys.exc_info()[0].__name__)
        print("restored", sys.exc_info()[0].__name__, sys.exc_info()[1] is info[1])
nested()
print(sys.exc_info()[0])

e = RuntimeError("fresh")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print(type(r.__cause__).__name__, r.__suppress_context__, r.__traceback__ is not None)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as t2:
    print(type(t2.__context__).__name__, t2.__cause__)
e2 = ValueError("x").with_traceback(None)
print(e2.__traceback__, repr(e2), e2.args)
def gen():
    try:
        yield 1
    except Exception:
        yield sys.exc_info()[0].__name__
g = gen()
next(g)
print(g.throw(IndexError("i")))
def deep(n):
    if n == 0:
        raise LookupError("deep")
    deep(n - 1)
try:
    deep(2)
except LookupError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(len(lines), lines[0] > 0, lines[-1] > lines[0] or lines[-1] < lines[0])
    e.__traceback__ = None
    print(e.__traceback__)
