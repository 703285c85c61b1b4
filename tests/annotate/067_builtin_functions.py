# Builtin functions and conversions of RPython-3.


def extremes(a, b, c):  # reveal: (int, int, int) -> tuple[int, int]
    return min(a, b, c), max(a, b)


def fmax(x, y):  # reveal: (float, int) -> float
    return max(x, y)


def magnitude(n):  # reveal: (int) -> int(nonneg)
    return abs(n)


def total(items):  # reveal: (list[int]) -> int
    return sum(items)


def largest(items):  # reveal: (list[int]) -> int
    return max(items)


def conversions(s, n):  # reveal: (str, int) -> tuple[int, float, str, bool, char, int(nonneg)]
    return int(s), float(n), str(n), bool(n), chr(65 + n % 26), ord(s[0])


def copy_chars(s):  # reveal: (str) -> list[char]
    return list(s)


class Thing:
    size = 3

    def __init__(self, w):  # reveal: (Thing, int) -> None
        self.w = w


def has_size(t):  # reveal: (Thing) -> Literal[True]
    return hasattr(t, "size")


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 2
    lo, hi = extremes(n, n * 3, -n)
    f = fmax(n * 0.5, n)
    parts = [n, lo, hi]
    r = magnitude(n) + total(parts) + largest(parts)
    i, g, s, b, c, o = conversions(str(n + 10), n)
    if b and has_size(Thing(n)):
        r += 1
    return r + i + int(f) + len(s) + len(c) + o + len(copy_chars(argv[0]))


def target(driver, args):
    return entry_point
