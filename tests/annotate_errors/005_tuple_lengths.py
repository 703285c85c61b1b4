# error: variable 't' can be a tuple of length 2 or a tuple of length 3
# at: "return t[0]"
# provenance: "t = (len(argv), 2)" (tuple of 2); "t = (len(argv), 2, 3)" (tuple of 3)


def make(argv):
    if len(argv) > 2:
        t = (len(argv), 2)
    else:
        t = (len(argv), 2, 3)
    return t[0]


def entry_point(argv):
    return make(argv)


def target(driver, args):
    return entry_point
