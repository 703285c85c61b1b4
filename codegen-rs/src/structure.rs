//! Structured control flow: a reducible graph becomes nested Rust `loop`s
//! and labelled blocks, so rustc sees ordinary control flow (and keeps
//! variables in registers) instead of a dispatch loop.
//!
//! The translation follows Ramsey's "Beyond Relooper" (ICFP 2022): walk the
//! dominator tree; a block with a back edge into it is a *loop header* and
//! its code is wrapped in `'lN: loop { .. }`; a dominator-tree child with
//! several forward in-edges is a *merge node*: the code of its parent is
//! wrapped in `'bN: { .. }` and the merge node's code follows the labelled
//! block (children with higher reverse-postorder numbers outermost). A
//! branch is then `continue 'lN` (back edge), `break 'bN` (to a merge
//! node), or the target's code inlined (its only forward in-edge).
//!
//! [`analyze`] returns `None` for an irreducible graph (a back edge whose
//! target does not dominate its source); codegen then keeps the dispatch
//! loop.

use petgraph::algo::dominators;
use petgraph::graph::{DiGraph, NodeIndex};
use rtyper::llgraph::LlGraph;

/// The shape of one graph's control flow.
pub struct Cfg {
    /// Reverse-postorder number of each block (`usize::MAX` if unreached).
    pub rpo: Vec<usize>,
    /// Dominator-tree children of each block, by increasing `rpo`.
    pub dom_children: Vec<Vec<usize>>,
    pub loop_header: Vec<bool>,
    pub merge: Vec<bool>,
}

/// The blocks whose code is emitted (the return and except blocks are not:
/// jumps to them return).
fn is_body(g: &LlGraph, b: usize) -> bool {
    b != g.return_block.index() && b != g.except_block.index()
}

pub fn analyze(g: &LlGraph) -> Option<Cfg> {
    let n = g.blocks.len();
    let mut cfg: DiGraph<(), ()> = DiGraph::with_capacity(n, n * 2);
    for _ in 0..n {
        cfg.add_node(());
    }
    let mut edges: Vec<(usize, usize)> = Vec::new();
    let reachable = g.reachable_blocks();
    for &b in &reachable {
        if !is_body(g, b.index()) {
            continue;
        }
        for l in &g.block(b).exits {
            let t = l.target.index();
            if is_body(g, t) {
                cfg.add_edge(NodeIndex::new(b.index()), NodeIndex::new(t), ());
                edges.push((b.index(), t));
            }
        }
    }
    let start = g.start.index();
    // Reverse postorder by an iterative depth-first search (exits in order).
    let mut post = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
    seen[start] = true;
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        let succs: Vec<usize> = g.blocks[b]
            .exits
            .iter()
            .map(|l| l.target.index())
            .filter(|t| is_body(g, *t))
            .collect();
        if *i < succs.len() {
            let t = succs[*i];
            *i += 1;
            if !seen[t] {
                seen[t] = true;
                stack.push((t, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    let mut rpo = vec![usize::MAX; n];
    for (k, b) in post.iter().rev().enumerate() {
        rpo[*b] = k;
    }
    let doms = dominators::simple_fast(&cfg, NodeIndex::new(start));
    let dominates = |a: usize, mut b: usize| loop {
        if a == b {
            return true;
        }
        match doms.immediate_dominator(NodeIndex::new(b)) {
            Some(d) if d.index() != b => b = d.index(),
            _ => return false,
        }
    };
    let mut loop_header = vec![false; n];
    let mut forward_in = vec![0usize; n];
    for &(s, t) in &edges {
        if rpo[t] <= rpo[s] {
            if !dominates(t, s) {
                return None;
            }
            loop_header[t] = true;
        } else {
            forward_in[t] += 1;
        }
    }
    let mut dom_children = vec![Vec::new(); n];
    for &b in &post {
        if b == start {
            continue;
        }
        if let Some(d) = doms.immediate_dominator(NodeIndex::new(b)) {
            dom_children[d.index()].push(b);
        }
    }
    for c in dom_children.iter_mut() {
        c.sort_by_key(|b| rpo[*b]);
    }
    let merge = forward_in.iter().map(|&k| k >= 2).collect();
    Some(Cfg {
        rpo,
        dom_children,
        loop_header,
        merge,
    })
}
