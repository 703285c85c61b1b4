//! The Python interpreter `targets/pyinterp` translated into `pypy-c` and
//! run on every program of `tests/python/` against `python3`: stdout and
//! the exit status must be identical and, for an uncaught exception, the
//! last stderr line too (CPython's traceback decorations differ).
//!
//! A program `NNN_x.py` reads its stdin from `NNN_x.stdin` if that file
//! exists. The command line (`-c`, a script read from stdin, the
//! interactive prompt on a terminal, SyntaxError and traceback reports) is
//! checked by `pypy_c_command_line`.
//!
//! `tests/python/PYPY_C_KNOWN_FAILURES` lists the programs that do not
//! match yet, with the reason; the test fails if the list is wrong in
//! either direction. `PYTHON_ONLY=NNN` restricts the run to programs whose
//! name contains NNN.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use common::{compare, repo_root, run, translate, Lto};

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
    // `NNN_x.stdin` next to `NNN_x.py` is the program's stdin
    let stdin = script.with_extension("stdin");
    run(c, stdin.is_file().then_some(stdin.as_path()))
}

/// Translates `targets/pyinterp` once for all the tests of this file.
fn pypy_c() -> PathBuf {
    static EXE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    EXE.get_or_init(|| {
        let root = repo_root();
        let work = root.join("target/targets");
        std::fs::create_dir_all(&work).expect("create target/targets");
        let exe = work.join("pypy-c");
        let emit = work.join("pyinterp-build");
        translate(
            env!("CARGO_BIN_EXE_translate"),
            &root.join("targets/pyinterp"),
            &exe,
            &emit,
            Lto::Fat,
        )
        .map(|()| exe)
    })
    .clone()
    .unwrap_or_else(|e| panic!("targets/pyinterp does not translate: {e}"))
}

#[test]
fn pypy_c_matches_python3() {
    let root = repo_root();
    let exe = pypy_c();
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

/// Command-line cases (as in tests/pyinterp/test_cmdline.py): name,
/// arguments, stdin text, and the text of `prog.py` (written in a scratch
/// directory that is the working directory) or "".
const CMDLINE_CASES: &[(&str, &[&str], Option<&str>, &str)] = &[
    ("c_argv", &["-c", "import sys; print(sys.argv, 6 * 7)", "x", "y"], None, ""),
    ("c_syntax_error", &["-c", "x = = 1"], None, ""),
    ("c_syntax_error_colon", &["-c", "while True\n    pass"], None, ""),
    ("c_traceback", &["-c", "def f():\n    return 1 / 0\nf()"], None, ""),
    ("c_system_exit", &["-c", "raise SystemExit('bye')"], None, ""),
    ("stdin_script", &[], Some("import sys\nprint(sys.argv, 'hi')\nx = [1]\nx[3]\n"), ""),
    ("stdin_dash_args", &["-", "a", "b"], Some("import sys\nprint(sys.argv)\n"), ""),
    ("stdin_indentation_error", &[], Some("if True:\nprint(1)\n"), ""),
    ("script_syntax_error", &["prog.py"], None, "print(1)\nprint('a' + )\n"),
    ("script_unterminated", &["prog.py"], None, "s = 'abc\n"),
    ("script_forgot_comma", &["prog.py"], None, "x = [1, 2 3]\n"),
    ("script_never_closed", &["prog.py"], None, "x = (1,\n     2\n"),
    ("script_assign_here", &["prog.py"], None, "if x = 1:\n    pass\n"),
    (
        "script_unindent",
        &["prog.py"],
        None,
        "if True:\n        a = 1\n    b = 2\n",
    ),
    ("c_exec_syntax_error", &["-c", "exec('f(a b)')"], None, ""),
    (
        "opt_unbuffered",
        &["-u", "prog.py", "x"],
        None,
        "import sys\nprint(sys.argv)\n",
    ),
    (
        "opt_flags_then_c",
        &["-uBc", "import sys; print(sys.argv)", "a"],
        None,
        "",
    ),
    (
        "opt_warnings_arg",
        &["-W", "ignore", "-O", "prog.py"],
        None,
        "import sys\nprint(sys.argv)\n",
    ),
    (
        "opt_module",
        &["-m", "prog", "q"],
        None,
        "import sys\nprint(sys.argv[1:], __name__)\n",
    ),
    (
        "script_traceback",
        &["prog.py", "arg"],
        None,
        "import sys\ndef g(n):\n    if n == 0:\n        raise KeyError(sys.argv[1])\n    g(n - 1)\ndef f():\n    g(2)\nf()\n",
    ),
    (
        "script_chained",
        &["prog.py"],
        None,
        "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n",
    ),
];

/// stderr without the lines of ^ and ~ with which CPython 3.11 marks the
/// failing expression in a traceback (the interpreter does not print them).
fn normalize_traceback(stderr: &str) -> String {
    let mut out = Vec::new();
    let mut in_traceback = false;
    for line in stderr.lines() {
        let marker = !line.trim().is_empty()
            && line.starts_with(' ')
            && line.trim().chars().all(|c| c == '^' || c == '~');
        if !(in_traceback && marker) {
            out.push(line);
        }
        if line.starts_with("Traceback") {
            in_traceback = true;
        }
    }
    out.join("\n")
}

fn cmdline_run(
    program: &Path,
    args: &[&str],
    stdin: Option<&str>,
    dir: &Path,
) -> (Option<i32>, String, String) {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run a program");
    {
        let mut input = child.stdin.take().expect("stdin");
        input
            .write_all(stdin.unwrap_or("").as_bytes())
            .expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        normalize_traceback(&String::from_utf8_lossy(&out.stderr)),
    )
}

/// Runs `exe` on a pseudo-terminal (through python3's pty module), typing
/// `text`; prints the exit status on the first line, then the terminal's
/// output.
const PTY_HELPER: &str = r#"
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], [sys.argv[1]])
os.write(fd, sys.argv[-1].encode())
out = b""
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    out += data
_, status = os.waitpid(pid, 0)
sys.stdout.write("%d\n" % os.WEXITSTATUS(status))
sys.stdout.write(out.decode().replace("\r\n", "\n"))
"#;

const INTERACTIVE_INPUT: &str = "1 + 2\nx = [1, 2]\nx\nfor i in x:\n    print(i * 10)\n\ndef f(a,\n      b):\n    return a + b\n\nf(3, 4)\n_\nNone\n1/0\nx = = 1\n'%s' % 'str'\nraise SystemExit(3)\n";
const INTERACTIVE_OUTPUT: &[&str] = &[
    "3",
    "[1, 2]",
    "10",
    "20",
    "7",
    "7",
    "ZeroDivisionError: division by zero",
    "SyntaxError: invalid syntax",
    "'str'",
];

#[test]
fn pypy_c_command_line() {
    let exe = pypy_c();
    let scratch = repo_root().join("target/targets/pypy-c-cmdline");
    let mut failures = Vec::new();
    for (name, args, stdin, script) in CMDLINE_CASES {
        let dir = scratch.join(name);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        if !script.is_empty() {
            std::fs::write(dir.join("prog.py"), script).expect("write prog.py");
        }
        let expected = cmdline_run(Path::new("python3"), args, *stdin, &dir);
        let actual = cmdline_run(&exe, args, *stdin, &dir);
        if expected != actual {
            failures.push(format!(
                "{name}: expected {expected:?}\n          got {actual:?}"
            ));
        }
    }
    // the interactive prompt on a terminal
    let out = Command::new("python3")
        .arg("-c")
        .arg(PTY_HELPER)
        .arg(&exe)
        .arg(INTERACTIVE_INPUT)
        .output()
        .expect("run the pty helper");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let status = lines.next().unwrap_or("");
    let typed: Vec<&str> = INTERACTIVE_INPUT.lines().collect();
    let rest: Vec<String> = lines
        .map(|l| l.replace(">>> ", "").replace("... ", ""))
        .collect();
    let printed: Vec<&str> = rest
        .iter()
        .map(String::as_str)
        .filter(|l| {
            !l.trim().is_empty()
                && !typed.contains(l)
                && !l.starts_with("Python ")
                && !l.starts_with("Type ")
                && !l.starts_with(' ')
                && !l.starts_with("Traceback")
        })
        .collect();
    if status != "3" || printed != INTERACTIVE_OUTPUT || !text.contains(">>> ") {
        failures.push(format!(
            "interactive prompt: status {status}, output:\n{text}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
