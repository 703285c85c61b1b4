"""Weak references: weakref.ref, calling it, dead_ref, death at collect()."""
import weakref
from rpython.rlib import rgc
from rpython.rlib.rweakref import dead_ref


class Node(object):
    def __init__(self, value):
        self.value = value


class Special(Node):
    def describe(self):
        return "special %d" % self.value


class Holder(object):
    def __init__(self):
        self.ref = dead_ref
        self.keep = []


STATE = Holder()


def show(r):
    obj = r()
    if obj is None:
        return "dead"
    return "alive %d" % obj.value


def describe_special(r):
    special = r()
    if isinstance(special, Special):
        print(special.describe())


def ref_to_temporary(n):
    # The object dies when this function returns (CPython) or at the next
    # collection (translated).
    return weakref.ref(Node(n))


def ref_to_kept(n):
    node = Special(n)
    STATE.keep.append(node)
    return weakref.ref(node)


def many_refs(n):
    refs = []
    for i in range(n):
        node = Node(i)
        if i % 3 == 0:
            STATE.keep.append(node)
        refs.append(weakref.ref(node))
    return refs


def count_alive(refs):
    alive = 0
    total = 0
    for r in refs:
        obj = r()
        if obj is not None:
            alive += 1
            total += obj.value
    return alive, total


def churn(n):
    # Garbage that moves the survivors out of the nursery.
    s = 0
    for i in range(n):
        s += len([Node(i), Node(i + 1)])
    return s


def reset_keep():
    # A list made at run time (a prebuilt list is immortal once translated,
    # so what it held would stay alive after `STATE.keep = []`), in a
    # function so that no variable of entry_point holds it.
    STATE.keep = []


def entry_point(argv):
    reset_keep()
    print(STATE.ref() is None, show(STATE.ref))
    a = Node(1)
    r = weakref.ref(a)
    print(r() is a, show(r))
    STATE.ref = ref_to_kept(7)
    rgc.collect()
    print(show(STATE.ref))
    describe_special(STATE.ref)
    STATE.ref = ref_to_temporary(3)
    rgc.collect()
    print(show(STATE.ref))
    refs = many_refs(1000)
    print(churn(5000))
    rgc.collect()
    print(count_alive(refs))
    # A list of references of several classes: references to their
    # common base class.
    mixed = [ref_to_kept(11), weakref.ref(a), ref_to_temporary(12), dead_ref]
    rgc.collect()
    for m in mixed:
        print(show(m))
    # Dropping the kept objects kills them.
    reset_keep()
    rgc.collect()
    print(count_alive(refs), show(mixed[0]), show(mixed[1]))
    print(a.value)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
