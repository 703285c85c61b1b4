"""Creation of the builtin type objects, their methods and constructors.
Runs at import time (when the object space is created)."""

from pyinterp.model import W_Root, Arguments
from pyinterp.typeobject import (W_TypeObject, W_InstanceObject,
                                 LAYOUT_OBJECT, LAYOUT_EXCEPTION,
                                 LAYOUT_BUILTIN)
from pyinterp.gateway import W_BuiltinFunction, check_args, check_method_args
from pyinterp.intobject import W_IntObject, W_LongObject, parse_int
from pyinterp.floatobject import W_FloatObject, float_to_int
from pyinterp.strobject import (W_StrObject, W_BytesObject, STR_METHODS,
                                BYTES_METHODS)
from pyinterp.tupleobject import W_TupleObject, TUPLE_METHODS
from pyinterp.listobject import W_ListObject, LIST_METHODS
from pyinterp.dictobject import W_DictObject, DICT_METHODS, dict_update_from
from pyinterp.setobject import W_SetObject, SET_METHODS, update_from
from pyinterp.funcobject import (W_StaticMethod, W_ClassMethod, W_Property,
                                 W_GetSetProperty, W_SuperObject)
from pyinterp.iterobject import (W_RangeObject, W_EnumerateObject,
                                 W_ZipObject, W_MapObject, W_FilterObject,
                                 W_ReversedIterator)
from pyinterp.sliceobject import W_SliceObject
from pyinterp import exceptions as excmod
from pyinterp.exceptions import W_BaseException
from pyinterp.rlib import string_to_float
from pyinterp.generator import GENERATOR_METHODS


def make_type(space, name, w_base, layout, methods):
    bases_w = []
    if w_base is not None:
        bases_w.append(w_base)
    dict_w = {}
    for mname, func in methods:
        dict_w[mname] = W_BuiltinFunction(mname, func)
    w_type = W_TypeObject(name, bases_w, dict_w, layout)
    w_type.compute_mro(space)
    return w_type


# ---------------------------------------------------------------- object

def object_init(space, args):
    return space.w_None


def object_repr(space, args):
    w_self = args.args_w[0]
    return space.newstr(W_Root.repr(w_self, space))


def object_str(space, args):
    check_method_args(space, args, "__str__", 0, 0)
    return space.newstr(args.args_w[0].repr(space))


def object_eq(space, args):
    check_method_args(space, args, "__eq__", 1, 1)
    if args.args_w[0] is args.args_w[1]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space, args):
    check_method_args(space, args, "__ne__", 1, 1)
    w_self = args.args_w[0]
    w_other = args.args_w[1]
    from pyinterp import operators as ops
    w_res = w_self.compare(space, ops.CMP_EQ, w_other)
    if w_res is None:
        return space.w_NotImplemented
    return space.newbool(not space.is_true(w_res))


def object_hash(space, args):
    return space.newint(space.identity_hash(args.args_w[0]))


def object_setattr(space, args):
    check_method_args(space, args, "__setattr__", 2, 2)
    w_obj = args.args_w[0]
    name = space.str_w(args.args_w[1])
    space.generic_setattr(w_obj, name, args.args_w[2])
    return space.w_None


def object_getattribute(space, args):
    check_method_args(space, args, "__getattribute__", 1, 1)
    w_obj = args.args_w[0]
    name = space.str_w(args.args_w[1])
    w_res = space.generic_lookup(w_obj, name, False)
    if w_res is None:
        raise space.attribute_error("'%s' object has no attribute '%s'"
                                    % (space.type_name(w_obj), name))
    return w_res


def object_delattr(space, args):
    check_method_args(space, args, "__delattr__", 1, 1)
    space.generic_delattr(args.args_w[0], space.str_w(args.args_w[1]))
    return space.w_None


def object_new(space, args):
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_TypeObject):
        raise space.type_error("object.__new__(X): X is not a type object")
    w_type = args.args_w[0]
    assert isinstance(w_type, W_TypeObject)
    return space.allocate_instance(w_type)


def object_format(space, args):
    check_method_args(space, args, "__format__", 1, 1)
    spec = space.str_w(args.args_w[1])
    if spec != "":
        raise space.type_error("unsupported format string passed to %s.__format__"
                               % space.type_name(args.args_w[0]))
    return space.str(args.args_w[0])


def object_init_subclass(space, args):
    w_cls = args.args_w[0]
    if args.num_kw() > 0 or len(args.args_w) > 1:
        name = "object"
        if isinstance(w_cls, W_TypeObject):
            name = w_cls.name
        raise space.type_error("%s.__init_subclass__() takes no keyword arguments"
                               % name)
    return space.w_None


def construct_object(space, w_type, args):
    if len(args.args_w) > 0 or args.num_kw() > 0:
        raise space.type_error("object() takes no arguments")
    return W_InstanceObject(w_type)


OBJECT_METHODS = [
    ("__init__", object_init), ("__repr__", object_repr),
    ("__str__", object_str), ("__eq__", object_eq), ("__ne__", object_ne),
    ("__hash__", object_hash), ("__setattr__", object_setattr),
    ("__getattribute__", object_getattribute), ("__delattr__", object_delattr),
    ("__format__", object_format),
]


# ---------------------------------------------------------------- constructors

def construct_type(space, w_type, args):
    n = len(args.args_w)
    if n == 1 and args.num_kw() == 0:
        return args.args_w[0].getclass(space)
    if n != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    from pyinterp.interpreter import make_class
    w_name = args.args_w[0]
    bases_w = space.unpack_iterable(args.args_w[1])
    w_dict = args.args_w[2]
    if not isinstance(w_dict, W_DictObject):
        raise space.type_error("type() argument 3 must be dict")
    dict_w = {}
    for w_k in w_dict.table.live_keys():
        dict_w[space.str_w(w_k)] = space.getitem(w_dict, w_k)
    return make_class(space, space.str_w(w_name), bases_w, dict_w)


def construct_int(space, w_type, args):
    n = len(args.args_w)
    w_base = args.get_kw("base")
    if n == 0:
        return space.newint(0)
    w_x = args.args_w[0]
    if n > 1:
        w_base = args.args_w[1]
    if w_base is not None:
        base = space.int_w(w_base)
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("int() can't convert non-string with explicit base")
        if base != 0 and (base < 2 or base > 36):
            raise space.value_error("int() base must be >= 2 and <= 36, or 0")
        return parse_int(space, w_x.value, base)
    if isinstance(w_x, W_BaseBool):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_IntObject):
        if w_x.is_user_instance():
            return space.newint(w_x.intval)
        return w_x
    if isinstance(w_x, W_LongObject):
        if w_x.is_user_instance():
            return space.newlong(w_x.num)
        return w_x
    if isinstance(w_x, W_FloatObject):
        return float_to_int(space, w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return parse_int(space, w_x.value, 10)
    if isinstance(w_x, W_InstanceObject):
        w_res = w_x.call_special(space, "__int__", [])
        if w_res is None:
            w_res = w_x.call_special(space, "__index__", [])
        if w_res is not None:
            return w_res
    raise space.type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'"
                           % space.type_name(w_x))


from pyinterp.intobject import W_BoolObject as W_BaseBool


def construct_bool(space, w_type, args):
    check_args(space, args, "bool", 0, 1)
    if len(args.args_w) == 0:
        return space.w_False
    return space.newbool(space.is_true(args.args_w[0]))


def parse_float(space, s):
    t = s.strip().lower()
    sign = 1.0
    body = t
    if len(body) > 0 and (body[0] == "+" or body[0] == "-"):
        if body[0] == "-":
            sign = -1.0
        body = body[1:]
    if body == "inf" or body == "infinity":
        return sign * 1e300 * 1e300
    if body == "nan":
        x = 1e300 * 1e300
        return x - x
    ok = len(body) > 0
    seen_digit = False
    for c in body:
        if "0" <= c <= "9":
            seen_digit = True
        elif c == "." or c == "e" or c == "+" or c == "-" or c == "_":
            pass
        else:
            ok = False
    if not ok or not seen_digit:
        raise space.value_error("could not convert string to float: %s"
                                % space.str_repr(s))
    try:
        return string_to_float(t.replace("_", ""))
    except ValueError:
        raise space.value_error("could not convert string to float: %s"
                                % space.str_repr(s))


def construct_float(space, w_type, args):
    check_args(space, args, "float", 0, 1)
    if len(args.args_w) == 0:
        return space.newfloat(0.0)
    w_x = args.args_w[0]
    if isinstance(w_x, W_FloatObject):
        if w_x.is_user_instance():
            return space.newfloat(w_x.floatval)
        return w_x
    if isinstance(w_x, W_StrObject):
        return space.newfloat(parse_float(space, w_x.value))
    if isinstance(w_x, W_InstanceObject):
        w_res = w_x.call_special(space, "__float__", [])
        if w_res is None:
            w_res = w_x.call_special(space, "__index__", [])
        if w_res is not None:
            return space.newfloat(space.float_w(w_res))
    elif isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject) or \
            isinstance(w_x, W_BytesObject):
        return space.newfloat(space.float_w(w_x))
    raise space.type_error("float() argument must be a string or a real number, not '%s'"
                           % space.type_name(w_x))


def construct_str(space, w_type, args):
    if len(args.args_w) == 0:
        w_x = args.get_kw("object")
        if w_x is None:
            return space.newstr("")
        return space.str(w_x)
    w_x = args.args_w[0]
    if len(args.args_w) > 1 and isinstance(w_x, W_BytesObject):
        from pyinterp.builtins import utf8_decode
        return space.newstr(utf8_decode(space, w_x.value))
    return space.str(w_x)


def construct_one_exact(space, w_type, w_x):
    """str(x), int(x) or float(x) with one positional argument of an exact
    builtin type (no user subclass on either side, so no Python code can
    run): the result without going through the generic constructor, or
    None when this does not apply."""
    if w_x.is_user_instance():
        return None
    if w_type is space.w_str:
        if isinstance(w_x, W_StrObject):
            return w_x
        if isinstance(w_x, W_IntObject) and not isinstance(w_x, W_BaseBool):
            return space.newstr(str(w_x.intval))
        if isinstance(w_x, W_FloatObject):
            return space.newstr(w_x.repr(space))
        return None
    if w_type is space.w_int:
        if isinstance(w_x, W_IntObject) and not isinstance(w_x, W_BaseBool):
            return w_x
        if isinstance(w_x, W_FloatObject):
            return float_to_int(space, w_x.floatval)
        if isinstance(w_x, W_StrObject):
            return parse_int(space, w_x.value, 10)
        return None
    if w_type is space.w_float:
        if isinstance(w_x, W_FloatObject):
            return w_x
        if isinstance(w_x, W_StrObject):
            return space.newfloat(parse_float(space, w_x.value))
        return None
    return None


def construct_bytes(space, w_type, args):
    if len(args.args_w) == 0:
        return space.newbytes("")
    w_x = args.args_w[0]
    if isinstance(w_x, W_StrObject):
        from pyinterp.builtins import utf8_encode
        return space.newbytes(utf8_encode(w_x.value))
    w_n = None
    if not isinstance(w_x, W_BytesObject):
        w_n = space.index_or_none(w_x)
    if w_n is not None:
        n = space.getindex(w_n, "")
        if n < 0:
            raise space.value_error("negative count")
        return space.newbytes("\x00" * n)
    chars = []
    for w_item in space.unpack_iterable(w_x):
        v = space.int_w(w_item)
        if v < 0 or v > 255:
            raise space.value_error("bytes must be in range(0, 256)")
        chars.append(chr(v))
    return space.newbytes("".join(chars))


def construct_list(space, w_type, args):
    check_args(space, args, "list", 0, 1)
    if len(args.args_w) == 0:
        return space.newlist([])
    return space.newlist(space.unpack_iterable(args.args_w[0])[:])


def construct_tuple(space, w_type, args):
    check_args(space, args, "tuple", 0, 1)
    if len(args.args_w) == 0:
        return space.newtuple([])
    w_x = args.args_w[0]
    if isinstance(w_x, W_TupleObject) and not w_x.is_user_instance():
        return w_x
    return space.newtuple(space.unpack_iterable(w_x)[:])


def construct_dict(space, w_type, args):
    w_d = space.newdict()
    if len(args.args_w) > 1:
        raise space.type_error("dict expected at most 1 argument, got %d"
                               % len(args.args_w))
    if len(args.args_w) == 1:
        dict_update_from(space, w_d, args.args_w[0])
    names = args.kw_names
    if names is not None:
        values = args.kw_values_w
        assert values is not None
        for i in range(len(names)):
            w_d.setitem_str(space, names[i], values[i])
    return w_d


def construct_set(space, w_type, args):
    check_args(space, args, "set", 0, 1)
    frozen = w_type is space.w_frozenset
    if frozen and len(args.args_w) == 1:
        w_arg = args.args_w[0]
        if isinstance(w_arg, W_SetObject) and w_arg.frozen and \
                not w_arg.is_user_instance():
            return w_arg        # frozenset(f) is f
    w_s = W_SetObject(frozen)
    if len(args.args_w) == 1:
        update_from(space, w_s, args.args_w[0])
    return w_s


def construct_range(space, w_type, args):
    check_args(space, args, "range", 1, 3)
    n = len(args.args_w)
    step = 1
    if n == 1:
        start = 0
        stop = space.int_w(args.args_w[0])
    else:
        start = space.int_w(args.args_w[0])
        stop = space.int_w(args.args_w[1])
        if n == 3:
            step = space.int_w(args.args_w[2])
            if step == 0:
                raise space.value_error("range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


def construct_slice(space, w_type, args):
    check_args(space, args, "slice", 1, 3)
    n = len(args.args_w)
    if n == 1:
        return W_SliceObject(space.w_None, args.args_w[0], space.w_None)
    if n == 2:
        return W_SliceObject(args.args_w[0], args.args_w[1], space.w_None)
    return W_SliceObject(args.args_w[0], args.args_w[1], args.args_w[2])


def construct_enumerate(space, w_type, args):
    start = 0
    w_start = args.get_kw("start")
    if len(args.args_w) > 1:
        w_start = args.args_w[1]
    if w_start is not None:
        start = space.int_w(w_start)
    if len(args.args_w) < 1:
        raise space.type_error("enumerate() missing required argument 'iterable'")
    return W_EnumerateObject(space.iter(args.args_w[0]), start)


def construct_zip(space, w_type, args):
    iters_w = []
    for w_x in args.args_w:
        iters_w.append(space.iter(w_x))
    return W_ZipObject(iters_w)


def construct_map(space, w_type, args):
    if len(args.args_w) < 2:
        raise space.type_error("map() must have at least two arguments.")
    iters_w = []
    for i in range(1, len(args.args_w)):
        iters_w.append(space.iter(args.args_w[i]))
    return W_MapObject(args.args_w[0], iters_w)


def construct_filter(space, w_type, args):
    check_args(space, args, "filter", 2, 2)
    return W_FilterObject(args.args_w[0], space.iter(args.args_w[1]))


def construct_reversed(space, w_type, args):
    check_args(space, args, "reversed", 1, 1)
    w_seq = args.args_w[0]
    if isinstance(w_seq, W_InstanceObject):
        w_res = w_seq.call_special(space, "__reversed__", [])
        if w_res is not None:
            return w_res
    from pyinterp.dictobject import W_DictViewObject
    if isinstance(w_seq, W_DictObject) or isinstance(w_seq, W_DictViewObject):
        items = space.unpack_iterable(w_seq)[:]
        items.reverse()
        from pyinterp.iterobject import W_SeqIterator
        return W_SeqIterator(items)
    if isinstance(w_seq, W_ListObject):
        items = w_seq.items_w[:]
        items.reverse()
        from pyinterp.iterobject import W_SeqIterator
        return W_SeqIterator(items)
    return W_ReversedIterator(w_seq, space.len_w(w_seq))


def construct_staticmethod(space, w_type, args):
    check_args(space, args, "staticmethod", 1, 1)
    return W_StaticMethod(args.args_w[0])


def construct_classmethod(space, w_type, args):
    check_args(space, args, "classmethod", 1, 1)
    return W_ClassMethod(args.args_w[0])


def construct_property(space, w_type, args):
    w_fget = space.w_None
    w_fset = space.w_None
    w_fdel = space.w_None
    w_doc = space.w_None
    n = len(args.args_w)
    if n > 0:
        w_fget = args.args_w[0]
    if n > 1:
        w_fset = args.args_w[1]
    if n > 2:
        w_fdel = args.args_w[2]
    w = args.get_kw("fget")
    if w is not None:
        w_fget = w
    w = args.get_kw("fset")
    if w is not None:
        w_fset = w
    w = args.get_kw("fdel")
    if w is not None:
        w_fdel = w
    w = args.get_kw("doc")
    if w is not None:
        w_doc = w
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


def property_self(space, args, name):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Property):
        raise space.type_error("descriptor '%s' requires a 'property' object" % name)
    return w_self


def property_getter(space, args):
    check_method_args(space, args, "getter", 1, 1)
    w_p = property_self(space, args, "getter")
    return W_Property(args.args_w[1], w_p.w_fset, w_p.w_fdel, w_p.w_doc)


def property_setter(space, args):
    check_method_args(space, args, "setter", 1, 1)
    w_p = property_self(space, args, "setter")
    return W_Property(w_p.w_fget, args.args_w[1], w_p.w_fdel, w_p.w_doc)


def property_deleter(space, args):
    check_method_args(space, args, "deleter", 1, 1)
    w_p = property_self(space, args, "deleter")
    return W_Property(w_p.w_fget, w_p.w_fset, args.args_w[1], w_p.w_doc)


def construct_super(space, w_type, args):
    check_args(space, args, "super", 2, 2)
    w_start = args.args_w[0]
    w_obj = args.args_w[1]
    if not isinstance(w_start, W_TypeObject):
        raise space.type_error("super() argument 1 must be a type")
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_start):
        return W_SuperObject(w_start, w_obj, w_obj)
    w_objtype = w_obj.getclass(space)
    if not w_objtype.issubtype(w_start):
        raise space.type_error("super(type, obj): obj must be an instance or subtype of type")
    return W_SuperObject(w_start, w_obj, w_objtype)


def construct_exception(space, w_type, args):
    w_exc = W_BaseException(w_type, args.args_w)
    return w_exc


def construct_not_instantiable(space, w_type, args):
    raise space.type_error("cannot create '%s' instances" % w_type.name)


# ---------------------------------------------------------------- int/float methods

def int_bit_length(space, args):
    check_method_args(space, args, "bit_length", 0, 0)
    w_self = args.args_w[0]
    if isinstance(w_self, W_IntObject):
        v = w_self.intval
        if v < 0:
            if v == -v:         # -2**63
                return space.newint(64)
            v = -v
        n = 0
        while v > 0:
            v >>= 1
            n += 1
        return space.newint(n)
    if isinstance(w_self, W_LongObject):
        return space.newint(w_self.num.bit_length())
    raise space.type_error("descriptor 'bit_length' requires an 'int' object")


def float_is_integer(space, args):
    check_method_args(space, args, "is_integer", 0, 0)
    x = space.float_w(args.args_w[0])
    import math
    if math.isinf(x) or math.isnan(x):
        return space.w_False
    from pyinterp.rlib import float_floor
    return space.newbool(x == float_floor(x))


# ---------------------------------------------------------------- setup

def setup_types(space):
    space.w_object = make_type(space, "object", None, LAYOUT_OBJECT, OBJECT_METHODS)
    space.w_object.constructor = construct_object
    space.w_object.dict_w["__new__"] = W_StaticMethod(
        W_BuiltinFunction("__new__", object_new))
    space.w_object.dict_w["__init_subclass__"] = W_ClassMethod(
        W_BuiltinFunction("__init_subclass__", object_init_subclass))
    space.object_setattr = space.w_object.dict_w["__setattr__"]
    space.object_getattribute = space.w_object.dict_w["__getattribute__"]
    space.object_delattr = space.w_object.dict_w["__delattr__"]
    w_object = space.w_object
    space.w_type = make_type(space, "type", w_object, LAYOUT_BUILTIN,
                             [("mro", type_mro)])
    space.w_type.constructor = construct_type
    from pyinterp.metaclass import install_type_methods
    install_type_methods(space)

    def builtin(name, methods, constructor):
        w_t = make_type(space, name, w_object, LAYOUT_BUILTIN, methods)
        if constructor is None:
            w_t.constructor = construct_not_instantiable
            w_t.acceptable_as_base = False
        else:
            w_t.constructor = constructor
        return w_t

    from pyinterp.intextra import int_to_bytes, int_from_bytes
    space.w_int = builtin("int", [("bit_length", int_bit_length),
                                  ("to_bytes", int_to_bytes)], construct_int)
    space.w_int.dict_w["from_bytes"] = W_ClassMethod(
        W_BuiltinFunction("from_bytes", int_from_bytes))
    space.w_bool = make_type(space, "bool", space.w_int, LAYOUT_BUILTIN, [])
    space.w_bool.constructor = construct_bool
    space.w_float = builtin("float", [("is_integer", float_is_integer)],
                            construct_float)
    from pyinterp.strextra import STR_EXTRA_METHODS
    space.w_str = builtin("str", STR_METHODS + STR_EXTRA_METHODS, construct_str)
    from pyinterp.strextra import str_maketrans
    space.w_str.dict_w["maketrans"] = W_StaticMethod(
        W_BuiltinFunction("maketrans", str_maketrans))
    from pyinterp.bytesobject import (BYTES_SHARED_METHODS, BYTEARRAY_METHODS,
                                      construct_bytearray, bytes_fromhex)
    space.w_bytes = builtin("bytes", BYTES_SHARED_METHODS, construct_bytes)
    space.w_bytes.dict_w["fromhex"] = W_StaticMethod(
        W_BuiltinFunction("fromhex", bytes_fromhex))
    space.w_bytearray = builtin("bytearray", BYTEARRAY_METHODS,
                                construct_bytearray)
    space.w_list = builtin("list", LIST_METHODS, construct_list)
    space.w_tuple = builtin("tuple", TUPLE_METHODS, construct_tuple)
    space.w_dict = builtin("dict", DICT_METHODS, construct_dict)
    space.w_dict.dict_w["fromkeys"] = W_StaticMethod(
        W_BuiltinFunction("fromkeys", dict_fromkeys_static))
    space.w_set = builtin("set", SET_METHODS, construct_set)
    from pyinterp.setobject import FROZENSET_METHODS
    space.w_frozenset = builtin("frozenset", FROZENSET_METHODS, construct_set)
    space.w_NoneType = builtin("NoneType", [], None)
    space.w_NotImplementedType = builtin("NotImplementedType", [], None)
    space.w_ellipsis = builtin("ellipsis", [], None)
    space.w_function = builtin("function", [], None)
    space.w_builtin_function = builtin("builtin_function_or_method", [], None)
    space.w_method = builtin("method", [], None)
    space.w_code = builtin("code", [], None)
    space.w_cell = builtin("cell", [], None)
    space.w_module = builtin("module", [], None)
    space.w_generator = builtin("generator", GENERATOR_METHODS, None)
    from pyinterp.iterobject import (range_index, range_count, range_get_start,
                                     range_get_stop, range_get_step)
    space.w_range = builtin("range", [("index", range_index),
                                      ("count", range_count)], construct_range)
    space.w_range.dict_w["start"] = W_GetSetProperty("start", range_get_start, None)
    space.w_range.dict_w["stop"] = W_GetSetProperty("stop", range_get_stop, None)
    space.w_range.dict_w["step"] = W_GetSetProperty("step", range_get_step, None)
    space.w_slice = builtin("slice", [("indices", slice_indices)],
                            construct_slice)
    space.w_slice.dict_w["start"] = W_GetSetProperty("start", slice_get_start, None)
    space.w_slice.dict_w["stop"] = W_GetSetProperty("stop", slice_get_stop, None)
    space.w_slice.dict_w["step"] = W_GetSetProperty("step", slice_get_step, None)
    for w_num in [space.w_int, space.w_float]:
        w_num.dict_w["real"] = W_GetSetProperty("real", num_get_real, None)
        w_num.dict_w["imag"] = W_GetSetProperty("imag", num_get_imag, None)
    space.w_int.dict_w["numerator"] = W_GetSetProperty("numerator",
                                                       num_get_real, None)
    space.w_int.dict_w["denominator"] = W_GetSetProperty("denominator",
                                                         int_get_one, None)
    space.w_enumerate = builtin("enumerate", [], construct_enumerate)
    space.w_zip = builtin("zip", [], construct_zip)
    space.w_map = builtin("map", [], construct_map)
    space.w_filter = builtin("filter", [], construct_filter)
    space.w_reversed = builtin("reversed", [], construct_reversed)
    space.w_staticmethod = builtin("staticmethod", [], construct_staticmethod)
    space.w_classmethod = builtin("classmethod", [], construct_classmethod)
    space.w_property = builtin("property", [("getter", property_getter),
                                            ("setter", property_setter),
                                            ("deleter", property_deleter)],
                               construct_property)
    for pname, pget in [("fget", property_get_fget), ("fset", property_get_fset),
                        ("fdel", property_get_fdel), ("__doc__", property_get_doc)]:
        space.w_property.dict_w[pname] = W_GetSetProperty(pname, pget, None)
    space.w_getset_descriptor = builtin("getset_descriptor", [], None)
    space.w_member_descriptor = builtin("member_descriptor", [], None)
    space.w_super = builtin("super", [], construct_super)
    space.w_iterator = builtin("iterator", [], None)
    space.w_callable_iterator = builtin("callable_iterator", [], None)
    space.w_tuple_iterator = builtin("tuple_iterator", [], None)
    space.w_list_iterator = builtin("list_iterator", [], None)
    space.w_str_iterator = builtin("str_ascii_iterator", [], None)
    space.w_dict_iterator = builtin("dict_keyiterator", [], None)
    space.w_set_iterator = builtin("set_iterator", [], None)
    space.w_range_iterator = builtin("range_iterator", [], None)
    from pyinterp.dictobject import view_isdisjoint
    space.w_dict_keys = builtin("dict_keys", [("isdisjoint", view_isdisjoint)], None)
    from pyinterp.attrdict import ATTRDICT_METHODS
    space.w_attrdict = builtin("dict", ATTRDICT_METHODS, None)
    from pyinterp.genericalias import ga_origin, ga_args
    space.w_generic_alias = builtin("GenericAlias", [], None)
    space.w_generic_alias.module = "types"
    space.w_generic_alias.dict_w["__origin__"] = W_GetSetProperty(
        "__origin__", ga_origin, None)
    space.w_generic_alias.dict_w["__args__"] = W_GetSetProperty(
        "__args__", ga_args, None)
    space.w_dict_values = builtin("dict_values", [], None)
    space.w_dict_items = builtin("dict_items", [("isdisjoint", view_isdisjoint)], None)

    # exceptions
    space.w_traceback = builtin("traceback", [], None)
    space.w_traceback.dict_w["tb_lineno"] = W_GetSetProperty(
        "tb_lineno", excmod.tb_get_lineno, None)
    space.w_traceback.dict_w["tb_next"] = W_GetSetProperty(
        "tb_next", excmod.tb_get_next, None)
    exc_methods = [("__init__", excmod.exc_init), ("__str__", excmod.exc_str),
                   ("__repr__", excmod.exc_repr),
                   ("with_traceback", excmod.exc_with_traceback)]
    for name, basename in excmod.EXCEPTION_HIERARCHY:
        if basename is None:
            w_t = make_type(space, name, w_object, LAYOUT_EXCEPTION, exc_methods)
            w_t.dict_w["args"] = W_GetSetProperty("args", excmod.exc_get_args,
                                                  excmod.exc_set_args)
            w_t.dict_w["__cause__"] = W_GetSetProperty(
                "__cause__", excmod.exc_get_cause, excmod.exc_set_cause)
            w_t.dict_w["__suppress_context__"] = W_GetSetProperty(
                "__suppress_context__", excmod.exc_get_suppress,
                excmod.exc_set_suppress)
            w_t.dict_w["__context__"] = W_GetSetProperty(
                "__context__", excmod.exc_get_context, excmod.exc_set_context)
            w_t.dict_w["__traceback__"] = W_GetSetProperty(
                "__traceback__", excmod.exc_get_traceback,
                excmod.exc_set_traceback)
        else:
            w_base = space.exception_types[basename]
            w_t = make_type(space, name, w_base, LAYOUT_EXCEPTION, [])
        w_t.constructor = construct_exception
        space.exception_types[name] = w_t
    excmod.install_syntax_error(space, space.exception_types["SyntaxError"])
    from pyinterp.excextra import install_exception_extras
    install_exception_extras(space)
    space.exception_types["StopIteration"].dict_w["value"] = W_GetSetProperty(
        "value", excmod.exc_get_value, None)
    space.exception_types["SystemExit"].dict_w["code"] = W_GetSetProperty(
        "code", excmod.exc_get_code, None)
    et = space.exception_types
    space.w_BaseException = et["BaseException"]
    space.w_Exception = et["Exception"]
    space.w_TypeError = et["TypeError"]
    space.w_ValueError = et["ValueError"]
    space.w_IndexError = et["IndexError"]
    space.w_KeyError = et["KeyError"]
    space.w_ZeroDivisionError = et["ZeroDivisionError"]
    space.w_OverflowError = et["OverflowError"]
    space.w_RuntimeError = et["RuntimeError"]
    space.w_RecursionError = et["RecursionError"]
    space.w_NameError = et["NameError"]
    space.w_UnboundLocalError = et["UnboundLocalError"]
    space.w_AttributeError = et["AttributeError"]
    space.w_StopIteration = et["StopIteration"]
    space.w_GeneratorExit = et["GeneratorExit"]
    space.w_AssertionError = et["AssertionError"]
    space.w_SystemExit = et["SystemExit"]
    space.w_ImportError = et["ImportError"]
    space.w_ModuleNotFoundError = et["ModuleNotFoundError"]
    space.w_NotImplementedError = et["NotImplementedError"]
    space.w_SyntaxError = et["SyntaxError"]
    space.w_KeyboardInterrupt = et["KeyboardInterrupt"]
    from pyinterp.dunders import install_dunders
    install_dunders(space)


def slice_get_start(space, w_obj):
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_start


def slice_get_stop(space, w_obj):
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_stop


def slice_get_step(space, w_obj):
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_step


def slice_indices(space, args):
    check_method_args(space, args, "indices", 1, 1)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_SliceObject):
        raise space.type_error("descriptor 'indices' requires a 'slice' object")
    length = space.getindex(args.args_w[1],
                            "'%s' object cannot be interpreted as an integer"
                            % space.type_name(args.args_w[1]))
    if length < 0:
        raise space.value_error("length should not be negative")
    start, stop, step, n = w_self.raw_indices(space, length)
    return space.newtuple([space.newint(start), space.newint(stop),
                           space.newint(step)])


def num_get_real(space, w_obj):
    if isinstance(w_obj, W_FloatObject):
        return w_obj
    if isinstance(w_obj, W_BaseBool):
        return space.newint(space.int_w(w_obj))
    return w_obj


def num_get_imag(space, w_obj):
    if isinstance(w_obj, W_FloatObject):
        return space.newfloat(0.0)
    return space.newint(0)


def int_get_one(space, w_obj):
    return space.newint(1)


def property_get_fget(space, w_obj):
    assert isinstance(w_obj, W_Property)
    return w_obj.w_fget


def property_get_fset(space, w_obj):
    assert isinstance(w_obj, W_Property)
    return w_obj.w_fset


def property_get_fdel(space, w_obj):
    assert isinstance(w_obj, W_Property)
    return w_obj.w_fdel


def property_get_doc(space, w_obj):
    assert isinstance(w_obj, W_Property)
    if w_obj.w_doc is space.w_None and w_obj.w_fget is not space.w_None:
        w_doc = space.lookup_attr_or_none(w_obj.w_fget, "__doc__")
        if w_doc is not None:
            return w_doc
    return w_obj.w_doc


def type_mro(space, args):
    if len(args.args_w) != 1 or not isinstance(args.args_w[0], W_TypeObject):
        raise space.type_error("descriptor 'mro' of 'type' object needs an argument")
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    mro_w = []
    for w_b in w_t.mro_w:
        mro_w.append(w_b)
    return space.newlist(mro_w)


def dict_fromkeys_static(space, args):
    # called as dict.fromkeys(iterable[, value]) through the staticmethod
    w_value = space.w_None
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("fromkeys expected 1 or 2 arguments")
    if len(args.args_w) > 1:
        w_value = args.args_w[1]
    w_d = space.newdict()
    for w_k in space.unpack_iterable(args.args_w[0]):
        w_d.setitem(space, w_k, w_value)
    return w_d
