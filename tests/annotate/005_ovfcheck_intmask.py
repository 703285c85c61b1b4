from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint


def safe_add(a, b):  # reveal: (int, int) -> int
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def checked_mul(a, b):  # reveal: (int, int) -> int
    return ovfcheck(a * b)


def wrap_unsigned(u):  # reveal: (r_uint) -> int
    return intmask(u)


def hash_step(h, c):  # reveal: (int, int) -> int
    return intmask(h * 1000003 + c)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    r = safe_add(n, 7 - len(argv))
    try:
        r += checked_mul(n, n - 1)
    except OverflowError:
        r = 0
    r += wrap_unsigned(r_uint(n))
    return hash_step(r, n)


def target(driver, args):
    return entry_point
