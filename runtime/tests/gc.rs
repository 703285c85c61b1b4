//! Tests of the semispace collector with a hand-written type table (the
//! generational collector has its own in `gc_generational.rs`).

use runtime::exc::{self, Builtin};
use runtime::gc::{self, Roots};
use runtime::{GcHeader, GcPtr, RpyArray, RpyStr};
use std::collections::HashMap;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Runs `f` on a fresh semispace heap of `heap` bytes, under the global lock.
fn with_heap(heap: usize, stress: bool, f: impl FnOnce()) {
    with_gc(gc::GcKind::Semispace, heap, stress, f)
}

unsafe fn new_str(text: &str) -> *mut RpyStr {
    let s = gc::malloc_varsize(T_STR, text.len() as i64) as *mut RpyStr;
    assert_eq!((*s).nbytes, text.len() as i64);
    (*s).length = text.chars().count() as i64;
    std::ptr::copy_nonoverlapping(text.as_ptr(), (*s).bytes.as_mut_ptr(), text.len());
    s
}

unsafe fn str_text(s: *mut RpyStr) -> String {
    let bytes = std::slice::from_raw_parts((*s).bytes.as_ptr(), (*s).nbytes as usize);
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn linked_list_survives_many_collections() {
    with_heap(64 << 10, false, || unsafe {
        let root = gc::shadow_reserve(1);
        for i in 0..20_000 {
            *root = new_node(i, *root as *mut Node) as GcPtr;
            if i % 1000 == 0 {
                // garbage between the live nodes
                for _ in 0..50 {
                    gc::malloc_varsize(T_INTS, 7);
                }
            }
        }
        check_list(*root as *mut Node, 20_000);
        let before = *root;
        gc::collect();
        assert_ne!(before, *root, "a semispace collection moves objects");
        for _ in 0..5 {
            gc::collect();
            check_list(*root as *mut Node, 20_000);
        }
        let stats = gc::stats();
        assert!(stats.collections >= 6);
        assert!(stats.heap_size > 64 << 10, "the heap grew: {stats:?}");
        assert!(stats.bytes_allocated >= 20_000 * 32);
        gc::shadow_release(1);
    });
}

#[test]
fn stress_mode_moves_on_every_allocation() {
    with_heap(1 << 20, true, || unsafe {
        let root = gc::shadow_reserve(1);
        for i in 0..300 {
            *root = new_node(i, *root as *mut Node) as GcPtr;
        }
        check_list(*root as *mut Node, 300);
        assert!(gc::stats().collections >= 300);
        gc::shadow_release(1);
    });
}

#[test]
fn arrays_strings_and_pair_items() {
    for stress in [false, true] {
        with_heap(8 << 10, stress, || unsafe {
            // (each allocation can move the earlier ones: root them one by one)
            let r = Roots::new([std::ptr::null_mut(); 3]);
            r.set(0, gc::malloc_varsize(T_PTRS, 50));
            r.set(1, gc::malloc_varsize(T_INTS, 50));
            r.set(2, gc::malloc_varsize(T_PAIRS, 20));
            for i in 0..50 {
                let s = new_str(&format!("string number {i} é"));
                let ptrs = r.get_as::<RpyArray>(0);
                *ptr_items(ptrs).add(i) = s as GcPtr;
                let ints = r.get_as::<RpyArray>(1);
                *(ptr_items(ints) as *mut i64).add(i) = i as i64 * 3;
            }
            for i in 0..20 {
                let node = new_node(100 + i as i64, std::ptr::null_mut());
                let pairs = r.get_as::<RpyArray>(2);
                let item = (pairs as *mut u8).add(16 + 16 * i);
                *(item as *mut i64) = -(i as i64);
                *(item.add(8) as *mut GcPtr) = node as GcPtr;
            }
            // odd-sized objects and header-only objects in between
            for i in 0..100 {
                let b = gc::malloc_varsize(T_BYTES, i % 13);
                assert_eq!(*((b as *mut u8).add(8) as *const i64), i % 13);
                let e = gc::malloc(T_EMPTY);
                assert_eq!((*e).tid, T_EMPTY);
            }
            for _ in 0..3 {
                gc::collect();
                let ptrs = r.get_as::<RpyArray>(0);
                let ints = r.get_as::<RpyArray>(1);
                let pairs = r.get_as::<RpyArray>(2);
                assert_eq!((*ptrs).length, 50);
                for i in 0..50 {
                    let s = *ptr_items(ptrs).add(i) as *mut RpyStr;
                    assert_eq!(str_text(s), format!("string number {i} é"));
                    assert_eq!(
                        (*s).length as usize,
                        format!("string number {i} é").chars().count()
                    );
                    assert_eq!(*(ptr_items(ints) as *mut i64).add(i), i as i64 * 3);
                }
                for i in 0..20 {
                    let item = (pairs as *mut u8).add(16 + 16 * i);
                    assert_eq!(*(item as *mut i64), -(i as i64));
                    let node = *(item.add(8) as *mut *mut Node);
                    assert_eq!((*node).value, 100 + i as i64);
                }
            }
        });
    }
}

#[test]
fn shared_and_cyclic_structures_keep_their_shape() {
    with_heap(4 << 10, false, || unsafe {
        let a = new_node(1, std::ptr::null_mut());
        let r = Roots::new([a as GcPtr]);
        let b = new_node(2, r.get_as(0));
        let a = r.get_as::<Node>(0);
        (*a).next = b; // a <-> b cycle
        (*a).other = a as GcPtr; // self loop
        (*b).other = a as GcPtr;
        for _ in 0..4 {
            gc::collect();
            let a = r.get_as::<Node>(0);
            let b = (*a).next;
            assert_eq!(((*a).value, (*b).value), (1, 2));
            assert_eq!((*b).next, a);
            assert_eq!((*a).other, a as GcPtr);
            assert_eq!((*b).other, a as GcPtr);
        }
    });
}

/// Random graphs checked against a model, with collections in between.
#[test]
fn random_graph_against_model() {
    for (seed, stress) in [(1u64, false), (2, false), (3, true)] {
        with_heap(16 << 10, stress, || unsafe {
            let mut rng = Rng(0x9e37_79b9 ^ seed);
            const SLOTS: usize = 16;
            let roots = Roots::new([gc::malloc_varsize(T_PTRS, SLOTS as i64)]);
            // model: node value -> (next value, other value); 0 = null
            let mut model: HashMap<i64, (i64, i64)> = HashMap::new();
            let mut slots = [0i64; SLOTS];
            let mut next_value = 1i64;
            let steps = if stress { 400 } else { 5000 };
            for _ in 0..steps {
                let arr = roots.get_as::<RpyArray>(0);
                match rng.below(5) {
                    0 | 1 => {
                        let v = next_value;
                        next_value += 1;
                        let n = new_node(v, std::ptr::null_mut());
                        let arr = roots.get_as::<RpyArray>(0);
                        let s = rng.below(SLOTS);
                        *ptr_items(arr).add(s) = n as GcPtr;
                        slots[s] = v;
                        model.insert(v, (0, 0));
                    }
                    2 => {
                        let (s, t) = (rng.below(SLOTS), rng.below(SLOTS));
                        let (ps, pt) =
                            (*ptr_items(arr).add(s) as *mut Node, *ptr_items(arr).add(t));
                        if !ps.is_null() {
                            if rng.below(2) == 0 {
                                (*ps).next = pt as *mut Node;
                                model.get_mut(&slots[s]).unwrap().0 = slots[t];
                            } else {
                                (*ps).other = pt;
                                model.get_mut(&slots[s]).unwrap().1 = slots[t];
                            }
                        }
                    }
                    3 => {
                        // follow a pointer into a slot
                        let (s, t) = (rng.below(SLOTS), rng.below(SLOTS));
                        let ps = *ptr_items(arr).add(s) as *mut Node;
                        if !ps.is_null() {
                            *ptr_items(arr).add(t) = (*ps).next as GcPtr;
                            slots[t] = model[&slots[s]].0;
                        }
                    }
                    _ => {
                        let s = rng.below(SLOTS);
                        *ptr_items(arr).add(s) = std::ptr::null_mut();
                        slots[s] = 0;
                        gc::malloc_varsize(T_INTS, rng.below(40) as i64);
                    }
                }
                if rng.below(100) == 0 {
                    gc::collect();
                }
                // verify the whole reachable graph
                check_graph(roots.get_as::<RpyArray>(0), &slots, &model);
            }
        });
    }
}

#[test]
fn identity_hashes_survive_moves() {
    with_heap(4 << 10, false, || unsafe {
        let r = Roots::new([
            new_node(1, std::ptr::null_mut()) as GcPtr,
            std::ptr::null_mut(),
        ]);
        r.set(1, new_node(2, std::ptr::null_mut()) as GcPtr);
        let h0 = gc::identity_hash(r.get(0));
        let h1 = gc::identity_hash(r.get(1));
        assert_ne!(h0, h1);
        assert_eq!(gc::unique_id(r.get(0)), gc::unique_id(r.get(0)));
        assert_eq!(gc::identity_hash(std::ptr::null_mut()), 0);
        let mut ids = vec![];
        for i in 0..200 {
            // garbage objects with hashes, dropped at the next collection
            let g = new_node(i, std::ptr::null_mut());
            ids.push(gc::identity_hash(g as GcPtr));
            if i % 50 == 0 {
                gc::collect();
            }
            assert_eq!(gc::identity_hash(r.get(0)), h0);
            assert_eq!(gc::identity_hash(r.get(1)), h1);
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 200);
        gc::collect();
        let fresh = new_node(7, std::ptr::null_mut());
        let h = gc::identity_hash(fresh as GcPtr);
        assert!(h != h0 && h != h1);
    });
}

#[test]
fn prebuilt_objects_keep_heap_objects_alive() {
    with_heap(4 << 10, false, || unsafe {
        let pre = gc::alloc_prebuilt(T_NODE, None) as *mut Node;
        assert_eq!((*pre).hdr.flags & GcHeader::PREBUILT, GcHeader::PREBUILT);
        let pre_arr = gc::alloc_prebuilt(T_PTRS, Some(3)) as *mut RpyArray;
        assert_eq!((*pre_arr).length, 3);
        (*pre).next = new_node(42, std::ptr::null_mut());
        *ptr_items(pre_arr).add(2) = new_str("kept alive") as GcPtr;
        // a program's static prebuilt table
        let stat = Box::leak(Box::new(Node {
            hdr: GcHeader::prebuilt(T_NODE),
            value: 5,
            next: std::ptr::null_mut(),
            other: std::ptr::null_mut(),
        })) as *mut Node;
        let table: &'static [GcPtr] =
            Box::leak(vec![stat as GcPtr, std::ptr::null_mut()].into_boxed_slice());
        gc::add_prebuilt_roots(table);
        (*stat).other = new_node(43, pre) as GcPtr;
        let h = gc::identity_hash(pre as GcPtr);
        let before = (*pre).next;
        for i in 0..50 {
            new_node(i, std::ptr::null_mut()); // garbage
            gc::collect();
        }
        assert_ne!((*pre).next, before, "the field was updated");
        assert_eq!((*(*pre).next).value, 42);
        assert_eq!(
            str_text(*ptr_items(pre_arr).add(2) as *mut RpyStr),
            "kept alive"
        );
        let o = (*stat).other as *mut Node;
        assert_eq!((*o).value, 43);
        assert_eq!((*o).next, pre, "prebuilt objects do not move");
        assert_eq!(gc::identity_hash(pre as GcPtr), h);
    });
}

#[test]
fn exception_value_is_a_root() {
    with_heap(4 << 10, false, || unsafe {
        let v = new_node(99, std::ptr::null_mut());
        exc::raise(0x1234 as *const u8, v as GcPtr);
        for i in 0..21 {
            new_node(i, std::ptr::null_mut());
            gc::collect();
        }
        assert!(exc::occurred());
        let (t, v2) = exc::fetch();
        assert_eq!(t, 0x1234 as *const u8);
        assert_ne!(v2, v as GcPtr);
        assert_eq!((*(v2 as *mut Node)).value, 99);
        assert!(!exc::occurred());
    });
}

#[test]
fn big_objects_and_memory_errors() {
    with_heap(4 << 10, false, || unsafe {
        let r = Roots::new([gc::malloc_varsize(T_INTS, 100_000)]);
        assert!(!r.get(0).is_null());
        let a = r.get_as::<RpyArray>(0);
        assert_eq!((*a).length, 100_000);
        *(ptr_items(a) as *mut i64).add(99_999) = 7;
        gc::collect();
        let a = r.get_as::<RpyArray>(0);
        assert_eq!(*(ptr_items(a) as *mut i64).add(99_999), 7);
        assert!(gc::stats().heap_size >= 1_600_000);

        assert!(!exc::occurred());
        assert!(gc::malloc_varsize(T_INTS, -1).is_null());
        assert!(exc::occurred());
        assert_eq!(exc::pending_builtin(), Some(Builtin::MemoryError));
        exc::clear();
        assert!(gc::malloc_varsize(T_INTS, i64::MAX / 2).is_null());
        assert!(exc::occurred());
        exc::clear();
        // the heap is still usable
        let n = new_node(1, std::ptr::null_mut());
        assert_eq!((*n).value, 1);
    });
}

/// Raising a registered builtin exception does not allocate; its instance
/// (with the message in its `msg` field) is built when asked for, which can
/// collect.
#[test]
fn registered_builtin_exceptions() {
    with_heap(4 << 10, true, || unsafe {
        let class = exc::BuiltinClass {
            vtable: 0x5678 as *const u8,
            inst_tid: T_NODE,
            typeptr_offset: 8,
            msg_offset: 16,
            str_tid: T_STR,
        };
        exc::register_builtin(Builtin::ValueError, class);
        let before = gc::stats();
        exc::raise_builtin(Builtin::ValueError, "bad value");
        assert_eq!(gc::stats().collections, before.collections);
        assert!(exc::occurred());
        assert_eq!(exc::exc_type(), 0x5678 as *const u8);
        let v = exc::exc_value();
        assert_eq!((*v).tid, T_NODE);
        assert_eq!(*((v as *mut u8).add(8) as *const usize), 0x5678);
        let msg = *((v as *mut u8).add(16) as *const *mut runtime::RpyStr);
        assert_eq!(runtime::string::str_as_str(msg), "bad value");
        assert_eq!(exc::exc_value(), v, "built once");
        assert_eq!(exc::pending_builtin(), Some(Builtin::ValueError));
        assert_eq!(exc::pending_message().as_deref(), Some("bad value"));
        exc::clear();
        assert_eq!(exc::pending_message(), None);
        exc::raise_builtin(Builtin::KeyError, "k");
        assert!(exc::occurred());
        assert!(exc::exc_type().is_null());
        assert!(exc::exc_value().is_null());
        assert_eq!(exc::pending_builtin(), Some(Builtin::KeyError));
        exc::raise(std::ptr::dangling::<u8>(), std::ptr::null_mut());
        assert_eq!(exc::pending_builtin(), None);
        exc::clear();
    });
}

#[test]
fn shadow_stack_slots_start_null() {
    with_heap(4 << 10, false, || unsafe {
        let base = gc::shadow_reserve(3);
        *base = new_node(1, std::ptr::null_mut()) as GcPtr;
        gc::shadow_release(3);
        let again = gc::shadow_reserve(3);
        assert_eq!(again, base);
        assert!((*again).is_null());
        assert_eq!(gc::shadow_depth(), 3);
        gc::shadow_release(3);
        assert!(!runtime::stack::check());
    });
}
