"""A long literal used at run time has no machine-word value: an error
instead of a silently wrong constant."""

TABLE = [1, 1 << 70]


def scale(n):
    return n * 0x10000000000000000


def entry_point(argv):
    print(scale(len(argv)), TABLE[len(argv)])
    return 0


def target(driver, args):
    return entry_point
