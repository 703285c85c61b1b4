"""String formatting: format() specs, str % values and str.format()."""

import math
from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.floatobject import W_FloatObject, float_repr
from pyinterp.strobject import W_StrObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.dictobject import W_DictObject
from pyinterp.rlib import StringBuilder, formatd, rbigint


def parse_decimal(s):
    """Value of a string of decimal digits (already checked)."""
    v = 0
    for c in s:
        v = v * 10 + (ord(c) - ord("0"))
    return v


class FormatSpec(object):
    def __init__(self):
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.alternate = False
        self.zero = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def parse_spec(space, spec):
    fs = FormatSpec()
    i = 0
    n = len(spec)
    if n >= 2 and (spec[1] == "<" or spec[1] == ">" or spec[1] == "^" or spec[1] == "="):
        fs.fill = spec[0]
        fs.align = spec[1]
        i = 2
    elif n >= 1 and (spec[0] == "<" or spec[0] == ">" or spec[0] == "^" or spec[0] == "="):
        fs.align = spec[0]
        i = 1
    if i < n and (spec[i] == "+" or spec[i] == "-" or spec[i] == " "):
        fs.sign = spec[i]
        i += 1
    if i < n and spec[i] == "#":
        fs.alternate = True
        i += 1
    if i < n and spec[i] == "0":
        fs.zero = True
        i += 1
    start = i
    while i < n and "0" <= spec[i] <= "9":
        i += 1
    if i > start:
        fs.width = parse_decimal(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        fs.grouping = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        if i == start:
            raise space.value_error("Format specifier missing precision")
        fs.precision = parse_decimal(spec[start:i])
    if i < n:
        fs.type = spec[i]
        i += 1
    if i < n:
        raise space.value_error("Invalid format specifier")
    if fs.zero and fs.align == "":
        fs.fill = "0"
        fs.align = "="
    return fs


def pad(s, fs, default_align):
    """Applies width/fill/align to an already formatted body (without
    the sign for numbers; '=' alignment is handled by the callers)."""
    width = fs.width
    if width <= len(s):
        return s
    align = fs.align
    if align == "":
        align = default_align
    total = width - len(s)
    if align == "<":
        return s + fs.fill * total
    if align == ">":
        return fs.fill * total + s
    if align == "^":
        left = total // 2
        return fs.fill * left + s + fs.fill * (total - left)
    return fs.fill * total + s


def group_digits(digits, sep, every):
    if sep == "":
        return digits
    out = []
    n = len(digits)
    for i in range(n):
        if i > 0 and (n - i) % every == 0:
            out.append(sep)
        out.append(digits[i])
    return "".join(out)


def finish_number(sign, prefix, body, fs):
    """Combines sign, prefix and digits, honouring '=' alignment."""
    if fs.align == "=":
        lead = sign + prefix
        width = fs.width - len(lead)
        if width > len(body):
            if fs.fill == "0" and fs.grouping != "":
                # zero padding also gets grouped
                pass
            body = fs.fill * (width - len(body)) + body
        return lead + body
    return pad(sign + prefix + body, fs, ">")


def sign_str(negative, fs):
    if negative:
        return "-"
    if fs.sign == "+":
        return "+"
    if fs.sign == " ":
        return " "
    return ""


def format_int(space, w_int, spec):
    if spec == "":
        return w_int.repr(space)
    fs = parse_spec(space, spec)
    t = fs.type
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or \
            t == "G" or t == "%":
        return format_float_spec(space, space.float_w(w_int), fs)
    if isinstance(w_int, W_IntObject):
        num = rbigint.fromint(w_int.intval)
    else:
        assert isinstance(w_int, W_LongObject)
        num = w_int.num
    negative = num.lt(rbigint.fromint(0))
    absnum = num.abs()
    prefix = ""
    if t == "" or t == "d" or t == "n":
        digits = absnum.str()
        digits = group_digits(digits, fs.grouping, 3)
    elif t == "x" or t == "X":
        digits = absnum.format("0123456789abcdef")
        if t == "X":
            digits = digits.upper()
        if fs.alternate:
            prefix = "0" + t
        digits = group_digits(digits, fs.grouping, 4)
    elif t == "o":
        digits = absnum.format("01234567")
        if fs.alternate:
            prefix = "0o"
        digits = group_digits(digits, fs.grouping, 4)
    elif t == "b":
        digits = absnum.format("01")
        if fs.alternate:
            prefix = "0b"
        digits = group_digits(digits, fs.grouping, 4)
    elif t == "c":
        return pad(chr(space.int_w(w_int)), fs, "<")
    else:
        raise space.value_error("Unknown format code '%s' for object of type 'int'" % t)
    return finish_number(sign_str(negative, fs), prefix, digits, fs)


def float_body(x, code, precision):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf"
    return formatd(x, code, precision)


def format_float(space, x, spec):
    if spec == "":
        return float_repr(x)
    fs = parse_spec(space, spec)
    return format_float_spec(space, x, fs)


def format_float_spec(space, x, fs):
    t = fs.type
    negative = x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0)
    ax = abs(x)
    precision = fs.precision
    if t == "f" or t == "F":
        if precision < 0:
            precision = 6
        body = float_body(ax, "f", precision)
    elif t == "e" or t == "E":
        if precision < 0:
            precision = 6
        body = float_body(ax, "e", precision)
    elif t == "g" or t == "G":
        if precision < 0:
            precision = 6
        if precision == 0:
            precision = 1
        body = float_body(ax, "g", precision)
    elif t == "%":
        if precision < 0:
            precision = 6
        body = float_body(ax * 100.0, "f", precision) + "%"
    elif t == "":
        if precision < 0:
            body = float_repr(ax)
        else:
            if precision == 0:
                precision = 1
            body = float_body(ax, "g", precision)
            has_dot = False
            for c in body:
                if c == "." or c == "e" or c == "n" or c == "i":
                    has_dot = True
            if not has_dot:
                body = body + ".0"
    else:
        raise space.value_error("Unknown format code '%s' for object of type 'float'" % t)
    if t == "F" or t == "E" or t == "G":
        body = body.upper()
    if fs.grouping != "":
        dot = body.find(".")
        intpart = body
        rest = ""
        if dot >= 0:
            intpart = body[:dot]
            rest = body[dot:]
        body = group_digits(intpart, fs.grouping, 3) + rest
    if fs.alternate and "." not in body:
        body = body + "."
    return finish_number(sign_str(negative, fs), "", body, fs)


def format_str(space, s, spec):
    if spec == "":
        return s
    fs = parse_spec(space, spec)
    if fs.type != "" and fs.type != "s":
        raise space.value_error("Unknown format code '%s' for object of type 'str'"
                                % fs.type)
    precision = fs.precision
    if precision >= 0 and precision < len(s):
        s = s[:precision]
    if fs.align == "=":
        raise space.value_error("'=' alignment not allowed in string format specifier")
    return pad(s, fs, "<")


# ---------------------------------------------------------------- str % x

def mod_format(space, fmt, w_values):
    from pyinterp.percentfast import simple_mod_format
    result = simple_mod_format(space, fmt, w_values)
    if result is not None:
        return result
    return mod_format_impl(space, fmt, w_values, False)


def mod_format_impl(space, fmt, w_values, is_bytes):
    """`fmt % w_values` for str, or for bytes when is_bytes (fmt holds
    the bytes as characters below 256; see bytesformat.py)."""
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
    else:
        values_w = [w_values]
    w_dict = None
    if isinstance(w_values, W_DictObject):
        w_dict = w_values
    # room for the text and a short conversion per value (the default of
    # 100 bytes is mostly wasted on short formats)
    b = StringBuilder(len(fmt) + 8 * len(values_w))
    i = 0
    n = len(fmt)
    argi = 0
    while i < n:
        if fmt[i] != "%":
            # literal text up to the next %: scanned inline when it is
            # short (the usual case, cheaper than a find() call), else
            # with find() (indexing non-ASCII text is not O(1))
            j = i + 1
            limit = i + 16
            while j < n and j < limit and fmt[j] != "%":
                j += 1
            if j == limit and j < n and fmt[j] != "%":
                j = fmt.find("%", j)
                if j < 0:
                    j = n
            b.append_slice(fmt, i, j)
            i = j
            continue
        i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        c = fmt[i]
        if (c == "s" or c == "d") and argi < len(values_w) and not is_bytes:
            # plain %s and %d (no key, flags, width or precision)
            w_arg = values_w[argi]
            if c == "s":
                b.append(space.str_str(w_arg))
                argi += 1
                i += 1
                continue
            if isinstance(w_arg, W_IntObject):
                b.append(str(w_arg.intval))
                argi += 1
                i += 1
                continue
        w_arg = None
        if c == "(":
            if w_dict is None:
                raise space.type_error("format requires a mapping")
            end = fmt.find(")", i)
            if end < 0:
                raise space.value_error("incomplete format key")
            key = fmt[i + 1:end]
            if is_bytes:
                w_arg = space.getitem(w_dict, space.newbytes(key))
            else:
                w_arg = space.getitem(w_dict, space.newstr(key))
            i = end + 1
        fs = FormatSpec()
        while i < n and (fmt[i] == "-" or fmt[i] == "+" or fmt[i] == " "
                         or fmt[i] == "#" or fmt[i] == "0"):
            if fmt[i] == "-":
                fs.align = "<"
            elif fmt[i] == "+":
                fs.sign = "+"
            elif fmt[i] == " ":
                if fs.sign == "":
                    fs.sign = " "
            elif fmt[i] == "#":
                fs.alternate = True
            else:
                fs.zero = True
            i += 1
        if i < n and fmt[i] == "*":
            if argi >= len(values_w):
                raise space.type_error("not enough arguments for format string")
            fs.width = space.int_w(values_w[argi])
            if fs.width < 0:
                fs.width = -fs.width
                fs.align = "<"
            argi += 1
            i += 1
        else:
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            if i > start:
                fs.width = parse_decimal(fmt[start:i])
        if i < n and fmt[i] == ".":
            i += 1
            start = i
            if i < n and fmt[i] == "*":
                if argi >= len(values_w):
                    raise space.type_error("not enough arguments for format string")
                fs.precision = space.int_w(values_w[argi])
                argi += 1
                i += 1
            else:
                while i < n and "0" <= fmt[i] <= "9":
                    i += 1
                if i > start:
                    fs.precision = parse_decimal(fmt[start:i])
                else:
                    fs.precision = 0
        if i >= n:
            raise space.value_error("incomplete format")
        t = fmt[i]
        i += 1
        if t == "%":
            b.append("%")
            continue
        if w_arg is None:
            if argi >= len(values_w):
                raise space.type_error("not enough arguments for format string")
            w_arg = values_w[argi]
            argi += 1
        if t not in "srcaiduoxXeEfFgG" and not (is_bytes and t == "b"):
            shown = t
            if ord(t) < 31 or ord(t) > 126:
                shown = "?"
            raise space.value_error("unsupported format character '%s' (0x%x) at index %d"
                                    % (shown, ord(t), i - 1))
        if fs.align == "<":
            fs.zero = False
        if fs.zero:
            fs.fill = "0"
            fs.align = "="
        elif fs.align == "":
            fs.align = ">"
        if is_bytes:
            from pyinterp.bytesformat import bytes_format_one
            b.append(bytes_format_one(space, t, w_arg, fs))
        else:
            b.append(mod_format_one(space, t, w_arg, fs))
    if argi < len(values_w) and w_dict is None:
        if is_bytes:
            raise space.type_error("not all arguments converted during bytes formatting")
        raise space.type_error("not all arguments converted during string formatting")
    return b.build()


def mod_format_one(space, t, w_arg, fs):
    if fs.width < 0 and fs.precision < 0 and fs.sign == "" and \
            not fs.alternate:
        # the common plain %s and %d
        if t == "s":
            return space.str_str(w_arg)
        if (t == "d" or t == "i" or t == "u") and isinstance(w_arg, W_IntObject):
            return str(w_arg.intval)
    if t == "s":
        s = space.str_str(w_arg)
        precision = fs.precision
        if precision >= 0 and precision < len(s):
            s = s[:precision]
        fs.fill = " "
        if fs.align == "=":
            fs.align = ">"
        return pad(s, fs, ">")
    if t == "r" or t == "a":
        s = space.repr_str(w_arg)
        if t == "a":
            from pyinterp.builtins import ascii_escape
            s = ascii_escape(s)
        precision = fs.precision
        if precision >= 0 and precision < len(s):
            s = s[:precision]
        if fs.align == "=":
            fs.align = ">"
        return pad(s, fs, ">")
    if t == "d" or t == "i" or t == "u":
        if isinstance(w_arg, W_FloatObject):
            from pyinterp.floatobject import float_to_int
            w_arg = float_to_int(space, w_arg.floatval)
        w_arg = int_of_instance(space, w_arg)
        if not (isinstance(w_arg, W_IntObject) or isinstance(w_arg, W_LongObject)):
            raise space.type_error("%%%s format: a real number is required, not %s"
                                   % (t, space.type_name(w_arg)))
        fs.type = "d"
        return format_int_fs(space, w_arg, fs)
    if t == "x" or t == "X" or t == "o":
        w_index = space.index_or_none(w_arg)
        if w_index is not None:
            w_arg = w_index
        if not (isinstance(w_arg, W_IntObject) or isinstance(w_arg, W_LongObject)):
            raise space.type_error("%%%s format: an integer is required, not %s"
                                   % (t, space.type_name(w_arg)))
        fs.type = t
        return format_int_fs(space, w_arg, fs)
    if t == "f" or t == "F" or t == "e" or t == "E" or t == "g" or t == "G":
        x = space.float_w(w_arg)
        fs.type = t
        return format_float_spec(space, x, fs)
    if t == "c":
        if isinstance(w_arg, W_StrObject):
            return pad(w_arg.value, fs, ">")
        return pad(chr(space.int_w(w_arg)), fs, ">")
    raise space.value_error("unsupported format character '%s'" % t)


def int_of_instance(space, w_arg):
    """The int that `%d` formats for an object with __int__ or __index__
    (CPython's PyNumber_Long), or w_arg itself."""
    from pyinterp.typeobject import W_InstanceObject
    if isinstance(w_arg, W_InstanceObject):
        w_res = w_arg.call_special(space, "__int__", [])
        if w_res is None:
            w_res = space.index_or_none(w_arg)
        if w_res is not None:
            return w_res
    return w_arg


def format_int_fs(space, w_int, fs):
    if isinstance(w_int, W_IntObject):
        num = rbigint.fromint(w_int.intval)
    else:
        assert isinstance(w_int, W_LongObject)
        num = w_int.num
    negative = num.lt(rbigint.fromint(0))
    absnum = num.abs()
    prefix = ""
    t = fs.type
    if t == "x" or t == "X":
        digits = absnum.format("0123456789abcdef")
        if t == "X":
            digits = digits.upper()
        if fs.alternate:
            prefix = "0" + t
    elif t == "o":
        digits = absnum.format("01234567")
        if fs.alternate:
            prefix = "0o"
    else:
        digits = absnum.str()
    if fs.precision > len(digits):
        digits = "0" * (fs.precision - len(digits)) + digits
    return finish_number(sign_str(negative, fs), prefix, digits, fs)


# ---------------------------------------------------------------- str.format

def str_format(space, fmt, args):
    b = StringBuilder()
    i = 0
    n = len(fmt)
    auto_index = 0
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                b.append("{")
                i += 2
                continue
            # find the matching close brace (nested braces allowed in spec)
            depth = 1
            j = i + 1
            while j < n:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise space.value_error("expected '}' before end of string")
            field = fmt[i + 1:j]
            i = j + 1
            auto_index = format_field(space, field, args, b, auto_index)
            continue
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                b.append("}")
                i += 2
                continue
            raise space.value_error("Single '}' encountered in format string")
        b.append(c)
        i += 1
    return b.build()


def format_field(space, field, args, b, auto_index):
    # split off conversion and spec
    name_end = len(field)
    k = 0
    bracket = False
    while k < len(field):
        ch = field[k]
        if ch == "[":
            bracket = True
        elif ch == "]":
            bracket = False
        elif not bracket and (ch == "!" or ch == ":"):
            name_end = k
            break
        k += 1
    name = field[:name_end]
    conversion = ""
    spec = ""
    rest = field[name_end:]
    if rest.startswith("!"):
        if len(rest) < 2:
            raise space.value_error("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
    if rest.startswith(":"):
        spec = rest[1:]
    elif rest != "":
        raise space.value_error("expected ':' after conversion specifier")
    if "{" in spec:
        spec = str_format(space, spec, args)
    # first part of the name
    k = 0
    while k < len(name) and name[k] != "." and name[k] != "[":
        k += 1
    first = name[:k]
    if first == "":
        if auto_index < 0:
            raise space.value_error("cannot switch from manual field specification to automatic field numbering")
        idx = auto_index
        auto_index += 1
        w_obj = get_positional(space, args, idx)
    elif first.isdigit():
        idx = parse_decimal(first)
        if auto_index > 0:
            raise space.value_error("cannot switch from automatic field numbering to manual field specification")
        auto_index = -1
        w_obj = get_positional(space, args, idx)
    else:
        w_obj = args.get_kw(first)
        if w_obj is None:
            raise space.key_error(space.newstr(first))
    # attribute and index accessors
    while k < len(name):
        if name[k] == ".":
            k += 1
            start = k
            while k < len(name) and name[k] != "." and name[k] != "[":
                k += 1
            w_obj = space.getattr(w_obj, name[start:k])
        elif name[k] == "[":
            end = name.find("]", k)
            if end < 0:
                raise space.value_error("Missing ']' in format string")
            key = name[k + 1:end]
            if key.isdigit():
                w_key = space.newint(parse_decimal(key))
            else:
                w_key = space.newstr(key)
            w_obj = space.getitem(w_obj, w_key)
            k = end + 1
        else:
            raise space.value_error("Only '.' or '[' may follow ']' in format field specifier")
    if conversion == "r":
        w_obj = space.repr(w_obj)
    elif conversion == "s":
        w_obj = space.str(w_obj)
    elif conversion == "a":
        w_obj = space.repr(w_obj)
    elif conversion != "":
        raise space.value_error("Unknown conversion specifier %s" % conversion)
    b.append(space.format(w_obj, spec))
    return auto_index


def get_positional(space, args, idx):
    # args.args_w[0] is the format string itself
    if idx + 1 >= len(args.args_w):
        raise space.index_error("Replacement index %d out of range for positional args tuple"
                                % idx)
    return args.args_w[idx + 1]
