"""dict objects (and their views) on top of an insertion-ordered hash table
keyed by the interpreter's own hash/eq (compact dict layout: dense entries
plus a sparse index table with open addressing); sets are in setobject.py."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.gateway import check_method_args
from pyinterp.rlib import StringBuilder
from pyinterp.setobject import W_SetObject, make_set_from

FREE = -1
DUMMY = -2


class HashTable(object):
    def __init__(self):
        # bumped whenever entries move or keys come and go (not when a
        # value is replaced): caches of entry indexes check it
        self.layout = 0
        self.clear()

    def clear(self):
        self.indexes = [FREE] * 8
        self.hashes = []
        self.keys_w = []        # None marks a deleted entry
        self.values_w = []
        self.used = 0
        self.filled = 0         # entries in `indexes` that are not FREE
        self.version = 0        # bumped on size changes (iteration check)
        self.layout += 1

    def length(self):
        return self.used

    def lookup(self, space, w_key, h):
        """Index of the entry for w_key, or -1."""
        from pyinterp.strobject import W_StrObject
        from pyinterp.subclass import W_StrUser
        if isinstance(w_key, W_StrObject) and not isinstance(w_key, W_StrUser):
            return self.lookup_str(space, w_key, h)
        mask = len(self.indexes) - 1
        i = h & mask
        perturb = h
        if perturb < 0:
            perturb = -(perturb + 1)
        while True:
            ix = self.indexes[i]
            if ix == FREE:
                return -1
            if ix >= 0:
                w_k = self.keys_w[ix]
                if w_k is w_key:
                    return ix
                if w_k is not None and self.hashes[ix] == h:
                    if space.eq_w(w_k, w_key):
                        return ix
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask

    def lookup_str(self, space, w_key, h):
        """lookup() for an exact str key: stored exact strs are compared
        inline (no call of space.eq_w), other stored keys as lookup()."""
        from pyinterp.strobject import W_StrObject
        from pyinterp.subclass import W_StrUser
        assert isinstance(w_key, W_StrObject)
        key = w_key.value
        mask = len(self.indexes) - 1
        i = h & mask
        perturb = h
        if perturb < 0:
            perturb = -(perturb + 1)
        while True:
            ix = self.indexes[i]
            if ix == FREE:
                return -1
            if ix >= 0:
                w_k = self.keys_w[ix]
                if w_k is w_key:
                    return ix
                if w_k is not None and self.hashes[ix] == h:
                    if isinstance(w_k, W_StrObject) \
                            and not isinstance(w_k, W_StrUser):
                        if w_k.value == key:
                            return ix
                    elif space.eq_w(w_k, w_key):
                        return ix
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask

    def find_slot(self, h):
        """A FREE or DUMMY slot in `indexes` for a new entry of hash h."""
        mask = len(self.indexes) - 1
        i = h & mask
        perturb = h
        if perturb < 0:
            perturb = -(perturb + 1)
        while True:
            ix = self.indexes[i]
            if ix == FREE or ix == DUMMY:
                return i
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask

    def get(self, space, w_key):
        h = space.hash_w(w_key)
        ix = self.lookup(space, w_key, h)
        if ix < 0:
            return None
        return self.values_w[ix]

    def set(self, space, w_key, w_value):
        h = space.hash_w(w_key)
        ix = self.lookup(space, w_key, h)
        if ix >= 0:
            self.values_w[ix] = w_value
            return
        self.insert_new(h, w_key, w_value)

    def insert_new(self, h, w_key, w_value):
        if (self.filled + 1) * 3 >= len(self.indexes) * 2:
            self.resize()
        slot = self.find_slot(h)
        if self.indexes[slot] == FREE:
            self.filled += 1
        self.indexes[slot] = len(self.keys_w)
        self.hashes.append(h)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.used += 1
        self.version += 1
        self.layout += 1

    def resize(self):
        # compact the entries and rebuild the index table
        hashes = []
        keys_w = []
        values_w = []
        for i in range(len(self.keys_w)):
            w_k = self.keys_w[i]
            if w_k is not None:
                hashes.append(self.hashes[i])
                keys_w.append(w_k)
                values_w.append(self.values_w[i])
        size = 8
        while size * 2 <= (self.used + 1) * 3 + 8:
            size *= 2
        self.indexes = [FREE] * size
        self.hashes = hashes
        self.keys_w = keys_w
        self.values_w = values_w
        self.filled = 0
        self.layout += 1
        for i in range(len(keys_w)):
            slot = self.find_slot(hashes[i])
            self.indexes[slot] = i
            self.filled += 1

    def delete(self, space, w_key):
        """Removes w_key; returns its value or None if missing."""
        h = space.hash_w(w_key)
        ix = self.lookup(space, w_key, h)
        if ix < 0:
            return None
        return self.delete_entry(ix, h)

    def delete_entry(self, ix, h):
        mask = len(self.indexes) - 1
        i = h & mask
        perturb = h
        if perturb < 0:
            perturb = -(perturb + 1)
        while self.indexes[i] != ix:
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask
        self.indexes[i] = DUMMY
        w_value = self.values_w[ix]
        self.keys_w[ix] = None
        self.values_w[ix] = None
        self.used -= 1
        self.version += 1
        self.layout += 1
        # drop trailing deleted entries so that popitem() stays cheap
        while len(self.keys_w) > 0 and self.keys_w[-1] is None:
            self.keys_w.pop()
            self.values_w.pop()
            self.hashes.pop()
        return w_value

    def copy(self):
        t = HashTable()
        t.indexes = self.indexes[:]
        t.hashes = self.hashes[:]
        t.keys_w = self.keys_w[:]
        t.values_w = self.values_w[:]
        t.used = self.used
        t.filled = self.filled
        return t

    def live_keys(self):
        result = []
        for w_k in self.keys_w:
            if w_k is not None:
                result.append(w_k)
        return result

    def live_values(self):
        result = []
        for i in range(len(self.keys_w)):
            if self.keys_w[i] is not None:
                w_v = self.values_w[i]
                assert w_v is not None
                result.append(w_v)
        return result


class W_DictObject(W_Root):
    def __init__(self):
        self.table = HashTable()

    def getclass(self, space):
        return space.w_dict

    def is_true(self, space):
        return self.table.used > 0

    def length(self, space):
        return self.table.used

    def hash(self, space):
        raise space.type_error("unhashable type: 'dict'")

    def repr(self, space):
        if self.table.used == 0:
            return "{}"
        if space.repr_enter(self):
            return "{...}"
        try:
            b = StringBuilder()
            b.append("{")
            first = True
            t = self.table
            for i in range(len(t.keys_w)):
                w_k = t.keys_w[i]
                if w_k is None:
                    continue
                if not first:
                    b.append(", ")
                first = False
                b.append(space.repr_str(w_k))
                b.append(": ")
                w_v = t.values_w[i]
                assert w_v is not None
                b.append(space.repr_str(w_v))
            b.append("}")
        finally:
            space.repr_leave(self)
        return b.build()

    def getitem(self, space, w_key):
        w_v = self.table.get(space, w_key)
        if w_v is None:
            if self.is_user_instance():
                # a dict subclass may define __missing__
                w_missing = self.getclass(space).lookup("__missing__")
                if w_missing is not None:
                    return space.call_function_descr(w_missing, self,
                                                     [self, w_key])
            raise space.key_error(w_key)
        return w_v

    def setitem(self, space, w_key, w_value):
        self.table.set(space, w_key, w_value)

    def delitem(self, space, w_key):
        if self.table.delete(space, w_key) is None:
            raise space.key_error(w_key)

    def contains(self, space, w_key):
        h = space.hash_w(w_key)
        if self.table.lookup(space, w_key, h) >= 0:
            return 1
        return 0

    def iter(self, space):
        from pyinterp.iterobject import W_DictIterator
        return W_DictIterator(self.table, 0)

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        if op != ops.CMP_EQ and op != ops.CMP_NE:
            return None
        eq = dict_equal(space, self, w_other)
        if op == ops.CMP_EQ:
            return space.newbool(eq)
        return space.newbool(not eq)

    def binop(self, space, op, w_other):
        if op == ops.OP_OR and isinstance(w_other, W_DictObject):
            w_res = W_DictObject()
            w_res.table = self.table.copy()
            dict_update_from(space, w_res, w_other)
            return w_res
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.OP_OR:
            dict_update_from(space, self, w_other)
            return self
        return None

    # helpers for interpreter-level users
    def getitem_str(self, space, key):
        return self.table.get(space, space.newstr(key))

    def setitem_str(self, space, key, w_value):
        self.table.set(space, space.newstr(key), w_value)


def dict_equal(space, w_a, w_b):
    if w_a.table.used != w_b.table.used:
        return False
    t = w_a.table
    for i in range(len(t.keys_w)):
        w_k = t.keys_w[i]
        if w_k is None:
            continue
        w_v2 = w_b.table.get(space, w_k)
        if w_v2 is None:
            return False
        w_v = t.values_w[i]
        assert w_v is not None
        if not space.eq_w(w_v, w_v2):
            return False
    return True


def dict_update_from(space, w_dict, w_other):
    if isinstance(w_other, W_DictObject):
        t = w_other.table
        for i in range(len(t.keys_w)):
            w_k = t.keys_w[i]
            if w_k is not None:
                w_v = t.values_w[i]
                assert w_v is not None
                w_dict.table.set(space, w_k, w_v)
        return
    w_keys = space.lookup_attr_or_none(w_other, "keys")
    if w_keys is not None:
        for w_k in space.unpack_iterable(space.call_function(w_keys, [])):
            w_dict.table.set(space, w_k, space.getitem(w_other, w_k))
        return
    for w_pair in space.unpack_iterable(w_other):
        items_w = space.unpack_iterable(w_pair)
        if len(items_w) != 2:
            raise space.value_error("dictionary update sequence element has length %d; 2 is required"
                                    % len(items_w))
        w_dict.table.set(space, items_w[0], items_w[1])


class W_DictViewObject(W_Root):
    """dict.keys() / values() / items(); kind 0, 1, 2."""

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        if self.kind == 0:
            return space.w_dict_keys
        if self.kind == 1:
            return space.w_dict_values
        return space.w_dict_items

    def length(self, space):
        return self.w_dict.table.used

    def iter(self, space):
        from pyinterp.iterobject import W_DictIterator
        return W_DictIterator(self.w_dict.table, self.kind)

    def contains(self, space, w_item):
        if self.kind == 0:
            return self.w_dict.contains(space, w_item)
        if self.kind == 2:
            from pyinterp.tupleobject import W_TupleObject
            if not isinstance(w_item, W_TupleObject) or len(w_item.items_w) != 2:
                return 0
            w_v = self.w_dict.table.get(space, w_item.items_w[0])
            if w_v is None:
                return 0
            if space.eq_w(w_v, w_item.items_w[1]):
                return 1
            return 0
        return -1

    def as_set(self, space):
        return make_set_from(space, self)

    def binop(self, space, op, w_other):
        if self.kind == 1:
            return None
        return view_setop(space, op, self, w_other)

    def rbinop(self, space, op, w_other):
        if self.kind == 1:
            return None
        return view_setop(space, op, w_other, self)

    def compare(self, space, op, w_other):
        if self.kind == 1:
            return None
        if not isinstance(w_other, W_SetObject) and \
                not isinstance(w_other, W_DictViewObject):
            return None
        if isinstance(w_other, W_DictViewObject) and w_other.kind == 1:
            return None
        return make_set_from(space, self).compare(space, op,
                                                  make_set_from(space, w_other))

    def repr(self, space):
        items_w = space.unpack_iterable(self)
        b = StringBuilder()
        b.append(self.getclass(space).name)
        b.append("([")
        for i in range(len(items_w)):
            if i > 0:
                b.append(", ")
            b.append(space.repr_str(items_w[i]))
        b.append("])")
        return b.build()


def view_to_set(space, w_obj):
    """dictviews_to_set: a keys view is built from its dict directly."""
    if isinstance(w_obj, W_DictViewObject) and w_obj.kind == 0:
        return make_set_from(space, w_obj.w_dict)
    return make_set_from(space, w_obj)


def view_setop(space, op, w_left, w_right):
    """`|`, `&`, `-`, `^` with a dict view on either side (CPython's
    dictviews_or/_and/_sub/_xor)."""
    from pyinterp.setobject import (update_from, difference_update,
                                    symdiff_update, intersection_iterable)
    if op == ops.OP_AND:
        if not isinstance(w_left, W_DictViewObject):
            w_left, w_right = w_right, w_left
        assert isinstance(w_left, W_DictViewObject)
        n = w_left.length(space)
        if isinstance(w_right, W_SetObject) and \
                not w_right.is_user_instance() and n <= w_right.table.used:
            return intersection_iterable(space, w_right, w_left)
        if isinstance(w_right, W_DictViewObject) and \
                w_right.length(space) > n:
            w_left, w_right = w_right, w_left
        assert isinstance(w_left, W_DictViewObject)
        w_res = W_SetObject(False)
        for w_k in space.unpack_iterable(w_right):
            if w_left.contains(space, w_k):
                w_res.add(space, w_k)
        return w_res
    if op != ops.OP_OR and op != ops.OP_SUB and op != ops.OP_XOR:
        return None
    w_res = view_to_set(space, w_left)
    if op == ops.OP_OR:
        update_from(space, w_res, w_right)
    elif op == ops.OP_SUB:
        difference_update(space, w_res, w_right)
    else:
        symdiff_update(space, w_res, w_right)
    return w_res


def self_dict(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_DictObject):
        raise space.type_error("descriptor '%s' requires a 'dict' object" % name)
    return w_self


def dict_get(space, args):
    w_d = self_dict(space, args, "get", 1, 2)
    w_v = w_d.table.get(space, args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        return space.w_None
    return w_v


def view_isdisjoint(space, args):
    check_method_args(space, args, "isdisjoint", 1, 1)
    w_self = args.args_w[0]
    w_set = make_set_from(space, w_self)
    for w_k in space.unpack_iterable(args.args_w[1]):
        if w_set.has(space, w_k):
            return space.w_False
    return space.w_True


def dict_keys(space, args):
    return W_DictViewObject(self_dict(space, args, "keys", 0, 0), 0)


def dict_values(space, args):
    return W_DictViewObject(self_dict(space, args, "values", 0, 0), 1)


def dict_items(space, args):
    return W_DictViewObject(self_dict(space, args, "items", 0, 0), 2)


def dict_pop(space, args):
    w_d = self_dict(space, args, "pop", 1, 2)
    w_v = w_d.table.delete(space, args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise space.key_error(args.args_w[1])
    return w_v


def dict_popitem(space, args):
    w_d = self_dict(space, args, "popitem", 0, 0)
    t = w_d.table
    if t.used == 0:
        raise space.key_error_msg("popitem(): dictionary is empty")
    ix = len(t.keys_w) - 1
    w_k = t.keys_w[ix]
    assert w_k is not None
    w_v = t.delete_entry(ix, t.hashes[ix])
    assert w_v is not None
    return space.newtuple([w_k, w_v])


def dict_setdefault(space, args):
    w_d = self_dict(space, args, "setdefault", 1, 2)
    w_v = w_d.table.get(space, args.args_w[1])
    if w_v is None:
        w_v = space.w_None
        if len(args.args_w) > 2:
            w_v = args.args_w[2]
        w_d.table.set(space, args.args_w[1], w_v)
    return w_v


def dict_update(space, args):
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_DictObject):
        raise space.type_error("descriptor 'update' requires a 'dict' object")
    w_d = args.args_w[0]
    assert isinstance(w_d, W_DictObject)
    if len(args.args_w) > 2:
        raise space.type_error("update expected at most 1 argument")
    if len(args.args_w) == 2:
        dict_update_from(space, w_d, args.args_w[1])
    names = args.kw_names
    if names is not None:
        values = args.kw_values_w
        assert values is not None
        for i in range(len(names)):
            w_d.table.set(space, space.newstr(names[i]), values[i])
    return space.w_None


def dict_copy(space, args):
    w_d = self_dict(space, args, "copy", 0, 0)
    w_res = W_DictObject()
    w_res.table = w_d.table.copy()
    return w_res


def dict_clear(space, args):
    w_d = self_dict(space, args, "clear", 0, 0)
    w_d.table.clear()
    return space.w_None


DICT_METHODS = [
    ("get", dict_get), ("keys", dict_keys), ("values", dict_values),
    ("items", dict_items), ("pop", dict_pop), ("popitem", dict_popitem),
    ("setdefault", dict_setdefault), ("update", dict_update),
    ("copy", dict_copy), ("clear", dict_clear),
]
