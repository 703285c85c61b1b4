"""The rarely executed instructions of the eval loop, out of line.

`dispatch_rare` runs one instruction that the eval loop
(`ExecutionContext.dispatch`) does not handle inline and returns the pc of
the next one.  Keeping these out of the loop's function (`@dont_inline`)
makes that function several times smaller, which lets the C compiler keep
the loop's live values in registers.  The frame's stack depth and pc are
in the frame (the loop writes them before calling here)."""

from pyinterp import bytecode as bc
from pyinterp.exceptions import traceback_of
from pyinterp.model import Arguments
from pyinterp.intobject import W_IntObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.listobject import W_ListObject
from pyinterp.dictobject import W_DictObject, dict_update_from
from pyinterp.setobject import W_SetObject, update_from
from pyinterp.sliceobject import W_SliceObject
from pyinterp.rlib import StringBuilder, dont_inline


@dont_inline
def dispatch_rare(ec, frame, code, op, arg, pc):
    """Runs the instruction op(arg) of frame (pc: the next instruction's);
    returns the pc to continue at."""
    space = ec.space
    if op == bc.STORE_GLOBAL:
        frame.w_globals.setitem_str(space, code.co_names[arg], frame.pop())
    elif op == bc.DELETE_GLOBAL:
        name = code.co_names[arg]
        if frame.w_globals.table.delete(space, space.newstr(name)) is None:
            raise space.name_error("name '%s' is not defined" % name)
    elif op == bc.DELETE_ATTR:
        w_obj = frame.pop()
        space.delattr(w_obj, code.co_names[arg])
    elif op == bc.CALL_FUNCTION_KW:
        w_names = frame.pop()
        assert isinstance(w_names, W_TupleObject)
        nkw = len(w_names.items_w)
        values_w = frame.popn(nkw)
        args_w = frame.popn(arg - nkw)
        w_func = frame.pop()
        names = []
        for w_n in w_names.items_w:
            names.append(space.str_w(w_n))
        frame.push(space.call_args(w_func, Arguments(args_w, names, values_w)))
    elif op == bc.CALL_FUNCTION_EX:
        w_kwargs = None
        if arg & bc.CF_HAS_KWARGS:
            w_kwargs = frame.pop()
        w_args = frame.pop()
        w_func = frame.pop()
        frame.push(ec.call_ex(w_func, w_args, w_kwargs))
    elif op == bc.DELETE_SUBSCR:
        w_index = frame.pop()
        w_obj = frame.pop()
        space.delitem(w_obj, w_index)
    elif op == bc.STORE_DEREF:
        cell = frame.cells[arg]
        assert cell is not None
        cell.w_value = frame.pop()
    elif op == bc.DELETE_DEREF:
        cell = frame.cells[arg]
        assert cell is not None
        if cell.w_value is None:
            ec.raise_unbound_cell(frame, arg)
        cell.w_value = None
    elif op == bc.LOAD_CLOSURE:
        cell = frame.cells[arg]
        assert cell is not None
        frame.push(cell)
    elif op == bc.LOAD_CLASSDEREF:
        name = ec.cell_name(code, arg)
        w_v = None
        if frame.w_locals is not None:
            w_v = frame.w_locals.getitem_str(space, name)
        if w_v is None:
            cell = frame.cells[arg]
            assert cell is not None
            w_v = cell.w_value
            if w_v is None:
                ec.raise_unbound_cell(frame, arg)
        frame.push(w_v)
    elif op == bc.LOAD_NAME:
        frame.push(ec.load_name(frame, code.co_names[arg]))
    elif op == bc.STORE_NAME:
        w_locals = frame.w_locals
        if w_locals is None:
            w_locals = frame.w_globals
        w_locals.setitem_str(space, code.co_names[arg], frame.pop())
    elif op == bc.DELETE_NAME:
        w_locals = frame.w_locals
        if w_locals is None:
            w_locals = frame.w_globals
        name = code.co_names[arg]
        if w_locals.table.delete(space, space.newstr(name)) is None:
            raise space.name_error("name '%s' is not defined" % name)
    elif op == bc.DELETE_FAST:
        if frame.locals_stack_w[arg] is None:
            raise_unbound_local(space, code, arg)
        frame.locals_stack_w[arg] = None
    elif op == bc.GET_ITER:
        frame.push(space.iter(frame.pop()))
    elif op == bc.BUILD_TUPLE:
        frame.push(space.newtuple(frame.popn(arg)))
    elif op == bc.BUILD_LIST:
        frame.push(space.newlist(frame.popn(arg)))
    elif op == bc.BUILD_MAP:
        items_w = frame.popn(2 * arg)
        w_d = space.newdict()
        for i in range(arg):
            w_d.setitem(space, items_w[2 * i], items_w[2 * i + 1])
        frame.push(w_d)
    elif op == bc.BUILD_SET:
        items_w = frame.popn(arg)
        w_s = space.newset()
        for w_item in items_w:
            w_s.add(space, w_item)
        frame.push(w_s)
    elif op == bc.BUILD_CONST_SET:
        frame.push(build_const_set(space, frame.popn(arg)))
    elif op == bc.BUILD_SLICE:
        w_step = space.w_None
        if arg == 3:
            w_step = frame.pop()
        w_stop = frame.pop()
        w_start = frame.pop()
        frame.push(W_SliceObject(w_start, w_stop, w_step))
    elif op == bc.SET_ADD:
        w_v = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        w_set.add(space, w_v)
    elif op == bc.MAP_ADD:
        w_v = frame.pop()
        w_k = frame.pop()
        w_d = frame.peek(arg - 1)
        assert isinstance(w_d, W_DictObject)
        w_d.setitem(space, w_k, w_v)
    elif op == bc.LIST_EXTEND:
        w_v = frame.pop()
        w_list = frame.peek(arg - 1)
        assert isinstance(w_list, W_ListObject)
        w_list.items_w.extend(space.unpack_iterable(w_v))
    elif op == bc.SET_UPDATE:
        w_v = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        update_from(space, w_set, w_v)
    elif op == bc.DICT_UPDATE:
        w_v = frame.pop()
        w_d = frame.peek(arg - 1)
        assert isinstance(w_d, W_DictObject)
        dict_update_from(space, w_d, w_v)
    elif op == bc.DICT_MERGE:
        w_v = frame.pop()
        w_d = frame.peek(arg - 1)
        assert isinstance(w_d, W_DictObject)
        ec.dict_merge(w_d, w_v, frame.peek(arg + 1))
    elif op == bc.LIST_TO_TUPLE:
        w_list = frame.pop()
        assert isinstance(w_list, W_ListObject)
        frame.push(space.newtuple(w_list.items_w))
    elif op == bc.UNPACK_EX:
        ec.unpack_ex(frame, arg & 0xFF, arg >> 8)
    elif op == bc.MAKE_FUNCTION:
        frame.push(ec.make_function(frame, arg))
    elif op == bc.STORE_RETVAL:
        frame.w_retval = frame.pop()
    elif op == bc.LOAD_RETVAL:
        w_r = frame.w_retval
        assert w_r is not None
        frame.push(w_r)
        frame.w_retval = None
    elif op == bc.GET_YIELD_FROM_ITER:
        w_obj = frame.peek(0)
        from pyinterp.generator import W_GeneratorObject
        if not isinstance(w_obj, W_GeneratorObject):
            frame.settop(space.iter(w_obj))
    elif op == bc.RAISE_VARARGS:
        ec.raise_varargs(frame, arg)
    elif op == bc.SETUP_EXCEPT:
        frame.push_block(arg)
    elif op == bc.POP_BLOCK:
        frame.pop_block()
    elif op == bc.PUSH_EXC_INFO:
        w_exc = frame.pop()
        w_prev = frame.w_handled
        if w_prev is None:
            w_prev = space.w_None
        frame.push(w_prev)
        frame.push(w_exc)
        frame.w_handled = w_exc
    elif op == bc.POP_EXCEPT:
        ec.restore_handled(frame, frame.pop())
    elif op == bc.CHECK_EXC_MATCH:
        w_type = frame.pop()
        w_exc = frame.peek(0)
        frame.push(space.newbool(
            space.exception_match(w_exc.getclass(space), w_type)))
    elif op == bc.RERAISE:
        ec.reraise(frame.peek(0))
    elif op == bc.POP_EXCEPT_RERAISE:
        w_exc = frame.pop()
        ec.restore_handled(frame, frame.pop())
        ec.reraise(w_exc)
    elif op == bc.EXC_CLEANUP:
        w_exc = frame.pop()
        frame.pop()
        ec.restore_handled(frame, frame.pop())
        ec.reraise(w_exc)
    elif op == bc.SETUP_WITH:
        ec.setup_with(frame, arg)
    elif op == bc.WITH_EXIT_NORMAL:
        w_exit = frame.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
    elif op == bc.WITH_EXCEPT_CALL:
        w_exc = frame.peek(0)
        w_exit = frame.peek(2)
        frame.push(space.call_function(
            w_exit, [w_exc.getclass(space), w_exc,
                     traceback_of(space, w_exc)]))
    elif op == bc.JUMP_IF_FALSE_OR_POP:
        if not space.is_true(frame.peek(0)):
            return arg
        frame.pop()
    elif op == bc.JUMP_IF_TRUE_OR_POP:
        if space.is_true(frame.peek(0)):
            return arg
        frame.pop()
    elif op == bc.LOAD_BUILD_CLASS:
        frame.push(space.w_build_class)
    elif op == bc.IMPORT_NAME:
        w_level = frame.pop()
        top = isinstance(w_level, W_IntObject) and w_level.intval == -1
        frame.push(ec.import_name(code.co_names[arg], top))
    elif op == bc.IMPORT_FROM:
        frame.push(ec.import_from(frame.peek(0), code.co_names[arg]))
    elif op == bc.IMPORT_STAR:
        ec.import_star(frame, frame.pop())
    elif op == bc.FORMAT_VALUE:
        frame.push(ec.format_value(frame, arg))
    elif op == bc.BUILD_STRING:
        items_w = frame.popn(arg)
        b = StringBuilder()
        for w_s in items_w:
            b.append(space.str_w(w_s))
        frame.push(space.newstr(b.build()))
    elif op == bc.LOAD_ASSERTION_ERROR:
        frame.push(space.w_AssertionError)
    else:
        raise space.error(space.exception_types["SystemError"],
                          "unknown opcode %d" % op)
    return pc


@dont_inline
def raise_unbound_local(space, code, arg):
    raise space.error(space.w_UnboundLocalError,
                      "cannot access local variable '%s' where it is not associated with a value"
                      % code.co_varnames[arg])


@dont_inline
def raise_global_name_error(space, code, arg):
    raise space.name_error("name '%s' is not defined" % code.co_names[arg])


def build_const_set(space, items_w):
    """BUILD_CONST_SET: a display of constants, which CPython compiles to
    a frozenset constant (rebuilt from its own iteration order when the
    compiler merges constants) copied into a new set."""
    w_first = W_SetObject(True)
    for w_item in items_w:
        w_first.add(space, w_item)
    w_frozen = W_SetObject(True)
    for w_item in w_first.table.live_keys():
        w_frozen.add(space, w_item)
    w_s = space.newset()
    w_s.table.merge(space, w_frozen.table)
    return w_s
