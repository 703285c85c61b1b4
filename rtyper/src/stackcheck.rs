//! Recursion guards: a `stack_check` at the entry of every graph that can
//! call itself again (directly or through other graphs), so deep recursion
//! raises RecursionError instead of overflowing the machine stack.
//!
//! The call graph has an edge for each `direct_call`, and from every graph
//! making an `indirect_call` to every graph whose address is taken (a
//! function-pointer constant in an operand or in prebuilt data, e.g. a
//! vtable). A graph is recursive when it lies on a cycle: in a strongly
//! connected component of several graphs, or calling itself.
//!
//! Runs before the exception transform (which then makes callers test the
//! exception state). After it, every recursive graph starts with a block
//! whose only op is `stack_check()`, followed by a link to the old start.
//! Inlining (`backendopt::inline`) drops the guard of a copy inlined into
//! a graph that has its own; every graph keeps the guard at its own entry,
//! so each native call on a recursion cycle still checks.

use petgraph::graph::{DiGraph, NodeIndex};

use crate::llgraph::{LlConst, LlLink, LlOp, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::program::{LlProgram, PrebuiltItems};

/// Indices of the graphs that are on a cycle of the call graph.
pub fn recursive_graphs(p: &LlProgram) -> Vec<bool> {
    let n = p.graphs.len();
    let mut cg: DiGraph<(), ()> = DiGraph::with_capacity(n, n * 4);
    for _ in 0..n {
        cg.add_node(());
    }
    let mut address_taken = vec![false; n];
    let mut take = |c: &LlConst| {
        if let LlConst::Graph(g) = c {
            address_taken[g.index()] = true;
        }
    };
    for pb in &p.prebuilt {
        pb.fields.iter().for_each(&mut take);
        if let PrebuiltItems::Consts(cs) = &pb.items {
            cs.iter().for_each(&mut take);
        }
    }
    let mut indirect = vec![false; n];
    for (gi, g) in p.graphs.iter().enumerate() {
        for op in g.blocks.iter().flat_map(|b| &b.ops) {
            let skip = match op.op {
                L::DirectCall => {
                    if let Some(LlValue::Const(LlConst::Graph(callee), _)) = op.args.first() {
                        cg.update_edge(NodeIndex::new(gi), NodeIndex::new(callee.index()), ());
                    }
                    1
                }
                L::IndirectCall => {
                    indirect[gi] = true;
                    0
                }
                _ => 0,
            };
            for a in &op.args[skip..] {
                if let LlValue::Const(c, _) = a {
                    take(c);
                }
            }
        }
    }
    let targets: Vec<usize> = (0..n).filter(|&g| address_taken[g]).collect();
    for gi in (0..n).filter(|&g| indirect[g]) {
        for &t in &targets {
            cg.update_edge(NodeIndex::new(gi), NodeIndex::new(t), ());
        }
    }
    let mut rec = vec![false; n];
    for scc in petgraph::algo::tarjan_scc(&cg) {
        let cyclic = scc.len() > 1 || cg.contains_edge(scc[0], scc[0]);
        if cyclic {
            for node in scc {
                rec[node.index()] = true;
            }
        }
    }
    rec
}

/// Inserts the guard in every recursive graph.
pub fn insert_stack_checks(p: &mut LlProgram) {
    let rec = recursive_graphs(p);
    for (gi, g) in p.graphs.iter_mut().enumerate() {
        if !rec[gi] {
            continue;
        }
        let old = g.start;
        let params: Vec<_> = g.block(old).inputargs.clone();
        let fresh: Vec<_> = params
            .iter()
            .map(|v| {
                let var = g.vars[v.index()].clone();
                g.new_var(var.ty, var.name)
            })
            .collect();
        let b = g.new_block(fresh.clone());
        let result = g.new_var(LlType::Void, None);
        let blk = g.block_mut(b);
        // No span: like CPython, which refuses to enter the new frame, the
        // uncaught-exception report names the caller's line that made the
        // call (noted when the exception leaves the call).
        blk.ops.push(LlOp {
            op: L::StackCheck,
            args: vec![],
            result,
            span: None,
        });
        blk.exits.push(LlLink {
            args: fresh.into_iter().map(LlValue::Var).collect(),
            target: old,
            case: crate::llgraph::LlCase::Default,
            exc_vars: None,
        });
        g.start = b;
    }
}
