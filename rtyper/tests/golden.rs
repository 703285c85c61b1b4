//! Golden tests of the RTyper: every `tests/rtype/*.py` program is loaded,
//! annotated and rtyped; the printed low-level program (or the diagnostics
//! of what is not supported) must equal the `.out` file next to it, and
//! every low-level graph must pass the verifier, before and after the
//! exception transform (whose output is part of the `.out` file). `UPDATE_GOLDEN=1` rewrites
//! the `.out` files.

use std::path::Path;

#[path = "../../tests/support/golden.rs"]
mod golden;

use golden::check_golden_dir;

use frontend::diag::render_plain;

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
    check_golden_dir("tests/rtype", rtype_program);
}
