//! Constants: flow-graph constants and compile-time heap objects become
//! low-level constants and prebuilt objects (static data).
//!
//! Primitive constants map to machine values; strings to shared prebuilt
//! strings; prebuilt instances, lists and tuples to prebuilt objects whose
//! fields are converted recursively (cycles are fine: an object's id exists
//! before its fields are filled); functions used as values to function
//! pointers; classes used as values to their vtables.

use annotator::{Desc, SomeValue};
use flowgraph::{Constant, ObjRef};
use frontend::heap::Object;

use crate::llgraph::{LlConst, LlValue};
use crate::lltype::LlType;
use crate::program::{Prebuilt, PrebuiltItems};
use crate::rtyper::RTyper;

impl RTyper<'_, '_> {
    /// The low-level value of constant `c` whose annotation is `s`.
    pub fn const_value(&mut self, c: &Constant, s: &SomeValue) -> LlValue {
        let ty = self.lltype(s);
        let k = self.const_of_type(c, s, ty);
        LlValue::Const(k, ty)
    }

    /// The constant `c` as a value of low-level type `ty`.
    pub fn const_of_type(&mut self, c: &Constant, s: &SomeValue, ty: LlType) -> LlConst {
        if ty == LlType::Void {
            return LlConst::Void;
        }
        match c {
            Constant::None => LlConst::Null,
            Constant::Bool(b) => match ty {
                LlType::Bool => LlConst::Bool(*b),
                LlType::Float => LlConst::Float(*b as i64 as f64),
                _ => LlConst::Int(*b as i64),
            },
            Constant::Int(i) => match ty {
                LlType::Float => LlConst::Float(*i as f64),
                LlType::Bool => LlConst::Bool(*i != 0),
                _ => LlConst::Int(*i),
            },
            Constant::SizedInt(_, bits) => match ty {
                LlType::Float => LlConst::Float(*bits as i64 as f64),
                _ => LlConst::Int(*bits as i64),
            },
            Constant::BigInt(n) => {
                let at = self.dicts.use_site;
                self.long_const(&**n, ty, at)
            }
            Constant::Float(f) => LlConst::Float(*f),
            Constant::Str(st) => match ty {
                LlType::UniChar => LlConst::Char(st.chars().next().map_or(0, |c| c as u32)),
                _ => self.str_const(st),
            },
            Constant::Bytes(b) => match ty {
                LlType::Ptr(_) => self.bytes_const(b, b.len()),
                _ => LlConst::Int(b.first().copied().unwrap_or(0) as i64),
            },
            Constant::Obj(r) => self.heap_const(*r, s, ty),
        }
    }

    /// An integer constant that does not fit a machine word (a long
    /// literal): exact as a float (CPython rounds the same way), an error
    /// as an integer, since RPython ints are machine words.
    pub fn long_const(
        &mut self,
        n: &dyn std::fmt::Display,
        ty: LlType,
        at: Option<flowgraph::Span>,
    ) -> LlConst {
        if ty == LlType::Float {
            return LlConst::Float(n.to_string().parse().unwrap_or(f64::INFINITY));
        }
        if let Some(span) = at {
            self.error(
                span,
                format!(
                    "the integer constant {n} does not fit a machine word \
                     (RPython ints are 64-bit: use r_uint(...) or intmask(...))"
                ),
            );
        }
        LlConst::Int(0)
    }

    fn heap_const(&mut self, r: ObjRef, s: &SomeValue, ty: LlType) -> LlConst {
        if let Some(p) = self.prebuilt_objs.get(&r) {
            return LlConst::Prebuilt(*p);
        }
        match s {
            SomeValue::Pbc { descs, .. } => {
                let d = descs
                    .iter()
                    .find(|d| matches!(d, Desc::Func(f) | Desc::Class(f) if *f == r))
                    .cloned();
                match d {
                    Some(d) => self.func_pbc_const(&d).unwrap_or(LlConst::Null),
                    None => LlConst::Null,
                }
            }
            SomeValue::Instance { class, .. } => {
                let Object::Instance(inst) = self.ann.interp.heap.get(r) else {
                    return LlConst::Null;
                };
                let attrs: Vec<(std::rc::Rc<str>, Constant)> = inst
                    .attrs
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let iclass = inst.class;
                let cd = self.ann.classdef_of.get(&iclass).copied().unwrap_or(*class);
                let inst_type = self.inst_type(cd);
                let n = self.prebuilt_objs.len();
                let cname = crate::rclass::sanitize(self.ann.class_name(cd)).to_lowercase();
                let id = self.prog.add_prebuilt(Prebuilt {
                    name: format!("inst_{cname}_{n}"),
                    ty: inst_type,
                    fields: Vec::new(),
                    items: PrebuiltItems::None,
                });
                self.prebuilt_objs.insert(r, id);
                let fields = self.instance_field_consts(cd, &attrs);
                self.prog.prebuilt[id.index()].fields = fields;
                LlConst::Prebuilt(id)
            }
            SomeValue::WeakRef { .. } => self.weakref_const(r),
            SomeValue::List { .. } => {
                let Object::List(items) = self.ann.interp.heap.get(r) else {
                    return LlConst::Null;
                };
                let items = items.clone();
                let repr = self.list_repr_of(s);
                let item_s = self.list_item_annotation(s);
                let n = self.prebuilt_objs.len();
                let array = self.prog.add_prebuilt(Prebuilt {
                    name: format!("array_{n}"),
                    ty: repr.array,
                    fields: vec![LlConst::Int(items.len() as i64)],
                    items: PrebuiltItems::None,
                });
                let id = if repr.fixed {
                    array
                } else {
                    self.prog.add_prebuilt(Prebuilt {
                        name: format!("list_{n}"),
                        ty: repr.ty,
                        fields: vec![LlConst::Int(items.len() as i64), LlConst::Prebuilt(array)],
                        items: PrebuiltItems::None,
                    })
                };
                self.prebuilt_objs.insert(r, id);
                let consts: Vec<LlConst> = items
                    .iter()
                    .map(|c| self.const_of_type(c, &item_s, repr.item))
                    .collect();
                self.prog.prebuilt[array.index()].items = PrebuiltItems::Consts(consts);
                LlConst::Prebuilt(id)
            }
            SomeValue::Tuple(item_s) => {
                let Some(items) = self.ann.interp.heap.tuple_items(&Constant::Obj(r)) else {
                    return LlConst::Null;
                };
                let items = items.to_vec();
                let LlType::Ptr(t) = ty else {
                    return LlConst::Null;
                };
                let item_s = item_s.clone();
                let n = self.prebuilt_objs.len();
                let id = self.prog.add_prebuilt(Prebuilt {
                    name: format!("tuple_{n}"),
                    ty: t,
                    fields: Vec::new(),
                    items: PrebuiltItems::None,
                });
                self.prebuilt_objs.insert(r, id);
                let mut fields = Vec::new();
                for (c, cs) in items.iter().zip(item_s.iter()) {
                    let fty = self.lltype(cs);
                    fields.push(self.const_of_type(c, cs, fty));
                }
                self.prog.prebuilt[id.index()].fields = fields;
                LlConst::Prebuilt(id)
            }
            SomeValue::Dict { .. } => self.dict_const(r, s),
            _ => LlConst::Null,
        }
    }

    /// Field values of a prebuilt instance of `cd` (in field order).
    fn instance_field_consts(
        &mut self,
        cd: annotator::ClassId,
        attrs: &[(std::rc::Rc<str>, Constant)],
    ) -> Vec<LlConst> {
        let inst_type = self.inst_type(cd);
        let nfields = self.prog.types.fields(inst_type).len();
        let mut out = vec![LlConst::Null; nfields];
        out[0] = LlConst::Prebuilt(self.vtable_of(cd));
        let field_map: Vec<(std::rc::Rc<str>, usize)> = self
            .class_repr(cd)
            .fields
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        let defaults = self.class_defaults(cd);
        for (name, idx) in field_map {
            let fty = self.prog.types.fields(inst_type)[idx].ty;
            let value = attrs
                .iter()
                .find(|(k, _)| **k == *name)
                .map(|(_, v)| v.clone())
                .or_else(|| {
                    defaults
                        .iter()
                        .find(|(i, _)| *i == idx)
                        .map(|(_, v)| v.clone())
                });
            out[idx] = match value {
                Some(v) => {
                    let s = self.field_annotation(cd, &name);
                    self.const_of_type(&v, &s, fty)
                }
                None => zero_of(fty),
            };
        }
        out
    }

    /// The annotation of instance attribute `name` of `cd` (found on the
    /// class that owns it).
    pub fn field_annotation(&self, cd: annotator::ClassId, name: &str) -> SomeValue {
        let mut k = Some(cd);
        while let Some(c) = k {
            if let Some(a) = self.ann.classdefs[c.index()].attrs.get(name) {
                return a.s.clone();
            }
            k = self.ann.classdefs[c.index()].base;
        }
        SomeValue::Impossible
    }

    /// The item annotation of a list annotation.
    pub fn list_item_annotation(&mut self, s: &SomeValue) -> SomeValue {
        let SomeValue::List { def, .. } = s else {
            return SomeValue::Impossible;
        };
        let root = self.ann.lists.find(def.raw());
        self.ann.lists.peek(root).item.clone()
    }

    /// A function or class used as a value: its graph or vtable.
    pub fn func_pbc_const(&mut self, d: &Desc) -> Option<LlConst> {
        match d {
            Desc::Func(f) => {
                let g = self.method_graph(*f)?;
                Some(LlConst::Graph(self.ll_graph_id(g)))
            }
            Desc::Class(c) => {
                let cd = self.ann.classdef_of.get(c).copied()?;
                Some(LlConst::Prebuilt(self.vtable_of(cd)))
            }
            _ => None,
        }
    }
}

/// The zero value of a type (for fields without a value).
pub fn zero_of(t: LlType) -> LlConst {
    match t {
        LlType::Void => LlConst::Void,
        LlType::Bool => LlConst::Bool(false),
        LlType::Float => LlConst::Float(0.0),
        LlType::Char | LlType::UniChar => LlConst::Char(0),
        LlType::Ptr(_) | LlType::FuncPtr(_) => LlConst::Null,
        _ => LlConst::Int(0),
    }
}
