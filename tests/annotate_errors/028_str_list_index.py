# error: a str cannot be used as a list index
# at: "return lst[key]"
# provenance: "key = argv[0]" (str)


def entry_point(argv):
    lst = [len(argv), 2, 3]
    key = argv[0]
    if len(argv) > 3:
        return lst[key]
    return lst[0]


def target(driver, args):
    return entry_point
