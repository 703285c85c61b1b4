"""Untranslated behaviour of rpython.rlib.rgc and rpython.rlib.rweakref."""
import weakref

from rpython.rlib import rgc
from rpython.rlib.rweakref import dead_ref


class Res(object):
    def __init__(self, n):
        self.n = n
        self.other = None


class Sub(Res):
    pass


class WithDel(object):
    deleted = []

    def __init__(self, n):
        self.n = n

    def __del__(self):
        WithDel.deleted.append(self.n)


def make_queue(cls):
    class Q(rgc.FinalizerQueue):
        Class = cls

        def __init__(self):
            self.seen = []
            self.triggers = 0

        def finalizer_trigger(self):
            self.triggers += 1
            while True:
                obj = self.next_dead()
                if obj is None:
                    break
                self.seen.append(obj.n)
    return Q()


def test_dead_ref_is_dead():
    assert dead_ref() is None


def test_weakref_dies_with_its_target():
    r = Res(1)
    w = weakref.ref(r)
    assert w() is r
    del r
    rgc.collect()
    assert w() is None


def test_queue_resurrects_dead_objects_in_order():
    q = make_queue(Res)
    keep = []
    for i in range(6):
        r = Sub(i) if i % 2 else Res(i)
        q.register_finalizer(r)
        if i == 3:
            keep.append(r)
    del r
    rgc.collect()
    assert q.seen == [0, 1, 2, 4, 5]
    assert q.triggers >= 1
    keep.pop()
    rgc.collect()
    assert q.seen == [0, 1, 2, 4, 5, 3]


def test_queue_finds_cycles_at_collect():
    q = make_queue(Res)
    a, b = Res(1), Res(2)
    a.other, b.other = b, a
    q.register_finalizer(a)
    del a, b
    rgc.collect()
    assert q.seen == [1]


def test_registered_objects_can_be_taken_without_trigger():
    q = make_queue(Res)
    q.finalizer_trigger = lambda: None
    q.register_finalizer(Res(7))
    rgc.collect()
    obj = q.next_dead()
    assert obj is not None and obj.n == 7
    assert q.next_dead() is None


def test_existing_del_still_runs_for_unregistered_instances():
    q = make_queue(WithDel)
    WithDel.deleted[:] = []
    q.register_finalizer(WithDel(1))
    WithDel(2)
    rgc.collect()
    assert q.seen == [1]
    assert WithDel.deleted == [2]


def test_register_checks_the_class():
    q = make_queue(Sub)
    try:
        q.register_finalizer(Res(1))
    except AssertionError:
        pass
    else:
        raise AssertionError("accepted an instance of another class")
