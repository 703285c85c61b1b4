//! Lowering one annotated graph into a low-level graph.
//!
//! Blocks map one to one (unreached blocks and links to them are dropped);
//! each flow variable becomes a low-level variable of its annotation's type,
//! or, for op results, any low-level value (a constant when the annotation
//! is one). Each op is lowered by [`RTyper::lower_op`] (in `rops.rs`);
//! links convert their arguments to the target's types, through an extra
//! block for exception exits (whose conversions must not run before the
//! exception happens).

use annotator::{GraphId, OpPos, SomeValue};
use flowgraph::{BlockId, Constant, ExitCase, ExitSwitch, Graph, Link, Op, Span, Value, VarId};

use crate::llgraph::{LlCase, LlConst, LlGraph, LlLink, LlOp, LlSwitch, LlValue, LlVarId};
use crate::llops::LlOpName;
use crate::lltype::LlType;
use crate::rclass::sanitize;
use crate::rtyper::RTyper;

/// The state of lowering one graph.
pub struct GraphCx {
    pub g: GraphId,
    pub ll: LlGraph,
    /// Flow variable → its low-level value.
    pub vals: Vec<Option<LlValue>>,
    /// Annotations of the flow variables.
    pub bindings: Vec<SomeValue>,
    /// The low-level block ops are appended to.
    pub cur: BlockId,
    /// The op being lowered.
    pub span: Option<Span>,
    pub pos: OpPos,
    /// Results of `newlist(zero)` left to the `mul` that repeats them
    /// (`rrepeat.rs`).
    pub zero_lists: Vec<VarId>,
}

impl GraphCx {
    /// Appends `op(args) -> result type` to the current block.
    pub fn emit(&mut self, op: LlOpName, args: Vec<LlValue>, ty: LlType) -> LlValue {
        let r = self.ll.new_var(ty, None);
        let span = self.span;
        self.ll.block_mut(self.cur).ops.push(LlOp {
            op,
            args,
            result: r,
            span,
        });
        LlValue::Var(r)
    }
    pub fn ty(&self, v: &LlValue) -> LlType {
        self.ll.value_type(v)
    }
    pub fn binding(&self, v: VarId) -> &SomeValue {
        &self.bindings[v.index()]
    }
}

impl RTyper<'_, '_> {
    pub(crate) fn lower_graph(&mut self, g: GraphId) -> LlGraph {
        let ag = &self.ann.graphs[g.index()];
        let graph: Graph = ag.graph.clone();
        let bindings = ag.bindings.clone();
        let reached = ag.reached.clone();
        let stopped = ag.stopped.clone();
        let func = ag.func;
        let name = sanitize(&graph.name);
        let mut cx = GraphCx {
            g,
            ll: LlGraph::new(name, Some(graph.span)),
            vals: vec![None; graph.vars.len()],
            bindings,
            cur: BlockId(0),
            span: None,
            pos: OpPos {
                graph: g,
                block: graph.start,
                index: 0,
            },
            zero_lists: Vec::new(),
        };
        let uses = crate::rrepeat::use_counts(&graph);
        // Blocks and their input variables.
        let mut bmap: Vec<Option<BlockId>> = vec![None; graph.blocks.len()];
        for (i, block) in graph.blocks.iter().enumerate() {
            let b = BlockId::new(i);
            let keep = reached[i] || b == graph.return_block || b == graph.except_block;
            if !keep {
                continue;
            }
            let mut args = Vec::new();
            for (k, v) in block.inputargs.iter().enumerate() {
                let ty = if b == graph.except_block {
                    if k == 0 {
                        LlType::Ptr(self.prog.vtable_type.expect("classes"))
                    } else {
                        LlType::Ptr(self.prog.object_type.expect("classes"))
                    }
                } else if b == graph.return_block {
                    self.graph_types(g).1
                } else {
                    let s = cx.bindings[v.index()].clone();
                    self.lltype(&s)
                };
                let name = graph.vars[v.index()].name.clone();
                let lv = cx.ll.new_var(ty, name);
                args.push(lv);
                cx.vals[v.index()] = Some(LlValue::Var(lv));
            }
            bmap[i] = Some(cx.ll.new_block(args));
        }
        cx.ll.start = bmap[graph.start.index()].expect("start block");
        cx.ll.return_block = bmap[graph.return_block.index()].expect("return block");
        cx.ll.except_block = bmap[graph.except_block.index()].expect("except block");
        cx.ll.inline = self.inline_hint(func);
        // Methods behind a vtable slot receive `self` as the slot class.
        if let Some(c) = self.self_override.get(&func).copied() {
            let start = cx.ll.start;
            if let Some(&first) = cx.ll.block(start).inputargs.first() {
                let own = cx.ll.var_type(first);
                let slot_ty = LlType::Ptr(self.inst_type(c));
                if own != slot_ty {
                    let outer = cx.ll.new_var(slot_ty, Some("self".into()));
                    cx.ll.block_mut(start).inputargs[0] = outer;
                    cx.cur = start;
                    let cast = cx.emit(LlOpName::CastPtr, vec![LlValue::Var(outer)], own);
                    let flow_self = graph.block(graph.start).inputargs[0];
                    cx.vals[flow_self.index()] = Some(cast);
                }
            }
        }
        for (i, block) in graph.blocks.iter().enumerate() {
            let Some(llb) = bmap[i] else { continue };
            if !reached[i] {
                continue;
            }
            cx.cur = llb;
            let b = BlockId::new(i);
            let last = block.ops.len().saturating_sub(1);
            let mut protected_from = None;
            let stop = stopped[i];
            let zero_repeats = crate::rrepeat::zero_repeats(&block.ops, &uses);
            for (k, op) in block.ops.iter().enumerate() {
                if zero_repeats.contains(&k) {
                    let list_s = cx.bindings[op.result.index()].clone();
                    let item = op.args[0].as_const().expect("a constant item");
                    if self.is_zero_item(item, &list_s) {
                        cx.zero_lists.push(op.result);
                        let ty = self.lltype(&list_s);
                        cx.vals[op.result.index()] = Some(LlValue::Const(LlConst::Null, ty));
                        continue;
                    }
                }
                cx.span = Some(op.span);
                self.dicts.use_site = Some(op.span);
                cx.pos = OpPos {
                    graph: g,
                    block: b,
                    index: k,
                };
                if k == last && matches!(block.switch(), ExitSwitch::LastException) {
                    protected_from = Some(cx.ll.block(cx.cur).ops.len());
                }
                if let Err(msg) = self.lower_op(&mut cx, op) {
                    self.error(op.span, msg);
                    // A placeholder of the right type: no cascade of errors.
                    let s = cx.bindings[op.result.index()].clone();
                    let ty = self.lltype(&s);
                    let zero = crate::rconst::zero_of(ty);
                    cx.vals[op.result.index()] = Some(LlValue::Const(zero, ty));
                }
                if stop == Some(k) {
                    break;
                }
            }
            let normal_unreachable = match stop {
                None => false,
                // A protected op that never returns normally (a call of a
                // function that always raises, `[].pop()`): only its
                // exception exits remain.
                Some(k) if k == last && protected_from.is_some() => true,
                Some(_) => {
                    cx.ll.block_mut(cx.cur).switch = LlSwitch::Unreachable;
                    continue;
                }
            };
            self.lower_exits(
                &mut cx,
                &graph,
                block,
                &bmap,
                &reached,
                protected_from,
                normal_unreachable,
            );
        }
        cx.ll
    }

    /// Lowers the exits of `block`; with `normal_unreachable`, the normal
    /// exit of its protected op (the first) goes to an unreachable block.
    #[allow(clippy::too_many_arguments)]
    fn lower_exits(
        &mut self,
        cx: &mut GraphCx,
        graph: &Graph,
        block: &flowgraph::Block,
        bmap: &[Option<BlockId>],
        reached: &[bool],
        protected_from: Option<usize>,
        normal_unreachable: bool,
    ) {
        let live: Vec<&Link> = block
            .exits
            .iter()
            .enumerate()
            .filter(|(k, _)| !(normal_unreachable && *k == 0))
            .map(|(_, l)| l)
            .filter(|l| {
                let t = l.target.index();
                reached[t] || l.target == graph.return_block || l.target == graph.except_block
            })
            .filter(|l| bmap[l.target.index()].is_some())
            .collect();
        let from_block = cx.cur;
        let mut switch = match block.switch() {
            ExitSwitch::None => LlSwitch::None,
            ExitSwitch::Value(v) => {
                let s = self.value_annotation(cx, v);
                LlSwitch::Value(self.lower_value(cx, v, &s))
            }
            ExitSwitch::LastException => LlSwitch::LastException {
                from: protected_from.unwrap_or(0),
            },
        };
        let mut exits = Vec::new();
        if normal_unreachable {
            let dead = cx.ll.new_block(Vec::new());
            cx.ll.block_mut(dead).switch = LlSwitch::Unreachable;
            exits.push(LlLink {
                args: Vec::new(),
                target: dead,
                case: LlCase::Default,
                exc_vars: None,
            });
        }
        for link in live {
            let target = bmap[link.target.index()].expect("live target");
            let case = match &link.exitcase {
                ExitCase::Default => LlCase::Default,
                ExitCase::Const(c) => LlCase::Const(match c {
                    Constant::Bool(b) => LlConst::Bool(*b),
                    Constant::Int(i) => LlConst::Int(*i),
                    Constant::Str(s) => LlConst::Char(s.chars().next().map_or(0, |c| c as u32)),
                    _ => LlConst::Void,
                }),
                ExitCase::Exception(c) => {
                    let Constant::Obj(cls) = c else {
                        continue;
                    };
                    let Some(cd) = self.ann.classdef_of.get(cls).copied() else {
                        continue;
                    };
                    LlCase::Exception(self.vtable_of(cd))
                }
            };
            let target_args: Vec<LlVarId> = cx.ll.block(target).inputargs.clone();
            let ll_link = if let Some((et, ev)) = link.exc_vars {
                self.exception_link(cx, link, et, ev, target, &target_args, case)
            } else {
                cx.cur = from_block;
                let mut args = Vec::new();
                for (k, a) in link.args.iter().enumerate() {
                    let s = self.value_annotation(cx, a);
                    let v = self.lower_value(cx, a, &s);
                    let to = cx.ll.var_type(target_args[k]);
                    args.push(self.convert(cx, v, &s, to));
                }
                let mut ll_link = LlLink {
                    args,
                    target,
                    case,
                    exc_vars: None,
                };
                // The exit of a statement raising a new exception (`raise`,
                // `assert`, an unpacking check) to the except block, or of
                // a `raise` statement to a handler in this graph: where the
                // exception starts (the exception transform numbers the
                // site). Its block has the statement's own ops (`type(v)`,
                // the instantiation); a bare `raise` and handler blocks
                // passing a caught exception on do not.
                let own = |s: &Span| block.ops.iter().any(|o| o.span == *s);
                let at = if link.target == graph.except_block {
                    link.span_of(1).or(link.span_of(0)).filter(own)
                } else {
                    (0..link.args.len())
                        .rev()
                        .find_map(|k| link.span_of(k).filter(|s| own(s) && self.is_new_raise(*s)))
                };
                if let Some(at) = at {
                    let alone = block.exits.len() == 1 && matches!(switch, LlSwitch::None);
                    self.note_raise_site(cx, &mut ll_link, at, alone);
                }
                ll_link
            };
            exits.push(ll_link);
        }
        // A switch left with one exit (the others were never reached).
        if matches!(switch, LlSwitch::Value(_)) && exits.len() == 1 {
            switch = LlSwitch::None;
            exits[0].case = LlCase::Default;
        }
        if matches!(switch, LlSwitch::LastException { .. }) && exits.len() == 1 {
            switch = LlSwitch::None;
        }
        if exits.is_empty() && cx.cur != cx.ll.return_block && cx.cur != cx.ll.except_block {
            switch = LlSwitch::Unreachable;
        }
        let b = cx.ll.block_mut(from_block);
        b.switch = switch;
        b.exits = exits;
    }

    /// Whether `span` is a `raise` statement with an exception (not a bare
    /// `raise`, which re-raises the exception being handled).
    /// `@always_inline` / `@try_inline` / `@dont_inline` on the function.
    fn inline_hint(&self, func: flowgraph::ObjRef) -> crate::llgraph::InlineHint {
        use crate::llgraph::InlineHint;
        let Some(f) = self.ann.interp.heap.as_function(func) else {
            return InlineHint::Default;
        };
        let set = |k: &str| {
            f.dict
                .get(k)
                .is_some_and(|c| !matches!(c, Constant::Bool(false)))
        };
        if set("_dont_inline_") {
            InlineHint::Never
        } else if set("_always_inline_") {
            InlineHint::Always
        } else {
            InlineHint::Default
        }
    }

    fn is_new_raise(&self, span: Span) -> bool {
        let f = self.ann.interp.sources.get(span.file);
        let Some(rest) = f.text.get(span.start as usize..) else {
            return false;
        };
        let Some(rest) = rest.strip_prefix("raise") else {
            return false;
        };
        if !rest.starts_with([' ', '\t', '(']) {
            return false;
        }
        let stmt = rest.split(['\n', '#', ';']).next().unwrap_or("");
        !stmt.trim().is_empty()
    }

    /// `exc_set_location(-1)` at `at` on `link`: at the end of the current
    /// block when the link is its only exit (`alone`), else in a new block
    /// on the link.
    fn note_raise_site(&mut self, cx: &mut GraphCx, link: &mut LlLink, at: Span, alone: bool) {
        let saved = cx.span.replace(at);
        if alone {
            cx.emit(
                LlOpName::ExcSetLocation,
                vec![LlValue::int(-1)],
                LlType::Void,
            );
        } else {
            let types: Vec<LlType> = cx
                .ll
                .block(link.target)
                .inputargs
                .iter()
                .map(|v| cx.ll.var_type(*v))
                .collect();
            let ins: Vec<LlVarId> = types.into_iter().map(|t| cx.ll.new_var(t, None)).collect();
            let b = cx.ll.new_block(ins.clone());
            let before = cx.cur;
            cx.cur = b;
            cx.emit(
                LlOpName::ExcSetLocation,
                vec![LlValue::int(-1)],
                LlType::Void,
            );
            cx.cur = before;
            cx.ll.block_mut(b).exits.push(LlLink {
                args: ins.into_iter().map(LlValue::Var).collect(),
                target: link.target,
                case: LlCase::Default,
                exc_vars: None,
            });
            link.target = b;
        }
        cx.span = saved;
    }

    /// An exception exit: the caught `(vtable, instance)` enter a new block
    /// that converts the link's arguments to the target's types.
    #[allow(clippy::too_many_arguments)]
    fn exception_link(
        &mut self,
        cx: &mut GraphCx,
        link: &Link,
        et: VarId,
        ev: VarId,
        target: BlockId,
        target_args: &[LlVarId],
        case: LlCase,
    ) -> LlLink {
        let vt = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
        let let_et = cx.ll.new_var(vt, Some("etype".into()));
        let let_ev = cx.ll.new_var(obj, Some("evalue".into()));
        // Values of the source block used by the link.
        let mut outer_args = vec![LlValue::Var(let_et), LlValue::Var(let_ev)];
        let mut inner_in = Vec::new();
        let t_et = cx.ll.new_var(vt, Some("etype".into()));
        let t_ev = cx.ll.new_var(obj, Some("evalue".into()));
        inner_in.push(t_et);
        inner_in.push(t_ev);
        let mut mapping: Vec<(VarId, LlValue)> = Vec::new();
        for a in &link.args {
            if let Value::Var(v) = a {
                if *v == et || *v == ev || mapping.iter().any(|(m, _)| m == v) {
                    continue;
                }
                let outer = cx.vals[v.index()].clone().expect("defined before the exit");
                let ty = cx.ty(&outer);
                let inner = cx.ll.new_var(ty, None);
                outer_args.push(outer);
                inner_in.push(inner);
                mapping.push((*v, LlValue::Var(inner)));
            }
        }
        let mid = cx.ll.new_block(inner_in);
        let saved: Vec<(VarId, Option<LlValue>)> = mapping
            .iter()
            .map(|(v, _)| (*v, cx.vals[v.index()].clone()))
            .collect();
        for (v, inner) in &mapping {
            cx.vals[v.index()] = Some(inner.clone());
        }
        let saved_et = cx.vals[et.index()].replace(LlValue::Var(t_et));
        let saved_ev = cx.vals[ev.index()].replace(LlValue::Var(t_ev));
        cx.cur = mid;
        let mut args = Vec::new();
        for (k, a) in link.args.iter().enumerate() {
            let s = self.value_annotation(cx, a);
            let v = if matches!(a, Value::Var(x) if *x == ev) {
                // The caught instance, typed as its class.
                LlValue::Var(t_ev)
            } else {
                self.lower_value(cx, a, &s)
            };
            let to = cx.ll.var_type(target_args[k]);
            let from_s = if matches!(a, Value::Var(x) if *x == ev) {
                SomeValue::Impossible
            } else {
                s
            };
            args.push(self.convert(cx, v, &from_s, to));
        }
        cx.ll.block_mut(mid).exits = vec![LlLink {
            args,
            target,
            case: LlCase::Default,
            exc_vars: None,
        }];
        for (v, old) in saved {
            cx.vals[v.index()] = old;
        }
        cx.vals[et.index()] = saved_et;
        cx.vals[ev.index()] = saved_ev;
        LlLink {
            args: outer_args,
            target: mid,
            case,
            exc_vars: Some((let_et, let_ev)),
        }
    }

    /// The annotation of an operand.
    pub fn value_annotation(&mut self, cx: &GraphCx, v: &Value) -> SomeValue {
        match v {
            Value::Var(v) => cx.bindings[v.index()].clone(),
            Value::Const(c) => self.ann.immutable_value(c),
        }
    }

    /// The low-level value of an operand.
    pub fn lower_value(&mut self, cx: &mut GraphCx, v: &Value, s: &SomeValue) -> LlValue {
        match v {
            Value::Var(v) => cx.vals[v.index()]
                .clone()
                .unwrap_or(LlValue::Const(LlConst::Void, LlType::Void)),
            Value::Const(Constant::BigInt(n)) => {
                // A long literal used at run time.
                let ty = self.lltype(s);
                if ty == LlType::Void {
                    return LlValue::Const(LlConst::Void, ty);
                }
                let k = self.long_const(&**n, ty, cx.span.or(cx.ll.span));
                LlValue::Const(k, ty)
            }
            Value::Const(c) => self.const_value(c, s),
        }
    }

    /// Sets the value of an op's result.
    pub fn set_result(&mut self, cx: &mut GraphCx, op: &Op, v: LlValue) {
        cx.vals[op.result.index()] = Some(v);
    }

    /// Converts `v` (annotated `s`) to the low-level type `to`.
    pub fn convert(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue, to: LlType) -> LlValue {
        let from = cx.ty(&v);
        if from == to {
            return v;
        }
        match (from, to) {
            (_, LlType::Void) => LlValue::Const(LlConst::Void, LlType::Void),
            (LlType::Void, LlType::Ptr(_) | LlType::FuncPtr(_)) => match s {
                // A single function or class (`raise ValueError` passes the
                // class to the except block): its graph or vtable.
                SomeValue::Pbc { descs, .. } if descs.len() == 1 => {
                    match self.func_pbc_const(&descs[0]) {
                        Some(c) => LlValue::Const(c, to),
                        None => LlValue::Const(LlConst::Null, to),
                    }
                }
                _ => LlValue::Const(LlConst::Null, to),
            },
            (LlType::Ptr(_), LlType::Ptr(t))
                if self.is_bound_method_type(t)
                    && matches!(s, SomeValue::Pbc { descs, .. } if descs.iter().all(|d| matches!(d, annotator::Desc::Method { .. }))) =>
            {
                match self.convert_to_bound_method(cx, v, s, t) {
                    Ok(r) => r,
                    Err(msg) => {
                        if let Some(span) = cx.span {
                            self.error(span, msg);
                        }
                        LlValue::Const(LlConst::Null, to)
                    }
                }
            }
            (LlType::Ptr(_), LlType::Ptr(t))
                if matches!(s, SomeValue::Tuple(_)) && self.is_tuple_type(t) =>
            {
                self.convert_tuple(cx, v, s, t)
            }
            (LlType::Ptr(_), LlType::Ptr(_)) => match v {
                LlValue::Const(LlConst::Null, _) => LlValue::Const(LlConst::Null, to),
                _ => cx.emit(LlOpName::CastPtr, vec![v], to),
            },
            (f, LlType::Float) if f.is_int() || f == LlType::Bool => {
                cx.emit(LlOpName::CastIntToFloat, vec![v], to)
            }
            (f, t) if (f.is_int() || f == LlType::Bool || f == LlType::UniChar) && t.is_int() => {
                match v {
                    LlValue::Const(LlConst::Int(i), _) => LlValue::Const(LlConst::Int(i), to),
                    LlValue::Const(LlConst::Bool(b), _) => {
                        LlValue::Const(LlConst::Int(b as i64), to)
                    }
                    _ => cx.emit(LlOpName::CastInt, vec![v], to),
                }
            }
            (LlType::UniChar, LlType::Ptr(t)) if Some(t) == self.prog.str_type => match v {
                // A one-character literal: a prebuilt string.
                LlValue::Const(LlConst::Char(c), _) => {
                    let text = char::from_u32(c).unwrap_or('\u{fffd}').to_string();
                    LlValue::Const(self.str_const(&text), to)
                }
                _ => {
                    let table = self.one_char_strs();
                    let tid = self.str_tid();
                    let args = vec![table, tid, v];
                    self.call_helper(cx, &crate::runtime_names::STR_FROM_CHAR_CACHED, args)
                }
            },
            _ => {
                let msg = format!(
                    "internal error: no conversion from {} to {}",
                    self.prog.types.show(from),
                    self.prog.types.show(to)
                );
                if let Some(span) = cx.span {
                    self.error(span, msg);
                }
                LlValue::Const(LlConst::Void, to)
            }
        }
    }

    /// Emits a call of a runtime helper.
    pub fn call_helper(
        &mut self,
        cx: &mut GraphCx,
        h: &'static crate::runtime_names::HelperDesc,
        mut args: Vec<LlValue>,
    ) -> LlValue {
        let id = self.prog.helper(h);
        args.insert(0, LlValue::void(LlConst::Helper(id)));
        let ty = self.htype(h.result);
        cx.emit(LlOpName::CallHelper, args, ty)
    }

    /// The type id of `str` as a helper argument.
    pub fn str_tid(&self) -> LlValue {
        LlValue::void(LlConst::Type(self.str_type()))
    }

    pub fn htype(&self, t: crate::runtime_names::HType) -> LlType {
        use crate::runtime_names::HType;
        match t {
            HType::Void => LlType::Void,
            HType::Bool => LlType::Bool,
            HType::Signed => LlType::Signed,
            HType::Unsigned => LlType::Unsigned,
            HType::Float => LlType::Float,
            HType::UniChar => LlType::UniChar,
            HType::Tid => LlType::Void,
            HType::Str => LlType::Ptr(self.str_type()),
            // Callers cast the result to the pointer type they know.
            HType::List | HType::Array | HType::Dict | HType::GcPtr => {
                LlType::Ptr(self.prog.object_type.expect("classes"))
            }
        }
    }
}
