//! String helpers, run with and without GC stress mode (every allocation
//! moves every object, so a helper that forgets to root an argument reads
//! garbage); the last part checks `str.split` with a separator (the
//! byte-search fast path of `string::split`), `str_hash` without UTF-8
//! validation and the digit-pair `int_to_str` against CPython's results.

mod common;

use common::{take_error, Pool};
use runtime::exc::{self, Builtin};
use runtime::string::{self as st, bytes as by};
use runtime::{RpyList, RpyStr, TypeInfo};

const T_STR: u32 = 1;
const T_LIST: u32 = 2;
const T_ARRAY: u32 = 3;
const T_BYTES: u32 = 4;
const T_EXC: u32 = 5;

static TYPES: [TypeInfo; 6] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::string("str"),
    TypeInfo::fixed(24, &[16], "list of str"),
    TypeInfo::array(8, &[0], "array of str"),
    TypeInfo::string("bytes"),
    TypeInfo::fixed(24, &[16], "exception"),
];

const EXC_CLASS: exc::BuiltinClass = exc::BuiltinClass {
    vtable: 0x10 as *const u8,
    inst_tid: T_EXC,
    typeptr_offset: 8,
    msg_offset: 16,
    str_tid: T_STR,
};

unsafe fn list_texts(l: *mut RpyList) -> Vec<String> {
    (0..(*l).length)
        .map(|i| text(*(runtime::list::array_item_ptr((*l).items, i) as *mut *mut RpyStr)))
        .collect()
}

/// The text of a `str` (not a `bytes`), checking its length.
unsafe fn text(s: *mut RpyStr) -> String {
    let t = common::text(s);
    assert_eq!((*s).hdr.tid, T_STR);
    t
}

fn each_mode(f: impl Fn()) {
    common::each_mode(&TYPES, 16 << 10, EXC_CLASS, f);
}

#[test]
fn basics() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        let a = p.new_str("héllo");
        let b = p.new_str(", wörld");
        let e = p.new_str("");
        let c = st::str_concat(p.get(a), p.get(b));
        assert_eq!(text(c), "héllo, wörld");
        assert_eq!(st::str_concat(p.get(a), p.get(e)), p.get(a));
        let c = p.keep(c);
        assert_eq!(text(st::str_slice(p.get(c), 1, 4)), "éll");
        assert_eq!(text(st::str_slice(p.get(c), 7, 12)), "wörld");
        assert_eq!(st::str_slice(p.get(c), 0, 12), p.get(c));
        assert_eq!(text(st::str_slice(p.get(c), 3, 3)), "");
        assert_eq!(st::str_getitem(p.get(c), 1), 'é' as u32);
        assert_eq!(st::str_getitem(p.get(c), 9), 'r' as u32);
        assert_eq!(text(st::str_from_char(T_STR, 0x1F600)), "😀");
        // A table of the one-character strings chr(0) and chr(1): picked
        // from below its length, allocated above.
        let table = runtime::gc::malloc_varsize(T_ARRAY, 2) as *mut runtime::RpyArray;
        let t = p.keep(table);
        let c0 = st::str_from_char(T_STR, 0);
        runtime::gc::write_barrier(p.ptr(t));
        *(runtime::list::array_item_ptr(p.ptr(t) as _, 0) as *mut *mut RpyStr) = c0;
        let c1 = st::str_from_char(T_STR, 1);
        runtime::gc::write_barrier(p.ptr(t));
        *(runtime::list::array_item_ptr(p.ptr(t) as _, 1) as *mut *mut RpyStr) = c1;
        let got = st::str_from_char_cached(p.ptr(t) as _, T_STR, 1);
        assert_eq!(
            got,
            *(runtime::list::array_item_ptr(p.ptr(t) as _, 1) as *mut *mut RpyStr)
        );
        assert_eq!(text(got), "\u{1}");
        assert_eq!(
            text(st::str_from_char_cached(p.ptr(t) as _, T_STR, 0xe9)),
            "é"
        );
        assert_eq!(text(st::str_mul(p.get(a), 3)), "héllohéllohéllo");
        assert_eq!(text(st::str_mul(p.get(a), -2)), "");
        assert!(st::str_mul(p.get(a), i64::MAX / 2).is_null());
        assert_eq!(take_error().0, Builtin::MemoryError);
        let a2 = p.new_str("héllo");
        assert!(st::str_eq(p.get(a), p.get(a2)));
        assert!(!st::str_eq(p.get(a), p.get(b)));
        assert!(!st::str_eq(p.get(a), std::ptr::null_mut()));
        assert_eq!(st::str_hash(p.get(a)), st::str_hash(p.get(a2)));
        assert_eq!(st::str_hash(p.get(a)), pytext::str_hash("héllo"));
        assert_eq!((*p.get(a)).hash, pytext::str_hash("héllo"), "cached");
        assert_eq!(st::str_cmp(p.get(a), p.get(b)), 1);
        assert_eq!(st::str_cmp(p.get(e), p.get(a)), -1);
        assert_eq!(st::str_cmp(p.get(a), p.get(a2)), 0);
        assert!(st::str_contains(p.get(c), p.get(b)));
        assert_eq!(st::str_len(p.get(c)), 12);
    });
}

#[test]
fn methods() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        let s = p.new_str("  Ab,cd,,ÉF  ");
        let comma = p.new_str(",");
        assert_eq!(st::str_find(p.get(s), p.get(comma), 0, i64::MAX), 4);
        assert_eq!(st::str_rfind(p.get(s), p.get(comma), 0, i64::MAX), 8);
        assert_eq!(st::str_count(p.get(s), p.get(comma), 0, i64::MAX), 3);
        assert!(st::str_endswith(p.get(s), p.get(comma), 0, 5));
        assert!(!st::str_startswith(p.get(s), p.get(comma), 0, i64::MAX));
        let stripped = st::str_strip(p.get(s), std::ptr::null_mut());
        assert_eq!(text(stripped), "Ab,cd,,ÉF");
        let stripped = p.keep(stripped);
        assert_eq!(
            st::str_strip(p.get(stripped), std::ptr::null_mut()),
            p.get(stripped)
        );
        assert_eq!(
            text(st::str_lstrip(p.get(s), std::ptr::null_mut())),
            "Ab,cd,,ÉF  "
        );
        assert_eq!(
            text(st::str_rstrip(p.get(s), std::ptr::null_mut())),
            "  Ab,cd,,ÉF"
        );
        let chars = p.new_str(" AF");
        assert_eq!(text(st::str_strip(p.get(s), p.get(chars))), "b,cd,,É");
        let parts = st::str_split(T_LIST, T_ARRAY, p.get(stripped), p.get(comma), -1);
        assert_eq!(list_texts(parts), ["Ab", "cd", "", "ÉF"]);
        let parts = st::str_rsplit(T_LIST, T_ARRAY, p.get(stripped), p.get(comma), 1);
        assert_eq!(list_texts(parts), ["Ab,cd,", "ÉF"]);
        let parts = st::str_split(T_LIST, T_ARRAY, p.get(s), std::ptr::null_mut(), -1);
        assert_eq!(list_texts(parts), ["Ab,cd,,ÉF"]);
        let lines = p.new_str("a\nb\r\nc");
        let parts = st::str_splitlines(T_LIST, T_ARRAY, p.get(lines), true);
        assert_eq!(list_texts(parts), ["a\n", "b\r\n", "c"]);
        let empty = p.new_str("");
        assert!(st::str_split(T_LIST, T_ARRAY, p.get(s), p.get(empty), -1).is_null());
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "empty separator".into())
        );
        // join (the list is rooted in the pool too)
        let parts = st::str_split(T_LIST, T_ARRAY, p.get(stripped), p.get(comma), -1);
        let parts = p.keep(parts as *mut RpyStr);
        let dash = p.new_str("–");
        let joined = st::str_join(p.get(dash), p.get(parts) as *mut RpyList);
        assert_eq!(text(joined), "Ab–cd––ÉF");
        // replace, case
        let old = p.new_str(",,");
        let new = p.new_str(";");
        assert_eq!(
            text(st::str_replace(p.get(s), p.get(old), p.get(new), -1)),
            "  Ab,cd;ÉF  "
        );
        assert_eq!(
            st::str_replace(p.get(s), p.get(new), p.get(old), -1),
            p.get(s)
        );
        assert_eq!(text(st::str_lower(p.get(s))), "  ab,cd,,éf  ");
        assert_eq!(text(st::str_upper(p.get(s))), "  AB,CD,,ÉF  ");
        assert_eq!(text(st::str_title(p.get(s))), "  Ab,Cd,,Éf  ");
        let q = p.new_str("it's\n");
        assert_eq!(text(st::str_repr(p.get(q))), "\"it's\\n\"");
        let digits = p.new_str("٣4");
        assert!(st::str_isdigit(p.get(digits)) && st::str_isdecimal(p.get(digits)));
        assert!(!st::str_isalpha(p.get(digits)));
        let sp = p.new_str(" \t");
        assert!(st::str_isspace(p.get(sp)));
    });
}

#[test]
fn numbers() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        for v in [0i64, 7, -7, 1234567890123, i64::MIN, i64::MAX] {
            assert_eq!(text(st::int_to_str(T_STR, v)), v.to_string());
        }
        assert_eq!(text(st::int_to_base_str(T_STR, -31, 16)), "-0x1f");
        assert_eq!(text(st::float_repr(T_STR, 0.1)), "0.1");
        assert_eq!(text(st::float_repr(T_STR, 1e16)), "1e+16");
        assert_eq!(
            text(st::float_format(T_STR, 2.5, 'f' as u32, 3, false)),
            "2.500"
        );
        let n = p.new_str(" -0x1F ");
        assert_eq!(st::str_to_int(p.get(n), 16), -31);
        assert_eq!(st::str_to_int(p.get(n), 0), -31);
        let bad = p.new_str("12a");
        assert_eq!(st::str_to_int(p.get(bad), 10), 0);
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "invalid literal for int() with base 10: '12a'".into()
            )
        );
        st::str_to_int(p.get(bad), 1);
        assert_eq!(take_error().1, "int() base must be >= 2 and <= 36, or 0");
        let long = p.new_str(&"x".repeat(300));
        st::str_to_int(p.get(long), 10);
        let msg = take_error().1;
        assert_eq!(
            msg,
            format!(
                "invalid literal for int() with base 10: '{}",
                "x".repeat(199)
            )
        );
        let big = p.new_str("99999999999999999999");
        st::str_to_int(p.get(big), 10);
        assert_eq!(take_error().0, Builtin::OverflowError);
        let f = p.new_str(" 1_000.5\n");
        assert_eq!(st::str_to_float(p.get(f)), 1000.5);
        let badf = p.new_str("1,5");
        st::str_to_float(p.get(badf));
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "could not convert string to float: '1,5'".into()
            )
        );
    });
}

#[test]
fn bytes_methods() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        let b = p.new_bytes(b" a\xffb a\xffb ");
        let sub = p.new_bytes(b"\xffb");
        assert_eq!(by::bytes_find(p.get(b), p.get(sub), 0, i64::MAX), 2);
        assert_eq!(by::bytes_rfind(p.get(b), p.get(sub), 0, i64::MAX), 6);
        assert_eq!(by::bytes_count(p.get(b), p.get(sub), 0, i64::MAX), 2);
        assert!(by::bytes_contains(p.get(b), p.get(sub)));
        // slicing, indexing, hashing and concatenation are shared with str
        let sl = st::str_slice(p.get(b), 2, 4);
        assert_eq!(st::str_as_bytes(sl), b"\xffb");
        assert_eq!((*sl).length, 2);
        assert_eq!(st::str_getitem(p.get(b), 2), 0xff);
        let h = st::str_hash(p.get(b));
        let b2 = p.new_bytes(b" a\xffb a\xffb ");
        assert_eq!(h, st::str_hash(p.get(b2)));
        let stripped = by::bytes_strip(p.get(b), std::ptr::null_mut());
        assert_eq!(st::str_as_bytes(stripped), b"a\xffb a\xffb");
        let parts = by::bytes_split(T_LIST, T_ARRAY, p.get(b), std::ptr::null_mut(), -1);
        assert_eq!((*parts).length, 2);
        let upper = by::bytes_upper(p.get(b));
        assert_eq!(st::str_as_bytes(upper), b" A\xffB A\xffB ");
        let repr = by::bytes_repr(T_STR, p.get(sub));
        assert_eq!(text(repr), "b'\\xffb'");
        let s = p.new_str("é");
        let enc = by::str_encode_utf8(T_BYTES, p.get(s));
        assert_eq!(st::str_as_bytes(enc), "é".as_bytes());
        assert_eq!(((*enc).length, (*enc).hdr.tid), (2, T_BYTES));
        let enc = p.keep(enc);
        assert_eq!(text(by::bytes_decode_utf8(T_STR, p.get(enc))), "é");
        assert!(by::bytes_decode_utf8(T_STR, p.get(sub)).is_null());
        assert_eq!(
            take_error().1,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        let trunc = p.new_bytes(b"a\xe2\x82");
        by::bytes_decode_utf8(T_STR, p.get(trunc));
        assert_eq!(
            take_error().1,
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
        );
    });
}

/// (text, separator, maxsplit, CPython's `text.split(separator, maxsplit)`)
#[allow(clippy::type_complexity)]
const SPLITS: &[(&str, &str, i64, &[&str])] = &[
    ("a,b,c", ",", -1, &["a", "b", "c"]),
    ("a,b,c", ",", 0, &["a,b,c"]),
    ("a,b,c", ",", 1, &["a", "b,c"]),
    ("a,b,c", ",", 5, &["a", "b", "c"]),
    (",a,,b,", ",", -1, &["", "a", "", "b", ""]),
    ("", ",", -1, &[""]),
    ("abc", ",", -1, &["abc"]),
    (",", ",", -1, &["", ""]),
    ("héllo,wörld,€", ",", -1, &["héllo", "wörld", "€"]),
    ("h€llo€w€", "€", -1, &["h", "llo", "w", ""]),
    ("a::b::::c", "::", -1, &["a", "b", "", "c"]),
    ("a::b::::c", "::", 2, &["a", "b", "::c"]),
    ("aaaa", "aa", -1, &["", "", ""]),
    ("aaaaa", "aa", -1, &["", "", "a"]),
    ("x--y--", "--", 1, &["x", "y--"]),
    ("päärt1 ÿ part2", " ", -1, &["päärt1", "ÿ", "part2"]),
    ("abcabc", "abc", -1, &["", "", ""]),
    ("ab", "abc", -1, &["ab"]),
];

#[test]
fn split_with_separator() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        for &(s, sep, maxsplit, expected) in SPLITS {
            let (a, b) = (p.new_str(s), p.new_str(sep));
            let parts = st::str_split(T_LIST, T_ARRAY, p.get(a), p.get(b), maxsplit);
            assert!(!parts.is_null());
            assert_eq!(
                list_texts(parts),
                expected,
                "{s:?}.split({sep:?}, {maxsplit})"
            );
        }
    });
}

#[test]
fn split_many_parts_collects() {
    // enough parts to fill the small heap several times
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        let text: Vec<String> = (0..3000).map(|i| format!("w{i}é")).collect();
        let (a, b) = (p.new_str(&text.join(",")), p.new_str(","));
        let parts = st::str_split(T_LIST, T_ARRAY, p.get(a), p.get(b), -1);
        assert!(!parts.is_null());
        assert_eq!(list_texts(parts), text);
    });
}

#[test]
fn hash_is_fnv_of_the_bytes() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_BYTES);
        for s in [
            "",
            "a",
            "héllo",
            "item5",
            "€uro",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ] {
            let a = p.new_str(s);
            assert_eq!(st::str_hash(p.get(a)), pytext::str_hash(s));
            assert_eq!(st::str_hash(p.get(a)), pytext::bytes_hash(s.as_bytes()));
        }
    });
}

#[test]
fn int_to_str_all_lengths() {
    each_mode(|| unsafe {
        let mut v: i64 = 1;
        let mut values = vec![0i64, i64::MIN, i64::MAX, i64::MIN + 1];
        for _ in 0..19 {
            values.extend([v - 1, v, v + 1, -v, -(v - 1), v / 3 * 7]);
            v = v.saturating_mul(10);
        }
        for v in values {
            let s = st::int_to_str(T_STR, v);
            assert_eq!(common::text(s), v.to_string());
            assert_eq!((*s).length, v.to_string().len() as i64);
        }
    });
}
