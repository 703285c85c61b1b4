//! The run-time support of translated programs.
//!
//! Every generated crate depends on this crate, and the low-level graph
//! interpreter (`rtyper::llinterp`) links it too and runs low-level graphs on
//! real memory laid out exactly as compiled code lays it out. So this file is
//! the **ABI contract** between the translator (which computes the layouts of
//! every low-level type and emits `#[repr(C)]` structs and a type-info table)
//! and the run time.
//!
//! # Objects
//! * Every GC object starts with a [`GcHeader`] (8 bytes: type id + flags).
//!   A GC pointer points at the header. Objects are 8-byte aligned and their
//!   size is rounded up to a multiple of 8.
//! * The layout of every type is described by a [`TypeInfo`] in a table
//!   indexed by type id, registered once at start-up with [`gc::init`]
//!   (compiled programs pass a `static` table; the graph interpreter builds
//!   one and leaks it). A var-sized object has a fixed part (`fixed_size`
//!   bytes, which includes the `i64` length at `length_offset`) followed by
//!   `length` items of `item_size` bytes starting at `items_offset`.
//! * Prebuilt objects (static data of the generated crate, or memory the
//!   graph interpreter allocates with [`gc::alloc_prebuilt`]) carry
//!   [`GcHeader::PREBUILT`], are never moved or freed, and are registered as
//!   roots with [`gc::add_prebuilt_roots`] because the program may store heap
//!   pointers into them (the generational collector only scans those that
//!   were written to: they start with [`GcHeader::TRACK_YOUNG_PTRS`]).
//! * **Write barrier**: code that stores a GC pointer into a field or item
//!   of an existing GC object calls [`gc::write_barrier`] on the object
//!   first, unless the object was allocated with no possible collection
//!   since (initializing stores).
//!
//! # Roots
//! The GC is precise and moving. Its roots are the prebuilt objects and the
//! **shadow stack**: an array of GC pointers that generated code (after the
//! GC transform) maintains. A function takes its frame of slots on entry
//! ([`gc::shadow_frame`]), stores each GC pointer that is live across a
//! call that can collect into its slot before the call, sets the top to the
//! end of the slots it just wrote ([`gc::shadow_set_top`]), reloads them
//! after (the object may have moved), and sets the top back to its frame's
//! start on every return. Helpers and the graph interpreter reserve zeroed
//! slots ([`gc::shadow_reserve`]) and release them ([`gc::shadow_release`]). Runtime helpers that allocate
//! after receiving GC pointers protect them the same way (see [`gc::Roots`]).
//!
//! # Exceptions
//! RPython-level exceptions never unwind the Rust stack: the raising code
//! records `(vtable, instance)` in the exception state ([`exc`]) and
//! returns a dummy value; callers test [`exc::occurred`] after every call
//! that can raise. Helpers raise the program's builtin exception classes
//! (IndexError, KeyError, ZeroDivisionError, ValueError, OverflowError,
//! MemoryError, OSError, StackOverflow) through [`exc::raise_builtin`],
//! using constructors the generated program registers at start-up.
//!
//! # Fixed layouts used by helpers
//! * string (`str` and `bytes`): [`RpyStr`] — UTF-8 bytes (for `bytes`, any
//!   bytes), the length in code points, a lazily computed hash.
//! * resizable list: [`RpyList`] `{length, items: *mut RpyArray}`; the
//!   array's capacity is its own length. Fixed-size lists are bare arrays.
//! * dict: see `dict.rs`.
//! * rbigint: [`bigint::RpyBigInt`] `{sign, length, [u64 limbs]}` (see
//!   `bigint.rs`).

pub mod arith;
pub mod bigint;
pub mod dict;
pub mod exc;
pub mod gc;
pub mod helpers;
pub mod io;
pub mod list;
pub mod listops;
pub mod math;
pub mod os;
pub mod rfile;
pub mod rfloat;
pub mod stack;
pub mod string;

/// The header at offset 0 of every GC object.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GcHeader {
    /// Index into the type-info table.
    pub tid: u32,
    /// GC flags (`PREBUILT`, `TRACK_YOUNG_PTRS`, and the collector's own).
    pub flags: u32,
}

impl GcHeader {
    /// The object is static data (or interpreter-owned prebuilt memory):
    /// never moved, never freed, scanned as a root.
    pub const PREBUILT: u32 = 1;
    /// The write barrier's flag: the object is old (or prebuilt) and not in
    /// the remembered set, so storing a GC pointer into it must first call
    /// `gc::write_barrier` (whose inlined test reads this bit).
    pub const TRACK_YOUNG_PTRS: u32 = 4;
    /// Header of a prebuilt object of type `tid` (not written to yet).
    pub const fn prebuilt(tid: u32) -> GcHeader {
        GcHeader {
            tid,
            flags: GcHeader::PREBUILT | GcHeader::TRACK_YOUNG_PTRS,
        }
    }
}

/// The layout of one GC type, as computed by the translator.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct TypeInfo {
    /// Size of the fixed part in bytes, header included.
    pub fixed_size: u32,
    /// Size of one item of the var-sized part, or 0 if the type is not
    /// var-sized.
    pub item_size: u32,
    /// Offset of the `i64` item count (var-sized types only).
    pub length_offset: u32,
    /// Offset of item 0 (var-sized types only).
    pub items_offset: u32,
    /// Offsets of the GC pointers in the fixed part.
    pub gc_ptrs: &'static [u32],
    /// Offsets of the GC pointers inside one item.
    pub item_gc_ptrs: &'static [u32],
    /// Readable name for debugging (`"list of str"`, `"instance Frame"`).
    pub name: &'static str,
    /// Offset of the weak pointer of a weak-reference type (0: the type is
    /// not one). That field is not in `gc_ptrs`: it does not keep its
    /// target alive, and the GC nulls it when the target dies (objects of
    /// such a type are made by `gc::weakref_new`, which tracks them).
    pub weak_offset: u32,
    /// The light finalizer of the type's instances (a `__del__` that
    /// cannot allocate), called once by the GC on a dead object before its
    /// memory is reused (objects registered with
    /// `gc::register_destructor`).
    pub destructor: Option<unsafe fn(GcPtr)>,
    /// For the type of a finalizer queue (`rgc.FinalizerQueue`): its
    /// `finalizer_trigger` method, called on the queue object after a
    /// collection found registered objects unreachable (outside the
    /// collector: it may allocate).
    pub finalizer_trigger: Option<unsafe fn(GcPtr)>,
}

impl TypeInfo {
    /// A fixed-size type of `fixed_size` bytes (header included).
    pub const fn fixed(fixed_size: u32, gc_ptrs: &'static [u32], name: &'static str) -> TypeInfo {
        TypeInfo {
            fixed_size,
            item_size: 0,
            length_offset: 0,
            items_offset: 0,
            gc_ptrs,
            item_gc_ptrs: &[],
            name,
            weak_offset: 0,
            destructor: None,
            finalizer_trigger: None,
        }
    }
    /// A fixed-size weak-reference type: its one pointer, at `weak_offset`,
    /// is weak.
    pub const fn weakref(fixed_size: u32, weak_offset: u32, name: &'static str) -> TypeInfo {
        let mut ti = TypeInfo::fixed(fixed_size, &[], name);
        ti.weak_offset = weak_offset;
        ti
    }
    /// The same type with a light finalizer.
    pub const fn with_destructor(mut self, f: unsafe fn(GcPtr)) -> TypeInfo {
        self.destructor = Some(f);
        self
    }
    /// The same type as the type of a finalizer queue with this trigger.
    pub const fn with_finalizer_trigger(mut self, f: unsafe fn(GcPtr)) -> TypeInfo {
        self.finalizer_trigger = Some(f);
        self
    }
    /// A GC array laid out as [`RpyArray`] with items of `item_size` bytes.
    pub const fn array(
        item_size: u32,
        item_gc_ptrs: &'static [u32],
        name: &'static str,
    ) -> TypeInfo {
        let items = std::mem::offset_of!(RpyArray, items) as u32;
        TypeInfo {
            fixed_size: items,
            item_size,
            length_offset: std::mem::offset_of!(RpyArray, length) as u32,
            items_offset: items,
            gc_ptrs: &[],
            item_gc_ptrs,
            name,
            weak_offset: 0,
            destructor: None,
            finalizer_trigger: None,
        }
    }
    /// A string laid out as [`RpyStr`].
    pub const fn string(name: &'static str) -> TypeInfo {
        let bytes = std::mem::offset_of!(RpyStr, bytes) as u32;
        TypeInfo {
            fixed_size: bytes,
            item_size: 1,
            length_offset: std::mem::offset_of!(RpyStr, nbytes) as u32,
            items_offset: bytes,
            gc_ptrs: &[],
            item_gc_ptrs: &[],
            name,
            weak_offset: 0,
            destructor: None,
            finalizer_trigger: None,
        }
    }
}

/// A `str` or `bytes` value. `nbytes` is the length of the var-sized part
/// (the GC's item count, item size 1); `length` is the number of code points
/// (equal to `nbytes` for ASCII text and for `bytes`); `hash` is 0 until
/// computed.
#[repr(C)]
pub struct RpyStr {
    pub hdr: GcHeader,
    pub hash: i64,
    pub length: i64,
    pub nbytes: i64,
    pub bytes: [u8; 0],
}

/// A GC array of any item type (the item count, then the items).
#[repr(C)]
pub struct RpyArray {
    pub hdr: GcHeader,
    pub length: i64,
    pub items: [u64; 0],
}

/// A resizable list: `length` used items of `items` (whose own length is
/// the capacity).
#[repr(C)]
pub struct RpyList {
    pub hdr: GcHeader,
    pub length: i64,
    pub items: *mut RpyArray,
}

/// A GC pointer of unknown type.
pub type GcPtr = *mut GcHeader;

/// A process-global cell for run-time state.
///
/// Translated programs are single-threaded, and the graph interpreter runs
/// programs one at a time under [`gc::with_lock`], so the run-time state is
/// kept in plain globals without locking. All access goes through the raw
/// pointer returned by [`Global::get`]; callers must not keep a reference
/// obtained from it across a call that may touch the same global.
pub(crate) struct Global<T>(std::cell::UnsafeCell<T>);

// SAFETY: see the type's documentation: every access happens on the thread
// running the program, serialized by `gc::with_lock` when several threads
// (test threads of the interpreter) use the run time.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub(crate) const fn new(value: T) -> Global<T> {
        Global(std::cell::UnsafeCell::new(value))
    }

    /// The raw pointer to the value.
    #[inline(always)]
    pub(crate) fn get(&self) -> *mut T {
        self.0.get()
    }
}

/// Parses a size such as `8388608`, `64k`, `8M` or `1g` (bytes; the
/// suffixes are binary multiples). Used for the `RPY_*` environment
/// variables.
pub(crate) fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let (digits, shift) = match text.as_bytes().last()? {
        b'k' | b'K' => (&text[..text.len() - 1], 10),
        b'm' | b'M' => (&text[..text.len() - 1], 20),
        b'g' | b'G' => (&text[..text.len() - 1], 30),
        _ => (text, 0),
    };
    let value: usize = digits.trim().parse().ok()?;
    value.checked_mul(1usize << shift)
}
