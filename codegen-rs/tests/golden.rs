//! Golden tests of the backend: every `tests/codegen/*.py` program goes
//! through the whole pipeline to the generated Rust. The `.out` file next to
//! it holds the low-level graphs after the GC transform, then the generated
//! source files. The verifier and the root check run after each pass, and the
//! output must be the same on a second run. `UPDATE_GOLDEN=1` rewrites the
//! `.out` files.

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn generate(rel: &Path) -> String {
    let mut t =
        frontend::load_target(rel, &[]).unwrap_or_else(|_| panic!("{} loads", rel.display()));
    let entry = t.entry_point;
    let mut result = annotator::annotate(&mut t.interp, entry);
    assert!(result.errors.is_empty(), "{} annotates", rel.display());
    let g = result.entry.expect("entry graph");
    let mut p = rtyper::rtype(&mut result.annotator, g)
        .unwrap_or_else(|_| panic!("{} rtypes", rel.display()));
    rtyper::stackcheck::insert_stack_checks(&mut p);
    rtyper::exctransform::transform(&mut p);
    rtyper::verify::verify(&p).expect("verifier after the exception transform");
    let frames = codegen_rs::prepare(&mut p);
    rtyper::verify::verify(&p).expect("verifier after the GC transform");
    codegen_rs::gctransform::check_roots(&p).expect("roots reloaded after collections");
    let mut text = String::new();
    for (gi, g) in p.graphs.iter().enumerate() {
        text.push_str(&format!("# shadow-stack slots: {}\n", frames.slots[gi]));
        text.push_str(&rtyper::print::print_graph(&p, g));
        text.push('\n');
    }
    let sources = &result.annotator.interp.sources;
    text.push_str(&codegen_rs::emit(&p, &frames, &|span| sources.location(span)).concatenated());
    text
}

#[test]
fn codegen_golden() {
    let root = repo_root();
    std::env::set_current_dir(&root).expect("cd to repo root");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("tests/codegen"))
        .expect("tests/codegen")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
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
