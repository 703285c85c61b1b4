# Weak references (one `WeakRef` struct whose `target` field is weak, made
# by the `gc::weakref_new` helper, read by a getfield and a cast),
# `dead_ref` (a prebuilt WeakRef with a null target), rgc.collect(), and a
# light finalizer: the class's `__del__` is its type's destructor and
# allocation registers the instance with the GC.
import weakref
from rpython.rlib import rgc
from rpython.rlib.rweakref import dead_ref


class Counter(object):
    def __init__(self):
        self.n = 0


COUNTER = Counter()


class Node(object):
    def __init__(self, value):
        self.value = value

    def __del__(self):
        COUNTER.n += self.value


def get(r):
    node = r()
    if node is None:
        return -1
    return node.value


def entry_point(argv):
    n = Node(len(argv))
    r = weakref.ref(n)
    refs = [r, dead_ref]
    rgc.collect()
    print(get(refs[0]), get(refs[1]), n.value, COUNTER.n)
    return 0


def target(driver, args):
    return entry_point
