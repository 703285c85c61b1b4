//! Golden tests of the annotator.
//!
//! * `tests/annotate/*.py` annotate cleanly. Every `# reveal: SIG` comment
//!   on a `def` line states the signature the annotator must infer for that
//!   function (`(int, str) -> float`; several specializations are separated
//!   by ` ; `), and the whole annotated output must equal the `.out` file.
//! * `tests/annotate_errors/*.py` fail; their diagnostics must equal the
//!   `.out` file.
//!
//! Run with `UPDATE_GOLDEN=1` to rewrite the `.out` files (the reveal
//! comments are never rewritten: they are the specification).

use std::path::{Path, PathBuf};

use frontend::diag::render_plain;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

struct Outcome {
    text: String,
    failed: bool,
    /// (line, expected, actual) of every reveal that does not hold.
    bad_reveals: Vec<(usize, String, String)>,
}

fn annotate(path: &Path) -> Outcome {
    let rel = path
        .strip_prefix(repo_root())
        .expect("under the repo")
        .to_path_buf();
    std::env::set_current_dir(repo_root()).expect("cd to repo root");
    let mut t = match frontend::load_target(&rel, &[]) {
        Ok(t) => t,
        Err((interp, d)) => {
            let text = match interp {
                Some(i) => render_plain(&i.sources, &[d]),
                None => format!("{}\n", d.message),
            };
            return Outcome {
                text,
                failed: true,
                bad_reveals: vec![],
            };
        }
    };
    let entry = t.entry_point;
    let result = annotator::annotate(&mut t.interp, entry);
    let ann = &result.annotator;
    if !result.errors.is_empty() {
        let mut text = render_plain(&ann.interp.sources, &result.errors);
        let n = result.errors.len();
        text.push_str(&format!("{n} error{}\n", if n == 1 { "" } else { "s" }));
        return Outcome {
            text,
            failed: true,
            bad_reveals: vec![],
        };
    }
    let text = format!("{}\n{}", ann.print_graphs(), ann.summary());
    // Reveals: signatures of the graphs whose `def` is on the line.
    let source = std::fs::read_to_string(path).expect("read program");
    let mut bad_reveals = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some((_, expected)) = line.split_once("# reveal:") else {
            continue;
        };
        let expected = expected.trim().to_string();
        let lineno = i + 1;
        let sigs: Vec<String> = ann
            .graphs
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                let f = ann.interp.sources.get(g.graph.span.file);
                f.path.ends_with(&rel) && f.line_col(g.graph.span.start).0 == lineno
            })
            .map(|(gi, _)| ann.signature(annotator::GraphId::new(gi)))
            .collect();
        let actual = if sigs.is_empty() {
            "(function never annotated)".to_string()
        } else {
            sigs.join(" ; ")
        };
        if actual != expected {
            bad_reveals.push((lineno, expected, actual));
        }
    }
    Outcome {
        text,
        failed: false,
        bad_reveals,
    }
}

fn check_dir(dir: &str, expect_errors: bool) {
    let dir = repo_root().join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("golden directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no programs in {}", dir.display());
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for file in &files {
        let outcome = annotate(file);
        let name = file
            .strip_prefix(repo_root())
            .unwrap_or(file)
            .display()
            .to_string();
        if outcome.failed != expect_errors {
            failures.push(format!(
                "{name}: expected {}, got:\n{}",
                if expect_errors {
                    "errors"
                } else {
                    "a clean annotation"
                },
                outcome.text
            ));
            continue;
        }
        for (line, expected, actual) in &outcome.bad_reveals {
            failures.push(format!(
                "{name}:{line}: reveal does not hold\n    expected: {expected}\n    actual:   {actual}"
            ));
        }
        let out = file.with_extension("out");
        if update {
            std::fs::write(&out, &outcome.text).expect("write golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&out).unwrap_or_default();
        if expected != outcome.text {
            failures.push(format!(
                "{name} differs from {}:\n--- expected\n{expected}\n--- actual\n{}",
                out.display(),
                outcome.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures (rerun with UPDATE_GOLDEN=1 to accept new .out files):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn annotated_programs() {
    check_dir("tests/annotate", false);
}

#[test]
fn error_programs() {
    check_dir("tests/annotate_errors", true);
}
