"""The compile() builtin, and the compilation of the source strings of
exec() and eval() (SyntaxErrors become app-level SyntaxError instances
with msg, filename, lineno, offset and text)."""

from pyinterp.error import SyntaxErr
from pyinterp.strobject import W_StrObject, W_BytesObject
from pyinterp.pycode import W_CodeObject

MODE_EXEC = 0
MODE_EVAL = 1
MODE_SINGLE = 2


def compile_string(space, source, filename, mode):
    """The code object of `source`; raises the app-level SyntaxError."""
    from pyinterp.parser import parse_source
    from pyinterp.compiler import compile_module, compile_eval
    from pyinterp.main import syntax_error_to_app
    try:
        if mode == MODE_EVAL:
            code = compile_eval(space, parse_source(source.strip(" \t\n"),
                                                    filename), filename)
            if code is None:
                raise SyntaxErr("invalid syntax", filename, 1, 1)
            return code
        return compile_module(space, parse_source(source, filename),
                              filename, True, mode == MODE_SINGLE)
    except SyntaxErr as e:
        raise syntax_error_to_app(space, e)


def source_text(space, w_src, name):
    """The text of a source argument (str, or UTF-8 bytes)."""
    if isinstance(w_src, W_StrObject):
        return w_src.value
    if isinstance(w_src, W_BytesObject):
        from pyinterp.builtins import utf8_decode
        return utf8_decode(space, w_src.value)
    raise space.type_error("%s() arg 1 must be a string, bytes or AST object"
                           % name)


def b_compile(space, args):
    n = len(args.args_w)
    w_source = args.get_kw("source")
    w_filename = args.get_kw("filename")
    w_mode = args.get_kw("mode")
    if n > 0:
        w_source = args.args_w[0]
    if n > 1:
        w_filename = args.args_w[1]
    if n > 2:
        w_mode = args.args_w[2]
    if n > 6:
        raise space.type_error("compile() takes at most 6 arguments (%d given)" % n)
    if w_source is None or w_filename is None or w_mode is None:
        raise space.type_error("compile() missing required argument")
    if isinstance(w_source, W_CodeObject):
        return w_source
    source = source_text(space, w_source, "compile")
    filename = space.str_w(w_filename)
    mode_name = space.str_w(w_mode)
    if mode_name == "exec":
        mode = MODE_EXEC
    elif mode_name == "eval":
        mode = MODE_EVAL
    elif mode_name == "single":
        mode = MODE_SINGLE
    else:
        raise space.value_error("compile() mode must be 'exec', 'eval' or 'single'")
    return compile_string(space, source, filename, mode)
