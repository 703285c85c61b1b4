# Weak references and finalizer queues used wrongly: weakref.ref() of a
# non-instance, references to unrelated classes mixed, a queue without
# `Class`, and registering an object of another class.
import weakref
from rpython.rlib import rgc


class A(object):
    pass


class B(object):
    pass


class NoClass(rgc.FinalizerQueue):
    def finalizer_trigger(self):
        pass


class ForA(rgc.FinalizerQueue):
    Class = A

    def finalizer_trigger(self):
        pass


NOCLASS = NoClass()
FOR_A = ForA()


def ref_of_int(argv):
    return weakref.ref(len(argv))


def mixed_refs():
    return [weakref.ref(A()), weakref.ref(B())]


def queue_without_class():
    NOCLASS.register_finalizer(A())


def wrong_class():
    FOR_A.register_finalizer(B())


def entry_point(argv):
    n = len(argv)
    if n == 1:
        ref_of_int(argv)
    elif n == 2:
        mixed_refs()
    elif n == 3:
        queue_without_class()
    else:
        wrong_class()
    return 0


def target(driver, args):
    return entry_point
