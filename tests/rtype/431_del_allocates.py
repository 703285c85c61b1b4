# A __del__ that allocates cannot be a light finalizer (the GC calls it in
# the middle of a collection): located errors, also for an allocation in a
# function it calls and for storing a GC pointer.


class Log(object):
    def __init__(self):
        self.items = []
        self.last = None


LOG = Log()


class Allocates(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        LOG.items.append(self.name)


def describe(x):
    return "dead %d" % x


class CallsAllocating(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        describe(self.n)


class Stores(object):
    def __del__(self):
        LOG.last = self


def entry_point(argv):
    Allocates("a")
    CallsAllocating(1)
    Stores()
    return 0


def target(driver, args):
    return entry_point
