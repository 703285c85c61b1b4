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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn last_stderr_line(&self) -> &str {
        self.stderr.lines().last().unwrap_or("")
    }
}

fn run(mut cmd: Command, stdin: Option<&Path>) -> Run {
    cmd.stdin(match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).expect("open stdin file")),
        None => Stdio::null(),
    });
    let out = cmd.output().expect("run a program");
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Compares one program; `Err` says how it differs.
fn check_program(py: &Path) -> Result<(), String> {
    let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = py.parent().unwrap();
    let args: Vec<String> = std::fs::read_to_string(dir.join(format!("{stem}.args")))
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let stdin = dir.join(format!("{stem}.stdin"));
    let stdin = stdin.is_file().then_some(stdin);

    let mut cpython = Command::new("python3");
    cpython
        .arg("-u")
        .arg(py)
        .args(&args)
        .env("PYTHONPATH", repo_root())
        .env("PYTHONUNBUFFERED", "1");
    let expected = run(cpython, stdin.as_deref());

    let modes: &[(&str, &str)] = if expected.stdout.len() < 200_000 {
        &[("", "0"), (" (GC stress mode)", "1")]
    } else {
        &[("", "0")]
    };
    for (mode, stress) in modes {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_llinterp"));
        cmd.arg(py).args(&args).env("RPY_GC_STRESS", stress);
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
        if actual.stdout != expected.stdout {
            return Err(format!(
                "stdout differs{mode}:\n--- python3\n{}\n--- llinterp\n{}\n--- stderr\n{}",
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
fn corpus_matches_cpython_in_the_interpreter() {
    let corpus = repo_root().join("tests/rpython");
    let known: BTreeMap<String, String> =
        std::fs::read_to_string(corpus.join("LLINTERP_KNOWN_FAILURES"))
            .expect("tests/rpython/LLINTERP_KNOWN_FAILURES")
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
        let result = check_program(py);
        match (&result, known.contains_key(&name)) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => unexpected.push(format!(
                "{name}: passes now; remove it from tests/rpython/LLINTERP_KNOWN_FAILURES"
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
                "{name}: listed in LLINTERP_KNOWN_FAILURES but does not exist"
            ));
        }
    }
    eprintln!("{passed} programs match CPython in the interpreter");
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n\n"));
}
