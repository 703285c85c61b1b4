//! What the differential tests share: running a program and capturing what
//! it did.

#![allow(dead_code)]

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

/// Translates `target` into the executable `exe` (package in `emit_dir`);
/// `Err` holds the first error line.
pub fn translate(target: &Path, exe: &Path, emit_dir: &Path) -> Result<(), String> {
    let mut t = Command::new(env!("CARGO_BIN_EXE_translate"));
    t.arg(target)
        .arg("-o")
        .arg(exe)
        .arg("--emit-dir")
        .arg(emit_dir);
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
