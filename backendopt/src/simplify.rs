//! Graph simplifications used after constant folding: constants passed by
//! every incoming link become constants of the block, switches on
//! constants keep the taken exit, a block with one predecessor is joined
//! to it, blocks that only forward their arguments are skipped, and unused
//! pure ops and block arguments are removed.
//!
//! Each function returns whether it changed the graph; all of them keep
//! the verifier's invariants (SSA, block-local variables, link arity).

use flowgraph::BlockId;
use rtyper::llgraph::{LlCase, LlConst, LlGraph, LlLink, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;

use crate::util::{predecessors, same_const, subst_block_uses, subst_link};

/// A block argument that every incoming link passes as the same constant
/// (or as the argument itself, around a loop) becomes that constant.
pub fn propagate_link_constants(g: &mut LlGraph) -> bool {
    let preds = predecessors(g);
    let mut changed = false;
    for b in g.reachable_blocks() {
        if b == g.start || b == g.return_block || preds[b.index()].is_empty() {
            continue;
        }
        let n = g.block(b).inputargs.len();
        for j in (0..n).rev() {
            let own = g.block(b).inputargs[j];
            let mut found: Option<LlValue> = None;
            let mut ok = true;
            for &(pb, li) in &preds[b.index()] {
                let a = &g.block(pb).exits[li].args[j];
                match a {
                    LlValue::Var(v) if *v == own => {}
                    LlValue::Var(_) => ok = false,
                    c => match &found {
                        None => found = Some(c.clone()),
                        Some(f) if same_const(f, c) => {}
                        Some(_) => ok = false,
                    },
                }
                if !ok {
                    break;
                }
            }
            let (true, Some(c)) = (ok, found) else {
                continue;
            };
            let f = |v: LlVarId| (v == own).then(|| c.clone());
            subst_block_uses(g.block_mut(b), &f);
            g.block_mut(b).inputargs.remove(j);
            for &(pb, li) in &preds[b.index()] {
                g.block_mut(pb).exits[li].args.remove(j);
            }
            changed = true;
        }
    }
    changed
}

/// Whether switch case `case` matches constant `c`.
fn case_matches(case: &LlCase, c: &LlConst) -> bool {
    let key = |c: &LlConst| match c {
        LlConst::Bool(b) => Some(*b as i64),
        LlConst::Int(i) => Some(*i),
        LlConst::Char(ch) => Some(*ch as i64),
        _ => None,
    };
    match case {
        LlCase::Const(k) => key(k).is_some() && key(k) == key(c),
        _ => false,
    }
}

/// Switches on constants keep only the taken exit; switches whose exits
/// all go to one block with the same arguments become plain links.
pub fn fold_switches(g: &mut LlGraph) -> bool {
    let mut changed = false;
    for b in g.reachable_blocks() {
        let blk = g.block_mut(b);
        let LlSwitch::Value(v) = &blk.switch else {
            continue;
        };
        let taken = match v {
            LlValue::Const(c, _) => blk
                .exits
                .iter()
                .position(|l| case_matches(&l.case, c))
                .or_else(|| blk.exits.iter().position(|l| l.case == LlCase::Default)),
            LlValue::Var(_) => {
                let first = &blk.exits[0];
                let same = blk.exits.iter().all(|l| {
                    l.target == first.target
                        && l.exc_vars.is_none()
                        && l.args.len() == first.args.len()
                        && l.args.iter().zip(&first.args).all(|(x, y)| match (x, y) {
                            (LlValue::Var(a), LlValue::Var(b)) => a == b,
                            _ => same_const(x, y),
                        })
                });
                let has_default = blk.exits.iter().any(|l| l.case == LlCase::Default);
                // Without a default exit, a value matching no case is a
                // fatal error: keep the switch then (unless it is a Bool
                // switch with both cases).
                let total = has_default || blk.exits.len() == 2;
                (same && total).then_some(0)
            }
        };
        if let Some(k) = taken {
            let mut l = blk.exits.swap_remove(k);
            l.case = LlCase::Default;
            blk.exits = vec![l];
            blk.switch = LlSwitch::None;
            changed = true;
        }
    }
    changed
}

/// A block ending in a plain link to a block that has no other
/// predecessor absorbs it.
pub fn join_blocks(g: &mut LlGraph) -> bool {
    let mut preds = predecessors(g);
    let mut changed = false;
    for a in g.reachable_blocks() {
        if preds[a.index()].is_empty() && a != g.start {
            continue; // absorbed already
        }
        loop {
            let blk = g.block(a);
            if blk.switch != LlSwitch::None || blk.exits.len() != 1 {
                break;
            }
            let t = blk.exits[0].target;
            if t == a
                || t == g.start
                || t == g.return_block
                || t == g.except_block
                || preds[t.index()].len() != 1
                || blk.exits[0].exc_vars.is_some()
            {
                break;
            }
            let link = g.block_mut(a).exits.pop().expect("one exit");
            let mut tb = std::mem::replace(
                g.block_mut(t),
                rtyper::llgraph::LlBlock {
                    inputargs: Vec::new(),
                    ops: Vec::new(),
                    switch: LlSwitch::None,
                    exits: Vec::new(),
                },
            );
            let ins = std::mem::take(&mut tb.inputargs);
            let f = |v: LlVarId| {
                ins.iter()
                    .position(|x| *x == v)
                    .map(|j| link.args[j].clone())
            };
            subst_block_uses(&mut tb, &f);
            for (i, l) in tb.exits.iter().enumerate() {
                for p in &mut preds[l.target.index()] {
                    if *p == (t, i) {
                        *p = (a, i);
                    }
                }
            }
            preds[t.index()].clear();
            let ab = g.block_mut(a);
            ab.ops.extend(tb.ops);
            ab.switch = tb.switch;
            ab.exits = tb.exits;
            changed = true;
        }
    }
    changed
}

/// Links into a block that has no ops and one plain exit go straight to
/// that exit's target.
pub fn skip_forwarding(g: &mut LlGraph) -> bool {
    let mut changed = false;
    for b in g.reachable_blocks() {
        let n = g.block(b).exits.len();
        for i in 0..n {
            // Follow a few forwarding blocks (bounded: cycles of them).
            for _ in 0..8 {
                let l = &g.block(b).exits[i];
                let f = l.target;
                let fb = g.block(f);
                if f == g.start
                    || f == g.return_block
                    || f == g.except_block
                    || !fb.ops.is_empty()
                    || fb.switch != LlSwitch::None
                    || fb.exits.len() != 1
                    || fb.exits[0].target == f
                    || fb.exits[0].exc_vars.is_some()
                    || l.exc_vars.is_some()
                {
                    break;
                }
                let ins = fb.inputargs.clone();
                let mut next: LlLink = fb.exits[0].clone();
                let args = l.args.clone();
                let sub = |v: LlVarId| ins.iter().position(|x| *x == v).map(|j| args[j].clone());
                subst_link(&mut next, &sub);
                let ex = &mut g.block_mut(b).exits[i];
                ex.target = next.target;
                ex.args = next.args;
                changed = true;
            }
        }
    }
    changed
}

/// Removes pure ops whose results are unused and block arguments that
/// nothing needs (liveness over the whole graph, so values only carried
/// around loops go too).
pub fn remove_dead(g: &mut LlGraph) {
    let blocks = g.reachable_blocks();
    let preds = predecessors(g);
    #[derive(Clone, Copy)]
    enum Def {
        None,
        Op(BlockId, usize),
        Input(BlockId, usize),
    }
    let mut def = vec![Def::None; g.vars.len()];
    for &b in &blocks {
        let blk = g.block(b);
        for (j, v) in blk.inputargs.iter().enumerate() {
            def[v.index()] = Def::Input(b, j);
        }
        for (k, op) in blk.ops.iter().enumerate() {
            def[op.result.index()] = Def::Op(b, k);
        }
    }
    let removable = |op: &rtyper::llgraph::LlOp| {
        (op.op.desc().pure && op.op.desc().raises.is_empty()) || op.op == L::ExcOccurred
    };
    let mut needed = vec![false; g.vars.len()];
    let mut work: Vec<LlVarId> = Vec::new();
    let need = |v: &LlValue, needed: &mut Vec<bool>, work: &mut Vec<LlVarId>| {
        if let LlValue::Var(x) = v {
            if !needed[x.index()] {
                needed[x.index()] = true;
                work.push(*x);
            }
        }
    };
    for &b in &blocks {
        let blk = g.block(b);
        if b == g.start || b == g.return_block {
            for v in &blk.inputargs {
                need(&LlValue::Var(*v), &mut needed, &mut work);
            }
        }
        for op in &blk.ops {
            if !removable(op) {
                for a in &op.args {
                    need(a, &mut needed, &mut work);
                }
            }
        }
        if let LlSwitch::Value(v) = &blk.switch {
            need(v, &mut needed, &mut work);
        }
        for l in &blk.exits {
            // Exception-link variables are defined by the link.
            if let Some((x, y)) = l.exc_vars {
                for a in &l.args {
                    if matches!(a, LlValue::Var(v) if *v == x || *v == y) {
                        need(a, &mut needed, &mut work);
                    }
                }
            }
        }
    }
    while let Some(v) = work.pop() {
        match def[v.index()] {
            Def::None => {}
            Def::Op(b, k) => {
                let args = g.block(b).ops[k].args.clone();
                for a in &args {
                    need(a, &mut needed, &mut work);
                }
            }
            Def::Input(b, j) => {
                for &(pb, li) in &preds[b.index()] {
                    let a = g.block(pb).exits[li].args[j].clone();
                    need(&a, &mut needed, &mut work);
                }
            }
        }
    }
    for &b in &blocks {
        let keep_inputs = b == g.start || b == g.return_block;
        let blk = g.block_mut(b);
        blk.ops
            .retain(|op| !removable(op) || needed[op.result.index()]);
        if keep_inputs {
            continue;
        }
        let dead: Vec<usize> = (0..blk.inputargs.len())
            .filter(|&j| !needed[blk.inputargs[j].index()])
            .collect();
        if dead.is_empty() {
            continue;
        }
        for &j in dead.iter().rev() {
            blk.inputargs.remove(j);
        }
        for &(pb, li) in &preds[b.index()] {
            let args = &mut g.block_mut(pb).exits[li].args;
            for &j in dead.iter().rev() {
                args.remove(j);
            }
        }
    }
}
