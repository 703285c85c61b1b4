//! The generational collector: a nursery, a non-moving old generation
//! (`oldgen.rs`), minor collections that promote the survivors, mark-sweep
//! major collections, and the remembered set fed by the write barrier.
//!
//! * Allocation bumps `FREE` through the nursery (the inlined fast path of
//!   `mod.rs`). Objects bigger than `large_threshold` never go to the
//!   nursery: they are allocated zeroed by the system, flagged
//!   `YOUNG_LARGE` and listed in `young_large` until the next minor
//!   collection.
//! * A minor collection copies every nursery object reachable from the
//!   roots (shadow stack, exception value, static roots), from the
//!   remembered set and from the store buffer / cards into the old
//!   generation, flags the copies `TRACK_YOUNG_PTRS`, traces them (only
//!   those whose type has GC pointers), frees the young large objects that
//!   were not reached, and clears the used part of the nursery. Prebuilt
//!   objects are only traced when they were written to (the barrier put
//!   them in the remembered set). Only a pointer inside the address range
//!   of the young large objects has its target's header read for the
//!   `YOUNG_LARGE` test (not every old object pointed to).
//! * A major collection (after a minor one, so the nursery is empty) marks
//!   from the roots and the prebuilt objects ever written to, with an
//!   explicit stack, then sweeps the old generation. It runs when the old
//!   generation exceeds `major_factor` × its size after the last one.
//!
//! * Large arrays: a large array of GC pointers (allocated outside the
//!   nursery with at least `CARD_MIN_ITEMS` items) has a card table after
//!   its items (`HAS_CARDS`) and keeps `TRACK_YOUNG_PTRS`, so every store
//!   through the array write barrier reaches `remember_item`, which does
//!   not know the value stored. It appends (array, index) to the **store
//!   buffer** `items`; the next minor collection traces exactly those
//!   items. When more than `items_cap`
//!   entries (nursery / 16) accumulate between two minor collections — a
//!   loop storing without allocating, such as a sort — the buffer is
//!   turned into **cards**: each entry sets the card of its item
//!   (`CARD_ITEMS` items) and lists the array once in `cards_set`
//!   (`CARDS_SET`), and until the next minor collection the barrier marks
//!   cards directly (the last array's card table is cached); the minor
//!   collection then traces the items of the cards set and clears them.
//!
//! Invariants between collections: every old object holding a pointer to
//! a young object (nursery or young large) is in `remembered` with its
//! `TRACK_YOUNG_PTRS` flag cleared, or is an array with a card table whose
//! item holding it is in the store buffer or covered by a set card (the
//! array then in `cards_set`); every other old or prebuilt object has the
//! flag set unless it is in `remembered`; every prebuilt object that was
//! ever written to is in `written_prebuilt`.

use super::finalizers::{run_destructors, Fate};
use super::identity::Moved;
use super::log;
use super::oldgen::OldGen;
use super::{card_table, trace_items, CARDS_SET, CARD_ITEMS, HAS_CARDS};
use super::{for_each_root, refresh_limit, trace_fields, GcStats, State};
use super::{FORWARDED, FREE, MARKED, PREBUILT_LISTED, STRESS_MAJOR_EVERY, YOUNG_LARGE};
use crate::{GcHeader, GcPtr};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr::null_mut;

/// Smallest nursery we accept.
const MIN_NURSERY: usize = 1 << 10;
/// Objects bigger than this (or than a quarter of the nursery) are
/// allocated outside the nursery.
const LARGE_OBJECT: usize = 64 << 10;
/// The old generation may grow to at least this size before the first
/// major collection (and at least 4 nurseries).
const MIN_MAJOR_THRESHOLD: usize = 1 << 20;
/// The store buffer holds up to nursery size / this many entries (16
/// bytes each) before it is turned into cards.
const STORE_BUFFER_DIVISOR: usize = 16;
/// ... and at least this many.
const MIN_STORE_BUFFER: usize = 1024;

/// The generational collector's state.
pub(crate) struct Gen {
    nursery: *mut u8,
    nursery_size: usize,
    pub(crate) large_threshold: usize,
    /// Old objects that may hold young pointers (written since the last
    /// minor collection).
    remembered: Vec<GcPtr>,
    /// Prebuilt objects ever written to (roots of major collections).
    written_prebuilt: Vec<GcPtr>,
    /// Large objects allocated since the last minor collection.
    young_large: Vec<(GcPtr, usize)>,
    /// The store buffer: (array, index) of each item of an old array with a
    /// card table written since the last minor collection (through the
    /// array write barrier), in order, duplicates included.
    items: Vec<(GcPtr, usize)>,
    /// Entries the store buffer may hold now: its capacity, or 0 once it
    /// was turned into cards since the last minor collection (then the
    /// barrier marks cards directly until the next one).
    items_cap: usize,
    /// The store buffer's capacity (`items_cap` after a minor collection).
    items_max: usize,
    /// The last array whose card the barrier marked directly and its card
    /// table (null after each minor collection).
    card_obj: GcPtr,
    card_table: *mut u8,
    /// Old arrays with a card table and cards set since the last minor
    /// collection (flag `CARDS_SET`).
    cards_set: Vec<GcPtr>,
    card_items_traced: u64,
    /// Work list of the collections (kept to reuse its memory).
    stack: Vec<GcPtr>,
    old: OldGen,
    major_factor: f64,
    min_major: usize,
    next_major: usize,
    live_after_major: usize,
    freed_by_last_major: usize,
    minors: u64,
    majors: u64,
    /// Bytes allocated before the current nursery cycle.
    bytes_allocated: u64,
    stress_count: u64,
}

impl Gen {
    pub(crate) fn new() -> Gen {
        Gen {
            nursery: null_mut(),
            nursery_size: 0,
            large_threshold: 0,
            remembered: Vec::new(),
            written_prebuilt: Vec::new(),
            young_large: Vec::new(),
            items: Vec::new(),
            items_cap: 0,
            items_max: 0,
            card_obj: null_mut(),
            card_table: null_mut(),
            cards_set: Vec::new(),
            card_items_traced: 0,
            stack: Vec::new(),
            old: OldGen::new(),
            major_factor: super::DEFAULT_MAJOR_FACTOR,
            min_major: MIN_MAJOR_THRESHOLD,
            next_major: MIN_MAJOR_THRESHOLD,
            live_after_major: 0,
            freed_by_last_major: 0,
            minors: 0,
            majors: 0,
            bytes_allocated: 0,
            stress_count: 0,
        }
    }

    /// Allocates the nursery (false if the memory cannot be had).
    pub(crate) unsafe fn init(&mut self, nursery_size: usize, major_factor: f64) -> bool {
        let size = (nursery_size.max(MIN_NURSERY) + 15) & !15;
        let Ok(layout) = Layout::from_size_align(size, 16) else {
            return false;
        };
        let p = alloc_zeroed(layout);
        if p.is_null() {
            return false;
        }
        self.nursery = p;
        self.nursery_size = size;
        self.large_threshold = (size / 4).min(LARGE_OBJECT);
        self.major_factor = major_factor;
        self.min_major = MIN_MAJOR_THRESHOLD.max(4 * size);
        self.next_major = self.min_major;
        self.items_max = (size / STORE_BUFFER_DIVISOR).max(MIN_STORE_BUFFER);
        self.items_cap = self.items_max;
        FREE = p as usize;
        true
    }

    /// The end of the nursery.
    pub(crate) fn nursery_end(&self) -> usize {
        self.nursery as usize + self.nursery_size
    }

    /// Whether `obj` lies in the nursery.
    #[inline(always)]
    pub(crate) fn in_nursery(&self, obj: GcPtr) -> bool {
        (obj as usize).wrapping_sub(self.nursery as usize) < self.nursery_size
    }

    pub(crate) unsafe fn free_all(&mut self) {
        if !self.nursery.is_null() {
            dealloc(
                self.nursery,
                Layout::from_size_align_unchecked(self.nursery_size, 16),
            );
        }
        for (obj, size) in self.young_large.drain(..) {
            dealloc(obj as *mut u8, Layout::from_size_align_unchecked(size, 16));
        }
        self.old.free_all();
        *self = Gen::new();
    }

    pub(crate) fn stats(&self) -> GcStats {
        let current = unsafe { FREE - self.nursery as usize } as u64;
        GcStats {
            collections: self.minors,
            major_collections: self.majors,
            bytes_allocated: self.bytes_allocated + current,
            heap_size: self.nursery_size + self.old.bytes,
            live_after_last: self.live_after_major,
            old_size: self.old.bytes,
            freed_by_last_major: self.freed_by_last_major,
            card_items_traced: self.card_items_traced,
        }
    }

    /// The slow path of the array write barrier on an old array with a
    /// card table: item `index` may now hold a young pointer. The item is
    /// recorded in the store buffer (the next minor collection traces
    /// exactly the items written); when the buffer is full it is turned
    /// into cards, and the later writes until the next minor collection
    /// mark cards directly (a loop storing without allocating — a sort —
    /// then costs a compare and a byte store per item).
    #[inline]
    pub(crate) unsafe fn remember_item(&mut self, obj: GcPtr, index: usize) {
        if self.items.len() < self.items_cap {
            self.items.push((obj, index));
        } else {
            self.mark_card_direct(obj, index);
        }
    }

    /// The store buffer is full or was spilled: turns it into cards and
    /// marks the card of item `index` of `obj`.
    #[cold]
    #[inline(never)]
    unsafe fn mark_card_direct(&mut self, obj: GcPtr, index: usize) {
        if !self.items.is_empty() {
            let mut items = std::mem::take(&mut self.items);
            for (o, i) in items.drain(..) {
                self.mark_card(o, i);
            }
            self.items = items;
            self.items_cap = 0;
        }
        self.mark_card(obj, index);
    }

    /// Sets the card of item `index` of `obj` (an old array with a card
    /// table) and lists the array in `cards_set` once.
    #[inline]
    unsafe fn mark_card(&mut self, obj: GcPtr, index: usize) {
        if obj != self.card_obj {
            self.card_obj = obj;
            self.card_table = card_table(obj);
            if (*obj).flags & CARDS_SET == 0 {
                (*obj).flags |= CARDS_SET;
                self.cards_set.push(obj);
            }
        }
        *self.card_table.add(index / CARD_ITEMS) = 1;
    }

    /// The slow path of the write barrier: `obj` (old or prebuilt, its
    /// flag just cleared) may now hold young pointers.
    pub(crate) unsafe fn remember(&mut self, obj: GcPtr) {
        self.remembered.push(obj);
        let flags = (*obj).flags;
        if flags & GcHeader::PREBUILT != 0 && flags & PREBUILT_LISTED == 0 {
            (*obj).flags |= PREBUILT_LISTED;
            self.written_prebuilt.push(obj);
        }
    }
}

/// The slow path of allocation: `size` bytes (checked, rounded), plus
/// `cards` bytes of card table if the object is allocated outside the
/// nursery (a large array of GC pointers). Returns the zeroed object and
/// its header flags.
pub(crate) unsafe fn alloc(st: &mut State, size: usize, cards: usize) -> Option<(GcPtr, u32)> {
    if st.stress {
        st.gen.stress_count += 1;
        if st.gen.stress_count % STRESS_MAJOR_EVERY == 0 {
            full_collect(st);
        } else {
            minor(st);
        }
    }
    if size > st.gen.large_threshold {
        let (obj, flags) = alloc_large(st, size + cards)?;
        return Some((obj, if cards > 0 { flags | HAS_CARDS } else { flags }));
    }
    if FREE + size > st.gen.nursery_end() {
        minor(st);
        if st.gen.old.bytes > st.gen.next_major {
            major(st);
        }
    }
    let obj = FREE as GcPtr;
    FREE += size;
    Some((obj, 0))
}

/// A large object, allocated zeroed outside the nursery (young until the
/// next minor collection).
unsafe fn alloc_large(st: &mut State, size: usize) -> Option<(GcPtr, u32)> {
    if !st.stress && st.gen.old.bytes.saturating_add(size) > st.gen.next_major {
        full_collect(st);
    }
    let layout = Layout::from_size_align(size, 16).ok()?;
    let mut p = alloc_zeroed(layout);
    if p.is_null() {
        full_collect(st);
        p = alloc_zeroed(layout);
        if p.is_null() {
            return None;
        }
    }
    let g = &mut st.gen;
    g.young_large.push((p as GcPtr, size));
    g.old.bytes += size;
    g.bytes_allocated += size as u64;
    Some((p as GcPtr, YOUNG_LARGE))
}

/// A minor collection followed by a major one.
pub(crate) unsafe fn full_collect(st: &mut State) {
    minor(st);
    major(st);
}

/// Promotes the live young objects (see the module documentation).
pub(crate) unsafe fn minor(st: &mut State) {
    let t = log::begin();
    let old_before = st.gen.old.bytes;
    let State {
        gen, pre, special, ..
    } = &mut *st;
    let Gen {
        nursery,
        remembered,
        items,
        cards_set,
        card_items_traced,
        young_large,
        stack,
        old,
        ..
    } = gen;
    let lo = *nursery as usize;
    let used = FREE - lo;
    // The address range spanning the young large objects: only a pointer
    // into it can need the `YOUNG_LARGE` test (which reads the header of
    // the object pointed to: a cache miss for most old objects).
    let (ylo, yhi) = young_large
        .iter()
        .fold((usize::MAX, 0), |(a, b), &(obj, size)| {
            (a.min(obj as usize), b.max(obj as usize + size))
        });
    let mut mv = Mover {
        lo,
        span: used,
        large_lo: ylo,
        large_span: yhi.saturating_sub(ylo),
        old,
        stack,
    };
    for_each_root(pre, special, |slot| mv.forward(slot));
    for obj in remembered.drain(..) {
        trace_fields(obj, |slot| mv.forward(slot));
        (*obj).flags |= GcHeader::TRACK_YOUNG_PTRS;
    }
    // Large arrays: the items written (the whole array if it was also
    // remembered above, which is harmless), then the items of the cards
    // set if the store buffer overflowed.
    *card_items_traced += trace_written_items(items, &mut mv);
    items.clear();
    for obj in cards_set.drain(..) {
        (*obj).flags &= !CARDS_SET;
        let cards = card_table(obj);
        let ncards = super::length_of(obj, super::type_of(obj)).div_ceil(CARD_ITEMS);
        for c in 0..ncards {
            if *cards.add(c) != 0 {
                *cards.add(c) = 0;
                *card_items_traced +=
                    trace_items(obj, c * CARD_ITEMS, (c + 1) * CARD_ITEMS, |slot| {
                        mv.forward(slot)
                    }) as u64;
            }
        }
    }
    while let Some(obj) = mv.stack.pop() {
        trace_fields(obj, |slot| mv.forward(slot));
    }
    // Registered objects found dead are resurrected into their queues.
    let dead = special.queues.dead_young(|obj| young_fate(lo, used, obj));
    for (obj, q) in dead {
        let mut p = obj;
        mv.forward(&mut p);
        special.queues.enqueue(q, p);
    }
    while let Some(obj) = mv.stack.pop() {
        trace_fields(obj, |slot| mv.forward(slot));
    }
    // Weak references and destructors see the survivors (young large
    // objects not reached still carry `YOUNG_LARGE`); the destructors run
    // before any dead memory is reused.
    st.special.after_minor(|obj| young_fate(lo, used, obj));
    run_destructors(st);
    let State { gen, ids, .. } = &mut *st;
    let Gen {
        young_large, old, ..
    } = gen;
    // Young large objects: the reached ones join the old generation.
    for (obj, size) in young_large.drain(..) {
        if (*obj).flags & YOUNG_LARGE != 0 {
            ids.remove_fixed(obj as usize);
            old.bytes -= size;
            dealloc(obj as *mut u8, Layout::from_size_align_unchecked(size, 16));
        } else {
            old.large.push((obj, size));
        }
    }
    ids.rekey(|addr| {
        if addr.wrapping_sub(lo) < used {
            let obj = addr as GcPtr;
            if (*obj).flags & FORWARDED != 0 {
                Moved::Fixed(*(obj as *const usize).add(1))
            } else {
                Moved::Dead
            }
        } else {
            Moved::Fixed(addr)
        }
    });
    gen.items_cap = gen.items_max;
    gen.card_obj = null_mut();
    std::ptr::write_bytes(lo as *mut u8, 0, used);
    FREE = lo;
    gen.bytes_allocated += used as u64;
    gen.minors += 1;
    let old_after = gen.old.bytes;
    let heap = gen.nursery_size + old_after;
    refresh_limit(st);
    log::end_minor(t, used, old_before, old_after, heap);
}

/// Forwards the GC pointers of the items in the store buffer `items`;
/// returns how many items were traced. The layout of the array of the
/// previous entry is reused (consecutive entries are mostly of the same
/// array).
unsafe fn trace_written_items(items: &[(GcPtr, usize)], mv: &mut Mover) -> u64 {
    let mut last: GcPtr = null_mut();
    let (mut base, mut step, mut len) = (null_mut::<u8>(), 0usize, 0usize);
    let mut offsets: &[u32] = &[];
    let mut traced = 0u64;
    for &(obj, i) in items {
        if obj != last {
            last = obj;
            let ti = super::type_of(obj);
            len = super::length_of(obj, ti);
            step = ti.item_size as usize;
            base = (obj as *mut u8).add(ti.items_offset as usize);
            offsets = ti.item_gc_ptrs;
        }
        if i < len {
            let item = base.add(i * step);
            for &off in offsets {
                mv.forward(item.add(off as usize) as *mut GcPtr);
            }
            traced += 1;
        }
    }
    traced
}

/// Marks and sweeps the old generation; the nursery must be empty (call
/// right after [`minor`]).
pub(crate) unsafe fn major(st: &mut State) {
    let t = log::begin();
    let State {
        gen, pre, special, ..
    } = &mut *st;
    debug_assert!(
        gen.remembered.is_empty()
            && gen.young_large.is_empty()
            && gen.items.is_empty()
            && gen.cards_set.is_empty()
    );
    let stack = &mut gen.stack;
    for_each_root(pre, special, |slot| mark(stack, slot));
    for &obj in &gen.written_prebuilt {
        trace_fields(obj, |slot| mark(stack, slot));
    }
    while let Some(obj) = stack.pop() {
        trace_fields(obj, |slot| mark(stack, slot));
    }
    // Registered objects found dead are resurrected into their queues.
    let dead = special.queues.dead_old(|obj| old_fate(obj));
    for (obj, q) in dead {
        let mut p = obj;
        mark(stack, &mut p);
        special.queues.enqueue(q, p);
    }
    while let Some(obj) = stack.pop() {
        trace_fields(obj, |slot| mark(stack, slot));
    }
    st.special.after_major(|obj| old_fate(obj));
    run_destructors(st);
    let State { gen, ids, .. } = &mut *st;
    if !ids.fixed_is_empty() {
        ids.retain_fixed(|addr| (*(addr as GcPtr)).flags & (MARKED | GcHeader::PREBUILT) != 0);
    }
    let before = gen.old.bytes;
    let live = gen.old.sweep(|_| {});
    gen.freed_by_last_major = before - live;
    gen.live_after_major = live;
    let grown = (live as f64 * gen.major_factor) as usize;
    gen.next_major = grown.max(gen.min_major);
    gen.majors += 1;
    log::end_major(t, before, live, gen.next_major);
}

/// What the minor collection that just traced the nursery `[lo, lo +
/// used)` did to `obj`: nursery objects survive if they were copied, young
/// large ones if they lost their flag; older objects are not concerned.
#[inline]
unsafe fn young_fate(lo: usize, used: usize, obj: GcPtr) -> Fate {
    if (obj as usize).wrapping_sub(lo) < used {
        if (*obj).flags & FORWARDED != 0 {
            Fate::Alive(*(obj as *const GcPtr).add(1))
        } else {
            Fate::Dead
        }
    } else if (*obj).flags & YOUNG_LARGE != 0 {
        Fate::Dead
    } else {
        Fate::Alive(obj)
    }
}

/// What the marking of a major collection says about the old (or
/// prebuilt) object `obj`.
#[inline]
unsafe fn old_fate(obj: GcPtr) -> Fate {
    if (*obj).flags & (MARKED | GcHeader::PREBUILT) != 0 {
        Fate::Alive(obj)
    } else {
        Fate::Dead
    }
}

/// Marks the old object in `*slot` (prebuilt objects are not traced: the
/// written ones are roots, the others hold no heap pointers).
#[inline(always)]
unsafe fn mark(stack: &mut Vec<GcPtr>, slot: *mut GcPtr) {
    let obj = *slot;
    if obj.is_null() {
        return;
    }
    let flags = (*obj).flags;
    if flags & (MARKED | GcHeader::PREBUILT) == 0 {
        (*obj).flags = flags | MARKED;
        stack.push(obj);
    }
}

/// The promotion state of one minor collection.
struct Mover<'a> {
    /// Start and used size of the nursery.
    lo: usize,
    span: usize,
    /// An address range holding every young large object (empty if none).
    large_lo: usize,
    large_span: usize,
    old: &'a mut OldGen,
    /// Promoted or reached objects whose fields remain to be traced.
    stack: &'a mut Vec<GcPtr>,
}

impl Mover<'_> {
    /// Updates `*slot` to the promoted copy of its nursery object, copying
    /// it first if needed; a young large object is adopted. Other pointers
    /// are left alone. (Inlined: the tests; the copy is out of line.)
    #[inline(always)]
    unsafe fn forward(&mut self, slot: *mut GcPtr) {
        let obj = *slot;
        if (obj as usize).wrapping_sub(self.lo) < self.span {
            *slot = if (*obj).flags & FORWARDED != 0 {
                *(obj as *const GcPtr).add(1)
            } else {
                self.promote(obj)
            };
        } else if (obj as usize).wrapping_sub(self.large_lo) < self.large_span
            && (*obj).flags & YOUNG_LARGE != 0
        {
            (*obj).flags = ((*obj).flags & !YOUNG_LARGE) | GcHeader::TRACK_YOUNG_PTRS;
            self.stack.push(obj);
        }
    }

    /// Copies the nursery object `obj` into the old generation, leaves the
    /// forwarding address behind and returns the copy; the copy is queued
    /// for tracing if its type has GC pointers.
    #[inline(never)]
    unsafe fn promote(&mut self, obj: GcPtr) -> GcPtr {
        let ti = super::type_of(obj);
        let len = if ti.item_size == 0 {
            0
        } else {
            super::length_of(obj, ti)
        };
        let size = super::round_size(super::raw_size(ti, len));
        let Some(copy) = self.old.alloc(size) else {
            crate::stack::fatal("out of memory (promoting objects)")
        };
        let copy = copy as GcPtr;
        copy_words(obj as *const u64, copy as *mut u64, size / 8);
        (*copy).flags |= GcHeader::TRACK_YOUNG_PTRS;
        (*obj).flags |= FORWARDED;
        *(obj as *mut GcPtr).add(1) = copy;
        if !ti.gc_ptrs.is_empty() || (len != 0 && !ti.item_gc_ptrs.is_empty()) {
            self.stack.push(copy);
        }
        copy
    }
}

/// Copies `n` words (inline for the small objects that are the common
/// case; a library call costs more than the copy).
#[inline(always)]
unsafe fn copy_words(src: *const u64, dst: *mut u64, n: usize) {
    if n <= 8 {
        let mut i = 0;
        while i + 2 <= n {
            let pair = (src.add(i) as *const [u64; 2]).read();
            (dst.add(i) as *mut [u64; 2]).write(pair);
            i += 2;
        }
        if i < n {
            *dst.add(i) = *src.add(i);
        }
    } else {
        std::ptr::copy_nonoverlapping(src, dst, n);
    }
}
