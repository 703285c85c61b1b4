//! The example interpreters of `targets/` (bf, stacklang) translated and
//! run on their example programs and on bad input, against the same
//! interpreter run by CPython: stdout, stderr and the exit status must be
//! identical (both interpreters write their own error messages).
//!
//! Example files named `bench.*` are benchmark inputs, too slow for CPython
//! in a test: they run translated only and must exit with status 0.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{cpython, repo_root, run, translate, Lto};

/// One run of an interpreter: its arguments and what stdin holds.
struct Case {
    args: Vec<String>,
    stdin: &'static [u8],
}

fn case(args: &[&str], stdin: &'static [u8]) -> Case {
    Case {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin,
    }
}

/// Translates `targets/NAME` and compares every case; returns the
/// differences.
fn check_target(name: &str, cases: &[Case], benches: &[PathBuf]) -> Vec<String> {
    let root = repo_root();
    let target = root.join("targets").join(name);
    let work = root.join("target/targets");
    std::fs::create_dir_all(&work).expect("create target/targets");
    let exe = work.join(format!("{name}-c"));
    let emit = work.join(format!("{name}-build"));
    if let Err(e) = translate(
        env!("CARGO_BIN_EXE_translate"),
        &target,
        &exe,
        &emit,
        Lto::Off,
    ) {
        return vec![format!("{name}: does not translate: {e}")];
    }
    let mut problems = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let stdin = work.join(format!("{name}-{i}.stdin"));
        std::fs::write(&stdin, c.stdin).expect("write stdin file");
        let expected = run(cpython(&target.join("target.py"), &c.args), Some(&stdin));
        let mut cmd = Command::new(&exe);
        cmd.args(&c.args);
        let actual = run(cmd, Some(&stdin));
        if (&actual.stdout, &actual.stderr, actual.code)
            != (&expected.stdout, &expected.stderr, expected.code)
        {
            problems.push(format!(
                "{name} {:?}: python3 gave status {:?}, stdout {:?}, stderr {:?}; \
                 translated gave status {:?}, stdout {:?}, stderr {:?}",
                c.args,
                expected.code,
                String::from_utf8_lossy(&expected.stdout),
                expected.stderr,
                actual.code,
                String::from_utf8_lossy(&actual.stdout),
                actual.stderr,
            ));
        }
    }
    for b in benches {
        let mut cmd = Command::new(&exe);
        cmd.arg(b);
        let r = run(cmd, None);
        if r.code != Some(0) {
            problems.push(format!("{name} {}: status {:?}", b.display(), r.code));
        }
    }
    problems
}

/// The example files of a target with the given extension, sorted; the
/// `bench.*` ones apart.
fn examples(name: &str, ext: &str) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let dir = repo_root().join("targets").join(name).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples directory")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
        .into_iter()
        .partition(|p| !p.file_stem().is_some_and(|s| s == "bench"))
}

fn path_arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn bf_matches_cpython() {
    let (progs, benches) = examples("bf", "bf");
    let mut cases: Vec<Case> = progs
        .iter()
        .map(|p| case(&[path_arg(p)], b"Hello, World\nsort me\n"))
        .collect();
    let dir = repo_root().join("targets/bf/examples");
    cases.push(case(&[path_arg(&dir.join("sort.bf"))], b"zyxwvu"));
    cases.push(case(&[], b""));
    cases.push(case(&["/nonexistent/prog.bf"], b""));
    let problems = check_target("bf", &cases, &benches);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn stacklang_matches_cpython() {
    let (progs, benches) = examples("stacklang", "sl");
    let mut cases: Vec<Case> = progs.iter().map(|p| case(&[path_arg(p)], b"")).collect();
    cases.push(case(&[], b""));
    cases.push(case(&["/nonexistent/prog.sl"], b""));
    let problems = check_target("stacklang", &cases, &benches);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
