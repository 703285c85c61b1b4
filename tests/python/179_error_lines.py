"""Line numbers of errors in expressions spread over several lines: the
traceback names the line of the failing sub-expression (a name, subscript,
call, method call, attribute, operator), as CPython 3.11 does, not the line
where the statement starts."""

class O:
    def meth(self, x):
        return 1 / x
o = O()
def a1():
    return (o
            .meth(0))
def a2():
    return o.meth(
        0)
def a3():
    x = 5
    return f"{x} {undefined_f}"
def a4():
    return {
        "k": 1,
        [1]: 2,
    }
def a5():
    d = {}
    d[
        "x"] += 1
def a6():
    for i in (1,
              2, nope):
        pass
def a7():
    assert (1 ==
            2), "msg"
def a8():
    raise ValueError(
        "v")
def a9():
    x = [1, 2,
         3][
        10]
def a10():
    return (o.missing
            .other)
def a11():
    return (o.meth
            (0))
def a12():
    return len(
        5)
def a13():
    a, b = (1,
            2, 3)
def a14():
    return [y for y in
            range(3) if y / 0]
def a15():
    s = 0
    s += (1 +
          None)
def a16():
    return not_there(1,
                     2)
def a17():
    with open(
            "/nonexistent/x") as f:
        pass
def a18():
    import nosuchmod_abc
def a19():
    x = o.meth(1) + \
        o.meth(0)
def a20():
    return -(
        "s")
def a21():
    return (1 <
            "a")
def a22():
    return [*(1,
             2), *5]
def b1():
    y = (1 +
         x)
    x = 1
def b2(d={"a": 1}):
    return (d["a"] +
            d["b"])
def b3(a=0):
    return foo(a,
               1 / a)
def foo(a, b): return a
def b4():
    v = [
        1,
        undefined_name,
    ]
def b5(o=None):
    o = o or O2()
    return o.a.b \
        .c
class O2:
    def __init__(self):
        self.a = O()
def call(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, lines)
for f in [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22,
          b1, b2, b3, b4, b5]:
    call(f)
