//! Ordered dictionaries: CPython-3.6-style compact dicts over word-sized
//! keys and values.
//!
//! `entries` is a dense array of [`Entry`] in insertion order (deleted ones
//! have `hash == i64::MIN` and zero key and value, so the GC sees no stale
//! pointer); `indexes` is a power-of-two table of `i64` slots holding
//! [`EMPTY`], [`DELETED`] or an entry index. The probe sequence for a hash
//! `h` over a table of size `2^k` (mask `m`) is CPython's:
//! `i = h & m; perturb = h as u64; loop { visit i; perturb >>= 5;
//! i = (5*i + perturb + 1) & m }`. A prebuilt dict is valid if every live
//! entry's slot lies on its hash's probe sequence before any EMPTY slot.
//!
//! Key semantics come from a [`KeyOps`]. Custom ones may run program code
//! that allocates (moving the dict and the key) or mutates the dict; the
//! lookup then keeps everything on the shadow stack and restarts when the
//! dict changed under it, as CPython does.
//!
//! Invariants after every function returns: `num_live <= num_used <=
//! capacity` (the entries array's length, `2/3` of the index size); every
//! live entry `< num_used` has exactly one slot referencing it, reachable
//! through its probe sequence; no slot references a deleted entry or one
//! `>= num_used`; hashes stored are never `i64::MIN`. Growth happens when
//! `num_used` reaches the capacity: the table is rebuilt for `3 * num_live`
//! slots (rounded up to a power of two, at least 8), compacting deleted
//! entries (in place when the size stays the same).
//!
//! `popitem` ([`dict_pop_entry`]) also gives back the deleted entries at
//! the end of `entries` (lowering `num_used`), so popping everything is
//! O(1) per item; the DELETED slots it leaves behind are reused by
//! insertions, and an insertion whose probe gets long rebuilds the index
//! in place. Probes are bounded (every slot is visited within `size + 13`
//! steps), so lookups terminate even in a table without EMPTY slots.

use crate::exc::{self, Builtin};
use crate::gc::{self, Roots};
use crate::{GcHeader, GcPtr, RpyArray};
use std::ptr::{self, null_mut};

mod keys;
pub use keys::*;

/// A dict.
#[repr(C)]
pub struct RpyDict {
    pub hdr: GcHeader,
    /// Number of live entries (`len(d)`).
    pub num_live: i64,
    /// Number of entries used so far (live or deleted).
    pub num_used: i64,
    /// Array of [`Entry`]; its length is the capacity.
    pub entries: *mut RpyArray,
    /// Array of `i64` slots; its length is a power of two.
    pub indexes: *mut RpyArray,
}

/// One entry of a dict's `entries` array.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: u64,
    pub value: u64,
    pub hash: i64,
}

/// An index slot that was never used.
pub const EMPTY: i64 = -1;
/// An index slot whose entry was deleted.
pub const DELETED: i64 = -2;
/// The hash of a deleted entry.
pub const DELETED_HASH: i64 = i64::MIN;
/// Smallest index table.
pub const MIN_SIZE: i64 = 8;

/// The type ids of a dict type and of its two arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DictType {
    pub dict_tid: u32,
    pub entries_tid: u32,
    pub indexes_tid: u32,
}

impl DictType {
    /// The type ids of an existing dict, read from the headers.
    ///
    /// # Safety
    /// `d` is a valid dict.
    pub unsafe fn of(d: *mut RpyDict) -> DictType {
        DictType {
            dict_tid: (*d).hdr.tid,
            entries_tid: (*(*d).entries).hdr.tid,
            indexes_tid: (*(*d).indexes).hdr.tid,
        }
    }
}

/// The semantics of a dict's keys.
pub trait KeyOps {
    /// True when `hash` and `eq` never allocate, raise, or touch dicts (no
    /// rooting or restarting needed).
    const PURE: bool = false;
    /// True when keys are equal only if their words are equal (`eq` is then
    /// never called).
    const EQ_IS_IDENTITY: bool = false;
    /// The hash of `key` (any value; `i64::MIN` is remapped).
    ///
    /// # Safety
    /// `key` is a key of this dict type.
    unsafe fn hash(&mut self, key: u64) -> i64;
    /// Whether the stored key `a` equals the looked-up key `b` (only called
    /// when their hashes are equal and their words differ).
    ///
    /// # Safety
    /// `a` and `b` are keys of this dict type.
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool;
    /// Text for a `KeyError` (CPython prints the key's repr).
    ///
    /// # Safety
    /// `key` is a key of this dict type.
    unsafe fn describe(&mut self, key: u64) -> String {
        let _ = key;
        String::new()
    }
}

/// `ops.hash(key)` with `i64::MIN` mapped to `i64::MIN + 1`.
///
/// # Safety
/// As for [`KeyOps::hash`].
#[inline(always)]
pub unsafe fn key_hash<K: KeyOps>(ops: &mut K, key: u64) -> i64 {
    fix_hash(ops.hash(key))
}

/// Maps the reserved hash `i64::MIN` to `i64::MIN + 1`.
#[inline(always)]
pub fn fix_hash(h: i64) -> i64 {
    if h == DELETED_HASH {
        DELETED_HASH + 1
    } else {
        h
    }
}

// ---------------------------------------------------------------------------
// Raw access

#[inline(always)]
unsafe fn entries_of(d: *mut RpyDict) -> *mut Entry {
    (*(*d).entries).items.as_mut_ptr() as *mut Entry
}

#[inline(always)]
unsafe fn slots_of(d: *mut RpyDict) -> *mut i64 {
    (*(*d).indexes).items.as_mut_ptr() as *mut i64
}

#[inline(always)]
unsafe fn index_size(d: *mut RpyDict) -> usize {
    (*(*d).indexes).length as usize
}

#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// Whether keys / values of `d` are GC pointers (from the entries type).
unsafe fn gc_kinds(d: *mut RpyDict) -> (bool, bool) {
    let ti = gc::type_of((*d).entries as GcPtr);
    (ti.item_gc_ptrs.contains(&0), ti.item_gc_ptrs.contains(&8))
}

/// The first EMPTY slot on `hash`'s probe sequence (the table has no
/// DELETED slot on the way, or the caller does not care to reuse it).
#[inline]
unsafe fn find_empty_slot(slots: *mut i64, size: usize, hash: i64) -> usize {
    let mask = size - 1;
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    while *slots.add(i) != EMPTY {
        i = next_slot(i, &mut perturb, mask);
    }
    i
}

/// The slot referencing entry `ix` (which has hash `hash`).
unsafe fn slot_of_entry(d: *mut RpyDict, ix: i64, hash: i64) -> usize {
    let slots = slots_of(d);
    let mask = index_size(d) - 1;
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    while *slots.add(i) != ix {
        i = next_slot(i, &mut perturb, mask);
    }
    i
}

/// The result of probing for a key.
#[derive(Clone, Copy)]
struct Probe {
    /// Entry index of the key, or -1.
    ix: i64,
    /// The slot of `ix`, or where to insert the key (first DELETED or EMPTY
    /// slot on its probe sequence).
    slot: usize,
    /// Probe steps taken (long ones trigger an index rebuild on insert).
    steps: usize,
}

/// Probes for `key` with key semantics that cannot collect.
#[inline(always)]
unsafe fn probe_pure<K: KeyOps>(d: *mut RpyDict, key: u64, hash: i64, ops: &mut K) -> Probe {
    let slots = slots_of(d);
    let entries = entries_of(d);
    let size = index_size(d);
    let mask = size - 1;
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    let mut free = usize::MAX;
    // Every slot has been visited after `size + 13` steps (perturb is 0
    // after 13 shifts, then `5i+1` has full period).
    for steps in 0..size + 16 {
        let ix = *slots.add(i);
        if ix >= 0 {
            let e = &*entries.add(ix as usize);
            if e.key == key || (!K::EQ_IS_IDENTITY && e.hash == hash && ops.eq(e.key, key)) {
                return Probe { ix, slot: i, steps };
            }
        } else if ix == EMPTY {
            let slot = if free == usize::MAX { i } else { free };
            return Probe {
                ix: -1,
                slot,
                steps,
            };
        } else if free == usize::MAX {
            free = i;
        }
        i = next_slot(i, &mut perturb, mask);
    }
    Probe {
        ix: -1,
        slot: free,
        steps: size + 16,
    }
}

/// The roots of an operation with custom keys: 0 = the dict, 1 = the key
/// (if keys are GC pointers), 2 = the value (if values are).
struct Held {
    r: Roots<3>,
    key_gc: bool,
    value_gc: bool,
    key: u64,
    value: u64,
}

impl Held {
    unsafe fn new(d: *mut RpyDict, key: u64, value: u64) -> Held {
        let (key_gc, value_gc) = gc_kinds(d);
        let r = Roots::new([
            d as GcPtr,
            if key_gc { key as GcPtr } else { null_mut() },
            if value_gc { value as GcPtr } else { null_mut() },
        ]);
        Held {
            r,
            key_gc,
            value_gc,
            key,
            value,
        }
    }
    fn dict(&self) -> *mut RpyDict {
        self.r.get_as(0)
    }
    fn key(&self) -> u64 {
        if self.key_gc {
            self.r.get(1) as u64
        } else {
            self.key
        }
    }
    fn value(&self) -> u64 {
        if self.value_gc {
            self.r.get(2) as u64
        } else {
            self.value
        }
    }
}

/// Probes with custom key semantics: `eq` may allocate, raise or mutate
/// the dict. On an exception returns `ix == -1` (check `exc::occurred`).
unsafe fn probe_held<K: KeyOps>(h: &Held, hash: i64, ops: &mut K) -> Probe {
    'restart: loop {
        let d = h.dict();
        let size = index_size(d);
        let mask = size - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash as u64;
        let mut free = usize::MAX;
        for steps in 0..size + 16 {
            let d = h.dict();
            let ix = *slots_of(d).add(i);
            if ix >= 0 {
                let e = *entries_of(d).add(ix as usize);
                let key = h.key();
                if e.key == key {
                    return Probe { ix, slot: i, steps };
                }
                if e.hash == hash {
                    let guard = Roots::new([
                        (*d).entries as GcPtr,
                        (*d).indexes as GcPtr,
                        if h.key_gc { e.key as GcPtr } else { null_mut() },
                    ]);
                    let equal = ops.eq(e.key, key);
                    let d = h.dict();
                    let start_key = if h.key_gc { guard.get(2) as u64 } else { e.key };
                    let changed = (*d).entries as GcPtr != guard.get(0)
                        || (*d).indexes as GcPtr != guard.get(1)
                        || *slots_of(d).add(i) != ix
                        || (*entries_of(d).add(ix as usize)).key != start_key;
                    drop(guard);
                    if exc::occurred() {
                        return Probe {
                            ix: -1,
                            slot: 0,
                            steps,
                        };
                    }
                    if changed {
                        continue 'restart;
                    }
                    if equal {
                        return Probe { ix, slot: i, steps };
                    }
                }
            } else if ix == EMPTY {
                let slot = if free == usize::MAX { i } else { free };
                return Probe {
                    ix: -1,
                    slot,
                    steps,
                };
            } else if free == usize::MAX {
                free = i;
            }
            i = next_slot(i, &mut perturb, mask);
        }
        return Probe {
            ix: -1,
            slot: free,
            steps: size + 16,
        };
    }
}

// ---------------------------------------------------------------------------
// Construction and resizing

/// The index size for a dict that must hold `n` entries.
fn size_for(n: i64) -> i64 {
    let want = n
        .saturating_mul(3)
        .div_euclid(2)
        .saturating_add(1)
        .max(MIN_SIZE);
    (want as u64)
        .checked_next_power_of_two()
        .unwrap_or(1 << 62)
        .min(1 << 62) as i64
}

#[inline(always)]
fn capacity_for(size: i64) -> i64 {
    size * 2 / 3
}

/// A new empty dict.
///
/// # Safety
/// [`gc::init`] was called; `ty` describes a dict type. May collect.
/// Returns null with MemoryError raised on failure.
pub unsafe fn dict_new(ty: &DictType) -> *mut RpyDict {
    dict_new_sized(ty, 0)
}

/// A new empty dict with room for `n` entries before any resize.
///
/// # Safety
/// As for [`dict_new`].
pub unsafe fn dict_new_sized(ty: &DictType, n: i64) -> *mut RpyDict {
    let d = gc::malloc(ty.dict_tid) as *mut RpyDict;
    if d.is_null() {
        return d;
    }
    let r = Roots::new([d as GcPtr]);
    if !rebuild_into(&r, size_for(n.max(0)), ty) {
        return null_mut();
    }
    r.get_as(0)
}

/// Gives the dict in root 0 fresh arrays of index size `size`, copying its
/// live entries in order. False (dict unchanged) on MemoryError.
unsafe fn rebuild_into<const N: usize>(r: &Roots<N>, size: i64, ty: &DictType) -> bool {
    let entries = gc::malloc_varsize(ty.entries_tid, capacity_for(size));
    if entries.is_null() {
        return false;
    }
    let held = Roots::new([entries]);
    let indexes = gc::malloc_varsize(ty.indexes_tid, size) as *mut RpyArray;
    if indexes.is_null() {
        return false;
    }
    let entries = held.get_as::<RpyArray>(0);
    let d = r.get_as::<RpyDict>(0);
    // (allocating `indexes` may have promoted `entries`)
    gc::write_barrier(entries as GcPtr);
    let slots = (*indexes).items.as_mut_ptr() as *mut i64;
    ptr::write_bytes(slots as *mut u8, 0xff, size as usize * 8); // all EMPTY (-1)
    let dst = (*entries).items.as_mut_ptr() as *mut Entry;
    let mut n = 0usize;
    if !(*d).entries.is_null() {
        let src = entries_of(d);
        for i in 0..(*d).num_used as usize {
            let e = *src.add(i);
            if e.hash != DELETED_HASH {
                *dst.add(n) = e;
                *slots.add(find_empty_slot(slots, size as usize, e.hash)) = n as i64;
                n += 1;
            }
        }
    }
    gc::write_barrier(d as GcPtr);
    (*d).entries = entries;
    (*d).indexes = indexes;
    (*d).num_used = n as i64;
    (*d).num_live = n as i64;
    true
}

/// Compacts the entries and rebuilds the index in place (no allocation).
unsafe fn rebuild_in_place(d: *mut RpyDict) {
    let size = index_size(d);
    let slots = slots_of(d);
    let entries = entries_of(d);
    ptr::write_bytes(slots as *mut u8, 0xff, size * 8);
    let used = (*d).num_used as usize;
    let mut n = 0usize;
    for i in 0..used {
        let e = *entries.add(i);
        if e.hash != DELETED_HASH {
            *entries.add(n) = e;
            *slots.add(find_empty_slot(slots, size, e.hash)) = n as i64;
            n += 1;
        }
    }
    ptr::write_bytes(entries.add(n), 0, used - n);
    (*d).num_used = n as i64;
    (*d).num_live = n as i64;
}

/// Appends a new entry for a key known to be absent; `p` is its probe.
/// Returns false (nothing inserted) on MemoryError. `h` roots the dict,
/// key and value across a resize.
unsafe fn insert_new(h: &Held, hash: i64, p: Probe, ty: &DictType) -> bool {
    let mut d = h.dict();
    let mut slot = p.slot;
    let capacity = (*(*d).entries).length;
    if (*d).num_used >= capacity {
        // Rebuild for 3 * num_live slots: in place when that is the
        // current size (many deleted entries), else in new arrays.
        let size = index_size(d) as i64;
        let new_size = size_for((*d).num_live * 2);
        if new_size == size {
            rebuild_in_place(d);
        } else if !rebuild_into(&h.r, new_size, ty) {
            return false;
        }
        d = h.dict();
        slot = find_empty_slot(slots_of(d), index_size(d), hash);
    } else if p.slot == usize::MAX || p.steps > 16 + index_size(d) / 8 {
        // Many DELETED slots left by popitem: clean them up.
        rebuild_in_place(d);
        slot = find_empty_slot(slots_of(d), index_size(d), hash);
    }
    let ix = (*d).num_used;
    gc::write_barrier_array((*d).entries as GcPtr, ix);
    *entries_of(d).add(ix as usize) = Entry {
        key: h.key(),
        value: h.value(),
        hash,
    };
    *slots_of(d).add(slot) = ix;
    (*d).num_used = ix + 1;
    (*d).num_live += 1;
    true
}

// ---------------------------------------------------------------------------
// Operations

/// The entry index of `key` (whose hash, from [`key_hash`], is `hash`), or
/// -1. With custom keys, -1 may also mean an exception was raised by
/// `eq` (check [`exc::occurred`]); `d` may have moved (reload it).
///
/// # Safety
/// `d` is a valid dict; `key` a key of its type. May collect if
/// `!K::PURE`.
#[inline]
pub unsafe fn dict_lookup<K: KeyOps>(d: *mut RpyDict, key: u64, hash: i64, ops: &mut K) -> i64 {
    if K::PURE {
        probe_pure(d, key, hash, ops).ix
    } else {
        let h = Held::new(d, key, 0);
        probe_held(&h, hash, ops).ix
    }
}

/// The value of entry `ix`.
///
/// # Safety
/// `d` is valid and `0 <= ix < num_used`.
#[inline(always)]
pub unsafe fn dict_get_value(d: *mut RpyDict, ix: i64) -> u64 {
    (*entries_of(d).add(ix as usize)).value
}

/// The key of entry `ix`.
///
/// # Safety
/// `d` is valid and `0 <= ix < num_used`.
#[inline(always)]
pub unsafe fn dict_get_key(d: *mut RpyDict, ix: i64) -> u64 {
    (*entries_of(d).add(ix as usize)).key
}

/// Replaces the value of live entry `ix`.
///
/// # Safety
/// `d` is valid, `0 <= ix < num_used`, and `value` is of the value type.
#[inline(always)]
pub unsafe fn dict_set_value(d: *mut RpyDict, ix: i64, value: u64) {
    gc::write_barrier_array((*d).entries as GcPtr, ix);
    (*entries_of(d).add(ix as usize)).value = value;
}

/// `d[key] = value`.
///
/// # Safety
/// [`gc::init`] was called; `d` is a valid dict of type `ty`; `key` and
/// `value` are of its types. May collect (resizing, custom keys); raises
/// MemoryError or whatever custom `hash`/`eq` raise.
pub unsafe fn dict_setitem<K: KeyOps>(
    d: *mut RpyDict,
    key: u64,
    value: u64,
    ops: &mut K,
    ty: &DictType,
) {
    if K::PURE {
        let hash = key_hash(ops, key);
        dict_setitem_with_hash(d, key, value, hash, ops, ty);
        return;
    }
    let h = Held::new(d, key, value);
    let hash = key_hash(ops, key);
    if exc::occurred() {
        return;
    }
    setitem_held(&h, hash, ops, ty);
}

/// `d[key] = value` with the key's hash already computed.
///
/// # Safety
/// As for [`dict_setitem`]; `hash == key_hash(ops, key)`.
pub unsafe fn dict_setitem_with_hash<K: KeyOps>(
    d: *mut RpyDict,
    key: u64,
    value: u64,
    hash: i64,
    ops: &mut K,
    ty: &DictType,
) {
    if K::PURE {
        let p = probe_pure(d, key, hash, ops);
        if p.ix >= 0 {
            dict_set_value(d, p.ix, value);
            return;
        }
        if (*d).num_used < (*(*d).entries).length && p.steps <= 16 {
            // Fast path: no resize, no rooting needed.
            let ix = (*d).num_used;
            gc::write_barrier_array((*d).entries as GcPtr, ix);
            *entries_of(d).add(ix as usize) = Entry { key, value, hash };
            *slots_of(d).add(p.slot) = ix;
            (*d).num_used = ix + 1;
            (*d).num_live += 1;
            return;
        }
        let h = Held::new(d, key, value);
        insert_new(&h, hash, p, ty);
    } else {
        let h = Held::new(d, key, value);
        setitem_held(&h, hash, ops, ty);
    }
}

unsafe fn setitem_held<K: KeyOps>(h: &Held, hash: i64, ops: &mut K, ty: &DictType) {
    let p = probe_held(h, hash, ops);
    if exc::occurred() {
        return;
    }
    if p.ix >= 0 {
        dict_set_value(h.dict(), p.ix, h.value());
    } else {
        insert_new(h, hash, p, ty);
    }
}

/// Finds `key`: the probe and the (reloaded) dict and key. With custom
/// keys the probe's `ix` is -1 also when `hash`/`eq` raised.
#[inline(always)]
unsafe fn find<K: KeyOps>(d: *mut RpyDict, key: u64, ops: &mut K) -> (Probe, *mut RpyDict, u64) {
    if K::PURE {
        let hash = key_hash(ops, key);
        return (probe_pure(d, key, hash, ops), d, key);
    }
    let h = Held::new(d, key, 0);
    let hash = key_hash(ops, key);
    let p = if exc::occurred() {
        Probe {
            ix: -1,
            slot: 0,
            steps: 0,
        }
    } else {
        probe_held(&h, hash, ops)
    };
    (p, h.dict(), h.key())
}

/// `d[key]`: the value, or KeyError raised (and 0 returned).
///
/// # Safety
/// As for [`dict_lookup`]; raising KeyError may collect.
pub unsafe fn dict_getitem<K: KeyOps>(d: *mut RpyDict, key: u64, ops: &mut K) -> u64 {
    let (p, d, key) = find(d, key, ops);
    if p.ix >= 0 {
        return dict_get_value(d, p.ix);
    }
    if !exc::occurred() {
        let text = ops.describe(key);
        exc::raise_builtin(Builtin::KeyError, &text);
    }
    0
}

/// `d.get(key, default)`.
///
/// # Safety
/// As for [`dict_lookup`]; `default` is of the value type (with custom
/// keys, a GC-pointer default must not be relied on after a collection:
/// pass null and test for it instead).
pub unsafe fn dict_get<K: KeyOps>(d: *mut RpyDict, key: u64, default: u64, ops: &mut K) -> u64 {
    let (p, d, _) = find(d, key, ops);
    if p.ix >= 0 {
        dict_get_value(d, p.ix)
    } else {
        default
    }
}

/// `key in d`.
///
/// # Safety
/// As for [`dict_lookup`].
pub unsafe fn dict_contains<K: KeyOps>(d: *mut RpyDict, key: u64, ops: &mut K) -> bool {
    find(d, key, ops).0.ix >= 0
}

/// Deletes `key`; returns whether it was present (no exception is raised
/// for a missing key).
///
/// # Safety
/// As for [`dict_lookup`].
pub unsafe fn dict_delitem<K: KeyOps>(d: *mut RpyDict, key: u64, ops: &mut K) -> bool {
    let (p, d, _) = find(d, key, ops);
    if p.ix < 0 {
        return false;
    }
    *slots_of(d).add(p.slot) = DELETED;
    *entries_of(d).add(p.ix as usize) = Entry {
        key: 0,
        value: 0,
        hash: DELETED_HASH,
    };
    (*d).num_live -= 1;
    true
}

/// `len(d)`.
///
/// # Safety
/// `d` is a valid dict.
#[inline(always)]
pub unsafe fn dict_len(d: *mut RpyDict) -> i64 {
    (*d).num_live
}

/// `d.clear()`. Returns false (dict unchanged) on MemoryError.
///
/// # Safety
/// [`gc::init`] was called; `d` is a valid dict of type `ty`. May collect.
pub unsafe fn dict_clear(d: *mut RpyDict, ty: &DictType) -> bool {
    if index_size(d) as i64 == MIN_SIZE {
        ptr::write_bytes(entries_of(d), 0, (*d).num_used as usize);
        ptr::write_bytes(slots_of(d) as *mut u8, 0xff, MIN_SIZE as usize * 8);
        (*d).num_used = 0;
        (*d).num_live = 0;
        return true;
    }
    let used = (*d).num_used;
    let r = Roots::new([d as GcPtr]);
    (*d).num_used = 0; // nothing to copy into the new arrays
    if rebuild_into(&r, MIN_SIZE, ty) {
        true
    } else {
        (*r.get_as::<RpyDict>(0)).num_used = used;
        false
    }
}

/// `d.copy()`: a new dict with the same items in the same order (null with
/// MemoryError raised on failure).
///
/// # Safety
/// [`gc::init`] was called; `d` is a valid dict of type `ty`. May collect.
pub unsafe fn dict_copy(d: *mut RpyDict, ty: &DictType) -> *mut RpyDict {
    let r = Roots::new([d as GcPtr, null_mut(), null_mut()]);
    let new = gc::malloc(ty.dict_tid);
    if new.is_null() {
        return null_mut();
    }
    r.set(1, new);
    let n = (*r.get_as::<RpyDict>(0)).entries;
    let entries = gc::malloc_varsize(ty.entries_tid, (*n).length);
    if entries.is_null() {
        return null_mut();
    }
    r.set(2, entries);
    let size = (*(*r.get_as::<RpyDict>(0)).indexes).length;
    let indexes = gc::malloc_varsize(ty.indexes_tid, size) as *mut RpyArray;
    if indexes.is_null() {
        return null_mut();
    }
    let (d, new, entries) = (
        r.get_as::<RpyDict>(0),
        r.get_as::<RpyDict>(1),
        r.get_as::<RpyArray>(2),
    );
    gc::write_barrier(entries as GcPtr);
    ptr::copy_nonoverlapping(
        entries_of(d),
        (*entries).items.as_mut_ptr() as *mut Entry,
        (*d).num_used as usize,
    );
    ptr::copy_nonoverlapping(
        slots_of(d),
        (*indexes).items.as_mut_ptr() as *mut i64,
        size as usize,
    );
    (*new).num_live = (*d).num_live;
    (*new).num_used = (*d).num_used;
    gc::write_barrier(new as GcPtr);
    (*new).entries = entries;
    (*new).indexes = indexes;
    new
}

/// The index of the first live entry at or after `pos`, or -1 (iteration:
/// start at 0, continue at the result + 1).
///
/// # Safety
/// `d` is a valid dict; `pos >= 0`.
#[inline]
pub unsafe fn dict_next(d: *mut RpyDict, pos: i64) -> i64 {
    let entries = entries_of(d);
    let mut i = pos;
    while i < (*d).num_used {
        if (*entries.add(i as usize)).hash != DELETED_HASH {
            return i;
        }
        i += 1;
    }
    -1
}

/// The index of the last live entry (the one `popitem` removes), or -1.
///
/// # Safety
/// `d` is a valid dict.
pub unsafe fn dict_last_live(d: *mut RpyDict) -> i64 {
    let entries = entries_of(d);
    let mut i = (*d).num_used - 1;
    while i >= 0 && (*entries.add(i as usize)).hash == DELETED_HASH {
        i -= 1;
    }
    i
}

/// Removes the live entry `ix` (found with [`dict_last_live`]), reclaiming
/// the deleted entries at the end of the entries array so repeated pops
/// stay O(1).
///
/// # Safety
/// `d` is valid and `ix` is a live entry.
pub unsafe fn dict_pop_entry(d: *mut RpyDict, ix: i64) {
    let entries = entries_of(d);
    let hash = (*entries.add(ix as usize)).hash;
    *slots_of(d).add(slot_of_entry(d, ix, hash)) = DELETED;
    *entries.add(ix as usize) = Entry {
        key: 0,
        value: 0,
        hash: DELETED_HASH,
    };
    (*d).num_live -= 1;
    let mut used = (*d).num_used;
    while used > 0 && (*entries.add(used as usize - 1)).hash == DELETED_HASH {
        used -= 1;
        (*entries.add(used as usize)).hash = 0;
    }
    (*d).num_used = used;
}

/// `d.popitem()`: removes and returns the last `(key, value)`, or raises
/// KeyError (`popitem(): dictionary is empty`) and returns `None`.
///
/// # Safety
/// `d` is a valid dict; raising may collect.
pub unsafe fn dict_popitem(d: *mut RpyDict) -> Option<(u64, u64)> {
    let ix = dict_last_live(d);
    if ix < 0 {
        exc::raise_builtin(Builtin::KeyError, "'popitem(): dictionary is empty'");
        return None;
    }
    let e = *entries_of(d).add(ix as usize);
    dict_pop_entry(d, ix);
    Some((e.key, e.value))
}

// ---------------------------------------------------------------------------
// Primitives for lookups written as low-level graphs (tuple keys, r_dict):
// the rtyper's graph computes the hash and walks the probe sequence calling
// the program's own equality, then uses these to read and insert.

/// The stored hash of entry `ix`.
///
/// # Safety
/// `d` is valid and `0 <= ix < num_used`.
#[inline(always)]
pub unsafe fn dict_get_hash(d: *mut RpyDict, ix: i64) -> i64 {
    (*entries_of(d).add(ix as usize)).hash
}

/// Inserts `key` (whose hash is `hash`), known to be absent, with `value`:
/// the first DELETED or EMPTY slot of its probe sequence gets it, growing
/// the dict if needed.
///
/// # Safety
/// [`gc::init`] was called; `d` is a valid dict; `key` and `value` are of
/// its types and no live entry's key equals `key`. May collect; raises
/// MemoryError.
pub unsafe fn dict_insert_absent(d: *mut RpyDict, key: u64, value: u64, hash: i64) {
    let hash = fix_hash(hash);
    let ty = DictType::of(d);
    let h = Held::new(d, key, value);
    let p = probe_free(h.dict(), hash);
    insert_new(&h, hash, p, &ty);
}

/// The first free (DELETED or EMPTY) slot on `hash`'s probe sequence.
unsafe fn probe_free(d: *mut RpyDict, hash: i64) -> Probe {
    let slots = slots_of(d);
    let size = index_size(d);
    let mask = size - 1;
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    for steps in 0..size + 16 {
        if *slots.add(i) < 0 {
            return Probe {
                ix: -1,
                slot: i,
                steps,
            };
        }
        i = next_slot(i, &mut perturb, mask);
    }
    Probe {
        ix: -1,
        slot: usize::MAX,
        steps: size + 16,
    }
}

// ---------------------------------------------------------------------------
// Iteration and errors as the rtyper's graphs use them

/// The next live entry of an iteration over `d` at or after `pos`, for an
/// iterator created when `d` had `expected_len` items: raises RuntimeError
/// (`dictionary changed size during iteration`) if the size changed, as
/// CPython does, and StopIteration at the end (returning -1).
///
/// # Safety
/// `d` is a valid dict; `pos >= 0`.
pub unsafe fn dict_iter_next(d: *mut RpyDict, pos: i64, expected_len: i64) -> i64 {
    if (*d).num_live != expected_len {
        exc::raise_builtin(
            Builtin::RuntimeError,
            "dictionary changed size during iteration",
        );
        return -1;
    }
    let ix = dict_next(d, pos);
    if ix < 0 {
        exc::raise_builtin(Builtin::StopIteration, "");
    }
    ix
}

/// Raises KeyError whose message is `key_repr` (the repr of the missing
/// key, computed by the caller).
///
/// # Safety
/// `key_repr` is a valid string.
pub unsafe fn dict_key_error(key_repr: *mut crate::RpyStr) {
    exc::raise_builtin(Builtin::KeyError, crate::string::str_as_str(key_repr));
}

/// `d.popitem()` when the dict is empty: raises its KeyError.
pub fn dict_popitem_empty() {
    unsafe { exc::raise_builtin(Builtin::KeyError, "'popitem(): dictionary is empty'") };
}

/// Raises KeyError for the missing `bytes` key `key` (its `b'...'` repr).
///
/// # Safety
/// `key` is a valid string.
pub unsafe fn dict_key_error_bytes(key: *mut crate::RpyStr) {
    let text = pytext::bytes_repr(crate::string::str_as_bytes(key));
    exc::raise_builtin(Builtin::KeyError, &text);
}
