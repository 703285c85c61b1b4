//! Large arrays in the generational collector: a store into an old large
//! array of GC pointers through `gc::write_barrier_array` records only
//! that item (in the store buffer; cards when it overflows, see
//! `gc_perf_store_buffer.rs`), and the next minor collection traces only
//! the items recorded (`GcStats::card_items_traced`) while still finding
//! every young object stored there.

use runtime::gc::{self, GcKind, Roots, CARD_ITEMS};
use runtime::{GcPtr, RpyArray};
use std::collections::HashMap;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Runs `f` on a fresh generational heap (`nursery` bytes).
fn with_gen(nursery: usize, stress: bool, f: impl FnOnce()) {
    with_gc(GcKind::Generational, nursery, stress, f)
}

/// A rooted old array of `n` null pointers (promoted by a minor
/// collection); returns the roots holding it in slot 0.
unsafe fn old_array(n: usize) -> Roots<1> {
    let a = gc::malloc_varsize(T_PTRS, n as i64);
    assert!(!a.is_null());
    let r = Roots::new([a]);
    gc::collect_minor();
    r
}

/// Stores a new node of `value` into item `i` of the array in slot `k` of
/// `r`, with the item barrier.
unsafe fn store_node<const N: usize>(r: &Roots<N>, k: usize, i: usize, value: i64) {
    let n = new_node(value, std::ptr::null_mut());
    let a = r.get_as::<RpyArray>(k);
    gc::write_barrier_array(a as GcPtr, i as i64);
    *ptr_items(a).add(i) = n as GcPtr;
}

unsafe fn value_at<const N: usize>(r: &Roots<N>, k: usize, i: usize) -> i64 {
    let n = *ptr_items(r.get_as::<RpyArray>(k)).add(i) as *mut Node;
    assert!(!n.is_null(), "item {i} is null");
    assert_eq!((*n).hdr.tid, T_NODE);
    (*n).value
}

/// Fills the nursery with garbage (forces minor collections).
unsafe fn churn(n: usize) {
    for _ in 0..n {
        gc::malloc_varsize(T_INTS, 5);
    }
}

#[test]
fn a_minor_collection_traces_only_the_items_written() {
    with_gen(64 << 10, false, || unsafe {
        let n = 100 * CARD_ITEMS;
        let r = old_array(n);
        let before = gc::stats().card_items_traced;
        // Three stores in two cards.
        store_node(&r, 0, 5, 1);
        store_node(&r, 0, 7, 2);
        store_node(&r, 0, 50 * CARD_ITEMS + 3, 3);
        gc::collect_minor();
        let traced = gc::stats().card_items_traced - before;
        assert_eq!(traced, 3, "three items traced, not the array");
        assert_eq!(value_at(&r, 0, 5), 1);
        assert_eq!(value_at(&r, 0, 7), 2);
        assert_eq!(value_at(&r, 0, 50 * CARD_ITEMS + 3), 3);
        // The cards were cleared: the next minor collection traces none.
        gc::collect_minor();
        assert_eq!(gc::stats().card_items_traced - before, traced);
        // The promoted nodes survive more collections and a major one.
        churn(20_000);
        gc::collect();
        assert_eq!(value_at(&r, 0, 50 * CARD_ITEMS + 3), 3);
    });
}

#[test]
fn the_last_item_is_traced() {
    with_gen(64 << 10, false, || unsafe {
        // Large enough to be allocated outside the 64 KiB nursery.
        let n = 40 * CARD_ITEMS + 7;
        let r = old_array(n);
        let before = gc::stats().card_items_traced;
        store_node(&r, 0, n - 1, 42);
        gc::collect_minor();
        assert_eq!(gc::stats().card_items_traced - before, 1);
        assert_eq!(value_at(&r, 0, n - 1), 42);
    });
}

#[test]
fn small_arrays_are_remembered_whole() {
    with_gen(64 << 10, false, || unsafe {
        let r = old_array(10);
        let before = gc::stats().card_items_traced;
        store_node(&r, 0, 3, 9);
        gc::collect_minor();
        assert_eq!(gc::stats().card_items_traced, before);
        assert_eq!(value_at(&r, 0, 3), 9);
    });
}

#[test]
fn a_whole_object_barrier_on_a_carded_array_still_works() {
    // Runtime helpers that store many items use `write_barrier`.
    with_gen(64 << 10, false, || unsafe {
        let n = 20 * CARD_ITEMS;
        let r = old_array(n);
        store_node(&r, 0, 1, 1);
        let node = new_node(2, std::ptr::null_mut());
        let a = r.get_as::<RpyArray>(0);
        gc::write_barrier(a as GcPtr);
        *ptr_items(a).add(15 * CARD_ITEMS) = node as GcPtr;
        gc::collect_minor();
        assert_eq!(value_at(&r, 0, 1), 1);
        assert_eq!(value_at(&r, 0, 15 * CARD_ITEMS), 2);
    });
}

#[test]
fn random_stores_into_large_arrays_match_a_model() {
    for (nursery, stress) in [(16 << 10, false), (256 << 10, false), (64 << 10, true)] {
        with_gen(nursery, stress, || unsafe {
            let mut rng = Rng(0x5eed + nursery as u64);
            // Large in every nursery size used here.
            let n = 80 * CARD_ITEMS + 13;
            let arrays = Roots::new([std::ptr::null_mut(); 3]);
            for k in 0..3 {
                // Rooted at once: the next allocation may collect.
                arrays.set(k, gc::malloc_varsize(T_PTRS, n as i64));
            }
            gc::collect_minor();
            let mut model: Vec<HashMap<usize, i64>> = vec![HashMap::new(); 3];
            let mut next = 1;
            for step in 0..3000 {
                let k = rng.below(3);
                let i = rng.below(n);
                store_node(&arrays, k, i, next);
                model[k].insert(i, next);
                next += 1;
                if step % 7 == 0 {
                    churn(rng.below(300));
                }
                if step % 500 == 0 {
                    gc::collect();
                }
            }
            gc::collect_minor();
            for (k, m) in model.iter().enumerate() {
                for (&i, &v) in m {
                    assert_eq!(
                        value_at(&arrays, k, i),
                        v,
                        "array {k} item {i}, nursery {nursery} stress {stress}"
                    );
                }
            }
        });
    }
}
