//! The shadow stack: the roots that generated code and runtime helpers
//! keep in memory so that the moving collector can find and update them.
//!
//! A contiguous array of GC pointers with a top pointer. Functions reserve
//! slots on entry ([`shadow_reserve`], slots start null), store GC pointers
//! that are live across a call that can collect, reload them after it, and
//! release the slots on return ([`shadow_release`]) in LIFO order. Helpers
//! use the [`Roots`] guard. Generated code keeps the top exact instead
//! ([`shadow_set_top`]): before each op that may collect, the end of the
//! roots it just saved; on return, the start of its frame.
//!
//! Invariants: `SHADOW_BASE <= SHADOW_TOP <= SHADOW_END`; every slot in
//! `[SHADOW_BASE, SHADOW_TOP)` holds null or a valid GC object (collectors
//! read and update exactly those slots).

use crate::GcPtr;
use std::ptr::null_mut;

pub(crate) static mut SHADOW_BASE: *mut GcPtr = null_mut();
pub(crate) static mut SHADOW_TOP: *mut GcPtr = null_mut();
pub(crate) static mut SHADOW_END: *mut GcPtr = null_mut();
/// Shadow-stack depth (as an address) beyond which `stack::check` reports
/// a too-deep recursion: 15/16 of the capacity (`usize::MAX` before init).
pub(crate) static mut SHADOW_SOFT_END: usize = usize::MAX;

/// Calls `f` on every root slot of the shadow stack.
///
/// # Safety
/// The GC is initialised; `f` stores only null or valid GC objects.
#[inline]
pub(crate) unsafe fn for_each_slot(mut f: impl FnMut(*mut GcPtr)) {
    let mut slot = SHADOW_BASE;
    while slot < SHADOW_TOP {
        f(slot);
        slot = slot.add(1);
    }
}

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
/// [`super::init`] was called. The caller releases exactly these `n` slots
/// with [`shadow_release`] before releasing slots reserved earlier (LIFO),
/// and only stores GC pointers (or null) in them.
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

/// The frame of `n` slots of a generated function: its first slot, the
/// current top, which stays where it is (no slot is zeroed). Generated
/// code sets the top with [`shadow_set_top`] before each op that may
/// collect, to the end of the roots it has just saved in slots `0..k` of
/// its frame (the GC transform packs them from slot 0), so the collector
/// never sees a slot of the frame that was not written for that op; and
/// back to the frame's first slot when it returns. Fatal error if the
/// frame does not fit.
///
/// # Safety
/// [`super::init`] was called; the caller follows that protocol.
#[inline(always)]
pub unsafe fn shadow_frame(n: usize) -> *mut GcPtr {
    let base = SHADOW_TOP;
    let top = base.wrapping_add(n);
    if top > SHADOW_END || top < base {
        shadow_overflow();
    }
    base
}

/// The largest frame [`shadow_frame_guarded`] takes: far below the slots
/// `stack::check` keeps free past `SHADOW_SOFT_END` (a sixteenth).
pub const GUARDED_FRAME_MAX: usize = 4096;
const _: () = assert!(super::SHADOW_SLOTS / 16 >= GUARDED_FRAME_MAX);

/// [`shadow_frame`] without the overflow test, for a generated function
/// that runs [`crate::stack::check`] before anything else and returns
/// (raising StackOverflow) if it fires: a passing check means the top is
/// at most `SHADOW_SOFT_END`, which leaves more than `N` free slots.
///
/// # Safety
/// As for [`shadow_frame`]; `stack::check` runs before any slot is written
/// and the function writes none if it fails.
#[inline(always)]
pub unsafe fn shadow_frame_guarded<const N: usize>() -> *mut GcPtr {
    const { assert!(N <= GUARDED_FRAME_MAX) };
    SHADOW_TOP
}

/// The frame's first slot as stored at `*at` (a local of the caller),
/// read back from memory (a volatile read): big generated functions use it
/// so that the compiler computes slot addresses where they are used
/// instead of keeping each one live across the whole function.
///
/// # Safety
/// `at` is valid for reads.
#[inline(always)]
pub unsafe fn frame_base(at: *const *mut GcPtr) -> *mut GcPtr {
    std::ptr::read_volatile(at)
}

/// Releases the `n` most recently reserved shadow-stack slots.
///
/// # Safety
/// At least `n` slots are reserved, and the last `n` belong to the caller.
#[inline(always)]
pub unsafe fn shadow_release(n: usize) {
    SHADOW_TOP = SHADOW_TOP.sub(n);
}

/// Sets the top of the shadow stack to `top`, a slot of the caller's
/// frame: generated code sets it to the end of the roots it saved right
/// before each op that may collect (the collector then sees only those
/// slots of the frame, never stale values left in others), and back to
/// its frame's start when it returns (releasing the frame).
///
/// # Safety
/// `top` lies within the frame the caller reserved with
/// [`shadow_reserve`] (from its first slot to one past its last), and no
/// frame reserved after it is still in use.
#[inline(always)]
pub unsafe fn shadow_set_top(top: *mut GcPtr) {
    SHADOW_TOP = top;
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
    /// [`super::init`] was called; every pointer is null or a valid GC
    /// object; guards are dropped in reverse order of creation (Rust's drop
    /// order for locals) and the heap is not reset while the guard lives.
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
