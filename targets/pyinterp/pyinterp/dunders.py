"""The special methods of the builtin types as app-level methods
(`int.__add__`, `"a".__len__`, `list.__init__`, `str.__new__`...).

Each one calls the RPython implementation of the protocol hook of the
builtin class non-virtually (`W_ListObject.length(w_self, space)`), so
that it also works on an instance of a user subclass that overrides the
special method (`super().__len__()` must not call the override again)."""

from pyinterp import operators as ops
from pyinterp.gateway import W_BuiltinFunction, check_method_args
from pyinterp.rlib import unrolling_iterable


def descr_error(space, name, typename, w_self):
    return space.type_error(
        "descriptor '%s' requires a '%s' object but received a '%s'"
        % (name, typename, space.type_name(w_self)))


def check_dunder_args(space, args, n):
    """The argument check of CPython's slot wrappers: exactly n arguments
    after the receiver, no keywords."""
    if args.num_kw() > 0:
        raise space.type_error("wrapper takes no keyword arguments")
    given = len(args.args_w) - 1
    if given != n:
        s = "s"
        if n == 1:
            s = ""
        raise space.type_error("expected %d argument%s, got %d" % (n, s, given))


SEQUENCE_TYPES = ["str", "bytes", "bytearray", "list", "tuple"]


def sequence_error(space, typename, op, w_other):
    """The TypeError of CPython's sq_repeat / sq_concat slot wrappers
    (`list.__mul__([], 2.0)`, `bytes.__add__(b'', '')`) where the binary
    operator falls back to NotImplemented; None for the other operators."""
    if op == ops.OP_MUL:
        return space.type_error("'%s' object cannot be interpreted as an integer"
                                % space.type_name(w_other))
    if op == ops.OP_ADD and (typename == "bytes" or typename == "bytearray"):
        return space.type_error("can't concat %s to %s"
                                % (space.type_name(w_other), typename))
    return None


def make_binop(classes, typename, name, op, kind):
    """kind: 0 = __op__, 1 = __rop__, 2 = __iop__."""
    sequence = typename in SEQUENCE_TYPES

    def dunder(space, args):
        check_dunder_args(space, args, 1)
        w_self = args.args_w[0]
        w_other = args.args_w[1]
        for cls in classes:
            if isinstance(w_self, cls):
                if kind == 0:
                    w_res = cls.binop(w_self, space, op, w_other)
                elif kind == 1:
                    w_res = cls.rbinop(w_self, space, op, w_other)
                else:
                    w_res = cls.inplace_op(w_self, space, op, w_other)
                if w_res is None:
                    if sequence:
                        err = sequence_error(space, typename, op, w_other)
                        if err is not None:
                            raise err
                    return space.w_NotImplemented
                return w_res
        raise descr_error(space, name, typename, w_self)
    return dunder


def make_unary(classes, typename, name, op):
    def dunder(space, args):
        check_dunder_args(space, args, 0)
        w_self = args.args_w[0]
        for cls in classes:
            if isinstance(w_self, cls):
                w_res = cls.unaryop(w_self, space, op)
                if w_res is None:
                    return space.w_NotImplemented
                return w_res
        raise descr_error(space, name, typename, w_self)
    return dunder


def make_compare(classes, typename, name, op):
    # int's comparisons compare with ints only (float's take the others)
    int_only = typename == "int"

    def dunder(space, args):
        check_dunder_args(space, args, 1)
        w_self = args.args_w[0]
        for cls in classes:
            if isinstance(w_self, cls):
                if int_only and not space.isinstance_w(args.args_w[1],
                                                       space.w_int):
                    return space.w_NotImplemented
                w_res = cls.compare(w_self, space, op, args.args_w[1])
                if w_res is None:
                    return space.w_NotImplemented
                return w_res
        raise descr_error(space, name, typename, w_self)
    return dunder


# the other special methods: (name, number of arguments after self)
D_LEN, D_BOOL, D_REPR, D_STR, D_HASH, D_ITER, D_CONTAINS, D_GETITEM, \
    D_SETITEM, D_DELITEM, D_FORMAT = range(11)

SIMPLE = {"__len__": (D_LEN, 0), "__bool__": (D_BOOL, 0),
          "__repr__": (D_REPR, 0), "__str__": (D_STR, 0),
          "__hash__": (D_HASH, 0), "__iter__": (D_ITER, 0),
          "__contains__": (D_CONTAINS, 1), "__getitem__": (D_GETITEM, 1),
          "__setitem__": (D_SETITEM, 2), "__delitem__": (D_DELITEM, 1),
          "__format__": (D_FORMAT, 1)}


def make_simple(classes, typename, name, which, nargs):
    def dunder(space, args):
        check_dunder_args(space, args, nargs)
        w_self = args.args_w[0]
        for cls in classes:
            if isinstance(w_self, cls):
                if which == D_LEN:
                    return space.newint(cls.length(w_self, space))
                if which == D_BOOL:
                    return space.newbool(cls.is_true(w_self, space))
                if which == D_REPR:
                    return space.newstr(cls.repr(w_self, space))
                if which == D_STR:
                    return space.newstr(cls.str(w_self, space))
                if which == D_HASH:
                    return space.newint(cls.hash(w_self, space))
                if which == D_ITER:
                    return cls.iter(w_self, space)
                if which == D_CONTAINS:
                    r = cls.contains(w_self, space, args.args_w[1])
                    if r < 0:
                        return space.newbool(space.contains_by_iter(
                            w_self, args.args_w[1]))
                    return space.newbool(r == 1)
                if which == D_GETITEM:
                    return cls.getitem(w_self, space, args.args_w[1])
                if which == D_SETITEM:
                    cls.setitem(w_self, space, args.args_w[1], args.args_w[2])
                    return space.w_None
                if which == D_DELITEM:
                    cls.delitem(w_self, space, args.args_w[1])
                    return space.w_None
                spec = space.str_w(args.args_w[1])
                res = cls.format(w_self, space, spec)
                if res is None:
                    return space.newstr(space.format_default(w_self, spec))
                return space.newstr(res)
        raise descr_error(space, name, typename, w_self)
    return dunder


def make_dunders(classes, typename, names):
    """(name, W_BuiltinFunction) for each special method in `names`."""
    classes = unrolling_iterable(classes)
    result = []
    for name in names:
        func = None
        for op in range(ops.NUM_BINOPS):
            if name == ops.BINOP_METHODS[op]:
                func = make_binop(classes, typename, name, op, 0)
            elif name == ops.BINOP_RMETHODS[op]:
                func = make_binop(classes, typename, name, op, 1)
            elif name == ops.BINOP_IMETHODS[op]:
                func = make_binop(classes, typename, name, op, 2)
        for op in range(6):
            if name == ops.CMP_METHODS[op]:
                func = make_compare(classes, typename, name, op)
        if name == "__neg__":
            func = make_unary(classes, typename, name, ops.UNARY_NEG)
        elif name == "__pos__":
            func = make_unary(classes, typename, name, ops.UNARY_POS)
        elif name == "__invert__":
            func = make_unary(classes, typename, name, ops.UNARY_INVERT)
        elif name in SIMPLE:
            which, nargs = SIMPLE[name]
            func = make_simple(classes, typename, name, which, nargs)
        assert func is not None, name
        result.append((name, W_BuiltinFunction(name, func)))
    return result


# the special methods each builtin type defines (as CPython 3.11 does;
# __new__, __init__ and the numeric conversions are set up in typedefs)
INT_DUNDERS = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
               "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__",
               "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__",
               "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
               "__and__", "__rand__", "__or__", "__ror__", "__xor__",
               "__rxor__", "__neg__", "__pos__", "__invert__", "__eq__",
               "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__",
               "__repr__", "__hash__", "__format__"]
BOOL_DUNDERS = ["__and__", "__rand__", "__or__", "__ror__", "__xor__",
                "__rxor__", "__repr__"]
FLOAT_DUNDERS = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
                 "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__",
                 "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
                 "__rpow__", "__neg__", "__pos__", "__eq__", "__ne__",
                 "__lt__", "__le__", "__gt__", "__ge__", "__bool__",
                 "__repr__", "__hash__", "__format__"]
CMP_DUNDERS = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
STR_DUNDERS = ["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__",
               "__len__", "__repr__", "__str__", "__hash__", "__getitem__",
               "__iter__", "__contains__", "__format__"] + CMP_DUNDERS
BYTES_DUNDERS = ["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__",
                 "__len__", "__repr__", "__str__", "__hash__", "__getitem__",
                 "__iter__", "__contains__"] + CMP_DUNDERS
BYTEARRAY_DUNDERS = BYTES_DUNDERS + ["__iadd__", "__imul__", "__setitem__",
                                     "__delitem__"]
LIST_DUNDERS = ["__add__", "__iadd__", "__mul__", "__rmul__", "__imul__",
                "__len__", "__repr__", "__getitem__", "__setitem__",
                "__delitem__", "__iter__", "__contains__"] + CMP_DUNDERS
TUPLE_DUNDERS = ["__add__", "__mul__", "__rmul__", "__len__", "__repr__",
                 "__hash__", "__getitem__", "__iter__",
                 "__contains__"] + CMP_DUNDERS
DICT_DUNDERS = ["__or__", "__ror__", "__ior__", "__len__", "__repr__",
                "__getitem__", "__setitem__", "__delitem__", "__iter__",
                "__contains__"] + CMP_DUNDERS
FROZENSET_DUNDERS = ["__sub__", "__rsub__", "__and__", "__rand__", "__or__",
                     "__ror__", "__xor__", "__rxor__", "__len__", "__repr__",
                     "__hash__", "__iter__", "__contains__"] + CMP_DUNDERS
SET_DUNDERS = [n for n in FROZENSET_DUNDERS if n != "__hash__"] + \
    ["__isub__", "__iand__", "__ior__", "__ixor__"]
RANGE_DUNDERS = ["__bool__", "__len__", "__repr__", "__hash__",
                 "__getitem__", "__iter__", "__contains__"] + CMP_DUNDERS


# ---------------------------------------------------------------- __new__/__init__

def make_builtin_new(w_t, mutable):
    """`T.__new__(cls, ...)` of the builtin type w_t (a prebuilt constant):
    the base constructor makes the value; for a subclass it is copied into
    an instance of the user class (the mutable types start empty and are
    filled by __init__)."""
    from pyinterp.model import Arguments
    from pyinterp.typeobject import W_TypeObject

    def builtin_new(space, args):
        if len(args.args_w) < 1:
            raise space.type_error("%s.__new__(): not enough arguments"
                                   % w_t.name)
        w_cls = args.args_w[0]
        if not isinstance(w_cls, W_TypeObject):
            raise space.type_error("%s.__new__(X): X is not a type object (%s)"
                                   % (w_t.name, space.type_name(w_cls)))
        if not w_cls.issubtype(w_t):
            raise space.type_error("%s.__new__(%s): %s is not a subtype of %s"
                                   % (w_t.name, w_cls.name, w_cls.name,
                                      w_t.name))
        rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
        if mutable:
            rest = Arguments([], None, None)
        w_plain = w_t.constructor(space, w_t, rest)
        if w_cls is w_t:
            return w_plain
        alloc = w_t.user_alloc
        assert alloc is not None
        return alloc(space, w_cls, w_plain)
    return builtin_new


def list_init(space, args):
    from pyinterp.listobject import W_ListObject
    check_method_args(space, args, "list", 0, 1)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_ListObject):
        raise descr_error(space, "__init__", "list", w_self)
    if len(args.args_w) > 1:
        w_self.items_w = space.unpack_iterable(args.args_w[1])[:]
    else:
        w_self.items_w = []
    return space.w_None


def set_init(space, args):
    from pyinterp.setobject import W_SetObject, update_from
    check_method_args(space, args, "set", 0, 1)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_SetObject):
        raise descr_error(space, "__init__", "set", w_self)
    if w_self.frozen:
        return space.w_None
    if w_self.table.fill > 0:
        w_self.table.clear()
    if len(args.args_w) > 1:
        update_from(space, w_self, args.args_w[1])
    return space.w_None


def dict_init(space, args):
    from pyinterp.dictobject import W_DictObject, dict_update
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_DictObject):
        raise space.type_error("descriptor '__init__' of 'dict' object needs an argument")
    if len(args.args_w) > 2:
        raise space.type_error("dict expected at most 1 argument, got %d"
                               % (len(args.args_w) - 1))
    return dict_update(space, args)


def install_dunders(space):
    """Adds the special methods, __new__ and __init__ to the builtin types
    and makes the subclassable ones accept user subclasses."""
    from pyinterp.funcobject import W_StaticMethod
    from pyinterp.intobject import W_IntObject, W_LongObject, W_BoolObject
    from pyinterp.floatobject import W_FloatObject
    from pyinterp.strobject import W_StrObject, W_BytesObject
    from pyinterp.tupleobject import W_TupleObject
    from pyinterp.listobject import W_ListObject
    from pyinterp.dictobject import W_DictObject
    from pyinterp.setobject import W_SetObject
    from pyinterp.bytesobject import W_BytearrayObject
    from pyinterp.iterobject import W_RangeObject
    from pyinterp import subclass as sub
    table = [
        (space.w_int, [W_IntObject, W_LongObject], INT_DUNDERS,
         sub.alloc_int, False),
        (space.w_bool, [W_BoolObject], BOOL_DUNDERS, None, False),
        (space.w_float, [W_FloatObject], FLOAT_DUNDERS, sub.alloc_float,
         False),
        (space.w_str, [W_StrObject], STR_DUNDERS, sub.alloc_str, False),
        (space.w_bytes, [W_BytesObject], BYTES_DUNDERS, sub.alloc_bytes,
         False),
        (space.w_bytearray, [W_BytearrayObject], BYTEARRAY_DUNDERS, None,
         True),
        (space.w_tuple, [W_TupleObject], TUPLE_DUNDERS, sub.alloc_tuple,
         False),
        (space.w_list, [W_ListObject], LIST_DUNDERS, sub.alloc_list, True),
        (space.w_dict, [W_DictObject], DICT_DUNDERS, sub.alloc_dict, True),
        (space.w_set, [W_SetObject], SET_DUNDERS, sub.alloc_set, True),
        (space.w_frozenset, [W_SetObject], FROZENSET_DUNDERS, sub.alloc_set,
         False),
        (space.w_range, [W_RangeObject], RANGE_DUNDERS, None, False),
    ]
    for w_t, classes, names, alloc, mutable in table:
        for name, w_func in make_dunders(classes, w_t.name, names):
            w_t.dict_w[name] = w_func
        w_t.user_alloc = alloc
        if alloc is None:
            w_t.acceptable_as_base = False
        else:
            w_t.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction(
                "__new__", make_builtin_new(w_t, mutable)))
    for w_t in [space.w_list, space.w_dict, space.w_set, space.w_bytearray]:
        w_t.dict_w["__hash__"] = space.w_None
    space.w_list.dict_w["__init__"] = W_BuiltinFunction("__init__", list_init)
    space.w_set.dict_w["__init__"] = W_BuiltinFunction("__init__", set_init)
    space.w_dict.dict_w["__init__"] = W_BuiltinFunction("__init__", dict_init)
