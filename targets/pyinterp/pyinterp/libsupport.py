"""`_libsupport`: a builtin module with the few interpreter-level services
the app-level library (`lib/`, see `applevel.py`) needs and cannot write in
Python.

* `caller_module_name(depth)`: the `__name__` of the globals of the frame
  `depth` levels above the function calling it (0: that function itself),
  or None; `collections.namedtuple` uses it for the new class's
  `__module__`, like CPython's `sys._getframe(1).f_globals['__name__']`;
* `index(obj)`: `operator.index` (ints, and objects with `__index__`)."""

from pyinterp.gateway import check_args
from pyinterp.dictobject import W_DictObject


def caller_module_name(space, args):
    check_args(space, args, "caller_module_name", 1, 1)
    depth = space.int_w(args.args_w[0])
    frame = space.interp.topframe
    while frame is not None and depth > 0:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        return space.w_None
    w_globals = frame.w_globals
    if not isinstance(w_globals, W_DictObject):
        return space.w_None
    w_name = w_globals.getitem_str(space, "__name__")
    if w_name is None:
        return space.w_None
    return w_name


def index(space, args):
    check_args(space, args, "index", 1, 1)
    w_obj = args.args_w[0]
    w_res = space.index_or_none(w_obj)
    if w_res is None:
        raise space.type_error("'%s' object cannot be interpreted as an integer"
                               % space.type_name(w_obj))
    return w_res


LIBSUPPORT_FUNCTIONS = [("caller_module_name", caller_module_name),
                        ("index", index)]


def setup_libsupport(space):
    from pyinterp.modules import new_module, add_functions
    w_mod = new_module(space, "_libsupport")
    add_functions(space, w_mod, LIBSUPPORT_FUNCTIONS)
    space.builtin_modules["_libsupport"] = w_mod
