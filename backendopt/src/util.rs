//! Small graph utilities shared by the inlining, constant-folding and
//! switch passes: predecessor lists, substitution of values in a block,
//! exact constant equality and the exception-state analysis of a graph
//! after the exception transform.

use flowgraph::BlockId;
use rtyper::llgraph::{LlBlock, LlCase, LlConst, LlGraph, LlLink, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;

/// For every block (by index), the incoming links `(source block, exit
/// index)` from reachable blocks, in the deterministic preorder.
pub fn predecessors(g: &LlGraph) -> Vec<Vec<(BlockId, usize)>> {
    let mut preds = vec![Vec::new(); g.blocks.len()];
    for b in g.reachable_blocks() {
        for (i, l) in g.block(b).exits.iter().enumerate() {
            preds[l.target.index()].push((b, i));
        }
    }
    preds
}

/// `v` with variables replaced by `f` (when it returns a value).
pub fn subst_value(v: &LlValue, f: &impl Fn(LlVarId) -> Option<LlValue>) -> LlValue {
    match v {
        LlValue::Var(x) => f(*x).unwrap_or_else(|| v.clone()),
        LlValue::Const(..) => v.clone(),
    }
}

/// Replaces uses (op arguments, the switch value and link arguments) in a
/// block; definitions are left alone.
pub fn subst_block_uses(block: &mut LlBlock, f: &impl Fn(LlVarId) -> Option<LlValue>) {
    for op in &mut block.ops {
        for a in &mut op.args {
            *a = subst_value(a, f);
        }
    }
    if let LlSwitch::Value(v) = &mut block.switch {
        *v = subst_value(v, f);
    }
    for l in &mut block.exits {
        subst_link(l, f);
    }
}

pub fn subst_link(l: &mut LlLink, f: &impl Fn(LlVarId) -> Option<LlValue>) {
    for a in &mut l.args {
        *a = subst_value(a, f);
    }
}

/// Constant equality that tells `0.0` from `-0.0` and NaN payloads apart
/// (two constants are the same only if they are interchangeable).
pub fn same_const(a: &LlValue, b: &LlValue) -> bool {
    match (a, b) {
        (LlValue::Const(LlConst::Float(x), tx), LlValue::Const(LlConst::Float(y), ty)) => {
            x.to_bits() == y.to_bits() && tx == ty
        }
        (LlValue::Const(x, tx), LlValue::Const(y, ty)) => x == y && tx == ty,
        _ => false,
    }
}

/// What is known of the runtime exception state at a point of a graph
/// after the exception transform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcState {
    /// Not reached (yet).
    Bottom,
    /// No exception pending.
    Clear,
    /// An exception is pending (the graph returns it to its caller).
    Set,
    Unknown,
}

impl ExcState {
    fn join(self, o: ExcState) -> ExcState {
        match (self, o) {
            (ExcState::Bottom, x) | (x, ExcState::Bottom) => x,
            (x, y) if x == y => x,
            _ => ExcState::Unknown,
        }
    }
}

/// The exception state at the end of `block`'s ops given the state at
/// its entry. The exception transform puts `exc_occurred()` right after
/// every op that can raise, so an op followed by it makes the state
/// unknown; `exc_raise` sets it and `exc_clear` clears it.
fn after_ops(block: &LlBlock, mut s: ExcState) -> ExcState {
    for (k, op) in block.ops.iter().enumerate() {
        match op.op {
            L::ExcRaise => s = ExcState::Set,
            L::ExcClear => s = ExcState::Clear,
            L::ExcOccurred => {}
            _ if block.ops.get(k + 1).is_some_and(|n| n.op == L::ExcOccurred) => {
                s = ExcState::Unknown
            }
            _ => {}
        }
    }
    s
}

/// The state on exit `link` of a block whose ops end in state `s`: a
/// switch on the result of `exc_occurred()` in the block tells.
fn on_link(block: &LlBlock, link: &LlLink, s: ExcState) -> ExcState {
    if let (LlSwitch::Value(LlValue::Var(f)), LlCase::Const(LlConst::Bool(x))) =
        (&block.switch, &link.case)
    {
        if block
            .ops
            .iter()
            .any(|o| o.result == *f && o.op == L::ExcOccurred)
        {
            return if *x { ExcState::Set } else { ExcState::Clear };
        }
    }
    s
}

/// For every block, the exception state on each of its exits (graph
/// entered with no exception pending; forward analysis to a fixpoint).
pub fn exc_states(g: &LlGraph) -> Vec<Vec<ExcState>> {
    let n = g.blocks.len();
    let mut entry = vec![ExcState::Bottom; n];
    entry[g.start.index()] = ExcState::Clear;
    let order = g.reachable_blocks();
    loop {
        let mut changed = false;
        for &b in &order {
            let block = g.block(b);
            let s = after_ops(block, entry[b.index()]);
            if entry[b.index()] == ExcState::Bottom {
                continue;
            }
            for l in &block.exits {
                let ls = on_link(block, l, s);
                let t = l.target.index();
                let j = entry[t].join(ls);
                if j != entry[t] {
                    entry[t] = j;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    (0..n)
        .map(|bi| {
            let block = &g.blocks[bi];
            let s = after_ops(block, entry[bi]);
            block.exits.iter().map(|l| on_link(block, l, s)).collect()
        })
        .collect()
}
