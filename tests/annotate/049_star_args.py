def add3(a, b, c):  # reveal: (int, int, int) -> int
    return a + b - c


def call_with(args):  # reveal: (tuple[int, int, int]) -> int
    return add3(*args)


def total(*nums):
    s = 0
    for x in nums:
        s += x
    return s


def use_total(a, b):  # reveal: (int, int) -> int
    return total(a, b) + total(a) + total(*(a, b, a))


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    t = (n - 1, 2 - n, n * 5 - 1)
    return call_with(t) + use_total(n - 8, 4 - n)


def target(driver, args):
    return entry_point
