"""The fast path of `str % values` for formats made only of literal text,
`%s`, `%d` and `%%` (the common `"item%d:%s" % (i, s)`).

Such a format is parsed once into its literal pieces and conversion codes
(kept in a small cache keyed by the format string, which is usually a code
constant used again and again); formatting then converts the values and
appends the pieces to a builder of the exact size (for ASCII text its
buffer becomes the result, with no copy).  Anything else (keys, flags,
widths, other conversions, a count of values that does not match, `%d` of
something that is not an int object) returns None and the caller runs the
general formatter, which also produces the errors."""

from pyinterp.intobject import W_IntObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.rlib import StringBuilder

MAX_CACHED = 64     # formats kept in the cache before it is emptied


class SimpleFormat(object):
    """A parsed simple format: `lits` has one more item than `codes`
    (the text before, between and after the conversions; `%%` already
    turned into `%`); `codes` holds "s" or "d"."""

    def __init__(self, lits, codes):
        self.lits = lits
        self.codes = codes
        n = 0
        for lit in lits:
            n += len(lit)
        self.lits_len = n       # in code points


class FormatCache(object):
    """The formats seen so far: fmt -> SimpleFormat, or None when the
    format is not simple (so that it is not parsed again)."""

    def __init__(self):
        self.last_fmt = None
        self.last = None
        self.last_valid = False
        self.table = {}


format_cache = FormatCache()


def parse_simple(fmt):
    """The SimpleFormat of fmt, or None if it has other specifiers."""
    lits = []
    codes = []
    piece = []
    n = len(fmt)
    start = 0
    i = fmt.find("%", 0)
    while i >= 0:
        if i + 1 >= n:
            return None
        c = fmt[i + 1]
        if c == "%":
            piece.append(fmt[start:i + 1])      # the text and one "%"
        elif c == "s" or c == "d":
            piece.append(fmt[start:i])
            lits.append("".join(piece))
            piece = []
            codes.append(c)
        else:
            return None
        start = i + 2
        i = fmt.find("%", start)
    piece.append(fmt[start:n])
    lits.append("".join(piece))
    return SimpleFormat(lits, codes)


def lookup_simple(fmt):
    """The (cached) SimpleFormat of fmt, or None."""
    cache = format_cache
    if cache.last_valid and cache.last_fmt == fmt:
        return cache.last
    if fmt in cache.table:
        parsed = cache.table[fmt]
    else:
        parsed = parse_simple(fmt)
        if len(cache.table) >= MAX_CACHED:
            cache.table = {}
        cache.table[fmt] = parsed
    cache.last_fmt = fmt
    cache.last = parsed
    cache.last_valid = True
    return parsed


def simple_mod_format(space, fmt, w_values):
    """`fmt % w_values` as a string when the fast path applies, else None
    (nothing was converted then, so no Python code ran)."""
    parsed = lookup_simple(fmt)
    if parsed is None:
        return None
    codes = parsed.codes
    lits = parsed.lits
    if not isinstance(w_values, W_TupleObject):
        if len(codes) != 1:
            return None
        if codes[0] == "d" and not isinstance(w_values, W_IntObject):
            return None
        s0 = convert(space, codes[0], w_values)
        b = StringBuilder(parsed.lits_len + len(s0))
        append_nonempty(b, lits[0])
        b.append(s0)
        append_nonempty(b, lits[1])
        return b.build()
    values_w = w_values.items_w
    if len(values_w) != len(codes):
        return None
    for k in range(len(codes)):
        if codes[k] == "d" and not isinstance(values_w[k], W_IntObject):
            return None
    if len(codes) == 1:
        s0 = convert(space, codes[0], values_w[0])
        b = StringBuilder(parsed.lits_len + len(s0))
        append_nonempty(b, lits[0])
        b.append(s0)
        append_nonempty(b, lits[1])
        return b.build()
    if len(codes) == 2:
        s0 = convert(space, codes[0], values_w[0])
        s1 = convert(space, codes[1], values_w[1])
        b = StringBuilder(parsed.lits_len + len(s0) + len(s1))
        append_nonempty(b, lits[0])
        b.append(s0)
        append_nonempty(b, lits[1])
        b.append(s1)
        append_nonempty(b, lits[2])
        return b.build()
    strs = [""] * len(codes)
    total = parsed.lits_len
    for k in range(len(codes)):
        strs[k] = convert(space, codes[k], values_w[k])
        total += len(strs[k])
    b = StringBuilder(total)
    append_nonempty(b, lits[0])
    for k in range(len(codes)):
        b.append(strs[k])
        append_nonempty(b, lits[k + 1])
    return b.build()


def convert(space, code, w_arg):
    """The text of one %s or %d (for %d, w_arg is an int object)."""
    if code == "d":
        assert isinstance(w_arg, W_IntObject)
        return str(w_arg.intval)
    return space.str_str(w_arg)


def append_nonempty(b, s):
    if len(s) > 0:
        b.append(s)
