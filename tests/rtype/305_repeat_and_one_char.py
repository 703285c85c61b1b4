"""Lowerings that avoid allocations: `[x] * n` of a zero constant is one
zeroed allocation of max(n, 0) items (no one-item list, no repeat helper),
other repetitions keep the helper; a one-character literal used as a str is
a prebuilt string, and a char converted to a str at run time is picked from
the prebuilt table of the 256 latin-1 one-character strings."""


class Box(object):
    def __init__(self, v):
        self.v = v


def zeros(n):
    boxes = [None] * n
    ints = n * [0]
    floats = [0.0] * n
    flags = [False] * (n + 1)
    boxes.append(Box(len(ints) + len(floats) + len(flags)))
    return boxes


def not_zero(n):
    ones = [1] * n            # not zero bits: the helper repeats it
    neg = [-0.0] * n          # -0.0 is not zero bits either
    one = [None]
    twice = one * 2           # `one` is used again below
    one.append(None)
    return len(ones) + len(neg) + len(twice) + len(one)


def char_at(s, i):
    if i < 0:
        return "<<"
    return s[i]               # a char converted to str


def with_literal(s, n):
    if n > 1:
        return s
    return "-"                # a one-character literal used as a str


def entry_point(argv):
    n = len(argv) + 2
    print(zeros(n)[-1].v, len(zeros(-1)), not_zero(n))
    s = "a\u00e9\u20ac"
    parts = []
    for i in range(-1, len(s)):
        parts.append(char_at(s, i))
    print("".join(parts), char_at(s, 0) is char_at(s, 0), with_literal(s, n - 2))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
