"""__index__ on user objects wherever CPython accepts an index: range(),
chr(), hex/oct/bin, round() digits, sequence repetition (both orders and
in place, with CPython's "can't multiply sequence" error), indexing and
slicing of str/list/tuple/bytes, int() through __int__ or __index__,
bytes(n), math.factorial/comb/perm, %d/%x formatting, list methods, and
the errors of a bad __index__."""

import math


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class J:
    def __int__(self):
        return 9


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


i = I(3)
t("range", lambda: list(range(i)))
t("range3", lambda: list(range(I(1), I(7), I(2))))
t("range-idx", lambda: range(10)[I(4)])
t("chr", lambda: chr(I(65)))
t("hex", lambda: hex(I(255)))
t("oct", lambda: oct(I(8)))
t("bin", lambda: bin(I(-5)))
t("round-float", lambda: round(3.14159, I(2)))
t("round-int", lambda: round(1234, I(-2)))
t("list*", lambda: [0] * i)
t("*list", lambda: i * [0, 1])
t("str*", lambda: "ab" * i)
t("*str", lambda: i * "ab")
t("tuple*", lambda: (1,) * i)
t("bytes*", lambda: b"x" * i)
t("bytearray*", lambda: bytearray(b"yz") * i)
t("bool*", lambda: [7] * True)
t("neg*", lambda: "ab" * I(-2))
t("float*", lambda: [0] * 2.5)
t("*float", lambda: 2.5 * "ab")
t("list*list", lambda: [0] * [1])
t("str*none", lambda: "x" * None)
t("big*", lambda: [0] * I(2 ** 70))


def inplace():
    a = [1, 2]
    b = a
    a *= I(2)
    print("list*=", a, a is b)
    s = "ab"
    s *= I(2)
    print("str*=", s)
    ba = bytearray(b"q")
    bb = ba
    ba *= I(3)
    print("bytearray*=", ba, ba is bb)
    try:
        a *= 1.5
    except TypeError as e:
        print("list*= float", e)


inplace()
t("list[i]", lambda: [1, 2, 3, 4][I(1)])
t("str[i]", lambda: "abcd"[I(2)])
t("tuple[i]", lambda: (1, 2, 3, 4)[I(-1)])
t("bytes[i]", lambda: b"abcd"[I(0)])
t("list[a:b]", lambda: [1, 2, 3, 4, 5][I(1):I(3)])
t("str[a:b:c]", lambda: "abcdef"[I(1):I(5):I(2)])
t("tuple[a:]", lambda: (1, 2, 3, 4)[I(1):])
f = 1.0
t("str[float]", lambda: "ab"[f])
t("list[float]", lambda: [1][f])
k = "x"
t("tuple[str]", lambda: (1,)[k])
t("int(I)", lambda: int(I(7)))
t("int(J)", lambda: int(J()))
t("bytes(I)", lambda: bytes(I(3)))
t("bytes(-1)", lambda: bytes(I(-1)))
t("factorial", lambda: math.factorial(I(5)))
t("comb", lambda: math.comb(I(5), I(2)))
t("perm", lambda: math.perm(I(5), I(2)))
t("%d %x %o", lambda: "%d %x %o" % (I(10), I(255), I(8)))
t("%d J", lambda: "%d" % J())
t("%x J", lambda: "%x" % J())
t("%c", lambda: "%c" % I(65))
t("insert", lambda: (lambda l: (l.insert(I(0), 9), l)[1])([1, 2]))
t("pop", lambda: [1, 2, 3].pop(I(1)))
t("index", lambda: [1, 2, 3].index(2, I(0)))
t("setitem", lambda: (lambda l: (l.__setitem__(I(0), 9), l)[1])([1, 2]))
t("slice.indices", lambda: slice(I(1), I(5)).indices(I(10)))
t("bad __index__", lambda: list(range(I("x"))))
t("bad __index__ chr", lambda: chr(I(1.5)))
t("bad __index__ mul", lambda: [0] * I(None))
t("bad __index__ getitem", lambda: [0][I("0")])
t("no __index__", lambda: chr(J()))
t("isinstance", lambda: isinstance(i, int))
