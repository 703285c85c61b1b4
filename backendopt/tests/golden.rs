//! Golden tests of the backend optimizations: every `tests/backendopt/*.py`
//! program starts with a line `# passes: NAME NAME...`; it is rtyped and
//! exception-transformed, then those passes run (verifier after each). The
//! `.out` file holds, for every graph the passes changed, its text before
//! and after, and the output must be the same on a second run.
//! `UPDATE_GOLDEN=1` rewrites the `.out` files.

use std::path::Path;

#[path = "../../tests/support/golden.rs"]
mod golden;

use golden::check_golden_dir;

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
    check_golden_dir("tests/backendopt", generate);
}
