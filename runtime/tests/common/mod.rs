//! What the runtime's GC-using tests share: running a test body once
//! normally and once in GC stress mode on a fresh heap with every builtin
//! exception registered, and taking the exception a helper raised.

#![allow(dead_code)]

use runtime::exc::{self, Builtin};
use runtime::{gc, TypeInfo};

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
