"""@specialize.argtype: one generic helper used with ints, floats, strs and instances."""
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def describe(x):
    return "<" + str(x) + ">"


@specialize.argtype(0, 1)
def pick_larger(a, b):
    if a > b:
        return a
    return b


@specialize.argtype(0)
def total(values):
    acc = values[0]
    for v in values[1:]:
        acc = acc + v
    return acc


class Box(object):
    def __init__(self, v):
        self.v = v


class Cell(object):
    def __init__(self, v):
        self.v = v


@specialize.argtype(0)
def unbox(x):
    # Box and Cell are unrelated classes whose `v` attributes have different types
    return x.v


def entry_point(argv):
    n = len(argv)
    print(describe(42 * n), describe(2.5), describe("text"), describe(True))
    print(pick_larger(3, 7 * n), pick_larger(2.5, -1.0), pick_larger("pear", "apple"))
    print(total([1, 2, 3, 4]), total([0.5, 0.25]), total(["a", "b", "c"]))
    print(unbox(Box(17)) + 1, unbox(Cell("seventeen")).upper())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
