# error: a float cannot be used as a list index
# at: "return lst[x]"
# provenance: "x = len(argv) * 0.5" (float)


def entry_point(argv):
    lst = [len(argv), 2, 3]
    x = len(argv) * 0.5
    if len(argv) > 3:
        return lst[x]
    return lst[0]


def target(driver, args):
    return entry_point
