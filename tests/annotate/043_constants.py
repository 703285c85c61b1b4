def always_zero(n):  # reveal: (int) -> Literal[0]
    return 0


def scaled(x, factor):  # reveal: (int, Literal[3]) -> int
    return x * factor


def greet(name, greeting):  # reveal: (str, Literal['hello']) -> str
    return greeting + " " + name


def label():  # reveal: () -> Literal['abc']
    return "abc"


def choose(verbose, n):  # reveal: (Literal[True], int) -> int
    if verbose:
        return n
    return -1


def with_none(n, extra):  # reveal: (int, None) -> int
    if extra is None:
        return n
    return n + 1


def default_used(a, b=7):  # reveal: (int, Literal[7]) -> int
    return a - b


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 2
    r = always_zero(n) + scaled(n, 3) + scaled(n - 1, 3)
    r += len(greet(argv[0], "hello")) + len(label())
    r += choose(True, n) + with_none(n, None) + default_used(n)
    return r


def target(driver, args):
    return entry_point
