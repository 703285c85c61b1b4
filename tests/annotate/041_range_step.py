def countdown(n):  # reveal: (int(nonneg)) -> list[int]
    out = []
    for i in range(n, -n, -1):
        out.append(i)
    return out


def evens(n):  # reveal: (int(nonneg)) -> int
    total = 0
    for i in range(0, n, 2):
        total += i - 1
    return total


def stepped(lo, hi):  # reveal: (int, int) -> int
    acc = 0
    for i in range(lo, hi, 3):
        acc = acc * 2 + i
    return acc


def last_index(n):  # reveal: (int(nonneg)) -> int(nonneg)
    r = 0
    for i in range(n):
        r = i
    return r


def indices(n):  # reveal: (int(nonneg)) -> range
    return range(n)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    r = len(countdown(n)) + evens(len(argv[0])) + stepped(n - 9, 4 - n)
    r += last_index(len(argv[0]))
    for i in indices(n):
        r -= i
    return r


def target(driver, args):
    return entry_point
