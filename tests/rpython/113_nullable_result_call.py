"""Calling methods / reading attributes on a nullable instance result without an explicit None check (valid RPython: the value is known non-None by program logic)."""


class Shape(object):
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def describe(self):
        return "%s with %d sides" % (self.name, self.sides)


def make_shape(sides):
    if sides < 3:
        return None
    names = ["triangle", "square", "pentagon", "hexagon"]
    if sides - 3 < len(names):
        return Shape(names[sides - 3], sides)
    return Shape("polygon", sides)


def entry_point(argv):
    for n in [1, 2]:
        print(n, "->", make_shape(n) is None)
    for n in range(3, 9):
        s = make_shape(n)
        print(s.describe())
        s.sides += 1
        print("  mutated:", s.sides)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
