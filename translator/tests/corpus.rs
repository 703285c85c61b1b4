//! The differential corpus: every program of `tests/rpython/` run by
//! CPython and translated, with the same arguments and stdin; stdout and
//! the exit status must be identical, and for an uncaught exception the
//! last line of stderr too (see `tests/rpython/README.md`). Each translated
//! program also runs in GC stress mode (a collection at every allocation)
//! when it is small enough for that to finish quickly.
//!
//! `tests/rpython/KNOWN_FAILURES` lists the programs the toolchain cannot
//! translate yet, one per line with the reason. The test fails if a listed
//! program passes (remove it from the list) or an unlisted one fails.
//!
//! Translated packages are kept under `target/corpus/` so that a rerun
//! only rebuilds what changed. They are built without link-time
//! optimization (`translate --no-lto`: ~5x faster to build; pypy-c's test
//! covers the default build).

mod common;

use std::path::Path;
use std::process::Command;

use common::{
    check_corpus, compare, cpython, gc_modes, program_env, program_inputs, repo_root, run,
    translate, Lto,
};

/// Compares one program; `Err` says how it differs.
fn check_program(py: &Path, work: &Path) -> Result<(), String> {
    let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
    let (args, stdin) = program_inputs(py);
    let expected = run(cpython(py, &args), stdin.as_deref());
    let exe = work.join(format!("{stem}-c"));
    translate(
        env!("CARGO_BIN_EXE_translate"),
        py,
        &exe,
        &work.join(format!("{stem}-build")),
        Lto::Off,
    )
    .map_err(|first| format!("does not translate: {first}"))?;
    for (mode, env) in gc_modes(&expected) {
        let mut cmd = Command::new(&exe);
        cmd.args(&args)
            .envs(program_env(py))
            .envs(env.iter().copied());
        let actual = run(cmd, stdin.as_deref());
        compare(&expected, &actual, "translated", mode)?;
    }
    Ok(())
}

#[test]
fn corpus_matches_cpython() {
    let work = repo_root().join("target/corpus");
    std::fs::create_dir_all(&work).expect("create target/corpus");
    check_corpus("KNOWN_FAILURES", "", |py| check_program(py, &work));
}
