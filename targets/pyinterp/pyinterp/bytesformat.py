"""`bytes % values` and `bytearray % values` (PEP 461): the str
formatting loop of formatting.py with the bytes conversions of %s/%b
(bytes-like objects or __bytes__), %r/%a (ascii() of the repr) and %c (an
int below 256 or a single byte); numbers format as for str."""

from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.strobject import W_BytesObject
from pyinterp.bytesobject import bytes_value_or_none
from pyinterp.formatting import mod_format_impl, mod_format_one, pad


def bytes_mod_format(space, fmt, w_values):
    """The formatted bytes, as characters below 256."""
    return mod_format_impl(space, fmt, w_values, True)


def bytes_of(space, w_arg):
    """The bytes %b and %s insert for w_arg."""
    from pyinterp.typeobject import W_InstanceObject
    value = bytes_value_or_none(w_arg)
    if value is not None:
        return value
    if isinstance(w_arg, W_InstanceObject):
        w_res = w_arg.call_special(space, "__bytes__", [])
        if w_res is not None:
            if isinstance(w_res, W_BytesObject):
                return w_res.value
            raise space.type_error("__bytes__ returned non-bytes (type %s)"
                                   % space.type_name(w_res))
    raise space.type_error("%%b requires a bytes-like object, or an object that "
                           "implements __bytes__, not '%s'" % space.type_name(w_arg))


def byte_of(space, w_arg):
    """The byte %c inserts for w_arg."""
    value = bytes_value_or_none(w_arg)
    if value is not None and len(value) == 1:
        return value
    if isinstance(w_arg, W_IntObject) or isinstance(w_arg, W_LongObject):
        if isinstance(w_arg, W_IntObject) and 0 <= w_arg.intval < 256:
            return chr(w_arg.intval)
        raise space.overflow_error("%c arg not in range(256)")
    raise space.type_error("%c requires an integer in range(256) or a single byte")


def bytes_format_one(space, t, w_arg, fs):
    if t == "s" or t == "b" or t == "r" or t == "a":
        if t == "r" or t == "a":
            from pyinterp.builtins import ascii_escape
            s = ascii_escape(space.repr_str(w_arg))
        else:
            s = bytes_of(space, w_arg)
        precision = fs.precision
        if precision >= 0 and precision < len(s):
            s = s[:precision]
        fs.fill = " "
        if fs.align == "=":
            fs.align = ">"
        return pad(s, fs, ">")
    if t == "c":
        fs.fill = " "
        if fs.align == "=":
            fs.align = ">"
        return pad(byte_of(space, w_arg), fs, ">")
    return mod_format_one(space, t, w_arg, fs)
