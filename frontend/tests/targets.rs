//! Every example target in the repository loads and builds flow graphs
//! without errors (`translate --flow` on each must work).

use std::path::Path;

use frontend::diag::render_plain;
use frontend::flow::build_reachable;

fn check_target(dir: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root");
    let mut t = match frontend::load_target(&root.join(dir), &[]) {
        Ok(t) => t,
        Err((interp, d)) => {
            let text = interp.map_or(d.message.clone(), |i| render_plain(&i.sources, &[d]));
            panic!("{dir} failed to load:\n{text}");
        }
    };
    let entry = t.entry_point;
    let (graphs, errors) = build_reachable(&mut t.interp, entry);
    assert!(
        errors.is_empty(),
        "{dir}: {} flow errors:\n{}",
        errors.len(),
        render_plain(&t.interp.sources, &errors)
    );
    assert!(
        graphs.graphs.len() > 3,
        "{dir}: only {} graphs",
        graphs.graphs.len()
    );
}

#[test]
fn bf_builds_flow_graphs() {
    check_target("targets/bf");
}

#[test]
fn stacklang_builds_flow_graphs() {
    check_target("targets/stacklang");
}

#[test]
fn pyinterp_builds_flow_graphs() {
    check_target("targets/pyinterp");
}
