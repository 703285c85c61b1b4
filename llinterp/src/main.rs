//! `llinterp PROGRAM.py [ARGS...]`: rtypes a target and runs it in the
//! low-level graph interpreter; `argv` is the target path then ARGS. The
//! exit status is the program's (1 after an uncaught exception, reported
//! on stderr as the translated program reports it; 2 when the target
//! cannot be rtyped or the command line is wrong).

use std::path::PathBuf;

/// Stack of the thread running the front end (which recurses along the
/// user's code), as in `translate`.
const FRONT_STACK: usize = 256 << 20;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(target) = args.next() else {
        eprintln!("usage: llinterp PROGRAM.py [ARGS...]");
        std::process::exit(2);
    };
    let rest: Vec<String> = args.collect();
    let path = PathBuf::from(&target);
    let program = std::thread::Builder::new()
        .name("rtype".into())
        .stack_size(FRONT_STACK)
        .spawn(move || llinterp::pipeline::rtype_target(&path, &[]).map(Wrapper))
        .expect("cannot create the front end's thread")
        .join()
        .unwrap_or_else(|_| std::process::exit(101));
    let Ok(Wrapper(program)) = program else {
        std::process::exit(2)
    };
    let mut argv = vec![target];
    argv.extend(rest);
    let outcome = llinterp::run(&program, &argv);
    std::process::exit(outcome.report())
}

/// Moves the program out of the front end's thread.
struct Wrapper(llinterp::LlProgram);

// SAFETY: the program's `Rc`s are not shared with anything left on the
// front end's thread, which has ended when the program is used.
unsafe impl Send for Wrapper {}
