# passes: inline constfold zerostores
# Stores of zero into a fresh object: `Point(x, 0)` stores 0 into `y` and
# None into `tag` right after the allocation (malloc gives zeroed memory):
# both stores go, `x` stays. In `Box.__init__` the first store of 0 into `n`
# goes, the one after the store of `k` stays; a collection in between (the
# allocation of `Point`) does not matter. Passing the object to a call does
# (`reset` may write `n`), so the store after `reset(b)` stays.
# (`__init__` and `make` are inlined and constants propagated first.)
from rpython.rlib.objectmodel import dont_inline


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = None


class Box(object):
    def __init__(self, k):
        self.n = 0
        self.n = k
        self.other = Point(k, k)
        self.n = 0


@dont_inline
def reset(b):
    b.n = len(str(b.other.x))


def make(k):
    b = Box(k)
    reset(b)
    b.n = 0
    return b


def entry_point(argv):
    p = Point(len(argv), 0)
    b = make(len(argv))
    print(p.x, p.y, p.tag is None, b.n, b.other.x)
    return 0


def target(driver, args):
    return entry_point
