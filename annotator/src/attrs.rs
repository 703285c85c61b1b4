//! Annotation rules of attribute access: instance attributes (placed on
//! class definitions), methods (with overrides), properties, `super()`,
//! attributes of prebuilt constants, and special methods of instances.

use std::rc::Rc;

use flowgraph::ObjRef;
use frontend::diag::Diagnostic;
use frontend::heap::Object;

use crate::classdefs::ClassAttr;
use crate::model::{ClassId, Desc, OpPos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

impl Annotator<'_> {
    // ----- attributes -----

    pub fn getattr(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        name: &str,
        var: Option<flowgraph::VarId>,
    ) -> OpResult {
        match obj {
            SomeValue::Instance { class, .. } => {
                let class = *class;
                if name == "__class__" {
                    return Ok(SomeValue::TypeOf {
                        of: var,
                        nullable: false,
                    });
                }
                if let Some(m) = self.fq_method(class, name) {
                    return Ok(m);
                }
                match self.class_lookup(class, name) {
                    Some(ClassAttr::Method(_)) => {
                        let descs = self.method_descs(class, name, at.pos());
                        Ok(SomeValue::Pbc {
                            descs: Rc::from(descs),
                            nullable: false,
                        })
                    }
                    Some(ClassAttr::StaticMethod(f)) => Ok(self.immutable_value(&f)),
                    Some(ClassAttr::ClassMethod(_)) => {
                        Err(self.error(at, "not supported yet: classmethods called at run time"))
                    }
                    Some(ClassAttr::Property(fget, _)) => {
                        let f = self.immutable_value(&fget);
                        let call = crate::calls::CallArgs::positional(vec![obj.clone()]);
                        self.call_value(at, &f, call)
                    }
                    Some(ClassAttr::Value(_)) | None => {
                        let owner = self.attr_owner(class, name);
                        let a = self.classdefs[owner.index()]
                            .attrs
                            .get_mut(name)
                            .expect("owner has the attribute");
                        a.readers.insert(at.pos());
                        Ok(a.s.clone())
                    }
                }
            }
            SomeValue::Pbc { descs, .. } => {
                let descs = descs.clone();
                let mut out = SomeValue::Impossible;
                for d in descs.iter() {
                    let s = self.pbc_getattr(at, d, name)?;
                    out = self.union(&out, &s).map_err(|e| {
                        self.error(
                            at,
                            format!("attribute `{name}` of these objects: {}", e.why),
                        )
                    })?;
                }
                Ok(out)
            }
            SomeValue::TypeOf { .. } if name == "__name__" => Ok(SomeValue::str()),
            SomeValue::Super { after, receiver } => self.super_getattr(at, *after, receiver, name),
            SomeValue::None => Err(self
                .error(
                    at,
                    format!("this value is always None: it has no attribute `{name}`"),
                )
                .with_label("always None here")),
            // `rbigint.sign` is a property (-1, 0 or 1).
            SomeValue::BigInt { .. } if name == "sign" => Ok(SomeValue::int()),
            other => {
                if crate::methods::has_method(other, name) {
                    return Ok(SomeValue::BuiltinMethod {
                        name: name.into(),
                        receiver: Rc::new(other.clone()),
                    });
                }
                Err(self.error(
                    at,
                    format!("{} has no attribute `{name}`", self.show(other)),
                ))
            }
        }
    }

    /// `super(C, obj).name`: the first definition after `C` in `C`'s MRO,
    /// bound to `obj`.
    fn super_getattr(
        &mut self,
        at: OpPos,
        after: ObjRef,
        receiver: &SomeValue,
        name: &str,
    ) -> OpResult {
        let mro = self
            .interp
            .heap
            .as_class(after)
            .map(|c| c.mro.clone())
            .unwrap_or_default();
        for k in mro.iter().skip(1) {
            let Some(v) = self
                .interp
                .heap
                .as_class(*k)
                .and_then(|c| c.dict.get(name).cloned())
            else {
                continue;
            };
            return match (self.classify_class_attr(&v), receiver) {
                (ClassAttr::Method(f), SomeValue::Instance { class, .. }) => {
                    Ok(SomeValue::pbc(Desc::Method {
                        func: f,
                        self_class: *class,
                    }))
                }
                (ClassAttr::Method(_), _) => Err(self.error(at, "super() needs an instance")),
                (ClassAttr::StaticMethod(f), _) => Ok(self.immutable_value(&f)),
                (ClassAttr::Value(v), _) => Ok(self.immutable_value(&v)),
                _ => Err(self.error(
                    at,
                    format!("not supported yet: super().{name} of this kind"),
                )),
            };
        }
        // `object.__init__` and builtin exception constructors: nothing to do.
        if name == "__init__" {
            return Ok(SomeValue::BuiltinMethod {
                name: name.into(),
                receiver: Rc::new(SomeValue::Super {
                    after,
                    receiver: Rc::new(receiver.clone()),
                }),
            });
        }
        Err(self.error(at, format!("super() object has no attribute `{name}`")))
    }

    fn pbc_getattr(&mut self, at: OpPos, d: &Desc, name: &str) -> OpResult {
        match d {
            Desc::Class(c) => {
                if name == "__name__" {
                    let n = self.interp.heap.as_class(*c).map(|c| c.name.clone());
                    return Ok(SomeValue::Str {
                        nullable: false,
                        konst: n,
                    });
                }
                match self.interp.heap.class_lookup(*c, name) {
                    Some((_, v)) => Ok(match self.classify_class_attr(&v) {
                        ClassAttr::StaticMethod(f) => self.immutable_value(&f),
                        _ => self.immutable_value(&v),
                    }),
                    None => Err(self.error(
                        at,
                        format!(
                            "class {} has no attribute `{name}`",
                            self.interp.heap.describe(*c)
                        ),
                    )),
                }
            }
            Desc::Frozen(r) => {
                let r = *r;
                let found = match self.interp.heap.get(r) {
                    Object::Module(m) => m.dict.get(name).cloned(),
                    Object::Instance(i) => i.attrs.get(name).cloned(),
                    Object::Native(frontend::heap::Native::JitDriver(_)) => {
                        return Ok(SomeValue::BuiltinMethod {
                            name: name.into(),
                            receiver: Rc::new(SomeValue::pbc(Desc::Frozen(r))),
                        })
                    }
                    _ => None,
                };
                match found {
                    Some(v) => Ok(self.immutable_value(&v)),
                    None => Err(self.error(
                        at,
                        format!("{} has no attribute `{name}`", self.interp.heap.describe(r)),
                    )),
                }
            }
            Desc::Func(f) | Desc::Method { func: f, .. } | Desc::BoundConst { func: f, .. } => {
                let f = *f;
                match self
                    .interp
                    .heap
                    .as_function(f)
                    .and_then(|func| func.dict.get(name).cloned())
                {
                    Some(v) => Ok(self.immutable_value(&v)),
                    None if name == "__name__" => {
                        let n = self.interp.heap.as_function(f).map(|f| f.name.clone());
                        Ok(SomeValue::Str {
                            nullable: false,
                            konst: n,
                        })
                    }
                    None => Err(self.error(
                        at,
                        format!("{} has no attribute `{name}`", self.interp.heap.describe(f)),
                    )),
                }
            }
        }
    }

    pub(crate) fn setattr(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        name: &str,
        v: &SomeValue,
    ) -> OpResult {
        match obj {
            SomeValue::Instance { class, .. } => {
                let class = *class;
                if let Some(ClassAttr::Method(_) | ClassAttr::StaticMethod(_) | ClassAttr::ClassMethod(_)) =
                    self.class_lookup(class, name)
                {
                    return Err(self.error(
                        at,
                        format!("assigning to `{name}`, a method of {}: methods are fixed after import", self.class_name(class)),
                    ));
                }
                if let Some(ClassAttr::Property(_, fset)) = self.class_lookup(class, name) {
                    let f = self.immutable_value(&fset);
                    let call = crate::calls::CallArgs::positional(vec![obj.clone(), v.clone()]);
                    self.call_value(at, &f, call)?;
                    return Ok(SomeValue::None);
                }
                let owner = self.attr_owner(class, name);
                if let Err(e) = self.add_attr_source(owner, name, v.clone(), Some(at)) {
                    return Err(self.attr_conflict(at, owner, name, v, e));
                }
                Ok(SomeValue::None)
            }
            SomeValue::Pbc { .. } => Err(self
                .error(at, format!("cannot set attribute `{name}` of a prebuilt constant at run time"))
                .with_note("classes, modules and functions are frozen after import; keep mutable state in an attribute of a prebuilt instance")),
            other => Err(self.error(
                at,
                format!("cannot set attribute `{name}` of {}", self.show(other)),
            )),
        }
    }

    fn attr_conflict(
        &mut self,
        at: OpPos,
        owner: crate::ClassId,
        name: &str,
        v: &SomeValue,
        e: crate::union::UnionError,
    ) -> Diagnostic {
        let old = self.classdefs[owner.index()].attrs[name].s.clone();
        let cname = self.class_name(owner).to_string();
        let mut d = self
            .error(
                at,
                format!(
                    "attribute `{cname}.{name}` can be {} or {}",
                    self.show(&old),
                    self.show(v)
                ),
            )
            .with_label(format!("{} stored here", self.show(v)));
        let sources = self.classdefs[owner.index()].attrs[name].sources.clone();
        let mut shown = 0;
        for src in sources {
            if let Some(sp) = src.span {
                if shown < 3 {
                    d = d.with_related(sp, format!("{} stored here", self.show(&src.value)));
                    shown += 1;
                }
            } else if src.at.is_none() && shown < 3 {
                d = d.with_note(format!(
                    "{} comes from a class attribute or a prebuilt instance",
                    self.show(&src.value)
                ));
            }
        }
        if !e.why.contains("cannot be mixed") {
            d = d.with_note(e.why);
        }
        d.with_note("each instance attribute has one type in the whole program")
    }

    /// Calls a special method (`__len__`, `__getitem__`...) of an instance.
    /// Explains an error of a special method called on the base class of
    /// the generator classes (see `frontend::flow::generator`).
    fn note_generator_base(&self, class: ClassId, d: Diagnostic) -> Diagnostic {
        let heap = &self.interp.heap;
        let c = heap.as_class(self.classdefs[class.index()].class);
        if !c.is_some_and(|c| &*c.module_name == "builtins" && &*c.name == "generator") {
            return d;
        }
        d.with_note(
            "generators of different functions meet here as their common base class `generator`, \
             so every generator function of the program must yield the same type",
        )
    }

    pub fn call_special(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        name: &str,
        args: Vec<SomeValue>,
    ) -> OpResult {
        let SomeValue::Instance { class, .. } = obj else {
            unreachable!("special methods of instances")
        };
        match self.class_lookup(*class, name) {
            Some(ClassAttr::Method(_)) => {
                let descs: Rc<[Desc]> = Rc::from(self.method_descs(*class, name, at.pos()));
                self.special_calls
                    .insert((*class, Rc::from(name)), descs.clone());
                let f = SomeValue::Pbc {
                    descs,
                    nullable: false,
                };
                let r = self.call_value(at, &f, crate::calls::CallArgs::positional(args));
                r.map_err(|d| self.note_generator_base(*class, d))
            }
            _ => Err(self.error(
                at,
                format!(
                    "instances of {} do not support this operation (no `{name}` method)",
                    self.class_name(*class)
                ),
            )),
        }
    }
}
