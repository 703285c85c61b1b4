//! The semispace collector: Cheney copying between two spaces.
//!
//! Allocation bumps `FREE` through the current space; when it is full,
//! every object reachable from the roots (shadow stack, exception value,
//! static roots and the GC fields of *every* registered prebuilt object) is
//! copied into the other space and the spaces are swapped. Prebuilt objects
//! are scanned but never moved; the write barrier does nothing here (it
//! only clears the prebuilt objects' flag).
//!
//! Invariants between collections:
//! * the objects of the current space lie in `[start, FREE)`, back to back;
//! * `[FREE, end)` of the current space and the whole other space are zero;
//! * the `moving` identity table maps current addresses of heap objects.

use super::finalizers::{run_destructors, Fate};
use super::identity::Moved;
use super::log;
use super::{for_each_root, object_size, refresh_limit, trace_fields, GcStats, State};
use super::{FORWARDED, FREE};
use crate::GcPtr;
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr::null_mut;

/// Smallest semispace we accept (tests use tiny heaps to force collections).
const MIN_HEAP: usize = 1 << 10;

/// One semispace (`start` is null when not allocated).
struct Space {
    start: *mut u8,
    size: usize,
}

impl Space {
    const EMPTY: Space = Space {
        start: null_mut(),
        size: 0,
    };
}

/// The semispace collector's state.
pub(crate) struct Semi {
    cur: Space,
    other: Space,
    /// Size the next allocated semispace should have (heap growth).
    target_size: usize,
    /// Bytes at the start of `cur` that the last collection copied there.
    last_live: usize,
    collections: u64,
    /// Bytes allocated in earlier cycles.
    bytes_allocated: u64,
}

impl Semi {
    pub(crate) const fn new() -> Semi {
        Semi {
            cur: Space::EMPTY,
            other: Space::EMPTY,
            target_size: 0,
            last_live: 0,
            collections: 0,
            bytes_allocated: 0,
        }
    }

    /// Allocates the first space (false if the memory cannot be had).
    pub(crate) unsafe fn init(&mut self, heap_size: usize) -> bool {
        let size = (heap_size.max(MIN_HEAP) + 7) & !7;
        match alloc_space(size) {
            Some(space) => self.cur = space,
            None => return false,
        }
        self.target_size = size;
        FREE = self.cur.start as usize;
        true
    }

    /// The end of the current space.
    pub(crate) fn end(&self) -> usize {
        self.cur.start as usize + self.cur.size
    }

    pub(crate) unsafe fn free_all(&mut self) {
        free_space(&mut self.cur);
        free_space(&mut self.other);
    }

    pub(crate) fn stats(&self) -> GcStats {
        let current = unsafe { (FREE - self.cur.start as usize - self.last_live) as u64 };
        GcStats {
            collections: self.collections,
            bytes_allocated: self.bytes_allocated + current,
            heap_size: self.cur.size,
            live_after_last: self.last_live,
            ..GcStats::default()
        }
    }
}

/// The slow path of allocation: `size` bytes (checked, rounded), after a
/// collection if needed. Returns the zeroed object and its header flags.
pub(crate) unsafe fn alloc(st: &mut State, size: usize) -> Option<(GcPtr, u32)> {
    let end = st.semi.end();
    if (st.stress || FREE + size > end) && !collect_for(st, size) {
        return None;
    }
    let obj = FREE as GcPtr;
    FREE += size;
    Some((obj, 0))
}

/// Allocates a zeroed semispace.
unsafe fn alloc_space(size: usize) -> Option<Space> {
    let layout = Layout::from_size_align(size, 16).ok()?;
    let start = alloc_zeroed(layout);
    if start.is_null() {
        None
    } else {
        Some(Space { start, size })
    }
}

unsafe fn free_space(space: &mut Space) {
    if !space.start.is_null() {
        dealloc(
            space.start,
            Layout::from_size_align_unchecked(space.size, 16),
        );
    }
    *space = Space::EMPTY;
}

/// Collects, then makes sure `request` more bytes fit in the current space
/// (growing the semispaces, which costs one more copy). False if the
/// memory for that cannot be obtained.
pub(crate) unsafe fn collect_for(st: &mut State, request: usize) -> bool {
    if !do_collect(st) {
        return false;
    }
    let s = &mut st.semi;
    let live = FREE - s.cur.start as usize;
    let want = live + request;
    if want > s.cur.size / 2 {
        let doubled = want
            .checked_mul(2)
            .map(|n| (n + 0xffff) & !0xffff)
            .unwrap_or(usize::MAX);
        s.target_size = s.target_size.max(s.cur.size.saturating_mul(2).max(doubled));
    }
    if want > st.semi.cur.size && !do_collect(st) {
        return false;
    }
    FREE + request <= st.semi.end()
}

/// Copies the reachable objects of the current space into the other space
/// and swaps them. False (nothing done) if the other space cannot be
/// allocated even at the current size.
unsafe fn do_collect(st: &mut State) -> bool {
    let t = log::begin();
    let s = &mut st.semi;
    let need = s.target_size.max(s.cur.size);
    if s.other.start.is_null() || s.other.size < need {
        free_space(&mut s.other);
        s.other = match alloc_space(need) {
            Some(space) => space,
            None => {
                s.target_size = s.cur.size;
                match alloc_space(s.cur.size) {
                    Some(space) => space,
                    None => return false,
                }
            }
        };
    }
    let from_lo = s.cur.start as usize;
    let used = FREE - from_lo;
    s.bytes_allocated += (used - s.last_live) as u64;
    let mut copier = Copier {
        lo: from_lo,
        span: s.cur.size,
        free: s.other.start as usize,
    };
    for_each_root(&st.pre, &mut st.special, |slot| copier.forward(slot));
    st.pre
        .for_each(|obj| trace_fields(obj, |slot| copier.forward(slot)));
    // Cheney scan of the copies.
    let mut scan = st.semi.other.start as usize;
    copier.scan(&mut scan);
    let span = st.semi.cur.size;
    let fate = |obj: GcPtr| {
        if (obj as usize).wrapping_sub(from_lo) >= span {
            Fate::Alive(obj)
        } else if (*obj).flags & FORWARDED != 0 {
            Fate::Alive(*(obj as *const GcPtr).add(1))
        } else {
            Fate::Dead
        }
    };
    // Registered objects found dead are resurrected into their queues.
    let dead = st.special.queues.dead_all(fate);
    for (obj, q) in dead {
        let mut p = obj;
        copier.forward(&mut p);
        st.special.queues.enqueue(q, p);
    }
    copier.scan(&mut scan);
    // Weak references and destructors see the survivors; the destructors
    // run while the evacuated space is still intact.
    st.special.after_copy(fate);
    run_destructors(st);
    st.ids.rekey(|addr| {
        if addr.wrapping_sub(from_lo) < span {
            let obj = addr as GcPtr;
            if (*obj).flags & FORWARDED != 0 {
                Moved::Moving(*(obj as *const usize).add(1))
            } else {
                Moved::Dead
            }
        } else {
            Moved::Moving(addr)
        }
    });
    // Swap; the evacuated space is cleared for its next use.
    let s = &mut st.semi;
    std::mem::swap(&mut s.cur, &mut s.other);
    if s.other.size < s.target_size {
        free_space(&mut s.other);
    } else {
        std::ptr::write_bytes(s.other.start, 0, used);
    }
    let live = copier.free - s.cur.start as usize;
    FREE = copier.free;
    s.last_live = live;
    s.collections += 1;
    let space = s.cur.size;
    refresh_limit(st);
    log::end_semispace(t, used, live, space);
    true
}

/// The evacuation state of one collection.
struct Copier {
    /// Start and size of the space being evacuated.
    lo: usize,
    span: usize,
    /// Next free byte of the destination space.
    free: usize,
}

impl Copier {
    /// Cheney scan: traces the copies from `*scan` to the end of the copied
    /// objects (which grows as they are traced).
    unsafe fn scan(&mut self, scan: &mut usize) {
        while *scan < self.free {
            let obj = *scan as GcPtr;
            trace_fields(obj, |slot| self.forward(slot));
            *scan += object_size(obj);
        }
    }

    /// Updates `*slot` to the copy of its object, copying it first if
    /// needed. Null and non-heap pointers are left alone.
    #[inline(always)]
    unsafe fn forward(&mut self, slot: *mut GcPtr) {
        let obj = *slot;
        if (obj as usize).wrapping_sub(self.lo) >= self.span {
            return;
        }
        if (*obj).flags & FORWARDED != 0 {
            *slot = *(obj as *const GcPtr).add(1);
            return;
        }
        let size = object_size(obj);
        let copy = self.free as GcPtr;
        std::ptr::copy_nonoverlapping(obj as *const u8, copy as *mut u8, size);
        self.free += size;
        (*obj).flags |= FORWARDED;
        *(obj as *mut GcPtr).add(1) = copy;
        *slot = copy;
    }
}
