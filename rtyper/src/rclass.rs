//! Classes and instances: the low-level layout of every class definition.
//!
//! Every instance is a GC struct starting with the fields of `object`
//! (`typeptr`: its class's vtable), then the fields of each ancestor, then
//! its own attributes (flattened, so an instance pointer can be cast to any
//! ancestor's type). Every attribute the annotator placed on a class
//! definition is an instance field; allocation initialises fields that have
//! a class-level default from the instantiated class. Exception instances
//! carry a hidden `msg` (the text CPython shows for an uncaught exception).
//!
//! Vtables are static structs: `subclassrange_min/max` (preorder ids:
//! `isinstance(x, C)` is `C.min <= x.typeptr.min <= C.max`), the class name,
//! then one function-pointer slot per method that some call site invokes
//! polymorphically (slots are found by a pre-pass over all call sites, so
//! the vtable types are complete before lowering).

use std::rc::Rc;

use annotator::classdefs::ClassAttr;
use annotator::{ClassId, Desc, SomeValue};
use flowgraph::{Constant, OpName, Value};
use frontend::heap::Object;
use indexmap::IndexMap;

use crate::llgraph::{LlConst, PrebuiltId};
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::program::{ClassInfo, Prebuilt, PrebuiltItems};
use crate::rtyper::RTyper;

/// Low-level facts about one class definition.
pub struct ClassRepr {
    pub info: usize,
    /// Instance fields: attribute name → field index in `inst_type`.
    pub fields: IndexMap<Rc<str>, usize>,
    /// Method slots this class introduces or inherits: name → field index
    /// in its vtable type.
    pub slots: IndexMap<Rc<str>, usize>,
}

impl RTyper<'_, '_> {
    /// Lays out every class definition of the annotator (in preorder).
    pub(crate) fn layout_classes(&mut self) {
        let str_ptr = LlType::Ptr(self.str_type());
        // The root vtable and `object`.
        let vt_root_fields = vec![
            Field::new("subclassrange_min", LlType::Signed),
            Field::new("subclassrange_max", LlType::Signed),
            Field::new("name", str_ptr),
        ];
        let vt_root = self.prog.types.add(
            "Vtable_object".into(),
            TypeKind::Struct {
                fields: vt_root_fields.clone(),
                varsize: None,
            },
            false,
        );
        let obj = self.prog.types.add(
            "Inst_object".into(),
            TypeKind::Struct {
                fields: vec![Field::new("typeptr", LlType::Ptr(vt_root))],
                varsize: None,
            },
            true,
        );
        self.prog.vtable_type = Some(vt_root);
        self.prog.object_type = Some(obj);

        let slots = self.polymorphic_method_slots();
        let ann = &*self.ann;
        let n = ann.classdefs.len();
        let roots: Vec<ClassId> = (0..n)
            .map(ClassId::new)
            .filter(|c| ann.classdefs[c.index()].base.is_none())
            .collect();
        // Preorder numbering.
        let mut order = Vec::new();
        let mut stack: Vec<ClassId> = roots.into_iter().rev().collect();
        while let Some(c) = stack.pop() {
            order.push(c);
            for s in ann.classdefs[c.index()].subclasses.iter().rev() {
                stack.push(*s);
            }
        }
        let mut min_id = vec![0i64; n];
        let mut max_id = vec![0i64; n];
        for (i, c) in order.iter().enumerate() {
            min_id[c.index()] = i as i64;
        }
        for c in order.iter().rev() {
            let mut m = min_id[c.index()];
            for s in &ann.classdefs[c.index()].subclasses {
                m = m.max(max_id[s.index()]);
            }
            max_id[c.index()] = m;
        }
        // Declare every type first: fields may refer to any class.
        self.class_reprs = (0..n).map(|_| None).collect();
        for c in &order {
            self.declare_class(*c, min_id[c.index()], max_id[c.index()]);
        }
        for (c, name) in slots.keys() {
            for k in self.ann.subtree(*c) {
                if let Some(ClassAttr::Method(f)) = self.ann.class_lookup(k, name) {
                    self.self_override.insert(f, *c);
                }
            }
        }
        for c in order {
            self.layout_class(c, &slots, obj, vt_root);
        }
    }

    fn declare_class(&mut self, c: ClassId, min: i64, max: i64) {
        let cd = &self.ann.classdefs[c.index()];
        let name = cd.name.to_string();
        let base = cd.base;
        let is_exc = cd.is_exception;
        let rust_name = self.unique_type_name(&format!("Inst_{}", sanitize(&name)));
        let inst_type = self.prog.types.forward(rust_name.clone(), true);
        let vt_name = rust_name.replacen("Inst_", "Vtable_", 1);
        let vtable_type = self.prog.types.forward(vt_name.clone(), false);
        let name_const = self.str_const(&name);
        let vtable = self.prog.add_prebuilt(Prebuilt {
            name: vt_name.to_lowercase(),
            ty: vtable_type,
            fields: vec![LlConst::Int(min), LlConst::Int(max), name_const],
            items: PrebuiltItems::None,
        });
        let traceback_name = self.traceback_name(c);
        let info = self.prog.classes.len();
        self.prog.classes.push(ClassInfo {
            name,
            traceback_name,
            base: base.map(|b| self.class_reprs[b.index()].as_ref().unwrap().info),
            inst_type,
            vtable_type,
            vtable,
            min_id: min,
            max_id: max,
            is_exception: is_exc,
            destructor: None,
            fq_trigger: None,
        });
        self.class_reprs[c.index()] = Some(ClassRepr {
            info,
            fields: IndexMap::new(),
            slots: IndexMap::new(),
        });
    }

    fn layout_class(
        &mut self,
        c: ClassId,
        slots: &IndexMap<(ClassId, Rc<str>), ()>,
        obj: TypeId,
        vt_root: TypeId,
    ) {
        let cd = &self.ann.classdefs[c.index()];
        let base = cd.base;
        let is_exc = cd.is_exception;
        let (mut inst_fields, mut fields, mut vt_fields, mut vslots) = match base {
            Some(b) => {
                let br = self.class_reprs[b.index()]
                    .as_ref()
                    .expect("base laid out first");
                let info = &self.prog.classes[br.info];
                (
                    self.prog.types.fields(info.inst_type).to_vec(),
                    br.fields.clone(),
                    self.prog.types.fields(info.vtable_type).to_vec(),
                    br.slots.clone(),
                )
            }
            None => (
                self.prog.types.fields(obj).to_vec(),
                IndexMap::new(),
                self.prog.types.fields(vt_root).to_vec(),
                IndexMap::new(),
            ),
        };
        if is_exc && base.map_or(true, |b| !self.ann.classdefs[b.index()].is_exception) {
            fields.insert("<msg>".into(), inst_fields.len());
            inst_fields.push(Field::new("msg", LlType::Ptr(self.str_type())));
            // How `repr()` rebuilds the arguments from `msg`
            // (`rexcrepr.rs`).
            fields.insert("<argkind>".into(), inst_fields.len());
            inst_fields.push(Field::new("argkind", LlType::Signed));
        }
        // Own attributes, largest first (fewer padding holes).
        let mut own: Vec<(Rc<str>, SomeValue)> = cd
            .attrs
            .iter()
            .map(|(k, a)| (k.clone(), a.s.clone()))
            .collect();
        let mut typed: Vec<(Rc<str>, LlType)> = own
            .drain(..)
            .map(|(k, s)| {
                let t = self.lltype(&s);
                (k, t)
            })
            .collect();
        typed.sort_by_key(|(_, t)| std::cmp::Reverse(t.size()));
        for (k, t) in typed {
            fields.insert(k.clone(), inst_fields.len());
            inst_fields.push(Field::new(&format!("inst_{}", sanitize(&k)), t));
        }
        for ((sc, mname), ()) in slots {
            if *sc == c && !vslots.contains_key(mname) {
                vslots.insert(mname.clone(), vt_fields.len());
                let sig = self.method_slot_sig(c, mname);
                vt_fields.push(Field::new(&format!("meth_{}", sanitize(mname)), sig));
            }
        }
        let info = self.class_repr(c).info;
        let (inst_type, vtable_type) = {
            let i = &self.prog.classes[info];
            (i.inst_type, i.vtable_type)
        };
        self.prog.types.define(
            inst_type,
            TypeKind::Struct {
                fields: inst_fields,
                varsize: None,
            },
        );
        self.prog.types.define(
            vtable_type,
            TypeKind::Struct {
                fields: vt_fields,
                varsize: None,
            },
        );
        let repr = self.class_reprs[c.index()].as_mut().unwrap();
        repr.fields = fields;
        repr.slots = vslots;
    }

    /// Fills the method slots of every vtable (after graphs exist).
    pub(crate) fn fill_vtables(&mut self) {
        for c in 0..self.class_reprs.len() {
            let c = ClassId::new(c);
            let Some(repr) = &self.class_reprs[c.index()] else {
                continue;
            };
            let slots: Vec<(Rc<str>, usize)> =
                repr.slots.iter().map(|(k, v)| (k.clone(), *v)).collect();
            let vt = self.prog.classes[repr.info].vtable;
            for (mname, idx) in slots {
                let value = match self.ann.class_lookup(c, &mname) {
                    Some(ClassAttr::Method(f)) => match self.method_graph(f) {
                        Some(g) => LlConst::Graph(self.ll_graph_id(g)),
                        None => LlConst::Null,
                    },
                    _ => LlConst::Null,
                };
                let p = &mut self.prog.prebuilt[vt.index()];
                while p.fields.len() <= idx {
                    p.fields.push(LlConst::Null);
                }
                p.fields[idx] = value;
            }
        }
    }

    /// The call sites that call a method with several implementations:
    /// (the most general class receiving it, method name).
    fn polymorphic_method_slots(&self) -> IndexMap<(ClassId, Rc<str>), ()> {
        let mut out = IndexMap::new();
        for ag in &self.ann.graphs {
            for (bi, block) in ag.graph.blocks.iter().enumerate() {
                if !ag.reached[bi] {
                    continue;
                }
                for op in &block.ops {
                    if let Some((recv, name)) = self.special_method_call(op) {
                        let recv_s = match recv.as_var() {
                            Some(v) => &ag.bindings[v.index()],
                            None => continue,
                        };
                        if let Some(key) = self.special_dispatch(recv_s, name) {
                            out.insert(key, ());
                        }
                        continue;
                    }
                    if !matches!(op.name, OpName::SimpleCall | OpName::CallArgs) {
                        continue;
                    }
                    let Some(v) = op.args[0].as_var() else {
                        continue;
                    };
                    if let Some((base, name)) = self.method_dispatch(&ag.bindings[v.index()]) {
                        out.insert((base, name), ());
                    }
                }
            }
        }
        for descs in self.ann.special_calls.values() {
            let f = SomeValue::Pbc {
                descs: descs.clone(),
                nullable: false,
            };
            if let Some((base, name)) = self.method_dispatch(&f) {
                out.insert((base, name), ());
            }
        }
        self.bound_method_slots(&mut out);
        // A slot on a class also serves its subclasses; drop slots whose
        // class has an ancestor with the same slot.
        let keys: Vec<(ClassId, Rc<str>)> = out.keys().cloned().collect();
        for (c, n) in &keys {
            let mut a = self.ann.classdefs[c.index()].base;
            while let Some(k) = a {
                if out.contains_key(&(k, n.clone())) {
                    out.shift_remove(&(*c, n.clone()));
                    break;
                }
                a = self.ann.classdefs[k.index()].base;
            }
        }
        out
    }

    /// The receiver and special method of an op that calls one on an
    /// instance (`for` loops, `iter()`, `next()`).
    fn special_method_call<'o>(&self, op: &'o flowgraph::Op) -> Option<(&'o Value, &'static str)> {
        match op.name {
            OpName::Iter => Some((&op.args[0], "__iter__")),
            OpName::Next => Some((&op.args[0], "__next__")),
            OpName::SimpleCall if op.args.len() == 2 => {
                let Some(Constant::Obj(f)) = op.args[0].as_const() else {
                    return None;
                };
                match self.ann.interp.heap.get(*f) {
                    Object::Builtin(b) if b.is("builtins", "iter") => {
                        Some((&op.args[1], "__iter__"))
                    }
                    Object::Builtin(b) if b.is("builtins", "next") => {
                        Some((&op.args[1], "__next__"))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// For a special method called on an instance of class `c` (or of a
    /// subclass) with several implementations: `c` and the method name.
    fn special_dispatch(&self, s: &SomeValue, name: &str) -> Option<(ClassId, Rc<str>)> {
        let SomeValue::Instance { class, .. } = s else {
            return None;
        };
        let heap = &self.ann.interp.heap;
        let mut funcs = Vec::new();
        for k in self.ann.subtree(*class) {
            let cls = self.ann.classdefs[k.index()].class;
            let found = if k == *class {
                heap.class_lookup(cls, name).map(|(_, v)| v)
            } else {
                heap.as_class(cls).and_then(|c| c.dict.get(name).cloned())
            };
            if let Some(Constant::Obj(f)) = found {
                if heap.as_function(f).is_some() && !funcs.contains(&f) {
                    funcs.push(f);
                }
            }
        }
        (funcs.len() >= 2).then(|| (*class, Rc::from(name)))
    }

    /// For a method PBC with several implementations: the class that gets
    /// the vtable slot and the method name.
    pub(crate) fn method_dispatch(&self, s: &SomeValue) -> Option<(ClassId, Rc<str>)> {
        let SomeValue::Pbc { descs, .. } = s else {
            return None;
        };
        let mut funcs = Vec::new();
        let mut base: Option<ClassId> = None;
        for d in descs.iter() {
            let Desc::Method { func, self_class } = d else {
                return None;
            };
            if !funcs.contains(func) {
                funcs.push(*func);
            }
            base = Some(match base {
                None => *self_class,
                Some(b) => self.ann.common_base(b, *self_class)?,
            });
        }
        if funcs.len() < 2 || self.is_multi_name_methods(descs) {
            return None;
        }
        let name = self.ann.interp.heap.as_function(funcs[0])?.name.clone();
        Some((base?, name))
    }

    pub fn class_repr(&self, c: ClassId) -> &ClassRepr {
        self.class_reprs[c.index()]
            .as_ref()
            .expect("every class definition is laid out")
    }
    pub fn class_info(&self, c: ClassId) -> &ClassInfo {
        &self.prog.classes[self.class_repr(c).info]
    }
    pub fn inst_type(&self, c: ClassId) -> TypeId {
        self.class_info(c).inst_type
    }
    pub fn vtable_of(&self, c: ClassId) -> PrebuiltId {
        self.class_info(c).vtable
    }

    fn traceback_name(&self, c: ClassId) -> String {
        let cd = &self.ann.classdefs[c.index()];
        let heap = &self.ann.interp.heap;
        match heap.as_class(cd.class) {
            // CPython's traceback omits the module `__main__` (the target
            // file run as a script) and `builtins`.
            Some(k) if k.kind == frontend::heap::ClassKind::User => {
                if &*k.module_name == "__target__" || &*k.module_name == "__main__" {
                    k.qualname.to_string()
                } else {
                    format!("{}.{}", k.module_name, k.qualname)
                }
            }
            _ => cd.name.to_string(),
        }
    }

    /// The class-level default of each instance field of `c` (for
    /// allocation): (field index, constant value).
    pub(crate) fn class_defaults(&self, c: ClassId) -> Vec<(usize, Constant)> {
        let repr = self.class_repr(c);
        let mut out = Vec::new();
        for (name, idx) in &repr.fields {
            if name.starts_with('<') {
                continue;
            }
            if let Some(ClassAttr::Value(v)) = self.ann.class_lookup(c, name) {
                out.push((*idx, v));
            }
        }
        out
    }
}

/// A Rust-identifier-safe version of a Python name.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
