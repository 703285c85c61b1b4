//! Flow graph construction: one graph per function reachable from the entry
//! point, built from the function's AST with globals and closure cells
//! frozen to constants.
//!
//! After building, every graph passes [`flowgraph::verify::verify`]; blocks
//! are simplified (empty blocks removed, straight-line blocks joined, unused
//! block arguments dropped).

mod builder;
mod generator;
mod simplify;

use flowgraph::print::ConstNamer;
use flowgraph::{Graph, ObjRef, Span};
use indexmap::IndexMap;

use crate::diag::Diagnostic;
use crate::eval::Interp;

pub use builder::build_graph;
pub use generator::Generators;

/// The flow graphs of a program, in the order they were built.
#[derive(Default)]
pub struct FlowGraphs {
    pub graphs: Vec<Graph>,
    /// The graph of each function object.
    pub by_func: IndexMap<ObjRef, usize>,
}

/// Names heap objects for the graph printer.
pub struct HeapNamer<'a>(pub &'a Interp);

impl ConstNamer for HeapNamer<'_> {
    fn obj_name(&self, obj: ObjRef) -> String {
        self.0.heap.describe(obj)
    }
    fn location(&self, span: Span) -> String {
        self.0.sources.location(span)
    }
}

/// Builds the graphs of `entry` and of every function it references through
/// constants (called functions, methods of referenced classes), following
/// references transitively. This over-approximates what the annotator will
/// find reachable.
pub fn build_reachable(interp: &mut Interp, entry: ObjRef) -> (FlowGraphs, Vec<Diagnostic>) {
    let mut out = FlowGraphs::default();
    let mut errors = Vec::new();
    let mut queue = vec![entry];
    let mut seen_classes = std::collections::HashSet::new();
    let mut i = 0;
    while i < queue.len() {
        let func = queue[i];
        i += 1;
        if out.by_func.contains_key(&func) {
            continue;
        }
        match build_graph(interp, func) {
            Ok(g) => {
                for r in builder::referenced_objects(&g) {
                    builder::enqueue_callables(interp, r, &mut queue, &mut seen_classes);
                }
                out.by_func.insert(func, out.graphs.len());
                out.graphs.push(g);
            }
            Err(mut e) => {
                out.by_func.insert(func, usize::MAX);
                errors.append(&mut e);
            }
        }
    }
    out.by_func.retain(|_, v| *v != usize::MAX);
    (out, errors)
}
