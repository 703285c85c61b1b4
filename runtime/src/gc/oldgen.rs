//! The old generation of the generational collector: non-moving storage
//! for promoted objects and large objects.
//!
//! Small objects (at most [`SMALL_MAX`] bytes) live in pages of
//! [`PAGE_SIZE`] bytes, one size class (a multiple of 8 bytes) per page,
//! with a free list per class threaded through the free slots (and bump
//! allocation in the unused tail of the class's newest page). Bigger
//! objects get their own system allocation and are listed in `large`.
//!
//! Invariants: a free slot has the header tid [`FREE_TID`] and the next
//! free slot in its second word; every slot of a page outside the bump
//! region that is not free holds a valid
//! object of the page's class size (promoted objects are copied whole, so
//! slots need no clearing); `bytes` is the total size of the allocated
//! slots and large objects. Between major collections no object carries
//! the `MARKED` flag.

use super::MARKED;
use crate::GcPtr;
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::null_mut;

/// Largest object kept in size-class pages.
pub(crate) const SMALL_MAX: usize = 256;
/// Size of one page of small objects.
const PAGE_SIZE: usize = 16 << 10;
/// Size classes are indexed by size / 8.
const NCLASSES: usize = SMALL_MAX / 8 + 1;
/// The header tid of a free slot.
const FREE_TID: u32 = u32::MAX;

/// The old generation's memory.
pub(crate) struct OldGen {
    /// Head of the free list of each size class.
    free: [*mut u8; NCLASSES],
    /// The pages of each size class.
    pages: [Vec<*mut u8>; NCLASSES],
    /// The unused tail of each class's newest page (bump allocation
    /// there once the free list is empty; made of free slots at sweeps).
    bump: [(*mut u8, *mut u8); NCLASSES],
    /// Objects bigger than [`SMALL_MAX`] (address, rounded size).
    pub(crate) large: Vec<(GcPtr, usize)>,
    /// Bytes of allocated slots and large objects.
    pub(crate) bytes: usize,
}

fn page_layout() -> Layout {
    Layout::from_size_align(PAGE_SIZE, 16).expect("page layout")
}

impl OldGen {
    pub(crate) fn new() -> OldGen {
        OldGen {
            free: [null_mut(); NCLASSES],
            pages: std::array::from_fn(|_| Vec::new()),
            bump: [(null_mut(), null_mut()); NCLASSES],
            large: Vec::new(),
            bytes: 0,
        }
    }

    /// Uninitialised memory for an object of `size` bytes (a multiple of 8,
    /// at least 16), which the caller fills whole; `None` if the system
    /// has no memory left. Large objects are listed in `large`.
    #[inline]
    pub(crate) unsafe fn alloc(&mut self, size: usize) -> Option<*mut u8> {
        if size > SMALL_MAX {
            let p = alloc(Layout::from_size_align_unchecked(size, 16));
            if p.is_null() {
                return None;
            }
            self.large.push((p as GcPtr, size));
            self.bytes += size;
            return Some(p);
        }
        let c = size / 8;
        self.bytes += size;
        let slot = self.free[c];
        if !slot.is_null() {
            self.free[c] = *(slot as *const *mut u8).add(1);
            return Some(slot);
        }
        let (next, end) = self.bump[c];
        if next < end {
            self.bump[c].0 = next.add(size);
            return Some(next);
        }
        self.new_page(c, size)
    }

    /// Adds a page to class `c` and takes its first slot (the rest is the
    /// class's bump region).
    #[cold]
    unsafe fn new_page(&mut self, c: usize, size: usize) -> Option<*mut u8> {
        let page = alloc(page_layout());
        if page.is_null() {
            self.bytes -= size;
            return None;
        }
        self.pages[c].push(page);
        let n = PAGE_SIZE / size;
        self.bump[c] = (page.add(size), page.add(n * size));
        Some(page)
    }

    /// Turns the bump regions into free slots (before a sweep).
    unsafe fn retire_bump_regions(&mut self) {
        for c in 2..NCLASSES {
            let (mut next, end) = self.bump[c];
            while next < end {
                free_slot(next, null_mut());
                next = next.add(c * 8);
            }
            self.bump[c] = (null_mut(), null_mut());
        }
    }

    /// Frees every allocated slot and large object without `MARKED`,
    /// clears the flag on the others, releases empty pages. `on_free` is
    /// called with each freed object first. Returns the bytes still in use.
    pub(crate) unsafe fn sweep(&mut self, mut on_free: impl FnMut(GcPtr)) -> usize {
        self.retire_bump_regions();
        let mut live = 0usize;
        for c in 2..NCLASSES {
            let size = c * 8;
            let n = PAGE_SIZE / size;
            let mut head: *mut u8 = null_mut();
            let mut kept = Vec::with_capacity(self.pages[c].len());
            for &page in &self.pages[c] {
                let mut in_use = 0usize;
                for i in 0..n {
                    let obj = page.add(i * size) as GcPtr;
                    if (*obj).tid == FREE_TID {
                        continue;
                    }
                    if (*obj).flags & MARKED != 0 {
                        (*obj).flags &= !MARKED;
                        in_use += 1;
                    } else {
                        on_free(obj);
                        (*obj).tid = FREE_TID;
                    }
                }
                if in_use == 0 {
                    dealloc(page, page_layout());
                    continue;
                }
                live += in_use * size;
                kept.push(page);
                for i in (0..n).rev() {
                    let slot = page.add(i * size);
                    if (*(slot as GcPtr)).tid == FREE_TID {
                        free_slot(slot, head);
                        head = slot;
                    }
                }
            }
            self.pages[c] = kept;
            self.free[c] = head;
        }
        self.large.retain(|&(obj, size)| {
            if (*obj).flags & MARKED != 0 {
                (*obj).flags &= !MARKED;
                live += size;
                true
            } else {
                on_free(obj);
                dealloc(obj as *mut u8, Layout::from_size_align_unchecked(size, 16));
                false
            }
        });
        self.bytes = live;
        live
    }

    /// Releases all memory.
    pub(crate) unsafe fn free_all(&mut self) {
        for pages in self.pages.iter_mut() {
            for page in pages.drain(..) {
                dealloc(page, page_layout());
            }
        }
        for (obj, size) in self.large.drain(..) {
            dealloc(obj as *mut u8, Layout::from_size_align_unchecked(size, 16));
        }
        self.free = [null_mut(); NCLASSES];
        self.bump = [(null_mut(), null_mut()); NCLASSES];
        self.bytes = 0;
    }
}

/// Marks `slot` free with `next` as the next free slot.
#[inline(always)]
unsafe fn free_slot(slot: *mut u8, next: *mut u8) {
    let hdr = slot as GcPtr;
    (*hdr).tid = FREE_TID;
    (*hdr).flags = 0;
    *(slot as *mut *mut u8).add(1) = next;
}
