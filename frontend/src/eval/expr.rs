//! Expression evaluation for the compile-time evaluator.

use std::rc::Rc;

use flowgraph::{Constant, OpName, Span};
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, Expr, Ranged};

use super::{format, ops, Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{Dict, FuncDef, Object};

/// The operation of a binary operator (`+=` uses the in-place variant).
pub fn binop_name(op: &ast::Operator, inplace: bool) -> OpName {
    use ast::Operator::*;
    use OpName as O;
    let (plain, inpl) = match op {
        Add => (O::Add, O::InplaceAdd),
        Sub => (O::Sub, O::InplaceSub),
        Mult => (O::Mul, O::InplaceMul),
        Div => (O::TrueDiv, O::InplaceTrueDiv),
        FloorDiv => (O::FloorDiv, O::InplaceFloorDiv),
        Mod => (O::Mod, O::InplaceMod),
        Pow => (O::Pow, O::InplacePow),
        LShift => (O::LShift, O::InplaceLShift),
        RShift => (O::RShift, O::InplaceRShift),
        BitAnd => (O::And, O::InplaceAnd),
        BitOr => (O::Or, O::InplaceOr),
        BitXor => (O::Xor, O::InplaceXor),
        MatMult => (O::MatMul, O::MatMul),
    };
    if inplace {
        inpl
    } else {
        plain
    }
}

/// The operation of a comparison operator; `(op, negate)` for `not in` and
/// `is not`.
pub fn cmpop_name(op: &ast::CmpOp) -> (OpName, bool) {
    use ast::CmpOp::*;
    match op {
        Eq => (OpName::Eq, false),
        NotEq => (OpName::Ne, false),
        Lt => (OpName::Lt, false),
        LtE => (OpName::Le, false),
        Gt => (OpName::Gt, false),
        GtE => (OpName::Ge, false),
        Is => (OpName::Is, false),
        IsNot => (OpName::Is, true),
        In => (OpName::Contains, false),
        NotIn => (OpName::Contains, true),
    }
}

/// Converts a literal of the AST to a constant (tuples become heap tuples).
pub fn ast_constant(interp: &mut Interp, c: &ast::Constant) -> Option<Constant> {
    Some(match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.as_str().into()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.as_slice().into()),
        ast::Constant::Int(i) => ops::int_const(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Tuple(items) => {
            let items = items
                .iter()
                .map(|i| ast_constant(interp, i))
                .collect::<Option<Vec<_>>>()?;
            interp.heap.tuple(items)
        }
        ast::Constant::Ellipsis => interp.lookup_builtin_name("Ellipsis")?,
        ast::Constant::Complex { .. } => return None,
    })
}

impl Interp {
    pub(crate) fn eval(&mut self, e: &Expr) -> R<Constant> {
        let span = self.here(e.range());
        match e {
            Expr::Constant(c) => ast_constant(self, &c.value)
                .ok_or_else(|| Diagnostic::not_supported_yet(span, "complex numbers").into()),
            Expr::Name(n) => self.load_name(n.id.as_str(), span),
            Expr::Attribute(a) => {
                let obj = self.eval(&a.value)?;
                self.get_attr(&obj, a.attr.as_str(), span)
            }
            Expr::BinOp(b) => {
                let l = self.eval(&b.left)?;
                let r = self.eval(&b.right)?;
                self.binary_op(binop_name(&b.op, false), &l, &r, span)
            }
            Expr::UnaryOp(u) => {
                let v = self.eval(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => Ok(Constant::Bool(!self.truth(&v, span)?)),
                    ast::UnaryOp::USub => {
                        ops::unary(&self.heap, OpName::Neg, &v).map_err(|e| self.op_error(e, span))
                    }
                    ast::UnaryOp::UAdd => {
                        ops::unary(&self.heap, OpName::Pos, &v).map_err(|e| self.op_error(e, span))
                    }
                    ast::UnaryOp::Invert => ops::unary(&self.heap, OpName::Invert, &v)
                        .map_err(|e| self.op_error(e, span)),
                }
            }
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let mut v = Constant::None;
                for (i, operand) in b.values.iter().enumerate() {
                    v = self.eval(operand)?;
                    if i + 1 < b.values.len() && self.truth(&v, span)? != is_and {
                        break;
                    }
                }
                Ok(v)
            }
            Expr::Compare(c) => {
                let mut left = self.eval(&c.left)?;
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    let right = self.eval(right)?;
                    let r = self.compare_op(op, &left, &right, span)?;
                    if !r {
                        return Ok(Constant::Bool(false));
                    }
                    left = right;
                }
                Ok(Constant::Bool(true))
            }
            Expr::IfExp(i) => {
                let t = self.eval(&i.test)?;
                if self.truth(&t, span)? {
                    self.eval(&i.body)
                } else {
                    self.eval(&i.orelse)
                }
            }
            Expr::Call(c) => {
                let func = self.eval(&c.func)?;
                let (args, kwargs) = self.eval_call_args(&c.args, &c.keywords)?;
                self.call(&func, args, kwargs, span)
            }
            Expr::Tuple(t) => {
                let items = self.eval_elements(&t.elts)?;
                Ok(self.heap.tuple(items))
            }
            Expr::List(l) => {
                let items = self.eval_elements(&l.elts)?;
                Ok(self.heap.list(items))
            }
            Expr::Set(s) => {
                let items = self.eval_elements(&s.elts)?;
                let mut d = Dict::default();
                for i in items {
                    let k = self.hash_key(&i, span)?;
                    d.add(k, i);
                }
                Ok(Constant::Obj(self.heap.alloc(Object::Set(d))))
            }
            Expr::Dict(d) => {
                let mut out = Dict::default();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => {
                            let k = self.eval(k)?;
                            let v = self.eval(v)?;
                            let hk = self.hash_key(&k, span)?;
                            out.set(hk, k, v);
                        }
                        None => {
                            let other = self.eval(v)?;
                            let Constant::Obj(r) = other else {
                                return Err(self.raise(
                                    "TypeError",
                                    "'**' argument must be a mapping",
                                    span,
                                ));
                            };
                            if let Object::Dict(od) = self.heap.get(r) {
                                for (hk, (k, v)) in od.entries.clone() {
                                    out.set(hk, k, v);
                                }
                            }
                        }
                    }
                }
                Ok(Constant::Obj(self.heap.alloc(Object::Dict(out))))
            }
            Expr::Subscript(s) => {
                let obj = self.eval(&s.value)?;
                let key = self.eval(&s.slice)?;
                self.get_item(&obj, &key, span)
            }
            Expr::Slice(s) => {
                let mut part = |e: &Option<Box<Expr>>| -> R<Constant> {
                    match e {
                        Some(e) => self.eval(e),
                        None => Ok(Constant::None),
                    }
                };
                let (start, stop, step) = (part(&s.lower)?, part(&s.upper)?, part(&s.step)?);
                Ok(Constant::Obj(self.heap.alloc(Object::Slice {
                    start,
                    stop,
                    step,
                })))
            }
            Expr::ListComp(c) => {
                let mut out = Vec::new();
                self.comprehension(&c.generators, 0, &mut |interp| {
                    out.push(interp.eval(&c.elt)?);
                    Ok(())
                })?;
                Ok(self.heap.list(out))
            }
            Expr::GeneratorExp(c) => {
                // Generator expressions are evaluated eagerly at import time.
                let mut out = Vec::new();
                self.comprehension(&c.generators, 0, &mut |interp| {
                    out.push(interp.eval(&c.elt)?);
                    Ok(())
                })?;
                Ok(self.heap.list(out))
            }
            Expr::SetComp(c) => {
                let mut out = Dict::default();
                self.comprehension(&c.generators, 0, &mut |interp| {
                    let v = interp.eval(&c.elt)?;
                    let k = interp.hash_key(&v, span)?;
                    out.add(k, v);
                    Ok(())
                })?;
                Ok(Constant::Obj(self.heap.alloc(Object::Set(out))))
            }
            Expr::DictComp(c) => {
                let mut out = Dict::default();
                self.comprehension(&c.generators, 0, &mut |interp| {
                    let k = interp.eval(&c.key)?;
                    let v = interp.eval(&c.value)?;
                    let hk = interp.hash_key(&k, span)?;
                    out.set(hk, k, v);
                    Ok(())
                })?;
                Ok(Constant::Obj(self.heap.alloc(Object::Dict(out))))
            }
            Expr::Lambda(l) => {
                let file = self.frame().file;
                let mut chain = self.frame().scope_chain.clone();
                if let Some(c) = &self.frame().code {
                    chain.push(c.clone());
                }
                let code = self.func_code(file, FuncDef::Lambda(l.clone()), &chain);
                self.make_function(code, &l.args)
            }
            Expr::JoinedStr(j) => {
                let mut out = String::new();
                for part in &j.values {
                    let v = self.eval(part)?;
                    out.push_str(&self.str_of(&v, span)?);
                }
                Ok(Constant::Str(out.into()))
            }
            Expr::FormattedValue(f) => {
                let v = self.eval(&f.value)?;
                let spec = match &f.format_spec {
                    Some(s) => {
                        let s = self.eval(s)?;
                        self.str_of(&s, span)?
                    }
                    None => String::new(),
                };
                let v = match f.conversion {
                    ast::ConversionFlag::Repr => Constant::Str(self.repr_of(&v, span)?.into()),
                    ast::ConversionFlag::Str => Constant::Str(self.str_of(&v, span)?.into()),
                    _ => v,
                };
                self.format_value(&v, &spec, span)
                    .map(|s| Constant::Str(s.into()))
            }
            Expr::NamedExpr(n) => {
                let v = self.eval(&n.value)?;
                self.assign(&n.target, v.clone())?;
                Ok(v)
            }
            Expr::Starred(_) => {
                Err(Diagnostic::at(span, "starred expression is not allowed here").into())
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                Err(Diagnostic::not_supported_yet(span, "generators in import-time code").into())
            }
            Expr::Await(_) => Err(Diagnostic::at(span, "`await` is not RPython").into()),
        }
    }

    /// Evaluates list/tuple elements, expanding `*iterable`.
    fn eval_elements(&mut self, elts: &[Expr]) -> R<Vec<Constant>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            if let Expr::Starred(s) = e {
                let v = self.eval(&s.value)?;
                out.extend(self.iterate(&v, self.here(s.range))?);
            } else {
                out.push(self.eval(e)?);
            }
        }
        Ok(out)
    }

    pub(crate) fn eval_call_args(
        &mut self,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> R<(Vec<Constant>, Vec<(Rc<str>, Constant)>)> {
        let args = self.eval_elements(args)?;
        let mut kwargs = Vec::new();
        for k in keywords {
            let v = self.eval(&k.value)?;
            match &k.arg {
                Some(name) => kwargs.push((Rc::from(name.as_str()), v)),
                None => {
                    let span = self.here(k.range);
                    let Constant::Obj(r) = v else {
                        return Err(self.raise(
                            "TypeError",
                            "argument after ** must be a mapping",
                            span,
                        ));
                    };
                    let Object::Dict(d) = self.heap.get(r) else {
                        return Err(self.raise(
                            "TypeError",
                            "argument after ** must be a dict",
                            span,
                        ));
                    };
                    for (k, v) in d.entries.values() {
                        let Constant::Str(k) = k else {
                            return Err(self.raise("TypeError", "keywords must be strings", span));
                        };
                        kwargs.push((k.clone(), v.clone()));
                    }
                }
            }
        }
        Ok((args, kwargs))
    }

    /// Runs `body` for every combination of a comprehension's generators.
    fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        index: usize,
        body: &mut dyn FnMut(&mut Interp) -> R<()>,
    ) -> R<()> {
        let Some(g) = gens.get(index) else {
            return body(self);
        };
        let it = self.eval(&g.iter)?;
        let items = self.iterate(&it, self.here(g.iter.range()))?;
        let mut names = Vec::new();
        collect_target_names(&g.target, &mut names);
        let depth = self.frame().comp_vars.len();
        for n in &names {
            self.frame_mut().comp_vars.push((n.clone(), Constant::None));
        }
        let result = (|| {
            'items: for item in items {
                self.assign(&g.target, item)?;
                for cond in &g.ifs {
                    let c = self.eval(cond)?;
                    if !self.truth(&c, self.here(cond.range()))? {
                        continue 'items;
                    }
                }
                self.comprehension(gens, index + 1, body)?;
            }
            Ok(())
        })();
        self.frame_mut().comp_vars.truncate(depth);
        result
    }

    pub(crate) fn compare_op(
        &mut self,
        op: &ast::CmpOp,
        l: &Constant,
        r: &Constant,
        span: Span,
    ) -> R<bool> {
        let (name, negate) = cmpop_name(op);
        let v = match name {
            OpName::Contains => self.contains(r, l, span)?,
            OpName::Eq => self.values_equal(l, r, span)?,
            OpName::Ne => match self.rich_compare(l, r, "__ne__", "__ne__", span)? {
                Some(v) => self.truth(&v, span)?,
                None => !self.values_equal(l, r, span)?,
            },
            OpName::Is => ops::identical(l, r),
            _ => {
                let (method, reflected) = match name {
                    OpName::Lt => ("__lt__", "__gt__"),
                    OpName::Le => ("__le__", "__ge__"),
                    OpName::Gt => ("__gt__", "__lt__"),
                    _ => ("__ge__", "__le__"),
                };
                if let Some(v) = self.rich_compare(l, r, method, reflected, span)? {
                    return Ok(self.truth(&v, span)? != negate);
                }
                match ops::compare(&self.heap, name, l, r) {
                    Ok(Constant::Bool(b)) => b,
                    Ok(_) => unreachable!("comparisons return bools"),
                    Err(e) => return Err(self.op_error(e, span)),
                }
            }
        };
        Ok(v != negate)
    }

    /// A comparison by user special methods: `l.method(r)`, then the
    /// reflected `r.reflected(l)` (first when `r`'s class is a subclass of
    /// `l`'s), skipping `NotImplemented`. `None` when neither gives a result.
    fn rich_compare(
        &mut self,
        l: &Constant,
        r: &Constant,
        method: &str,
        reflected: &str,
        span: Span,
    ) -> R<Option<Constant>> {
        let instance = |v: &Constant| matches!(v, Constant::Obj(o) if matches!(self.heap.get(*o), Object::Instance(_)));
        if !instance(l) && !instance(r) {
            return Ok(None);
        }
        let (tl, tr) = (self.heap.type_of(l), self.heap.type_of(r));
        let reflected_first = tl != tr && self.heap.is_subclass(tr, tl);
        let mut calls = [(l, r, method), (r, l, reflected)];
        if reflected_first {
            calls.reverse();
        }
        let not_implemented = self.lookup_builtin_name("NotImplemented");
        for (a, b, m) in calls {
            if let Some(v) = self.call_special(a, m, vec![b.clone()], span)? {
                if Some(&v) != not_implemented.as_ref() {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    /// `l == r`: user `__eq__` methods (reflected too), then item by item
    /// for lists, tuples and dicts, then builtin equality (identity for
    /// instances).
    pub(crate) fn values_equal(&mut self, l: &Constant, r: &Constant, span: Span) -> R<bool> {
        if let Some(v) = self.rich_compare(l, r, "__eq__", "__eq__", span)? {
            return self.truth(&v, span);
        }
        let (Constant::Obj(a), Constant::Obj(b)) = (l, r) else {
            return Ok(ops::equal(&self.heap, l, r));
        };
        let pairs: Vec<(Constant, Constant)> = match (self.heap.get(*a), self.heap.get(*b)) {
            _ if a == b => return Ok(true),
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                x.iter().cloned().zip(y.iter().cloned()).collect()
            }
            (Object::Dict(x), Object::Dict(y)) => {
                if x.entries.len() != y.entries.len() {
                    return Ok(false);
                }
                let mut pairs = Vec::with_capacity(x.entries.len());
                for (hk, (_, v)) in &x.entries {
                    match y.entries.get(hk) {
                        Some((_, w)) => pairs.push((v.clone(), w.clone())),
                        None => return Ok(false),
                    }
                }
                pairs
            }
            _ => return Ok(ops::equal(&self.heap, l, r)),
        };
        // Items are compared with an identity shortcut, like CPython.
        for (x, y) in &pairs {
            if !ops::identical(x, y) && !self.values_equal(x, y, span)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub(crate) fn binary_op(
        &mut self,
        op: OpName,
        l: &Constant,
        r: &Constant,
        span: Span,
    ) -> R<Constant> {
        let special = match op {
            OpName::Add | OpName::InplaceAdd => Some("__add__"),
            OpName::Sub | OpName::InplaceSub => Some("__sub__"),
            OpName::Mul | OpName::InplaceMul => Some("__mul__"),
            _ => None,
        };
        if let Some(name) = special {
            if let Some(v) = self.call_special(l, name, vec![r.clone()], span)? {
                return Ok(v);
            }
        }
        if let (OpName::Or | OpName::InplaceOr, Constant::Obj(a), Constant::Obj(b)) = (op, l, r) {
            if let (Object::Set(x) | Object::Dict(x), Object::Set(y) | Object::Dict(y)) =
                (self.heap.get(*a), self.heap.get(*b))
            {
                let mut merged = x.clone();
                for (hk, (k, v)) in &y.entries {
                    merged.set(hk.clone(), k.clone(), v.clone());
                }
                let obj = match self.heap.get(*a) {
                    Object::Set(_) => Object::Set(merged),
                    _ => Object::Dict(merged),
                };
                return Ok(Constant::Obj(self.heap.alloc(obj)));
            }
        }
        if let (OpName::Mod | OpName::InplaceMod, Constant::Str(fmt)) = (op, l) {
            let mut f = format::UserFmt { interp: self, span };
            let out = format::percent_format_with(&mut f, fmt, r)?;
            return Ok(Constant::Str(out.into()));
        }
        ops::binary(&mut self.heap, op, l, r).map_err(|e| self.op_error(e, span))
    }

    pub(crate) fn hash_key(&mut self, v: &Constant, span: Span) -> R<crate::heap::HashKey> {
        match self.heap.hash_key(v) {
            Some(k) => Ok(k),
            None => {
                let t = self.type_name(v);
                Err(self.raise("TypeError", format!("unhashable type: '{t}'"), span))
            }
        }
    }

    pub fn type_name(&self, v: &Constant) -> String {
        let cls = self.heap.type_of(v);
        self.heap
            .as_class(cls)
            .map_or("?".into(), |c| c.name.to_string())
    }

    /// `str(v)`, calling user `__str__`/`__repr__` methods.
    pub(crate) fn str_of(&mut self, v: &Constant, span: Span) -> R<String> {
        format::str_with(&mut format::UserFmt { interp: self, span }, v)
    }

    /// `repr(v)`, calling user `__repr__` methods (also of items).
    pub(crate) fn repr_of(&mut self, v: &Constant, span: Span) -> R<String> {
        format::repr_with(&mut format::UserFmt { interp: self, span }, v)
    }

    /// `format(v, spec)`: a user `__format__`, `str(v)` for an empty spec,
    /// the format mini-language for strings and numbers.
    pub(crate) fn format_value(&mut self, v: &Constant, spec: &str, span: Span) -> R<String> {
        let arg = Constant::Str(spec.into());
        match self.call_special(v, "__format__", vec![arg], span)? {
            Some(Constant::Str(s)) => return Ok(s.to_string()),
            Some(other) => {
                let t = self.type_name(&other);
                let msg = format!("__format__ must return a str, not {t}");
                return Err(self.raise("TypeError", msg, span));
            }
            None => {}
        }
        if spec.is_empty() {
            return self.str_of(v, span);
        }
        format::format_spec(&self.heap, v, spec).map_err(|e| self.op_error(e, span))
    }

    /// Python truth value (consults `__bool__` and `__len__`).
    pub(crate) fn truth(&mut self, v: &Constant, span: Span) -> R<bool> {
        if let Some(b) = ops::truth(&self.heap, v) {
            return Ok(b);
        }
        if let Some(r) = self.call_special(v, "__bool__", vec![], span)? {
            return self.truth(&r, span);
        }
        if let Some(r) = self.call_special(v, "__len__", vec![], span)? {
            return Ok(ops::const_to_bigint(&r)
                .and_then(|n| n.to_i64())
                .unwrap_or(0)
                != 0);
        }
        Ok(true)
    }
}

/// The names bound by an assignment target.
pub fn collect_target_names(t: &Expr, out: &mut Vec<Rc<str>>) {
    match t {
        Expr::Name(n) => out.push(n.id.as_str().into()),
        Expr::Tuple(tu) => tu.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}
