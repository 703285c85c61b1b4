//! What the differential tests share (also included by
//! `llinterp/tests/corpus.rs`): running a program and capturing what it did,
//! comparing a run with CPython's, and walking the corpus `tests/rpython/`
//! against its list of known failures.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// What a finished process did.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn last_stderr_line(&self) -> &str {
        self.stderr.lines().last().unwrap_or("")
    }
}

/// Runs `cmd` to completion with stdin read from a file (or empty).
pub fn run(mut cmd: Command, stdin: Option<&Path>) -> Run {
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

/// `python3 -u SCRIPT ARGS` with the repository's `rpython` package
/// importable.
pub fn cpython(script: &Path, args: &[String]) -> Command {
    let mut c = Command::new("python3");
    c.arg("-u")
        .arg(script)
        .args(args)
        .env("PYTHONPATH", repo_root())
        .env("PYTHONUNBUFFERED", "1");
    c
}

/// Whether a test builds its executable with link-time optimization.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lto {
    /// As `translate` does by default (pypy-c: the configuration users run).
    Fat,
    /// `translate --no-lto`: several times faster to build, for the many
    /// small programs of the corpus.
    Off,
}

/// Runs the `translate` binary `translator` on `target`, writing the
/// executable `exe` (package in `emit_dir`) with or without `lto`; `Err`
/// holds the first error line.
pub fn translate(
    translator: &str,
    target: &Path,
    exe: &Path,
    emit_dir: &Path,
    lto: Lto,
) -> Result<(), String> {
    let mut t = Command::new(translator);
    t.arg(target)
        .arg("-o")
        .arg(exe)
        .arg("--emit-dir")
        .arg(emit_dir);
    if lto == Lto::Off {
        t.arg("--no-lto");
    }
    let r = run(t, None);
    if r.code == Some(0) {
        return Ok(());
    }
    Err(r
        .stderr
        .lines()
        .find(|l| l.starts_with("error"))
        .unwrap_or(r.last_stderr_line())
        .to_string())
}

/// A corpus program's arguments (`NAME.args`, one per line) and stdin file
/// (`NAME.stdin`), if any.
pub fn program_inputs(py: &Path) -> (Vec<String>, Option<PathBuf>) {
    let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = py.parent().unwrap();
    let args = std::fs::read_to_string(dir.join(format!("{stem}.args")))
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let stdin = dir.join(format!("{stem}.stdin"));
    (args, stdin.is_file().then_some(stdin))
}

/// A corpus program's extra environment (`NAME.env`, `KEY=VALUE` lines)
/// for every run of it, e.g. a smaller `RPY_STACK_SIZE` so that a
/// stack-overflow test stays fast in GC stress mode.
pub fn program_env(py: &Path) -> Vec<(String, String)> {
    let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
    std::fs::read_to_string(py.with_file_name(format!("{stem}.env")))
        .map(|t| {
            t.lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// Environment variables of one GC mode.
pub type GcEnv = &'static [(&'static str, &'static str)];

/// The GC modes to run a program in (how to name them, and their
/// environment): the default collector, with a tiny nursery (4 KiB: minor
/// collections all the time, most objects promoted), and when the output
/// is small enough to stay fast, stress mode (generational: a minor
/// collection at every allocation) and the semispace collector in stress
/// mode.
pub fn gc_modes(expected: &Run) -> &'static [(&'static str, GcEnv)] {
    const DEFAULT: GcEnv = &[("RPY_GC_STRESS", "0")];
    const TINY: GcEnv = &[("RPY_GC_STRESS", "0"), ("RPY_GC_NURSERY", "4k")];
    const STRESS: GcEnv = &[("RPY_GC_STRESS", "1")];
    const SEMI_STRESS: GcEnv = &[("RPY_GC_STRESS", "1"), ("RPY_GC", "semispace")];
    if expected.stdout.len() < 200_000 {
        &[
            ("", DEFAULT),
            (" (GC nursery of 4 KiB)", TINY),
            (" (GC stress mode)", STRESS),
            (" (semispace GC, stress mode)", SEMI_STRESS),
        ]
    } else {
        &[("", DEFAULT), (" (GC nursery of 4 KiB)", TINY)]
    }
}

/// Whether `actual` behaves as CPython's run `expected`: stdout, exit status,
/// and for an uncaught exception the last stderr line (and for a translated
/// program, `who == "translated"`, the innermost traceback entry). `who` names the
/// runner, `mode` the GC mode.
pub fn compare(expected: &Run, actual: &Run, who: &str, mode: &str) -> Result<(), String> {
    if actual.stdout != expected.stdout {
        return Err(format!(
            "stdout differs{mode}:\n--- python3\n{}\n--- {who}\n{}\n--- stderr\n{}",
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
    // Translated programs name the innermost frame of an uncaught
    // exception as CPython does (the interpreter does not).
    if expected.code == Some(1) && who == "translated" {
        let want = innermost_frame(&expected.stderr);
        let got = innermost_frame(&actual.stderr);
        if want.is_some() && got != want {
            return Err(format!(
                "innermost traceback entry {got:?} instead of {want:?}{mode}; stderr:\n{}",
                actual.stderr
            ));
        }
    }
    Ok(())
}

/// The innermost entry of a traceback: the last `  File "...", line N, in f`
/// line and the source line after it (if any).
pub fn innermost_frame(stderr: &str) -> Option<(String, Option<String>)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let i = lines.iter().rposition(|l| l.starts_with("  File \""))?;
    let source = lines
        .get(i + 1)
        .filter(|l| l.starts_with("    ") && !l.trim_start().starts_with(['^', '~']))
        .map(|l| l.to_string());
    Some((lines[i].to_string(), source))
}

/// Checks every program of `tests/rpython/` (those whose name contains
/// `$CORPUS_ONLY`, if set) with `check`, against the list of known failures
/// `tests/rpython/<list>`: panics if a listed program passes, an unlisted
/// one fails, or a listed one does not exist. `what` ends the summary line.
pub fn check_corpus(list: &str, what: &str, mut check: impl FnMut(&Path) -> Result<(), String>) {
    let corpus = repo_root().join("tests/rpython");
    let known: BTreeMap<String, String> = std::fs::read_to_string(corpus.join(list))
        .unwrap_or_else(|e| panic!("tests/rpython/{list}: {e}"))
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
        let result = check(py);
        match (&result, known.contains_key(&name)) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => unexpected.push(format!(
                "{name}: passes now; remove it from tests/rpython/{list}"
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
            unexpected.push(format!("{name}: listed in {list} but does not exist"));
        }
    }
    eprintln!("{passed} programs match CPython{what}");
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n\n"));
}
