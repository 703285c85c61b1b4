//! Inlining of direct calls.
//!
//! Graphs are processed bottom-up over the call graph (callees before
//! callers, Tarjan SCCs via petgraph), so chains of small leaves collapse:
//! a callee is measured after its own call sites were inlined. A call
//! `direct_call(@f, args)` is inlined when `f` is not the caller itself, not
//! `@dont_inline`, and either `@always_inline` or small: its weighted op
//! count ([`graph_size`], where ops on paths that can only raise count for
//! little) is at most the threshold. Members of a cycle of the call graph
//! are processed smallest first and each is inlined only into the members
//! processed after it (a copy keeps its own calls), so mutually recursive
//! chains such as an interpreter's call path collapse without unbounded
//! expansion.
//!
//! The callee's reachable blocks are copied into the caller with fresh
//! variables; every copied block also carries the caller's variables that
//! are live after the call. A callee's recursion guard (`stack_check` at its
//! entry, see `rtyper::stackcheck`) is not copied into a caller that starts
//! with its own: the copy runs in the caller's native frame, which checked
//! the depth on entry (the guard's test becomes `false` and folds). The call's block ends with a link to the copied
//! start block; each link to the callee's return block goes to the
//! continuation. After the exception transform a call of a graph that can
//! raise is followed by `exc_occurred()` and a switch on it: then a return
//! known to happen with no exception pending (see [`crate::util::exc_states`])
//! links straight to the "false" exit, and one known to happen with an
//! exception pending (the callee's propagate path, which noted its own raise
//! location first) to the "true" exit, so the test disappears. Other returns
//! go to a continuation block that keeps the test. Raise-site ids are
//! program-wide, so copied `exc_set_location`/`exc_note_location` ops keep
//! reporting the innermost frame's line; op spans are kept.
//!
//! No graph is removed: function pointers and vtables name graphs by id.

use flowgraph::BlockId;
use petgraph::graph::{DiGraph, NodeIndex};
use rtyper::llgraph::{
    InlineHint, LlBlock, LlCase, LlConst, LlGraph, LlGraphId, LlLink, LlOp, LlSwitch, LlValue,
    LlVarId,
};
use rtyper::llops::LlOpName as L;
use rtyper::LlProgram;

use crate::util::{exc_states, subst_value, ExcState};

/// The default size threshold (PyPy's default is 32.4; with cold paths
/// weighing little, 32 inlines the interpreter's stack accessors and call
/// path: pypy-c 10-15% faster, 17% bigger).
pub const DEFAULT_THRESHOLD: f64 = 32.0;

/// Callers above this size only get `@always_inline` callees.
const MAX_CALLER_SIZE: f64 = 20000.0;

/// The weight of one op in the size measure: bookkeeping of the exception
/// transform and casts are free, allocations cost more.
fn op_weight(op: &LlOp) -> f64 {
    match op.op {
        L::ExcOccurred
        | L::ExcNoteLocation
        | L::ExcSetLocation
        | L::SameAs
        | L::CastPtr
        | L::CastToWord
        | L::CastFromWord
        | L::JitMarker
        | L::Assert => 0.0,
        L::Malloc | L::MallocVarsize => 2.0,
        L::DirectCall | L::IndirectCall | L::CallHelper => 1.5,
        _ => 1.0,
    }
}

/// The weight factor of ops on cold paths (see [`cold_blocks`]): they are
/// copied with the callee but rarely run, so they count for little.
const COLD_FACTOR: f64 = 0.1;

/// The size measure of a graph: weighted ops of its reachable blocks, plus
/// one per multi-way branch that is not an exception test; ops of cold
/// blocks (which only end by raising) weigh [`COLD_FACTOR`] as much.
pub fn graph_size(g: &LlGraph) -> f64 {
    let cold = cold_blocks(g);
    let mut n = 0.0;
    for b in g.reachable_blocks() {
        let block = g.block(b);
        let mut k = block.ops.iter().map(op_weight).sum::<f64>();
        if let LlSwitch::Value(LlValue::Var(v)) = &block.switch {
            let exc_test = block
                .ops
                .iter()
                .any(|o| o.result == *v && o.op == L::ExcOccurred);
            if !exc_test {
                k += 1.0;
            }
        }
        n += if cold[b.index()] { k * COLD_FACTOR } else { k };
    }
    n
}

/// The blocks from which every path ends by returning with an exception
/// pending (or at an unreachable switch): raise paths such as a failed
/// `assert` or index check. The others reach a normal return.
pub fn cold_blocks(g: &LlGraph) -> Vec<bool> {
    let states = exc_states(g);
    let n = g.blocks.len();
    let mut hot = vec![false; n];
    let order = g.reachable_blocks();
    loop {
        let mut changed = false;
        for &b in order.iter().rev() {
            if hot[b.index()] {
                continue;
            }
            let block = g.block(b);
            let h = block.exits.iter().enumerate().any(|(li, l)| {
                if l.target == g.return_block {
                    states[b.index()][li] != ExcState::Set
                } else {
                    hot[l.target.index()]
                }
            });
            if h {
                hot[b.index()] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    hot.iter().map(|h| !h).collect()
}

/// The callee of a `direct_call`.
fn callee(op: &LlOp) -> Option<LlGraphId> {
    match (op.op, op.args.first()) {
        (L::DirectCall, Some(LlValue::Const(LlConst::Graph(g), _))) => Some(*g),
        _ => None,
    }
}

/// Inlines over the whole program (bottom-up).
pub fn inline_program(p: &mut LlProgram, threshold: f64) {
    let n = p.graphs.len();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for (gi, g) in p.graphs.iter().enumerate() {
        for op in g.blocks.iter().flat_map(|b| &b.ops) {
            if let Some(c) = callee(op) {
                edges.push((gi, c.index()));
            }
        }
    }
    edges.sort_unstable();
    edges.dedup();
    let mut cg: DiGraph<(), ()> = DiGraph::with_capacity(n, edges.len());
    for _ in 0..n {
        cg.add_node(());
    }
    for (a, b) in edges {
        cg.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
    }
    // Postorder of the SCCs: callees first. Within a cycle of the call
    // graph, smaller graphs first: a graph is inlined only once it was
    // processed itself (its size is known), so a member of a cycle can be
    // inlined into the members processed after it, and the copy keeps its
    // calls (inlining never repeats).
    let initial: Vec<f64> = p.graphs.iter().map(graph_size).collect();
    let order: Vec<usize> = petgraph::algo::tarjan_scc(&cg)
        .into_iter()
        .flat_map(|scc| {
            let mut v: Vec<usize> = scc.into_iter().map(|x| x.index()).collect();
            v.sort_by(|a, b| initial[*a].total_cmp(&initial[*b]).then(a.cmp(b)));
            v
        })
        .collect();
    let mut sizes: Vec<Option<f64>> = vec![None; n];
    for gi in order {
        let inlinable = |c: LlGraphId, sizes: &[Option<f64>], p: &LlProgram| -> bool {
            let ci = c.index();
            if ci == gi {
                return false;
            }
            let cg = &p.graphs[ci];
            match cg.inline {
                InlineHint::Never => false,
                InlineHint::Always => true,
                InlineHint::Default => sizes[ci].is_some_and(|s| s <= threshold),
            }
        };
        let mut g = std::mem::replace(&mut p.graphs[gi], LlGraph::new(String::new(), None));
        let mut work: Vec<BlockId> = g.reachable_blocks();
        work.reverse();
        let mut size = graph_size(&g);
        while let Some(b) = work.pop() {
            let mut i = 0;
            while i < g.block(b).ops.len() {
                let op = &g.block(b).ops[i];
                let Some(c) = callee(op) else {
                    i += 1;
                    continue;
                };
                let ok = inlinable(c, &sizes, p)
                    && (size <= MAX_CALLER_SIZE
                        || p.graphs[c.index()].inline == InlineHint::Always)
                    && args_match(&g, op, &p.graphs[c.index()]);
                if !ok {
                    i += 1;
                    continue;
                }
                let cont = inline_call(&mut g, b, i, &p.graphs[c.index()]);
                size += sizes[c.index()].unwrap_or(0.0);
                if let Some(cont) = cont {
                    work.push(cont);
                }
                break;
            }
        }
        sizes[gi] = Some(graph_size(&g));
        p.graphs[gi] = g;
    }
}

/// Whether `g` starts with its recursion guard (`stack_check`, see
/// `rtyper::stackcheck`) before anything else.
pub fn has_entry_check(g: &LlGraph) -> bool {
    g.block(g.start)
        .ops
        .first()
        .is_some_and(|o| o.op == L::StackCheck)
}

/// The call passes values of the callee's parameter types and expects its
/// result type.
fn args_match(g: &LlGraph, op: &LlOp, c: &LlGraph) -> bool {
    let params = c.params();
    params.len() == op.args.len() - 1
        && params
            .iter()
            .zip(&op.args[1..])
            .all(|(p, a)| c.var_type(*p) == g.value_type(a))
        && c.result_type() == g.var_type(op.result)
}

/// Inlines the call `g.block(b).ops[i]` of `callee`; returns the
/// continuation block (holding the ops after the call) if one was made.
fn inline_call(g: &mut LlGraph, b: BlockId, i: usize, callee: &LlGraph) -> Option<BlockId> {
    let states = exc_states(callee);
    let caller_checks = has_entry_check(g);
    let block = g.block(b).clone();
    let call = block.ops[i].clone();
    let res = call.result;
    let rest = &block.ops[i + 1..];
    // `flag = exc_occurred()` then `switch flag`: the exits on true/false.
    let check = match (rest, &block.switch) {
        ([t], LlSwitch::Value(LlValue::Var(flag)))
            if t.op == L::ExcOccurred && t.result == *flag =>
        {
            let find = |want: bool| {
                block
                    .exits
                    .iter()
                    .position(|l| l.case == LlCase::Const(LlConst::Bool(want)))
            };
            match (find(true), find(false), block.exits.len()) {
                (Some(ti), Some(fi), 2) => Some((*flag, ti, fi)),
                _ => None,
            }
        }
        _ => None,
    };
    // Variables of `b` used after the call.
    let defined_after: Vec<LlVarId> = rest.iter().map(|o| o.result).chain([res]).collect();
    let mut live: Vec<LlVarId> = Vec::new();
    {
        let mut note = |v: &LlValue| {
            if let LlValue::Var(x) = v {
                if !defined_after.contains(x) && !live.contains(x) {
                    live.push(*x);
                }
            }
        };
        rest.iter().flat_map(|o| &o.args).for_each(&mut note);
        if let LlSwitch::Value(v) = &block.switch {
            note(v);
        }
        block.exits.iter().flat_map(|l| &l.args).for_each(&mut note);
    }
    // Fresh copies of the callee's variables.
    let base = g.vars.len();
    for v in &callee.vars {
        g.new_var(v.ty, v.name.clone());
    }
    let cvar = |v: LlVarId| LlVarId::new(base + v.index());
    let cval = |v: &LlValue| match v {
        LlValue::Var(x) => LlValue::Var(cvar(*x)),
        c => c.clone(),
    };
    let cblocks: Vec<BlockId> = callee
        .reachable_blocks()
        .into_iter()
        .filter(|&cb| cb != callee.return_block && cb != callee.except_block)
        .collect();
    let mut bmap = vec![None; callee.blocks.len()];
    let mut lives: Vec<Vec<LlVarId>> = Vec::new();
    for &cb in &cblocks {
        let copies: Vec<LlVarId> = live
            .iter()
            .map(|v| g.new_var(g.var_type(*v), g.vars[v.index()].name.clone()))
            .collect();
        let mut ins: Vec<LlVarId> = callee
            .block(cb)
            .inputargs
            .iter()
            .map(|v| cvar(*v))
            .collect();
        ins.extend(&copies);
        bmap[cb.index()] = Some(g.new_block(ins));
        lives.push(copies);
    }
    let mut cont: Option<(BlockId, Vec<LlVarId>, LlVarId)> = None;
    for (k, &cb) in cblocks.iter().enumerate() {
        let src = callee.block(cb);
        let here = &lives[k];
        let local = |v: LlVarId| -> Option<LlValue> {
            live.iter()
                .position(|x| *x == v)
                .map(|j| LlValue::Var(here[j]))
        };
        let mut ops: Vec<LlOp> = Vec::with_capacity(src.ops.len());
        let mut k = 0;
        while k < src.ops.len() {
            let o = &src.ops[k];
            // The copy runs in the caller's native frame, which checked the
            // stack depth at its entry: the copy's guard cannot fire first,
            // and its exception test becomes a constant `false`.
            if caller_checks && o.op == L::StackCheck {
                if let Some(t) = src.ops.get(k + 1).filter(|t| t.op == L::ExcOccurred) {
                    ops.push(LlOp {
                        op: L::SameAs,
                        args: vec![LlValue::Const(
                            LlConst::Bool(false),
                            rtyper::lltype::LlType::Bool,
                        )],
                        result: cvar(t.result),
                        span: t.span,
                    });
                    k += 2;
                    continue;
                }
            }
            ops.push(LlOp {
                op: o.op,
                args: o.args.iter().map(cval).collect(),
                result: cvar(o.result),
                span: o.span,
            });
            k += 1;
        }
        let switch = match &src.switch {
            LlSwitch::Value(v) => LlSwitch::Value(cval(v)),
            s => s.clone(),
        };
        let mut exits = Vec::new();
        for (li, l) in src.exits.iter().enumerate() {
            let exc_vars = l.exc_vars.map(|(a, b)| (cvar(a), cvar(b)));
            if l.target != callee.return_block {
                let mut args: Vec<LlValue> = l.args.iter().map(cval).collect();
                args.extend(here.iter().map(|v| LlValue::Var(*v)));
                exits.push(LlLink {
                    args,
                    target: bmap[l.target.index()].expect("reachable block"),
                    case: l.case.clone(),
                    exc_vars,
                });
                continue;
            }
            let retval = cval(&l.args[0]);
            let state = states[cb.index()][li];
            let direct = match (check, state) {
                (Some((_, t, _)), ExcState::Set) => Some((t, true)),
                (Some((_, _, f)), ExcState::Clear) => Some((f, false)),
                _ => None,
            };
            if let (Some((exit, flagv)), Some((flag, _, _))) = (direct, check) {
                let out = &block.exits[exit];
                let f = |v: LlVarId| -> Option<LlValue> {
                    if v == res {
                        Some(retval.clone())
                    } else if v == flag {
                        Some(LlValue::Const(
                            LlConst::Bool(flagv),
                            rtyper::lltype::LlType::Bool,
                        ))
                    } else {
                        local(v)
                    }
                };
                exits.push(LlLink {
                    args: out.args.iter().map(|a| subst_value(a, &f)).collect(),
                    target: out.target,
                    case: l.case.clone(),
                    exc_vars,
                });
                continue;
            }
            let (cb_id, _, _) = *cont.get_or_insert_with(|| {
                let copies: Vec<LlVarId> = live
                    .iter()
                    .map(|v| g.new_var(g.var_type(*v), g.vars[v.index()].name.clone()))
                    .collect();
                let r = g.new_var(g.var_type(res), g.vars[res.index()].name.clone());
                let mut ins = copies.clone();
                ins.push(r);
                (g.new_block(ins), copies, r)
            });
            let mut args: Vec<LlValue> = here.iter().map(|v| LlValue::Var(*v)).collect();
            args.push(retval);
            exits.push(LlLink {
                args,
                target: cb_id,
                case: l.case.clone(),
                exc_vars,
            });
        }
        let nb = bmap[cb.index()].expect("copied");
        let blk = g.block_mut(nb);
        blk.ops = ops;
        blk.switch = switch;
        blk.exits = exits;
    }
    // The continuation: the ops after the call, the switch and the exits.
    if let Some((c, copies, r)) = &cont {
        let f = |v: LlVarId| -> Option<LlValue> {
            if v == res {
                Some(LlValue::Var(*r))
            } else {
                live.iter()
                    .position(|x| *x == v)
                    .map(|j| LlValue::Var(copies[j]))
            }
        };
        let mut nb = LlBlock {
            inputargs: g.block(*c).inputargs.clone(),
            ops: rest.to_vec(),
            switch: block.switch.clone(),
            exits: block.exits.clone(),
        };
        crate::util::subst_block_uses(&mut nb, &f);
        *g.block_mut(*c) = nb;
    }
    // The call's block jumps into the copy.
    let start = bmap[callee.start.index()].expect("start copied");
    let mut args: Vec<LlValue> = call.args[1..].to_vec();
    args.extend(live.iter().map(|v| LlValue::Var(*v)));
    let blk = g.block_mut(b);
    blk.ops.truncate(i);
    blk.switch = LlSwitch::None;
    blk.exits = vec![LlLink {
        args,
        target: start,
        case: LlCase::Default,
        exc_vars: None,
    }];
    cont.map(|(c, _, _)| c)
}
