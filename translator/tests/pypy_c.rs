//! The Python interpreter `targets/pyinterp` translated into `pypy-c` and
//! run on every program of `tests/python/` against `python3`: stdout and
//! the exit status must be identical and, for an uncaught exception, the
//! last stderr line too (CPython's traceback decorations differ).
//!
//! `tests/python/PYPY_C_KNOWN_FAILURES` lists the programs that do not
//! match yet, with the reason; the test fails if the list is wrong in
//! either direction. `PYTHON_ONLY=NNN` restricts the run to programs whose
//! name contains NNN.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{compare, repo_root, run, translate};

fn known_failures(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("PYPY_C_KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

fn python_run(interpreter: &Path, script: &Path, dir: &Path) -> common::Run {
    let mut c = Command::new(interpreter);
    c.arg(script.file_name().unwrap())
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH");
    run(c, None)
}

#[test]
fn pypy_c_matches_python3() {
    let root = repo_root();
    let work = root.join("target/targets");
    std::fs::create_dir_all(&work).expect("create target/targets");
    let exe = work.join("pypy-c");
    let emit = work.join("pyinterp-build");
    if let Err(e) = translate(
        env!("CARGO_BIN_EXE_translate"),
        &root.join("targets/pyinterp"),
        &exe,
        &emit,
    ) {
        panic!("targets/pyinterp does not translate: {e}");
    }
    let dir = root.join("tests/python");
    let only = std::env::var("PYTHON_ONLY").ok();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/python")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| {
            only.as_ref().is_none_or(|o| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .contains(o.as_str())
            })
        })
        .collect();
    programs.sort();
    assert!(!programs.is_empty(), "no programs in tests/python");
    let known = known_failures(&dir);
    let python3 = PathBuf::from("python3");
    let (mut unexpected, mut fixed) = (Vec::new(), Vec::new());
    let mut passed = 0;
    for p in &programs {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let expected = python_run(&python3, p, &dir);
        let actual = python_run(&exe, p, &dir);
        let result = compare(&expected, &actual, "pypy-c", "");
        let listed = known.contains(&name);
        match (result, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => fixed.push(name),
            (Err(e), false) => unexpected.push(format!("{name}: {e}")),
            (Err(_), true) => {}
        }
    }
    for k in &known {
        if only.is_none() && !programs.iter().any(|p| p.ends_with(k)) {
            fixed.push(format!("{k} (listed but does not exist)"));
        }
    }
    eprintln!(
        "pypy-c: {passed} of {} programs match python3 ({} known failures)",
        programs.len(),
        known.len()
    );
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} programs differ from python3:\n{}\n\nlisted in PYPY_C_KNOWN_FAILURES but passing: {:?}",
        unexpected.len(),
        unexpected.join("\n\n"),
        fixed
    );
}
