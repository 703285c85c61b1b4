"""A variable used only by an exception handler stays live across the ops
before the protected call that can also fail (here: an allocation)."""


class Box(object):
    def __init__(self, n):
        self.n = n


def work(b):
    if b.n > 3:
        raise ValueError
    return b.n


def entry_point(argv):
    path = argv[0]
    try:
        r = work(Box(len(argv)))
    except ValueError:
        print(path)
        return 1
    return r


def target(driver, args):
    return entry_point
