def arith(a, b):  # reveal: (int, int) -> int
    q = a // b
    r = a % b
    return q * b + r


def true_div(a, b):  # reveal: (int, int) -> float
    return a / b


def negate(a):  # reveal: (int) -> int
    return -a


def mixed(a, b):  # reveal: (int, int) -> int
    total = a * 3 - b
    total += a // 2
    total -= b % 3
    return total


def entry_point(argv):  # reveal: (list[str]) -> int
    a = len(argv) - 8
    b = 3 - len(argv)
    r = arith(a, b) + negate(a) + mixed(b, a)
    if true_div(a, b) < 0.0:
        r += 1
    return r


def target(driver, args):
    return entry_point
