//! Tests of the split allocation entry points generated code uses when GC
//! roots are live (`malloc_fast` / `malloc_slow` and the var-sized pair):
//! the fast path never collects and returns null exactly when the slow
//! path is needed; the slow path collects and the roots saved around it
//! stay valid. Both collectors, with and without stress mode.

use runtime::gc::{self, GcKind, Roots};
use runtime::{GcPtr, RpyArray};

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Allocates a node as generated code does: fast path, else the slow path
/// with `next` saved in a root slot and reloaded after it.
unsafe fn split_node(value: i64, next: *mut Node) -> *mut Node {
    let before = gc::stats().collections;
    let mut n = gc::malloc_fast(T_NODE) as *mut Node;
    let mut next = next;
    if n.is_null() {
        let r = Roots::new([next as GcPtr]);
        n = gc::malloc_slow(T_NODE) as *mut Node;
        next = r.get_as::<Node>(0);
    } else {
        assert_eq!(
            gc::stats().collections,
            before,
            "the fast path never collects"
        );
    }
    assert!(!n.is_null());
    assert_eq!((*n).value, 0, "zeroed");
    assert!((*n).next.is_null(), "zeroed");
    (*n).value = value;
    (*n).next = next;
    n
}

fn run(kind: GcKind, heap: usize, stress: bool) {
    with_gc(kind, heap, stress, || unsafe {
        let root = gc::shadow_reserve(1);
        let mut fast_nulls = 0;
        for i in 0..3_000 {
            if gc::malloc_varsize_fast(T_INTS, 3).is_null() {
                fast_nulls += 1;
                let a = gc::malloc_varsize_slow(T_INTS, 3) as *mut RpyArray;
                assert_eq!((*a).length, 3);
            }
            *root = split_node(i, *root as *mut Node) as GcPtr;
        }
        check_list(*root as *mut Node, 3_000);
        if stress {
            assert_eq!(fast_nulls, 3_000, "stress mode: every allocation is slow");
        } else {
            assert!(fast_nulls > 0 && fast_nulls < 3_000, "{fast_nulls}");
        }
        // A negative length is MemoryError on the slow path.
        assert!(gc::malloc_varsize_fast(T_INTS, -1).is_null());
        assert!(gc::malloc_varsize_slow(T_INTS, -1).is_null());
        assert!(runtime::exc::occurred());
        runtime::exc::clear();
        gc::shadow_release(1);
    });
}

#[test]
fn generational_split_allocation() {
    run(GcKind::Generational, 8 << 10, false);
    run(GcKind::Generational, 8 << 10, true);
}

#[test]
fn semispace_split_allocation() {
    run(GcKind::Semispace, 64 << 10, false);
    run(GcKind::Semispace, 64 << 10, true);
}
