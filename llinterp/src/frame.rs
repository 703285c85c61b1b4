//! The variables of one running graph.
//!
//! The GC moves objects, so a GC pointer held by the interpreter must be a
//! root: every variable of a GC pointer type lives in a shadow-stack slot
//! (reserved when the frame is created, released when it is dropped, in
//! LIFO order as the runtime requires), other variables in a plain vector.
//! Nothing else in the interpreter keeps a GC pointer across an operation
//! that can collect.

use rtyper::llgraph::{LlGraph, LlVarId};
use runtime::GcPtr;

/// Per-graph facts computed once: which variables have shadow slots.
pub struct GraphInfo {
    /// The slot of each variable, or `NO_SLOT`.
    pub slot: Vec<u32>,
    pub nslots: usize,
}

const NO_SLOT: u32 = u32::MAX;

impl GraphInfo {
    pub fn new(p: &rtyper::LlProgram, g: &LlGraph) -> GraphInfo {
        let mut nslots = 0;
        let slot = g
            .vars
            .iter()
            .map(|v| {
                if p.types.is_gc_ptr(v.ty) {
                    nslots += 1;
                    (nslots - 1) as u32
                } else {
                    NO_SLOT
                }
            })
            .collect();
        GraphInfo { slot, nslots }
    }
}

pub struct Frame<'a> {
    info: &'a GraphInfo,
    vals: Vec<u64>,
    slots: *mut GcPtr,
}

impl<'a> Frame<'a> {
    /// A frame with every variable zero (slots null).
    ///
    /// # Safety
    /// The GC is initialized; frames are dropped in reverse order of
    /// creation.
    pub unsafe fn new(info: &'a GraphInfo) -> Frame<'a> {
        let slots = runtime::gc::shadow_reserve(info.nslots);
        Frame {
            info,
            vals: vec![0; info.slot.len()],
            slots,
        }
    }

    #[inline]
    pub fn get(&self, v: LlVarId) -> u64 {
        let k = self.info.slot[v.index()];
        if k == NO_SLOT {
            self.vals[v.index()]
        } else {
            // SAFETY: `k < nslots`, reserved by `new` until drop.
            unsafe { *self.slots.add(k as usize) as u64 }
        }
    }

    #[inline]
    pub fn set(&mut self, v: LlVarId, w: u64) {
        let k = self.info.slot[v.index()];
        if k == NO_SLOT {
            self.vals[v.index()] = w;
        } else {
            // SAFETY: as in `get`; the word is a GC pointer or null.
            unsafe { *self.slots.add(k as usize) = w as usize as GcPtr }
        }
    }
}

impl Drop for Frame<'_> {
    fn drop(&mut self) {
        // SAFETY: these are the most recently reserved slots (LIFO frames).
        unsafe { runtime::gc::shadow_release(self.info.nslots) }
    }
}
