def describe(x):
    return "value %d" % x


def entry_point(argv):
    d = {}
    d["a"] = 1
    print(describe(len(argv)))
    return 0


def target(driver, args):
    return entry_point
