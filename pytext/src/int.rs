//! Integers as text, like CPython: `int(s, base)`, `hex`/`oct`/`bin` and
//! `hash(i)`.

use crate::float::{is_ascii_space, remove_underscores, to_ascii_number, HASH_MODULUS};

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// Why [`parse_int`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// CPython raises `ValueError: invalid literal for int() with base N:
    /// '...'` (or, for a bad base, `int() base must be >= 2 and <= 36, or
    /// 0`; or for more than 4300 digits in a base that is not a power of
    /// two, `Exceeds the limit (4300 digits) for integer string
    /// conversion...`).
    Invalid,
    /// A valid literal whose value does not fit an `i64`.
    Overflow,
}

/// `int(s, base)` for a string, with base 0 (the base comes from the
/// prefix, like a literal) or 2..=36.
///
/// Follows CPython: surrounding whitespace, one sign, then for bases 16, 8
/// and 2 an optional `0x`/`0o`/`0b` prefix (required for base 0 to mean
/// anything but 10), digits of any case with single underscores between
/// them or after the prefix; base 0 rejects nonzero numbers with leading
/// zeros (`010`). Decimal digits of any script count as digits.
///
/// ```
/// use pytext::{parse_int, ParseIntError};
/// assert_eq!(parse_int(" -0x_1f ", 0), Ok(-31));
/// assert_eq!(parse_int("1_000", 10), Ok(1000));
/// assert_eq!(parse_int("010", 0), Err(ParseIntError::Invalid));
/// assert_eq!(parse_int(&"9".repeat(30), 10), Err(ParseIntError::Overflow));
/// ```
pub fn parse_int(s: &str, base: u32) -> Result<i64, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::Invalid);
    }
    let ascii = to_ascii_number(s).ok_or(ParseIntError::Invalid)?;
    let trimmed = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let (base, digits, no_leading_zeros) = split_prefix(unsigned, base);
    // One underscore may follow the prefix; then underscores only between
    // digits.
    let digits = match digits.strip_prefix('_') {
        Some(rest) if digits.len() < unsigned.len() => rest,
        _ => digits,
    };
    let digits = remove_underscores(digits, |b| digit_value(b, base).is_some())
        .ok_or(ParseIntError::Invalid)?;
    // CPython refuses to convert more digits than its limit (in the bases
    // where conversion is quadratic), whatever their value.
    if digits.is_empty() || (!base.is_power_of_two() && digits.len() > MAX_STR_DIGITS) {
        return Err(ParseIntError::Invalid);
    }
    let mut magnitude: u128 = 0;
    let mut overflow = false;
    for b in digits.bytes() {
        let d = digit_value(b, base).ok_or(ParseIntError::Invalid)?;
        if !overflow {
            magnitude = magnitude * u128::from(base) + u128::from(d);
            overflow = magnitude > 1 << 63;
        }
    }
    if no_leading_zeros && magnitude != 0 {
        return Err(ParseIntError::Invalid);
    }
    let value = if negative {
        0i128 - magnitude as i128
    } else {
        magnitude as i128
    };
    if overflow {
        return Err(ParseIntError::Overflow);
    }
    i64::try_from(value).map_err(|_| ParseIntError::Overflow)
}

/// Resolves base 0 and removes a prefix matching the base: the base, the
/// rest, and whether the number must be zero (base 0 with a leading zero
/// and no prefix, like `010`).
fn split_prefix(s: &str, base: u32) -> (u32, &str, bool) {
    let b = s.as_bytes();
    let prefix_base = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    match (base, prefix_base) {
        (0, Some(p)) => (p, &s[2..], false),
        (0, None) => (10, s, b.first() == Some(&b'0')),
        (base, Some(p)) if p == base => (base, &s[2..], false),
        (base, _) => (base, s, false),
    }
}

/// The value of an ASCII digit or letter in `base`.
fn digit_value(b: u8, base: u32) -> Option<u32> {
    char::from(b).to_digit(36).filter(|d| *d < base)
}

/// `hex(v)`, `oct(v)` and `bin(v)` for bases 16, 8 and 2 (`-0x1f`); other
/// bases in 2..=36 give lowercase digits without a prefix, and bases
/// outside that range are treated as 10.
///
/// ```
/// use pytext::int_to_base;
/// assert_eq!(int_to_base(-31, 16), "-0x1f");
/// assert_eq!(int_to_base(8, 8), "0o10");
/// assert_eq!(int_to_base(0, 2), "0b0");
/// ```
pub fn int_to_base(v: i64, base: u32) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => "",
    };
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{prefix}{}", unsigned_digits(v.unsigned_abs(), base))
}

/// The digits of `n` in `base` (2..=36), lowercase.
pub(crate) fn unsigned_digits(mut n: u64, base: u32) -> String {
    let mut digits = Vec::new();
    loop {
        let d = (n % u64::from(base)) as u32;
        digits.push(char::from_digit(d, base).unwrap_or('?'));
        n /= u64::from(base);
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// `hash(v)` of CPython: `v` modulo 2**61 - 1 keeping the sign, with -1
/// mapped to -2 (so `hash(-1) == -2`).
///
/// ```
/// use pytext::int_hash;
/// assert_eq!(int_hash(42), 42);
/// assert_eq!(int_hash(-1), -2);
/// assert_eq!(int_hash(1 << 61), 1);
/// ```
pub fn int_hash(v: i64) -> i64 {
    let reduced = (v.unsigned_abs() % HASH_MODULUS) as i64;
    let hash = if v < 0 { -reduced } else { reduced };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParseIntError::{Invalid, Overflow};

    #[test]
    fn parse_valid() {
        let cases = [
            ("0", 10, 0),
            ("  +42\n", 10, 42),
            ("-0", 10, 0),
            ("1_2_3", 10, 123),
            ("0x_ff", 16, 255),
            ("0XfF", 0, 255),
            ("ff", 16, 255),
            ("0b101", 0, 5),
            ("0b1", 16, 0xb1),
            ("0o17", 8, 15),
            ("z", 36, 35),
            ("00", 0, 0),
            ("0_0", 0, 0),
            ("٤٢", 10, 42),
            ("-9223372036854775808", 10, i64::MIN),
            ("9223372036854775807", 0, i64::MAX),
        ];
        for (s, base, want) in cases {
            assert_eq!(parse_int(s, base), Ok(want), "int({s:?}, {base})");
        }
    }

    #[test]
    fn parse_invalid() {
        let cases = [
            ("", 10, Invalid),
            ("-", 10, Invalid),
            ("- 1", 10, Invalid),
            ("_1", 10, Invalid),
            ("1_", 10, Invalid),
            ("1__2", 10, Invalid),
            ("0x", 16, Invalid),
            ("0x__1", 16, Invalid),
            ("0x1", 10, Invalid),
            ("010", 0, Invalid),
            ("12", 2, Invalid),
            ("1", 1, Invalid),
            ("1", 37, Invalid),
            ("1.5", 10, Invalid),
            ("9223372036854775808", 10, Overflow),
            ("-9223372036854775809", 10, Overflow),
            ("99999999999999999999999999999999999999999x", 10, Invalid),
            ("1111111111111111111111111111111111111111111", 10, Overflow),
        ];
        for (s, base, want) in cases {
            assert_eq!(parse_int(s, base), Err(want), "int({s:?}, {base})");
        }
    }

    #[test]
    fn bases_and_hashes() {
        assert_eq!(int_to_base(255, 16), "0xff");
        assert_eq!(int_to_base(-8, 8), "-0o10");
        assert_eq!(int_to_base(5, 2), "0b101");
        assert_eq!(int_to_base(i64::MIN, 16), "-0x8000000000000000");
        assert_eq!(int_to_base(35, 36), "z");
        assert_eq!(int_hash(0), 0);
        assert_eq!(int_hash(-2), -2);
        assert_eq!(
            int_hash(i64::MAX),
            ((1u64 << 63) - 1) as i64 % ((1 << 61) - 1)
        );
        assert_eq!(int_hash(i64::MIN), -4);
    }
}
