# error: 'scale' takes 2 arguments but is called with 1 (missing 'factor')
# at: "return scale(len(argv))"
# provenance: "def scale(x, factor):" (the definition)


def scale(x, factor):
    return x * factor


def entry_point(argv):
    if len(argv) > 3:
        return scale(len(argv))
    return scale(len(argv), 3)


def target(driver, args):
    return entry_point
