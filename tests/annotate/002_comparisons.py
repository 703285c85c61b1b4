def less(a, b):  # reveal: (int, int) -> bool
    return a < b


def between(lo, x, hi):  # reveal: (int, int, int) -> bool
    return lo <= x < hi


def same_text(s, t):  # reveal: (str, str) -> bool
    return s == t or s > t


def fge(x, y):  # reveal: (float, int) -> bool
    return x >= y


def sign(n):  # reveal: (int) -> int
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def entry_point(argv):  # reveal: (list[str]) -> int
    a = len(argv) - 3
    b = 2 - len(argv)
    r = sign(a)
    if less(a, b) and between(a, b, len(argv) - 1):
        r += 10
    if same_text(argv[0], argv[0].upper()):
        r += 1
    if fge(len(argv) * 0.5, b):
        r += 2
    return r


def target(driver, args):
    return entry_point
