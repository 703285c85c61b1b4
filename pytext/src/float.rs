//! Floats as text, like CPython: `repr(f)`, C-style `%e %f %g` formatting
//! (CPython's `PyOS_double_to_string`), `float(s)` and `hash(f)`.
//!
//! The digits come from Rust's formatting machinery, which like CPython's
//! `dtoa` is correctly rounded (ties to even on the exact binary value) and
//! produces the shortest round-tripping digits for `{:e}`; this module only
//! arranges them the way CPython does.

use crate::unicode;

/// Fixed-notation precision beyond which every further digit of an `f64`
/// is zero (the smallest subnormal has 1074 decimals).
const MAX_EXACT_DECIMALS: usize = 1100;
/// Significant digits beyond which every further digit of an `f64` is zero
/// (no `f64` has more than 767).
const MAX_EXACT_DIGITS: usize = 800;

/// How [`double_to_string`] shapes its output (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct FloatFlags {
    /// `#`: always a decimal point; `g` keeps its trailing zeros.
    pub alternate: bool,
    /// Integral values in positional notation get a `.0` (`repr`, and
    /// format specs without a type).
    pub add_dot_0: bool,
    /// `z`: a negative value that rounds to zero loses its sign.
    pub no_neg_0: bool,
}

/// `repr(f)` and `str(f)`: the shortest digits that round-trip, in
/// positional notation when the decimal exponent is in `-4..16` and in
/// exponent notation otherwise.
///
/// ```
/// use pytext::float_repr;
/// assert_eq!(float_repr(0.1), "0.1");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(1.5e-5), "1.5e-05");
/// assert_eq!(float_repr(-0.0), "-0.0");
/// ```
pub fn float_repr(f: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(f, 'r', 0, flags)
}

/// `'%<precision><code>' % f` with the codes `e E f F g G` (C's rules,
/// default precision 6), `%` (the value times 100 in `f` notation followed
/// by `%`, as in format specs), `n` (`g`, CPython in the C locale) and `r`
/// (`repr`, precision ignored). `alternate` is the `#` flag. Any other code
/// is treated as `r`. CPython rejects precisions beyond `i32::MAX`
/// ("precision too big"); they are treated as `i32::MAX` here.
///
/// ```
/// use pytext::format_float;
/// assert_eq!(format_float(1e-5, 'g', None, false), "1e-05");
/// assert_eq!(format_float(1234.5, 'g', Some(3), false), "1.23e+03");
/// assert_eq!(format_float(f64::INFINITY, 'F', None, false), "INF");
/// ```
pub fn format_float(f: f64, code: char, precision: Option<usize>, alternate: bool) -> String {
    let flags = FloatFlags {
        alternate,
        ..FloatFlags::default()
    };
    let precision = precision.unwrap_or(6);
    match code {
        '%' => {
            let mut out = double_to_string(f * 100.0, 'f', precision, flags);
            out.push('%');
            out
        }
        'n' => double_to_string(f, 'g', precision, flags),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => double_to_string(f, code, precision, flags),
        _ => float_repr(f),
    }
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`
/// (anything else acts as `r`), with the sign but without padding.
/// Precisions beyond `i32::MAX` (which CPython rejects before getting
/// here) are treated as `i32::MAX`.
pub(crate) fn double_to_string(f: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let precision = precision.min(i32::MAX as usize);
    let upper = code.is_ascii_uppercase();
    let mut negative = f.is_sign_negative();
    let body = if f.is_nan() {
        negative = false;
        "nan".to_string()
    } else if f.is_infinite() {
        "inf".to_string()
    } else {
        let a = f.abs();
        let body = match code.to_ascii_lowercase() {
            'e' => exponent_form(a, precision, flags.alternate),
            'f' => fixed_form(a, precision, flags.alternate),
            'g' => general_form(a, precision, flags),
            _ => repr_form(a, flags.alternate),
        };
        if flags.no_neg_0 && body.bytes().all(|b| !b.is_ascii_digit() || b == b'0') {
            negative = false;
        }
        body
    };
    let body = if upper {
        body.to_ascii_uppercase()
    } else {
        body
    };
    if negative {
        format!("-{body}")
    } else {
        body
    }
}

/// Splits Rust's `{:e}` output (`1.25e-7`) into mantissa and exponent.
fn split_exponent(s: &str) -> (&str, i32) {
    match s.split_once('e') {
        Some((mantissa, exp)) => (mantissa, exp.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

/// `e+05`, `e-123`: C's exponent suffix (at least two digits).
fn exponent_suffix(exp: i32) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!("e{sign}{:02}", exp.unsigned_abs())
}

/// `a` (not negative) rounded to `digits` significant digits, as Rust's
/// `{:.*e}` mantissa and exponent (`digits >= 1`). Precisions beyond what
/// an `f64` can need are padded with zeros.
fn rounded_exponent_form(a: f64, digits: usize) -> (String, i32) {
    let exact = digits.clamp(1, MAX_EXACT_DIGITS);
    let s = format!("{:.*e}", exact - 1, a);
    let (mantissa, exp) = split_exponent(&s);
    let mut mantissa = mantissa.to_string();
    mantissa.extend(std::iter::repeat_n('0', digits.saturating_sub(exact)));
    (mantissa, exp)
}

/// `%.<precision>e` of a non-negative finite value.
fn exponent_form(a: f64, precision: usize, alternate: bool) -> String {
    let (mut mantissa, exp) = rounded_exponent_form(a, precision.saturating_add(1));
    if alternate && !mantissa.contains('.') {
        mantissa.push('.');
    }
    mantissa + &exponent_suffix(exp)
}

/// `%.<precision>f` of a non-negative finite value.
fn fixed_form(a: f64, precision: usize, alternate: bool) -> String {
    let exact = precision.min(MAX_EXACT_DECIMALS);
    let mut s = format!("{:.*}", exact, a);
    s.extend(std::iter::repeat_n('0', precision - exact));
    if alternate && precision == 0 {
        s.push('.');
    }
    s
}

/// Removes the trailing zeros of the fraction, and the point if nothing is
/// left after it.
fn strip_fraction_zeros(s: &mut String) {
    if s.contains('.') {
        let kept = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(kept);
    }
}

/// `%.<precision>g` of a non-negative finite value: `precision`
/// significant digits, in exponent notation when the exponent is below -4
/// or not below the precision (one less with `add_dot_0`).
fn general_form(a: f64, precision: usize, flags: FloatFlags) -> String {
    let precision = precision.max(1);
    let (mut mantissa, exp) = rounded_exponent_form(a, precision);
    let limit = if flags.add_dot_0 {
        precision as i64 - 1
    } else {
        precision as i64
    };
    if exp < -4 || i64::from(exp) >= limit {
        if !flags.alternate {
            strip_fraction_zeros(&mut mantissa);
        } else if !mantissa.contains('.') {
            mantissa.push('.');
        }
        return mantissa + &exponent_suffix(exp);
    }
    // Positional: the same digits (rounded at the same place).
    let decimals = (precision as i64 - 1 - i64::from(exp)).max(0) as usize;
    let mut s = fixed_form(a, decimals, flags.alternate);
    if !flags.alternate {
        strip_fraction_zeros(&mut s);
    }
    if flags.add_dot_0 && !s.contains('.') {
        s.push_str(".0");
    }
    s
}

/// `repr` of a non-negative finite value (`alternate`: a point even in
/// exponent notation).
fn repr_form(a: f64, alternate: bool) -> String {
    let shortest = format!("{a:e}");
    let (mantissa, exp) = split_exponent(&shortest);
    if !(-4..16).contains(&exp) {
        let point = if alternate && !mantissa.contains('.') {
            "."
        } else {
            ""
        };
        return format!("{mantissa}{point}{}", exponent_suffix(exp));
    }
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if exp < 0 {
        let zeros = "0".repeat(exp.unsigned_abs() as usize - 1);
        return format!("0.{zeros}{digits}");
    }
    let point = exp as usize + 1;
    if digits.len() <= point {
        format!("{digits}{}.0", "0".repeat(point - digits.len()))
    } else {
        format!("{}.{}", &digits[..point], &digits[point..])
    }
}

/// CPython's ASCII whitespace (`Py_ISSPACE`).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// What `int()` and `float()` do first: non-ASCII whitespace becomes a
/// space and decimal digits of any script become ASCII digits. `None` when
/// another non-ASCII character (or DEL) makes the text invalid anyway.
pub(crate) fn to_ascii_number(s: &str) -> Option<String> {
    s.chars()
        .map(|c| {
            if (c as u32) < 0x7f {
                Some(c)
            } else if unicode::is_space(c) {
                Some(' ')
            } else {
                let d = unicode::decimal_value(c)?;
                char::from_digit(d, 10)
            }
        })
        .collect()
}

/// Removes the underscores of a number, which are allowed only between
/// two digits (`None` otherwise).
pub(crate) fn remove_underscores(s: &str, is_digit: impl Fn(u8) -> bool) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && is_digit(b[i - 1]);
            let after = b.get(i + 1).is_some_and(|&n| is_digit(n));
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `float(s)` for a string: surrounding whitespace, a sign, `inf`,
/// `infinity` or `nan` in any case, or a decimal number with an optional
/// exponent; underscores between digits; decimal digits of any script.
/// `None` when CPython raises `ValueError: could not convert string to
/// float`.
///
/// ```
/// use pytext::parse_float;
/// assert_eq!(parse_float(" 1_000.5\n"), Some(1000.5));
/// assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
/// assert_eq!(parse_float("1__0"), None);
/// ```
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii_number(s)?;
    let trimmed = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let text = remove_underscores(trimmed, |b| b.is_ascii_digit())?;
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, &text[..]),
    };
    let magnitude = match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if is_decimal_literal(unsigned) => unsigned.parse().ok()?,
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `digits[.digits][(e|E)[sign]digits]` with at least one mantissa digit
/// (the point may come first or last).
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let mut i = int_end;
    let mut mantissa_digits = int_end;
    if b.get(i) == Some(&b'.') {
        let frac_end = digits_from(i + 1);
        mantissa_digits += frac_end - (i + 1);
        i = frac_end;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_end = digits_from(i);
        if exp_end == i {
            return false;
        }
        i = exp_end;
    }
    i == b.len()
}

/// The modulus of CPython's numeric hashes, 2**61 - 1.
pub(crate) const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(inf)`.
const HASH_INF: i64 = 314_159;

/// `hash(f)` of CPython: the value reduced modulo 2**61 - 1 (so equal ints
/// and floats hash alike), with -1 mapped to -2. CPython hashes a NaN by
/// object identity; here every NaN hashes to 0.
///
/// ```
/// use pytext::float_hash;
/// assert_eq!(float_hash(1.0), 1);
/// assert_eq!(float_hash(-1.0), -2);
/// assert_eq!(float_hash(0.5), 1 << 60);
/// ```
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // f = mantissa * 2**exp exactly, with an integer mantissa < 2**53.
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), raw_exp - 1075)
    };
    // 2**61 = 1 (mod 2**61 - 1), so 2**exp = 2**(exp mod 61).
    let shift = exp.rem_euclid(61) as u32;
    let reduced = ((u128::from(mantissa) << shift) % u128::from(HASH_MODULUS)) as i64;
    let hash = if f < 0.0 { -reduced } else { reduced };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_of_common_values() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345.0, "123456789012345.0"),
            (1.5e-7, "1.5e-07"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1e100, "1e+100"),
            (1.0 / 3.0, "0.3333333333333333"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr of {f:e}");
        }
    }

    #[test]
    fn c_style_codes() {
        let cases = [
            (1e-5, 'g', None, false, "1e-05"),
            (1234.5, 'g', Some(3), false, "1.23e+03"),
            (100000.0, 'g', None, false, "100000"),
            (1e6, 'G', None, false, "1E+06"),
            (1.0, 'g', Some(3), true, "1.00"),
            (1.0, 'g', Some(0), true, "1."),
            (0.0, 'g', None, false, "0"),
            (1.0, 'e', Some(0), false, "1e+00"),
            (1.0, 'e', Some(0), true, "1.e+00"),
            (0.125, 'f', Some(2), false, "0.12"),
            (3.0, 'f', Some(0), true, "3."),
            (-1.5, 'E', Some(2), false, "-1.50E+00"),
            (f64::INFINITY, 'f', None, false, "inf"),
            (f64::INFINITY, 'F', None, false, "INF"),
            (-f64::NAN, 'e', None, false, "nan"),
            (0.5, '%', Some(1), false, "50.0%"),
            (0.1, 'r', Some(3), false, "0.1"),
        ];
        for (f, code, prec, alt, want) in cases {
            assert_eq!(format_float(f, code, prec, alt), want, "{f} {code}");
        }
    }

    #[test]
    fn huge_precisions_are_padded() {
        let s = format_float(0.5, 'f', Some(70_000), false);
        assert_eq!(s.len(), 70_002);
        assert!(s.starts_with("0.5000"));
        let s = format_float(0.5, 'e', Some(70_000), false);
        assert!(s.starts_with("5.000") && s.ends_with("0e-01"));
        assert_eq!(format_float(1.0, 'g', Some(2000), false), "1");
    }

    #[test]
    fn no_negative_zero() {
        let flags = FloatFlags {
            no_neg_0: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(-0.0001, 'f', 2, flags), "0.00");
        assert_eq!(double_to_string(-0.01, 'f', 2, flags), "-0.01");
        assert_eq!(double_to_string(f64::NEG_INFINITY, 'f', 2, flags), "-inf");
    }

    #[test]
    fn parse_accepts_python_syntax() {
        let cases = [
            ("1", Some(1.0)),
            ("  -1.5e3  ", Some(-1500.0)),
            ("1_000.000_1", Some(1000.0001)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("1e1_0", Some(1e10)),
            ("InFiNiTy", Some(f64::INFINITY)),
            ("+nan", Some(f64::NAN)),
            ("\u{3000}٣.٥", Some(3.5)),
            ("1e400", Some(f64::INFINITY)),
            ("", None),
            (".", None),
            ("1e", None),
            ("_1", None),
            ("1_", None),
            ("1_.5", None),
            ("1__0", None),
            ("- 1", None),
            ("0x10", None),
            ("infinit", None),
            ("nan()", None),
            ("1.5\x1c", None),
        ];
        for (s, want) in cases {
            let got = parse_float(s);
            match want {
                Some(w) if w.is_nan() => assert!(got.is_some_and(f64::is_nan), "{s:?}"),
                _ => assert_eq!(got, want, "{s:?}"),
            }
        }
        assert!(parse_float("-nan").is_some_and(|f| f.is_sign_negative()));
    }

    #[test]
    fn hashes() {
        assert_eq!(float_hash(0.0), 0);
        assert_eq!(float_hash(-0.0), 0);
        assert_eq!(float_hash(1.5), (1 << 60) + 1);
        assert_eq!(float_hash(-1.5), -((1 << 60) + 1));
        assert_eq!(float_hash(2f64.powi(61)), 1);
        assert_eq!(float_hash(f64::NEG_INFINITY), -314_159);
        assert_eq!(float_hash(f64::NAN), 0);
    }
}

/// `rpython.rlib.rfloat.double_to_string(value, code, precision, flags)`'s
/// text: `code` is one of `e E f F g G r` (`r`: the shortest repr, without
/// `.0`, precision ignored); `flags` are `DTSF_SIGN` (1: always a sign),
/// `DTSF_ADD_DOT_0` (2: `.0` after an integral-looking result) and
/// `DTSF_ALT` (4: `#`). `Err` for another code (rfloat's ValueError text).
///
/// ```
/// use pytext::float::rfloat_double_to_string;
/// assert_eq!(rfloat_double_to_string(1.0, 'r', 0, 0).unwrap(), "1");
/// assert_eq!(rfloat_double_to_string(1.0, 'r', 0, 2).unwrap(), "1.0");
/// assert_eq!(rfloat_double_to_string(2.5, 'f', 0, 3).unwrap(), "+2.0");
/// assert_eq!(rfloat_double_to_string(-f64::INFINITY, 'E', 3, 0).unwrap(), "-INF");
/// ```
pub fn rfloat_double_to_string(
    value: f64,
    code: char,
    precision: i64,
    flags: i64,
) -> Result<String, String> {
    const SIGN: i64 = 1;
    const ADD_DOT_0: i64 = 2;
    const ALT: i64 = 4;
    if !"eEfFgGr".contains(code) {
        return Err(format!("bad format code '{code}'"));
    }
    let f = FloatFlags {
        alternate: flags & ALT != 0 && code != 'r',
        ..FloatFlags::default()
    };
    let precision = precision.max(0) as usize;
    let mut text = if code == 'r' {
        let r = float_repr(value);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    } else {
        double_to_string(value, code, precision, f)
    };
    if !value.is_finite() {
        if flags & SIGN != 0 && !text.starts_with('-') {
            text.insert(0, '+');
        }
        return Ok(text);
    }
    if flags & SIGN != 0 && !text.starts_with('-') {
        text.insert(0, '+');
    }
    let digits = text.trim_start_matches(['+', '-']);
    if flags & ADD_DOT_0 != 0 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        text.push_str(".0");
    }
    Ok(text)
}

/// `rpython.rlib.rfloat.round_double(value, ndigits, half_even)`: `value`
/// rounded to `ndigits` decimal places (negative: tens, hundreds...) using
/// its exact binary value; ties away from zero, or to even. `None` when the
/// result overflows (OverflowError).
///
/// ```
/// use pytext::float::round_double;
/// assert_eq!(round_double(2.675, 2, false), Some(2.67)); // 2.67499999...
/// assert_eq!(round_double(0.5, 0, false), Some(1.0));
/// assert_eq!(round_double(0.5, 0, true), Some(0.0));
/// assert_eq!(round_double(1250.0, -2, true), Some(1200.0));
/// assert_eq!(round_double(-1250.0, -2, false), Some(-1300.0));
/// ```
pub fn round_double(value: f64, ndigits: i64, half_even: bool) -> Option<f64> {
    if !value.is_finite() || value == 0.0 || ndigits > 323 {
        return Some(value);
    }
    if ndigits < -308 {
        return Some(0.0f64.copysign(value));
    }
    // The exact decimal expansion: digits `d` with the point after `point`.
    let exact = format!("{:.*}", MAX_EXACT_DECIMALS, value.abs());
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let d: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
    let point = int_part.len() as i64;
    let keep = point + ndigits;
    if keep >= d.len() as i64 {
        return Some(value);
    }
    let (kept, rest): (Vec<u8>, &[u8]) = if keep < 0 {
        (Vec::new(), &[])
    } else {
        (d[..keep as usize].to_vec(), &d[keep as usize..])
    };
    let up = match rest.first() {
        None => false,
        Some(b) if *b > b'5' => true,
        Some(b) if *b < b'5' => false,
        Some(_) => {
            if rest[1..].iter().any(|b| *b != b'0') {
                true
            } else if half_even {
                kept.last().is_some_and(|b| (b - b'0') % 2 == 1)
            } else {
                true
            }
        }
    };
    let mut kept = kept;
    if up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let mantissa = if kept.is_empty() {
        "0".to_string()
    } else {
        String::from_utf8(kept).expect("digits")
    };
    let r: f64 = format!("{mantissa}e{}", -ndigits)
        .parse()
        .expect("a decimal number");
    if r.is_infinite() {
        return None;
    }
    Some(r.copysign(value))
}
