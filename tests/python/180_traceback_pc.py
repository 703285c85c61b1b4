"""Traceback line numbers of errors raised by every kind of instruction
(the hot ones handled in the eval loop, the rare ones out of line), after
jumps, loops, calls, handled exceptions and generator resumption, and
RecursionError."""


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def run(fn, *args):
    try:
        r = fn(*args)
        print(fn.__name__, "->", r)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, lines_of(e))


def unbound_local():
    if False:
        x = 1
    return x


def unbound_after_del():
    y = 2
    del y
    del y


def global_missing():
    total = 0
    for i in range(5):
        total += i
    return total + no_such_global


def loop_then_fail(n):
    i = 0
    while i < n:
        i += 1
        if i == n:
            return [][i]


def for_then_fail():
    acc = 0
    for v in [1, 2, 3, "x", 5]:
        acc = acc + v
    return acc


def inner(k):
    if k == 0:
        return {}["missing"]
    return inner(k - 1)


def nested_calls():
    a = 1
    b = inner(3)
    return a + b


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v.nope


def method_fail():
    b = Box(1)
    return b.get()


def attr_store_fail():
    t = (1, 2)
    t.x = 5


def handled_then_fail():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    x = 5
    return x + "s"


def reraise_in_handler():
    try:
        int("zz")
    except ValueError as e:
        raise KeyError("k") from e


def bare_reraise():
    try:
        [].pop()
    except IndexError:
        y = 1
        raise


def finally_fail():
    try:
        return 1
    finally:
        len(5)


def gen():
    yield 1
    yield 2
    x = None
    yield x.attr


def gen_fail():
    out = []
    for v in gen():
        out.append(v)
    return out


def sub():
    yield 1
    raise ValueError("in sub")


def delegating():
    yield 0
    yield from sub()


def yield_from_fail():
    return list(delegating())


def throw_in():
    g = gen()
    next(g)
    return g.throw(TypeError("thrown"))


def unpack_fail():
    a, b = 1, 2
    c, d = [a, b, 3]


def build_fail():
    s = {1, 2}
    return {[1]: s}


def closure_fail():
    def f():
        return z
    r = f()
    z = 1
    return r


def fstring_fail():
    v = 3
    return f"{v:q}"


def compare_fail():
    n = 0
    while n < 3:
        n += 1
    return n < "3"


def call_kw_fail():
    return Box(v=1, w=2)


def with_fail():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    with CM():
        z = 1
        z.foo()


def comprehension_fail():
    return [1 / (i - 2) for i in range(4)]


def deep(n):
    return deep(n + 1) + 1


def recursion():
    try:
        deep(0)
    except RecursionError as e:
        ls = lines_of(e)
        print("RecursionError", e, ls[0], len(set(ls[1:])) == 1)
    # works again afterwards
    try:
        inner(400)
    except KeyError as e:
        ls = lines_of(e)
        return len(ls), ls[-1], ls[-2]


def second_error_same_frame():
    r = []
    for i in range(3):
        try:
            r.append(10 // (i - 1))
        except ZeroDivisionError as e:
            r.append(lines_of(e))
    return r


for f in [unbound_local, unbound_after_del, global_missing, for_then_fail,
          nested_calls, method_fail, attr_store_fail, handled_then_fail,
          reraise_in_handler, bare_reraise, finally_fail, gen_fail,
          yield_from_fail, throw_in, unpack_fail, build_fail, closure_fail,
          fstring_fail, compare_fail, call_kw_fail, with_fail,
          comprehension_fail, recursion, second_error_same_frame]:
    run(f)
run(loop_then_fail, 7)
