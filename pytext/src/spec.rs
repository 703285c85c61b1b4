//! Format specifications (`format(v, spec)`, f-string `{v:spec}`,
//! `str.format`) and `%`-formatting, over values the caller has already
//! evaluated; the error messages are the text of CPython's `ValueError`s.
//!
//! A spec is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

mod percent;

pub use percent::{
    parse_percent, percent_float, percent_int, percent_pieces, percent_str, PercentCount,
    PercentParser, PercentPiece, PercentSpec,
};

use crate::float::{double_to_string, FloatFlags};
use crate::int::unsigned_digits;
use crate::unicode;

/// A parsed format specification. `fill`, `align` and `zero` are kept as
/// written: what they mean depends on the value's type (strings align left
/// by default, numbers right, and the `0` flag means `=` alignment only for
/// numbers).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when one is given before the alignment.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or a space.
    pub sign: Option<char>,
    /// `z`: negative zero (after rounding) is shown as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: `0x`-style prefixes, or always a decimal point.
    pub alternate: bool,
    /// A `0` before the width: zero padding after the sign.
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`: thousands separators.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (`d`, `x`, `f`, `s`...).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses a spec. The one message that names the value's type
    /// ("Invalid format specifier '...' for object of type '...'") names
    /// `str` here; use [`FormatSpec::parse_for`] when the type is known.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        FormatSpec::parse_for(spec, "str")
    }

    /// Parses a spec for a value whose type is called `type_name` (only
    /// used in an error message).
    ///
    /// ```
    /// use pytext::FormatSpec;
    /// let s = FormatSpec::parse("*^+08,.3f").unwrap();
    /// assert_eq!((s.fill, s.align, s.sign), (Some('*'), Some('^'), Some('+')));
    /// // After an explicit fill, the `0` is part of the width.
    /// assert_eq!((s.zero, s.width, s.grouping), (false, Some(8), Some(',')));
    /// assert_eq!((s.precision, s.ty), (Some(3), Some('f')));
    /// assert_eq!(
    ///     FormatSpec::parse_for("abc", "int").unwrap_err(),
    ///     "Invalid format specifier 'abc' for object of type 'int'"
    /// );
    /// ```
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        let c: Vec<char> = spec.chars().collect();
        let mut s = FormatSpec::default();
        let mut i = 0;
        let is_align = |ch: &char| matches!(ch, '<' | '>' | '=' | '^');
        if c.get(1).is_some_and(is_align) {
            s.fill = Some(c[0]);
            s.align = Some(c[1]);
            i = 2;
        } else if c.first().is_some_and(is_align) {
            s.align = Some(c[0]);
            i = 1;
        }
        let at = |i: usize, set: &str| c.get(i).is_some_and(|ch| set.contains(*ch));
        if at(i, "+- ") {
            s.sign = Some(c[i]);
            i += 1;
        }
        if at(i, "z") {
            s.no_neg_zero = true;
            i += 1;
        }
        if at(i, "#") {
            s.alternate = true;
            i += 1;
        }
        // With an explicit fill, a `0` is part of the width.
        if s.fill.is_none() && at(i, "0") {
            s.zero = true;
            i += 1;
        }
        s.width = parse_count(&c, &mut i)?;
        if at(i, ",") {
            s.grouping = Some(',');
            i += 1;
        }
        if at(i, "_") {
            if s.grouping.is_some() {
                return Err(BOTH_SEPARATORS.into());
            }
            s.grouping = Some('_');
            i += 1;
        }
        if at(i, ",") && s.grouping == Some('_') {
            return Err(BOTH_SEPARATORS.into());
        }
        if at(i, ".") {
            i += 1;
            s.precision = parse_count(&c, &mut i)?;
            if s.precision.is_none() {
                return Err("Format specifier missing precision".into());
            }
        }
        match c.len() - i {
            0 => {}
            1 => s.ty = Some(c[i]),
            _ => {
                return Err(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                ))
            }
        }
        Ok(s)
    }

    /// The fill character in effect.
    fn fill_char(&self) -> char {
        match self.fill {
            Some(f) => f,
            None if self.zero => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a type that aligns `default` by
    /// default (`<` for strings, `>` for numbers).
    fn align_char(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default == '>' => '=',
            None => default,
        }
    }

    /// Checks the thousands separator against the type in effect, and
    /// returns the digits per group (4 for `_` with `b o x X`).
    fn group_size(&self, ty: char) -> Result<usize, String> {
        let Some(sep) = self.grouping else {
            return Ok(3);
        };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(4),
            _ => Err(format!("Cannot specify '{sep}' with {}.", quoted_code(ty))),
        }
    }
}

const BOTH_SEPARATORS: &str = "Cannot specify both ',' and '_'.";

/// A decimal count (width or precision) at `c[*i]`, if any (decimal
/// digits of any script count, as in CPython).
fn parse_count(c: &[char], i: &mut usize) -> Result<Option<usize>, String> {
    let mut n: Option<usize> = None;
    while let Some(d) = c.get(*i).and_then(|ch| unicode::decimal_value(*ch)) {
        let next = n
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or("Too many decimal digits in format string")?;
        n = Some(next);
        *i += 1;
    }
    Ok(n)
}

/// A presentation type in an error message: `'x'`, or `'\x20ac'` outside
/// printable ASCII.
fn quoted_code(ty: char) -> String {
    if (33..128).contains(&(ty as u32)) {
        format!("'{ty}'")
    } else {
        format!("'\\x{:x}'", ty as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(ty)
    )
}

/// `format(v, spec)` for an int (`bool` callers get `int` in messages).
/// The types `e E f F g G %` format `v` as a float. The one error that is
/// not a `ValueError` in CPython is `OverflowError: %c arg not in
/// range(0x110000)`.
///
/// ```
/// use pytext::{format_int, FormatSpec};
/// let f = |v, s| format_int(v, &FormatSpec::parse(s).unwrap()).unwrap();
/// assert_eq!(f(1234567, ",d"), "1,234,567");
/// assert_eq!(f(255, "#06x"), "0x00ff");
/// assert_eq!(f(-42, "_>+8"), "_____-42");
/// ```
pub fn format_int(v: i64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = spec.group_size(ty)?;
    let base = match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_spec(v as f64, spec),
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        _ => return Err(unknown_code(ty, "int")),
    };
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        return format_int_as_char(v, spec);
    }
    let mut digits = unsigned_digits(v.unsigned_abs(), base);
    let prefix = match ty {
        _ if !spec.alternate => "",
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let number = Number {
        sign: sign_text(v < 0, spec.sign),
        prefix,
        digits: &digits,
        rest: "",
    };
    Ok(number.render(spec, group))
}

/// `format(v, 'c')`: the character with code `v`.
fn format_int_as_char(v: i64, spec: &FormatSpec) -> Result<String, String> {
    if spec.sign.is_some() {
        return Err("Sign not allowed with integer format specifier 'c'".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
    }
    let c = u32::try_from(v)
        .ok()
        .filter(|v| *v < 0x110000)
        .ok_or("%c arg not in range(0x110000)")?;
    let c = char::from_u32(c)
        .ok_or("%c arg is a surrogate, which a Rust string cannot hold")?
        .to_string();
    let number = Number {
        sign: "",
        prefix: "",
        digits: &c,
        rest: "",
    };
    Ok(number.render(spec, 3))
}

/// `format(v, spec)` for a float. Without a type it is `str(v)`, or with a
/// precision like `g` but always with a digit after the point and
/// switching to exponent notation one digit earlier.
///
/// ```
/// use pytext::{format_float_spec, FormatSpec};
/// let f = |v, s| format_float_spec(v, &FormatSpec::parse(s).unwrap()).unwrap();
/// assert_eq!(f(3.14159, "^+08.3f"), "0+3.1420");
/// assert_eq!(f(0.25, ".2%"), "25.00%");
/// assert_eq!(f(10.0, ".3"), "10.0");
/// assert_eq!(f(100.0, ".3"), "1e+02");
/// assert_eq!(f(1234.5, "010,"), "0,001,234.5");
/// ```
pub fn format_float_spec(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('\0');
    let group = spec.group_size(ty)?;
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        add_dot_0: false,
        no_neg_0: spec.no_neg_zero,
    };
    let (code, value, percent) = match ty {
        '\0' => {
            flags.add_dot_0 = true;
            let code = if spec.precision.is_some() { 'g' } else { 'r' };
            (code, v, false)
        }
        'n' => ('g', v, false),
        '%' => ('f', v * 100.0, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (ty, v, false),
        _ => return Err(unknown_code(ty, "float")),
    };
    let precision = spec.precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err("precision too big".into());
    }
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    let split = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let number = Number {
        sign: sign_text(negative, spec.sign),
        prefix: "",
        digits: &unsigned[..split],
        rest: &unsigned[split..],
    };
    Ok(number.render(spec, group))
}

/// `format(s, spec)` for a string: the type must be `s` (or absent); the
/// precision truncates (in code points).
///
/// ```
/// use pytext::{format_str, FormatSpec};
/// let f = |v, s| format_str(v, &FormatSpec::parse(s).unwrap());
/// assert_eq!(f("abc", ">6").unwrap(), "   abc");
/// assert_eq!(f("abc", "*^7.2").unwrap(), "**ab***");
/// assert_eq!(f("abc", "+").unwrap_err(), "Sign not allowed in string format specifier");
/// ```
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    spec.group_size(ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    let not_allowed = |what: &str| Err(format!("{what} not allowed in string format specifier"));
    match spec.sign {
        Some(' ') => return not_allowed("Space"),
        Some(_) => return not_allowed("Sign"),
        None => {}
    }
    if spec.no_neg_zero {
        return not_allowed("Negative zero coercion (z)");
    }
    if spec.alternate {
        return not_allowed("Alternate form (#)");
    }
    if spec.align == Some('=') {
        return not_allowed("'=' alignment");
    }
    let body = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => &s[..end],
            None => s,
        },
        None => s,
    };
    let len = body.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, right) = split_padding(pad, spec.align_char('<'));
    let fill = spec.fill_char();
    let mut out = String::with_capacity(body.len() + pad);
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// The sign shown for a number: `-` when negative, else as the spec says.
fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// A number split the way CPython pads it: sign, prefix (`0x`), the digits
/// to group, and the rest (point, fraction, exponent, `%`, or `inf`).
struct Number<'a> {
    sign: &'static str,
    prefix: &'static str,
    digits: &'a str,
    rest: &'a str,
}

impl Number<'_> {
    /// Groups, pads and aligns the number as `spec` says. With `0` fill
    /// and `=` alignment the padding is made of digits, so it is grouped
    /// too (`format(1234, '09,')` is `0,001,234`).
    fn render(&self, spec: &FormatSpec, group: usize) -> String {
        let width = spec.width.unwrap_or(0);
        let fill = spec.fill_char();
        let align = spec.align_char('>');
        let others = self.sign.len() + self.prefix.len() + self.rest.chars().count();
        let min_digits = if fill == '0' && align == '=' {
            width.saturating_sub(others)
        } else {
            0
        };
        let digits = if self.digits.is_empty() {
            String::new()
        } else {
            group_digits(self.digits, spec.grouping, group, min_digits)
        };
        let len = others + digits.chars().count();
        let pad = width.saturating_sub(len);
        let mut out = String::with_capacity(len + pad);
        if align == '=' {
            out.push_str(self.sign);
            out.push_str(self.prefix);
            push_fill(&mut out, fill, pad);
            out.push_str(&digits);
            out.push_str(self.rest);
            return out;
        }
        let (left, right) = split_padding(pad, align);
        push_fill(&mut out, fill, left);
        out.push_str(self.sign);
        out.push_str(self.prefix);
        out.push_str(&digits);
        out.push_str(self.rest);
        push_fill(&mut out, fill, right);
        out
    }
}

/// Inserts `sep` every `group` digits from the right, first padding with
/// zeros so that the result has at least `min_width` characters; the
/// padding never starts with a separator, so the result may be one
/// character longer.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        let zeros = min_width.saturating_sub(digits.chars().count());
        return "0".repeat(zeros) + digits;
    };
    // Built right to left: whole groups of real digits, then groups made
    // of the remaining digits and zero padding.
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len();
    let mut wanted = min_width as i64;
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let take = group.min((remaining as i64).max(wanted).max(1) as usize);
        let real = remaining.min(take);
        let mut piece = "0".repeat(take - real);
        piece.push_str(&digits[remaining - real..remaining]);
        pieces.push(piece);
        remaining -= real;
        wanted -= take as i64;
        if remaining == 0 && wanted <= 0 {
            break;
        }
        wanted -= 1; // the separator
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

/// Left and right padding for an alignment (`^` puts the odd one right).
fn split_padding(pad: usize, align: char) -> (usize, usize) {
    match align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    }
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt_int(v: i64, s: &str) -> Result<String, String> {
        format_int(v, &FormatSpec::parse_for(s, "int")?)
    }

    fn fmt_float(v: f64, s: &str) -> Result<String, String> {
        format_float_spec(v, &FormatSpec::parse_for(s, "float")?)
    }

    fn fmt_str(v: &str, s: &str) -> Result<String, String> {
        format_str(v, &FormatSpec::parse_for(s, "str")?)
    }

    #[test]
    fn parse_errors() {
        let err = |s: &str| FormatSpec::parse_for(s, "int").unwrap_err();
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(
            err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err("10dd"),
            "Invalid format specifier '10dd' for object of type 'int'"
        );
    }

    #[test]
    fn ints() {
        let ok = |v, s| fmt_int(v, s).unwrap();
        assert_eq!(ok(42, ""), "42");
        assert_eq!(ok(42, ">10"), "        42");
        assert_eq!(ok(-42, "010"), "-000000042");
        assert_eq!(ok(1234, "08,"), "0,001,234");
        assert_eq!(ok(1234, "0=10,"), "00,001,234");
        assert_eq!(ok(255, "#010_b"), "0b1111_1111");
        assert_eq!(ok(-255, "#010_x"), "-0x00_00ff");
        assert_eq!(ok(255, "#X"), "0XFF");
        assert_eq!(ok(8, "#o"), "0o10");
        assert_eq!(ok(65, "05c"), "0000A");
        assert_eq!(ok(3, "<05"), "30000");
        assert_eq!(ok(3, "x^6"), "xx3xxx");
        assert_eq!(ok(i64::MIN, ","), "-9,223,372,036,854,775,808");
        assert_eq!(ok(5, ".2f"), "5.00");
        assert_eq!(ok(1, "z.1f"), "1.0");
    }

    #[test]
    fn int_errors() {
        let err = |v, s| fmt_int(v, s).unwrap_err();
        assert_eq!(err(1, ",q"), "Cannot specify ',' with 'q'.");
        assert_eq!(err(1, "_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(
            err(1, "q"),
            "Unknown format code 'q' for object of type 'int'"
        );
        assert_eq!(
            err(1, "\u{20ac}"),
            "Unknown format code '\\x20ac' for object of type 'int'"
        );
        assert_eq!(
            err(1, ".2"),
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            err(65, "+c"),
            "Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(err(-1, "c"), "%c arg not in range(0x110000)");
    }

    #[test]
    fn floats() {
        let ok = |v, s| fmt_float(v, s).unwrap();
        assert_eq!(ok(1.5, ""), "1.5");
        assert_eq!(ok(1e16, ""), "1e+16");
        assert_eq!(ok(1.5, ".0"), "2e+00");
        assert_eq!(ok(1.0, "#.0"), "1.e+00");
        assert_eq!(ok(-0.0, "z"), "0.0");
        assert_eq!(ok(-0.001, "z.2f"), "0.00");
        assert_eq!(ok(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ok(f64::NAN, "+010"), "+000000nan");
        assert_eq!(ok(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(ok(1234567.891, "_.3e"), "1.235e+06");
        assert_eq!(ok(0.5, ".1%"), "50.0%");
        assert_eq!(ok(1e-5, "g"), "1e-05");
        assert_eq!(ok(1234.5, "n"), "1234.5");
        assert_eq!(ok(-1.5, " "), "-1.5");
        assert_eq!(ok(1.5, " "), " 1.5");
    }

    #[test]
    fn float_errors() {
        let err = |v, s| fmt_float(v, s).unwrap_err();
        assert_eq!(
            err(1.5, "d"),
            "Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(err(1.5, ",n"), "Cannot specify ',' with 'n'.");
        assert_eq!(err(1.5, ".2147483648f"), "precision too big");
    }

    #[test]
    fn strings() {
        assert_eq!(fmt_str("a", "05").unwrap(), "a0000");
        assert_eq!(fmt_str("ab", "^5").unwrap(), " ab  ");
        assert_eq!(fmt_str("héllo", ".2").unwrap(), "hé");
        assert_eq!(fmt_str("é", "é>3").unwrap(), "ééé");
        assert_eq!(fmt_str("ab", ">\u{ff11}\u{ff10}").unwrap(), "        ab");
        let err = |v, s| fmt_str(v, s).unwrap_err();
        assert_eq!(err("a", ","), "Cannot specify ',' with 's'.");
        assert_eq!(
            err("a", " "),
            "Space not allowed in string format specifier"
        );
        assert_eq!(
            err("a", "=5"),
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            err("a", "d"),
            "Unknown format code 'd' for object of type 'str'"
        );
    }

    #[test]
    fn grouping_with_padding() {
        assert_eq!(group_digits("1234", Some(','), 3, 0), "1,234");
        assert_eq!(group_digits("1234", Some(','), 3, 8), "0,001,234");
        assert_eq!(group_digits("1234", Some(','), 3, 9), "0,001,234");
        assert_eq!(group_digits("1234", Some(','), 3, 10), "00,001,234");
        assert_eq!(group_digits("ff", Some('_'), 4, 7), "00_00ff");
        assert_eq!(group_digits("12", None, 3, 5), "00012");
    }
}
