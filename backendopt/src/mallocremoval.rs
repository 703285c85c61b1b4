//! Malloc removal (scalar replacement): a fixed-size GC struct allocated by
//! `malloc` whose pointer never escapes its graph becomes one variable per
//! field.
//!
//! A *lifetime* is a set of pointer variables joined by links (argument ->
//! target input argument) and by `same_as`/`cast_ptr`. It is removable when
//! every variable in it comes from a `malloc` of one struct type, a block
//! input argument or an alias op; and every use is the object of a
//! `getfield`/`setfield`, a null test, a pointer comparison, `instance_of`
//! (decided from the known vtable), an alias op, or a link argument to a
//! block of the same graph (not the return block). Being stored, passed to
//! a call or helper (identity hash, weak reference...), returned or raised
//! means escaping. No link may pass two pointers of one lifetime, so in a
//! block two distinct variables of one lifetime (not aliases) are distinct
//! objects: comparisons between them are decided.
//!
//! Rewriting ([`flatten`]): each such variable becomes the current values of
//! the fields; a block input argument becomes one input argument per
//! (non-`Void`) field; `malloc` gives the zero of each field (what the
//! allocator stores), `setfield` replaces a value, `getfield` reads it, and
//! the `exc_occurred()` test after the removed `malloc` folds to false.
//! Removing one object can make another one non-escaping (an iterator
//! holding a range): the pass repeats until nothing changes.

use rtyper::llgraph::{LlConst, LlGraph, LlOp, LlSwitch, LlValue, LlVar, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::{LlType, TypeId, TypeKind};
use rtyper::LlProgram;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::effects::{field_index, fold_const_switch, simplify_args, zero};

/// Runs malloc removal on every graph; returns the number of `malloc`s
/// removed.
pub fn run(p: &mut LlProgram) -> usize {
    let mut graphs = std::mem::take(&mut p.graphs);
    let mut removed = 0;
    for g in &mut graphs {
        removed += remove_in_graph(p, g);
    }
    p.graphs = graphs;
    if crate::effects::stats_enabled() {
        let left: usize = p
            .graphs
            .iter()
            .flat_map(|g| g.reachable_blocks().into_iter().map(move |b| (g, b)))
            .map(|(g, b)| g.block(b).ops.iter().filter(|o| o.op == L::Malloc).count())
            .sum();
        eprintln!("mallocremoval: {removed} mallocs removed, {left} left");
    }
    removed
}

/// Removes non-escaping mallocs of one graph, to a fixpoint.
pub fn remove_in_graph(p: &LlProgram, g: &mut LlGraph) -> usize {
    let mut total = 0;
    for _ in 0..16 {
        simplify_args(g);
        let lifetimes = analyze(p, g);
        if lifetimes.is_empty() {
            break;
        }
        let mut copy = g.clone();
        match flatten(p, &mut copy, &lifetimes) {
            Some(n) if n > 0 => {
                *g = copy;
                total += n;
            }
            _ => break,
        }
    }
    if total > 0 {
        simplify_args(g);
    }
    total
}

/// Union-find over variables.
struct Uf(Vec<u32>);

impl Uf {
    fn find(&mut self, v: usize) -> usize {
        let mut r = v;
        while self.0[r] as usize != r {
            r = self.0[r] as usize;
        }
        let mut x = v;
        while self.0[x] as usize != r {
            let next = self.0[x] as usize;
            self.0[x] = r as u32;
            x = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb) as u32;
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Def {
    /// Parameters, op results other than below, exception link variables.
    Other,
    Inputarg,
    Malloc(TypeId),
    Alias,
}

/// The removable lifetimes: each variable in one maps to the struct type
/// allocated.
pub struct Lifetimes {
    of_var: FxHashMap<LlVarId, TypeId>,
}

impl Lifetimes {
    fn is_empty(&self) -> bool {
        self.of_var.is_empty()
    }
    fn get(&self, v: &LlValue) -> Option<TypeId> {
        match v {
            LlValue::Var(v) => self.of_var.get(v).copied(),
            LlValue::Const(..) => None,
        }
    }
}

/// A fixed-size GC struct (`malloc` of it can be removed).
fn removable_type(p: &LlProgram, t: TypeId) -> bool {
    let def = p.types.get(t);
    def.gc && matches!(&def.kind, TypeKind::Struct { varsize: None, .. })
}

/// Whether `u`'s fields are a prefix of `t`'s (a pointer to `t` may be
/// used as a pointer to `u` with the same field indexes).
fn prefix_of(p: &LlProgram, u: TypeId, t: TypeId) -> bool {
    let (fu, ft) = (p.types.fields(u), p.types.fields(t));
    u == t
        || (matches!(p.types.get(u).kind, TypeKind::Struct { varsize: None, .. })
            && fu.len() <= ft.len()
            && fu.iter().zip(ft).all(|(a, b)| a == b))
}

/// Finds the removable lifetimes of `g`.
pub fn analyze(p: &LlProgram, g: &LlGraph) -> Lifetimes {
    let n = g.vars.len();
    let is_ptr = |v: LlVarId| matches!(g.var_type(v), LlType::Ptr(_));
    let mut uf = Uf((0..n as u32).collect());
    let mut def = vec![Def::Other; n];
    let mut bad: Vec<usize> = Vec::new();
    let blocks = g.reachable_blocks();
    for &b in &blocks {
        let block = g.block(b);
        if b != g.start {
            for v in &block.inputargs {
                def[v.index()] = Def::Inputarg;
            }
        }
        if b == g.return_block || b == g.except_block {
            bad.extend(block.inputargs.iter().map(|v| v.index()));
        }
        for op in &block.ops {
            let r = op.result;
            match op.op {
                L::Malloc => {
                    if let Some(LlValue::Const(LlConst::Type(t), _)) = op.args.first() {
                        if removable_type(p, *t) && g.var_type(r) == LlType::Ptr(*t) {
                            def[r.index()] = Def::Malloc(*t);
                        }
                    }
                }
                L::SameAs | L::CastPtr if is_ptr(r) => {
                    if let Some(LlValue::Var(a)) = op.args.first() {
                        if is_ptr(*a) {
                            def[r.index()] = Def::Alias;
                            uf.union(r.index(), a.index());
                        }
                    }
                }
                _ => {}
            }
            for (i, a) in op.args.iter().enumerate() {
                let LlValue::Var(a) = a else { continue };
                if !is_ptr(*a) {
                    continue;
                }
                let ok = match op.op {
                    L::GetField => i == 0,
                    L::SetField => i == 0,
                    L::PtrEq | L::PtrNe | L::PtrIsNull | L::PtrNonNull => true,
                    L::SameAs | L::CastPtr => is_ptr(r),
                    L::InstanceOf => i == 0,
                    _ => false,
                };
                if !ok {
                    bad.push(a.index());
                }
            }
        }
        for l in &block.exits {
            let target = g.block(l.target);
            for (a, t) in l.args.iter().zip(&target.inputargs) {
                if !is_ptr(*t) {
                    continue;
                }
                match a {
                    LlValue::Var(a) => uf.union(a.index(), t.index()),
                    LlValue::Const(..) => bad.push(t.index()),
                }
            }
        }
    }
    // Which lifetimes hold a malloc, and of which type.
    let mut ty: FxHashMap<usize, Option<TypeId>> = FxHashMap::default();
    for v in 0..n {
        if let Def::Malloc(t) = def[v] {
            let r = uf.find(v);
            let e = ty.entry(r).or_insert(Some(t));
            if *e != Some(t) {
                *e = None;
            }
        }
    }
    let mut bad_roots: FxHashSet<usize> = bad.into_iter().map(|v| uf.find(v)).collect();
    for &b in &blocks {
        for l in &g.block(b).exits {
            let mut seen: Vec<usize> = Vec::new();
            for a in &l.args {
                if let LlValue::Var(a) = a {
                    if is_ptr(*a) {
                        let r = uf.find(a.index());
                        if ty.contains_key(&r) && seen.contains(&r) {
                            bad_roots.insert(r);
                        }
                        seen.push(r);
                    }
                }
            }
        }
    }
    let mut of_var = FxHashMap::default();
    let mut members: FxHashMap<usize, Vec<LlVarId>> = FxHashMap::default();
    for v in 0..n {
        let var = LlVarId::new(v);
        if !is_ptr(var) {
            continue;
        }
        let r = uf.find(v);
        if ty.contains_key(&r) {
            members.entry(r).or_default().push(var);
        }
    }
    for (r, vars) in members {
        let Some(Some(t)) = ty.get(&r).copied() else {
            continue;
        };
        if bad_roots.contains(&r) {
            continue;
        }
        let ok = vars.iter().all(|v| {
            def[v.index()] != Def::Other
                && matches!(g.var_type(*v), LlType::Ptr(u) if prefix_of(p, u, t))
        });
        if ok {
            for v in vars {
                of_var.insert(v, t);
            }
        }
    }
    Lifetimes { of_var }
}

/// Per block: the field values of each virtual object.
struct BlockState {
    /// Variable -> index in `objs` (aliases share one).
    var_obj: FxHashMap<LlVarId, usize>,
    objs: Vec<Vec<LlValue>>,
    subst: FxHashMap<LlVarId, LlValue>,
}

impl BlockState {
    fn obj(&self, v: &LlValue) -> Option<usize> {
        match v {
            LlValue::Var(v) => self.var_obj.get(v).copied(),
            LlValue::Const(..) => None,
        }
    }
    fn subst(&self, v: &LlValue) -> LlValue {
        match v {
            LlValue::Var(x) => self.subst.get(x).cloned().unwrap_or_else(|| v.clone()),
            LlValue::Const(..) => v.clone(),
        }
    }
}

/// `v` as a value of type `t`: constants are retyped, pointer variables of
/// another pointer type are cast (a new op in `ops`).
fn coerce(g: &mut LlGraph, ops: &mut Vec<LlOp>, v: LlValue, t: LlType) -> Option<LlValue> {
    let vt = g.value_type(&v);
    if vt == t {
        return Some(v);
    }
    match v {
        LlValue::Const(c, _) => Some(LlValue::Const(c, t)),
        LlValue::Var(x) => {
            let ptrs = matches!(vt, LlType::Ptr(_)) && matches!(t, LlType::Ptr(_));
            if !ptrs {
                return None;
            }
            let name = g.vars[x.index()].name.clone();
            let r = g.new_var(t, name);
            ops.push(LlOp {
                op: L::CastPtr,
                args: vec![LlValue::Var(x)],
                result: r,
                span: None,
            });
            Some(LlValue::Var(r))
        }
    }
}

/// Preorder id of the class whose vtable is `vt`, and its subclass range.
fn class_range(p: &LlProgram, v: &LlValue) -> Option<(i64, i64)> {
    let LlValue::Const(LlConst::Prebuilt(vt), _) = v else {
        return None;
    };
    p.classes
        .iter()
        .find(|c| c.vtable == *vt)
        .map(|c| (c.min_id, c.max_id))
}

/// Rewrites the lifetimes of `ls` into field variables; `None` if some use
/// cannot be decided (the caller then keeps the original graph).
pub fn flatten(p: &LlProgram, g: &mut LlGraph, ls: &Lifetimes) -> Option<usize> {
    let mut removed = 0;
    let blocks = g.reachable_blocks();
    for &b in &blocks {
        let mut st = BlockState {
            var_obj: FxHashMap::default(),
            objs: Vec::new(),
            subst: FxHashMap::default(),
        };
        let old_inputs = std::mem::take(&mut g.block_mut(b).inputargs);
        let mut inputs = Vec::new();
        for v in old_inputs {
            let Some(t) = ls.get(&LlValue::Var(v)) else {
                inputs.push(v);
                continue;
            };
            let mut vals = Vec::new();
            for f in p.types.fields(t) {
                if f.ty == LlType::Void {
                    vals.push(zero(LlType::Void));
                } else {
                    let nv = g.vars.len();
                    g.vars.push(LlVar {
                        ty: f.ty,
                        name: Some(f.name.as_str().into()),
                    });
                    let nv = LlVarId::new(nv);
                    inputs.push(nv);
                    vals.push(LlValue::Var(nv));
                }
            }
            st.var_obj.insert(v, st.objs.len());
            st.objs.push(vals);
        }
        g.block_mut(b).inputargs = inputs;
        let old_ops = std::mem::take(&mut g.block_mut(b).ops);
        let mut ops: Vec<LlOp> = Vec::with_capacity(old_ops.len());
        let mut fold_exc = false;
        for mut op in old_ops {
            for a in op.args.iter_mut() {
                *a = st.subst(a);
            }
            let r = op.result;
            let was_fold = std::mem::take(&mut fold_exc);
            match op.op {
                L::Malloc if ls.get(&LlValue::Var(r)).is_some() => {
                    let t = ls.get(&LlValue::Var(r))?;
                    let vals = p.types.fields(t).iter().map(|f| zero(f.ty)).collect();
                    st.var_obj.insert(r, st.objs.len());
                    st.objs.push(vals);
                    removed += 1;
                    fold_exc = true;
                    continue;
                }
                L::ExcOccurred if was_fold => {
                    // The removed malloc's test: no exception is pending
                    // (the switch on it is folded below).
                    st.subst
                        .insert(r, LlValue::Const(LlConst::Bool(false), LlType::Bool));
                    continue;
                }
                L::SameAs | L::CastPtr => {
                    if let Some(o) = st.obj(&op.args[0]) {
                        st.var_obj.insert(r, o);
                        continue;
                    }
                }
                L::GetField => {
                    if let Some(o) = st.obj(&op.args[0]) {
                        let i = field_index(&op.args[1])? as usize;
                        let v = st.objs[o].get(i)?.clone();
                        let rt = g.var_type(r);
                        match v {
                            LlValue::Const(c, _) => {
                                st.subst.insert(r, LlValue::Const(c, rt));
                            }
                            LlValue::Var(x) if g.var_type(x) == rt => {
                                st.subst.insert(r, LlValue::Var(x));
                            }
                            LlValue::Var(x) => {
                                if !matches!(rt, LlType::Ptr(_)) {
                                    return None;
                                }
                                op.op = L::CastPtr;
                                op.args = vec![LlValue::Var(x)];
                                ops.push(op);
                            }
                        }
                        continue;
                    }
                }
                L::SetField => {
                    if let Some(o) = st.obj(&op.args[0]) {
                        let i = field_index(&op.args[1])? as usize;
                        let ft = p.types.fields(ls.get(&op.args[0])?).get(i)?.ty;
                        let v = coerce(g, &mut ops, op.args[2].clone(), ft)?;
                        *st.objs[o].get_mut(i)? = v;
                        continue;
                    }
                }
                L::PtrIsNull | L::PtrNonNull => {
                    if st.obj(&op.args[0]).is_some() {
                        let nonnull = op.op == L::PtrNonNull;
                        st.subst
                            .insert(r, LlValue::Const(LlConst::Bool(nonnull), LlType::Bool));
                        continue;
                    }
                }
                L::PtrEq | L::PtrNe => {
                    let (a, c) = (st.obj(&op.args[0]), st.obj(&op.args[1]));
                    if a.is_some() || c.is_some() {
                        let same = a.is_some() && a == c;
                        let res = same == (op.op == L::PtrEq);
                        st.subst
                            .insert(r, LlValue::Const(LlConst::Bool(res), LlType::Bool));
                        continue;
                    }
                }
                L::InstanceOf => {
                    if let Some(o) = st.obj(&op.args[0]) {
                        let (id, _) = class_range(p, st.objs[o].first()?)?;
                        let (min, max) = class_range(p, &op.args[1])?;
                        let res = min <= id && id <= max;
                        st.subst
                            .insert(r, LlValue::Const(LlConst::Bool(res), LlType::Bool));
                        continue;
                    }
                }
                _ => {}
            }
            if op.args.iter().any(|a| st.obj(a).is_some()) {
                return None;
            }
            ops.push(op);
        }
        let block = g.block_mut(b);
        block.ops = ops;
        if let LlSwitch::Value(v) = &block.switch {
            let v = st.subst(v);
            block.switch = LlSwitch::Value(v);
            fold_const_switch(block);
        }
        let mut exits = std::mem::take(&mut g.block_mut(b).exits);
        for l in exits.iter_mut() {
            let mut args = Vec::with_capacity(l.args.len());
            for a in std::mem::take(&mut l.args) {
                match st.obj(&a) {
                    Some(o) => {
                        for v in &st.objs[o] {
                            if g.value_type(v) != LlType::Void {
                                args.push(v.clone());
                            }
                        }
                    }
                    None => {
                        if ls.get(&a).is_some() {
                            return None;
                        }
                        args.push(st.subst(&a));
                    }
                }
            }
            l.args = args;
        }
        g.block_mut(b).exits = exits;
    }
    Some(removed)
}
