//! Removal of redundant loads: a `getfield(x, f)` after a `getfield(x, f)`
//! or `setfield(x, f, v)` with nothing in between that may write that
//! field reuses the earlier value; likewise `getarraysize` (an array's
//! length never changes), `getarrayitem` (until an item store or a call
//! that may write items) and `check_index`/`check_index_nonneg` of the same
//! index and length (pure: the second cannot fail, so its `exc_occurred()`
//! test folds too).
//!
//! Known values flow within a block and along chains of blocks entered by
//! a single link (the exception transform splits a block after every op
//! that can raise, so these chains are the "extended blocks" of the source
//! code). A value defined in an earlier block of the chain is passed along
//! the chain's links as a new block argument when it is reused.
//!
//! What may write a field: a `setfield` of the same field (same declaring
//! struct, see [`crate::effects::FieldRoot`]) on any object, a call of a
//! graph whose write summary names that field, an indirect call, a helper
//! given a GC pointer. Immutable fields (typeptrs, fields only written at
//! initialization, string lengths) survive everything. Loads of immutable
//! fields of prebuilt objects (vtables: method slots, class ranges) become
//! the prebuilt constant; `cast_ptr` of a constant is the constant, and an
//! `indirect_call` of a constant function pointer becomes a `direct_call`.

use flowgraph::BlockId;
use rtyper::llgraph::{LlCase, LlConst, LlGraph, LlOp, LlSwitch, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::LlProgram;
use rustc_hash::FxHashMap;

use crate::effects::{
    field_index, fold_const_switch, pointee, simplify_args, single_preds, Facts, FieldRoot,
};

/// What the pass did.
#[derive(Default, Debug)]
pub struct Stats {
    pub loads: usize,
    pub consts: usize,
    pub checks: usize,
    pub calls: usize,
}

pub fn run(p: &mut LlProgram) -> Stats {
    let facts = Facts::new(p);
    let mut graphs = std::mem::take(&mut p.graphs);
    let mut stats = Stats::default();
    for g in &mut graphs {
        Pass::new(p, &facts, g, &mut stats).run();
    }
    p.graphs = graphs;
    if crate::effects::stats_enabled() {
        eprintln!(
            "loads: {} loads reused, {} constant loads folded, {} index checks removed, {} indirect calls made direct",
            stats.loads, stats.consts, stats.checks, stats.calls
        );
    }
    stats
}

/// A value as identity: a variable where it was first defined, or a
/// constant (by bit pattern and type).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Key {
    Var(LlVarId),
    Const(u8, u64, LlType),
}

fn const_key(c: &LlConst, t: LlType) -> Key {
    let (tag, bits) = match *c {
        LlConst::Void => (0, 0),
        LlConst::Bool(b) => (1, b as u64),
        LlConst::Int(i) => (2, i as u64),
        LlConst::Float(f) => (3, f.to_bits()),
        LlConst::Char(c) => (4, c as u64),
        LlConst::Null => (5, 0),
        LlConst::Prebuilt(p) => (6, p.0 as u64),
        LlConst::Graph(g) => (7, g.0 as u64),
        LlConst::Field(i) => (8, i as u64),
        LlConst::Type(t) => (9, t.0 as u64),
        LlConst::Helper(h) => (10, h.0 as u64),
        LlConst::Text(s) => (11, s.as_ptr() as u64),
    };
    Key::Const(tag, bits, t)
}

/// Known values at one point: each maps to the value (a constant, or the
/// defining variable of the value).
#[derive(Clone, Default)]
struct State {
    fields: FxHashMap<(Key, FieldRoot), LlValue>,
    sizes: FxHashMap<Key, LlValue>,
    items: FxHashMap<(Key, Key), LlValue>,
    checks: FxHashMap<CheckKey, LlValue>,
}

/// An index check: the op and its index and length.
type CheckKey = (L, Key, Key);

struct Pass<'a> {
    p: &'a LlProgram,
    facts: &'a Facts,
    g: &'a mut LlGraph,
    stats: &'a mut Stats,
    /// The defining variable of each variable's value (same type).
    canon: FxHashMap<LlVarId, LlVarId>,
    /// The object identity of a pointer: as `canon`, and through casts.
    ident: FxHashMap<LlVarId, LlVarId>,
    /// Block of each variable's definition.
    def_block: Vec<Option<BlockId>>,
    /// (block, defining variable) -> the block's variable holding it.
    holder: FxHashMap<(BlockId, LlVarId), LlVarId>,
    preds: Vec<Option<(BlockId, usize)>>,
    /// Whether values were passed along new block arguments.
    threaded: bool,
}

impl<'a> Pass<'a> {
    fn new(p: &'a LlProgram, facts: &'a Facts, g: &'a mut LlGraph, stats: &'a mut Stats) -> Self {
        let order = g.reachable_blocks();
        let preds = single_preds(g, &order);
        let mut def_block = vec![None; g.vars.len()];
        for &b in &order {
            let block = g.block(b);
            for v in &block.inputargs {
                def_block[v.index()] = Some(b);
            }
            for op in &block.ops {
                def_block[op.result.index()] = Some(b);
            }
        }
        Pass {
            p,
            facts,
            g,
            stats,
            canon: FxHashMap::default(),
            ident: FxHashMap::default(),
            def_block,
            holder: FxHashMap::default(),
            preds,
            threaded: false,
        }
    }

    fn key(&self, v: &LlValue) -> Key {
        match v {
            LlValue::Var(x) => Key::Var(self.ident_of(*x)),
            LlValue::Const(c, t) => const_key(c, *t),
        }
    }

    fn ident_of(&self, x: LlVarId) -> LlVarId {
        self.ident
            .get(&x)
            .or_else(|| self.canon.get(&x))
            .copied()
            .unwrap_or(x)
    }

    /// The value `v` (a constant or a defining variable) as a value of
    /// block `b`, passed along the single-link chain into `b` if needed.
    fn local(&mut self, b: BlockId, v: &LlValue) -> Option<LlValue> {
        let LlValue::Var(x) = v else {
            return Some(v.clone());
        };
        let x = *x;
        // Walk up the chain to a block that has the value...
        let mut chain = Vec::new();
        let mut at = b;
        let mut have = loop {
            if self.def_block.get(x.index()).copied().flatten() == Some(at) {
                break x;
            }
            if let Some(h) = self.holder.get(&(at, x)) {
                break *h;
            }
            let (pb, li) = self.preds[at.index()]?;
            chain.push((at, pb, li));
            at = pb;
        };
        // ...then pass it down as a new argument of each link.
        let ty = self.g.var_type(x);
        let name = self.g.vars[x.index()].name.clone();
        for (blk, pb, li) in chain.into_iter().rev() {
            let t = self.g.new_var(ty, name.clone());
            self.def_block.push(Some(blk));
            self.g.block_mut(pb).exits[li].args.push(LlValue::Var(have));
            self.g.block_mut(blk).inputargs.push(t);
            self.canon.insert(t, x);
            let i = self.ident_of(x);
            self.ident.insert(t, i);
            self.holder.insert((blk, x), t);
            self.threaded = true;
            have = t;
        }
        Some(LlValue::Var(have))
    }

    fn run(&mut self) {
        let order = self.g.reachable_blocks();
        let mut out: FxHashMap<BlockId, (State, Option<CheckKey>)> = FxHashMap::default();
        for &b in &order {
            let st = match self.preds[b.index()] {
                Some((pb, li)) => match out.get(&pb) {
                    Some((st, failed)) => {
                        let mut st = st.clone();
                        // On the exception exit of a check, it failed.
                        let exc_exit =
                            self.g.block(pb).exits[li].case == LlCase::Const(LlConst::Bool(true));
                        if let (true, Some(k)) = (exc_exit, failed) {
                            st.checks.remove(k);
                        }
                        st
                    }
                    None => State::default(),
                },
                None => State::default(),
            };
            let st = self.block(b, st);
            out.insert(b, st);
        }
        for &b in &order {
            fold_const_switch(self.g.block_mut(b));
        }
        if self.threaded {
            simplify_args(self.g);
        }
    }

    /// A cached value for result `r` of type `rt`: the substitute of `r`
    /// (or a `cast_ptr` op producing `r`), if the types allow.
    fn reuse(
        &mut self,
        b: BlockId,
        cached: &LlValue,
        r: LlVarId,
        subst: &mut FxHashMap<LlVarId, LlValue>,
        ops: &mut Vec<LlOp>,
    ) -> bool {
        let rt = self.g.var_type(r);
        let ct = self.g.value_type(cached);
        if let LlValue::Const(c, _) = cached {
            if ct != rt && !(matches!(ct, LlType::Ptr(_)) && matches!(rt, LlType::Ptr(_))) {
                return false;
            }
            subst.insert(r, LlValue::Const(*c, rt));
            return true;
        }
        if ct != rt && !(matches!(ct, LlType::Ptr(_)) && matches!(rt, LlType::Ptr(_))) {
            return false;
        }
        let Some(local) = self.local(b, cached) else {
            return false;
        };
        if ct == rt {
            if let LlValue::Var(x) = local {
                self.canon
                    .insert(r, self.canon.get(&x).copied().unwrap_or(x));
                self.ident.insert(r, self.ident_of(x));
            }
            subst.insert(r, local);
        } else {
            ops.push(LlOp {
                op: L::CastPtr,
                args: vec![local],
                result: r,
                span: None,
            });
        }
        true
    }

    /// Rewrites block `b` entered with `st`; returns the state at its end
    /// and, when it ends testing an index check for an exception, the
    /// check (not known to hold on the exception exit).
    fn block(&mut self, b: BlockId, mut st: State) -> (State, Option<CheckKey>) {
        if let Some((pb, li)) = self.preds[b.index()] {
            let args = self.g.block(pb).exits[li].args.clone();
            let inputs = self.g.block(b).inputargs.clone();
            for (a, t) in args.iter().zip(&inputs) {
                if let LlValue::Var(x) = a {
                    let c = self.canon.get(x).copied().unwrap_or(*x);
                    self.canon.insert(*t, c);
                    let i = self.ident_of(*x);
                    self.ident.insert(*t, i);
                    self.holder.entry((b, c)).or_insert(*t);
                }
            }
        }
        let old = std::mem::take(&mut self.g.block_mut(b).ops);
        let mut ops = Vec::with_capacity(old.len());
        let mut subst: FxHashMap<LlVarId, LlValue> = FxHashMap::default();
        let mut fold_exc = false;
        let mut last_check: Option<CheckKey> = None;
        for mut op in old {
            for a in op.args.iter_mut() {
                if let LlValue::Var(x) = a {
                    if let Some(s) = subst.get(x) {
                        *a = s.clone();
                    }
                }
            }
            let r = op.result;
            let was_fold = std::mem::take(&mut fold_exc);
            if op.op != L::ExcOccurred {
                last_check = None;
            }
            match op.op {
                L::ExcOccurred if was_fold => {
                    subst.insert(r, LlValue::Const(LlConst::Bool(false), LlType::Bool));
                    continue;
                }
                L::GetField => {
                    if let (Some(t), Some(i)) =
                        (pointee(self.g, &op.args[0]), field_index(&op.args[1]))
                    {
                        let root = self.facts.root(self.p, t, i);
                        if let Some(c) = self.prebuilt_field(&op.args[0], root, i) {
                            if self.reuse(b, &c, r, &mut subst, &mut ops) {
                                self.stats.consts += 1;
                                continue;
                            }
                        }
                        let k = (self.key(&op.args[0]), root);
                        if let Some(c) = st.fields.get(&k).cloned() {
                            if self.reuse(b, &c, r, &mut subst, &mut ops) {
                                self.stats.loads += 1;
                                continue;
                            }
                        }
                        st.fields.insert(k, LlValue::Var(r));
                        ops.push(op);
                        continue;
                    }
                }
                L::SetField => {
                    if let (Some(t), Some(i)) =
                        (pointee(self.g, &op.args[0]), field_index(&op.args[1]))
                    {
                        let root = self.facts.root(self.p, t, i);
                        if !self.facts.is_immutable(root) {
                            st.fields.retain(|(_, fr), _| *fr != root);
                        }
                        let v = self.canon_value(&op.args[2]);
                        st.fields.insert((self.key(&op.args[0]), root), v);
                        ops.push(op);
                        continue;
                    }
                }
                L::GetArraySize => {
                    let k = self.key(&op.args[0]);
                    if let Some(c) = st.sizes.get(&k).cloned() {
                        if self.reuse(b, &c, r, &mut subst, &mut ops) {
                            self.stats.loads += 1;
                            continue;
                        }
                    }
                    st.sizes.insert(k, LlValue::Var(r));
                    ops.push(op);
                    continue;
                }
                L::GetArrayItem => {
                    let k = (self.key(&op.args[0]), self.key(&op.args[1]));
                    if let Some(c) = st.items.get(&k).cloned() {
                        if self.reuse(b, &c, r, &mut subst, &mut ops) {
                            self.stats.loads += 1;
                            continue;
                        }
                    }
                    st.items.insert(k, LlValue::Var(r));
                    ops.push(op);
                    continue;
                }
                L::SetArrayItem => {
                    st.items.clear();
                    let k = (self.key(&op.args[0]), self.key(&op.args[1]));
                    let v = self.canon_value(&op.args[2]);
                    st.items.insert(k, v);
                    ops.push(op);
                    continue;
                }
                L::CheckIndex | L::CheckIndexNonNeg => {
                    let k = (op.op, self.key(&op.args[0]), self.key(&op.args[1]));
                    if let Some(c) = st.checks.get(&k).cloned() {
                        if self.reuse(b, &c, r, &mut subst, &mut ops) {
                            self.stats.checks += 1;
                            fold_exc = true;
                            continue;
                        }
                    }
                    st.checks.insert(k, LlValue::Var(r));
                    last_check = Some(k);
                    ops.push(op);
                    continue;
                }
                L::CastPtr | L::SameAs => match op.args[0] {
                    LlValue::Const(c, _) if op.op == L::CastPtr => {
                        subst.insert(r, LlValue::Const(c, self.g.var_type(r)));
                        continue;
                    }
                    // The same object (or value): one identity.
                    LlValue::Var(x) => {
                        let i = self.ident_of(x);
                        self.ident.insert(r, i);
                    }
                    _ => {}
                },
                L::IndirectCall => {
                    if let LlValue::Const(LlConst::Graph(callee), _) = op.args[0] {
                        // The graphs are out of the program while this
                        // pass runs: signatures come from the facts.
                        let (params, result) = &self.facts.signatures[callee.index()];
                        let same = params.len() + 1 == op.args.len()
                            && params
                                .iter()
                                .zip(&op.args[1..])
                                .all(|(t, a)| *t == self.g.value_type(a))
                            && *result == self.g.var_type(r);
                        if same {
                            op.op = L::DirectCall;
                            op.args[0] = LlValue::void(LlConst::Graph(callee));
                            self.stats.calls += 1;
                        }
                    }
                }
                _ => {}
            }
            let w = self.facts.op_writes(self.p, self.g, &op);
            if w.all {
                let facts = self.facts;
                st.fields.retain(|(_, fr), _| facts.is_immutable(*fr));
                st.items.clear();
            } else {
                if !w.fields.is_empty() {
                    st.fields.retain(|(_, fr), _| !w.fields.contains(fr));
                }
                if w.items {
                    st.items.clear();
                }
            }
            ops.push(op);
        }
        let tested = match (ops.last(), &self.g.block(b).switch) {
            (Some(op), LlSwitch::Value(LlValue::Var(x))) => {
                op.op == L::ExcOccurred && op.result == *x
            }
            _ => false,
        };
        let failed = if tested { last_check } else { None };
        let block = self.g.block_mut(b);
        block.ops = ops;
        if let LlSwitch::Value(LlValue::Var(x)) = &block.switch {
            if let Some(s) = subst.get(x) {
                block.switch = LlSwitch::Value(s.clone());
            }
        }
        for l in block.exits.iter_mut() {
            for a in l.args.iter_mut() {
                if let LlValue::Var(x) = a {
                    if let Some(s) = subst.get(x) {
                        *a = s.clone();
                    }
                }
            }
        }
        (st, failed)
    }

    /// The value stored, as its defining variable or constant.
    fn canon_value(&self, v: &LlValue) -> LlValue {
        match v {
            LlValue::Var(x) => LlValue::Var(self.canon.get(x).copied().unwrap_or(*x)),
            c => c.clone(),
        }
    }

    /// Field `i` of a prebuilt object when the field is immutable.
    fn prebuilt_field(&self, obj: &LlValue, root: FieldRoot, i: u32) -> Option<LlValue> {
        let LlValue::Const(LlConst::Prebuilt(pb), _) = obj else {
            return None;
        };
        if !self.facts.is_immutable(root) {
            return None;
        }
        let pb = &self.p.prebuilt[pb.index()];
        let c = *pb.fields.get(i as usize)?;
        let ft = self.p.types.fields(pb.ty).get(i as usize)?.ty;
        Some(LlValue::Const(c, ft))
    }
}
