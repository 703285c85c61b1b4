"""The stable sort of list.sort() and sorted().

Like CPython's list.sort: the natural runs of the list are found left to
right (a strictly descending run is reversed in place), short runs are
extended by binary insertion to a minimum run length, and the runs are then
merged pairwise.  For lists shorter than 64 items this performs exactly
CPython's sequence of comparisons (count_run + binarysort), so that the
order of calls to user __lt__ methods, and the state of a list whose sort
raised, are the same.  Items are only ever moved, never lost: if a
comparison raises in the middle of a merge the items of the merge are put
back before the exception propagates.

Before sorting, the keys are checked once for a homogeneous type with a
cheap comparison (exact ints, floats or strs, or exact non-empty tuples
whose first items are of one such type), like CPython's
unsafe_*_compare pre-checks; other keys use the generic space.lt_w.  Int
keys (and the int first items of tuple keys) are also copied into an
array of machine ints moved along with the keys, which most comparisons
read alone; when all keys are exact 2-tuples of exact ints (the common
`(key, index)` pairs), a second array holds their second items, and such
keys are compared without loading any object (ties on the first items are
frequent, and loading two tuples and their items costs cache misses)."""

from pyinterp.intobject import W_IntObject
from pyinterp.floatobject import W_FloatObject
from pyinterp.strobject import W_StrObject
from pyinterp.tupleobject import W_TupleObject, items_lt
from pyinterp.error import OperationError

KIND_GENERIC = 0
KIND_INT = 1
KIND_FLOAT = 2
KIND_STR = 3
KIND_TUPLE = 4      # exact non-empty tuples (see first_kind for item 0)

MIN_GALLOP_RUN = 64


def exact_kind(w_x):
    """The kind of one key (KIND_GENERIC when no fast comparison applies)."""
    if w_x.is_user_instance():
        return KIND_GENERIC
    if isinstance(w_x, W_IntObject):
        return KIND_INT
    if isinstance(w_x, W_FloatObject):
        return KIND_FLOAT
    if isinstance(w_x, W_StrObject):
        return KIND_STR
    return KIND_GENERIC


def keys_kind(keys):
    """(kind of all keys, kind of all first items when they are tuples)."""
    n = len(keys)
    if n == 0:
        return KIND_GENERIC, KIND_GENERIC
    w_first = keys[0]
    if isinstance(w_first, W_TupleObject) and not w_first.is_user_instance():
        first = KIND_GENERIC
        for i in range(n):
            w_t = keys[i]
            if not isinstance(w_t, W_TupleObject) or w_t.is_user_instance():
                return KIND_GENERIC, KIND_GENERIC
            if len(w_t.items_w) == 0:
                return KIND_GENERIC, KIND_GENERIC
            k = exact_kind(w_t.items_w[0])
            if i == 0:
                first = k
            elif k != first:
                first = KIND_GENERIC
        return KIND_TUPLE, first
    kind = exact_kind(w_first)
    if kind == KIND_GENERIC:
        return KIND_GENERIC, KIND_GENERIC
    for i in range(1, n):
        if exact_kind(keys[i]) != kind:
            return KIND_GENERIC, KIND_GENERIC
    return kind, KIND_GENERIC


def int_pairs(keys):
    """Whether all keys are exact tuples of two exact ints (keys_kind said
    KIND_TUPLE with KIND_INT first items)."""
    for i in range(len(keys)):
        w_k = keys[i]
        assert isinstance(w_k, W_TupleObject)
        if len(w_k.items_w) != 2 or exact_kind(w_k.items_w[1]) != KIND_INT:
            return False
    return True


def kind_lt(space, kind, w_a, w_b):
    """w_a < w_b for two keys known to be of `kind`."""
    if kind == KIND_INT:
        assert isinstance(w_a, W_IntObject)
        assert isinstance(w_b, W_IntObject)
        return w_a.intval < w_b.intval
    if kind == KIND_FLOAT:
        assert isinstance(w_a, W_FloatObject)
        assert isinstance(w_b, W_FloatObject)
        return w_a.floatval < w_b.floatval
    if kind == KIND_STR:
        assert isinstance(w_a, W_StrObject)
        assert isinstance(w_b, W_StrObject)
        return w_a.value < w_b.value
    return space.lt_w(w_a, w_b)


class Sorter(object):
    """One sort: the keys (sorted in place) and, with a key function, the
    values moved along with them (None otherwise).

    `ints` is a third parallel array, moved along with the keys: when the
    keys are exact ints, or tuples whose first items are all exact ints,
    it holds these ints, so that most comparisons compare two machine
    words without loading the objects; for other keys it is all zeros
    (always equal) and every comparison goes to `lt_rest`.

    When `pairs` is set (all keys are exact `(int, int)` tuples), `ints2`
    is a fourth parallel array holding the second items: keys whose ints
    and ints2 are both equal are equal, and `lt_rest` is never called.
    Otherwise `ints2` is empty and never touched."""

    def __init__(self, space, keys, values):
        self.space = space
        self.keys = keys
        self.values = values
        self.kind, self.first_kind = keys_kind(keys)
        n = len(keys)
        ints = [0] * n
        if self.kind == KIND_INT:
            for i in range(n):
                w_k = keys[i]
                assert isinstance(w_k, W_IntObject)
                ints[i] = w_k.intval
        elif self.kind == KIND_TUPLE and self.first_kind == KIND_INT:
            for i in range(n):
                w_k = keys[i]
                assert isinstance(w_k, W_TupleObject)
                w_x = w_k.items_w[0]
                assert isinstance(w_x, W_IntObject)
                ints[i] = w_x.intval
        self.ints = ints
        self.pairs = False
        ints2 = []
        if self.kind == KIND_TUPLE and self.first_kind == KIND_INT \
                and int_pairs(keys):
            self.pairs = True
            ints2 = [0] * n
            for i in range(n):
                w_k = keys[i]
                assert isinstance(w_k, W_TupleObject)
                w_y = w_k.items_w[1]
                assert isinstance(w_y, W_IntObject)
                ints2[i] = w_y.intval
        self.ints2 = ints2
        self.tmp_keys = []      # room for the left run of a merge
        self.tmp_values = []
        self.tmp_ints = []
        self.tmp_ints2 = []
        self.m_i = 0            # merge position saved for the clean-up
        self.m_dest = 0

    def lt_rest(self, w_a, w_b):
        """w_a < w_b knowing that their entries in `ints` are equal."""
        kind = self.kind
        if kind == KIND_INT:
            return False
        if kind == KIND_TUPLE:
            assert isinstance(w_a, W_TupleObject)
            assert isinstance(w_b, W_TupleObject)
            if self.first_kind == KIND_INT:
                # the first items are equal ints
                return items_lt(self.space, w_a.items_w, w_b.items_w, 1)
            return self.tuple_lt(w_a.items_w, w_b.items_w)
        return kind_lt(self.space, kind, w_a, w_b)

    def tuple_lt(self, a, b):
        # CPython's unsafe_tuple_compare: the first differing items decide
        space = self.space
        first = self.first_kind
        w_x = a[0]
        w_y = b[0]
        if first == KIND_STR:
            assert isinstance(w_x, W_StrObject)
            assert isinstance(w_y, W_StrObject)
            if w_x.value != w_y.value:
                return w_x.value < w_y.value
        elif not space.eq_w(w_x, w_y):
            return kind_lt(space, first, w_x, w_y)
        return items_lt(space, a, b, 1)

    def lt_at(self, i, j):
        """keys[i] < keys[j]."""
        ia = self.ints[i]
        ib = self.ints[j]
        if ia != ib:
            return ia < ib
        if self.pairs:
            return self.ints2[i] < self.ints2[j]
        return self.lt_rest(self.keys[i], self.keys[j])

    # ------------------------------------------------------------ moves

    def reverse_slice(self, lo, hi):
        keys = self.keys
        ints = self.ints
        values = self.values
        hi -= 1
        while lo < hi:
            w_t = keys[lo]
            keys[lo] = keys[hi]
            keys[hi] = w_t
            t = ints[lo]
            ints[lo] = ints[hi]
            ints[hi] = t
            if self.pairs:
                t = self.ints2[lo]
                self.ints2[lo] = self.ints2[hi]
                self.ints2[hi] = t
            if values is not None:
                w_t = values[lo]
                values[lo] = values[hi]
                values[hi] = w_t
            lo += 1
            hi -= 1

    # ------------------------------------------------------------ runs
    # (the hot loops compare the ints inline and call lt_rest only on a
    # tie, so that most comparisons make no call)

    def count_run(self, lo, hi):
        """Length of the run starting at lo (reversed in place when it is
        strictly descending)."""
        if lo + 1 == hi:
            return 1
        n = 2
        if self.lt_at(lo + 1, lo):
            i = lo + 2
            while i < hi and self.lt_at(i, i - 1):
                i += 1
                n += 1
            self.reverse_slice(lo, lo + n)
        else:
            i = lo + 2
            while i < hi and not self.lt_at(i, i - 1):
                i += 1
                n += 1
        return n

    def binary_sort(self, lo, hi, start):
        """Sorts keys[lo:hi] whose prefix keys[lo:start] is sorted (nothing
        moves before the place of an item is known, so an exception leaves
        all items in the list)."""
        keys = self.keys
        ints = self.ints
        values = self.values
        pairs = self.pairs
        ints2 = self.ints2
        if lo == start:
            start += 1
        while start < hi:
            w_pivot = keys[start]
            i_pivot = ints[start]
            i2_pivot = 0
            if pairs:
                i2_pivot = ints2[start]
            l = lo
            r = start
            while l < r:
                p = l + ((r - l) >> 1)
                ip = ints[p]
                if i_pivot != ip:
                    smaller = i_pivot < ip
                elif pairs:
                    smaller = i2_pivot < ints2[p]
                else:
                    smaller = self.lt_rest(w_pivot, keys[p])
                if smaller:
                    r = p
                else:
                    l = p + 1
            p = start
            while p > l:
                keys[p] = keys[p - 1]
                ints[p] = ints[p - 1]
                p -= 1
            keys[l] = w_pivot
            ints[l] = i_pivot
            if pairs:
                p = start
                while p > l:
                    ints2[p] = ints2[p - 1]
                    p -= 1
                ints2[l] = i2_pivot
            if values is not None:
                w_v = values[start]
                p = start
                while p > l:
                    values[p] = values[p - 1]
                    p -= 1
                values[l] = w_v
            start += 1

    def merge(self, lo, mid, hi):
        """Merges the sorted keys[lo:mid] and keys[mid:hi] (stable): the
        left run is copied aside and merged with the right run into place.
        If a comparison raises, the rest of the left run is put back into
        the gap (which has exactly its size) before propagating."""
        if not self.lt_at(mid, mid - 1):
            return      # already in order
        keys = self.keys
        ints = self.ints
        values = self.values
        na = mid - lo
        if len(self.tmp_keys) < na:
            self.tmp_keys = [None] * na
            self.tmp_ints = [0] * na
            if self.pairs:
                self.tmp_ints2 = [0] * na
            if values is not None:
                self.tmp_values = [None] * na
        tmp_keys = self.tmp_keys
        tmp_ints = self.tmp_ints
        tmp_values = self.tmp_values
        for k in range(na):
            tmp_keys[k] = keys[lo + k]
            tmp_ints[k] = ints[lo + k]
            if values is not None:
                tmp_values[k] = values[lo + k]
        if self.pairs:
            ints2 = self.ints2
            tmp_ints2 = self.tmp_ints2
            for k in range(na):
                tmp_ints2[k] = ints2[lo + k]
        self.m_i = 0
        self.m_dest = lo
        try:
            self.merge_runs(lo, mid, hi)
        except OperationError:
            self.put_back(self.m_i, na, self.m_dest)
            raise

    def merge_runs(self, lo, mid, hi):
        """The loop of merge(); before each call that may raise, the
        position is saved in m_i/m_dest for merge()'s clean-up."""
        keys = self.keys
        ints = self.ints
        values = self.values
        tmp_keys = self.tmp_keys
        tmp_ints = self.tmp_ints
        tmp_values = self.tmp_values
        pairs = self.pairs
        ints2 = self.ints2
        tmp_ints2 = self.tmp_ints2
        na = mid - lo
        i = 0           # next of the left run (in tmp)
        j = mid         # next of the right run
        dest = lo
        while i < na and j < hi:
            ia = ints[j]
            ib = tmp_ints[i]
            if ia != ib:
                right = ia < ib
            elif pairs:
                right = ints2[j] < tmp_ints2[i]
            else:
                self.m_i = i
                self.m_dest = dest
                right = self.lt_rest(keys[j], tmp_keys[i])
            if right:
                keys[dest] = keys[j]
                ints[dest] = ia
                if pairs:
                    ints2[dest] = ints2[j]
                if values is not None:
                    values[dest] = values[j]
                j += 1
            else:
                keys[dest] = tmp_keys[i]
                ints[dest] = ib
                if pairs:
                    ints2[dest] = tmp_ints2[i]
                if values is not None:
                    values[dest] = tmp_values[i]
                i += 1
            dest += 1
        self.put_back(i, na, dest)

    def put_back(self, i, na, dest):
        """Copies the rest tmp[i:na] of a left run to keys[dest:]."""
        keys = self.keys
        ints = self.ints
        values = self.values
        while i < na:
            keys[dest] = self.tmp_keys[i]
            ints[dest] = self.tmp_ints[i]
            if self.pairs:
                self.ints2[dest] = self.tmp_ints2[i]
            if values is not None:
                values[dest] = self.tmp_values[i]
            i += 1
            dest += 1

    def sort(self):
        n = len(self.keys)
        if n < 2:
            return
        minrun = compute_minrun(n)
        runs = []       # start of each run, then n
        lo = 0
        while lo < n:
            remaining = n - lo
            r = self.count_run(lo, n)
            if r < minrun:
                force = minrun
                if remaining <= minrun:
                    force = remaining
                self.binary_sort(lo, lo + force, lo + r)
                r = force
            runs.append(lo)
            lo += r
        runs.append(n)
        # merge adjacent runs pairwise until one is left
        while len(runs) > 2:
            merged = []
            k = 0
            while k + 2 < len(runs):
                self.merge(runs[k], runs[k + 1], runs[k + 2])
                merged.append(runs[k])
                k += 2
            if k + 1 < len(runs):
                merged.append(runs[k])
            merged.append(n)
            runs = merged


def compute_minrun(n):
    """CPython's merge_compute_minrun: n itself below 64, else a number in
    32..64 such that n / minrun is a power of two or slightly less."""
    r = 0
    while n >= MIN_GALLOP_RUN:
        r |= n & 1
        n >>= 1
    return n + r


def sort_items(space, keys, values, reverse):
    """Sorts the list `keys` in place (and `values` along with it when it is
    not None).  With `reverse`, the order is reversed before and after a
    forward sort, which keeps equal items in their original order; the
    second reversal is also done when a comparison raises (as CPython)."""
    sorter = Sorter(space, keys, values)
    n = len(keys)
    if reverse:
        sorter.reverse_slice(0, n)
    try:
        sorter.sort()
    except OperationError:
        if reverse:
            sorter.reverse_slice(0, n)
        raise
    if reverse:
        sorter.reverse_slice(0, n)
