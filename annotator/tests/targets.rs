//! Every example target in the repository annotates without errors.

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Runs on a thread with a big stack, as the `translate` driver does
/// (compile-time evaluation and annotation recurse over deep structures).
fn annotate_target(name: &'static str) -> usize {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || annotate_target_here(name))
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

fn annotate_target_here(name: &str) -> usize {
    std::env::set_current_dir(repo_root()).expect("cd to repo root");
    let path = PathBuf::from("targets").join(name);
    let mut t = match frontend::load_target(&path, &[]) {
        Ok(t) => t,
        Err((_, d)) => panic!("{name} does not load: {}", d.message),
    };
    let entry = t.entry_point;
    let result = annotator::annotate(&mut t.interp, entry);
    let text = frontend::diag::render_plain(&result.annotator.interp.sources, &result.errors);
    assert!(
        result.errors.is_empty(),
        "{name} does not annotate:\n{text}"
    );
    // Every reached variable has a type.
    for ag in &result.annotator.graphs {
        for (b, block) in ag.graph.blocks.iter().enumerate() {
            if !ag.reached[b] {
                continue;
            }
            for v in &block.inputargs {
                assert!(
                    !ag.binding(*v).is_impossible(),
                    "{name}: unbound input in {}",
                    ag.graph.name
                );
            }
        }
    }
    result.annotator.graphs.len()
}

#[test]
fn bf_annotates() {
    assert!(annotate_target("bf") > 5);
}

#[test]
fn stacklang_annotates() {
    assert!(annotate_target("stacklang") > 50);
}

#[test]
fn pyinterp_annotates() {
    assert!(annotate_target("pyinterp") > 500);
}
