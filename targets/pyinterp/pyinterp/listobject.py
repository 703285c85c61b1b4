"""list objects and their methods (including a stable merge sort)."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.intobject import W_IntObject
from pyinterp.tupleobject import repeat_items, slice_items, sequence_compare
from pyinterp.gateway import check_method_args
from pyinterp.rlib import StringBuilder
from pyinterp.error import OperationError


class W_ListObject(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list

    def is_true(self, space):
        return len(self.items_w) > 0

    def length(self, space):
        return len(self.items_w)

    def repr(self, space):
        items = self.items_w
        if len(items) == 0:
            return "[]"
        if space.repr_enter(self):
            return "[...]"
        try:
            b = StringBuilder()
            b.append("[")
            for i in range(len(items)):
                if i > 0:
                    b.append(", ")
                b.append(space.repr_str(items[i]))
            b.append("]")
        finally:
            space.repr_leave(self)
        return b.build()

    def hash(self, space):
        raise space.type_error("unhashable type: 'list'")

    def binop(self, space, op, w_other):
        if op == ops.OP_ADD:
            if isinstance(w_other, W_ListObject):
                items = []
                items.extend(self.items_w)
                items.extend(w_other.items_w)
                return space.newlist(items)
            raise space.type_error('can only concatenate list (not "%s") to list'
                                   % space.type_name(w_other))
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newlist(repeat_items(self.items_w, w_other.intval))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newlist(repeat_items(self.items_w, w_other.intval))
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.OP_ADD:
            self.items_w.extend(space.unpack_iterable(w_other))
            return self
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            self.items_w = repeat_items(self.items_w, w_other.intval)
            return self
        return None

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return space.newbool(sequence_compare(space, op, self.items_w, w_other.items_w))

    def contains(self, space, w_item):
        i = 0
        while i < len(self.items_w):
            if space.eq_w(self.items_w[i], w_item):
                return 1
            i += 1
        return 0

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return space.newlist(slice_items(space, self.items_w, w_index))
        i = space.getindex(w_index, "list indices must be integers or slices")
        items = self.items_w
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise space.index_error("list index out of range")
        return items[i]

    def setitem(self, space, w_index, w_value):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            self.setslice(space, w_index, w_value)
            return
        i = space.getindex(w_index, "list indices must be integers or slices")
        items = self.items_w
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise space.index_error("list assignment index out of range")
        items[i] = w_value

    def setslice(self, space, w_slice, w_value):
        new_w = space.unpack_iterable(w_value)
        start, stop, step, length = w_slice.indices(space, len(self.items_w))
        if step == 1:
            if stop < start:
                stop = start
            result = []
            assert start >= 0 and stop >= 0
            result.extend(self.items_w[:start])
            result.extend(new_w)
            result.extend(self.items_w[stop:])
            self.items_w = result
            return
        if len(new_w) != length:
            raise space.value_error("attempt to assign sequence of size %d to extended slice of size %d"
                                    % (len(new_w), length))
        i = start
        for k in range(length):
            self.items_w[i] = new_w[k]
            i += step

    def delitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices(space, len(self.items_w))
            if length == 0:
                return
            if step < 0:
                start = start + step * (length - 1)
                step = -step
            keep = []
            nxt = start
            removed = 0
            for i in range(len(self.items_w)):
                if removed < length and i == nxt:
                    removed += 1
                    nxt += step
                    continue
                keep.append(self.items_w[i])
            self.items_w = keep
            return
        i = space.getindex(w_index, "list indices must be integers or slices")
        items = self.items_w
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise space.index_error("list assignment index out of range")
        del items[i]

    def iter(self, space):
        from pyinterp.iterobject import W_ListIterator
        return W_ListIterator(self)


def self_list(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_ListObject):
        raise space.type_error("descriptor '%s' requires a 'list' object" % name)
    return w_self


def list_append(space, args):
    w_list = self_list(space, args, "append", 1, 1)
    w_list.items_w.append(args.args_w[1])
    return space.w_None


def list_extend(space, args):
    w_list = self_list(space, args, "extend", 1, 1)
    w_list.items_w.extend(space.unpack_iterable(args.args_w[1]))
    return space.w_None


def list_pop(space, args):
    w_list = self_list(space, args, "pop", 0, 1)
    items = w_list.items_w
    if len(items) == 0:
        raise space.index_error("pop from empty list")
    if len(args.args_w) == 1:
        return items.pop()
    i = space.int_w(args.args_w[1])
    if i < 0:
        i += len(items)
    if i < 0 or i >= len(items):
        raise space.index_error("pop index out of range")
    return items.pop(i)


def list_insert(space, args):
    w_list = self_list(space, args, "insert", 2, 2)
    items = w_list.items_w
    i = space.int_w(args.args_w[1])
    if i < 0:
        i += len(items)
        if i < 0:
            i = 0
    if i > len(items):
        i = len(items)
    items.insert(i, args.args_w[2])
    return space.w_None


def list_remove(space, args):
    w_list = self_list(space, args, "remove", 1, 1)
    items = w_list.items_w
    for i in range(len(items)):
        if space.eq_w(items[i], args.args_w[1]):
            del items[i]
            return space.w_None
    raise space.value_error("list.remove(x): x not in list")


def list_index(space, args):
    w_list = self_list(space, args, "index", 1, 3)
    items = w_list.items_w
    start = 0
    stop = len(items)
    if len(args.args_w) > 2:
        start = space.int_w(args.args_w[2])
        if start < 0:
            start += len(items)
            if start < 0:
                start = 0
    if len(args.args_w) > 3:
        stop = space.int_w(args.args_w[3])
        if stop < 0:
            stop += len(items)
    i = start
    while i < stop and i < len(items):
        if space.eq_w(items[i], args.args_w[1]):
            return space.newint(i)
        i += 1
    raise space.value_error("%s is not in list" % space.repr_str(args.args_w[1]))


def list_count(space, args):
    w_list = self_list(space, args, "count", 1, 1)
    n = 0
    for w_x in w_list.items_w:
        if space.eq_w(w_x, args.args_w[1]):
            n += 1
    return space.newint(n)


def list_reverse(space, args):
    w_list = self_list(space, args, "reverse", 0, 0)
    w_list.items_w.reverse()
    return space.w_None


def list_copy(space, args):
    w_list = self_list(space, args, "copy", 0, 0)
    return space.newlist(w_list.items_w[:])


def list_clear(space, args):
    w_list = self_list(space, args, "clear", 0, 0)
    w_list.items_w = []
    return space.w_None


def list_sort(space, args):
    if len(args.args_w) != 1:
        raise space.type_error("sort() takes no positional arguments")
    w_list = args.args_w[0]
    if not isinstance(w_list, W_ListObject):
        raise space.type_error("descriptor 'sort' requires a 'list' object")
    w_key = args.get_kw("key")
    w_reverse = args.get_kw("reverse")
    reverse = False
    if w_reverse is not None:
        reverse = space.is_true(w_reverse)
    sort_list(space, w_list, w_key, reverse)
    return space.w_None


def sort_list(space, w_list, w_key, reverse):
    """list.sort(): as in CPython the list looks empty while it is sorted,
    keeps all its items (in some order) when a comparison raises, and
    raises ValueError if it was modified by a key function or a comparison."""
    from pyinterp.listsort import sort_items
    items = w_list.items_w
    w_list.items_w = []     # detect mutation during sort
    marker = w_list.items_w
    try:
        if w_key is not None and w_key is not space.w_None:
            keys_w = []
            for w_item in items:
                keys_w.append(space.call_function(w_key, [w_item]))
            sort_items(space, keys_w, items, reverse)
        else:
            sort_items(space, items, None, reverse)
    except OperationError:
        w_list.items_w = items
        raise
    modified = w_list.items_w is not marker or len(marker) > 0
    w_list.items_w = items
    if modified:
        raise space.value_error("list modified during sort")


LIST_METHODS = [
    ("append", list_append), ("extend", list_extend), ("pop", list_pop),
    ("insert", list_insert), ("remove", list_remove), ("index", list_index),
    ("count", list_count), ("reverse", list_reverse), ("copy", list_copy),
    ("clear", list_clear), ("sort", list_sort),
]


def items_to_read(space, w_obj):
    """The items of an iterable for a caller that only reads them before
    any Python code can run (UNPACK_SEQUENCE pushes them on the stack
    right away): an exact list's own storage instead of the copy that
    space.unpack_iterable makes; other iterables as unpack_iterable."""
    if isinstance(w_obj, W_ListObject) and not w_obj.is_user_instance():
        return w_obj.items_w
    return space.unpack_iterable(w_obj)
