"""Instances of user classes deriving from a builtin type (`class
MyList(list)`, `class MyInt(int)`...).

For each subclassable builtin class W_X there is a class W_XUser(W_X)
made by `make_user_class`: it keeps the storage and all the RPython
methods of W_X (so every builtin method and function accepts it), adds the
user class and an attribute dict, and its protocol hooks first look for a
special method defined in Python by a user class of the MRO (the builtin
type's own special methods are W_BuiltinFunctions, see dunders.py)."""

from pyinterp import operators as ops
from pyinterp.gateway import W_BuiltinFunction
from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.floatobject import W_FloatObject
from pyinterp.strobject import W_StrObject, W_BytesObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.listobject import W_ListObject
from pyinterp.dictobject import W_DictObject
from pyinterp.setobject import W_SetObject
from pyinterp.error import OperationError
from pyinterp.typeobject import dict_delete_str, dict_str_keys


def user_special(w_class, name):
    """The special method `name` if a user class of the MRO defines it
    (before the builtin base), else None."""
    w_meth = w_class.lookup(name)
    if w_meth is None or isinstance(w_meth, W_BuiltinFunction):
        return None
    return w_meth


def call_user(space, w_obj, w_meth, args_w):
    all_args = [w_obj]
    all_args.extend(args_w)
    return space.call_function_descr(w_meth, w_obj, all_args)


def none_if_not_implemented(space, w_res):
    if w_res is space.w_NotImplemented:
        return None
    return w_res


def make_user_class(base, clsname):
    class W_User(base):
        def init_user(self, w_class):
            """Makes this fresh object an instance of the user class
            w_class, with an empty attribute dict and no slots yet."""
            self.w_class = w_class
            self.w_dict = None      # the attribute dict, made on demand
            self.slots_w = None

        def getclass(self, space):
            return self.w_class

        def setclass(self, w_class):
            self.w_class = w_class

        def getdict_w(self, space):
            return self.attr_dict(space)

        def attr_dict(self, space):
            w_d = self.w_dict
            if w_d is None:
                w_d = space.newdict()
                self.w_dict = w_d
            return w_d

        def setdict_w(self, space, w_dict):
            self.w_dict = w_dict
            return True

        def getdictvalue(self, space, name):
            w_d = self.w_dict
            if w_d is None:
                return None
            return w_d.getitem_str(space, name)

        def setdictvalue(self, space, name, w_value):
            self.attr_dict(space).setitem_str(space, name, w_value)
            return True

        def deldictvalue(self, space, name):
            w_d = self.w_dict
            if w_d is None:
                return False
            return dict_delete_str(space, w_d, name)

        def dict_names(self, space):
            w_d = self.w_dict
            if w_d is None:
                return []
            return dict_str_keys(space, w_d)

        def is_user_instance(self):
            return True

        def getslots(self, create):
            if self.slots_w is None and create:
                self.slots_w = {}
            return self.slots_w

        def binop(self, space, op, w_other):
            w_meth = user_special(self.w_class, ops.BINOP_METHODS[op])
            if w_meth is None:
                return base.binop(self, space, op, w_other)
            return none_if_not_implemented(
                space, call_user(space, self, w_meth, [w_other]))

        def rbinop(self, space, op, w_other):
            w_meth = user_special(self.w_class, ops.BINOP_RMETHODS[op])
            if w_meth is None:
                return base.rbinop(self, space, op, w_other)
            return none_if_not_implemented(
                space, call_user(space, self, w_meth, [w_other]))

        def inplace_op(self, space, op, w_other):
            w_meth = user_special(self.w_class, ops.BINOP_IMETHODS[op])
            if w_meth is None:
                return base.inplace_op(self, space, op, w_other)
            return none_if_not_implemented(
                space, call_user(space, self, w_meth, [w_other]))

        def unaryop(self, space, op):
            name = "__neg__"
            if op == ops.UNARY_POS:
                name = "__pos__"
            elif op == ops.UNARY_INVERT:
                name = "__invert__"
            w_meth = user_special(self.w_class, name)
            if w_meth is None:
                return base.unaryop(self, space, op)
            return call_user(space, self, w_meth, [])

        def compare(self, space, op, w_other):
            w_meth = user_special(self.w_class, ops.CMP_METHODS[op])
            if w_meth is None:
                return base.compare(self, space, op, w_other)
            return none_if_not_implemented(
                space, call_user(space, self, w_meth, [w_other]))

        def is_true(self, space):
            w_meth = user_special(self.w_class, "__bool__")
            if w_meth is not None:
                w_res = call_user(space, self, w_meth, [])
                if w_res is space.w_True:
                    return True
                if w_res is space.w_False:
                    return False
                raise space.type_error("__bool__ should return bool, returned %s"
                                       % space.type_name(w_res))
            if user_special(self.w_class, "__len__") is not None:
                return self.length(space) != 0
            return base.is_true(self, space)

        def length(self, space):
            w_meth = user_special(self.w_class, "__len__")
            if w_meth is None:
                return base.length(self, space)
            w_res = call_user(space, self, w_meth, [])
            n = space.getindex(w_res, "'%s' object cannot be interpreted as an integer"
                               % space.type_name(w_res))
            if n < 0:
                raise space.value_error("__len__() should return >= 0")
            return n

        def repr(self, space):
            w_meth = user_special(self.w_class, "__repr__")
            if w_meth is None:
                return base.repr(self, space)
            return space.expect_str(call_user(space, self, w_meth, []),
                                    "__repr__")

        def str(self, space):
            w_meth = user_special(self.w_class, "__str__")
            if w_meth is None:
                return base.str(self, space)
            return space.expect_str(call_user(space, self, w_meth, []),
                                    "__str__")

        def hash(self, space):
            w_meth = self.w_class.lookup("__hash__")
            if w_meth is space.w_None:
                raise space.type_error("unhashable type: '%s'"
                                       % self.w_class.name)
            w_meth = user_special(self.w_class, "__hash__")
            if w_meth is None:
                return base.hash(self, space)
            return space.int_w(call_user(space, self, w_meth, []))

        def getitem(self, space, w_index):
            w_meth = user_special(self.w_class, "__getitem__")
            if w_meth is None:
                return base.getitem(self, space, w_index)
            return call_user(space, self, w_meth, [w_index])

        def setitem(self, space, w_index, w_value):
            w_meth = user_special(self.w_class, "__setitem__")
            if w_meth is None:
                base.setitem(self, space, w_index, w_value)
            else:
                call_user(space, self, w_meth, [w_index, w_value])

        def delitem(self, space, w_index):
            w_meth = user_special(self.w_class, "__delitem__")
            if w_meth is None:
                base.delitem(self, space, w_index)
            else:
                call_user(space, self, w_meth, [w_index])

        def iter(self, space):
            w_meth = user_special(self.w_class, "__iter__")
            if w_meth is None:
                return base.iter(self, space)
            return call_user(space, self, w_meth, [])

        def next(self, space):
            w_meth = user_special(self.w_class, "__next__")
            if w_meth is None:
                return base.next(self, space)
            try:
                return call_user(space, self, w_meth, [])
            except OperationError as e:
                if e.match(space, space.w_StopIteration):
                    return None
                raise

        def contains(self, space, w_item):
            w_meth = user_special(self.w_class, "__contains__")
            if w_meth is None:
                if user_special(self.w_class, "__iter__") is not None:
                    return -1       # iterate with the user's __iter__
                return base.contains(self, space, w_item)
            if space.is_true(call_user(space, self, w_meth, [w_item])):
                return 1
            return 0

        def call_args(self, space, args):
            w_meth = user_special(self.w_class, "__call__")
            if w_meth is None:
                return base.call_args(self, space, args)
            return space.call_args(space.bind(w_meth, self, self.w_class), args)

        def format(self, space, spec):
            w_meth = user_special(self.w_class, "__format__")
            if w_meth is None:
                return base.format(self, space, spec)
            return space.expect_str(
                call_user(space, self, w_meth, [space.newstr(spec)]),
                "__format__")

    W_User.__name__ = clsname
    return W_User


W_IntUser = make_user_class(W_IntObject, "W_IntUser")
W_LongUser = make_user_class(W_LongObject, "W_LongUser")
W_FloatUser = make_user_class(W_FloatObject, "W_FloatUser")
W_StrUser = make_user_class(W_StrObject, "W_StrUser")
W_BytesUser = make_user_class(W_BytesObject, "W_BytesUser")
W_TupleUser = make_user_class(W_TupleObject, "W_TupleUser")
W_ListUser = make_user_class(W_ListObject, "W_ListUser")
W_DictUser = make_user_class(W_DictObject, "W_DictUser")
W_SetUser = make_user_class(W_SetObject, "W_SetUser")


# ---- allocation: w_type.user_alloc(space, w_class, w_plain) makes an
# instance of the user class w_class from a value of its builtin base
# (the result of the base's constructor; ignored by the mutable types,
# whose __init__ fills them)

def alloc_int(space, w_class, w_plain):
    if isinstance(w_plain, W_LongObject):
        w = W_LongUser(w_plain.num)
        w.init_user(w_class)
        return w
    w_i = W_IntUser(space.int_w(w_plain))
    w_i.init_user(w_class)
    return w_i


def alloc_float(space, w_class, w_plain):
    w = W_FloatUser(space.float_w(w_plain))
    w.init_user(w_class)
    return w


def alloc_str(space, w_class, w_plain):
    w = W_StrUser(space.str_w(w_plain))
    w.init_user(w_class)
    return w


def alloc_bytes(space, w_class, w_plain):
    assert isinstance(w_plain, W_BytesObject)
    w = W_BytesUser(w_plain.value)
    w.init_user(w_class)
    return w


def alloc_tuple(space, w_class, w_plain):
    assert isinstance(w_plain, W_TupleObject)
    w = W_TupleUser(w_plain.items_w)
    w.init_user(w_class)
    return w


def alloc_list(space, w_class, w_plain):
    w = W_ListUser([])
    w.init_user(w_class)
    return w


def alloc_dict(space, w_class, w_plain):
    w = W_DictUser()
    w.init_user(w_class)
    return w


def alloc_set(space, w_class, w_plain):
    w = W_SetUser(w_class.issubtype(space.w_frozenset))
    w.init_user(w_class)
    if isinstance(w_plain, W_SetObject):
        w.table = w_plain.table
    return w


# ---- augmented assignment when the right operand's class is a subclass
# of the left operand's class overriding the reflected method

def inplace_reflected_first(space, w_a, w_b, op):
    """`w_a op= w_b` as CPython does it when type(w_b) is a proper subclass
    of type(w_a) overriding the reflected method: the in-place method of
    w_a first (for the numeric protocol), then the binary operation with
    w_b's reflected method first.  A list's `+=` and `*=` belong to the
    sequence protocol, which CPython tries only after the binary one."""
    sequence = False
    if isinstance(w_a, W_ListObject) and (op == ops.OP_ADD or op == ops.OP_MUL):
        sequence = user_special(w_a.getclass(space),
                                ops.BINOP_IMETHODS[op]) is None
    if not sequence:
        w_res = w_a.inplace_op(space, op, w_b)
        if w_res is not None:
            return w_res
    w_res = w_b.rbinop(space, op, w_a)
    if w_res is not None:
        return w_res
    if not sequence or user_special(w_a.getclass(space),
                                    ops.BINOP_METHODS[op]) is not None:
        w_res = w_a.binop(space, op, w_b)
        if w_res is not None:
            return w_res
    if sequence:
        w_res = w_a.inplace_op(space, op, w_b)
        if w_res is not None:
            return w_res
    raise space.type_error("unsupported operand type(s) for %s=: '%s' and '%s'"
                           % (ops.BINOP_SYMBOLS[op], space.type_name(w_a),
                              space.type_name(w_b)))
