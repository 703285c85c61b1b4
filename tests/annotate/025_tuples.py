def swap(a, b):  # reveal: (int, str) -> tuple[str, int]
    return b, a


def first(t):  # reveal: (tuple[str, int]) -> str
    return t[0]


def second(t):  # reveal: (tuple[str, int]) -> int
    return t[1]


def div_mod(a, b):  # reveal: (int, int) -> tuple[int, int]
    return a // b, a % b


def combine(t):  # reveal: (tuple[int, int]) -> int
    q, r = t
    return q * 10 + r


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 2
    t = swap(n, argv[0])
    pairs = [t, (argv[0] + "x", n * 3)]
    s = first(pairs[1])
    return combine(div_mod(second(t), len(s) - 2)) + len(s)


def target(driver, args):
    return entry_point
