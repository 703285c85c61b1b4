//! Scope analysis of a function body: which names are parameters, locals,
//! declared global, free (closure) or cell variables.
//!
//! Comprehensions get no scope of their own here: their targets are bound
//! only inside the comprehension (the evaluator and the flow builder give
//! them private slots), so they are neither locals nor free names.

use std::collections::HashSet;
use std::rc::Rc;

use indexmap::IndexSet;
use rustpython_parser::ast::{self, Expr, Stmt};

#[derive(Default, Debug, Clone)]
pub struct Scope {
    /// Parameters in order: positional, `*args`, keyword-only, `**kwargs`.
    pub params: Vec<Rc<str>>,
    /// Every name bound in the body (parameters first), in order of first
    /// binding.
    pub locals: IndexSet<Rc<str>>,
    pub globals: HashSet<Rc<str>>,
    pub nonlocals: HashSet<Rc<str>>,
    /// Names read from an enclosing function's scope, in order.
    pub freevars: Vec<Rc<str>>,
    /// Locals that nested functions capture.
    pub cellvars: HashSet<Rc<str>>,
    pub has_yield: bool,
    pub uses_super: bool,
}

impl Scope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.contains(name)
    }
}

/// Names bound and loaded by a piece of code (not descending into nested
/// scopes except to collect their free names).
#[derive(Default)]
struct Collector {
    bound: IndexSet<Rc<str>>,
    loads: IndexSet<Rc<str>>,
    globals: HashSet<Rc<str>>,
    nonlocals: HashSet<Rc<str>>,
    /// Free names of nested functions and classes.
    nested_free: IndexSet<Rc<str>>,
    /// Names bound by enclosing comprehensions (inside a comprehension).
    comp_bound: Vec<Rc<str>>,
    has_yield: bool,
    uses_super: bool,
}

fn name(id: &ast::Identifier) -> Rc<str> {
    Rc::from(id.as_str())
}

impl Collector {
    fn bind(&mut self, n: Rc<str>) {
        if !self.comp_bound.contains(&n) {
            self.bound.insert(n);
        }
    }
    fn load(&mut self, n: Rc<str>) {
        if !self.comp_bound.contains(&n) {
            self.loads.insert(n);
        }
    }

    fn bind_target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.bind(name(&n.id)),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arg_defaults(&f.args);
                self.bind(name(&f.name));
                let inner = analyze_function(&f.args, &f.body, None);
                self.nested_free.extend(inner.free_names());
            }
            Stmt::AsyncFunctionDef(f) => self.bind(name(&f.name)),
            Stmt::ClassDef(c) => {
                for d in c.decorator_list.iter().chain(&c.bases) {
                    self.expr(d);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(name(&c.name));
                let mut inner = Collector::default();
                inner.stmts(&c.body);
                for n in inner.loads.iter().chain(&inner.nested_free) {
                    if !inner.bound.contains(n) && !inner.globals.contains(n) {
                        self.nested_free.insert(n.clone());
                    }
                }
                // Methods see the enclosing function's names, not the class's.
                self.nested_free.extend(inner.nested_free.iter().cloned());
            }
            Stmt::Return(r) => self.opt_expr(&r.value),
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.bind_target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.bind_target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.load(name(&n.id));
                }
                self.bind_target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                self.opt_expr(&a.value);
                self.bind_target(&a.target);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.bind_target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.bind_target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Raise(r) => {
                self.opt_expr(&r.exc);
                self.opt_expr(&r.cause);
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.opt_expr(&h.type_);
                    if let Some(n) = &h.name {
                        self.bind(name(n));
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                self.opt_expr(&a.msg);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => name(n),
                        None => Rc::from(a.name.as_str().split('.').next().unwrap_or("")),
                    };
                    self.bind(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        self.bind(name(a.asname.as_ref().unwrap_or(&a.name)));
                    }
                }
            }
            Stmt::Global(g) => self.globals.extend(g.names.iter().map(name)),
            Stmt::Nonlocal(g) => self.nonlocals.extend(g.names.iter().map(name)),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.stmts(&c.body);
                }
            }
            _ => {}
        }
    }

    fn arg_defaults(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn opt_expr(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn comprehension(&mut self, generators: &[ast::Comprehension], elts: &[&Expr]) {
        let depth = self.comp_bound.len();
        for (i, g) in generators.iter().enumerate() {
            // The first iterable is evaluated in the enclosing scope.
            if i == 0 {
                let saved = std::mem::take(&mut self.comp_bound);
                self.expr(&g.iter);
                self.comp_bound = saved;
            } else {
                self.expr(&g.iter);
            }
            let mut targets = Collector::default();
            targets.bind_target(&g.target);
            self.comp_bound.extend(targets.bound);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.comp_bound.truncate(depth);
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.bound.insert(name(&t.id));
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arg_defaults(&l.args);
                let body = [Stmt::Return(ast::StmtReturn {
                    range: l.range,
                    value: Some(l.body.clone()),
                })];
                let inner = analyze_function(&l.args, &body, None);
                for n in inner.free_names() {
                    if !self.comp_bound.contains(&n) {
                        self.nested_free.insert(n);
                    }
                }
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.has_yield = true;
                self.opt_expr(&y.value);
            }
            Expr::YieldFrom(y) => {
                self.has_yield = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                if let Expr::Name(n) = &*c.func {
                    if n.id.as_str() == "super" && c.args.is_empty() {
                        self.uses_super = true;
                    }
                }
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                self.opt_expr(&f.format_spec);
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                if matches!(n.ctx, ast::ExprContext::Load) {
                    self.load(name(&n.id))
                } else {
                    self.bind(name(&n.id))
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                self.opt_expr(&s.lower);
                self.opt_expr(&s.upper);
                self.opt_expr(&s.step);
            }
        }
    }
}

struct Analysis {
    scope: Scope,
    /// Names this function (or its nested functions) reads but does not bind.
    unresolved: IndexSet<Rc<str>>,
}

impl Analysis {
    fn free_names(&self) -> Vec<Rc<str>> {
        self.unresolved.iter().cloned().collect()
    }
}

fn param_names(args: &ast::Arguments) -> Vec<Rc<str>> {
    let mut out: Vec<Rc<str>> = Vec::new();
    for a in args.posonlyargs.iter().chain(&args.args) {
        out.push(name(&a.def.arg));
    }
    if let Some(v) = &args.vararg {
        out.push(name(&v.arg));
    }
    for a in &args.kwonlyargs {
        out.push(name(&a.def.arg));
    }
    if let Some(v) = &args.kwarg {
        out.push(name(&v.arg));
    }
    out
}

fn analyze_function(
    args: &ast::Arguments,
    body: &[Stmt],
    enclosing: Option<&[&Scope]>,
) -> Analysis {
    let mut c = Collector::default();
    c.stmts(body);
    let params = param_names(args);
    let mut locals: IndexSet<Rc<str>> = params.iter().cloned().collect();
    for n in &c.bound {
        if !c.globals.contains(n) && !c.nonlocals.contains(n) {
            locals.insert(n.clone());
        }
    }
    let mut unresolved = IndexSet::new();
    let mut cellvars = HashSet::new();
    for n in c.loads.iter().chain(&c.nested_free).chain(&c.nonlocals) {
        if locals.contains(n) {
            if c.nested_free.contains(n) {
                cellvars.insert(n.clone());
            }
        } else if !c.globals.contains(n) {
            unresolved.insert(n.clone());
        }
    }
    let freevars = match enclosing {
        Some(chain) => unresolved
            .iter()
            .filter(|n| {
                chain
                    .iter()
                    .any(|s| s.is_local(n) || s.freevars.contains(n))
            })
            .cloned()
            .collect(),
        None => Vec::new(),
    };
    Analysis {
        scope: Scope {
            params,
            locals,
            globals: c.globals,
            nonlocals: c.nonlocals,
            freevars,
            cellvars,
            has_yield: c.has_yield,
            uses_super: c.uses_super,
        },
        unresolved,
    }
}

/// Analyzes a function whose enclosing function scopes are `enclosing`
/// (innermost last; empty at module level).
pub fn analyze(args: &ast::Arguments, body: &[Stmt], enclosing: &[&Scope]) -> Scope {
    analyze_function(args, body, Some(enclosing)).scope
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::{ast, Parse};

    fn func(src: &str) -> ast::StmtFunctionDef {
        let suite = ast::Suite::parse(src, "<test>").unwrap();
        match suite.into_iter().next().unwrap() {
            Stmt::FunctionDef(f) => f,
            _ => panic!("not a def"),
        }
    }

    #[test]
    fn locals_globals_and_cells() {
        let f = func(
            "def f(a, *rest):\n    global g\n    g = 1\n    x = a\n    def inner():\n        return x + y\n    for i in rest: pass\n    return [j for j in rest]\n",
        );
        let s = analyze(&f.args, &f.body, &[]);
        let locals: Vec<&str> = s.locals.iter().map(|n| &**n).collect();
        assert_eq!(locals, ["a", "rest", "x", "inner", "i"]);
        assert!(s.globals.contains("g"));
        assert!(s.cellvars.contains("x"));
        assert!(s.freevars.is_empty());
    }

    #[test]
    fn free_variables_come_from_enclosing_scopes() {
        let outer =
            func("def outer(n):\n    def inner(k):\n        return n + k\n    return inner\n");
        let outer_scope = analyze(&outer.args, &outer.body, &[]);
        let Stmt::FunctionDef(inner) = &outer.body[0] else {
            panic!()
        };
        let s = analyze(&inner.args, &inner.body, &[&outer_scope]);
        assert_eq!(s.freevars, vec![Rc::from("n")]);
        assert!(!s.is_local("n"));
    }
}

/// Every name a block of statements binds (assignment targets, loop
/// variables, `except ... as`, `with ... as`, `del`, nested definitions).
pub fn assigned_names(body: &[Stmt]) -> IndexSet<Rc<str>> {
    let mut c = Collector::default();
    c.stmts(body);
    c.bound
}
