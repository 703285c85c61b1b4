//! Calls and attributes: direct calls of known functions, indirect calls
//! through function pointers and vtable slots, instantiation (allocation,
//! class defaults, `__init__`, the message of exceptions), instance fields,
//! bound methods, and the dispatch of builtin functions and methods.

use std::rc::Rc;

use annotator::calls::ParamSource;
use annotator::{ClassId, Desc, GraphId, SomeValue};
use flowgraph::{Constant, ObjRef, Op, OpName, Value};

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rops::{not_supported, LResult};
use crate::rtyper::RTyper;

/// The arguments of a call as low-level values.
pub struct LlArgs {
    /// Positional values (the receiver first, `*args` expanded).
    pub positional: Vec<(LlValue, SomeValue)>,
    pub keywords: Vec<(Rc<str>, LlValue, SomeValue)>,
}

impl RTyper<'_, '_> {
    pub(crate) fn lower_call_or_attr(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> LResult {
        match op.name {
            OpName::GetAttr => self.lower_getattr(cx, op, args_s),
            OpName::SetAttr => self.lower_setattr(cx, op, args_s),
            _ => {
                let args = self.call_args(cx, op, args_s)?;
                let result_s = cx.binding(op.result).clone();
                let r = self.lower_call(cx, op, &args_s[0], args, &result_s)?;
                let to = self.lltype(&result_s);
                let r = self.convert(cx, r, &result_s, to);
                self.set_result(cx, op, r);
                Ok(())
            }
        }
    }

    /// Decodes the arguments of `simple_call` / `call_args`.
    fn call_args(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> Result<LlArgs, String> {
        let mut positional = Vec::new();
        let mut keywords = Vec::new();
        if op.name == OpName::SimpleCall {
            for i in 1..op.args.len() {
                let v = self.arg(cx, op, i, args_s);
                positional.push((v, args_s[i].clone()));
            }
            return Ok(LlArgs {
                positional,
                keywords,
            });
        }
        let Value::Const(Constant::Obj(shape)) = &op.args[1] else {
            return Err(not_supported("this call shape"));
        };
        let heap = &self.ann.interp.heap;
        let items = heap
            .tuple_items(&Constant::Obj(*shape))
            .ok_or_else(|| not_supported("this call shape"))?
            .to_vec();
        let npos = match items.first() {
            Some(Constant::Int(n)) => *n as usize,
            _ => 0,
        };
        let kwnames: Vec<Rc<str>> = items
            .get(1)
            .and_then(|k| heap.tuple_items(k))
            .map(|k| {
                k.iter()
                    .filter_map(|c| match c {
                        Constant::Str(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let has_star = matches!(items.get(2), Some(Constant::Bool(true)));
        let mut i = 2;
        for _ in 0..npos {
            let v = self.arg(cx, op, i, args_s);
            positional.push((v, args_s[i].clone()));
            i += 1;
        }
        for k in kwnames {
            let v = self.arg(cx, op, i, args_s);
            keywords.push((k, v, args_s[i].clone()));
            i += 1;
        }
        if has_star {
            let star = self.arg(cx, op, i, args_s);
            let SomeValue::Tuple(items) = &args_s[i] else {
                return Err(not_supported("`*args` that is not a tuple"));
            };
            for (k, item_s) in items.iter().enumerate() {
                let ty = self.lltype(item_s);
                let v = cx.emit(
                    L::GetField,
                    vec![star.clone(), LlValue::void(LlConst::Field(k as u32))],
                    ty,
                );
                positional.push((v, item_s.clone()));
            }
        }
        Ok(LlArgs {
            positional,
            keywords,
        })
    }

    /// Lowers a call of a value annotated `f_s`; returns the result value.
    pub(crate) fn lower_call(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        f_s: &SomeValue,
        mut args: LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let targets = self.call_targets.get(&cx.pos).cloned().unwrap_or_default();
        match f_s {
            SomeValue::Pbc { descs, .. } => {
                let descs: Vec<Desc> = descs.to_vec();
                match &descs[..] {
                    [Desc::Func(f)] => {
                        if let Some(r) = self.lower_memo_call(cx, &args, result_s) {
                            return r;
                        }
                        let Some(g) = self.pick_target(&targets, *f) else {
                            return self.no_graph_result(result_s);
                        };
                        self.direct_call(cx, g, *f, &args)
                    }
                    [Desc::BoundConst { func, receiver }] => {
                        let recv_s = self.ann.immutable_value(&Constant::Obj(*receiver));
                        let recv = self.const_value(&Constant::Obj(*receiver), &recv_s);
                        args.positional.insert(0, (recv, recv_s));
                        let Some(g) = self.pick_target(&targets, *func) else {
                            return self.no_graph_result(result_s);
                        };
                        self.direct_call(cx, g, *func, &args)
                    }
                    [Desc::Class(c)] => self.instantiate(cx, *c, args, &targets, result_s),
                    ds if ds.iter().all(|d| matches!(d, Desc::Method { .. })) => {
                        let recv = self.lower_value(cx, &op.args[0], f_s);
                        self.method_call(cx, f_s, &ds.to_vec(), recv, args, &targets)
                    }
                    ds if ds.iter().all(|d| matches!(d, Desc::Func(_))) => {
                        let fptr = self.lower_value(cx, &op.args[0], f_s);
                        let Desc::Func(f0) = ds[0] else {
                            unreachable!()
                        };
                        let Some(g0) = targets.first().copied() else {
                            return self.no_graph_result(result_s);
                        };
                        let vals = self.bind_values(cx, f0, g0, &args)?;
                        self.indirect_call(cx, fptr, g0, vals)
                    }
                    _ => Err(not_supported(
                        "calling a mix of functions, classes and methods",
                    )),
                }
            }
            SomeValue::Builtin(b) => self.lower_builtin_call(cx, *b, args, result_s),
            SomeValue::BuiltinMethod { name, receiver } => {
                let recv = self.lower_value(cx, &op.args[0], f_s);
                let (name, receiver) = (name.clone(), (**receiver).clone());
                self.lower_method_call(cx, &name, recv, &receiver, args, result_s)
            }
            SomeValue::WeakRef { .. } => {
                let w = self.lower_value(cx, &op.args[0], f_s);
                Ok(self.lower_weakref_call(cx, w, result_s))
            }
            other => Err(not_supported(&format!("calling {}", other.kind_word()))),
        }
    }

    /// The result of a call that has no graph (a `specialize.memo` function
    /// run at annotation time): its constant result.
    fn no_graph_result(&mut self, result_s: &SomeValue) -> Result<LlValue, String> {
        match crate::rops::constant_of(result_s) {
            Some(c) => Ok(self.const_value(&c, result_s)),
            None if result_s.is_impossible() => Ok(LlValue::void(LlConst::Void)),
            None => Err(not_supported("a call whose target was never annotated")),
        }
    }

    /// The graph of `func` this call site reaches.
    fn pick_target(&self, targets: &[GraphId], func: ObjRef) -> Option<GraphId> {
        targets
            .iter()
            .copied()
            .find(|g| self.ann.graphs[g.index()].func == func && self.has_graph(*g))
    }

    /// Binds call arguments to the parameters of graph `g` of `func` and
    /// converts them to its parameter types.
    pub(crate) fn bind_values(
        &mut self,
        cx: &mut GraphCx,
        func: ObjRef,
        g: GraphId,
        args: &LlArgs,
    ) -> Result<Vec<LlValue>, String> {
        let kwnames: Vec<Rc<str>> = args.keywords.iter().map(|(k, _, _)| k.clone()).collect();
        let plan = self.ann.bind_plan(func, args.positional.len(), &kwnames)?;
        let (ptypes, _) = self.graph_types(g);
        let param_s: Vec<SomeValue> = {
            let ag = &self.ann.graphs[g.index()];
            ag.graph
                .params()
                .iter()
                .map(|v| ag.bindings[v.index()].clone())
                .collect()
        };
        let mut out = Vec::new();
        for (i, p) in plan.into_iter().enumerate() {
            let (v, s) = match p {
                ParamSource::Arg(k) => args.positional[k].clone(),
                ParamSource::Keyword(k) => (args.keywords[k].1.clone(), args.keywords[k].2.clone()),
                ParamSource::Default(c) => {
                    let s = self.ann.immutable_value(&c);
                    (self.const_value(&c, &s), s)
                }
                ParamSource::Vararg(idx) => {
                    let items: Vec<(LlValue, SomeValue)> =
                        idx.iter().map(|k| args.positional[*k].clone()).collect();
                    let tuple_s = param_s[i].clone();
                    (self.build_tuple(cx, &items, &tuple_s), tuple_s)
                }
            };
            let to = ptypes[i];
            out.push(self.convert(cx, v, &s, to));
        }
        Ok(out)
    }

    fn direct_call(
        &mut self,
        cx: &mut GraphCx,
        g: GraphId,
        func: ObjRef,
        args: &LlArgs,
    ) -> Result<LlValue, String> {
        let vals = self.bind_values(cx, func, g, args)?;
        let (_, ret) = self.graph_types(g);
        let mut all = vec![LlValue::void(LlConst::Graph(self.ll_graph_id(g)))];
        all.extend(vals);
        Ok(cx.emit(L::DirectCall, all, ret))
    }

    fn indirect_call(
        &mut self,
        cx: &mut GraphCx,
        fptr: LlValue,
        g0: GraphId,
        vals: Vec<LlValue>,
    ) -> Result<LlValue, String> {
        let (_, ret) = self.graph_types(g0);
        let mut all = vec![fptr];
        all.extend(vals);
        Ok(cx.emit(L::IndirectCall, all, ret))
    }

    /// A call of a bound method: direct when it has one implementation,
    /// through the vtable slot otherwise, through the function pointer of
    /// the `BoundMethod` struct when the methods have different names.
    pub(crate) fn method_call(
        &mut self,
        cx: &mut GraphCx,
        f_s: &SomeValue,
        descs: &[Desc],
        recv: LlValue,
        mut args: LlArgs,
        targets: &[GraphId],
    ) -> Result<LlValue, String> {
        if let LlType::Ptr(t) = cx.ty(&recv) {
            if self.is_bound_method_type(t) {
                return self.bound_method_pair_call(cx, recv, t, descs, args, targets);
            }
        }
        let dispatch = self.method_dispatch(f_s);
        let Desc::Method { func, self_class } = descs[0] else {
            unreachable!()
        };
        let recv_s = SomeValue::instance(self_class);
        args.positional.insert(0, (recv.clone(), recv_s));
        match dispatch {
            None => {
                let Some(g) = self.pick_target(targets, func) else {
                    return Ok(LlValue::void(LlConst::Void));
                };
                self.direct_call(cx, g, func, &args)
            }
            Some((base, name)) => {
                let Some(g0) = targets.iter().copied().find(|g| self.has_graph(*g)) else {
                    return Ok(LlValue::void(LlConst::Void));
                };
                let f0 = self.ann.graphs[g0.index()].func;
                let vals = self.bind_values(cx, f0, g0, &args)?;
                let fptr = self.vtable_method_ptr(cx, recv, base, &name)?;
                let LlType::FuncPtr(sig) = cx.ty(&fptr) else {
                    unreachable!("a method slot")
                };
                let ret = self.prog.types.sigs[sig.index()].result;
                let mut all = vec![fptr];
                // The slot takes the receiver as the slot class.
                let params = self.prog.types.sigs[sig.index()].params.clone();
                for (v, t) in vals.into_iter().zip(params) {
                    let v = self.convert(cx, v, &SomeValue::Impossible, t);
                    all.push(v);
                }
                Ok(cx.emit(L::IndirectCall, all, ret))
            }
        }
    }

    /// `C(args)`: allocate, set the vtable and class defaults, run
    /// `__init__`; exceptions also record their message.
    fn instantiate(
        &mut self,
        cx: &mut GraphCx,
        class: ObjRef,
        args: LlArgs,
        targets: &[GraphId],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let Some(cd) = self.ann.classdef_of.get(&class).copied() else {
            return self.lower_builtin_type_call(cx, class, args, result_s);
        };
        let p = self.new_instance(cx, cd);
        if self.ann.classdefs[cd.index()].is_exception {
            self.set_exception_args(cx, p.clone(), cd, &args)?;
        }
        let init = targets.iter().copied().find(|g| {
            let f = self.ann.graphs[g.index()].func;
            self.ann
                .interp
                .heap
                .as_function(f)
                .is_some_and(|func| &*func.name == "__init__")
        });
        if let Some(g) = init {
            if self.has_graph(g) {
                let func = self.ann.graphs[g.index()].func;
                let mut args = args;
                args.positional
                    .insert(0, (p.clone(), SomeValue::instance(cd)));
                self.direct_call(cx, g, func, &args)?;
            }
        }
        Ok(p)
    }

    /// A new instance of `cd` with its vtable and class-level defaults.
    pub fn new_instance(&mut self, cx: &mut GraphCx, cd: ClassId) -> LlValue {
        let t = self.inst_type(cd);
        let p = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(t))],
            LlType::Ptr(t),
        );
        self.register_destructor(cx, &p, cd);
        let vt = self.vtable_of(cd);
        let vt_root = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        cx.emit(
            L::SetField,
            vec![
                p.clone(),
                LlValue::void(LlConst::Field(0)),
                LlValue::Const(LlConst::Prebuilt(vt), vt_root),
            ],
            LlType::Void,
        );
        for (idx, c) in self.class_defaults(cd) {
            let fty = self.prog.types.fields(t)[idx].ty;
            let name = self
                .class_repr(cd)
                .fields
                .iter()
                .find(|(_, i)| **i == idx)
                .map(|(k, _)| k.clone())
                .unwrap_or_else(|| "".into());
            let s = self.field_annotation(cd, &name);
            let k = self.const_of_type(&c, &s, fty);
            if k == crate::rconst::zero_of(fty) {
                continue;
            }
            cx.emit(
                L::SetField,
                vec![
                    p.clone(),
                    LlValue::void(LlConst::Field(idx as u32)),
                    LlValue::Const(k, fty),
                ],
                LlType::Void,
            );
        }
        p
    }

    /// The text CPython shows for an exception built with these
    /// arguments: `str(arg)` for one (`repr` for KeyError), the tuple's repr
    /// for several, nothing for none.
    pub(crate) fn exception_message(
        &mut self,
        cx: &mut GraphCx,
        cd: ClassId,
        args: &LlArgs,
    ) -> Result<LlValue, String> {
        let st = LlType::Ptr(self.str_type());
        let is_key_error = self.ann.class_name(cd) == "KeyError";
        match &args.positional[..] {
            [] => Ok(LlValue::Const(LlConst::Null, st)),
            // (An instance argument shows as `object.__repr__` would: its
            // own `__str__` is not called at construction time.)
            [(v, SomeValue::Instance { class, .. })] => {
                Ok(self.default_object_repr(cx, v.clone(), *class))
            }
            [(v, s)] => {
                if is_key_error {
                    self.to_repr(cx, v.clone(), s)
                } else {
                    self.to_str(cx, v.clone(), s)
                }
            }
            many => {
                let mut acc = LlValue::Const(self.str_const("("), st);
                for (i, (v, s)) in many.iter().enumerate() {
                    if i > 0 {
                        let sep = LlValue::Const(self.str_const(", "), st);
                        acc =
                            self.call_helper(cx, &crate::runtime_names::STR_CONCAT, vec![acc, sep]);
                    }
                    let r = match s {
                        SomeValue::Instance { class, .. } => {
                            self.default_object_repr(cx, v.clone(), *class)
                        }
                        _ => self.to_repr(cx, v.clone(), s)?,
                    };
                    acc = self.call_helper(cx, &crate::runtime_names::STR_CONCAT, vec![acc, r]);
                }
                let close = LlValue::Const(self.str_const(")"), st);
                Ok(self.call_helper(cx, &crate::runtime_names::STR_CONCAT, vec![acc, close]))
            }
        }
    }

    fn lower_getattr(&mut self, cx: &mut GraphCx, op: &Op, args_s: &[SomeValue]) -> LResult {
        let result_s = cx.binding(op.result).clone();
        let Value::Const(Constant::Str(name)) = &op.args[1] else {
            return Err(not_supported("getattr with a computed name"));
        };
        let obj = self.arg(cx, op, 0, args_s);
        let r = self.read_attr(cx, obj, &args_s[0], name, &result_s)?;
        self.set_result(cx, op, r);
        Ok(())
    }

    /// `obj.name` (also `getattr(obj, "name")`) whose result is `result_s`.
    pub(crate) fn read_attr(
        &mut self,
        cx: &mut GraphCx,
        obj: LlValue,
        obj_s: &SomeValue,
        name: &str,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let result_s = result_s.clone();
        Ok(match obj_s {
            SomeValue::Instance { class, .. } => {
                if let Some(idx) = self.class_repr(*class).fields.get(name).copied() {
                    let t = self.inst_type(*class);
                    let fty = self.prog.types.fields(t)[idx].ty;
                    let v = cx.emit(
                        L::GetField,
                        vec![obj, LlValue::void(LlConst::Field(idx as u32))],
                        fty,
                    );
                    let field_s = self.field_annotation(*class, name);
                    let to = self.lltype(&result_s);
                    self.convert(cx, v, &field_s, to)
                } else if matches!(result_s, SomeValue::BuiltinMethod { .. }) {
                    // `fq.register_finalizer` of a finalizer queue: the
                    // receiver.
                    obj
                } else if matches!(result_s, SomeValue::Pbc { ref descs, .. } if descs.iter().all(|d| matches!(d, Desc::Method { .. })))
                {
                    // A bound method: the receiver.
                    let to = self.lltype(&result_s);
                    self.convert(cx, obj, obj_s, to)
                } else if let Some(c) = crate::rops::constant_of(&result_s) {
                    self.const_value(&c, &result_s)
                } else if result_s.is_constant() {
                    LlValue::void(LlConst::Void)
                } else {
                    return Err(not_supported(&format!(
                        "reading attribute `{name}` of {}",
                        self.ann.class_name(*class)
                    )));
                }
            }
            SomeValue::BigInt { .. } if name == "sign" => {
                self.call_helper(cx, &crate::runtime_names::BIGINT_SIGN, vec![obj])
            }
            _ => {
                // Builtin methods carry their receiver; constants of
                // constants were folded by the generic rule.
                match &result_s {
                    SomeValue::BuiltinMethod { .. } => obj,
                    // `super().method`: a bound method of the receiver.
                    SomeValue::Pbc { descs, .. }
                        if matches!(obj_s, SomeValue::Super { .. })
                            && descs.iter().all(|d| matches!(d, Desc::Method { .. })) =>
                    {
                        let to = self.lltype(&result_s);
                        self.convert(cx, obj, obj_s, to)
                    }
                    s if s.is_constant() => LlValue::void(LlConst::Void),
                    _ => {
                        return Err(not_supported(&format!(
                            "reading attribute `{name}` of {}",
                            obj_s.kind_word()
                        )))
                    }
                }
            }
        })
    }

    fn lower_setattr(&mut self, cx: &mut GraphCx, op: &Op, args_s: &[SomeValue]) -> LResult {
        let Value::Const(Constant::Str(name)) = &op.args[1] else {
            return Err(not_supported("setattr with a computed name"));
        };
        let SomeValue::Instance { class, .. } = &args_s[0] else {
            return Err(not_supported(&format!(
                "setting an attribute of {}",
                args_s[0].kind_word()
            )));
        };
        let idx = *self
            .class_repr(*class)
            .fields
            .get(&**name)
            .ok_or_else(|| not_supported(&format!("setting attribute `{name}` here")))?;
        let t = self.inst_type(*class);
        let fty = self.prog.types.fields(t)[idx].ty;
        let obj = self.arg(cx, op, 0, args_s);
        let v = self.arg_as(cx, op, 2, args_s, fty);
        cx.emit(
            L::SetField,
            vec![obj, LlValue::void(LlConst::Field(idx as u32)), v],
            LlType::Void,
        );
        let none = LlValue::void(LlConst::Void);
        self.set_result(cx, op, none);
        Ok(())
    }
}
