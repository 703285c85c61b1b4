//! Bound methods of different names in one PBC.
//!
//! A PBC of bound methods that all share one method name is represented by
//! its receiver: a call dispatches on the name (directly, or through the
//! receiver's vtable slot when subclasses override the method). When the
//! names differ (`a.add` and `a.sub` stored in one list or passed to one
//! parameter), the receiver alone does not say which method to call, so the
//! PBC is a small immutable GC struct `BoundMethod { self, func }`: the
//! receiver (as the root instance type) and a function pointer with one
//! signature for the whole PBC (the receiver as the root instance type, the
//! other parameters and the result of the methods' common call family).
//!
//! The struct is allocated where a receiver-only bound method (or a pair of
//! another signature) is converted to it (`convert`, on links and call
//! arguments). The function pointer is the method's graph when the PBC
//! being converted has one implementation, else it is read from the
//! receiver's vtable slot of that name, so that subclasses overriding the
//! method are called. A call loads both fields and calls the pointer.

use std::rc::Rc;

use annotator::{ClassId, Desc, GraphId, SomeValue};
use indexmap::IndexMap;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, SigId, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;

/// The `BoundMethod` struct types, one per function signature.
#[derive(Default)]
pub(crate) struct BoundMethodTypes {
    by_sig: IndexMap<SigId, TypeId>,
    sig_of: IndexMap<TypeId, SigId>,
}

impl RTyper<'_, '_> {
    /// The method names of a PBC of bound methods, in order of appearance.
    pub(crate) fn method_names(&self, descs: &[Desc]) -> Vec<Rc<str>> {
        let mut names: Vec<Rc<str>> = Vec::new();
        for d in descs {
            if let Desc::Method { func, .. } = d {
                if let Some(f) = self.ann.interp.heap.as_function(*func) {
                    if !names.contains(&f.name) {
                        names.push(f.name.clone());
                    }
                }
            }
        }
        names
    }

    /// Whether a PBC of bound methods is represented by a `BoundMethod`
    /// struct (its methods have different names).
    pub(crate) fn is_multi_name_methods(&self, descs: &[Desc]) -> bool {
        descs.iter().all(|d| matches!(d, Desc::Method { .. })) && self.method_names(descs).len() > 1
    }

    /// The vtable slots `BoundMethod` structs read: for each PBC of
    /// methods with different names that a variable, a list, a dict or an
    /// instance attribute holds, each name implemented by several methods.
    pub(crate) fn bound_method_slots(&self, out: &mut IndexMap<(ClassId, Rc<str>), ()>) {
        let mut seen = Vec::new();
        for ag in &self.ann.graphs {
            for s in &ag.bindings {
                self.collect_method_slots(s, out, &mut seen);
            }
        }
        for cd in &self.ann.classdefs {
            for a in cd.attrs.values() {
                self.collect_method_slots(&a.s, out, &mut seen);
            }
        }
    }

    fn collect_method_slots(
        &self,
        s: &SomeValue,
        out: &mut IndexMap<(ClassId, Rc<str>), ()>,
        seen: &mut Vec<(bool, u32)>,
    ) {
        match s {
            SomeValue::Pbc { descs, .. } if self.is_multi_name_methods(descs) => {
                for name in self.method_names(descs) {
                    let group: Vec<Desc> = descs
                        .iter()
                        .filter(|d| match d {
                            Desc::Method { func, .. } => self
                                .ann
                                .interp
                                .heap
                                .as_function(*func)
                                .is_some_and(|f| f.name == name),
                            _ => false,
                        })
                        .cloned()
                        .collect();
                    let g = SomeValue::Pbc {
                        descs: Rc::from(group),
                        nullable: false,
                    };
                    if let Some(key) = self.method_dispatch(&g) {
                        out.insert(key, ());
                    }
                }
            }
            SomeValue::List { def, .. } => {
                let root = def.raw();
                if !seen.contains(&(false, root)) {
                    seen.push((false, root));
                    let item = self.ann.lists.peek(root).item.clone();
                    self.collect_method_slots(&item, out, seen);
                }
            }
            SomeValue::Dict { def, .. } => {
                let root = def.raw();
                if !seen.contains(&(true, root)) {
                    seen.push((true, root));
                    let (k, v) = {
                        let d = self.ann.dicts.peek(root);
                        (d.key.clone(), d.value.clone())
                    };
                    self.collect_method_slots(&k, out, seen);
                    self.collect_method_slots(&v, out, seen);
                }
            }
            SomeValue::Tuple(items) => {
                for i in items.iter() {
                    self.collect_method_slots(i, out, seen);
                }
            }
            _ => {}
        }
    }

    /// Whether `t` is a `BoundMethod` struct.
    pub(crate) fn is_bound_method_type(&self, t: TypeId) -> bool {
        self.bound_methods.sig_of.contains_key(&t)
    }

    /// The graph of `func` the annotator reached (its default graph).
    fn reached_graph(&self, func: flowgraph::ObjRef) -> Option<GraphId> {
        let info = self.ann.funcs.get(&func)?;
        info.graphs
            .values()
            .copied()
            .find(|g| self.ann.graphs[g.index()].reached.iter().any(|r| *r))
    }

    /// The `BoundMethod` struct of a PBC of methods with different names.
    pub(crate) fn bound_method_type(&mut self, descs: &[Desc]) -> TypeId {
        let obj = LlType::Ptr(self.prog.object_type.expect("classes laid out"));
        let g = descs.iter().find_map(|d| match d {
            Desc::Method { func, .. } => self.reached_graph(*func),
            _ => None,
        });
        let sig = match g {
            Some(g) => {
                let (mut params, ret) = self.graph_types(g);
                match params.first_mut() {
                    Some(p) => *p = obj,
                    None => params.push(obj),
                }
                self.prog.types.sig(params, ret)
            }
            None => self.prog.types.sig(vec![obj], LlType::Void),
        };
        if let Some(t) = self.bound_methods.by_sig.get(&sig) {
            return *t;
        }
        let name = self.unique_type_name("BoundMethod");
        let t = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("self", obj),
                    Field::new("func", LlType::FuncPtr(sig)),
                ],
                varsize: None,
            },
            true,
        );
        self.bound_methods.by_sig.insert(sig, t);
        self.bound_methods.sig_of.insert(t, sig);
        t
    }

    /// Converts the bound method `v` (annotated `s`, a PBC of methods) to
    /// the `BoundMethod` struct `t`.
    pub(crate) fn convert_to_bound_method(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        t: TypeId,
    ) -> Result<LlValue, String> {
        let to = LlType::Ptr(t);
        if let LlValue::Const(LlConst::Null, _) = v {
            return Ok(LlValue::Const(LlConst::Null, to));
        }
        let SomeValue::Pbc { nullable, .. } = s else {
            return Err(format!(
                "internal error: converting {} to a bound method",
                s.kind_word()
            ));
        };
        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
        let fty = LlType::FuncPtr(self.bound_methods.sig_of[&t]);
        let from = cx.ty(&v);
        let (recv, fptr) = match from {
            LlType::Ptr(ft) if self.is_bound_method_type(ft) => {
                // Another signature's pair (a subset of these methods).
                let r = cx.emit(
                    L::GetField,
                    vec![v.clone(), LlValue::void(LlConst::Field(0))],
                    obj,
                );
                let old = LlType::FuncPtr(self.bound_methods.sig_of[&ft]);
                let f = cx.emit(
                    L::GetField,
                    vec![v.clone(), LlValue::void(LlConst::Field(1))],
                    old,
                );
                (r, f)
            }
            LlType::Ptr(_) => {
                let f = self.method_fnptr(cx, v.clone(), s, *nullable)?;
                let r = cx.emit(L::CastPtr, vec![v.clone()], obj);
                (r, f)
            }
            _ => {
                return Err(format!(
                    "internal error: a bound method represented as {}",
                    self.prog.types.show(from)
                ))
            }
        };
        let fptr = if cx.ty(&fptr) == fty {
            fptr
        } else {
            cx.emit(L::CastPtr, vec![fptr], fty)
        };
        let p = cx.emit(L::Malloc, vec![LlValue::void(LlConst::Type(t))], to);
        for (i, val) in [recv, fptr].into_iter().enumerate() {
            cx.emit(
                L::SetField,
                vec![p.clone(), LlValue::void(LlConst::Field(i as u32)), val],
                LlType::Void,
            );
        }
        if !*nullable {
            return Ok(p);
        }
        // None stays None (the struct allocated for it is dropped).
        let set = cx.emit(L::PtrNonNull, vec![v], LlType::Bool);
        Ok(cx.emit(
            L::Select,
            vec![set, p, LlValue::Const(LlConst::Null, to)],
            to,
        ))
    }

    /// The function pointer of the receiver-only bound method `recv` (its
    /// PBC `s` has one method name): the graph when there is one
    /// implementation, else the receiver's vtable slot.
    fn method_fnptr(
        &mut self,
        cx: &mut GraphCx,
        recv: LlValue,
        s: &SomeValue,
        nullable: bool,
    ) -> Result<LlValue, String> {
        let SomeValue::Pbc { descs, .. } = s else {
            unreachable!("a PBC of methods")
        };
        match self.method_dispatch(s) {
            None => {
                let Some(Desc::Method { func, .. }) = descs.first() else {
                    unreachable!("a PBC of methods")
                };
                Ok(match self.method_graph(*func) {
                    Some(g) => {
                        let sig = self.graph_sig(g);
                        LlValue::Const(LlConst::Graph(self.ll_graph_id(g)), LlType::FuncPtr(sig))
                    }
                    None => {
                        let sig = self.prog.types.sig(vec![], LlType::Void);
                        LlValue::Const(LlConst::Null, LlType::FuncPtr(sig))
                    }
                })
            }
            Some(_) if nullable => Err(not_supported(
                "a bound method that may be None, overridden in subclasses, stored with methods of other names",
            )),
            Some((base, name)) => self.vtable_method_ptr(cx, recv, base, &name),
        }
    }

    /// The method `name` of the receiver `recv` (an instance of `base` or
    /// of a subclass), read from its vtable slot.
    pub(crate) fn vtable_method_ptr(
        &mut self,
        cx: &mut GraphCx,
        recv: LlValue,
        base: ClassId,
        name: &str,
    ) -> Result<LlValue, String> {
        let slot = *self
            .class_repr(base)
            .slots
            .get(name)
            .ok_or_else(|| format!("internal error: no vtable slot for {name}"))?;
        let obj_t = LlType::Ptr(self.prog.object_type.expect("classes"));
        let vt_root = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        let vt_t = LlType::Ptr(self.class_info(base).vtable_type);
        let o = cx.emit(L::CastPtr, vec![recv], obj_t);
        let vt = cx.emit(
            L::GetField,
            vec![o, LlValue::void(LlConst::Field(0))],
            vt_root,
        );
        let vt = cx.emit(L::CastPtr, vec![vt], vt_t);
        let fty = self.prog.types.fields(self.class_info(base).vtable_type)[slot].ty;
        Ok(cx.emit(
            L::GetField,
            vec![vt, LlValue::void(LlConst::Field(slot as u32))],
            fty,
        ))
    }

    /// A call of the `BoundMethod` struct `pair`: its function pointer with
    /// its receiver and the arguments.
    pub(crate) fn bound_method_pair_call(
        &mut self,
        cx: &mut GraphCx,
        pair: LlValue,
        t: TypeId,
        descs: &[Desc],
        mut args: LlArgs,
        targets: &[GraphId],
    ) -> Result<LlValue, String> {
        let Some(g0) = targets.iter().copied().find(|g| self.has_graph(*g)) else {
            return Ok(LlValue::void(LlConst::Void));
        };
        let f0 = self.ann.graphs[g0.index()].func;
        let self_class = descs
            .iter()
            .find_map(|d| match d {
                Desc::Method { func, self_class } if *func == f0 => Some(*self_class),
                _ => None,
            })
            .ok_or("internal error: a call target outside the bound methods")?;
        let sig = self.bound_methods.sig_of[&t];
        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
        let recv = cx.emit(
            L::GetField,
            vec![pair.clone(), LlValue::void(LlConst::Field(0))],
            obj,
        );
        let fptr = cx.emit(
            L::GetField,
            vec![pair, LlValue::void(LlConst::Field(1))],
            LlType::FuncPtr(sig),
        );
        args.positional
            .insert(0, (recv, SomeValue::instance(self_class)));
        let vals = self.bind_values(cx, f0, g0, &args)?;
        let params = self.prog.types.sigs[sig.index()].params.clone();
        let ret = self.prog.types.sigs[sig.index()].result;
        if params.len() != vals.len() {
            return Err(not_supported(
                "calling bound methods whose signatures differ",
            ));
        }
        let mut all = vec![fptr];
        for (v, ty) in vals.into_iter().zip(params) {
            let v = self.convert(cx, v, &SomeValue::Impossible, ty);
            all.push(v);
        }
        Ok(cx.emit(L::IndirectCall, all, ret))
    }
}
