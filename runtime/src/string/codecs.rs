//! The `ascii` and `latin-1` codecs of `str.encode` / `bytes.decode`
//! (UTF-8 is in [`super::bytes`]). Errors raise ValueError (CPython's
//! UnicodeEncodeError / UnicodeDecodeError are subclasses of it) with
//! CPython's message.

use super::{bytes_from, str_as_bytes, str_as_str, str_from};
use crate::exc::{self, Builtin};
use crate::RpyStr;
use std::ptr::null_mut;

/// A codec of code points `0..limit` as the bytes of the same values.
struct Codec {
    name: &'static str,
    limit: u32,
}

const ASCII: Codec = Codec {
    name: "ascii",
    limit: 128,
};
const LATIN1: Codec = Codec {
    name: "latin-1",
    limit: 256,
};

/// A code point as CPython's encode error shows it (`'\xe9'`).
fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("'\\x{n:02x}'"),
        n if n < 0x10000 => format!("'\\u{n:04x}'"),
        n => format!("'\\U{n:08x}'"),
    }
}

unsafe fn encode(codec: &Codec, bytes_tid: u32, s: *mut RpyStr) -> *mut RpyStr {
    let chars: Vec<char> = str_as_str(s).chars().collect();
    let Some(bad) = chars.iter().position(|c| *c as u32 >= codec.limit) else {
        let data: Vec<u8> = chars.iter().map(|c| *c as u32 as u8).collect();
        return bytes_from(bytes_tid, &data);
    };
    // CPython reports the run of unencodable characters starting there.
    let end = chars[bad..]
        .iter()
        .position(|c| (*c as u32) < codec.limit)
        .map_or(chars.len(), |k| bad + k);
    let what = if end - bad == 1 {
        format!("character {} in position {bad}", escaped(chars[bad]))
    } else {
        format!("characters in position {bad}-{}", end - 1)
    };
    let msg = format!(
        "'{}' codec can't encode {what}: ordinal not in range({})",
        codec.name, codec.limit
    );
    exc::raise_builtin(Builtin::ValueError, &msg);
    null_mut()
}

unsafe fn decode(codec: &Codec, str_tid: u32, b: *mut RpyStr) -> *mut RpyStr {
    let data = str_as_bytes(b);
    if let Some(pos) = data.iter().position(|x| u32::from(*x) >= codec.limit) {
        let msg = format!(
            "'{}' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range({})",
            codec.name, data[pos], codec.limit
        );
        exc::raise_builtin(Builtin::ValueError, &msg);
        return null_mut();
    }
    let text: String = data.iter().map(|x| char::from(*x)).collect();
    str_from(str_tid, &text)
}

/// `s.encode('ascii')` as a new `bytes` of type `bytes_tid`.
///
/// # Safety
/// [`crate::gc::init`] was called; `s` is a valid `str`. May collect.
pub unsafe fn str_encode_ascii(bytes_tid: u32, s: *mut RpyStr) -> *mut RpyStr {
    encode(&ASCII, bytes_tid, s)
}

/// `s.encode('latin-1')`.
///
/// # Safety
/// As for [`str_encode_ascii`].
pub unsafe fn str_encode_latin1(bytes_tid: u32, s: *mut RpyStr) -> *mut RpyStr {
    encode(&LATIN1, bytes_tid, s)
}

/// `b.decode('ascii')` as a new `str` of type `str_tid`.
///
/// # Safety
/// [`crate::gc::init`] was called; `b` is a valid `bytes`. May collect.
pub unsafe fn bytes_decode_ascii(str_tid: u32, b: *mut RpyStr) -> *mut RpyStr {
    decode(&ASCII, str_tid, b)
}

/// `b.decode('latin-1')` (never fails).
///
/// # Safety
/// As for [`bytes_decode_ascii`].
pub unsafe fn bytes_decode_latin1(str_tid: u32, b: *mut RpyStr) -> *mut RpyStr {
    decode(&LATIN1, str_tid, b)
}
