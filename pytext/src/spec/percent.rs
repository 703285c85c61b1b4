//! `%`-formatting (`fmt % args`) of strings: parsing the format and
//! formatting single values, like CPython's `PyUnicode_Format`. The caller
//! walks the pieces, takes the arguments (by position or by mapping key)
//! and converts them (`str()`, `repr()`, `int`...).

use crate::float::{double_to_string, FloatFlags};
use crate::int::unsigned_digits;

/// A width or precision of a conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Written in the format (`%5d`).
    Given(usize),
    /// `*`: taken from the arguments (see [`PercentSpec::set_width`] and
    /// [`PercentSpec::set_precision`]).
    FromArgs,
}

/// One conversion: `%[(key)][flags][width][.precision][length]code`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the argument is `args[key]` (args must be a mapping).
    pub key: Option<String>,
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: a sign for positive numbers too.
    pub plus: bool,
    /// ` `: a space before positive numbers.
    pub space: bool,
    /// `#`: `0x`/`0o` prefixes, or always a decimal point.
    pub alternate: bool,
    /// `0`: numbers are padded with zeros after the sign.
    pub zero: bool,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    /// The conversion character (possibly an unsupported one, see
    /// [`PercentSpec::unsupported_error`]).
    pub code: char,
    /// The code-point index of `code` in the format (for error messages).
    pub index: usize,
}

/// A piece of a `%` format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy (`%%` included as `%`).
    Literal(String),
    Conversion(PercentSpec),
}

impl PercentSpec {
    /// Sets a `*` width from its argument (a negative one left-justifies).
    pub fn set_width(&mut self, width: i64) {
        if width < 0 {
            self.left = true;
        }
        let width = usize::try_from(width.unsigned_abs()).unwrap_or(usize::MAX);
        self.width = Some(PercentCount::Given(width));
    }

    /// Sets a `*` precision from its argument (negative means 0). Values
    /// outside the C `int` range are CPython's `OverflowError`, whose
    /// message is returned.
    pub fn set_precision(&mut self, precision: i64) -> Result<(), String> {
        let precision = i32::try_from(precision)
            .map_err(|_| "Python int too large to convert to C int".to_string())?;
        let precision = usize::try_from(precision.max(0)).unwrap_or(0);
        self.precision = Some(PercentCount::Given(precision));
        Ok(())
    }

    /// The `ValueError` message when the code is not one of
    /// `s r a c d i u o x X e E f F g G` (CPython raises it after taking
    /// the argument).
    pub fn unsupported_error(&self) -> Option<String> {
        if "sracdiuoxXeEfFgG".contains(self.code) {
            return None;
        }
        Some(unsupported_message(self.code, self.index))
    }

    fn width_value(&self) -> usize {
        match self.width {
            Some(PercentCount::Given(w)) => w,
            _ => 0,
        }
    }

    fn precision_value(&self) -> Option<usize> {
        match self.precision {
            Some(PercentCount::Given(p)) => Some(p),
            _ => None,
        }
    }

    /// Pads a converted value: `sign`, `prefix` and `body` for numbers
    /// (zero padding goes between prefix and body), or just `body`.
    fn pad(&self, sign: &str, prefix: &str, body: &str, numeric: bool) -> String {
        let len = sign.len() + prefix.len() + body.chars().count();
        let pad = self.width_value().saturating_sub(len);
        let mut out = String::with_capacity(len + pad);
        let spaces = |out: &mut String| out.extend(std::iter::repeat_n(' ', pad));
        if self.left {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(body);
            spaces(&mut out);
        } else if numeric && self.zero {
            out.push_str(sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', pad));
            out.push_str(body);
        } else {
            spaces(&mut out);
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(body);
        }
        out
    }

    /// The sign of a number: `-`, or `+`/space as the flags say.
    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// CPython's message for a conversion character it does not know.
fn unsupported_message(code: char, index: usize) -> String {
    let shown = if (31..=126).contains(&(code as u32)) {
        code
    } else {
        '?'
    };
    format!(
        "unsupported format character '{shown}' (0x{:x}) at index {index}",
        code as u32
    )
}

/// The pieces of a `%` format, parsed lazily so that the caller can
/// interleave them with taking arguments the way CPython does (an argument
/// error before a malformed conversion wins).
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
}

/// Parses `fmt` piece by piece; see [`PercentParser`].
pub fn percent_pieces(fmt: &str) -> PercentParser {
    PercentParser {
        chars: fmt.chars().collect(),
        pos: 0,
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut literal = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                literal.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                literal.push('%');
                self.pos += 2;
            } else if literal.is_empty() {
                self.pos += 1;
                let conversion = self.conversion();
                if conversion.is_err() {
                    self.pos = self.chars.len();
                }
                return Some(conversion.map(PercentPiece::Conversion));
            } else {
                break;
            }
        }
        (!literal.is_empty()).then_some(Ok(PercentPiece::Literal(literal)))
    }
}

impl PercentParser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// Parses a conversion after its `%`.
    fn conversion(&mut self) -> Result<PercentSpec, String> {
        let mut spec = PercentSpec {
            key: None,
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            code: '\0',
            index: 0,
        };
        if self.peek() == Some('(') {
            spec.key = Some(self.key()?);
        }
        while let Some(c) = self.peek() {
            match c {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        spec.width = self.count(isize::MAX as usize, "width too big")?;
        if self.peek() == Some('.') {
            self.pos += 1;
            let precision = self.count(i32::MAX as usize, "precision too big")?;
            spec.precision = Some(precision.unwrap_or(PercentCount::Given(0)));
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        spec.code = self.peek().ok_or("incomplete format")?;
        spec.index = self.pos;
        self.pos += 1;
        Ok(spec)
    }

    /// A mapping key with balanced parentheses, after its `(`.
    fn key(&mut self) -> Result<String, String> {
        let start = self.pos + 1;
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return Ok(self.chars[start..self.pos - 1].iter().collect());
            }
        }
        Err("incomplete format key".into())
    }

    /// A width or precision: `*`, digits, or nothing.
    fn count(&mut self, max: usize, too_big: &str) -> Result<Option<PercentCount>, String> {
        if self.peek() == Some('*') {
            self.pos += 1;
            return Ok(Some(PercentCount::FromArgs));
        }
        let mut n: Option<usize> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            let next = n
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|v| *v <= max)
                .ok_or(too_big)?;
            n = Some(next);
            self.pos += 1;
        }
        Ok(n.map(PercentCount::Given))
    }
}

/// Parses a whole `%` format, merging literals and rejecting unsupported
/// conversion characters up front (CPython reports those only when it
/// reaches them, after taking their argument; use [`percent_pieces`] for
/// that order).
///
/// ```
/// use pytext::{parse_percent, PercentPiece};
/// let pieces = parse_percent("%-5d%%!").unwrap();
/// assert!(matches!(&pieces[0], PercentPiece::Conversion(s) if s.left && s.code == 'd'));
/// assert_eq!(pieces[1], PercentPiece::Literal("%!".into()));
/// assert_eq!(parse_percent("%").unwrap_err(), "incomplete format");
/// ```
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let mut pieces = Vec::new();
    for piece in percent_pieces(fmt) {
        let piece = piece?;
        if let PercentPiece::Conversion(spec) = &piece {
            if let Some(err) = spec.unsupported_error() {
                return Err(err);
            }
        }
        pieces.push(piece);
    }
    Ok(pieces)
}

/// `%d %i %u %x %X %o %c` of an int (`code` as given, usually
/// `spec.code`). The precision is a minimum number of digits. Errors:
/// `%c` out of range (CPython's `OverflowError: %c arg not in
/// range(0x110000)`), and a code that is not one of these.
///
/// ```
/// use pytext::{parse_percent, percent_int, PercentPiece};
/// let spec = |f: &str| match parse_percent(f).unwrap().remove(0) {
///     PercentPiece::Conversion(s) => s,
///     _ => unreachable!(),
/// };
/// assert_eq!(percent_int(255, &spec("%#010x"), 'x').unwrap(), "0x000000ff");
/// assert_eq!(percent_int(-5, &spec("%.3d"), 'd').unwrap(), "-005");
/// ```
pub fn percent_int(v: i64, spec: &PercentSpec, code: char) -> Result<String, String> {
    let (base, prefix) = match code {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            let c = u32::try_from(v)
                .ok()
                .filter(|v| *v < 0x110000)
                .ok_or("%c arg not in range(0x110000)")?;
            let c = char::from_u32(c)
                .ok_or("%c arg is a surrogate, which a Rust string cannot hold")?;
            return Ok(spec.pad("", "", c.encode_utf8(&mut [0; 4]), false));
        }
        _ => return Err(unsupported_message(code, spec.index)),
    };
    let mut digits = unsigned_digits(v.unsigned_abs(), base);
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision_value() {
        let zeros = p.saturating_sub(digits.len());
        digits.insert_str(0, &"0".repeat(zeros));
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(spec.pad(spec.sign(v < 0), prefix, &digits, true))
}

/// `%e %E %f %F %g %G` of a float (default precision 6; any other code is
/// formatted as `g`).
///
/// ```
/// use pytext::{parse_percent, percent_float, PercentPiece};
/// let spec = |f: &str| match parse_percent(f).unwrap().remove(0) {
///     PercentPiece::Conversion(s) => s,
///     _ => unreachable!(),
/// };
/// assert_eq!(percent_float(3.14159, &spec("%-+8.2f"), 'f'), "+3.14   ");
/// assert_eq!(percent_float(f64::INFINITY, &spec("%05f"), 'f'), "00inf");
/// ```
pub fn percent_float(v: f64, spec: &PercentSpec, code: char) -> String {
    let code = if "eEfFgG".contains(code) { code } else { 'g' };
    let flags = FloatFlags {
        alternate: spec.alternate,
        ..FloatFlags::default()
    };
    let precision = spec.precision_value().unwrap_or(6);
    let text = double_to_string(v, code, precision, flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    spec.pad(spec.sign(negative), "", body, true)
}

/// `%s %r %a %c` of an already converted value (`str(v)`, `repr(v)`,
/// `ascii(v)`, or the one character): the precision truncates (except for
/// `%c`), then the width pads with spaces.
///
/// ```
/// use pytext::{parse_percent, percent_str, PercentPiece};
/// let spec = |f: &str| match parse_percent(f).unwrap().remove(0) {
///     PercentPiece::Conversion(s) => s,
///     _ => unreachable!(),
/// };
/// assert_eq!(percent_str("héllo", &spec("%5.2s")), "   hé");
/// assert_eq!(percent_str("ab", &spec("%-05s")), "ab   ");
/// ```
pub fn percent_str(s: &str, spec: &PercentSpec) -> String {
    let body = match spec.precision_value() {
        Some(p) if spec.code != 'c' => match s.char_indices().nth(p) {
            Some((end, _)) => &s[..end],
            None => s,
        },
        _ => s,
    };
    spec.pad("", "", body, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(fmt: &str) -> PercentSpec {
        match percent_pieces(fmt).next() {
            Some(Ok(PercentPiece::Conversion(s))) => s,
            other => panic!("not a conversion: {other:?}"),
        }
    }

    #[test]
    fn parsing() {
        let s = spec("%(na(m)e)-+ #012.3ld");
        assert_eq!(s.key.as_deref(), Some("na(m)e"));
        assert!(s.left && s.plus && s.space && s.alternate && s.zero);
        assert_eq!(s.width, Some(PercentCount::Given(12)));
        assert_eq!(s.precision, Some(PercentCount::Given(3)));
        assert_eq!((s.code, s.index), ('d', 19));
        let s = spec("%*.*f");
        assert_eq!(s.width, Some(PercentCount::FromArgs));
        assert_eq!(s.precision, Some(PercentCount::FromArgs));
        assert_eq!(spec("%.f").precision, Some(PercentCount::Given(0)));
        let pieces = parse_percent("a%%b%sc").unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], PercentPiece::Literal("a%b".into()));
        assert_eq!(pieces[2], PercentPiece::Literal("c".into()));
    }

    #[test]
    fn parse_errors() {
        let err = |f: &str| parse_percent(f).unwrap_err();
        assert_eq!(err("abc%"), "incomplete format");
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(err("%5"), "incomplete format");
        assert_eq!(err("%h"), "incomplete format");
        assert_eq!(err("%99999999999999999999d"), "width too big");
        assert_eq!(err("%.2147483648f"), "precision too big");
        assert_eq!(
            err("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            err("é%lld"),
            "unsupported format character 'l' (0x6c) at index 3"
        );
        assert_eq!(
            err("%\u{20ac}"),
            "unsupported format character '?' (0x20ac) at index 1"
        );
    }

    #[test]
    fn ints() {
        let f = |v, fmt: &str| {
            let s = spec(fmt);
            percent_int(v, &s, s.code).unwrap()
        };
        assert_eq!(f(255, "%#010o"), "0o00000377");
        assert_eq!(f(255, "%#10x"), "      0xff");
        assert_eq!(f(255, "%-#10x"), "0xff      ");
        assert_eq!(f(255, "%+#010x"), "+0x00000ff");
        assert_eq!(f(-3, "% 05d"), "-0003");
        assert_eq!(f(3, "%-05d"), "3    ");
        assert_eq!(f(8, "%#.3o"), "0o010");
        assert_eq!(f(255, "%+.3x"), "+0ff");
        assert_eq!(f(255, "%#X"), "0XFF");
        assert_eq!(f(65, "%-3c"), "A  ");
        assert_eq!(f(65, "%+.0c"), "A");
        let s = spec("%c");
        assert_eq!(
            percent_int(0x110000, &s, 'c').unwrap_err(),
            "%c arg not in range(0x110000)"
        );
    }

    #[test]
    fn floats() {
        let f = |v, fmt: &str| {
            let s = spec(fmt);
            percent_float(v, &s, s.code)
        };
        assert_eq!(f(1.5, "%f"), "1.500000");
        assert_eq!(f(-1234.5, "%010.3e"), "-1.234e+03");
        assert_eq!(f(-0.04, "%05.1f"), "-00.0");
        assert_eq!(f(-0.0, "%#.0f"), "-0.");
        assert_eq!(f(f64::NAN, "%+05f"), "+0nan");
        assert_eq!(f(1e-5, "%#g"), "1.00000e-05");
        let mut s = spec("%*.*f");
        s.set_width(-6);
        s.set_precision(-2).unwrap();
        assert!(s.set_precision(1 << 31).is_err());
        assert_eq!(percent_float(1.5, &s, 'f'), "2     ");
    }
}
