//! Finalizer queues (`rgc.FinalizerQueue`), for both collectors.
//!
//! A finalizer queue is a GC object (an instance of a subclass of
//! `FinalizerQueue`) whose type has a `finalizer_trigger`. The program
//! registers objects with [`fq_register`]; when a collection finds a
//! registered object unreachable, the collector **resurrects** it (copies
//! or marks it, with everything it reaches, as if it were a root), appends
//! it to its queue's dead list and forgets the registration (each
//! registration fires once). The program takes dead objects back with
//! [`fq_next_dead`] (oldest first); until then they are roots. After the
//! collection, outside the collector, the GC calls the queue's
//! `finalizer_trigger` ([`run_triggers`]: from the allocation slow path,
//! with the new object rooted, and at the end of [`super::collect`]); a
//! trigger may allocate (and so collect): triggers do not nest, a queue
//! that gets new dead objects while triggers run is triggered again.
//!
//! Objects found dead in the same collection are queued in registration
//! order (there is no ordering between objects that refer to each other).
//! Resurrection happens before weak references and light finalizers are
//! dealt with, so those see the resurrected objects as alive.
//!
//! Invariants between collections: every registered object is in `young`
//! (the nursery, or every heap object for the semispace collector) or
//! `old` at its current address; queue objects and dead lists hold current
//! addresses (they are roots).

use std::collections::VecDeque;

use super::finalizers::Fate;
use super::{state, type_of, GcKind, Roots};
use crate::GcPtr;

/// One finalizer queue.
struct Queue {
    /// The queue object.
    fq: GcPtr,
    /// Dead registered objects not taken yet (oldest first).
    dead: VecDeque<GcPtr>,
    /// Dead objects were added since its last trigger.
    pending: bool,
}

/// The registered objects and the queues.
#[derive(Default)]
pub(crate) struct Queues {
    young: Vec<(GcPtr, u32)>,
    old: Vec<(GcPtr, u32)>,
    queues: Vec<Queue>,
    running_triggers: bool,
}

impl Queues {
    /// Calls `f` on every root slot of the queues (queue objects and dead
    /// lists).
    pub(crate) fn for_each_root(&mut self, mut f: impl FnMut(*mut GcPtr)) {
        for q in &mut self.queues {
            f(&mut q.fq);
            for obj in q.dead.iter_mut() {
                f(obj);
            }
        }
    }

    /// Registered objects of `list` that `fate` says are dead are removed
    /// and returned; live ones are kept (updated) in `keep` (`None`: in
    /// `list`).
    fn sort(
        list: &mut Vec<(GcPtr, u32)>,
        keep: Option<&mut Vec<(GcPtr, u32)>>,
        fate: impl Fn(GcPtr) -> Fate,
    ) -> Vec<(GcPtr, u32)> {
        let mut dead = Vec::new();
        let mut kept = Vec::new();
        for &(obj, q) in list.iter() {
            match fate(obj) {
                Fate::Alive(o) => kept.push((o, q)),
                Fate::Dead => dead.push((obj, q)),
            }
        }
        match keep {
            Some(other) => {
                other.extend(kept);
                list.clear();
            }
            None => *list = kept,
        }
        dead
    }

    /// Minor collection: the young registered objects found dead (the
    /// survivors join `old`).
    pub(crate) fn dead_young(&mut self, fate: impl Fn(GcPtr) -> Fate) -> Vec<(GcPtr, u32)> {
        Queues::sort(&mut self.young, Some(&mut self.old), fate)
    }

    /// Major collection: the old registered objects found dead.
    pub(crate) fn dead_old(&mut self, fate: impl Fn(GcPtr) -> Fate) -> Vec<(GcPtr, u32)> {
        Queues::sort(&mut self.old, None, fate)
    }

    /// Semispace collection: the registered objects found dead.
    pub(crate) fn dead_all(&mut self, fate: impl Fn(GcPtr) -> Fate) -> Vec<(GcPtr, u32)> {
        Queues::sort(&mut self.young, None, fate)
    }

    /// Appends the resurrected object `obj` (at its new address) to queue
    /// `q`.
    pub(crate) fn enqueue(&mut self, q: u32, obj: GcPtr) {
        let queue = &mut self.queues[q as usize];
        queue.dead.push_back(obj);
        queue.pending = true;
    }

    /// The index of the queue object `fq`, added on first use.
    fn index(&mut self, fq: GcPtr) -> u32 {
        match self.queues.iter().position(|q| q.fq == fq) {
            Some(i) => i as u32,
            None => {
                self.queues.push(Queue {
                    fq,
                    dead: VecDeque::new(),
                    pending: false,
                });
                (self.queues.len() - 1) as u32
            }
        }
    }
}

/// Registers `obj` with the finalizer queue `fq`: when `obj` becomes
/// unreachable it is kept alive and queued. Does not collect.
///
/// # Safety
/// [`super::init`] was called; `fq` and `obj` are valid heap or prebuilt
/// objects; `fq`'s type has a `finalizer_trigger`.
pub unsafe fn fq_register(fq: GcPtr, obj: GcPtr) {
    if obj.is_null() {
        return;
    }
    let st = state();
    let q = st.special.queues.index(fq);
    let young = match st.kind {
        GcKind::Generational => st.gen.in_nursery(obj) || (*obj).flags & super::YOUNG_LARGE != 0,
        GcKind::Semispace => true,
    };
    if (*obj).flags & crate::GcHeader::PREBUILT != 0 {
        // Prebuilt objects never die.
        return;
    }
    if young {
        st.special.queues.young.push((obj, q));
    } else {
        st.special.queues.old.push((obj, q));
    }
}

/// The oldest dead object of the queue `fq` not taken yet (null if none).
/// Does not collect.
///
/// # Safety
/// [`super::init`] was called; `fq` is a valid object.
pub unsafe fn fq_next_dead(fq: GcPtr) -> GcPtr {
    let queues = &mut state().special.queues;
    match queues.queues.iter_mut().find(|q| q.fq == fq) {
        Some(q) => q.dead.pop_front().unwrap_or(std::ptr::null_mut()),
        None => std::ptr::null_mut(),
    }
}

/// Whether some queue waits for its trigger.
#[inline]
pub(crate) fn triggers_pending() -> bool {
    let queues = &state().special.queues;
    !queues.running_triggers && queues.queues.iter().any(|q| q.pending)
}

/// Calls the `finalizer_trigger` of every queue that got dead objects,
/// until none did (with the exception state set aside and rooted).
///
/// # Safety
/// Called outside any collection, where the caller's GC pointers are
/// rooted (the triggers may allocate).
pub(crate) unsafe fn run_triggers() {
    if !triggers_pending() {
        return;
    }
    state().special.queues.running_triggers = true;
    let mut saved = crate::exc::save();
    let roots = Roots::new([saved.value]);
    loop {
        let queues = &mut state().special.queues;
        let Some(q) = queues.queues.iter_mut().find(|q| q.pending) else {
            break;
        };
        q.pending = false;
        let fq = q.fq;
        if let Some(f) = type_of(fq).finalizer_trigger {
            f(fq);
        }
        crate::exc::clear();
    }
    saved.value = roots.get(0);
    drop(roots);
    crate::exc::restore(saved);
    state().special.queues.running_triggers = false;
}
