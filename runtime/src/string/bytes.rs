//! The `bytes` methods whose semantics differ from `str`'s (byte indices,
//! ASCII-only character classes), wrappers over `pytext`'s byte functions,
//! and the conversions between `str` and `bytes`.
//!
//! Like the rest of [`crate::string`], every allocating helper keeps its
//! arguments rooted across the allocation, and results take the type id
//! of the receiver unless a `tid` is passed.

use super::{list_of_parts, range_in, str_as_bytes, sub_bytes};
use crate::exc::{self, Builtin};
use crate::{RpyList, RpyStr};
use std::ptr::null_mut;

/// `b.find(sub, start, end)`.
///
/// # Safety
/// `b` and `sub` are valid strings.
pub unsafe fn bytes_find(b: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::bytes_find(str_as_bytes(b), str_as_bytes(sub), start, end)
}

/// `b.rfind(sub, start, end)`.
///
/// # Safety
/// As for [`bytes_find`].
pub unsafe fn bytes_rfind(b: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::bytes_rfind(str_as_bytes(b), str_as_bytes(sub), start, end)
}

/// `b.count(sub, start, end)`.
///
/// # Safety
/// As for [`bytes_find`].
pub unsafe fn bytes_count(b: *mut RpyStr, sub: *mut RpyStr, start: i64, end: i64) -> i64 {
    pytext::bytes_count(str_as_bytes(b), str_as_bytes(sub), start, end) as i64
}

/// `b.startswith(prefix, start, end)`.
///
/// # Safety
/// As for [`bytes_find`].
pub unsafe fn bytes_startswith(b: *mut RpyStr, prefix: *mut RpyStr, start: i64, end: i64) -> bool {
    pytext::bytes_startswith(str_as_bytes(b), str_as_bytes(prefix), start, end)
}

/// `b.endswith(suffix, start, end)`.
///
/// # Safety
/// As for [`bytes_find`].
pub unsafe fn bytes_endswith(b: *mut RpyStr, suffix: *mut RpyStr, start: i64, end: i64) -> bool {
    pytext::bytes_endswith(str_as_bytes(b), str_as_bytes(suffix), start, end)
}

/// `sub in b`.
///
/// # Safety
/// As for [`bytes_find`].
pub unsafe fn bytes_contains(b: *mut RpyStr, sub: *mut RpyStr) -> bool {
    pytext::bytes_find(str_as_bytes(b), str_as_bytes(sub), 0, i64::MAX) >= 0
}

/// `b.replace(old, new, count)`.
///
/// # Safety
/// [`crate::gc::init`] was called; the arguments are valid strings. May
/// collect.
pub unsafe fn bytes_replace(
    b: *mut RpyStr,
    old: *mut RpyStr,
    new: *mut RpyStr,
    count: i64,
) -> *mut RpyStr {
    let out = pytext::bytes_replace(str_as_bytes(b), str_as_bytes(old), str_as_bytes(new), count);
    if out == str_as_bytes(b) {
        return b;
    }
    super::bytes_from((*b).hdr.tid, &out)
}

unsafe fn strip_with(
    b: *mut RpyStr,
    chars: *mut RpyStr,
    f: for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8],
) -> *mut RpyStr {
    let chars = if chars.is_null() {
        None
    } else {
        Some(str_as_bytes(chars))
    };
    let part = f(str_as_bytes(b), chars);
    let (from, to) = range_in(b, part);
    sub_bytes(b, from, to, (to - from) as i64)
}

/// `b.strip(chars)` (`chars` null: ASCII whitespace).
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is valid, `chars` null or valid.
/// May collect.
pub unsafe fn bytes_strip(b: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(b, chars, pytext::bytes_strip)
}

/// `b.lstrip(chars)`.
///
/// # Safety
/// As for [`bytes_strip`].
pub unsafe fn bytes_lstrip(b: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(b, chars, pytext::bytes_lstrip)
}

/// `b.rstrip(chars)`.
///
/// # Safety
/// As for [`bytes_strip`].
pub unsafe fn bytes_rstrip(b: *mut RpyStr, chars: *mut RpyStr) -> *mut RpyStr {
    strip_with(b, chars, pytext::bytes_rstrip)
}

/// A `pytext` bytes split function.
type SplitFn = fn(&[u8], Option<&[u8]>, i64) -> Result<Vec<Vec<u8>>, String>;

unsafe fn split_with(
    list_tid: u32,
    array_tid: u32,
    b: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
    f: SplitFn,
) -> *mut RpyList {
    let sep = if sep.is_null() {
        None
    } else {
        Some(str_as_bytes(sep))
    };
    match f(str_as_bytes(b), sep, maxsplit) {
        Ok(parts) => list_of_parts(list_tid, array_tid, (*b).hdr.tid, &parts, true),
        Err(msg) => {
            exc::raise_builtin(Builtin::ValueError, &msg);
            null_mut()
        }
    }
}

/// `b.split(sep, maxsplit)` as a new list of `bytes`.
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is valid, `sep` null or valid; the
/// tids describe a list of strings. May collect.
pub unsafe fn bytes_split(
    list_tid: u32,
    array_tid: u32,
    b: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
) -> *mut RpyList {
    split_with(list_tid, array_tid, b, sep, maxsplit, pytext::bytes_split)
}

/// `b.rsplit(sep, maxsplit)`.
///
/// # Safety
/// As for [`bytes_split`].
pub unsafe fn bytes_rsplit(
    list_tid: u32,
    array_tid: u32,
    b: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
) -> *mut RpyList {
    split_with(list_tid, array_tid, b, sep, maxsplit, pytext::bytes_rsplit)
}

/// `b.splitlines(keepends)`.
///
/// # Safety
/// As for [`bytes_split`].
pub unsafe fn bytes_splitlines(
    list_tid: u32,
    array_tid: u32,
    b: *mut RpyStr,
    keepends: bool,
) -> *mut RpyList {
    let parts = pytext::bytes_splitlines(str_as_bytes(b), keepends);
    list_of_parts(list_tid, array_tid, (*b).hdr.tid, &parts, true)
}

/// `b.lower()`.
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is valid. May collect.
pub unsafe fn bytes_lower(b: *mut RpyStr) -> *mut RpyStr {
    super::bytes_from((*b).hdr.tid, &pytext::bytes_lower(str_as_bytes(b)))
}

/// `b.upper()`.
///
/// # Safety
/// As for [`bytes_lower`].
pub unsafe fn bytes_upper(b: *mut RpyStr) -> *mut RpyStr {
    super::bytes_from((*b).hdr.tid, &pytext::bytes_upper(str_as_bytes(b)))
}

macro_rules! byte_predicates {
    ($($name:ident => $f:path, $doc:literal;)*) => {$(
        #[doc = $doc]
        ///
        /// # Safety
        /// `b` is a valid string.
        pub unsafe fn $name(b: *mut RpyStr) -> bool {
            $f(str_as_bytes(b))
        }
    )*};
}

byte_predicates! {
    bytes_isdigit => pytext::bytes_isdigit, "`b.isdigit()`.";
    bytes_isalpha => pytext::bytes_isalpha, "`b.isalpha()`.";
    bytes_isalnum => pytext::bytes_isalnum, "`b.isalnum()`.";
    bytes_isspace => pytext::bytes_isspace, "`b.isspace()`.";
    bytes_islower => pytext::bytes_islower, "`b.islower()`.";
    bytes_isupper => pytext::bytes_isupper, "`b.isupper()`.";
}

/// `repr(b)` as a new `str` of type `str_tid`.
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is valid. May collect.
pub unsafe fn bytes_repr(str_tid: u32, b: *mut RpyStr) -> *mut RpyStr {
    super::str_from(str_tid, &pytext::bytes_repr(str_as_bytes(b)))
}

/// `s.encode('utf-8')` as a new `bytes` of type `bytes_tid`.
///
/// # Safety
/// [`crate::gc::init`] was called; `s` is a valid `str`. May collect.
pub unsafe fn str_encode_utf8(bytes_tid: u32, s: *mut RpyStr) -> *mut RpyStr {
    let r = crate::gc::Roots::new([s as crate::GcPtr]);
    let n = (*s).nbytes;
    let out = super::str_alloc(bytes_tid, n, n);
    if !out.is_null() {
        let s = r.get_as::<RpyStr>(0);
        std::ptr::copy_nonoverlapping((*s).bytes.as_ptr(), (*out).bytes.as_mut_ptr(), n as usize);
    }
    out
}

/// `b.decode('utf-8')` as a new `str` of type `str_tid`; invalid UTF-8
/// raises ValueError (CPython's UnicodeDecodeError message) and returns
/// null.
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is valid. May collect.
pub unsafe fn bytes_decode_utf8(str_tid: u32, b: *mut RpyStr) -> *mut RpyStr {
    let data = str_as_bytes(b);
    match std::str::from_utf8(data) {
        Ok(text) => {
            let length = pytext::char_len(text) as i64;
            let r = crate::gc::Roots::new([b as crate::GcPtr]);
            let out = super::str_alloc(str_tid, data.len() as i64, length);
            if !out.is_null() {
                let b = r.get_as::<RpyStr>(0);
                std::ptr::copy_nonoverlapping(
                    (*b).bytes.as_ptr(),
                    (*out).bytes.as_mut_ptr(),
                    (*b).nbytes as usize,
                );
            }
            out
        }
        Err(e) => {
            let msg = utf8_error_message(data, &e);
            exc::raise_builtin(Builtin::ValueError, &msg);
            null_mut()
        }
    }
}

/// CPython's message for bytes that are not UTF-8 (`UnicodeDecodeError`).
pub fn utf8_error_message(data: &[u8], e: &std::str::Utf8Error) -> String {
    let pos = e.valid_up_to();
    let byte = data[pos];
    match e.error_len() {
        None if data.len() - pos > 1 => format!(
            "'utf-8' codec can't decode bytes in position {pos}-{}: unexpected end of data",
            data.len() - 1
        ),
        None => format!(
            "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: unexpected end of data"
        ),
        Some(_) => {
            let reason = if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}")
        }
    }
}
