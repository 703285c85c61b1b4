//! Tests of the generational collector with a hand-written type table:
//! promotion, the write barrier and remembered set, major collections,
//! large objects, identity hashes, prebuilt objects and tiny nurseries.

use runtime::gc::{self, GcConfig, GcKind, Roots};
use runtime::{GcHeader, GcPtr, RpyArray};
use std::collections::HashMap;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Runs `f` on a fresh generational heap with a nursery of `nursery`
/// bytes, under the global lock.
fn with_gen(nursery: usize, stress: bool, f: impl FnOnce()) {
    with_gc(GcKind::Generational, nursery, stress, f)
}

/// Garbage that fills (and so reuses) the nursery.
unsafe fn churn(n: usize) {
    for i in 0..n {
        let g = gc::malloc_varsize(T_INTS, 5) as *mut RpyArray;
        *(ptr_items(g) as *mut i64) = -(i as i64);
    }
}

#[test]
fn survivors_are_promoted_once_and_never_move_again() {
    with_gen(64 << 10, false, || unsafe {
        let root = gc::shadow_reserve(1);
        for i in 0..5_000 {
            *root = new_node(i, *root as *mut Node) as GcPtr;
        }
        let young = *root;
        gc::collect_minor();
        let old = *root;
        assert_ne!(young, old, "the head left the nursery");
        check_list(old as *mut Node, 5_000);
        let flags = (*old).flags;
        assert_ne!(
            flags & GcHeader::TRACK_YOUNG_PTRS,
            0,
            "old objects are tracked"
        );
        for _ in 0..3 {
            churn(2_000);
            gc::collect_minor();
            assert_eq!(*root, old, "old objects do not move");
            check_list(*root as *mut Node, 5_000);
        }
        gc::collect();
        assert_eq!(*root, old, "nor in major collections");
        check_list(*root as *mut Node, 5_000);
        let s = gc::stats();
        assert!(s.collections >= 5 && s.major_collections >= 1, "{s:?}");
        assert!(s.old_size >= 5_000 * 32, "{s:?}");
        gc::shadow_release(1);
    });
}

/// The only reference to a young object is in an old one: the barrier
/// puts the old object in the remembered set, so the minor collection
/// finds and promotes the young one. Without the barrier the field would
/// still point into the (cleared, reused) nursery.
#[test]
fn old_to_young_pointers_are_found_through_the_barrier() {
    with_gen(16 << 10, false, || unsafe {
        let r = Roots::new([new_node(1, std::ptr::null_mut()) as GcPtr]);
        gc::collect_minor();
        let old = r.get_as::<Node>(0);
        for round in 0..20 {
            let young = new_node(100 + round, std::ptr::null_mut());
            let old = r.get_as::<Node>(0);
            gc::write_barrier(old as GcPtr);
            assert_eq!(
                (*old).hdr.flags & GcHeader::TRACK_YOUNG_PTRS,
                0,
                "remembered"
            );
            (*old).other = young as GcPtr;
            // a second store needs no slow path
            gc::write_barrier(old as GcPtr);
            (*old).next = young;
            churn(300); // several minor collections
            let old = r.get_as::<Node>(0);
            let kept = (*old).other as *mut Node;
            assert_eq!((*kept).hdr.tid, T_NODE);
            assert_eq!((*kept).value, 100 + round);
            assert_eq!((*old).next, kept);
            assert_ne!(
                (*old).hdr.flags & GcHeader::TRACK_YOUNG_PTRS,
                0,
                "tracked again after the minor collection"
            );
        }
        assert_eq!(r.get_as::<Node>(0), old);
    });
}

#[test]
fn major_collections_free_unreachable_old_objects() {
    with_gen(32 << 10, false, || unsafe {
        let r = Roots::new([std::ptr::null_mut(); 2]);
        for i in 0..20_000 {
            r.set(0, new_node(i, r.get_as(0)) as GcPtr);
            if i % 10 == 0 {
                r.set(1, new_node(-i, r.get_as(1)) as GcPtr);
            }
        }
        gc::collect();
        let full = gc::stats();
        assert!(full.old_size >= 22_000 * 32, "{full:?}");
        r.set(0, std::ptr::null_mut()); // drop the long list
        gc::collect();
        let after = gc::stats();
        assert!(
            after.freed_by_last_major >= 20_000 * 32,
            "the dropped list was freed: {after:?}"
        );
        assert!(after.old_size <= full.old_size - 20_000 * 32, "{after:?}");
        assert_eq!(after.major_collections, full.major_collections + 1);
        // the kept list is intact, and freed slots are reused
        let mut p = r.get_as::<Node>(1);
        let mut n = 0;
        while !p.is_null() {
            assert_eq!((*p).value, -(1999 - n) * 10);
            p = (*p).next;
            n += 1;
        }
        assert_eq!(n, 2_000);
        for i in 0..20_000 {
            r.set(0, new_node(i, r.get_as(0)) as GcPtr);
        }
        gc::collect();
        let again = gc::stats();
        assert!(again.old_size <= full.old_size + 4096, "{again:?} {full:?}");
        check_list(r.get_as(0), 20_000);
    });
}

#[test]
fn major_collections_run_when_the_old_generation_grows() {
    with_gen(8 << 10, false, || unsafe {
        let r = Roots::new([std::ptr::null_mut()]);
        for round in 0..40 {
            r.set(0, std::ptr::null_mut());
            for i in 0..2_000 {
                r.set(0, new_node(i + round, r.get_as(0)) as GcPtr);
            }
        }
        let s = gc::stats();
        assert!(s.major_collections >= 1, "{s:?}");
        assert!(s.old_size < 4 << 20, "garbage was reclaimed: {s:?}");
    });
}

#[test]
fn large_objects_live_outside_the_nursery() {
    with_gen(16 << 10, false, || unsafe {
        // bigger than a quarter of the nursery: allocated directly
        let r = Roots::new([gc::malloc_varsize(T_PTRS, 10_000)]);
        let big = r.get_as::<RpyArray>(0);
        assert_eq!((*big).length, 10_000);
        assert_eq!((*big).hdr.flags & GcHeader::TRACK_YOUNG_PTRS, 0);
        // initializing stores of young pointers, then a collection: the
        // young large object is traced whole
        for i in 0..10 {
            let n = new_node(i, std::ptr::null_mut());
            let big = r.get_as::<RpyArray>(0);
            gc::write_barrier(big as GcPtr); // a no-op: still young
            *ptr_items(big).add(i as usize * 1000) = n as GcPtr;
        }
        gc::collect_minor();
        assert_eq!(r.get_as::<RpyArray>(0), big, "large objects do not move");
        let big = r.get_as::<RpyArray>(0);
        assert_ne!((*big).hdr.flags & GcHeader::TRACK_YOUNG_PTRS, 0, "now old");
        for i in 0..10 {
            let n = *ptr_items(big).add(i * 1000) as *mut Node;
            assert_eq!((*n).value, i as i64);
        }
        // an old large array written after the collection needs the barrier
        let n = new_node(77, std::ptr::null_mut());
        let big = r.get_as::<RpyArray>(0);
        gc::write_barrier(big as GcPtr);
        *ptr_items(big).add(9_999) = n as GcPtr;
        churn(1_000);
        let big = r.get_as::<RpyArray>(0);
        assert_eq!((*(*ptr_items(big).add(9_999) as *mut Node)).value, 77);
        // unreachable young large objects are freed by the minor collection
        let before = gc::stats().old_size;
        for _ in 0..50 {
            gc::malloc_varsize(T_INTS, 20_000);
        }
        gc::collect_minor();
        assert!(gc::stats().old_size <= before + 1024, "{:?}", gc::stats());
    });
}

#[test]
fn identity_hashes_survive_promotion() {
    with_gen(8 << 10, false, || unsafe {
        let r = Roots::new([std::ptr::null_mut(); 3]);
        r.set(0, new_node(1, std::ptr::null_mut()) as GcPtr);
        r.set(1, new_node(2, std::ptr::null_mut()) as GcPtr);
        r.set(2, gc::malloc_varsize(T_INTS, 5_000));
        let hashes: Vec<i64> = (0..3).map(|i| gc::identity_hash(r.get(i))).collect();
        assert!(hashes[0] != hashes[1] && hashes[1] != hashes[2]);
        let young = r.get(0);
        let mut garbage = vec![];
        for i in 0..300 {
            let g = new_node(i, std::ptr::null_mut());
            garbage.push(gc::identity_hash(g as GcPtr));
            if i % 100 == 0 {
                gc::collect();
            }
            for (k, h) in hashes.iter().enumerate() {
                assert_eq!(gc::identity_hash(r.get(k)), *h);
                assert_eq!(gc::unique_id(r.get(k)), *h);
            }
        }
        assert_ne!(r.get(0), young, "promoted");
        garbage.sort();
        garbage.dedup();
        assert_eq!(garbage.len(), 300);
        let fresh = new_node(7, std::ptr::null_mut());
        assert!(!hashes.contains(&gc::identity_hash(fresh as GcPtr)));
    });
}

#[test]
fn written_prebuilt_objects_keep_young_objects_alive() {
    with_gen(8 << 10, false, || unsafe {
        let pre = gc::alloc_prebuilt(T_NODE, None) as *mut Node;
        assert_ne!((*pre).hdr.flags & GcHeader::TRACK_YOUNG_PTRS, 0);
        let stat = Box::leak(Box::new(Node {
            hdr: GcHeader::prebuilt(T_NODE),
            value: 5,
            next: std::ptr::null_mut(),
            other: std::ptr::null_mut(),
        })) as *mut Node;
        let table: &'static [GcPtr] = Box::leak(vec![stat as GcPtr].into_boxed_slice());
        gc::add_prebuilt_roots(table);
        let n = new_node(42, std::ptr::null_mut());
        gc::write_barrier(pre as GcPtr);
        (*pre).next = n;
        let n = new_node(43, pre);
        gc::write_barrier(stat as GcPtr);
        (*stat).other = n as GcPtr;
        let h = gc::identity_hash(stat as GcPtr);
        for i in 0..30 {
            churn(200);
            if i % 10 == 0 {
                gc::collect();
            }
            assert_eq!((*(*pre).next).value, 42);
            let o = (*stat).other as *mut Node;
            assert_eq!((*o).value, 43);
            assert_eq!((*o).next, pre, "prebuilt objects do not move");
        }
        // written again later: remembered again
        let n = new_node(44, std::ptr::null_mut());
        gc::write_barrier(pre as GcPtr);
        (*pre).other = n as GcPtr;
        churn(500);
        gc::collect();
        assert_eq!((*((*pre).other as *mut Node)).value, 44);
        assert_eq!(gc::identity_hash(stat as GcPtr), h);
    });
}

/// Random graphs (with barriers, as generated code stores) checked against
/// a model, on tiny nurseries and in stress mode.
#[test]
fn random_graphs_on_tiny_nurseries() {
    for (seed, nursery, stress) in [
        (1u64, 1 << 10, false),
        (2, 4 << 10, false),
        (3, 4 << 10, true),
    ] {
        with_gen(nursery, stress, || unsafe {
            let mut rng = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
            let mut below = |n: usize| {
                rng ^= rng >> 12;
                rng ^= rng << 25;
                rng ^= rng >> 27;
                (rng.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
            };
            const SLOTS: usize = 16;
            let roots = Roots::new([gc::malloc_varsize(T_PTRS, SLOTS as i64)]);
            let mut model: HashMap<i64, (i64, i64)> = HashMap::new();
            let mut slots = [0i64; SLOTS];
            let mut next_value = 1i64;
            let steps = if stress { 600 } else { 6000 };
            for _ in 0..steps {
                let arr = roots.get_as::<RpyArray>(0);
                match below(6) {
                    0 | 1 => {
                        let v = next_value;
                        next_value += 1;
                        let n = new_node(v, std::ptr::null_mut());
                        let arr = roots.get_as::<RpyArray>(0);
                        let s = below(SLOTS);
                        gc::write_barrier(arr as GcPtr);
                        *ptr_items(arr).add(s) = n as GcPtr;
                        slots[s] = v;
                        model.insert(v, (0, 0));
                    }
                    2 => {
                        let (s, t) = (below(SLOTS), below(SLOTS));
                        let (ps, pt) =
                            (*ptr_items(arr).add(s) as *mut Node, *ptr_items(arr).add(t));
                        if !ps.is_null() {
                            gc::write_barrier(ps as GcPtr);
                            if below(2) == 0 {
                                (*ps).next = pt as *mut Node;
                                model.get_mut(&slots[s]).unwrap().0 = slots[t];
                            } else {
                                (*ps).other = pt;
                                model.get_mut(&slots[s]).unwrap().1 = slots[t];
                            }
                        }
                    }
                    3 => {
                        let (s, t) = (below(SLOTS), below(SLOTS));
                        let ps = *ptr_items(arr).add(s) as *mut Node;
                        if !ps.is_null() {
                            gc::write_barrier(arr as GcPtr);
                            *ptr_items(arr).add(t) = (*ps).next as GcPtr;
                            slots[t] = model[&slots[s]].0;
                        }
                    }
                    4 => {
                        // a big array (outside the nursery) holding a node
                        let s = below(SLOTS);
                        let big = gc::malloc_varsize(T_PTRS, 400) as *mut RpyArray;
                        let arr = roots.get_as::<RpyArray>(0);
                        *ptr_items(big).add(399) = *ptr_items(arr).add(s);
                        let keep = Roots::new([big as GcPtr]);
                        churn(below(30));
                        let big = keep.get_as::<RpyArray>(0);
                        let arr = roots.get_as::<RpyArray>(0);
                        gc::write_barrier(arr as GcPtr);
                        *ptr_items(arr).add(s) = *ptr_items(big).add(399);
                    }
                    _ => {
                        let s = below(SLOTS);
                        *ptr_items(arr).add(s) = std::ptr::null_mut();
                        slots[s] = 0;
                        churn(below(20));
                    }
                }
                if below(200) == 0 {
                    gc::collect();
                }
                // verify the whole reachable graph
                check_graph(roots.get_as::<RpyArray>(0), &slots, &model);
            }
            let s = gc::stats();
            assert!(s.collections > 10, "{s:?}");
        });
    }
}

#[test]
fn stress_mode_collects_at_every_allocation() {
    with_gen(1 << 20, true, || unsafe {
        let root = gc::shadow_reserve(1);
        for i in 0..300 {
            *root = new_node(i, *root as *mut Node) as GcPtr;
        }
        check_list(*root as *mut Node, 300);
        let s = gc::stats();
        assert!(s.collections >= 300, "{s:?}");
        assert!(s.major_collections >= 300 / gc::STRESS_MAJOR_EVERY, "{s:?}");
        gc::shadow_release(1);
    });
}

#[test]
fn the_collector_is_chosen_at_init() {
    gc::with_lock(|| unsafe {
        let cfg = GcConfig {
            kind: GcKind::Semispace,
            heap_size: 8 << 10,
            stress: false,
            major_factor: 2.0,
        };
        gc::init_with(&TYPES, cfg);
        assert_eq!(gc::kind(), GcKind::Semispace);
        let r = Roots::new([new_node(3, std::ptr::null_mut()) as GcPtr]);
        gc::collect();
        assert_eq!((*r.get_as::<Node>(0)).value, 3);
        drop(r);
        gc::reset();
        assert_eq!(GcKind::from_name("semispace"), Some(GcKind::Semispace));
        assert_eq!(
            GcKind::from_name("generational"),
            Some(GcKind::Generational)
        );
        assert_eq!(GcKind::from_name("boehm"), None);
        assert_eq!(GcKind::Generational.name(), "generational");
    });
}

#[test]
fn the_default_nursery_follows_the_l2_cache() {
    assert_eq!(gc::nursery_for_l2(Some(1 << 20)), 4 << 20);
    assert_eq!(gc::nursery_for_l2(Some(256 << 10)), 1 << 20);
    assert_eq!(gc::nursery_for_l2(Some(2 << 20)), 8 << 20);
    assert_eq!(gc::nursery_for_l2(Some(64 << 20)), 16 << 20);
    assert_eq!(gc::nursery_for_l2(None), gc::DEFAULT_NURSERY);
    let n = gc::default_nursery_size();
    assert!((1 << 20..=16 << 20).contains(&n), "{n}");
}
