"""Inline caches of the eval loop, kept on code objects.

* LOAD_GLOBAL (per name): where the name was found, as an entry index in
  the globals' (or builtins') HashTable, valid while that table's `layout`
  counter is unchanged (it moves when keys come or go or entries move, not
  when a value is replaced), so a hit reads `values_w[ix]` directly.
* LOAD_ATTR / LOAD_METHOD / STORE_ATTR on instances of user classes (per
  instruction): the class, its `version_tag` (replaced when a dict along
  its MRO changes) and what the class lookup of the name gave, when that
  is nothing or a plain function, i.e. when the generic attribute
  algorithm reduces to the instance attributes plus the cached class
  value; and the instance's map (mapdict.py) with the attribute's index
  in it (and for a store adding the attribute, the map it leads to).
"""

from pyinterp.funcobject import W_FunctionObject
from pyinterp.gateway import W_BuiltinFunction
from pyinterp.typeobject import (W_InstanceObject, SPECIAL_GETATTRIBUTE,
                                 SPECIAL_SETATTR, SPECIAL_NEW)
from pyinterp.mapdict import MAX_ATTRS
from pyinterp.rlib import always_inline, dont_inline


class GlobalCache(object):
    def __init__(self):
        self.table = None       # the globals' HashTable
        self.layout = -1
        self.ix = -1            # entry index in it, or -1: in the builtins
        self.btable = None      # the builtins' HashTable
        self.blayout = -1
        self.bix = -1


@always_inline
def load_global_fast(space, frame, arg):
    """The hit of LOAD_GLOBAL's cache (inlined into the eval loop; it calls
    nothing, so it is not on the eval loop's recursion cycle and carries
    no stack check), or None (then load_global)."""
    t = frame.w_globals.table
    c = frame.code.global_caches[arg]
    if c is not None and c.table is t and c.layout == t.layout:
        if c.ix >= 0:
            return t.values_w[c.ix]
        bt = space.w_builtins.table
        if c.btable is bt and c.blayout == bt.layout:
            return bt.values_w[c.bix]
    return None


@dont_inline
def load_global(space, frame, arg):
    """The value of global co_names[arg] in frame, or None if undefined."""
    w_value = load_global_fast(space, frame, arg)
    if w_value is not None:
        return w_value
    return load_global_slow(space, frame, arg)


def load_global_slow(space, frame, arg):
    code = frame.code
    t = frame.w_globals.table
    w_name = space.newstr(code.co_names[arg])
    h = space.hash_w(w_name)
    ix = t.lookup(space, w_name, h)
    c = code.global_caches[arg]
    if c is None:
        c = GlobalCache()
        code.global_caches[arg] = c
    c.table = t
    c.layout = t.layout
    c.ix = ix
    if ix >= 0:
        return t.values_w[ix]
    bt = space.w_builtins.table
    bix = bt.lookup(space, w_name, h)
    if bix < 0:
        c.table = None
        return None
    c.btable = bt
    c.blayout = bt.layout
    c.bix = bix
    return bt.values_w[bix]


class AttrCache(object):
    def __init__(self, w_type, tag, w_descr, ok_load, ok_store):
        self.w_type = w_type
        self.tag = tag
        self.w_descr = w_descr      # class lookup result: None or a function
        self.ok_load = ok_load      # getattr = instance dict, then w_descr
        self.ok_store = ok_store    # setattr = store into the instance dict
        # the instance side: for instances with map `map`, the attribute's
        # storage index (-1: absent; a store then moves to `new_map`)
        self.map = None
        self.index = -1
        self.new_map = None


def attr_cache(space, code, index, w_obj, name):
    """The cache of instruction `index` for instance w_obj, refilled if
    its class or the class's version tag differ."""
    w_type = w_obj.w_class
    c = code.attr_caches[index]
    if c is not None and c.w_type is w_type and c.tag is w_type.version_tag:
        return c
    tag = w_type.version_tag
    w_descr = w_type.lookup(name)
    flags = w_type.get_special_flags(space)
    plain = w_descr is None or isinstance(w_descr, W_FunctionObject) or \
        isinstance(w_descr, W_BuiltinFunction)
    ok_load = plain and not (flags & SPECIAL_GETATTRIBUTE)
    ok_store = plain and not (flags & SPECIAL_SETATTR) and \
        name != "__class__" and name != "__dict__" and \
        w_type is not space.w_object and \
        w_type.instances_have_dict
    c = AttrCache(w_type, tag, w_descr, ok_load, ok_store)
    code.attr_caches[index] = c
    return c


@always_inline
def valid_cache(code, index, w_obj):
    """The cache of instruction `index` if it is filled for the class of
    the instance w_obj as it is now, else None."""
    assert index >= 0
    c = code.attr_caches[index]
    if c is None:
        return None
    w_type = w_obj.w_class
    if c.w_type is not w_type or c.tag is not w_type.version_tag:
        return None
    return c


@always_inline
def load_attr_fast(code, index, w_obj):
    """The hit of LOAD_ATTR's cache (inlined into the eval loop): the
    instance attribute at the cached index of the instance's map, or None
    (then load_attr)."""
    c = valid_cache(code, index, w_obj)
    if c is None or not c.ok_load:
        return None
    m = w_obj.map
    if m is None or m is not c.map or c.index < 0:
        return None
    return w_obj.storage_w[c.index]


@always_inline
def lookup_method_fast(code, index, w_obj):
    """The hit of LOAD_METHOD's cache: the cached class function when the
    instance's map is the cached one and has no such attribute, or None
    (then lookup_method)."""
    c = valid_cache(code, index, w_obj)
    if c is None or not c.ok_load:
        return None
    m = w_obj.map
    if m is None or m is not c.map or c.index >= 0:
        return None
    return c.w_descr


@always_inline
def store_attr_fast(code, index, w_obj, w_value):
    """The hit of STORE_ATTR's cache: stores into the cached index, or
    adds the attribute with the cached map transition; False (nothing
    done) on a miss (then store_attr)."""
    c = valid_cache(code, index, w_obj)
    if c is None or not c.ok_store:
        return False
    m = w_obj.map
    if m is None or m is not c.map:
        return False
    if c.index >= 0:
        w_obj.storage_w[c.index] = w_value
        return True
    new_map = c.new_map
    if new_map is None:
        return False
    w_obj.map = new_map
    w_obj.storage_w.append(w_value)
    return True


def init_cache(space, code, index, w_type):
    """For a call instruction calling the user class w_type: its
    __init__ when it is a Python function, the class has the default
    __new__ and its instances are plain W_InstanceObjects; else None.
    Cached in the instruction's AttrCache (w_descr: the __init__ or None),
    valid while the class's version tag is unchanged."""
    c = code.attr_caches[index]
    if c is None or c.w_type is not w_type or c.tag is not w_type.version_tag:
        tag = w_type.version_tag
        w_init = None
        if not (w_type.get_special_flags(space) & SPECIAL_NEW) and \
                w_type.get_layout() is None:
            w_descr = w_type.lookup("__init__")
            if isinstance(w_descr, W_FunctionObject):
                w_init = w_descr
        c = AttrCache(w_type, tag, w_init, False, False)
        code.attr_caches[index] = c
    w_init = c.w_descr
    if w_init is None:
        return None
    assert isinstance(w_init, W_FunctionObject)
    return w_init


def load_attr(space, code, index, w_obj, name):
    """w_obj.name through the cache, or None to take the generic path."""
    assert isinstance(w_obj, W_InstanceObject)
    c = attr_cache(space, code, index, w_obj, name)
    if not c.ok_load:
        return None
    m = w_obj.map
    if m is not None:
        if m is not c.map:
            c.map = m
            c.index = m.index(name)
        if c.index >= 0:
            return w_obj.storage_w[c.index]
    else:
        w_v = w_obj.getdictvalue(space, name)
        if w_v is not None:
            return w_v
    w_descr = c.w_descr
    if w_descr is None:
        return None
    return space.bind(w_descr, w_obj, c.w_type)


def lookup_method(space, code, index, w_obj, name):
    """The function LOAD_METHOD can call with w_obj as first argument, or
    None to take the generic path."""
    assert isinstance(w_obj, W_InstanceObject)
    c = attr_cache(space, code, index, w_obj, name)
    w_descr = c.w_descr
    if not c.ok_load or w_descr is None:
        return None
    m = w_obj.map
    if m is not None:
        if m is not c.map:
            c.map = m
            c.index = m.index(name)
        if c.index >= 0:
            return None
        return w_descr
    if w_obj.getdictvalue(space, name) is not None:
        return None
    return w_descr


def store_attr(space, code, index, w_obj, name, w_value):
    """Stores w_obj.name = w_value through the cache; False to take the
    generic path."""
    assert isinstance(w_obj, W_InstanceObject)
    c = attr_cache(space, code, index, w_obj, name)
    if not c.ok_store:
        return False
    m = w_obj.map
    if m is not None:
        if m is c.map:
            if c.index >= 0:
                w_obj.storage_w[c.index] = w_value
                return True
            new_map = c.new_map
            if new_map is not None:
                w_obj.map = new_map
                w_obj.storage_w.append(w_value)
                return True
        i = m.index(name)
        if i >= 0:
            c.map = m
            c.index = i
            c.new_map = None
            w_obj.storage_w[i] = w_value
            return True
        if len(m.names) < MAX_ATTRS:
            new_map = m.with_attr(name)
            c.map = m
            c.index = -1
            c.new_map = new_map
            w_obj.map = new_map
            w_obj.storage_w.append(w_value)
            return True
    w_obj.setdictvalue(space, name, w_value)
    return True
