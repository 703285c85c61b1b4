//! `str.split` with a separator (the byte-search fast path of
//! `string::split`), `str_hash` without UTF-8 validation and the digit-pair
//! `int_to_str`, against CPython's results, with and without GC stress
//! mode.

mod common;

use common::Pool;
use runtime::exc;
use runtime::string as st;
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

fn each_mode(f: impl Fn()) {
    common::each_mode(&TYPES, 16 << 10, EXC_CLASS, f);
}

unsafe fn list_texts(l: *mut RpyList) -> Vec<String> {
    (0..(*l).length)
        .map(|i| {
            let s = *(runtime::list::array_item_ptr((*l).items, i) as *mut *mut RpyStr);
            assert_eq!((*s).hdr.tid, T_STR);
            common::text(s)
        })
        .collect()
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
