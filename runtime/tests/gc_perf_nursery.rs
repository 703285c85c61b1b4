//! The generational nursery is zeroed after each minor collection (its
//! used part): every fresh object must read as zero, whatever sizes are
//! allocated, after collections with a full or nearly empty nursery, and
//! in stress mode.

use runtime::gc::{self, GcKind};
use runtime::RpyArray;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Allocates an int array of `n` items, checks it is zeroed, then dirties
/// every item (the memory is garbage at the next collection).
unsafe fn alloc_check_dirty(n: usize) {
    let a = gc::malloc_varsize(T_INTS, n as i64) as *mut RpyArray;
    assert!(!a.is_null());
    assert_eq!((*a).length, n as i64);
    let items = (a as *mut u8).add(16) as *mut i64;
    for i in 0..n {
        assert_eq!(*items.add(i), 0, "item {i} of a fresh {n}-item array");
        *items.add(i) = -1;
    }
}

#[test]
fn fresh_objects_are_zeroed_across_collections() {
    for (nursery, stress) in [(256 << 10, false), (1 << 20, false), (64 << 10, true)] {
        with_gc(GcKind::Generational, nursery, stress, || unsafe {
            let mut rng = Rng(77 + nursery as u64);
            let rounds = if stress { 3_000 } else { 60_000 };
            for k in 0..rounds {
                // Mostly small, sometimes up to the large-object threshold.
                let n = if k % 97 == 0 {
                    rng.below(8000)
                } else {
                    rng.below(40)
                };
                alloc_check_dirty(n);
                if k % 5000 == 17 {
                    // A collection with a nearly empty nursery.
                    gc::collect_minor();
                    alloc_check_dirty(3);
                    gc::collect();
                }
            }
            assert!(gc::stats().collections > 2);
        });
    }
}

#[test]
fn nodes_survive_many_nursery_refills() {
    with_gc(GcKind::Generational, 128 << 10, false, || unsafe {
        // A long list built while the nursery is refilled many times.
        let r = gc::Roots::new([std::ptr::null_mut()]);
        for v in 0..50_000 {
            let n = new_node(v, r.get_as::<Node>(0));
            r.set(0, n as runtime::GcPtr);
            alloc_check_dirty(v as usize % 7);
        }
        check_list(r.get_as::<Node>(0), 50_000);
    });
}
