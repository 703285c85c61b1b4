//! The methods of `bytes` with CPython's semantics on byte slices: byte
//! indices, ASCII-only character classes and case conversions, ASCII
//! whitespace (` \t\n\r\x0b\x0c`), and `repr(b'...')`. `start`/`end`
//! arguments are taken as Python passes them (see
//! [`crate::adjust_indices`]).

use std::fmt::Write;

use crate::float::is_ascii_space;
use crate::strmethods::adjust_indices;

const EMPTY_SEPARATOR: &str = "empty separator";

/// What `partition` and `rpartition` return: before, separator, after.
pub type BytesPartition<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// The first occurrence of `needle` in `hay`.
fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start).find(|&i| hay[i] == first && &hay[i + 1..i + needle.len()] == rest)
}

/// The last occurrence of `needle` in `hay`.
fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start)
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// The part of `b` selected by `start`/`end` when it can hold `needed`
/// bytes, and its offset.
fn window(b: &[u8], start: i64, end: i64, needed: usize) -> Option<(&[u8], usize)> {
    let (start, end) = adjust_indices(start, end, b.len());
    if end < start || end - start < needed {
        return None;
    }
    Some((&b[start..end], start))
}

/// `b.find(sub, start, end)`: the index of the first occurrence, or -1.
pub fn bytes_find(b: &[u8], sub: &[u8], start: i64, end: i64) -> i64 {
    window(b, start, end, sub.len())
        .and_then(|(w, offset)| Some((offset + find_in(w, sub)?) as i64))
        .unwrap_or(-1)
}

/// `b.rfind(sub, start, end)`: the index of the last occurrence, or -1.
pub fn bytes_rfind(b: &[u8], sub: &[u8], start: i64, end: i64) -> i64 {
    window(b, start, end, sub.len())
        .and_then(|(w, offset)| Some((offset + rfind_in(w, sub)?) as i64))
        .unwrap_or(-1)
}

/// `b.count(sub, start, end)`: non-overlapping occurrences.
pub fn bytes_count(b: &[u8], sub: &[u8], start: i64, end: i64) -> usize {
    let Some((mut w, _)) = window(b, start, end, sub.len()) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() + 1;
    }
    let mut n = 0;
    while let Some(i) = find_in(w, sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    n
}

/// `b.startswith(prefix, start, end)`.
pub fn bytes_startswith(b: &[u8], prefix: &[u8], start: i64, end: i64) -> bool {
    window(b, start, end, prefix.len()).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `b.endswith(suffix, start, end)`.
pub fn bytes_endswith(b: &[u8], suffix: &[u8], start: i64, end: i64) -> bool {
    window(b, start, end, suffix.len()).is_some_and(|(w, _)| w.ends_with(suffix))
}

/// `b.split(sep, maxsplit)`; `sep = None` splits at runs of ASCII
/// whitespace. An empty `sep` is `ValueError: empty separator`.
///
/// ```
/// use pytext::bytes_split;
/// assert_eq!(bytes_split(b" a  b ", None, -1).unwrap(), [b"a".to_vec(), b"b".to_vec()]);
/// assert_eq!(bytes_split(b"a,b,c", Some(b","), 1).unwrap(), [b"a".to_vec(), b"b,c".to_vec()]);
/// ```
pub fn bytes_split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, String> {
    let limit = usize::try_from(maxsplit).ok();
    let sep = match sep {
        None => return Ok(split_whitespace(b, limit)),
        Some([]) => return Err(EMPTY_SEPARATOR.into()),
        Some(sep) => sep,
    };
    let mut parts = Vec::new();
    let mut rest = b;
    while limit.is_none_or(|n| parts.len() < n) {
        let Some(i) = find_in(rest, sep) else { break };
        parts.push(rest[..i].to_vec());
        rest = &rest[i + sep.len()..];
    }
    parts.push(rest.to_vec());
    Ok(parts)
}

/// `b.rsplit(sep, maxsplit)`: like [`bytes_split`], from the right.
pub fn bytes_rsplit(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, String> {
    let limit = usize::try_from(maxsplit).ok();
    let sep = match sep {
        None => return Ok(rsplit_whitespace(b, limit)),
        Some([]) => return Err(EMPTY_SEPARATOR.into()),
        Some(sep) => sep,
    };
    let mut parts = Vec::new();
    let mut rest = b;
    while limit.is_none_or(|n| parts.len() < n) {
        let Some(i) = rfind_in(rest, sep) else { break };
        parts.push(rest[i + sep.len()..].to_vec());
        rest = &rest[..i];
    }
    parts.push(rest.to_vec());
    parts.reverse();
    Ok(parts)
}

fn is_space(b: &u8) -> bool {
    is_ascii_space(*b)
}

fn trim_start_spaces(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|c| !is_space(c)).unwrap_or(b.len());
    &b[start..]
}

fn trim_end_spaces(b: &[u8]) -> &[u8] {
    let end = b.iter().rposition(|c| !is_space(c)).map_or(0, |i| i + 1);
    &b[..end]
}

fn split_whitespace(b: &[u8], limit: Option<usize>) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut rest = trim_start_spaces(b);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() == n) {
            parts.push(rest.to_vec());
            break;
        }
        let end = rest.iter().position(is_space).unwrap_or(rest.len());
        parts.push(rest[..end].to_vec());
        rest = trim_start_spaces(&rest[end..]);
    }
    parts
}

fn rsplit_whitespace(b: &[u8], limit: Option<usize>) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut rest = trim_end_spaces(b);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() == n) {
            parts.push(rest.to_vec());
            break;
        }
        let start = rest.iter().rposition(is_space).map_or(0, |i| i + 1);
        parts.push(rest[start..].to_vec());
        rest = trim_end_spaces(&rest[..start]);
    }
    parts.reverse();
    parts
}

/// `b.splitlines(keepends)`: splits at `\n`, `\r` and `\r\n` only.
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b[i] == b'\r' && b.get(end) == Some(&b'\n') {
            end += 1;
        }
        lines.push(b[start..if keepends { end } else { i }].to_vec());
        start = end;
        i = end;
    }
    if start < b.len() {
        lines.push(b[start..].to_vec());
    }
    lines
}

/// `b.strip(chars)`: `None` strips ASCII whitespace.
pub fn bytes_strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_rstrip(bytes_lstrip(b, chars), chars)
}

/// `b.lstrip(chars)`.
pub fn bytes_lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    match chars {
        None => trim_start_spaces(b),
        Some(set) => {
            let start = b.iter().position(|c| !set.contains(c)).unwrap_or(b.len());
            &b[start..]
        }
    }
}

/// `b.rstrip(chars)`.
pub fn bytes_rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    match chars {
        None => trim_end_spaces(b),
        Some(set) => {
            let end = b
                .iter()
                .rposition(|c| !set.contains(c))
                .map_or(0, |i| i + 1);
            &b[..end]
        }
    }
}

/// `b.replace(old, new, count)`: at most `count` replacements (all when
/// negative); an empty `old` matches between all bytes and at both ends.
pub fn bytes_replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if old.is_empty() {
        for &c in b {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = b;
    while done < limit {
        let Some(i) = find_in(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    out
}

/// `b.partition(sep)`.
pub fn bytes_partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<BytesPartition<'a>, String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match find_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &b[b.len()..], &b[b.len()..]),
    })
}

/// `b.rpartition(sep)`.
pub fn bytes_rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<BytesPartition<'a>, String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match rfind_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&b[..0], &b[..0], b),
    })
}

/// `b.lower()` (ASCII letters only).
pub fn bytes_lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.upper()` (ASCII letters only).
pub fn bytes_upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

fn all_nonempty(b: &[u8], test: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(test)
}

/// `b.isdigit()`: ASCII digits only, not empty.
pub fn bytes_isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isalpha()`: ASCII letters only, not empty.
pub fn bytes_isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`: ASCII letters and digits only, not empty.
pub fn bytes_isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isspace()`: ASCII whitespace only, not empty.
pub fn bytes_isspace(b: &[u8]) -> bool {
    all_nonempty(b, is_space)
}

/// `b.islower()`: some lowercase ASCII letter and no uppercase one.
pub fn bytes_islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.isupper()`: some uppercase ASCII letter and no lowercase one.
pub fn bytes_isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

/// `repr(b)`: `b'...'` (double quotes when the bytes contain a single
/// quote and no double quote), with `\\`, `\t`, `\n`, `\r` and the quote
/// escaped and other bytes outside printable ASCII as `\xNN`.
///
/// ```
/// assert_eq!(pytext::bytes_repr(b"it's\x00\xff"), "b\"it's\\x00\\xff\"");
/// ```
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: i64 = i64::MAX;

    fn v(parts: &[&[u8]]) -> Vec<Vec<u8>> {
        parts.iter().map(|p| p.to_vec()).collect()
    }

    #[test]
    fn searching() {
        assert_eq!(bytes_find(b"abcabc", b"c", 0, MAX), 2);
        assert_eq!(bytes_find(b"abcabc", b"c", 3, MAX), 5);
        assert_eq!(bytes_find(b"abc", b"", 3, MAX), 3);
        assert_eq!(bytes_find(b"abc", b"", 4, MAX), -1);
        assert_eq!(bytes_find(b"abc", b"abcd", 0, MAX), -1);
        assert_eq!(bytes_rfind(b"abcabc", b"ab", 0, MAX), 3);
        assert_eq!(bytes_rfind(b"abcabc", b"ab", 0, -2), 0);
        assert_eq!(bytes_count(b"aaaa", b"aa", 0, MAX), 2);
        assert_eq!(bytes_count(b"abc", b"", 0, MAX), 4);
        assert!(bytes_startswith(b"abc", b"b", 1, MAX));
        assert!(bytes_endswith(b"abc", b"b", 0, -1));
        assert!(!bytes_endswith(b"abc", b"abcd", 0, MAX));
    }

    #[test]
    fn splitting() {
        assert_eq!(bytes_split(b"", None, -1).unwrap(), v(&[]));
        assert_eq!(bytes_split(b"a\x1cb", None, -1).unwrap(), v(&[b"a\x1cb"]));
        assert_eq!(bytes_split(b" a b ", None, 0).unwrap(), v(&[b"a b "]));
        assert_eq!(bytes_split(b"", Some(b","), -1).unwrap(), v(&[b""]));
        assert_eq!(
            bytes_split(b"a,,b", Some(b","), -1).unwrap(),
            v(&[b"a", b"", b"b"])
        );
        assert_eq!(
            bytes_rsplit(b"aaa", Some(b"aa"), -1).unwrap(),
            v(&[b"a", b""])
        );
        assert_eq!(
            bytes_rsplit(b" a b c ", None, 1).unwrap(),
            v(&[b" a b", b"c"])
        );
        assert_eq!(
            bytes_split(b"a", Some(b""), -1).unwrap_err(),
            "empty separator"
        );
        assert_eq!(
            bytes_splitlines(b"a\r\nb\rc\x0bd\n", false),
            v(&[b"a", b"b", b"c\x0bd"])
        );
        assert_eq!(bytes_splitlines(b"a\r\n", true), v(&[b"a\r\n"]));
    }

    #[test]
    fn transforming() {
        assert_eq!(bytes_strip(b" \x0ba\x0c ", None), b"a");
        assert_eq!(bytes_strip(b"xyax", Some(b"xy")), b"a");
        assert_eq!(bytes_replace(b"abc", b"", b"-", -1), b"-a-b-c-");
        assert_eq!(bytes_replace(b"aaa", b"a", b"bb", 2), b"bbbba");
        assert_eq!(
            bytes_partition(b"a=b", b"=").unwrap(),
            (&b"a"[..], &b"="[..], &b"b"[..])
        );
        assert_eq!(
            bytes_rpartition(b"ab", b"=").unwrap(),
            (&b""[..], &b""[..], &b"ab"[..])
        );
        assert_eq!(bytes_lower(b"AbC\xc9"), b"abc\xc9");
        assert_eq!(bytes_upper(b"aBc"), b"ABC");
        assert!(bytes_isdigit(b"123") && !bytes_isdigit(b""));
        assert!(bytes_isalpha(b"abC") && !bytes_isalpha(b"\xe9"));
        assert!(bytes_isspace(b" \t") && !bytes_isspace(b"\x1c"));
        assert!(bytes_islower(b"a1") && !bytes_islower(b"1") && bytes_isupper(b"A1"));
    }

    #[test]
    fn reprs() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\\\t\n\r\x7f~"), "b'\\\\\\t\\n\\r\\x7f~'");
    }
}
