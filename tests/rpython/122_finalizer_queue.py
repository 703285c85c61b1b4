"""rgc.FinalizerQueue: registered objects found unreachable are kept alive
and queued; finalizer_trigger takes them with next_dead() and may
allocate; objects kept alive are not queued until released."""
from rpython.rlib import rgc


class Stats(object):
    def __init__(self):
        self.closed = []
        self.keep = []
        self.triggers = 0


STATS = Stats()


class Resource(object):
    def __init__(self, n):
        self.n = n
        self.data = [n, 2 * n]


class SubResource(Resource):
    def __init__(self, n, tag):
        Resource.__init__(self, n)
        self.tag = tag


class Closer(rgc.FinalizerQueue):
    Class = Resource

    def finalizer_trigger(self):
        STATS.triggers += 1
        while True:
            r = self.next_dead()
            if r is None:
                break
            # A heavy finalizer: it reads the whole object and allocates.
            text = "closed %d/%d" % (r.n, r.data[1])
            STATS.closed.append(len(text) * 1000 + r.n)


CLOSER = Closer()


def make(n, keep_every):
    for i in range(n):
        if i % 3 == 0:
            r = SubResource(i, "sub")
        else:
            r = Resource(i)
        CLOSER.register_finalizer(r)
        if i % keep_every == 0:
            STATS.keep.append(r)


def count_kept():
    return len(STATS.keep)


def release():
    # In a function, so that no variable of entry_point holds the list.
    STATS.keep = []


def reset():
    STATS.closed = []
    STATS.keep = []


def report(what):
    closed = STATS.closed[:]
    closed.sort()
    total = 0
    for c in closed:
        total += c
    print(what, len(closed), total, closed[:3])


def churn(n):
    s = 0
    for i in range(n):
        s += len([Resource(i)])
    return s


def entry_point(argv):
    reset()
    report("start")
    make(50, 5)
    rgc.collect()
    report("made")
    print(count_kept(), churn(3000))
    rgc.collect()
    report("again")
    release()
    rgc.collect()
    report("released")
    print(STATS.triggers > 0)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
