//! The loop the golden tests of the low-level stages share (included with
//! `#[path]` by `rtyper/tests/golden.rs`, `backendopt/tests/golden.rs`
//! and `codegen-rs/tests/golden.rs`): every `*.py` program of a directory
//! is turned into text by the test's `generate` (twice: the text must be
//! deterministic) and compared with the `.out` file next to it;
//! `UPDATE_GOLDEN=1` rewrites the `.out` files instead.

use std::path::{Path, PathBuf};

/// The workspace root (the parent of the crate running the test).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Checks (or with `UPDATE_GOLDEN` rewrites) the `.out` file of every
/// program in `dir` (relative to the repository root, which becomes the
/// current directory so that paths in the output are relative).
/// `generate` gets the program's path relative to the root.
pub fn check_golden_dir(dir: &str, generate: impl Fn(&Path) -> String) {
    let root = repo_root();
    std::env::set_current_dir(&root).expect("cd to repo root");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "{dir} has no programs");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for p in paths {
        let rel = p.strip_prefix(&root).unwrap().to_path_buf();
        let text = generate(&rel);
        assert_eq!(text, generate(&rel), "{} is deterministic", rel.display());
        let out = p.with_extension("out");
        if update {
            std::fs::write(&out, &text).expect("write .out");
        } else if std::fs::read_to_string(&out).unwrap_or_default() != text {
            failures.push(rel.display().to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}
