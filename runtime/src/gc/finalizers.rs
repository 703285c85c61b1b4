//! Weak references and light finalizers, for both collectors.
//!
//! * A **weak reference** is an object of a type whose `TypeInfo` has a
//!   `weak_offset`: the pointer there is not traced (it is not in
//!   `gc_ptrs`), so it does not keep its target alive. Such objects are
//!   made by [`weakref_new`], which lists them. After the survivors of a
//!   collection are known, the listed weak references that survived get
//!   their target updated (it moved) or nulled (it died); dead ones leave
//!   the lists. Weak references are immutable (the target is set at
//!   creation), so a young weak reference can only point to an object
//!   that is young or old at its creation, and an old one (promoted) never
//!   points into the nursery: the generational collector visits
//!   `young_weakrefs` at each minor collection (then they join
//!   `old_weakrefs`) and `old_weakrefs` at each major one. Prebuilt weak
//!   references point to prebuilt objects (which never die): they are not
//!   listed.
//! * A **light finalizer** (the `destructor` of a `TypeInfo`, a `__del__`
//!   that cannot allocate) is called once for each dead object registered
//!   with [`register_destructor`], in the middle of the collection that
//!   found it dead, before its memory is reused. The object is not
//!   resurrected. When it runs, every GC pointer field of the dying object
//!   points to an intact object (survivors at their new address, dead
//!   objects not freed yet), the exception state is set aside (an
//!   exception the destructor leaves is dropped, as CPython ignores
//!   exceptions in `__del__` after printing them) and the destructor must
//!   not allocate, store GC pointers or otherwise change what is alive
//!   (the rtyper checks `__del__` for this).
//!
//! Invariants between collections: every heap weak reference is in
//! `young_weakrefs` (nursery objects; every one for the semispace
//! collector) or `old_weakrefs`, and every registered object with a
//! destructor likewise in `young_destructors` or `old_destructors`; each at
//! its current address.

use super::{state, trace_fields, type_of, GcKind, State};
use crate::GcPtr;

/// What a collection did to an object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Fate {
    /// It survives at this address (moved or not).
    Alive(GcPtr),
    Dead,
}

/// The objects the collectors treat specially.
#[derive(Default)]
pub(crate) struct Special {
    pub(crate) young_weakrefs: Vec<GcPtr>,
    pub(crate) old_weakrefs: Vec<GcPtr>,
    pub(crate) young_destructors: Vec<GcPtr>,
    pub(crate) old_destructors: Vec<GcPtr>,
    /// Dead objects whose destructor is to run before the end of the
    /// current collection.
    dying: Vec<GcPtr>,
    /// Finalizer queues and their registered objects (`fqueue.rs`).
    pub(crate) queues: super::fqueue::Queues,
}

/// The address of the weak pointer of the weak reference `w`.
#[inline]
unsafe fn weak_slot(w: GcPtr) -> *mut GcPtr {
    (w as *mut u8).add(type_of(w).weak_offset as usize) as *mut GcPtr
}

impl Special {
    /// Weak references: those in `refs` that survive get their target
    /// updated or nulled and go to `keep` (`None`: stay in `refs`).
    unsafe fn fix_weakrefs(
        refs: &mut Vec<GcPtr>,
        keep: Option<&mut Vec<GcPtr>>,
        fate: &impl Fn(GcPtr) -> Fate,
    ) {
        let mut kept = Vec::new();
        for &w in refs.iter() {
            let Fate::Alive(w) = fate(w) else { continue };
            let slot = weak_slot(w);
            let t = *slot;
            if !t.is_null() {
                *slot = match fate(t) {
                    Fate::Alive(t) => t,
                    Fate::Dead => std::ptr::null_mut(),
                };
            }
            kept.push(w);
        }
        match keep {
            Some(other) => {
                other.extend(kept);
                refs.clear();
            }
            None => *refs = kept,
        }
    }

    /// Objects with destructors: the dead ones in `objs` go to `dying`
    /// (their GC fields updated to the survivors' new addresses), the live
    /// ones to `keep` (`None`: stay in `objs`).
    unsafe fn sort_destructors(
        objs: &mut Vec<GcPtr>,
        keep: Option<&mut Vec<GcPtr>>,
        dying: &mut Vec<GcPtr>,
        fate: &impl Fn(GcPtr) -> Fate,
    ) {
        let mut kept = Vec::new();
        for &obj in objs.iter() {
            match fate(obj) {
                Fate::Alive(o) => kept.push(o),
                Fate::Dead => {
                    trace_fields(obj, |slot| {
                        if !(*slot).is_null() {
                            if let Fate::Alive(p) = fate(*slot) {
                                *slot = p;
                            }
                        }
                    });
                    dying.push(obj);
                }
            }
        }
        match keep {
            Some(other) => {
                other.extend(kept);
                objs.clear();
            }
            None => *objs = kept,
        }
    }

    /// After the survivors of a minor collection are copied (`fate` tells
    /// what happened to a nursery or young large object, and says
    /// `Alive` for old ones): young weak references and young objects with
    /// destructors are sorted out.
    pub(crate) unsafe fn after_minor(&mut self, fate: impl Fn(GcPtr) -> Fate) {
        Special::fix_weakrefs(
            &mut self.young_weakrefs,
            Some(&mut self.old_weakrefs),
            &fate,
        );
        Special::sort_destructors(
            &mut self.young_destructors,
            Some(&mut self.old_destructors),
            &mut self.dying,
            &fate,
        );
    }

    /// After the marking of a major collection (before the sweep).
    pub(crate) unsafe fn after_major(&mut self, fate: impl Fn(GcPtr) -> Fate) {
        Special::fix_weakrefs(&mut self.old_weakrefs, None, &fate);
        Special::sort_destructors(&mut self.old_destructors, None, &mut self.dying, &fate);
    }

    /// After the copying of a semispace collection (before the old space is
    /// cleared).
    pub(crate) unsafe fn after_copy(&mut self, fate: impl Fn(GcPtr) -> Fate) {
        Special::fix_weakrefs(&mut self.young_weakrefs, None, &fate);
        Special::sort_destructors(&mut self.young_destructors, None, &mut self.dying, &fate);
    }
}

/// Calls the destructor of each object found dead by the current
/// collection (with the exception state set aside).
///
/// # Safety
/// Called by a collector after `after_*`, while the dying objects (and
/// everything their fields point to) are still intact.
pub(crate) unsafe fn run_destructors(st: &mut State) {
    if st.special.dying.is_empty() {
        return;
    }
    let dying = std::mem::take(&mut st.special.dying);
    let saved = crate::exc::save();
    for &obj in &dying {
        if let Some(f) = type_of(obj).destructor {
            f(obj);
            crate::exc::clear();
        }
    }
    crate::exc::restore(saved);
    let mut dying = dying;
    dying.clear();
    // Keep the vector's memory for the next collection.
    state().special.dying = dying;
}

/// Allocates a weak reference of type `tid` (a type with a `weak_offset`)
/// to `target` (null: a dead reference). May collect; returns null with
/// MemoryError raised if memory is exhausted.
///
/// # Safety
/// [`super::init`] was called; `tid` is a weak-reference type; `target` is
/// null or a valid GC object.
pub unsafe fn weakref_new(tid: u32, target: GcPtr) -> GcPtr {
    let roots = super::Roots::new([target]);
    let w = super::malloc(tid);
    if w.is_null() {
        return w;
    }
    *weak_slot(w) = roots.get(0);
    drop(roots);
    let st = state();
    match st.kind {
        GcKind::Generational if !st.gen.in_nursery(w) => st.special.old_weakrefs.push(w),
        _ => st.special.young_weakrefs.push(w),
    }
    w
}

/// The target of the weak reference `w` (null once it died).
///
/// # Safety
/// `w` is a valid weak reference.
pub unsafe fn weakref_get(w: GcPtr) -> GcPtr {
    *weak_slot(w)
}

/// Registers `obj` (a fresh object whose type has a destructor) so that
/// its destructor runs when it dies. Does not collect.
///
/// # Safety
/// [`super::init`] was called; `obj` is a valid heap object.
pub unsafe fn register_destructor(obj: GcPtr) {
    let st = state();
    let young = match st.kind {
        GcKind::Generational => st.gen.in_nursery(obj) || (*obj).flags & super::YOUNG_LARGE != 0,
        GcKind::Semispace => true,
    };
    if young {
        st.special.young_destructors.push(obj);
    } else {
        st.special.old_destructors.push(obj);
    }
}
