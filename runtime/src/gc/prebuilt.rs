//! Prebuilt objects and static roots.
//!
//! Prebuilt objects are the static data of a compiled program (or memory
//! the graph interpreter allocates with [`alloc_prebuilt`]): their header
//! carries [`GcHeader::PREBUILT`] (never moved, never freed before
//! `reset`) and starts with [`GcHeader::TRACK_YOUNG_PTRS`], so the first
//! store of a GC pointer into one goes through the write barrier's slow
//! path. The semispace collector scans every registered prebuilt object at
//! each collection; the generational collector only those that were
//! written to (the barrier records them).
//!
//! Static roots are extra slots outside any object (registered with
//! [`add_static_root`]) that always hold null or a valid GC object.

use super::{checked_size, init_header, out_of_memory, state};
use crate::{GcHeader, GcPtr};
use std::alloc::{alloc_zeroed, dealloc, Layout};

/// The registered prebuilt objects and static root slots.
#[derive(Default)]
pub(crate) struct Prebuilt {
    /// Tables of prebuilt objects holding GC pointers (entries may be null).
    pub(crate) tables: Vec<&'static [GcPtr]>,
    /// Prebuilt objects allocated by [`alloc_prebuilt`] (freed by `reset`).
    pub(crate) owned: Vec<(GcPtr, Layout)>,
    pub(crate) static_roots: Vec<*mut GcPtr>,
}

impl Prebuilt {
    /// Calls `f` on every registered prebuilt object.
    pub(crate) fn for_each(&self, mut f: impl FnMut(GcPtr)) {
        for table in &self.tables {
            for &obj in table.iter() {
                if !obj.is_null() {
                    f(obj);
                }
            }
        }
        for &(obj, _) in &self.owned {
            f(obj);
        }
    }

    /// Frees the objects [`alloc_prebuilt`] made.
    pub(crate) unsafe fn free_all(&mut self) {
        for (obj, layout) in self.owned.drain(..) {
            dealloc(obj as *mut u8, layout);
        }
    }
}

/// Registers a table of prebuilt objects (static data of a compiled
/// program). Their GC fields are roots from now on.
///
/// # Safety
/// [`super::init`] was called; every entry is null or a prebuilt object
/// with a valid header, outside the GC heap, alive until `reset`.
pub unsafe fn add_prebuilt_roots(objs: &'static [GcPtr]) {
    state().pre.tables.push(objs);
}

/// Registers a static slot holding a GC pointer as a root.
///
/// # Safety
/// [`super::init`] was called; `slot` stays valid until `reset` and always
/// holds null or a valid GC object.
pub unsafe fn add_static_root(slot: *mut GcPtr) {
    state().pre.static_roots.push(slot);
}

/// Allocates a zeroed prebuilt object (flagged PREBUILT, never moved or
/// freed before `reset`, registered as a root). `length` is the item count
/// of a var-sized type and must be `None` for fixed-size types. Raises
/// MemoryError and returns null for an impossible length.
///
/// # Safety
/// [`super::init`] was called and `tid` is a valid type id.
pub unsafe fn alloc_prebuilt(tid: u32, length: Option<i64>) -> GcPtr {
    let Some(size) = checked_size(tid, length) else {
        return out_of_memory();
    };
    let layout = Layout::from_size_align_unchecked(size, 16);
    let obj = alloc_zeroed(layout) as GcPtr;
    if obj.is_null() {
        return out_of_memory();
    }
    init_header(obj, tid, GcHeader::prebuilt(tid).flags, length);
    state().pre.owned.push((obj, layout));
    obj
}
