"""Run-time support of the `match` statement: the hidden builtins that the
conditions built by matchparser.py call (`__match_sequence__(s)`,
`__match_class__(s, cls, npos, names)`...), following CPython's rules
for sequence, mapping and class patterns."""

from pyinterp.error import OperationError
from pyinterp.gateway import check_args
from pyinterp.listobject import W_ListObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.dictobject import W_DictObject
from pyinterp.strobject import W_StrObject
from pyinterp.typeobject import W_TypeObject

# builtin types whose instances match `T(x)` with x bound to the subject
MATCH_SELF = ["bool", "bytearray", "bytes", "dict", "float", "frozenset",
              "int", "list", "set", "str", "tuple"]


def b_match_sequence(space, args):
    check_args(space, args, "__match_sequence__", 1, 1)
    from pyinterp.iterobject import W_RangeObject
    w_s = args.args_w[0]
    return space.newbool(isinstance(w_s, W_ListObject) or
                         isinstance(w_s, W_TupleObject) or
                         isinstance(w_s, W_RangeObject))


def b_match_mapping(space, args):
    check_args(space, args, "__match_mapping__", 1, 1)
    return space.newbool(isinstance(args.args_w[0], W_DictObject))


def b_match_len(space, args):
    check_args(space, args, "__match_len__", 1, 1)
    return space.newint(space.len_w(args.args_w[0]))


def b_match_star(space, args):
    """The list of the items of a sequence subject from `start` to
    `after` items before its end (a star sub-pattern)."""
    check_args(space, args, "__match_star__", 3, 3)
    w_s = args.args_w[0]
    start = space.int_w(args.args_w[1])
    after = space.int_w(args.args_w[2])
    n = space.len_w(w_s)
    items_w = []
    for i in range(start, n - after):
        items_w.append(space.getitem(w_s, space.newint(i)))
    return space.newlist(items_w)


def b_match_rest(space, args):
    """`**rest` of a mapping pattern: a dict of the other keys."""
    check_args(space, args, "__match_rest__", 2, 2)
    w_s = args.args_w[0]
    keys_w = space.unpack_iterable(args.args_w[1])
    w_rest = space.newdict()
    for w_k in space.unpack_iterable(w_s):
        used = False
        for w_used in keys_w:
            if space.eq_w(w_k, w_used):
                used = True
        if not used:
            w_rest.setitem(space, w_k, space.getitem(w_s, w_k))
    return w_rest


def match_attr(space, w_s, name):
    """getattr(w_s, name), or None when it raises AttributeError."""
    try:
        return space.lookup_attr_or_none(w_s, name)
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return None
        raise


def b_match_class(space, args):
    """The values a class pattern `cls(p1, ..., k1=q1, ...)` matches its
    sub-patterns against (a tuple: positional ones through __match_args__,
    then the keyword attributes), or None if the subject does not match."""
    check_args(space, args, "__match_class__", 4, 4)
    w_s = args.args_w[0]
    w_cls = args.args_w[1]
    npos = space.int_w(args.args_w[2])
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("called match pattern must be a class")
    if not space.isinstance_w(w_s, w_cls):
        return space.w_None
    values_w = []
    if npos > 0:
        w_match_args = w_cls.lookup("__match_args__")
        if w_match_args is None:
            match_self = False
            for w_t in w_cls.mro_w:
                if not w_t.is_heaptype and w_t.name in MATCH_SELF:
                    match_self = True
            if not match_self:
                raise space.type_error("%s() accepts 0 positional sub-patterns (%d given)"
                                       % (w_cls.name, npos))
            if npos > 1:
                raise space.type_error("%s() accepts 1 positional sub-pattern (%d given)"
                                       % (w_cls.name, npos))
            values_w.append(w_s)
        else:
            if not isinstance(w_match_args, W_TupleObject):
                raise space.type_error("%s.__match_args__ must be a tuple (got %s)"
                                       % (w_cls.name, space.type_name(w_match_args)))
            names_w = w_match_args.items_w
            if npos > len(names_w):
                s = "s"
                if len(names_w) == 1:
                    s = ""
                raise space.type_error("%s() accepts %d positional sub-pattern%s (%d given)"
                                       % (w_cls.name, len(names_w), s, npos))
            for i in range(npos):
                w_name = names_w[i]
                if not isinstance(w_name, W_StrObject):
                    raise space.type_error("__match_args__ elements must be strings (got %s)"
                                           % space.type_name(w_name))
                w_v = match_attr(space, w_s, w_name.value)
                if w_v is None:
                    return space.w_None
                values_w.append(w_v)
    for w_name in space.unpack_iterable(args.args_w[3]):
        w_v = match_attr(space, w_s, space.str_w(w_name))
        if w_v is None:
            return space.w_None
        values_w.append(w_v)
    return space.newtuple(values_w)


MATCH_BUILTINS = [
    ("__match_sequence__", b_match_sequence),
    ("__match_mapping__", b_match_mapping),
    ("__match_len__", b_match_len),
    ("__match_star__", b_match_star),
    ("__match_rest__", b_match_rest),
    ("__match_class__", b_match_class),
]
