from rpython.rlib.rarithmetic import ovfcheck


def lookup(d, k):  # reveal: (dict[str, int], str) -> int
    try:
        return d[k]
    except KeyError:
        return -1


def at(lst, i):  # reveal: (list[int], int) -> int
    try:
        return lst[i]
    except IndexError:
        return -2


def parse(s):  # reveal: (str) -> int
    try:
        return int(s)
    except ValueError:
        return -3


def divide(a, b):  # reveal: (int, int) -> int
    try:
        return a // b
    except ZeroDivisionError:
        return -4


def multiply(a, b):  # reveal: (int, int) -> int
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -5


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    d = {argv[0]: n - 3}
    r = lookup(d, argv[0] + "?") + at([n - 1, 2 - n], n - 10)
    r += parse(argv[0]) + divide(n * 7 - 9, n - 1)
    r += multiply(3 - n, (n << 62) - n + 1)
    return r


def target(driver, args):
    return entry_point
