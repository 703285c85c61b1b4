//! Formatting helpers: the conversions of `%`-formatting and of f-string
//! format specs, one value at a time.
//!
//! The rtyper parses a constant `%` format at translation time and calls
//! one helper per conversion with the conversion's flags, width and
//! precision as plain words ([`PercentFlags`] bits, `width < 0` for none,
//! `precision < 0` for none), then joins the pieces with
//! [`super::seq::str_join_items`]. F-string specs are passed as their
//! (already validated) text and parsed again here: a spec is a few
//! characters, and this keeps the helper's signature small.

use super::{str_as_str, str_from};
use crate::exc::{self, Builtin};
use crate::RpyStr;
use pytext::{FormatSpec, PercentCount, PercentSpec};
use std::ptr::null_mut;

/// The bits of the `flags` word of the `percent_*` helpers.
pub struct PercentFlags;

impl PercentFlags {
    /// `-`: left-justify.
    pub const LEFT: i64 = 1;
    /// `+`: a sign for positive numbers too.
    pub const PLUS: i64 = 2;
    /// ` `: a space before positive numbers.
    pub const SPACE: i64 = 4;
    /// `#`: alternate form.
    pub const ALTERNATE: i64 = 8;
    /// `0`: zero padding for numbers.
    pub const ZERO: i64 = 16;
}

/// The `PercentSpec` of one conversion.
fn spec(code: u32, flags: i64, width: i64, precision: i64) -> PercentSpec {
    let count = |v: i64| usize::try_from(v).ok().map(PercentCount::Given);
    PercentSpec {
        key: None,
        left: flags & PercentFlags::LEFT != 0,
        plus: flags & PercentFlags::PLUS != 0,
        space: flags & PercentFlags::SPACE != 0,
        alternate: flags & PercentFlags::ALTERNATE != 0,
        zero: flags & PercentFlags::ZERO != 0,
        width: count(width),
        precision: count(precision),
        code: char::from_u32(code).unwrap_or('?'),
        index: 0,
    }
}

/// A new string of type `tid` from a formatting result; an error is
/// raised as `kind` and gives null.
unsafe fn result(tid: u32, r: Result<String, String>, kind: Builtin) -> *mut RpyStr {
    match r {
        Ok(text) => str_from(tid, &text),
        Err(msg) => {
            exc::raise_builtin(kind, &msg);
            null_mut()
        }
    }
}

/// `'%<flags><width>.<precision><code>' % v` for an int and the codes
/// `d i u o x X c` (`%c` out of range raises OverflowError).
///
/// # Safety
/// [`crate::gc::init`] was called; `tid` is a string type. May collect.
pub unsafe fn percent_int(
    tid: u32,
    v: i64,
    code: u32,
    flags: i64,
    width: i64,
    precision: i64,
) -> *mut RpyStr {
    let s = spec(code, flags, width, precision);
    result(
        tid,
        pytext::percent_int(v, &s, s.code),
        Builtin::OverflowError,
    )
}

/// `'%<flags><width>.<precision><code>' % f` for the codes `e E f F g G`
/// (default precision 6).
///
/// # Safety
/// As for [`percent_int`].
pub unsafe fn percent_float(
    tid: u32,
    f: f64,
    code: u32,
    flags: i64,
    width: i64,
    precision: i64,
) -> *mut RpyStr {
    let s = spec(code, flags, width, precision);
    str_from(tid, &pytext::percent_float(f, &s, s.code))
}

/// `'%<flags><width>.<precision>s' % s` of an already converted string
/// (also `%r`, and `%c` whose precision is ignored): the precision
/// truncates, the width pads with spaces. Returns `s` itself when nothing
/// changes.
///
/// # Safety
/// [`crate::gc::init`] was called; `s` is a valid `str`. May collect.
pub unsafe fn percent_str(
    s: *mut RpyStr,
    code: u32,
    flags: i64,
    width: i64,
    precision: i64,
) -> *mut RpyStr {
    let length = (*s).length;
    let truncates = code != 'c' as u32 && precision >= 0 && precision < length;
    if !truncates && width <= length {
        return s;
    }
    let sp = spec(code, flags, width, precision);
    let out = pytext::percent_str(str_as_str(s), &sp);
    str_from((*s).hdr.tid, &out)
}

/// Parses a spec the rtyper validated (an invalid one raises ValueError).
unsafe fn parse_spec(spec: *mut RpyStr, type_name: &str) -> Result<FormatSpec, String> {
    FormatSpec::parse_for(str_as_str(spec), type_name)
}

/// `format(v, spec)` for an int (`f"{v:spec}"`): a new string of `spec`'s
/// type. Errors raise ValueError (OverflowError for `c` out of range).
///
/// # Safety
/// [`crate::gc::init`] was called; `spec` is a valid `str`. May collect.
pub unsafe fn format_int_spec(spec: *mut RpyStr, v: i64) -> *mut RpyStr {
    let tid = (*spec).hdr.tid;
    let r = parse_spec(spec, "int").and_then(|s| pytext::format_int(v, &s));
    let kind = match &r {
        Err(m) if m.starts_with("%c arg") => Builtin::OverflowError,
        _ => Builtin::ValueError,
    };
    result(tid, r, kind)
}

/// `format(f, spec)` for a float.
///
/// # Safety
/// As for [`format_int_spec`].
pub unsafe fn format_float_spec(spec: *mut RpyStr, f: f64) -> *mut RpyStr {
    let tid = (*spec).hdr.tid;
    let r = parse_spec(spec, "float").and_then(|s| pytext::format_float_spec(f, &s));
    result(tid, r, Builtin::ValueError)
}

/// `format(s, spec)` for a str.
///
/// # Safety
/// [`crate::gc::init`] was called; `spec` and `s` are valid `str`s. May
/// collect.
pub unsafe fn format_str_spec(spec: *mut RpyStr, s: *mut RpyStr) -> *mut RpyStr {
    let tid = (*spec).hdr.tid;
    let r = parse_spec(spec, "str").and_then(|sp| pytext::format_str(str_as_str(s), &sp));
    result(tid, r, Builtin::ValueError)
}
