# passes: constfold
# An op that can raise only for some values of one operand cannot raise
# when that operand is a suitable constant, whatever the other: its
# exception test goes (the op stays). Shifts by a non-negative count, floor
# division and modulo by a nonzero constant (ovfcheck'ed: also not -1),
# float division by a nonzero constant. Shifts by a negative or variable
# count, division by zero or by a variable, ovfcheck'ed division by -1
# keep their test.
from rpython.rlib.rarithmetic import ovfcheck


def shifts(x, n):
    return (x >> 1) + (x << 3) + (x >> n) + (x << -1)


def divs(x, y):
    return x // 10 + x % 7 + x // y + x % -3


def divs_ovf(x):
    a = 0
    try:
        a = ovfcheck(x // 4) + ovfcheck(x % 5)
        a += ovfcheck(x // -1)
    except OverflowError:
        a = -1
    except ZeroDivisionError:
        a = -2
    return a


def fdivs(f, g):
    return f / 2.0 + f / g + f % 3.0 + f // 0.0


def entry_point(argv):
    n = len(argv)
    print(shifts(n, n))
    print(divs(n + 20, n))
    print(divs_ovf(n))
    print(fdivs(float(n), 1.5))
    return 0


def target(driver, args):
    return entry_point
