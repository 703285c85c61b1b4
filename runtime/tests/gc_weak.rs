//! Tests of weak references and light finalizers (destructors) in both
//! collectors: weak references cleared when their target dies (minor and
//! major collections, semispace copies), kept and updated when it moves,
//! destructors called exactly once with intact fields, the exception state
//! preserved, finalizer queues (resurrection, order, triggers that
//! allocate), and a random workload under stress settings against a model.

use runtime::gc::{self, GcConfig, GcKind, Roots};
use runtime::{GcHeader, GcPtr, RpyArray, TypeInfo};
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Mutex;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

const T_WEAK: u32 = 8;
const T_DEL: u32 = 9;
const T_FQ: u32 = 10;
const T_FQ_MANUAL: u32 = 11;

/// `T_WEAK`: a weak reference.
#[repr(C)]
struct Weak {
    hdr: GcHeader,
    target: GcPtr,
}

/// `T_DEL`: an object with a destructor; `other` is a strong pointer.
#[repr(C)]
struct Del {
    hdr: GcHeader,
    value: i64,
    other: *mut Node,
}

/// Values seen by the destructor, in call order (`value` of the dying
/// object, and the value of the node its `other` field points to, or -1).
static CALLS: Mutex<Vec<(i64, i64)>> = Mutex::new(Vec::new());
static RAISE_IN_DESTRUCTOR: AtomicUsize = AtomicUsize::new(0);
static SUM: AtomicI64 = AtomicI64::new(0);

unsafe fn destructor(obj: GcPtr) {
    let d = obj as *mut Del;
    let other = if (*d).other.is_null() {
        -1
    } else {
        assert_eq!((*(*d).other).hdr.tid, T_NODE, "field points to a node");
        (*(*d).other).value
    };
    SUM.fetch_add((*d).value, Ordering::Relaxed);
    CALLS.lock().unwrap().push(((*d).value, other));
    if RAISE_IN_DESTRUCTOR.load(Ordering::Relaxed) != 0 {
        runtime::exc::raise_builtin(runtime::exc::Builtin::ValueError, "in __del__");
    }
}

/// Values of the dead objects the trigger took (in order), and the number
/// of trigger calls.
static TAKEN: Mutex<Vec<i64>> = Mutex::new(Vec::new());
static TRIGGERS: AtomicUsize = AtomicUsize::new(0);
/// Nodes the trigger allocates per dead object (it may allocate).
static TRIGGER_ALLOCATES: AtomicUsize = AtomicUsize::new(0);

unsafe fn trigger(fq: GcPtr) {
    TRIGGERS.fetch_add(1, Ordering::Relaxed);
    let r = Roots::new([fq]);
    loop {
        let obj = gc::fq_next_dead(r.get(0));
        if obj.is_null() {
            break;
        }
        let n = obj as *mut Node;
        assert_eq!((*n).hdr.tid, T_NODE, "a resurrected node");
        // What it reaches was resurrected with it.
        let mut total = (*n).value;
        let mut p = (*n).next;
        while !p.is_null() {
            total += (*p).value;
            p = (*p).next;
        }
        TAKEN.lock().unwrap().push(total);
        for _ in 0..TRIGGER_ALLOCATES.load(Ordering::Relaxed) {
            new_node(0, std::ptr::null_mut());
        }
    }
}

static TYPES: [TypeInfo; 12] = fixture_types!(
    TypeInfo::weakref(16, 8, "Weak"),
    TypeInfo::fixed(24, &[16], "Del").with_destructor(destructor),
    TypeInfo::fixed(16, &[], "FQ").with_finalizer_trigger(trigger),
    TypeInfo::fixed(16, &[], "FQ without trigger"),
);

/// Runs `f` on a fresh heap with this file's type table.
fn with_heap(kind: GcKind, heap: usize, stress: bool, f: impl FnOnce()) {
    gc::with_lock(|| {
        CALLS.lock().unwrap().clear();
        TAKEN.lock().unwrap().clear();
        TRIGGERS.store(0, Ordering::Relaxed);
        TRIGGER_ALLOCATES.store(0, Ordering::Relaxed);
        SUM.store(0, Ordering::Relaxed);
        RAISE_IN_DESTRUCTOR.store(0, Ordering::Relaxed);
        unsafe {
            gc::init_with(
                &TYPES,
                GcConfig {
                    kind,
                    heap_size: heap,
                    stress,
                    major_factor: gc::DEFAULT_MAJOR_FACTOR,
                },
            )
        };
        f();
        assert_eq!(gc::shadow_depth(), 0, "shadow stack unbalanced");
        gc::reset();
    });
}

const KINDS: [GcKind; 2] = [GcKind::Generational, GcKind::Semispace];

fn calls() -> Vec<(i64, i64)> {
    CALLS.lock().unwrap().clone()
}

unsafe fn new_del(value: i64, other: *mut Node) -> *mut Del {
    let r = Roots::new([other as GcPtr]);
    let d = gc::malloc(T_DEL) as *mut Del;
    assert!(!d.is_null());
    (*d).value = value;
    (*d).other = r.get_as(0);
    gc::register_destructor(d as GcPtr);
    d
}

unsafe fn target(w: GcPtr) -> GcPtr {
    let t = (*(w as *mut Weak)).target;
    assert_eq!(t, gc::weakref_get(w));
    t
}

#[test]
fn weakref_to_a_dead_young_object_is_cleared() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            let n = new_node(7, std::ptr::null_mut());
            let w = Roots::new([gc::weakref_new(T_WEAK, n as GcPtr)]);
            assert_eq!(target(w.get(0)), n as GcPtr, "alive before any collection");
            assert_eq!((*w.get(0)).tid, T_WEAK);
            gc::collect_minor();
            assert!(target(w.get(0)).is_null(), "{kind:?}: the node died");
            drop(w);
        });
    }
}

#[test]
fn weakref_follows_a_surviving_target_that_moves() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            let r = Roots::new([
                new_node(7, std::ptr::null_mut()) as GcPtr,
                std::ptr::null_mut(),
            ]);
            r.set(1, gc::weakref_new(T_WEAK, r.get(0)));
            let before = r.get(0);
            gc::collect_minor();
            assert_ne!(r.get(0), before, "{kind:?}: the node moved");
            assert_eq!(target(r.get(1)), r.get(0), "{kind:?}: updated");
            assert_eq!((*r.get_as::<Node>(0)).value, 7);
            gc::collect();
            assert_eq!(target(r.get(1)), r.get(0), "{kind:?}: after a full one");
            // The target dies once nothing else holds it.
            r.set(0, std::ptr::null_mut());
            gc::collect();
            assert!(target(r.get(1)).is_null(), "{kind:?}: cleared");
        });
    }
}

#[test]
fn old_weakref_to_an_old_target_is_cleared_by_a_major_collection() {
    with_heap(GcKind::Generational, 64 << 10, false, || unsafe {
        let r = Roots::new([
            new_node(1, std::ptr::null_mut()) as GcPtr,
            std::ptr::null_mut(),
        ]);
        r.set(1, gc::weakref_new(T_WEAK, r.get(0)));
        gc::collect_minor();
        let (old_node, old_weak) = (r.get(0), r.get(1));
        // Both are old now: minor collections leave them alone.
        r.set(0, std::ptr::null_mut());
        for _ in 0..3 {
            gc::collect_minor();
            assert_eq!(r.get(1), old_weak);
            assert_eq!(
                target(r.get(1)),
                old_node,
                "a minor collection does not free old objects"
            );
        }
        gc::collect();
        assert_eq!(r.get(1), old_weak, "old objects do not move");
        assert!(target(r.get(1)).is_null());
    });
}

#[test]
fn young_weakref_to_an_old_target_and_dead_weakrefs() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            let r = Roots::new([
                new_node(3, std::ptr::null_mut()) as GcPtr,
                std::ptr::null_mut(),
            ]);
            gc::collect();
            r.set(1, gc::weakref_new(T_WEAK, r.get(0)));
            // Weak references that die themselves leave the lists.
            for _ in 0..100 {
                gc::weakref_new(T_WEAK, r.get(0));
            }
            gc::collect_minor();
            assert_eq!(target(r.get(1)), r.get(0));
            gc::collect();
            assert_eq!(target(r.get(1)), r.get(0));
            // A weak reference to null stays null.
            r.set(1, gc::weakref_new(T_WEAK, std::ptr::null_mut()));
            gc::collect();
            assert!(target(r.get(1)).is_null());
        });
    }
}

#[test]
fn weakref_to_a_young_large_object() {
    with_heap(GcKind::Generational, 16 << 10, false, || unsafe {
        let big = gc::malloc_varsize(T_INTS, 2_000);
        let r = Roots::new([big, gc::weakref_new(T_WEAK, big)]);
        gc::collect_minor();
        assert_eq!(
            target(r.get(1)),
            r.get(0),
            "the large object survived in place"
        );
        assert_eq!(r.get(0), big);
        let w = gc::weakref_new(T_WEAK, gc::malloc_varsize(T_INTS, 2_000));
        let r2 = Roots::new([w]);
        gc::collect_minor();
        assert!(
            target(r2.get(0)).is_null(),
            "the unreached large object was freed"
        );
        drop(r2);
        drop(r);
    });
}

#[test]
fn destructors_run_once_for_dead_objects_only() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            let keep = Roots::new([new_del(100, std::ptr::null_mut()) as GcPtr]);
            for i in 0..10 {
                new_del(i, std::ptr::null_mut());
            }
            assert!(calls().is_empty(), "nothing runs before a collection");
            gc::collect_minor();
            let mut seen: Vec<i64> = calls().iter().map(|c| c.0).collect();
            seen.sort();
            assert_eq!(seen, (0..10).collect::<Vec<_>>(), "{kind:?}");
            gc::collect();
            gc::collect();
            assert_eq!(calls().len(), 10, "{kind:?}: each destructor runs once");
            assert_eq!((*keep.get_as::<Del>(0)).value, 100);
            keep.set(0, std::ptr::null_mut());
            gc::collect();
            assert_eq!(calls().len(), 11, "{kind:?}");
            assert_eq!(calls()[10], (100, -1));
            gc::collect();
            assert_eq!(calls().len(), 11, "{kind:?}");
        });
    }
}

#[test]
fn destructor_of_an_old_object_runs_at_the_major_collection() {
    with_heap(GcKind::Generational, 64 << 10, false, || unsafe {
        let r = Roots::new([new_del(5, std::ptr::null_mut()) as GcPtr]);
        gc::collect_minor();
        r.set(0, std::ptr::null_mut());
        gc::collect_minor();
        assert!(calls().is_empty(), "old objects die at major collections");
        gc::collect();
        assert_eq!(calls(), vec![(5, -1)]);
    });
}

#[test]
fn destructors_see_intact_fields() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            // `other` of the first one survives (and moves); that of the
            // second dies with it.
            let keep = Roots::new([new_node(41, std::ptr::null_mut()) as GcPtr]);
            new_del(1, keep.get_as(0));
            let dead_node = new_node(42, std::ptr::null_mut());
            new_del(2, dead_node);
            gc::collect_minor();
            let mut c = calls();
            c.sort();
            assert_eq!(c, vec![(1, 41), (2, 42)], "{kind:?}");
            assert_eq!((*keep.get_as::<Node>(0)).value, 41);
        });
    }
}

#[test]
fn destructors_do_not_disturb_the_exception_state() {
    for kind in KINDS {
        with_heap(kind, 64 << 10, false, || unsafe {
            RAISE_IN_DESTRUCTOR.store(1, Ordering::Relaxed);
            new_del(1, std::ptr::null_mut());
            assert!(!runtime::exc::occurred());
            gc::collect();
            assert!(
                !runtime::exc::occurred(),
                "{kind:?}: the destructor's exception is dropped"
            );
            runtime::exc::raise_builtin(runtime::exc::Builtin::KeyError, "pending");
            new_del(2, std::ptr::null_mut());
            gc::collect();
            assert_eq!(calls().len(), 2);
            assert_eq!(
                runtime::exc::pending_builtin(),
                Some(runtime::exc::Builtin::KeyError)
            );
            assert_eq!(runtime::exc::pending_message().as_deref(), Some("pending"));
            runtime::exc::clear();
        });
    }
}

/// A random workload: nodes in root slots, weak references to some of
/// them, objects with destructors held or dropped; checked against a
/// model after every few steps, under stress settings and tiny heaps.
#[test]
fn random_workload_matches_the_model() {
    let configs = [
        (GcKind::Generational, 64 << 10, false),
        (GcKind::Generational, 2 << 10, false),
        (GcKind::Generational, 64 << 10, true),
        (GcKind::Semispace, 4 << 10, false),
        (GcKind::Semispace, 64 << 10, true),
    ];
    for (kind, heap, stress) in configs {
        with_heap(kind, heap, stress, || unsafe {
            const SLOTS: usize = 16;
            // Array slots: 0..16 nodes, 16..32 weak refs, 32..48 Del objects.
            let arr = gc::malloc_varsize(T_PTRS, 3 * SLOTS as i64) as *mut RpyArray;
            let r = Roots::new([arr as GcPtr]);
            let slot = |i: usize| ptr_items(r.get_as::<RpyArray>(0)).add(i);
            let mut rng = Rng(0x9E37_79B9 ^ heap as u64);
            // Model: node value in each slot; weak ref slot → node value
            // it refers to (or 0: dead/none), with liveness via `alive`.
            let mut node_of = [0i64; SLOTS];
            let mut weak_of: [Option<i64>; SLOTS] = [None; SLOTS];
            let mut del_of = [0i64; SLOTS];
            let mut next = 1i64;
            let mut expected_sum = 0i64;
            for step in 0..3_000 {
                let i = rng.below(SLOTS);
                match rng.below(6) {
                    0 | 1 => {
                        let n = new_node(next, std::ptr::null_mut());
                        gc::write_barrier(r.get(0));
                        *slot(i) = n as GcPtr;
                        node_of[i] = next;
                        next += 1;
                    }
                    2 => {
                        let t = *slot(rng.below(SLOTS));
                        let v = if t.is_null() {
                            0
                        } else {
                            (*(t as *mut Node)).value
                        };
                        let w = gc::weakref_new(T_WEAK, t);
                        gc::write_barrier(r.get(0));
                        *slot(SLOTS + i) = w;
                        weak_of[i] = Some(v);
                    }
                    3 => {
                        gc::write_barrier(r.get(0));
                        *slot(i) = std::ptr::null_mut();
                        node_of[i] = 0;
                    }
                    4 => {
                        let d = new_del(next, std::ptr::null_mut());
                        gc::write_barrier(r.get(0));
                        let old = *slot(2 * SLOTS + i);
                        if !old.is_null() {
                            expected_sum += del_of[i];
                        }
                        *slot(2 * SLOTS + i) = d as GcPtr;
                        del_of[i] = next;
                        next += 1;
                    }
                    _ => {
                        if rng.below(4) == 0 {
                            gc::collect();
                        } else {
                            gc::collect_minor();
                        }
                    }
                }
                if step % 50 == 0 {
                    gc::collect();
                    let live: HashMap<i64, GcPtr> = (0..SLOTS)
                        .filter(|&k| node_of[k] != 0)
                        .map(|k| (node_of[k], *slot(k)))
                        .collect();
                    for k in 0..SLOTS {
                        let Some(v) = weak_of[k] else { continue };
                        let t = target(*slot(SLOTS + k));
                        match live.get(&v) {
                            Some(&p) if v != 0 => assert_eq!(t, p, "weak ref to live {v}"),
                            _ => {
                                assert!(t.is_null(), "weak ref to dead {v}");
                                weak_of[k] = Some(0);
                            }
                        }
                    }
                    assert_eq!(
                        SUM.load(Ordering::Relaxed),
                        expected_sum,
                        "{kind:?} {stress}"
                    );
                }
            }
            drop(r);
            gc::collect();
            let all: i64 = del_of.iter().sum();
            assert_eq!(SUM.load(Ordering::Relaxed), expected_sum + all);
        });
    }
}

fn taken() -> Vec<i64> {
    TAKEN.lock().unwrap().clone()
}

#[test]
fn finalizer_queue_resurrects_dead_objects_in_registration_order() {
    for kind in KINDS {
        for allocating in [0, 50] {
            with_heap(kind, 16 << 10, false, || unsafe {
                TRIGGER_ALLOCATES.store(allocating, Ordering::Relaxed);
                let fq = Roots::new([gc::malloc(T_FQ)]);
                let keep = Roots::new([std::ptr::null_mut(); 3]);
                for i in 0..10 {
                    // Node i reaches a node 100 * i that is not registered.
                    let tail = new_node(100 * i, std::ptr::null_mut());
                    let n = new_node(i, tail);
                    gc::fq_register(fq.get(0), n as GcPtr);
                    if i % 4 == 0 {
                        keep.set((i / 4) as usize, n as GcPtr);
                    }
                }
                gc::collect_minor();
                let dead: Vec<i64> = [1, 2, 3, 5, 6, 7, 9].iter().map(|i| i * 101).collect();
                assert_eq!(taken(), dead, "{kind:?}: dead ones, in order, whole");
                assert_eq!(TRIGGERS.load(Ordering::Relaxed), 1);
                gc::collect();
                assert_eq!(taken().len(), 7, "{kind:?}: registrations fire once");
                for k in 0..3 {
                    assert_eq!((*keep.get_as::<Node>(k)).value, 4 * k as i64);
                    keep.set(k, std::ptr::null_mut());
                }
                gc::collect();
                assert_eq!(taken().len(), 10, "{kind:?}");
                assert_eq!(&taken()[7..], &[0, 404, 808]);
                assert_eq!(TRIGGERS.load(Ordering::Relaxed), 2);
            });
        }
    }
}

#[test]
fn queued_objects_stay_alive_until_taken() {
    for kind in KINDS {
        with_heap(kind, 16 << 10, false, || unsafe {
            // A queue whose type has no trigger: objects wait in it.
            let fq = Roots::new([gc::malloc(T_FQ_MANUAL)]);
            for i in 1..=5 {
                let n = new_node(i, new_node(10 * i, std::ptr::null_mut()));
                gc::fq_register(fq.get(0), n as GcPtr);
            }
            gc::collect_minor();
            for _ in 0..5 {
                churn_nodes(500);
                gc::collect();
            }
            let mut seen = Vec::new();
            loop {
                let n = gc::fq_next_dead(fq.get(0)) as *mut Node;
                if n.is_null() {
                    break;
                }
                assert_eq!((*n).hdr.tid, T_NODE);
                seen.push(((*n).value, (*(*n).next).value));
            }
            assert_eq!(
                seen,
                (1..=5).map(|i| (i, 10 * i)).collect::<Vec<_>>(),
                "{kind:?}"
            );
            assert!(taken().is_empty());
            // Taken objects are ordinary garbage again.
            gc::collect();
            assert!(gc::fq_next_dead(fq.get(0)).is_null());
        });
    }
}

#[test]
fn old_registered_object_is_queued_by_the_major_collection() {
    with_heap(GcKind::Generational, 16 << 10, false, || unsafe {
        let fq = Roots::new([gc::malloc(T_FQ)]);
        let r = Roots::new([new_node(7, std::ptr::null_mut()) as GcPtr]);
        gc::fq_register(fq.get(0), r.get(0));
        gc::collect_minor();
        r.set(0, std::ptr::null_mut());
        gc::collect_minor();
        assert!(taken().is_empty(), "old objects die at major collections");
        gc::collect();
        assert_eq!(taken(), vec![7]);
    });
}

#[test]
fn finalizer_queue_under_stress() {
    let configs = [
        (GcKind::Generational, 64 << 10, true),
        (GcKind::Generational, 2 << 10, false),
        (GcKind::Semispace, 4 << 10, false),
        (GcKind::Semispace, 64 << 10, true),
    ];
    for (kind, heap, stress) in configs {
        with_heap(kind, heap, stress, || unsafe {
            TRIGGER_ALLOCATES.store(3, Ordering::Relaxed);
            let fq = Roots::new([gc::malloc(T_FQ)]);
            let mut expected = Vec::new();
            for i in 1..300 {
                let n = new_node(i, new_node(1000 * i, std::ptr::null_mut()));
                gc::fq_register(fq.get(0), n as GcPtr);
                expected.push(1001 * i);
                churn_nodes(3);
            }
            gc::collect();
            let mut got = taken();
            got.sort();
            assert_eq!(got, expected, "{kind:?} {heap} {stress}");
        });
    }
}

unsafe fn churn_nodes(n: usize) {
    for i in 0..n {
        new_node(i as i64, std::ptr::null_mut());
    }
}
