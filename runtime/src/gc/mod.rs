//! The garbage collector: precise and moving, with two interchangeable
//! collectors chosen at start-up ([`GcKind`]):
//!
//! * **generational** (the default, `generational.rs`): a nursery with
//!   bump-pointer allocation, minor collections that copy the survivors
//!   into a non-moving old generation (`oldgen.rs`: size-class pages for
//!   small objects, system allocations for large ones), mark-sweep major
//!   collections when the old generation has grown by a factor, and a
//!   write barrier with a remembered set;
//! * **semispace** (`semispace.rs`): Cheney copying between two spaces,
//!   scanning every prebuilt object at each collection.
//!
//! This file holds the public API that generated code, the graph
//! interpreter and the runtime helpers use, and the inlined fast paths:
//! allocation ([`malloc`], [`malloc_varsize`]: a compare and an add on
//! `FREE`/`LIMIT`) and the write barrier ([`write_barrier`]: one flag
//! test). The other modules: `shadow.rs` (the shadow stack of roots),
//! `prebuilt.rs` (prebuilt objects and static roots), `identity.rs`
//! (identity hashes that survive moves), `finalizers.rs` (weak references
//! and light finalizers), `fqueue.rs` (finalizer queues), `log.rs`
//! (`PYPYLOG=gc:FILE` logging of collections and the summary at exit).
//!
//! Entry points for weak references and finalizers (both collectors):
//! * [`weakref_new`]`(tid, target)`: a weak reference (its type's
//!   `TypeInfo::weak_offset` names the weak field, which is not traced);
//!   the GC nulls the field when the target dies and updates it when the
//!   target moves; [`weakref_get`] reads it (generated code reads the
//!   field directly).
//! * [`register_destructor`]`(obj)` right after allocating an object whose
//!   type has a `TypeInfo::destructor` (a light finalizer: `__del__` that
//!   cannot allocate): the GC calls it once, during the collection that
//!   finds `obj` dead, before reusing its memory, without resurrecting it.
//! * [`fq_register`]`(fq, obj)` / [`fq_next_dead`]`(fq)`: finalizer queues
//!   (`rgc.FinalizerQueue`): a registered object found unreachable is
//!   resurrected and queued; the queue type's
//!   `TypeInfo::finalizer_trigger` runs after the collection, outside it
//!   (at the end of [`collect`] / [`collect_minor`], or in the allocation
//!   slow path with the new object rooted).
//!
//! Order inside a collection: trace from the roots; resurrect the
//! registered objects found dead (queue them, trace from them); then fix
//! weak references and call the destructors of the dead objects; then free.
//!
//! Invariants after any call of this module returns:
//! * the bump region `[FREE, LIMIT)` (empty when `LIMIT` is 0: stress mode
//!   or before `init`) is zeroed memory owned by the current collector, so
//!   fresh objects need no clearing;
//! * every root slot (shadow stack, exception value, static roots) holds
//!   null or a valid object;
//! * an object whose header has [`GcHeader::TRACK_YOUNG_PTRS`] is old (or
//!   prebuilt) and holds no pointer to a young object; a store of a GC
//!   pointer into an object is preceded by [`write_barrier`] on it unless
//!   the object was allocated with no possible collection since.

mod finalizers;
mod fqueue;
mod generational;
mod identity;
pub mod log;
mod oldgen;
mod prebuilt;
mod semispace;
mod shadow;

pub use finalizers::{register_destructor, weakref_get, weakref_new};
pub use fqueue::{fq_next_dead, fq_register};
pub use prebuilt::{add_prebuilt_roots, add_static_root, alloc_prebuilt};
pub use shadow::{
    frame_base, shadow_depth, shadow_frame, shadow_frame_guarded, shadow_release, shadow_reserve,
    shadow_set_top, Roots, GUARDED_FRAME_MAX,
};
pub(crate) use shadow::{SHADOW_SOFT_END, SHADOW_TOP};

use crate::{GcHeader, GcPtr, Global, TypeInfo};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr::{null, null_mut};
use std::sync::Mutex;

/// Header flag of a nursery / from-space object that was copied: the word
/// after the header is the new address.
pub(crate) const FORWARDED: u32 = 2;
/// Header flag of an old object reached by the current major marking.
pub(crate) const MARKED: u32 = 8;
/// Header flag of a large object allocated directly outside the nursery
/// since the last minor collection (it is young: traced whole if reached,
/// freed if not).
pub(crate) const YOUNG_LARGE: u32 = 16;
/// Header flag of a prebuilt object already in the list of prebuilt
/// objects that were written to (roots of major collections).
pub(crate) const PREBUILT_LISTED: u32 = 32;
/// Header flag of a large array of GC pointers that has a card table: one
/// byte per [`CARD_ITEMS`] items, right after the object (generational
/// collector only; see [`write_barrier_array`]).
pub(crate) const HAS_CARDS: u32 = 64;
/// Header flag of an object with cards set since the last minor
/// collection (it is listed once in the collector's `cards_set`).
pub(crate) const CARDS_SET: u32 = 128;
/// Items per card (a power of two): when the generational collector's
/// store buffer overflows, a store into item `i` of a large array sets
/// card `i / CARD_ITEMS`, and the next minor collection traces the items
/// of the cards set.
pub const CARD_ITEMS: usize = 128;
/// Arrays with fewer items get no card table (they are traced whole).
pub(crate) const CARD_MIN_ITEMS: usize = 4 * CARD_ITEMS;

/// Largest single object, in bytes; bigger requests raise MemoryError.
const MAX_OBJECT: usize = 1 << 44;
/// Number of shadow-stack slots (the memory is committed lazily by the OS).
const SHADOW_SLOTS: usize = 4 << 20;
/// Var-sized allocations with at most this many items take the inline fast
/// path (their size cannot overflow); longer ones are checked out of line.
const FAST_MAX_LENGTH: u64 = 1 << 31;

// Hot state, read and written by value from the inlined fast paths.
static mut TYPES: *const TypeInfo = null();
pub(crate) static mut FREE: usize = 0;
/// End of the bump region; 0 in stress mode or before `init`, which sends
/// every allocation to the slow path.
pub(crate) static mut LIMIT: usize = 0;
/// Var-sized objects bigger than this take the slow path (the generational
/// collector allocates them outside the nursery).
pub(crate) static mut FAST_MAX_SIZE: usize = 0;

/// Which collector runs the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum GcKind {
    /// Two copying semispaces.
    Semispace,
    /// Nursery + non-moving mark-sweep old generation (the default).
    #[default]
    Generational,
}

impl GcKind {
    /// Parses `semispace` / `generational` (as in `RPY_GC`).
    pub fn from_name(name: &str) -> Option<GcKind> {
        match name.trim() {
            "semispace" => Some(GcKind::Semispace),
            // PyPy's name for its generational collector.
            "generational" | "incminimark" => Some(GcKind::Generational),
            _ => None,
        }
    }
    /// The name [`GcKind::from_name`] parses.
    pub fn name(self) -> &'static str {
        match self {
            GcKind::Semispace => "semispace",
            GcKind::Generational => "generational",
        }
    }
}

/// Everything [`init_with`] needs to set up a heap.
#[derive(Clone, Copy, Debug)]
pub struct GcConfig {
    pub kind: GcKind,
    /// The nursery size (generational) or the initial semispace size.
    pub heap_size: usize,
    /// Collect at every allocation (generational: a minor collection at
    /// every allocation and a major one every [`STRESS_MAJOR_EVERY`]).
    pub stress: bool,
    /// A major collection runs when the old generation exceeds this factor
    /// times its size after the previous major collection.
    pub major_factor: f64,
}

/// Nursery size when the cache size is unknown.
pub const DEFAULT_NURSERY: usize = 4 << 20;

/// The default nursery size: four times the L2 cache (so the nursery and
/// the objects a minor collection touches stay within the L2/L3 caches;
/// 4 MiB with the usual 1 MiB L2), between 1 and 16 MiB;
/// [`DEFAULT_NURSERY`] when sysfs does not say.
pub fn default_nursery_size() -> usize {
    nursery_for_l2(l2_cache_size())
}

/// The nursery size for an L2 cache of `l2` bytes (if known).
pub fn nursery_for_l2(l2: Option<usize>) -> usize {
    l2.map(|l2| l2.saturating_mul(4).clamp(1 << 20, 16 << 20))
        .unwrap_or(DEFAULT_NURSERY)
}

/// The size of CPU 0's level-2 data or unified cache (Linux sysfs).
fn l2_cache_size() -> Option<usize> {
    let base = std::path::Path::new("/sys/devices/system/cpu/cpu0/cache");
    for i in 0..8 {
        let dir = base.join(format!("index{i}"));
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
        if read("level")?.trim() != "2" || read("type")?.trim() == "Instruction" {
            continue;
        }
        return crate::parse_size(read("size")?.trim());
    }
    None
}
/// Default size of one semispace.
pub const DEFAULT_HEAP: usize = 8 << 20;
/// Default growth factor of the old generation between major collections.
pub const DEFAULT_MAJOR_FACTOR: f64 = 1.82;
/// In stress mode, the generational collector runs a major collection
/// every this many allocations.
pub const STRESS_MAJOR_EVERY: u64 = 64;

impl GcConfig {
    /// The defaults for `kind`, overridden by the environment: `RPY_GC`
    /// (`semispace` or `generational`), `RPY_GC_NURSERY` (generational) or
    /// `RPY_GC_HEAP` (semispace) in bytes with `k`/`M`/`G` suffixes
    /// (default nursery: [`default_nursery_size`]),
    /// `RPY_GC_STRESS=1`, `RPY_GC_MAJOR_FACTOR`.
    pub fn from_env(kind: GcKind) -> GcConfig {
        let var = |name: &str| std::env::var(name).ok();
        let kind = var("RPY_GC")
            .and_then(|s| GcKind::from_name(&s))
            .unwrap_or(kind);
        let heap_size = match kind {
            GcKind::Generational => var("RPY_GC_NURSERY")
                .and_then(|s| crate::parse_size(&s))
                .unwrap_or_else(default_nursery_size),
            GcKind::Semispace => var("RPY_GC_HEAP")
                .and_then(|s| crate::parse_size(&s))
                .unwrap_or(DEFAULT_HEAP),
        };
        let major_factor = var("RPY_GC_MAJOR_FACTOR")
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|f| *f > 1.0 && f.is_finite())
            .unwrap_or(DEFAULT_MAJOR_FACTOR);
        GcConfig {
            kind,
            heap_size,
            stress: var("RPY_GC_STRESS").is_some_and(|s| s.trim() == "1"),
            major_factor,
        }
    }
}

/// Cold state, only touched by slow paths.
pub(crate) struct State {
    initialised: bool,
    kind: GcKind,
    stress: bool,
    semi: semispace::Semi,
    gen: generational::Gen,
    pre: prebuilt::Prebuilt,
    ids: identity::IdTables,
    special: finalizers::Special,
    shadow_layout: Option<Layout>,
    in_out_of_memory: bool,
}

impl State {
    fn new() -> State {
        State {
            initialised: false,
            kind: GcKind::Generational,
            stress: false,
            semi: semispace::Semi::new(),
            gen: generational::Gen::new(),
            pre: prebuilt::Prebuilt::default(),
            ids: identity::IdTables::default(),
            special: finalizers::Special::default(),
            shadow_layout: None,
            in_out_of_memory: false,
        }
    }
}

static STATE: Global<Option<State>> = Global::new(None);
static LOCK: Mutex<()> = Mutex::new(());

/// The collector state (created on first use).
#[inline]
pub(crate) fn state() -> &'static mut State {
    unsafe { (*STATE.get()).get_or_insert_with(State::new) }
}

/// Collector statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Number of collections since `init` (generational: minor ones; each
    /// major collection starts with a minor one).
    pub collections: u64,
    /// Number of major collections since `init` (generational only).
    pub major_collections: u64,
    /// Total bytes allocated in the heap since `init` (prebuilt excluded).
    pub bytes_allocated: u64,
    /// Semispace: size of the current space. Generational: nursery size
    /// plus the bytes of old objects not yet freed.
    pub heap_size: usize,
    /// Bytes that survived the last collection (generational: the last
    /// major collection).
    pub live_after_last: usize,
    /// Generational: bytes of old-generation objects (0 for semispace).
    pub old_size: usize,
    /// Generational: bytes freed by the last major collection.
    pub freed_by_last_major: usize,
    /// Generational: items of large arrays (with a card table) traced
    /// because they were written (store buffer) or their card was set
    /// (after the buffer overflowed), over all minor collections.
    pub card_items_traced: u64,
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

/// Drops all heap state: the heap of either collector, interpreter-owned
/// prebuilt objects, root registrations, identity hashes, the shadow stack
/// and the exception state (registered builtin-exception constructors
/// included). Afterwards [`init`] must be called before allocating.
/// Every GC pointer obtained earlier dangles.
pub fn reset() {
    unsafe {
        let st = state();
        st.semi.free_all();
        st.gen.free_all();
        st.pre.free_all();
        if let Some(layout) = st.shadow_layout.take() {
            dealloc(shadow::SHADOW_BASE as *mut u8, layout);
        }
        *st = State::new();
        TYPES = null();
        FREE = 0;
        LIMIT = 0;
        FAST_MAX_SIZE = 0;
        shadow::SHADOW_BASE = null_mut();
        shadow::SHADOW_TOP = null_mut();
        shadow::SHADOW_END = null_mut();
        shadow::SHADOW_SOFT_END = usize::MAX;
        crate::exc::reset();
        log::reset();
    }
}

/// Registers the type-info table and sets up an empty heap with the
/// default collector, reading the environment (see [`GcConfig::from_env`]).
/// Any previous heap state is dropped first (see [`reset`]).
///
/// # Safety
/// `types` must describe every type id the program allocates or stores in
/// a GC field, with offsets inside the objects' real layouts.
pub unsafe fn init(types: &'static [TypeInfo]) {
    init_kind(types, GcKind::default());
}

/// Like [`init`] with the collector the translator chose (`RPY_GC` in the
/// environment still overrides it).
///
/// # Safety
/// As for [`init`].
pub unsafe fn init_kind(types: &'static [TypeInfo], kind: GcKind) {
    init_with(types, GcConfig::from_env(kind));
    log::init_from_env();
}

/// Like [`init`] with an explicit heap size (generational: the nursery
/// size) and stress mode; the collector is the default one unless `RPY_GC`
/// names another.
///
/// # Safety
/// As for [`init`].
pub unsafe fn init_with_config(types: &'static [TypeInfo], heap_size: usize, stress: bool) {
    let kind = std::env::var("RPY_GC")
        .ok()
        .and_then(|s| GcKind::from_name(&s))
        .unwrap_or_default();
    init_with(
        types,
        GcConfig {
            kind,
            heap_size,
            stress,
            major_factor: DEFAULT_MAJOR_FACTOR,
        },
    );
}

/// Sets up an empty heap as `cfg` says (nothing read from the environment).
///
/// # Safety
/// As for [`init`].
pub unsafe fn init_with(types: &'static [TypeInfo], cfg: GcConfig) {
    reset();
    let st = state();
    TYPES = types.as_ptr();
    st.kind = cfg.kind;
    let ok = match cfg.kind {
        GcKind::Semispace => st.semi.init(cfg.heap_size),
        GcKind::Generational => st.gen.init(cfg.heap_size, cfg.major_factor),
    };
    if !ok {
        crate::stack::fatal("cannot allocate the GC heap");
    }
    let layout = Layout::array::<GcPtr>(SHADOW_SLOTS).expect("shadow stack layout");
    let stack = alloc_zeroed(layout) as *mut GcPtr;
    if stack.is_null() {
        crate::stack::fatal("cannot allocate the shadow stack");
    }
    st.shadow_layout = Some(layout);
    shadow::SHADOW_BASE = stack;
    shadow::SHADOW_TOP = stack;
    shadow::SHADOW_END = stack.add(SHADOW_SLOTS);
    shadow::SHADOW_SOFT_END = stack.add(SHADOW_SLOTS - SHADOW_SLOTS / 16) as usize;
    st.initialised = true;
    set_stress(cfg.stress);
}

/// The collector in use (the default one before [`init`]).
pub fn kind() -> GcKind {
    state().kind
}

/// Turns stress mode (a collection before every allocation) on or off.
pub fn set_stress(on: bool) {
    unsafe {
        let st = state();
        st.stress = on;
        refresh_limit(st);
    }
}

/// Recomputes `LIMIT` and `FAST_MAX_SIZE` from the collector's bump region.
pub(crate) unsafe fn refresh_limit(st: &State) {
    if !st.initialised {
        LIMIT = 0;
        return;
    }
    let (end, max) = match st.kind {
        GcKind::Semispace => (st.semi.end(), usize::MAX),
        GcKind::Generational => (st.gen.nursery_end(), st.gen.large_threshold),
    };
    LIMIT = if st.stress { 0 } else { end };
    FAST_MAX_SIZE = max;
}

/// Whether [`init`] has been called (and no [`reset`] since).
pub fn is_initialised() -> bool {
    state().initialised
}

/// Current statistics.
pub fn stats() -> GcStats {
    let st = state();
    if !st.initialised {
        return GcStats::default();
    }
    match st.kind {
        GcKind::Semispace => st.semi.stats(),
        GcKind::Generational => st.gen.stats(),
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

/// An object size rounded up to 8 bytes, at least 16 (so that a
/// forwarding pointer fits after the header).
#[inline(always)]
pub(crate) fn round_size(size: usize) -> usize {
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
pub(crate) unsafe fn object_size(obj: GcPtr) -> usize {
    let ti = type_of(obj);
    let len = if ti.item_size == 0 {
        0
    } else {
        length_of(obj, ti)
    };
    round_size(raw_size(ti, len))
}

/// Checked allocation size, or `None` for a negative or absurd length.
pub(crate) unsafe fn checked_size(tid: u32, length: Option<i64>) -> Option<usize> {
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

/// Writes the header (and length) of a fresh zeroed object.
#[inline(always)]
pub(crate) unsafe fn init_header(obj: GcPtr, tid: u32, flags: u32, length: Option<i64>) {
    *obj = GcHeader { tid, flags };
    if let Some(n) = length {
        let ti = type_info(tid);
        *((obj as *mut u8).add(ti.length_offset as usize) as *mut i64) = n;
    }
}

/// Calls `f` on the address of every GC pointer field of `obj`.
///
/// # Safety
/// `obj` points at a valid GC object.
#[inline(always)]
pub(crate) unsafe fn trace_fields(obj: GcPtr, mut f: impl FnMut(*mut GcPtr)) {
    let ti = type_of(obj);
    let base = obj as *mut u8;
    for &off in ti.gc_ptrs {
        f(base.add(off as usize) as *mut GcPtr);
    }
    if ti.item_size != 0 && !ti.item_gc_ptrs.is_empty() {
        let len = length_of(obj, ti);
        let step = ti.item_size as usize;
        let mut item = base.add(ti.items_offset as usize);
        if step == 8 && ti.item_gc_ptrs.len() == 1 && ti.item_gc_ptrs[0] == 0 {
            for _ in 0..len {
                f(item as *mut GcPtr);
                item = item.add(8);
            }
        } else {
            for _ in 0..len {
                for &off in ti.item_gc_ptrs {
                    f(item.add(off as usize) as *mut GcPtr);
                }
                item = item.add(step);
            }
        }
    }
}

/// Calls `f` on every root slot that is not a prebuilt object's field:
/// the shadow stack, the pending exception's instance, the registered
/// static slots, and the finalizer queues' objects and dead lists.
pub(crate) unsafe fn for_each_root(
    pre: &prebuilt::Prebuilt,
    special: &mut finalizers::Special,
    mut f: impl FnMut(*mut GcPtr),
) {
    shadow::for_each_slot(&mut f);
    f(crate::exc::value_slot());
    for &root in &pre.static_roots {
        f(root);
    }
    special.queues.for_each_root(f);
}

/// Allocates a zeroed fixed-size object of type `tid` (header set). May
/// collect. Returns null with MemoryError raised if memory is exhausted.
///
/// # Safety
/// [`init`] was called; `tid` is a valid type id. Every GC pointer the
/// caller keeps across this call must be in a root slot (it may move).
#[inline]
pub unsafe fn malloc(tid: u32) -> GcPtr {
    let obj = malloc_fast(tid);
    if !obj.is_null() {
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
    let obj = malloc_varsize_fast(tid, length);
    if !obj.is_null() {
        return obj;
    }
    alloc_slow(tid, Some(length))
}

/// The fast path of [`malloc`] alone: the zeroed object, or null when the
/// allocation needs the slow path ([`malloc_slow`]), which may collect.
/// Generated code saves its GC roots to the shadow stack only on that path.
///
/// # Safety
/// As for [`malloc`] (this one never collects).
#[inline(always)]
pub unsafe fn malloc_fast(tid: u32) -> GcPtr {
    let size = round_size(type_info(tid).fixed_size as usize);
    let p = FREE;
    let new_free = p.wrapping_add(size);
    if new_free <= LIMIT {
        FREE = new_free;
        let obj = p as GcPtr;
        *obj = GcHeader { tid, flags: 0 };
        return obj;
    }
    null_mut()
}

/// The slow path of [`malloc`] (after [`malloc_fast`] returned null).
///
/// # Safety
/// As for [`malloc`].
pub unsafe fn malloc_slow(tid: u32) -> GcPtr {
    alloc_slow(tid, None)
}

/// The fast path of [`malloc_varsize`] alone (null: take
/// [`malloc_varsize_slow`]).
///
/// # Safety
/// As for [`malloc_varsize`] (this one never collects).
#[inline(always)]
pub unsafe fn malloc_varsize_fast(tid: u32, length: i64) -> GcPtr {
    if (length as u64) < FAST_MAX_LENGTH {
        let ti = type_info(tid);
        let size = round_size(raw_size(ti, length as usize));
        let p = FREE;
        let new_free = p.wrapping_add(size);
        if new_free <= LIMIT && size <= FAST_MAX_SIZE {
            FREE = new_free;
            let obj = p as GcPtr;
            *obj = GcHeader { tid, flags: 0 };
            *((p + ti.length_offset as usize) as *mut i64) = length;
            return obj;
        }
    }
    null_mut()
}

/// The slow path of [`malloc_varsize`] (after [`malloc_varsize_fast`]
/// returned null).
///
/// # Safety
/// As for [`malloc_varsize`].
pub unsafe fn malloc_varsize_slow(tid: u32, length: i64) -> GcPtr {
    alloc_slow(tid, Some(length))
}

#[cold]
#[inline(never)]
unsafe fn alloc_slow(tid: u32, length: Option<i64>) -> GcPtr {
    let st = state();
    if !st.initialised {
        crate::stack::fatal("GC allocation before gc::init");
    }
    let Some(size) = checked_size(tid, length) else {
        return out_of_memory();
    };
    let obj = match st.kind {
        GcKind::Semispace => semispace::alloc(st, size),
        GcKind::Generational => generational::alloc(st, size, card_bytes(type_info(tid), length)),
    };
    match obj {
        Some((obj, flags)) => {
            init_header(obj, tid, flags, length);
            if fqueue::triggers_pending() {
                // The triggers may allocate: the new object is rooted.
                let r = Roots::new([obj]);
                fqueue::run_triggers();
                return r.get(0);
            }
            obj
        }
        None => out_of_memory(),
    }
}

/// Raises MemoryError and returns null (fatal if raising it runs out of
/// memory too).
#[cold]
unsafe fn out_of_memory() -> GcPtr {
    let st = state();
    if st.in_out_of_memory {
        crate::stack::fatal("out of memory");
    }
    st.in_out_of_memory = true;
    crate::exc::raise_builtin(crate::exc::Builtin::MemoryError, "");
    state().in_out_of_memory = false;
    null_mut()
}

/// Runs a full collection (generational: a minor and a major one).
/// Objects may move; pointers not held in roots dangle afterwards. Does
/// nothing before [`init`].
pub fn collect() {
    unsafe {
        let st = state();
        if !st.initialised {
            return;
        }
        match st.kind {
            GcKind::Semispace => {
                semispace::collect_for(st, 0);
            }
            GcKind::Generational => generational::full_collect(st),
        }
        fqueue::run_triggers();
    }
}

/// Runs a minor collection (generational only; a full collection for the
/// semispace collector). Does nothing before [`init`].
pub fn collect_minor() {
    unsafe {
        let st = state();
        if !st.initialised {
            return;
        }
        match st.kind {
            GcKind::Semispace => {
                semispace::collect_for(st, 0);
            }
            GcKind::Generational => generational::minor(st),
        }
        fqueue::run_triggers();
    }
}

/// The write barrier, called before storing a GC pointer into a field or
/// item of `obj` (unless `obj` was allocated with no possible collection
/// since). Inlined: one test of [`GcHeader::TRACK_YOUNG_PTRS`], set on old
/// objects that are not in the remembered set yet and on prebuilt objects
/// never written to.
///
/// # Safety
/// `obj` points at a valid GC object.
#[inline(always)]
pub unsafe fn write_barrier(obj: GcPtr) {
    if (*obj).flags & GcHeader::TRACK_YOUNG_PTRS != 0 {
        remember(obj);
    }
}

/// The write barrier before storing a GC pointer into item `index` of the
/// array `obj` (generated code uses it for `setarrayitem`; a store into
/// many items uses [`write_barrier`]). Inlined: the same flag test as
/// [`write_barrier`]; when the array has a card table (a large array of
/// GC pointers: the flag stays set, so every store is seen) the slow path
/// records the item (store buffer, or its card once the buffer
/// overflowed; see `generational.rs`), otherwise it remembers the whole
/// object.
///
/// # Safety
/// `obj` points at a valid GC array and `0 <= index < length`.
#[inline(always)]
pub unsafe fn write_barrier_array(obj: GcPtr, index: i64) {
    if (*obj).flags & GcHeader::TRACK_YOUNG_PTRS != 0 {
        remember_item(obj, index);
    }
}

/// The slow path of [`write_barrier_array`].
#[cold]
#[inline(never)]
unsafe fn remember_item(obj: GcPtr, index: i64) {
    if (*obj).flags & HAS_CARDS == 0 {
        return remember(obj);
    }
    // Only the generational collector makes arrays with a card table.
    state().gen.remember_item(obj, index as usize);
}

/// Bytes of the card table of a `length`-item array of type `ti` if it is
/// allocated outside the nursery (0: no card table for this type/length).
fn card_bytes(ti: &TypeInfo, length: Option<i64>) -> usize {
    match length {
        Some(n) if !ti.item_gc_ptrs.is_empty() && n as usize >= CARD_MIN_ITEMS => {
            round_size((n as usize).div_ceil(CARD_ITEMS))
        }
        _ => 0,
    }
}

/// The card table of `obj` (which has [`HAS_CARDS`]): right after the
/// object's rounded size.
#[inline]
pub(crate) unsafe fn card_table(obj: GcPtr) -> *mut u8 {
    (obj as *mut u8).add(object_size(obj))
}

/// Calls `f` on the GC pointer slots of items `start..stop` of the array
/// `obj` (clamped to its length); returns the number of items.
pub(crate) unsafe fn trace_items(
    obj: GcPtr,
    start: usize,
    stop: usize,
    mut f: impl FnMut(*mut GcPtr),
) -> usize {
    let ti = type_of(obj);
    let stop = stop.min(length_of(obj, ti));
    let step = ti.item_size as usize;
    let mut item = (obj as *mut u8).add(ti.items_offset as usize + start * step);
    for _ in start..stop {
        for &off in ti.item_gc_ptrs {
            f(item.add(off as usize) as *mut GcPtr);
        }
        item = item.add(step);
    }
    stop.saturating_sub(start)
}

/// The slow path of [`write_barrier`]: records `obj` in the remembered set
/// (generational) and clears its flag.
#[cold]
#[inline(never)]
unsafe fn remember(obj: GcPtr) {
    (*obj).flags &= !GcHeader::TRACK_YOUNG_PTRS;
    let st = state();
    if st.initialised && st.kind == GcKind::Generational {
        st.gen.remember(obj);
    }
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
    let st = state();
    let moving = match st.kind {
        GcKind::Semispace => (*obj).flags & GcHeader::PREBUILT == 0,
        GcKind::Generational => st.gen.in_nursery(obj),
    };
    st.ids.get_or_assign(obj as usize, moving)
}

/// A positive integer identifying `obj` among all objects ever given one
/// (0 for null); stable across moves.
///
/// # Safety
/// As for [`identity_hash`].
pub unsafe fn unique_id(obj: GcPtr) -> i64 {
    identity_hash(obj)
}
