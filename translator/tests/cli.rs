//! End-to-end tests of the `translate` command line: each test writes a
//! small target into a fresh temporary directory, runs the built binary on
//! it and checks the exit status, stdout and stderr.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use expect_test::{expect, Expect};

/// A temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("translate-cli-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
    fn path(&self) -> &Path {
        &self.0
    }
    /// Writes `text` to `name` inside the directory; returns its path.
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create dir");
        }
        std::fs::write(&p, text).expect("write file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `translate` with `args` in `cwd`. RUST_BACKTRACE is removed so the
/// output does not depend on the caller's environment.
fn translate_in(cwd: &Path, args: &[&str], path_env: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_translate"));
    cmd.args(args).current_dir(cwd).env_remove("RUST_BACKTRACE");
    if let Some(p) = path_env {
        cmd.env("PATH", p);
    }
    let out = cmd.output().expect("run translate");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

const SIMPLE_TARGET: &str = "\
def add(a, b):
    return a + b


def entry_point(argv):
    n = add(len(argv), 1)
    if n > 2:
        return 1
    return 0


def target(driver, args):
    return entry_point
";

/// A target directory `prog/` holding SIMPLE_TARGET as target.py.
fn simple_target() -> (TempDir, PathBuf) {
    let tmp = TempDir::new("simple");
    tmp.write("prog/target.py", SIMPLE_TARGET);
    let dir = tmp.path().join("prog");
    (tmp, dir)
}

/// The `graph ...` header lines of `--flow` output.
fn graph_headers(stdout: &str) -> String {
    stdout
        .lines()
        .filter(|l| l.starts_with("graph "))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn check(actual: &str, expected: Expect) {
    expected.assert_eq(actual);
}

#[test]
fn flow_prints_the_graphs_of_reachable_functions() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["--flow", "prog"], None);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stderr, "");
    // The entry point comes first, then what it calls; graphs are separated
    // by one blank line.
    check(
        &graph_headers(&out.stdout),
        expect![[r#"
            graph entry_point(argv_0)  # prog/target.py:5
            graph add(a_0, b_0)  # prog/target.py:1
        "#]],
    );
    let sections: Vec<&str> = out.stdout.split("\n\n").collect();
    assert_eq!(sections.len(), 2, "{}", out.stdout);
    assert!(
        sections.iter().all(|s| s.starts_with("graph ")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.ends_with('\n') && !out.stdout.ends_with("\n\n"));
}

#[test]
fn flow_accepts_a_py_file_and_passes_target_args() {
    let tmp = TempDir::new("file");
    let file = tmp.write(
        "choose.py",
        "\
def first(argv):
    return 1


def second(argv):
    return 2


def target(driver, args):
    if len(args) > 0 and args[0] == 'second':
        return second
    return first
",
    );
    let file = file.to_str().unwrap();
    let out = translate_in(tmp.path(), &["--flow", file], None);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    check(
        &graph_headers(&out.stdout),
        expect![[r#"
        graph first(argv_0)  # choose.py:1
    "#]],
    );
    let out = translate_in(tmp.path(), &["--flow", file, "--", "second"], None);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    check(
        &graph_headers(&out.stdout),
        expect![[r#"
        graph second(argv_0)  # choose.py:5
    "#]],
    );
}

#[test]
fn every_opt_level_is_accepted() {
    let (tmp, _) = simple_target();
    for level in [
        "-O0",
        "-O1",
        "-O2",
        "-O3",
        "-Ojit",
        "-Osize",
        "-Omem",
        "--opt=jit",
    ] {
        let out = translate_in(tmp.path(), &[level, "--flow", "prog"], None);
        assert_eq!(out.code, 0, "{level}: {}", out.stderr);
    }
    // -Ojit builds an executable with a JIT, which does not exist yet.
    let out = translate_in(tmp.path(), &["-Ojit", "-s", "prog"], None);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("not implemented yet: the JIT generator"),
        "{}",
        out.stderr
    );
    // The backend passes can be chosen (names checked).
    let out = translate_in(
        tmp.path(),
        &["--backendopt=inline,loads", "-s", "prog"],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = translate_in(
        tmp.path(),
        &["--backendopt=inline,nope", "-s", "prog"],
        None,
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("unknown pass `nope`"), "{}", out.stderr);
    // PyPy's name of the generational collector is accepted.
    let out = translate_in(tmp.path(), &["--gc=incminimark", "-s", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = translate_in(tmp.path(), &["-O9", "--flow", "prog"], None);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("invalid value '9'"), "{}", out.stderr);
}

#[test]
fn annotate_prints_typed_graphs_and_a_summary() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["--annotate", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("graph entry_point(argv_0: list[str]) -> "),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("annotated 2 graphs"), "{}", out.stdout);
}

#[test]
fn annotation_errors_are_located_and_counted() {
    let tmp = TempDir::new("annerr");
    std::fs::write(
        tmp.path().join("bad.py"),
        "def f(n):\n    if n > 1:\n        x = 1\n    else:\n        x = None\n    return x\n\ndef entry_point(argv):\n    f(len(argv))\n    return 0\n\ndef target(driver, args):\n    return entry_point\n",
    )
    .unwrap();
    let out = translate_in(tmp.path(), &["-a", "bad.py"], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error: f() returns int on one path and None on another"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("bad.py:5:9"), "{}", out.stderr);
    assert!(
        out.stderr.contains("could not translate bad.py: 1 error"),
        "{}",
        out.stderr
    );
}

/// `-s` writes the generated cargo package; the default goal also builds
/// the executable, which behaves as the program does under CPython.
#[test]
fn source_and_compile_goals() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["-s", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The crate's source files (main.rs and the modules), in name order.
    let sources = || -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = std::fs::read_dir(tmp.path().join("prog-build/src"))
            .expect("src/ written")
            .map(|e| e.expect("entry").path())
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).expect("source file"))
            })
            .collect();
        files.sort();
        files
    };
    let text = sources();
    assert!(text.iter().any(|(n, _)| n == "main.rs"), "{text:?}");
    assert!(
        text.iter()
            .any(|(_, t)| t.contains("unsafe fn g_entry_point(")),
        "{text:?}"
    );
    assert!(tmp.path().join("prog-build/Cargo.toml").is_file());
    assert!(!tmp.path().join("prog-c").exists(), "-s does not compile");

    let out = translate_in(tmp.path(), &["prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(text, sources(), "the generated source is deterministic");
    let exe = tmp.path().join("prog-c");
    let run = |args: &[&str]| {
        Command::new(&exe)
            .args(args)
            .output()
            .expect("run the executable")
            .status
            .code()
    };
    assert_eq!(run(&[]), Some(0));
    assert_eq!(run(&["x", "y"]), Some(1));
}

#[test]
fn bad_target_paths_are_usage_errors() {
    let tmp = TempDir::new("paths");
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    tmp.write("notes.txt", "hello\n");

    let out = translate_in(tmp.path(), &["--flow", "nowhere"], None);
    assert_eq!(out.code, 2);
    check(
        &out.stderr,
        expect![[r#"
        error: no such target: nowhere
         = a target is a directory containing target.py, or a .py file

    "#]],
    );

    let out = translate_in(tmp.path(), &["--flow", "empty"], None);
    assert_eq!(out.code, 2);
    check(
        &out.stderr,
        expect![[r#"
        error: empty is a directory without a target.py

    "#]],
    );

    let out = translate_in(tmp.path(), &["--flow", "notes.txt"], None);
    assert_eq!(out.code, 2);
    check(
        &out.stderr,
        expect![[r#"
        error: notes.txt is not a .py file
         = a target is a directory containing target.py, or a .py file

    "#]],
    );

    // No TARGET at all: clap's usage error.
    let out = translate_in(tmp.path(), &["--flow"], None);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("required arguments were not provided"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("<TARGET>"), "{}", out.stderr);
}

#[test]
fn unknown_flags_are_usage_errors() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["--frobnicate", "prog"], None);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unexpected argument '--frobnicate'"),
        "{}",
        out.stderr
    );
    let out = translate_in(tmp.path(), &["--flow", "--annotate", "prog"], None);
    assert_eq!(out.code, 2, "goals are exclusive: {}", out.stderr);
}

const RAISING_TARGET: &str = "\
def helper():
    return 1

raise ValueError('bad configuration')


def target(driver, args):
    return helper
";

#[test]
fn an_exception_at_import_time_is_located() {
    let tmp = TempDir::new("raise");
    tmp.write("bad/target.py", RAISING_TARGET);
    let out = translate_in(tmp.path(), &["--flow", "bad"], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("bad/target.py:4:"), "{}", out.stderr);
    check(
        &out.stderr,
        expect![[r#"
        error: exception at import time: ValueError: bad configuration
          ┌─ bad/target.py:4:1
          │
        4 │ raise ValueError('bad configuration')
          │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ raised here
          │
          = module-level code runs at translation time; it must not raise

        error: could not translate bad: 1 error
    "#]],
    );
}

#[test]
fn flow_errors_are_all_reported_with_a_count() {
    let tmp = TempDir::new("flowerr");
    tmp.write(
        "fe/target.py",
        "\
def helper(x):
    return undefined_thing + x


def other(x):
    return also_missing(x)


def entry_point(argv):
    return helper(1) + other(2)


def target(driver, args):
    return entry_point
",
    );
    let out = translate_in(tmp.path(), &["--flow", "fe"], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stdout, "", "no graphs are printed when some failed");
    assert!(out.stderr.contains("fe/target.py:2:12"), "{}", out.stderr);
    assert!(out.stderr.contains("fe/target.py:6:12"), "{}", out.stderr);
    assert!(
        out.stderr
            .ends_with("error: could not translate fe: 2 errors\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn json_messages_are_one_object_per_line() {
    let tmp = TempDir::new("json");
    tmp.write("bad/target.py", RAISING_TARGET);
    let out = translate_in(
        tmp.path(),
        &["--flow", "--message-format=json", "bad"],
        None,
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let objects: Vec<serde_json::Value> = out
        .stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert_eq!(objects.len(), 2, "{}", out.stderr);
    assert_eq!(
        objects[0]["message"],
        "exception at import time: ValueError: bad configuration"
    );
    assert_eq!(objects[0]["primary"]["file"], "bad/target.py");
    assert_eq!(objects[0]["primary"]["line"], 4);
    assert_eq!(objects[1]["message"], "could not translate bad: 1 error");
    assert!(objects.iter().all(|o| o["severity"] == "error"));

    let (tmp, _) = simple_target();
    let out = translate_in(
        tmp.path(),
        &["--source", "--message-format", "json", "prog"],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "", "a successful run prints no messages");
}

#[test]
fn view_writes_a_text_page_without_dot() {
    let (tmp, _) = simple_target();
    let no_tools = tmp.path().join("no-tools");
    std::fs::create_dir(&no_tools).unwrap();
    // --view combines with any goal (here --source, which needs no tools).
    let out = translate_in(
        tmp.path(),
        &["--source", "--view", "graphs.html", "prog"],
        Some(&no_tools),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(tmp.path().join("graphs.html")).expect("view written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h2><code>entry_point</code></h2>"), "{html}");
    assert!(html.contains("<h2><code>add</code></h2>"), "{html}");
    assert!(
        html.contains("<pre>graph add(a_0, b_0)  # prog/target.py:1\n"),
        "{html}"
    );
    assert!(html.contains("was not found on PATH"));
    assert!(!html.contains("<svg"));
}

#[test]
#[cfg(unix)]
fn view_embeds_svg_from_dot() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, _) = simple_target();
    // A stand-in for Graphviz: one drawing per input, which embeds the
    // number of digraphs it was given. The batch of two graphs gets one
    // drawing, so the view falls back to running dot per graph.
    let tools = tmp.path().join("tools");
    let dot = tmp.write(
        "tools/dot",
        "#!/bin/sh\nPATH=/usr/bin:/bin\n[ \"$1\" = -Tsvg ] || exit 3\nn=$(grep -c '^digraph' -)\n\
         printf '<?xml version=\"1.0\"?>\\n<svg id=\"fake\"><text>%s graphs</text></svg>\\n' \"$n\"\n",
    );
    std::fs::set_permissions(&dot, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = translate_in(
        tmp.path(),
        &["--flow", "--view", "graphs.html", "prog"],
        Some(&tools),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("graph "),
        "--flow still prints: {}",
        out.stdout
    );
    let html = std::fs::read_to_string(tmp.path().join("graphs.html")).expect("view written");
    assert_eq!(
        html.matches("<svg id=\"fake\"><text>1 graphs</text></svg>")
            .count(),
        2,
        "{html}"
    );
    assert!(!html.contains("<?xml"), "{html}");
    assert!(html.contains("<h2><code>entry_point</code></h2>"), "{html}");
    assert!(html.contains("<summary>text form</summary>"), "{html}");

    // A dot that fails: the page falls back to text and says why.
    tmp.write(
        "tools/dot",
        "#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 1\n",
    );
    let out = translate_in(
        tmp.path(),
        &["--flow", "--view", "graphs.html", "prog"],
        Some(&tools),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("warning: dot could not draw 2 of 2 graphs"),
        "{}",
        out.stderr
    );
    let html = std::fs::read_to_string(tmp.path().join("graphs.html")).expect("view written");
    assert!(html.contains("<pre>graph entry_point(argv_0)"), "{html}");
    assert!(html.contains("syntax error in line 1"), "{html}");
}

/// With the real Graphviz (skipped when `dot` is not installed).
#[test]
fn view_with_graphviz() {
    let has_dot = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("dot").is_file()));
    if !has_dot {
        eprintln!("dot is not on PATH: skipped");
        return;
    }
    let (tmp, _) = simple_target();
    let out = translate_in(
        tmp.path(),
        &["--flow", "--view", "graphs.html", "prog"],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "");
    let html = std::fs::read_to_string(tmp.path().join("graphs.html")).expect("view written");
    assert_eq!(html.matches("<svg").count(), 2, "{html}");
    assert_eq!(html.matches("</svg>").count(), 2, "{html}");
    // Block labels and link arguments are in the drawing.
    assert!(html.contains("block0(a_0, b_0):"), "{html}");
    assert!(html.contains("&lt;function add&gt;"), "{html}");
}

#[test]
fn view_to_an_unwritable_path_fails() {
    let (tmp, _) = simple_target();
    let out = translate_in(
        tmp.path(),
        &["--flow", "--view", "no/such/dir/g.html", "prog"],
        None,
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("error: could not write no/such/dir/g.html: "),
        "{}",
        out.stderr
    );
}

#[test]
fn timings_table_lists_the_stages() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["--flow", "--timings", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows: Vec<&str> = out
        .stderr
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect();
    assert_eq!(
        &rows[..4],
        ["stage", "load", "flow", "total"],
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(" s "), "{}", out.stderr);
    // Without --timings and without a terminal, stderr stays empty.
    let out = translate_in(tmp.path(), &["--flow", "prog"], None);
    assert_eq!(out.stderr, "");
}

#[test]
fn verbose_prints_the_output_path() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["--flow", "-v", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("note: output: prog-c\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("note: artifacts: prog-build\n"),
        "{}",
        out.stderr
    );
    let out = translate_in(
        tmp.path(),
        &["--flow", "-v", "-o", "out/x", "--emit-dir", "gen", "prog"],
        None,
    );
    assert!(
        out.stderr.contains("note: output: out/x\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("note: artifacts: gen\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn executable_name_sets_the_default_output() {
    let tmp = TempDir::new("exename");
    tmp.write(
        "t/target.py",
        &format!("EXECUTABLE_NAME = 'tiny-c'\n\n{SIMPLE_TARGET}"),
    );
    let out = translate_in(tmp.path(), &["--flow", "--verbose", "t"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("note: output: tiny-c\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_panic_is_an_internal_error() {
    let (tmp, _) = simple_target();
    let out = translate_in(
        tmp.path(),
        &["--flow", "--debug-panic-at", "flow", "prog"],
        None,
    );
    assert_eq!(out.code, 101);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.starts_with(
            "internal error: deliberate panic at the start of stage `flow` (--debug-panic-at) at "
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("please report it"), "{}", out.stderr);
    assert!(!out.stderr.contains("panicked at"), "{}", out.stderr);
    assert!(!out.stderr.contains("stack backtrace"), "{}", out.stderr);
}

#[test]
fn help_text() {
    let tmp = TempDir::new("help");
    let out = translate_in(tmp.path(), &["--help"], None);
    assert_eq!(out.code, 0);
    check(
        &out.stdout,
        expect![[r#"
            Translate an interpreter written in RPython-3 into a native executable

            Usage: translate [OPTIONS] <TARGET> [-- <TARGET-ARGS>...]

            Arguments:
              <TARGET>          The target: a directory containing target.py, or a .py file
              [TARGET-ARGS]...  Arguments passed to the target's `target(driver, args)` function (with --llinterp: the program's arguments, after argv[0])

            Options:
              -O, --opt <LEVEL>              Optimization level (jit: also build a tracing JIT compiler) [default: 2] [possible values: 0, 1, 2, 3, jit, size, mem]
              -o, --output <PATH>            Where the executable goes [default: <EXECUTABLE_NAME or TARGET-c> in the current directory]
                  --emit-dir <DIR>           Where generated artifacts go [default: <target name>-build next to the output]
                  --view <FILE.html>         Write the flow graphs to an HTML page (SVG when Graphviz `dot` is on PATH)
                  --message-format <FORMAT>  How diagnostics are printed on stderr [default: human] [possible values: human, json]
                  --gc <GC>                  The executable's garbage collector (RPY_GC=... overrides it at run time) [default: generational] [possible values: generational, semispace]
                  --no-lto                   Build without link-time optimization: a much faster build of a somewhat slower executable (the corpus tests use it)
                  --backendopt <PASSES>      Backend optimization passes to run, in order, comma-separated [default at -O2: inline,constfold,mallocremoval,loads,zerostores,constfold,switches; empty: none]
                  --timings                  Print the time and peak memory of each stage (always on a terminal)
              -v, --verbose                  Print what the driver does
              -h, --help                     Print help
              -V, --version                  Print version

            Goals:
                  --flow      Stop after building flow graphs and print them to stdout
              -a, --annotate  Stop after type inference (the annotator)
              -t, --rtype     Stop after converting to low-level types (the RTyper)
              -s, --source    Stop after generating the Rust source of the executable
                  --llinterp  Run the program in the low-level graph interpreter instead of building it

            Goals: translation stops after the stage a goal names; without one it runs to
            the end and builds the executable.

            Exit status: 0 success, 1 the target could not be translated (diagnostics on
            stderr), 2 usage error or a stage that is not implemented yet, 101 internal
            error of the translator.

            Examples:
              translate targets/bf --flow          print the flow graphs of the bf target
              translate targets/bf --view bf.html  write them as an HTML page
              translate targets/pyinterp           build pypy-c (-Ojit, a JIT: not yet)
              translate --llinterp prog.py -- 10   run prog.py (argv: prog.py 10) without compiling
        "#]],
    );
}

#[test]
fn rtype_prints_low_level_graphs() {
    let (tmp, _) = simple_target();
    let out = translate_in(tmp.path(), &["-t", "prog"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("graph entry_point("), "{}", out.stdout);
    assert!(
        out.stdout.contains("type RpyStr = GcStruct("),
        "{}",
        out.stdout
    );
}

#[test]
fn llinterp_runs_the_program_with_its_arguments() {
    let tmp = TempDir::new("llinterp");
    tmp.write(
        "prog.py",
        "\
class Bad(Exception):
    pass


def check(s):
    if s == 'boom':
        raise Bad('argument ' + s)
    return len(s)


def entry_point(argv):
    total = 0
    for a in argv[1:]:
        total += check(a)
        print(a, total)
    return total


def target(driver, args):
    return entry_point
",
    );
    let out = translate_in(
        tmp.path(),
        &["--llinterp", "prog.py", "--", "ab", "c"],
        None,
    );
    assert_eq!(out.code, 3, "{}", out.stderr);
    check(
        &out.stdout,
        expect![[r#"
            ab 2
            c 3
        "#]],
    );
    assert!(!tmp.path().join("prog-c").exists(), "nothing is built");
    let out = translate_in(
        tmp.path(),
        &["--llinterp", "prog.py", "--", "x", "boom"],
        None,
    );
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "x 1\n");
    check(
        &out.stderr,
        expect![[r#"
            Traceback (most recent call last):
            Bad: argument boom
        "#]],
    );
}
