//! The GC transform: shadow-stack roots for a precise moving collector.
//!
//! Runs on a program after the exception transform. For every operation
//! that can collect (an allocation, a helper flagged `can_collect`, a call
//! of a graph that can collect, any indirect call, `exc_fetch_value`), each
//! GC pointer that is live after the operation is stored in a shadow-stack
//! slot before it (`gc_save_root(slot, v)`) and reloaded into a fresh
//! variable after it (`v' = gc_restore_root(slot)`); later uses in the
//! block and on its links are renamed to the reloaded variable, so the
//! graph stays in SSA form.
//!
//! Variables are local to their block (values cross blocks only as link
//! arguments), so liveness is computed per block with no fixpoint: a value
//! is live after op `i` if a later op of the block or an exit link uses it.
//! Slots are numbered by position in the live set at each call (so a
//! function needs as many slots as its largest live set); codegen reserves
//! them on entry and releases them on return.
//!
//! Write barriers: before that, every store of a GC pointer variable into
//! a field or item of a GC object (`setfield`, `setarrayitem`) gets a
//! `gc_write_barrier(obj)` before it, except when `obj` was allocated
//! earlier in the same block with no operation that can collect in between
//! (an initializing store: the object is young, or a large object that is
//! young until the next collection). Stores of constants (prebuilt objects,
//! null) need no barrier: they are never young.
//!
//! After this pass: no GC pointer variable is used after an operation that
//! can collect unless it was defined after that operation; the returned
//! [`GcFrames`] gives each graph's slot count.

use rtyper::llgraph::{LlGraph, LlGraphId, LlOp, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName;
use rtyper::lltype::{LlType, Types};
use rtyper::LlProgram;

/// The collector the generated `main` selects (`RPY_GC` may override it
/// at run time).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GcChoice {
    Semispace,
    #[default]
    Generational,
}

/// Shadow-stack slots each graph needs (indexed by graph).
#[derive(Clone, Debug, Default)]
pub struct GcFrames {
    pub slots: Vec<u32>,
    /// Whether each graph can run a collection.
    pub can_collect: Vec<bool>,
    /// The collector chosen by the translator (set by the driver).
    pub gc: GcChoice,
}

/// Which graphs can collect: a fixpoint over direct calls.
pub fn collecting_graphs(p: &LlProgram) -> Vec<bool> {
    let mut collects = vec![false; p.graphs.len()];
    loop {
        let mut changed = false;
        for (i, g) in p.graphs.iter().enumerate() {
            if collects[i] {
                continue;
            }
            let any = g
                .blocks
                .iter()
                .flat_map(|b| &b.ops)
                .any(|op| op_can_collect(p, &collects, op));
            if any {
                collects[i] = true;
                changed = true;
            }
        }
        if !changed {
            return collects;
        }
    }
}

fn op_can_collect(p: &LlProgram, collects: &[bool], op: &LlOp) -> bool {
    match op.op {
        LlOpName::DirectCall => match op.args.first() {
            Some(LlValue::Const(rtyper::llgraph::LlConst::Graph(g), _)) => collects[g.index()],
            _ => true,
        },
        LlOpName::IndirectCall => true,
        LlOpName::CallHelper => match op.args.first() {
            Some(LlValue::Const(rtyper::llgraph::LlConst::Helper(h), _)) => {
                p.helpers[h.index()].can_collect
            }
            _ => true,
        },
        other => other.desc().can_collect,
    }
}

/// Inserts the root saving and reloading around every collecting op.
pub fn transform(p: &mut LlProgram) -> GcFrames {
    let can_collect = collecting_graphs(p);
    let mut slots = Vec::with_capacity(p.graphs.len());
    for gi in 0..p.graphs.len() {
        let mut g = std::mem::replace(&mut p.graphs[gi], LlGraph::new(String::new(), None));
        insert_write_barriers(p, &can_collect, &mut g);
        let n = transform_graph(p, &can_collect, &mut g);
        p.graphs[gi] = g;
        slots.push(n);
    }
    GcFrames {
        slots,
        can_collect,
        gc: GcChoice::default(),
    }
}

/// Inserts `gc_write_barrier(obj)` before the stores that need one (see
/// the module documentation).
fn insert_write_barriers(p: &LlProgram, collects: &[bool], g: &mut LlGraph) {
    let fresh_in = fresh_inputs(p, collects, g);
    for b in g.reachable_blocks() {
        let ops = std::mem::take(&mut g.block_mut(b).ops);
        // Objects allocated since the last collecting op (and their
        // casts), starting with the fresh input arguments.
        let mut fresh: Vec<LlVarId> = g
            .block(b)
            .inputargs
            .iter()
            .zip(&fresh_in[b.index()])
            .filter(|(_, f)| **f)
            .map(|(v, _)| *v)
            .collect();
        let mut new_ops = Vec::with_capacity(ops.len());
        for op in ops {
            if needs_barrier(p, g, &op, &fresh) {
                let void = g.new_var(LlType::Void, None);
                // An item store tells the GC which item (card marking).
                let (barrier, args) = match op.op {
                    LlOpName::SetArrayItem => (
                        LlOpName::GcWriteBarrierArray,
                        vec![op.args[0].clone(), op.args[1].clone()],
                    ),
                    _ => (LlOpName::GcWriteBarrier, vec![op.args[0].clone()]),
                };
                new_ops.push(LlOp {
                    op: barrier,
                    args,
                    result: void,
                    span: op.span,
                });
            }
            track_fresh(p, collects, &op, &mut fresh);
            new_ops.push(op);
        }
        g.block_mut(b).ops = new_ops;
    }
}

/// Updates the fresh objects after `op`.
fn track_fresh(p: &LlProgram, collects: &[bool], op: &LlOp, fresh: &mut Vec<LlVarId>) {
    if op_can_collect(p, collects, op) {
        fresh.clear();
    }
    match op.op {
        LlOpName::Malloc | LlOpName::MallocVarsize => fresh.push(op.result),
        LlOpName::CastPtr | LlOpName::SameAs => {
            if matches!(op.args.first(), Some(LlValue::Var(v)) if fresh.contains(v)) {
                fresh.push(op.result);
            }
        }
        _ => {}
    }
}

/// Which input arguments of each block (indexed by block) are fresh
/// objects on every path into it: a forward "must" analysis, iterated down
/// from "all fresh" to its greatest fixpoint (the start block's parameters
/// are never fresh). The exception transform splits a block after each
/// allocation (to test for MemoryError), so the stores that initialize an
/// object usually are in a successor block.
fn fresh_inputs(p: &LlProgram, collects: &[bool], g: &LlGraph) -> Vec<Vec<bool>> {
    let order = g.reachable_blocks();
    let mut fresh_in: Vec<Vec<bool>> = g
        .blocks
        .iter()
        .map(|b| vec![true; b.inputargs.len()])
        .collect();
    fresh_in[g.start.index()]
        .iter_mut()
        .for_each(|f| *f = false);
    loop {
        let mut next: Vec<Vec<bool>> = fresh_in.clone();
        for &b in &order {
            let block = g.block(b);
            let mut fresh: Vec<LlVarId> = block
                .inputargs
                .iter()
                .zip(&fresh_in[b.index()])
                .filter(|(_, f)| **f)
                .map(|(v, _)| *v)
                .collect();
            for op in &block.ops {
                track_fresh(p, collects, op, &mut fresh);
            }
            for link in &block.exits {
                for (i, a) in link.args.iter().enumerate() {
                    let f = matches!(a, LlValue::Var(v) if fresh.contains(v));
                    if !f {
                        next[link.target.index()][i] = false;
                    }
                }
            }
        }
        if next == fresh_in {
            return fresh_in;
        }
        fresh_in = next;
    }
}

/// Whether `op` stores a GC pointer variable into a GC object that is not
/// known to be fresh.
fn needs_barrier(p: &LlProgram, g: &LlGraph, op: &LlOp, fresh: &[LlVarId]) -> bool {
    if !matches!(op.op, LlOpName::SetField | LlOpName::SetArrayItem) {
        return false;
    }
    let (Some(obj), Some(LlValue::Var(value))) = (op.args.first(), op.args.get(2)) else {
        return false;
    };
    if !is_gc(&p.types, g.var_type(*value)) || !is_gc(&p.types, g.value_type(obj)) {
        return false;
    }
    !matches!(obj, LlValue::Var(o) if fresh.contains(o))
}

fn transform_graph(p: &LlProgram, collects: &[bool], g: &mut LlGraph) -> u32 {
    let types = &p.types;
    let mut max_slots = 0u32;
    for b in g.reachable_blocks() {
        debug_assert!(
            !matches!(g.block(b).switch, LlSwitch::LastException { .. }),
            "the GC transform runs after the exception transform"
        );
        let block = g.block(b).clone();
        // Last use of each variable: op index, or ops.len() for the exits.
        let nops = block.ops.len();
        let mut last_use: Vec<Option<usize>> = vec![None; g.vars.len()];
        for (i, op) in block.ops.iter().enumerate() {
            for a in &op.args {
                if let LlValue::Var(v) = a {
                    last_use[v.index()] = Some(i);
                }
            }
        }
        for link in &block.exits {
            for a in &link.args {
                if let LlValue::Var(v) = a {
                    last_use[v.index()] = Some(nops);
                }
            }
        }
        if let LlSwitch::Value(LlValue::Var(v)) = &block.switch {
            last_use[v.index()] = Some(nops);
        }
        let is_root =
            |v: LlVarId, vars: &[rtyper::llgraph::LlVar]| is_gc(types, vars[v.index()].ty);
        // GC variables defined so far, in definition order.
        let mut defined: Vec<LlVarId> = block
            .inputargs
            .iter()
            .copied()
            .filter(|v| is_root(*v, &g.vars))
            .collect();
        let mut rename: Vec<Option<LlVarId>> = vec![None; g.vars.len()];
        let mut new_ops = Vec::with_capacity(nops);
        for (i, op) in block.ops.iter().enumerate() {
            let mut op = op.clone();
            for a in op.args.iter_mut() {
                rename_value(&rename, a);
            }
            if op_can_collect(p, collects, &op) {
                let live: Vec<LlVarId> = defined
                    .iter()
                    .copied()
                    .filter(|v| last_use[v.index()].is_some_and(|u| u > i))
                    .collect();
                max_slots = max_slots.max(live.len() as u32);
                for (k, v) in live.iter().enumerate() {
                    let cur = rename[v.index()].unwrap_or(*v);
                    let void = g.new_var(LlType::Void, None);
                    new_ops.push(LlOp {
                        op: LlOpName::GcSaveRoot,
                        args: vec![LlValue::int(k as i64), LlValue::Var(cur)],
                        result: void,
                        span: op.span,
                    });
                }
                // The collector scans slots 0..live.len() of this frame.
                let void = g.new_var(LlType::Void, None);
                new_ops.push(LlOp {
                    op: LlOpName::GcShadowReserve,
                    args: vec![LlValue::int(live.len() as i64)],
                    result: void,
                    span: op.span,
                });
                let result = op.result;
                let span = op.span;
                new_ops.push(op);
                for (k, v) in live.iter().enumerate() {
                    let ty = g.var_type(*v);
                    let name = g.vars[v.index()].name.clone();
                    let fresh = g.new_var(ty, name);
                    rename.resize(g.vars.len(), None);
                    rename[v.index()] = Some(fresh);
                    new_ops.push(LlOp {
                        op: LlOpName::GcRestoreRoot,
                        args: vec![LlValue::int(k as i64)],
                        result: fresh,
                        span,
                    });
                }
                if is_gc(types, g.var_type(result)) {
                    defined.push(result);
                }
            } else {
                if is_gc(types, g.var_type(op.result)) {
                    defined.push(op.result);
                }
                new_ops.push(op);
            }
        }
        rename.resize(g.vars.len(), None);
        let blk = g.block_mut(b);
        blk.ops = new_ops;
        if let LlSwitch::Value(v) = &mut blk.switch {
            rename_value(&rename, v);
        }
        for link in blk.exits.iter_mut() {
            for a in link.args.iter_mut() {
                rename_value(&rename, a);
            }
        }
    }
    max_slots
}

/// Checks what the transform guarantees: in every block, no GC pointer
/// variable defined before an operation that can collect is used after it.
pub fn check_roots(p: &LlProgram) -> Result<(), String> {
    let collects = collecting_graphs(p);
    for g in &p.graphs {
        for b in g.reachable_blocks() {
            let block = g.block(b);
            // GC variables made stale by a collection so far.
            let mut stale = vec![false; g.vars.len()];
            let mut live: Vec<LlVarId> = block
                .inputargs
                .iter()
                .copied()
                .filter(|v| is_gc(&p.types, g.var_type(*v)))
                .collect();
            let check = |v: &LlValue, stale: &[bool]| match v {
                LlValue::Var(x) if stale[x.index()] => Err(format!(
                    "{}: block{}: v{} is used after a collection without being reloaded",
                    g.name,
                    b.index(),
                    x.0
                )),
                _ => Ok(()),
            };
            for op in &block.ops {
                for a in &op.args {
                    check(a, &stale)?;
                }
                if op_can_collect(p, &collects, op) {
                    for v in live.drain(..) {
                        stale[v.index()] = true;
                    }
                }
                if is_gc(&p.types, g.var_type(op.result)) {
                    live.push(op.result);
                }
            }
            for link in &block.exits {
                for a in &link.args {
                    check(a, &stale)?;
                }
            }
            if let LlSwitch::Value(v) = &block.switch {
                check(v, &stale)?;
            }
        }
    }
    Ok(())
}

fn rename_value(rename: &[Option<LlVarId>], v: &mut LlValue) {
    if let LlValue::Var(x) = v {
        if let Some(Some(n)) = rename.get(x.index()) {
            *x = *n;
        }
    }
}

fn is_gc(types: &Types, t: LlType) -> bool {
    types.is_gc_ptr(t)
}

/// The graph id of a `direct_call` callee, if constant.
pub fn callee(op: &LlOp) -> Option<LlGraphId> {
    match op.args.first() {
        Some(LlValue::Const(rtyper::llgraph::LlConst::Graph(g), _)) => Some(*g),
        _ => None,
    }
}
