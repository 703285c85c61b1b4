# Fast paths of round 2: folded negative float constants and unary minus on
# plain ints and floats; and where they must give way.  Also sequences of
# LOAD_FAST / LOAD_CONST and unbound locals.

import sys

# -<float literal> is one constant; -0.0 and 0.0 stay distinct
a = -0.0
b = 0.0
print(a, b, -1.5, -(2.5), 2.0 ** -1.5, -1e308 * 10, -float("inf"))
print(str(-0.0), repr(-(0.0)), 1 / -2.0, -0.0 == 0.0)


def consts():
    return (-0.0, 0.0, -1.5, 1.5)


print(consts())

# unary minus
i = 7
f = 2.5
t = True
print(-i, -f, -t, -(-i), -0, -(-0.0), -False)
m = -sys.maxsize - 1
print(-m, type(-m).__name__, -(-m), -sys.maxsize)
n = 10 ** 30
print(-n, -(-n))


class MyInt(int):
    def __neg__(self):
        return "neg of MyInt"


class MyFloat(float):
    pass


print(-MyInt(3), -MyFloat(2.5), type(-MyFloat(2.5)).__name__)
try:
    print(-"s")
except TypeError as e:
    print("TypeError", e)
print(+i, ~i, not i, -(i), -(-(f)))

# LOAD_FAST followed by LOAD_FAST / LOAD_CONST


def pairs(x, y):
    s = x + y
    s = s * x - y
    return s, x < 3, y == "a", x is None


print(pairs(2, 5), pairs(5, 2), pairs(3, 1.5))


def unbound_second(flag):
    x = 1
    if flag:
        y = 2
    return x + y


print(unbound_second(True))
try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_first(flag):
    if flag:
        x = 1
    y = 2
    return x + y


try:
    unbound_first(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def line_of_error():
    x = 1
    del x
    y = 2
    return (y,
            x)


try:
    line_of_error()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def loop(n):
    total = 0.0
    k = 0
    while k < n:
        total = total - k * 0.5 + -1.25
        k = k + 1
    return total, k


print(loop(10), loop(0))
