def add(a, b):  # reveal: (int, int) -> int
    return a + b


def sub(a, b):  # reveal: (int, int) -> int
    return a - b


def mul(a, b):  # reveal: (int, int) -> int
    return a * b


OPS = [add, sub, mul]


def apply_all(x, y):  # reveal: (int, int) -> list[int]
    out = []
    for op in OPS:
        out.append(op(x, y))
    return out


def apply(i, x, y):  # reveal: (int, int, int) -> int
    return OPS[i](x, y)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    results = apply_all(n - 4, 2 - n)
    return results[0] + apply(n - 1, n * 3 - 1, n - 7)


def target(driver, args):
    return entry_point
