//! Removal of dead zero stores: `malloc` and `malloc_varsize` return zeroed
//! memory, so a `setfield(o, f, 0/null/false)` (or `setarrayitem(o, i, 0)`)
//! on an object `o` whose field `f` (or whose items) nothing has written
//! since its allocation stores what is already there: the op goes.
//!
//! A collection in between changes nothing: it moves the object with its
//! contents (the pass runs before the GC transform, so the variable still
//! names the object). What can write the object: `setfield`/`setarrayitem`
//! through any of its names (`cast_ptr`/`same_as` copies in the block, the
//! block arguments it is passed as); fields are compared by their declaring
//! struct ([`crate::effects::FieldRoot`]), so a store through an upcast
//! name is seen. Any other use of the object (an argument of a call or a
//! helper, a value stored somewhere, `select`) lets unknown code write it:
//! the pass stops tracking it there.
//!
//! Across blocks: a forward "must" analysis over block arguments, from the
//! allocation to a fixpoint. An argument is tracked when every incoming link
//! passes a tracked object (the fields possibly written are the union) and
//! the same set of the block's arguments names that object on every link
//! (inlining passes an object both as the callee's parameter and as the
//! caller's live value): a write through one name is seen through all.

use flowgraph::BlockId;
use rtyper::llgraph::{LlConst, LlGraph, LlOp, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::LlProgram;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::effects::{field_index, pointee, zero, Facts, FieldRoot};
use crate::util::same_const;

/// What may have been written into a tracked object since its allocation.
#[derive(Clone, Default, PartialEq, Debug)]
struct Written {
    fields: FxHashSet<FieldRoot>,
    items: bool,
}

impl Written {
    fn union(&mut self, o: &Written) {
        self.fields.extend(o.fields.iter().copied());
        self.items |= o.items;
    }
}

/// A block argument's state at entry: not reached yet, not tracked, or a
/// fresh object with what may have been written and the arguments that
/// name the same object (its group, sorted; the same on every path).
#[derive(Clone, PartialEq, Debug)]
enum Arg {
    Unreached,
    Untracked,
    Fresh(Vec<usize>, Written),
}

impl Arg {
    fn meet(&mut self, o: Arg) {
        *self = match (std::mem::replace(self, Arg::Untracked), o) {
            (Arg::Unreached, x) | (x, Arg::Unreached) => x,
            (Arg::Fresh(ga, mut a), Arg::Fresh(gb, b)) if ga == gb => {
                a.union(&b);
                Arg::Fresh(ga, a)
            }
            _ => Arg::Untracked,
        };
    }
}

/// Untracks every argument whose group holds an untracked one: a write
/// through the untracked name would not be seen.
fn make_consistent(args: &mut [Arg]) {
    loop {
        let bad: Vec<usize> = (0..args.len())
            .filter(|&i| match &args[i] {
                Arg::Fresh(group, _) => group.iter().any(|&j| !matches!(args[j], Arg::Fresh(..))),
                _ => false,
            })
            .collect();
        if bad.is_empty() {
            return;
        }
        for i in bad {
            args[i] = Arg::Untracked;
        }
    }
}

/// Removes dead zero stores in every graph; returns how many went.
pub fn run(p: &mut LlProgram) -> usize {
    let facts = Facts::new(p);
    let mut graphs = std::mem::take(&mut p.graphs);
    let mut removed = 0;
    for g in &mut graphs {
        removed += run_graph(p, &facts, g);
    }
    p.graphs = graphs;
    if crate::effects::stats_enabled() {
        eprintln!("zerostores: {removed} stores of zero into fresh objects removed");
    }
    removed
}

/// The walk over one block: tracked objects and the names they have.
struct Walk {
    /// Variable -> object (index into `objs`).
    names: FxHashMap<LlVarId, usize>,
    /// Per object: what may be written, or None once it escaped.
    objs: Vec<Option<Written>>,
}

impl Walk {
    fn obj(&self, v: &LlValue) -> Option<usize> {
        match v {
            LlValue::Var(x) => self
                .names
                .get(x)
                .copied()
                .filter(|&o| self.objs[o].is_some()),
            LlValue::Const(..) => None,
        }
    }

    fn escape(&mut self, v: &LlValue) {
        if let Some(o) = self.obj(v) {
            self.objs[o] = None;
        }
    }

    /// Steps over `op`; returns true when it is a dead zero store.
    fn step(&mut self, p: &LlProgram, facts: &Facts, g: &LlGraph, op: &LlOp) -> bool {
        match op.op {
            L::Malloc | L::MallocVarsize => {
                self.escape_args(op, 0);
                self.names.insert(op.result, self.objs.len());
                self.objs.push(Some(Written::default()));
                false
            }
            L::CastPtr | L::SameAs => {
                if let Some(o) = op.args.first().and_then(|a| self.obj(a)) {
                    self.names.insert(op.result, o);
                }
                false
            }
            L::GetField | L::GetArrayItem | L::GetArraySize => {
                self.escape_args(op, 1);
                false
            }
            L::SetField => {
                self.escape_args(op, 1);
                let Some(o) = self.obj(&op.args[0]) else {
                    return false;
                };
                let (Some(t), Some(i)) = (pointee(g, &op.args[0]), field_index(&op.args[1])) else {
                    self.objs[o] = None;
                    return false;
                };
                let root = facts.root(p, t, i);
                let w = self.objs[o].as_mut().expect("tracked");
                if is_zero(g, &op.args[2]) && !w.fields.contains(&root) {
                    return true;
                }
                w.fields.insert(root);
                false
            }
            L::SetArrayItem => {
                self.escape_args(op, 1);
                let Some(o) = self.obj(&op.args[0]) else {
                    return false;
                };
                let w = self.objs[o].as_mut().expect("tracked");
                if is_zero(g, &op.args[2]) && !w.items {
                    return true;
                }
                w.items = true;
                false
            }
            _ => {
                self.escape_args(op, 0);
                false
            }
        }
    }

    /// Every argument from `from` on escapes.
    fn escape_args(&mut self, op: &LlOp, from: usize) {
        for a in op.args.iter().skip(from) {
            self.escape(a);
        }
    }
}

/// A constant equal to the zero of its type (what `malloc` leaves there).
fn is_zero(g: &LlGraph, v: &LlValue) -> bool {
    matches!(v, LlValue::Const(..)) && same_const(v, &zero(g.value_type(v)))
}

/// The walk state at the entry of block `b` given its arguments' states.
fn entry_walk(g: &LlGraph, b: BlockId, args: &[Arg]) -> Walk {
    let mut w = Walk {
        names: FxHashMap::default(),
        objs: Vec::new(),
    };
    let inputs = &g.block(b).inputargs;
    for (i, a) in args.iter().enumerate() {
        if let Arg::Fresh(group, written) = a {
            // The group's first argument makes the object; the others name it.
            if group[0] == i {
                let o = w.objs.len();
                w.objs.push(Some(written.clone()));
                for &j in group {
                    w.names.insert(inputs[j], o);
                }
            }
        }
    }
    w
}

fn run_graph(p: &LlProgram, facts: &Facts, g: &mut LlGraph) -> usize {
    let order = g.reachable_blocks();
    let mut state: Vec<Vec<Arg>> = g
        .blocks
        .iter()
        .map(|b| vec![Arg::Unreached; b.inputargs.len()])
        .collect();
    state[g.start.index()]
        .iter_mut()
        .for_each(|a| *a = Arg::Untracked);
    loop {
        let mut changed = false;
        for &b in &order {
            if state[b.index()].iter().any(|a| *a == Arg::Unreached) {
                continue;
            }
            let mut w = entry_walk(g, b, &state[b.index()]);
            for op in &g.block(b).ops {
                w.step(p, facts, g, op);
            }
            for l in &g.block(b).exits {
                if l.target == g.return_block {
                    continue;
                }
                let objs: Vec<Option<usize>> = l.args.iter().map(|a| w.obj(a)).collect();
                let mut next = state[l.target.index()].clone();
                for (i, o) in objs.iter().enumerate() {
                    let new = match o {
                        Some(o) => {
                            let group = (0..objs.len()).filter(|&j| objs[j] == Some(*o)).collect();
                            Arg::Fresh(group, w.objs[*o].clone().expect("tracked"))
                        }
                        None => Arg::Untracked,
                    };
                    next[i].meet(new);
                }
                make_consistent(&mut next);
                if next != state[l.target.index()] {
                    state[l.target.index()] = next;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    // A removed store's Void result may still be passed on a link: it is
    // then defined by `same_as(void)` instead.
    let mut used: FxHashSet<LlVarId> = FxHashSet::default();
    for &b in &order {
        let block = g.block(b);
        for a in block
            .ops
            .iter()
            .flat_map(|o| &o.args)
            .chain(block.exits.iter().flat_map(|l| &l.args))
        {
            if let LlValue::Var(v) = a {
                used.insert(*v);
            }
        }
        if let LlSwitch::Value(LlValue::Var(v)) = &block.switch {
            used.insert(*v);
        }
    }
    let mut removed = 0;
    for &b in &order {
        let mut w = entry_walk(g, b, &state[b.index()]);
        let ops = std::mem::take(&mut g.block_mut(b).ops);
        let mut kept = Vec::with_capacity(ops.len());
        for op in ops {
            if w.step(p, facts, g, &op) {
                removed += 1;
                if used.contains(&op.result) {
                    kept.push(LlOp {
                        op: L::SameAs,
                        args: vec![LlValue::Const(LlConst::Void, LlType::Void)],
                        result: op.result,
                        span: op.span,
                    });
                }
            } else {
                kept.push(op);
            }
        }
        g.block_mut(b).ops = kept;
    }
    removed
}
