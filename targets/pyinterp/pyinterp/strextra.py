"""More str methods: istitle, isidentifier, isascii, isprintable, casefold,
expandtabs, removeprefix, removesuffix, translate, and the static method
maketrans."""

from pyinterp.strobject import W_StrObject, self_str, self_str_kw, arg_str
from pyinterp.intobject import W_IntObject
from pyinterp.dictobject import W_DictObject
from pyinterp.rlib import StringBuilder
from pyinterp.error import OperationError


def str_istitle(space, args):
    s = self_str(space, args, "istitle", 0, 0)
    cased = False
    prev_cased = False
    for c in s:
        if c.isupper():
            if prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        elif c.islower():
            if not prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return space.newbool(cased)


def is_ident_start(c):
    return c.isalpha() or c == "_" or ord(c) > 127


def str_isidentifier(space, args):
    s = self_str(space, args, "isidentifier", 0, 0)
    if len(s) == 0 or not is_ident_start(s[0]):
        return space.w_False
    for c in s:
        if not (is_ident_start(c) or c.isdigit()):
            return space.w_False
    return space.w_True


def str_isascii(space, args):
    s = self_str(space, args, "isascii", 0, 0)
    for c in s:
        if ord(c) > 127:
            return space.w_False
    return space.w_True


def str_isprintable(space, args):
    s = self_str(space, args, "isprintable", 0, 0)
    for c in s:
        o = ord(c)
        if o < 32 or o == 127 or (o >= 0x80 and o < 0xa0):
            return space.w_False
    return space.w_True


def str_casefold(space, args):
    s = self_str(space, args, "casefold", 0, 0)
    b = StringBuilder()
    for c in s:
        if c == u"\u00df":
            b.append("ss")
        else:
            b.append(c.lower())
    return space.newstr(b.build())


EXPANDTABS_PARAMS = ["tabsize"]


def str_expandtabs(space, args):
    s, values_w = self_str_kw(space, args, "expandtabs", EXPANDTABS_PARAMS)
    tabsize = 8
    if values_w[0] is not None:
        tabsize = space.int_w(values_w[0])
    b = StringBuilder()
    col = 0
    for c in s:
        if c == "\t":
            if tabsize > 0:
                n = tabsize - col % tabsize
                b.append(" " * n)
                col += n
        elif c == "\n" or c == "\r":
            b.append(c)
            col = 0
        else:
            b.append(c)
            col += 1
    return space.newstr(b.build())


def str_removeprefix(space, args):
    s = self_str(space, args, "removeprefix", 1, 1)
    p = arg_str(space, args, 1, "removeprefix")
    if len(p) > 0 and s.startswith(p):
        return space.newstr(s[len(p):])
    return args.args_w[0]


def str_removesuffix(space, args):
    s = self_str(space, args, "removesuffix", 1, 1)
    p = arg_str(space, args, 1, "removesuffix")
    if len(p) > 0 and s.endswith(p):
        end = len(s) - len(p)
        assert end >= 0
        return space.newstr(s[:end])
    return args.args_w[0]


def str_translate(space, args):
    s = self_str(space, args, "translate", 1, 1)
    w_table = args.args_w[1]
    b = StringBuilder()
    for c in s:
        w_key = space.newint(ord(c))
        w_v = None
        if isinstance(w_table, W_DictObject) and not w_table.is_user_instance():
            w_v = w_table.table.get(space, w_key)
        else:
            try:
                w_v = space.getitem(w_table, w_key)
            except OperationError as e:
                if not e.match(space, space.exception_types["LookupError"]):
                    raise
                w_v = None
        if w_v is None:
            b.append(c)
        elif w_v is space.w_None:
            pass
        elif isinstance(w_v, W_IntObject):
            b.append(chr(w_v.intval))
        elif isinstance(w_v, W_StrObject):
            b.append(w_v.value)
        else:
            raise space.type_error("character mapping must return integer, None or str")
    return space.newstr(b.build())


def maketrans_arg(space, args, i):
    w = args.args_w[i]
    if not isinstance(w, W_StrObject):
        raise space.type_error("maketrans() argument %d must be str, not %s"
                               % (i + 1, space.type_name(w)))
    return w.value


def str_maketrans(space, args):
    """str.maketrans(x[, y[, z]]) (a static method): the dict for
    str.translate."""
    n = len(args.args_w)
    if args.num_kw() > 0:
        raise space.type_error("maketrans() takes no keyword arguments")
    if n < 1 or n > 3:
        if n < 1:
            raise space.type_error("maketrans expected at least 1 argument, got 0")
        raise space.type_error("maketrans expected at most 3 arguments, got %d" % n)
    w_res = space.newdict()
    if n == 1:
        w_x = args.args_w[0]
        if not isinstance(w_x, W_DictObject):
            raise space.type_error("if you give only one argument to maketrans "
                                   "it must be a dict")
        for w_k in w_x.table.live_keys():
            w_v = w_x.table.get(space, w_k)
            assert w_v is not None
            if isinstance(w_k, W_StrObject):
                if len(w_k.value) != 1:
                    raise space.value_error("string keys in translate table "
                                            "must be of length 1")
                w_res.setitem(space, space.newint(ord(w_k.value[0])), w_v)
            elif isinstance(w_k, W_IntObject):
                w_res.setitem(space, w_k, w_v)
            else:
                raise space.type_error("keys in translate table must be "
                                       "strings or integers")
        return w_res
    x = maketrans_arg(space, args, 0)
    y = maketrans_arg(space, args, 1)
    if len(x) != len(y):
        raise space.value_error("the first two maketrans arguments must have "
                                "equal length")
    for i in range(len(x)):
        w_res.setitem(space, space.newint(ord(x[i])), space.newint(ord(y[i])))
    if n == 3:
        z = maketrans_arg(space, args, 2)
        for c in z:
            w_res.setitem(space, space.newint(ord(c)), space.w_None)
    return w_res


STR_EXTRA_METHODS = [
    ("istitle", str_istitle), ("isidentifier", str_isidentifier),
    ("isascii", str_isascii), ("isprintable", str_isprintable),
    ("casefold", str_casefold), ("expandtabs", str_expandtabs),
    ("removeprefix", str_removeprefix), ("removesuffix", str_removesuffix),
    ("translate", str_translate),
]
