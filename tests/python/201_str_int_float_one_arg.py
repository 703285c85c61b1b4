# str(x), int(x), float(x) with one argument: exact builtin types take a
# fast path; bools, subclasses and objects with __str__/__int__/__float__
# must still behave as in CPython


class S(str):
    def __str__(self):
        return "S.__str__"


class I(int):
    def __repr__(self):
        return "I.__repr__"


class F(float):
    pass


class WithStr:
    def __str__(self):
        return "WithStr"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


class StrMeta(type):
    def __call__(cls, *args):
        return "meta call %d" % len(args)


class Custom(metaclass=StrMeta):
    pass


values = [0, 7, -7, 123456789012345678, -2 ** 63, 2 ** 63, 10 ** 30, True, False,
          1.5, -0.0, 1e22, 1e-7, float("inf"), "abc", "", "é€", None, [1, 2], (3,),
          S("sub"), I(5), F(2.5), WithStr()]
for v in values:
    r = str(v)
    print(type(r).__name__, repr(r))
    print(r is v if type(v) is str else "-")
for v in [0, -12, 2 ** 63, True, 3.9, -3.9, 1e20, " 12 ", "-0", "1_000", I(5), F(7.7),
          WithStr(), "x", 2.5e300, float("nan"), None]:
    try:
        r = int(v)
        print("int", repr(r), type(r).__name__)
    except (ValueError, TypeError, OverflowError) as e:
        print("int", type(e).__name__, e)
for v in [0, -12, 2 ** 63, True, 3.9, " 1.5 ", "inf", "-nan", "1e3", F(7.7), I(3),
          WithStr(), "x", None]:
    try:
        r = float(v)
        print("float", repr(r), type(r).__name__)
    except (ValueError, TypeError, OverflowError) as e:
        print("float", type(e).__name__, e)
print(str(b"ab"), str(b"ab", "utf-8"), int("ff", 16), int("z", base=36), str(object=5))
print(type(S("x")).__name__, type(str(S("x"))).__name__, Custom(1), Custom())
f = 1.0
print(float(f) is f, str("q") == "q", int(5) == 5)
total = 0
for i in range(2000):
    total += len(str(i * i)) + int(str(i)) + int(float(i))
print(total)
