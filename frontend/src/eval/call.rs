//! Calls, argument binding, classes and instances, attributes, items and
//! iteration for the compile-time evaluator.

use std::rc::Rc;

use flowgraph::{Constant, ObjRef, Span};
use num_traits::ToPrimitive;
use rustpython_parser::ast;

use super::{ops, Flow, FrameKind, Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{
    Class, ClassKind, FuncCode, FuncDef, Function, Instance, Namespace, Native, Object,
};

/// The kind of sequence being indexed (for CPython's error messages).
#[derive(Clone, Copy)]
enum Seq {
    Str,
    Bytes,
    List,
    /// `lst[i] = v` and `del lst[i]`.
    ListAssign,
    Tuple,
    Range,
}

impl Seq {
    fn out_of_range(self) -> &'static str {
        match self {
            Seq::Str => "string index out of range",
            Seq::Bytes => "index out of range",
            Seq::List => "list index out of range",
            Seq::ListAssign => "list assignment index out of range",
            Seq::Tuple => "tuple index out of range",
            Seq::Range => "range object index out of range",
        }
    }

    fn bad_index(self, type_name: &str) -> String {
        let seq = match self {
            Seq::Str => return format!("string indices must be integers, not '{type_name}'"),
            Seq::Bytes => "byte",
            Seq::List | Seq::ListAssign => "list",
            Seq::Tuple => "tuple",
            Seq::Range => "range",
        };
        format!("{seq} indices must be integers or slices, not {type_name}")
    }
}

impl Interp {
    /// Creates a function object for `code` defined in the current frame
    /// (evaluating its defaults and capturing its free variables).
    pub(crate) fn make_function(
        &mut self,
        code: Rc<FuncCode>,
        args: &ast::Arguments,
    ) -> R<Constant> {
        let mut defaults = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                defaults.push(self.eval(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                kwdefaults.push((Rc::from(a.def.arg.as_str()), self.eval(d)?));
            }
        }
        let mut closure = Vec::new();
        for name in &code.scope.freevars {
            let cell = self.capture_cell(name);
            closure.push(cell);
        }
        let name: Rc<str> = match &code.def {
            FuncDef::Def(d) => d.name.as_str().into(),
            FuncDef::Lambda(_) => "<lambda>".into(),
        };
        let prefix = &self.frame().qualname;
        let qualname: Rc<str> = match self.frame().kind {
            FrameKind::Function => format!("{prefix}.<locals>.{name}").into(),
            _ if prefix.is_empty() => name.clone(),
            _ => format!("{prefix}.{name}").into(),
        };
        let func = Function {
            name,
            qualname,
            code,
            module: self.frame().module,
            defaults,
            kwdefaults,
            closure,
            dict: Namespace::new(),
            defining_class: None,
        };
        Ok(Constant::Obj(self.heap.alloc(Object::Function(func))))
    }

    /// The cell holding the current frame's variable `name` (made a cell on
    /// first capture).
    fn capture_cell(&mut self, name: &Rc<str>) -> ObjRef {
        if let Some(c) = self.frame().cells.get(name) {
            return *c;
        }
        let value = self.frame().locals.get(name).cloned();
        let cell = self.heap.alloc(Object::Cell(value));
        self.frame_mut().cells.insert(name.clone(), cell);
        cell
    }

    /// Calls any callable compile-time value.
    pub fn call(
        &mut self,
        callee: &Constant,
        args: Vec<Constant>,
        kwargs: Vec<(Rc<str>, Constant)>,
        span: Span,
    ) -> R<Constant> {
        let Constant::Obj(r) = callee else {
            let t = self.type_name(callee);
            return Err(self.raise("TypeError", format!("'{t}' object is not callable"), span));
        };
        let r = *r;
        match self.heap.get(r) {
            Object::Function(_) => self.call_function(r, args, kwargs, span),
            Object::Class(_) => self.instantiate(r, args, kwargs, span),
            Object::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(receiver);
                full.extend(args);
                self.call(&func, full, kwargs, span)
            }
            Object::Builtin(desc) => {
                let desc = *desc;
                super::builtins::call_builtin(self, desc, args, kwargs, span)
            }
            Object::BuiltinMethod { name, receiver } => {
                let (name, receiver) = (name.clone(), receiver.clone());
                super::builtins::call_method(self, &receiver, &name, args, kwargs, span)
            }
            Object::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args, kwargs, span)
            }
            Object::Native(Native::TagDecorator { attr, value }) => {
                let (attr, value) = (attr.clone(), value.clone());
                let [target] = args.as_slice() else {
                    return Err(self.raise("TypeError", "a decorator takes one argument", span));
                };
                if let Constant::Obj(t) = target {
                    if let Object::Function(f) = self.heap.get_mut(*t) {
                        f.dict.insert(attr, value);
                    }
                }
                Ok(target.clone())
            }
            Object::Instance(_) => match self.call_special(callee, "__call__", args, span)? {
                Some(v) => Ok(v),
                None => {
                    let t = self.type_name(callee);
                    Err(self.raise("TypeError", format!("'{t}' object is not callable"), span))
                }
            },
            _ => {
                let t = self.type_name(callee);
                Err(self.raise("TypeError", format!("'{t}' object is not callable"), span))
            }
        }
    }

    /// Calls a special method of an instance's class if it defines one.
    pub(crate) fn call_special(
        &mut self,
        v: &Constant,
        name: &str,
        args: Vec<Constant>,
        span: Span,
    ) -> R<Option<Constant>> {
        let Constant::Obj(r) = v else { return Ok(None) };
        let Object::Instance(inst) = self.heap.get(*r) else {
            return Ok(None);
        };
        let Some((_, method)) = self.heap.class_lookup(inst.class, name) else {
            return Ok(None);
        };
        if !matches!(&method, Constant::Obj(m) if matches!(self.heap.get(*m), Object::Function(_)))
        {
            return Ok(None);
        }
        let mut full = vec![v.clone()];
        full.extend(args);
        self.call(&method, full, vec![], span).map(Some)
    }

    /// Binds arguments to a function's parameters: the values in parameter
    /// order (`*args` as a tuple, `**kwargs` as a dict). Errors are checked
    /// in CPython's order, with its messages.
    pub fn bind_arguments(
        &mut self,
        func: &Function,
        mut args: Vec<Constant>,
        kwargs: Vec<(Rc<str>, Constant)>,
        span: Span,
    ) -> R<Vec<Constant>> {
        let a = func.code.args();
        let qualname = &func.qualname;
        let positional: Vec<&ast::ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
        let npos = positional.len();
        let given = args.len();
        let mut slots: Vec<Option<Constant>> = vec![None; npos];
        let extra: Vec<Constant> = if args.len() > npos {
            args.split_off(npos)
        } else {
            Vec::new()
        };
        for (i, v) in args.into_iter().enumerate() {
            slots[i] = Some(v);
        }
        let mut kwonly: Vec<Option<Constant>> = vec![None; a.kwonlyargs.len()];
        let mut extra_kw = crate::heap::Dict::default();
        let kw_names: Vec<Rc<str>> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        for (k, v) in kwargs {
            // Positional-only parameters cannot be passed by keyword.
            let slot = match positional[a.posonlyargs.len()..]
                .iter()
                .position(|p| p.def.arg.as_str() == &*k)
            {
                Some(i) => Some(&mut slots[a.posonlyargs.len() + i]),
                None => a
                    .kwonlyargs
                    .iter()
                    .position(|p| p.def.arg.as_str() == &*k)
                    .map(|i| &mut kwonly[i]),
            };
            match slot {
                Some(slot) if slot.is_some() => {
                    let msg = format!("{qualname}() got multiple values for argument '{k}'");
                    return Err(self.raise("TypeError", msg, span));
                }
                Some(slot) => *slot = Some(v),
                None if a.kwarg.is_some() => {
                    let key = Constant::Str(k.clone());
                    extra_kw.set(crate::heap::HashKey::Str(k), key, v);
                }
                None => {
                    // Like CPython, any positional-only name among the
                    // keywords explains the first unexpected keyword.
                    let posonly: Vec<&str> = kw_names
                        .iter()
                        .filter(|n| a.posonlyargs.iter().any(|p| p.def.arg.as_str() == &***n))
                        .map(|n| &**n)
                        .collect();
                    let msg = if posonly.is_empty() {
                        format!("{qualname}() got an unexpected keyword argument '{k}'")
                    } else {
                        format!(
                            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )
                    };
                    return Err(self.raise("TypeError", msg, span));
                }
            }
        }
        if !extra.is_empty() && a.vararg.is_none() {
            let kwonly_given = kwonly.iter().filter(|s| s.is_some()).count();
            let msg = too_many_positional(qualname, npos, func.defaults.len(), given, kwonly_given);
            return Err(self.raise("TypeError", msg, span));
        }
        let first_default = npos - func.defaults.len();
        let missing: Vec<&str> = (0..first_default)
            .filter(|i| slots[*i].is_none())
            .map(|i| positional[i].def.arg.as_str())
            .collect();
        if !missing.is_empty() {
            let msg = missing_arguments(qualname, "positional", &missing);
            return Err(self.raise("TypeError", msg, span));
        }
        for (i, slot) in slots.iter_mut().enumerate().skip(first_default) {
            if slot.is_none() {
                *slot = Some(func.defaults[i - first_default].clone());
            }
        }
        let mut missing = Vec::new();
        for (i, slot) in kwonly.iter_mut().enumerate() {
            if slot.is_none() {
                let name = a.kwonlyargs[i].def.arg.as_str();
                match func.kwdefaults.iter().find(|(k, _)| &**k == name) {
                    Some((_, v)) => *slot = Some(v.clone()),
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            let msg = missing_arguments(qualname, "keyword-only", &missing);
            return Err(self.raise("TypeError", msg, span));
        }
        let mut out: Vec<Constant> = slots.into_iter().map(|s| s.expect("bound")).collect();
        if a.vararg.is_some() {
            out.push(self.heap.tuple(extra));
        }
        out.extend(kwonly.into_iter().map(|s| s.expect("bound")));
        if a.kwarg.is_some() {
            out.push(Constant::Obj(self.heap.alloc(Object::Dict(extra_kw))));
        }
        Ok(out)
    }

    fn call_function(
        &mut self,
        r: ObjRef,
        args: Vec<Constant>,
        kwargs: Vec<(Rc<str>, Constant)>,
        span: Span,
    ) -> R<Constant> {
        let Object::Function(func) = self.heap.get(r) else {
            unreachable!()
        };
        let (code, module, closure, qualname) = (
            func.code.clone(),
            func.module,
            func.closure.clone(),
            func.qualname.clone(),
        );
        if code.scope.has_yield {
            return Err(Diagnostic::not_supported_yet(
                span,
                "calling a generator function at import time",
            )
            .into());
        }
        // Binding allocates (the arena may move): work on a copy.
        let func_snapshot = Function {
            name: func.name.clone(),
            qualname: func.qualname.clone(),
            code: code.clone(),
            module,
            defaults: func.defaults.clone(),
            kwdefaults: func.kwdefaults.clone(),
            closure: closure.clone(),
            dict: Namespace::new(),
            defining_class: func.defining_class,
        };
        let values = self.bind_arguments(&func_snapshot, args, kwargs, span)?;
        let mut frame =
            self.new_frame(FrameKind::Function, module, code.file, qualname.to_string());
        frame.code = Some(code.clone());
        for (name, cell) in code.scope.freevars.iter().zip(&closure) {
            frame.cells.insert(name.clone(), *cell);
        }
        for (name, v) in code.scope.params.iter().zip(values) {
            if code.scope.cellvars.contains(name) {
                let cell = self.heap.alloc(Object::Cell(Some(v)));
                frame.cells.insert(name.clone(), cell);
            } else {
                frame.locals.insert(name.clone(), v);
            }
        }
        for name in &code.scope.cellvars {
            if !frame.cells.contains_key(name) {
                let cell = self.heap.alloc(Object::Cell(None));
                frame.cells.insert(name.clone(), cell);
            }
        }
        let result = self.with_frame(frame, |interp| match &code.def {
            FuncDef::Def(d) => interp.exec_block(&d.body),
            FuncDef::Lambda(l) => interp.eval(&l.body).map(Flow::Return),
        });
        match result {
            Ok((Flow::Return(v), _)) => Ok(v),
            Ok(_) => Ok(Constant::None),
            Err(super::Unwind::Exception(mut e)) => {
                e.traceback.push(span);
                Err(super::Unwind::Exception(e))
            }
            Err(e) => Err(e),
        }
    }

    /// Creates a class object (computing its MRO) from a namespace.
    pub fn create_class(
        &mut self,
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<Constant>,
        dict: Namespace,
        span: Option<Span>,
    ) -> R<Constant> {
        let err_span = span.unwrap_or(Span {
            file: self.frame().file,
            start: 0,
            end: 0,
        });
        let mut base_refs = Vec::new();
        for b in &bases {
            match b {
                Constant::Obj(r) if self.heap.as_class(*r).is_some() => base_refs.push(*r),
                _ => return Err(self.raise("TypeError", "bases must be classes", err_span)),
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.heap.known().object);
        }
        let mro_tail = self.c3_merge(&base_refs).ok_or_else(|| {
            self.raise(
                "TypeError",
                "Cannot create a consistent method resolution order (MRO)",
                err_span,
            )
        })?;
        let kind = ClassKind::User;
        let module_name: Rc<str> = match self.frames.last() {
            Some(f) => match self.heap.get(f.module) {
                Object::Module(m) => m.name.clone(),
                _ => "".into(),
            },
            None => "".into(),
        };
        let cls = self.heap.alloc(Object::Class(Class {
            name,
            qualname,
            module_name,
            bases: base_refs,
            mro: Vec::new(),
            dict,
            span,
            kind,
        }));
        let mut mro = vec![cls];
        mro.extend(mro_tail);
        let funcs: Vec<ObjRef> = match self.heap.get_mut(cls) {
            Object::Class(c) => {
                c.mro = mro;
                c.dict
                    .values()
                    .filter_map(|v| match v {
                        Constant::Obj(r) => Some(*r),
                        _ => None,
                    })
                    .collect()
            }
            _ => unreachable!(),
        };
        for f in funcs {
            let target = match self.heap.get(f) {
                Object::StaticMethod(Constant::Obj(g)) | Object::ClassMethod(Constant::Obj(g)) => {
                    *g
                }
                _ => f,
            };
            if let Object::Function(func) = self.heap.get_mut(target) {
                func.defining_class.get_or_insert(cls);
            }
        }
        Ok(Constant::Obj(cls))
    }

    /// C3 linearization of the bases' MROs.
    fn c3_merge(&self, bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|b| {
                self.heap
                    .as_class(*b)
                    .map(|c| c.mro.clone())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Some(out);
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|h| !seqs.iter().any(|s| s[1..].contains(h)))?;
            out.push(head);
            for s in &mut seqs {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }

    /// `cls(args...)`.
    fn instantiate(
        &mut self,
        cls: ObjRef,
        args: Vec<Constant>,
        kwargs: Vec<(Rc<str>, Constant)>,
        span: Span,
    ) -> R<Constant> {
        let kind = self.heap.as_class(cls).expect("class").kind;
        if let ClassKind::Builtin(t) = kind {
            return super::builtins::call_type(self, t, args, kwargs, span);
        }
        let mut attrs = Namespace::new();
        let is_exc = self.heap.is_subclass(cls, self.heap.known().base_exception);
        if is_exc {
            let t = self.heap.tuple(args.clone());
            attrs.insert("args".into(), t);
        }
        let inst = Constant::Obj(
            self.heap
                .alloc(Object::Instance(Instance { class: cls, attrs })),
        );
        match self.heap.class_lookup(cls, "__init__") {
            Some((_, init)) if matches!(&init, Constant::Obj(i) if matches!(self.heap.get(*i), Object::Function(_))) =>
            {
                let mut full = vec![inst.clone()];
                full.extend(args);
                let r = self.call(&init, full, kwargs, span)?;
                if r != Constant::None {
                    return Err(self.raise("TypeError", "__init__() should return None", span));
                }
            }
            _ => {
                if !is_exc && (!args.is_empty() || !kwargs.is_empty()) {
                    let name = self
                        .heap
                        .as_class(cls)
                        .map_or("?".into(), |c| c.name.to_string());
                    return Err(self.raise(
                        "TypeError",
                        format!("{name}() takes no arguments"),
                        span,
                    ));
                }
            }
        }
        Ok(inst)
    }

    /// Binds a class attribute found by lookup to an instance/class.
    fn bind_class_attr(
        &mut self,
        value: Constant,
        receiver: Option<Constant>,
        class: ObjRef,
        span: Span,
    ) -> R<Constant> {
        let Constant::Obj(r) = &value else {
            return Ok(value);
        };
        match self.heap.get(*r) {
            Object::Function(_) => match receiver {
                Some(recv) => Ok(Constant::Obj(self.heap.alloc(Object::BoundMethod {
                    func: value,
                    receiver: recv,
                }))),
                None => Ok(value),
            },
            Object::StaticMethod(f) => Ok(f.clone()),
            Object::ClassMethod(f) => {
                let f = f.clone();
                Ok(Constant::Obj(self.heap.alloc(Object::BoundMethod {
                    func: f,
                    receiver: Constant::Obj(class),
                })))
            }
            Object::Property { fget, .. } => match receiver {
                Some(recv) => {
                    let fget = fget.clone();
                    self.call(&fget, vec![recv], vec![], span)
                }
                None => Ok(value),
            },
            _ => Ok(value),
        }
    }

    /// A builtin function (`object.__init__`...) bound to a receiver.
    fn bind_builtin(&mut self, func: Constant, receiver: Constant) -> Constant {
        Constant::Obj(self.heap.alloc(Object::BoundMethod { func, receiver }))
    }

    pub fn get_attr(&mut self, obj: &Constant, name: &str, span: Span) -> R<Constant> {
        match self.try_get_attr(obj, name, span)? {
            Some(v) => Ok(v),
            None => {
                let desc = match obj {
                    Constant::Obj(r) => match self.heap.get(*r) {
                        Object::Module(m) => format!("module '{}'", m.name),
                        Object::Class(c) => format!("type object '{}'", c.name),
                        _ => format!("'{}' object", self.type_name(obj)),
                    },
                    _ => format!("'{}' object", self.type_name(obj)),
                };
                Err(self.raise(
                    "AttributeError",
                    format!("{desc} has no attribute '{name}'"),
                    span,
                ))
            }
        }
    }

    /// `getattr` returning `None` when the attribute does not exist.
    pub fn try_get_attr(&mut self, obj: &Constant, name: &str, span: Span) -> R<Option<Constant>> {
        if let Constant::Obj(r) = obj {
            let r = *r;
            match self.heap.get(r) {
                Object::Instance(inst) => {
                    if let Some(v) = inst.attrs.get(name) {
                        return Ok(Some(v.clone()));
                    }
                    let cls = inst.class;
                    if name == "__class__" {
                        return Ok(Some(Constant::Obj(cls)));
                    }
                    if let Some((_, v)) = self.heap.class_lookup(cls, name) {
                        return self
                            .bind_class_attr(v, Some(obj.clone()), cls, span)
                            .map(Some);
                    }
                    if let Some(v) = super::builtins::type_attr(self, cls, name)? {
                        return Ok(Some(self.bind_builtin(v, obj.clone())));
                    }
                    if let Some((_, ga)) = self.heap.class_lookup(cls, "__getattr__") {
                        let v = self.call(
                            &ga,
                            vec![obj.clone(), Constant::Str(name.into())],
                            vec![],
                            span,
                        )?;
                        return Ok(Some(v));
                    }
                    return Ok(None);
                }
                Object::Class(c) => {
                    match name {
                        "__name__" => return Ok(Some(Constant::Str(c.name.clone()))),
                        "__qualname__" => return Ok(Some(Constant::Str(c.qualname.clone()))),
                        "__module__" => return Ok(Some(Constant::Str(c.module_name.clone()))),
                        "__bases__" => {
                            let b = c.bases.iter().map(|b| Constant::Obj(*b)).collect();
                            return Ok(Some(self.heap.tuple(b)));
                        }
                        "__mro__" => {
                            let m = c.mro.iter().map(|b| Constant::Obj(*b)).collect();
                            return Ok(Some(self.heap.tuple(m)));
                        }
                        "__dict__" => {
                            let mut d = crate::heap::Dict::default();
                            for (k, v) in &c.dict {
                                d.entries.insert(
                                    crate::heap::HashKey::Str(k.clone()),
                                    (Constant::Str(k.clone()), v.clone()),
                                );
                            }
                            return Ok(Some(Constant::Obj(self.heap.alloc(Object::Dict(d)))));
                        }
                        _ => {}
                    }
                    if let Some((_, v)) = self.heap.class_lookup(r, name) {
                        return self.bind_class_attr(v, None, r, span).map(Some);
                    }
                    return super::builtins::type_attr(self, r, name);
                }
                Object::Module(m) => {
                    if name == "__name__" {
                        return Ok(Some(Constant::Str(m.name.clone())));
                    }
                    if let Some(v) = m.dict.get(name) {
                        return Ok(Some(v.clone()));
                    }
                    // A submodule not imported as an attribute yet.
                    let full = format!("{}.{}", m.name, name);
                    return Ok(self.modules.get(full.as_str()).map(|m| Constant::Obj(*m)));
                }
                Object::Function(f) => {
                    if let Some(v) = f.dict.get(name) {
                        return Ok(Some(v.clone()));
                    }
                    return Ok(match name {
                        "__name__" => Some(Constant::Str(f.name.clone())),
                        "__qualname__" => Some(Constant::Str(f.qualname.clone())),
                        "__module__" => match self.heap.get(f.module) {
                            Object::Module(m) => Some(Constant::Str(m.name.clone())),
                            _ => None,
                        },
                        "__doc__" => Some(Constant::None),
                        _ => None,
                    });
                }
                Object::Super { class, receiver } => {
                    let (class, receiver) = (*class, receiver.clone());
                    let inst_cls = match &receiver {
                        Constant::Obj(o) if self.heap.as_class(*o).is_some() => *o,
                        other => self.heap.type_of(other),
                    };
                    let mro = self
                        .heap
                        .as_class(inst_cls)
                        .map(|c| c.mro.clone())
                        .unwrap_or_default();
                    let start = mro
                        .iter()
                        .position(|c| *c == class)
                        .map_or(mro.len(), |i| i + 1);
                    for k in &mro[start..] {
                        if let Some(v) = self
                            .heap
                            .as_class(*k)
                            .and_then(|c| c.dict.get(name))
                            .cloned()
                        {
                            let recv = if matches!(&receiver, Constant::Obj(o) if self.heap.as_class(*o).is_some())
                            {
                                None
                            } else {
                                Some(receiver.clone())
                            };
                            return self.bind_class_attr(v, recv, inst_cls, span).map(Some);
                        }
                    }
                    // Inherited from a builtin class (`super().__init__(msg)`).
                    let Some(&next) = mro.get(start) else {
                        return Ok(None);
                    };
                    let Some(v) = super::builtins::type_attr(self, next, name)? else {
                        return Ok(None);
                    };
                    return Ok(Some(match receiver {
                        Constant::Obj(o) if self.heap.as_class(o).is_some() => v,
                        recv => self.bind_builtin(v, recv),
                    }));
                }
                _ => {}
            }
        }
        super::builtins::value_attr(self, obj, name)
    }

    pub fn set_attr(&mut self, obj: &Constant, name: &str, v: Constant, span: Span) -> R<()> {
        if let Constant::Obj(r) = obj {
            // The names of functions and classes are fields, not dict entries.
            if let ("__name__" | "__qualname__", Object::Function(_) | Object::Class(_)) =
                (name, self.heap.get(*r))
            {
                return self.set_name_attr(*r, name, v, span);
            }
            if let Object::Instance(inst) = self.heap.get(*r) {
                if let Some((_, Constant::Obj(p))) = self.heap.class_lookup(inst.class, name) {
                    if let Object::Property { fset, .. } = self.heap.get(p) {
                        let fset = fset.clone();
                        self.call(&fset, vec![obj.clone(), v], vec![], span)?;
                        return Ok(());
                    }
                }
            }
            match self.heap.get_mut(*r) {
                Object::Instance(i) => {
                    i.attrs.insert(name.into(), v);
                    return Ok(());
                }
                Object::Class(c) => {
                    c.dict.insert(name.into(), v);
                    return Ok(());
                }
                Object::Module(m) => {
                    m.dict.insert(name.into(), v);
                    return Ok(());
                }
                Object::Function(f) => {
                    f.dict.insert(name.into(), v);
                    return Ok(());
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        Err(self.raise(
            "AttributeError",
            format!("'{t}' object attribute '{name}' is read-only"),
            span,
        ))
    }

    /// `f.__name__ = v` (and `__qualname__`) on a function or class.
    fn set_name_attr(&mut self, r: ObjRef, name: &str, v: Constant, span: Span) -> R<()> {
        let Constant::Str(s) = v else {
            let msg = match self.heap.get(r) {
                Object::Class(c) => format!(
                    "can only assign string to {}.{name}, not '{}'",
                    c.name,
                    self.type_name(&v)
                ),
                _ => format!("{name} must be set to a string object"),
            };
            return Err(self.raise("TypeError", msg, span));
        };
        match (self.heap.get_mut(r), name) {
            (Object::Function(f), "__name__") => f.name = s,
            (Object::Function(f), _) => f.qualname = s,
            (Object::Class(c), "__name__") => c.name = s,
            (Object::Class(c), _) => c.qualname = s,
            _ => unreachable!("a function or class"),
        }
        Ok(())
    }

    pub(crate) fn del_attr(&mut self, obj: &Constant, name: &str, span: Span) -> R<()> {
        if let Constant::Obj(r) = obj {
            let removed = match self.heap.get_mut(*r) {
                Object::Instance(i) => i.attrs.shift_remove(name).is_some(),
                Object::Class(c) => c.dict.shift_remove(name).is_some(),
                Object::Module(m) => m.dict.shift_remove(name).is_some(),
                _ => false,
            };
            if removed {
                return Ok(());
            }
        }
        Err(self.raise("AttributeError", name, span))
    }

    /// Normalizes a possibly negative index of a `seq` of length `len`.
    fn index(&mut self, key: &Constant, len: usize, seq: Seq, span: Span) -> R<usize> {
        let Some(n) = ops::const_to_bigint(key) else {
            let msg = seq.bad_index(&self.type_name(key));
            return Err(self.raise("TypeError", msg, span));
        };
        let Some(i) = n.to_i64() else {
            let msg = "cannot fit 'int' into an index-sized integer";
            return Err(self.raise("IndexError", msg, span));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.raise("IndexError", seq.out_of_range(), span));
        }
        Ok(j as usize)
    }

    /// Start/stop/step of a slice applied to a sequence of length `len`.
    fn slice_indices(&mut self, slice: ObjRef, len: usize, span: Span) -> R<Vec<usize>> {
        let Object::Slice { start, stop, step } = self.heap.get(slice) else {
            unreachable!()
        };
        let get = |c: &Constant| ops::const_to_bigint(c).and_then(|b| b.to_i64());
        let step = if *step == Constant::None {
            1
        } else {
            get(step).unwrap_or(1)
        };
        if step == 0 {
            return Err(self.raise("ValueError", "slice step cannot be zero", span));
        }
        let n = len as i64;
        let clamp = |v: Option<i64>, dflt: i64, lo: i64, hi: i64| match v {
            None => dflt,
            Some(v) => {
                let v = if v < 0 { v + n } else { v };
                v.clamp(lo, hi)
            }
        };
        let (start_v, stop_v) = (get(start), get(stop));
        let (s, e) = if step > 0 {
            (clamp(start_v, 0, 0, n), clamp(stop_v, n, 0, n))
        } else {
            (
                clamp(start_v, n - 1, -1, n - 1),
                clamp(stop_v, -1, -1, n - 1),
            )
        };
        let mut out = Vec::new();
        let mut i = s;
        while (step > 0 && i < e) || (step < 0 && i > e) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Constant, key: &Constant, span: Span) -> R<Constant> {
        let slice = match key {
            Constant::Obj(k) if matches!(self.heap.get(*k), Object::Slice { .. }) => Some(*k),
            _ => None,
        };
        match obj {
            Constant::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                if let Some(sl) = slice {
                    let idx = self.slice_indices(sl, chars.len(), span)?;
                    return Ok(Constant::Str(
                        idx.iter().map(|i| chars[*i]).collect::<String>().into(),
                    ));
                }
                let i = self.index(key, chars.len(), Seq::Str, span)?;
                Ok(Constant::Str(chars[i].to_string().into()))
            }
            Constant::Bytes(b) => {
                if let Some(sl) = slice {
                    let idx = self.slice_indices(sl, b.len(), span)?;
                    return Ok(Constant::Bytes(
                        idx.iter().map(|i| b[*i]).collect::<Vec<u8>>().into(),
                    ));
                }
                let i = self.index(key, b.len(), Seq::Bytes, span)?;
                Ok(Constant::Int(b[i] as i64))
            }
            Constant::Obj(r) => {
                let r = *r;
                match self.heap.get(r) {
                    Object::List(items) | Object::Tuple(items) => {
                        let is_list = matches!(self.heap.get(r), Object::List(_));
                        let items = items.clone();
                        if let Some(sl) = slice {
                            let idx = self.slice_indices(sl, items.len(), span)?;
                            let out: Vec<Constant> =
                                idx.iter().map(|i| items[*i].clone()).collect();
                            return Ok(if is_list {
                                self.heap.list(out)
                            } else {
                                self.heap.tuple(out)
                            });
                        }
                        let seq = if is_list { Seq::List } else { Seq::Tuple };
                        let i = self.index(key, items.len(), seq, span)?;
                        Ok(items[i].clone())
                    }
                    Object::Dict(_) => {
                        let hk = self.hash_key(key, span)?;
                        let Object::Dict(d2) = self.heap.get(r) else {
                            unreachable!()
                        };
                        match d2.entries.get(&hk) {
                            Some((_, v)) => Ok(v.clone()),
                            None => Err(self.key_error(key, span)),
                        }
                    }
                    Object::ModuleDict(m) => {
                        let m = *m;
                        let name = match key {
                            Constant::Str(k) => k.clone(),
                            _ => return Err(self.key_error(key, span)),
                        };
                        match self.module_dict(m).get(&name) {
                            Some(v) => Ok(v.clone()),
                            None => Err(self.key_error(key, span)),
                        }
                    }
                    Object::Range { start, step, .. } => {
                        let (start, step) = (*start, *step);
                        let len = ops::truth(&self.heap, obj).map_or(0, |_| {
                            if let Object::Range { start, stop, step } = self.heap.get(r) {
                                ops::range_len(*start, *stop, *step)
                            } else {
                                0
                            }
                        });
                        let i = self.index(key, len as usize, Seq::Range, span)?;
                        Ok(Constant::Int(start + step * i as i64))
                    }
                    Object::Native(Native::Unrolling(items)) => {
                        let items = items.clone();
                        let i = self.index(key, items.len(), Seq::Tuple, span)?;
                        Ok(items[i].clone())
                    }
                    Object::Instance(_) => {
                        match self.call_special(obj, "__getitem__", vec![key.clone()], span)? {
                            Some(v) => Ok(v),
                            None => {
                                let t = self.type_name(obj);
                                let msg = format!("'{t}' object is not subscriptable");
                                Err(self.raise("TypeError", msg, span))
                            }
                        }
                    }
                    _ => {
                        let t = self.type_name(obj);
                        Err(self.raise(
                            "TypeError",
                            format!("'{t}' object is not subscriptable"),
                            span,
                        ))
                    }
                }
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.raise(
                    "TypeError",
                    format!("'{t}' object is not subscriptable"),
                    span,
                ))
            }
        }
    }

    pub fn set_item(&mut self, obj: &Constant, key: Constant, v: Constant, span: Span) -> R<()> {
        let Constant::Obj(r) = obj else {
            let t = self.type_name(obj);
            return Err(self.raise(
                "TypeError",
                format!("'{t}' object does not support item assignment"),
                span,
            ));
        };
        let r = *r;
        match self.heap.get(r) {
            Object::List(items) => {
                let len = items.len();
                if let Constant::Obj(k) = &key {
                    if matches!(self.heap.get(*k), Object::Slice { .. }) {
                        let idx = self.slice_indices(*k, len, span)?;
                        let new_items = self.iterate(&v, span)?;
                        let Object::List(items) = self.heap.get_mut(r) else {
                            unreachable!()
                        };
                        match (idx.first(), idx.last()) {
                            (Some(&a), Some(&b)) => {
                                items.splice(a..=b, new_items);
                            }
                            _ => {
                                let Object::Slice { start, .. } = self.heap.get(*k) else {
                                    unreachable!()
                                };
                                let at = ops::const_to_bigint(start)
                                    .and_then(|b| b.to_usize())
                                    .unwrap_or(0)
                                    .min(len);
                                let Object::List(items) = self.heap.get_mut(r) else {
                                    unreachable!()
                                };
                                items.splice(at..at, new_items);
                            }
                        }
                        return Ok(());
                    }
                }
                let i = self.index(&key, len, Seq::ListAssign, span)?;
                if let Object::List(items) = self.heap.get_mut(r) {
                    items[i] = v;
                }
                Ok(())
            }
            Object::Dict(_) => {
                let hk = self.hash_key(&key, span)?;
                if let Object::Dict(d) = self.heap.get_mut(r) {
                    d.set(hk, key, v);
                }
                Ok(())
            }
            Object::ModuleDict(m) => {
                let m = *m;
                let Constant::Str(name) = key else {
                    return Err(self.raise("TypeError", "module globals need string keys", span));
                };
                self.module_dict_mut(m).insert(name, v);
                Ok(())
            }
            Object::Instance(_) => {
                match self.call_special(obj, "__setitem__", vec![key, v], span)? {
                    Some(_) => Ok(()),
                    None => {
                        let t = self.type_name(obj);
                        let msg = format!("'{t}' object does not support item assignment");
                        Err(self.raise("TypeError", msg, span))
                    }
                }
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.raise(
                    "TypeError",
                    format!("'{t}' object does not support item assignment"),
                    span,
                ))
            }
        }
    }

    pub(crate) fn del_item(&mut self, obj: &Constant, key: &Constant, span: Span) -> R<()> {
        let Constant::Obj(r) = obj else {
            return Err(self.raise("TypeError", "object does not support item deletion", span));
        };
        let r = *r;
        match self.heap.get(r) {
            Object::List(items) => {
                let i = self.index(key, items.len(), Seq::ListAssign, span)?;
                if let Object::List(items) = self.heap.get_mut(r) {
                    items.remove(i);
                }
                Ok(())
            }
            Object::Dict(_) => {
                let hk = self.hash_key(key, span)?;
                let removed = match self.heap.get_mut(r) {
                    Object::Dict(d) => d.entries.shift_remove(&hk).is_some(),
                    _ => false,
                };
                if removed {
                    Ok(())
                } else {
                    Err(self.key_error(key, span))
                }
            }
            _ => Err(self.raise("TypeError", "object does not support item deletion", span)),
        }
    }

    /// `item in container`.
    pub(crate) fn contains(
        &mut self,
        container: &Constant,
        item: &Constant,
        span: Span,
    ) -> R<bool> {
        match (container, item) {
            (Constant::Str(s), Constant::Str(sub)) => return Ok(s.contains(&**sub)),
            (Constant::Bytes(s), Constant::Bytes(sub)) => {
                return Ok(sub.is_empty() || s.windows(sub.len()).any(|w| w == &sub[..]))
            }
            _ => {}
        }
        if let Constant::Obj(r) = container {
            if let Object::Dict(d) | Object::Set(d) = self.heap.get(*r) {
                let _ = d;
                let hk = self.hash_key(item, span)?;
                if let Object::Dict(d) | Object::Set(d) = self.heap.get(*r) {
                    return Ok(d.entries.contains_key(&hk));
                }
            }
            if let (Object::ModuleDict(m), Constant::Str(k)) = (self.heap.get(*r), item) {
                return Ok(self.module_dict(*m).contains_key(k));
            }
            if let Some(v) =
                self.call_special(container, "__contains__", vec![item.clone()], span)?
            {
                return self.truth(&v, span);
            }
        }
        let items = self.iterate(container, span)?;
        for i in items {
            // Identity first, like CPython's `PyObject_RichCompareBool`.
            if ops::identical(&i, item) || self.values_equal(&i, item, span)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The items of an iterable (eagerly).
    pub fn iterate(&mut self, v: &Constant, span: Span) -> R<Vec<Constant>> {
        match v {
            Constant::Str(s) => {
                return Ok(s
                    .chars()
                    .map(|c| Constant::Str(c.to_string().into()))
                    .collect())
            }
            Constant::Bytes(b) => return Ok(b.iter().map(|c| Constant::Int(*c as i64)).collect()),
            Constant::Obj(r) => match self.heap.get(*r) {
                Object::List(items) | Object::Tuple(items) => return Ok(items.clone()),
                Object::Dict(d) | Object::Set(d) => {
                    return Ok(d.entries.values().map(|(k, _)| k.clone()).collect())
                }
                Object::Range { start, stop, step } => {
                    let (start, step) = (*start, *step);
                    let n = ops::range_len(start, *stop, step);
                    if n > 10_000_000 {
                        return Err(self.raise(
                            "MemoryError",
                            "range too large for import-time iteration",
                            span,
                        ));
                    }
                    return Ok((0..n).map(|i| Constant::Int(start + i * step)).collect());
                }
                Object::Native(Native::Unrolling(items)) => return Ok(items.clone()),
                Object::ModuleDict(m) => {
                    return Ok(self
                        .module_dict(*m)
                        .keys()
                        .map(|k| Constant::Str(k.clone()))
                        .collect())
                }
                Object::Instance(_) => {
                    if let Some(it) = self.call_special(v, "__iter__", vec![], span)? {
                        if it == *v {
                            let mut out = Vec::new();
                            loop {
                                match self.call_special(v, "__next__", vec![], span) {
                                    Ok(Some(x)) => out.push(x),
                                    Ok(None) => break,
                                    Err(super::Unwind::Exception(e)) => {
                                        let cls = self.heap.type_of(&e.value);
                                        let stop = self
                                            .lookup_builtin_name("StopIteration")
                                            .expect("builtin");
                                        if self.exception_matches(cls, &stop) {
                                            break;
                                        }
                                        return Err(super::Unwind::Exception(e));
                                    }
                                    Err(e) => return Err(e),
                                }
                            }
                            return Ok(out);
                        }
                        return self.iterate(&it, span);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        let t = self.type_name(v);
        Err(self.raise("TypeError", format!("'{t}' object is not iterable"), span))
    }
}

/// CPython's message for too many positional arguments (`given` counts the
/// positional arguments, `kwonly_given` the keyword-only ones).
fn too_many_positional(
    qualname: &str,
    npos: usize,
    ndefaults: usize,
    given: usize,
    kwonly_given: usize,
) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (sig, plural) = if ndefaults > 0 {
        (format!("from {} to {npos}", npos - ndefaults), "s")
    } else {
        (npos.to_string(), s(npos))
    };
    let kwonly = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            s(given),
            s(kwonly_given)
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    format!("{qualname}() takes {sig} positional argument{plural} but {given}{kwonly} {verb} given")
}

/// CPython's message for missing arguments (`'a'`, `'a' and 'b'`,
/// `'a', 'b', and 'c'`).
fn missing_arguments(qualname: &str, kind: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., a, b] => format!("{}, {a}, and {b}", init.join(", ")),
        [] => String::new(),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    format!(
        "{qualname}() missing {} required {kind} argument{s}: {list}",
        names.len()
    )
}
