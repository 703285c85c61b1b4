"""`list[int]`, `dict[str, list[float]]`...: subscripting a class calls
its __class_getitem__, and the generic builtin classes make a
types.GenericAlias (its repr is the subscript, calling it makes an
instance of the class), as used in type hints and type aliases."""

from pyinterp.model import W_Root
from pyinterp.tupleobject import W_TupleObject

# the builtin classes that can be subscripted
GENERIC_BUILTINS = ["list", "dict", "tuple", "set", "frozenset", "type"]


class W_GenericAlias(W_Root):
    def __init__(self, w_origin, args_w, empty_tuple):
        self.w_origin = w_origin
        self.args_w = args_w
        self.empty_tuple = empty_tuple      # `tuple[()]`

    def getclass(self, space):
        return space.w_generic_alias

    def repr(self, space):
        parts = []
        for w_arg in self.args_w:
            parts.append(arg_repr(space, w_arg))
        if self.empty_tuple:
            parts.append("()")
        return "%s[%s]" % (arg_repr(space, self.w_origin), ", ".join(parts))

    def hash(self, space):
        h = space.hash_w(self.w_origin)
        for w_arg in self.args_w:
            h = (h * 1000003) ^ space.hash_w(w_arg)
        return h

    def compare(self, space, op, w_other):
        from pyinterp import operators as ops
        if op != ops.CMP_EQ and op != ops.CMP_NE:
            return None
        if not isinstance(w_other, W_GenericAlias):
            return None
        eq = self.w_origin is w_other.w_origin and \
            len(self.args_w) == len(w_other.args_w) and \
            self.empty_tuple == w_other.empty_tuple
        if eq:
            for i in range(len(self.args_w)):
                if not space.eq_w(self.args_w[i], w_other.args_w[i]):
                    eq = False
                    break
        if op == ops.CMP_NE:
            eq = not eq
        return space.newbool(eq)

    def call_args(self, space, args):
        return space.call_args(self.w_origin, args)

    def getitem(self, space, w_index):
        raise space.type_error("There are no type variables left in %s"
                               % self.repr(space))


def arg_repr(space, w_arg):
    """How a generic alias shows its class and arguments (classes by
    their name, qualified by their module unless builtin)."""
    from pyinterp.typeobject import W_TypeObject
    if isinstance(w_arg, W_TypeObject):
        if w_arg.module == "builtins":
            return w_arg.qualname
        return w_arg.module + "." + w_arg.qualname
    if w_arg is space.w_Ellipsis:
        return "..."
    return space.repr_str(w_arg)


def class_getitem(space, w_type, w_index):
    """`cls[index]`: __class_getitem__ or a GenericAlias of a generic
    builtin class."""
    from pyinterp.funcobject import W_ClassMethod
    w_cgi = w_type.lookup("__class_getitem__")
    if w_cgi is not None:
        if isinstance(w_cgi, W_ClassMethod):
            w_cgi = w_cgi.w_function
        return space.call_function(w_cgi, [w_type, w_index])
    if not w_type.is_heaptype and w_type.name in GENERIC_BUILTINS:
        empty = False
        if isinstance(w_index, W_TupleObject):
            args_w = w_index.items_w[:]
            empty = len(args_w) == 0
        else:
            args_w = [w_index]
        return W_GenericAlias(w_type, args_w, empty)
    raise space.type_error("type '%s' is not subscriptable" % w_type.name)


def ga_origin(space, w_obj):
    assert isinstance(w_obj, W_GenericAlias)
    return w_obj.w_origin


def ga_args(space, w_obj):
    assert isinstance(w_obj, W_GenericAlias)
    return space.newtuple(w_obj.args_w[:])
