//! The garbage collector: a precise, moving semispace copying collector
//! (Cheney's algorithm), the shadow stack of roots, prebuilt objects and
//! identity hashes.
//!
//! Allocation bumps a pointer through the current semispace; when the space
//! is full, every object reachable from the roots (shadow-stack slots, the
//! pending exception value, registered static slots and the GC fields of
//! every prebuilt object) is copied into the other semispace and the spaces
//! are swapped. Objects outside the semispaces (prebuilt ones) are scanned
//! but never moved.
//!
//! Invariants after any call of this module returns:
//! * every object of the current space lies in `[start, FREE)`, back to
//!   back, each with a valid header and a size rounded up to 8 bytes (at
//!   least 16, so that a forwarding pointer fits after the header);
//! * `[FREE, end)` of the current space and the whole other space are zero,
//!   so fresh objects need no clearing;
//! * every root slot points at a live object (or null / a prebuilt object);
//! * the identity table maps the *current* address of each object that was
//!   given an identity hash to that hash.

use crate::{GcHeader, GcPtr, Global, TypeInfo};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ptr::{null, null_mut};
use std::sync::Mutex;

/// Header flag of an object that was copied: the word after the header is
/// the new address. Only ever set on objects of the space being evacuated.
const FORWARDED: u32 = 2;
/// Default size of one semispace.
const DEFAULT_HEAP: usize = 8 << 20;
/// Smallest semispace we accept (tests use tiny heaps to force collections).
const MIN_HEAP: usize = 1 << 10;
/// Largest single object, in bytes; bigger requests raise MemoryError.
const MAX_OBJECT: usize = 1 << 44;
/// Number of shadow-stack slots (the memory is committed lazily by the OS).
const SHADOW_SLOTS: usize = 4 << 20;
/// Var-sized allocations with at most this many items take the inline fast
/// path (their size cannot overflow); longer ones are checked out of line.
const FAST_MAX_LENGTH: u64 = 1 << 31;

// Hot state, read and written by value from the inlined fast paths.
static mut TYPES: *const TypeInfo = null();
static mut FREE: usize = 0;
/// End of the bump region; 0 in stress mode or before `init`, which sends
/// every allocation to the slow path.
static mut LIMIT: usize = 0;
pub(crate) static mut SHADOW_BASE: *mut GcPtr = null_mut();
pub(crate) static mut SHADOW_TOP: *mut GcPtr = null_mut();
pub(crate) static mut SHADOW_END: *mut GcPtr = null_mut();
/// Shadow-stack depth (as an address) beyond which `stack::check` reports
/// a too-deep recursion: 15/16 of the capacity (`usize::MAX` before init).
pub(crate) static mut SHADOW_SOFT_END: usize = usize::MAX;

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

/// Hasher for the identity table (keys are 8-aligned addresses).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let x = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type IdTable = HashMap<usize, i64, BuildHasherDefault<AddrHasher>>;

/// Cold state, only touched by slow paths.
struct State {
    initialised: bool,
    stress: bool,
    cur: Space,
    other: Space,
    /// Size the next allocated semispace should have (heap growth).
    target_size: usize,
    /// Bytes at the start of `cur` that the last collection copied there.
    last_live: usize,
    collections: u64,
    /// Bytes allocated in earlier cycles.
    bytes_allocated: u64,
    prebuilt_tables: Vec<&'static [GcPtr]>,
    owned_prebuilt: Vec<(GcPtr, Layout)>,
    static_roots: Vec<*mut GcPtr>,
    ids: Option<IdTable>,
    spare_ids: Option<IdTable>,
    next_id: i64,
    shadow_layout: Option<Layout>,
    in_out_of_memory: bool,
}

impl State {
    const fn new() -> State {
        State {
            initialised: false,
            stress: false,
            cur: Space::EMPTY,
            other: Space::EMPTY,
            target_size: 0,
            last_live: 0,
            collections: 0,
            bytes_allocated: 0,
            prebuilt_tables: Vec::new(),
            owned_prebuilt: Vec::new(),
            static_roots: Vec::new(),
            ids: None,
            spare_ids: None,
            next_id: 0,
            shadow_layout: None,
            in_out_of_memory: false,
        }
    }
}

static STATE: Global<State> = Global::new(State::new());
static LOCK: Mutex<()> = Mutex::new(());

/// Collector statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Number of collections since `init`.
    pub collections: u64,
    /// Total bytes allocated in the heap since `init` (prebuilt excluded).
    pub bytes_allocated: u64,
    /// Size in bytes of the current semispace.
    pub heap_size: usize,
    /// Bytes that survived the last collection.
    pub live_after_last: usize,
}

/// Runs `f` while holding the global run-time lock.
///
/// The run time keeps its state in process globals; the graph interpreter
/// holds this lock while it runs a program so that test threads take
/// turns. Not reentrant: `f` must not call `with_lock` again. A panic in an
/// earlier holder does not poison the lock for later ones.
pub fn with_lock<R>(f: impl FnOnce() -> R) -> R {
    let _guard = LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    f()
}

/// Drops all heap state: both semispaces, interpreter-owned prebuilt
/// objects, root registrations, identity hashes, the shadow stack and the
/// exception state (registered builtin-exception constructors included).
/// Afterwards [`init`] must be called before allocating.
/// Every GC pointer obtained earlier dangles.
pub fn reset() {
    unsafe {
        let st = &mut *STATE.get();
        free_space(&mut st.cur);
        free_space(&mut st.other);
        for (obj, layout) in st.owned_prebuilt.drain(..) {
            dealloc(obj as *mut u8, layout);
        }
        if let Some(layout) = st.shadow_layout.take() {
            dealloc(SHADOW_BASE as *mut u8, layout);
        }
        *st = State::new();
        TYPES = null();
        FREE = 0;
        LIMIT = 0;
        SHADOW_BASE = null_mut();
        SHADOW_TOP = null_mut();
        SHADOW_END = null_mut();
        SHADOW_SOFT_END = usize::MAX;
        crate::exc::reset();
    }
}

/// Registers the type-info table and sets up an empty heap, reading
/// `RPY_GC_STRESS=1` (collect before every allocation) and `RPY_GC_HEAP`
/// (initial semispace size, e.g. `8M`; default 8 MiB) from the environment.
/// Any previous heap state is dropped first (see [`reset`]).
///
/// # Safety
/// `types` must describe every type id the program allocates or stores in
/// a GC field, with offsets inside the objects' real layouts.
pub unsafe fn init(types: &'static [TypeInfo]) {
    let heap = std::env::var("RPY_GC_HEAP")
        .ok()
        .and_then(|s| crate::parse_size(&s))
        .unwrap_or(DEFAULT_HEAP);
    let stress = std::env::var("RPY_GC_STRESS").is_ok_and(|s| s.trim() == "1");
    init_with_config(types, heap, stress);
}

/// Like [`init`] but with explicit settings instead of the environment.
///
/// # Safety
/// As for [`init`].
pub unsafe fn init_with_config(types: &'static [TypeInfo], heap_size: usize, stress: bool) {
    reset();
    let st = &mut *STATE.get();
    let size = (heap_size.max(MIN_HEAP) + 7) & !7;
    st.cur = match alloc_space(size) {
        Some(space) => space,
        None => crate::stack::fatal("cannot allocate the GC heap"),
    };
    st.target_size = size;
    let layout = Layout::array::<GcPtr>(SHADOW_SLOTS).expect("shadow stack layout");
    let shadow = alloc_zeroed(layout) as *mut GcPtr;
    if shadow.is_null() {
        crate::stack::fatal("cannot allocate the shadow stack");
    }
    st.shadow_layout = Some(layout);
    SHADOW_BASE = shadow;
    SHADOW_TOP = shadow;
    SHADOW_END = shadow.add(SHADOW_SLOTS);
    SHADOW_SOFT_END = shadow.add(SHADOW_SLOTS - SHADOW_SLOTS / 16) as usize;
    TYPES = types.as_ptr();
    FREE = st.cur.start as usize;
    st.initialised = true;
    set_stress(stress);
}

/// Turns stress mode (a collection before every allocation) on or off.
pub fn set_stress(on: bool) {
    unsafe {
        let st = &mut *STATE.get();
        st.stress = on;
        LIMIT = if on || !st.initialised {
            0
        } else {
            st.cur.start as usize + st.cur.size
        };
    }
}

/// Whether [`init`] has been called (and no [`reset`] since).
pub fn is_initialised() -> bool {
    unsafe { (*STATE.get()).initialised }
}

/// Current statistics.
pub fn stats() -> GcStats {
    unsafe {
        let st = &*STATE.get();
        let current = if st.initialised {
            (FREE - st.cur.start as usize - st.last_live) as u64
        } else {
            0
        };
        GcStats {
            collections: st.collections,
            bytes_allocated: st.bytes_allocated + current,
            heap_size: st.cur.size,
            live_after_last: st.last_live,
        }
    }
}

/// The layout of type `tid`.
///
/// # Safety
/// [`init`] was called and `tid` is a valid index of the table.
#[inline(always)]
pub unsafe fn type_info(tid: u32) -> &'static TypeInfo {
    &*TYPES.add(tid as usize)
}

/// The layout of the object `obj`.
///
/// # Safety
/// `obj` points at a valid GC object.
#[inline(always)]
pub unsafe fn type_of(obj: GcPtr) -> &'static TypeInfo {
    type_info((*obj).tid)
}

#[inline(always)]
fn round_size(size: usize) -> usize {
    let s = (size + 7) & !7;
    if s < 16 {
        16
    } else {
        s
    }
}

/// Size in bytes of an object with this layout and item count (unrounded,
/// unchecked: the caller guarantees it cannot overflow).
#[inline(always)]
fn raw_size(ti: &TypeInfo, length: usize) -> usize {
    let fixed = ti.fixed_size as usize;
    if ti.item_size == 0 {
        return fixed;
    }
    let end = ti.items_offset as usize + length * ti.item_size as usize;
    if end > fixed {
        end
    } else {
        fixed
    }
}

/// The item count of a var-sized object.
///
/// # Safety
/// `obj` is a valid object of a var-sized type.
#[inline(always)]
unsafe fn length_of(obj: GcPtr, ti: &TypeInfo) -> usize {
    *((obj as *const u8).add(ti.length_offset as usize) as *const i64) as usize
}

/// The heap size (rounded) of `obj`.
///
/// # Safety
/// `obj` points at a valid GC object.
#[inline(always)]
unsafe fn object_size(obj: GcPtr) -> usize {
    let ti = type_of(obj);
    let len = if ti.item_size == 0 {
        0
    } else {
        length_of(obj, ti)
    };
    round_size(raw_size(ti, len))
}

/// Checked allocation size, or `None` for a negative or absurd length.
unsafe fn checked_size(tid: u32, length: Option<i64>) -> Option<usize> {
    let ti = type_info(tid);
    let len = match length {
        Some(n) if n < 0 => return None,
        Some(n) => n as u64,
        None => 0,
    };
    let items = len.checked_mul(ti.item_size as u64)?;
    let end = items.checked_add(ti.items_offset as u64)?;
    let size = end.max(ti.fixed_size as u64);
    if size > MAX_OBJECT as u64 {
        return None;
    }
    Some(round_size(size as usize))
}

/// Allocates a zeroed fixed-size object of type `tid` (header set). May
/// collect. Returns null with MemoryError raised if memory is exhausted.
///
/// # Safety
/// [`init`] was called; `tid` is a valid type id. Every GC pointer the
/// caller keeps across this call must be in a root slot (it may move).
#[inline]
pub unsafe fn malloc(tid: u32) -> GcPtr {
    let size = round_size(type_info(tid).fixed_size as usize);
    let p = FREE;
    let new_free = p.wrapping_add(size);
    if new_free <= LIMIT {
        FREE = new_free;
        let obj = p as GcPtr;
        *obj = GcHeader { tid, flags: 0 };
        return obj;
    }
    alloc_slow(tid, None)
}

/// Allocates a zeroed var-sized object of type `tid` with `length` items
/// (header and length field set). May collect. A negative or absurd length
/// raises MemoryError and returns null.
///
/// # Safety
/// As for [`malloc`]; `tid` must be a var-sized type.
#[inline]
pub unsafe fn malloc_varsize(tid: u32, length: i64) -> GcPtr {
    if (length as u64) < FAST_MAX_LENGTH {
        let ti = type_info(tid);
        let size = round_size(raw_size(ti, length as usize));
        let p = FREE;
        let new_free = p.wrapping_add(size);
        if new_free <= LIMIT {
            FREE = new_free;
            let obj = p as GcPtr;
            *obj = GcHeader { tid, flags: 0 };
            *((p + ti.length_offset as usize) as *mut i64) = length;
            return obj;
        }
    }
    alloc_slow(tid, Some(length))
}

#[cold]
#[inline(never)]
unsafe fn alloc_slow(tid: u32, length: Option<i64>) -> GcPtr {
    if !(*STATE.get()).initialised {
        crate::stack::fatal("GC allocation before gc::init");
    }
    let size = match checked_size(tid, length) {
        Some(size) => size,
        None => return out_of_memory(),
    };
    let (stress, end) = {
        let st = &*STATE.get();
        (st.stress, st.cur.start as usize + st.cur.size)
    };
    if (stress || FREE + size > end) && !collect_for(size) {
        return out_of_memory();
    }
    let obj = FREE as GcPtr;
    FREE += size;
    *obj = GcHeader { tid, flags: 0 };
    if let Some(n) = length {
        let ti = type_info(tid);
        *((obj as *mut u8).add(ti.length_offset as usize) as *mut i64) = n;
    }
    obj
}

/// Raises MemoryError and returns null (fatal if raising it runs out of
/// memory too).
#[cold]
unsafe fn out_of_memory() -> GcPtr {
    let st = STATE.get();
    if (*st).in_out_of_memory {
        crate::stack::fatal("out of memory");
    }
    (*st).in_out_of_memory = true;
    crate::exc::raise_builtin(crate::exc::Builtin::MemoryError, "");
    (*st).in_out_of_memory = false;
    null_mut()
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

/// Runs a collection (without growing the heap). Objects move; pointers not
/// held in roots dangle afterwards. Does nothing before [`init`].
pub fn collect() {
    unsafe {
        if (*STATE.get()).initialised {
            collect_for(0);
        }
    }
}

/// Collects, then makes sure `request` more bytes fit in the current space
/// (growing the semispaces, which costs one more copy). False if the
/// memory for that cannot be obtained.
unsafe fn collect_for(request: usize) -> bool {
    let st = &mut *STATE.get();
    if !do_collect(st) {
        return false;
    }
    let live = FREE - st.cur.start as usize;
    let want = live + request;
    if want > st.cur.size / 2 {
        let doubled = want
            .checked_mul(2)
            .map(|n| (n + 0xffff) & !0xffff)
            .unwrap_or(usize::MAX);
        st.target_size = st
            .target_size
            .max(st.cur.size.saturating_mul(2).max(doubled));
    }
    if want > st.cur.size && !do_collect(st) {
        return false;
    }
    FREE + request <= st.cur.start as usize + st.cur.size
}

/// Copies the reachable objects of the current space into the other space
/// and swaps them. False (nothing done) if the other space cannot be
/// allocated even at the current size.
unsafe fn do_collect(st: &mut State) -> bool {
    let need = st.target_size.max(st.cur.size);
    if st.other.start.is_null() || st.other.size < need {
        free_space(&mut st.other);
        st.other = match alloc_space(need) {
            Some(space) => space,
            None => {
                st.target_size = st.cur.size;
                match alloc_space(st.cur.size) {
                    Some(space) => space,
                    None => return false,
                }
            }
        };
    }
    let from_lo = st.cur.start as usize;
    let used = FREE - from_lo;
    st.bytes_allocated += (used - st.last_live) as u64;
    let mut copier = Copier {
        lo: from_lo,
        span: st.cur.size,
        free: st.other.start as usize,
    };
    // Roots.
    let mut slot = SHADOW_BASE;
    while slot < SHADOW_TOP {
        copier.forward(slot);
        slot = slot.add(1);
    }
    copier.forward(crate::exc::value_slot());
    for &root in &st.static_roots {
        copier.forward(root);
    }
    for table in &st.prebuilt_tables {
        for &obj in table.iter() {
            if !obj.is_null() {
                copier.trace(obj);
            }
        }
    }
    for &(obj, _) in &st.owned_prebuilt {
        copier.trace(obj);
    }
    // Cheney scan of the copies.
    let mut scan = st.other.start as usize;
    while scan < copier.free {
        let obj = scan as GcPtr;
        copier.trace(obj);
        scan += object_size(obj);
    }
    rekey_ids(st, from_lo, st.cur.size);
    // Swap; the evacuated space is cleared for its next use.
    std::mem::swap(&mut st.cur, &mut st.other);
    if st.other.size < st.target_size {
        free_space(&mut st.other);
    } else {
        std::ptr::write_bytes(st.other.start, 0, used);
    }
    let live = copier.free - st.cur.start as usize;
    FREE = copier.free;
    LIMIT = if st.stress {
        0
    } else {
        st.cur.start as usize + st.cur.size
    };
    st.last_live = live;
    st.collections += 1;
    true
}

/// Moves the identity-table entries of copied objects to their new
/// addresses and drops those of dead objects.
unsafe fn rekey_ids(st: &mut State, lo: usize, span: usize) {
    let Some(old) = st.ids.as_mut() else { return };
    if old.is_empty() {
        return;
    }
    let mut new = st.spare_ids.take().unwrap_or_default();
    for (&addr, &id) in old.iter() {
        if addr.wrapping_sub(lo) < span {
            let obj = addr as GcPtr;
            if (*obj).flags & FORWARDED != 0 {
                new.insert(*(obj as *const usize).add(1), id);
            }
        } else {
            new.insert(addr, id);
        }
    }
    old.clear();
    st.spare_ids = st.ids.replace(new);
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

    /// Forwards every GC field of `obj`.
    #[inline(always)]
    unsafe fn trace(&mut self, obj: GcPtr) {
        let ti = type_of(obj);
        let base = obj as *mut u8;
        for &off in ti.gc_ptrs {
            self.forward(base.add(off as usize) as *mut GcPtr);
        }
        if ti.item_size != 0 && !ti.item_gc_ptrs.is_empty() {
            let len = length_of(obj, ti);
            let step = ti.item_size as usize;
            let mut item = base.add(ti.items_offset as usize);
            if step == 8 && ti.item_gc_ptrs.len() == 1 && ti.item_gc_ptrs[0] == 0 {
                for _ in 0..len {
                    self.forward(item as *mut GcPtr);
                    item = item.add(8);
                }
            } else {
                for _ in 0..len {
                    for &off in ti.item_gc_ptrs {
                        self.forward(item.add(off as usize) as *mut GcPtr);
                    }
                    item = item.add(step);
                }
            }
        }
    }
}

/// The write barrier, called before storing a GC pointer into a field of
/// `obj`. A no-op for the semispace collector.
///
/// # Safety
/// `obj` points at a valid GC object.
#[inline(always)]
pub unsafe fn write_barrier(obj: GcPtr) {
    let _ = obj;
}

// ---------------------------------------------------------------------------
// Shadow stack

#[cold]
#[inline(never)]
fn shadow_overflow() -> ! {
    if unsafe { SHADOW_BASE.is_null() } {
        crate::stack::fatal("shadow stack used before gc::init");
    }
    crate::stack::fatal("shadow stack overflow")
}

/// Reserves `n` fresh null slots on the shadow stack and returns the first.
/// Fatal error on overflow.
///
/// # Safety
/// [`init`] was called. The caller releases exactly these `n` slots with
/// [`shadow_release`] before releasing slots reserved earlier (LIFO), and
/// only stores GC pointers (or null) in them.
#[inline(always)]
pub unsafe fn shadow_reserve(n: usize) -> *mut GcPtr {
    let base = SHADOW_TOP;
    let top = base.wrapping_add(n);
    if top > SHADOW_END || top < base {
        shadow_overflow();
    }
    std::ptr::write_bytes(base, 0, n);
    SHADOW_TOP = top;
    base
}

/// Releases the `n` most recently reserved shadow-stack slots.
///
/// # Safety
/// At least `n` slots are reserved, and the last `n` belong to the caller.
#[inline(always)]
pub unsafe fn shadow_release(n: usize) {
    SHADOW_TOP = SHADOW_TOP.sub(n);
}

/// Number of shadow-stack slots currently reserved.
pub fn shadow_depth() -> usize {
    unsafe {
        if SHADOW_BASE.is_null() {
            0
        } else {
            SHADOW_TOP.offset_from(SHADOW_BASE) as usize
        }
    }
}

/// `N` GC pointers kept on the shadow stack for the guard's lifetime, so a
/// helper can allocate and then reload them:
///
/// ```ignore
/// let r = Roots::new([a as GcPtr, b as GcPtr]);
/// let c = gc::malloc(tid);          // may move a and b
/// let (a, b) = (r.get(0), r.get(1));
/// ```
///
/// Beware of `Roots::new([gc::malloc(t1), gc::malloc(t2)])`: the second
/// allocation can move the first object before it is rooted; allocate into
/// a root slot one at a time with [`Roots::set`] instead.
pub struct Roots<const N: usize> {
    base: *mut GcPtr,
}

impl<const N: usize> Roots<N> {
    /// Pushes `ptrs` on the shadow stack.
    ///
    /// # Safety
    /// [`init`] was called; every pointer is null or a valid GC object;
    /// guards are dropped in reverse order of creation (Rust's drop order
    /// for locals) and the heap is not [`reset`] while the guard lives.
    #[inline(always)]
    pub unsafe fn new(ptrs: [GcPtr; N]) -> Roots<N> {
        let base = SHADOW_TOP;
        let top = base.wrapping_add(N);
        if top > SHADOW_END || top < base {
            shadow_overflow();
        }
        for (i, p) in ptrs.into_iter().enumerate() {
            *base.add(i) = p;
        }
        SHADOW_TOP = top;
        Roots { base }
    }

    /// The current address of root `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> GcPtr {
        assert!(i < N);
        unsafe { *self.base.add(i) }
    }

    /// Root `i` cast to a typed pointer.
    #[inline(always)]
    pub fn get_as<T>(&self, i: usize) -> *mut T {
        self.get(i) as *mut T
    }

    /// Replaces root `i` (with null or a valid GC object).
    #[inline(always)]
    pub fn set(&self, i: usize, p: GcPtr) {
        assert!(i < N);
        unsafe { *self.base.add(i) = p }
    }
}

impl<const N: usize> Drop for Roots<N> {
    #[inline(always)]
    fn drop(&mut self) {
        unsafe {
            debug_assert!(
                SHADOW_TOP == self.base.wrapping_add(N),
                "Roots released out of order"
            );
            SHADOW_TOP = self.base;
        }
    }
}

// ---------------------------------------------------------------------------
// Prebuilt objects and static roots

/// Registers a table of prebuilt objects (static data of a compiled
/// program). Their GC fields are roots from now on.
///
/// # Safety
/// [`init`] was called; every entry is null or a prebuilt object with a
/// valid header, outside the GC heap, alive until [`reset`].
pub unsafe fn add_prebuilt_roots(objs: &'static [GcPtr]) {
    (*STATE.get()).prebuilt_tables.push(objs);
}

/// Registers a static slot holding a GC pointer as a root.
///
/// # Safety
/// [`init`] was called; `slot` stays valid until [`reset`] and always holds
/// null or a valid GC object.
pub unsafe fn add_static_root(slot: *mut GcPtr) {
    (*STATE.get()).static_roots.push(slot);
}

/// Allocates a zeroed prebuilt object (flagged PREBUILT, never moved or
/// freed before [`reset`], registered as a root). `length` is the item count
/// of a var-sized type and must be `None` for fixed-size types. Raises
/// MemoryError and returns null for an impossible length.
///
/// # Safety
/// [`init`] was called and `tid` is a valid type id.
pub unsafe fn alloc_prebuilt(tid: u32, length: Option<i64>) -> GcPtr {
    let Some(size) = checked_size(tid, length) else {
        return out_of_memory();
    };
    let layout = Layout::from_size_align_unchecked(size, 16);
    let obj = alloc_zeroed(layout) as GcPtr;
    if obj.is_null() {
        return out_of_memory();
    }
    *obj = GcHeader::prebuilt(tid);
    if let Some(n) = length {
        let ti = type_info(tid);
        *((obj as *mut u8).add(ti.length_offset as usize) as *mut i64) = n;
    }
    (*STATE.get()).owned_prebuilt.push((obj, layout));
    obj
}

// ---------------------------------------------------------------------------
// Identity

/// The identity hash of `obj`: stable for the object's lifetime, across
/// moves (0 for null).
///
/// # Safety
/// `obj` is null or a valid GC object; [`init`] was called.
pub unsafe fn identity_hash(obj: GcPtr) -> i64 {
    if obj.is_null() {
        return 0;
    }
    let st = &mut *STATE.get();
    let State { ids, next_id, .. } = st;
    *ids.get_or_insert_with(IdTable::default)
        .entry(obj as usize)
        .or_insert_with(|| {
            *next_id += 1;
            *next_id
        })
}

/// A positive integer identifying `obj` among all objects ever given one
/// (0 for null); stable across moves.
///
/// # Safety
/// As for [`identity_hash`].
pub unsafe fn unique_id(obj: GcPtr) -> i64 {
    identity_hash(obj)
}
