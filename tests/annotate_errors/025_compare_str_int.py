# error: cannot compare a str and an int with '<'
# at: "if s < n:"
# provenance: "s = argv[0]" (str); "n = len(argv) * 2" (int)


def entry_point(argv):
    s = argv[0]
    n = len(argv) * 2
    if len(argv) > 3:
        if s < n:
            return 1
    return 0


def target(driver, args):
    return entry_point
