class Abort(Exception):
    pass


def fail(msg):  # reveal: (str) -> Never
    raise Abort()


def fail_value(msg, code):  # reveal: (str, int(nonneg)) -> Never
    print(msg)
    raise ValueError(msg + str(code))


def checked_div(a, b):  # reveal: (int, int) -> int
    if b == 0:
        fail("division of " + str(a))
    return a // b


def run(a, b):  # reveal: (int, int) -> int
    try:
        return checked_div(a, b)
    except Abort:
        return 0


def validate(n):  # reveal: (int) -> int
    if n > 1000:
        fail_value("too large: " + str(n), n)
    return n - 1


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    r = run(n, 1 - len(argv)) + run(n, n)
    try:
        r += validate(n * 5000 - 1)
    except ValueError:
        r -= 1
    return r


def target(driver, args):
    return entry_point
