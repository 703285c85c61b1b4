"""set and frozenset objects on a `SetTable` (settable.py), with CPython's
algorithms for building, merging and combining sets so that the results
iterate in CPython's order: `set(s)`/`s.copy()` merge tables, `&` walks the
smaller operand, `-` and `^` follow setobject.c's choice of strategy, and
the frozenset hash mixes the entry hashes as CPython does."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.gateway import check_method_args
from pyinterp.iterobject import W_AbstractIterator
from pyinterp.settable import SetTable
from pyinterp.rlib import StringBuilder, intmask


def lshr(x, n):
    """x >> n on the 64-bit word x read as unsigned (0 < n < 64)."""
    return (x >> n) & ((1 << (64 - n)) - 1)


def shuffle_bits(h):
    return intmask(((h ^ 89869747) ^ intmask(h << 16)) * 3644798167)


class W_SetObject(W_Root):
    def __init__(self, frozen):
        self.table = SetTable()
        self.frozen = frozen

    def getclass(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def is_true(self, space):
        return self.table.used > 0

    def length(self, space):
        return self.table.used

    def hash(self, space):
        if not self.frozen:
            raise space.type_error("unhashable type: 'set'")
        h = 0
        for eh in self.table.live_hashes():
            h ^= shuffle_bits(eh)
        h ^= intmask((self.table.used + 1) * 1927868237)
        h ^= lshr(h, 11) ^ lshr(h, 25)
        h = intmask(h * 69069 + 907133923)
        if h == -1:
            h = 590923713
        return h

    def repr(self, space):
        keys = self.table.live_keys()
        name = "set"
        if self.frozen:
            name = "frozenset"
        if len(keys) == 0:
            return name + "()"
        if space.repr_enter(self):
            return name + "(...)"
        try:
            b = StringBuilder()
            if self.frozen:
                b.append("frozenset(")
            b.append("{")
            for i in range(len(keys)):
                if i > 0:
                    b.append(", ")
                b.append(space.repr_str(keys[i]))
            b.append("}")
            if self.frozen:
                b.append(")")
        finally:
            space.repr_leave(self)
        return b.build()

    def add(self, space, w_key):
        self.table.add(space, w_key, space.hash_w(w_key))

    def has(self, space, w_key):
        return self.table.lookup(space, w_key, space.hash_w(w_key)) >= 0

    def has_hashed(self, space, w_key, h):
        return self.table.lookup(space, w_key, h) >= 0

    def contains(self, space, w_key):
        if self.has(space, w_key):
            return 1
        return 0

    def iter(self, space):
        return W_SetIterator(self)

    def new_like(self):
        return W_SetObject(self.frozen)

    def binop(self, space, op, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        if op == ops.OP_OR:
            return set_union(space, self, w_other)
        if op == ops.OP_AND:
            return set_intersection(space, self, w_other)
        if op == ops.OP_SUB:
            return set_difference(space, self, w_other)
        if op == ops.OP_XOR:
            return set_symdiff(space, self, w_other)
        return None

    def inplace_op(self, space, op, w_other):
        if self.frozen or not isinstance(w_other, W_SetObject):
            return None
        if op == ops.OP_OR:
            update_from(space, self, w_other)
        elif op == ops.OP_AND:
            w_res = set_intersection(space, self, w_other)
            self.table.swap(w_res.table)
        elif op == ops.OP_SUB:
            difference_update(space, self, w_other)
        elif op == ops.OP_XOR:
            symdiff_update(space, self, w_other)
        else:
            return None
        return self

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        n = self.table.used
        m = w_other.table.used
        if op == ops.CMP_EQ:
            return space.newbool(n == m and set_subset(space, self, w_other))
        if op == ops.CMP_NE:
            return space.newbool(not (n == m and
                                      set_subset(space, self, w_other)))
        if op == ops.CMP_LE:
            return space.newbool(set_subset(space, self, w_other))
        if op == ops.CMP_GE:
            return space.newbool(set_subset(space, w_other, self))
        if op == ops.CMP_LT:
            return space.newbool(n < m and set_subset(space, self, w_other))
        return space.newbool(n > m and set_subset(space, w_other, self))


class W_SetIterator(W_AbstractIterator):
    """Walks the slots of a set's table; fails if the size changes."""

    def __init__(self, w_set):
        self.w_set = w_set
        self.index = 0
        self.size = w_set.table.used

    def getclass(self, space):
        return space.w_set_iterator

    def next(self, space):
        w_set = self.w_set
        if w_set is None:
            return None
        t = w_set.table
        if t.used != self.size:
            self.size = -1
            raise space.runtime_error("Set changed size during iteration")
        keys_w = t.keys_w
        i = self.index
        while i < len(keys_w):
            w_k = keys_w[i]
            i += 1
            if w_k is not None:
                self.index = i
                return w_k
        self.index = i
        self.w_set = None
        return None

    def length_hint(self):
        w_set = self.w_set
        if w_set is None or w_set.table.used != self.size:
            return 0
        n = 0
        keys_w = w_set.table.keys_w
        for i in range(self.index, len(keys_w)):
            if keys_w[i] is not None:
                n += 1
        return n


# ------------------------------------------------- CPython's set algorithms

def update_from(space, w_set, w_other):
    """set_update_internal: merge a set, add a dict's keys, else iterate."""
    from pyinterp.dictobject import W_DictObject
    t = w_set.table
    if isinstance(w_other, W_SetObject):
        t.merge(space, w_other.table)
        return
    if isinstance(w_other, W_DictObject) and not w_other.is_user_instance():
        dt = w_other.table
        n = dt.used
        if (t.fill + n) * 5 >= t.mask * 3:
            t.resize((t.used + n) * 2)
        for i in range(len(dt.keys_w)):
            if i >= len(dt.keys_w):
                break
            w_k = dt.keys_w[i]
            if w_k is not None:
                t.add(space, w_k, dt.hashes[i])
        return
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_set.add(space, w_item)


def make_set_from(space, w_iterable):
    w_s = W_SetObject(False)
    update_from(space, w_s, w_iterable)
    return w_s


def set_copy_of(space, w_set):
    w_res = w_set.new_like()
    w_res.table.merge(space, w_set.table)
    return w_res


def set_subset(space, w_a, w_b):
    ta = w_a.table
    if ta.used > w_b.table.used:
        return False
    for i in range(len(ta.keys_w)):
        if i >= len(ta.keys_w):
            break
        w_k = ta.keys_w[i]
        if w_k is not None and not w_b.has_hashed(space, w_k, ta.hashes[i]):
            return False
    return True


def set_union(space, w_a, w_b):
    w_res = set_copy_of(space, w_a)
    if w_b is not w_a:
        w_res.table.merge(space, w_b.table)
    return w_res


def set_intersection(space, w_a, w_b):
    w_res = w_a.new_like()
    if w_a is w_b:
        w_res.table.merge(space, w_a.table)
        return w_res
    if w_b.table.used > w_a.table.used:
        w_a, w_b = w_b, w_a
    tb = w_b.table
    for i in range(len(tb.keys_w)):
        if i >= len(tb.keys_w):
            break
        w_k = tb.keys_w[i]
        if w_k is not None:
            h = tb.hashes[i]
            if w_a.has_hashed(space, w_k, h):
                w_res.table.add(space, w_k, h)
    return w_res


def intersection_iterable(space, w_set, w_other):
    if isinstance(w_other, W_SetObject):
        return set_intersection(space, w_set, w_other)
    w_res = w_set.new_like()
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        h = space.hash_w(w_item)
        if w_set.has_hashed(space, w_item, h):
            w_res.table.add(space, w_item, h)
            if w_res.table.used >= w_set.table.used:
                break
    return w_res


def difference_update(space, w_set, w_other):
    """set_difference_update_internal."""
    t = w_set.table
    if w_other is w_set:
        t.clear()
        return
    if isinstance(w_other, W_SetObject):
        if (w_other.table.used >> 3) > t.used:
            w_other = set_intersection(space, w_set, w_other)
        to = w_other.table
        for i in range(len(to.keys_w)):
            if i >= len(to.keys_w):
                break
            w_k = to.keys_w[i]
            if w_k is not None:
                t.discard(space, w_k, to.hashes[i])
    else:
        w_iter = space.iter(w_other)
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            t.discard(space, w_item, space.hash_w(w_item))
    if t.fill - t.used > t.mask // 4:
        t.resize(t.grow_size())


def set_difference(space, w_a, w_other):
    from pyinterp.dictobject import W_DictObject
    is_dict = isinstance(w_other, W_DictObject) and \
        not w_other.is_user_instance()
    if isinstance(w_other, W_SetObject):
        other_size = w_other.table.used
    elif is_dict:
        assert isinstance(w_other, W_DictObject)
        other_size = w_other.table.used
    else:
        other_size = -1
    if other_size < 0 or (w_a.table.used >> 2) > other_size:
        w_res = set_copy_of(space, w_a)
        difference_update(space, w_res, w_other)
        return w_res
    w_res = w_a.new_like()
    ta = w_a.table
    for i in range(len(ta.keys_w)):
        if i >= len(ta.keys_w):
            break
        w_k = ta.keys_w[i]
        if w_k is None:
            continue
        h = ta.hashes[i]
        if isinstance(w_other, W_SetObject):
            found = w_other.has_hashed(space, w_k, h)
        else:
            assert isinstance(w_other, W_DictObject)
            found = w_other.table.lookup(space, w_k, h) >= 0
        if not found:
            w_res.table.add(space, w_k, h)
    return w_res


def symdiff_update(space, w_set, w_other):
    """set_symmetric_difference_update."""
    from pyinterp.dictobject import W_DictObject
    t = w_set.table
    if w_other is w_set:
        t.clear()
        return
    if isinstance(w_other, W_DictObject) and not w_other.is_user_instance():
        dt = w_other.table
        for i in range(len(dt.keys_w)):
            if i >= len(dt.keys_w):
                break
            w_k = dt.keys_w[i]
            if w_k is not None:
                h = dt.hashes[i]
                if not t.discard(space, w_k, h):
                    t.add(space, w_k, h)
        return
    if isinstance(w_other, W_SetObject):
        w_os = w_other
    else:
        w_os = w_set.new_like()
        update_from(space, w_os, w_other)
    to = w_os.table
    for i in range(len(to.keys_w)):
        if i >= len(to.keys_w):
            break
        w_k = to.keys_w[i]
        if w_k is not None:
            h = to.hashes[i]
            if not t.discard(space, w_k, h):
                t.add(space, w_k, h)


def set_symdiff(space, w_a, w_other):
    w_res = w_a.new_like()
    update_from(space, w_res, w_other)
    symdiff_update(space, w_res, w_a)
    return w_res


# ------------------------------------------------------------ methods

def self_set(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_SetObject):
        raise space.type_error("descriptor '%s' requires a 'set' object" % name)
    return w_self


def set_add(space, args):
    w_s = self_set(space, args, "add", 1, 1)
    w_s.add(space, args.args_w[1])
    return space.w_None


def set_remove(space, args):
    w_s = self_set(space, args, "remove", 1, 1)
    w_k = args.args_w[1]
    if not w_s.table.discard(space, w_k, space.hash_w(w_k)):
        raise space.key_error(w_k)
    return space.w_None


def set_discard(space, args):
    w_s = self_set(space, args, "discard", 1, 1)
    w_k = args.args_w[1]
    w_s.table.discard(space, w_k, space.hash_w(w_k))
    return space.w_None


def set_pop(space, args):
    w_s = self_set(space, args, "pop", 0, 0)
    t = w_s.table
    if t.used == 0:
        raise space.key_error_msg("pop from an empty set")
    i = t.pop_slot()
    w_k = t.keys_w[i]
    assert w_k is not None
    t.keys_w[i] = None
    t.hashes[i] = -1
    t.used -= 1
    return w_k


def set_clear(space, args):
    w_s = self_set(space, args, "clear", 0, 0)
    w_s.table.clear()
    return space.w_None


def set_copy(space, args):
    w_s = self_set(space, args, "copy", 0, 0)
    if w_s.frozen and not w_s.is_user_instance():
        return w_s
    return set_copy_of(space, w_s)


def set_update(space, args):
    w_s = self_set(space, args, "update", 0, 100)
    for i in range(1, len(args.args_w)):
        update_from(space, w_s, args.args_w[i])
    return space.w_None


def set_union_m(space, args):
    w_s = self_set(space, args, "union", 0, 100)
    w_res = set_copy_of(space, w_s)
    for i in range(1, len(args.args_w)):
        if args.args_w[i] is not w_s:
            update_from(space, w_res, args.args_w[i])
    return w_res


def set_intersection_m(space, args):
    w_s = self_set(space, args, "intersection", 0, 100)
    if len(args.args_w) == 1:
        return set_copy_of(space, w_s)
    w_res = w_s
    for i in range(1, len(args.args_w)):
        w_res = intersection_iterable(space, w_res, args.args_w[i])
    return w_res


def set_difference_m(space, args):
    w_s = self_set(space, args, "difference", 0, 100)
    if len(args.args_w) == 1:
        return set_copy_of(space, w_s)
    w_res = set_difference(space, w_s, args.args_w[1])
    for i in range(2, len(args.args_w)):
        difference_update(space, w_res, args.args_w[i])
    return w_res


def set_symdiff_m(space, args):
    w_s = self_set(space, args, "symmetric_difference", 1, 1)
    return set_symdiff(space, w_s, args.args_w[1])


def set_intersection_update_m(space, args):
    w_s = self_set(space, args, "intersection_update", 0, 100)
    w_res = set_intersection_m(space, args)
    assert isinstance(w_res, W_SetObject)
    if w_res is not w_s:
        w_s.table.swap(w_res.table)
    return space.w_None


def set_difference_update_m(space, args):
    w_s = self_set(space, args, "difference_update", 0, 100)
    for i in range(1, len(args.args_w)):
        difference_update(space, w_s, args.args_w[i])
    return space.w_None


def set_symdiff_update_m(space, args):
    w_s = self_set(space, args, "symmetric_difference_update", 1, 1)
    symdiff_update(space, w_s, args.args_w[1])
    return space.w_None


def set_issubset(space, args):
    w_s = self_set(space, args, "issubset", 1, 1)
    return space.newbool(set_subset(space, w_s, make_set_from(space, args.args_w[1])))


def set_issuperset(space, args):
    w_s = self_set(space, args, "issuperset", 1, 1)
    w_other = args.args_w[1]
    if isinstance(w_other, W_SetObject):
        return space.newbool(set_subset(space, w_other, w_s))
    for w_k in space.unpack_iterable(w_other):
        if not w_s.has(space, w_k):
            return space.w_False
    return space.w_True


def set_isdisjoint(space, args):
    w_s = self_set(space, args, "isdisjoint", 1, 1)
    for w_k in space.unpack_iterable(args.args_w[1]):
        if w_s.has(space, w_k):
            return space.w_False
    return space.w_True


SET_METHODS = [
    ("add", set_add), ("remove", set_remove), ("discard", set_discard),
    ("pop", set_pop), ("clear", set_clear), ("copy", set_copy),
    ("update", set_update), ("union", set_union_m),
    ("intersection", set_intersection_m), ("difference", set_difference_m),
    ("symmetric_difference", set_symdiff_m), ("issubset", set_issubset),
    ("issuperset", set_issuperset), ("isdisjoint", set_isdisjoint),
    ("intersection_update", set_intersection_update_m),
    ("difference_update", set_difference_update_m),
    ("symmetric_difference_update", set_symdiff_update_m),
]

FROZENSET_METHODS = []
for _name, _func in SET_METHODS:
    if _name not in ("add", "remove", "discard", "pop", "clear", "update",
                     "intersection_update", "difference_update",
                     "symmetric_difference_update"):
        FROZENSET_METHODS.append((_name, _func))
