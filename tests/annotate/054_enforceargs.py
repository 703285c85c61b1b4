from rpython.rlib.objectmodel import enforceargs


@enforceargs(int, str)
def repeat(n, s):  # reveal: (int, str) -> str
    return s * n


@enforceargs(float)
def half(x):  # reveal: (float) -> float
    return x / 2


@enforceargs(None, int)
def offset(s, k):  # reveal: (str, int) -> int
    return len(s) - k


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    r = len(repeat(n, "ab")) + int(half(n)) + int(half(n * 3.0))
    return r + offset(argv[0], 2)


def target(driver, args):
    return entry_point
