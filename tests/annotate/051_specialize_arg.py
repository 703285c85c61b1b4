from rpython.rlib.objectmodel import specialize


@specialize.arg(0)
def convert(kind, n):
    if kind == "int":
        return n * 2
    else:
        return str(n)


class Point:
    def __init__(self, x, label):  # reveal: (Point, int, str) -> None
        self.x = x
        self.label = label


@specialize.arg(1)
def get_field(obj, name):
    return getattr(obj, name)


def as_int(n):  # reveal: (int) -> int
    return convert("int", n)


def as_text(n):  # reveal: (int) -> str
    return convert("text", n)


def get_x(p):  # reveal: (Point) -> int
    return get_field(p, "x")


def get_label(p):  # reveal: (Point) -> str
    return get_field(p, "label")


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 4
    p = Point(n, argv[0])
    return as_int(n) + len(as_text(n)) + get_x(p) + len(get_label(p))


def target(driver, args):
    return entry_point
