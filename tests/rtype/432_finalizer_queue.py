# A finalizer queue: `register_finalizer` and `next_dead` are helper calls
# on the queue object, and the queue class's type carries its
# `finalizer_trigger` (which may allocate).
from rpython.rlib import rgc


class Res(object):
    def __init__(self, n):
        self.n = n


class Queue(rgc.FinalizerQueue):
    Class = Res

    def finalizer_trigger(self):
        r = self.next_dead()
        while r is not None:
            print("closing", r.n)
            r = self.next_dead()


QUEUE = Queue()


def entry_point(argv):
    QUEUE.register_finalizer(Res(len(argv)))
    rgc.collect()
    return 0


def target(driver, args):
    return entry_point
