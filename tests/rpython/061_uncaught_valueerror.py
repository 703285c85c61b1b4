"""Uncaught ValueError with a message computed at run time ends the program (exit 1, last stderr line compared)."""


def check(values):
    total = 0
    for v in values:
        if v > 6:
            raise ValueError("bad value %d" % v)
        total += v
        print("accepted", v, "total", total)
    return total


def entry_point(argv):
    print("checking small values")
    print("sum:", check([1, 2, 3]))
    print("checking values with a bad one")
    check([4, 5, 7, 1])
    print("not reached")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
