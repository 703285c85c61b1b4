def tail(s):  # reveal: (str) -> str
    return s[1:]


def head(s, n):  # reveal: (str, int(nonneg)) -> str
    return s[:n]


def window(s, lo, hi):  # reveal: (str, int(nonneg), int(nonneg)) -> str
    return s[lo:hi]


def prefixes(s):  # reveal: (str) -> list[str]
    out = []
    for i in range(len(s)):
        out.append(s[:i])
    return out


def entry_point(argv):  # reveal: (list[str]) -> int
    s = argv[0]
    n = len(argv)
    a = tail(s) + head(s, n)
    b = window(s, 0, len(s)) + window(s, n, len(a))
    return len(prefixes(a + b)) - 1


def target(driver, args):
    return entry_point
