//! `StringBuilder` / `ByteStringBuilder` (`rpython.rlib.rstring`): a GC
//! struct [`RpyBuilder`] holding a growable buffer (a string object whose
//! `nbytes` is the capacity), the bytes used and the length in code points.
//!
//! The rtyper declares the same struct (`{length, used, buf}` after the
//! GC header) and reads `length` directly for `getlength()`; everything
//! else goes through these helpers. `build()` copies the used bytes into a
//! new string, except when the buffer is exactly full: then the buffer
//! itself becomes the result, which is safe because any later append needs
//! a bigger buffer and never writes into it again.

use super::{byte_offset, str_alloc, str_as_bytes};
use crate::exc::{self, Builtin};
use crate::gc::{self, Roots};
use crate::{GcHeader, GcPtr, RpyStr};
use std::ptr::{self, null_mut};

/// The builder object (layout shared with the rtyper's `StringBuilder`
/// struct).
#[repr(C)]
pub struct RpyBuilder {
    pub hdr: GcHeader,
    /// Code points appended so far (`getlength()`; bytes for a
    /// `ByteStringBuilder`).
    pub length: i64,
    /// Bytes of `buf` in use.
    pub used: i64,
    /// The buffer: a string object whose `nbytes` is the capacity (its
    /// `length` and `hash` are meaningless until `build()` returns it).
    pub buf: *mut RpyStr,
}

/// The capacity of a builder created without a size hint (RPython's
/// default `init_size`).
pub const DEFAULT_CAPACITY: i64 = 100;

/// `StringBuilder(capacity)`: a new builder of type `builder_tid` whose
/// buffer is a string of type `str_tid` (`capacity < 0`: the default).
/// Null with MemoryError raised on failure.
///
/// # Safety
/// [`gc::init`] was called; the tids are a builder struct and a string
/// type. May collect.
pub unsafe fn builder_new(builder_tid: u32, str_tid: u32, capacity: i64) -> GcPtr {
    let capacity = if capacity < 0 {
        DEFAULT_CAPACITY
    } else {
        capacity
    };
    let r = Roots::new([null_mut()]);
    let b = gc::malloc(builder_tid);
    if b.is_null() {
        return b;
    }
    r.set(0, b);
    let buf = str_alloc(str_tid, capacity, 0);
    if buf.is_null() {
        return null_mut();
    }
    let b = r.get_as::<RpyBuilder>(0);
    gc::write_barrier(b as GcPtr);
    (*b).buf = buf;
    b as GcPtr
}

/// Makes room for `extra` more bytes in `b`'s buffer, rooting `keep`
/// (a string argument) across the allocation. Returns the builder and
/// `keep` at their current addresses, or None with MemoryError raised.
/// The common case (room left) is inlined into the appends.
#[inline(always)]
unsafe fn reserve(
    b: *mut RpyBuilder,
    extra: i64,
    keep: *mut RpyStr,
) -> Option<(*mut RpyBuilder, *mut RpyStr)> {
    let used = (*b).used;
    let cap = (*(*b).buf).nbytes;
    if extra <= cap - used {
        return Some((b, keep));
    }
    grow(b, extra, keep)
}

/// [`reserve`] when the buffer is full: a bigger buffer.
#[cold]
#[inline(never)]
unsafe fn grow(
    b: *mut RpyBuilder,
    extra: i64,
    keep: *mut RpyStr,
) -> Option<(*mut RpyBuilder, *mut RpyStr)> {
    let used = (*b).used;
    let cap = (*(*b).buf).nbytes;
    let Some(needed) = used.checked_add(extra) else {
        exc::raise_builtin(Builtin::MemoryError, "");
        return None;
    };
    if needed <= cap {
        return Some((b, keep));
    }
    let new_cap = needed.max(cap.saturating_mul(2)).max(16);
    let r = Roots::new([b as GcPtr, keep as GcPtr]);
    let tid = (*(*b).buf).hdr.tid;
    let new = str_alloc(tid, new_cap, 0);
    if new.is_null() {
        return None;
    }
    let b = r.get_as::<RpyBuilder>(0);
    ptr::copy_nonoverlapping(
        (*(*b).buf).bytes.as_ptr(),
        (*new).bytes.as_mut_ptr(),
        used as usize,
    );
    gc::write_barrier(b as GcPtr);
    (*b).buf = new;
    Some((b, r.get_as::<RpyStr>(1)))
}

/// Appends bytes `[from, to)` of `s`, which hold `length` code points.
unsafe fn append_bytes(b: *mut RpyBuilder, s: *mut RpyStr, from: usize, to: usize, length: i64) {
    let n = (to - from) as i64;
    if n == 0 {
        return;
    }
    let Some((b, s)) = reserve(b, n, s) else {
        return;
    };
    let used = (*b).used as usize;
    ptr::copy_nonoverlapping(
        (*s).bytes.as_ptr().add(from),
        (*(*b).buf).bytes.as_mut_ptr().add(used),
        n as usize,
    );
    (*b).used += n;
    (*b).length += length;
}

/// `b.append(s)`.
///
/// # Safety
/// [`gc::init`] was called; `b` is a valid builder and `s` a valid string
/// of the builder's kind. May collect.
pub unsafe fn builder_append(b: GcPtr, s: *mut RpyStr) {
    append_bytes(
        b as *mut RpyBuilder,
        s,
        0,
        (*s).nbytes as usize,
        (*s).length,
    );
}

/// `b.append_slice(s, start, end)`: `s[start:end]`, which must satisfy
/// `0 <= start <= end <= len(s)` (else ValueError, as the rlib class
/// raises).
///
/// # Safety
/// As for [`builder_append`].
pub unsafe fn builder_append_slice(b: GcPtr, s: *mut RpyStr, start: i64, end: i64) {
    let len = (*s).length;
    if !(0 <= start && start <= end && end <= len) {
        let msg = format!("append_slice: bad slice [{start}:{end}] of length {len}");
        exc::raise_builtin(Builtin::ValueError, &msg);
        return;
    }
    let from = byte_offset(s, start);
    let to = byte_offset(s, end);
    append_bytes(b as *mut RpyBuilder, s, from, to, end - start);
}

/// `b.append_multiple_char(c, times)` for a character `c` of a
/// `StringBuilder` (`append_char(c)` is `times == 1`); `times <= 0`
/// appends nothing.
///
/// # Safety
/// [`gc::init`] was called; `b` is a valid builder of `str`. May collect.
pub unsafe fn builder_append_char(b: GcPtr, c: u32, times: i64) {
    if times <= 0 {
        return;
    }
    let c = char::from_u32(c).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    let enc = c.encode_utf8(&mut buf).as_bytes();
    let Some(n) = (enc.len() as i64).checked_mul(times) else {
        exc::raise_builtin(Builtin::MemoryError, "");
        return;
    };
    let Some((b, _)) = reserve(b as *mut RpyBuilder, n, null_mut()) else {
        return;
    };
    let mut dst = (*(*b).buf).bytes.as_mut_ptr().add((*b).used as usize);
    for _ in 0..times {
        ptr::copy_nonoverlapping(enc.as_ptr(), dst, enc.len());
        dst = dst.add(enc.len());
    }
    (*b).used += n;
    (*b).length += times;
}

/// `b.append_multiple_char(s, times)` (and `append_char(s)` with
/// `times == 1`) where `s` is a string that must hold exactly one
/// character (else ValueError, as the rlib class raises; `bytes`: the
/// builder is a `ByteStringBuilder`).
///
/// # Safety
/// As for [`builder_append`].
pub unsafe fn builder_append_char_str(b: GcPtr, s: *mut RpyStr, times: i64, bytes: bool) {
    if (*s).length != 1 {
        let (name, repr) = if bytes {
            ("ByteStringBuilder", pytext::bytes_repr(str_as_bytes(s)))
        } else {
            ("StringBuilder", pytext::str_repr(super::str_as_str(s)))
        };
        let msg = format!("{name}: expected a single character, got {repr}");
        exc::raise_builtin(Builtin::ValueError, &msg);
        return;
    }
    let r = Roots::new([b, s as GcPtr]);
    for _ in 0..times.max(0) {
        builder_append(r.get(0), r.get_as::<RpyStr>(1));
        if exc::occurred() {
            return;
        }
    }
}

/// `b.build()`: the text appended so far as a string of the buffer's type.
///
/// # Safety
/// [`gc::init`] was called; `b` is a valid builder. May collect.
pub unsafe fn builder_build(b: GcPtr) -> *mut RpyStr {
    let b = b as *mut RpyBuilder;
    let (used, length) = ((*b).used, (*b).length);
    let buf = (*b).buf;
    if used == (*buf).nbytes {
        (*buf).length = length;
        (*buf).hash = 0;
        return buf;
    }
    let r = Roots::new([b as GcPtr]);
    let s = str_alloc((*buf).hdr.tid, used, length);
    if s.is_null() {
        return s;
    }
    let b = r.get_as::<RpyBuilder>(0);
    ptr::copy_nonoverlapping(
        (*(*b).buf).bytes.as_ptr(),
        (*s).bytes.as_mut_ptr(),
        used as usize,
    );
    s
}

/// `b.getlength()` (the rtyper reads the field directly; this is for
/// tests and the graph interpreter).
///
/// # Safety
/// `b` is a valid builder.
pub unsafe fn builder_getlength(b: GcPtr) -> i64 {
    (*(b as *mut RpyBuilder)).length
}
