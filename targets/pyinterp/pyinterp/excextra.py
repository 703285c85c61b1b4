"""More of the builtin exceptions: OSError's errno / strerror / filename
(and the subclass chosen by errno, `OSError(2, ...)` being a
FileNotFoundError), ImportError's name and path, and
BaseException.add_note (notes are printed after the exception)."""

from pyinterp.exceptions import W_BaseException, exc_str_value, exc_self
from pyinterp.intobject import W_IntObject
from pyinterp.strobject import W_StrObject
from pyinterp.listobject import W_ListObject

# errno -> OSError subclass, as CPython maps them (Linux values)
ERRNO_SUBCLASSES = [
    (11, "BlockingIOError"), (114, "BlockingIOError"),
    (115, "BlockingIOError"), (10, "ChildProcessError"),
    (32, "BrokenPipeError"), (108, "BrokenPipeError"),
    (103, "ConnectionAbortedError"), (111, "ConnectionRefusedError"),
    (104, "ConnectionResetError"), (17, "FileExistsError"),
    (2, "FileNotFoundError"), (21, "IsADirectoryError"),
    (20, "NotADirectoryError"), (4, "InterruptedError"),
    (13, "PermissionError"), (1, "PermissionError"),
    (3, "ProcessLookupError"), (110, "TimeoutError"),
]

OSERROR_FIELDS = ["errno", "strerror", "filename", "filename2"]
IMPORTERROR_FIELDS = ["msg", "name", "path"]


def make_dict_field(name):
    """A data descriptor for an exception attribute kept in the instance
    dict (None until set)."""
    def fget(space, w_obj):
        w_v = w_obj.getdictvalue(space, name)
        if w_v is None:
            return space.w_None
        return w_v

    def fset(space, w_obj, w_value):
        w_obj.setdictvalue(space, name, w_value)
    return fget, fset


OSERROR_ACCESSORS = [make_dict_field(_n) for _n in OSERROR_FIELDS]
IMPORTERROR_ACCESSORS = [make_dict_field(_n) for _n in IMPORTERROR_FIELDS]


def oserror_subclass(space, errno):
    for code, name in ERRNO_SUBCLASSES:
        if code == errno:
            return space.exception_types[name]
    return space.exception_types["OSError"]


def new_oserror(space, w_type, args_w):
    """An OSError instance from its arguments (errno, strerror[, filename[,
    winerror[, filename2]]])."""
    if w_type is space.exception_types["OSError"] and len(args_w) >= 2 and \
            isinstance(args_w[0], W_IntObject):
        w_type = oserror_subclass(space, args_w[0].intval)
    w_exc = W_BaseException(w_type, args_w)
    if 2 <= len(args_w) <= 5:
        w_exc.setdictvalue(space, "errno", args_w[0])
        w_exc.setdictvalue(space, "strerror", args_w[1])
        if len(args_w) >= 3:
            w_exc.setdictvalue(space, "filename", args_w[2])
            if len(args_w) == 5:
                w_exc.setdictvalue(space, "filename2", args_w[4])
            w_exc.args_w = args_w[:2]
    return w_exc


def construct_oserror(space, w_type, args):
    return new_oserror(space, w_type, args.args_w)


def oserror_str(space, args):
    w_self = exc_self(space, args, "__str__")
    w_errno = w_self.getdictvalue(space, "errno")
    w_strerror = w_self.getdictvalue(space, "strerror")
    w_filename = w_self.getdictvalue(space, "filename")
    w_filename2 = w_self.getdictvalue(space, "filename2")
    if w_errno is not None and w_strerror is not None:
        head = "[Errno %s] %s" % (space.str_str(w_errno),
                                  space.str_str(w_strerror))
        if w_filename is not None and w_filename is not space.w_None:
            head += ": " + space.repr_str(w_filename)
            if w_filename2 is not None and w_filename2 is not space.w_None:
                head += " -> " + space.repr_str(w_filename2)
        return space.newstr(head)
    return space.newstr(exc_str_value(space, w_self))


def construct_importerror(space, w_type, args):
    w_exc = W_BaseException(w_type, args.args_w)
    if len(args.args_w) == 1:
        w_exc.setdictvalue(space, "msg", args.args_w[0])
    for i in range(args.num_kw()):
        name = args.kw_names[i]
        if name != "name" and name != "path":
            raise space.type_error("'%s' is an invalid keyword argument for %s()"
                                   % (name, w_type.name))
        w_exc.setdictvalue(space, name, args.kw_values_w[i])
    return w_exc


def new_module_not_found(space, msg, name):
    """The ModuleNotFoundError of a failed import of `name`."""
    w_type = space.exception_types["ModuleNotFoundError"]
    w_exc = W_BaseException(w_type, [space.newstr(msg)])
    w_exc.setdictvalue(space, "msg", space.newstr(msg))
    w_exc.setdictvalue(space, "name", space.newstr(name))
    return w_exc


def exc_add_note(space, args):
    w_self = exc_self(space, args, "add_note")
    if len(args.args_w) != 2:
        raise space.type_error("BaseException.add_note() takes exactly one argument (%d given)"
                               % (len(args.args_w) - 1))
    w_note = args.args_w[1]
    if not isinstance(w_note, W_StrObject):
        raise space.type_error("note must be a str, not '%s'"
                               % space.type_name(w_note))
    w_notes = w_self.getdictvalue(space, "__notes__")
    if w_notes is None:
        w_notes = space.newlist([])
        w_self.setdictvalue(space, "__notes__", w_notes)
    if not isinstance(w_notes, W_ListObject):
        raise space.type_error("Cannot add note: __notes__ is not a list")
    w_notes.items_w.append(w_note)
    return space.w_None


def exception_notes(space, w_exc):
    """The notes printed after an uncaught exception (its __notes__)."""
    notes = []
    w_notes = w_exc.getdictvalue(space, "__notes__")
    if isinstance(w_notes, W_ListObject):
        for w_note in w_notes.items_w:
            if isinstance(w_note, W_StrObject):
                notes.append(w_note.value)
            else:
                notes.append(space.str_str(w_note))
    return notes


def install_exception_extras(space):
    from pyinterp.gateway import W_BuiltinFunction
    from pyinterp.funcobject import W_GetSetProperty
    et = space.exception_types
    w_oserror = et["OSError"]
    for i in range(len(OSERROR_FIELDS)):
        fget, fset = OSERROR_ACCESSORS[i]
        w_oserror.dict_w[OSERROR_FIELDS[i]] = W_GetSetProperty(
            OSERROR_FIELDS[i], fget, fset)
    w_oserror.dict_w["__str__"] = W_BuiltinFunction("__str__", oserror_str)
    w_importerror = et["ImportError"]
    for i in range(len(IMPORTERROR_FIELDS)):
        fget, fset = IMPORTERROR_ACCESSORS[i]
        w_importerror.dict_w[IMPORTERROR_FIELDS[i]] = W_GetSetProperty(
            IMPORTERROR_FIELDS[i], fget, fset)
    et["BaseException"].dict_w["add_note"] = W_BuiltinFunction(
        "add_note", exc_add_note)
    for name in et:
        w_t = et[name]
        if w_t.issubtype(w_oserror):
            w_t.constructor = construct_oserror
        elif w_t.issubtype(w_importerror):
            w_t.constructor = construct_importerror
    et["IOError"] = w_oserror
    et["EnvironmentError"] = w_oserror
