"""The builtins module: print, len, repr, isinstance, sorted, ..."""

from pyinterp.model import W_Root, Arguments
from pyinterp import operators as ops
from pyinterp.error import OperationError, SyntaxErr
from pyinterp.gateway import W_BuiltinFunction, check_args
from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.floatobject import W_FloatObject
from pyinterp.strobject import W_StrObject, W_BytesObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.listobject import W_ListObject, sort_list
from pyinterp.dictobject import W_DictObject
from pyinterp.typeobject import W_TypeObject, W_InstanceObject
from pyinterp.funcobject import W_FunctionObject, W_ModuleObject
from pyinterp.rlib import StringBuilder, rbigint
from pyinterp.pycode import W_CodeObject
from pyinterp.compilebuiltin import (b_compile, compile_string, MODE_EXEC,
                                     MODE_EVAL)
from pyinterp.matchsupport import MATCH_BUILTINS
import math


def b_print(space, args):
    sep = " "
    end = "\n"
    w_sep = args.get_kw("sep")
    if w_sep is not None and w_sep is not space.w_None:
        if not isinstance(w_sep, W_StrObject):
            raise space.type_error("sep must be None or a string, not %s"
                                   % space.type_name(w_sep))
        sep = w_sep.value
    w_end = args.get_kw("end")
    if w_end is not None and w_end is not space.w_None:
        if not isinstance(w_end, W_StrObject):
            raise space.type_error("end must be None or a string, not %s"
                                   % space.type_name(w_end))
        end = w_end.value
    w_file = args.get_kw("file")
    from pyinterp.modules import W_StdStream
    if w_file is not None and w_file is not space.w_None and \
            not isinstance(w_file, W_StdStream):
        # a user object: one write() per piece, as CPython does
        for i in range(len(args.args_w)):
            if i > 0:
                space.call_method(w_file, "write", [space.newstr(sep)])
            space.call_method(w_file, "write",
                              [space.newstr(space.str_str(args.args_w[i]))])
        space.call_method(w_file, "write", [space.newstr(end)])
        return space.w_None
    b = StringBuilder()
    for i in range(len(args.args_w)):
        if i > 0:
            b.append(sep)
        b.append(space.str_str(args.args_w[i]))
    b.append(end)
    text = b.build()
    ec = space.interp
    if w_file is not None and w_file is not space.w_None:
        space.call_method(w_file, "write", [space.newstr(text)])
        return space.w_None
    ec.write_out(text)
    w_flush = args.get_kw("flush")
    if w_flush is not None and space.is_true(w_flush):
        ec.flush_out()
    return space.w_None


def b_len(space, args):
    check_args(space, args, "len", 1, 1)
    return space.newint(space.len_w(args.args_w[0]))


def b_repr(space, args):
    check_args(space, args, "repr", 1, 1)
    return space.repr(args.args_w[0])


def b_ascii(space, args):
    check_args(space, args, "ascii", 1, 1)
    return space.newstr(ascii_escape(space.repr_str(args.args_w[0])))


def ascii_escape(s):
    b = StringBuilder()
    for c in s:
        o = ord(c)
        if o < 128:
            b.append(c)
        elif o < 256:
            b.append("\\x" + hexdigits(o, 2))
        elif o < 65536:
            b.append("\\u" + hexdigits(o, 4))
        else:
            b.append("\\U" + hexdigits(o, 8))
    return b.build()


def hexdigits(n, width):
    digits = "0123456789abcdef"
    out = []
    for i in range(width):
        out.append(digits[n & 15])
        n >>= 4
    out.reverse()
    return "".join(out)


def b_abs(space, args):
    check_args(space, args, "abs", 1, 1)
    w_x = args.args_w[0]
    if isinstance(w_x, W_IntObject):
        if w_x.intval < 0:
            return space.unary_op(w_x, ops.UNARY_NEG)
        return space.newint(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return space.newlong(w_x.num.abs())
    if isinstance(w_x, W_FloatObject):
        return space.newfloat(abs(w_x.floatval))
    if isinstance(w_x, W_InstanceObject):
        w_res = w_x.call_special(space, "__abs__", [])
        if w_res is not None:
            return w_res
    raise space.type_error("bad operand type for abs(): '%s'" % space.type_name(w_x))


def minmax(space, args, is_max):
    name = "min"
    if is_max:
        name = "max"
    w_key = args.get_kw("key")
    w_default = args.get_kw("default")
    if len(args.args_w) == 0:
        raise space.type_error("%s expected at least 1 argument, got 0" % name)
    if len(args.args_w) == 1:
        items_w = space.unpack_iterable(args.args_w[0])
    else:
        items_w = args.args_w
    if len(items_w) == 0:
        if w_default is not None:
            return w_default
        raise space.value_error("%s() arg is an empty sequence" % name)
    w_best = items_w[0]
    w_bestkey = w_best
    if w_key is not None and w_key is not space.w_None:
        w_bestkey = space.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_k = w_item
        if w_key is not None and w_key is not space.w_None:
            w_k = space.call_function(w_key, [w_item])
        if is_max:
            better = space.lt_w(w_bestkey, w_k)
        else:
            better = space.lt_w(w_k, w_bestkey)
        if better:
            w_best = w_item
            w_bestkey = w_k
    return w_best


def b_min(space, args):
    return minmax(space, args, False)


def b_max(space, args):
    return minmax(space, args, True)


def b_isinstance(space, args):
    check_args(space, args, "isinstance", 2, 2)
    return space.newbool(isinstance_check(space, args.args_w[0], args.args_w[1]))


def isinstance_check(space, w_obj, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items_w:
            if isinstance_check(space, w_obj, w_c):
                return True
        return False
    if not isinstance(w_cls, W_TypeObject):
        from pyinterp.genericalias import W_GenericAlias
        if isinstance(w_cls, W_GenericAlias):
            raise space.type_error("isinstance() argument 2 cannot be a "
                                   "parameterized generic")
        raise space.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    return w_obj.getclass(space).issubtype(w_cls)


def b_issubclass(space, args):
    check_args(space, args, "issubclass", 2, 2)
    w_sub = args.args_w[0]
    if not isinstance(w_sub, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    return space.newbool(issubclass_check(space, w_sub, args.args_w[1]))


def issubclass_check(space, w_sub, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items_w:
            if issubclass_check(space, w_sub, w_c):
                return True
        return False
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    assert isinstance(w_sub, W_TypeObject)
    return w_sub.issubtype(w_cls)


def b_hash(space, args):
    check_args(space, args, "hash", 1, 1)
    return space.hash(args.args_w[0])


def b_id(space, args):
    check_args(space, args, "id", 1, 1)
    return space.newint(space.unique_id(args.args_w[0]))


def b_callable(space, args):
    check_args(space, args, "callable", 1, 1)
    return space.newbool(callable_check(space, args.args_w[0]))


def callable_check(space, w_x):
    if isinstance(w_x, W_InstanceObject):
        return w_x.w_class.lookup("__call__") is not None
    from pyinterp.funcobject import W_MethodObject
    return (isinstance(w_x, W_FunctionObject) or
            isinstance(w_x, W_BuiltinFunction) or
            isinstance(w_x, W_MethodObject) or
            isinstance(w_x, W_TypeObject))


def b_getattr(space, args):
    check_args(space, args, "getattr", 2, 3)
    name = space.str_w(args.args_w[1])
    if len(args.args_w) == 3:
        try:
            return space.getattr(args.args_w[0], name)
        except OperationError as e:
            if e.match(space, space.w_AttributeError):
                return args.args_w[2]
            raise
    return space.getattr(args.args_w[0], name)


def b_setattr(space, args):
    check_args(space, args, "setattr", 3, 3)
    space.setattr(args.args_w[0], space.str_w(args.args_w[1]), args.args_w[2])
    return space.w_None


def b_delattr(space, args):
    check_args(space, args, "delattr", 2, 2)
    space.delattr(args.args_w[0], space.str_w(args.args_w[1]))
    return space.w_None


def b_hasattr(space, args):
    check_args(space, args, "hasattr", 2, 2)
    try:
        space.getattr(args.args_w[0], space.str_w(args.args_w[1]))
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return space.w_False
        raise
    return space.w_True


def b_iter(space, args):
    check_args(space, args, "iter", 1, 2)
    if len(args.args_w) == 2:
        from pyinterp.iterobject import W_CallableIterator
        if not callable_check(space, args.args_w[0]):
            raise space.type_error("iter(v, w): v must be callable")
        return W_CallableIterator(args.args_w[0], args.args_w[1])
    return space.iter(args.args_w[0])


def b_next(space, args):
    check_args(space, args, "next", 1, 2)
    w_it = args.args_w[0]
    from pyinterp.generator import W_GeneratorObject, stop_iteration_with
    if isinstance(w_it, W_GeneratorObject):
        w_res = w_it.send_ex(space.w_None, None)
        if w_res is None:
            if len(args.args_w) > 1:
                return args.args_w[1]
            raise stop_iteration_with(space, w_it)
        return w_res
    w_res = space.next(w_it)
    if w_res is None:
        if len(args.args_w) > 1:
            return args.args_w[1]
        raise space.stop_iteration()
    return w_res


def fresh_items(space, w_iterable):
    """A new list of the items of w_iterable (unpack_iterable already
    copies lists and builds a new list for iterators; tuples share)."""
    items_w = space.unpack_iterable(w_iterable)
    if isinstance(w_iterable, W_TupleObject):
        return items_w[:]
    return items_w


def b_sorted(space, args):
    if len(args.args_w) != 1:
        raise space.type_error("sorted expected 1 argument, got %d" % len(args.args_w))
    w_list = space.newlist(fresh_items(space, args.args_w[0]))
    w_key = args.get_kw("key")
    w_reverse = args.get_kw("reverse")
    reverse = False
    if w_reverse is not None:
        reverse = space.is_true(w_reverse)
    sort_list(space, w_list, w_key, reverse)
    return w_list


def b_sum(space, args):
    check_args_kw_ok(space, args, "sum", 1, 2)
    w_start = space.newint(0)
    if len(args.args_w) > 1:
        w_start = args.args_w[1]
    w_kw = args.get_kw("start")
    if w_kw is not None:
        w_start = w_kw
    if isinstance(w_start, W_StrObject):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(w_start, W_BytesObject):
        raise space.type_error("sum() can't sum bytes [use b''.join(seq) instead]")
    w_total = w_start
    w_iter = space.iter(args.args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_total = space.add(w_total, w_item)
    return w_total


def check_args_kw_ok(space, args, name, minargs, maxargs):
    n = len(args.args_w)
    if n < minargs or n > maxargs:
        raise space.type_error("%s() takes from %d to %d positional arguments but %d were given"
                               % (name, minargs, maxargs, n))


def b_any(space, args):
    check_args(space, args, "any", 1, 1)
    w_iter = space.iter(args.args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


def b_all(space, args):
    check_args(space, args, "all", 1, 1)
    w_iter = space.iter(args.args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


def b_chr(space, args):
    check_args(space, args, "chr", 1, 1)
    i = space.int_w(args.args_w[0])
    if i < 0 or i > 0x10ffff:
        raise space.value_error("chr() arg not in range(0x110000)")
    return space.newstr(chr(i))


def b_ord(space, args):
    check_args(space, args, "ord", 1, 1)
    w_c = args.args_w[0]
    if isinstance(w_c, W_StrObject) or isinstance(w_c, W_BytesObject):
        if isinstance(w_c, W_StrObject):
            s = w_c.value
        else:
            assert isinstance(w_c, W_BytesObject)
            s = w_c.value
        if len(s) != 1:
            raise space.type_error("ord() expected a character, but string of length %d found"
                                   % len(s))
        return space.newint(ord(s[0]))
    raise space.type_error("ord() expected string of length 1, but %s found"
                           % space.type_name(w_c))


def int_to_base(space, w_x, digits, prefix):
    if isinstance(w_x, W_IntObject):
        num = rbigint.fromint(w_x.intval)
    elif isinstance(w_x, W_LongObject):
        num = w_x.num
    else:
        num = rbigint.fromint(space.getindex(
            w_x, "'%s' object cannot be interpreted as an integer"
            % space.type_name(w_x)))
    if num.lt(rbigint.fromint(0)):
        return space.newstr("-" + prefix + num.abs().format(digits))
    return space.newstr(prefix + num.format(digits))


def b_hex(space, args):
    check_args(space, args, "hex", 1, 1)
    return int_to_base(space, args.args_w[0], "0123456789abcdef", "0x")


def b_oct(space, args):
    check_args(space, args, "oct", 1, 1)
    return int_to_base(space, args.args_w[0], "01234567", "0o")


def b_bin(space, args):
    check_args(space, args, "bin", 1, 1)
    return int_to_base(space, args.args_w[0], "01", "0b")


def b_divmod(space, args):
    check_args(space, args, "divmod", 2, 2)
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    w_q = space.binary_op(w_a, w_b, ops.OP_FLOORDIV)
    w_r = space.binary_op(w_a, w_b, ops.OP_MOD)
    return space.newtuple([w_q, w_r])


def b_pow(space, args):
    check_args(space, args, "pow", 2, 3)
    if len(args.args_w) == 3 and args.args_w[2] is not space.w_None:
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        w_m = args.args_w[2]
        a = to_big(space, w_a)
        b = to_big(space, w_b)
        m = to_big(space, w_m)
        if not m.tobool():
            raise space.value_error("pow() 3rd argument cannot be 0")
        if b.lt(rbigint.fromint(0)):
            a = mod_inverse(space, a, m)
            b = b.neg()
        return space.newlong(a.pow(b, m))
    return space.binary_op(args.args_w[0], args.args_w[1], ops.OP_POW)


def mod_inverse(space, a, m):
    """The inverse of a modulo m (extended Euclid), in range of m's sign."""
    zero = rbigint.fromint(0)
    mabs = m.abs()
    r0 = a.mod(mabs)
    r1 = mabs
    x0 = rbigint.fromint(1)
    x1 = zero
    while r1.tobool():
        q = r0.floordiv(r1)
        r0, r1 = r1, r0.sub(q.mul(r1))
        x0, x1 = x1, x0.sub(q.mul(x1))
    if not r0.eq(rbigint.fromint(1)):
        raise space.value_error("base is not invertible for the given modulus")
    return x0.mod(m)


def to_big(space, w_x):
    if isinstance(w_x, W_IntObject):
        return rbigint.fromint(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return w_x.num
    raise space.type_error("unsupported operand type(s) for pow(): '%s'"
                           % space.type_name(w_x))


def b_round(space, args):
    check_args_kw_ok(space, args, "round", 1, 2)
    w_x = args.args_w[0]
    w_nd = None
    if len(args.args_w) > 1:
        w_nd = args.args_w[1]
    if w_nd is space.w_None:
        w_nd = None
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        if w_nd is None:
            return w_x
        nd = space.int_w(w_nd)
        if nd >= 0:
            return w_x
        # round to a power of ten, half to even
        w_pow = space.binary_op(space.newint(10), space.newint(-nd), ops.OP_POW)
        w_half = space.binary_op(w_pow, space.newint(2), ops.OP_FLOORDIV)
        w_q = space.binary_op(w_x, w_pow, ops.OP_FLOORDIV)
        w_r = space.binary_op(w_x, w_pow, ops.OP_MOD)
        if space.lt_w(w_half, w_r) or (space.eq_w(w_r, w_half) and
                                       space.is_true(space.binary_op(w_q, space.newint(1), ops.OP_AND))):
            w_q = space.add(w_q, space.newint(1))
        return space.mul(w_q, w_pow)
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
        if w_nd is None:
            if math.isnan(x):
                raise space.value_error("cannot convert float NaN to integer")
            if math.isinf(x):
                raise space.overflow_error("cannot convert float infinity to integer")
            r = round_half_even(x)
            from pyinterp.floatobject import float_to_int
            return float_to_int(space, r)
        nd = space.int_w(w_nd)
        from pyinterp.rlib import round_double
        return space.newfloat(round_double(x, nd, True))
    if isinstance(w_x, W_InstanceObject):
        args_w = []
        if w_nd is not None:
            args_w.append(w_nd)
        w_res = w_x.call_special(space, "__round__", args_w)
        if w_res is not None:
            return w_res
    raise space.type_error("type %s doesn't define __round__ method" % space.type_name(w_x))


def round_half_even(x):
    from pyinterp.rlib import float_floor
    f = float_floor(x)
    diff = x - f
    if diff > 0.5:
        return f + 1.0
    if diff < 0.5:
        return f
    if math.fmod(f, 2.0) == 0.0:
        return f
    return f + 1.0


def b_format(space, args):
    check_args(space, args, "format", 1, 2)
    spec = ""
    if len(args.args_w) > 1:
        spec = space.str_w(args.args_w[1])
    return space.newstr(space.format(args.args_w[0], spec))


def current_frame(space):
    frame = space.interp.topframe
    if frame is None:
        raise space.runtime_error("no current frame")
    return frame


def b_vars(space, args):
    check_args(space, args, "vars", 0, 1)
    if len(args.args_w) == 0:
        return current_frame(space).locals_dict()
    try:
        return space.getattr(args.args_w[0], "__dict__")
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        raise space.type_error("vars() argument must have __dict__ attribute")


def b_locals(space, args):
    check_args(space, args, "locals", 0, 0)
    return current_frame(space).locals_dict()


def b_dir(space, args):
    check_args(space, args, "dir", 0, 1)
    if len(args.args_w) == 0:
        w_d = current_frame(space).locals_dict()
        w_list = space.newlist(w_d.table.live_keys())
        sort_list(space, w_list, None, False)
        return w_list
    w_obj = args.args_w[0]
    names = {}
    for k in w_obj.dict_names(space):
        names[k] = True
    w_t = w_obj.getclass(space)
    if isinstance(w_obj, W_TypeObject):
        w_t = w_obj
    for w_c in w_t.mro_w:
        for k in w_c.dict_w:
            names[k] = True
    if isinstance(w_obj, W_ModuleObject):
        for w_k in w_obj.w_dict.table.live_keys():
            names[space.str_w(w_k)] = True
    keys = []
    for k in names:
        keys.append(k)
    w_list = space.newlist_str(keys)
    sort_list(space, w_list, None, False)
    return w_list


def b_input(space, args):
    check_args(space, args, "input", 0, 1)
    ec = space.interp
    if len(args.args_w) == 1:
        ec.write_out(space.str_str(args.args_w[0]))
    ec.flush_out()
    line = ec.read_line()
    if line is None:
        raise space.error(space.exception_types["EOFError"], "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:-1]
    return space.newstr(line)


def b_import(space, args):
    """__import__(name, globals=None, locals=None, fromlist=(), level=0):
    the top package of a dotted name unless fromlist is not empty."""
    if len(args.args_w) < 1:
        raise space.type_error("__import__() missing required argument 'name' (pos 1)")
    name = space.str_w(args.args_w[0])
    w_fromlist = args.get_kw("fromlist")
    if len(args.args_w) > 3:
        w_fromlist = args.args_w[3]
    if name == "":
        raise space.value_error("Empty module name")
    top = w_fromlist is None or not space.is_true(w_fromlist)
    return space.interp.import_name(name, top)


def b_exit(space, args):
    from pyinterp.exceptions import W_BaseException
    raise OperationError(space.w_SystemExit,
                         W_BaseException(space.w_SystemExit, args.args_w))


def b_open_builtin(space, args):
    from pyinterp.osmodule import b_open
    return b_open(space, args)


def b_globals(space, args):
    check_args(space, args, "globals", 0, 0)
    return current_frame(space).w_globals


def exec_namespaces(space, args, name):
    """(source, globals dict, locals dict or None) of exec()/eval()."""
    check_args(space, args, name, 1, 3)
    w_src = args.args_w[0]
    if not isinstance(w_src, W_StrObject) and \
            not isinstance(w_src, W_CodeObject):
        raise space.type_error("%s() arg 1 must be a string, bytes or code object"
                               % name)
    w_globals = None
    w_locals = None
    if len(args.args_w) > 1 and args.args_w[1] is not space.w_None:
        w_g = args.args_w[1]
        if not isinstance(w_g, W_DictObject):
            raise space.type_error("%s() globals must be a dict, not %s"
                                   % (name, space.type_name(w_g)))
        w_globals = w_g
    if len(args.args_w) > 2 and args.args_w[2] is not space.w_None:
        w_l = args.args_w[2]
        if not isinstance(w_l, W_DictObject):
            raise space.type_error("locals must be a mapping")
        w_locals = w_l
    if w_globals is None:
        frame = current_frame(space)
        w_globals = frame.w_globals
        if w_locals is None:
            w_locals = frame.locals_dict()
    if w_globals.getitem_str(space, "__builtins__") is None:
        w_globals.setitem_str(space, "__builtins__", space.w_builtins)
    return w_src, w_globals, w_locals


def run_exec_code(space, code, w_globals, w_locals):
    from pyinterp.frame import Frame
    frame = Frame(space, code, w_globals, None)
    if w_locals is not None and w_locals is not w_globals:
        frame.w_locals = w_locals
    return space.interp.run_frame(frame)


def b_exec(space, args):
    w_src, w_globals, w_locals = exec_namespaces(space, args, "exec")
    code = source_code(space, w_src, MODE_EXEC)
    run_exec_code(space, code, w_globals, w_locals)
    return space.w_None


def source_code(space, w_src, mode):
    """The code object of exec()/eval()'s first argument."""
    if isinstance(w_src, W_CodeObject):
        return w_src
    return compile_string(space, space.str_w(w_src), "<string>", mode)


def b_eval(space, args):
    w_src, w_globals, w_locals = exec_namespaces(space, args, "eval")
    code = source_code(space, w_src, MODE_EVAL)
    return run_exec_code(space, code, w_globals, w_locals)


def utf8_encode(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(chr(o))
        elif o < 0x800:
            out.append(chr(0xC0 | (o >> 6)))
            out.append(chr(0x80 | (o & 0x3F)))
        elif o < 0x10000:
            out.append(chr(0xE0 | (o >> 12)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
        else:
            out.append(chr(0xF0 | (o >> 18)))
            out.append(chr(0x80 | ((o >> 12) & 0x3F)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
    return "".join(out)


def utf8_decode(space, s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        if o < 0x80:
            out.append(chr(o))
            i += 1
            continue
        if o >= 0xF0:
            count = 3
            v = o & 0x07
        elif o >= 0xE0:
            count = 2
            v = o & 0x0F
        elif o >= 0xC0:
            count = 1
            v = o & 0x1F
        else:
            raise space.error(space.exception_types["UnicodeError"],
                              "'utf-8' codec can't decode byte")
        if i + count >= n:
            raise space.error(space.exception_types["UnicodeError"],
                              "'utf-8' codec can't decode bytes: unexpected end of data")
        for k in range(count):
            v = (v << 6) | (ord(s[i + 1 + k]) & 0x3F)
        out.append(chr(v))
        i += count + 1
    return "".join(out)


BUILTIN_FUNCTIONS = [
    ("print", b_print), ("len", b_len), ("repr", b_repr), ("ascii", b_ascii),
    ("abs", b_abs), ("min", b_min), ("max", b_max),
    ("isinstance", b_isinstance), ("issubclass", b_issubclass),
    ("hash", b_hash), ("id", b_id), ("callable", b_callable),
    ("getattr", b_getattr), ("setattr", b_setattr), ("delattr", b_delattr),
    ("hasattr", b_hasattr), ("iter", b_iter), ("next", b_next),
    ("sorted", b_sorted), ("sum", b_sum), ("any", b_any), ("all", b_all),
    ("chr", b_chr), ("ord", b_ord), ("hex", b_hex), ("oct", b_oct),
    ("bin", b_bin), ("divmod", b_divmod), ("pow", b_pow), ("round", b_round),
    ("format", b_format), ("vars", b_vars), ("dir", b_dir),
    ("input", b_input), ("exit", b_exit), ("quit", b_exit),
    ("__import__", b_import),
    ("globals", b_globals), ("locals", b_locals), ("exec", b_exec),
    ("open", b_open_builtin),
    ("eval", b_eval), ("compile", b_compile),
] + MATCH_BUILTINS


def setup_builtins(space):
    from pyinterp.interpreter import build_class
    w_b = space.newdict()
    for name, func in BUILTIN_FUNCTIONS:
        w_b.setitem_str(space, name, W_BuiltinFunction(name, func))
    space.w_build_class = W_BuiltinFunction("__build_class__", build_class)
    w_b.setitem_str(space, "__build_class__", space.w_build_class)
    for name, w_type in [("object", space.w_object), ("type", space.w_type),
                         ("int", space.w_int), ("bool", space.w_bool),
                         ("float", space.w_float), ("str", space.w_str),
                         ("bytes", space.w_bytes),
                         ("bytearray", space.w_bytearray), ("list", space.w_list),
                         ("tuple", space.w_tuple), ("dict", space.w_dict),
                         ("set", space.w_set), ("frozenset", space.w_frozenset),
                         ("range", space.w_range), ("slice", space.w_slice),
                         ("enumerate", space.w_enumerate), ("zip", space.w_zip),
                         ("map", space.w_map), ("filter", space.w_filter),
                         ("reversed", space.w_reversed),
                         ("staticmethod", space.w_staticmethod),
                         ("classmethod", space.w_classmethod),
                         ("property", space.w_property),
                         ("super", space.w_super)]:
        w_b.setitem_str(space, name, w_type)
    for name in space.exception_types:
        w_b.setitem_str(space, name, space.exception_types[name])
    w_b.setitem_str(space, "None", space.w_None)
    w_b.setitem_str(space, "True", space.w_True)
    w_b.setitem_str(space, "False", space.w_False)
    w_b.setitem_str(space, "NotImplemented", space.w_NotImplemented)
    w_b.setitem_str(space, "Ellipsis", space.w_Ellipsis)
    w_b.setitem_str(space, "__name__", space.newstr("builtins"))
    space.w_builtins = w_b
    from pyinterp.itermethods import install_iterator_methods
    install_iterator_methods(space)
    from pyinterp.funcobject import install_function_methods
    install_function_methods(space)
    from pyinterp.builtinfast import install_direct_entries
    install_direct_entries(space, w_b)
