//! `s.split(sep, maxsplit)` with an explicit separator, done on the bytes
//! of `s`: the separator's occurrences are found first (an ASCII
//! separator with a byte loop, a longer one with one substring searcher
//! for the whole string), then the result list is allocated at its final
//! size and each part is copied once, straight from `s` (no intermediate
//! `String`s).
//!
//! Byte matching is exact for `str`: a valid UTF-8 separator can only match
//! at character boundaries of valid UTF-8 text. Parts of an ASCII string
//! have as many code points as bytes; other parts are counted.

use super::{is_ascii_fast, str_alloc, str_as_str};
use crate::gc::{self, Roots};
use crate::list::{self, array_item_ptr};
use crate::{GcPtr, RpyList, RpyStr};
use std::ptr::{self, null_mut};

/// The byte offsets of the first `limit` non-overlapping occurrences of
/// `sep` in `text` (all of them for a negative `limit`).
fn separator_offsets(text: &str, sep: &str, limit: i64) -> Vec<usize> {
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut offsets = Vec::new();
    if limit == 0 {
        return offsets;
    }
    match sep.as_bytes() {
        // an ASCII character: a plain byte loop (the parts are usually
        // short, where memchr's set-up costs more than it saves)
        [b] => {
            for (i, c) in text.as_bytes().iter().enumerate() {
                if c == b {
                    offsets.push(i);
                    if offsets.len() == limit {
                        break;
                    }
                }
            }
        }
        _ => {
            for (i, _) in text.match_indices(sep) {
                offsets.push(i);
                if offsets.len() == limit {
                    break;
                }
            }
        }
    }
    offsets
}

/// `s.split(sep, maxsplit)` for a non-empty `sep`, as a new list of
/// strings of `s`'s type. Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called; `s` and `sep` are valid `str`s, `sep` not
/// empty; the tids describe a list of strings. May collect.
pub unsafe fn split_by(
    list_tid: u32,
    array_tid: u32,
    s: *mut RpyStr,
    sep: *mut RpyStr,
    maxsplit: i64,
) -> *mut RpyList {
    let offsets = separator_offsets(str_as_str(s), str_as_str(sep), maxsplit);
    let sep_len = (*sep).nbytes as usize;
    let n = offsets.len() + 1;
    let r = Roots::new([s as GcPtr, null_mut()]);
    let l = list::list_new(list_tid, array_tid, n as i64);
    if l.is_null() {
        return l;
    }
    r.set(1, l as GcPtr);
    let mut from = 0usize;
    for k in 0..n {
        let s = r.get_as::<RpyStr>(0);
        let to = if k < offsets.len() {
            offsets[k]
        } else {
            (*s).nbytes as usize
        };
        let l = r.get_as::<RpyList>(1);
        if n == 1 {
            // no separator: the list holds `s` itself (strings are immutable)
            *(array_item_ptr((*l).items, 0) as *mut *mut RpyStr) = s;
            break;
        }
        let length = if is_ascii_fast(s) {
            to - from
        } else {
            pytext::char_len(&str_as_str(s)[from..to])
        };
        let part = str_alloc((*s).hdr.tid, (to - from) as i64, length as i64);
        if part.is_null() {
            return null_mut();
        }
        let s = r.get_as::<RpyStr>(0);
        ptr::copy_nonoverlapping(
            (*s).bytes.as_ptr().add(from),
            (*part).bytes.as_mut_ptr(),
            to - from,
        );
        let l = r.get_as::<RpyList>(1);
        gc::write_barrier_array((*l).items as GcPtr, k as i64);
        *(array_item_ptr((*l).items, k as i64) as *mut *mut RpyStr) = part;
        from = to + sep_len;
    }
    r.get_as(1)
}
