# A call whose result is a nullable instance, used without a None check
# (the program knows it is not None here). The callee's first annotated
# path returns None: the use must wait for its other returns instead of
# being reported as "always None".
class Shape:
    def __init__(self, name, sides):  # reveal: (Shape, str, int(nonneg)) -> None
        self.name = name
        self.sides = sides

    def describe(self):  # reveal: (Shape) -> str
        return "%s/%d" % (self.name, self.sides)


def make(sides):  # reveal: (int(nonneg)) -> Shape | None
    if sides < 3:
        return None
    if sides < 5:
        return Shape("small", sides)
    return Shape("big", sides)


def use(n):  # reveal: (int(nonneg)) -> int(nonneg)
    s = make(n)
    s.sides += 1
    return len(s.describe()) + s.sides


def entry_point(argv):  # reveal: (list[str]) -> int(nonneg)
    return use(len(argv) + 3)


def target(driver, args):
    return entry_point
