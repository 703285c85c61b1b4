//! Golden tests of the backend optimizations: every `tests/backendopt/*.py`
//! program starts with a line `# passes: NAME NAME...`; it is rtyped and
//! exception-transformed, then those passes run (verifier after each). The
//! `.out` file holds, for every graph the passes changed, its text before
//! and after, and the output must be the same on a second run.
//! `UPDATE_GOLDEN=1` rewrites the `.out` files.

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn passes_of(src: &str, rel: &Path) -> Vec<backendopt::Pass> {
    let line = src
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# passes:"))
        .unwrap_or_else(|| panic!("{}: first line must be `# passes: ...`", rel.display()));
    line.split_whitespace()
        .map(|n| {
            backendopt::Pass::from_name(n)
                .unwrap_or_else(|| panic!("{}: unknown pass {n}", rel.display()))
        })
        .collect()
}

fn generate(rel: &Path) -> String {
    let src = std::fs::read_to_string(rel).expect("read program");
    let passes = passes_of(&src, rel);
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
    let before: Vec<String> = p
        .graphs
        .iter()
        .map(|g| rtyper::print::print_graph(&p, g))
        .collect();
    for &pass in &passes {
        backendopt::run_pass(&mut p, pass);
        rtyper::verify::verify(&p)
            .unwrap_or_else(|e| panic!("{}: verifier after {}: {e}", rel.display(), pass.name()));
    }
    let mut text = String::new();
    for (gi, g) in p.graphs.iter().enumerate() {
        let after = rtyper::print::print_graph(&p, g);
        match before.get(gi) {
            Some(b) if *b == after => {}
            Some(b) => {
                text.push_str(&format!("--- before\n{b}\n+++ after\n{after}\n"));
            }
            None => text.push_str(&format!("+++ new graph\n{after}\n")),
        }
    }
    text
}

#[test]
fn backendopt_golden() {
    let root = repo_root();
    std::env::set_current_dir(&root).expect("cd to repo root");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("tests/backendopt"))
        .expect("tests/backendopt")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
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
