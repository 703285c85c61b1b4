//! Shared facts for malloc removal and redundant-load removal: which memory
//! an op may write (per-graph write summaries over the call graph), which
//! fields are immutable once their object is initialized, the identity of a
//! field across the flattened instance hierarchy, and the clean-up after an
//! op that could raise is removed (its `exc_occurred()` test is then false).
//!
//! Field identity: instance structs repeat their parent's fields first, so
//! field `i` of a subclass is the same memory as field `i` of the class that
//! introduced it. [`FieldRoot`] names a field by that class's struct (other
//! structs name their own fields), so two accesses may touch the same memory
//! only if their roots are equal.

use flowgraph::BlockId;
use rtyper::llgraph::{LlBlock, LlCase, LlConst, LlGraph, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::{LlType, TypeId};
use rtyper::runtime_names::HType;
use rtyper::LlProgram;
use rustc_hash::{FxHashMap, FxHashSet};

/// A field as memory: the struct that declares it and its index.
pub type FieldRoot = (TypeId, u32);

/// What the program's types look like to the two passes.
pub struct Facts {
    /// Instance struct -> its parent's instance struct.
    parent: FxHashMap<TypeId, TypeId>,
    /// Fields no op writes after the object's initialization (and no
    /// helper can write): loads of them survive calls and stores.
    immutable: FxHashSet<FieldRoot>,
    /// Items of these arrays / var-sized structs never change (strings).
    pub immutable_items: FxHashSet<TypeId>,
    /// Per graph: what a call of it may write.
    pub writes: Vec<Writes>,
    /// Per graph: its parameter types and result type (passes that take
    /// the graphs out of the program while they rewrite them still see
    /// every signature).
    pub signatures: Vec<(Vec<LlType>, LlType)>,
}

/// The memory an op (or a call, transitively) may write.
#[derive(Clone, Default, PartialEq, Debug)]
pub struct Writes {
    /// Anything mutable (helpers given pointers, indirect calls).
    pub all: bool,
    pub fields: FxHashSet<FieldRoot>,
    /// Items of arrays or var-sized parts.
    pub items: bool,
}

impl Writes {
    fn merge(&mut self, o: &Writes) {
        self.all |= o.all;
        self.items |= o.items;
        self.fields.extend(o.fields.iter().copied());
    }
    pub fn is_empty(&self) -> bool {
        !self.all && !self.items && self.fields.is_empty()
    }
}

/// Whether a helper may write program memory: only through the GC
/// pointers it is given (strings included: their hash is a cache).
pub fn helper_writes(p: &LlProgram, op_args: &[LlValue]) -> bool {
    match op_args.first() {
        Some(LlValue::Const(LlConst::Helper(h), _)) => {
            p.helpers[h.index()].params.iter().any(|t| {
                matches!(
                    t,
                    HType::Str | HType::List | HType::Array | HType::Dict | HType::GcPtr
                )
            })
        }
        _ => true,
    }
}

/// The field operand of `getfield`/`setfield`.
pub fn field_index(v: &LlValue) -> Option<u32> {
    match v {
        LlValue::Const(LlConst::Field(i), _) => Some(*i),
        _ => None,
    }
}

/// The struct a pointer value points to.
pub fn pointee(g: &LlGraph, v: &LlValue) -> Option<TypeId> {
    match g.value_type(v) {
        LlType::Ptr(t) => Some(t),
        _ => None,
    }
}

impl Facts {
    pub fn new(p: &LlProgram) -> Facts {
        let mut parent = FxHashMap::default();
        for c in &p.classes {
            if let Some(b) = c.base {
                parent.insert(c.inst_type, p.classes[b].inst_type);
            }
        }
        let mut f = Facts {
            parent,
            immutable: FxHashSet::default(),
            immutable_items: FxHashSet::default(),
            writes: Vec::new(),
            signatures: p
                .graphs
                .iter()
                .map(|g| {
                    let params = g.params().iter().map(|v| g.var_type(*v)).collect();
                    (params, g.result_type())
                })
                .collect(),
        };
        f.find_immutable(p);
        f.summarize_writes(p);
        f
    }

    /// The declaring struct of field `i` of struct `t`.
    pub fn root(&self, p: &LlProgram, mut t: TypeId, i: u32) -> FieldRoot {
        while let Some(&b) = self.parent.get(&t) {
            if (i as usize) < p.types.fields(b).len() {
                t = b;
            } else {
                break;
            }
        }
        (t, i)
    }

    pub fn is_immutable(&self, r: FieldRoot) -> bool {
        self.immutable.contains(&r)
    }

    /// Fields written only by initializing stores (into an object still
    /// fresh from its `malloc`), of types no helper is given: plus string
    /// lengths and string characters.
    fn find_immutable(&mut self, p: &LlProgram) {
        let mut late: FxHashSet<FieldRoot> = FxHashSet::default();
        let mut helper_visible: FxHashSet<TypeId> = FxHashSet::default();
        for g in &p.graphs {
            let fresh = fresh_objects(g);
            for b in g.reachable_blocks() {
                for (k, op) in g.block(b).ops.iter().enumerate() {
                    match op.op {
                        L::SetField => {
                            let (Some(t), Some(i)) =
                                (pointee(g, &op.args[0]), field_index(&op.args[1]))
                            else {
                                continue;
                            };
                            let r = self.root(p, t, i);
                            let is_fresh = match &op.args[0] {
                                LlValue::Var(v) => fresh.is_fresh(b.index(), k, *v),
                                _ => false,
                            };
                            if !is_fresh {
                                late.insert(r);
                            }
                        }
                        L::CallHelper => {
                            for a in &op.args[1..] {
                                if let Some(t) = pointee(g, a) {
                                    helper_visible.insert(t);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        for t in helper_visible {
            for i in 0..p.types.fields(t).len() as u32 {
                late.insert(self.root(p, t, i));
            }
        }
        // Fields of prebuilt objects no op writes keep their prebuilt
        // values; others are set only at birth.
        for ti in 0..p.types.defs.len() {
            let t = TypeId::new(ti);
            if Some(t) == p.str_type {
                continue;
            }
            for i in 0..p.types.fields(t).len() as u32 {
                let r = self.root(p, t, i);
                if r.0 == t && !late.contains(&r) {
                    self.immutable.insert(r);
                }
            }
        }
        if let Some(s) = p.str_type {
            for name in ["length", "nbytes"] {
                if let Some(i) = p.types.field_index(s, name) {
                    self.immutable.insert((s, i as u32));
                }
            }
            self.immutable_items.insert(s);
        }
        // Instances of types a helper sees may still have an immutable
        // typeptr (the runtime never changes an object's class).
        if let Some(o) = p.object_type {
            if !late.contains(&(o, 0)) {
                self.immutable.insert((o, 0));
            }
        }
    }

    /// What each graph may write, to a fixpoint over direct calls.
    fn summarize_writes(&mut self, p: &LlProgram) {
        let n = p.graphs.len();
        let mut local: Vec<Writes> = Vec::with_capacity(n);
        let mut callees: Vec<Vec<usize>> = Vec::with_capacity(n);
        for g in &p.graphs {
            let mut w = Writes::default();
            let mut cs = Vec::new();
            for b in g.reachable_blocks() {
                for op in &g.block(b).ops {
                    match op.op {
                        L::DirectCall => match &op.args[0] {
                            LlValue::Const(LlConst::Graph(c), _) => cs.push(c.index()),
                            _ => w.all = true,
                        },
                        _ => w.merge(&self.op_writes_local(p, g, op)),
                    }
                }
            }
            cs.sort_unstable();
            cs.dedup();
            local.push(w);
            callees.push(cs);
        }
        loop {
            let mut changed = false;
            for i in 0..n {
                let mut w = local[i].clone();
                for &c in &callees[i] {
                    if c != i {
                        w.merge(&local[c]);
                    }
                }
                if w != local[i] {
                    local[i] = w;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.writes = local;
    }

    /// What one op (not a direct call) writes.
    fn op_writes_local(&self, p: &LlProgram, g: &LlGraph, op: &rtyper::llgraph::LlOp) -> Writes {
        let mut w = Writes::default();
        match op.op {
            L::SetField => match (pointee(g, &op.args[0]), field_index(&op.args[1])) {
                (Some(t), Some(i)) => {
                    w.fields.insert(self.root(p, t, i));
                }
                _ => w.all = true,
            },
            L::SetArrayItem => w.items = true,
            L::IndirectCall => w.all = true,
            L::CallHelper => w.all = helper_writes(p, &op.args),
            _ => {}
        }
        w
    }

    /// What an op may write, calls included.
    pub fn op_writes(&self, p: &LlProgram, g: &LlGraph, op: &rtyper::llgraph::LlOp) -> Writes {
        match (op.op, &op.args.first()) {
            (L::DirectCall, Some(LlValue::Const(LlConst::Graph(c), _))) => {
                self.writes[c.index()].clone()
            }
            (L::DirectCall, _) => Writes {
                all: true,
                ..Writes::default()
            },
            _ => self.op_writes_local(p, g, op),
        }
    }
}

/// Objects still fresh from their `malloc`: nothing but initializing stores
/// has used them yet. Follows single-predecessor links (the exception
/// transform splits the block after every `malloc`).
pub struct Fresh {
    /// Per block: the fresh variables at entry, and the op index up to
    /// which each stays fresh (exclusive).
    until: FxHashMap<(usize, LlVarId), usize>,
}

impl Fresh {
    pub fn is_fresh(&self, b: usize, k: usize, v: LlVarId) -> bool {
        self.until.get(&(b, v)).is_some_and(|&u| k < u)
    }
}

pub fn fresh_objects(g: &LlGraph) -> Fresh {
    let order = g.reachable_blocks();
    let preds = single_preds(g, &order);
    let mut fresh = Fresh {
        until: FxHashMap::default(),
    };
    // Fresh variables at each block's end.
    let mut at_end: FxHashMap<usize, Vec<LlVarId>> = FxHashMap::default();
    // Preorder visits a single-predecessor block after its predecessor.
    for &b in &order {
        let block = g.block(b);
        let mut open: Vec<LlVarId> = Vec::new();
        if let Some((pb, li)) = preds[b.index()] {
            let l = &g.block(pb).exits[li];
            if let Some(end) = at_end.get(&pb.index()) {
                for (a, t) in l.args.iter().zip(&block.inputargs) {
                    if let LlValue::Var(v) = a {
                        let once = l.args.iter().filter(|x| *x == a).count() == 1;
                        if end.contains(v) && once {
                            open.push(*t);
                        }
                    }
                }
            }
        }
        for v in &open {
            fresh.until.insert((b.index(), *v), block.ops.len());
        }
        for (k, op) in block.ops.iter().enumerate() {
            // Any use other than as the object of a setfield ends freshness.
            for (ai, a) in op.args.iter().enumerate() {
                if let LlValue::Var(v) = a {
                    let init_store = op.op == L::SetField && ai == 0;
                    if !init_store && open.contains(v) {
                        fresh.until.insert((b.index(), *v), k);
                        open.retain(|x| x != v);
                    }
                }
            }
            if op.op == L::Malloc {
                open.push(op.result);
                fresh.until.insert((b.index(), op.result), block.ops.len());
            }
        }
        at_end.insert(b.index(), open);
    }
    fresh
}

/// For each block entered by exactly one link (and not the start block):
/// that link, as (source block, exit index).
pub fn single_preds(g: &LlGraph, order: &[BlockId]) -> Vec<Option<(BlockId, usize)>> {
    let mut count = vec![0usize; g.blocks.len()];
    let mut which = vec![None; g.blocks.len()];
    for &b in order {
        for (i, l) in g.block(b).exits.iter().enumerate() {
            count[l.target.index()] += 1;
            which[l.target.index()] = Some((b, i));
        }
    }
    (0..g.blocks.len())
        .map(|i| {
            if count[i] == 1 && i != g.start.index() {
                which[i]
            } else {
                None
            }
        })
        .collect()
}

/// Op `k` of `block` was removed and could raise: if the next op is its
/// `exc_occurred()` test, the test is false now. Removes it (the caller has
/// already removed op `k`, so the test is at index `k`) and keeps only the
/// switch's false exit. Returns whether it did.
pub fn drop_exc_check(block: &mut LlBlock, k: usize) -> bool {
    let Some(op) = block.ops.get(k) else {
        return false;
    };
    if op.op != L::ExcOccurred || k + 1 != block.ops.len() {
        return false;
    }
    let r = op.result;
    if block.switch != LlSwitch::Value(LlValue::Var(r)) {
        return false;
    }
    let used_on_links = block
        .exits
        .iter()
        .any(|l| l.args.iter().any(|a| *a == LlValue::Var(r)));
    if used_on_links {
        return false;
    }
    block.ops.pop();
    let keep = block
        .exits
        .iter()
        .position(|l| l.case == LlCase::Const(LlConst::Bool(false)))
        .or_else(|| block.exits.iter().position(|l| l.case == LlCase::Default));
    let Some(keep) = keep else {
        block.switch = LlSwitch::Unreachable;
        block.exits.clear();
        return true;
    };
    let mut link = block.exits.swap_remove(keep);
    link.case = LlCase::Default;
    block.exits = vec![link];
    block.switch = LlSwitch::None;
    true
}

/// A switch on a value that became a constant keeps only the exit taken.
pub fn fold_const_switch(block: &mut LlBlock) {
    let LlSwitch::Value(LlValue::Const(c, _)) = &block.switch else {
        return;
    };
    let c = *c;
    let keep = block
        .exits
        .iter()
        .position(|l| l.case == LlCase::Const(c))
        .or_else(|| block.exits.iter().position(|l| l.case == LlCase::Default));
    match keep {
        Some(k) => {
            let mut link = block.exits.swap_remove(k);
            link.case = LlCase::Default;
            block.exits = vec![link];
            block.switch = LlSwitch::None;
        }
        None => {
            block.exits.clear();
            block.switch = LlSwitch::Unreachable;
        }
    }
}

/// The zero value of a field type (what `malloc` stores).
pub fn zero(t: LlType) -> LlValue {
    let c = match t {
        LlType::Void => LlConst::Void,
        LlType::Bool => LlConst::Bool(false),
        LlType::Float => LlConst::Float(0.0),
        LlType::Char | LlType::UniChar => LlConst::Char(0),
        LlType::Ptr(_) | LlType::FuncPtr(_) => LlConst::Null,
        _ => LlConst::Int(0),
    };
    LlValue::Const(c, t)
}

/// Whether `RPY_BACKENDOPT_STATS` asks for statistics on stderr.
pub fn stats_enabled() -> bool {
    std::env::var_os("RPY_BACKENDOPT_STATS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Cleans block arguments after a rewrite: an argument that every incoming
/// link passes the same value as an earlier one is replaced by that one,
/// and an argument its block does not use is dropped (with the links'
/// values). Not for the start or return block.
pub fn simplify_args(g: &mut LlGraph) {
    for _ in 0..8 {
        let order = g.reachable_blocks();
        let mut incoming: Vec<Vec<(BlockId, usize)>> = vec![Vec::new(); g.blocks.len()];
        for &b in &order {
            for (i, l) in g.block(b).exits.iter().enumerate() {
                incoming[l.target.index()].push((b, i));
            }
        }
        let mut changed = false;
        for &b in order.iter().rev() {
            if b == g.start || b == g.return_block || b == g.except_block {
                continue;
            }
            let links = &incoming[b.index()];
            let n = g.block(b).inputargs.len();
            let arg = |g: &LlGraph, (pb, li): (BlockId, usize), i: usize| {
                g.block(pb).exits[li].args[i].clone()
            };
            let mut replace: Vec<Option<usize>> = vec![None; n];
            for j in 0..n {
                for i in 0..j {
                    if replace[i].is_none() && links.iter().all(|&l| arg(g, l, i) == arg(g, l, j)) {
                        replace[j] = Some(i);
                        break;
                    }
                }
            }
            let inputs = g.block(b).inputargs.clone();
            let sub: FxHashMap<LlVarId, LlValue> = replace
                .iter()
                .enumerate()
                .filter_map(|(j, r)| r.map(|i| (inputs[j], LlValue::Var(inputs[i]))))
                .collect();
            let block = g.block_mut(b);
            if !sub.is_empty() {
                let fix = |a: &mut LlValue| {
                    if let LlValue::Var(x) = a {
                        if let Some(s) = sub.get(x) {
                            *a = s.clone();
                        }
                    }
                };
                block
                    .ops
                    .iter_mut()
                    .for_each(|op| op.args.iter_mut().for_each(fix));
                if let LlSwitch::Value(v) = &mut block.switch {
                    fix(v);
                }
                block
                    .exits
                    .iter_mut()
                    .for_each(|l| l.args.iter_mut().for_each(fix));
            }
            let mut used: FxHashSet<LlVarId> = FxHashSet::default();
            for op in &block.ops {
                used.extend(op.args.iter().filter_map(|a| a.as_var()));
            }
            if let LlSwitch::Value(LlValue::Var(v)) = &block.switch {
                used.insert(*v);
            }
            for l in &block.exits {
                used.extend(l.args.iter().filter_map(|a| a.as_var()));
            }
            let keep: Vec<bool> = inputs.iter().map(|v| used.contains(v)).collect();
            if keep.iter().all(|k| *k) {
                changed |= !sub.is_empty();
                continue;
            }
            changed = true;
            let mut it = keep.iter();
            block
                .inputargs
                .retain(|_| *it.next().expect("one flag per argument"));
            for &(pb, li) in links {
                let l = &mut g.block_mut(pb).exits[li];
                let mut it = keep.iter();
                l.args
                    .retain(|_| *it.next().expect("one flag per argument"));
            }
        }
        if !changed {
            break;
        }
    }
}
