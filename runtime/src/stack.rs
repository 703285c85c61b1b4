//! Recursion-depth protection and fatal errors.
//!
//! [`init_stack_limit`] records a stack-pointer limit for the running
//! thread; generated code calls [`check`] at every function entry and raises
//! `Builtin::StackOverflow` ("maximum recursion depth exceeded") when it
//! returns true, so deep recursion becomes a catchable RPython exception
//! instead of a crash. [`check`] also fires when the GC shadow stack is
//! nearly full. [`run_with_big_stack`] runs a program on a thread with a
//! large stack (1 GiB by default, `RPY_STACK_SIZE` to change it).
//!
//! After `init_stack_limit*` on a thread, `check()` on that thread is true
//! exactly when the stack pointer is below the limit (which leaves a safety
//! margin for the code that handles the overflow) or the shadow stack is
//! more than 15/16 full. Before any initialisation `check()` only watches
//! the shadow stack.

use crate::gc;
use std::io::Write;

/// Stack pointers below this address are too deep (0: unlimited).
static mut STACK_LIMIT: usize = 0;

/// Default stack size of [`run_with_big_stack`].
pub const DEFAULT_BIG_STACK: usize = 1 << 30;
/// Stack size assumed by [`init_stack_limit`] (safe on Rust's 2 MiB
/// threads and on an 8 MiB main thread).
const ASSUMED_STACK: usize = 2 << 20;

/// The current stack pointer (on x86-64 the register itself: one
/// instruction, no local forced into memory).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn stack_pointer() -> usize {
    let sp: usize;
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    sp
}

/// The current stack pointer (approximately: the address of a local).
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Sets the limit for the current thread assuming its stack is at least
/// 2 MiB with most of it still free.
///
/// # Safety
/// Must be called on the thread that runs the program, near the base of
/// its stack.
pub unsafe fn init_stack_limit() {
    init_stack_limit_for(ASSUMED_STACK);
}

/// Sets the limit for the current thread, whose stack is `stack_size`
/// bytes, of which most is still free. The margin kept for overflow
/// handling is an eighth of the stack, between 64 KiB and 16 MiB.
///
/// # Safety
/// As for [`init_stack_limit`]; `stack_size` must not exceed the real size.
pub unsafe fn init_stack_limit_for(stack_size: usize) {
    let margin = (stack_size / 8).clamp(64 << 10, 16 << 20);
    let usable = stack_size.saturating_sub(margin).max(stack_size / 2);
    STACK_LIMIT = stack_pointer().saturating_sub(usable);
}

/// Whether the stack is too deep (generated code then raises
/// `Builtin::StackOverflow`).
///
/// # Safety
/// Reads the run time's globals; call it on the program's thread.
#[inline(always)]
pub unsafe fn check() -> bool {
    stack_pointer() < STACK_LIMIT || gc::SHADOW_TOP as usize > gc::SHADOW_SOFT_END
}

/// Runs `f` on a new thread with a big stack (`RPY_STACK_SIZE` bytes, e.g.
/// `512M`; default 1 GiB) after initialising the stack limit there, and
/// returns its result. A panic in `f` is propagated.
pub fn run_with_big_stack<F: FnOnce() -> i32 + Send>(f: F) -> i32 {
    let size = std::env::var("RPY_STACK_SIZE")
        .ok()
        .and_then(|s| crate::parse_size(&s))
        .filter(|&n| n >= 256 << 10)
        .unwrap_or(DEFAULT_BIG_STACK);
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("rpython-main".into())
            .stack_size(size)
            .spawn_scoped(scope, move || {
                unsafe { init_stack_limit_for(size) };
                f()
            })
            .unwrap_or_else(|_| fatal("cannot create the main thread"));
        match handle.join() {
            Ok(code) => code,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Flushes stdout, prints `fatal RPython error: <msg>` to stderr and exits
/// with status 1.
pub fn fatal(msg: &str) -> ! {
    crate::io::stdout_flush();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "fatal RPython error: {msg}");
    let _ = err.flush();
    std::process::exit(1)
}
