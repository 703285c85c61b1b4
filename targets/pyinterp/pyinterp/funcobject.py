"""Functions, bound methods, cells, and the descriptor types staticmethod,
classmethod, property and super."""

from pyinterp.model import W_Root, Arguments
from pyinterp.error import OperationError


class W_FunctionObject(W_Root):
    def __init__(self, code, w_globals, defaults_w, w_kwdefaults, closure):
        self.code = code
        self.w_globals = w_globals          # W_DictObject
        self.defaults_w = defaults_w        # list of W_Root
        self.w_kwdefaults = w_kwdefaults    # W_DictObject or None
        self.closure = closure              # list of W_CellObject
        self.name = code.co_name
        self.qualname = code.co_qualname
        self.dict_w = {}
        self.w_module = None
        self.w_annotations = None           # W_DictObject, made on demand

    def getclass(self, space):
        return space.w_function

    def getdict(self, space):
        return self.dict_w

    def repr(self, space):
        return "<function %s at 0x%x>" % (self.qualname, space.unique_id(self))

    def call_args(self, space, args):
        return space.call_function_object(self, args)


def func_get_annotations(space, w_func):
    """`f.__annotations__`: the dict built at def time, else a new empty
    dict kept on the function (CPython's func_get_annotations)."""
    if not isinstance(w_func, W_FunctionObject):
        raise space.type_error("descriptor '__annotations__' for 'function' "
                               "objects doesn't apply to a '%s' object"
                               % space.type_name(w_func))
    if w_func.w_annotations is None:
        w_func.w_annotations = space.newdict()
    return w_func.w_annotations


def func_set_annotations(space, w_func, w_value):
    from pyinterp.dictobject import W_DictObject
    if not isinstance(w_func, W_FunctionObject):
        raise space.type_error("descriptor '__annotations__' for 'function' "
                               "objects doesn't apply to a '%s' object"
                               % space.type_name(w_func))
    if w_value is space.w_None:
        w_func.w_annotations = None
        return
    if not isinstance(w_value, W_DictObject):
        raise space.type_error("__annotations__ must be set to a dict object")
    w_func.w_annotations = w_value


def func_descr_get(space, args):
    """`function.__get__(f, obj, type=None)`: f itself for a None obj,
    else the method binding f to obj."""
    n = len(args.args_w)
    if n == 0 or not isinstance(args.args_w[0], W_FunctionObject):
        w_self = space.w_None
        if n > 0:
            w_self = args.args_w[0]
        raise space.type_error("descriptor '__get__' for 'function' objects "
                               "doesn't apply to a '%s' object"
                               % space.type_name(w_self))
    if args.num_kw() > 0:
        raise space.type_error("wrapper __get__() takes no keyword arguments")
    if n < 2:
        raise space.type_error(" expected at least 1 argument, got 0")
    if n > 3:
        raise space.type_error(" expected at most 2 arguments, got %d" % (n - 1))
    w_func = args.args_w[0]
    w_obj = args.args_w[1]
    if w_obj is space.w_None:
        if n == 2:
            raise space.type_error("__get__(None, None) is invalid")
        return w_func
    return W_MethodObject(w_func, w_obj)


def install_function_methods(space):
    """The descriptor protocol and `__annotations__` of function objects."""
    from pyinterp.gateway import W_BuiltinFunction
    w_f = space.w_function
    w_f.dict_w["__get__"] = W_BuiltinFunction("__get__", func_descr_get)
    w_f.dict_w["__annotations__"] = W_GetSetProperty(
        "__annotations__", func_get_annotations, func_set_annotations)


class W_MethodObject(W_Root):
    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self, space):
        return space.w_method

    def repr(self, space):
        w_func = self.w_function
        name = "?"
        if isinstance(w_func, W_FunctionObject):
            name = w_func.qualname
        else:
            from pyinterp.gateway import W_BuiltinFunction
            if isinstance(w_func, W_BuiltinFunction):
                return "<built-in method %s of %s object at 0x%x>" % (
                    w_func.name, space.type_name(self.w_self),
                    space.unique_id(self.w_self))
        return "<bound method %s of %s>" % (name, space.repr_str(self.w_self))

    def call_args(self, space, args):
        return space.call_args(self.w_function, args.prepend(self.w_self))

    def compare(self, space, op, w_other):
        from pyinterp import operators as ops
        if op != ops.CMP_EQ and op != ops.CMP_NE:
            return None
        if not isinstance(w_other, W_MethodObject):
            return None
        eq = (self.w_function is w_other.w_function and
              self.w_self is w_other.w_self)
        if op == ops.CMP_NE:
            eq = not eq
        return space.newbool(eq)


class W_CellObject(W_Root):
    def __init__(self, w_value):
        self.w_value = w_value      # None when empty

    def getclass(self, space):
        return space.w_cell

    def repr(self, space):
        return "<cell at 0x%x>" % space.unique_id(self)


class W_StaticMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_staticmethod


class W_ClassMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_classmethod


class W_Property(W_Root):
    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

    def getclass(self, space):
        return space.w_property


class W_GetSetProperty(W_Root):
    """A data descriptor implemented at interpreter level, used for
    attributes of builtin types (e.g. BaseException.args)."""

    def __init__(self, name, fget, fset):
        self.name = name
        self.fget = fget        # (space, w_obj) -> W_Root
        self.fset = fset        # (space, w_obj, w_value) -> None, or None

    def getclass(self, space):
        return space.w_getset_descriptor


class W_MemberDescriptor(W_Root):
    """A slot of a class with __slots__: a data descriptor keeping the
    value in the instance's slot dict (getslots)."""

    def __init__(self, name, w_owner):
        self.name = name
        self.w_owner = w_owner

    def getclass(self, space):
        return space.w_member_descriptor

    def repr(self, space):
        return "<member '%s' of '%s' objects>" % (self.name, self.w_owner.name)

    def get(self, space, w_obj):
        d = w_obj.getslots(False)
        w_v = None
        if d is not None:
            w_v = d.get(self.name, None)
        if w_v is None:
            raise space.attribute_error("'%s' object has no attribute '%s'"
                                        % (space.type_name(w_obj), self.name))
        return w_v

    def set(self, space, w_obj, w_value):
        d = w_obj.getslots(True)
        if d is None:
            raise space.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                                   % (self.name, self.w_owner.name,
                                      space.type_name(w_obj)))
        d[self.name] = w_value

    def delete(self, space, w_obj):
        d = w_obj.getslots(False)
        if d is None or self.name not in d:
            raise space.attribute_error(self.name)
        del d[self.name]


class W_SuperObject(W_Root):
    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def getclass(self, space):
        return space.w_super

    def repr(self, space):
        return "<super: <class '%s'>, <%s object>>" % (
            self.w_starttype.name, self.w_objtype.name)


class W_ModuleObject(W_Root):
    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict
        self.is_package = False

    def getclass(self, space):
        return space.w_module

    def repr(self, space):
        return "<module '%s'>" % self.name
