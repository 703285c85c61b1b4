"""Light finalizers: __del__ methods run by the GC (counted in a prebuilt
instance), inherited __del__, objects kept alive, cycles, rgc.collect()."""
from rpython.rlib import rgc


class Stats(object):
    def __init__(self):
        self.count = 0
        self.total = 0
        self.last = 0
        self.keep = []


STATS = Stats()


class Resource(object):
    def __init__(self, n):
        self.n = n
        self.other = None

    def __del__(self):
        STATS.count += 1
        STATS.total += self.n
        if self.n > STATS.last:
            STATS.last = self.n


class BigResource(Resource):
    # Inherits __del__.
    def __init__(self, n):
        Resource.__init__(self, n)
        self.payload = [n] * 10


class Plain(object):
    def __init__(self, n):
        self.n = n


def make_garbage(n):
    for i in range(n):
        Resource(i)
    return n


def make_kept(n):
    for i in range(n):
        STATS.keep.append(Resource(1000 + i))


def make_cycles(n):
    # Cycles are found by CPython's cycle collector at gc.collect().
    for i in range(n):
        a = Resource(100)
        b = BigResource(200)
        a.other = b
        b.other = a


def make_mixed(n):
    total = 0
    for i in range(n):
        p = Plain(i)
        total += p.n
        if i % 2 == 0:
            BigResource(1)
    return total


def reset_keep():
    STATS.keep = []


def report(what):
    print(what, STATS.count, STATS.total, STATS.last)


def entry_point(argv):
    reset_keep()
    report("start")
    make_garbage(100)
    rgc.collect()
    report("garbage")
    make_kept(10)
    rgc.collect()
    report("kept")
    rgc.collect()
    report("again")
    reset_keep()
    rgc.collect()
    report("released")
    make_cycles(20)
    rgc.collect()
    report("cycles")
    print(make_mixed(5000))
    rgc.collect()
    report("mixed")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
