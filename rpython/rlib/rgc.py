"""Interaction with the garbage collector (untranslated behaviour).

* `collect()` runs a full collection (translated: a minor and a major
  collection of the generational GC, or a copy of the semispace GC);
  untranslated it is `gc.collect()`.  Light finalizers (`__del__` methods
  that do not allocate) of the objects found dead run during it
  (untranslated, CPython runs `__del__` as soon as an object dies; it runs
  it during `gc.collect()` for objects in reference cycles).
* `FinalizerQueue`: subclass it with `Class = C` (the class of the objects
  it queues) and a method `finalizer_trigger(self)`; make one instance at
  import time.  `fq.register_finalizer(obj)` (obj an instance of C): when
  obj becomes unreachable, it is kept alive and queued instead of freed;
  `fq.next_dead()` returns the queued objects, oldest first, then None.
  `finalizer_trigger` is called soon after objects were queued: translated,
  after the collection that found them (from the allocation that triggered
  it, or at the end of `collect()`); untranslated, when CPython finds the
  object dead.  It may allocate and do anything; usually it loops over
  `next_dead()`.  Each registration fires once.  Programs whose output must
  not depend on when collections happen look at the effects of
  finalizers only after `collect()`.
"""

import gc as _gc


def collect():
    """Run a full collection."""
    _gc.collect()
    _run_triggers()


class FinalizerQueue(object):
    """Base class of finalizer queues (see the module docstring)."""

    Class = None

    def finalizer_trigger(self):
        raise NotImplementedError("finalizer_trigger")

    def _dead(self):
        queue = self.__dict__.get('_rgc_dead')
        if queue is None:
            queue = self.__dict__['_rgc_dead'] = []
        return queue

    def register_finalizer(self, obj):
        """Queue `obj` when it becomes unreachable (once)."""
        assert isinstance(obj, self.Class), "register_finalizer: not a %s" % (
            self.Class.__name__,)
        _hook_class(type(obj))
        _REGISTERED[id(obj)] = self

    def next_dead(self):
        """The oldest queued object not returned yet, or None."""
        queue = self._dead()
        if queue:
            return queue.pop(0)
        return None


# id(obj) -> the queue obj is registered with (obj is alive while listed).
_REGISTERED = {}
# Queues that got objects since their last trigger.
_PENDING = []
_IN_TRIGGERS = [False]


def _hook_class(cls):
    """Give `cls` a `__del__` that queues registered instances (which
    resurrects them: CPython allows it and calls `__del__` once)."""
    if cls.__dict__.get('_rgc_hooked'):
        return
    previous = getattr(cls, '__del__', None)

    def __del__(self):
        fq = _REGISTERED.pop(id(self), None)
        if fq is None:
            if previous is not None:
                previous(self)
            return
        fq._dead().append(self)
        if fq not in _PENDING:
            _PENDING.append(fq)
        _run_triggers()

    cls.__del__ = __del__
    cls._rgc_hooked = True


def _run_triggers():
    if _IN_TRIGGERS[0]:
        return
    _IN_TRIGGERS[0] = True
    try:
        while _PENDING:
            fq = _PENDING.pop(0)
            fq.finalizer_trigger()
    finally:
        _IN_TRIGGERS[0] = False
