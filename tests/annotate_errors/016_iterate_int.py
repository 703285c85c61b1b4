# error: 'n' is an int, which is not iterable
# at: "for i in n:"
# provenance: "n = len(argv) * 3" (int)


def total(argv):
    n = len(argv) * 3
    s = 0
    if len(argv) > 3:
        for i in n:
            s += i
    return s


def entry_point(argv):
    return total(argv)


def target(driver, args):
    return entry_point
