# error: cannot add a str and an int
# at: "return s + n"
# provenance: "s = argv[0]" (str); "n = len(argv)" (int)


def combine(argv):
    s = argv[0]
    n = len(argv)
    if n > 3:
        return s + n
    return s


def entry_point(argv):
    return len(combine(argv))


def target(driver, args):
    return entry_point
