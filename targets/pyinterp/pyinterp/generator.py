"""Generator objects: each owns a suspended Frame that the interpreter
resumes (no interpreter-level generators are needed)."""

from pyinterp.model import W_Root
from pyinterp.error import OperationError
from pyinterp.gateway import check_method_args


class W_GeneratorObject(W_Root):
    def __init__(self, ec, frame):
        self.ec = ec
        self.frame = frame
        self.running = False
        self.started = False
        self.w_return_value = None

    def getclass(self, space):
        return space.w_generator

    def repr(self, space):
        return "<generator object %s at 0x%x>" % (self.frame.code.co_qualname,
                                                  space.unique_id(self))

    def iter(self, space):
        return self

    def next(self, space):
        return self.send_ex(space.w_None, None)

    def send_ex(self, w_value, operr):
        """Resumes the generator.  Returns the yielded value, or None when
        the generator finished (its return value is kept in
        w_return_value)."""
        space = self.ec.space
        frame = self.frame
        if self.running:
            raise space.value_error("generator already executing")
        if frame.finished:
            if operr is not None:
                raise operr
            return None
        if not self.started:
            if w_value is not space.w_None and operr is None:
                raise space.type_error("can't send non-None value to a just-started generator")
            self.started = True
            if operr is not None:
                frame.finished = True
                raise operr
        else:
            if operr is None:
                frame.push(w_value)
        self.running = True
        frame.yielded = False
        ec = self.ec
        if ec.depth >= ec.recursion_limit:
            self.running = False
            raise space.error(space.w_RecursionError, "maximum recursion depth exceeded")
        ec.depth += 1
        try:
            try:
                w_result = ec.execute_frame(frame, operr)
            except OperationError as e:
                frame.finished = True
                if e.match(space, space.w_StopIteration):
                    raise space.runtime_error("generator raised StopIteration")
                raise
        finally:
            ec.depth -= 1
            self.running = False
        if frame.yielded:
            return w_result
        frame.finished = True
        self.w_return_value = w_result
        return None

    def take_return_value(self):
        w_v = self.w_return_value
        self.w_return_value = None
        if w_v is None:
            return self.ec.space.w_None
        return w_v


def gen_self(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_gen = args.args_w[0]
    if not isinstance(w_gen, W_GeneratorObject):
        raise space.type_error("descriptor '%s' requires a 'generator' object" % name)
    return w_gen


def stop_iteration_with(space, w_gen):
    from pyinterp.exceptions import W_BaseException
    w_v = w_gen.take_return_value()
    args_w = []
    if w_v is not space.w_None:
        args_w.append(w_v)
    return OperationError(space.w_StopIteration,
                          W_BaseException(space.w_StopIteration, args_w))


def gen_send(space, args):
    w_gen = gen_self(space, args, "send", 1, 1)
    w_res = w_gen.send_ex(args.args_w[1], None)
    if w_res is None:
        raise stop_iteration_with(space, w_gen)
    return w_res


def gen_next(space, args):
    w_gen = gen_self(space, args, "__next__", 0, 0)
    w_res = w_gen.send_ex(space.w_None, None)
    if w_res is None:
        raise stop_iteration_with(space, w_gen)
    return w_res


def gen_throw(space, args):
    w_gen = gen_self(space, args, "throw", 1, 3)
    w_exc = args.args_w[1]
    if len(args.args_w) > 2 and args.args_w[2] is not space.w_None:
        w_exc = space.call_function(w_exc, [args.args_w[2]])
    operr = space.exception_from_value(w_exc)
    w_res = w_gen.send_ex(space.w_None, operr)
    if w_res is None:
        raise stop_iteration_with(space, w_gen)
    return w_res


def gen_close(space, args):
    w_gen = gen_self(space, args, "close", 0, 0)
    if w_gen.frame.finished or not w_gen.started:
        w_gen.frame.finished = True
        return space.w_None
    operr = space.exception_from_value(space.w_GeneratorExit)
    try:
        w_res = w_gen.send_ex(space.w_None, operr)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or \
                e.match(space, space.w_StopIteration):
            return space.w_None
        raise
    if w_res is not None:
        raise space.runtime_error("generator ignored GeneratorExit")
    return space.w_None


GENERATOR_METHODS = [("send", gen_send), ("throw", gen_throw),
                     ("close", gen_close), ("__next__", gen_next)]
