"""Iterators and lazy builtin iterables: range, enumerate, zip, map,
filter, reversed."""

from pyinterp.model import W_Root
from pyinterp.rlib import ovfcheck


class W_AbstractIterator(W_Root):
    def iter(self, space):
        return self


class W_SeqIterator(W_AbstractIterator):
    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def getclass(self, space):
        return space.w_tuple_iterator

    def next(self, space):
        if self.index >= len(self.items_w):
            return None
        w_item = self.items_w[self.index]
        self.index += 1
        return w_item

    def length_hint(self):
        return len(self.items_w) - self.index


class W_CallableIterator(W_AbstractIterator):
    """iter(callable, sentinel)."""

    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel
        self.done = False

    def getclass(self, space):
        return space.w_callable_iterator

    def next(self, space):
        if self.done:
            return None
        w_v = space.call_function(self.w_callable, [])
        if space.eq_w(w_v, self.w_sentinel):
            self.done = True
            return None
        return w_v


EXHAUSTED = 1 << 62     # an index past the end of any list


class W_ListIterator(W_AbstractIterator):
    def __init__(self, w_list):
        self.w_list = w_list
        self.index = 0

    def getclass(self, space):
        return space.w_list_iterator

    def next(self, space):
        items = self.w_list.items_w
        if self.index >= len(items):
            # exhausted for good, even if the list grows later (CPython)
            self.index = EXHAUSTED
            return None
        w_item = items[self.index]
        self.index += 1
        return w_item


class W_StrIterator(W_AbstractIterator):
    def __init__(self, value):
        self.value = value
        self.index = 0

    def getclass(self, space):
        return space.w_str_iterator

    def next(self, space):
        if self.index >= len(self.value):
            return None
        c = self.value[self.index]
        self.index += 1
        return space.newstr(c)


class W_DictIterator(W_AbstractIterator):
    """Iterates a HashTable: kind 0 keys, 1 values, 2 items."""

    def __init__(self, table, kind):
        self.table = table
        self.kind = kind
        self.index = 0
        self.version = table.version
        self.size = table.used

    def getclass(self, space):
        return space.w_dict_iterator

    def next(self, space):
        t = self.table
        if t.used != self.size:
            self.size = -1
            raise space.runtime_error("dictionary changed size during iteration")
        while self.index < len(t.keys_w):
            i = self.index
            self.index += 1
            w_k = t.keys_w[i]
            if w_k is None:
                continue
            if self.kind == 0:
                return w_k
            w_v = t.values_w[i]
            assert w_v is not None
            if self.kind == 1:
                return w_v
            return space.newtuple([w_k, w_v])
        return None


class W_RangeObject(W_Root):
    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def getclass(self, space):
        return space.w_range

    def length(self, space):
        return range_length(self.start, self.stop, self.step)

    def is_true(self, space):
        return range_length(self.start, self.stop, self.step) > 0

    def repr(self, space):
        if self.step == 1:
            return "range(%d, %d)" % (self.start, self.stop)
        return "range(%d, %d, %d)" % (self.start, self.stop, self.step)

    def iter(self, space):
        return W_RangeIterator(self.start, self.step,
                               range_length(self.start, self.stop, self.step))

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        n = range_length(self.start, self.stop, self.step)
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices(space, n)
            return W_RangeObject(self.start + start * self.step,
                                 self.start + stop * self.step,
                                 self.step * step)
        i = space.getindex(w_index, "range indices must be integers or slices")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise space.index_error("range object index out of range")
        return space.newint(self.start + i * self.step)

    def compare(self, space, op, w_other):
        from pyinterp import operators as ops
        if (op != ops.CMP_EQ and op != ops.CMP_NE) or \
                not isinstance(w_other, W_RangeObject):
            return None
        n = range_length(self.start, self.stop, self.step)
        eq = n == range_length(w_other.start, w_other.stop, w_other.step)
        if eq and n > 0:
            eq = self.start == w_other.start
            if eq and n > 1:
                eq = self.step == w_other.step
        if op == ops.CMP_NE:
            eq = not eq
        return space.newbool(eq)

    def contains(self, space, w_item):
        from pyinterp.intobject import W_IntObject
        if not isinstance(w_item, W_IntObject):
            return -1
        v = w_item.intval
        if self.step > 0:
            if v < self.start or v >= self.stop:
                return 0
        else:
            if v > self.start or v <= self.stop:
                return 0
        if (v - self.start) % self.step == 0:
            return 1
        return 0


def range_index_of(space, w_self, w_item):
    """Position of w_item in the range, or -1."""
    assert isinstance(w_self, W_RangeObject)
    from pyinterp.intobject import W_IntObject
    if isinstance(w_item, W_IntObject) and w_self.contains(space, w_item) == 1:
        return (w_item.intval - w_self.start) // w_self.step
    return -1


def range_self(space, args, name):
    from pyinterp.gateway import check_method_args
    check_method_args(space, args, name, 1, 1)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_RangeObject):
        raise space.type_error("descriptor '%s' requires a 'range' object" % name)
    return w_self


def range_index(space, args):
    w_self = range_self(space, args, "index")
    i = range_index_of(space, w_self, args.args_w[1])
    if i < 0:
        raise space.value_error("%s is not in range" % space.repr_str(args.args_w[1]))
    return space.newint(i)


def range_count(space, args):
    w_self = range_self(space, args, "count")
    if range_index_of(space, w_self, args.args_w[1]) < 0:
        return space.newint(0)
    return space.newint(1)


def range_get_start(space, w_obj):
    assert isinstance(w_obj, W_RangeObject)
    return space.newint(w_obj.start)


def range_get_stop(space, w_obj):
    assert isinstance(w_obj, W_RangeObject)
    return space.newint(w_obj.stop)


def range_get_step(space, w_obj):
    assert isinstance(w_obj, W_RangeObject)
    return space.newint(w_obj.step)


def range_length(start, stop, step):
    if step > 0:
        if start >= stop:
            return 0
        return (stop - start - 1) // step + 1
    if start <= stop:
        return 0
    return (start - stop - 1) // (-step) + 1


class W_RangeIterator(W_AbstractIterator):
    def __init__(self, current, step, remaining):
        self.current = current
        self.step = step
        self.remaining = remaining

    def getclass(self, space):
        return space.w_range_iterator

    def next(self, space):
        if self.remaining <= 0:
            return None
        v = self.current
        self.remaining -= 1
        self.current = v + self.step
        return space.newint(v)


class W_EnumerateObject(W_AbstractIterator):
    def __init__(self, w_iter, start):
        self.w_iter = w_iter
        self.index = start

    def getclass(self, space):
        return space.w_enumerate

    def next(self, space):
        w_item = space.next(self.w_iter)
        if w_item is None:
            return None
        w_index = space.newint(self.index)
        self.index += 1
        return space.newtuple([w_index, w_item])


class W_ZipObject(W_AbstractIterator):
    def __init__(self, iterators_w):
        self.iterators_w = iterators_w

    def getclass(self, space):
        return space.w_zip

    def next(self, space):
        if len(self.iterators_w) == 0:
            return None
        items_w = []
        for w_it in self.iterators_w:
            w_item = space.next(w_it)
            if w_item is None:
                return None
            items_w.append(w_item)
        return space.newtuple(items_w)


class W_MapObject(W_AbstractIterator):
    def __init__(self, w_func, iterators_w):
        self.w_func = w_func
        self.iterators_w = iterators_w

    def getclass(self, space):
        return space.w_map

    def next(self, space):
        args_w = []
        for w_it in self.iterators_w:
            w_item = space.next(w_it)
            if w_item is None:
                return None
            args_w.append(w_item)
        return space.call_function(self.w_func, args_w)


class W_FilterObject(W_AbstractIterator):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_filter

    def next(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is space.w_None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, [w_item]))
            if ok:
                return w_item


class W_ReversedIterator(W_AbstractIterator):
    """reversed() over a sequence supporting len() and integer indexing."""

    def __init__(self, w_seq, length):
        self.w_seq = w_seq
        self.index = length - 1

    def getclass(self, space):
        return space.w_reversed

    def next(self, space):
        if self.index < 0:
            return None
        w_item = space.getitem(self.w_seq, space.newint(self.index))
        self.index -= 1
        return w_item
