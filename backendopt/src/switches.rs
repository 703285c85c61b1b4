//! Chains of comparisons with constants become one multi-way switch.
//!
//! A block ending in `r = int_eq(x, C1)` (or `int_ne`, or the constant
//! first) and a switch on `r`, whose "not equal" exit goes to a block that
//! has no other predecessor, no other op, and tests the same value (the
//! argument the link fills with `x`) against `C2` the same way, and so on:
//! the first block switches on `x` itself with one exit per constant (in
//! chain order; a constant repeated later in the chain can never match
//! there and is dropped) and a `Default` exit for the last "not equal"
//! exit. Integers of any width and chars qualify (not `Bool`). The Rust
//! backend emits the switch as a `match`, which is how an interpreter's
//! `if op == A: ... elif op == B: ...` dispatch should compile.

use flowgraph::BlockId;
use rtyper::llgraph::{LlBlock, LlCase, LlConst, LlGraph, LlLink, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::LlProgram;

use crate::util::{predecessors, subst_link};

/// Minimum number of distinct constants for a switch.
const MIN_CASES: usize = 2;

pub fn switch_program(p: &mut LlProgram) {
    for g in &mut p.graphs {
        switch_graph(g);
    }
}

/// One test of a chain: the block compares `x` with `c`; `eq`/`ne` are the
/// exit indices taken when equal / not equal; `r` is the comparison.
struct Test {
    x: LlVarId,
    c: LlConst,
    r: LlVarId,
    eq: usize,
    ne: usize,
}

/// The test ending `block`, if it is one.
fn test_of(g: &LlGraph, block: &LlBlock) -> Option<Test> {
    let op = block.ops.last()?;
    let LlSwitch::Value(LlValue::Var(sv)) = &block.switch else {
        return None;
    };
    if *sv != op.result || !matches!(op.op, L::IntEq | L::IntNe) || block.exits.len() != 2 {
        return None;
    }
    let (x, c) = match (&op.args[0], &op.args[1]) {
        (LlValue::Var(x), LlValue::Const(c, _)) | (LlValue::Const(c, _), LlValue::Var(x)) => {
            (*x, *c)
        }
        _ => return None,
    };
    let t = g.var_type(x);
    if !(t.is_int() || matches!(t, LlType::Char | LlType::UniChar)) {
        return None;
    }
    if !matches!(c, LlConst::Int(_) | LlConst::Char(_)) {
        return None;
    }
    let pos = |want: bool| {
        block
            .exits
            .iter()
            .position(|l| l.case == LlCase::Const(LlConst::Bool(want)))
    };
    let (t_exit, f_exit) = (pos(true)?, pos(false)?);
    let (eq, ne) = if op.op == L::IntEq {
        (t_exit, f_exit)
    } else {
        (f_exit, t_exit)
    };
    Some(Test {
        x,
        c,
        r: op.result,
        eq,
        ne,
    })
}

fn key(c: &LlConst) -> i64 {
    match c {
        LlConst::Int(i) => *i,
        LlConst::Char(ch) => *ch as i64,
        _ => unreachable!("switch constants are ints or chars"),
    }
}

/// Turns the chains of one graph into switches.
pub fn switch_graph(g: &mut LlGraph) {
    let preds = predecessors(g);
    let mut absorbed = vec![false; g.blocks.len()];
    for b in g.reachable_blocks() {
        if absorbed[b.index()] {
            continue;
        }
        let Some(first) = test_of(g, g.block(b)) else {
            continue;
        };
        let bool_of = |r: LlVarId, v: bool| {
            move |x: LlVarId| (x == r).then_some(LlValue::Const(LlConst::Bool(v), LlType::Bool))
        };
        // Links leaving the chain, expressed in `b`'s variables.
        let mut cases: Vec<(LlConst, LlLink)> = Vec::new();
        let blk = g.block(b);
        let mut eq = blk.exits[first.eq].clone();
        subst_link(&mut eq, &bool_of(first.r, is_true(&blk.exits[first.eq])));
        cases.push((first.c, eq));
        let mut next = blk.exits[first.ne].clone();
        subst_link(&mut next, &bool_of(first.r, is_true(&blk.exits[first.ne])));
        let mut chain: Vec<BlockId> = Vec::new();
        loop {
            let y = next.target;
            if y == b
                || chain.contains(&y)
                || y == g.return_block
                || preds[y.index()].len() != 1
                || next.exc_vars.is_some()
            {
                break;
            }
            let yb = g.block(y);
            if yb.ops.len() != 1 {
                break;
            }
            let Some(t) = test_of(g, yb) else { break };
            // The compared value must be the argument filled with `x`.
            let Some(j) = yb.inputargs.iter().position(|v| *v == t.x) else {
                break;
            };
            if next.args[j] != LlValue::Var(first.x) {
                break;
            }
            let ins = yb.inputargs.clone();
            let args = next.args.clone();
            let through = |r: LlVarId, v: bool| {
                let ins = ins.clone();
                let args = args.clone();
                move |x: LlVarId| {
                    if x == r {
                        Some(LlValue::Const(LlConst::Bool(v), LlType::Bool))
                    } else {
                        ins.iter().position(|i| *i == x).map(|k| args[k].clone())
                    }
                }
            };
            let mut e = yb.exits[t.eq].clone();
            subst_link(&mut e, &through(t.r, is_true(&yb.exits[t.eq])));
            let mut n = yb.exits[t.ne].clone();
            subst_link(&mut n, &through(t.r, is_true(&yb.exits[t.ne])));
            if !cases.iter().any(|(c, _)| key(c) == key(&t.c)) {
                cases.push((t.c, e));
            }
            chain.push(y);
            next = n;
        }
        if cases.len() < MIN_CASES || chain.is_empty() {
            continue;
        }
        for y in &chain {
            absorbed[y.index()] = true;
        }
        let mut exits: Vec<LlLink> = cases
            .into_iter()
            .map(|(c, mut l)| {
                l.case = LlCase::Const(c);
                l
            })
            .collect();
        next.case = LlCase::Default;
        exits.push(next);
        let blk = g.block_mut(b);
        blk.ops.pop();
        blk.switch = LlSwitch::Value(LlValue::Var(first.x));
        blk.exits = exits;
    }
}

fn is_true(l: &LlLink) -> bool {
    l.case == LlCase::Const(LlConst::Bool(true))
}
