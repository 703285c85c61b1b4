//! The methods of `str` with CPython's semantics on Rust strings. Indices
//! and lengths are in code points, and `start`/`end` arguments are taken
//! as Python passes them (negative counts from the end, out-of-range
//! values are clamped); callers pass `0` and `i64::MAX` for omitted ones.
//! Whitespace is CPython's (`str.isspace`).

mod case;

pub use case::{
    capitalize, isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric,
    isprintable, isspace, istitle, isupper, lower, swapcase, title, upper,
};

use std::fmt::Write;

use crate::unicode;

const EMPTY_SEPARATOR: &str = "empty separator";

/// What `partition` and `rpartition` return: before, separator, after.
pub type Partition<'a> = (&'a str, &'a str, &'a str);

/// The number of code points of `s` (`len(s)`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of code point `cp_index` of `s` (`s.len()` when the
/// index is at or past the end).
pub fn char_index_to_byte(s: &str, cp_index: usize) -> usize {
    if s.is_ascii() {
        return cp_index.min(s.len());
    }
    s.char_indices().nth(cp_index).map_or(s.len(), |(i, _)| i)
}

/// The code-point index of byte offset `byte` of `s` (counting the code
/// points that start before it).
pub fn byte_to_char_index(s: &str, byte: usize) -> usize {
    let prefix = &s.as_bytes()[..byte.min(s.len())];
    // Every byte that is not a UTF-8 continuation byte starts a code point.
    prefix.iter().filter(|b| (**b as i8) >= -0x40).count()
}

/// CPython's adjustment of `start`/`end` arguments for a sequence of
/// length `len`: negative values count from the end (floored at 0), `end`
/// is capped at `len`. `start` may stay beyond `len`.
pub fn adjust_indices(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let adjust = |i: i64| {
        if i < 0 {
            (i.saturating_add(len_i)).max(0)
        } else {
            i
        }
    };
    let end = adjust(end).min(len_i);
    let start = adjust(start);
    (
        usize::try_from(start).unwrap_or(usize::MAX),
        usize::try_from(end).unwrap_or(0),
    )
}

/// A string and its length in code points. The runtime's strings store
/// that length, so for them index arithmetic on ASCII text (as many code
/// points as bytes) costs nothing instead of a scan of the whole string
/// per call (a loop of `s.find(sep, pos)` over a long string would be
/// quadratic). `Text::from(&str)` counts the code points.
#[derive(Clone, Copy, Debug)]
pub struct Text<'a> {
    pub s: &'a str,
    pub chars: usize,
}

impl<'a> Text<'a> {
    /// `s` whose length in code points the caller knows to be `chars`.
    pub fn with_len(s: &'a str, chars: usize) -> Text<'a> {
        debug_assert_eq!(chars, char_len(s));
        Text { s, chars }
    }

    fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code-point index of byte offset `byte`.
    fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            byte_to_char_index(self.s, byte)
        }
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(s: &'a str) -> Text<'a> {
        Text {
            s,
            chars: char_len(s),
        }
    }
}

/// The part of `t` selected by `start`/`end` (in code points) when it can
/// hold `needed` code points: the window, and its first code point index.
fn window(t: Text<'_>, start: i64, end: i64, needed: usize) -> Option<(Text<'_>, usize)> {
    let (start, end) = adjust_indices(start, end, t.chars);
    if end < start || end - start < needed {
        return None;
    }
    let (from, to) = if t.is_ascii() {
        (start, end)
    } else {
        let from = char_index_to_byte(t.s, start);
        (from, from + char_index_to_byte(&t.s[from..], end - start))
    };
    let w = Text {
        s: &t.s[from..to],
        chars: end - start,
    };
    Some((w, start))
}

/// `s.find(sub, start, end)`: the code-point index of the first occurrence,
/// or -1.
///
/// ```
/// assert_eq!(pytext::find("héllo", "l", 0, i64::MAX), 2);
/// assert_eq!(pytext::find("abc", "", 3, i64::MAX), 3);
/// assert_eq!(pytext::find("abc", "", 4, i64::MAX), -1);
/// ```
pub fn find<'a, 'b>(s: impl Into<Text<'a>>, sub: impl Into<Text<'b>>, start: i64, end: i64) -> i64 {
    let sub = sub.into();
    let Some((w, first)) = window(s.into(), start, end, sub.chars) else {
        return -1;
    };
    // A one-byte needle (an ASCII character) is searched with memchr
    // rather than the two-way searcher, whose set-up dominates short
    // searches such as `fmt.find("%", i)`.
    let found = match sub.s.as_bytes() {
        [b] => w.s.find(*b as char),
        _ => w.s.find(sub.s),
    };
    found.map_or(-1, |b| (first + w.char_index(b)) as i64)
}

/// `s.rfind(sub, start, end)`: the code-point index of the last
/// occurrence, or -1.
pub fn rfind<'a, 'b>(
    s: impl Into<Text<'a>>,
    sub: impl Into<Text<'b>>,
    start: i64,
    end: i64,
) -> i64 {
    let sub = sub.into();
    let Some((w, first)) = window(s.into(), start, end, sub.chars) else {
        return -1;
    };
    let found = match sub.s.as_bytes() {
        [b] => w.s.rfind(*b as char),
        _ => w.s.rfind(sub.s),
    };
    found.map_or(-1, |b| (first + w.char_index(b)) as i64)
}

/// `s.count(sub, start, end)`: non-overlapping occurrences (an empty `sub`
/// occurs between every two code points and at both ends).
pub fn count<'a, 'b>(
    s: impl Into<Text<'a>>,
    sub: impl Into<Text<'b>>,
    start: i64,
    end: i64,
) -> usize {
    let sub = sub.into();
    match window(s.into(), start, end, sub.chars) {
        None => 0,
        Some((w, _)) if sub.s.is_empty() => w.chars + 1,
        Some((w, _)) => w.s.matches(sub.s).count(),
    }
}

/// `s.startswith(prefix, start, end)` (a tuple of prefixes is the caller's
/// loop).
pub fn startswith<'a, 'b>(
    s: impl Into<Text<'a>>,
    prefix: impl Into<Text<'b>>,
    start: i64,
    end: i64,
) -> bool {
    let prefix = prefix.into();
    window(s.into(), start, end, prefix.chars).is_some_and(|(w, _)| w.s.starts_with(prefix.s))
}

/// `s.endswith(suffix, start, end)`.
pub fn endswith<'a, 'b>(
    s: impl Into<Text<'a>>,
    suffix: impl Into<Text<'b>>,
    start: i64,
    end: i64,
) -> bool {
    let suffix = suffix.into();
    window(s.into(), start, end, suffix.chars).is_some_and(|(w, _)| w.s.ends_with(suffix.s))
}

/// `maxsplit` as a number of splits (`None`: unlimited).
fn split_limit(maxsplit: i64) -> Option<usize> {
    usize::try_from(maxsplit).ok()
}

/// `s.split(sep, maxsplit)`; `sep = None` splits at runs of whitespace and
/// drops empty strings. An empty `sep` is CPython's `ValueError: empty
/// separator`.
///
/// ```
/// assert_eq!(pytext::split("  a  b c ", None, 1).unwrap(), ["a", "b c "]);
/// assert_eq!(pytext::split("a,,b", Some(","), -1).unwrap(), ["a", "", "b"]);
/// ```
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit)),
        Some("") => Err(EMPTY_SEPARATOR.into()),
        Some(sep) => Ok(match limit {
            None => s.split(sep).map(str::to_string).collect(),
            Some(n) => s
                .splitn(n.saturating_add(1), sep)
                .map(str::to_string)
                .collect(),
        }),
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
///
/// ```
/// assert_eq!(pytext::rsplit("  a  b c ", None, 1).unwrap(), ["  a  b", "c"]);
/// assert_eq!(pytext::rsplit("aaa", Some("aa"), -1).unwrap(), ["a", ""]);
/// ```
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let limit = split_limit(maxsplit);
    let mut parts: Vec<String> = match sep {
        None => return Ok(rsplit_whitespace(s, limit)),
        Some("") => return Err(EMPTY_SEPARATOR.into()),
        Some(sep) => match limit {
            None => s.rsplit(sep).map(str::to_string).collect(),
            Some(n) => s
                .rsplitn(n.saturating_add(1), sep)
                .map(str::to_string)
                .collect(),
        },
    };
    parts.reverse();
    Ok(parts)
}

/// Whitespace splitting from the left: after `limit` splits the rest
/// (without its leading whitespace) is the last part.
fn split_whitespace(s: &str, limit: Option<usize>) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() == n) {
            parts.push(rest.to_string());
            break;
        }
        let end = rest.find(unicode::is_space).unwrap_or(rest.len());
        parts.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(unicode::is_space);
    }
    parts
}

/// Whitespace splitting from the right (see [`split_whitespace`]).
fn rsplit_whitespace(s: &str, limit: Option<usize>) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() == n) {
            parts.push(rest.to_string());
            break;
        }
        let start = rest.rfind(unicode::is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(rest[start..].to_string());
        rest = rest[..start].trim_end_matches(unicode::is_space);
    }
    parts.reverse();
    parts
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029; no empty last line.
///
/// ```
/// assert_eq!(pytext::splitlines("a\r\nb\x0bc\n", false), ["a", "b", "c"]);
/// assert_eq!(pytext::splitlines("a\r\nb", true), ["a\r\n", "b"]);
/// ```
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !unicode::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
            chars.next();
            end += 1;
        }
        lines.push(s[start..if keepends { end } else { i }].to_string());
        start = end;
    }
    if start < s.len() {
        lines.push(s[start..].to_string());
    }
    lines
}

/// `s.strip(chars)`: `None` strips whitespace, `Some(chars)` the code
/// points in `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(unicode::is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(unicode::is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.replace(old, new, count)`: at most `count` replacements from the
/// left (all when negative). An empty `old` matches before every code
/// point and at the end.
///
/// ```
/// assert_eq!(pytext::replace("abc", "", "-", -1), "-a-b-c-");
/// assert_eq!(pytext::replace("abc", "", "-", 2), "-a-bc");
/// assert_eq!(pytext::replace("aaa", "a", "b", 2), "bba");
/// ```
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if !old.is_empty() {
        return s.replacen(old, new, limit);
    }
    let mut out = String::with_capacity(s.len() + new.len() * (char_len(s) + 1).min(limit));
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < limit {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < limit {
        out.push_str(new);
    }
    out
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
///
/// ```
/// assert_eq!(pytext::zfill("-42", 5), "-0042");
/// assert_eq!(pytext::zfill("+", 3), "+00");
/// ```
pub fn zfill(s: &str, width: i64) -> String {
    let pad = padding(s, width);
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => s.split_at(c.len_utf8()),
        _ => ("", s),
    };
    format!("{sign}{}{digits}", "0".repeat(pad))
}

/// How many fill characters bring `s` to `width` code points.
fn padding(s: &str, width: i64) -> usize {
    usize::try_from(width)
        .unwrap_or(0)
        .saturating_sub(char_len(s))
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fillchar)`. Like CPython, an odd padding puts the
/// extra character on the left when the width is odd.
///
/// ```
/// assert_eq!(pytext::center("ab", 5, '*'), "**ab*");
/// assert_eq!(pytext::center("abc", 6, '*'), "*abc**");
/// ```
pub fn center(s: &str, width: i64, fillchar: char) -> String {
    let pad = padding(s, width);
    let left = pad / 2 + (pad & width as usize & 1);
    padded(s, left, pad - left, fillchar)
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fillchar: char) -> String {
    padded(s, 0, padding(s, width), fillchar)
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fillchar: char) -> String {
    padded(s, padding(s, width), 0, fillchar)
}

/// `s.partition(sep)`: before, separator, after the first occurrence
/// (`(s, "", "")` when absent).
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<Partition<'a>, String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: around the last occurrence (`("", "", s)` when
/// absent).
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<Partition<'a>, String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.expandtabs(tabsize)`: tabs become spaces up to the next multiple of
/// `tabsize` columns (none when `tabsize <= 0`); `\n` and `\r` reset the
/// column.
///
/// ```
/// assert_eq!(pytext::expandtabs("a\tbc\td", 4), "a   bc  d");
/// ```
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let n = tabsize - column % tabsize;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// `repr(s)`: single quotes unless `s` contains a single quote and no
/// double quote; `\\`, `\n`, `\r`, `\t` and the quote escaped; other
/// non-printable characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable
/// non-ASCII characters kept.
///
/// ```
/// assert_eq!(pytext::str_repr("it's\n"), "\"it's\\n\"");
/// assert_eq!(pytext::str_repr("é\u{7f}\u{a0}\u{200b}"), "'é\\x7f\\xa0\\u200b'");
/// ```
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if !c.is_ascii() && unicode::is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)`: like [`str_repr`] with every non-ASCII character escaped.
///
/// ```
/// assert_eq!(pytext::ascii_repr("é€😀"), "'\\xe9\\u20ac\\U0001f600'");
/// ```
pub fn ascii_repr(s: &str) -> String {
    let repr = str_repr(s);
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest that holds `c`.
fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// A deterministic hash of a string (64-bit FNV-1a of its UTF-8 bytes),
/// never -1. This is not CPython's `hash(str)`, which is randomized per
/// process; only its properties (equal strings hash equally, -1 is
/// reserved) are kept.
pub fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

/// `compute_hash` of a `bytes` (and of a `str`, over its UTF-8 bytes):
/// FNV-1a, never -1. The one definition used at translation time (the
/// evaluator, the RTyper's prebuilt dicts) and at run time.
pub fn bytes_hash(data: &[u8]) -> i64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = data
        .iter()
        .fold(OFFSET, |h, b| (h ^ u64::from(*b)).wrapping_mul(PRIME)) as i64;
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// The seed and multiplier of [`tuple_hash`] (the RTyper's run-time tuple
/// hash graphs use the same).
pub const TUPLE_HASH_SEED: i64 = 0x345678;
pub const TUPLE_HASH_MULT: i64 = 1000003;

/// `compute_hash` of a tuple from the hashes of its items.
pub fn tuple_hash(items: &[i64]) -> i64 {
    let mut h = TUPLE_HASH_SEED;
    for x in items {
        h = (h ^ x).wrapping_mul(TUPLE_HASH_MULT);
    }
    h ^ items.len() as i64
}

#[cfg(test)]
mod tests;
