"""str (and a minimal bytes) objects and their methods."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.intobject import W_IntObject
from pyinterp.gateway import check_method_args, plural
from pyinterp.rlib import StringBuilder, compute_hash


class W_StrObject(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_str

    def is_true(self, space):
        return len(self.value) > 0

    def length(self, space):
        return len(self.value)

    def repr(self, space):
        return str_repr(self.value)

    def str(self, space):
        return self.value

    def hash(self, space):
        return compute_hash(self.value)

    def binop(self, space, op, w_other):
        if op == ops.OP_ADD:
            if isinstance(w_other, W_StrObject):
                return space.newstr(self.value + w_other.value)
            raise space.type_error('can only concatenate str (not "%s") to str'
                                   % space.type_name(w_other))
        if op == ops.OP_MUL:
            if isinstance(w_other, W_IntObject):
                return space.newstr(str_mul(self.value, w_other.intval))
            return None
        if op == ops.OP_MOD:
            from pyinterp.formatting import mod_format
            return space.newstr(mod_format(space, self.value, w_other))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newstr(str_mul(self.value, w_other.intval))
        return None

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        a = self.value
        b = w_other.value
        if op == ops.CMP_LT:
            return space.newbool(a < b)
        if op == ops.CMP_LE:
            return space.newbool(a <= b)
        if op == ops.CMP_EQ:
            return space.newbool(a == b)
        if op == ops.CMP_NE:
            return space.newbool(a != b)
        if op == ops.CMP_GT:
            return space.newbool(a > b)
        return space.newbool(a >= b)

    def contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("'in <string>' requires string as left operand, not %s"
                                   % space.type_name(w_item))
        if self.value.find(w_item.value) >= 0:
            return 1
        return 0

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject, unit_bound
        s = self.value
        if isinstance(w_index, W_SliceObject):
            if w_index.w_step is space.w_None:
                # s[a:b]: no (start, stop, step, length) tuple
                n = len(s)
                start = unit_bound(space, w_index.w_start, 0, n)
                stop = unit_bound(space, w_index.w_stop, n, n)
                if stop <= start:
                    return space.newstr("")
                if start == 0 and stop == n and not self.is_user_instance():
                    return self     # as CPython: the same exact str
                return space.newstr(s[start:stop])
            start, stop, step, length = w_index.indices(space, len(s))
            if step == 1:
                if length <= 0:
                    return space.newstr("")
                assert start >= 0 and stop >= 0
                return space.newstr(s[start:stop])
            b = StringBuilder()
            i = start
            for k in range(length):
                b.append(s[i])
                i += step
            return space.newstr(b.build())
        w_i = space.index_or_none(w_index)
        if w_i is None:
            raise space.type_error("string indices must be integers, not '%s'"
                                   % space.type_name(w_index))
        i = space.getindex(w_i, "string indices must be integers")
        if i < 0:
            i += len(s)
        if i < 0 or i >= len(s):
            raise space.index_error("string index out of range")
        return space.newstr(s[i])

    def iter(self, space):
        from pyinterp.iterobject import W_StrIterator
        return W_StrIterator(self.value)

    def format(self, space, spec):
        from pyinterp.formatting import format_str
        return format_str(space, self.value, spec)


class W_BytesObject(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value      # each char is a byte (ord < 256)

    def getclass(self, space):
        return space.w_bytes

    def is_true(self, space):
        return len(self.value) > 0

    def length(self, space):
        return len(self.value)

    def repr(self, space):
        return "b" + str_repr(self.value, True)

    def hash(self, space):
        return compute_hash(self.value)

    def compare(self, space, op, w_other):
        from pyinterp.bytesobject import bytes_value_or_none, compare_strings
        other = bytes_value_or_none(w_other)
        if other is None:
            return None
        return space.newbool(compare_strings(op, self.value, other))

    def binop(self, space, op, w_other):
        from pyinterp.bytesobject import bytes_value_or_none
        if op == ops.OP_ADD:
            other = bytes_value_or_none(w_other)
            if other is None:
                return None
            return space.newbytes(self.value + other)
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newbytes(str_mul(self.value, w_other.intval))
        if op == ops.OP_MOD:
            from pyinterp.bytesformat import bytes_mod_format
            return space.newbytes(bytes_mod_format(space, self.value, w_other))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return space.newbytes(str_mul(self.value, w_other.intval))
        return None

    def contains(self, space, w_item):
        from pyinterp.bytesobject import bytes_contains
        return bytes_contains(space, self.value, w_item)

    def iter(self, space):
        from pyinterp.bytesobject import bytes_iter
        return bytes_iter(space, self.value)

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            from pyinterp.bytesobject import bytes_slice
            return space.newbytes(bytes_slice(space, self.value, w_index))
        i = space.getindex(w_index, "byte indices must be integers or slices")
        s = self.value
        if i < 0:
            i += len(s)
        if i < 0 or i >= len(s):
            raise space.index_error("index out of range")
        return space.newint(ord(s[i]))


def str_mul(s, n):
    if n <= 0:
        return ""
    b = StringBuilder()
    for i in range(n):
        b.append(s)
    return b.build()


def str_repr(s, is_bytes=False):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    b = StringBuilder()
    b.append(quote)
    for c in s:
        if c == quote or c == "\\":
            b.append("\\")
            b.append(c)
        elif c == "\n":
            b.append("\\n")
        elif c == "\r":
            b.append("\\r")
        elif c == "\t":
            b.append("\\t")
        elif ord(c) < 32 or ord(c) == 127 or (128 <= ord(c) < 160) or \
                (is_bytes and ord(c) > 127):
            b.append("\\x")
            b.append(hex2(ord(c)))
        else:
            b.append(c)
    b.append(quote)
    return b.build()


HEXDIGITS = "0123456789abcdef"


def hex2(n):
    return HEXDIGITS[(n >> 4) & 15] + HEXDIGITS[n & 15]


def is_space(c):
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\f" or c == "\v"


# ---------------- methods ----------------

def self_str(space, args, name, minargs, maxargs):
    if args.num_kw() > 0:
        raise space.type_error("str.%s() takes no keyword arguments" % name)
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor '%s' requires a 'str' object" % name)
    return w_self.value


def self_str_kw(space, args, name, params):
    """The receiver of a str method whose optional parameters `params` may
    also be passed by keyword (split, splitlines, encode...).  Returns the
    receiver's value and the argument given for each parameter (None when
    omitted), with CPython's messages for the bad cases."""
    maxargs = len(params)
    n = len(args.args_w) - 1
    nkw = args.num_kw()
    if n + nkw > maxargs:
        raise space.type_error("%s() takes at most %d argument%s (%d given)"
                               % (name, maxargs, plural(maxargs), n + nkw))
    w_self = args.args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor '%s' requires a 'str' object" % name)
    values_w = [None] * maxargs
    for i in range(n):
        values_w[i] = args.args_w[i + 1]
    if nkw > 0:
        names = args.kw_names
        kw_values_w = args.kw_values_w
        assert names is not None and kw_values_w is not None
        for k in range(nkw):
            kname = names[k]
            found = -1
            for i in range(maxargs):
                if params[i] == kname:
                    found = i
            if found < 0:
                raise space.type_error("'%s' is an invalid keyword argument for %s()"
                                       % (kname, name))
            if found < n:
                raise space.type_error("argument for %s() given by name ('%s') and position (%d)"
                                       % (name, kname, found + 1))
            values_w[found] = kw_values_w[k]
    return w_self.value, values_w


SPLIT_PARAMS = ["sep", "maxsplit"]


def arg_str(space, args, i, name):
    w = args.args_w[i]
    if not isinstance(w, W_StrObject):
        raise space.type_error("%s() argument must be str, not %s"
                               % (name, space.type_name(w)))
    return w.value


def opt_arg(args, i):
    if i < len(args.args_w):
        return args.args_w[i]
    return None


def str_upper(space, args):
    return space.newstr(self_str(space, args, "upper", 0, 0).upper())


def str_lower(space, args):
    return space.newstr(self_str(space, args, "lower", 0, 0).lower())


def strip_chars(space, args, name):
    s = self_str(space, args, name, 0, 1)
    w_chars = opt_arg(args, 1)
    chars = " \t\n\r\f\v"
    if w_chars is not None and w_chars is not space.w_None:
        chars = arg_str(space, args, 1, name)
    left = name != "rstrip"
    right = name != "lstrip"
    start = 0
    end = len(s)
    if left:
        while start < end and s[start] in chars:
            start += 1
    if right:
        while end > start and s[end - 1] in chars:
            end -= 1
    assert start >= 0 and end >= 0
    return s[start:end]


def str_strip(space, args):
    return space.newstr(strip_chars(space, args, "strip"))


def str_lstrip(space, args):
    return space.newstr(strip_chars(space, args, "lstrip"))


def str_rstrip(space, args):
    return space.newstr(strip_chars(space, args, "rstrip"))


def wrap_strs(space, strs):
    """A new list object of the strings strs, allocated at its final size."""
    from pyinterp.listobject import W_ListObject
    n = len(strs)
    items_w = [None] * n
    for i in range(n):
        items_w[i] = W_StrObject(strs[i])
    return W_ListObject(items_w)


def split_whitespace(s, maxsplit):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n and is_space(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) >= maxsplit:
            # the rest, trailing whitespace included
            parts.append(s[i:])
            break
        j = i
        while j < n and not is_space(s[j]):
            j += 1
        parts.append(s[i:j])
        i = j
    return parts


def split_sep(s, sep, maxsplit):
    # the runtime's split: one byte search, the parts made at their size
    return s.split(sep, maxsplit)


def get_split_args(space, args, name):
    s, values_w = self_str_kw(space, args, name, SPLIT_PARAMS)
    sep = None
    maxsplit = -1
    w_sep = values_w[0]
    w_max = values_w[1]
    if w_sep is not None and w_sep is not space.w_None:
        if not isinstance(w_sep, W_StrObject):
            raise space.type_error("must be str or None, not %s" % space.type_name(w_sep))
        sep = w_sep.value
        if sep == "":
            raise space.value_error("empty separator")
    if w_max is not None:
        maxsplit = space.int_w(w_max)
    return s, sep, maxsplit


def str_split(space, args):
    s, sep, maxsplit = get_split_args(space, args, "split")
    if sep is None:
        parts = split_whitespace(s, maxsplit)
    else:
        parts = split_sep(s, sep, maxsplit)
    return wrap_parts(space, args.args_w[0], parts, sep is not None or maxsplit != 0)


def wrap_parts(space, w_self, parts, share):
    """wrap_strs, but a receiver of exact type str that was not split is
    the only item itself if share, as in CPython (which makes a new string
    for a whitespace split with maxsplit 0)."""
    if share and len(parts) == 1 and len(parts[0]) == len(space.str_w(w_self)) and \
            not w_self.is_user_instance():
        from pyinterp.listobject import W_ListObject
        return W_ListObject([w_self])
    return wrap_strs(space, parts)


def str_rsplit(space, args):
    s, sep, maxsplit = get_split_args(space, args, "rsplit")
    if maxsplit < 0:
        if sep is None:
            return wrap_parts(space, args.args_w[0], split_whitespace(s, -1), True)
        return wrap_parts(space, args.args_w[0], split_sep(s, sep, -1), True)
    # split from the right by reversing the problem
    parts = []
    end = len(s)
    if sep is None:
        rev = []
        i = len(s) - 1
        while i >= 0:
            rev.append(s[i])
            i -= 1
        rparts = split_whitespace("".join(rev), maxsplit)
        for k in range(len(rparts) - 1, -1, -1):
            p = rparts[k]
            chars = []
            j = len(p) - 1
            while j >= 0:
                chars.append(p[j])
                j -= 1
            parts.append("".join(chars))
        return wrap_parts(space, args.args_w[0], parts, maxsplit != 0)
    rparts = []
    while len(rparts) < maxsplit:
        j = s.rfind(sep, 0, end)
        if j < 0:
            break
        start = j + len(sep)
        assert start >= 0
        rparts.append(s[start:end])
        end = j
    assert end >= 0
    rparts.append(s[:end])
    for k in range(len(rparts) - 1, -1, -1):
        parts.append(rparts[k])
    return wrap_parts(space, args.args_w[0], parts, True)


SPLITLINES_PARAMS = ["keepends"]


def str_splitlines(space, args):
    s, values_w = self_str_kw(space, args, "splitlines", SPLITLINES_PARAMS)
    keepends = False
    if values_w[0] is not None:
        keepends = space.is_true(values_w[0])
    parts = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        c = s[i]
        if c == "\n" or c == "\r":
            end = i
            if c == "\r" and i + 1 < n and s[i + 1] == "\n":
                i += 1
            i += 1
            if keepends:
                parts.append(s[start:i])
            else:
                parts.append(s[start:end])
            start = i
        else:
            i += 1
    if start < n:
        parts.append(s[start:])
    return wrap_strs(space, parts)


def str_join(space, args):
    """sep.join(iterable): the items are checked and measured first, so
    that the result is built in one buffer of the right size."""
    from pyinterp.listobject import W_ListObject
    sep = self_str(space, args, "join", 1, 1)
    w_iterable = args.args_w[1]
    if isinstance(w_iterable, W_ListObject) and not w_iterable.is_user_instance():
        # no Python code runs below: the list's own storage can be read
        items_w = w_iterable.items_w
    else:
        items_w = space.unpack_iterable(w_iterable)
    n = len(items_w)
    total = 0
    for i in range(n):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("sequence item %d: expected str instance, %s found"
                                   % (i, space.type_name(w_item)))
        total += len(w_item.value)
    if n > 1:
        total += len(sep) * (n - 1)
    b = StringBuilder(total)
    for i in range(n):
        w_item = items_w[i]
        assert isinstance(w_item, W_StrObject)
        if i > 0 and len(sep) > 0:
            b.append(sep)
        b.append(w_item.value)
    return space.newstr(b.build())


def str_replace(space, args):
    s = self_str(space, args, "replace", 2, 3)
    old = arg_str(space, args, 1, "replace")
    new = arg_str(space, args, 2, "replace")
    count = -1
    if len(args.args_w) > 3:
        count = space.int_w(args.args_w[3])
    if old == "":
        b = StringBuilder()
        done = 0
        for c in s:
            if count < 0 or done < count:
                b.append(new)
                done += 1
            b.append(c)
        if count < 0 or done < count:
            b.append(new)
        return space.newstr(b.build())
    b = StringBuilder()
    start = 0
    done = 0
    while count < 0 or done < count:
        j = s.find(old, start)
        if j < 0:
            break
        b.append(s[start:j])
        b.append(new)
        start = j + len(old)
        done += 1
    b.append(s[start:])
    return space.newstr(b.build())


def get_range_args(space, args, s, first):
    start = 0
    end = len(s)
    w_start = opt_arg(args, first)
    w_end = opt_arg(args, first + 1)
    if w_start is not None and w_start is not space.w_None:
        start = space.int_w(w_start)
        if start < 0:
            start += len(s)
            if start < 0:
                start = 0
    if w_end is not None and w_end is not space.w_None:
        end = space.int_w(w_end)
        if end < 0:
            end += len(s)
            if end < 0:
                end = 0
        if end > len(s):
            end = len(s)
    return start, end


def str_find_impl(space, args, name, reverse):
    s = self_str(space, args, name, 1, 3)
    sub = arg_str(space, args, 1, name)
    start, end = get_range_args(space, args, s, 2)
    if start > len(s):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def str_find(space, args):
    return space.newint(str_find_impl(space, args, "find", False))


def str_rfind(space, args):
    return space.newint(str_find_impl(space, args, "rfind", True))


def str_index(space, args):
    r = str_find_impl(space, args, "index", False)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def str_rindex(space, args):
    r = str_find_impl(space, args, "rindex", True)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def str_count(space, args):
    s = self_str(space, args, "count", 1, 3)
    sub = arg_str(space, args, 1, "count")
    start, end = get_range_args(space, args, s, 2)
    if sub == "":
        if start > end:
            return space.newint(0)
        return space.newint(end - start + 1)
    count = 0
    while True:
        j = s.find(sub, start, end)
        if j < 0:
            break
        count += 1
        start = j + len(sub)
    return space.newint(count)


def prefix_match(space, args, name, at_end):
    s = self_str(space, args, name, 1, 3)
    start, end = get_range_args(space, args, s, 2)
    w_prefix = args.args_w[1]
    if start > len(s):
        return space.w_False
    assert start >= 0 and end >= 0
    sub = s[start:end]
    if isinstance(w_prefix, W_StrObject):
        if at_end:
            return space.newbool(sub.endswith(w_prefix.value))
        return space.newbool(sub.startswith(w_prefix.value))
    from pyinterp.tupleobject import W_TupleObject
    if isinstance(w_prefix, W_TupleObject):
        for w_p in w_prefix.items_w:
            if not isinstance(w_p, W_StrObject):
                raise space.type_error("tuple for %s must only contain str" % name)
            if at_end:
                if sub.endswith(w_p.value):
                    return space.w_True
            elif sub.startswith(w_p.value):
                return space.w_True
        return space.w_False
    raise space.type_error("%s first arg must be str or a tuple of str, not %s"
                           % (name, space.type_name(w_prefix)))


def str_startswith(space, args):
    return prefix_match(space, args, "startswith", False)


def str_endswith(space, args):
    return prefix_match(space, args, "endswith", True)


def char_test(space, args, name, kind):
    s = self_str(space, args, name, 0, 0)
    if len(s) == 0:
        return space.w_False
    for c in s:
        if kind == 0:
            ok = c.isdigit()
        elif kind == 1:
            ok = c.isalpha()
        elif kind == 2:
            ok = is_space(c)
        else:
            ok = c.isalnum()
        if not ok:
            return space.w_False
    return space.w_True


def str_isdigit(space, args):
    return char_test(space, args, "isdigit", 0)


def str_isalpha(space, args):
    return char_test(space, args, "isalpha", 1)


def str_isspace(space, args):
    return char_test(space, args, "isspace", 2)


def str_isalnum(space, args):
    return char_test(space, args, "isalnum", 3)


def str_isupper(space, args):
    s = self_str(space, args, "isupper", 0, 0)
    cased = False
    for c in s:
        if c.islower():
            return space.w_False
        if c.isupper():
            cased = True
    return space.newbool(cased)


def str_islower(space, args):
    s = self_str(space, args, "islower", 0, 0)
    cased = False
    for c in s:
        if c.isupper():
            return space.w_False
        if c.islower():
            cased = True
    return space.newbool(cased)


def str_capitalize(space, args):
    s = self_str(space, args, "capitalize", 0, 0)
    if len(s) == 0:
        return space.newstr(s)
    return space.newstr(s[0].upper() + s[1:].lower())


def str_title(space, args):
    s = self_str(space, args, "title", 0, 0)
    b = StringBuilder()
    prev_cased = False
    for c in s:
        if c.isalpha():
            if prev_cased:
                b.append(c.lower())
            else:
                b.append(c.upper())
            prev_cased = True
        else:
            b.append(c)
            prev_cased = False
    return space.newstr(b.build())


def str_swapcase(space, args):
    s = self_str(space, args, "swapcase", 0, 0)
    b = StringBuilder()
    for c in s:
        if c.isupper():
            b.append(c.lower())
        else:
            b.append(c.upper())
    return space.newstr(b.build())


def pad_args(space, args, name):
    s = self_str(space, args, name, 1, 2)
    width = space.int_w(args.args_w[1])
    fill = " "
    if len(args.args_w) > 2:
        fill = arg_str(space, args, 2, name)
        if len(fill) != 1:
            raise space.type_error("The fill character must be exactly one character long")
    return s, width, fill


def str_center(space, args):
    s, width, fill = pad_args(space, args, "center")
    marg = width - len(s)
    if marg <= 0:
        return space.newstr(s)
    left = marg // 2 + (marg & width & 1)
    return space.newstr(str_mul(fill, left) + s + str_mul(fill, marg - left))


def str_ljust(space, args):
    s, width, fill = pad_args(space, args, "ljust")
    return space.newstr(s + str_mul(fill, width - len(s)))


def str_rjust(space, args):
    s, width, fill = pad_args(space, args, "rjust")
    return space.newstr(str_mul(fill, width - len(s)) + s)


def str_zfill(space, args):
    s = self_str(space, args, "zfill", 1, 1)
    width = space.int_w(args.args_w[1])
    if len(s) >= width:
        return space.newstr(s)
    pad = str_mul("0", width - len(s))
    if len(s) > 0 and (s[0] == "-" or s[0] == "+"):
        return space.newstr(s[0] + pad + s[1:])
    return space.newstr(pad + s)


def str_partition_impl(space, args, name, reverse):
    s = self_str(space, args, name, 1, 1)
    sep = arg_str(space, args, 1, name)
    if sep == "":
        raise space.value_error("empty separator")
    if reverse:
        j = s.rfind(sep)
    else:
        j = s.find(sep)
    if j < 0:
        if reverse:
            return space.newtuple([space.newstr(""), space.newstr(""), space.newstr(s)])
        return space.newtuple([space.newstr(s), space.newstr(""), space.newstr("")])
    k = j + len(sep)
    return space.newtuple([space.newstr(s[:j]), space.newstr(sep),
                           space.newstr(s[k:])])


def str_partition(space, args):
    return str_partition_impl(space, args, "partition", False)


def str_rpartition(space, args):
    return str_partition_impl(space, args, "rpartition", True)


def str_format_method(space, args):
    from pyinterp.formatting import str_format
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_StrObject):
        raise space.type_error("descriptor 'format' requires a 'str' object")
    w_self = args.args_w[0]
    assert isinstance(w_self, W_StrObject)
    return space.newstr(str_format(space, w_self.value, args))


ENCODE_PARAMS = ["encoding", "errors"]


def str_encode(space, args):
    s, values_w = self_str_kw(space, args, "encode", ENCODE_PARAMS)
    for i in range(2):
        w_arg = values_w[i]
        if w_arg is not None and not isinstance(w_arg, W_StrObject):
            raise space.type_error("encode() argument '%s' must be str, not %s"
                                   % (ENCODE_PARAMS[i], space.type_name(w_arg)))
    from pyinterp.builtins import utf8_encode
    return space.newbytes(utf8_encode(s))


def bytes_decode(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_BytesObject):
        raise space.type_error("descriptor 'decode' requires a 'bytes' object")
    from pyinterp.builtins import utf8_decode
    return space.newstr(utf8_decode(space, w_self.value))


STR_METHODS = [
    ("upper", str_upper), ("lower", str_lower), ("strip", str_strip),
    ("lstrip", str_lstrip), ("rstrip", str_rstrip), ("split", str_split),
    ("rsplit", str_rsplit), ("splitlines", str_splitlines),
    ("join", str_join), ("replace", str_replace), ("find", str_find),
    ("rfind", str_rfind), ("index", str_index), ("rindex", str_rindex),
    ("count", str_count), ("startswith", str_startswith),
    ("endswith", str_endswith), ("isdigit", str_isdigit),
    ("isdecimal", str_isdigit), ("isnumeric", str_isdigit),
    ("isalpha", str_isalpha), ("isspace", str_isspace),
    ("isalnum", str_isalnum), ("isupper", str_isupper),
    ("islower", str_islower), ("capitalize", str_capitalize),
    ("title", str_title), ("swapcase", str_swapcase),
    ("center", str_center), ("ljust", str_ljust), ("rjust", str_rjust),
    ("zfill", str_zfill), ("partition", str_partition),
    ("rpartition", str_rpartition), ("format", str_format_method),
    ("encode", str_encode),
]

BYTES_METHODS = [("decode", bytes_decode)]
