"""Builtin modules (sys, math, time) and importing .py modules found next
to the main script (the directories of sys.path), then the embedded
app-level library (`applevel.py`)."""

import math
import os
from pyinterp.error import OperationError, SyntaxErr
from pyinterp.gateway import W_BuiltinFunction, check_args
from pyinterp.funcobject import W_ModuleObject
from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.floatobject import W_FloatObject, float_to_int
from pyinterp.rlib import rbigint, float_floor, float_ceil
from pyinterp.model import W_Root
from pyinterp.dictobject import W_DictObject
from pyinterp.listobject import W_ListObject
from pyinterp.strobject import W_StrObject
from pyinterp.typedefs import make_type
from pyinterp.typeobject import LAYOUT_BUILTIN
from pyinterp.mathextra import MATH_EXTRA_FUNCTIONS, big_arg
from pyinterp.applevel import LIB_MODULES, lib_filename


# ---------------------------------------------------------------- math

def math_arg(space, args, name):
    check_args(space, args, name, 1, 1)
    return space.float_w(args.args_w[0])


def math_result(space, x):
    return space.newfloat(x)


def m_sqrt(space, args):
    x = math_arg(space, args, "sqrt")
    if x < 0.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.sqrt(x))


def m_floor(space, args):
    w_x = args.args_w[0]
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    return float_to_int(space, float_floor(math_arg(space, args, "floor")))


def m_ceil(space, args):
    w_x = args.args_w[0]
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    return float_to_int(space, float_ceil(math_arg(space, args, "ceil")))


def m_trunc(space, args):
    w_x = args.args_w[0]
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    return float_to_int(space, math_arg(space, args, "trunc"))


def m_sin(space, args):
    return space.newfloat(math.sin(math_arg(space, args, "sin")))


def m_cos(space, args):
    return space.newfloat(math.cos(math_arg(space, args, "cos")))


def m_tan(space, args):
    return space.newfloat(math.tan(math_arg(space, args, "tan")))


def m_atan(space, args):
    return space.newfloat(math.atan(math_arg(space, args, "atan")))


def m_asin(space, args):
    x = math_arg(space, args, "asin")
    if x < -1.0 or x > 1.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.asin(x))


def m_acos(space, args):
    x = math_arg(space, args, "acos")
    if x < -1.0 or x > 1.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.acos(x))


def m_atan2(space, args):
    check_args(space, args, "atan2", 2, 2)
    return space.newfloat(math.atan2(space.float_w(args.args_w[0]),
                                     space.float_w(args.args_w[1])))


def m_exp(space, args):
    x = math_arg(space, args, "exp")
    try:
        return space.newfloat(math.exp(x))
    except OverflowError:
        raise space.overflow_error("math range error")


def m_log(space, args):
    check_args(space, args, "log", 1, 2)
    x = space.float_w(args.args_w[0])
    if x <= 0.0:
        raise space.value_error("math domain error")
    r = math.log(x)
    if len(args.args_w) == 2:
        base = space.float_w(args.args_w[1])
        if base <= 0.0:
            raise space.value_error("math domain error")
        r = r / math.log(base)
    return space.newfloat(r)


def m_log2(space, args):
    x = math_arg(space, args, "log2")
    if x <= 0.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.log(x) / math.log(2.0))


def m_log10(space, args):
    x = math_arg(space, args, "log10")
    if x <= 0.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.log10(x))


def m_pow(space, args):
    check_args(space, args, "pow", 2, 2)
    from pyinterp.floatobject import float_pow
    return space.newfloat(float_pow(space, space.float_w(args.args_w[0]),
                                    space.float_w(args.args_w[1])))


def m_fabs(space, args):
    return space.newfloat(abs(math_arg(space, args, "fabs")))


def m_hypot(space, args):
    check_args(space, args, "hypot", 2, 2)
    x = space.float_w(args.args_w[0])
    y = space.float_w(args.args_w[1])
    return space.newfloat(math.sqrt(x * x + y * y))


def m_isnan(space, args):
    return space.newbool(math.isnan(math_arg(space, args, "isnan")))


def m_isinf(space, args):
    return space.newbool(math.isinf(math_arg(space, args, "isinf")))


def m_isfinite(space, args):
    x = math_arg(space, args, "isfinite")
    return space.newbool(not (math.isinf(x) or math.isnan(x)))


def m_copysign(space, args):
    check_args(space, args, "copysign", 2, 2)
    return space.newfloat(math.copysign(space.float_w(args.args_w[0]),
                                        space.float_w(args.args_w[1])))


def m_fmod(space, args):
    check_args(space, args, "fmod", 2, 2)
    y = space.float_w(args.args_w[1])
    if y == 0.0:
        raise space.value_error("math domain error")
    return space.newfloat(math.fmod(space.float_w(args.args_w[0]), y))


def m_degrees(space, args):
    return space.newfloat(math_arg(space, args, "degrees") * 180.0 / math.pi)


def m_radians(space, args):
    return space.newfloat(math_arg(space, args, "radians") * math.pi / 180.0)


def m_gcd(space, args):
    zero = rbigint.fromint(0)
    result = zero
    for w_x in args.args_w:
        b = big_arg(space, w_x).abs()
        a = result
        while b.tobool():
            a, b = b, a.mod(b)
        result = a
    return space.newlong(result)


def m_factorial(space, args):
    check_args(space, args, "factorial", 1, 1)
    n = space.int_w(args.args_w[0])
    if n < 0:
        raise space.value_error("factorial() not defined for negative values")
    result = rbigint.fromint(1)
    for i in range(2, n + 1):
        result = result.mul(rbigint.fromint(i))
    return space.newlong(result)


def m_isqrt(space, args):
    check_args(space, args, "isqrt", 1, 1)
    n = big_arg(space, args.args_w[0])
    zero = rbigint.fromint(0)
    if n.lt(zero):
        raise space.value_error("isqrt() argument must be nonnegative")
    if not n.tobool():
        return space.newint(0)
    # Newton iteration on big integers
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            break
        x = y
    return space.newlong(x)


MATH_FUNCTIONS = [
    ("sqrt", m_sqrt), ("floor", m_floor), ("ceil", m_ceil),
    ("trunc", m_trunc), ("sin", m_sin), ("cos", m_cos), ("tan", m_tan),
    ("atan", m_atan), ("asin", m_asin), ("acos", m_acos),
    ("atan2", m_atan2), ("exp", m_exp), ("log", m_log), ("log2", m_log2),
    ("log10", m_log10), ("pow", m_pow), ("fabs", m_fabs),
    ("hypot", m_hypot), ("isnan", m_isnan), ("isinf", m_isinf),
    ("isfinite", m_isfinite), ("copysign", m_copysign), ("fmod", m_fmod),
    ("degrees", m_degrees), ("radians", m_radians), ("gcd", m_gcd),
    ("factorial", m_factorial), ("isqrt", m_isqrt),
] + MATH_EXTRA_FUNCTIONS


# ---------------------------------------------------------------- sys, time

def sys_exit(space, args):
    from pyinterp.builtins import b_exit
    return b_exit(space, args)


def sys_getrecursionlimit(space, args):
    return space.newint(space.interp.recursion_limit)


def sys_setrecursionlimit(space, args):
    check_args(space, args, "setrecursionlimit", 1, 1)
    space.interp.recursion_limit = space.int_w(args.args_w[0])
    return space.w_None


def sys_exc_info(space, args):
    check_args(space, args, "exc_info", 0, 0)
    frame = space.interp.topframe
    while frame is not None:
        w_exc = frame.w_handled
        if w_exc is not None and w_exc is not space.w_None:
            from pyinterp.exceptions import traceback_of
            return space.newtuple([w_exc.getclass(space), w_exc,
                                   traceback_of(space, w_exc)])
        frame = frame.f_back
    return space.newtuple([space.w_None, space.w_None, space.w_None])


def time_time(space, args):
    import time
    return space.newfloat(time.time())


def time_perf_counter(space, args):
    import time
    return space.newfloat(time.time())


class W_StdStream(W_Root):
    """sys.stdout / sys.stderr: write() goes through the interpreter's
    buffered output."""

    def __init__(self, fd):
        self.fd = fd

    def getclass(self, space):
        return space.w_stdstream


def time_sleep(space, args):
    check_args(space, args, "sleep", 1, 1)
    secs = space.float_w(args.args_w[0])
    if secs < 0.0:
        raise space.value_error("sleep length must be non-negative")
    import time
    time.sleep(secs)
    return space.w_None


def stream_write(space, args):
    check_args(space, args, "write", 2, 2)
    w_self = args.args_w[0]
    assert isinstance(w_self, W_StdStream)
    s = space.str_w(args.args_w[1])
    if w_self.fd == 2:
        space.interp.write_err(s)
    else:
        space.interp.write_out(s)
    return space.newint(len(s))


def stream_flush(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_StdStream)
    if w_self.fd == 1:
        space.interp.flush_out()
    return space.w_None


def new_module(space, name):
    w_dict = space.newdict()
    w_dict.setitem_str(space, "__name__", space.newstr(name))
    return W_ModuleObject(name, w_dict)


def add_functions(space, w_mod, functions):
    for name, func in functions:
        w_mod.w_dict.setitem_str(space, name, W_BuiltinFunction(name, func))


def setup_builtin_modules(space):
    # `import builtins`, and __builtins__ of the main module
    space.builtin_modules["builtins"] = W_ModuleObject("builtins",
                                                       space.w_builtins)
    w_math = new_module(space, "math")
    add_functions(space, w_math, MATH_FUNCTIONS)
    w_math.w_dict.setitem_str(space, "pi", space.newfloat(math.pi))
    w_math.w_dict.setitem_str(space, "e", space.newfloat(math.e))
    w_math.w_dict.setitem_str(space, "tau", space.newfloat(2.0 * math.pi))
    w_math.w_dict.setitem_str(space, "inf", space.newfloat(float("inf")))
    w_math.w_dict.setitem_str(space, "nan", space.newfloat(float("nan")))
    space.builtin_modules["math"] = w_math

    w_sys = new_module(space, "sys")
    add_functions(space, w_sys, [("exit", sys_exit),
                                 ("getrecursionlimit", sys_getrecursionlimit),
                                 ("setrecursionlimit", sys_setrecursionlimit)])
    w_sys.w_dict.setitem_str(space, "maxsize", space.newint(9223372036854775807))
    w_sys.w_dict.setitem_str(space, "version", space.newstr("3.11.0 (pyinterp)"))
    w_sys.w_dict.setitem_str(space, "platform", space.newstr("linux"))
    w_sys.w_dict.setitem_str(space, "version_info", space.newtuple(
        [space.newint(3), space.newint(11), space.newint(0),
         space.newstr("final"), space.newint(0)]))
    w_sys.w_dict.setitem_str(space, "modules", space.newdict())
    w_sys.w_dict.setitem_str(space, "path", space.newlist([]))
    add_functions(space, w_sys, [("exc_info", sys_exc_info)])
    w_sys.w_dict.setitem_str(space, "byteorder", space.newstr("little"))
    space.w_stdstream = make_type(space, "TextIOWrapper", space.w_object,
                                  LAYOUT_BUILTIN, [("write", stream_write),
                                                   ("flush", stream_flush)])
    w_sys.w_dict.setitem_str(space, "stdout", W_StdStream(1))
    w_sys.w_dict.setitem_str(space, "stderr", W_StdStream(2))
    space.builtin_modules["sys"] = w_sys

    w_time = new_module(space, "time")
    add_functions(space, w_time, [("time", time_time),
                                  ("perf_counter", time_perf_counter),
                                  ("monotonic", time_perf_counter),
                                  ("sleep", time_sleep)])
    space.builtin_modules["time"] = w_time
    from pyinterp.osmodule import setup_os
    setup_os(space)
    from pyinterp.libsupport import setup_libsupport
    setup_libsupport(space)


# ---------------------------------------------------------------- import

def sys_dict(ec):
    w_sys = ec.space.builtin_modules["sys"]
    assert isinstance(w_sys, W_ModuleObject)
    return w_sys.w_dict


def register_module(ec, name, w_mod):
    """Records an imported module (and in sys.modules)."""
    space = ec.space
    ec.modules[name] = w_mod
    w_modules = sys_dict(ec).getitem_str(space, "modules")
    if isinstance(w_modules, W_DictObject):
        w_modules.setitem_str(space, name, w_mod)


def unregister_module(ec, name):
    space = ec.space
    if name in ec.modules:
        del ec.modules[name]
    w_modules = sys_dict(ec).getitem_str(space, "modules")
    if isinstance(w_modules, W_DictObject):
        w_key = space.newstr(name)
        if w_modules.table.get(space, w_key) is not None:
            w_modules.table.delete(space, w_key)


def search_dirs(ec):
    """The directories of sys.path (its str items), where modules are
    looked for; the script's directory if sys.path is not a list."""
    space = ec.space
    w_path = sys_dict(ec).getitem_str(space, "path")
    dirs = []
    if isinstance(w_path, W_ListObject):
        for w_item in w_path.items_w:
            if isinstance(w_item, W_StrObject):
                dirs.append(w_item.value)
    else:
        dirs.append(ec.search_path)
    return dirs


def module_not_found(space, msg, name):
    from pyinterp.excextra import new_module_not_found
    return OperationError(space.w_ModuleNotFoundError,
                          new_module_not_found(space, msg, name))


def import_module(ec, name):
    """Imports module `name` (dotted: the parent packages first) and returns
    the module itself."""
    space = ec.space
    if name in ec.modules:
        return ec.modules[name]
    if name in space.builtin_modules:
        dot = name.rfind(".")
        if dot > 0:
            # `import os.path` imports (and binds) os first
            import_module(ec, name[:dot])
        w_mod = space.builtin_modules[name]
        register_module(ec, name, w_mod)
        return w_mod
    w_parent = None
    leaf = name
    dot = name.rfind(".")
    if dot > 0:
        leaf = name[dot + 1:]
        w_parent = import_module(ec, name[:dot])
        assert isinstance(w_parent, W_ModuleObject)
        if not w_parent.is_package:
            raise module_not_found(space, "No module named '%s'; '%s' is not a package"
                                   % (name, name[:dot]), name)
    is_package = False
    path = ""
    source = None
    for directory in search_dirs(ec):
        base = name.replace(".", "/")
        if directory != "":
            base = directory + "/" + base
        path = base + ".py"
        source = read_file(path)
        if source is None:
            path = base + "/__init__.py"
            source = read_file(path)
            is_package = True
        if source is not None:
            break
        is_package = False
    if source is None:
        # the app-level library (lib/*.py, embedded), after sys.path
        if name in LIB_MODULES:
            source, is_package = LIB_MODULES[name]
            path = lib_filename(name, is_package)
    if source is None:
        raise module_not_found(space, "No module named '%s'" % name, name)
    from pyinterp.main import compile_source, syntax_error_to_app
    w_mod = new_module(space, name)
    w_mod.is_package = is_package
    w_mod.w_dict.setitem_str(space, "__file__", space.newstr(path))
    register_module(ec, name, w_mod)
    try:
        code = compile_source(space, source, path)
    except SyntaxErr as e:
        unregister_module(ec, name)
        raise syntax_error_to_app(space, e)
    from pyinterp.frame import Frame
    frame = Frame(space, code, w_mod.w_dict, None)
    try:
        ec.run_frame(frame)
    except OperationError:
        unregister_module(ec, name)
        raise
    if w_parent is not None:
        assert isinstance(w_parent, W_ModuleObject)
        w_parent.w_dict.setitem_str(space, leaf, w_mod)
    return w_mod


def read_file(path):
    from pyinterp.rlib import create_file
    try:
        f = create_file(path, "r")
    except OSError:
        return None
    try:
        data = f.read()
    finally:
        f.close()
    return data
