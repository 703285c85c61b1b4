"""slice objects."""

from pyinterp.model import W_Root


class W_SliceObject(W_Root):
    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice

    def repr(self, space):
        return "slice(%s, %s, %s)" % (space.repr_str(self.w_start),
                                      space.repr_str(self.w_stop),
                                      space.repr_str(self.w_step))

    def hash(self, space):
        raise space.type_error("unhashable type: 'slice'")

    def raw_indices(self, space, length):
        """Returns (start, stop, step, slicelength) normalized for a
        sequence of the given length, as slice.indices() does."""
        step = 1
        if self.w_step is not space.w_None:
            step = slice_index(space, self.w_step)
            if step < -MAX_INDEX:
                step = -MAX_INDEX   # so that -step cannot overflow
            if step == 0:
                raise space.value_error("slice step cannot be zero")
        if step > 0:
            lower = 0
            upper = length
        else:
            lower = -1
            upper = length - 1
        if self.w_start is space.w_None:
            if step > 0:
                start = lower
            else:
                start = upper
        else:
            start = slice_index(space, self.w_start)
            if start < 0:
                start += length
                if start < lower:
                    start = lower
            elif start > upper:
                start = upper
        if self.w_stop is space.w_None:
            if step > 0:
                stop = upper
            else:
                stop = lower
        else:
            stop = slice_index(space, self.w_stop)
            if stop < 0:
                stop += length
                if stop < lower:
                    stop = lower
            elif stop > upper:
                stop = upper
        if step > 0:
            if stop > start:
                slicelength = (stop - start - 1) // step + 1
            else:
                slicelength = 0
        else:
            if stop < start:
                slicelength = (start - stop - 1) // (-step) + 1
            else:
                slicelength = 0
        return start, stop, step, slicelength

    def indices(self, space, length):
        start, stop, step, slicelength = self.raw_indices(space, length)
        if slicelength <= 0:
            slicelength = 0
            if start < 0:
                start = 0
            if stop < start:
                stop = start
        return start, stop, step, slicelength


def unit_bound(space, w_bound, default, length):
    """One bound of a slice whose step is None (1), normalized for a
    sequence of `length` items as raw_indices does for a positive step:
    `default` when it is None, negative values count from the end, and the
    result is clamped to 0..length.  Returns a single int (no tuple is
    allocated), for the getitem fast paths."""
    if w_bound is space.w_None:
        return default
    i = slice_index(space, w_bound)
    if i < 0:
        i += length
        if i < 0:
            i = 0
    elif i > length:
        i = length
    return i


SLICE_INDEX_MSG = "slice indices must be integers or None or have an __index__ method"
MAX_INDEX = 9223372036854775807


def slice_index(space, w_obj):
    """A slice bound as CPython's _PyEval_SliceIndex: ints beyond the
    machine range are clamped (a slice never overflows), other objects
    need __index__."""
    from pyinterp.intobject import W_IntObject, W_LongObject
    from pyinterp.typeobject import W_InstanceObject
    from pyinterp.rlib import rbigint
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_InstanceObject):
        w_res = w_obj.call_special(space, "__index__", [])
        if w_res is not None:
            if isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject):
                return slice_index(space, w_res)
            raise space.type_error("__index__ returned non-int (type %s)"
                                   % space.type_name(w_res))
    if isinstance(w_obj, W_LongObject):
        if w_obj.num.lt(rbigint.fromint(0)):
            return -MAX_INDEX - 1
        return MAX_INDEX
    raise space.type_error(SLICE_INDEX_MSG)
