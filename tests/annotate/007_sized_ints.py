from rpython.rlib.rarithmetic import r_int32, r_uint32, r_uint, widen, intmask


def to32(n):  # reveal: (int) -> r_int32
    return r_int32(n)


def add32(a, n):  # reveal: (r_int32, int) -> r_int32
    return a + n


def to_u32(n):  # reveal: (int) -> r_uint32
    return r_uint32(n)


def mul_u32(a, b):  # reveal: (r_uint32, r_uint32) -> r_uint32
    return a * b


def widen32(a):  # reveal: (r_int32) -> int
    return widen(a)


def mixed_unsigned(u, a):  # reveal: (r_uint, r_int32) -> r_uint
    return u + a


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 10
    a = add32(to32(n), n * 3)
    b = mul_u32(to_u32(n), to_u32(len(argv) - 2))
    c = mixed_unsigned(r_uint(n), a)
    return widen32(a) + intmask(b) + intmask(c)


def target(driver, args):
    return entry_point
