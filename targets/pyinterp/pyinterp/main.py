"""Command line entry point: pypy-c script.py args... / pypy-c -c code /
pypy-c (interactive prompt on a terminal, else the script read from
stdin)."""

import os

from pyinterp.error import OperationError, SyntaxErr
from pyinterp.objspace import ObjSpace
from pyinterp.interpreter import ExecutionContext
from pyinterp.parser import parse_source
from pyinterp.compiler import compile_module
from pyinterp.frame import Frame
from pyinterp.exceptions import W_BaseException
from pyinterp.intobject import W_IntObject
from pyinterp.strobject import W_StrObject
from pyinterp.rlib import StringBuilder, create_stdio
from pyinterp.builtins import setup_builtins
from pyinterp.modules import setup_builtin_modules, new_module, read_file
from pyinterp.typeobject import type_cache_state


class SourceCache(object):
    def __init__(self):
        self.lines = {}         # filename -> list of source lines


def make_space():
    space = ObjSpace()
    space.interp = ExecutionContext(space)
    setup_builtins(space)
    setup_builtin_modules(space)
    type_cache_state.enabled = True
    return space


# the prebuilt interpreter (created at import time)
space = make_space()
sources = SourceCache()


def compile_source(space, source, filename):
    sources.lines[filename] = source.split("\n")
    module = parse_source(source, filename)
    return compile_module(space, module, filename)


def syntax_error_to_app(space, e):
    from pyinterp.exceptions import make_syntax_error
    w_type = space.w_SyntaxError
    if e.tab_error:
        w_type = space.exception_types["TabError"]
    elif e.indentation:
        w_type = space.exception_types["IndentationError"]
    end_lineno = e.end_lineno
    end_offset = e.end_offset
    if end_lineno == 0:
        end_lineno = e.lineno
        end_offset = e.offset
    w_exc = make_syntax_error(space, w_type, e.msg, e.filename, e.lineno,
                              e.offset, e.text, end_lineno, end_offset)
    return OperationError(w_type, w_exc)


def source_line(filename, lineno):
    """The stripped source line shown in tracebacks (none for <string>
    and <stdin>, like CPython 3.11)."""
    if filename.startswith("<") or filename not in sources.lines:
        return ""
    lines = sources.lines[filename]
    if lineno < 1 or lineno > len(lines):
        return ""
    return lines[lineno - 1].strip()


def exception_type_name(space, w_exc):
    w_type = w_exc.getclass(space)
    name = w_type.qualname
    if w_type.module != "builtins" and w_type.module != "__main__":
        name = w_type.module + "." + name
    return name


def format_exception_only(space, w_exc):
    if space.isinstance_w(w_exc, space.w_SyntaxError):
        b = StringBuilder()
        if format_app_syntax_error(space, w_exc, b):
            return b.build()
    name = exception_type_name(space, w_exc)
    try:
        msg = space.str_str(w_exc)
    except OperationError:
        msg = "<exception str() failed>"
    if msg == "":
        line = name + "\n"
    else:
        line = name + ": " + msg + "\n"
    from pyinterp.excextra import exception_notes
    for note in exception_notes(space, w_exc):
        line += note + "\n"
    return line


def format_traceback(space, w_exc, b, depth):
    if depth < 10:
        w_cause = w_exc.w_cause
        w_context = w_exc.w_context
        if isinstance(w_cause, W_BaseException):
            format_traceback(space, w_cause, b, depth + 1)
            b.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif isinstance(w_context, W_BaseException) and not w_exc.suppress_context:
            format_traceback(space, w_context, b, depth + 1)
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    tb = w_exc.traceback
    if len(tb) > 0:
        b.append("Traceback (most recent call last):\n")
        i = len(tb) - 1
        last = ""
        repeat = 0
        while i >= 0:
            entry = tb[i]
            line = '  File "%s", line %d, in %s\n' % (entry.filename, entry.lineno,
                                                       entry.name)
            src = source_line(entry.filename, entry.lineno)
            if src != "":
                line = line + "    " + src + "\n"
            if line == last:
                repeat += 1
            else:
                if repeat > 3:
                    b.append("  [Previous line repeated %d more times]\n" % (repeat - 3))
                repeat = 0
                last = line
            if repeat < 3:
                b.append(line)
            i -= 1
        if repeat > 3:
            b.append("  [Previous line repeated %d more times]\n" % (repeat - 3))
    b.append(format_exception_only(space, w_exc))


def report_exception(space, e):
    """Prints an uncaught exception; returns the process exit code."""
    ec = space.interp
    w_exc = e.w_value
    if space.isinstance_w(w_exc, space.w_SystemExit):
        assert isinstance(w_exc, W_BaseException)
        if len(w_exc.args_w) == 0:
            return 0
        w_code = w_exc.args_w[0]
        if w_code is space.w_None:
            return 0
        if isinstance(w_code, W_IntObject):
            return w_code.intval
        ec.write_err(space.str_str(w_code) + "\n")
        return 1
    b = StringBuilder()
    if isinstance(w_exc, W_BaseException):
        format_traceback(space, w_exc, b, 0)
    else:
        b.append(format_exception_only(space, w_exc))
    ec.write_err(b.build())
    return 1


def report_syntax_error(space, e):
    """Prints a SyntaxError of the main script like CPython: file, line,
    the source line and carets under the offending columns."""
    line = ""
    if e.filename in sources.lines:
        lines = sources.lines[e.filename]
        if 1 <= e.lineno <= len(lines):
            line = lines[e.lineno - 1]
    kind = "SyntaxError"
    if e.tab_error:
        kind = "TabError"
    elif e.indentation:
        kind = "IndentationError"
    end_lineno = e.end_lineno
    end_offset = e.end_offset
    if end_lineno == 0:
        end_lineno = e.lineno
        end_offset = e.offset
    b = StringBuilder()
    format_syntax_error(b, kind, e.msg, e.filename, e.lineno, line, e.offset,
                        end_lineno, end_offset)
    space.interp.write_err(b.build())
    return 1


def format_syntax_error(b, kind, msg, filename, lineno, text, offset,
                        end_lineno, end_offset):
    """CPython's display of a SyntaxError: `File "f", line N`, the source
    line without its indentation, a line of ^ under the offending columns
    (from offset to end_offset on the first line), then `kind: msg`."""
    b.append('  File "%s", line %d\n' % (filename, lineno))
    line = text
    if line.endswith("\n"):
        n = len(line) - 1
        assert n >= 0
        line = line[:n]
    src = line.lstrip(" \t\f")
    if src != "":
        b.append("    " + src + "\n")
        indent = len(line) - len(src)
        if end_lineno > lineno:
            end_offset = len(line) + 1
        if end_offset > len(line) + 1:
            end_offset = len(line) + 1
        col = offset - 1 - indent
        if offset > 0 and col >= 0:
            if col > len(src):
                col = len(src)
            carets = 1
            if end_offset > offset:
                carets = end_offset - offset
            b.append("    " + " " * col + "^" * carets + "\n")
    b.append(kind + ": " + msg + "\n")


def format_app_syntax_error(space, w_exc, b):
    """The display of an uncaught SyntaxError instance (from exec(),
    compile()...); False when it lacks a filename and line number (then
    it is shown like other exceptions)."""
    from pyinterp.strobject import W_StrObject
    w_file = space.lookup_attr_or_none(w_exc, "filename")
    w_line = space.lookup_attr_or_none(w_exc, "lineno")
    if not isinstance(w_file, W_StrObject) or \
            not isinstance(w_line, W_IntObject):
        return False
    lineno = w_line.intval
    text = ""
    w_text = space.lookup_attr_or_none(w_exc, "text")
    if isinstance(w_text, W_StrObject):
        text = w_text.value
    offset = int_attr(space, w_exc, "offset", 0)
    end_lineno = int_attr(space, w_exc, "end_lineno", lineno)
    end_offset = int_attr(space, w_exc, "end_offset", offset)
    w_msg = space.lookup_attr_or_none(w_exc, "msg")
    msg = ""
    if w_msg is not None:
        msg = space.str_str(w_msg)
    format_syntax_error(b, exception_type_name(space, w_exc), msg,
                        w_file.value, lineno, text, offset, end_lineno,
                        end_offset)
    return True


def int_attr(space, w_obj, name, default):
    w_v = space.lookup_attr_or_none(w_obj, name)
    if isinstance(w_v, W_IntObject):
        return w_v.intval
    return default


def main_module(space, filename):
    ec = space.interp
    w_main = new_module(space, "__main__")
    w_main.w_dict.setitem_str(space, "__builtins__",
                              space.builtin_modules["builtins"])
    ec.modules["__main__"] = w_main
    if filename != "":
        w_main.w_dict.setitem_str(space, "__file__", space.newstr(filename))
    return w_main


def run_source(space, source, filename):
    ec = space.interp
    w_globals = main_module(space, filename).w_dict
    try:
        code = compile_source(space, source, filename)
    except SyntaxErr as e:
        return report_syntax_error(space, e)
    frame = Frame(space, code, w_globals, None)
    try:
        ec.run_frame(frame)
    except OperationError as e:
        status = report_exception(space, e)
        ec.flush_out()
        return status
    ec.flush_out()
    return 0


class Interactive(object):
    """The state of the interactive prompt: __main__'s globals and the
    number of statements typed (each gets its own source "file")."""

    def __init__(self):
        self.w_globals = None
        self.count = 0


interactive = Interactive()


def run_interactive_statement(source):
    """Compiles and runs one statement typed at the prompt; returns -1 to
    go on, or the exit status (SystemExit)."""
    ec = space.interp
    interactive.count += 1
    filename = "<stdin>"
    sources.lines[filename] = source.split("\n")
    try:
        module = parse_source(source, filename)
        code = compile_module(space, module, filename, True, True)
    except SyntaxErr as e:
        report_syntax_error(space, e)
        return -1
    frame = Frame(space, code, interactive.w_globals, None)
    try:
        ec.run_frame(frame)
    except OperationError as e:
        if space.isinstance_w(e.w_value, space.w_SystemExit):
            status = report_exception(space, e)
            ec.flush_out()
            return status
        report_exception(space, e)
    ec.flush_out()
    return -1


def run_stdin(space, w_sys, argv):
    """`pypy-c` or `pypy-c - args...`: the interactive prompt when stdin is
    a terminal, else stdin is read whole and run as the script <stdin>."""
    ec = space.interp
    args = [""]
    if len(argv) >= 2:
        args = argv[1:]
    w_sys.w_dict.setitem_str(space, "argv", space.newlist_str(args))
    w_sys.w_dict.setitem_str(space, "path", space.newlist_str([""]))
    ec.search_path = "."
    if os.isatty(0):
        from pyinterp.repl import run_interactive
        interactive.w_globals = main_module(space, "").w_dict
        return run_interactive(space, run_interactive_statement)
    b = StringBuilder()
    while True:
        line = ec.read_line()
        if line is None:
            break
        b.append(line)
    return run_source(space, b.build(), "<stdin>")


def absolute_path(path):
    """CPython shows the script's absolute path (in __file__ and
    tracebacks)."""
    if path.startswith("/"):
        return path
    cwd = os.getcwd()
    while path.startswith("./"):
        path = path[2:]
    if cwd.endswith("/"):
        return cwd + path
    return cwd + "/" + path


# options taking no argument, accepted and ignored (-u: the streams are
# flushed as needed; -O, -B, -E, -s...: nothing to change here)
FLAG_OPTIONS = "bBdEiIOPqRsSuvx"


def usage_error(ec, argv0, msg):
    ec.write_err(msg + "\n")
    ec.write_err("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                 % argv0)
    ec.write_err("Try `python -h' for more information.\n")
    return 2


def entry_point(argv):
    ec = space.interp
    stdin, stdout, stderr = create_stdio()
    ec.stdin = stdin
    ec.stdout = stdout
    ec.stderr = stderr
    w_sys = space.builtin_modules["sys"]
    # the options before the script: -c cmd and -m mod end them
    i = 1
    rest_argv = []
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            i += 1
            break
        if arg == "-" or not arg.startswith("-") or len(arg) < 2:
            break
        if arg == "-V" or arg == "--version":
            ec.write_out("Python 3.11.0\n")
            return 0
        if arg.startswith("--"):
            return usage_error(ec, argv[0], "unknown option %s" % arg)
        j = 1
        stop = False
        while j < len(arg):
            c = arg[j]
            if c == "c" or c == "m":
                stop = True
                break
            if c == "W" or c == "X":
                if j + 1 == len(arg):
                    i += 1          # the argument is the next word
                    if i >= len(argv):
                        return usage_error(ec, argv[0],
                                           "Argument expected for the -%s option" % c)
                break
            if FLAG_OPTIONS.find(c) < 0:
                return usage_error(ec, argv[0], "Unknown option: -%s" % c)
            j += 1
        if stop:
            # `-uc cmd`: the flags, then -c
            rest_argv.append("-" + arg[j:])
            i += 1
            break
        i += 1
    argv = [argv[0]] + rest_argv + argv[i:]
    if len(argv) < 2 or argv[1] == "-":
        return run_stdin(space, w_sys, argv)
    if argv[1].startswith("-c") or argv[1].startswith("-m"):
        option = argv[1][:2]
        rest = argv[1][2:]
        more = argv[2:]
        if rest == "":
            if len(more) == 0:
                return usage_error(ec, argv[0],
                                   "Argument expected for the %s option" % option)
            rest = more[0]
            more = more[1:]
        if option == "-m":
            return run_module(space, w_sys, argv[0], rest, more)
        source = rest
        filename = "<string>"
        args = ["-c"]
        args.extend(more)
    else:
        filename = absolute_path(argv[1])
        source = read_file(filename)
        if source is None:
            ec.write_err("%s: can't open file '%s': [Errno 2] No such file or directory\n"
                         % (argv[0], filename))
            return 2
        args = argv[1:]
        slash = filename.rfind("/")
        if slash >= 0:
            ec.search_path = filename[:slash]
        else:
            ec.search_path = "."
    w_sys.w_dict.setitem_str(space, "argv", space.newlist_str(args))
    w_sys.w_dict.setitem_str(space, "path", space.newlist_str([ec.search_path]))
    return run_source(space, source, filename)


def run_module(space, w_sys, argv0, name, args):
    """`pypy-c -m name args...`: runs name.py (or name/__main__.py) found
    in the current directory as __main__."""
    ec = space.interp
    cwd = os.getcwd()
    base = cwd + "/" + name.replace(".", "/")
    filename = base + ".py"
    source = read_file(filename)
    if source is None:
        filename = base + "/__main__.py"
        source = read_file(filename)
    if source is None:
        ec.write_err("%s: No module named %s\n" % (argv0, name))
        return 1
    ec.search_path = cwd
    all_args = [filename]
    all_args.extend(args)
    w_sys.w_dict.setitem_str(space, "argv", space.newlist_str(all_args))
    w_sys.w_dict.setitem_str(space, "path", space.newlist_str([cwd]))
    return run_source(space, source, filename)
