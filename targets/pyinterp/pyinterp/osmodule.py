"""The `os` and `os.path` modules (a small subset) and file objects
returned by the builtin open()."""

import os
from pyinterp.model import W_Root
from pyinterp.error import OperationError
from pyinterp.gateway import W_BuiltinFunction, check_args, check_method_args
from pyinterp.strobject import W_StrObject
from pyinterp.typeobject import LAYOUT_BUILTIN
from pyinterp.rlib import create_file, StringBuilder


def str_arg(space, args, i, fname):
    w = args.args_w[i]
    if not isinstance(w, W_StrObject):
        raise space.type_error("%s: path should be string, not %s"
                               % (fname, space.type_name(w)))
    return w.value


# ---------------------------------------------------------------- os

def os_getcwd(space, args):
    check_args(space, args, "getcwd", 0, 0)
    return space.newstr(os.getcwd())


def os_getenv(space, args):
    check_args(space, args, "getenv", 1, 2)
    v = os.environ.get(str_arg(space, args, 0, "getenv"))
    if v is None:
        if len(args.args_w) > 1:
            return args.args_w[1]
        return space.w_None
    return space.newstr(v)


def os_remove(space, args):
    check_args(space, args, "remove", 1, 1)
    path = str_arg(space, args, 0, "remove")
    try:
        os.unlink(path)
    except OSError as e:
        raise wrap_os_error(space, e, path)
    return space.w_None


def open_error(space, e, path):
    """The error of open(path): the OSError's errno (a FileNotFoundError
    if it does not tell it), with the path as filename."""
    return wrap_os_error(space, e, path)


def wrap_os_error(space, e, path):
    """The app-level OSError (or the subclass chosen by errno) for an
    OSError raised by the os functions on `path`, with errno, strerror
    and filename: its text is CPython's (`[Errno 2] No such file or
    directory: 'x'`)."""
    from pyinterp.excextra import new_oserror
    msg = str(e)
    errno = 2
    strerror = "No such file or directory"
    if msg.startswith("[Errno "):
        end = msg.find("]")
        if end > 7:
            digits = msg[7:end]
            if digits.isdigit():
                errno = int(digits)
                strerror = msg[end + 2:]
                k = strerror.find(": '")
                if k >= 0:
                    strerror = strerror[:k]
    w_exc = new_oserror(space, space.exception_types["OSError"],
                        [space.newint(errno), space.newstr(strerror),
                         space.newstr(path)])
    return OperationError(w_exc.getclass(space), w_exc)


def os_getpid(space, args):
    check_args(space, args, "getpid", 0, 0)
    return space.newint(os.getpid())


def os_listdir(space, args):
    check_args(space, args, "listdir", 0, 1)
    path = "."
    if len(args.args_w) > 0:
        path = str_arg(space, args, 0, "listdir")
    try:
        names = os.listdir(path)
    except OSError as e:
        raise wrap_os_error(space, e, path)
    return space.newlist_str(names)


def os_mkdir(space, args):
    check_args(space, args, "mkdir", 1, 2)
    path = str_arg(space, args, 0, "mkdir")
    mode = 0o777
    if len(args.args_w) > 1:
        mode = space.int_w(args.args_w[1])
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise wrap_os_error(space, e, path)
    return space.w_None


def os_rmdir(space, args):
    check_args(space, args, "rmdir", 1, 1)
    path = str_arg(space, args, 0, "rmdir")
    try:
        os.rmdir(path)
    except OSError as e:
        raise wrap_os_error(space, e, path)
    return space.w_None


class W_Environ(W_Root):
    """os.environ: reads the process environment on each access."""

    def getclass(self, space):
        return space.w_environ

    def getitem(self, space, w_key):
        if isinstance(w_key, W_StrObject):
            key = w_key.value
            if key in os.environ:
                return space.newstr(os.environ[key])
        from pyinterp.exceptions import W_BaseException
        raise OperationError(space.w_KeyError,
                             W_BaseException(space.w_KeyError, [w_key]))

    def contains(self, space, w_key):
        if isinstance(w_key, W_StrObject) and w_key.value in os.environ:
            return 1
        return 0


def environ_get(space, args):
    check_method_args(space, args, "get", 1, 2)
    w_key = args.args_w[1]
    if isinstance(w_key, W_StrObject):
        v = os.getenv(w_key.value)
        if v is not None:
            return space.newstr(v)
    if len(args.args_w) > 2:
        return args.args_w[2]
    return space.w_None


# ---------------------------------------------------------------- os.path

def path_join(space, args):
    if len(args.args_w) < 1:
        raise space.type_error("join() missing 1 required positional argument: 'a'")
    result = str_arg(space, args, 0, "join")
    for i in range(1, len(args.args_w)):
        p = str_arg(space, args, i, "join")
        if p.startswith("/"):
            result = p
        elif result == "" or result.endswith("/"):
            result = result + p
        else:
            result = result + "/" + p
    return space.newstr(result)


def split_path(p):
    i = p.rfind("/") + 1
    assert i >= 0
    head = p[:i]
    tail = p[i:]
    stripped = head
    while len(stripped) > 0 and stripped.endswith("/"):
        end = len(stripped) - 1
        assert end >= 0
        stripped = stripped[:end]
    if len(stripped) > 0:
        head = stripped
    return head, tail


def path_split(space, args):
    check_args(space, args, "split", 1, 1)
    head, tail = split_path(str_arg(space, args, 0, "split"))
    return space.newtuple([space.newstr(head), space.newstr(tail)])


def path_basename(space, args):
    check_args(space, args, "basename", 1, 1)
    head, tail = split_path(str_arg(space, args, 0, "basename"))
    return space.newstr(tail)


def path_dirname(space, args):
    check_args(space, args, "dirname", 1, 1)
    head, tail = split_path(str_arg(space, args, 0, "dirname"))
    return space.newstr(head)


def path_splitext(space, args):
    check_args(space, args, "splitext", 1, 1)
    p = str_arg(space, args, 0, "splitext")
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash + 1:
        # a leading dot of the base name is not an extension
        k = slash + 1
        only_dots = True
        while k < dot:
            if p[k] != ".":
                only_dots = False
            k += 1
        if not only_dots:
            assert dot >= 0
            return space.newtuple([space.newstr(p[:dot]), space.newstr(p[dot:])])
    return space.newtuple([space.newstr(p), space.newstr("")])


def path_exists(space, args):
    check_args(space, args, "exists", 1, 1)
    return space.newbool(os.path.exists(str_arg(space, args, 0, "exists")))


def path_isfile(space, args):
    check_args(space, args, "isfile", 1, 1)
    return space.newbool(os.path.isfile(str_arg(space, args, 0, "isfile")))


def path_isdir(space, args):
    check_args(space, args, "isdir", 1, 1)
    return space.newbool(os.path.isdir(str_arg(space, args, 0, "isdir")))


def path_abspath(space, args):
    check_args(space, args, "abspath", 1, 1)
    return space.newstr(os.path.abspath(str_arg(space, args, 0, "abspath")))


def path_isabs(space, args):
    check_args(space, args, "isabs", 1, 1)
    return space.newbool(str_arg(space, args, 0, "isabs").startswith("/"))


# ---------------------------------------------------------------- files

class W_FileObject(W_Root):
    def __init__(self, name, mode, stream):
        self.name = name
        self.mode = mode
        self.stream = stream
        self.closed = False
        self.bstream = None     # the BinaryStream of mode "rb", "wb", "ab"

    def getclass(self, space):
        return space.w_textio

    def iter(self, space):
        return self

    def next(self, space):
        line = f_readline(space, self)
        if line == "":
            return None
        return file_result(space, self, line)

    def check_open(self, space):
        if self.closed:
            raise space.value_error("I/O operation on closed file.")

    def check(self, space):
        self.check_open(space)
        stream = self.stream
        assert stream is not None
        return stream

    def repr(self, space):
        if self.bstream is not None:
            kind = "BufferedReader"
            if self.mode != "rb":
                kind = "BufferedWriter"
            return "<_io.%s name='%s'>" % (kind, self.name)
        return "<_io.TextIOWrapper name='%s' mode='%s' encoding='UTF-8'>" % (
            self.name, self.mode)


def b_open(space, args):
    check_args(space, args, "open", 1, 3)
    path = str_arg(space, args, 0, "open")
    mode = "r"
    if len(args.args_w) > 1:
        mode = space.str_w(args.args_w[1])
    w_mode = args.get_kw("mode")
    if w_mode is not None:
        mode = space.str_w(w_mode)
    if mode != "r" and mode != "w" and mode != "a" and mode != "rt" and \
            mode != "wt" and mode != "at" and mode != "rb" and \
            mode != "wb" and mode != "ab":
        raise space.value_error("invalid mode: '%s'" % mode)
    if os.path.isdir(path):
        # reading a directory fails later with C's fopen: fail here
        from pyinterp.excextra import new_oserror
        w_exc = new_oserror(space, space.exception_types["OSError"],
                            [space.newint(21), space.newstr("Is a directory"),
                             space.newstr(path)])
        raise OperationError(w_exc.getclass(space), w_exc)
    if mode.endswith("b"):
        return open_binary(space, path, mode)
    try:
        if mode[0] == "w":
            stream = create_file(path, "w")
        elif mode[0] == "a":
            stream = create_file(path, "a")
        else:
            stream = create_file(path, "r")
    except OSError as e:
        raise open_error(space, e, path)
    return W_FileObject(path, mode, stream)


class BinaryStream(object):
    """A file opened in binary mode ("rb", "wb", "ab"): a file descriptor;
    bytes travel as str of code points < 256 (latin-1), like
    W_BytesObject.value."""

    def __init__(self, fd):
        self.fd = fd

    def read(self, size):
        chunks = []
        total = 0
        while size < 0 or total < size:
            n = 65536
            if size >= 0:
                n = size - total
            data = os.read(self.fd, n)
            if len(data) == 0:
                break
            chunks.append(data.decode("latin-1"))
            total += len(data)
        return "".join(chunks)

    def readline(self):
        chars = []
        while True:
            data = os.read(self.fd, 1)
            if len(data) == 0:
                break
            c = data.decode("latin-1")
            chars.append(c)
            if c == "\n":
                break
        return "".join(chars)

    def write(self, s):
        data = s.encode("latin-1")
        while len(data) > 0:
            n = os.write(self.fd, data)
            data = data[n:]

    def close(self):
        os.close(self.fd)


def open_binary(space, path, mode):
    if mode == "rb":
        flags = os.O_RDONLY
    elif mode == "wb":
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    else:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as e:
        raise open_error(space, e, path)
    w_f = W_FileObject(path, mode, None)
    w_f.bstream = BinaryStream(fd)
    return w_f


def file_result(space, w_f, text):
    if w_f.bstream is not None:
        return space.newbytes(text)
    return space.newstr(text)


def f_read(space, w_f, size):
    b = w_f.bstream
    if b is not None:
        w_f.check_open(space)
        return b.read(size)
    return w_f.check(space).read(size)


def f_readline(space, w_f):
    b = w_f.bstream
    if b is not None:
        w_f.check_open(space)
        return b.readline()
    return w_f.check(space).readline()


def f_close(w_f):
    if not w_f.closed:
        w_f.closed = True
        b = w_f.bstream
        if b is not None:
            b.close()
        else:
            stream = w_f.stream
            assert stream is not None
            stream.close()


def self_file(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_FileObject):
        raise space.type_error("descriptor '%s' requires a file object" % name)
    return w_self


def file_read(space, args):
    w_f = self_file(space, args, "read", 0, 1)
    size = -1
    if len(args.args_w) > 1 and args.args_w[1] is not space.w_None:
        size = space.int_w(args.args_w[1])
    return file_result(space, w_f, f_read(space, w_f, size))


def file_readline(space, args):
    w_f = self_file(space, args, "readline", 0, 0)
    return file_result(space, w_f, f_readline(space, w_f))


def file_readlines(space, args):
    w_f = self_file(space, args, "readlines", 0, 0)
    lines_w = []
    while True:
        line = f_readline(space, w_f)
        if line == "":
            break
        lines_w.append(file_result(space, w_f, line))
    return space.newlist(lines_w)


def file_write(space, args):
    w_f = self_file(space, args, "write", 1, 1)
    w_s = args.args_w[1]
    b = w_f.bstream
    if b is not None:
        from pyinterp.strobject import W_BytesObject
        from pyinterp.bytesobject import W_BytearrayObject
        if isinstance(w_s, W_BytesObject):
            data = w_s.value
        elif isinstance(w_s, W_BytearrayObject):
            data = w_s.value()
        else:
            raise space.type_error("a bytes-like object is required, not '%s'"
                                   % space.type_name(w_s))
        w_f.check_open(space)
        b.write(data)
        return space.newint(len(data))
    if not isinstance(w_s, W_StrObject):
        raise space.type_error("write() argument must be str, not %s"
                               % space.type_name(w_s))
    w_f.check(space).write(w_s.value)
    return space.newint(len(w_s.value))


def file_close(space, args):
    w_f = self_file(space, args, "close", 0, 0)
    f_close(w_f)
    return space.w_None


def file_enter(space, args):
    w_f = self_file(space, args, "__enter__", 0, 0)
    w_f.check_open(space)
    return w_f


def file_exit(space, args):
    w_f = self_file(space, args, "__exit__", 0, 3)
    f_close(w_f)
    return space.w_None


def file_get_closed(space, w_obj):
    assert isinstance(w_obj, W_FileObject)
    return space.newbool(w_obj.closed)


def file_get_name(space, w_obj):
    assert isinstance(w_obj, W_FileObject)
    return space.newstr(w_obj.name)


def setup_os(space):
    from pyinterp.typedefs import make_type
    from pyinterp.modules import new_module, add_functions
    from pyinterp.funcobject import W_GetSetProperty
    space.w_environ = make_type(space, "_Environ", space.w_object, LAYOUT_BUILTIN,
                                [("get", environ_get)])
    space.w_textio = make_type(space, "TextIOWrapper", space.w_object,
                               LAYOUT_BUILTIN,
                               [("read", file_read), ("readline", file_readline),
                                ("readlines", file_readlines),
                                ("write", file_write), ("close", file_close),
                                ("__enter__", file_enter),
                                ("__exit__", file_exit)])
    space.w_textio.dict_w["closed"] = W_GetSetProperty("closed", file_get_closed,
                                                       None)
    space.w_textio.dict_w["name"] = W_GetSetProperty("name", file_get_name, None)
    w_os = new_module(space, "os")
    add_functions(space, w_os, [("getcwd", os_getcwd), ("getenv", os_getenv),
                                ("listdir", os_listdir), ("mkdir", os_mkdir),
                                ("rmdir", os_rmdir), ("getpid", os_getpid),
                                ("remove", os_remove), ("unlink", os_remove)])
    w_os.w_dict.setitem_str(space, "environ", W_Environ())
    w_os.w_dict.setitem_str(space, "sep", space.newstr("/"))
    w_os.w_dict.setitem_str(space, "linesep", space.newstr("\n"))
    w_os.w_dict.setitem_str(space, "name", space.newstr("posix"))
    w_path = new_module(space, "os.path")
    add_functions(space, w_path, [("join", path_join), ("split", path_split),
                                  ("basename", path_basename),
                                  ("dirname", path_dirname),
                                  ("splitext", path_splitext),
                                  ("exists", path_exists),
                                  ("isfile", path_isfile),
                                  ("isdir", path_isdir), ("isabs", path_isabs),
                                  ("abspath", path_abspath)])
    w_path.w_dict.setitem_str(space, "sep", space.newstr("/"))
    w_os.w_dict.setitem_str(space, "path", w_path)
    space.builtin_modules["os"] = w_os
    space.builtin_modules["os.path"] = w_path
