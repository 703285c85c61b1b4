"""ovfcheck turns machine-word overflow of + - * into OverflowError."""
from rpython.rlib.rarithmetic import ovfcheck


def checked_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -1


def checked_add(a, b):
    try:
        r = ovfcheck(a + b)
    except OverflowError:
        print("  add overflow: %d + %d" % (a, b))
        return 0
    return r


def checked_sub(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        print("  sub overflow: %d - %d" % (a, b))
        return 0


def factorial(n):
    r = 1
    i = 2
    while i <= n:
        r = ovfcheck(r * i)
        i += 1
    return r


def entry_point(argv):
    n = len(argv)
    print("mul small:", checked_mul(123456 * n, 654321))
    print("mul big:", checked_mul(4611686018427387904 * n, 2))
    print("mul near:", checked_mul(4611686018427387903 * n, 2))
    print("add:", checked_add(9223372036854775800, 7 * n))
    print("add:", checked_add(9223372036854775800, 8 * n))
    print("sub:", checked_sub(-9223372036854775800, 8 * n))
    print("sub:", checked_sub(-9223372036854775800, 9 * n))
    last = 0
    for k in range(15, 30):
        try:
            f = factorial(k)
            print("%d! = %d" % (k, f))
            last = k
        except OverflowError:
            print("%d! overflows" % k)
    print("largest factorial that fits:", last)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
