//! The exception state of a running program.
//!
//! RPython-level exceptions never unwind the Rust stack: raising records the
//! exception's class (its vtable) and instance here and returns normally;
//! every caller of an operation that can raise tests [`occurred`].
//! Helpers raise the program's builtin exception classes through
//! [`raise_builtin`], which never allocates: the class the program
//! registered with [`register_builtin`] gives the vtable at once, and the
//! instance (carrying the message) is built only when the program asks for
//! it ([`exc_value`]), i.e. in an exception handler that uses it.
//!
//! Invariants: `occurred()` is true exactly between a raise and the next
//! [`fetch`]/[`clear`]; the instance is kept in a slot that the GC treats as
//! a root (so [`exc_value`] is always current, once built); the message and kind of a
//! builtin raise are remembered until the exception is cleared or another
//! one is raised.
//!
//! The raise location (for the uncaught-exception report) is the index, in
//! the program's static table of source locations, of the innermost frame
//! the pending exception left: [`set_location`] at a `raise` statement that
//! makes a new exception, [`note_location`] (only if none is known yet)
//! where an exception leaves an operation for a handler or out of the
//! frame, forgotten by [`raise_builtin`] (a new exception). Catching an
//! exception keeps it, so that re-raising it (`finally`, an `except` that
//! does not match) reports where it came from. Only exception paths touch
//! it.

use crate::{GcPtr, Global};
use std::ptr::{null, null_mut};

/// The builtin exception kinds that run-time helpers raise.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    IndexError,
    KeyError,
    ZeroDivisionError,
    ValueError,
    OverflowError,
    MemoryError,
    OSError,
    StackOverflow,
    AssertionError,
    TypeError,
    NotImplementedError,
    StopIteration,
    RuntimeError,
}

impl Builtin {
    /// Number of kinds.
    pub const COUNT: usize = 13;
    /// Every kind, in discriminant order.
    pub const ALL: [Builtin; Builtin::COUNT] = [
        Builtin::IndexError,
        Builtin::KeyError,
        Builtin::ZeroDivisionError,
        Builtin::ValueError,
        Builtin::OverflowError,
        Builtin::MemoryError,
        Builtin::OSError,
        Builtin::StackOverflow,
        Builtin::AssertionError,
        Builtin::TypeError,
        Builtin::NotImplementedError,
        Builtin::StopIteration,
        Builtin::RuntimeError,
    ];

    /// The Python-level class name (`StackOverflow` is `RecursionError`).
    pub fn name(self) -> &'static str {
        match self {
            Builtin::IndexError => "IndexError",
            Builtin::KeyError => "KeyError",
            Builtin::ZeroDivisionError => "ZeroDivisionError",
            Builtin::ValueError => "ValueError",
            Builtin::OverflowError => "OverflowError",
            Builtin::MemoryError => "MemoryError",
            Builtin::OSError => "OSError",
            Builtin::StackOverflow => "RecursionError",
            Builtin::AssertionError => "AssertionError",
            Builtin::TypeError => "TypeError",
            Builtin::NotImplementedError => "NotImplementedError",
            Builtin::StopIteration => "StopIteration",
            Builtin::RuntimeError => "RuntimeError",
        }
    }

    /// The kind with this discriminant.
    pub fn from_u32(n: u32) -> Option<Builtin> {
        Builtin::ALL.get(n as usize).copied()
    }
}

/// How the program builds an instance of one of its builtin exception
/// classes: the class's vtable, the type id of its instances, and where the
/// `typeptr` and the hidden `msg` string go inside an instance.
#[derive(Clone, Copy, Debug)]
pub struct BuiltinClass {
    pub vtable: *const u8,
    pub inst_tid: u32,
    pub typeptr_offset: u32,
    pub msg_offset: u32,
    /// The type id of `str` (for the message).
    pub str_tid: u32,
}

const NO_KIND: u32 = u32::MAX;

static mut OCCURRED: bool = false;
static mut EXC_TYPE: *const u8 = null();
/// The instance of the current exception: a GC root (see `gc::do_collect`).
static mut EXC_VALUE: GcPtr = null_mut();
/// The builtin kind of the current exception, if raised by `raise_builtin`.
static mut PENDING_KIND: u32 = NO_KIND;
static MESSAGE: Global<String> = Global::new(String::new());
static CLASSES: Global<[Option<BuiltinClass>; Builtin::COUNT]> =
    Global::new([None; Builtin::COUNT]);
/// The location index of the pending exception's innermost frame (-1:
/// unknown).
static mut LOCATION: i64 = -1;

/// The root slot of the current exception instance (for the GC).
pub(crate) fn value_slot() -> *mut GcPtr {
    &raw mut EXC_VALUE
}

/// Clears the exception state and the registered constructors.
pub(crate) fn reset() {
    clear();
    unsafe {
        LOCATION = -1;
        *CLASSES.get() = [None; Builtin::COUNT];
        *MESSAGE.get() = String::new();
    }
}

/// Raises the exception `(vtable, value)`.
///
/// # Safety
/// `value` is null or a valid GC object (it becomes a GC root).
/// Cold: generated code calls it only on raising paths, which the compiler
/// then lays out of the way of the normal path.
#[cold]
pub unsafe fn raise(vtable: *const u8, value: GcPtr) {
    OCCURRED = true;
    EXC_TYPE = vtable;
    EXC_VALUE = value;
    PENDING_KIND = NO_KIND;
}

/// Whether an exception is pending.
#[inline(always)]
pub fn occurred() -> bool {
    unsafe { OCCURRED }
}

/// Returns the pending exception `(vtable, instance)` and clears the state
/// (building the instance of a builtin exception first, see [`exc_value`]).
///
/// # Safety
/// As for [`exc_value`].
#[inline]
pub unsafe fn fetch() -> (*const u8, GcPtr) {
    let value = exc_value();
    let result = (EXC_TYPE, value);
    clear();
    result
}

/// Clears the pending exception (if any).
#[inline]
pub fn clear() {
    unsafe {
        OCCURRED = false;
        EXC_TYPE = null();
        EXC_VALUE = null_mut();
        PENDING_KIND = NO_KIND;
    }
}

/// The whole exception state, set aside while the GC runs light
/// finalizers in the middle of an allocation (see `gc::finalizers`).
pub(crate) struct Saved {
    occurred: bool,
    exc_type: *const u8,
    /// The instance (a GC pointer the caller roots if it may collect).
    pub(crate) value: GcPtr,
    kind: u32,
    location: i64,
    message: String,
}

/// Takes the exception state out (leaving none pending).
pub(crate) fn save() -> Saved {
    unsafe {
        let saved = Saved {
            occurred: OCCURRED,
            exc_type: EXC_TYPE,
            value: EXC_VALUE,
            kind: PENDING_KIND,
            location: LOCATION,
            message: std::mem::take(&mut *MESSAGE.get()),
        };
        clear();
        saved
    }
}

/// Puts back a state taken by [`save`] (dropping whatever is pending).
///
/// # Safety
/// The saved instance is still a valid object (no collection ran since
/// [`save`], or the caller updated it).
pub(crate) unsafe fn restore(saved: Saved) {
    OCCURRED = saved.occurred;
    EXC_TYPE = saved.exc_type;
    EXC_VALUE = saved.value;
    PENDING_KIND = saved.kind;
    LOCATION = saved.location;
    *MESSAGE.get() = saved.message;
}

/// Records `id` as the location of the pending exception (a `raise`
/// statement making a new exception: any earlier location is stale).
#[cold]
pub fn set_location(id: i64) {
    unsafe { LOCATION = id }
}

/// Records `id` as the location of the pending exception unless one is
/// known already (the exception came out of a callee that named it), and
/// ignores a negative `id` (no source location).
#[cold]
pub fn note_location(id: i64) {
    unsafe {
        if LOCATION < 0 && id >= 0 {
            LOCATION = id;
        }
    }
}

/// The location index of the pending exception's innermost frame, if
/// known.
pub fn location() -> Option<usize> {
    let id = unsafe { LOCATION };
    (id >= 0).then_some(id as usize)
}

/// The vtable of the pending exception (null if none, or for a builtin
/// kind the program never registered).
#[inline]
pub fn exc_type() -> *const u8 {
    unsafe { EXC_TYPE }
}

/// The instance of the pending exception (null if none). A builtin
/// exception raised by [`raise_builtin`] gets its instance here, on first
/// request: this may allocate (and so collect).
///
/// # Safety
/// As for [`crate::gc::malloc`]: the caller's unrooted GC pointers dangle
/// afterwards if the instance had to be built.
#[inline]
pub unsafe fn exc_value() -> GcPtr {
    if EXC_VALUE.is_null() && OCCURRED && PENDING_KIND != NO_KIND {
        materialize();
    }
    EXC_VALUE
}

/// Builds the instance of the pending builtin exception.
#[cold]
unsafe fn materialize() {
    let Some(class) = Builtin::from_u32(PENDING_KIND).and_then(|k| (*CLASSES.get())[k as usize])
    else {
        return;
    };
    let text = (*MESSAGE.get()).clone();
    // Allocating may raise MemoryError, which would replace the pending
    // exception: out of memory here is fatal instead.
    let (kind, vtable) = (PENDING_KIND, EXC_TYPE);
    let msg = crate::string::str_from(class.str_tid, &text);
    let roots = crate::gc::Roots::new([msg as GcPtr]);
    let inst = crate::gc::malloc(class.inst_tid);
    if inst.is_null() {
        crate::stack::fatal("out of memory while raising an exception");
    }
    let base = inst as *mut u8;
    *(base.add(class.typeptr_offset as usize) as *mut *const u8) = vtable;
    *(base.add(class.msg_offset as usize) as *mut GcPtr) = roots.get(0);
    drop(roots);
    OCCURRED = true;
    EXC_TYPE = vtable;
    EXC_VALUE = inst;
    PENDING_KIND = kind;
}

/// Registers how the program builds instances of builtin exception `kind`.
///
/// # Safety
/// The class describes a valid vtable and instance type of the program.
pub unsafe fn register_builtin(kind: Builtin, class: BuiltinClass) {
    (*CLASSES.get())[kind as usize] = Some(class);
}

/// Raises the builtin exception `kind` with `message` (remembered for the
/// uncaught-exception report, see [`pending_message`]). Never allocates:
/// the instance is built when the program asks for it ([`exc_value`]). If
/// the program did not register `kind`, the exception is raised with a null
/// vtable, and [`pending_builtin`] tells which kind it was.
///
/// # Safety
/// [`crate::gc::init`] was called.
#[cold]
pub unsafe fn raise_builtin(kind: Builtin, message: &str) {
    let vtable = match (*CLASSES.get())[kind as usize] {
        Some(class) => class.vtable,
        None => null(),
    };
    raise(vtable, null_mut());
    PENDING_KIND = kind as u32;
    LOCATION = -1;
    let buf = &mut *MESSAGE.get();
    buf.clear();
    buf.push_str(message);
}

/// The builtin kind of the pending exception, if it was raised by
/// [`raise_builtin`].
pub fn pending_builtin() -> Option<Builtin> {
    unsafe {
        if OCCURRED {
            Builtin::from_u32(PENDING_KIND)
        } else {
            None
        }
    }
}

/// The message of the pending exception, if it was raised by
/// [`raise_builtin`].
pub fn pending_message() -> Option<String> {
    pending_builtin().map(|_| unsafe { (*MESSAGE.get()).clone() })
}

/// Prints the report of an uncaught exception exactly as CPython does for a
/// one-frame traceback and exits with status 1 (stdout flushed first):
///
/// ```text
/// Traceback (most recent call last):
///   <location>
/// <TypeName>: <message>
/// ```
///
/// The location line is omitted when `location` is empty, and `: message`
/// when `message` is empty. `location` may hold several lines (the
/// `File "...", line N, in f` line and the source line with its own
/// indentation, see [`frame_text`]); the first gets the two spaces.
pub fn report_uncaught(type_name: &str, message: &str, location: &str) -> ! {
    let mut text = String::from("Traceback (most recent call last):\n");
    if !location.is_empty() {
        text.push_str("  ");
        text.push_str(location);
        text.push('\n');
    }
    text.push_str(type_name);
    if !message.is_empty() {
        text.push_str(": ");
        text.push_str(message);
    }
    text.push('\n');
    crate::io::stderr_write(text.as_bytes());
    crate::io::exit_flush();
    std::process::exit(1)
}

/// The text of one traceback entry as CPython prints it (after the two
/// spaces [`report_uncaught`] adds): `File "<path>", line <n>, in <func>`,
/// then the stripped source line indented by four spaces when known.
pub fn frame_text(path: &str, line: u32, func: &str, source: &str) -> String {
    let mut text = format!("File \"{path}\", line {line}, in {func}");
    if !source.is_empty() {
        text.push_str("\n    ");
        text.push_str(source);
    }
    text
}
