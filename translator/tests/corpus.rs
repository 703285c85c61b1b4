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
//! only rebuilds what changed.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{cpython, repo_root, run, translate};

/// Compares one program; `Err` says how it differs.
fn check_program(py: &Path, work: &Path) -> Result<(), String> {
    let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = py.parent().unwrap();
    let args: Vec<String> = std::fs::read_to_string(dir.join(format!("{stem}.args")))
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let stdin = dir.join(format!("{stem}.stdin"));
    let stdin = stdin.is_file().then_some(stdin);

    let expected = run(cpython(py, &args), stdin.as_deref());

    let exe = work.join(format!("{stem}-c"));
    translate(py, &exe, &work.join(format!("{stem}-build")))
        .map_err(|first| format!("does not translate: {first}"))?;
    let modes: &[(&str, &str)] = if expected.stdout.len() < 200_000 {
        &[("", "0"), (" (GC stress mode)", "1")]
    } else {
        &[("", "0")]
    };
    for (mode, stress) in modes {
        let mut cmd = Command::new(&exe);
        cmd.args(&args).env("RPY_GC_STRESS", stress);
        let actual = run(cmd, stdin.as_deref());
        if actual.stdout != expected.stdout {
            return Err(format!(
                "stdout differs{mode}:\n--- python3\n{}\n--- translated\n{}\n--- stderr\n{}",
                String::from_utf8_lossy(&expected.stdout),
                String::from_utf8_lossy(&actual.stdout),
                actual.stderr
            ));
        }
        if actual.code != expected.code {
            return Err(format!(
                "exit status {:?} instead of {:?}{mode}; stderr:\n{}",
                actual.code, expected.code, actual.stderr
            ));
        }
        if expected.code == Some(1) && actual.last_stderr_line() != expected.last_stderr_line() {
            return Err(format!(
                "last stderr line {:?} instead of {:?}{mode}",
                actual.last_stderr_line(),
                expected.last_stderr_line()
            ));
        }
    }
    Ok(())
}

#[test]
fn corpus_matches_cpython() {
    let root = repo_root();
    let corpus = root.join("tests/rpython");
    let work = root.join("target/corpus");
    std::fs::create_dir_all(&work).expect("create target/corpus");
    let known: BTreeMap<String, String> = std::fs::read_to_string(corpus.join("KNOWN_FAILURES"))
        .expect("tests/rpython/KNOWN_FAILURES")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((name, why)) => (name.to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("read tests/rpython")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    let only = std::env::var("CORPUS_ONLY").ok();
    let mut unexpected = Vec::new();
    let mut passed = 0;
    for py in &programs {
        let name = py.file_name().unwrap().to_string_lossy().into_owned();
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let result = check_program(py, &work);
        match (&result, known.contains_key(&name)) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => unexpected.push(format!(
                "{name}: passes now; remove it from tests/rpython/KNOWN_FAILURES"
            )),
            (Err(e), false) => unexpected.push(format!("{name}: {e}")),
        }
        eprintln!(
            "{name}: {}",
            match &result {
                Ok(()) => "ok".to_string(),
                Err(e) => e.lines().next().unwrap_or("").to_string(),
            }
        );
    }
    for name in known.keys() {
        if !programs.iter().any(|p| p.ends_with(name)) {
            unexpected.push(format!(
                "{name}: listed in KNOWN_FAILURES but does not exist"
            ));
        }
    }
    eprintln!("{passed} programs match CPython");
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n\n"));
}
