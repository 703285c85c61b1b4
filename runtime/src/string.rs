//! Helpers on run-time strings ([`RpyStr`]): allocation, hashing,
//! comparison, concatenation, slicing, the `str` methods (thin wrappers over
//! `pytext`, which has CPython's exact semantics), number conversions, and
//! the `bytes` counterparts where the semantics differ ([`bytes`]).
//!
//! A `str` holds UTF-8 with `length` = number of code points; a `bytes`
//! holds any bytes with `length == nbytes`. Functions that only move bytes
//! (concatenation, slicing, repetition, join, comparison, hashing) work for
//! both because the ASCII fast path (`length == nbytes`) is exactly the
//! `bytes` case. New strings take the type id of an argument unless a `tid`
//! is passed.
//!
//! Every helper that allocates keeps its string arguments on the shadow
//! stack across the allocation and reads them again afterwards, so all of
//! them are safe in GC stress mode. On MemoryError they return null with the
//! exception raised; parse errors raise ValueError with CPython's message.

pub mod builder;
pub mod bytes;
pub mod chars;
pub mod codecs;
pub mod format;
pub mod seq;
pub mod split;

use crate::exc::{self, Builtin};
use crate::gc::{self, Roots};
use crate::list::{self, array_item_ptr};
use crate::{GcPtr, RpyArray, RpyList, RpyStr};
use std::ptr::{self, null_mut};

// ---------------------------------------------------------------------------
// Basics

/// A new string with `nbytes` zero bytes and `length` code points (the
/// caller fills the bytes). Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called and `tid` is a string type. May collect.
#[inline]
pub unsafe fn str_alloc(tid: u32, nbytes: i64, length: i64) -> *mut RpyStr {
    let s = gc::malloc_varsize(tid, nbytes) as *mut RpyStr;
    if !s.is_null() {
        (*s).length = length;
    }
    s
}

/// A new string holding `bytes` (not GC memory) with `length` code points.
unsafe fn new_with(tid: u32, bytes: &[u8], length: usize) -> *mut RpyStr {
    let s = str_alloc(tid, bytes.len() as i64, length as i64);
    if !s.is_null() {
        ptr::copy_nonoverlapping(bytes.as_ptr(), (*s).bytes.as_mut_ptr(), bytes.len());
    }
    s
}

/// A new `str` with the text `text`.
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn str_from(tid: u32, text: &str) -> *mut RpyStr {
    new_with(tid, text.as_bytes(), pytext::char_len(text))
}

/// A new `bytes` with the bytes `data`.
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn bytes_from(tid: u32, data: &[u8]) -> *mut RpyStr {
    new_with(tid, data, data.len())
}

/// The bytes of `s`. The slice dangles after the next allocation.
///
/// # Safety
/// `s` is a valid string.
#[inline(always)]
pub unsafe fn str_as_bytes<'a>(s: *mut RpyStr) -> &'a [u8] {
    std::slice::from_raw_parts((*s).bytes.as_ptr(), (*s).nbytes as usize)
}

/// The text of `s` (no UTF-8 check). Dangles after the next allocation.
///
/// # Safety
/// `s` is a valid `str` (valid UTF-8).
#[inline(always)]
pub unsafe fn str_as_str<'a>(s: *mut RpyStr) -> &'a str {
    std::str::from_utf8_unchecked(str_as_bytes(s))
}

/// `len(s)` (code points; bytes for `bytes`).
///
/// # Safety
/// `s` is a valid string.
#[inline(always)]
pub unsafe fn str_len(s: *mut RpyStr) -> i64 {
    (*s).length
}

#[inline(always)]
unsafe fn is_ascii_fast(s: *mut RpyStr) -> bool {
    (*s).length == (*s).nbytes
}

/// The hash of bytes that are not UTF-8 (the same function as on text).
fn bytes_fnv(data: &[u8]) -> i64 {
    pytext::bytes_hash(data)
}

/// The hash of the content of `s` (`pytext::str_hash` for valid UTF-8,
/// the same FNV-1a for other bytes), cached in `s.hash` (a hash of 0 is
/// recomputed each time). Prebuilt strings in read-only memory must carry
/// their hash precomputed.
///
/// # Safety
/// `s` is a valid string.
#[inline]
pub unsafe fn str_hash(s: *mut RpyStr) -> i64 {
    let h = (*s).hash;
    if h != 0 {
        return h;
    }
    // `pytext::str_hash` of a text is the same FNV-1a over its UTF-8 bytes:
    // no UTF-8 check is needed to pick between them
    let h = bytes_fnv(str_as_bytes(s));
    (*s).hash = h;
    h
}

/// Content equality (null equals only null).
///
/// # Safety
/// `a` and `b` are null or valid strings.
#[inline]
pub unsafe fn str_eq(a: *mut RpyStr, b: *mut RpyStr) -> bool {
    if a == b {
        return true;
    }
    if a.is_null() || b.is_null() || (*a).nbytes != (*b).nbytes {
        return false;
    }
    let (ha, hb) = ((*a).hash, (*b).hash);
    if ha != 0 && hb != 0 && ha != hb {
        return false;
    }
    str_as_bytes(a) == str_as_bytes(b)
}

/// Three-way comparison by code points (= by bytes for UTF-8): -1, 0, 1.
///
/// # Safety
/// `a` and `b` are valid strings.
pub unsafe fn str_cmp(a: *mut RpyStr, b: *mut RpyStr) -> i64 {
    match str_as_bytes(a).cmp(str_as_bytes(b)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `a + b` (returns `a` or `b` itself when the other is empty).
///
/// # Safety
/// [`gc::init`] was called; `a` and `b` are valid strings of one type.
/// May collect.
pub unsafe fn str_concat(a: *mut RpyStr, b: *mut RpyStr) -> *mut RpyStr {
    let (na, nb) = ((*a).nbytes, (*b).nbytes);
    if nb == 0 {
        return a;
    }
    if na == 0 {
        return b;
    }
    let r = Roots::new([a as GcPtr, b as GcPtr]);
    let s = str_alloc((*a).hdr.tid, na + nb, (*a).length + (*b).length);
    if s.is_null() {
        return s;
    }
    let (a, b) = (r.get_as::<RpyStr>(0), r.get_as::<RpyStr>(1));
    let dst = (*s).bytes.as_mut_ptr();
    ptr::copy_nonoverlapping((*a).bytes.as_ptr(), dst, na as usize);
    ptr::copy_nonoverlapping((*b).bytes.as_ptr(), dst.add(na as usize), nb as usize);
    s
}

/// Byte offset of code point `i` of `s`.
#[inline]
unsafe fn byte_offset(s: *mut RpyStr, i: i64) -> usize {
    if is_ascii_fast(s) {
        i as usize
    } else {
        pytext::char_index_to_byte(str_as_str(s), i as usize)
    }
}

/// A new string of the same type with bytes `[from, to)` of `s` and
/// `length` code points (`s` itself if that is all of it).
unsafe fn sub_bytes(s: *mut RpyStr, from: usize, to: usize, length: i64) -> *mut RpyStr {
    if from == 0 && to == (*s).nbytes as usize {
        return s;
    }
    let r = Roots::new([s as GcPtr]);
    let new = str_alloc((*s).hdr.tid, (to - from) as i64, length);
    if new.is_null() {
        return new;
    }
    let s = r.get_as::<RpyStr>(0);
    ptr::copy_nonoverlapping(
        (*s).bytes.as_ptr().add(from),
        (*new).bytes.as_mut_ptr(),
        to - from,
    );
    new
}

/// `s[start:stop]` by code points for `start, stop >= 0` (the caller
/// normalizes negative indexes): `stop` is clamped to `len(s)` and
/// `start` to `stop`, as Python slicing does. Returns `s` itself for the
/// whole string.
///
/// # Safety
/// As for [`str_concat`].
pub unsafe fn str_slice(s: *mut RpyStr, start: i64, stop: i64) -> *mut RpyStr {
    let stop = stop.clamp(0, (*s).length);
    let start = start.clamp(0, stop);
    let (from, to) = if is_ascii_fast(s) {
        (start as usize, stop as usize)
    } else {
        let from = byte_offset(s, start);
        let text = str_as_str(s);
        (
            from,
            from + pytext::char_index_to_byte(&text[from..], (stop - start) as usize),
        )
    };
    sub_bytes(s, from, to, stop - start)
}

/// `ord(s[i])` (a byte value for `bytes`), with `0 <= i < len(s)`.
///
/// # Safety
/// `s` is a valid string and `i` in bounds.
#[inline]
pub unsafe fn str_getitem(s: *mut RpyStr, i: i64) -> u32 {
    if is_ascii_fast(s) {
        return *(*s).bytes.as_ptr().add(i as usize) as u32;
    }
    let text = str_as_str(s);
    text[pytext::char_index_to_byte(text, i as usize)..]
        .chars()
        .next()
        .map_or(0, |c| c as u32)
}

/// `chr(c)` as a new string (an invalid code point gives U+FFFD).
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn str_from_char(tid: u32, c: u32) -> *mut RpyStr {
    let c = char::from_u32(c).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    new_with(tid, c.encode_utf8(&mut buf).as_bytes(), 1)
}

/// `chr(c)` as a string: item `c` of `table` (the program's prebuilt
/// array of the one-character strings `chr(0)` .. `chr(len - 1)`) when it
/// has one, else a new string.
///
/// # Safety
/// As for [`str_alloc`]; `table` is a valid array of string pointers whose
/// item `i` is `chr(i)`.
#[inline]
pub unsafe fn str_from_char_cached(table: *mut RpyArray, tid: u32, c: u32) -> *mut RpyStr {
    if (c as i64) < (*table).length {
        return *(array_item_ptr(table, c as i64) as *mut *mut RpyStr);
    }
    str_from_char(tid, c)
}

/// `s * n` (empty for `n <= 0`; `s` itself for `n == 1`).
///
/// # Safety
/// As for [`str_concat`].
pub unsafe fn str_mul(s: *mut RpyStr, n: i64) -> *mut RpyStr {
    if n == 1 {
        return s;
    }
    let n = n.max(0);
    let nbytes = (*s).nbytes;
    let (Some(total), Some(length)) = (nbytes.checked_mul(n), (*s).length.checked_mul(n)) else {
        exc::raise_builtin(Builtin::MemoryError, "");
        return null_mut();
    };
    let r = Roots::new([s as GcPtr]);
    let new = str_alloc((*s).hdr.tid, total, length);
    if new.is_null() || total == 0 {
        return new;
    }
    let s = r.get_as::<RpyStr>(0);
    let dst = (*new).bytes.as_mut_ptr();
    ptr::copy_nonoverlapping((*s).bytes.as_ptr(), dst, nbytes as usize);
    // double the filled prefix until done
    let mut filled = nbytes as usize;
    while filled < total as usize {
        let chunk = filled.min(total as usize - filled);
        ptr::copy_nonoverlapping(dst, dst.add(filled), chunk);
        filled += chunk;
    }
    new
}

/// `sub in s`.
///
/// # Safety
/// `s` and `sub` are valid `str`s.
pub unsafe fn str_contains(s: *mut RpyStr, sub: *mut RpyStr) -> bool {
    str_as_str(s).contains(str_as_str(sub))
}

/// `sep.join(items)` for a list of strings of `sep`'s type (a null item
/// raises TypeError, as joining None does).
///
/// # Safety
/// [`gc::init`] was called; `sep` is a valid string and `items` a valid
/// list of strings. May collect.
pub unsafe fn str_join(sep: *mut RpyStr, items: *mut RpyList) -> *mut RpyStr {
    seq::str_join_items(sep, (*items).items, (*items).length)
}

// ---------------------------------------------------------------------------
// Methods (wrappers over pytext)

/// `s` with its stored length in code points (index arithmetic on ASCII
/// text is then free in pytext).
///
/// # Safety
/// `s` is a valid `str`.
pub unsafe fn str_text<'a>(s: *mut RpyStr) -> pytext::Text<'a> {
    pytext::Text::with_len(str_as_str(s), (*s).length as usize)
}

/// `s.find(sub, start, end)` (Python-style `start`/`end`; pass 0 and
/// `i64::MAX` when omitted).
///
/// # Safety
/// `s` and `sub` are valid `str`s.
pub unsafe fn str_find(s: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::find(str_text(s), str_text(sub), start, end)
}

/// `s.rfind(sub, start, end)`.
///
/// # Safety
/// As for [`str_find`].
pub unsafe fn str_rfind(s: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::rfind(str_text(s), str_text(sub), start, end)
}

/// `s.count(sub, start, end)`.
///
/// # Safety
/// As for [`str_find`].
pub unsafe fn str_count(s: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::count(str_text(s), str_text(sub), start, end) as i64
}

/// `s.startswith(prefix, start, end)`.
///
/// # Safety
/// As for [`str_find`].
pub unsafe fn str_startswith(s: *mut RpyStr, prefix: *mut RpyStr, start: i64, end: i64) -> bool {
    pytext::startswith(str_text(s), str_text(prefix), start, end)
}

/// `s.endswith(suffix, start, end)`.
///
/// # Safety
/// As for [`str_find`].
pub unsafe fn str_endswith(s: *mut RpyStr, suffix: *mut RpyStr, start: i64, end: i64) -> bool {
    pytext::endswith(str_text(s), str_text(suffix), start, end)
}

/// A new string of `like`'s type from Rust text.
unsafe fn result_str(like: *mut RpyStr, text: &str) -> *mut RpyStr {
    str_from((*like).hdr.tid, text)
}

/// `s.replace(old, new, count)` (`count < 0`: all).
///
/// # Safety
/// [`gc::init`] was called; the arguments are valid `str`s. May collect.
pub unsafe fn str_replace(
    s: *mut RpyStr,
    old: *mut RpyStr,
    new: *mut RpyStr,
    count: i64,
) -> *mut RpyStr {
    let text = str_as_str(s);
    if count == 0 || (!text.contains(str_as_str(old)) && (*old).nbytes != 0) {
        return s;
    }
    let out = pytext::replace(text, str_as_str(old), str_as_str(new), count);
    result_str(s, &out)
}

/// Byte range of `part` (a sub-slice of `s`'s text) inside `s`.
unsafe fn range_in(s: *mut RpyStr, part: &[u8]) -> (usize, usize) {
    let from = part.as_ptr() as usize - (*s).bytes.as_ptr() as usize;
    (from, from + part.len())
}

unsafe fn strip_with(
    s: *mut RpyStr,
    chars: *mut RpyStr,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> *mut RpyStr {
    let chars = if chars.is_null() {
        None
    } else {
        Some(str_as_str(chars))
    };
    let part = f(str_as_str(s), chars);
    let (from, to) = range_in(s, part.as_bytes());
    let length = if is_ascii_fast(s) {
        (to - from) as i64
    } else {
        pytext::char_len(part) as i64
    };
    sub_bytes(s, from, to, length)
}

/// `s.strip(chars)` (`chars` null: whitespace). Returns `s` if unchanged.
///
/// # Safety
/// [`gc::init`] was called; `s` is a valid `str`, `chars` null or one.
/// May collect.
pub unsafe fn str_strip(s: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(s, chars, pytext::strip)
}

/// `s.lstrip(chars)`.
///
/// # Safety
/// As for [`str_strip`].
pub unsafe fn str_lstrip(s: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(s, chars, pytext::lstrip)
}

/// `s.rstrip(chars)`.
///
/// # Safety
/// As for [`str_strip`].
pub unsafe fn str_rstrip(s: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(s, chars, pytext::rstrip)
}

/// A new list (of type `list_tid`/`array_tid`) of new strings of type
/// `tid` holding `parts`. Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called; the tids describe a list of strings.
pub unsafe fn list_of_parts<T: AsRef<[u8]>>(
    list_tid: u32,
    array_tid: u32,
    tid: u32,
    parts: &[T],
    byte_strings: bool,
) -> *mut RpyList {
    let l = list::list_new(list_tid, array_tid, parts.len() as i64);
    if l.is_null() {
        return l;
    }
    let r = Roots::new([l as GcPtr]);
    for (i, part) in parts.iter().enumerate() {
        let data = part.as_ref();
        let length = if byte_strings {
            data.len()
        } else {
            pytext::char_len(std::str::from_utf8_unchecked(data))
        };
        let s = new_with(tid, data, length);
        if s.is_null() {
            return null_mut();
        }
        let l = r.get_as::<RpyList>(0);
        gc::write_barrier_array((*l).items as GcPtr, i as i64);
        *(array_item_ptr((*l).items, i as i64) as *mut *mut RpyStr) = s;
    }
    r.get_as(0)
}

/// A `pytext` split function.
type SplitFn = fn(&str, Option<&str>, i64) -> Result<Vec<String>, String>;

unsafe fn split_with(
    list_tid: u32,
    array_tid: u32,
    s: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
    f: SplitFn,
) -> *mut RpyList {
    let sep_text = if sep.is_null() {
        None
    } else {
        Some(str_as_str(sep))
    };
    match f(str_as_str(s), sep_text, maxsplit) {
        Ok(parts) => list_of_parts(list_tid, array_tid, (*s).hdr.tid, &parts, false),
        Err(msg) => {
            exc::raise_builtin(Builtin::ValueError, &msg);
            null_mut()
        }
    }
}

/// `s.split(sep, maxsplit)` as a new list of strings (`sep` null:
/// whitespace; an empty `sep` raises ValueError `empty separator`).
///
/// # Safety
/// [`gc::init`] was called; `s` is a valid `str`, `sep` null or one; the
/// tids describe a list of strings. May collect.
pub unsafe fn str_split(
    list_tid: u32,
    array_tid: u32,
    s: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
) -> *mut RpyList {
    if !sep.is_null() && (*sep).nbytes > 0 {
        return split::split_by(list_tid, array_tid, s, sep, maxsplit);
    }
    split_with(list_tid, array_tid, s, sep, maxsplit, pytext::split)
}

/// `s.rsplit(sep, maxsplit)`.
///
/// # Safety
/// As for [`str_split`].
pub unsafe fn str_rsplit(
    list_tid: u32,
    array_tid: u32,
    s: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
) -> *mut RpyList {
    split_with(list_tid, array_tid, s, sep, maxsplit, pytext::rsplit)
}

/// `s.splitlines(keepends)`.
///
/// # Safety
/// As for [`str_split`].
pub unsafe fn str_splitlines(
    list_tid: u32,
    array_tid: u32,
    s: *mut RpyStr,
    keepends: bool,
) -> *mut RpyList {
    let parts = pytext::splitlines(str_as_str(s), keepends);
    list_of_parts(list_tid, array_tid, (*s).hdr.tid, &parts, false)
}

macro_rules! text_to_text {
    ($($name:ident => $f:path, $doc:literal;)*) => {$(
        #[doc = $doc]
        ///
        /// # Safety
        /// [`gc::init`] was called; `s` is a valid `str`. May collect.
        pub unsafe fn $name(s: *mut RpyStr) -> *mut RpyStr {
            let out = $f(str_as_str(s));
            if out.as_bytes() == str_as_bytes(s) {
                return s;
            }
            result_str(s, &out)
        }
    )*};
}

text_to_text! {
    str_lower => pytext::lower, "`s.lower()`.";
    str_upper => pytext::upper, "`s.upper()`.";
    str_capitalize => pytext::capitalize, "`s.capitalize()`.";
    str_swapcase => pytext::swapcase, "`s.swapcase()`.";
    str_title => pytext::title, "`s.title()`.";
    str_repr => pytext::str_repr, "`repr(s)`.";
}

macro_rules! text_predicates {
    ($($name:ident => $f:path, $doc:literal;)*) => {$(
        #[doc = $doc]
        ///
        /// # Safety
        /// `s` is a valid `str`.
        pub unsafe fn $name(s: *mut RpyStr) -> bool {
            $f(str_as_str(s))
        }
    )*};
}

text_predicates! {
    str_isdigit => pytext::isdigit, "`s.isdigit()`.";
    str_isdecimal => pytext::isdecimal, "`s.isdecimal()`.";
    str_isnumeric => pytext::isnumeric, "`s.isnumeric()`.";
    str_isalpha => pytext::isalpha, "`s.isalpha()`.";
    str_isalnum => pytext::isalnum, "`s.isalnum()`.";
    str_isspace => pytext::isspace, "`s.isspace()`.";
    str_islower => pytext::islower, "`s.islower()`.";
    str_isupper => pytext::isupper, "`s.isupper()`.";
    str_istitle => pytext::istitle, "`s.istitle()`.";
    str_isascii => pytext::isascii, "`s.isascii()`.";
    str_isprintable => pytext::isprintable, "`s.isprintable()`.";
    str_isidentifier => pytext::isidentifier, "`s.isidentifier()`.";
}

/// `repr` of Rust text, as CPython writes it (used in error messages).
pub fn repr_text(text: &str) -> String {
    pytext::str_repr(text)
}

// ---------------------------------------------------------------------------
// Numbers

/// `str(v)` for an int.
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn int_to_str(tid: u32, v: i64) -> *mut RpyStr {
    let mut n = v.unsigned_abs();
    let sign = usize::from(v < 0);
    let len = sign + decimal_digits(n);
    let s = str_alloc(tid, len as i64, len as i64);
    if s.is_null() {
        return s;
    }
    let bytes = (*s).bytes.as_mut_ptr();
    if sign == 1 {
        *bytes = b'-';
    }
    // two digits per division, from the end
    let mut i = len;
    while n >= 100 {
        let k = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        *bytes.add(i) = DIGIT_PAIRS[k];
        *bytes.add(i + 1) = DIGIT_PAIRS[k + 1];
    }
    if n >= 10 {
        let k = n as usize * 2;
        *bytes.add(i - 2) = DIGIT_PAIRS[k];
        *bytes.add(i - 1) = DIGIT_PAIRS[k + 1];
    } else {
        *bytes.add(i - 1) = b'0' + n as u8;
    }
    s
}

/// "00" to "99", two bytes each.
static DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// The number of decimal digits of `n` (1 for 0).
#[inline]
fn decimal_digits(n: u64) -> usize {
    match n.checked_ilog10() {
        Some(d) => d as usize + 1,
        None => 1,
    }
}

/// `str(v)` for an unsigned machine int (`r_uint`).
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn uint_to_str(tid: u32, v: u64) -> *mut RpyStr {
    let text = v.to_string();
    new_with(tid, text.as_bytes(), text.len())
}

/// `str(b)` for a bool.
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn bool_to_str(tid: u32, b: bool) -> *mut RpyStr {
    let text: &[u8] = if b { b"True" } else { b"False" };
    new_with(tid, text, text.len())
}

/// `hex(v)`, `oct(v)`, `bin(v)` for bases 16, 8, 2 (other bases: digits
/// without a prefix).
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn int_to_base_str(tid: u32, v: i64, base: i64) -> *mut RpyStr {
    str_from(tid, &pytext::int_to_base(v, base.clamp(0, 64) as u32))
}

/// `repr(f)` / `str(f)`.
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn float_repr(tid: u32, f: f64) -> *mut RpyStr {
    str_from(tid, &pytext::float_repr(f))
}

/// `'%.<precision><code>' % f` for the codes `e E f F g G %` (`precision
/// < 0`: the default 6; `alternate`: the `#` flag).
///
/// # Safety
/// As for [`str_alloc`].
pub unsafe fn float_format(
    tid: u32,
    f: f64,
    code: u32,
    precision: i64,
    alternate: bool,
) -> *mut RpyStr {
    let code = char::from_u32(code).unwrap_or('r');
    let precision = usize::try_from(precision).ok();
    str_from(tid, &pytext::format_float(f, code, precision, alternate))
}

/// `int(s, base)`; raises ValueError with CPython's message (`invalid
/// literal for int() with base 10: 'x'`, the repr cut at 200 characters)
/// or OverflowError for a valid literal beyond 64 bits, returning 0.
///
/// # Safety
/// `s` is a valid `str`. Raising may collect.
pub unsafe fn str_to_int(s: *mut RpyStr, base: i64) -> i64 {
    if base != 0 && !(2..=36).contains(&base) {
        exc::raise_builtin(
            Builtin::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        );
        return 0;
    }
    let text = str_as_str(s);
    match pytext::parse_int(text, base as u32) {
        Ok(v) => v,
        Err(pytext::ParseIntError::Overflow) => {
            exc::raise_builtin(
                Builtin::OverflowError,
                "int too large to convert to a machine integer",
            );
            0
        }
        Err(pytext::ParseIntError::Invalid) => {
            let repr: String = repr_text(text).chars().take(200).collect();
            let msg = format!("invalid literal for int() with base {base}: {repr}");
            exc::raise_builtin(Builtin::ValueError, &msg);
            0
        }
    }
}

/// `float(s)`; raises ValueError `could not convert string to float:
/// '...'` and returns 0.0 on failure.
///
/// # Safety
/// `s` is a valid `str`. Raising may collect.
pub unsafe fn str_to_float(s: *mut RpyStr) -> f64 {
    let text = str_as_str(s);
    match pytext::parse_float(text) {
        Some(f) => f,
        None => {
            let msg = format!("could not convert string to float: {}", repr_text(text));
            exc::raise_builtin(Builtin::ValueError, &msg);
            0.0
        }
    }
}
