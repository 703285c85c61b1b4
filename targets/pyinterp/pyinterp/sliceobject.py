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
            step = space.getindex(self.w_step,
                                  "slice indices must be integers or None or have an __index__ method")
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
            start = space.getindex(self.w_start,
                                   "slice indices must be integers or None or have an __index__ method")
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
            stop = space.getindex(self.w_stop,
                                  "slice indices must be integers or None or have an __index__ method")
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
