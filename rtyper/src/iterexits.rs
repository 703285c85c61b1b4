//! Loop exits without exceptions: a `for` loop's `next` ends with
//! `stop_iteration_unless(ok)` in a block whose exception exits catch
//! StopIteration; this pass turns that into a plain branch on `ok`.
//!
//! Before: block `b` = `ops[..k]; stop_iteration_unless(ok); ops[k+1..]`
//! with a `LastException` switch whose protected region holds no other op
//! that can raise. After: `b` = `ops[..k]` switching on `ok`: `true` goes to
//! a new block holding `ops[k+1..]` and the normal exit, `false` follows the
//! first exception exit that catches StopIteration directly, with the
//! caught vtable as a constant and a null instance. Without the pass the
//! exception transform raises a StopIteration at the end of every loop,
//! builds its instance (an allocation) and tests it against the handlers.
//!
//! Only applied when the handler never uses the instance (the exit's
//! instance argument lands in variables no op, switch or return reads,
//! transitively through links); otherwise the block is left alone.
//! Runs before the exception transform; `verify` holds after it.

use std::collections::BTreeMap;

use flowgraph::BlockId;

use crate::exctransform::{op_can_raise, raising_graphs};
use crate::llgraph::{LlBlock, LlCase, LlConst, LlGraph, LlLink, LlSwitch, LlValue, LlVarId};
use crate::llops::LlOpName as L;
use crate::program::LlProgram;
use crate::runtime_names::Exc;

/// Rewrites every graph of the program.
pub fn transform(p: &mut LlProgram) {
    let Some(&(_, si)) = p
        .builtin_exceptions
        .iter()
        .find(|(e, _)| *e == Exc::StopIteration)
    else {
        return;
    };
    let si_id = p.classes[si].min_id;
    let can = raising_graphs(p);
    let mut graphs = std::mem::take(&mut p.graphs);
    for g in &mut graphs {
        let used = used_vars(g);
        for b in g.reachable_blocks() {
            rewrite_block(p, g, b, si_id, &can, &used);
        }
    }
    p.graphs = graphs;
}

/// Which variables are read: by an op, a switch, the return or except
/// block, or (transitively) through a link into a read input argument.
fn used_vars(g: &LlGraph) -> Vec<bool> {
    let mut used = vec![false; g.vars.len()];
    let mark = |used: &mut Vec<bool>, v: &LlValue| {
        if let LlValue::Var(x) = v {
            used[x.index()] = true;
        }
    };
    for v in g
        .block(g.return_block)
        .inputargs
        .iter()
        .chain(&g.block(g.except_block).inputargs)
    {
        used[v.index()] = true;
    }
    for block in &g.blocks {
        for op in &block.ops {
            op.args.iter().for_each(|a| mark(&mut used, a));
        }
        if let LlSwitch::Value(v) = &block.switch {
            mark(&mut used, v);
        }
    }
    loop {
        let mut changed = false;
        for block in &g.blocks {
            for link in &block.exits {
                let target = g.block(link.target);
                for (a, param) in link.args.iter().zip(&target.inputargs) {
                    if let LlValue::Var(x) = a {
                        if used[param.index()] && !used[x.index()] {
                            used[x.index()] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        if !changed {
            return used;
        }
    }
}

/// Whether exception exit `link` catches an exception of preorder id `id`.
fn catches(p: &LlProgram, link: &LlLink, id: i64) -> bool {
    let LlCase::Exception(vt) = link.case else {
        return false;
    };
    p.classes
        .iter()
        .any(|c| c.vtable == vt && c.min_id <= id && id <= c.max_id)
}

fn rewrite_block(
    p: &LlProgram,
    g: &mut LlGraph,
    b: BlockId,
    si_id: i64,
    can: &[bool],
    used: &[bool],
) {
    let block = g.block(b);
    let LlSwitch::LastException { from } = block.switch else {
        return;
    };
    let raising: Vec<usize> = (from..block.ops.len())
        .filter(|&i| op_can_raise(p, &block.ops[i], can))
        .collect();
    let [k] = raising[..] else {
        return;
    };
    if block.ops[k].op != L::StopIterationUnless {
        return;
    }
    let ok = block.ops[k].args[0].clone();
    let Some(catch) = block.exits[1..].iter().find(|l| catches(p, l, si_id)) else {
        return;
    };
    let (xt, xv) = catch.exc_vars.expect("exception exits bind the exception");
    let target = g.block(catch.target);
    let value_used = catch
        .args
        .iter()
        .zip(&target.inputargs)
        .any(|(a, param)| *a == LlValue::Var(xv) && used[param.index()]);
    if value_used {
        return;
    }
    let LlCase::Exception(vt) = catch.case else {
        unreachable!()
    };
    let (vt_ty, obj_ty) = (g.var_type(xt), g.var_type(xv));
    let mut stop = catch.clone();
    for a in &mut stop.args {
        if *a == LlValue::Var(xt) {
            *a = LlValue::Const(LlConst::Prebuilt(vt), vt_ty);
        } else if *a == LlValue::Var(xv) {
            *a = LlValue::Const(LlConst::Null, obj_ty);
        }
    }
    stop.case = LlCase::Const(LlConst::Bool(false));
    stop.exc_vars = None;

    // The ops after the test and the normal exit move to a new block, which
    // receives every variable of `b` they read.
    let old = std::mem::replace(
        g.block_mut(b),
        LlBlock {
            inputargs: Vec::new(),
            ops: Vec::new(),
            switch: LlSwitch::None,
            exits: Vec::new(),
        },
    );
    let mut ops = old.ops;
    let tail: Vec<_> = ops.split_off(k + 1);
    ops.pop(); // stop_iteration_unless
    let mut normal = old.exits.into_iter().next().expect("the normal exit");
    let defined_here: Vec<LlVarId> = old
        .inputargs
        .iter()
        .copied()
        .chain(ops.iter().map(|op| op.result))
        .collect();
    let mut carried: BTreeMap<LlVarId, LlVarId> = BTreeMap::new();
    let mut reads: Vec<LlVarId> = Vec::new();
    for op in &tail {
        reads.extend(op.args.iter().filter_map(LlValue::as_var));
    }
    reads.extend(normal.args.iter().filter_map(LlValue::as_var));
    for v in reads {
        if defined_here.contains(&v) && !carried.contains_key(&v) {
            let ty = g.var_type(v);
            let name = g.vars[v.index()].name.clone();
            carried.insert(v, g.new_var(ty, name));
        }
    }
    let rename = |v: &mut LlValue| {
        if let LlValue::Var(x) = v {
            if let Some(n) = carried.get(x) {
                *v = LlValue::Var(*n);
            }
        }
    };
    let mut tail = tail;
    for op in &mut tail {
        op.args.iter_mut().for_each(rename);
    }
    normal.args.iter_mut().for_each(rename);
    let cont = g.new_block(carried.values().copied().collect());
    {
        let c = g.block_mut(cont);
        c.ops = tail;
        c.exits.push(normal);
    }
    let go = LlLink {
        args: carried.keys().map(|v| LlValue::Var(*v)).collect(),
        target: cont,
        case: LlCase::Const(LlConst::Bool(true)),
        exc_vars: None,
    };
    let blk = g.block_mut(b);
    blk.inputargs = old.inputargs;
    blk.ops = ops;
    blk.switch = LlSwitch::Value(ok);
    blk.exits = vec![go, stop];
}
