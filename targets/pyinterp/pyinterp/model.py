"""Base class of all application-level objects, plus the few singletons
and the Arguments container used for calls."""


class W_Root(object):
    """Every app-level object.  The methods below are the hooks the object
    space uses; builtin types override them in RPython, W_InstanceObject
    overrides them to dispatch to app-level special methods."""

    def getclass(self, space):
        raise NotImplementedError

    def setclass(self, w_class):
        """`obj.__class__ = w_class` once checked (objects of user classes
        only, see typeobject.set_special_attr)."""
        raise NotImplementedError

    def getdict(self, space):
        """The instance attribute dict (RPython dict str -> W_Root) or None."""
        return None

    def getdictvalue(self, space, name):
        """The instance attribute `name` (from the instance dict) or None."""
        d = self.getdict(space)
        if d is None:
            return None
        return d.get(name, None)

    def setdictvalue(self, space, name, w_value):
        """Stores an instance attribute; False if there is no instance dict."""
        d = self.getdict(space)
        if d is None:
            return False
        d[name] = w_value
        return True

    def deldictvalue(self, space, name):
        """Removes an instance attribute; False if there is none."""
        d = self.getdict(space)
        if d is None or name not in d:
            return False
        del d[name]
        return True

    def getdict_w(self, space):
        """The app-level `__dict__` of the object, or None.  Instances of
        user classes return the same dict object each time (their storage,
        see typeobject.py); the others a live view of getdict()."""
        d = self.getdict(space)
        if d is None:
            return None
        from pyinterp.attrdict import W_AttrDict
        return W_AttrDict(d)

    def setdict_w(self, space, w_dict):
        """`obj.__dict__ = w_dict` (a W_DictObject); False if the object
        has no settable __dict__."""
        return False

    def dict_names(self, space):
        """The (str) names of the instance attributes, for dir()."""
        names = []
        d = self.getdict(space)
        if d is not None:
            for k in d:
                names.append(k)
        return names

    # ---- protocols; None means "not implemented" ----

    def binop(self, space, op, w_other):
        return None

    def rbinop(self, space, op, w_other):
        return None

    def inplace_op(self, space, op, w_other):
        return None

    def unaryop(self, space, op):
        return None

    def compare(self, space, op, w_other):
        return None

    def is_true(self, space):
        return True

    def length(self, space):
        return -1       # -1: no __len__

    def repr(self, space):
        w_type = self.getclass(space)
        name = w_type.qualname
        if w_type.module != "builtins":
            name = w_type.module + "." + name
        return "<%s object at 0x%x>" % (name, space.unique_id(self))

    def str(self, space):
        return self.repr(space)

    def hash(self, space):
        return space.identity_hash(self)

    def getitem(self, space, w_index):
        raise space.type_error("'%s' object is not subscriptable" %
                               space.type_name(self))

    def setitem(self, space, w_index, w_value):
        raise space.type_error("'%s' object does not support item assignment" %
                               space.type_name(self))

    def delitem(self, space, w_index):
        raise space.type_error("'%s' object does not support item deletion" %
                               space.type_name(self))

    def iter(self, space):
        raise space.type_error("'%s' object is not iterable" %
                               space.type_name(self))

    def next(self, space):
        """Next item, or None when exhausted (no StopIteration needed)."""
        raise space.type_error("'%s' object is not an iterator" %
                               space.type_name(self))

    def contains(self, space, w_item):
        """Returns 1/0, or -1 to fall back to iteration."""
        return -1

    def call_args(self, space, args):
        raise space.type_error("'%s' object is not callable" %
                               space.type_name(self))

    def format(self, space, spec):
        """format(obj, spec) for builtin types; None -> use str()."""
        return None

    # ---- helpers for builtin types ----

    def is_w_type(self):
        return False

    def getslots(self, create):
        """The values of the __slots__ attributes (RPython dict str ->
        W_Root), created if `create`; None for objects without slots."""
        return None

    def is_user_instance(self):
        """True for instances of user classes (W_InstanceObject and the
        W_*User subclasses of builtin objects, see subclass.py)."""
        return False


class W_NoneObject(W_Root):
    def getclass(self, space):
        return space.w_NoneType

    def is_true(self, space):
        return False

    def repr(self, space):
        return "None"

    def hash(self, space):
        return 0x5f3759df


class W_NotImplementedObject(W_Root):
    def getclass(self, space):
        return space.w_NotImplementedType

    def repr(self, space):
        return "NotImplemented"


class W_EllipsisObject(W_Root):
    def getclass(self, space):
        return space.w_ellipsis

    def repr(self, space):
        return "Ellipsis"


class Arguments(object):
    """Arguments of a call: positional values, and keyword names/values."""

    def __init__(self, args_w, kw_names, kw_values_w):
        self.args_w = args_w
        self.kw_names = kw_names            # list of str or None
        self.kw_values_w = kw_values_w      # list of W_Root or None

    def num_kw(self):
        if self.kw_names is None:
            return 0
        return len(self.kw_names)

    def prepend(self, w_first):
        args_w = [w_first]
        args_w.extend(self.args_w)
        return Arguments(args_w, self.kw_names, self.kw_values_w)

    def get_kw(self, name):
        """Value of keyword argument `name`, or None."""
        names = self.kw_names
        if names is None:
            return None
        values = self.kw_values_w
        assert values is not None
        for i in range(len(names)):
            if names[i] == name:
                return values[i]
        return None


def args_from_list(args_w):
    return Arguments(args_w, None, None)
