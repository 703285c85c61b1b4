//! Item-aware list helpers (`runtime::listops`) against CPython 3.11's
//! list semantics (expected values from `python3`), with items of 1, 4 and
//! 8 bytes, floats and strings, with and without GC stress mode.

use runtime::exc::{self, Builtin};
use runtime::gc::{self, Roots};
use runtime::list::{self as li, array_item_ptr};
use runtime::listops as lo;
use runtime::string::{str_as_str, str_from};
use runtime::{GcPtr, RpyArray, RpyList, RpyStr, TypeInfo};

const T_LIST: u32 = 1;
const T_A8: u32 = 2;
const T_A4: u32 = 3;
const T_A1: u32 = 4;
const T_ASTR: u32 = 5;
const T_STR: u32 = 6;

static TYPES: [TypeInfo; 7] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::fixed(24, &[16], "list"),
    TypeInfo::array(8, &[], "array of i64"),
    TypeInfo::array(4, &[], "array of i32"),
    TypeInfo::array(1, &[], "array of u8"),
    TypeInfo::array(8, &[0], "array of str"),
    TypeInfo::string("str"),
];

unsafe fn array_of(tid: u32, size: usize, vals: &[i64]) -> *mut RpyArray {
    let a = gc::malloc_varsize(tid, vals.len() as i64) as *mut RpyArray;
    for (i, v) in vals.iter().enumerate() {
        let p = array_item_ptr(a, i as i64);
        match size {
            1 => *p = *v as u8,
            4 => *(p as *mut i32) = *v as i32,
            _ => *(p as *mut i64) = *v,
        }
    }
    a
}

unsafe fn items(a: *mut RpyArray, n: i64, size: usize) -> Vec<i64> {
    (0..n)
        .map(|i| {
            let p = array_item_ptr(a, i);
            match size {
                1 => *p as i64,
                4 => *(p as *mut i32) as i64,
                _ => *(p as *mut i64),
            }
        })
        .collect()
}

unsafe fn list_of(vals: &[i64]) -> *mut RpyList {
    let l = li::list_new(T_LIST, T_A8, vals.len() as i64);
    for (i, v) in vals.iter().enumerate() {
        *(array_item_ptr((*l).items, i as i64) as *mut i64) = *v;
    }
    l
}

unsafe fn list_items(l: *mut RpyList) -> Vec<i64> {
    items((*l).items, (*l).length, 8)
}

fn floats(a: *mut RpyArray, n: i64) -> Vec<String> {
    unsafe {
        items(a, n, 8)
            .into_iter()
            .map(|b| format!("{:?}", f64::from_bits(b as u64)))
            .collect()
    }
}

unsafe fn strs(words: &[&str]) -> *mut RpyArray {
    let a = gc::malloc_varsize(T_ASTR, words.len() as i64) as *mut RpyArray;
    let r = Roots::new([a as GcPtr]);
    for (i, w) in words.iter().enumerate() {
        let s = str_from(T_STR, w);
        gc::write_barrier(r.get(0)); // as generated code does
        *(array_item_ptr(r.get_as(0), i as i64) as *mut *mut RpyStr) = s;
    }
    r.get_as(0)
}

unsafe fn str_items(a: *mut RpyArray, n: i64) -> Vec<String> {
    (0..n)
        .map(|i| str_as_str(*(array_item_ptr(a, i) as *mut *mut RpyStr)).to_string())
        .collect()
}

fn raised() -> Option<(Builtin, String)> {
    let r = exc::pending_builtin().map(|k| (k, exc::pending_message().unwrap_or_default()));
    exc::clear();
    r
}

fn with_gc(stress: bool, f: impl FnOnce()) {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 64 << 10, stress);
        f();
    });
}

#[test]
fn search_and_equality() {
    for stress in [false, true] {
        with_gc(stress, || unsafe {
            let vals = [5, 3, 8, 3, 1, 9, 3, 7];
            for (tid, size) in [(T_A8, 8), (T_A4, 4), (T_A1, 1)] {
                let r = Roots::new([array_of(tid, size, &vals) as GcPtr]);
                let a = r.get_as::<RpyArray>(0);
                assert_eq!(lo::items_find_word(a, 8, 3), 1);
                assert_eq!(lo::items_find_word(a, 8, 4), -1);
                // Only the first `len` items count.
                assert_eq!(lo::items_find_word(a, 5, 9), -1);
                assert_eq!(lo::items_count_word(a, 8, 3), 3);
                assert_eq!(lo::items_index_word(a, 8, 9, lo::SHOW_SIGNED, false), 5);
                assert!(raised().is_none());
                let b = array_of(tid, size, &vals);
                let a = r.get_as::<RpyArray>(0);
                assert!(lo::items_eq_word(a, 8, b, 8));
                assert!(!lo::items_eq_word(a, 8, b, 7));
                *array_item_ptr(b, 0) = 6;
                assert!(!lo::items_eq_word(a, 8, b, 8));
            }
            // A negative Int32 passed as a sign-extended word.
            let a = array_of(T_A4, 4, &[1, -2]);
            assert_eq!(lo::items_find_word(a, 2, -2i64 as u64), 1);
            lo::items_index_word(a, 2, -7i64 as u64, lo::SHOW_SIGNED, false);
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "-7 is not in list".into()))
            );
            lo::items_index_word(a, 2, 42, lo::SHOW_SIGNED, true);
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "list.remove(x): x not in list".into()))
            );
            let c = array_of(T_A4, 4, &['a' as i64]);
            lo::items_index_word(c, 1, 'q' as u64, lo::SHOW_CHAR, false);
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "'q' is not in list".into()))
            );
            // Floats: -0.0 == 0.0, NaN equals nothing.
            let f = array_of(
                T_A8,
                8,
                &[f64::NAN.to_bits() as i64, (-0.0f64).to_bits() as i64],
            );
            assert_eq!(lo::items_find_float(f, 2, 0.0), 1);
            assert_eq!(lo::items_find_float(f, 2, f64::NAN), -1);
            assert!(!lo::items_eq_float(f, 2, f, 2));
            lo::items_index_float(f, 2, 2.5, false);
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "2.5 is not in list".into()))
            );
            let w = strs(&["x", "y", "z", "y"]);
            let r = Roots::new([w as GcPtr]);
            let y = str_from(T_STR, "y");
            let w = r.get_as::<RpyArray>(0);
            assert_eq!(lo::items_find_str(w, 4, y), 1);
            assert_eq!(lo::items_count_str(w, 4, y), 2);
            let w2 = strs(&["x", "y", "z", "y"]);
            let w = r.get_as::<RpyArray>(0);
            assert!(lo::items_eq_str(w, 4, w2, 4));
            let q = str_from(T_STR, "it's");
            lo::items_index_str(r.get_as(0), 4, q, false);
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "\"it's\" is not in list".into()))
            );
        });
    }
}

#[test]
fn sorting_reversal_and_reductions() {
    with_gc(false, || unsafe {
        let a = array_of(T_A4, 4, &[3, -1, 2, -7, 0]);
        lo::items_sort_int(a, 5, false);
        assert_eq!(items(a, 5, 4), vec![-7, -1, 0, 2, 3]);
        lo::items_sort_int(a, 5, true);
        assert_eq!(items(a, 5, 4), vec![3, 2, 0, -1, -7]);
        let c = array_of(
            T_A4,
            4,
            &['h' as i64, 'e' as i64, 'l' as i64, 'l' as i64, 'o' as i64],
        );
        lo::items_sort_uint(c, 5, false);
        assert_eq!(items(c, 5, 4), vec![101, 104, 108, 108, 111]);
        // Stability with equal floats (sorted([0.0, -0.0, 1.0, -0.0])).
        let z = (-0.0f64).to_bits() as i64;
        let f = array_of(
            T_A8,
            8,
            &[0.0f64.to_bits() as i64, z, 1.0f64.to_bits() as i64, z],
        );
        lo::items_sort_float(f, 4, false);
        assert_eq!(floats(f, 4), vec!["0.0", "-0.0", "-0.0", "1.0"]);
        lo::items_sort_float(f, 4, true);
        assert_eq!(floats(f, 4), vec!["1.0", "0.0", "-0.0", "-0.0"]);
        // NaN never makes the sort fail.
        let g = array_of(
            T_A8,
            8,
            &[f64::NAN.to_bits() as i64, 1.0f64.to_bits() as i64],
        );
        lo::items_sort_float(g, 2, false);
        let w = strs(&["pear", "apple", "Zoo", "fig"]);
        lo::items_sort_str(w, 4, false);
        assert_eq!(str_items(w, 4), vec!["Zoo", "apple", "fig", "pear"]);
        // A long list goes through the merge path.
        let vals: Vec<i64> = (0..100).map(|i| (i * 37) % 101 - 50).collect();
        let big = array_of(T_A8, 8, &vals);
        lo::items_sort_int(big, 100, false);
        let mut want = vals.clone();
        want.sort();
        assert_eq!(items(big, 100, 8), want);
        lo::items_reverse(big, 100);
        want.reverse();
        assert_eq!(items(big, 100, 8), want);
        let s = array_of(T_A8, 8, &[1, 2, i64::MAX]);
        assert_eq!(lo::items_sum_int(s, 2, 10), 13);
        assert_eq!(lo::items_sum_int(s, 3, 0), i64::MIN + 2);
        let fl = array_of(T_A8, 8, &[0.1f64.to_bits() as i64, 0.2f64.to_bits() as i64]);
        assert_eq!(lo::items_sum_float(fl, 2, 0.0), 0.30000000000000004);
        let b = array_of(T_A1, 1, &[0, 1, 0]);
        assert!(lo::items_any_word(b, 3) && !lo::items_any_word(b, 1));
        assert!(!lo::items_all_word(b, 3) && lo::items_all_word(b, 0));
    });
}

#[test]
fn new_arrays() {
    for stress in [false, true] {
        with_gc(stress, || unsafe {
            let vals = [5, 3, 8, 3, 1, 9, 3, 7];
            let a = array_of(T_A8, 8, &vals);
            let r = Roots::new([a as GcPtr]);
            // (start, stop) -> CPython's l[start:stop].
            let cases: [(i64, i64, &[i64]); 7] = [
                (2, 5, &[8, 3, 1]),
                (0, -1, &[5, 3, 8, 3, 1, 9, 3]),
                (6, 100, &[3, 7]),
                (9, 12, &[]),
                (5, 2, &[]),
                (0, -20, &[]),
                (3, 8, &[3, 1, 9, 3, 7]),
            ];
            for (start, stop, want) in cases {
                let s = lo::array_slice_clamped(r.get_as(0), 8, start, stop);
                assert_eq!(items(s, (*s).length, 8), want, "[{start}:{stop}]");
            }
            let rep = lo::array_repeat(r.get_as(0), 2, 3);
            assert_eq!(items(rep, (*rep).length, 8), vec![5, 3, 5, 3, 5, 3]);
            let rep = lo::array_repeat(r.get_as(0), 2, -1);
            assert_eq!((*rep).length, 0);
            // One item (the `[x] * n` fast path), zero items, doubling.
            let rep = lo::array_repeat(r.get_as(0), 1, 5);
            assert_eq!(items(rep, (*rep).length, 8), vec![5; 5]);
            let rep = lo::array_repeat(r.get_as(0), 3, 5);
            assert_eq!(items(rep, (*rep).length, 8), [5, 3, 8].repeat(5));
            let rep = lo::array_repeat(r.get_as(0), 3, 0);
            assert_eq!((*rep).length, 0);
            let zeros = gc::malloc_varsize(T_A8, 2) as *mut RpyArray;
            let rep = lo::array_repeat(zeros, 2, 7);
            assert_eq!(items(rep, (*rep).length, 8), vec![0; 14]);
            let chars = lo::array_from_str_chars(T_A4, str_from(T_STR, "ab"));
            let rep = lo::array_repeat(chars, 1, 3);
            assert_eq!(items(rep, 3, 4), vec![97, 97, 97]);
            let chars = lo::array_from_str_chars(T_A4, str_from(T_STR, "ab"));
            let rep = lo::array_repeat(chars, 2, 3);
            assert_eq!(items(rep, 6, 4), vec![97, 98, 97, 98, 97, 98]);
            let cat = lo::array_concat(r.get_as(0), 2, r.get_as(0), 3);
            assert_eq!(items(cat, 5, 8), vec![5, 3, 5, 3, 8]);
            let chars = lo::array_from_str_chars(T_A4, str_from(T_STR, "héllo"));
            assert_eq!(items(chars, 5, 4), vec![104, 233, 108, 108, 111]);
            let rg = lo::array_from_range(T_A8, 5, 0, -2);
            assert_eq!(items(rg, (*rg).length, 8), vec![5, 3, 1]);
            assert!(lo::array_from_range(T_A8, 0, 5, 0).is_null());
            assert_eq!(
                raised(),
                Some((Builtin::ValueError, "range() arg 3 must not be zero".into()))
            );
            // len(range(...)) as CPython computes it.
            assert_eq!(lo::range_length(2, 12, 3), 4);
            assert_eq!(lo::range_length(5, 0, -2), 3);
            assert_eq!(lo::range_length(0, 0, 1), 0);
            assert_eq!(lo::range_length(-5, 5, 4), 3);
            assert_eq!(lo::range_length(i64::MIN, i64::MAX, 1), i64::MAX);
        });
    }
}

#[test]
fn slice_assignment_deletion_and_extend() {
    for stress in [false, true] {
        with_gc(stress, || unsafe {
            // x = [1,2,3,4,5]; x[1:3] = x
            let l = list_of(&[1, 2, 3, 4, 5]);
            let l = lo::list_setslice(l, 1, 3, (*l).items, 5, T_A8);
            assert_eq!(list_items(l), vec![1, 1, 2, 3, 4, 5, 4, 5]);
            // x = [1,2,3,4,5]; x[1:4] = [9]
            let l = list_of(&[1, 2, 3, 4, 5]);
            let r = Roots::new([l as GcPtr]);
            let src = array_of(T_A8, 8, &[9]);
            let l = lo::list_setslice(r.get_as(0), 1, 4, src, 1, T_A8);
            assert_eq!(list_items(l), vec![1, 9, 5]);
            // x = [1,2,3]; x.extend(x)
            let l = list_of(&[1, 2, 3]);
            let l = lo::list_extend_items(l, (*l).items, 3, T_A8);
            assert_eq!(list_items(l), vec![1, 2, 3, 1, 2, 3]);
            // x = [1,2,3,4,5]; del x[1:100]
            let l = list_of(&[1, 2, 3, 4, 5]);
            let l = lo::list_delslice(l, 1, 100, T_A8);
            assert_eq!(list_items(l), vec![1]);
            // Growing many times through slice assignment.
            let mut l = list_of(&[]);
            let mut model: Vec<i64> = Vec::new();
            for k in 0..200i64 {
                let r = Roots::new([l as GcPtr]);
                let src = array_of(T_A8, 8, &[k, -k]);
                let at = (k * 7) % (model.len() as i64 + 1);
                l = lo::list_setslice(r.get_as(0), at, at, src, 2, T_A8);
                model.splice(at as usize..at as usize, [k, -k]);
            }
            assert_eq!(list_items(l), model);
            let items = (*l).items;
            for i in (*l).length..(*items).length {
                assert_eq!(
                    *(array_item_ptr(items, i) as *mut i64),
                    0,
                    "unused item {i}"
                );
            }
        });
    }
}
