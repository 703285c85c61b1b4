"""The sequence-repetition fallback of `*` and `*=` (CPython's sq_repeat
and sq_inplace_repeat): tried once the numeric methods of both operands
have declined, it accepts a count given by any object with __index__ and
otherwise raises "can't multiply sequence by non-int of type ..."."""

from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.strobject import W_StrObject, W_BytesObject, str_mul
from pyinterp.listobject import W_ListObject
from pyinterp.tupleobject import W_TupleObject, repeat_items
from pyinterp.bytesobject import W_BytearrayObject, new_bytearray, repeat


def is_sequence(w_obj):
    return (isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject)
            or isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject)
            or isinstance(w_obj, W_BytearrayObject))


def repeat_count(space, w_n):
    w_i = space.index_or_none(w_n)
    if w_i is None:
        raise space.type_error("can't multiply sequence by non-int of type '%s'"
                               % space.type_name(w_n))
    if isinstance(w_i, W_LongObject):
        raise space.overflow_error("cannot fit '%s' into an index-sized integer"
                                   % space.type_name(w_n))
    assert isinstance(w_i, W_IntObject)
    return w_i.intval


def sequence_repeat(space, w_a, w_b, inplace):
    """`w_a * w_b` (`w_a *= w_b` when inplace) by sequence repetition, or
    None when neither operand is a sequence (for `*=`, only the left one
    may repeat in place)."""
    if is_sequence(w_a):
        w_seq = w_a
        n = repeat_count(space, w_b)
    elif is_sequence(w_b):
        w_seq = w_b
        n = repeat_count(space, w_a)
        inplace = False
    else:
        return None
    if isinstance(w_seq, W_ListObject):
        items_w = repeat_items(w_seq.items_w, n)
        if inplace:
            w_seq.items_w = items_w
            return w_seq
        return space.newlist(items_w)
    if isinstance(w_seq, W_BytearrayObject):
        if inplace:
            w_seq.w_list.items_w = repeat_items(w_seq.w_list.items_w, n)
            return w_seq
        return new_bytearray(space, repeat(w_seq.value(), n))
    if isinstance(w_seq, W_TupleObject):
        return space.newtuple(repeat_items(w_seq.items_w, n))
    if isinstance(w_seq, W_StrObject):
        return space.newstr(str_mul(w_seq.value, n))
    assert isinstance(w_seq, W_BytesObject)
    return space.newbytes(str_mul(w_seq.value, n))
