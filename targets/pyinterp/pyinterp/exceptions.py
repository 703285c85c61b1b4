"""Exception instances and the builtin exception hierarchy."""

from pyinterp.typeobject import W_InstanceObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.model import W_Root


class TracebackEntry(object):
    def __init__(self, filename, name, lineno):
        self.filename = filename
        self.name = name
        self.lineno = lineno


class W_BaseException(W_InstanceObject):
    def __init__(self, w_class, args_w):
        W_InstanceObject.__init__(self, w_class)
        self.args_w = args_w
        self.traceback = []         # innermost first
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        self.tb_cleared = False     # __traceback__ set to None
        self.w_tb = None            # the traceback object last handed out

    def add_traceback(self, filename, name, lineno):
        self.traceback.append(TracebackEntry(filename, name, lineno))
        self.tb_cleared = False


class W_TracebackObject(W_Root):
    """A traceback object: entry `index` of its exception's traceback
    (entries are innermost first, so tb_next goes towards index 0)."""

    def __init__(self, w_exc, index):
        self.w_exc = w_exc
        self.index = index

    def getclass(self, space):
        return space.w_traceback


def traceback_of(space, w_exc):
    """`exc.__traceback__`: None if never raised or cleared."""
    if not isinstance(w_exc, W_BaseException):
        return space.w_None
    n = len(w_exc.traceback)
    if n == 0 or w_exc.tb_cleared:
        return space.w_None
    w_tb = w_exc.w_tb
    if isinstance(w_tb, W_TracebackObject) and w_tb.index == n - 1:
        return w_tb
    w_tb = W_TracebackObject(w_exc, n - 1)
    w_exc.w_tb = w_tb
    return w_tb


def exc_get_traceback(space, w_obj):
    return traceback_of(space, w_obj)


def exc_set_traceback(space, w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    if w_value is space.w_None:
        w_obj.tb_cleared = True
    elif isinstance(w_value, W_TracebackObject):
        w_obj.tb_cleared = False
    else:
        raise space.type_error("__traceback__ must be a traceback or None")


def tb_get_lineno(space, w_obj):
    assert isinstance(w_obj, W_TracebackObject)
    w_exc = w_obj.w_exc
    assert isinstance(w_exc, W_BaseException)
    return space.newint(w_exc.traceback[w_obj.index].lineno)


def tb_get_next(space, w_obj):
    assert isinstance(w_obj, W_TracebackObject)
    if w_obj.index == 0:
        return space.w_None
    return W_TracebackObject(w_obj.w_exc, w_obj.index - 1)


# (name, base name) in definition order
EXCEPTION_HIERARCHY = [
    ("BaseException", None),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
]


def exc_self(space, args, name):
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_BaseException):
        raise space.type_error("descriptor '%s' requires a 'BaseException' object" % name)
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self


def exc_init(space, args):
    w_self = exc_self(space, args, "__init__")
    w_self.args_w = args.args_w[1:]
    return space.w_None


def exc_str_value(space, w_self):
    args_w = w_self.args_w
    if space.isinstance_w(w_self, space.w_KeyError) and len(args_w) == 1:
        return space.repr_str(args_w[0])
    if len(args_w) == 0:
        return ""
    if len(args_w) == 1:
        return space.str_str(args_w[0])
    return space.repr_str(space.newtuple(args_w))


def exc_str(space, args):
    w_self = exc_self(space, args, "__str__")
    return space.newstr(exc_str_value(space, w_self))


def exc_repr(space, args):
    w_self = exc_self(space, args, "__repr__")
    name = w_self.w_class.name
    args_w = w_self.args_w
    if len(args_w) == 1:
        return space.newstr("%s(%s)" % (name, space.repr_str(args_w[0])))
    return space.newstr(name + space.repr_str(space.newtuple(args_w)))


def exc_get_args(space, w_obj):
    assert isinstance(w_obj, W_BaseException)
    return space.newtuple(w_obj.args_w)


def exc_set_args(space, w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    w_obj.args_w = space.unpack_iterable(w_value)


def exc_get_cause(space, w_obj):
    assert isinstance(w_obj, W_BaseException)
    if w_obj.w_cause is None:
        return space.w_None
    return w_obj.w_cause


def exc_set_cause(space, w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    if w_value is space.w_None:
        w_obj.w_cause = None
    else:
        w_obj.w_cause = w_value
    w_obj.suppress_context = True


def exc_get_suppress(space, w_obj):
    assert isinstance(w_obj, W_BaseException)
    return space.newbool(w_obj.suppress_context)


def exc_set_suppress(space, w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    w_obj.suppress_context = space.is_true(w_value)


def exc_get_context(space, w_obj):
    assert isinstance(w_obj, W_BaseException)
    if w_obj.w_context is None:
        return space.w_None
    return w_obj.w_context


def exc_set_context(space, w_obj, w_value):
    assert isinstance(w_obj, W_BaseException)
    if w_value is space.w_None:
        w_obj.w_context = None
    else:
        w_obj.w_context = w_value


def first_arg_or_none(space, w_obj):
    assert isinstance(w_obj, W_BaseException)
    if len(w_obj.args_w) > 0:
        return w_obj.args_w[0]
    return space.w_None


def exc_get_value(space, w_obj):
    return first_arg_or_none(space, w_obj)


def exc_get_code(space, w_obj):
    return first_arg_or_none(space, w_obj)


def exc_with_traceback(space, args):
    w_self = exc_self(space, args, "with_traceback")
    if len(args.args_w) > 1:
        exc_set_traceback(space, w_self, args.args_w[1])
    return w_self
