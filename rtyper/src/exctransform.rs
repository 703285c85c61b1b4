//! The exception transform: implicit raising becomes explicit tests of the
//! runtime's exception state.
//!
//! Before: an op that raises leaves the function (or, inside a
//! `LastException` region, goes to the exception exits), and links to the
//! except block pass `(vtable, instance)`. After:
//!
//! * every op that can raise is followed by `exc_occurred()`; the block is
//!   split there, and on true control goes to the handler dispatch (in a
//!   protected region) or to a block that returns with the exception still
//!   set (elsewhere);
//! * a handler dispatch fetches the exception type (`exc_fetch_type`),
//!   tests the exits' classes in order with `exc_matches`, fetches the
//!   instance (`exc_fetch_value`, which builds a runtime-raised builtin
//!   exception's instance) only if the matching exit uses it, clears the
//!   state and enters the exit with `(vtable, instance)`; when none matches
//!   the exception stays set and the graph returns;
//! * a link to the except block becomes `exc_raise(vtable, instance)` and a
//!   return of a dummy value;
//! * the except block is gone, and every graph returns normally: the caller
//!   tests `exc_occurred()` after the call.
//!
//! What can raise: ops whose table row lists exceptions, helpers that list
//! exceptions, and calls of graphs that can raise (a fixpoint over the call
//! graph; indirect calls are assumed to raise).
//!
//! First, [`crate::iterexits`] turns the StopIteration that ends a `for`
//! loop into a plain branch where it can.
//! Raise locations (for the uncaught-exception report, see
//! [`crate::excsites`]): the rtyper's `exc_set_location(-1)` before a
//! `raise` statement gets the id of its site; a handler dispatch starts
//! with `exc_note_location(id)` of its op, and every other path on which an
//! exception leaves the graph ends in the propagate block, which takes the
//! id of the op it comes from and runs `exc_note_location(id)` (kept only
//! if the callee named a location already: the innermost frame wins).
//! Synthesized graphs (no source) name no location: their caller's op
//! does. Only exception paths pay for this.
//!
//! After the transform no block has a `LastException` switch and no link
//! targets the except block; `verify` still holds.

use flowgraph::BlockId;
use rustc_hash::FxHashMap;

use crate::excsites::Sites;
use crate::llgraph::{LlBlock, LlCase, LlConst, LlGraph, LlLink, LlOp, LlSwitch, LlValue, LlVarId};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::program::LlProgram;

/// Which graphs can raise (by index).
pub fn raising_graphs(p: &LlProgram) -> Vec<bool> {
    let mut can = vec![false; p.graphs.len()];
    loop {
        let mut changed = false;
        for (i, g) in p.graphs.iter().enumerate() {
            if can[i] {
                continue;
            }
            let raises = g.reachable_blocks().into_iter().any(|b| {
                let block = g.block(b);
                block.exits.iter().any(|l| l.target == g.except_block)
                    || block.ops.iter().any(|op| op_can_raise(p, op, &can))
            });
            if raises {
                can[i] = true;
                changed = true;
            }
        }
        if !changed {
            return can;
        }
    }
}

/// Whether `op` can raise, given which graphs can.
pub fn op_can_raise(p: &LlProgram, op: &LlOp, graphs: &[bool]) -> bool {
    match op.op {
        L::DirectCall => match op.args[0] {
            LlValue::Const(LlConst::Graph(g), _) => graphs[g.index()],
            _ => true,
        },
        L::IndirectCall => true,
        L::CallHelper => match op.args[0] {
            LlValue::Const(LlConst::Helper(h), _) => !p.helpers[h.index()].raises.is_empty(),
            _ => true,
        },
        other => !other.desc().raises.is_empty(),
    }
}

/// Transforms every graph of the program.
pub fn transform(p: &mut LlProgram) {
    crate::iterexits::transform(p);
    let can = raising_graphs(p);
    let vt = LlType::Ptr(p.vtable_type.expect("classes laid out"));
    let obj = LlType::Ptr(p.object_type.expect("classes laid out"));
    let mut graphs = std::mem::take(&mut p.graphs);
    let mut sites = Sites::new(&p.source_files, &p.raise_sites);
    for g in &mut graphs {
        transform_graph(p, g, &can, vt, obj, &mut sites);
    }
    let table = sites.finish();
    p.raise_sites = table;
    p.graphs = graphs;
}

struct Tx<'a, 's> {
    p: &'a LlProgram,
    sites: &'a mut Sites<'s>,
    /// Where the graph's function is defined (for its name).
    func: Option<flowgraph::Span>,
    fallback: String,
    can: &'a [bool],
    vt: LlType,
    obj: LlType,
    /// Block that returns a dummy value (the exception stays set); it takes
    /// the raise-location id of the op the exception leaves from.
    propagate: Option<BlockId>,
}

fn transform_graph(
    p: &LlProgram,
    g: &mut LlGraph,
    can: &[bool],
    vt: LlType,
    obj: LlType,
    sites: &mut Sites<'_>,
) {
    let mut tx = Tx {
        p,
        sites,
        func: g.span,
        fallback: g.name.clone(),
        can,
        vt,
        obj,
        propagate: None,
    };
    let blocks = g.reachable_blocks();
    for &b in &blocks {
        for op in &mut g.block_mut(b).ops {
            if op.op == L::ExcSetLocation {
                let id = tx.site(op.span);
                op.args = vec![LlValue::int(id)];
            }
        }
    }
    for b in blocks {
        if b == g.except_block || b == g.return_block {
            continue;
        }
        tx.split_block(g, b);
    }
    // Links to the except block: raise and return.
    for b in g.reachable_blocks() {
        let n = g.block(b).exits.len();
        for i in 0..n {
            if g.block(b).exits[i].target == g.except_block {
                let raise = tx.raise_block(g);
                g.block_mut(b).exits[i].target = raise;
            }
        }
    }
}

impl Tx<'_, '_> {
    /// The raise-location id of an op at `span` in this graph (-1 if
    /// unknown).
    fn site(&mut self, span: Option<flowgraph::Span>) -> i64 {
        if self.func.is_none() {
            return -1;
        }
        self.sites.id(span, self.func, &self.fallback)
    }

    /// A block taking a raise-location id, noting it and returning a dummy
    /// value of the graph's result type.
    fn propagate_block(&mut self, g: &mut LlGraph) -> BlockId {
        if let Some(b) = self.propagate {
            return b;
        }
        let loc = g.new_var(LlType::Signed, Some("raise_site".into()));
        let b = g.new_block(vec![loc]);
        let r = g.new_var(LlType::Void, None);
        g.block_mut(b).ops.push(LlOp {
            op: L::ExcNoteLocation,
            args: vec![LlValue::Var(loc)],
            result: r,
            span: None,
        });
        let rt = g.result_type();
        let dummy = LlValue::Const(crate::rconst::zero_of(rt), rt);
        let ret = g.return_block;
        g.block_mut(b).exits.push(LlLink {
            args: vec![dummy],
            target: ret,
            case: LlCase::Default,
            exc_vars: None,
        });
        self.propagate = Some(b);
        b
    }

    /// A block taking `(vtable, instance)` that raises them and returns.
    fn raise_block(&mut self, g: &mut LlGraph) -> BlockId {
        let et = g.new_var(self.vt, Some("etype".into()));
        let ev = g.new_var(self.obj, Some("evalue".into()));
        let b = g.new_block(vec![et, ev]);
        let r = g.new_var(LlType::Void, None);
        g.block_mut(b).ops.push(LlOp {
            op: L::ExcRaise,
            args: vec![LlValue::Var(et), LlValue::Var(ev)],
            result: r,
            span: None,
        });
        let prop = self.propagate_block(g);
        g.block_mut(b).exits.push(LlLink {
            args: vec![LlValue::int(-1)],
            target: prop,
            case: LlCase::Default,
            exc_vars: None,
        });
        b
    }

    /// Splits `b` after each op that can raise.
    fn split_block(&mut self, g: &mut LlGraph, b: BlockId) {
        let block = std::mem::replace(
            g.block_mut(b),
            LlBlock {
                inputargs: Vec::new(),
                ops: Vec::new(),
                switch: LlSwitch::None,
                exits: Vec::new(),
            },
        );
        let protected_from = match block.switch {
            LlSwitch::LastException { from } => Some(from),
            _ => None,
        };
        let (final_switch, mut final_exits, exc_exits) = match protected_from {
            Some(_) => {
                let mut exits = block.exits;
                let rest = exits.split_off(1);
                (LlSwitch::None, exits, rest)
            }
            None => (block.switch, block.exits, Vec::new()),
        };
        let mut final_switch = final_switch;
        let all_ops = block.ops;
        let mut renames = Renames::default();
        let mut cur = b;
        let mut cur_inputs = block.inputargs;
        let mut ops: Vec<LlOp> = Vec::new();
        for (i, op) in all_ops.iter().enumerate() {
            let mut op = op.clone();
            rename_values(&mut op.args, &renames);
            let raises = op_can_raise(self.p, &op, self.can);
            ops.push(op.clone());
            if !raises {
                continue;
            }
            let protected = protected_from.is_some_and(|f| i >= f);
            // Variables (current names) used after this op.
            let mut used = FxHashMap::default();
            collect_uses(&all_ops[i + 1..], &final_exits, &final_switch, &mut used);
            // The exception exits leave from the protected ops at the end
            // of the block: what they use stays live through every split
            // before them too.
            if protected_from.is_some() {
                collect_link_uses(&exc_exits, &mut used);
            }
            let live: Vec<LlVarId> = cur_inputs
                .iter()
                .copied()
                .chain(ops.iter().map(|o| o.result))
                .filter(|v| {
                    let orig = renames.original_of(*v);
                    used.contains_key(&orig)
                })
                .collect();
            let flag = g.new_var(LlType::Bool, None);
            ops.push(LlOp {
                op: L::ExcOccurred,
                args: vec![],
                result: flag,
                span: op.span,
            });
            let site = self.site(op.span);
            let handler = if protected {
                let target = self.dispatch_block(g, &exc_exits, &live, &renames, site);
                (target, live.iter().map(|v| LlValue::Var(*v)).collect())
            } else {
                (self.propagate_block(g), vec![LlValue::int(site)])
            };
            let mut next_inputs = Vec::new();
            for v in &live {
                let nv = g.new_var(g.var_type(*v), g.vars[v.index()].name.clone());
                let orig = renames.original_of(*v);
                renames.insert(orig, nv);
                next_inputs.push(nv);
            }
            let next = g.new_block(next_inputs.clone());
            let blk = g.block_mut(cur);
            blk.inputargs = cur_inputs;
            blk.ops = std::mem::take(&mut ops);
            blk.switch = LlSwitch::Value(LlValue::Var(flag));
            blk.exits = vec![
                LlLink {
                    args: handler.1,
                    target: handler.0,
                    case: LlCase::Const(LlConst::Bool(true)),
                    exc_vars: None,
                },
                LlLink {
                    args: live.iter().map(|v| LlValue::Var(*v)).collect(),
                    target: next,
                    case: LlCase::Const(LlConst::Bool(false)),
                    exc_vars: None,
                },
            ];
            cur = next;
            cur_inputs = next_inputs;
        }
        for link in &mut final_exits {
            rename_values(&mut link.args, &renames);
        }
        if let LlSwitch::Value(v) = &mut final_switch {
            rename_value(v, &renames);
        }
        let blk = g.block_mut(cur);
        blk.inputargs = cur_inputs;
        blk.ops = ops;
        blk.switch = final_switch;
        blk.exits = final_exits;
    }

    /// The handler dispatch of a protected op: tests the exception exits'
    /// classes in order; the block takes `live` (current names).
    fn dispatch_block(
        &mut self,
        g: &mut LlGraph,
        exc_exits: &[LlLink],
        live: &[LlVarId],
        renames: &Renames,
        site: i64,
    ) -> BlockId {
        // Each test block receives copies of the live variables.
        let copy = |g: &mut LlGraph| -> (Vec<LlVarId>, FxHashMap<LlVarId, LlVarId>) {
            let mut map = FxHashMap::default();
            let mut ins = Vec::new();
            for v in live {
                let nv = g.new_var(g.var_type(*v), g.vars[v.index()].name.clone());
                map.insert(renames.original_of(*v), nv);
                ins.push(nv);
            }
            (ins, map)
        };
        let (ins, map) = copy(g);
        let first = g.new_block(ins);
        let note = g.new_var(LlType::Void, None);
        g.block_mut(first).ops.push(LlOp {
            op: L::ExcNoteLocation,
            args: vec![LlValue::int(site)],
            result: note,
            span: None,
        });
        // Only the type is fetched for the tests: the instance of a builtin
        // exception raised by the runtime is built lazily, and only handlers
        // that use it (`except E as e`, re-raise, `finally`) fetch it.
        let et = g.new_var(self.vt, Some("etype".into()));
        g.block_mut(first).ops.push(LlOp {
            op: L::ExcFetchType,
            args: vec![],
            result: et,
            span: None,
        });
        // Thread (live..., et) through the chain of tests.
        let mut cur = first;
        let mut cur_map = map;
        let mut cur_et = et;
        for link in exc_exits {
            let LlCase::Exception(vt_id) = link.case else {
                continue;
            };
            let m = g.new_var(LlType::Bool, None);
            g.block_mut(cur).ops.push(LlOp {
                op: L::ExcMatches,
                args: vec![
                    LlValue::Var(cur_et),
                    LlValue::Const(LlConst::Prebuilt(vt_id), self.vt),
                ],
                result: m,
                span: None,
            });
            // Matched: fetch the instance if the handler uses it, clear the
            // state and enter the handler.
            let hit = g.new_block(vec![]);
            let (xt, xv) = link.exc_vars.expect("exception exits bind the exception");
            let hev = g.new_var(self.obj, Some("evalue".into()));
            if link.args.contains(&LlValue::Var(xv)) {
                g.block_mut(hit).ops.push(LlOp {
                    op: L::ExcFetchValue,
                    args: vec![],
                    result: hev,
                    span: None,
                });
            }
            let clear = g.new_var(LlType::Void, None);
            g.block_mut(hit).ops.push(LlOp {
                op: L::ExcClear,
                args: vec![],
                result: clear,
                span: None,
            });
            let (hit_ins, hit_map) = copy(g);
            let het = g.new_var(self.vt, Some("etype".into()));
            let mut ins = hit_ins;
            ins.push(het);
            g.block_mut(hit).inputargs = ins;
            let mut args: Vec<LlValue> = link.args.clone();
            for a in &mut args {
                match a {
                    LlValue::Var(v) if *v == xt => *a = LlValue::Var(het),
                    LlValue::Var(v) if *v == xv => *a = LlValue::Var(hev),
                    LlValue::Var(v) => {
                        if let Some(n) = hit_map.get(v) {
                            *a = LlValue::Var(*n);
                        }
                    }
                    _ => {}
                }
            }
            g.block_mut(hit).exits.push(LlLink {
                args,
                target: link.target,
                case: LlCase::Default,
                exc_vars: None,
            });
            // Not matched: the next test.
            let (miss_ins, miss_map) = copy(g);
            let met = g.new_var(self.vt, Some("etype".into()));
            let mut mins = miss_ins;
            mins.push(met);
            let miss = g.new_block(mins);
            let pass: Vec<LlValue> = live
                .iter()
                .map(|v| LlValue::Var(cur_map[&renames.original_of(*v)]))
                .chain([LlValue::Var(cur_et)])
                .collect();
            let blk = g.block_mut(cur);
            blk.switch = LlSwitch::Value(LlValue::Var(m));
            blk.exits = vec![
                LlLink {
                    args: pass.clone(),
                    target: hit,
                    case: LlCase::Const(LlConst::Bool(true)),
                    exc_vars: None,
                },
                LlLink {
                    args: pass,
                    target: miss,
                    case: LlCase::Const(LlConst::Bool(false)),
                    exc_vars: None,
                },
            ];
            cur = miss;
            cur_map = miss_map;
            cur_et = met;
        }
        // No handler matched: the exception stays set; return.
        let prop = self.propagate_block(g);
        g.block_mut(cur).exits = vec![LlLink {
            args: vec![LlValue::int(-1)],
            target: prop,
            case: LlCase::Default,
            exc_vars: None,
        }];
        let _ = cur_et;
        first
    }
}

/// Variables renamed by block splits: original → current and back.
#[derive(Default)]
struct Renames {
    current: FxHashMap<LlVarId, LlVarId>,
    original: FxHashMap<LlVarId, LlVarId>,
}

impl Renames {
    fn insert(&mut self, orig: LlVarId, new: LlVarId) {
        self.current.insert(orig, new);
        self.original.insert(new, orig);
    }
    /// The original variable a renamed one stands for.
    fn original_of(&self, v: LlVarId) -> LlVarId {
        self.original.get(&v).copied().unwrap_or(v)
    }
}

fn rename_value(v: &mut LlValue, renames: &Renames) {
    if let LlValue::Var(x) = v {
        if let Some(n) = renames.current.get(x) {
            *x = *n;
        }
    }
}

fn rename_values(vs: &mut [LlValue], renames: &Renames) {
    for v in vs {
        rename_value(v, renames);
    }
}

fn note_use(v: &LlValue, used: &mut FxHashMap<LlVarId, ()>) {
    if let LlValue::Var(x) = v {
        used.insert(*x, ());
    }
}

/// Original variables used by `ops`, the switch and the links.
fn collect_uses(
    ops: &[LlOp],
    exits: &[LlLink],
    switch: &LlSwitch,
    used: &mut FxHashMap<LlVarId, ()>,
) {
    for op in ops {
        for a in &op.args {
            note_use(a, used);
        }
    }
    if let LlSwitch::Value(v) = switch {
        note_use(v, used);
    }
    collect_link_uses(exits, used);
}

fn collect_link_uses(exits: &[LlLink], used: &mut FxHashMap<LlVarId, ()>) {
    for l in exits {
        for a in &l.args {
            note_use(a, used);
        }
    }
}
