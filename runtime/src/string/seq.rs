//! More `str`/`bytes` helpers for the rtyper's method lowering: joining the
//! items of a GC array (the items of a resizable list or a fixed-size
//! list), `index`/`rindex`, padding (`ljust`, `rjust`, `center`, `zfill`),
//! `partition`/`rpartition` into a 3-tuple, the rlib's `compute_hash` of
//! strings and floats, `bytes(list_of_ints)`, and `str()`/`repr()` of a
//! string that may be None.
//!
//! As in the rest of [`crate::string`], allocating helpers keep their GC
//! arguments rooted across the allocation and results take the type id of
//! the receiver.

use super::{is_ascii_fast, str_alloc, str_as_bytes, str_as_str, str_from, str_text, sub_bytes};
use crate::exc::{self, Builtin};
use crate::gc::{self, Roots};
use crate::list::array_item_ptr;
use crate::{GcPtr, RpyArray, RpyStr};
use std::ptr::{self, null_mut};

/// Item `i` of an array of strings.
#[inline]
unsafe fn str_item(items: *mut RpyArray, i: i64) -> *mut RpyStr {
    *(array_item_ptr(items, i) as *mut *mut RpyStr)
}

/// `sep.join(items[:n])` where `items` is a GC array of strings of
/// `sep`'s type (a null item raises TypeError, as joining None does).
/// With one item, returns that item.
///
/// # Safety
/// [`gc::init`] was called; `sep` is a valid string, `items` a valid array
/// of strings with at least `n` items. May collect.
pub unsafe fn str_join_items(sep: *mut RpyStr, items: *mut RpyArray, n: i64) -> *mut RpyStr {
    let (mut nbytes, mut length) = (0i64, 0i64);
    for i in 0..n {
        let item = str_item(items, i);
        if item.is_null() {
            let msg = format!("sequence item {i}: expected str instance, NoneType found");
            exc::raise_builtin(Builtin::TypeError, &msg);
            return null_mut();
        }
        nbytes += (*item).nbytes;
        length += (*item).length;
    }
    if n == 1 {
        return str_item(items, 0);
    }
    if n > 1 {
        nbytes += (*sep).nbytes * (n - 1);
        length += (*sep).length * (n - 1);
    }
    let r = Roots::new([sep as GcPtr, items as GcPtr]);
    let s = str_alloc((*sep).hdr.tid, nbytes, length);
    if s.is_null() {
        return s;
    }
    let (sep, items) = (r.get_as::<RpyStr>(0), r.get_as::<RpyArray>(1));
    let mut dst = (*s).bytes.as_mut_ptr();
    for i in 0..n {
        if i > 0 {
            let k = (*sep).nbytes as usize;
            ptr::copy_nonoverlapping((*sep).bytes.as_ptr(), dst, k);
            dst = dst.add(k);
        }
        let item = str_item(items, i);
        let k = (*item).nbytes as usize;
        ptr::copy_nonoverlapping((*item).bytes.as_ptr(), dst, k);
        dst = dst.add(k);
    }
    s
}

/// `sep.join(chars[:n])` where `chars` is a GC array of characters (`u32`
/// code points, 4-byte items).
///
/// # Safety
/// [`gc::init`] was called; `sep` is a valid `str`, `chars` a valid array
/// of 4-byte characters with at least `n` items. May collect.
pub unsafe fn str_join_chars(sep: *mut RpyStr, chars: *mut RpyArray, n: i64) -> *mut RpyStr {
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push_str(str_as_str(sep));
        }
        let c = *(array_item_ptr(chars, i) as *mut u32);
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
    }
    str_from((*sep).hdr.tid, &out)
}

/// `s.index(sub, start, end)`: like `find`, but ValueError `substring not
/// found` instead of -1.
///
/// # Safety
/// `s` and `sub` are valid `str`s. Raising may collect.
pub unsafe fn str_index(s: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    not_found(
        pytext::find(str_text(s), str_text(sub), start, end),
        "substring",
    )
}

/// `s.rindex(sub, start, end)`.
///
/// # Safety
/// As for [`str_index`].
pub unsafe fn str_rindex(s: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    not_found(
        pytext::rfind(str_text(s), str_text(sub), start, end),
        "substring",
    )
}

/// `b.index(sub, start, end)` (ValueError `subsection not found`).
///
/// # Safety
/// `b` and `sub` are valid strings. Raising may collect.
pub unsafe fn bytes_index(b: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    not_found(
        pytext::bytes_find(str_as_bytes(b), str_as_bytes(sub), start, end),
        "subsection",
    )
}

fn not_found(i: i64, what: &str) -> i64 {
    if i < 0 {
        unsafe { exc::raise_builtin(Builtin::ValueError, &format!("{what} not found")) };
    }
    i
}

/// A padding result: `s` itself when nothing was added.
unsafe fn padded(s: *mut RpyStr, width: i64, f: impl FnOnce(&str) -> String) -> *mut RpyStr {
    if width <= (*s).length {
        return s;
    }
    let out = f(str_as_str(s));
    str_from((*s).hdr.tid, &out)
}

fn fill(c: u32) -> char {
    char::from_u32(c).unwrap_or(' ')
}

/// `s.ljust(width, fillchar)`.
///
/// # Safety
/// [`gc::init`] was called; `s` is a valid `str`. May collect.
pub unsafe fn str_ljust(s: *mut RpyStr, width: i64, fillchar: u32) -> *mut RpyStr {
    padded(s, width, |t| pytext::ljust(t, width, fill(fillchar)))
}

/// `s.rjust(width, fillchar)`.
///
/// # Safety
/// As for [`str_ljust`].
pub unsafe fn str_rjust(s: *mut RpyStr, width: i64, fillchar: u32) -> *mut RpyStr {
    padded(s, width, |t| pytext::rjust(t, width, fill(fillchar)))
}

/// `s.center(width, fillchar)`.
///
/// # Safety
/// As for [`str_ljust`].
pub unsafe fn str_center(s: *mut RpyStr, width: i64, fillchar: u32) -> *mut RpyStr {
    padded(s, width, |t| pytext::center(t, width, fill(fillchar)))
}

/// `s.zfill(width)`.
///
/// # Safety
/// As for [`str_ljust`].
pub unsafe fn str_zfill(s: *mut RpyStr, width: i64) -> *mut RpyStr {
    padded(s, width, |t| pytext::zfill(t, width))
}

/// Byte range `[from, to)` of `s` as a new string of `s`'s type (`s`
/// itself when it is all of it).
unsafe fn part(s: *mut RpyStr, from: usize, to: usize) -> *mut RpyStr {
    let length = if is_ascii_fast(s) {
        (to - from) as i64
    } else {
        pytext::char_len(&str_as_str(s)[from..to]) as i64
    };
    sub_bytes(s, from, to, length)
}

/// A new 3-tuple (type `tuple_tid`, three string fields, the GC pointers
/// of its type info in field order) of the byte ranges `cuts` of `s`.
unsafe fn tuple_of_parts(tuple_tid: u32, s: *mut RpyStr, cuts: [(usize, usize); 3]) -> GcPtr {
    let r = Roots::new([s as GcPtr, null_mut()]);
    let t = gc::malloc(tuple_tid);
    if t.is_null() {
        return t;
    }
    r.set(1, t);
    for (k, (from, to)) in cuts.into_iter().enumerate() {
        let p = part(r.get_as::<RpyStr>(0), from, to);
        if p.is_null() {
            return null_mut();
        }
        let t = r.get(1);
        let off = gc::type_of(t).gc_ptrs[k] as usize;
        gc::write_barrier(t);
        *((t as *mut u8).add(off) as *mut *mut RpyStr) = p;
    }
    r.get(1)
}

/// Splits around `sep` with `f` (a `pytext` partition function over bytes
/// or text), as a tuple.
unsafe fn partition_with(
    tuple_tid: u32,
    s: *mut RpyStr,
    sep: *mut RpyStr,
    f: for<'a> fn(&'a [u8], &[u8]) -> Result<pytext::BytesPartition<'a>, String>,
) -> GcPtr {
    let data = str_as_bytes(s);
    match f(data, str_as_bytes(sep)) {
        Ok((a, b, c)) => {
            let base = data.as_ptr() as usize;
            let range = |p: &[u8]| {
                (
                    p.as_ptr() as usize - base,
                    p.as_ptr() as usize - base + p.len(),
                )
            };
            let cuts = [range(a), range(b), range(c)];
            tuple_of_parts(tuple_tid, s, cuts)
        }
        Err(msg) => {
            exc::raise_builtin(Builtin::ValueError, &msg);
            null_mut()
        }
    }
}

/// `s.partition(sep)` as a new tuple of type `tuple_tid` (three strings);
/// an empty `sep` raises ValueError `empty separator`. Works for `bytes`
/// too (UTF-8 text has no false matches inside characters).
///
/// # Safety
/// [`gc::init`] was called; `s` and `sep` are valid strings of one type;
/// `tuple_tid` is a struct of three string fields. May collect.
pub unsafe fn str_partition(tuple_tid: u32, s: *mut RpyStr, sep: *mut RpyStr) -> GcPtr {
    partition_with(tuple_tid, s, sep, pytext::bytes_partition)
}

/// `s.rpartition(sep)`.
///
/// # Safety
/// As for [`str_partition`].
pub unsafe fn str_rpartition(tuple_tid: u32, s: *mut RpyStr, sep: *mut RpyStr) -> GcPtr {
    partition_with(tuple_tid, s, sep, pytext::bytes_rpartition)
}

/// `compute_hash(s)` of `rpython.rlib.objectmodel` for a `str` (over its
/// code points) or a `bytes` (over its bytes, `bytes == true`): the same
/// deterministic function as the rlib's untranslated `_hash_string`, so
/// translated and untranslated runs agree. (Dicts use [`super::str_hash`]
/// instead, whose value is never visible.)
///
/// # Safety
/// `s` is a valid string.
pub unsafe fn str_compute_hash(s: *mut RpyStr, bytes: bool) -> i64 {
    let n = (*s).length;
    if bytes || is_ascii_fast(s) {
        hash_codes(n, str_as_bytes(s).iter().map(|b| *b as i64))
    } else {
        hash_codes(n, str_as_str(s).chars().map(|c| c as i64))
    }
}

/// The rlib's `_hash_string` over `n` codes.
fn hash_codes(n: i64, codes: impl Iterator<Item = i64> + Clone) -> i64 {
    let Some(first) = codes.clone().next() else {
        return 0;
    };
    let mut x = first.wrapping_shl(7);
    for c in codes {
        x = 1000003i64.wrapping_mul(x) ^ c;
    }
    x ^= n;
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `compute_hash(f)` for a float: CPython's `hash(f)`.
pub fn float_compute_hash(f: f64) -> i64 {
    pytext::float_hash(f)
}

/// `bytes(items[:n])` for a GC array of ints (8-byte items): ValueError
/// `bytes must be in range(0, 256)` for an item outside 0..=255.
///
/// # Safety
/// [`gc::init`] was called; `items` is a valid array of 8-byte ints with
/// at least `n` items. May collect.
pub unsafe fn bytes_from_ints(tid: u32, items: *mut RpyArray, n: i64) -> *mut RpyStr {
    let mut data = Vec::with_capacity(n.max(0) as usize);
    for i in 0..n {
        let v = *(array_item_ptr(items, i) as *mut i64);
        let Ok(b) = u8::try_from(v) else {
            exc::raise_builtin(Builtin::ValueError, "bytes must be in range(0, 256)");
            return null_mut();
        };
        data.push(b);
    }
    super::bytes_from(tid, &data)
}

/// `str(s)` of a string that may be None: `s`, or `none` (the prebuilt
/// `"None"`) when `s` is null.
///
/// # Safety
/// `s` is null or a valid string; `none` is a valid string.
pub unsafe fn str_or_none(s: *mut RpyStr, none: *mut RpyStr) -> *mut RpyStr {
    if s.is_null() {
        none
    } else {
        s
    }
}

/// `repr(s)` of a string that may be None: `none` (the prebuilt `"None"`)
/// when `s` is null.
///
/// # Safety
/// [`gc::init`] was called; `s` is null or a valid `str`; `none` is a
/// valid string. May collect.
pub unsafe fn str_repr_or_none(s: *mut RpyStr, none: *mut RpyStr) -> *mut RpyStr {
    if s.is_null() {
        none
    } else {
        super::str_repr(s)
    }
}
