//! Unit tests of the `str` methods (the exhaustive comparison with CPython
//! is in `tests/against_cpython.rs`).

use super::*;

const MAX: i64 = i64::MAX;

#[test]
fn index_conversions() {
    assert_eq!(char_len("héllo"), 5);
    assert_eq!(char_index_to_byte("héllo", 2), 3);
    assert_eq!(char_index_to_byte("héllo", 99), 6);
    assert_eq!(byte_to_char_index("héllo", 3), 2);
    assert_eq!(adjust_indices(-2, MAX, 5), (3, 5));
    assert_eq!(adjust_indices(-9, -9, 5), (0, 0));
    assert_eq!(adjust_indices(7, 2, 5), (7, 2));
    assert_eq!(adjust_indices(i64::MIN, i64::MIN, 5), (0, 0));
}

#[test]
fn searching() {
    assert_eq!(find("héllo wörld", "ö", 0, MAX), 7);
    assert_eq!(find("abcabc", "c", 3, MAX), 5);
    assert_eq!(find("abcabc", "c", -2, MAX), 5);
    assert_eq!(find("abcabc", "c", 0, -1), 2);
    assert_eq!(find("abc", "", 2, 1), -1);
    assert_eq!(rfind("héllo", "l", 0, MAX), 3);
    assert_eq!(rfind("abc", "", 0, MAX), 3);
    assert_eq!(rfind("abc", "", 1, 2), 2);
    assert_eq!(count("aaaa", "aa", 0, MAX), 2);
    assert_eq!(count("héllo", "", 0, MAX), 6);
    assert_eq!(count("abc", "", 1, 2), 2);
    assert_eq!(count("abc", "", 4, MAX), 0);
    assert!(startswith("héllo", "hé", 0, MAX));
    assert!(startswith("héllo", "ll", 2, MAX));
    assert!(startswith("abc", "", 3, MAX));
    assert!(!startswith("abc", "", 4, MAX));
    assert!(endswith("héllo", "lo", 0, MAX));
    assert!(!endswith("héllo", "lo", 0, -1));
    assert!(endswith("héllo", "ll", 0, -1));
}

#[test]
fn splitting() {
    let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(split("", None, -1).unwrap(), v(&[]));
    assert_eq!(split("   ", None, -1).unwrap(), v(&[]));
    assert_eq!(
        split("a\u{3000}b\x1cc", None, -1).unwrap(),
        v(&["a", "b", "c"])
    );
    assert_eq!(split("  a b  ", None, 0).unwrap(), v(&["a b  "]));
    assert_eq!(split("", Some(","), -1).unwrap(), v(&[""]));
    assert_eq!(split("a,b,c", Some(","), 1).unwrap(), v(&["a", "b,c"]));
    assert_eq!(split("a", Some(""), -1).unwrap_err(), "empty separator");
    assert_eq!(rsplit("  a b  ", None, 0).unwrap(), v(&["  a b"]));
    assert_eq!(rsplit("a,b,c", Some(","), 1).unwrap(), v(&["a,b", "c"]));
    assert_eq!(rsplit("a b\u{2003}c", None, 1).unwrap(), v(&["a b", "c"]));
    assert_eq!(splitlines("", false), v(&[]));
    assert_eq!(splitlines("\n", true), v(&["\n"]));
    assert_eq!(
        splitlines("a\rb\u{2028}c\u{85}", false),
        v(&["a", "b", "c"])
    );
    assert_eq!(splitlines("a\n\nb", false), v(&["a", "", "b"]));
}

#[test]
fn stripping_and_replacing() {
    assert_eq!(strip(" \t\u{3000}x y\n", None), "x y");
    assert_eq!(lstrip("xxaxx", Some("x")), "axx");
    assert_eq!(rstrip("xxaxx", Some("x")), "xxa");
    assert_eq!(strip("éaé", Some("é")), "a");
    assert_eq!(strip("abc", Some("")), "abc");
    assert_eq!(replace("", "", "x", -1), "x");
    assert_eq!(replace("", "", "x", 0), "");
    assert_eq!(replace("héllo", "l", "L", 1), "héLlo");
    assert_eq!(replace("aaaa", "aa", "b", -1), "bb");
}

#[test]
fn padding_and_partitioning() {
    assert_eq!(zfill("42", 5), "00042");
    assert_eq!(zfill("-é", 4), "-00é");
    assert_eq!(zfill("abc", -1), "abc");
    assert_eq!(center("abc", 7, 'é'), "ééabcéé");
    assert_eq!(center("a", 4, '*'), "*a**");
    assert_eq!(ljust("é", 3, '.'), "é..");
    assert_eq!(rjust("é", 3, '.'), "..é");
    assert_eq!(partition("a=b=c", "=").unwrap(), ("a", "=", "b=c"));
    assert_eq!(partition("abc", "=").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("a=b=c", "=").unwrap(), ("a=b", "=", "c"));
    assert_eq!(rpartition("abc", "=").unwrap(), ("", "", "abc"));
    assert_eq!(partition("abc", "").unwrap_err(), "empty separator");
    assert_eq!(expandtabs("ab\tc\r\td", 8), "ab      c\r        d");
    assert_eq!(expandtabs("a\tb", 0), "ab");
    assert_eq!(expandtabs("é\tb", 2), "é b");
}

#[test]
fn reprs() {
    assert_eq!(str_repr(""), "''");
    assert_eq!(str_repr("'\""), "'\\'\"'");
    assert_eq!(str_repr("\"'"), "'\"\\''");
    assert_eq!(str_repr("\\\t\x00\x1f"), "'\\\\\\t\\x00\\x1f'");
    assert_eq!(str_repr("\u{85}\u{ad}\u{e000}"), "'\\x85\\xad\\ue000'");
    assert_eq!(str_repr("\u{e0001}😀"), "'\\U000e0001😀'");
    assert_eq!(ascii_repr("a'é"), "\"a'\\xe9\"");
}

#[test]
fn hashes_are_deterministic() {
    assert_eq!(str_hash("abc"), str_hash("abc"));
    assert_ne!(str_hash("abc"), str_hash("abd"));
    assert_ne!(str_hash(""), -1);
}
