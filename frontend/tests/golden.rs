//! Golden tests of the front end: every `tests/flow/*.py` program's flow
//! graphs, and every `tests/errors/*.py` program's diagnostics, compared with
//! the `.out` file next to it. Run with `UPDATE_GOLDEN=1` to rewrite the
//! expected files after checking the differences.

use std::path::{Path, PathBuf};

use frontend::diag::render_plain;
use frontend::flow::{build_reachable, HeapNamer};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Loads a program and renders its flow graphs, or its diagnostics.
fn render(path: &Path) -> String {
    // Paths in diagnostics are shown relative to the repository root.
    let rel = path
        .strip_prefix(repo_root())
        .expect("under the repo")
        .to_path_buf();
    std::env::set_current_dir(repo_root()).expect("cd to repo root");
    match frontend::load_target(&rel, &[]) {
        Err((interp, d)) => match interp {
            Some(i) => render_plain(&i.sources, &[d]),
            None => format!("{}\n", d.message),
        },
        Ok(mut t) => {
            let entry = t.entry_point;
            let (graphs, errors) = build_reachable(&mut t.interp, entry);
            if !errors.is_empty() {
                return render_plain(&t.interp.sources, &errors);
            }
            let namer = HeapNamer(&t.interp);
            graphs
                .graphs
                .iter()
                .map(|g| flowgraph::print::print_graph(g, &namer))
                .collect::<Vec<_>>()
                .join("\n")
        }
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
        let actual = render(file);
        let is_error = actual.starts_with("error");
        if is_error != expect_errors {
            failures.push(format!(
                "{}: expected {}, got:\n{actual}",
                file.display(),
                if expect_errors { "an error" } else { "graphs" }
            ));
            continue;
        }
        let out = file.with_extension("out");
        if update {
            std::fs::write(&out, &actual).expect("write golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&out).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{} differs from {}:\n--- expected\n{expected}\n--- actual\n{actual}",
                file.display(),
                out.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden mismatches (rerun with UPDATE_GOLDEN=1 to accept):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn flow_graphs() {
    check_dir("tests/flow", false);
}

#[test]
fn bad_input_diagnostics() {
    check_dir("tests/errors", true);
}
