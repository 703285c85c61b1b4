//! The hand-written type table and object helpers shared by the collector
//! tests (`gc.rs` for the semispace collector, `gc_generational.rs`).

#![allow(dead_code)]

use runtime::gc::{self, Roots};
use runtime::{GcHeader, GcPtr, RpyArray, TypeInfo};
use std::collections::HashMap;

pub const T_NODE: u32 = 1;
pub const T_PTRS: u32 = 2;
pub const T_INTS: u32 = 3;
pub const T_STR: u32 = 4;
pub const T_PAIRS: u32 = 5;
pub const T_EMPTY: u32 = 6;
pub const T_BYTES: u32 = 7;

/// `T_NODE`: a linked-list node with a second pointer.
#[repr(C)]
pub struct Node {
    pub hdr: GcHeader,
    pub value: i64,
    pub next: *mut Node,
    pub other: GcPtr,
}

/// The type table of the `T_*` ids above, followed by `extra` entries (a
/// test file with types of its own builds its table with this).
#[macro_export]
macro_rules! fixture_types {
    ($($extra:expr),* $(,)?) => {
        [
            TypeInfo::fixed(16, &[], "unused"),
            TypeInfo::fixed(32, &[16, 24], "Node"),
            TypeInfo::array(8, &[0], "array of ptr"),
            TypeInfo::array(8, &[], "array of int"),
            TypeInfo::string("str"),
            TypeInfo::array(16, &[8], "array of (int, ptr)"),
            TypeInfo::fixed(8, &[], "Empty"),
            TypeInfo::array(1, &[], "array of byte"),
            $($extra),*
        ]
    };
}

pub static TYPES: [TypeInfo; 8] = fixture_types!();

/// Runs `f` on a fresh heap of collector `kind` (`heap` bytes: the
/// semispace size or the nursery size), under the global lock; checks the
/// shadow stack is balanced afterwards.
pub fn with_gc(kind: gc::GcKind, heap: usize, stress: bool, f: impl FnOnce()) {
    gc::with_lock(|| {
        unsafe {
            gc::init_with(
                &TYPES,
                gc::GcConfig {
                    kind,
                    heap_size: heap,
                    stress,
                    major_factor: gc::DEFAULT_MAJOR_FACTOR,
                },
            )
        };
        assert_eq!(gc::kind(), kind);
        f();
        assert_eq!(gc::shadow_depth(), 0, "shadow stack unbalanced");
        gc::reset();
    });
}

/// A tiny deterministic PRNG (xorshift64*).
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A fresh node (checked to come zeroed) holding `value` and `next`.
///
/// # Safety
/// The GC is initialized with [`TYPES`]; `next` is null or a live node.
pub unsafe fn new_node(value: i64, next: *mut Node) -> *mut Node {
    let r = Roots::new([next as GcPtr]);
    let n = gc::malloc(T_NODE) as *mut Node;
    assert!(!n.is_null());
    assert_eq!((*n).hdr.tid, T_NODE);
    assert_eq!((*n).value, 0);
    assert!(
        (*n).next.is_null() && (*n).other.is_null(),
        "{:?} {:?} {:?} {:?}",
        n,
        (*n).next,
        (*n).other,
        gc::stats()
    );
    (*n).value = value;
    (*n).next = r.get_as(0); // initializing store: no barrier needed
    n
}

/// The first item of an array of pointers (or of words).
///
/// # Safety
/// `a` is a live array.
pub unsafe fn ptr_items(a: *mut RpyArray) -> *mut GcPtr {
    (a as *mut u8).add(16) as *mut GcPtr
}

/// Checks that `head` is the list `n-1, n-2, ..., 0` of nodes.
///
/// # Safety
/// `head` is null or a live node.
pub unsafe fn check_list(head: *mut Node, n: i64) {
    let mut p = head;
    for i in (0..n).rev() {
        assert!(!p.is_null(), "list too short at {i}");
        assert_eq!((*p).hdr.tid, T_NODE);
        assert_eq!((*p).value, i);
        p = (*p).next;
    }
    assert!(p.is_null());
}

/// Checks the graph of nodes reachable from the pointer array `arr`
/// against its model: slot `s` holds the node of value `slots[s]` (0:
/// null), and node `v` points to the nodes `model[v] = (next, other)`;
/// each value is one object.
///
/// # Safety
/// `arr` is a live array of at least `slots.len()` pointers.
pub unsafe fn check_graph(arr: *mut RpyArray, slots: &[i64], model: &HashMap<i64, (i64, i64)>) {
    let mut seen = HashMap::new();
    let mut todo: Vec<(GcPtr, i64)> = (0..slots.len())
        .map(|s| (*ptr_items(arr).add(s), slots[s]))
        .collect();
    while let Some((p, v)) = todo.pop() {
        if v == 0 {
            assert!(p.is_null());
            continue;
        }
        let n = p as *mut Node;
        assert_eq!((*n).hdr.tid, T_NODE);
        assert_eq!((*n).value, v);
        if let Some(&addr) = seen.get(&v) {
            assert_eq!(addr, p, "one object per value");
            continue;
        }
        seen.insert(v, p);
        let (nx, ot) = model[&v];
        todo.push(((*n).next as GcPtr, nx));
        todo.push(((*n).other, ot));
    }
}
