def fmt_int(n):  # reveal: (int) -> str
    return "n=%d" % n


def fmt_pair(name, value):  # reveal: (str, float) -> str
    return "%s: %f" % (name, value)


def fmt_radix(n):  # reveal: (int) -> str
    return "%x/%o" % (n, n)


def fmt_f(name, n):  # reveal: (str, int) -> str
    return f"{name}={n}"


def to_text(n):  # reveal: (int) -> str
    return str(n)


def quoted(s):  # reveal: (str) -> str
    return repr(s)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 7
    s = fmt_int(n) + fmt_pair(argv[0], n * 0.5) + fmt_radix(n)
    s += fmt_f(argv[0], n) + to_text(n) + quoted(argv[0])
    print(s)
    return len(s) - 40


def target(driver, args):
    return entry_point
