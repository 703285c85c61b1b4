from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def double(x):
    return x + x


@specialize.argtype(0, 1)
def pair_of(a, b):
    return (b, a)


def double_int(n):  # reveal: (int) -> int
    return double(n)


def double_str(s):  # reveal: (str) -> str
    return double(s)


def double_float(x):  # reveal: (float) -> float
    return double(x)


def swap_mixed(n, s):  # reveal: (int, str) -> tuple[str, int]
    return pair_of(n, s)


def swap_ints(a, b):  # reveal: (int, int) -> tuple[int, int]
    return pair_of(a, b)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    r = double_int(n) + len(double_str(argv[0])) + int(double_float(n * 0.5))
    t = swap_mixed(n, argv[0])
    u = swap_ints(n, 4 - n)
    return r + t[1] + u[0] + len(t[0])


def target(driver, args):
    return entry_point
