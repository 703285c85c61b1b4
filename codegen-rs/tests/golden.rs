//! Golden tests of the backend: every `tests/codegen/*.py` program goes
//! through the whole pipeline to the generated Rust. The `.out` file next to
//! it holds the low-level graphs after the GC transform, then the generated
//! source files. The verifier and the root check run after each pass, and the
//! output must be the same on a second run. `UPDATE_GOLDEN=1` rewrites the
//! `.out` files.

use std::path::Path;

#[path = "../../tests/support/golden.rs"]
mod golden;

use golden::check_golden_dir;

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
    check_golden_dir("tests/codegen", generate);
}
