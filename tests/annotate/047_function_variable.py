def double(x):  # reveal: (int) -> int
    return x * 2


def negate(x):  # reveal: (int) -> int
    return -x


def choose(flag):  # reveal: (bool) -> <function double> | <function negate>
    if flag:
        return double
    return negate


def run(f, x):  # reveal: (<function double> | <function negate>, int) -> int
    return f(x)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    f = choose(n > 1)
    g = choose(argv[0] == "prog")
    return run(f, n - 5) + run(g, 3 - n)


def target(driver, args):
    return entry_point
