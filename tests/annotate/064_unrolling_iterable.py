from rpython.rlib.unroll import unrolling_iterable

OPS = unrolling_iterable([("add", 1), ("double", 2), ("triple", 3)])
FIELDS = unrolling_iterable(["x", "y"])


def apply(name, x):  # reveal: (str, int) -> int
    for opname, k in OPS:
        if name == opname:
            return x * k
    return x


class Point:
    def __init__(self, x, y):  # reveal: (Point, int, int) -> None
        self.x = x
        self.y = y


def sum_fields(p):  # reveal: (Point) -> int
    total = 0
    for name in FIELDS:
        total += getattr(p, name)
    return total


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 4
    p = Point(n, 7 - n)
    return apply(argv[0], n) + sum_fields(p)


def target(driver, args):
    return entry_point
