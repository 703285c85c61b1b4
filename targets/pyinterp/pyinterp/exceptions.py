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
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("StopAsyncIteration", "Exception"),
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


# ---- SyntaxError: msg, filename, lineno, offset, text, end_lineno,
# end_offset: from the arguments (msg, (filename, lineno, offset, text,
# end_lineno, end_offset)) unless set on the instance

SYNTAX_ERROR_FIELDS = ["msg", "filename", "lineno", "offset", "text",
                       "end_lineno", "end_offset", "print_file_and_line"]


def make_syntax_error_field(index):
    name = SYNTAX_ERROR_FIELDS[index]

    def fget(space, w_obj):
        assert isinstance(w_obj, W_BaseException)
        w_v = w_obj.getdictvalue(space, name)
        if w_v is not None:
            return w_v
        args_w = w_obj.args_w
        if index == 0:
            if len(args_w) >= 1:
                return args_w[0]
            return space.w_None
        if len(args_w) == 2 and index <= 6:
            info_w = space.unpack_iterable(args_w[1])
            if index - 1 < len(info_w):
                return info_w[index - 1]
        return space.w_None

    def fset(space, w_obj, w_value):
        w_obj.setdictvalue(space, name, w_value)
    return fget, fset


SYNTAX_ERROR_ACCESSORS = [make_syntax_error_field(_i)
                          for _i in range(len(SYNTAX_ERROR_FIELDS))]


def syntax_error_init(space, args):
    w_self = exc_self(space, args, "__init__")
    args_w = args.args_w[1:]
    if len(args_w) == 2:
        info_w = space.unpack_iterable(args_w[1])
        if len(info_w) < 4 or len(info_w) > 6:
            raise space.type_error("function takes at least 4 arguments (%d given)"
                                   % len(info_w))
    w_self.args_w = args_w
    return space.w_None


def syntax_error_str(space, args):
    from pyinterp.strobject import W_StrObject
    from pyinterp.intobject import W_IntObject
    w_self = exc_self(space, args, "__str__")
    w_msg = space.getattr(w_self, "msg")
    w_file = space.getattr(w_self, "filename")
    w_line = space.getattr(w_self, "lineno")
    msg = space.str_str(w_msg)
    have_file = isinstance(w_file, W_StrObject)
    have_line = isinstance(w_line, W_IntObject)
    if have_file:
        assert isinstance(w_file, W_StrObject)
        name = w_file.value
        i = name.rfind("/")
        if i >= 0:
            name = name[i + 1:]
        if have_line:
            return space.newstr("%s (%s, line %d)" % (msg, name,
                                                     space.int_w(w_line)))
        return space.newstr("%s (%s)" % (msg, name))
    if have_line:
        return space.newstr("%s (line %d)" % (msg, space.int_w(w_line)))
    return space.newstr(msg)


def install_syntax_error(space, w_type):
    """SyntaxError's attributes and methods."""
    from pyinterp.gateway import W_BuiltinFunction
    from pyinterp.funcobject import W_GetSetProperty
    for i in range(len(SYNTAX_ERROR_FIELDS)):
        fget, fset = SYNTAX_ERROR_ACCESSORS[i]
        name = SYNTAX_ERROR_FIELDS[i]
        w_type.dict_w[name] = W_GetSetProperty(name, fget, fset)
    w_type.dict_w["__init__"] = W_BuiltinFunction("__init__", syntax_error_init)
    w_type.dict_w["__str__"] = W_BuiltinFunction("__str__", syntax_error_str)


def make_syntax_error(space, w_type, msg, filename, lineno, offset, text,
                      end_lineno, end_offset):
    """A SyntaxError (or subclass) instance as the compiler reports it."""
    w_text = space.w_None
    if text is not None:
        w_text = space.newstr(text)
    w_info = space.newtuple([space.newstr(filename), space.newint(lineno),
                             space.newint(offset), w_text,
                             space.newint(end_lineno),
                             space.newint(end_offset)])
    return W_BaseException(w_type, [space.newstr(msg), w_info])
