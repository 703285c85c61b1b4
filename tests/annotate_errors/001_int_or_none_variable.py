# error: variable 'result' can be an int or None, and None does not mix with int
# at: "return result + 1"
# provenance: "result = None" (None); "result = len(argv) * 2" (int)


def compute(argv):
    if len(argv) > 5:
        result = None
    else:
        result = len(argv) * 2
    return result + 1


def entry_point(argv):
    return compute(argv)


def target(driver, args):
    return entry_point
