from rpython.rlib.rarithmetic import r_uint, intmask


def to_unsigned(n):  # reveal: (int) -> r_uint
    return r_uint(n)


def add_signed(u, n):  # reveal: (r_uint, int) -> r_uint
    return u + n


def mix(u, v):  # reveal: (r_uint, r_uint) -> r_uint
    return (u * v) ^ (u >> 3)


def below(u, v):  # reveal: (r_uint, r_uint) -> bool
    return u < v


def back_to_int(u):  # reveal: (r_uint) -> int
    return intmask(u)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 5
    u = to_unsigned(n)
    v = add_signed(u, 3 - len(argv))
    w = mix(u, v)
    if below(w, u):
        w = w - 1
    return back_to_int(w)


def target(driver, args):
    return entry_point
