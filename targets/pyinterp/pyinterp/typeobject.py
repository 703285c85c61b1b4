"""type objects (builtin and user-defined classes) and instances of
user-defined classes, whose protocols dispatch to app-level special
methods."""

from pyinterp.model import W_Root, Arguments
from pyinterp import operators as ops
from pyinterp.error import OperationError

LAYOUT_OBJECT = 0       # W_InstanceObject
LAYOUT_EXCEPTION = 1    # W_BaseException
LAYOUT_BUILTIN = 2      # a builtin type with its own constructor

from pyinterp.mapdict import EMPTY_MAP, MAX_ATTRS
LOOKUP_CACHE_MAX = 1000     # entries per type before the cache is reset


class W_LookupMiss(W_Root):
    """The marker stored in a type's lookup cache for a name that no class
    of the MRO defines (never visible at app-level)."""


LOOKUP_MISS = W_LookupMiss()

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

    def is_w_type(self):
        return True

    def getclass(self, space):
        return space.w_type

    def repr(self, space):
        if self.module == "builtins":
            return "<class '%s'>" % self.qualname
        return "<class '%s.%s'>" % (self.module, self.qualname)

    def hash(self, space):
        return space.identity_hash(self)

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
        # dict_w once the instance has left maps (map is None then)
        self.map = EMPTY_MAP
        self.storage_w = []
        self.dict_w = None
        self.slots_w = None     # values of __slots__ attributes

    def getslots(self, create):
        if self.slots_w is None and create:
            self.slots_w = {}
        return self.slots_w

    def getclass(self, space):
        return self.w_class

    def getdict(self, space):
        d = self.dict_w
        if d is None:
            # leave maps: the dict is handed out and may be changed directly
            m = self.map
            assert m is not None
            d = {}
            for i in range(len(m.names)):
                d[m.names[i]] = self.storage_w[i]
            self.dict_w = d
            self.map = None
            self.storage_w = []
        return d

    def getdictvalue(self, space, name):
        m = self.map
        if m is not None:
            i = m.index(name)
            if i < 0:
                return None
            return self.storage_w[i]
        d = self.dict_w
        assert d is not None
        return d.get(name, None)

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
        d = self.getdict(space)
        d[name] = w_value
        return True

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
