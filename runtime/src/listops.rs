//! Item-aware operations on the items of lists: search (`in`, `index`,
//! `count`, `remove`), equality, sorting, reversal, `sum`, `any`/`all`,
//! repetition, concatenation, clamped slicing, slice assignment and
//! deletion, and building lists from strings and ranges.
//!
//! Most functions take an items array and a length (the first `len` items
//! are used), so one function serves both list shapes: a resizable list
//! passes `(list.items, list.length)`, a fixed-size list passes
//! `(array, array.length)`. Functions that build a new array give it the
//! type of their source array and exactly the needed length (the caller
//! wraps it in a list struct when the list is resizable).
//!
//! The suffix names how items are interpreted:
//! * `word`: integers of any width, bools, chars and pointers compared by
//!   identity; two items are equal when their bytes are. A value `x` is
//!   passed as a word whose low `item_size` bytes are the item.
//! * `int` / `uint`: signed / unsigned integers (sign- or zero-extended
//!   from the item size) for ordering and sums.
//! * `float`: `f64` with Python's `==` and `<` (so `-0.0 == 0.0`, NaN is
//!   equal to nothing).
//! * `str`: string pointers compared by content (null is `None`).
//!
//! Sorting is a stable merge sort that only asks `a < b` (Python's rule),
//! so it never fails on inconsistent comparisons such as NaN.

use crate::exc::{self, Builtin};
use crate::gc::{self, Roots};
use crate::list::{array_copy, array_item_ptr, array_item_size, list_resize};
use crate::string::{repr_text, str_as_str, str_cmp, str_eq};
use crate::{GcPtr, RpyArray, RpyList, RpyStr};
use std::ptr;

/// Item `i` of `a` as a zero-extended word.
///
/// # Safety
/// `a` is a valid array with items of at most 8 bytes, `0 <= i < length`.
#[inline(always)]
unsafe fn load(a: *mut RpyArray, i: i64, size: usize) -> u64 {
    let p = array_item_ptr(a, i);
    match size {
        1 => *p as u64,
        2 => ptr::read(p as *const u16) as u64,
        4 => ptr::read(p as *const u32) as u64,
        _ => ptr::read(p as *const u64),
    }
}

/// Stores the low `size` bytes of `w` as item `i` of `a`.
#[inline(always)]
unsafe fn store(a: *mut RpyArray, i: i64, size: usize, w: u64) {
    let p = array_item_ptr(a, i);
    match size {
        1 => *p = w as u8,
        2 => ptr::write(p as *mut u16, w as u16),
        4 => ptr::write(p as *mut u32, w as u32),
        _ => ptr::write(p as *mut u64, w),
    }
}

/// The low `size` bytes of `w`.
#[inline(always)]
fn low(w: u64, size: usize) -> u64 {
    if size >= 8 {
        w
    } else {
        w & ((1u64 << (8 * size)) - 1)
    }
}

/// `w` (of `size` bytes) sign-extended.
#[inline(always)]
fn sext(w: u64, size: usize) -> i64 {
    let shift = 64 - 8 * size.clamp(1, 8) as u32;
    ((w << shift) as i64) >> shift
}

/// The items `[0, len)` of `a` as words.
unsafe fn words(a: *mut RpyArray, len: i64) -> Vec<u64> {
    if len <= 0 {
        return Vec::new();
    }
    let size = array_item_size(a);
    (0..len).map(|i| load(a, i, size)).collect()
}

/// Writes `ws` back as items `[0, ws.len())` of `a`.
unsafe fn put_words(a: *mut RpyArray, ws: &[u64]) {
    if ws.is_empty() {
        return;
    }
    let size = array_item_size(a);
    for (i, w) in ws.iter().enumerate() {
        store(a, i as i64, size, *w);
    }
}

// ---------------------------------------------------------------------------
// Search

/// The first index in `[0, len)` whose item satisfies `eq`, or -1.
unsafe fn find_by(a: *mut RpyArray, len: i64, mut eq: impl FnMut(u64) -> bool) -> i64 {
    if len <= 0 {
        return -1;
    }
    let size = array_item_size(a);
    (0..len).find(|&i| eq(load(a, i, size))).unwrap_or(-1)
}

unsafe fn count_by(a: *mut RpyArray, len: i64, mut eq: impl FnMut(u64) -> bool) -> i64 {
    if len <= 0 {
        return 0;
    }
    let size = array_item_size(a);
    (0..len).filter(|&i| eq(load(a, i, size))).count() as i64
}

/// Raises the ValueError of a failed `index` (`"<repr> is not in list"`)
/// or `remove`.
unsafe fn not_in_list(repr: impl FnOnce() -> String, remove: bool) -> i64 {
    let msg = if remove {
        "list.remove(x): x not in list".to_string()
    } else {
        format!("{} is not in list", repr())
    };
    exc::raise_builtin(Builtin::ValueError, &msg);
    -1
}

/// How `items_index_word` shows the missing value: as a signed integer,
/// an unsigned integer, a character, a bool, or an object.
pub const SHOW_SIGNED: i64 = 0;
pub const SHOW_UNSIGNED: i64 = 1;
pub const SHOW_CHAR: i64 = 2;
pub const SHOW_BOOL: i64 = 3;
pub const SHOW_OBJECT: i64 = 4;

fn show_word(x: u64, size: usize, show: i64) -> String {
    let x = low(x, size);
    match show {
        SHOW_SIGNED => sext(x, size).to_string(),
        SHOW_UNSIGNED => x.to_string(),
        SHOW_CHAR => repr_text(&char::from_u32(x as u32).unwrap_or('\u{fffd}').to_string()),
        SHOW_BOOL => if x != 0 { "True" } else { "False" }.to_string(),
        _ if x == 0 => "None".to_string(),
        _ => "<object>".to_string(),
    }
}

/// `x in items`: the index of the first item equal to `x`, or -1.
///
/// # Safety
/// `a` is a valid array of word items with `0 <= len <= length`.
pub unsafe fn items_find_word(a: *mut RpyArray, len: i64, x: u64) -> i64 {
    let size = array_item_size(a);
    let x = low(x, size);
    find_by(a, len, |w| w == x)
}

/// # Safety
/// As for [`items_find_word`], with `f64` items.
pub unsafe fn items_find_float(a: *mut RpyArray, len: i64, x: f64) -> i64 {
    find_by(a, len, |w| f64::from_bits(w) == x)
}

/// # Safety
/// As for [`items_find_word`], with string items; `x` is null or valid.
pub unsafe fn items_find_str(a: *mut RpyArray, len: i64, x: *mut RpyStr) -> i64 {
    find_by(a, len, |w| str_eq(w as usize as *mut RpyStr, x))
}

/// `items.index(x)` (or the position `items.remove(x)` removes): raises
/// ValueError when absent, showing `x` as `show` says (`SHOW_*`).
///
/// # Safety
/// As for [`items_find_word`]; may collect when raising.
pub unsafe fn items_index_word(a: *mut RpyArray, len: i64, x: u64, show: i64, remove: bool) -> i64 {
    let i = items_find_word(a, len, x);
    if i >= 0 {
        return i;
    }
    let size = array_item_size(a);
    not_in_list(|| show_word(x, size, show), remove)
}

/// # Safety
/// As for [`items_find_float`]; may collect when raising.
pub unsafe fn items_index_float(a: *mut RpyArray, len: i64, x: f64, remove: bool) -> i64 {
    let i = items_find_float(a, len, x);
    if i >= 0 {
        return i;
    }
    not_in_list(|| pytext::float_repr(x), remove)
}

/// # Safety
/// As for [`items_find_str`]; may collect when raising.
pub unsafe fn items_index_str(a: *mut RpyArray, len: i64, x: *mut RpyStr, remove: bool) -> i64 {
    let i = items_find_str(a, len, x);
    if i >= 0 {
        return i;
    }
    not_in_list(
        || {
            if x.is_null() {
                "None".to_string()
            } else {
                repr_text(str_as_str(x))
            }
        },
        remove,
    )
}

/// `items.count(x)`.
///
/// # Safety
/// As for [`items_find_word`].
pub unsafe fn items_count_word(a: *mut RpyArray, len: i64, x: u64) -> i64 {
    let size = array_item_size(a);
    let x = low(x, size);
    count_by(a, len, |w| w == x)
}

/// # Safety
/// As for [`items_find_float`].
pub unsafe fn items_count_float(a: *mut RpyArray, len: i64, x: f64) -> i64 {
    count_by(a, len, |w| f64::from_bits(w) == x)
}

/// # Safety
/// As for [`items_find_str`].
pub unsafe fn items_count_str(a: *mut RpyArray, len: i64, x: *mut RpyStr) -> i64 {
    count_by(a, len, |w| str_eq(w as usize as *mut RpyStr, x))
}

// ---------------------------------------------------------------------------
// Equality

unsafe fn eq_by(
    a: *mut RpyArray,
    alen: i64,
    b: *mut RpyArray,
    blen: i64,
    eq: impl Fn(u64, u64) -> bool,
) -> bool {
    if alen != blen {
        return false;
    }
    if alen <= 0 {
        return true;
    }
    let size = array_item_size(a);
    (0..alen).all(|i| eq(load(a, i, size), load(b, i, size)))
}

/// `a == b` for two lists of word items.
///
/// # Safety
/// `a` and `b` are valid arrays of one item type, `len`s within bounds.
pub unsafe fn items_eq_word(a: *mut RpyArray, alen: i64, b: *mut RpyArray, blen: i64) -> bool {
    eq_by(a, alen, b, blen, |x, y| x == y)
}

/// # Safety
/// As for [`items_eq_word`], with `f64` items.
pub unsafe fn items_eq_float(a: *mut RpyArray, alen: i64, b: *mut RpyArray, blen: i64) -> bool {
    eq_by(a, alen, b, blen, |x, y| {
        f64::from_bits(x) == f64::from_bits(y)
    })
}

/// # Safety
/// As for [`items_eq_word`], with string items.
pub unsafe fn items_eq_str(a: *mut RpyArray, alen: i64, b: *mut RpyArray, blen: i64) -> bool {
    eq_by(a, alen, b, blen, |x, y| {
        str_eq(x as usize as *mut RpyStr, y as usize as *mut RpyStr)
    })
}

// ---------------------------------------------------------------------------
// Sorting and reversal

/// Stable merge sort asking only `lt(a, b)`: an item moves before an
/// earlier one only when it is strictly smaller.
fn merge_sort(v: &mut [u64], lt: &impl Fn(u64, u64) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    if n <= 16 {
        // Insertion sort: shift while strictly smaller.
        for i in 1..n {
            let x = v[i];
            let mut j = i;
            while j > 0 && lt(x, v[j - 1]) {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt);
    merge_sort(&mut v[mid..], lt);
    let left = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if lt(v[j], left[i]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
}

/// Sorts items `[0, len)` of `a` in place; `reverse` sorts descending,
/// keeping equal items in their original order (as Python does).
unsafe fn sort_by(a: *mut RpyArray, len: i64, reverse: bool, lt: impl Fn(u64, u64) -> bool) {
    let mut ws = words(a, len);
    if reverse {
        // CPython's way: reverse, sort ascending, reverse.
        ws.reverse();
        merge_sort(&mut ws, &lt);
        ws.reverse();
    } else {
        merge_sort(&mut ws, &lt);
    }
    put_words(a, &ws);
}

/// `items.sort()` for signed integer items.
///
/// # Safety
/// `a` is a valid array of integer items, `0 <= len <= length`.
pub unsafe fn items_sort_int(a: *mut RpyArray, len: i64, reverse: bool) {
    if len < 2 {
        return;
    }
    let size = array_item_size(a);
    sort_by(a, len, reverse, |x, y| sext(x, size) < sext(y, size));
}

/// `items.sort()` for unsigned integer, bool and char items.
///
/// # Safety
/// As for [`items_sort_int`].
pub unsafe fn items_sort_uint(a: *mut RpyArray, len: i64, reverse: bool) {
    sort_by(a, len, reverse, |x, y| x < y);
}

/// # Safety
/// As for [`items_sort_int`], with `f64` items.
pub unsafe fn items_sort_float(a: *mut RpyArray, len: i64, reverse: bool) {
    sort_by(a, len, reverse, |x, y| {
        f64::from_bits(x) < f64::from_bits(y)
    });
}

/// `items.sort()` for string items (by code points). Does not allocate
/// GC memory, so the pointers it holds stay valid.
///
/// # Safety
/// As for [`items_sort_int`], with valid (non-null) string items.
pub unsafe fn items_sort_str(a: *mut RpyArray, len: i64, reverse: bool) {
    sort_by(a, len, reverse, |x, y| {
        str_cmp(x as usize as *mut RpyStr, y as usize as *mut RpyStr) < 0
    });
}

/// Reverses items `[0, len)` of `a` in place.
///
/// # Safety
/// `a` is a valid array, `0 <= len <= length`.
pub unsafe fn items_reverse(a: *mut RpyArray, len: i64) {
    if len < 2 {
        return;
    }
    let size = array_item_size(a);
    let base = array_item_ptr(a, 0);
    let (mut i, mut j) = (0usize, len as usize - 1);
    while i < j {
        ptr::swap_nonoverlapping(base.add(i * size), base.add(j * size), size);
        i += 1;
        j -= 1;
    }
}

// ---------------------------------------------------------------------------
// Reductions

/// `sum(items, start)` of integer items (wrapping, like RPython ints).
///
/// # Safety
/// `a` is a valid array of signed integer items, `0 <= len <= length`.
pub unsafe fn items_sum_int(a: *mut RpyArray, len: i64, start: i64) -> i64 {
    if len <= 0 {
        return start;
    }
    let size = array_item_size(a);
    (0..len).fold(start, |acc, i| {
        acc.wrapping_add(sext(load(a, i, size), size))
    })
}

/// `sum(items, start)` of float items (added left to right, as CPython
/// 3.11 does).
///
/// # Safety
/// As for [`items_sum_int`], with `f64` items.
pub unsafe fn items_sum_float(a: *mut RpyArray, len: i64, start: f64) -> f64 {
    words(a, len)
        .into_iter()
        .fold(start, |acc, w| acc + f64::from_bits(w))
}

/// `any(items)` for integer and bool items (true when non-zero).
///
/// # Safety
/// `a` is a valid array, `0 <= len <= length`.
pub unsafe fn items_any_word(a: *mut RpyArray, len: i64) -> bool {
    find_by(a, len, |w| w != 0) >= 0
}

/// `all(items)` for integer and bool items.
///
/// # Safety
/// As for [`items_any_word`].
pub unsafe fn items_all_word(a: *mut RpyArray, len: i64) -> bool {
    find_by(a, len, |w| w == 0) < 0
}

// ---------------------------------------------------------------------------
// New arrays

/// A new array of `a`'s type and `n` items (null with MemoryError raised).
unsafe fn new_like(a: *mut RpyArray, n: i64) -> *mut RpyArray {
    gc::malloc_varsize((*a).hdr.tid, n) as *mut RpyArray
}

/// `items * times`: a new array repeating items `[0, len)` (empty when
/// `times <= 0`). All-zero items are not copied (the new array is zeroed),
/// one word-sized item is stored in a loop, and otherwise the filled
/// prefix is copied onto itself, doubling (no call per repetition).
///
/// # Safety
/// [`gc::init`] was called; `a` is valid, `0 <= len <= length`. May
/// collect.
pub unsafe fn array_repeat(a: *mut RpyArray, len: i64, times: i64) -> *mut RpyArray {
    let times = times.max(0);
    let Some(total) = len.checked_mul(times) else {
        exc::raise_builtin(Builtin::MemoryError, "");
        return ptr::null_mut();
    };
    let r = Roots::new([a as GcPtr]);
    let new = new_like(a, total);
    if new.is_null() || total == 0 {
        return new;
    }
    let a = r.get_as::<RpyArray>(0);
    let size = array_item_size(a);
    let bytes = len as usize * size;
    let src = array_item_ptr(a, 0);
    if std::slice::from_raw_parts(src, bytes)
        .iter()
        .all(|&b| b == 0)
    {
        // `[None] * n`, `[0] * n`: the new array is already zeroed.
        return new;
    }
    // The new array is fresh (no collection since its allocation), so its
    // items can be written without a write barrier; one is kept for
    // collectors that may allocate big arrays old.
    gc::write_barrier(new as GcPtr);
    let dst = array_item_ptr(new, 0);
    let total_bytes = total as usize * size;
    if len == 1 && size == 8 {
        let x = (src as *const u64).read_unaligned();
        let d = dst as *mut u64;
        for k in 0..total as usize {
            d.add(k).write_unaligned(x);
        }
        return new;
    }
    // Copy once, then double the filled prefix.
    ptr::copy_nonoverlapping(src, dst, bytes);
    let mut filled = bytes;
    while filled < total_bytes {
        let n = filled.min(total_bytes - filled);
        ptr::copy_nonoverlapping(dst, dst.add(filled), n);
        filled += n;
    }
    new
}

/// `a + b`: a new array with items `[0, alen)` of `a` then `[0, blen)` of
/// `b` (of `a`'s type).
///
/// # Safety
/// As for [`array_repeat`]; `b` has `a`'s item type.
pub unsafe fn array_concat(
    a: *mut RpyArray,
    alen: i64,
    b: *mut RpyArray,
    blen: i64,
) -> *mut RpyArray {
    let Some(total) = alen.checked_add(blen) else {
        exc::raise_builtin(Builtin::MemoryError, "");
        return ptr::null_mut();
    };
    let r = Roots::new([a as GcPtr, b as GcPtr]);
    let new = new_like(a, total);
    if new.is_null() {
        return new;
    }
    array_copy(r.get_as(0), 0, new, 0, alen);
    array_copy(r.get_as(1), 0, new, alen, blen);
    new
}

/// Python's bounds of `x[start:stop]` on `len` items, for `start >= 0`
/// and `stop >= 0` or `stop < 0` counting from the end.
fn clamp_slice(len: i64, start: i64, stop: i64) -> (i64, i64) {
    let start = start.clamp(0, len);
    let stop = if stop < 0 {
        (stop + len).max(0)
    } else {
        stop.min(len)
    };
    (start, stop.max(start))
}

/// `items[start:stop]` as a new array (bounds clamped as Python does).
///
/// # Safety
/// As for [`array_repeat`].
pub unsafe fn array_slice_clamped(
    a: *mut RpyArray,
    len: i64,
    start: i64,
    stop: i64,
) -> *mut RpyArray {
    let (start, stop) = clamp_slice(len, start, stop);
    crate::list::array_slice(a, start, stop)
}

/// `list(s)` for a `str`: a new array (type `array_tid`, 4-byte items) of
/// its code points.
///
/// # Safety
/// [`gc::init`] was called; `s` is a valid string. May collect.
pub unsafe fn array_from_str_chars(array_tid: u32, s: *mut RpyStr) -> *mut RpyArray {
    let n = (*s).length;
    let r = Roots::new([s as GcPtr]);
    let new = gc::malloc_varsize(array_tid, n) as *mut RpyArray;
    if new.is_null() {
        return new;
    }
    let s = r.get_as::<RpyStr>(0);
    let size = array_item_size(new);
    for (i, c) in str_as_str(s).chars().enumerate() {
        store(new, i as i64, size, c as u64);
    }
    new
}

/// The number of items of `range(start, stop, step)` (`step != 0`),
/// saturated at `i64::MAX` (no array can be that long).
pub fn range_length(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, step) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / step + 1).min(i64::MAX as i128) as i64
    }
}

/// `list(range(start, stop, step))`: a new array (type `array_tid`, 8-byte
/// items); ValueError when `step` is 0.
///
/// # Safety
/// [`gc::init`] was called. May collect.
pub unsafe fn array_from_range(array_tid: u32, start: i64, stop: i64, step: i64) -> *mut RpyArray {
    if step == 0 {
        exc::raise_builtin(Builtin::ValueError, "range() arg 3 must not be zero");
        return ptr::null_mut();
    }
    let n = range_length(start, stop, step);
    let new = gc::malloc_varsize(array_tid, n) as *mut RpyArray;
    if new.is_null() {
        return new;
    }
    let mut v = start;
    for i in 0..n {
        store(new, i, 8, v as u64);
        v = v.wrapping_add(step);
    }
    new
}

// ---------------------------------------------------------------------------
// In-place changes of resizable lists

/// `l[start:stop] = items[0:n]` (bounds clamped as Python does; `items`
/// may be `l`'s own array). Returns the list.
///
/// # Safety
/// [`gc::init`] was called; `l` is a valid list with array type
/// `array_tid`, `src` an array of the same type with `0 <= n <= length`.
/// May collect.
pub unsafe fn list_setslice(
    l: *mut RpyList,
    start: i64,
    stop: i64,
    src: *mut RpyArray,
    n: i64,
    array_tid: u32,
) -> *mut RpyList {
    let r = Roots::new([l as GcPtr, src as GcPtr]);
    if src == (*l).items && n > 0 {
        // `l[a:b] = l`: copy the new items first, the moves below change
        // them.
        let copy = crate::list::array_slice(src, 0, n);
        if copy.is_null() {
            return r.get_as(0);
        }
        r.set(1, copy as GcPtr);
    }
    let l = r.get_as::<RpyList>(0);
    let len = (*l).length;
    let (start, stop) = clamp_slice(len, start, stop);
    let old = stop - start;
    let newlen = len - old + n;
    if n > old {
        let l2 = list_resize(l, newlen, array_tid);
        if (*l2).length != newlen {
            return l2;
        }
        let items = (*l2).items;
        array_copy(items, stop, items, start + n, len - stop);
    } else {
        let items = (*l).items;
        array_copy(items, stop, items, start + n, len - stop);
        list_resize(l, newlen, array_tid);
    }
    let l = r.get_as::<RpyList>(0);
    array_copy(r.get_as(1), 0, (*l).items, start, n);
    l
}

/// `del l[start:stop]` (bounds clamped as Python does). Returns the list.
///
/// # Safety
/// As for [`list_setslice`].
pub unsafe fn list_delslice(
    l: *mut RpyList,
    start: i64,
    stop: i64,
    array_tid: u32,
) -> *mut RpyList {
    let (start, stop) = clamp_slice((*l).length, start, stop);
    crate::list::list_delete_range(l, start, stop, array_tid)
}

/// `l.extend(items[0:n])` (`items` may be `l`'s own array). Returns the
/// list.
///
/// # Safety
/// As for [`list_setslice`].
pub unsafe fn list_extend_items(
    l: *mut RpyList,
    src: *mut RpyArray,
    n: i64,
    array_tid: u32,
) -> *mut RpyList {
    let len = (*l).length;
    list_setslice(l, len, len, src, n, array_tid)
}
