# error: len() of an int is not possible
# at: "return len(n)"
# provenance: "n = len(argv) + 2" (int)


def entry_point(argv):
    n = len(argv) + 2
    if n > 5:
        return len(n)
    return n


def target(driver, args):
    return entry_point
