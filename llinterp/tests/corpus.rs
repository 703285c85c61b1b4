//! The differential corpus in the low-level graph interpreter: every
//! program of `tests/rpython/` run by CPython and by `llinterp` (load →
//! annotate → rtype → interpret, no Rust compiled), with the same arguments
//! and stdin; stdout and the exit status must be identical, and for an
//! uncaught exception the last line of stderr too. Each program also runs
//! in GC stress mode (a collection at every allocation: checks that the
//! interpreter keeps its GC pointers rooted) when its output is small.
//!
//! `tests/rpython/LLINTERP_KNOWN_FAILURES` lists the programs that do not
//! match yet, one per line with the reason (the format of
//! `tests/rpython/KNOWN_FAILURES`). The test fails if a listed program
//! passes (remove it from the list) or an unlisted one fails.
//! `CORPUS_ONLY=<text>` runs only the programs whose name contains it.

#[path = "../../translator/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::Command;

use common::{check_corpus, compare, cpython, gc_modes, program_env, program_inputs, run};

/// Compares one program; `Err` says how it differs.
fn check_program(py: &Path) -> Result<(), String> {
    let (args, stdin) = program_inputs(py);
    let expected = run(cpython(py, &args), stdin.as_deref());
    for (mode, env) in gc_modes(&expected) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_llinterp"));
        cmd.arg(py)
            .args(&args)
            .envs(program_env(py))
            .envs(env.iter().copied());
        let actual = run(cmd, stdin.as_deref());
        if actual.code == Some(2)
            && actual
                .last_stderr_line()
                .starts_with("error: could not rtype")
        {
            let first = actual
                .stderr
                .lines()
                .find(|l| l.starts_with("error"))
                .unwrap_or(actual.last_stderr_line())
                .to_string();
            return Err(format!("does not rtype: {first}"));
        }
        compare(&expected, &actual, "llinterp", mode)?;
    }
    Ok(())
}

#[test]
fn corpus_matches_cpython_in_the_interpreter() {
    check_corpus(
        "LLINTERP_KNOWN_FAILURES",
        " in the interpreter",
        check_program,
    );
}
