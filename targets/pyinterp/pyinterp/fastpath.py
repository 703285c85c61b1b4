"""Fast paths of the eval loop, inlined into it (`@always_inline`): int and
float arithmetic and comparisons on exact ints/floats (bools count as ints
where CPython's result is the same), iteration over ranges, lists and
tuples, and the plain Python-to-Python call.  Each returns None (or -1)
when it does not apply, and the caller then takes the generic path, so
semantics are those of the generic path; none of them can run app-level
code."""

from pyinterp import operators as ops
from pyinterp.frame import Frame
from pyinterp.intobject import W_IntObject, W_BoolObject, int_binop
from pyinterp.floatobject import W_FloatObject, float_binop
from pyinterp.listobject import W_ListObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.subclass import W_IntUser, W_FloatUser, W_ListUser, W_TupleUser
from pyinterp.iterobject import W_RangeIterator, W_ListIterator, W_SeqIterator
from pyinterp.rlib import always_inline, ovfcheck, intmask


@always_inline
def is_plain_int(w_obj):
    """An int or a bool, not an instance of a user subclass of int."""
    return isinstance(w_obj, W_IntObject) and not isinstance(w_obj, W_IntUser)


@always_inline
def is_plain_float(w_obj):
    return isinstance(w_obj, W_FloatObject) and not isinstance(w_obj, W_FloatUser)


@always_inline
def binary_op(space, w_a, w_b, op):
    """w_a <op> w_b (ops.OP_*) for plain ints and floats, or None."""
    if is_plain_int(w_a):
        if is_plain_int(w_b):
            return int_op(space, w_a, w_b, op)
        if is_plain_float(w_b):
            return float_op(space, float(w_a.intval), w_b.floatval, op)
        return None
    if is_plain_float(w_a):
        if is_plain_float(w_b):
            return float_op(space, w_a.floatval, w_b.floatval, op)
        if is_plain_int(w_b):
            return float_op(space, w_a.floatval, float(w_b.intval), op)
    return None


@always_inline
def int_op(space, w_a, w_b, op):
    a = w_a.intval
    b = w_b.intval
    if op == ops.OP_ADD:
        try:
            return space.newint(ovfcheck(a + b))
        except OverflowError:
            return None
    if op == ops.OP_SUB:
        try:
            return space.newint(ovfcheck(a - b))
        except OverflowError:
            return None
    if op == ops.OP_MUL:
        try:
            return space.newint(ovfcheck(a * b))
        except OverflowError:
            return None
    if op == ops.OP_MOD:
        if b > 0:
            return space.newint(a % b)
        return None
    if op == ops.OP_FLOORDIV:
        if b > 0:
            return space.newint(a // b)
        return None
    if op == ops.OP_AND or op == ops.OP_OR or op == ops.OP_XOR:
        # bool op bool stays a bool (W_BoolObject.binop)
        if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
            return None
        if op == ops.OP_AND:
            return space.newint(a & b)
        if op == ops.OP_OR:
            return space.newint(a | b)
        return space.newint(a ^ b)
    if op == ops.OP_LSHIFT:
        if 0 <= b < 63:
            r = intmask(a << b)
            if (r >> b) == a:
                return space.newint(r)
        return None
    if op == ops.OP_RSHIFT:
        if 0 <= b < 64:
            return space.newint(a >> b)
        return None
    # the other operators: the int implementation (it may raise)
    return int_binop(space, op, a, b)


@always_inline
def float_op(space, x, y, op):
    if op == ops.OP_ADD:
        return space.newfloat(x + y)
    if op == ops.OP_SUB:
        return space.newfloat(x - y)
    if op == ops.OP_MUL:
        return space.newfloat(x * y)
    if op == ops.OP_TRUEDIV and y != 0.0:
        return space.newfloat(x / y)
    # the float implementation (it may raise, or give None: unsupported)
    return float_binop(space, op, x, y)


@always_inline
def compare(w_a, w_b, op):
    """1 or 0 for the comparison w_a <op> w_b (ops.CMP_LT..CMP_GE) of plain
    ints or floats, -1 when the generic path must be taken."""
    if op > ops.CMP_GE:
        return -1
    if is_plain_int(w_a) and is_plain_int(w_b):
        return int_compare(w_a.intval, w_b.intval, op)
    if is_plain_float(w_a) and is_plain_float(w_b):
        return float_compare(w_a.floatval, w_b.floatval, op)
    return -1


@always_inline
def int_compare(a, b, op):
    if op == ops.CMP_LT:
        r = a < b
    elif op == ops.CMP_LE:
        r = a <= b
    elif op == ops.CMP_EQ:
        r = a == b
    elif op == ops.CMP_NE:
        r = a != b
    elif op == ops.CMP_GT:
        r = a > b
    else:
        r = a >= b
    if r:
        return 1
    return 0


@always_inline
def float_compare(a, b, op):
    if op == ops.CMP_LT:
        r = a < b
    elif op == ops.CMP_LE:
        r = a <= b
    elif op == ops.CMP_EQ:
        r = a == b
    elif op == ops.CMP_NE:
        r = a != b
    elif op == ops.CMP_GT:
        r = a > b
    else:
        r = a >= b
    if r:
        return 1
    return 0


@always_inline
def getitem(w_obj, w_index):
    """w_obj[w_index] for a list or tuple and an in-range int, or None."""
    if not is_plain_int(w_index):
        return None
    if isinstance(w_obj, W_ListObject) and not isinstance(w_obj, W_ListUser):
        items = w_obj.items_w
    elif isinstance(w_obj, W_TupleObject) and not isinstance(w_obj, W_TupleUser):
        items = w_obj.items_w
    else:
        return None
    i = w_index.intval
    n = len(items)
    if i < 0:
        i += n
    if 0 <= i < n:
        return items[i]
    return None


@always_inline
def setitem(w_obj, w_index, w_value):
    """w_obj[w_index] = w_value for a list and an in-range int; False when
    nothing was done."""
    if not (is_plain_int(w_index) and isinstance(w_obj, W_ListObject) and
            not isinstance(w_obj, W_ListUser)):
        return False
    items = w_obj.items_w
    i = w_index.intval
    n = len(items)
    if i < 0:
        i += n
    if 0 <= i < n:
        items[i] = w_value
        return True
    return False


@always_inline
def unpack_items(w_seq, n):
    """The items of a list or tuple of length n (not to be kept), or None."""
    if isinstance(w_seq, W_TupleObject) and not isinstance(w_seq, W_TupleUser):
        items = w_seq.items_w
    elif isinstance(w_seq, W_ListObject) and not isinstance(w_seq, W_ListUser):
        items = w_seq.items_w
    else:
        return None
    if len(items) != n:
        return None
    return items


@always_inline
def next_item(space, w_iter):
    """The next item of a range, list or tuple iterator, or None when it is
    exhausted or of another kind (the caller then asks the space, which
    gives None again for an exhausted one of these kinds)."""
    if isinstance(w_iter, W_RangeIterator):
        if w_iter.remaining <= 0:
            return None
        v = w_iter.current
        w_iter.remaining -= 1
        w_iter.current = v + w_iter.step
        return space.newint(v)
    if isinstance(w_iter, W_ListIterator):
        items = w_iter.w_list.items_w
        i = w_iter.index
        if i >= len(items):
            return None
        w_iter.index = i + 1
        return items[i]
    if isinstance(w_iter, W_SeqIterator):
        items = w_iter.items_w
        i = w_iter.index
        if i >= len(items):
            return None
        w_iter.index = i + 1
        return items[i]
    return None


@always_inline
def frame_from_stack(space, frame, base, nargs, ndrop, w_func, w_self):
    """The frame of a call of the Python function w_func with w_self (if
    not None) and the nargs values at frame's stack[base:] as its first
    locals (the caller checked they bind exactly, e.g. a plain function,
    see W_CodeObject.co_fast_argcount); pops them and the ndrop slots below
    them."""
    assert base >= ndrop
    new_frame = Frame(space, w_func.code, w_func.w_globals, w_func.closure)
    dest = new_frame.locals_stack_w
    stack = frame.locals_stack_w
    i = 0
    if w_self is not None:
        dest[0] = w_self
        i = 1
    for k in range(nargs):
        dest[i + k] = stack[base + k]
        stack[base + k] = None
    # ndrop is 1 (CALL_FUNCTION) or 2 (CALL_METHOD)
    assert 1 <= ndrop <= 2
    stack[base - 1] = None
    if ndrop == 2:
        stack[base - 2] = None
    frame.depth = base - ndrop
    return new_frame


@always_inline
def unary_op(space, w_v, op):
    """-w_v for a plain int (not the most negative one) or float, or
    None."""
    if op != ops.UNARY_NEG:
        return None
    if is_plain_int(w_v):
        try:
            return space.newint(ovfcheck(-w_v.intval))
        except OverflowError:       # -(-sys.maxsize - 1) is a long
            return None
    if is_plain_float(w_v):
        return space.newfloat(-w_v.floatval)
    return None

