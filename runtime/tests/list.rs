//! Resizable lists against a `Vec` model, with items of 1, 4 and 8 bytes
//! and GC-pointer items, with and without GC stress mode.

use runtime::gc::{self, Roots};
use runtime::list::{self as li, array_item_ptr};
use runtime::{exc, GcPtr, RpyArray, RpyList, RpyStr, TypeInfo};

const T_LIST: u32 = 1;
const T_A8: u32 = 2;
const T_A4: u32 = 3;
const T_A1: u32 = 4;
const T_APTR: u32 = 5;
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

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: i64) -> i64 {
        if n <= 0 {
            0
        } else {
            (self.next() % n as u64) as i64
        }
    }
}

/// Reads item `i` as an integer of the array's item size.
unsafe fn get(a: *mut RpyArray, i: i64, size: usize) -> i64 {
    let p = array_item_ptr(a, i);
    match size {
        1 => *p as i64,
        4 => *(p as *mut i32) as i64,
        _ => *(p as *mut i64),
    }
}

unsafe fn put(a: *mut RpyArray, i: i64, size: usize, v: i64) {
    let p = array_item_ptr(a, i);
    match size {
        1 => *p = v as u8,
        4 => *(p as *mut i32) = v as i32,
        _ => *(p as *mut i64) = v,
    }
}

unsafe fn contents(l: *mut RpyList, size: usize) -> Vec<i64> {
    (0..(*l).length).map(|i| get((*l).items, i, size)).collect()
}

/// After every operation: the model matches, and unused capacity is zero.
unsafe fn check(l: *mut RpyList, size: usize, model: &[i64]) {
    assert_eq!(contents(l, size), model);
    let items = (*l).items;
    for i in (*l).length..(*items).length {
        assert_eq!(get(items, i, size), 0, "unused item {i} not zeroed");
    }
}

fn run(tid: u32, size: usize, stress: bool, steps: usize) {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 8 << 10, stress);
        let mut rng = Rng(tid as u64 * 7 + stress as u64);
        let modulo = if size == 1 { 256 } else { 1 << 20 };
        let r = Roots::new([li::list_new(T_LIST, tid, 3) as GcPtr, std::ptr::null_mut()]);
        let mut model = vec![0i64; 3];
        for step in 0..steps {
            let len = model.len() as i64;
            let l = r.get_as::<RpyList>(0);
            match rng.below(9) {
                0 | 1 => {
                    let v = 1 + rng.below(modulo - 1);
                    let l = li::list_append_slot(l, tid);
                    put((*l).items, (*l).length - 1, size, v);
                    r.set(0, l as GcPtr);
                    model.push(v);
                }
                2 => {
                    let at = rng.below(len + 1);
                    let v = 1 + rng.below(modulo - 1);
                    let l = li::list_insert_gap(l, at, tid);
                    assert_eq!(get((*l).items, at, size), 0);
                    put((*l).items, at, size, v);
                    r.set(0, l as GcPtr);
                    model.insert(at as usize, v);
                }
                3 => {
                    let a = rng.below(len + 1);
                    let b = a + rng.below(len - a + 1);
                    r.set(0, li::list_delete_range(l, a, b, tid) as GcPtr);
                    model.drain(a as usize..b as usize);
                }
                4 => {
                    let n = rng.below(40);
                    r.set(0, li::list_resize(l, n, tid) as GcPtr);
                    model.resize(n as usize, 0);
                }
                5 => {
                    let a = rng.below(len + 1);
                    let b = a + rng.below(len - a + 1);
                    let s = li::list_slice(T_LIST, tid, l, a, b);
                    check(s, size, &model[a as usize..b as usize]);
                    if rng.below(2) == 0 {
                        r.set(1, s as GcPtr);
                        let l = li::list_extend(r.get_as(0), r.get_as(1), tid);
                        r.set(0, l as GcPtr);
                        let part = model[a as usize..b as usize].to_vec();
                        model.extend(part);
                    }
                }
                6 => {
                    if model.len() < 200 {
                        let c = li::list_concat(T_LIST, tid, l, l);
                        r.set(0, c as GcPtr);
                        model.extend_from_slice(&model.clone());
                    }
                }
                7 => {
                    li::list_reverse(l);
                    model.reverse();
                }
                _ => {
                    // self-extend
                    if model.len() < 200 {
                        r.set(0, li::list_extend(l, l, tid) as GcPtr);
                        model.extend_from_slice(&model.clone());
                    }
                }
            }
            check(r.get_as(0), size, &model);
            if step % 50 == 0 {
                gc::collect();
            }
        }
        drop(r);
        assert!(!exc::occurred());
        gc::reset();
    });
}

#[test]
fn lists_of_i64() {
    run(T_A8, 8, false, 5000);
    run(T_A8, 8, true, 500);
}

#[test]
fn lists_of_i32_and_u8() {
    run(T_A4, 4, false, 5000);
    run(T_A1, 1, false, 5000);
    run(T_A1, 1, true, 300);
}

#[test]
fn overallocation_follows_rpython() {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 8 << 10, false);
        let r = Roots::new([li::list_new(T_LIST, T_A8, 0) as GcPtr]);
        let mut caps = vec![];
        for _ in 0..20 {
            let l = li::list_append_slot(r.get_as(0), T_A8);
            r.set(0, l as GcPtr);
            caps.push((*(*l).items).length);
        }
        // newsize + newsize/8 + (3 if newsize < 9 else 6)
        assert_eq!(&caps[..5], &[4, 4, 4, 4, 8]);
        assert_eq!(caps[8], 16);
        assert_eq!(caps[16], 16 + 2 + 6 + 1);
        // shrinking below half (minus 5) reallocates
        let l = li::list_resize(r.get_as(0), 2, T_A8);
        assert_eq!((*(*l).items).length, 2 + 3);
        // an impossible size raises MemoryError and leaves the list alone
        let l = li::list_resize(l, i64::MAX, T_A8);
        assert!(exc::occurred());
        exc::clear();
        assert_eq!((*l).length, 2);
        drop(r);
        gc::reset();
    });
}

#[test]
fn gc_pointer_items_are_traced() {
    for stress in [false, true] {
        gc::with_lock(|| unsafe {
            gc::init_with_config(&TYPES, 8 << 10, stress);
            let r = Roots::new([li::list_new(T_LIST, T_APTR, 0) as GcPtr]);
            for i in 0..150 {
                // open the gap first: both allocations can move the other object
                let l = li::list_insert_gap(r.get_as(0), 0, T_APTR);
                r.set(0, l as GcPtr);
                let s = runtime::string::int_to_str(T_STR, i * 11);
                let l = r.get_as::<RpyList>(0);
                // (as generated code does before storing a GC pointer)
                gc::write_barrier((*l).items as GcPtr);
                *(array_item_ptr((*l).items, 0) as *mut *mut RpyStr) = s;
                if i % 20 == 0 {
                    gc::collect();
                }
            }
            let l = li::list_delete_range(r.get_as(0), 10, 140, T_APTR);
            r.set(0, l as GcPtr);
            gc::collect();
            let l = r.get_as::<RpyList>(0);
            assert_eq!((*l).length, 20);
            for i in 0..20 {
                let s = *(array_item_ptr((*l).items, i) as *mut *mut RpyStr);
                let expect = if i < 10 {
                    (149 - i) * 11
                } else {
                    (149 - i - 130) * 11
                };
                assert_eq!(runtime::string::str_as_str(s), expect.to_string());
            }
            drop(r);
            gc::reset();
        });
    }
}
