"""Calls with *args: variadic definitions (one graph per arity) and calls spreading a tuple."""


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def describe(prefix, *rest):
    return prefix + ":" + str(len(rest))


def join_all(sep, *parts):
    out = ""
    first = True
    for p in parts:
        if not first:
            out += sep
        out += p
        first = False
    return out


def point3(x, y, z):
    return "(%d, %d, %d)" % (x, y, z)


def entry_point(argv):
    n = len(argv)
    print(total(), total(1), total(1, 2), total(1, 2, 3, 4 * n))
    print(describe("none"), describe("two", 1, 2), describe("three", "a", "b", "c"))
    print(join_all("-", "a", "b", "c"), join_all("+"), join_all(", ", "solo"))
    t = (1, 2, 3 * n)
    print(point3(*t))
    print(total(*t))
    args = (5, 6)
    print(point3(4, *args))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
