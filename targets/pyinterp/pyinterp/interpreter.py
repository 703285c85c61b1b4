"""The bytecode interpreter: the eval loop (the JIT portal), function
calls, class creation and generators' resumption."""

from pyinterp import bytecode as bc
from pyinterp import operators as ops
from pyinterp.error import OperationError
from pyinterp.model import W_Root, Arguments
from pyinterp.frame import Frame, Block, bind_arguments
from pyinterp.funcobject import (W_FunctionObject, W_CellObject,
                                 W_MethodObject, W_ModuleObject,
                                 W_SuperObject)
from pyinterp.pycode import W_CodeObject
from pyinterp.intobject import W_IntObject, W_BoolObject, int_binop
from pyinterp.subclass import W_IntUser, W_ListUser
from pyinterp.strobject import W_StrObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.listobject import W_ListObject
from pyinterp.dictobject import W_DictObject, dict_update_from
from pyinterp.iterobject import W_RangeIterator
from pyinterp.typeobject import (W_TypeObject, W_InstanceObject,
                                 SPECIAL_GETATTRIBUTE, SPECIAL_NEW)
from pyinterp.exceptions import W_BaseException
from pyinterp.generator import W_GeneratorObject
from pyinterp.gateway import W_BuiltinFunction
from pyinterp.rlib import JitDriver, ovfcheck, dont_inline
from pyinterp import inlinecache
from pyinterp import fastpath
from pyinterp import rareops


def get_printable_location(pc, code):
    return "%s #%d %s" % (code.co_name, pc, bc.OPNAMES[code.co_code[pc]])


jitdriver = JitDriver(greens=['pc', 'code'], reds=['frame', 'ec'],
                      virtualizables=['frame'],
                      get_printable_location=get_printable_location,
                      name='pyinterp')

RECURSION_LIMIT = 1000


class NoReceiver(object):
    """The marker LOAD_METHOD pushes in place of the receiver when the
    attribute is not a plain method (never visible at app-level)."""

    def __init__(self):
        self.marker = W_Root()


no_receiver = NoReceiver()



class ExecutionContext(object):
    """Interpreter-wide mutable state (a prebuilt singleton hangs off the
    space): recursion depth, loaded modules, the output buffer."""

    def __init__(self, space):
        self.space = space
        self.depth = 0
        self.modules = {}           # name -> W_ModuleObject
        self.search_path = ""       # directory of the main script
        self.out = []               # pending stdout text
        self.outlen = 0
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.recursion_limit = RECURSION_LIMIT
        self.topframe = None        # the frame running now

    # ---------------------------------------------------------- output

    def write_out(self, s):
        self.out.append(s)
        self.outlen += len(s)
        if self.outlen > 8192:
            self.flush_out()

    def flush_out(self):
        if len(self.out) > 0 and self.stdout is not None:
            self.stdout.write("".join(self.out))
            self.stdout.flush()
        self.out = []
        self.outlen = 0

    def read_line(self):
        """One line from stdin, or None at end of file."""
        if self.stdin is None:
            return None
        line = self.stdin.readline()
        if line == "":
            return None
        return line

    def write_err(self, s):
        self.flush_out()
        if self.stderr is not None:
            self.stderr.write(s)
            self.stderr.flush()

    # ---------------------------------------------------------- calls

    def call_function(self, w_func, args):
        space = self.space
        code = w_func.code
        frame = Frame(space, code, w_func.w_globals, w_func.closure)
        bind_arguments(space, w_func, frame, args)
        if len(code.co_cell_params) > 0:
            frame.init_cells_from_params()
        if code.is_generator():
            return W_GeneratorObject(self, frame)
        return self.run_frame(frame)

    def call_function_fast(self, frame, nargs, ndrop, code, pc):
        """A call of the callable below the nargs positional arguments on
        top of frame's stack (ndrop slots are popped below the arguments:
        1 for CALL_FUNCTION, 2 for CALL_METHOD without receiver).  Python
        functions, bound methods and plain classes whose parameters match
        get the arguments straight from the stack (no Arguments).  Returns
        None (the stack untouched) when no fast path applies."""
        w_callable = frame.peek(nargs + ndrop - 1)
        if isinstance(w_callable, W_FunctionObject):
            if not self.fast_call_ok(w_callable, nargs):
                return None
            return self.call_from_stack(frame, w_callable, None, nargs, ndrop)
        if isinstance(w_callable, W_MethodObject):
            return self.call_method_from_stack(frame, w_callable.w_function,
                                               w_callable.w_self, nargs, ndrop)
        if isinstance(w_callable, W_BuiltinFunction) and \
                w_callable.has_direct_entry(nargs):
            return self.call_builtin_direct(frame, w_callable, None, nargs,
                                            ndrop)
        if isinstance(w_callable, W_TypeObject) and \
                w_callable.constructor is None and \
                w_callable.w_metaclass is None:
            return self.instantiate_from_stack(frame, w_callable, nargs, ndrop,
                                               code, (pc >> 1) - 1)
        return None

    def call_method_from_stack(self, frame, w_f, w_self, nargs, ndrop):
        """Calls w_f(w_self, *arguments on the stack), or returns None."""
        if isinstance(w_f, W_BuiltinFunction):
            if w_f.has_direct_entry(nargs + 1):
                return self.call_builtin_direct(frame, w_f, w_self, nargs,
                                                ndrop)
            args_w = self.pop_args(frame, w_self, nargs, ndrop)
            w_res = w_f.func(self.space, Arguments(args_w, None, None))
            if w_res is None:       # (the stack is popped: never "no fast path")
                w_res = self.space.w_None
            return w_res
        if not isinstance(w_f, W_FunctionObject) or \
                not self.fast_call_ok(w_f, nargs + 1):
            return None
        return self.call_from_stack(frame, w_f, w_self, nargs, ndrop)

    def call_builtin_direct(self, frame, w_f, w_self, nargs, ndrop):
        """Calls the direct entry of w_f for w_self (if not None) and the
        nargs values on top of frame's stack (1 to 3 values in all, see
        W_BuiltinFunction.func1), popped with the ndrop slots below them;
        the general entry if the direct one declines."""
        space = self.space
        stack = frame.locals_stack_w
        base = frame.depth - nargs
        assert base >= ndrop
        w_a = w_self
        w_b = None
        w_c = None
        n = nargs
        if w_self is None:
            w_a = stack[base]
            if nargs >= 2:
                w_b = stack[base + 1]
                if nargs == 3:
                    w_c = stack[base + 2]
        else:
            n = nargs + 1
            if nargs >= 1:
                w_b = stack[base]
                if nargs == 2:
                    w_c = stack[base + 1]
        for k in range(base - ndrop, frame.depth):
            stack[k] = None
        frame.depth = base - ndrop
        assert w_a is not None
        if n == 1:
            func1 = w_f.func1
            assert func1 is not None
            w_res = func1(space, w_a)
        elif n == 2:
            assert w_b is not None
            func2 = w_f.func2
            assert func2 is not None
            w_res = func2(space, w_a, w_b)
        else:
            assert w_b is not None
            assert w_c is not None
            func3 = w_f.func3
            assert func3 is not None
            w_res = func3(space, w_a, w_b, w_c)
        if w_res is not None:
            return w_res
        if n == 1:
            args_w = [w_a]
        elif n == 2:
            args_w = [w_a, w_b]
        else:
            args_w = [w_a, w_b, w_c]
        w_res = w_f.func(space, Arguments(args_w, None, None))
        if w_res is None:
            w_res = space.w_None
        return w_res

    def pop_args(self, frame, w_self, nargs, ndrop):
        """Pops the nargs arguments and the ndrop slots below them; returns
        the arguments, preceded by w_self if it is not None."""
        first = 0
        if w_self is not None:
            first = 1
        args_w = [None] * (nargs + first)
        if w_self is not None:
            args_w[0] = w_self
        stack = frame.locals_stack_w
        base = frame.depth - nargs
        assert base >= ndrop
        for k in range(nargs):
            args_w[k + first] = stack[base + k]
            stack[base + k] = None
        for k in range(1, ndrop + 1):
            stack[base - k] = None
        frame.depth = base - ndrop
        return args_w

    def fast_call_ok(self, w_func, nargs):
        code = w_func.code
        return code.co_simple_args and code.co_argcount == nargs

    def call_from_stack(self, frame, w_func, w_self, nargs, ndrop):
        """Calls w_func with w_self (if not None) and the nargs values on
        top of frame's stack, which are popped with ndrop slots below."""
        code = w_func.code
        base = frame.depth - nargs
        assert base >= ndrop
        if code.co_fast_argcount >= 0:
            # a plain function (the caller checked the argument count): the
            # eval loop's own call path
            return self.call_plain(frame, base, nargs, ndrop, w_func, w_self)
        new_frame = fastpath.frame_from_stack(self.space, frame, base, nargs,
                                              ndrop, w_func, w_self)
        if len(code.co_cell_params) > 0:
            new_frame.init_cells_from_params()
        if code.is_generator():
            return W_GeneratorObject(self, new_frame)
        return self.run_frame(new_frame)

    def instantiate_from_stack(self, frame, w_type, nargs, ndrop, code, index):
        """Class(args...) for a user class with the default __new__ and a
        Python __init__ taking exactly these positional arguments (what
        the class gives is cached in the call instruction's slot of the
        code's attr_caches, see inlinecache.init_cache)."""
        space = self.space
        w_init = inlinecache.init_cache(space, code, index, w_type)
        if w_init is None or not self.fast_call_ok(w_init, nargs + 1):
            return None
        w_obj = W_InstanceObject(w_type)
        w_res = self.call_from_stack(frame, w_init, w_obj, nargs, ndrop)
        if w_res is not space.w_None:
            raise space.type_error("__init__() should return None, not '%s'"
                                   % space.type_name(w_res))
        return w_obj

    def load_attr(self, code, pc, w_obj, arg):
        """LOAD_ATTR (pc: the next instruction's)."""
        name = code.co_names[arg]
        if isinstance(w_obj, W_InstanceObject):
            w_res = inlinecache.load_attr(self.space, code, (pc >> 1) - 1,
                                          w_obj, name)
            if w_res is not None:
                return w_res
        return self.space.getattr(w_obj, name)

    def store_attr(self, code, pc, w_obj, arg, w_value):
        name = code.co_names[arg]
        if isinstance(w_obj, W_InstanceObject) and \
                inlinecache.store_attr(self.space, code, (pc >> 1) - 1,
                                       w_obj, name, w_value):
            return
        self.space.setattr(w_obj, name, w_value)

    def lookup_method_cached(self, code, pc, w_obj, name):
        if isinstance(w_obj, W_InstanceObject):
            w_descr = inlinecache.lookup_method(self.space, code,
                                                (pc >> 1) - 1, w_obj, name)
            if w_descr is not None:
                return w_descr
        return self.lookup_method(w_obj, name)

    def lookup_method(self, w_obj, name):
        """The function that getattr(w_obj, name) would bind to w_obj as
        a method (W_MethodObject(w_descr, w_obj)), or None if the
        attribute is anything else."""
        space = self.space
        if isinstance(w_obj, W_TypeObject) or \
                isinstance(w_obj, W_ModuleObject) or \
                isinstance(w_obj, W_SuperObject):
            return None
        w_type = w_obj.getclass(space)
        if isinstance(w_obj, W_InstanceObject) and \
                w_type.get_special_flags(space) & SPECIAL_GETATTRIBUTE:
            return None
        w_descr = w_type.lookup(name)
        if not (isinstance(w_descr, W_FunctionObject) or
                isinstance(w_descr, W_BuiltinFunction)):
            return None
        if w_obj.getdictvalue(space, name) is not None:
            return None
        return w_descr

    @dont_inline
    def call_function_op(self, frame, nargs, code, pc):
        """CALL_FUNCTION other than of a plain function: the stack holds
        [callable, arguments...]."""
        w_res = self.call_function_fast(frame, nargs, 1, code, pc)
        if w_res is None:
            args_w = frame.popn(nargs)
            w_func = frame.pop()
            w_res = self.space.call_args(w_func, Arguments(args_w, None, None))
        return w_res

    @dont_inline
    def call_method(self, frame, nargs, code, pc):
        """CALL_METHOD: the stack holds [callable, receiver or NO_RECEIVER,
        arguments...] (see LOAD_METHOD)."""
        space = self.space
        w_self = frame.peek(nargs)
        if w_self is no_receiver.marker:
            w_res = self.call_function_fast(frame, nargs, 2, code, pc)
            if w_res is None:
                args_w = self.pop_args(frame, None, nargs, 0)
                frame.pop()
                w_func = frame.pop()
                w_res = space.call_args(w_func, Arguments(args_w, None, None))
            return w_res
        w_f = frame.peek(nargs + 1)
        w_res = self.call_method_from_stack(frame, w_f, w_self, nargs, 2)
        if w_res is None:
            args_w = self.pop_args(frame, w_self, nargs, 2)
            w_res = space.call_args(w_f, Arguments(args_w, None, None))
        return w_res

    def run_frame(self, frame):
        """Runs a new frame to its end (execute_frame with the recursion
        depth accounting, in one function: the call path of the eval loop
        goes dispatch -> run_frame -> dispatch)."""
        if self.depth >= self.recursion_limit:
            raise self.space.error(self.space.w_RecursionError,
                                   "maximum recursion depth exceeded")
        self.depth += 1
        frame.f_back = self.topframe
        self.topframe = frame
        try:
            while True:
                try:
                    return self.dispatch(frame)
                except OperationError as e:
                    if not self.handle_error(frame, e):
                        frame.finished = True
                        raise
        finally:
            self.depth -= 1
            self.topframe = frame.f_back
            frame.f_back = None

    def call_plain(self, frame, base, nargs, ndrop, w_func, w_self):
        """The call of a plain function (see W_CodeObject.co_fast_argcount)
        with w_self (if not None) and the nargs values at frame's
        stack[base:]: the frame is made and run here, so that the call path
        of the eval loop is dispatch -> call_plain -> dispatch (run_frame's
        body is repeated here: calling run_frame instead costs ~6% on
        bench/python/fib.py, the inliner does not merge it into this
        function of the same call cycle)."""
        new_frame = fastpath.frame_from_stack(self.space, frame, base, nargs,
                                              ndrop, w_func, w_self)
        if self.depth >= self.recursion_limit:
            raise self.space.error(self.space.w_RecursionError,
                                   "maximum recursion depth exceeded")
        self.depth += 1
        new_frame.f_back = self.topframe
        self.topframe = new_frame
        try:
            while True:
                try:
                    return self.dispatch(new_frame)
                except OperationError as e:
                    if not self.handle_error(new_frame, e):
                        new_frame.finished = True
                        raise
        finally:
            self.depth -= 1
            self.topframe = new_frame.f_back
            new_frame.f_back = None

    def execute_frame(self, frame, operr):
        """Runs frame from frame.pc until it returns or yields.  If operr
        is given, it is raised at the current position first (used by
        generator.throw())."""
        space = self.space
        frame.f_back = self.topframe
        self.topframe = frame
        try:
            while True:
                try:
                    if operr is not None:
                        e = operr
                        operr = None
                        raise e
                    return self.dispatch(frame)
                except OperationError as e:
                    if not self.handle_error(frame, e):
                        frame.finished = True
                        raise
        finally:
            self.topframe = frame.f_back
            frame.f_back = None

    def handle_error(self, frame, e):
        """Records the traceback entry and jumps to the innermost handler.
        Returns False if the frame has no handler."""
        w_value = e.w_value
        if isinstance(w_value, W_BaseException):
            if e.skip_tb:
                e.skip_tb = False
            else:
                w_value.add_traceback(frame.code.co_filename,
                                      frame.code.co_name, frame.lineno())
            if w_value.w_context is None and frame.w_handled is not None and \
                    frame.w_handled is not w_value:
                w_value.w_context = frame.w_handled
        if frame.lastblock is None:
            return False
        block = frame.pop_block()
        frame.drop_to(block.level)
        frame.push(w_value)
        frame.pc = block.handler
        return True

    # ---------------------------------------------------------- eval loop

    def dispatch(self, frame):
        pc = frame.pc
        co_ops = frame.code.co_ops
        # Only self, frame, pc and co_ops live across instructions: the
        # instructions load the space, the code and the stack (the hot ones
        # work on it directly) when they need them, which leaves registers
        # to the C compiler for the instruction's own values.
        while True:
            code = frame.code
            jitdriver.jit_merge_point(pc=pc, code=code, frame=frame, ec=self)
            frame.pc = pc
            assert pc >= 0
            word = co_ops[pc >> 1]
            op = word & 0xFF
            arg = word >> 8
            pc += 2
            if op == bc.LOAD_FAST:
                stack = frame.locals_stack_w
                assert arg >= 0
                w_v = stack[arg]
                if w_v is None:
                    rareops.raise_unbound_local(self.space, code, arg)
                d = frame.depth
                assert d >= 0
                stack[d] = w_v
                frame.depth = d + 1
            elif op == bc.STORE_FAST:
                stack = frame.locals_stack_w
                assert arg >= 0
                d = frame.depth - 1
                assert d >= 0
                stack[arg] = stack[d]
                stack[d] = None
                frame.depth = d
            elif op == bc.LOAD_CONST:
                stack = frame.locals_stack_w
                d = frame.depth
                assert d >= 0
                stack[d] = code.co_consts_w[arg]
                frame.depth = d + 1
            elif op == bc.POP_TOP:
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                if arg == 1:
                    w_v = stack[d]
                    assert w_v is not None
                    self.display_value(w_v)
                stack[d] = None
                frame.depth = d
            elif op == bc.BINARY_OP:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_a = stack[d]
                w_b = stack[d + 1]
                w_res = fastpath.binary_op(space, w_a, w_b, arg)
                if w_res is None:
                    w_res = self.binary_op(w_a, w_b, arg)
                stack[d + 1] = None
                stack[d] = w_res
                frame.depth = d + 1
            elif op == bc.COMPARE_OP:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_a = stack[d]
                w_b = stack[d + 1]
                flag = fastpath.compare(w_a, w_b, arg)
                if flag >= 0:
                    # ints or floats: a conditional jump on the result is
                    # done here without making the bool
                    stack[d + 1] = None
                    nword = bc.NOP
                    if (pc >> 1) < len(co_ops):
                        nword = co_ops[pc >> 1]
                    nop = nword & 0xFF
                    if nop == bc.POP_JUMP_IF_FALSE:
                        stack[d] = None
                        frame.depth = d
                        if flag == 0:
                            pc = nword >> 8
                        else:
                            pc += 2
                    elif nop == bc.POP_JUMP_IF_TRUE:
                        stack[d] = None
                        frame.depth = d
                        if flag == 1:
                            pc = nword >> 8
                        else:
                            pc += 2
                    else:
                        stack[d] = space.newbool(flag == 1)
                        frame.depth = d + 1
                    continue
                w_res = self.compare_op(w_a, w_b, arg)
                stack[d + 1] = None
                # a conditional jump on the result is done here (without
                # pushing the bool and dispatching again)
                nword = bc.NOP
                if (pc >> 1) < len(co_ops) and (w_res is space.w_True or
                                                w_res is space.w_False):
                    nword = co_ops[pc >> 1]
                nop = nword & 0xFF
                if nop == bc.POP_JUMP_IF_FALSE:
                    stack[d] = None
                    frame.depth = d
                    if w_res is space.w_False:
                        pc = nword >> 8
                    else:
                        pc += 2
                elif nop == bc.POP_JUMP_IF_TRUE:
                    stack[d] = None
                    frame.depth = d
                    if w_res is space.w_True:
                        pc = nword >> 8
                    else:
                        pc += 2
                else:
                    stack[d] = w_res
                    frame.depth = d + 1
            elif op == bc.POP_JUMP_IF_FALSE:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_c = stack[d]
                stack[d] = None
                frame.depth = d
                if w_c is space.w_False:
                    pc = arg
                elif w_c is not space.w_True and not space.is_true(w_c):
                    pc = arg
            elif op == bc.POP_JUMP_IF_TRUE:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_c = stack[d]
                stack[d] = None
                frame.depth = d
                if w_c is space.w_True:
                    pc = arg
                elif w_c is not space.w_False and space.is_true(w_c):
                    pc = arg
            elif op == bc.JUMP_ABSOLUTE:
                if arg < pc:
                    pc = arg
                    jitdriver.can_enter_jit(pc=pc, code=code, frame=frame, ec=self)
                else:
                    pc = arg
            elif op == bc.JUMP_FORWARD:
                pc = arg
            elif op == bc.INPLACE_OP:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_a = stack[d]
                w_b = stack[d + 1]
                # ints and floats are immutable: a += b is a = a + b
                w_res = fastpath.binary_op(space, w_a, w_b, arg)
                if w_res is None:
                    w_res = space.inplace_op(w_a, w_b, arg)
                stack[d + 1] = None
                stack[d] = w_res
                frame.depth = d + 1
            elif op == bc.LOAD_ATTR:
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_obj = stack[d]
                assert w_obj is not None
                w_res = None
                if isinstance(w_obj, W_InstanceObject):
                    w_res = inlinecache.load_attr_fast(code, (pc >> 1) - 1, w_obj)
                if w_res is None:
                    w_res = self.load_attr(code, pc, w_obj, arg)
                stack[d] = w_res
            elif op == bc.FOR_ITER:
                space = self.space
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_iter = stack[d]
                assert w_iter is not None
                w_next = fastpath.next_item(space, w_iter)
                if w_next is None:
                    w_next = space.next(w_iter)
                if w_next is None:
                    stack[d] = None
                    frame.depth = d
                    pc = arg
                else:
                    stack[d + 1] = w_next
                    frame.depth = d + 2
            elif op == bc.LOAD_GLOBAL:
                space = self.space
                stack = frame.locals_stack_w
                w_v = inlinecache.load_global_fast(space, frame, arg)
                if w_v is None:
                    w_v = inlinecache.load_global(space, frame, arg)
                if w_v is None:
                    rareops.raise_global_name_error(space, code, arg)
                d = frame.depth
                assert d >= 0
                stack[d] = w_v
                frame.depth = d + 1
            elif op == bc.STORE_ATTR:
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_obj = stack[d + 1]
                w_value = stack[d]
                assert w_obj is not None
                assert w_value is not None
                stack[d + 1] = None
                stack[d] = None
                frame.depth = d
                if not (isinstance(w_obj, W_InstanceObject) and
                        inlinecache.store_attr_fast(code, (pc >> 1) - 1,
                                                    w_obj, w_value)):
                    self.store_attr(code, pc, w_obj, arg, w_value)
            elif op == bc.LOAD_METHOD:
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_obj = stack[d]
                assert w_obj is not None
                w_descr = None
                if isinstance(w_obj, W_InstanceObject):
                    w_descr = inlinecache.lookup_method_fast(code, (pc >> 1) - 1,
                                                             w_obj)
                if w_descr is None:
                    w_descr = self.lookup_method_cached(code, pc, w_obj,
                                                        code.co_names[arg])
                if w_descr is not None:
                    stack[d] = w_descr
                    stack[d + 1] = w_obj
                else:
                    w_attr = self.space.getattr(w_obj, code.co_names[arg])
                    stack[d] = w_attr
                    stack[d + 1] = no_receiver.marker
                frame.depth = d + 2
            elif op == bc.CALL_METHOD:
                stack = frame.locals_stack_w
                base = frame.depth - arg
                assert base >= 2
                w_f = stack[base - 2]
                w_self = stack[base - 1]
                nargs = arg
                if w_self is no_receiver.marker:
                    w_self = None
                else:
                    nargs += 1
                if isinstance(w_f, W_FunctionObject) and \
                        w_f.code.co_fast_argcount == nargs:
                    w_res = self.call_plain(frame, base, arg, 2, w_f, w_self)
                else:
                    w_res = self.call_method(frame, arg, code, pc)
                frame.push(w_res)
            elif op == bc.CALL_FUNCTION:
                stack = frame.locals_stack_w
                base = frame.depth - arg
                assert base >= 1
                w_f = stack[base - 1]
                if isinstance(w_f, W_FunctionObject) and \
                        w_f.code.co_fast_argcount == arg:
                    w_res = self.call_plain(frame, base, arg, 1, w_f, None)
                else:
                    w_res = self.call_function_op(frame, arg, code, pc)
                frame.push(w_res)
            elif op == bc.RETURN_VALUE:
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                w_result = stack[d]
                assert w_result is not None
                stack[d] = None
                frame.depth = d
                frame.finished = True
                return w_result
            elif op == bc.BINARY_SUBSCR:
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_obj = stack[d]
                w_index = stack[d + 1]
                assert w_obj is not None
                assert w_index is not None
                w_res = fastpath.getitem(w_obj, w_index)
                if w_res is None:
                    w_res = self.getitem(w_obj, w_index)
                stack[d + 1] = None
                stack[d] = w_res
                frame.depth = d + 1
            elif op == bc.STORE_SUBSCR:
                stack = frame.locals_stack_w
                d = frame.depth - 3
                assert d >= 0
                w_value = stack[d]
                w_obj = stack[d + 1]
                w_index = stack[d + 2]
                assert w_value is not None
                assert w_obj is not None
                assert w_index is not None
                if not fastpath.setitem(w_obj, w_index, w_value):
                    self.setitem(w_obj, w_index, w_value)
                stack[d + 2] = None
                stack[d + 1] = None
                stack[d] = None
                frame.depth = d
            elif op == bc.UNARY_OP:
                space = self.space
                w_v = frame.pop()
                w_res = fastpath.unary_op(space, w_v, arg)
                if w_res is None:
                    w_res = space.unary_op(w_v, arg)
                frame.push(w_res)
            elif op == bc.LOAD_DEREF:
                cell = frame.cells[arg]
                assert cell is not None
                if cell.w_value is None:
                    self.raise_unbound_cell(frame, arg)
                frame.push(cell.w_value)
            elif op == bc.ROT_TWO:
                stack = frame.locals_stack_w
                d = frame.depth - 2
                assert d >= 0
                w_1 = stack[d + 1]
                stack[d + 1] = stack[d]
                stack[d] = w_1
            elif op == bc.ROT_THREE:
                # [w_3, w_2, w_1] -> [w_1, w_3, w_2]
                stack = frame.locals_stack_w
                d = frame.depth - 3
                assert d >= 0
                w_1 = stack[d + 2]
                stack[d + 2] = stack[d + 1]
                stack[d + 1] = stack[d]
                stack[d] = w_1
            elif op == bc.DUP_TOP:
                stack = frame.locals_stack_w
                d = frame.depth
                assert d >= 1
                stack[d] = stack[d - 1]
                frame.depth = d + 1
            elif op == bc.DUP_TOP_TWO:
                stack = frame.locals_stack_w
                d = frame.depth
                assert d >= 2
                stack[d] = stack[d - 2]
                stack[d + 1] = stack[d - 1]
                frame.depth = d + 2
            elif op == bc.NOP:
                pass
            elif op == bc.LIST_APPEND:
                w_v = frame.pop()
                w_list = frame.peek(arg - 1)
                assert isinstance(w_list, W_ListObject)
                w_list.items_w.append(w_v)
            elif op == bc.UNPACK_SEQUENCE:
                stack = frame.locals_stack_w
                d = frame.depth - 1
                assert d >= 0
                items_w = fastpath.unpack_items(stack[d], arg)
                if items_w is None:
                    self.unpack_sequence(frame, arg)
                else:
                    stack[d] = None
                    i = arg - 1
                    while i >= 0:
                        stack[d] = items_w[i]
                        d += 1
                        i -= 1
                    frame.depth = d
            elif op == bc.YIELD_VALUE:
                w_v = frame.pop()
                frame.pc = pc
                frame.yielded = True
                return w_v
            elif op == bc.YIELD_FROM:
                w_v = self.yield_from(frame)
                if w_v is None:
                    continue
                # re-execute this instruction when resumed
                frame.pc = pc - 2
                frame.yielded = True
                return w_v
            else:
                pc = rareops.dispatch_rare(self, frame, code, op, arg, pc)

    # ---------------------------------------------------------- helpers

    @dont_inline
    def yield_from(self, frame):
        """YIELD_FROM: sends the value on top of the stack to the iterator
        below it; returns the value to yield, or None when the iterator is
        exhausted (its return value then replaces it on the stack)."""
        space = self.space
        w_sent = frame.pop()
        w_iter = frame.peek(0)
        if isinstance(w_iter, W_GeneratorObject):
            w_v = w_iter.send_ex(w_sent, None)
            if w_v is None:
                frame.pop()
                frame.push(w_iter.take_return_value())
            return w_v
        if w_sent is space.w_None:
            w_v = space.next(w_iter)
        else:
            w_v = space.call_method(w_iter, "send", [w_sent])
        if w_v is None:
            frame.pop()
            frame.push(space.w_None)
        return w_v

    def display_value(self, w_value):
        """sys.displayhook: the value of an expression statement typed at
        the interactive prompt is printed (repr) and stored in `_`."""
        space = self.space
        if w_value is space.w_None:
            return
        space.w_builtins.setitem_str(space, "_", space.w_None)
        self.write_out(space.repr_str(w_value) + "\n")
        space.w_builtins.setitem_str(space, "_", w_value)

    def binary_op(self, w_a, w_b, op):
        space = self.space
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) \
                and not isinstance(w_a, W_IntUser) \
                and not isinstance(w_b, W_IntUser):
            a = w_a.intval
            b = w_b.intval
            if op == ops.OP_ADD:
                try:
                    return space.newint(ovfcheck(a + b))
                except OverflowError:
                    pass
            elif op == ops.OP_SUB:
                try:
                    return space.newint(ovfcheck(a - b))
                except OverflowError:
                    pass
            elif op == ops.OP_MUL:
                try:
                    return space.newint(ovfcheck(a * b))
                except OverflowError:
                    pass
            elif op == ops.OP_MOD and b > 0:
                return space.newint(a % b)
            elif op == ops.OP_FLOORDIV and b > 0:
                return space.newint(a // b)
            elif op == ops.OP_XOR and not isinstance(w_a, W_BoolObject):
                return space.newint(a ^ b)
            elif not (isinstance(w_a, W_BoolObject) and
                      isinstance(w_b, W_BoolObject)):
                # bool & bool etc. stay bools: W_BoolObject.binop
                w_res = int_binop(space, op, a, b)
                if w_res is not None:
                    return w_res
        return space.binary_op(w_a, w_b, op)

    def compare_op(self, w_a, w_b, op):
        space = self.space
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) \
                and not isinstance(w_a, W_IntUser) \
                and not isinstance(w_b, W_IntUser):
            a = w_a.intval
            b = w_b.intval
            if op == ops.CMP_LT:
                return space.newbool(a < b)
            if op == ops.CMP_LE:
                return space.newbool(a <= b)
            if op == ops.CMP_EQ:
                return space.newbool(a == b)
            if op == ops.CMP_NE:
                return space.newbool(a != b)
            if op == ops.CMP_GT:
                return space.newbool(a > b)
            if op == ops.CMP_GE:
                return space.newbool(a >= b)
        return space.compare(w_a, w_b, op)

    def getitem(self, w_obj, w_index):
        if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_IntObject) \
                and not isinstance(w_obj, W_ListUser):
            i = w_index.intval
            items = w_obj.items_w
            if i < 0:
                i += len(items)
            if 0 <= i < len(items):
                return items[i]
        return self.space.getitem(w_obj, w_index)

    def setitem(self, w_obj, w_index, w_value):
        if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_IntObject) \
                and not isinstance(w_obj, W_ListUser):
            i = w_index.intval
            items = w_obj.items_w
            if i < 0:
                i += len(items)
            if 0 <= i < len(items):
                items[i] = w_value
                return
        self.space.setitem(w_obj, w_index, w_value)

    def load_global(self, frame, name):
        space = self.space
        w_v = frame.w_globals.getitem_str(space, name)
        if w_v is not None:
            return w_v
        w_v = space.w_builtins.getitem_str(space, name)
        if w_v is not None:
            return w_v
        raise space.name_error("name '%s' is not defined" % name)

    def load_name(self, frame, name):
        space = self.space
        if frame.w_locals is not None:
            w_v = frame.w_locals.getitem_str(space, name)
            if w_v is not None:
                return w_v
        return self.load_global(frame, name)

    def cell_name(self, code, index):
        ncell = len(code.co_cellvars)
        if index < ncell:
            return code.co_cellvars[index]
        return code.co_freevars[index - ncell]

    def raise_unbound_cell(self, frame, index):
        space = self.space
        code = frame.code
        name = self.cell_name(code, index)
        if index < len(code.co_cellvars):
            raise space.error(space.w_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated with a value"
                              % name)
        raise space.name_error("cannot access free variable '%s' where it is not associated with a value in enclosing scope"
                               % name)

    def restore_handled(self, frame, w_prev):
        if w_prev is self.space.w_None:
            frame.w_handled = None
        else:
            frame.w_handled = w_prev

    def reraise(self, w_exc):
        e = OperationError(w_exc.getclass(self.space), w_exc)
        e.skip_tb = True
        raise e

    def raise_varargs(self, frame, nargs):
        space = self.space
        if nargs == 0:
            w_exc = frame.w_handled
            if w_exc is None:
                raise space.runtime_error("No active exception to reraise")
            self.reraise(w_exc)
        w_cause = None
        if nargs == 2:
            w_cause = frame.pop()
        w_value = frame.pop()
        operr = space.exception_from_value(w_value)
        w_exc = operr.w_value
        assert isinstance(w_exc, W_BaseException)
        if nargs == 2:
            assert w_cause is not None
            if w_cause is space.w_None:
                w_exc.w_cause = None
            else:
                w_cause = space.exception_from_value(w_cause).w_value
                w_exc.w_cause = w_cause
            w_exc.suppress_context = True
        raise operr

    def call_ex(self, w_func, w_args, w_kwargs):
        space = self.space
        args_w = space.unpack_iterable(w_args)
        names = None
        values_w = None
        if w_kwargs is not None:
            assert isinstance(w_kwargs, W_DictObject)
            names = []
            values_w = []
            t = w_kwargs.table
            for i in range(len(t.keys_w)):
                w_k = t.keys_w[i]
                if w_k is None:
                    continue
                if not isinstance(w_k, W_StrObject):
                    raise space.type_error("keywords must be strings")
                names.append(w_k.value)
                w_v = t.values_w[i]
                assert w_v is not None
                values_w.append(w_v)
        return space.call_args(w_func, Arguments(args_w, names, values_w))

    def make_function(self, frame, flags):
        space = self.space
        w_code = frame.pop()
        assert isinstance(w_code, W_CodeObject)
        closure = None
        if flags & bc.MF_CLOSURE:
            w_cells = frame.pop()
            assert isinstance(w_cells, W_TupleObject)
            closure = []
            for w_c in w_cells.items_w:
                assert isinstance(w_c, W_CellObject)
                closure.append(w_c)
        w_annotations = None
        if flags & bc.MF_ANNOTATIONS:
            w_a = frame.pop()
            assert isinstance(w_a, W_DictObject)
            w_annotations = w_a
        w_kwdefaults = None
        if flags & bc.MF_KWDEFAULTS:
            w_d = frame.pop()
            assert isinstance(w_d, W_DictObject)
            w_kwdefaults = w_d
        defaults_w = []
        if flags & bc.MF_DEFAULTS:
            w_t = frame.pop()
            assert isinstance(w_t, W_TupleObject)
            defaults_w = w_t.items_w
        w_func = W_FunctionObject(w_code, frame.w_globals, defaults_w,
                                  w_kwdefaults, closure)
        w_func.w_annotations = w_annotations
        return w_func

    def unpack_sequence(self, frame, n):
        space = self.space
        w_seq = frame.pop()
        items_w = space.unpack_iterable(w_seq)
        if len(items_w) != n:
            if len(items_w) > n:
                raise space.value_error("too many values to unpack (expected %d)" % n)
            raise space.value_error("not enough values to unpack (expected %d, got %d)"
                                    % (n, len(items_w)))
        i = n - 1
        while i >= 0:
            frame.push(items_w[i])
            i -= 1

    def unpack_ex(self, frame, before, after):
        space = self.space
        items_w = space.unpack_iterable(frame.pop())
        n = len(items_w)
        if n < before + after:
            raise space.value_error("not enough values to unpack (expected at least %d, got %d)"
                                    % (before + after, n))
        i = n - 1
        while i >= n - after:
            frame.push(items_w[i])
            i -= 1
        middle = []
        for k in range(before, n - after):
            middle.append(items_w[k])
        frame.push(space.newlist(middle))
        i = before - 1
        while i >= 0:
            frame.push(items_w[i])
            i -= 1

    def setup_with(self, frame, handler):
        space = self.space
        w_mgr = frame.pop()
        w_type = w_mgr.getclass(space)
        w_enter_descr = w_type.lookup("__enter__")
        w_exit_descr = w_type.lookup("__exit__")
        if w_enter_descr is None or w_exit_descr is None:
            raise space.type_error("'%s' object does not support the context manager protocol"
                                   % w_type.name)
        w_exit = space.bind(w_exit_descr, w_mgr, w_type)
        w_enter = space.bind(w_enter_descr, w_mgr, w_type)
        frame.push(w_exit)
        w_res = space.call_function(w_enter, [])
        frame.push_block(handler)
        frame.push(w_res)

    def format_value(self, frame, flags):
        space = self.space
        spec = ""
        if flags & bc.FVS_HAVE_SPEC:
            spec = space.str_w(frame.pop())
        w_v = frame.pop()
        conv = flags & bc.FVC_MASK
        if conv == bc.FVC_STR:
            w_v = space.str(w_v)
        elif conv == bc.FVC_REPR or conv == bc.FVC_ASCII:
            w_v = space.repr(w_v)
        if spec == "" and isinstance(w_v, W_StrObject):
            return w_v
        return space.newstr(space.format(w_v, spec))

    # ---------------------------------------------------------- modules

    def import_module(self, name):
        from pyinterp.modules import import_module
        return import_module(self, name)

    def dict_merge(self, w_d, w_v, w_func):
        """The ** arguments of a call: keys must not repeat."""
        space = self.space
        if not isinstance(w_v, W_DictObject) and \
                space.lookup_attr_or_none(w_v, "keys") is None:
            raise space.type_error("%s argument after ** must be a mapping, not %s"
                                   % (self.func_desc(w_func), space.type_name(w_v)))
        w_new = space.newdict()
        dict_update_from(space, w_new, w_v)
        for w_k in w_new.table.live_keys():
            if w_d.table.get(space, w_k) is not None:
                raise space.type_error("%s got multiple values for keyword argument '%s'"
                                       % (self.func_desc(w_func), space.str_str(w_k)))
        dict_update_from(space, w_d, w_new)

    def func_desc(self, w_func):
        from pyinterp.gateway import W_BuiltinFunction
        from pyinterp.funcobject import W_MethodObject
        space = self.space
        if isinstance(w_func, W_MethodObject):
            w_func = w_func.w_function
        if isinstance(w_func, W_FunctionObject):
            w_mod = w_func.w_globals.getitem_str(space, "__name__")
            if w_mod is not None and isinstance(w_mod, W_StrObject):
                return "%s.%s()" % (w_mod.value, w_func.qualname)
            return w_func.qualname + "()"
        if isinstance(w_func, W_BuiltinFunction):
            return w_func.name + "()"
        return space.type_name(w_func) + " object"

    def import_name(self, name, top):
        from pyinterp.modules import import_module
        w_mod = import_module(self, name)
        if top:
            dot = name.find(".")
            if dot > 0:
                return self.modules[name[:dot]]
        return w_mod

    def import_from(self, w_module, name):
        from pyinterp.funcobject import W_ModuleObject
        from pyinterp.modules import import_module
        space = self.space
        w_v = space.lookup_attr_or_none(w_module, name)
        if w_v is None and isinstance(w_module, W_ModuleObject) and \
                w_module.is_package:
            # `from package import submodule`
            try:
                w_v = import_module(self, w_module.name + "." + name)
            except OperationError as e:
                if not e.match(space, space.w_ModuleNotFoundError):
                    raise
                w_v = None
        if w_v is None:
            raise self.cannot_import_name(w_module, name)
        return w_v

    def cannot_import_name(self, w_module, name):
        """CPython's ImportError of `from m import name`: the message ends
        with the module's file or "(unknown location)"; `name` is the
        module's name and `path` its `__file__`."""
        from pyinterp.exceptions import W_BaseException
        space = self.space
        w_modname = space.lookup_attr_or_none(w_module, "__name__")
        if isinstance(w_modname, W_StrObject):
            modname = w_modname.value
        else:
            modname = "<unknown module name>"
            w_modname = space.w_None
        w_file = space.lookup_attr_or_none(w_module, "__file__")
        if isinstance(w_file, W_StrObject):
            where = w_file.value
        else:
            where = "unknown location"
            w_file = space.w_None
        msg = "cannot import name '%s' from '%s' (%s)" % (name, modname, where)
        w_exc = W_BaseException(space.w_ImportError, [space.newstr(msg)])
        w_exc.setdictvalue(space, "msg", space.newstr(msg))
        w_exc.setdictvalue(space, "name", w_modname)
        w_exc.setdictvalue(space, "path", w_file)
        return OperationError(space.w_ImportError, w_exc)

    def import_star(self, frame, w_module):
        from pyinterp.funcobject import W_ModuleObject
        space = self.space
        if not isinstance(w_module, W_ModuleObject):
            return
        w_target = frame.w_locals
        if w_target is None:
            w_target = frame.w_globals
        w_all = w_module.w_dict.getitem_str(space, "__all__")
        if w_all is not None:
            for w_name in space.unpack_iterable(w_all):
                name = space.str_w(w_name)
                w_target.setitem(space, w_name, space.getattr(w_module, name))
            return
        t = w_module.w_dict.table
        for i in range(len(t.keys_w)):
            w_k = t.keys_w[i]
            if w_k is None:
                continue
            if isinstance(w_k, W_StrObject) and not w_k.value.startswith("_"):
                w_v = t.values_w[i]
                assert w_v is not None
                w_target.setitem(space, w_k, w_v)


# class creation lives in classbuilder.py (imported by name from here)
from pyinterp.classbuilder import build_class, make_class  # noqa: F401,E402
