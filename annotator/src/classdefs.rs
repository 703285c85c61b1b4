//! Class definitions: the annotator's view of the classes a program uses.
//!
//! One [`ClassDef`] per user or exception class that appears in an
//! annotation, linked to its base (single inheritance; further bases are
//! mixins whose methods are found through the class's MRO). Instance
//! attributes live on the most general class that reads or writes them:
//! when a base class starts using an attribute its subclasses already had,
//! the subclasses' definitions are absorbed into the base's (and their
//! readers reflowed). Methods and other class-level constants stay in the
//! class dicts of the heap; a method lookup also collects the overriding
//! methods of every known subclass, and is reflowed when a subclass appears.

use std::rc::Rc;

use flowgraph::{Constant, ObjRef};
use frontend::heap::{ClassKind, Object};
use indexmap::{IndexMap, IndexSet};

use crate::containers::Source;
use crate::model::{ClassId, Desc, OpPos, Pos, SomeValue};
use crate::Annotator;

pub struct ClassDef {
    pub class: ObjRef,
    pub name: Rc<str>,
    pub base: Option<ClassId>,
    pub subclasses: Vec<ClassId>,
    pub attrs: IndexMap<Rc<str>, AttrDef>,
    /// Blocks that looked up methods on this class (reflowed when a
    /// subclass appears: it may override them).
    pub lookup_readers: IndexSet<Pos>,
    pub is_exception: bool,
    /// Instantiated somewhere (directly, not only through subclasses).
    pub instantiated: bool,
}

pub struct AttrDef {
    pub s: SomeValue,
    pub readers: IndexSet<Pos>,
    /// Where values were stored (setattr ops, prebuilt instances, class
    /// constants), for error messages.
    pub sources: Vec<Source>,
}

/// What a class-level lookup found.
pub enum ClassAttr {
    /// A plain function: a method.
    Method(ObjRef),
    StaticMethod(Constant),
    ClassMethod(Constant),
    Property(Constant, Constant),
    /// Any other constant (a class attribute).
    Value(Constant),
}

impl Annotator<'_> {
    /// The class definition of a heap class, created (with its bases) on
    /// first use.
    pub fn classdef(&mut self, class: ObjRef) -> ClassId {
        if let Some(id) = self.classdef_of.get(&class) {
            return *id;
        }
        let heap = &self.interp.heap;
        let c = heap.as_class(class).expect("classdef of a class");
        let name = c.qualname.clone();
        let is_exception = heap.is_subclass(class, heap.known().base_exception);
        let object = heap.known().object;
        let base_class = c.bases.first().copied().filter(|b| *b != object);
        let base = base_class.map(|b| self.classdef(b));
        let id = ClassId::new(self.classdefs.len());
        self.classdefs.push(ClassDef {
            class,
            name,
            base,
            subclasses: Vec::new(),
            attrs: IndexMap::new(),
            lookup_readers: IndexSet::new(),
            is_exception,
            instantiated: false,
        });
        self.classdef_of.insert(class, id);
        if let Some(b) = base {
            self.classdefs[b.index()].subclasses.push(id);
        }
        // The new class may override methods looked up on its ancestors and
        // may define class-level defaults of their attributes.
        let mut anc = base;
        while let Some(a) = anc {
            let readers: Vec<Pos> = self.classdefs[a.index()]
                .lookup_readers
                .iter()
                .copied()
                .collect();
            for r in readers {
                self.schedule(r);
            }
            let names: Vec<Rc<str>> = self.classdefs[a.index()].attrs.keys().cloned().collect();
            for n in names {
                if let Some(v) = self.own_class_value(class, &n) {
                    let s = self.immutable_value(&v);
                    let _ = self.add_attr_source(a, &n, s, None);
                }
            }
            anc = self.classdefs[a.index()].base;
        }
        id
    }

    pub fn class_name(&self, c: ClassId) -> &str {
        &self.classdefs[c.index()].name
    }

    /// `sub` is `sup` or one of its subclasses.
    pub fn is_subclassdef(&self, sub: ClassId, sup: ClassId) -> bool {
        let mut c = Some(sub);
        while let Some(k) = c {
            if k == sup {
                return true;
            }
            c = self.classdefs[k.index()].base;
        }
        false
    }

    pub fn common_base(&self, a: ClassId, b: ClassId) -> Option<ClassId> {
        let mut c = Some(a);
        while let Some(k) = c {
            if self.is_subclassdef(b, k) {
                return Some(k);
            }
            c = self.classdefs[k.index()].base;
        }
        None
    }

    /// `c` and all its known subclasses, preorder.
    pub fn subtree(&self, c: ClassId) -> Vec<ClassId> {
        let mut out = vec![c];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.classdefs[out[i].index()].subclasses.iter().copied());
            i += 1;
        }
        out
    }

    /// A non-method value defined in the class's own dict.
    fn own_class_value(&self, class: ObjRef, name: &str) -> Option<Constant> {
        let c = self.interp.heap.as_class(class)?;
        let v = c.dict.get(name)?;
        match self.classify_class_attr(v) {
            ClassAttr::Value(v) => Some(v),
            _ => None,
        }
    }

    pub fn classify_class_attr(&self, v: &Constant) -> ClassAttr {
        if let Constant::Obj(r) = v {
            match self.interp.heap.get(*r) {
                Object::Function(_) => return ClassAttr::Method(*r),
                Object::StaticMethod(f) => return ClassAttr::StaticMethod(f.clone()),
                Object::ClassMethod(f) => return ClassAttr::ClassMethod(f.clone()),
                Object::Property { fget, fset } => {
                    return ClassAttr::Property(fget.clone(), fset.clone())
                }
                _ => {}
            }
        }
        ClassAttr::Value(v.clone())
    }

    /// Looks `name` up in the class (along its MRO) at the class level.
    pub fn class_lookup(&self, c: ClassId, name: &str) -> Option<ClassAttr> {
        let class = self.classdefs[c.index()].class;
        let (_, v) = self.interp.heap.class_lookup(class, name)?;
        // Attributes of `object` and of builtin exception classes are not
        // part of RPython instances.
        Some(self.classify_class_attr(&v))
    }

    /// The methods `name` can resolve to on an instance of `c`: the one
    /// `c` inherits or defines, and the overrides in known subclasses.
    pub fn method_descs(&mut self, c: ClassId, name: &str, reader: Pos) -> Vec<Desc> {
        self.classdefs[c.index()].lookup_readers.insert(reader);
        let mut out = Vec::new();
        for k in self.subtree(c) {
            let class = self.classdefs[k.index()].class;
            let found = if k == c {
                self.interp.heap.class_lookup(class, name).map(|(_, v)| v)
            } else {
                self.interp
                    .heap
                    .as_class(class)
                    .and_then(|cl| cl.dict.get(name).cloned())
            };
            if let Some(Constant::Obj(f)) = found {
                if self.interp.heap.as_function(f).is_some() {
                    let d = Desc::Method {
                        func: f,
                        self_class: k,
                    };
                    if !out.contains(&d) {
                        out.push(d);
                    }
                }
            }
        }
        out
    }

    /// The class definition owning instance attribute `name` as seen from
    /// `c`: an ancestor that already has it, or `c` itself (absorbing the
    /// definitions its subclasses had).
    pub fn attr_owner(&mut self, c: ClassId, name: &str) -> ClassId {
        let mut k = Some(c);
        while let Some(cd) = k {
            if self.classdefs[cd.index()].attrs.contains_key(name) {
                return cd;
            }
            k = self.classdefs[cd.index()].base;
        }
        // New on `c`: absorb subclass definitions and class-level defaults.
        let mut def = AttrDef {
            s: SomeValue::Impossible,
            readers: IndexSet::new(),
            sources: Vec::new(),
        };
        let mut absorbed = Vec::new();
        for sub in self.subtree(c).into_iter().skip(1) {
            if let Some(old) = self.classdefs[sub.index()].attrs.shift_remove(name) {
                absorbed.push(old);
            }
        }
        let mut to_reflow: Vec<Pos> = Vec::new();
        for old in absorbed {
            match self.union(&def.s, &old.s) {
                Ok(s) => def.s = s,
                Err(_) => {
                    // Reported when the conflicting store is reflowed.
                }
            }
            to_reflow.extend(old.readers.iter().copied());
            def.readers.extend(old.readers);
            def.sources.extend(old.sources);
        }
        let name: Rc<str> = name.into();
        self.classdefs[c.index()].attrs.insert(name.clone(), def);
        // Class-level defaults: inherited by `c`, or overridden below it.
        let class = self.classdefs[c.index()].class;
        if let Some((_, v)) = self.interp.heap.class_lookup(class, &name) {
            if let ClassAttr::Value(v) = self.classify_class_attr(&v) {
                if !self.is_builtin_class_attr(class, &name) {
                    let s = self.immutable_value(&v);
                    let _ = self.add_attr_source(c, &name, s, None);
                }
            }
        }
        for sub in self.subtree(c).into_iter().skip(1) {
            let class = self.classdefs[sub.index()].class;
            if let Some(v) = self.own_class_value(class, &name) {
                let s = self.immutable_value(&v);
                let _ = self.add_attr_source(c, &name, s, None);
            }
        }
        for r in to_reflow {
            self.schedule(r);
        }
        c
    }

    /// Whether `name` is found only on a builtin class (object, Exception).
    fn is_builtin_class_attr(&self, class: ObjRef, name: &str) -> bool {
        match self.interp.heap.class_lookup(class, name) {
            Some((owner, _)) => self
                .interp
                .heap
                .as_class(owner)
                .is_some_and(|c| c.kind != ClassKind::User),
            None => false,
        }
    }

    /// Generalises attribute `name` of `owner` (which must own it) with `s`.
    /// Returns an error description when the union fails.
    pub fn add_attr_source(
        &mut self,
        owner: ClassId,
        name: &str,
        s: SomeValue,
        at: Option<OpPos>,
    ) -> Result<(), crate::union::UnionError> {
        let old = self.classdefs[owner.index()].attrs[name].s.clone();
        let old = self.canonical(&old);
        let new = self.union(&old, &s)?;
        let attr = self.classdefs[owner.index()]
            .attrs
            .get_mut(name)
            .expect("owner has the attribute");
        let span = at.map(|p| self.graphs[p.graph.index()].op_span(p));
        if attr.sources.len() < 8
            && !attr
                .sources
                .iter()
                .any(|src| src.value.kind_word() == s.kind_word() && src.at == at)
        {
            attr.sources.push(Source {
                at,
                span,
                value: s.clone(),
            });
        }
        if new != old {
            attr.s = new;
            let readers: Vec<Pos> = attr.readers.iter().copied().collect();
            for r in readers {
                self.schedule(r);
            }
        }
        Ok(())
    }
}
