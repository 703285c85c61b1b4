//! Weak references, `rgc.collect()` and light finalizers (`__del__`).
//!
//! * A weak reference, of any class, is a pointer to the one GC struct
//!   `WeakRef { target }` whose field is *weak* (`Field::weak`: left out of
//!   the GC's pointer offsets and described as the type's `weak_offset`),
//!   typed as a pointer to the root instance struct. `weakref.ref(x)` is
//!   the helper `gc::weakref_new` (which lets the GC track the reference);
//!   calling a reference reads the field and casts it to the instance type
//!   of the annotation (null once the target died). `dead_ref` is a
//!   prebuilt `WeakRef` with a null target.
//! * `rgc.collect()` is the helper `gc::collect`.
//! * A class whose instances have a `__del__` records its graph as the
//!   class's destructor (`ClassInfo::destructor`: codegen and the graph
//!   interpreter put it in the type's `TypeInfo`); allocating an instance
//!   also registers it with the GC (`gc::register_destructor`). The GC
//!   calls it in the middle of a collection, so [`RTyper::check_destructors`]
//!   rejects a `__del__` that could allocate or collect, store a GC
//!   pointer, call through a function pointer or catch exceptions (in it
//!   or in any graph it calls).
//! * Finalizer queues (`rgc.FinalizerQueue` subclasses) are ordinary
//!   instances; `register_finalizer` and `next_dead` are the helpers
//!   `gc::fq_register` / `gc::fq_next_dead` on the queue object, and the
//!   class's `finalizer_trigger` graph becomes `ClassInfo::fq_trigger`
//!   (the type's `TypeInfo::finalizer_trigger`), also for its subclasses.

use annotator::{ClassId, SomeValue};
use flowgraph::{ObjRef, Span};

use crate::llgraph::{LlConst, LlGraphId, LlSwitch, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::program::{Prebuilt, PrebuiltItems};
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    /// The struct of weak references.
    pub(crate) fn weakref_type(&mut self) -> TypeId {
        if let Some(t) = self.prog.types.by_name("WeakRef") {
            return t;
        }
        let object = self.prog.object_type.expect("classes laid out");
        self.prog.types.add(
            "WeakRef".into(),
            TypeKind::Struct {
                fields: vec![Field::weak("target", LlType::Ptr(object))],
                varsize: None,
            },
            true,
        )
    }

    /// `weakref.ref(x)` and `rgc.collect()`.
    pub(crate) fn lower_weakref_builtin(
        &mut self,
        cx: &mut GraphCx,
        module: &str,
        name: &str,
        args: &LlArgs,
    ) -> Result<LlValue, String> {
        if !args.keywords.is_empty() {
            return Err(not_supported(&format!("keyword arguments of {name}()")));
        }
        match (module, name) {
            ("weakref", "ref") => {
                let (v, _) = args.positional[0].clone();
                let object = LlType::Ptr(self.prog.object_type.expect("classes"));
                let obj = cx.emit(L::CastPtr, vec![v], object);
                let t = self.weakref_type();
                let w = self.call_helper(cx, &rn::WEAKREF_NEW, vec![tid(t), obj]);
                Ok(cx.emit(L::CastPtr, vec![w], LlType::Ptr(t)))
            }
            ("rpython.rlib.rgc", "collect") => {
                self.call_helper(cx, &rn::GC_COLLECT, vec![]);
                Ok(LlValue::void(LlConst::Void))
            }
            _ => Err(not_supported(&format!("calling {module}.{name}()"))),
        }
    }

    /// Calling the weak reference `w`: its target (null once dead), as the
    /// result's type.
    pub(crate) fn lower_weakref_call(
        &mut self,
        cx: &mut GraphCx,
        w: LlValue,
        result_s: &SomeValue,
    ) -> LlValue {
        let to = self.lltype(result_s);
        if to == LlType::Void {
            // A reference that is always dead.
            return LlValue::void(LlConst::Void);
        }
        let object = LlType::Ptr(self.prog.object_type.expect("classes"));
        let t = cx.emit(
            L::GetField,
            vec![w, LlValue::void(LlConst::Field(0))],
            object,
        );
        cx.emit(L::CastPtr, vec![t], to)
    }

    /// The prebuilt weak reference of the import-time object `r` (only
    /// `dead_ref`: import-time references to prebuilt instances are not
    /// supported yet, see the annotator).
    pub(crate) fn weakref_const(&mut self, r: ObjRef) -> LlConst {
        let t = self.weakref_type();
        let id = self.prog.add_prebuilt(Prebuilt {
            name: format!("weakref_{}", self.prebuilt_objs.len()),
            ty: t,
            fields: vec![LlConst::Null],
            items: PrebuiltItems::None,
        });
        self.prebuilt_objs.insert(r, id);
        LlConst::Prebuilt(id)
    }

    /// After allocating `p`, an instance of `cd`: registers it with the GC
    /// if its class has a destructor.
    pub(crate) fn register_destructor(&mut self, cx: &mut GraphCx, p: &LlValue, cd: ClassId) {
        if !self.ann.destructors.contains_key(&cd) {
            return;
        }
        let object = LlType::Ptr(self.prog.object_type.expect("classes"));
        let obj = cx.emit(L::CastPtr, vec![p.clone()], object);
        self.call_helper(cx, &rn::REGISTER_DESTRUCTOR, vec![obj]);
    }

    /// `fq.register_finalizer(obj)` and `fq.next_dead()`.
    pub(crate) fn lower_fq_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        fq: LlValue,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let object = LlType::Ptr(self.prog.object_type.expect("classes"));
        let fq = cx.emit(L::CastPtr, vec![fq], object);
        match name {
            "register_finalizer" => {
                let (v, _) = args.positional[0].clone();
                let obj = cx.emit(L::CastPtr, vec![v], object);
                self.call_helper(cx, &rn::FQ_REGISTER, vec![fq, obj]);
                Ok(LlValue::void(LlConst::Void))
            }
            "next_dead" => {
                let r = self.call_helper(cx, &rn::FQ_NEXT_DEAD, vec![fq]);
                let to = self.lltype(result_s);
                Ok(cx.emit(L::CastPtr, vec![r], to))
            }
            _ => Err(not_supported(&format!(
                "calling the method {name}() of an instance"
            ))),
        }
    }

    /// Gives each finalizer queue class (and its subclasses) its trigger.
    fn set_fq_triggers(&mut self) {
        let triggers: Vec<(ClassId, annotator::GraphId)> =
            self.ann.fq_triggers.iter().map(|(c, g)| (*c, *g)).collect();
        for (cd, g) in triggers {
            if !self.has_graph(g) {
                continue;
            }
            let llg = self.ll_graph_id(g);
            for k in self.ann.subtree(cd) {
                if k != cd && self.ann.fq_triggers.contains_key(&k) {
                    continue;
                }
                if self.class_reprs.get(k.index()).is_some_and(|r| r.is_some()) {
                    let info = self.class_repr(k).info;
                    self.prog.classes[info].fq_trigger = Some(llg);
                }
            }
        }
    }

    /// Gives each class with a `__del__` its destructor and checks that
    /// the destructors are light (see the module documentation). Runs
    /// after every graph is lowered (synthesized ones included).
    pub(crate) fn check_destructors(&mut self) {
        self.set_fq_triggers();
        let dels: Vec<(ClassId, annotator::GraphId)> =
            self.ann.destructors.iter().map(|(c, g)| (*c, *g)).collect();
        let mut checked: Vec<LlGraphId> = Vec::new();
        for (cd, g) in dels {
            if !self.has_graph(g) {
                continue;
            }
            let llg = self.ll_graph_id(g);
            let info = self.class_repr(cd).info;
            self.prog.classes[info].destructor = Some(llg);
            if checked.contains(&llg) {
                continue;
            }
            checked.push(llg);
            if let Some((span, why)) = self.heavy_op(llg) {
                let span = span.or(self.prog.graph(llg).span);
                if let Some(span) = span {
                    self.error(
                        span,
                        format!(
                            "not supported yet: a __del__ that {why}: the GC calls __del__ in the \
                             middle of a collection, so it must not allocate (a light \
                             finalizer); use rgc.FinalizerQueue for heavier finalizers"
                        ),
                    );
                }
            }
        }
    }

    /// The first operation of `root` or of a graph it calls that a light
    /// finalizer cannot do: where (the op in `root`, or the call in `root`
    /// that leads to it) and what it does.
    fn heavy_op(&self, root: LlGraphId) -> Option<(Option<Span>, String)> {
        let p = &self.prog;
        // (graph, the span of the call in `root` that reaches it)
        let mut todo: Vec<(LlGraphId, Option<Span>)> = vec![(root, None)];
        let mut seen = vec![root];
        while let Some((gid, via)) = todo.pop() {
            let g = p.graph(gid);
            let place = |span: Option<Span>| if gid == root { span } else { via };
            let blame = |why: String| {
                if gid == root {
                    why
                } else {
                    format!("calls `{}`, which {why}", g.name)
                }
            };
            for b in &g.blocks {
                if matches!(b.switch, LlSwitch::LastException { .. }) {
                    let span = b.ops.last().and_then(|o| o.span);
                    return Some((
                        place(span),
                        blame("catches exceptions (which allocates their instances)".into()),
                    ));
                }
                for op in &b.ops {
                    let why = match op.op {
                        L::DirectCall => match op.args.first() {
                            Some(LlValue::Const(LlConst::Graph(callee), _)) => {
                                if !seen.contains(callee) {
                                    seen.push(*callee);
                                    todo.push((*callee, place(op.span)));
                                }
                                None
                            }
                            _ => Some("calls a function pointer".to_string()),
                        },
                        L::IndirectCall => Some("calls a function pointer".to_string()),
                        L::CallHelper => match op.args.first() {
                            Some(LlValue::Const(LlConst::Helper(h), _)) => {
                                let desc = p.helpers[h.index()];
                                desc.can_collect
                                    .then(|| format!("allocates (calls `{}`)", desc.name))
                            }
                            _ => Some("calls an unknown helper".to_string()),
                        },
                        L::SetField | L::SetArrayItem => {
                            let value = op.args.last().expect("a stored value");
                            let stores_gc = matches!(value, LlValue::Var(_))
                                && p.types.is_gc_ptr(g.value_type(value));
                            stores_gc.then(|| "stores a GC pointer".to_string())
                        }
                        other if other.desc().can_collect => {
                            Some(format!("allocates (`{}`)", other.desc().name))
                        }
                        _ => None,
                    };
                    if let Some(why) = why {
                        return Some((place(op.span), blame(why)));
                    }
                }
            }
        }
        None
    }
}

/// A type operand (a helper's `Tid` argument).
fn tid(t: TypeId) -> LlValue {
    LlValue::void(LlConst::Type(t))
}
