def both(a, b):  # reveal: (bool, bool) -> bool
    return a and b


def either(a, b):  # reveal: (bool, bool) -> bool
    return a or not b


def is_zero(n):  # reveal: (int) -> bool
    return not n


def first_nonzero(a, b):  # reveal: (int, int) -> int
    return a or b


def as_int(flag, n):  # reveal: (bool, int) -> int
    if flag:
        return n
    return flag


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    p = n > 1
    q = argv[0] == "prog"
    r = first_nonzero(n - 1, 2 - n) + as_int(q, n - 5)
    if both(p, q) or either(q, p):
        r += 1
    if is_zero(r):
        r -= 1
    return r


def target(driver, args):
    return entry_point
