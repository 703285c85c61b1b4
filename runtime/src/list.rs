//! Resizable lists ([`RpyList`]) and GC arrays ([`RpyArray`]).
//!
//! A list is `{length, items}` where `items` is a GC array whose own length
//! is the capacity. Items are raw values of the array type's `item_size`
//! (1, 4, 8 or more bytes, read from its [`crate::TypeInfo`]); this module
//! never interprets them, it only moves, copies and zeroes them.
//!
//! Invariants after every function returns: `0 <= length <= capacity`;
//! items at indices `>= length` that this module removed are zero (so the
//! GC does not keep dead objects alive through them, and growing in place
//! exposes zeroes); functions that allocate return the list's possibly
//! moved address, and on MemoryError return the (reloaded) unchanged list
//! with the exception raised.

use crate::gc::{self, Roots};
use crate::{GcPtr, RpyArray, RpyList};
use std::ptr;

/// Byte size of one item of array `a`.
///
/// # Safety
/// `a` is a valid GC array.
#[inline(always)]
pub unsafe fn array_item_size(a: *mut RpyArray) -> usize {
    gc::type_of(a as GcPtr).item_size as usize
}

/// Address of item `i` of array `a` (no bounds check).
///
/// # Safety
/// `a` is a valid GC array and `0 <= i <= a.length`.
#[inline(always)]
pub unsafe fn array_item_ptr(a: *mut RpyArray, i: i64) -> *mut u8 {
    let ti = gc::type_of(a as GcPtr);
    (a as *mut u8).add(ti.items_offset as usize + i as usize * ti.item_size as usize)
}

/// Copies `n` items from `src[src_start..]` to `dst[dst_start..]` (the
/// ranges may overlap, e.g. within one array). The item size comes from
/// `src`'s type info; both arrays must have the same item type.
///
/// # Safety
/// Both are valid arrays of the same item type and both ranges are within
/// bounds.
#[inline]
pub unsafe fn array_copy(
    src: *mut RpyArray,
    src_start: i64,
    dst: *mut RpyArray,
    dst_start: i64,
    n: i64,
) {
    if n <= 0 {
        return;
    }
    gc::write_barrier(dst as GcPtr);
    let size = array_item_size(src);
    ptr::copy(
        array_item_ptr(src, src_start),
        array_item_ptr(dst, dst_start),
        n as usize * size,
    );
}

/// Zeroes items `[start, stop)` of `a`.
///
/// # Safety
/// `a` is a valid array and `0 <= start <= stop <= a.length`.
#[inline]
unsafe fn array_zero(a: *mut RpyArray, start: i64, stop: i64) {
    if stop > start {
        let size = array_item_size(a);
        ptr::write_bytes(array_item_ptr(a, start), 0, (stop - start) as usize * size);
    }
}

/// A new array of the same type holding items `[start, stop)` of `src`
/// (null with MemoryError raised on failure).
///
/// # Safety
/// [`gc::init`] was called; `src` is valid; `0 <= start <= stop <= len`.
pub unsafe fn array_slice(src: *mut RpyArray, start: i64, stop: i64) -> *mut RpyArray {
    let n = stop - start;
    let r = Roots::new([src as GcPtr]);
    let dst = gc::malloc_varsize((*src).hdr.tid, n) as *mut RpyArray;
    if dst.is_null() {
        return dst;
    }
    array_copy(r.get_as(0), start, dst, 0, n);
    dst
}

/// The capacity of `l` (0 when it has no items array).
#[inline(always)]
unsafe fn capacity(l: *mut RpyList) -> i64 {
    let items = (*l).items;
    if items.is_null() {
        0
    } else {
        (*items).length
    }
}

/// A new list of `length` zeroed items, with exactly that capacity.
/// Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called; the tids are the list type and its array type.
pub unsafe fn list_new(list_tid: u32, array_tid: u32, length: i64) -> *mut RpyList {
    list_with_capacity(list_tid, array_tid, length, length)
}

/// A new empty list with room for `capacity` items (RPython's
/// `newlist_hint`).
///
/// # Safety
/// As for [`list_new`].
pub unsafe fn list_new_hint(list_tid: u32, array_tid: u32, capacity: i64) -> *mut RpyList {
    list_with_capacity(list_tid, array_tid, 0, capacity.max(0))
}

unsafe fn list_with_capacity(list_tid: u32, array_tid: u32, length: i64, cap: i64) -> *mut RpyList {
    let arr = gc::malloc_varsize(array_tid, cap);
    if arr.is_null() {
        return ptr::null_mut();
    }
    let r = Roots::new([arr]);
    let l = gc::malloc(list_tid) as *mut RpyList;
    if l.is_null() {
        return l;
    }
    (*l).length = length;
    (*l).items = r.get_as(0);
    l
}

/// RPython's over-allocation for a list growing to `newlen` items.
#[inline]
fn overallocate(newlen: i64) -> Option<i64> {
    if newlen == 0 {
        return Some(0);
    }
    let extra = (newlen >> 3) + if newlen < 9 { 3 } else { 6 };
    newlen.checked_add(extra)
}

/// Sets the length of `l` to `newlen` (RPython's `_ll_list_resize`):
/// reallocates with over-allocation when the capacity is too small, or
/// when `newlen` is less than half of it (minus 5); otherwise works in
/// place. Removed items are zeroed; added items are zero if they were never
/// used, else whatever this module left there (zero). Returns the list.
///
/// # Safety
/// [`gc::init`] was called; `l` is a valid list, `newlen >= 0`,
/// `array_tid` is its array type. May collect.
#[inline]
pub unsafe fn list_resize(l: *mut RpyList, newlen: i64, array_tid: u32) -> *mut RpyList {
    let cap = capacity(l);
    if newlen <= cap && newlen >= (cap >> 1) - 5 {
        let len = (*l).length;
        if newlen < len {
            array_zero((*l).items, newlen, len);
        }
        (*l).length = newlen;
        return l;
    }
    list_resize_really(l, newlen, array_tid)
}

#[cold]
#[inline(never)]
unsafe fn list_resize_really(l: *mut RpyList, newlen: i64, array_tid: u32) -> *mut RpyList {
    let r = Roots::new([l as GcPtr]);
    let Some(new_cap) = overallocate(newlen).filter(|_| newlen >= 0) else {
        crate::exc::raise_builtin(crate::exc::Builtin::MemoryError, "");
        return r.get_as(0);
    };
    let arr = gc::malloc_varsize(array_tid, new_cap) as *mut RpyArray;
    let l = r.get_as::<RpyList>(0);
    if arr.is_null() {
        return l;
    }
    let keep = (*l).length.min(newlen);
    if keep > 0 {
        array_copy((*l).items, 0, arr, 0, keep);
    }
    gc::write_barrier(l as GcPtr);
    (*l).items = arr;
    (*l).length = newlen;
    l
}

/// Grows `l` by one item (the caller stores it at index `length - 1`).
/// Returns the list; on MemoryError its length is unchanged.
///
/// # Safety
/// As for [`list_resize`].
#[inline]
pub unsafe fn list_append_slot(l: *mut RpyList, array_tid: u32) -> *mut RpyList {
    let len = (*l).length;
    if len < capacity(l) {
        (*l).length = len + 1;
        return l;
    }
    list_resize_really(l, len + 1, array_tid)
}

/// Deletes items `[start, stop)` of `l`, shifting the tail down, and
/// shrinks it (possibly reallocating). Returns the list.
///
/// # Safety
/// As for [`list_resize`], with `0 <= start <= stop <= length`.
pub unsafe fn list_delete_range(
    l: *mut RpyList,
    start: i64,
    stop: i64,
    array_tid: u32,
) -> *mut RpyList {
    let len = (*l).length;
    let n = stop - start;
    if n <= 0 {
        return l;
    }
    let items = (*l).items;
    array_copy(items, stop, items, start, len - stop);
    array_zero(items, len - n, len);
    (*l).length = len - n;
    list_resize(l, len - n, array_tid)
}

/// Opens a zeroed gap at `index` (shifting items `[index, length)` up by
/// one); the caller stores the new item there. Returns the list; on
/// MemoryError its length is unchanged.
///
/// # Safety
/// As for [`list_resize`], with `0 <= index <= length`.
pub unsafe fn list_insert_gap(l: *mut RpyList, index: i64, array_tid: u32) -> *mut RpyList {
    let len = (*l).length;
    let l = list_append_slot(l, array_tid);
    if (*l).length != len + 1 {
        return l;
    }
    let items = (*l).items;
    array_copy(items, index, items, index + 1, len - index);
    array_zero(items, index, index + 1);
    l
}

/// Appends the items of `other` to `l` (`l.extend(other)`, also
/// `l += l`). Returns the list.
///
/// # Safety
/// As for [`list_resize`]; `other` is a valid list of the same type.
pub unsafe fn list_extend(l: *mut RpyList, other: *mut RpyList, array_tid: u32) -> *mut RpyList {
    let n = (*other).length;
    if n == 0 {
        return l;
    }
    let len = (*l).length;
    let r = Roots::new([other as GcPtr]);
    let l = list_resize(l, len + n, array_tid);
    if (*l).length != len + n {
        return l;
    }
    let other = r.get_as::<RpyList>(0);
    array_copy((*other).items, 0, (*l).items, len, n);
    l
}

/// A new list with items `[start, stop)` of `l` (indices already
/// normalized and clamped). Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called; `l` is a valid list of type `list_tid` with
/// array type `array_tid`; `0 <= start <= stop <= length`.
pub unsafe fn list_slice(
    list_tid: u32,
    array_tid: u32,
    l: *mut RpyList,
    start: i64,
    stop: i64,
) -> *mut RpyList {
    let n = stop - start;
    let r = Roots::new([l as GcPtr]);
    let new = list_new(list_tid, array_tid, n);
    if new.is_null() {
        return new;
    }
    array_copy((*r.get_as::<RpyList>(0)).items, start, (*new).items, 0, n);
    new
}

/// A new list `a + b`. Null with MemoryError raised on failure.
///
/// # Safety
/// As for [`list_slice`]; `a` and `b` are valid lists of that type.
pub unsafe fn list_concat(
    list_tid: u32,
    array_tid: u32,
    a: *mut RpyList,
    b: *mut RpyList,
) -> *mut RpyList {
    let (na, nb) = ((*a).length, (*b).length);
    let Some(total) = na.checked_add(nb) else {
        crate::exc::raise_builtin(crate::exc::Builtin::MemoryError, "");
        return ptr::null_mut();
    };
    let r = Roots::new([a as GcPtr, b as GcPtr]);
    let new = list_new(list_tid, array_tid, total);
    if new.is_null() {
        return new;
    }
    array_copy((*r.get_as::<RpyList>(0)).items, 0, (*new).items, 0, na);
    array_copy((*r.get_as::<RpyList>(1)).items, 0, (*new).items, na, nb);
    new
}

/// Reverses the items of `l` in place.
///
/// # Safety
/// `l` is a valid list.
pub unsafe fn list_reverse(l: *mut RpyList) {
    let len = (*l).length;
    if len < 2 {
        return;
    }
    let items = (*l).items;
    let size = array_item_size(items);
    let base = array_item_ptr(items, 0);
    let (mut i, mut j) = (0usize, len as usize - 1);
    while i < j {
        ptr::swap_nonoverlapping(base.add(i * size), base.add(j * size), size);
        i += 1;
        j -= 1;
    }
}
