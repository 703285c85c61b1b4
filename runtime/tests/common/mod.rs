//! What the runtime's GC-using tests share: running a test body once
//! normally and once in GC stress mode on a fresh heap with every builtin
//! exception registered, and taking the exception a helper raised.

#![allow(dead_code)]

use runtime::exc::{self, Builtin};
use runtime::{gc, string, GcPtr, RpyStr, TypeInfo};

/// Runs `f` on a fresh heap of `heap` bytes with the type table `types`,
/// without and then with GC stress mode; afterwards no exception is pending
/// and the shadow stack is empty.
pub fn each_mode(types: &'static [TypeInfo], heap: usize, class: exc::BuiltinClass, f: impl Fn()) {
    for stress in [false, true] {
        gc::with_lock(|| {
            unsafe {
                gc::init_with_config(types, heap, stress);
                for k in Builtin::ALL {
                    exc::register_builtin(k, class);
                }
            }
            f();
            assert!(!exc::occurred());
            assert_eq!(gc::shadow_depth(), 0);
            gc::reset();
        });
    }
}

/// The pending builtin exception (kind, message), cleared.
pub fn take_error() -> (Builtin, String) {
    assert!(exc::occurred(), "an exception was expected");
    let kind = exc::pending_builtin().unwrap();
    let msg = exc::pending_message().unwrap();
    exc::clear();
    (kind, msg)
}

/// Shadow-stack slots keeping a test's objects alive across collections
/// (objects move: read them back with [`Pool::get`] after allocating).
pub struct Pool {
    base: *mut GcPtr,
    used: usize,
    str_tid: u32,
    bytes_tid: u32,
}

const POOL: usize = 64;

impl Pool {
    /// # Safety
    /// The GC is initialized; the pool is dropped before the shadow-stack
    /// slots reserved after it.
    pub unsafe fn new(str_tid: u32, bytes_tid: u32) -> Pool {
        Pool {
            base: gc::shadow_reserve(POOL),
            used: 0,
            str_tid,
            bytes_tid,
        }
    }
    /// Keeps `p` alive; returns its slot number.
    pub unsafe fn keep<T>(&mut self, p: *mut T) -> usize {
        assert!(self.used < POOL);
        *self.base.add(self.used) = p as GcPtr;
        self.used += 1;
        self.used - 1
    }
    /// A new `str` kept in the pool.
    pub unsafe fn new_str(&mut self, text: &str) -> usize {
        let s = string::str_from(self.str_tid, text);
        self.keep(s)
    }
    /// A new `bytes` kept in the pool.
    pub unsafe fn new_bytes(&mut self, data: &[u8]) -> usize {
        let s = string::bytes_from(self.bytes_tid, data);
        self.keep(s)
    }
    /// The string in slot `i` (where it is now).
    pub unsafe fn get(&self, i: usize) -> *mut RpyStr {
        *self.base.add(i) as *mut RpyStr
    }
    /// The object in slot `i` (where it is now).
    pub unsafe fn ptr(&self, i: usize) -> GcPtr {
        *self.base.add(i)
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        unsafe { gc::shadow_release(POOL) }
    }
}

/// The text of a string (not null: else the pending exception is shown),
/// checking its code-point length.
///
/// # Safety
/// `s` is null or a valid `str`.
pub unsafe fn text(s: *mut RpyStr) -> String {
    assert!(
        !s.is_null(),
        "a string was expected (exception: {:?})",
        exc::pending_message()
    );
    let t = string::str_as_str(s).to_owned();
    assert_eq!((*s).length as usize, t.chars().count(), "length of {t:?}");
    t
}
