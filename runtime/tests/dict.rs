//! Dicts checked against a model (HashMap + insertion order) with random
//! operation sequences, with int keys, str keys and custom keys whose
//! `hash`/`eq` collect and mutate the dict; also in GC stress mode.

use runtime::dict::{self, DictType, IntKeys, KeyOps, RpyDict, StrKeys};
use runtime::exc;
use runtime::gc::{self, Roots};
use runtime::{GcPtr, RpyStr, TypeInfo};
use std::collections::HashMap;

const T_DICT: u32 = 1;
const T_ENTRIES_II: u32 = 2;
const T_INDEXES: u32 = 3;
const T_STR: u32 = 4;
const T_ENTRIES_SI: u32 = 5;
const T_ENTRIES_SS: u32 = 6;

static TYPES: [TypeInfo; 7] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::fixed(40, &[24, 32], "dict"),
    TypeInfo::array(24, &[], "entries int->int"),
    TypeInfo::array(8, &[], "indexes"),
    TypeInfo::string("str"),
    TypeInfo::array(24, &[0], "entries str->int"),
    TypeInfo::array(24, &[0, 8], "entries str->str"),
];

const TY_II: DictType = DictType {
    dict_tid: T_DICT,
    entries_tid: T_ENTRIES_II,
    indexes_tid: T_INDEXES,
};
const TY_SI: DictType = DictType {
    dict_tid: T_DICT,
    entries_tid: T_ENTRIES_SI,
    indexes_tid: T_INDEXES,
};
const TY_SS: DictType = DictType {
    dict_tid: T_DICT,
    entries_tid: T_ENTRIES_SS,
    indexes_tid: T_INDEXES,
};

fn with_heap(stress: bool, f: impl FnOnce()) {
    gc::with_lock(|| {
        unsafe { gc::init_with_config(&TYPES, 32 << 10, stress) };
        f();
        assert!(!exc::occurred());
        assert_eq!(gc::shadow_depth(), 0);
        gc::reset();
    });
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// An insertion-ordered map model.
#[derive(Default, Clone)]
struct Model<K: std::hash::Hash + Eq + Clone, V: Clone> {
    order: Vec<Option<(K, V)>>,
    pos: HashMap<K, usize>,
}

impl<K: std::hash::Hash + Eq + Clone, V: Clone + PartialEq + std::fmt::Debug> Model<K, V> {
    fn set(&mut self, k: K, v: V) {
        match self.pos.get(&k) {
            Some(&i) => self.order[i] = Some((k, v)),
            None => {
                self.pos.insert(k.clone(), self.order.len());
                self.order.push(Some((k, v)));
            }
        }
    }
    fn del(&mut self, k: &K) -> bool {
        match self.pos.remove(k) {
            Some(i) => {
                self.order[i] = None;
                true
            }
            None => false,
        }
    }
    fn get(&self, k: &K) -> Option<V> {
        self.pos
            .get(k)
            .map(|&i| self.order[i].as_ref().unwrap().1.clone())
    }
    fn pop(&mut self) -> Option<(K, V)> {
        while let Some(last) = self.order.pop() {
            if let Some((k, v)) = last {
                self.pos.remove(&k);
                return Some((k, v));
            }
        }
        None
    }
    fn items(&self) -> Vec<(K, V)> {
        self.order.iter().flatten().cloned().collect()
    }
    fn len(&self) -> usize {
        self.pos.len()
    }
}

unsafe fn dict_items(d: *mut RpyDict) -> Vec<(u64, u64)> {
    let mut out = vec![];
    let mut pos = dict::dict_next(d, 0);
    while pos >= 0 {
        out.push((dict::dict_get_key(d, pos), dict::dict_get_value(d, pos)));
        pos = dict::dict_next(d, pos + 1);
    }
    out
}

fn random_int_key(rng: &mut Rng) -> i64 {
    match rng.below(10) {
        0 => rng.next() as i64,
        1 => [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX][rng.below(5) as usize],
        2 => (rng.below(50) as i64) << 32, // same low bits
        _ => rng.below(300) as i64 - 20,
    }
}

fn run_int_keys(seed: u64, stress: bool, steps: usize) {
    with_heap(stress, || unsafe {
        let mut rng = Rng(seed);
        let r = Roots::new([dict::dict_new(&TY_II) as GcPtr]);
        let mut model: Model<i64, i64> = Model::default();
        for step in 0..steps {
            let d = r.get_as::<RpyDict>(0);
            let k = random_int_key(&mut rng);
            match rng.below(20) {
                0..=8 => {
                    let v = rng.next() as i64;
                    dict::dict_setitem(d, k as u64, v as u64, &mut IntKeys, &TY_II);
                    model.set(k, v);
                }
                9..=12 => {
                    assert_eq!(dict::dict_delitem(d, k as u64, &mut IntKeys), model.del(&k));
                }
                13..=15 => {
                    let ix = dict::dict_lookup_int(d, k as u64);
                    match model.get(&k) {
                        Some(v) => {
                            assert!(ix >= 0);
                            assert_eq!(dict::dict_get_value(d, ix) as i64, v);
                            assert_eq!(dict::dict_getitem_int(d, k as u64) as i64, v);
                        }
                        None => {
                            assert_eq!(ix, -1);
                            assert_eq!(dict::dict_get_int(d, k as u64, 77), 77);
                            dict::dict_getitem_int(d, k as u64);
                            assert!(exc::occurred());
                            assert_eq!(exc::pending_message(), Some(k.to_string()));
                            exc::clear();
                        }
                    }
                    assert_eq!(
                        dict::dict_contains_int(d, k as u64),
                        model.get(&k).is_some()
                    );
                }
                16 | 17 => {
                    let got = dict::dict_popitem(d);
                    let want = model.pop();
                    assert_eq!(got.map(|(k, v)| (k as i64, v as i64)), want);
                    if want.is_none() {
                        assert!(exc::occurred());
                        exc::clear();
                    }
                }
                18 => {
                    if rng.below(10) == 0 {
                        assert!(dict::dict_clear(d, &TY_II));
                        model = Model::default();
                    }
                }
                _ => {
                    let c = dict::dict_copy(d, &TY_II);
                    let d = r.get_as::<RpyDict>(0);
                    assert_ne!(c, d);
                    assert_eq!(dict_items(c), dict_items(d));
                    if rng.below(2) == 0 {
                        // continue with the copy
                        r.set(0, c as GcPtr);
                    }
                }
            }
            let d = r.get_as::<RpyDict>(0);
            assert_eq!(dict::dict_len(d) as usize, model.len(), "step {step}");
            if step % 7 == 0 || stress {
                let got: Vec<(i64, i64)> = dict_items(d)
                    .into_iter()
                    .map(|(k, v)| (k as i64, v as i64))
                    .collect();
                assert_eq!(got, model.items(), "step {step}");
            }
            if step % 500 == 0 {
                gc::collect();
            }
        }
    });
}

#[test]
fn int_keys_random() {
    run_int_keys(12345, false, 40_000);
    run_int_keys(777, false, 40_000);
}

#[test]
fn int_keys_random_stress() {
    run_int_keys(4242, true, 2_000);
}

unsafe fn new_str(text: &str) -> *mut RpyStr {
    runtime::string::str_from(T_STR, text)
}

unsafe fn text(s: u64) -> String {
    runtime::string::str_as_str(s as *mut RpyStr).to_owned()
}

fn random_str_key(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("k{}", rng.below(40)),
        1 => format!("ключ-{}", rng.below(40)),
        2 => String::new(),
        _ => format!("key number {}", rng.below(200)),
    }
}

/// Str keys → str values; every lookup uses a fresh (equal, not
/// identical) key object.
fn run_str_keys(seed: u64, stress: bool, steps: usize) {
    with_heap(stress, || unsafe {
        let mut rng = Rng(seed);
        let r = Roots::new([
            dict::dict_new(&TY_SS) as GcPtr,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        ]);
        let mut model: Model<String, String> = Model::default();
        for step in 0..steps {
            let k = random_str_key(&mut rng);
            r.set(1, new_str(&k) as GcPtr);
            match rng.below(10) {
                0..=4 => {
                    let v = format!("value {}", rng.below(1000));
                    r.set(2, new_str(&v) as GcPtr);
                    dict::dict_setitem(
                        r.get_as(0),
                        r.get(1) as u64,
                        r.get(2) as u64,
                        &mut StrKeys,
                        &TY_SS,
                    );
                    model.set(k, v);
                }
                5 | 6 => {
                    assert_eq!(
                        dict::dict_delitem(r.get_as(0), r.get(1) as u64, &mut StrKeys),
                        model.del(&k)
                    );
                }
                7 => {
                    let got = dict::dict_popitem(r.get_as(0)).map(|(k, v)| (text(k), text(v)));
                    let want = model.pop();
                    assert_eq!(got, want);
                    if want.is_none() {
                        exc::clear();
                    }
                }
                _ => {
                    let d = r.get_as::<RpyDict>(0);
                    let ix = dict::dict_lookup_str(d, r.get(1) as u64);
                    match model.get(&k) {
                        Some(v) => {
                            assert!(ix >= 0);
                            assert_eq!(text(dict::dict_get_value(d, ix)), v);
                        }
                        None => {
                            assert_eq!(ix, -1);
                            dict::dict_getitem_str(d, r.get(1) as u64);
                            assert_eq!(exc::pending_message(), Some(pytext::str_repr(&k)));
                            exc::clear();
                        }
                    }
                }
            }
            if step % 5 == 0 || stress {
                let got: Vec<(String, String)> = dict_items(r.get_as(0))
                    .into_iter()
                    .map(|(k, v)| (text(k), text(v)))
                    .collect();
                assert_eq!(got, model.items(), "step {step}");
            }
            if step % 300 == 0 {
                gc::collect();
            }
        }
    });
}

#[test]
fn str_keys_random() {
    run_str_keys(99, false, 20_000);
}

#[test]
fn str_keys_random_stress() {
    run_str_keys(5, true, 1_500);
}

/// Custom str keys whose `hash` and `eq` collect and allocate, and whose
/// `eq` sometimes inserts another key into the dict (the lookup must
/// restart).
struct NastyKeys {
    dict_slot: *mut GcPtr,
    /// Keys to insert (into the dict, with value 0) during the next `eq`.
    pending: Vec<String>,
    inserted: Vec<String>,
    eq_calls: usize,
}

impl KeyOps for NastyKeys {
    unsafe fn hash(&mut self, key: u64) -> i64 {
        gc::collect();
        // deliberately weak: many collisions, so eq runs often
        (runtime::string::str_as_str(key as *mut RpyStr).len() % 5) as i64
    }
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool {
        self.eq_calls += 1;
        let held = Roots::new([a as GcPtr, b as GcPtr]);
        gc::malloc_varsize(T_STR, 100); // garbage
        gc::collect();
        if let Some(k) = self.pending.pop() {
            let s = new_str(&k);
            dict::dict_setitem(
                *self.dict_slot as *mut RpyDict,
                s as u64,
                0,
                &mut StrKeys,
                &TY_SI,
            );
            self.inserted.push(k);
        }
        runtime::string::str_eq(held.get_as(0), held.get_as(1))
    }
}

#[test]
fn custom_keys_that_collect_and_mutate() {
    for stress in [false, true] {
        with_heap(stress, || unsafe {
            let mut rng = Rng(31337);
            let r = Roots::new([dict::dict_new(&TY_SI) as GcPtr, std::ptr::null_mut()]);
            let mut ops = NastyKeys {
                dict_slot: std::ptr::null_mut(),
                pending: vec![],
                inserted: vec![],
                eq_calls: 0,
            };
            let base = gc::shadow_reserve(0).sub(2);
            ops.dict_slot = base;
            let mut model: Model<String, i64> = Model::default();
            let steps = if stress { 300 } else { 3000 };
            let mut extra = 0;
            for step in 0..steps {
                let k = format!("x{}", rng.below(60));
                if rng.below(8) == 0 {
                    extra += 1;
                    ops.pending.push(format!("extra{extra}"));
                }
                r.set(1, new_str(&k) as GcPtr);
                let op = rng.below(3);
                match op {
                    0 => {
                        let v = rng.below(1000) as i64 + 1;
                        dict::dict_setitem(
                            r.get_as(0),
                            r.get(1) as u64,
                            v as u64,
                            &mut ops,
                            &TY_SI,
                        );
                        for e in ops.inserted.drain(..) {
                            model.set(e, 0);
                        }
                        model.set(k, v);
                    }
                    1 => {
                        let found = dict::dict_delitem(r.get_as(0), r.get(1) as u64, &mut ops);
                        for e in ops.inserted.drain(..) {
                            model.set(e, 0);
                        }
                        assert_eq!(found, model.del(&k));
                    }
                    _ => {
                        let v = dict::dict_get(r.get_as(0), r.get(1) as u64, u64::MAX, &mut ops);
                        for e in ops.inserted.drain(..) {
                            model.set(e, 0);
                        }
                        assert_eq!(v, model.get(&k).map(|v| v as u64).unwrap_or(u64::MAX));
                    }
                }
                assert!(!exc::occurred());
                let got: Vec<(String, i64)> = dict_items(r.get_as(0))
                    .into_iter()
                    .map(|(k, v)| (text(k), v as i64))
                    .collect();
                assert_eq!(got, model.items(), "step {step}");
            }
            assert!(ops.eq_calls > 100);
        });
    }
}

/// Keys whose `eq` raises: the lookup reports the exception.
struct RaisingKeys;

impl KeyOps for RaisingKeys {
    const PURE: bool = false;
    unsafe fn hash(&mut self, _key: u64) -> i64 {
        1
    }
    unsafe fn eq(&mut self, _a: u64, _b: u64) -> bool {
        exc::raise(0x42 as *const u8, std::ptr::null_mut());
        false
    }
}

#[test]
fn exceptions_from_custom_eq_propagate() {
    with_heap(false, || unsafe {
        let d = dict::dict_new(&TY_II);
        let r = Roots::new([d as GcPtr]);
        dict::dict_setitem(r.get_as(0), 5, 50, &mut RaisingKeys, &TY_II);
        assert!(!exc::occurred());
        // same word: found without calling eq
        assert_eq!(dict::dict_get(r.get_as(0), 5, 0, &mut RaisingKeys), 50);
        // different word, same hash: eq raises
        dict::dict_setitem(r.get_as(0), 6, 60, &mut RaisingKeys, &TY_II);
        assert!(exc::occurred());
        assert_eq!(exc::exc_type(), 0x42 as *const u8);
        exc::clear();
        assert_eq!(dict::dict_len(r.get_as(0)), 1);
    });
}

#[test]
fn worklist_pattern_with_popitem_stays_fast() {
    with_heap(false, || unsafe {
        let r = Roots::new([dict::dict_new(&TY_II) as GcPtr]);
        // grow big, then use as a small worklist with fresh keys
        for i in 0..10_000u64 {
            dict::dict_setitem(r.get_as(0), i, i, &mut IntKeys, &TY_II);
        }
        while dict::dict_popitem(r.get_as(0)).is_some() {}
        exc::clear();
        for i in 0..200_000u64 {
            // (setitem may resize, which collects: reload the dict after it)
            dict::dict_setitem(r.get_as(0), 1_000_000 + i * 7919, i, &mut IntKeys, &TY_II);
            dict::dict_setitem(r.get_as(0), 3_000_000 + i * 7919, i, &mut IntKeys, &TY_II);
            let d = r.get_as::<RpyDict>(0);
            assert_eq!(dict::dict_popitem(d).map(|(_, v)| v), Some(i));
            assert_eq!(dict::dict_lookup_int(d, 5), -1);
        }
        assert_eq!(dict::dict_len(r.get_as(0)), 200_000);
        // and as a FIFO-ish set with delitem
        let d = dict::dict_new(&TY_II);
        r.set(0, d as GcPtr);
        for i in 0..200_000u64 {
            dict::dict_setitem(r.get_as(0), i, i, &mut IntKeys, &TY_II);
            assert!(dict::dict_delitem(r.get_as(0), i, &mut IntKeys));
        }
        let d = r.get_as::<RpyDict>(0);
        assert_eq!(dict::dict_len(d), 0);
        assert!((*(*d).indexes).length <= 16, "no unbounded growth");
    });
}

#[test]
fn identity_keys_survive_moves() {
    with_heap(false, || unsafe {
        let ty = TY_SI; // pointer keys
        let r = Roots::new([dict::dict_new(&ty) as GcPtr, std::ptr::null_mut()]);
        let mut hashes = vec![];
        for i in 0..100u64 {
            let s = new_str("same text");
            r.set(1, s as GcPtr);
            dict::dict_setitem_id(r.get_as(0), s as u64, i);
            hashes.push(gc::identity_hash(r.get(1)));
            // from now on the key is reachable only through the dict
            r.set(1, std::ptr::null_mut());
            gc::collect();
            let d = r.get_as::<RpyDict>(0);
            let k = dict::dict_get_key(d, dict::dict_next(d, i as i64));
            assert_eq!(gc::identity_hash(k as GcPtr), hashes[i as usize]);
            assert_eq!(dict::dict_lookup_id(d, k), i as i64);
        }
        let fresh = new_str("same text");
        assert_eq!(dict::dict_lookup_id(r.get_as(0), fresh as u64), -1);
        assert_eq!(dict::dict_len(r.get_as(0)), 100);
    });
}

// ---------------------------------------------------------------------------
// The primitives the rtyper's lookup graphs use (tuple keys, r_dict): the
// probe loop below is the one `rtyper/src/rdictkeys.rs` emits as a
// low-level graph, with the program's equality and hash.

/// Case-insensitive str keys (like `r_dict(ci_eq, ci_hash)`).
unsafe fn ci_hash(key: u64) -> i64 {
    let t = text(key).to_lowercase();
    let h = t
        .bytes()
        .fold(7i64, |h, b| h.wrapping_mul(31).wrapping_add(b as i64));
    // Collide often, and sometimes on the reserved hash.
    if t.starts_with('m') {
        i64::MIN
    } else {
        h % 13
    }
}

unsafe fn ci_eq(a: u64, b: u64) -> bool {
    text(a).to_lowercase() == text(b).to_lowercase()
}

/// The graph's hash: the program's hash with `i64::MIN` remapped.
unsafe fn graph_hash(key: u64) -> i64 {
    let h = ci_hash(key);
    h + (h == i64::MIN) as i64
}

/// The lookup graph: the entry index of `key` or -1.
unsafe fn graph_lookup(d: *mut RpyDict, key: u64, hash: i64) -> i64 {
    let slot_at =
        |d: *mut RpyDict, i: i64| *((*(*d).indexes).items.as_ptr() as *const i64).add(i as usize);
    let size = (*(*d).indexes).length;
    let mut i = hash & (size - 1);
    let mut perturb = hash as u64;
    let mut steps = 0;
    loop {
        let ix = slot_at(d, i);
        if ix == dict::EMPTY {
            return -1;
        }
        if ix >= 0 && dict::dict_get_hash(d, ix) == hash && ci_eq(dict::dict_get_key(d, ix), key) {
            return ix;
        }
        steps += 1;
        let size = (*(*d).indexes).length;
        if steps > size + 16 {
            return -1;
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as i64)
            .wrapping_add(1))
            & (size - 1);
    }
}

fn run_graph_lookups(seed: u64, stress: bool, steps: usize) {
    with_heap(stress, || unsafe {
        let mut rng = Rng(seed);
        // model: lowercased key -> (first spelling, value), in order
        let mut model: Vec<(String, String, u64)> = vec![];
        let r = Roots::new([dict::dict_new(&TY_SI) as GcPtr, std::ptr::null_mut()]);
        let words = [
            "Apple", "apple", "APPLE", "pear", "Pear", "mango", "Melon", "fig", "kiwi",
        ];
        for step in 0..steps {
            let w = words[rng.below(words.len() as u64) as usize];
            let n = if rng.below(3) == 0 {
                format!("{w}{}", rng.below(30))
            } else {
                w.to_string()
            };
            let key = new_str(&n);
            r.set(1, key as GcPtr);
            let lower = n.to_lowercase();
            let at = model.iter().position(|(l, _, _)| *l == lower);
            let hash = graph_hash(key as u64);
            let ix = graph_lookup(r.get_as(0), r.get(1) as u64, hash);
            assert_eq!(ix >= 0, at.is_some(), "step {step}: lookup of {n}");
            if rng.below(4) == 0 {
                // delete
                if let Some(p) = at {
                    dict::dict_pop_entry(r.get_as(0), ix);
                    model.remove(p);
                }
            } else if let Some(p) = at {
                dict::dict_set_value(r.get_as(0), ix, step as u64);
                model[p].2 = step as u64;
            } else {
                dict::dict_insert_absent(r.get_as(0), r.get(1) as u64, step as u64, hash);
                assert!(!exc::occurred());
                model.push((lower, n, step as u64));
            }
            let d = r.get_as::<RpyDict>(0);
            assert_eq!(dict::dict_len(d), model.len() as i64);
            let got: Vec<(String, u64)> = dict_items(d)
                .into_iter()
                .map(|(k, v)| (text(k), v))
                .collect();
            let want: Vec<(String, u64)> = model.iter().map(|(_, k, v)| (k.clone(), *v)).collect();
            assert_eq!(got, want, "step {step}");
        }
    });
}

#[test]
fn graph_lookups_with_insert_absent() {
    run_graph_lookups(17, false, 3_000);
}

#[test]
fn graph_lookups_with_insert_absent_stress() {
    run_graph_lookups(99, true, 600);
}

#[test]
fn iteration_detects_size_changes_like_cpython() {
    with_heap(false, || unsafe {
        let r = Roots::new([dict::dict_new(&TY_II) as GcPtr]);
        for k in [5u64, 1, 9] {
            dict::dict_setitem(r.get_as(0), k, k * 10, &mut IntKeys, &TY_II);
        }
        assert!(dict::dict_delitem(r.get_as(0), 1, &mut IntKeys));
        let d = r.get_as::<RpyDict>(0);
        let n = dict::dict_len(d);
        let mut pos = 0;
        let mut keys = vec![];
        loop {
            let ix = dict::dict_iter_next(d, pos, n);
            if exc::occurred() {
                assert_eq!(exc::pending_builtin(), Some(exc::Builtin::StopIteration));
                exc::clear();
                break;
            }
            keys.push(dict::dict_get_key(d, ix));
            pos = ix + 1;
        }
        assert_eq!(keys, vec![5, 9]);
        // d = {5: 50, 9: 90}; for k in d: d[k + 1] = 0  -> RuntimeError
        let ix = dict::dict_iter_next(d, 0, n);
        dict::dict_setitem(d, dict::dict_get_key(d, ix) + 1, 0, &mut IntKeys, &TY_II);
        let d = r.get_as::<RpyDict>(0);
        dict::dict_iter_next(d, ix + 1, n);
        assert_eq!(exc::pending_builtin(), Some(exc::Builtin::RuntimeError));
        assert_eq!(
            exc::pending_message().as_deref(),
            Some("dictionary changed size during iteration")
        );
        exc::clear();
    });
}

#[test]
fn key_errors_show_the_key_like_cpython() {
    with_heap(false, || unsafe {
        // str(KeyError(b"a'b\xff")) == 'b"a\'b\\xff"'
        let r = Roots::new([dict::dict_new(&TY_SI) as GcPtr]);
        let k = runtime::string::bytes_from(T_STR, b"a'b\xff");
        dict::dict_getitem_bytes(r.get_as(0), k as u64);
        assert_eq!(exc::pending_builtin(), Some(exc::Builtin::KeyError));
        assert_eq!(exc::pending_message().as_deref(), Some("b\"a'b\\xff\""));
        exc::clear();
        dict::dict_key_error_bytes(k);
        assert_eq!(exc::pending_message().as_deref(), Some("b\"a'b\\xff\""));
        exc::clear();
        // the rtyper passes the repr of other keys
        dict::dict_key_error(new_str("(1, 'a')"));
        assert_eq!(exc::pending_builtin(), Some(exc::Builtin::KeyError));
        assert_eq!(exc::pending_message().as_deref(), Some("(1, 'a')"));
        exc::clear();
        dict::dict_popitem_empty();
        assert_eq!(
            exc::pending_message().as_deref(),
            Some("'popitem(): dictionary is empty'")
        );
        exc::clear();
    });
}
