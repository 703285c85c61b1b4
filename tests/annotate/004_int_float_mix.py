def scale(n, x):  # reveal: (int, float) -> float
    return n * x + 1


def average(total, count):  # reveal: (int, int) -> float
    return total / count


def to_float(n):  # reveal: (int) -> float
    return float(n)


def truncate(x):  # reveal: (float) -> int
    return int(x)


def pick(flag, n, x):  # reveal: (bool, int, float) -> float
    if flag:
        return n
    return x


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 4
    x = len(argv) * 2.5
    y = scale(n, x) + average(n, 3 - len(argv)) + to_float(n)
    y += pick(len(argv) > 2, n, x)
    return truncate(y)


def target(driver, args):
    return entry_point
