"""Argument binding errors as CPython 3.11 words them, on a table of
signatures x calls: positional-only parameters passed by keyword, too
many positional arguments (with the keyword-only ones given), missing and
unexpected arguments, multiple values, and the qualified function name
(methods, nested functions, lambdas, a renamed __qualname__)."""

def t(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, e)

def f0(): pass
def f1(a): pass
def f2(a, b): pass
def fpo(a, /): pass
def fpo2(a, b, /, c): pass
def fd(a, b=2): pass
def fko(a, *, k): pass
def fko2(*, k, m): pass
def fkod(*, k=1): pass
def fva(a, *args): pass
def fkw(a, **kw): pass
def fall(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def fpod(a, b=1, /): pass
class C:
    def m(self, a): pass
    def mpo(self, a, /): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
calls = [
    ("f0(1)", lambda: f0(1)),
    ("f0(1,2)", lambda: f0(1, 2)),
    ("f0(x=1)", lambda: f0(x=1)),
    ("f1()", lambda: f1()),
    ("f1(1,2)", lambda: f1(1, 2)),
    ("f1(b=1)", lambda: f1(b=1)),
    ("f1(1,a=1)", lambda: f1(1, a=1)),
    ("f2()", lambda: f2()),
    ("f2(1)", lambda: f2(1)),
    ("f2(b=1)", lambda: f2(b=1)),
    ("f2(1,2,3)", lambda: f2(1, 2, 3)),
    ("fpo(a=1)", lambda: fpo(a=1)),
    ("fpo()", lambda: fpo()),
    ("fpo(1,2)", lambda: fpo(1, 2)),
    ("fpo2(a=1,b=2,c=3)", lambda: fpo2(a=1, b=2, c=3)),
    ("fpo2(1,2)", lambda: fpo2(1, 2)),
    ("fpo2(1,b=2,c=3)", lambda: fpo2(1, b=2, c=3)),
    ("fpod(b=1)", lambda: fpod(b=1)),
    ("fpod(1, b=1)", lambda: fpod(1, b=1)),
    ("fd()", lambda: fd()),
    ("fd(1,2,3)", lambda: fd(1, 2, 3)),
    ("fd(1,c=3)", lambda: fd(1, c=3)),
    ("fd(1,2,b=3)", lambda: fd(1, 2, b=3)),
    ("fko(1)", lambda: fko(1)),
    ("fko(1,2)", lambda: fko(1, 2)),
    ("fko(1,2,k=1)", lambda: fko(1, 2, k=1)),
    ("fko2()", lambda: fko2()),
    ("fko2(1)", lambda: fko2(1)),
    ("fko2(k=1)", lambda: fko2(k=1)),
    ("fkod(1)", lambda: fkod(1)),
    ("fkod(1,2)", lambda: fkod(1, 2)),
    ("fkod(j=1)", lambda: fkod(j=1)),
    ("fva()", lambda: fva()),
    ("fva(a=1, b=2)", lambda: fva(a=1, b=2)),
    ("fva(1, a=2)", lambda: fva(1, a=2)),
    ("fkw()", lambda: fkw()),
    ("fkw(1, a=2)", lambda: fkw(1, a=2)),
    ("fall()", lambda: fall()),
    ("fall(1)", lambda: fall(1)),
    ("fall(a=1,d=1)", lambda: fall(a=1, d=1)),
    ("fall(1,b=2,d=1)", lambda: fall(1, b=2, d=1)),
    ("fall(1,d=1,c=1,e=1,z=1)", lambda: fall(1, d=1, c=1, e=1, z=1)),
    ("fall(1,2,3,c=1,d=1)", lambda: fall(1, 2, 3, c=1, d=1)),
    ("C().m()", lambda: C().m()),
    ("C().m(1,2)", lambda: C().m(1, 2)),
    ("C().m(b=1)", lambda: C().m(b=1)),
    ("C().mpo(a=1)", lambda: C().mpo(a=1)),
    ("C.m()", lambda: C.m()),
    ("C.s()", lambda: C.s()),
    ("C.s(1,2)", lambda: C.s(1, 2)),
    ("C.c()", lambda: C.c()),
    ("C.c(1,2)", lambda: C.c(1, 2)),
    ("lambda", lambda: (lambda x: x)()),
    ("lambda2", lambda: (lambda x: x)(1, 2)),
    ("dictkw", lambda: f2(1, **{"b": 2, "c": 3})),
    ("dictdup", lambda: f2(1, **{"a": 2})),
    ("starargs", lambda: f1(*[1, 2, 3])),
    ("f2(1,b=2,b=3)", lambda: f2(1, **{"b": 2}, **{"b": 3})),
    ("fkw(1, **{'a':1})", lambda: fkw(1, **{"a": 1})),
    ("fpo kw-only name", lambda: fpo(1, **{"a": 2})),
]
for label, f in calls:
    t(label, f)
def g(): pass
t("nested", lambda: [g(1) for _ in range(1)])
def f3(a, *, k, m): pass
def f4(a, /, b): pass
t("f1(1,2,b=3)", lambda: f1(1, 2, b=3))
t("f2(1,2,3,a=1)", lambda: f2(1, 2, 3, a=1))
t("f3(1,2,k=1,m=2)", lambda: f3(1, 2, k=1, m=2))
t("f3(1,2,3,k=1)", lambda: f3(1, 2, 3, k=1))
t("fd(1,2,3,k=1)", lambda: fd(1, 2, 3))
t("f4(1,2,a=3)", lambda: f4(1, 2, a=3))
t("f4(b=3)", lambda: f4(b=3))
def outer():
    def inner(x, /): pass
    return inner
t("inner", lambda: outer()(x=1))
t("inner2", lambda: outer()())
def fpkw(a, /, **kw): return (a, kw)
print(fpkw(1, a=2))
g.__qualname__ = "renamed"
t("renamed", lambda: g(1))
def g(): pass
g.__qualname__ = "r"
g.__name__ = "n"
print(g.__qualname__, g.__name__, repr(g).split(" at ")[0])
try:
    g.__name__ = 3
except TypeError as e:
    print(e)
