//! The string helpers used by the rtyper's lowering of str/bytes methods,
//! `%`-formatting, f-string specs and `StringBuilder`, checked against
//! CPython's results (the expected texts below were produced by CPython
//! 3.11), with and without GC stress mode.

mod common;

use common::{take_error, text, Pool};
use runtime::exc::{self, Builtin};
use runtime::gc;
use runtime::string::{self as st, builder as sb, chars, codecs, format as fm, seq};
use runtime::{GcPtr, RpyArray, RpyStr, TypeInfo};
use std::ptr::null_mut;

const T_STR: u32 = 1;
const T_BUILDER: u32 = 2;
const T_TUPLE3: u32 = 3;
const T_STR_ARRAY: u32 = 4;
const T_INT_ARRAY: u32 = 5;
const T_CHAR_ARRAY: u32 = 6;
const T_EXC: u32 = 7;

static TYPES: [TypeInfo; 8] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::string("str"),
    TypeInfo::fixed(32, &[24], "builder"),
    TypeInfo::fixed(32, &[8, 16, 24], "tuple of 3 str"),
    TypeInfo::array(8, &[0], "array of str"),
    TypeInfo::array(8, &[], "array of int"),
    TypeInfo::array(4, &[], "array of char"),
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

/// A new array of `T_STR_ARRAY` holding the strings of pool slots.
unsafe fn str_array(p: &mut Pool, slots: &[usize]) -> usize {
    let a = gc::malloc_varsize(T_STR_ARRAY, slots.len() as i64);
    let k = p.keep(a);
    for (i, s) in slots.iter().enumerate() {
        let item = runtime::list::array_item_ptr(p.ptr(k) as *mut RpyArray, i as i64);
        *(item as *mut *mut RpyStr) = p.get(*s);
    }
    k
}

const L: i64 = fm::PercentFlags::LEFT;
const Z: i64 = fm::PercentFlags::ZERO;

#[test]
fn percent_conversions() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let int =
            |v, c: char, flags, w, pr| text(fm::percent_int(T_STR, v, c as u32, flags, w, pr));
        let got = [
            int(42, 'd', 0, 5, -1),
            int(42, 'd', L, 5, -1),
            int(42, 'd', Z, 5, -1),
            int(255, 'x', 0, -1, -1),
            int(255, 'X', 0, -1, -1),
            int(8, 'o', fm::PercentFlags::ALTERNATE, -1, -1),
            int(5, 'd', fm::PercentFlags::PLUS, -1, -1),
            int(5, 'd', fm::PercentFlags::SPACE, -1, -1),
            int(7, 'd', 0, -1, 3),
            int(0x1F600, 'c', 0, -1, -1),
        ];
        assert_eq!(got.join("|"), "   42|42   |00042|ff|FF|0o10|+5| 5|007|😀");
        assert!(fm::percent_int(T_STR, 0x110000, 'c' as u32, 0, -1, -1).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::OverflowError,
                "%c arg not in range(0x110000)".into()
            )
        );
        let fl =
            |v, c: char, flags, w, pr| text(fm::percent_float(T_STR, v, c as u32, flags, w, pr));
        let got = [
            fl(2.0 / 3.0, 'f', 0, -1, -1),
            fl(2.0 / 3.0, 'f', 0, -1, 3),
            fl(12345.678, 'e', 0, -1, -1),
            fl(12345.678, 'e', 0, -1, 2),
            fl(1e-7, 'g', 0, -1, -1),
            fl(1234.5, 'g', 0, -1, 3),
            fl(3.14159, 'f', 0, 10, 4),
            fl(-2.5, 'f', L, 12, 2),
            fl(0.05, 'f', fm::PercentFlags::PLUS, -1, 1),
            fl(3.0, 'f', fm::PercentFlags::ALTERNATE, -1, 0),
            fl(1e20, 'G', 0, -1, -1),
        ];
        assert_eq!(
            got.join("|"),
            "0.666667|0.667|1.234568e+04|1.23e+04|1e-07|1.23e+03|    3.1416|-2.50       |+0.1|3.|1E+20"
        );
        let ab = p.new_str("ab");
        let he = p.new_str("héllo");
        let s = |slot: usize, flags, w, pr| {
            text(fm::percent_str(p.get(slot), 's' as u32, flags, w, pr))
        };
        assert_eq!(
            [
                s(ab, 0, 5, -1),
                s(ab, L, 6, -1),
                s(he, 0, -1, 2),
                s(he, 0, 5, 1)
            ]
            .join("|"),
            "   ab|ab    |hé|    h"
        );
        // Nothing to do: the same object.
        assert_eq!(fm::percent_str(p.get(he), 's' as u32, 0, 3, -1), p.get(he));
    });
}

#[test]
fn format_specs() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let mut out = Vec::new();
        for (spec, v) in [
            (">6", 42),
            ("<6d", 42),
            ("^7", 42),
            ("#x", 255),
            (",", 1234567),
        ] {
            let sp = p.new_str(spec);
            out.push(text(fm::format_int_spec(p.get(sp), v)));
        }
        for (spec, v) in [
            ("8.2f", 3.14159),
            (".1%", 0.25),
            ("g", 2.0 / 3.0),
            ("g", 1e20),
        ] {
            let sp = p.new_str(spec);
            out.push(text(fm::format_float_spec(p.get(sp), v)));
        }
        let sp = p.new_str("*^9");
        let rpy = p.new_str("rpy");
        out.push(text(fm::format_str_spec(p.get(sp), p.get(rpy))));
        assert_eq!(
            out.join("|"),
            "    42|42    |  42   |0xff|1,234,567|    3.14|25.0%|0.666667|1e+20|***rpy***"
        );
        let sp = p.new_str("c");
        assert!(fm::format_int_spec(p.get(sp), -1).is_null());
        assert_eq!(take_error().0, Builtin::OverflowError);
        let sp = p.new_str("+");
        assert!(fm::format_str_spec(p.get(sp), p.get(rpy)).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "Sign not allowed in string format specifier".into()
            )
        );
    });
}

#[test]
fn builder() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let b = p.keep(sb::builder_new(T_BUILDER, T_STR, 4));
        assert_eq!(text(sb::builder_build(p.ptr(b))), "");
        let hello = p.new_str("Hello");
        sb::builder_append(p.ptr(b), p.get(hello));
        let mid = p.new_str("xxWörldxx");
        sb::builder_append_slice(p.ptr(b), p.get(mid), 2, 7);
        sb::builder_append_char(p.ptr(b), '!' as u32, 1);
        sb::builder_append_char(p.ptr(b), 'ü' as u32, 3);
        sb::builder_append_char(p.ptr(b), '?' as u32, -2);
        assert_eq!(sb::builder_getlength(p.ptr(b)), 14);
        let first = text(sb::builder_build(p.ptr(b)));
        assert_eq!(first, "HelloWörld!üüü");
        let built = p.keep(sb::builder_build(p.ptr(b)) as GcPtr);
        // Appending after build() leaves the built string alone.
        sb::builder_append(p.ptr(b), p.get(hello));
        assert_eq!(text(p.get(built)), "HelloWörld!üüü");
        assert_eq!(text(sb::builder_build(p.ptr(b))), "HelloWörld!üüüHello");
        // An exactly full buffer becomes the result.
        let full = p.keep(sb::builder_new(T_BUILDER, T_STR, 5));
        sb::builder_append(p.ptr(full), p.get(hello));
        assert_eq!(text(sb::builder_build(p.ptr(full))), "Hello");
        sb::builder_append_char(p.ptr(full), '.' as u32, 1);
        assert_eq!(text(sb::builder_build(p.ptr(full))), "Hello.");
        sb::builder_append_slice(p.ptr(b), p.get(mid), 3, 2);
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "append_slice: bad slice [3:2] of length 9".into()
            )
        );
        let two = p.new_str("ab");
        sb::builder_append_char_str(p.ptr(b), p.get(two), 1, false);
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "StringBuilder: expected a single character, got 'ab'".into()
            )
        );
        let one = p.new_bytes(b"\xff");
        let bb = p.keep(sb::builder_new(T_BUILDER, T_STR, -1));
        sb::builder_append_char_str(p.ptr(bb), p.get(one), 3, true);
        let data = sb::builder_build(p.ptr(bb));
        assert_eq!(st::str_as_bytes(data), b"\xff\xff\xff");
        assert_eq!((*data).length, 3);
        // Many appends (growth, with moves in stress mode).
        let big = p.keep(sb::builder_new(T_BUILDER, T_STR, 0));
        let digit = p.new_str("7é");
        for _ in 0..300 {
            sb::builder_append(p.ptr(big), p.get(digit));
        }
        let s = sb::builder_build(p.ptr(big));
        assert_eq!(text(s), "7é".repeat(300));
    });
}

#[test]
fn join_partition_index_padding() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let a = p.new_str("a");
        let e = p.new_str("é");
        let empty = p.new_str("");
        let dash = p.new_str("–");
        let arr = str_array(&mut p, &[a, e, empty, a]);
        let j = seq::str_join_items(p.get(dash), p.ptr(arr) as *mut RpyArray, 4);
        assert_eq!(text(j), "a–é––a");
        let j = seq::str_join_items(p.get(dash), p.ptr(arr) as *mut RpyArray, 1);
        assert_eq!(j, p.get(a));
        let j = seq::str_join_items(p.get(dash), p.ptr(arr) as *mut RpyArray, 0);
        assert_eq!(text(j), "");
        let chars = p.keep(gc::malloc_varsize(T_CHAR_ARRAY, 3));
        for (i, c) in ['x', 'ÿ', '😀'].iter().enumerate() {
            *(runtime::list::array_item_ptr(p.ptr(chars) as *mut RpyArray, i as i64) as *mut u32) =
                *c as u32;
        }
        let j = seq::str_join_chars(p.get(empty), p.ptr(chars) as *mut RpyArray, 3);
        assert_eq!(text(j), "xÿ😀");
        let j = seq::str_join_chars(p.get(dash), p.ptr(chars) as *mut RpyArray, 2);
        assert_eq!(text(j), "x–ÿ");

        let abc = p.new_str("a,b,c");
        let comma = p.new_str(",");
        let x = p.new_str("x");
        let parts = |t: GcPtr| -> Vec<String> {
            (0..3)
                .map(|k| text(*((t as *mut u8).add(8 + 8 * k) as *mut *mut RpyStr)))
                .collect()
        };
        let t = seq::str_partition(T_TUPLE3, p.get(abc), p.get(comma));
        assert_eq!(parts(t), ["a", ",", "b,c"]);
        let t = seq::str_rpartition(T_TUPLE3, p.get(abc), p.get(comma));
        assert_eq!(parts(t), ["a,b", ",", "c"]);
        let t = seq::str_partition(T_TUPLE3, p.get(abc), p.get(x));
        assert_eq!(parts(t), ["a,b,c", "", ""]);
        let t = seq::str_rpartition(T_TUPLE3, p.get(abc), p.get(x));
        assert_eq!(parts(t), ["", "", "a,b,c"]);
        assert!(seq::str_partition(T_TUPLE3, p.get(abc), p.get(empty)).is_null());
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "empty separator".into())
        );

        assert_eq!(seq::str_index(p.get(abc), p.get(comma), 0, i64::MAX), 1);
        assert_eq!(seq::str_rindex(p.get(abc), p.get(comma), 0, i64::MAX), 3);
        seq::str_index(p.get(abc), p.get(comma), 4, i64::MAX);
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "substring not found".into())
        );
        seq::bytes_index(p.get(abc), p.get(x), 0, i64::MAX);
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "subsection not found".into())
        );

        let ab = p.new_str("ab");
        assert_eq!(text(seq::str_center(p.get(ab), 7, '*' as u32)), "***ab**");
        let m = p.new_str("-42");
        assert_eq!(text(seq::str_zfill(p.get(m), 6)), "-00042");
        assert_eq!(text(seq::str_ljust(p.get(e), 3, 'ü' as u32)), "éüü");
        assert_eq!(text(seq::str_rjust(p.get(x), 4, ' ' as u32)), "   x");
        assert_eq!(seq::str_rjust(p.get(ab), 1, ' ' as u32), p.get(ab));
    });
}

#[test]
fn chars_codecs_hashes_bytes() {
    assert!(chars::char_isdigit('٣' as u32) && !chars::char_isdigit('a' as u32));
    assert!(chars::char_isalpha('é' as u32) && chars::char_isspace('\u{3000}' as u32));
    assert!(chars::char_isalnum('7' as u32) && chars::char_isupper('É' as u32));
    assert_eq!(chars::char_upper('é' as u32), 'É' as u32);
    assert_eq!(chars::char_lower('Σ' as u32), 'σ' as u32);
    assert_eq!(chars::char_title('ǆ' as u32), 'ǅ' as u32);
    // 'ß'.upper() is 'SS': not one character, left unchanged.
    assert_eq!(chars::char_upper('ß' as u32), 'ß' as u32);
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let s = p.new_str("aéé");
        assert!(codecs::str_encode_ascii(T_STR, p.get(s)).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
                    .into()
            )
        );
        let s = p.new_str("aéb€");
        assert!(codecs::str_encode_latin1(T_STR, p.get(s)).is_null());
        assert_eq!(
            take_error().1,
            "'latin-1' codec can't encode character '\\u20ac' in position 3: ordinal not in range(256)"
        );
        let s = p.new_str("aé");
        let l1 = codecs::str_encode_latin1(T_STR, p.get(s));
        assert_eq!(st::str_as_bytes(l1), b"a\xe9");
        let l1 = p.keep(l1 as GcPtr);
        assert_eq!(text(codecs::bytes_decode_latin1(T_STR, p.get(l1))), "aé");
        assert!(codecs::bytes_decode_ascii(T_STR, p.get(l1)).is_null());
        assert_eq!(
            take_error().1,
            "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"
        );
        let hi = p.new_str("hi");
        assert_eq!(text(codecs::str_encode_ascii(T_STR, p.get(hi))), "hi");

        // compute_hash agrees with the rlib's untranslated function.
        let hashes: Vec<i64> = ["", "a", "héllo", "abc"]
            .iter()
            .map(|t| {
                let k = p.new_str(t);
                seq::str_compute_hash(p.get(k), false)
            })
            .collect();
        assert_eq!(
            hashes,
            [0, 12416037344, 6161303232592810937, 1453079729188098211]
        );
        let b = p.new_bytes(b"h\xffz");
        assert_eq!(seq::str_compute_hash(p.get(b), true), -6429308858104905876);
        assert_eq!(seq::float_compute_hash(1.5), 1152921504606846977);

        let ints = p.keep(gc::malloc_varsize(T_INT_ARRAY, 3));
        for (i, v) in [72i64, 105, 10].iter().enumerate() {
            *(runtime::list::array_item_ptr(p.ptr(ints) as *mut RpyArray, i as i64) as *mut i64) =
                *v;
        }
        let b = seq::bytes_from_ints(T_STR, p.ptr(ints) as *mut RpyArray, 3);
        assert_eq!(st::str_as_bytes(b), b"Hi\n");
        *(runtime::list::array_item_ptr(p.ptr(ints) as *mut RpyArray, 1) as *mut i64) = 256;
        assert!(seq::bytes_from_ints(T_STR, p.ptr(ints) as *mut RpyArray, 3).is_null());
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "bytes must be in range(0, 256)".into())
        );

        // Slicing clamps like Python.
        let h = p.new_str("héllo");
        assert_eq!(text(st::str_slice(p.get(h), 1, 99)), "éllo");
        assert_eq!(text(st::str_slice(p.get(h), 4, 2)), "");
    });
}

#[test]
fn nullable_strings() {
    each_mode(|| unsafe {
        let mut p = Pool::new(T_STR, T_STR);
        let none = p.new_str("None");
        let q = p.new_str("it's");
        assert_eq!(seq::str_or_none(null_mut(), p.get(none)), p.get(none));
        assert_eq!(seq::str_or_none(p.get(q), p.get(none)), p.get(q));
        assert_eq!(seq::str_repr_or_none(null_mut(), p.get(none)), p.get(none));
        assert_eq!(
            text(seq::str_repr_or_none(p.get(q), p.get(none))),
            "\"it's\""
        );
    });
}
