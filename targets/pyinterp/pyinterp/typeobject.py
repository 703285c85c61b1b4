"""type objects (builtin and user-defined classes) and instances of
user-defined classes, whose protocols dispatch to app-level special
methods."""

from pyinterp.model import W_Root, Arguments
from pyinterp import operators as ops
from pyinterp.error import OperationError
from pyinterp.dictobject import W_DictObject

LAYOUT_OBJECT = 0       # W_InstanceObject
LAYOUT_EXCEPTION = 1    # W_BaseException
LAYOUT_BUILTIN = 2      # a builtin type with its own constructor

from pyinterp.mapdict import EMPTY_MAP, MAX_ATTRS
LOOKUP_CACHE_MAX = 1000     # entries per type before the cache is reset


class W_LookupMiss(W_Root):
    """The marker stored in a type's lookup cache for a name that no class
    of the MRO defines (never visible at app-level)."""


LOOKUP_MISS = W_LookupMiss()


def dict_delete_str(space, w_dict, name):
    """Removes the str key `name` from the W_DictObject w_dict; False if
    it was absent."""
    assert isinstance(w_dict, W_DictObject)
    return w_dict.table.delete(space, space.newstr(name)) is not None


def dict_str_keys(space, w_dict):
    """The keys of the W_DictObject w_dict that are strings."""
    from pyinterp.strobject import W_StrObject
    assert isinstance(w_dict, W_DictObject)
    names = []
    for w_k in w_dict.table.live_keys():
        if isinstance(w_k, W_StrObject):
            names.append(w_k.value)
    return names

# bits of W_TypeObject.special_flags
SPECIAL_KNOWN = 1               # the other bits are computed
SPECIAL_GETATTRIBUTE = 2        # __getattribute__ is not object's
SPECIAL_SETATTR = 4             # __setattr__ is not object's
SPECIAL_NEW = 8                 # __new__ is not object's


class VersionTag(object):
    """Identity of a type's attribute namespace: replaced whenever a dict
    along the type's MRO changes (inline caches compare it by identity)."""


class TypeCacheState(object):
    """Whether the per-type lookup caches are in use: off while the
    builtin types are being set up (their dicts are filled in place then),
    on once the space is ready (see main.make_space)."""

    def __init__(self):
        self.enabled = False


type_cache_state = TypeCacheState()


class W_TypeObject(W_Root):
    def __init__(self, name, bases_w, dict_w, layout):
        self.name = name
        self.qualname = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.layout = layout
        self.constructor = None     # RPython function (space, w_type, args)
        # for a subclassable builtin type: RPython function (space,
        # w_subclass, w_plain) making an instance of a user subclass
        # (see subclass.py)
        self.user_alloc = None
        # False for a class with __slots__ (and no '__dict__' slot) all of
        # whose bases are too: its instances take no other attributes
        self.instances_have_dict = True
        self.is_heaptype = False
        self.mro_w = []
        self.module = "builtins"
        self.acceptable_as_base = True
        # name -> the value found along the MRO, or LOOKUP_MISS; valid as
        # long as no dict of the MRO changes (see mutated())
        self.lookup_cache = {}
        self.subclasses_w = []      # heap types having self as a base
        self.special_flags = 0      # SPECIAL_* bits, cached like lookups
        self.version_tag = VersionTag()
        # the class's metaclass when it is not `type` (a subclass of type
        # defined in Python, see metaclass.py)
        self.w_metaclass = None

    def is_w_type(self):
        return True

    def getclass(self, space):
        if self.w_metaclass is not None:
            return self.w_metaclass
        return space.w_type

    def repr(self, space):
        if self.w_metaclass is not None:
            from pyinterp.metaclass import metaclass_repr
            res = metaclass_repr(space, self)
            if res is not None:
                return res
        if self.module == "builtins":
            return "<class '%s'>" % self.qualname
        return "<class '%s.%s'>" % (self.module, self.qualname)

    def hash(self, space):
        return space.identity_hash(self)

    def getitem(self, space, w_index):
        from pyinterp.genericalias import class_getitem
        return class_getitem(space, self, w_index)

    def compute_mro(self, space):
        """C3 linearization."""
        if len(self.bases_w) == 0:
            self.mro_w = [self]
            return
        seqs = []
        for w_base in self.bases_w:
            seqs.append(w_base.mro_w[:])
        seqs.append(self.bases_w[:])
        result = [self]
        while True:
            nonempty = False
            for s in seqs:
                if len(s) > 0:
                    nonempty = True
            if not nonempty:
                break
            candidate = None
            for s in seqs:
                if len(s) == 0:
                    continue
                cand = s[0]
                in_tail = False
                for s2 in seqs:
                    for k in range(1, len(s2)):
                        if s2[k] is cand:
                            in_tail = True
                if not in_tail:
                    candidate = cand
                    break
            if candidate is None:
                names = []
                for s in seqs:
                    if len(s) > 0:
                        seen = False
                        for n in names:
                            if n == s[0].name:
                                seen = True
                        if not seen:
                            names.append(s[0].name)
                raise space.type_error(
                    "Cannot create a consistent method resolution\n"
                    "order (MRO) for bases " + ", ".join(names))
            result.append(candidate)
            for s in seqs:
                if len(s) > 0 and s[0] is candidate:
                    del s[0]
        self.mro_w = result

    def lookup(self, name):
        """The value of `name` in the first class of the MRO defining it,
        or None."""
        if not type_cache_state.enabled:
            return self.lookup_uncached(name)
        w_v = self.lookup_cache.get(name, None)
        if w_v is not None:
            if w_v is LOOKUP_MISS:
                return None
            return w_v
        w_v = self.lookup_uncached(name)
        if len(self.lookup_cache) >= LOOKUP_CACHE_MAX:
            self.lookup_cache = {}
        if w_v is None:
            self.lookup_cache[name] = LOOKUP_MISS
        else:
            self.lookup_cache[name] = w_v
        return w_v

    def get_special_flags(self, space):
        """Which of __getattribute__, __setattr__ and __new__ are
        overridden (SPECIAL_* bits)."""
        flags = self.special_flags
        if flags & SPECIAL_KNOWN:
            return flags
        flags = SPECIAL_KNOWN
        w_ga = self.lookup("__getattribute__")
        if w_ga is not None and w_ga is not space.object_getattribute:
            flags |= SPECIAL_GETATTRIBUTE
        w_sa = self.lookup("__setattr__")
        if w_sa is not None and w_sa is not space.object_setattr:
            flags |= SPECIAL_SETATTR
        w_new = self.lookup("__new__")
        if w_new is not None and w_new is not space.w_object.dict_w["__new__"]:
            flags |= SPECIAL_NEW
        if type_cache_state.enabled:
            self.special_flags = flags
        return flags

    def lookup_uncached(self, name):
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name):
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                return w_t
        return None

    def set_dict_item(self, name, w_value):
        self.dict_w[name] = w_value
        self.mutated()

    def del_dict_item(self, name):
        """Deletes `name` from the class dict; False if it was absent."""
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.mutated()
        return True

    def mutated(self):
        """Invalidates the lookup caches of self and of its subclasses
        after a change of self.dict_w."""
        if len(self.lookup_cache) > 0:
            self.lookup_cache = {}
        self.special_flags = 0
        self.version_tag = VersionTag()
        for w_sub in self.subclasses_w:
            w_sub.mutated()

    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def get_layout(self):
        for w_t in self.mro_w:
            if w_t.layout != LAYOUT_OBJECT:
                return w_t
        return None

    def call_args(self, space, args):
        if self.w_metaclass is not None:
            from pyinterp.metaclass import metaclass_call
            w_res = metaclass_call(space, self, args)
            if w_res is not None:
                return w_res
        elif self.constructor is not None and len(args.args_w) == 1 and \
                args.kw_names is None:
            from pyinterp.typedefs import construct_one_exact
            w_res = construct_one_exact(space, self, args.args_w[0])
            if w_res is not None:
                return w_res
        return self.default_call(space, args)

    def default_call(self, space, args):
        """type.__call__: __new__ then __init__ (or the builtin
        constructor)."""
        if self.constructor is not None:
            return self.constructor(space, self, args)
        # a user-defined class
        w_new = self.lookup("__new__")
        if w_new is not None and w_new is not space.w_object.dict_w["__new__"]:
            w_new = space.bind(w_new, None, self)
            w_obj = space.call_args(w_new, args.prepend(self))
            if not space.isinstance_w(w_obj, self):
                return w_obj
        else:
            w_obj = space.allocate_instance(self)
        w_init = self.lookup("__init__")
        if w_init is space.w_object.dict_w["__init__"]:
            if len(args.args_w) > 0 or args.num_kw() > 0:
                if self.lookup("__new__") is space.w_object.dict_w["__new__"]:
                    raise space.type_error("%s() takes no arguments" % self.name)
        elif w_init is not None:
            w_res = space.call_args(space.bind(w_init, w_obj, self), args)
            if w_res is not space.w_None:
                raise space.type_error("__init__() should return None, not '%s'"
                                       % space.type_name(w_res))
        return w_obj


class W_InstanceObject(W_Root):
    """An instance of a user-defined class."""

    def __init__(self, w_class):
        self.w_class = w_class
        # attributes: values by the indexes of `map` (mapdict.py), or in
        # the app-level dict w_dict once the instance has left maps (map
        # is None then): its __dict__ was asked for, an attribute was
        # deleted, or it has too many attributes
        self.map = EMPTY_MAP
        self.storage_w = []
        self.w_dict = None
        self.slots_w = None     # values of __slots__ attributes

    def getslots(self, create):
        if self.slots_w is None and create:
            self.slots_w = {}
        return self.slots_w

    def getclass(self, space):
        return self.w_class

    def getdict_w(self, space):
        return self.attr_dict(space)

    def attr_dict(self, space):
        """The attribute dict (a W_DictObject), the instance leaving maps."""
        w_d = self.w_dict
        if w_d is None:
            # leave maps: the dict is handed out and may be changed directly
            m = self.map
            assert m is not None
            w_d = space.newdict()
            for i in range(len(m.names)):
                w_d.setitem_str(space, m.names[i], self.storage_w[i])
            self.w_dict = w_d
            self.map = None
            self.storage_w = []
        return w_d

    def setdict_w(self, space, w_dict):
        self.w_dict = w_dict
        self.map = None
        self.storage_w = []
        return True

    def getdictvalue(self, space, name):
        m = self.map
        if m is not None:
            i = m.index(name)
            if i < 0:
                return None
            return self.storage_w[i]
        w_d = self.w_dict
        assert w_d is not None
        return w_d.getitem_str(space, name)

    def setdictvalue(self, space, name, w_value):
        m = self.map
        if m is not None:
            i = m.index(name)
            if i >= 0:
                self.storage_w[i] = w_value
                return True
            if len(m.names) < MAX_ATTRS:
                self.map = m.with_attr(name)
                self.storage_w.append(w_value)
                return True
        self.attr_dict(space).setitem_str(space, name, w_value)
        return True

    def deldictvalue(self, space, name):
        m = self.map
        if m is not None and m.index(name) < 0:
            return False
        return dict_delete_str(space, self.attr_dict(space), name)

    def dict_names(self, space):
        m = self.map
        if m is not None:
            return m.names[:]
        w_d = self.w_dict
        assert w_d is not None
        return dict_str_keys(space, w_d)

    def is_user_instance(self):
        return True

    def setclass(self, w_class):
        self.w_class = w_class

    # ---- protocols dispatching to special methods ----

    def call_special(self, space, name, args_w):
        """Calls type(self).name(self, *args_w); returns None if the
        special method does not exist."""
        w_meth = self.w_class.lookup(name)
        if w_meth is None:
            return None
        all_args = [self]
        all_args.extend(args_w)
        return space.call_function_descr(w_meth, self, all_args)

    def binop(self, space, op, w_other):
        w_res = self.call_special(space, ops.BINOP_METHODS[op], [w_other])
        if w_res is None or w_res is space.w_NotImplemented:
            return None
        return w_res

    def rbinop(self, space, op, w_other):
        w_res = self.call_special(space, ops.BINOP_RMETHODS[op], [w_other])
        if w_res is None or w_res is space.w_NotImplemented:
            return None
        return w_res

    def inplace_op(self, space, op, w_other):
        w_res = self.call_special(space, ops.BINOP_IMETHODS[op], [w_other])
        if w_res is None or w_res is space.w_NotImplemented:
            return None
        return w_res

    def unaryop(self, space, op):
        if op == ops.UNARY_NEG:
            return self.call_special(space, "__neg__", [])
        if op == ops.UNARY_POS:
            return self.call_special(space, "__pos__", [])
        if op == ops.UNARY_INVERT:
            return self.call_special(space, "__invert__", [])
        return None

    def compare(self, space, op, w_other):
        w_res = self.call_special(space, ops.CMP_METHODS[op], [w_other])
        if w_res is None or w_res is space.w_NotImplemented:
            return None
        return w_res

    def is_true(self, space):
        w_res = self.call_special(space, "__bool__", [])
        if w_res is not None:
            if w_res is space.w_True:
                return True
            if w_res is space.w_False:
                return False
            raise space.type_error("__bool__ should return bool, returned %s"
                                   % space.type_name(w_res))
        w_res = self.call_special(space, "__len__", [])
        if w_res is not None:
            return space.int_w(w_res) != 0
        return True

    def length(self, space):
        w_res = self.call_special(space, "__len__", [])
        if w_res is None:
            return -1
        n = space.getindex(w_res, "__len__() should return an integer")
        if n < 0:
            raise space.value_error("__len__() should return >= 0")
        return n

    def repr(self, space):
        w_res = self.call_special(space, "__repr__", [])
        if w_res is None:
            return W_Root.repr(self, space)
        return space.expect_str(w_res, "__repr__")

    def str(self, space):
        w_res = self.call_special(space, "__str__", [])
        if w_res is None:
            return self.repr(space)
        return space.expect_str(w_res, "__str__")

    def hash(self, space):
        w_hash = self.w_class.lookup("__hash__")
        if w_hash is space.w_None:
            raise space.type_error("unhashable type: '%s'" % self.w_class.name)
        if w_hash is None:
            return space.identity_hash(self)
        w_res = space.call_function_descr(w_hash, self, [self])
        return space.int_w(w_res)

    def getitem(self, space, w_index):
        w_res = self.call_special(space, "__getitem__", [w_index])
        if w_res is None:
            return W_Root.getitem(self, space, w_index)
        return w_res

    def setitem(self, space, w_index, w_value):
        w_res = self.call_special(space, "__setitem__", [w_index, w_value])
        if w_res is None:
            W_Root.setitem(self, space, w_index, w_value)

    def delitem(self, space, w_index):
        w_res = self.call_special(space, "__delitem__", [w_index])
        if w_res is None:
            W_Root.delitem(self, space, w_index)

    def iter(self, space):
        w_res = self.call_special(space, "__iter__", [])
        if w_res is None:
            if self.w_class.lookup("__getitem__") is not None:
                return W_GetitemIterator(self)
            return W_Root.iter(self, space)
        return w_res

    def next(self, space):
        w_meth = self.w_class.lookup("__next__")
        if w_meth is None:
            return W_Root.next(self, space)
        try:
            return space.call_function_descr(w_meth, self, [self])
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                return None
            raise

    def contains(self, space, w_item):
        w_res = self.call_special(space, "__contains__", [w_item])
        if w_res is None:
            return -1
        if space.is_true(w_res):
            return 1
        return 0

    def call_args(self, space, args):
        w_meth = self.w_class.lookup("__call__")
        if w_meth is None:
            return W_Root.call_args(self, space, args)
        return space.call_args(space.bind(w_meth, self, self.w_class), args)

    def format(self, space, spec):
        w_meth = self.w_class.lookup("__format__")
        if w_meth is None:
            return None
        w_res = space.call_function_descr(w_meth, self, [self, space.newstr(spec)])
        return space.expect_str(w_res, "__format__")


class W_GetitemIterator(W_Root):
    """Iteration through __getitem__ with 0, 1, 2... until IndexError."""

    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.index = 0

    def getclass(self, space):
        return space.w_iterator

    def iter(self, space):
        return self

    def next(self, space):
        if self.index < 0:
            return None
        try:
            w_item = space.getitem(self.w_obj, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or \
                    e.match(space, space.w_StopIteration):
                self.index = -1
                return None
            raise
        self.index += 1
        return w_item


# ---- class creation

def call_set_names(space, w_class):
    """Calls `__set_name__(w_class, name)` on the attributes of a new
    class whose type defines it (descriptors learning their name), in
    definition order, before __init_subclass__."""
    names = []
    values_w = []
    for name, w_value in w_class.dict_w.items():
        names.append(name)
        values_w.append(w_value)
    for i in range(len(names)):
        w_value = values_w[i]
        if not w_value.is_user_instance():
            continue
        w_meth = w_value.getclass(space).lookup("__set_name__")
        if w_meth is not None:
            space.call_function_descr(w_meth, w_value,
                                      [w_value, w_class, space.newstr(names[i])])


# ---- assignment to __class__ and __dict__

# builtin bases whose instances have a variable size in CPython: their
# subclasses' layouts never match one another
VARSIZE_BASES = ["int", "bool", "tuple", "str", "bytes"]


def declared_slots(space, w_type):
    """The names listed by a heap type's own __slots__, or None when it
    has no __slots__."""
    w_slots = w_type.dict_w.get("__slots__", None)
    if w_slots is None:
        return None
    from pyinterp.strobject import W_StrObject
    names = []
    if isinstance(w_slots, W_StrObject):
        names.append(w_slots.value)
        return names
    for w_name in space.unpack_iterable(w_slots):
        if isinstance(w_name, W_StrObject):
            names.append(w_name.value)
    return names


def slot_names_added(space, w_type):
    """The slots a heap type's own __slots__ adds (sorted, without
    __dict__ and __weakref__), or None when it has no __slots__."""
    declared = declared_slots(space, w_type)
    if declared is None:
        return None
    names = []
    for n in declared:
        if n != "__dict__" and n != "__weakref__":
            # insertion in sorted order (CPython sorts the slot names)
            i = len(names)
            names.append(n)
            while i > 0 and names[i - 1] > n:
                names[i] = names[i - 1]
                i -= 1
            names[i] = n
    return names


def builtin_base(w_type):
    """The first builtin type of the MRO (object for plain classes)."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t
    return w_type


def layout_base(w_type):
    """The base whose instance layout a heap type extends (CPython's
    tp_base): the first base deriving from a builtin type other than
    object, else the first base."""
    for w_b in w_type.bases_w:
        if builtin_base(w_b).name != "object":
            return w_b
    return w_type.bases_w[0]


def has_dict(w_type):
    if w_type.is_heaptype:
        return w_type.instances_have_dict
    return w_type.layout == LAYOUT_EXCEPTION


def has_weakref(space, w_type):
    """Whether instances take weak references (only heap types do here:
    a class without __slots__ or listing __weakref__, or a subclass)."""
    if not w_type.is_heaptype:
        return False
    declared = declared_slots(space, w_type)
    if declared is None:
        return True
    if "__weakref__" in declared:
        return True
    return has_weakref(space, layout_base(w_type))


def adds_to_layout(space, w_type):
    """Whether a heap type's instances are laid out differently from its
    layout base's: slots, or a __dict__ or weak references the base's
    instances do not have."""
    w_base = layout_base(w_type)
    slots = slot_names_added(space, w_type)
    if slots is not None and len(slots) > 0:
        return True
    return has_dict(w_type) != has_dict(w_base) or \
        has_weakref(space, w_type) != has_weakref(space, w_base)


def solid_type(space, w_type):
    """The nearest type along the layout bases whose layout differs from
    its base's (CPython walks tp_base while the layouts are the same)."""
    while w_type.is_heaptype and not adds_to_layout(space, w_type):
        w_type = layout_base(w_type)
    return w_type


def same_slots(space, w_a, w_b):
    a = slot_names_added(space, w_a)
    b = slot_names_added(space, w_b)
    if a is None:
        a = []
    if b is None:
        b = []
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return False
    return True


def layouts_compatible(space, w_old, w_new):
    """CPython's compatible_for_assignment: the same solid type, or two
    heap types extending the same base in the same way."""
    w_so = solid_type(space, w_old)
    w_sn = solid_type(space, w_new)
    if w_so is w_sn:
        return True
    if not (w_so.is_heaptype and w_sn.is_heaptype):
        return False
    w_base = layout_base(w_so)
    if layout_base(w_sn) is not w_base:
        return False
    if builtin_base(w_base).name in VARSIZE_BASES:
        return False
    return same_slots(space, w_so, w_sn) and \
        has_dict(w_so) == has_dict(w_sn) and \
        has_weakref(space, w_so) == has_weakref(space, w_sn)


def set_special_attr(space, w_obj, name, w_value):
    """`obj.__class__ = w_value` and `obj.__dict__ = w_value` (after the
    data descriptors); False when the object has no such attribute to
    set (an AttributeError follows)."""
    if name == "__dict__":
        if not w_obj.is_user_instance() or \
                not w_obj.getclass(space).instances_have_dict:
            return False
        if not isinstance(w_value, W_DictObject):
            raise space.type_error("__dict__ must be set to a dictionary, not a '%s'"
                                   % space.type_name(w_value))
        return w_obj.setdict_w(space, w_value)
    if not isinstance(w_value, W_TypeObject):
        raise space.type_error("__class__ must be set to a class, not '%s' object"
                               % space.type_name(w_value))
    w_old = w_obj.getclass(space)
    if not w_value.is_heaptype or not w_old.is_heaptype:
        raise space.type_error("__class__ assignment only supported for mutable "
                               "types or ModuleType subclasses")
    if not layouts_compatible(space, w_old, w_value):
        raise space.type_error("__class__ assignment: '%s' object layout differs from '%s'"
                               % (w_value.name, w_old.name))
    w_obj.setclass(w_value)
    return True
