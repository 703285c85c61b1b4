//! `rpython.rlib.rfloat` at run time: `formatd`/`double_to_string`,
//! `string_to_float`, `round_double` and `round_away`, with the semantics of
//! the untranslated `rpython/rlib/rfloat.py` (the text work is in `pytext`).

use crate::exc::{self, Builtin};
use crate::string::{self, str_as_str};
use crate::RpyStr;

/// `formatd(value, code, precision, flags)` as a new `str` of type `tid`;
/// ValueError (null) for a bad code.
///
/// # Safety
/// [`crate::gc::init`] was called; `code` is a valid `str`. May collect.
pub unsafe fn rfloat_formatd(
    tid: u32,
    value: f64,
    code: *mut RpyStr,
    precision: i64,
    flags: i64,
) -> *mut RpyStr {
    let code_text = str_as_str(code);
    let mut chars = code_text.chars();
    let result = match (chars.next(), chars.next()) {
        (Some(c), None) => pytext::float::rfloat_double_to_string(value, c, precision, flags),
        _ => Err(format!("bad format code {}", string::repr_text(code_text))),
    };
    match result {
        Ok(text) => string::str_from(tid, &text),
        Err(msg) => {
            exc::raise_builtin(Builtin::ValueError, &msg);
            std::ptr::null_mut()
        }
    }
}

/// The `DIST_*` kind `double_to_string` returns with its text: 0 finite,
/// 1 NaN, 2 infinity.
pub fn rfloat_special(value: f64) -> i64 {
    if value.is_nan() {
        1
    } else if value.is_infinite() {
        2
    } else {
        0
    }
}

/// `string_to_float(s)`: `float()` of the stripped text; ValueError
/// `invalid literal for float(): 's'` otherwise.
///
/// # Safety
/// `s` is a valid `str`. May collect when raising.
pub unsafe fn rfloat_string_to_float(s: *mut RpyStr) -> f64 {
    let text = str_as_str(s);
    match pytext::parse_float(text) {
        Some(f) => f,
        None => {
            let msg = format!("invalid literal for float(): {}", string::repr_text(text));
            exc::raise_builtin(Builtin::ValueError, &msg);
            0.0
        }
    }
}

/// `round_double(value, ndigits, half_even)`; OverflowError when the
/// result is too large.
///
/// # Safety
/// May collect when raising.
pub unsafe fn rfloat_round_double(value: f64, ndigits: i64, half_even: bool) -> f64 {
    match pytext::float::round_double(value, ndigits, half_even) {
        Some(r) => r,
        None => {
            exc::raise_builtin(
                Builtin::OverflowError,
                "rounded value too large to represent",
            );
            0.0
        }
    }
}

/// `round_away(x)`: the nearest integral float, ties away from zero.
pub fn rfloat_round_away(x: f64) -> f64 {
    x.round()
}
