//! Weak references, `rgc` and light finalizers in the annotator.
//!
//! * `weakref.ref(x)` of an instance of class `C` is a
//!   [`SomeValue::WeakRef`] of `C`; references to different classes meet
//!   as references to their common base class, and
//!   `rpython.rlib.rweakref.dead_ref` (always dead) joins any of them.
//!   Calling a reference gives `C | None`.
//! * `rpython.rlib.rgc.collect()` returns None.
//! * A class with a `__del__` method: when it is instantiated, `__del__`
//!   is annotated as if called on the new instance, and recorded in
//!   [`crate::Annotator::destructors`] (the RTyper checks that it cannot
//!   allocate and gives the class's type a destructor).
//! * `rgc.FinalizerQueue`: instances of its subclasses (each names the
//!   class of the objects it queues, `Class = C`) have the methods
//!   `register_finalizer(obj)` (obj an instance of `C`; returns None) and
//!   `next_dead()` (`C | None`). The first registration annotates the
//!   subclass's `finalizer_trigger(self)`, recorded in
//!   [`crate::Annotator::fq_triggers`] (the GC calls it after collections).

use flowgraph::{Constant, ObjRef};
use frontend::diag::Diagnostic;
use frontend::heap::Object;

use crate::calls::CallArgs;
use crate::classdefs::ClassAttr;
use crate::ops::OpResult;
use crate::{Annotator, ClassId, GraphId, OpPos, SomeValue};

impl Annotator<'_> {
    /// The native functions of this module (`None`: not one of them).
    pub(crate) fn call_weakref_function(
        &mut self,
        at: OpPos,
        module: &str,
        name: &str,
        args: &CallArgs,
    ) -> Option<OpResult> {
        let r = match (module, name) {
            ("weakref", "ref") => self
                .positional_only(at, name, args, 1, 1)
                .and_then(|a| match &a[0] {
                    SomeValue::Instance { class, .. } => Ok(SomeValue::WeakRef {
                        class: Some(*class),
                    }),
                    other => Err(self.error(
                        at,
                        format!(
                            "not supported yet: weakref.ref() of {} (only instances of classes)",
                            self.show(other)
                        ),
                    )),
                }),
            ("rpython.rlib.rgc", "collect") => self
                .positional_only(at, name, args, 0, 0)
                .map(|_| SomeValue::None),
            _ => return None,
        };
        Some(r)
    }

    /// Calling a weak reference: its target, or None.
    pub(crate) fn call_weakref(
        &mut self,
        at: OpPos,
        class: Option<ClassId>,
        args: &CallArgs,
    ) -> OpResult {
        self.positional_only(at, "weakref", args, 0, 0)?;
        Ok(match class {
            Some(class) => SomeValue::Instance {
                class,
                nullable: true,
            },
            None => SomeValue::None,
        })
    }

    /// On instantiation of `cd`: annotates its `__del__` (if it has one
    /// other than a builtin's) with the instance as `self`.
    pub(crate) fn annotate_destructor(&mut self, at: OpPos, cd: ClassId) {
        let Some(ClassAttr::Method(del)) = self.class_lookup(cd, "__del__") else {
            return;
        };
        if self.interp.heap.as_function(del).is_none() {
            return;
        }
        if let Some(g) = self.annotate_gc_method(at, cd, del, format!("__del__ {}", cd.index())) {
            self.destructors.insert(cd, g);
        }
    }

    /// Annotates the method `f` of class `cd` that the GC calls with an
    /// instance as `self` (`__del__`, `finalizer_trigger`), on behalf of
    /// the op at `at` that made it reachable; returns its graph. A failure
    /// is recorded under `key`.
    fn annotate_gc_method(
        &mut self,
        at: OpPos,
        cd: ClassId,
        f: ObjRef,
        key: String,
    ) -> Option<GraphId> {
        // Not a call of the site: keep the site's own callees.
        let saved = std::mem::take(&mut self.call_graphs);
        let r = self.call_function(
            at,
            f,
            Some(SomeValue::instance(cd)),
            &CallArgs::positional(Vec::new()),
        );
        let reached: Vec<GraphId> = self.call_graphs.drain(..).map(|(g, _)| g).collect();
        self.call_graphs = saved;
        let graph = reached.first().copied();
        if let Some(g) = graph {
            // The site does not call the method (the RTyper picks a call's
            // targets among the graphs naming it as a caller).
            self.graphs[g.index()].callers.shift_remove(&at);
        }
        if let Err(d) = r {
            self.fail(key, crate::Failure::Op(at, Box::new(d)));
        }
        graph
    }

    /// The class `rpython.rlib.rgc.FinalizerQueue`.
    fn fq_base(&self) -> Option<ObjRef> {
        let m = *self.interp.modules.get("rpython.rlib.rgc")?;
        let Object::Module(module) = self.interp.heap.get(m) else {
            return None;
        };
        match module.dict.get("FinalizerQueue") {
            Some(Constant::Obj(r)) => Some(*r),
            _ => None,
        }
    }

    /// Whether instances of `cd` are finalizer queues.
    pub fn is_finalizer_queue(&self, cd: ClassId) -> bool {
        let Some(base) = self.fq_base() else {
            return false;
        };
        let class = self.classdefs[cd.index()].class;
        self.interp
            .heap
            .as_class(class)
            .is_some_and(|c| c.mro.contains(&base))
    }

    /// `fq.register_finalizer` / `fq.next_dead` on an instance of a
    /// finalizer queue class (`None`: not one of those).
    pub(crate) fn fq_method(&self, cd: ClassId, name: &str) -> Option<SomeValue> {
        if !matches!(name, "register_finalizer" | "next_dead") || !self.is_finalizer_queue(cd) {
            return None;
        }
        Some(SomeValue::BuiltinMethod {
            name: name.into(),
            receiver: std::rc::Rc::new(SomeValue::instance(cd)),
        })
    }

    /// The class of the objects the queue class `cd` holds (its `Class`).
    pub fn fq_item_class(&mut self, at: OpPos, cd: ClassId) -> Result<ClassId, Diagnostic> {
        if let Some(ClassAttr::Value(Constant::Obj(c))) = self.class_lookup(cd, "Class") {
            if self.interp.heap.as_class(c).is_some() {
                return Ok(self.classdef(c));
            }
        }
        Err(self.error(
            at,
            format!(
                "{} must name the class of the objects it queues (`Class = SomeClass`)",
                self.class_name(cd)
            ),
        ))
    }

    /// Calls of the finalizer queue methods.
    pub(crate) fn call_fq_method(
        &mut self,
        at: OpPos,
        name: &str,
        cd: ClassId,
        args: &CallArgs,
    ) -> OpResult {
        let item = self.fq_item_class(at, cd)?;
        match name {
            "register_finalizer" => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                match &a[0] {
                    SomeValue::Instance { class, .. } if self.is_subclassdef(*class, item) => {}
                    other => {
                        return Err(self.error(
                            at,
                            format!(
                                "register_finalizer() of {} needs an instance of {}, not {}",
                                self.class_name(cd),
                                self.class_name(item),
                                self.show(other)
                            ),
                        ))
                    }
                }
                self.annotate_trigger(at, cd);
                Ok(SomeValue::None)
            }
            _ => {
                self.positional_only(at, name, args, 0, 0)?;
                Ok(SomeValue::Instance {
                    class: item,
                    nullable: true,
                })
            }
        }
    }

    /// Annotates `finalizer_trigger(self)` of the queue class `cd`.
    fn annotate_trigger(&mut self, at: OpPos, cd: ClassId) {
        let Some(ClassAttr::Method(f)) = self.class_lookup(cd, "finalizer_trigger") else {
            let d = self.error(
                at,
                format!(
                    "{} needs a method `finalizer_trigger(self)`",
                    self.class_name(cd)
                ),
            );
            self.fail(
                format!("trigger {}", cd.index()),
                crate::Failure::Op(at, Box::new(d)),
            );
            return;
        };
        if let Some(g) = self.annotate_gc_method(at, cd, f, format!("trigger {}", cd.index())) {
            self.fq_triggers.insert(cd, g);
        }
    }
}
