//! Running a whole program: what the compiled program's `main` does, in
//! the interpreter. [`run`] sets up the heap, builds `argv` (a list of
//! `str`), calls the entry point on a thread with a big stack (the
//! recursion limit comes from the runtime's `stack_check`), flushes stdout
//! and returns the [`Outcome`]: the exit status, or the uncaught
//! exception's class and message. The runtime's state is process-global, so
//! programs run one at a time (under `runtime::gc::with_lock`).

use std::io::Write;

use rtyper::lltype::{LlType, TypeKind};
use rtyper::LlProgram;
use runtime::GcPtr;

use crate::eval::Interp;
use crate::heap::{load, msg_offset, tid};

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The entry point returned this exit status.
    Exit(i32),
    /// An exception escaped: the name CPython prints and the message.
    Uncaught { name: String, message: String },
}

impl Outcome {
    /// Reports an uncaught exception on stderr as the translated program
    /// does (CPython's traceback header, then `Name: message`); returns the
    /// exit status (1 for an uncaught exception).
    pub fn report(&self) -> i32 {
        match self {
            Outcome::Exit(code) => *code,
            Outcome::Uncaught { name, message } => {
                let mut text = format!("Traceback (most recent call last):\n{name}");
                if !message.is_empty() {
                    text.push_str(": ");
                    text.push_str(message);
                }
                text.push('\n');
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(text.as_bytes());
                let _ = err.flush();
                1
            }
        }
    }
}

/// A reference sent to the thread that runs the program.
struct Shared<'a>(&'a LlProgram);

// SAFETY: the spawning thread blocks in `join` while the program runs, so
// the program (which holds `Rc`s) is only ever used by one thread at a time.
unsafe impl Send for Shared<'_> {}

/// Runs the entry point of `p` with `argv` (`argv[0]` is the program);
/// its output goes to stdout.
pub fn run(p: &LlProgram, argv: &[String]) -> Outcome {
    run_with(p, argv, false).0
}

/// Like [`run`], but returns what the program writes to stdout (`print`,
/// `os.write(1, ...)`) instead of writing it.
pub fn run_captured(p: &LlProgram, argv: &[String]) -> (Outcome, Vec<u8>) {
    run_with(p, argv, true)
}

fn run_with(p: &LlProgram, argv: &[String], capture: bool) -> (Outcome, Vec<u8>) {
    let shared = Shared(p);
    let mut result = None;
    let slot = &mut result;
    runtime::gc::with_lock(|| {
        // A thread with a big stack (`RPY_STACK_SIZE`, as for translated
        // programs) whose stack limit is set for `stack_check`.
        runtime::stack::run_with_big_stack(move || {
            let shared = shared;
            // SAFETY: under the lock, with the stack limit initialized.
            unsafe {
                runtime::io::set_capture(capture);
                let outcome = run_here(shared.0, argv);
                let out = runtime::io::take_captured();
                runtime::io::set_capture(false);
                *slot = Some((outcome, out));
            }
            0
        })
    });
    result.expect("the program ran")
}

/// Runs the program on the current thread.
///
/// # Safety
/// Under `runtime::gc::with_lock`, with the stack limit initialized.
unsafe fn run_here(p: &LlProgram, argv: &[String]) -> Outcome {
    let it = Interp::new(p);
    let running = crate::finalizers::Running::new(&it);
    let entry = p.entry.expect("the program has an entry point");
    let g = p.graph(entry);
    let argv_word = build_argv(p, g.var_type(g.params()[0]), argv);
    let roots = runtime::gc::Roots::new([argv_word as GcPtr]);
    let result = it.call(entry, &[roots.get(0) as u64]);
    drop(roots);
    let outcome = match result {
        Ok(r) => Outcome::Exit(match g.result_type() {
            LlType::Void => 0,
            _ => r as i64 as i32,
        }),
        Err(_) => uncaught(&it),
    };
    runtime::exc::clear();
    runtime::io::exit_flush();
    runtime::gc::reset();
    drop(running);
    outcome
}

/// The name and message of the pending exception.
unsafe fn uncaught(it: &Interp) -> Outcome {
    let p = it.p;
    let t = runtime::exc::exc_type() as u64;
    let class = p
        .classes
        .iter()
        .find(|c| c.is_exception && it.heap.prebuilt[c.vtable.index()] == t);
    let Some(class) = class else {
        return Outcome::Uncaught {
            name: runtime::exc::pending_builtin()
                .map_or("SystemError", |k| k.name())
                .to_string(),
            message: runtime::exc::pending_message().unwrap_or_default(),
        };
    };
    let v = runtime::exc::exc_value() as u64;
    let off = msg_offset(p, class.inst_type);
    let mut message = String::new();
    if v != 0 && off != 0 {
        let s = load((v as *const u8).add(off as usize), LlType::Signed);
        if s != 0 {
            message = runtime::string::str_as_str(s as usize as *mut runtime::RpyStr).to_owned();
        }
    }
    Outcome::Uncaught {
        name: class.traceback_name.clone(),
        message,
    }
}

/// `argv` as the entry point's parameter type: a list or an array of str.
unsafe fn build_argv(p: &LlProgram, ty: LlType, args: &[String]) -> GcPtr {
    let LlType::Ptr(t) = ty else {
        panic!("the entry point takes a list of str")
    };
    let str_tid = tid(p, p.str_type.expect("the str type"));
    let (array, list) = match &p.types.get(t).kind {
        TypeKind::Array { .. } | TypeKind::StructArray { .. } => (t, None),
        TypeKind::Struct { fields, .. } => {
            let LlType::Ptr(a) = fields[1].ty else {
                panic!("list items")
            };
            (a, Some(t))
        }
    };
    let n = args.len() as i64;
    let obj = match list {
        None => runtime::gc::malloc_varsize(tid(p, array), n),
        Some(l) => runtime::list::list_new(tid(p, l), tid(p, array), n) as GcPtr,
    };
    if obj.is_null() {
        runtime::stack::fatal("out of memory building argv");
    }
    let roots = runtime::gc::Roots::new([obj]);
    for (i, arg) in args.iter().enumerate() {
        let s = runtime::string::str_from(str_tid, arg);
        if s.is_null() {
            runtime::stack::fatal("out of memory building argv");
        }
        let items = match list {
            None => roots.get(0) as *mut runtime::RpyArray,
            Some(_) => (*roots.get_as::<runtime::RpyList>(0)).items,
        };
        runtime::gc::write_barrier(items as GcPtr);
        *(&raw mut (*items).items)
            .cast::<*mut runtime::RpyStr>()
            .add(i) = s;
    }
    roots.get(0)
}
