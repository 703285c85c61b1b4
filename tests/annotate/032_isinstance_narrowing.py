class Expr:
    pass


class Num(Expr):
    def __init__(self, v):  # reveal: (Num, int) -> None
        self.v = v


class Add(Expr):
    def __init__(self, a, b):  # reveal: (Add, Expr, Expr) -> None
        self.a = a
        self.b = b


class Neg(Expr):
    def __init__(self, e):  # reveal: (Neg, Expr) -> None
        self.e = e


def evaluate(e):  # reveal: (Expr) -> int
    if isinstance(e, Num):
        return e.v
    elif isinstance(e, Add):
        return evaluate(e.a) + evaluate(e.b)
    elif isinstance(e, Neg):
        return -evaluate(e.e)
    raise ValueError("unknown node")


def as_num(e):  # reveal: (Expr) -> Num | None
    if isinstance(e, Num):
        return e
    return None


def num_value(n):  # reveal: (Num) -> int
    return n.v


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    e = Add(Add(Num(n), Neg(Num(n - 5))), Neg(Add(Num(2), Num(n))))
    r = evaluate(e)
    m = as_num(e.b)
    if m is not None:
        r += num_value(m)
    m2 = as_num(Num(n * 7))
    if m2 is not None:
        r += num_value(m2)
    return r


def target(driver, args):
    return entry_point
