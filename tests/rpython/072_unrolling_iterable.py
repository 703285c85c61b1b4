"""unrolling_iterable loops over constant tuples of (name, function) and of classes, unrolled at translation time."""
from rpython.rlib.unroll import unrolling_iterable


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


def op_max(a, b):
    if a > b:
        return a
    return b


OPERATIONS = unrolling_iterable([("add", op_add), ("sub", op_sub), ("mul", op_mul), ("max", op_max)])
FIELDS = unrolling_iterable(["x", "y", "z"])
WEIGHTS = unrolling_iterable([(1, 0.5), (2, 0.25), (3, 0.125)])


class Point(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def dispatch(name, a, b):
    for opname, func in OPERATIONS:
        if opname == name:
            return func(a, b)
    return -1


def sum_fields(p):
    total = 0
    for f in FIELDS:
        total += getattr(p, f)
    return total


def show_fields(p):
    parts = []
    for f in FIELDS:
        parts.append(f + "=" + str(getattr(p, f)))
    return " ".join(parts)


def entry_point(argv):
    n = len(argv)
    for name in ["add", "sub", "mul", "max", "pow"]:
        print(name, dispatch(name, 7 * n, 3))
    p = Point(1, 20, 300)
    print(show_fields(p), "sum:", sum_fields(p))
    acc = 0.0
    for k, w in WEIGHTS:
        acc += k * w
        print("weight", k, w, acc)
    results = []
    for opname, func in OPERATIONS:
        results.append("%s:%d" % (opname, func(10, 4)))
    print(" ".join(results))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
