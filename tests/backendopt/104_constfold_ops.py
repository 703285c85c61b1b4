# passes: inline constfold
# After inlining, ops on constants are computed at translation time with
# the run-time semantics (wrapping, floor division, shifts, casts, float
# arithmetic, comparisons); an op that can raise is folded only when the
# constants prove it does not (then its exception test goes too): the
# division by zero and the overflowing ovfcheck stay.
from rpython.rlib.rarithmetic import ovfcheck, intmask


def mask(bits):
    return (1 << bits) - 1


def div(a, b):
    return a // b


def mod(a, b):
    return a % b


def add_checked(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def half(x):
    return x / 2.0


def code(c):
    return ord(c) + 1


def entry_point(argv):
    n = len(argv)
    print(mask(8), div(-7, 2), mod(-7, 2), div(n, 0), intmask(mask(64)))
    print(add_checked(5, 6), add_checked(9223372036854775807, 1))
    print(half(3.0), half(float(n)), code('a'), n > 3)
    return 0


def target(driver, args):
    return entry_point
