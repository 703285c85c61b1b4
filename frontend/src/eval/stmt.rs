//! Statement execution for the compile-time evaluator.

use std::rc::Rc;

use flowgraph::{Constant, Span};
use rustpython_parser::ast::{self, Expr, Stmt};

use super::{Flow, FrameKind, Interp, PyException, Unwind, R};
use crate::diag::Diagnostic;
use crate::heap::{FuncDef, Object};

impl Interp {
    pub(crate) fn exec_block(&mut self, body: &[Stmt]) -> R<Flow> {
        for s in body {
            match self.exec_stmt(s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_stmt(&mut self, s: &Stmt) -> R<Flow> {
        match s {
            Stmt::Expr(e) => {
                self.eval(&e.value)?;
            }
            Stmt::Assign(a) => {
                let v = self.eval(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v.clone())?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let v = self.eval(v)?;
                    self.assign(&a.target, v)?;
                }
            }
            Stmt::AugAssign(a) => {
                let op = super::expr::binop_name(&a.op, true);
                let span = self.here(a.range);
                match &*a.target {
                    Expr::Name(n) => {
                        let old = self.load_name(n.id.as_str(), span)?;
                        let rhs = self.eval(&a.value)?;
                        let new = self.binary_op(op, &old, &rhs, span)?;
                        self.store_name(n.id.as_str(), new);
                    }
                    Expr::Attribute(at) => {
                        let obj = self.eval(&at.value)?;
                        let old = self.get_attr(&obj, at.attr.as_str(), span)?;
                        let rhs = self.eval(&a.value)?;
                        let new = self.binary_op(op, &old, &rhs, span)?;
                        self.set_attr(&obj, at.attr.as_str(), new, span)?;
                    }
                    Expr::Subscript(sub) => {
                        let obj = self.eval(&sub.value)?;
                        let key = self.eval(&sub.slice)?;
                        let old = self.get_item(&obj, &key, span)?;
                        let rhs = self.eval(&a.value)?;
                        let new = self.binary_op(op, &old, &rhs, span)?;
                        self.set_item(&obj, key, new, span)?;
                    }
                    other => {
                        return Err(Diagnostic::at(
                            self.here(other.range()),
                            "invalid augmented assignment target",
                        )
                        .into())
                    }
                }
            }
            Stmt::FunctionDef(f) => {
                let file = self.frame().file;
                let chain = self.frame().scope_chain.clone();
                let mut chain = chain;
                if let Some(c) = &self.frame().code {
                    chain.push(c.clone());
                }
                let code = self.func_code(file, FuncDef::Def(f.clone()), &chain);
                let mut func = self.make_function(code, &f.args)?;
                for d in f.decorator_list.iter().rev() {
                    let dec = self.eval(d)?;
                    let span = self.here(d.range());
                    func = self.call(&dec, vec![func], vec![], span)?;
                }
                self.store_name(f.name.as_str(), func);
            }
            Stmt::ClassDef(c) => {
                let cls = self.exec_class_def(c)?;
                self.store_name(c.name.as_str(), cls);
            }
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.eval(e)?,
                    None => Constant::None,
                };
                return Ok(Flow::Return(v));
            }
            Stmt::If(i) => {
                let t = self.eval(&i.test)?;
                let span = self.here(i.test.range());
                return if self.truth(&t, span)? {
                    self.exec_block(&i.body)
                } else {
                    self.exec_block(&i.orelse)
                };
            }
            Stmt::While(w) => loop {
                let t = self.eval(&w.test)?;
                if !self.truth(&t, self.here(w.test.range()))? {
                    return self.exec_block(&w.orelse);
                }
                match self.exec_block(&w.body)? {
                    Flow::Break => break,
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => {}
                }
            },
            Stmt::For(f) => {
                let it = self.eval(&f.iter)?;
                let items = self.iterate(&it, self.here(f.iter.range()))?;
                for item in items {
                    self.assign(&f.target, item)?;
                    match self.exec_block(&f.body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
                return self.exec_block(&f.orelse);
            }
            Stmt::Pass(_) => {}
            Stmt::Break(_) => return Ok(Flow::Break),
            Stmt::Continue(_) => return Ok(Flow::Continue),
            Stmt::Raise(r) => {
                let span = self.here(r.range);
                let value = match &r.exc {
                    Some(e) => {
                        let v = self.eval(e)?;
                        self.make_exception(v, span)?
                    }
                    None => match self.frame().handling.last() {
                        Some(exc) => return Err(Unwind::Exception(exc.clone())),
                        None => {
                            return Err(self.raise(
                                "RuntimeError",
                                "No active exception to reraise",
                                span,
                            ))
                        }
                    },
                };
                return Err(Unwind::Exception(PyException {
                    value,
                    traceback: vec![span],
                }));
            }
            Stmt::Try(t) => return self.exec_try(t),
            Stmt::Assert(a) => {
                let v = self.eval(&a.test)?;
                let span = self.here(a.range);
                if !self.truth(&v, span)? {
                    let msg = match &a.msg {
                        Some(m) => {
                            let m = self.eval(m)?;
                            self.str_of(&m, span)?
                        }
                        None => String::new(),
                    };
                    return Err(self.raise("AssertionError", msg, span));
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    let span = self.here(t.range());
                    match t {
                        Expr::Name(n) => self.delete_name(n.id.as_str(), span)?,
                        Expr::Subscript(s) => {
                            let obj = self.eval(&s.value)?;
                            let key = self.eval(&s.slice)?;
                            self.del_item(&obj, &key, span)?;
                        }
                        Expr::Attribute(a) => {
                            let obj = self.eval(&a.value)?;
                            self.del_attr(&obj, a.attr.as_str(), span)?;
                        }
                        _ => return Err(Diagnostic::at(span, "cannot delete this").into()),
                    }
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let span = self.here(alias.range);
                    let full = alias.name.as_str();
                    let module = self.import_module(full, 0, span)?;
                    match &alias.asname {
                        Some(asname) => self.store_name(asname.as_str(), Constant::Obj(module)),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            let top_module = self.modules[top];
                            self.store_name(top, Constant::Obj(top_module));
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let span = self.here(i.range);
                let level = i.level.map_or(0, |l| l.to_u32());
                let name = i.module.as_ref().map_or("", |m| m.as_str());
                let module = self.import_module(name, level, span)?;
                for alias in &i.names {
                    let aspan = self.here(alias.range);
                    if alias.name.as_str() == "*" {
                        let names: Vec<(Rc<str>, Constant)> = self
                            .module_dict(module)
                            .iter()
                            .filter(|(k, _)| !k.starts_with('_'))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        for (k, v) in names {
                            self.store_name(&k, v);
                        }
                        continue;
                    }
                    let v = self.import_from(module, alias.name.as_str(), aspan)?;
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.as_str(), v);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::With(w) => return self.exec_with(w),
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {
                return Err(
                    Diagnostic::at(self.here(s.range()), "`async` code is not RPython").into(),
                );
            }
            other => {
                let span = self.here(other.range());
                return Err(Diagnostic::not_supported_yet(
                    span,
                    "this statement in import-time code",
                )
                .into());
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_try(&mut self, t: &ast::StmtTry) -> R<Flow> {
        let result = match self.exec_block(&t.body) {
            Ok(Flow::Normal) => self.exec_block(&t.orelse),
            Ok(other) => Ok(other),
            Err(Unwind::Exception(exc)) => self.handle_exception(t, exc),
            Err(e) => Err(e),
        };
        if t.finalbody.is_empty() {
            return result;
        }
        match self.exec_block(&t.finalbody)? {
            Flow::Normal => result,
            other => Ok(other),
        }
    }

    fn handle_exception(&mut self, t: &ast::StmtTry, exc: PyException) -> R<Flow> {
        let exc_cls = self.heap.type_of(&exc.value);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let matches = match &h.type_ {
                None => true,
                Some(e) => {
                    let spec = self.eval(e)?;
                    self.exception_matches(exc_cls, &spec)
                }
            };
            if !matches {
                continue;
            }
            if let Some(n) = &h.name {
                self.store_name(n.as_str(), exc.value.clone());
            }
            self.frame_mut().handling.push(exc.clone());
            let r = self.exec_block(&h.body);
            self.frame_mut().handling.pop();
            return r;
        }
        Err(Unwind::Exception(exc))
    }

    /// Whether an exception of class `cls` matches an `except` clause's
    /// class or tuple of classes.
    pub fn exception_matches(&self, cls: flowgraph::ObjRef, spec: &Constant) -> bool {
        match spec {
            Constant::Obj(r) => match self.heap.get(*r) {
                Object::Class(_) => self.heap.is_subclass(cls, *r),
                Object::Tuple(items) => items.iter().any(|i| self.exception_matches(cls, i)),
                _ => false,
            },
            _ => false,
        }
    }

    fn exec_with(&mut self, w: &ast::StmtWith) -> R<Flow> {
        let span = self.here(w.range);
        let mut managers = Vec::new();
        for item in &w.items {
            let mgr = self.eval(&item.context_expr)?;
            let enter = self.get_attr(&mgr, "__enter__", span)?;
            let v = self.call(&enter, vec![], vec![], span)?;
            if let Some(t) = &item.optional_vars {
                self.assign(t, v)?;
            }
            managers.push(mgr);
        }
        let mut result = self.exec_block(&w.body);
        for mgr in managers.iter().rev() {
            let exit = self.get_attr(mgr, "__exit__", span)?;
            match &result {
                Err(Unwind::Exception(exc)) => {
                    let cls = Constant::Obj(self.heap.type_of(&exc.value));
                    let args = vec![cls, exc.value.clone(), Constant::None];
                    let swallow = self.call(&exit, args, vec![], span)?;
                    if self.truth(&swallow, span)? {
                        result = Ok(Flow::Normal);
                    }
                }
                _ => {
                    self.call(
                        &exit,
                        vec![Constant::None, Constant::None, Constant::None],
                        vec![],
                        span,
                    )?;
                }
            }
        }
        result
    }

    /// Converts the operand of `raise` to an exception instance.
    pub(crate) fn make_exception(&mut self, v: Constant, span: Span) -> R<Constant> {
        if let Constant::Obj(r) = &v {
            if self.heap.as_class(*r).is_some() {
                return self.call(&v, vec![], vec![], span);
            }
        }
        let cls = self.heap.type_of(&v);
        if !self.heap.is_subclass(cls, self.heap.known().base_exception) {
            return Err(self.raise(
                "TypeError",
                "exceptions must derive from BaseException",
                span,
            ));
        }
        Ok(v)
    }

    /// Assigns to a target (name, attribute, subscript, tuple/list unpacking).
    pub(crate) fn assign(&mut self, target: &Expr, v: Constant) -> R<()> {
        let span = self.here(target.range());
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), v),
            Expr::Attribute(a) => {
                let obj = self.eval(&a.value)?;
                self.set_attr(&obj, a.attr.as_str(), v, span)?;
            }
            Expr::Subscript(s) => {
                let obj = self.eval(&s.value)?;
                let key = self.eval(&s.slice)?;
                self.set_item(&obj, key, v, span)?;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let items = self.iterate(&v, span)?;
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        if items.len() != elts.len() {
                            let msg = if items.len() > elts.len() {
                                format!("too many values to unpack (expected {})", elts.len())
                            } else {
                                format!(
                                    "not enough values to unpack (expected {}, got {})",
                                    elts.len(),
                                    items.len()
                                )
                            };
                            return Err(self.raise("ValueError", msg, span));
                        }
                        for (t, item) in elts.iter().zip(items) {
                            self.assign(t, item)?;
                        }
                    }
                    Some(k) => {
                        let after = elts.len() - k - 1;
                        if items.len() < elts.len() - 1 {
                            let msg = format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                elts.len() - 1,
                                items.len()
                            );
                            return Err(self.raise("ValueError", msg, span));
                        }
                        for (t, item) in elts[..k].iter().zip(&items) {
                            self.assign(t, item.clone())?;
                        }
                        let middle = items[k..items.len() - after].to_vec();
                        let Expr::Starred(st) = &elts[k] else {
                            unreachable!()
                        };
                        let l = self.heap.list(middle);
                        self.assign(&st.value, l)?;
                        for (t, item) in elts[k + 1..].iter().zip(&items[items.len() - after..]) {
                            self.assign(t, item.clone())?;
                        }
                    }
                }
            }
            _ => return Err(Diagnostic::at(span, "cannot assign to this expression").into()),
        }
        Ok(())
    }

    fn exec_class_def(&mut self, c: &ast::StmtClassDef) -> R<Constant> {
        let span = self.here(c.range);
        let mut bases = Vec::new();
        for b in &c.bases {
            bases.push(self.eval(b)?);
        }
        if let Some(k) = c.keywords.first() {
            return Err(Diagnostic::not_supported_yet(
                self.here(k.range),
                "class keywords (metaclasses)",
            )
            .into());
        }
        let (module, file) = (self.frame().module, self.frame().file);
        let outer_qual = self.frame().qualname.clone();
        let qualname = if outer_qual.is_empty() {
            c.name.to_string()
        } else {
            format!("{outer_qual}.{}", c.name)
        };
        let mut frame = self.new_frame(FrameKind::Class, module, file, qualname.clone());
        // A class body sees the enclosing function's cells.
        frame.cells = self.frame().cells.clone();
        if self.frame().kind == FrameKind::Function {
            let locals: Vec<_> = self
                .frame()
                .locals
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in locals {
                let cell = self.heap.alloc(Object::Cell(Some(v)));
                frame.cells.entry(k).or_insert(cell);
            }
        }
        frame.scope_chain = self.frame().scope_chain.clone();
        if let Some(code) = &self.frame().code {
            frame.scope_chain.push(code.clone());
        }
        let (_, frame) = self.with_frame(frame, |interp| interp.exec_block(&c.body))?;
        let cls = self.create_class(
            c.name.as_str().into(),
            qualname.into(),
            bases,
            frame.class_ns,
            Some(span),
        )?;
        let mut v = cls;
        for d in c.decorator_list.iter().rev() {
            let dec = self.eval(d)?;
            let dspan = self.here(d.range());
            v = self.call(&dec, vec![v], vec![], dspan)?;
        }
        Ok(v)
    }
}

use rustpython_parser::ast::Ranged;
