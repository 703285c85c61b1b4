# Functions called from one call site form a call family: they get the
# same parameter types (one function-pointer type can represent them), even
# though `halve` alone is only ever called with non-negative ints.


def halve(x):  # reveal: (int) -> int
    return x // 2


def negate(x):  # reveal: (int) -> int
    return -x


def pick(n):  # reveal: (int(nonneg)) -> <function halve> | <function negate>
    if n > 2:
        return halve
    return negate


class Shape:
    def area(self, scale):  # reveal: (Shape, int) -> int
        return 0


class Square(Shape):
    def __init__(self, side):  # reveal: (Square, int(nonneg)) -> None
        self.side = side

    # `self` keeps its own class in each member of the family.
    def area(self, scale):  # reveal: (Square, int) -> int
        return self.side * self.side * scale


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    total = halve(n) + pick(n)(n - 5)
    shapes = [Shape(), Square(n)]
    for s in shapes:
        total += s.area(n - 1)
    return total


def target(driver, args):
    return entry_point
