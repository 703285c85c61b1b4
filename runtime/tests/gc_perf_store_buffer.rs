//! The generational collector's store buffer for large arrays: stores into
//! old arrays with a card table are recorded item by item; when more than
//! the buffer's capacity (nursery / 16 entries, at least 1024) are written
//! between two minor collections, the buffer is turned into cards and the
//! next minor collection traces the items of those cards — including the
//! last, partial card, within the array's bounds. Also: young large
//! objects stay found when old objects point at them.

use runtime::gc::{self, GcKind, Roots, CARD_ITEMS};
use runtime::{GcPtr, RpyArray};

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// A rooted old array of `n` null pointers and an old node (value 7) in
/// slot 1, both promoted by a minor collection.
unsafe fn old_array_and_node(n: usize) -> Roots<2> {
    let a = gc::malloc_varsize(T_PTRS, n as i64);
    let r = Roots::new([a, std::ptr::null_mut()]);
    let node = new_node(7, std::ptr::null_mut());
    r.set(1, node as GcPtr);
    gc::collect_minor();
    r
}

unsafe fn store(r: &Roots<2>, i: usize, value: GcPtr) {
    let a = r.get_as::<RpyArray>(0);
    gc::write_barrier_array(a as GcPtr, i as i64);
    *ptr_items(a).add(i) = value;
}

unsafe fn value_at(r: &Roots<2>, i: usize) -> i64 {
    let n = *ptr_items(r.get_as::<RpyArray>(0)).add(i) as *mut Node;
    assert!(!n.is_null(), "item {i} is null");
    assert_eq!((*n).hdr.tid, T_NODE);
    (*n).value
}

#[test]
fn an_overflowing_store_buffer_turns_into_cards() {
    with_gc(GcKind::Generational, 64 << 10, false, || unsafe {
        let n = 40 * CARD_ITEMS + 7;
        let r = old_array_and_node(n);
        // A young node in the last (partial) card, then more stores of the
        // old node (no allocation, so no collection) than the buffer holds.
        let young = new_node(42, std::ptr::null_mut());
        store(&r, n - 1, young as GcPtr);
        for k in 0..6000 {
            store(&r, k % (10 * CARD_ITEMS), r.get(1));
        }
        let before = gc::stats().card_items_traced;
        gc::collect_minor();
        let traced = gc::stats().card_items_traced - before;
        // Ten full cards and the partial one (7 items), plus the entries
        // written after the buffer was spilled (fewer than 6000).
        assert!(
            traced >= (10 * CARD_ITEMS + 7) as u64,
            "the spilled items' cards are traced ({traced})"
        );
        assert!(traced < (10 * CARD_ITEMS + 7 + 6000) as u64, "{traced}");
        assert_eq!(value_at(&r, n - 1), 42);
        assert_eq!(value_at(&r, 5), 7);
        // Everything was cleared: the next minor collection traces none.
        gc::collect_minor();
        assert_eq!(gc::stats().card_items_traced - before, traced);
        gc::collect();
        assert_eq!(value_at(&r, n - 1), 42);
    });
}

#[test]
fn stores_after_a_spill_are_found_too() {
    with_gc(GcKind::Generational, 64 << 10, false, || unsafe {
        let n = 30 * CARD_ITEMS;
        let r = old_array_and_node(n);
        for k in 0..5000 {
            store(&r, k % n, r.get(1));
        }
        // Recorded after the spill, in a card that was never set.
        let young = new_node(99, std::ptr::null_mut());
        store(&r, 25 * CARD_ITEMS + 1, young as GcPtr);
        gc::collect_minor();
        assert_eq!(value_at(&r, 25 * CARD_ITEMS + 1), 99);
        for _ in 0..5000 {
            gc::malloc_varsize(T_INTS, 5);
        }
        gc::collect();
        assert_eq!(value_at(&r, 25 * CARD_ITEMS + 1), 99);
    });
}

#[test]
fn young_large_objects_reached_from_old_objects_survive() {
    with_gc(GcKind::Generational, 64 << 10, false, || unsafe {
        // An old node pointing (through the barrier) at a young large
        // array, among old objects that are not young large.
        let r = old_array_and_node(20 * CARD_ITEMS);
        let big = gc::malloc_varsize(T_INTS, 50_000);
        let node = r.get_as::<Node>(1);
        gc::write_barrier(node as GcPtr);
        (*node).other = big;
        *((big as *mut u8).add(16) as *mut i64).add(49_999) = 1234;
        store(&r, 3, r.get(1));
        gc::collect_minor();
        let node = r.get_as::<Node>(1);
        let big = (*node).other;
        assert_eq!(*((big as *mut u8).add(16) as *mut i64).add(49_999), 1234);
        // A second young large object, unreachable, is freed; the first
        // survives a major collection.
        gc::malloc_varsize(T_INTS, 60_000);
        gc::collect();
        let big = (*r.get_as::<Node>(1)).other;
        assert_eq!(*((big as *mut u8).add(16) as *mut i64).add(49_999), 1234);
    });
}
