# error: 'n' is an int, which is not callable
# at: "return n(1)"
# provenance: "n = len(argv)" (int)


def entry_point(argv):
    n = len(argv)
    if n > 3:
        return n(1)
    return n


def target(driver, args):
    return entry_point
