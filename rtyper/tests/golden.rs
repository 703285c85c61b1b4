//! Golden tests of the RTyper: every `tests/rtype/*.py` program is loaded,
//! annotated and rtyped; the printed low-level program (or the diagnostics
//! of what is not supported) must equal the `.out` file next to it, and
//! every low-level graph must pass the verifier, before and after the
//! exception transform (whose output is part of the `.out` file). `UPDATE_GOLDEN=1` rewrites
//! the `.out` files.

use std::path::{Path, PathBuf};

use frontend::diag::render_plain;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn rtype_program(rel: &Path) -> String {
    let mut t =
        frontend::load_target(rel, &[]).unwrap_or_else(|_| panic!("{} loads", rel.display()));
    let entry = t.entry_point;
    let mut result = annotator::annotate(&mut t.interp, entry);
    assert!(result.errors.is_empty(), "{} annotates", rel.display());
    let g = result.entry.expect("entry graph");
    match rtyper::rtype(&mut result.annotator, g) {
        Ok(mut p) => {
            if let Err(e) = rtyper::verify::verify(&p) {
                panic!("{}: verifier: {e}", rel.display());
            }
            let mut text = rtyper::print::print_program(&p);
            rtyper::exctransform::transform(&mut p);
            if let Err(e) = rtyper::verify::verify(&p) {
                panic!(
                    "{}: verifier after the exception transform: {e}",
                    rel.display()
                );
            }
            text.push_str("=== after the exception transform ===\n\n");
            for g in &p.graphs {
                text.push_str(&rtyper::print::print_graph(&p, g));
                text.push('\n');
            }
            text
        }
        Err(errs) => render_plain(&result.annotator.interp.sources, &errs),
    }
}

#[test]
fn rtype_golden() {
    let root = repo_root();
    std::env::set_current_dir(&root).expect("cd to repo root");
    let dir = root.join("tests/rtype");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/rtype")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for p in paths {
        let rel = p.strip_prefix(&root).unwrap().to_path_buf();
        let text = rtype_program(&rel);
        // Deterministic: a second run gives the same text.
        assert_eq!(
            text,
            rtype_program(&rel),
            "{} is deterministic",
            rel.display()
        );
        let out = p.with_extension("out");
        if update {
            std::fs::write(&out, &text).expect("write .out");
            continue;
        }
        let expected = std::fs::read_to_string(&out).unwrap_or_default();
        if expected != text {
            failures.push(rel.display().to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}
