"""tuple objects."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.intobject import W_IntObject, int_compare
from pyinterp.gateway import check_method_args
from pyinterp.rlib import StringBuilder, intmask


# the primes of the tuple hash, as signed 64-bit words
XXPRIME_1 = -7046029288634856825     # 11400714785074694791
XXPRIME_2 = -4417276706812531889     # 14029467366897019727
XXPRIME_5 = 2870177450012600261


class W_TupleObject(W_Root):
    _immutable_fields_ = ['items_w[*]']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple

    def is_true(self, space):
        return len(self.items_w) > 0

    def length(self, space):
        return len(self.items_w)

    def repr(self, space):
        items = self.items_w
        if len(items) == 0:
            return "()"
        if space.repr_enter(self):
            return "(...)"
        try:
            b = StringBuilder()
            b.append("(")
            for i in range(len(items)):
                if i > 0:
                    b.append(", ")
                b.append(space.repr_str(items[i]))
            if len(items) == 1:
                b.append(",")
            b.append(")")
        finally:
            space.repr_leave(self)
        return b.build()

    def hash(self, space):
        # CPython 3.8+'s tuple hash (xxHash-style; 64-bit words wrap)
        acc = XXPRIME_5
        for w_item in self.items_w:
            lane = space.hash_w(w_item)
            acc = intmask(acc + intmask(lane * XXPRIME_2))
            acc = intmask(acc << 31) | ((acc >> 33) & 0x7FFFFFFF)
            acc = intmask(acc * XXPRIME_1)
        acc = intmask(acc + (len(self.items_w) ^ (XXPRIME_5 ^ 3527539)))
        if acc == -1:
            return 1546275796
        return acc

    def binop(self, space, op, w_other):
        if op == ops.OP_ADD:
            if isinstance(w_other, W_TupleObject):
                items = []
                items.extend(self.items_w)
                items.extend(w_other.items_w)
                return space.newtuple(items)
            raise space.type_error('can only concatenate tuple (not "%s") to tuple'
                                   % space.type_name(w_other))
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newtuple(repeat_items(self.items_w, w_other.intval))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newtuple(repeat_items(self.items_w, w_other.intval))
        return None

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return space.newbool(sequence_compare(space, op, self.items_w, w_other.items_w))

    def contains(self, space, w_item):
        for w_x in self.items_w:
            if space.eq_w(w_x, w_item):
                return 1
        return 0

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return space.newtuple(slice_items(space, self.items_w, w_index))
        i = space.getindex(w_index, "tuple indices must be integers or slices")
        items = self.items_w
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise space.index_error("tuple index out of range")
        return items[i]

    def iter(self, space):
        from pyinterp.iterobject import W_SeqIterator
        return W_SeqIterator(self.items_w)


def repeat_items(items_w, n):
    """items_w repeated n times (empty when n <= 0): one allocation."""
    if n <= 0:
        return []
    return items_w * n


def slice_items(space, items_w, w_slice):
    from pyinterp.sliceobject import unit_bound
    if w_slice.w_step is space.w_None:
        # items[a:b]: no (start, stop, step, length) tuple
        n = len(items_w)
        start = unit_bound(space, w_slice.w_start, 0, n)
        stop = unit_bound(space, w_slice.w_stop, n, n)
        if stop <= start:
            return []
        return items_w[start:stop]
    start, stop, step, length = w_slice.indices(space, len(items_w))
    if step == 1:
        if length <= 0:
            return []
        assert start >= 0 and stop >= 0
        return items_w[start:stop]
    result = []
    i = start
    for k in range(length):
        result.append(items_w[i])
        i += step
    return result


def exact_int_pair(w_x, w_y):
    """Whether both are ints (or bools) whose comparisons are the builtin
    ones (no user subclass)."""
    from pyinterp.subclass import W_IntUser
    return (isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject)
            and not isinstance(w_x, W_IntUser)
            and not isinstance(w_y, W_IntUser))


def items_lt(space, a, b, start):
    """a < b for two lists of W_Root whose items before `start` are equal:
    the first items that are not equal (==, identity first) decide with
    <, else the shorter list is smaller.  Exact ints are compared
    directly, which calls no Python code either way."""
    n = len(a)
    if len(b) < n:
        n = len(b)
    for i in range(start, n):
        w_x = a[i]
        w_y = b[i]
        if w_x is w_y:
            continue
        if exact_int_pair(w_x, w_y):
            assert isinstance(w_x, W_IntObject)
            assert isinstance(w_y, W_IntObject)
            if w_x.intval != w_y.intval:
                return w_x.intval < w_y.intval
        elif not space.eq_w(w_x, w_y):
            return space.lt_w(w_x, w_y)
    return len(a) < len(b)


def sequence_compare(space, op, a, b):
    """Lexicographic comparison of two lists of W_Root."""
    if op == ops.CMP_LT:
        return items_lt(space, a, b, 0)
    n = len(a)
    if len(b) < n:
        n = len(b)
    if op == ops.CMP_EQ or op == ops.CMP_NE:
        if len(a) != len(b):
            return op == ops.CMP_NE
    for i in range(n):
        if not space.eq_w(a[i], b[i]):
            if op == ops.CMP_EQ:
                return False
            if op == ops.CMP_NE:
                return True
            w_x = a[i]
            w_y = b[i]
            if isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject) \
                    and not w_x.is_user_instance() \
                    and not w_y.is_user_instance():
                return int_compare(op, w_x.intval, w_y.intval)
            return space.is_true(space.compare(w_x, w_y, op))
    la = len(a)
    lb = len(b)
    if op == ops.CMP_LT:
        return la < lb
    if op == ops.CMP_LE:
        return la <= lb
    if op == ops.CMP_EQ:
        return la == lb
    if op == ops.CMP_NE:
        return la != lb
    if op == ops.CMP_GT:
        return la > lb
    return la >= lb


def tuple_count(space, args):
    check_method_args(space, args, "count", 1, 1)
    w_self = args.args_w[0]
    assert isinstance(w_self, W_TupleObject)
    n = 0
    for w_x in w_self.items_w:
        if space.eq_w(w_x, args.args_w[1]):
            n += 1
    return space.newint(n)


def tuple_index(space, args):
    check_method_args(space, args, "index", 1, 1)
    w_self = args.args_w[0]
    assert isinstance(w_self, W_TupleObject)
    items = w_self.items_w
    for i in range(len(items)):
        if space.eq_w(items[i], args.args_w[1]):
            return space.newint(i)
    raise space.value_error("tuple.index(x): x not in tuple")


TUPLE_METHODS = [("count", tuple_count), ("index", tuple_index)]
