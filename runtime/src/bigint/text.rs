//! rbigint ↔ text, bytes and floats: `fromstr`/`fromdecimalstr` (the rules
//! of `_parse` in `rpython/rlib/rbigint.py`), `str`/`hex`/`oct`/`bin`/
//! `format`, `tobytes`, `log`, and the correctly rounded quotient of two
//! magnitudes as a float (for `tofloat` and `truediv`).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::{from_big, load, magnitude, obj, small, Big};
use crate::exc::{self, Builtin};
use crate::string::{bytes_from, str_as_str, str_from};
use crate::RpyStr;
use std::ptr::null_mut;

// ---------------------------------------------------------------------------
// Floats

/// `2**k` for `-1022 <= k <= 1023` (exact).
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `m * 2**k`, exact when the result is representable.
fn ldexp(mut m: f64, mut k: i64) -> f64 {
    while k > 1000 {
        m *= pow2(1000);
        k -= 1000;
    }
    while k < -1000 {
        m *= pow2(-1000);
        k += 1000;
    }
    m * pow2(k)
}

/// `a / b` rounded to the nearest float (ties to even, subnormals
/// included), or `None` if it overflows. `b` is not zero.
pub(crate) fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    // A quotient of 55 or 56 bits, plus a sticky bit for the remainder.
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (q, r) = if shift >= 0 {
        a.div_rem(&(b << shift as usize))
    } else {
        (a << (-shift) as usize).div_rem(b)
    };
    let q = q.to_u64().expect("a quotient of at most 56 bits");
    let sticky = !r.is_zero();
    let qbits = 64 - q.leading_zeros() as i64;
    let exp = qbits - 1 + shift;
    if exp > 1023 {
        return None;
    }
    // Significant bits the result can hold (fewer for subnormals).
    let precision = if exp >= -1022 { 53 } else { exp + 1075 };
    let drop = qbits - precision;
    let m = if drop > qbits {
        // Below half of the smallest subnormal.
        0
    } else {
        let mut m = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rest > half || (rest == half && (sticky || m & 1 == 1)) {
            m += 1;
        }
        m
    };
    let f = ldexp(m as f64, shift + drop);
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

/// `x.log(base)`: `math.log(x)` when `base` is 0.0, else
/// `math.log(x, base)` (CPython's rules, including ints too big for a
/// float).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_log(a: Big, base: f64) -> f64 {
    if (*obj(a)).sign <= 0 {
        exc::raise_builtin(Builtin::ValueError, "math domain error");
        return 0.0;
    }
    let mag = magnitude(a);
    let num = match ratio_to_f64(&mag, &BigUint::from(1u32)) {
        Some(x) => x.ln(),
        None => {
            // x * 2**e with x in [0.5, 1), as CPython's _PyLong_Frexp.
            let mut e = mag.bits() as i64;
            let mut x = ratio_to_f64(&mag, &(BigUint::from(1u32) << e as usize)).expect("< 1");
            if x == 1.0 {
                x = 0.5;
                e += 1;
            }
            x.ln() + e as f64 * std::f64::consts::LN_2
        }
    };
    if base == 0.0 {
        return num;
    }
    let den = crate::math::math_log(base);
    if exc::occurred() {
        return 0.0;
    }
    if den == 0.0 {
        exc::raise_builtin(Builtin::ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    num / den
}

// ---------------------------------------------------------------------------
// Parsing

const WHITESPACE: &[char] = &[' ', '\t', '\n', '\r', '\x0b', '\x0c'];

/// The value of `s` in `base` (0: from the prefix, else decimal), with
/// `_parse`'s rules, or the ValueError message.
pub fn parse(s: &str, base: i64, allow_prefix: bool) -> Result<BigInt, String> {
    let repr = || pytext::str_repr(s);
    let text = s.trim_matches(WHITESPACE);
    let negative = text.starts_with('-');
    let mut text = text
        .strip_prefix('-')
        .or_else(|| text.strip_prefix('+'))
        .unwrap_or(text);
    let mut base = base;
    let mut chars = text.chars();
    let prefix_base = match (chars.next(), chars.next().map(|c| c.to_ascii_lowercase())) {
        (Some('0'), Some('x')) => Some(16),
        (Some('0'), Some('o')) => Some(8),
        (Some('0'), Some('b')) => Some(2),
        _ => None,
    };
    match prefix_base {
        Some(p) if allow_prefix && (base == 0 || base == p) => {
            text = &text[2..];
            base = p;
        }
        _ if base == 0 => {
            base = 10;
            if text.len() > 1 && !text.trim_matches('0').is_empty() && text.starts_with('0') {
                return Err(format!("invalid literal for rbigint: {}", repr()));
            }
        }
        _ => {}
    }
    let invalid = || format!("invalid literal for rbigint with base {base}: {}", repr());
    if !(2..=36).contains(&base) || text.is_empty() {
        return Err(invalid());
    }
    let mut digits = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c.to_digit(36) {
            Some(d) if (d as i64) < base => digits.push(d as u8),
            _ => return Err(invalid()),
        }
    }
    let mag = BigUint::from_radix_be(&digits, base as u32).expect("valid digits");
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

unsafe fn parsed(tid: u32, r: Result<BigInt, String>) -> Big {
    match r {
        Ok(v) => from_big(tid, &v),
        Err(msg) => {
            exc::raise_builtin(Builtin::ValueError, &msg);
            null_mut()
        }
    }
}

/// `rbigint.fromstr(s, base)`: surrounding whitespace, a sign, and for
/// base 0 or the prefix's base a `0x`/`0o`/`0b` prefix. May collect.
///
/// # Safety
/// [`crate::gc::init`] was called, `tid` is the rbigint type and `s` a
/// valid str.
pub unsafe fn bigint_fromstr(tid: u32, s: *mut RpyStr, base: i64) -> Big {
    let r = parse(str_as_str(s), base, true);
    parsed(tid, r)
}

/// `rbigint.fromdecimalstr(s)`: a sign and decimal digits only. May
/// collect.
///
/// # Safety
/// As for [`bigint_fromstr`].
pub unsafe fn bigint_fromdecimalstr(tid: u32, s: *mut RpyStr) -> Big {
    let text = str_as_str(s);
    let r = if text.trim_matches(WHITESPACE) != text {
        Err(format!(
            "invalid decimal literal: {}",
            pytext::str_repr(text)
        ))
    } else {
        parse(text, 10, false)
    };
    parsed(tid, r)
}

// ---------------------------------------------------------------------------
// Formatting

/// The digit values of `mag` in `base`, most significant first (`[0]`
/// for zero).
fn digit_values(mag: &BigUint, base: u32) -> Vec<u32> {
    if mag.is_zero() {
        return vec![0];
    }
    if base <= 256 {
        return mag.to_radix_be(base).into_iter().map(u32::from).collect();
    }
    let mut out = Vec::new();
    let mut v = mag.clone();
    let b = BigUint::from(base);
    while !v.is_zero() {
        let (q, r) = v.div_rem(&b);
        out.push(r.to_u32().expect("a digit"));
        v = q;
    }
    out.reverse();
    out
}

/// The text of `a` in base 2, 8, 10 or 16 with Python's prefix (`0b`,
/// `0o`, none, `0x`) after the sign. May collect.
///
/// # Safety
/// [`crate::gc::init`] was called, `str_tid` is the str type and `a` a
/// valid rbigint.
pub unsafe fn bigint_to_base(str_tid: u32, a: Big, base: i64) -> *mut RpyStr {
    let (prefix, base) = match base {
        2 => ("0b", 2),
        8 => ("0o", 8),
        16 => ("0x", 16),
        _ => ("", 10),
    };
    let text = match small(a) {
        Some(v) if base == 10 => v.to_string(),
        _ => {
            let sign = if (*obj(a)).sign < 0 { "-" } else { "" };
            let digits = magnitude(a).to_str_radix(base);
            format!("{sign}{prefix}{digits}")
        }
    };
    str_from(str_tid, &text)
}

/// `x.format(digits)`: the base is `len(digits)`, a `-` before negative
/// numbers; ValueError for fewer than two digits. May collect.
///
/// # Safety
/// As for [`bigint_to_base`]; `digits` is a valid str.
pub unsafe fn bigint_format(str_tid: u32, a: Big, digits: *mut RpyStr) -> *mut RpyStr {
    let alphabet: Vec<char> = str_as_str(digits).chars().collect();
    if alphabet.len() < 2 {
        exc::raise_builtin(Builtin::ValueError, "format() needs at least two digits");
        return null_mut();
    }
    let mut text = String::new();
    if (*obj(a)).sign < 0 {
        text.push('-');
    }
    for d in digit_values(&magnitude(a), alphabet.len() as u32) {
        text.push(alphabet[d as usize]);
    }
    str_from(str_tid, &text)
}

/// `x.tobytes(nbytes, byteorder, signed)` (as `int.to_bytes`): the value
/// in `nbytes` bytes, two's complement when `signed`. May collect.
///
/// # Safety
/// As for [`bigint_to_base`] (`str_tid` is the bytes type).
pub unsafe fn bigint_tobytes(
    str_tid: u32,
    a: Big,
    nbytes: i64,
    little: bool,
    signed: bool,
) -> *mut RpyStr {
    let fail = |kind, msg| {
        exc::raise_builtin(kind, msg);
        null_mut()
    };
    if nbytes < 0 {
        return fail(Builtin::ValueError, "length argument must be non-negative");
    }
    let v = load(a);
    let negative = v.sign() == Sign::Minus;
    if negative && !signed {
        return fail(
            Builtin::OverflowError,
            "can't convert negative int to unsigned",
        );
    }
    let mut bytes = if v.is_zero() {
        Vec::new()
    } else if signed {
        v.to_signed_bytes_le()
    } else {
        v.magnitude().to_bytes_le()
    };
    if bytes.len() as u64 > nbytes as u64 {
        return fail(Builtin::OverflowError, "int too big to convert");
    }
    bytes.resize(nbytes as usize, if negative { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    bytes_from(str_tid, &bytes)
}
