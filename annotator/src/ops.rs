//! Annotation rules of the flow graph operations.
//!
//! [`Annotator::consider_op`] computes the annotation of an op's result
//! from the annotations of its arguments; an error is a located
//! [`Diagnostic`] saying in words what RPython cannot do here. Calls are in
//! [`crate::calls`], builtin functions in [`crate::builtins`], methods of
//! builtin values in [`crate::methods`].

use std::rc::Rc;

use flowgraph::{Constant, IntKind, ObjRef, Op, OpName, Value};
use frontend::diag::Diagnostic;
use frontend::heap::Object;

use crate::classdefs::ClassAttr;
use crate::fixpoint::facts;
use crate::model::{Desc, IntType, IterHow, Narrow, OpPos, SomeValue};
use crate::Annotator;

pub type OpResult = Result<SomeValue, Diagnostic>;

impl Annotator<'_> {
    /// A located error at an op.
    pub fn error(&self, at: OpPos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::at(self.graphs[at.graph.index()].op_span(at), msg)
    }

    pub fn consider_op(&mut self, at: OpPos, op: &Op, args: &[SomeValue]) -> OpResult {
        use OpName::*;
        let arg_var = |i: usize| op.args.get(i).and_then(|a| a.as_var());
        match op.name {
            Pos | Neg | Invert | Abs | NegOvf | AbsOvf => self.unary_arith(at, op.name, &args[0]),
            Bool => Ok(self.truth(&args[0], arg_var(0))),
            Not => {
                let t = self.truth(&args[0], arg_var(0));
                Ok(match t {
                    SomeValue::Bool { konst, ktd } => SomeValue::Bool {
                        konst: konst.map(|b| !b),
                        ktd: ktd.map(|k| Rc::new(k.negated())),
                    },
                    other => other,
                })
            }
            Len => self.len_of(at, &args[0]),
            Iter => self.iter_of(at, &args[0]),
            Next => self.next_of(at, &args[0]),
            Str | Repr => {
                self.check_printable(at, &args[0], op.name.as_str())?;
                Ok(SomeValue::str())
            }
            Type => Ok(SomeValue::TypeOf { of: arg_var(0) }),
            Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow | LShift | RShift | And | Or | Xor
            | MatMul | InplaceAdd | InplaceSub | InplaceMul | InplaceTrueDiv | InplaceFloorDiv
            | InplaceMod | InplacePow | InplaceLShift | InplaceRShift | InplaceAnd | InplaceOr
            | InplaceXor | AddOvf | SubOvf | MulOvf | FloorDivOvf | ModOvf | LShiftOvf => {
                self.binary_arith(at, op.name, &args[0], &args[1])
            }
            Lt | Le | Gt | Ge => {
                self.order_compare(at, op.name, &args[0], &args[1])?;
                if let Some(b) = fold_compare(op.name, &args[0], &args[1]) {
                    return Ok(SomeValue::Bool {
                        konst: Some(b),
                        ktd: None,
                    });
                }
                Ok(int_compare_facts(op, &args[0], &args[1]))
            }
            Eq | Ne => {
                if let Some(b) = fold_compare(op.name, &args[0], &args[1]) {
                    return Ok(SomeValue::Bool {
                        konst: Some(b),
                        ktd: None,
                    });
                }
                Ok(self.equality(op, &args[0], &args[1]))
            }
            Is => Ok(self.identity(op, &args[0], &args[1])),
            Contains => self.contains_op(at, &args[0], &args[1]),
            GetItem => self.getitem(at, &args[0], &args[1]),
            SetItem => self.setitem(at, &args[0], &args[1], &args[2]),
            DelItem => self.delitem(at, &args[0], &args[1]),
            GetSlice => self.getslice(at, &args[0], &args[1], &args[2]),
            SetSlice => self.setslice(at, &args[0], &args[1], &args[2], &args[3]),
            DelSlice => self.delslice(at, &args[0], &args[1], &args[2]),
            GetAttr => {
                let name = const_str(&op.args[1]).ok_or_else(|| {
                    self.error(
                        at,
                        "getattr() with a non-constant attribute name is not RPython",
                    )
                })?;
                self.getattr(at, &args[0], &name, arg_var(0))
            }
            SetAttr => {
                let name = const_str(&op.args[1]).ok_or_else(|| {
                    self.error(
                        at,
                        "setattr() with a non-constant attribute name is not RPython",
                    )
                })?;
                self.setattr(at, &args[0], &name, &args[2])
            }
            DelAttr => Err(self.error(at, "deleting attributes is not RPython")),
            NewList => {
                let span = self.graphs[at.graph.index()].op_span(at);
                let s = self.new_list(SomeValue::Impossible, Some(span));
                let SomeValue::List { def, .. } = s else {
                    unreachable!()
                };
                for a in args {
                    self.list_add_item(at, def, a)?;
                }
                Ok(s)
            }
            NewTuple => Ok(SomeValue::Tuple(Rc::from(args.to_vec()))),
            NewDict => {
                let span = self.graphs[at.graph.index()].op_span(at);
                let s = self.new_dict(SomeValue::Impossible, SomeValue::Impossible, Some(span));
                let SomeValue::Dict { def, .. } = s else {
                    unreachable!()
                };
                for kv in args.chunks(2) {
                    self.dict_add_key(at, def, &kv[0])?;
                    self.dict_add_value(at, def, &kv[1])?;
                }
                Ok(s)
            }
            NewSlice => Err(self.error(at, "not supported yet: slice objects at run time")),
            SimpleCall => {
                let call = crate::calls::CallArgs::positional(args[1..].to_vec());
                self.call_value(at, &args[0], call)
            }
            CallArgs => {
                let call = crate::calls::CallArgs::from_shape(self, &op.args[1], &args[2..])
                    .ok_or_else(|| self.error(at, "internal error: bad call_args shape"))?;
                self.call_value(at, &args[0], call)
            }
            FormatValue => {
                self.check_printable(at, &args[0], "format")?;
                Ok(SomeValue::str())
            }
            BuildStr => Ok(SomeValue::str()),
            ExceptionMatch => Ok(self.exception_match(&args[0], &op.args[1])),
            Yield => Err(self.error(at, "not supported yet: generators (yield)")),
            SameAs => Ok(args[0].clone()),
            Hint => Ok(args[0].clone()),
        }
    }

    // ----- numbers -----

    fn unary_arith(&mut self, at: OpPos, name: OpName, a: &SomeValue) -> OpResult {
        match a {
            SomeValue::Int { ty, nonneg, .. } => Ok(SomeValue::Int {
                ty: *ty,
                nonneg: match name {
                    OpName::Abs | OpName::AbsOvf | OpName::Pos => *nonneg || !ty.signed(),
                    _ => !ty.signed(),
                },
                konst: None,
            }),
            SomeValue::Bool { .. } => Ok(SomeValue::Int {
                ty: IntType::Int,
                nonneg: matches!(name, OpName::Abs | OpName::AbsOvf | OpName::Pos),
                konst: None,
            }),
            SomeValue::Float { .. } if name != OpName::Invert => Ok(SomeValue::float()),
            other => Err(self.error(
                at,
                format!(
                    "bad operand type for {}: {}",
                    unary_symbol(name),
                    self.show(other)
                ),
            )),
        }
    }

    fn binary_arith(&mut self, at: OpPos, name: OpName, a: &SomeValue, b: &SomeValue) -> OpResult {
        use OpName::*;
        use SomeValue as S;
        let base = base_op(name);
        let fail = |this: &Self| {
            this.error(
                at,
                format!(
                    "unsupported operand types for {}: {} and {}",
                    binary_symbol(base),
                    this.show(a),
                    this.show(b)
                ),
            )
        };
        let is_int = |s: &SomeValue| matches!(s, S::Int { .. } | S::Bool { .. });
        match (a, b) {
            (S::Bool { .. }, S::Bool { .. }) if matches!(base, And | Or | Xor) => Ok(S::bool()),
            (x, y) if is_int(x) && is_int(y) => {
                let (tx, nx) = int_parts(x);
                let (ty, ny) = int_parts(y);
                let t = IntType::combine(tx, ty);
                if base == TrueDiv {
                    return Ok(S::float());
                }
                let nonneg = !t.signed()
                    || match base {
                        Add | Mul | FloorDiv | Or | Xor => nx && ny,
                        Mod => ny,
                        And => nx || ny,
                        RShift | LShift | Pow => nx,
                        _ => false,
                    };
                Ok(S::Int {
                    ty: t,
                    nonneg,
                    konst: None,
                })
            }
            (S::Float { .. }, y) | (y, S::Float { .. })
                if (is_int(y) && int_parts(y).0 == IntType::Int
                    || matches!(y, S::Float { .. }))
                    && matches!(base, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow) =>
            {
                Ok(S::float())
            }
            (S::Str { .. } | S::Char { .. }, S::Str { .. } | S::Char { .. }) if base == Add => {
                Ok(S::str())
            }
            (S::Str { .. } | S::Char { .. }, y) | (y, S::Str { .. } | S::Char { .. })
                if base == Mul && is_int(y) =>
            {
                Ok(S::str())
            }
            (S::Str { .. } | S::Char { .. }, _) if base == Mod => Ok(S::str()),
            (S::Bytes { .. }, S::Bytes { .. }) if base == Add => Ok(S::bytes()),
            (S::Bytes { .. }, y) | (y, S::Bytes { .. }) if base == Mul && is_int(y) => {
                Ok(S::bytes())
            }
            (S::Bytes { .. }, _) if base == Mod => Ok(S::bytes()),
            (S::List { def: d1, .. }, S::List { def: d2, .. }) if base == Add => {
                let def = self.unify_lists(*d1, *d2).map_err(|e| {
                    self.error(at, format!("cannot concatenate these lists: {}", e.why))
                })?;
                if name != Add {
                    self.lists.get_mut(def.raw()).resized = true;
                }
                Ok(S::List {
                    def,
                    nullable: false,
                })
            }
            (S::List { def, .. }, y) | (y, S::List { def, .. }) if base == Mul && is_int(y) => {
                Ok(S::List {
                    def: *def,
                    nullable: false,
                })
            }
            (S::Tuple(x), S::Tuple(y)) if base == Add => {
                let items: Vec<SomeValue> = x.iter().chain(y.iter()).cloned().collect();
                Ok(S::Tuple(Rc::from(items)))
            }
            _ => Err(fail(self)),
        }
    }

    fn order_compare(&mut self, at: OpPos, name: OpName, a: &SomeValue, b: &SomeValue) -> OpResult {
        use SomeValue as S;
        let num = |s: &SomeValue| matches!(s, S::Int { .. } | S::Bool { .. } | S::Float { .. });
        let text = |s: &SomeValue| matches!(s, S::Str { .. } | S::Char { .. });
        let ok = (num(a) && num(b))
            || (text(a) && text(b))
            || matches!((a, b), (S::Bytes { .. }, S::Bytes { .. }));
        if let (
            S::Int {
                ty: t1, nonneg: n1, ..
            },
            S::Int {
                ty: t2, nonneg: n2, ..
            },
        ) = (a, b)
        {
            if t1 != t2
                && t1.signed() != t2.signed()
                && !(*n1 && *t1 == IntType::Int)
                && !(*n2 && *t2 == IntType::Int)
            {
                return Err(self.error(
                    at,
                    format!(
                        "comparing {} with {} (signed with unsigned) is ambiguous; convert one side",
                        t1.name(),
                        t2.name()
                    ),
                ));
            }
        }
        if !ok {
            return Err(self.error(
                at,
                format!(
                    "cannot compare {} and {} with {}",
                    self.show(a),
                    self.show(b),
                    binary_symbol(name)
                ),
            ));
        }
        Ok(S::bool())
    }

    fn equality(&mut self, op: &Op, a: &SomeValue, b: &SomeValue) -> SomeValue {
        let mut r = self.identity(op, a, b);
        if op.name == OpName::Ne {
            if let SomeValue::Bool { konst, ktd } = r {
                r = SomeValue::Bool {
                    konst: konst.map(|k| !k),
                    ktd: ktd.map(|k| Rc::new(k.negated())),
                };
            }
        }
        r
    }

    /// `a is b` (and `==` with None): facts about a variable compared with
    /// None.
    fn identity(&mut self, op: &Op, a: &SomeValue, b: &SomeValue) -> SomeValue {
        let mut if_true = Vec::new();
        let mut if_false = Vec::new();
        for (i, (x, y)) in [(a, b), (b, a)].into_iter().enumerate() {
            if matches!(y, SomeValue::None) {
                if let Some(v) = op.args[i].as_var() {
                    if x.can_be_none() {
                        if_true.push((v, Narrow::IsNone));
                        if_false.push((v, Narrow::NotNone));
                    }
                }
            }
        }
        let konst = match (a, b) {
            (SomeValue::None, SomeValue::None) => Some(true),
            (SomeValue::None, x) | (x, SomeValue::None) if !x.can_be_none() => Some(false),
            _ => None,
        };
        SomeValue::Bool {
            konst,
            ktd: facts(if_true, if_false),
        }
    }

    /// The truth value of `s` (and facts about the variable tested).
    pub fn truth(&self, s: &SomeValue, var: Option<flowgraph::VarId>) -> SomeValue {
        match s {
            SomeValue::Bool { .. } => s.clone(),
            SomeValue::None => SomeValue::Bool {
                konst: Some(false),
                ktd: None,
            },
            SomeValue::Int { konst: Some(k), .. } => SomeValue::Bool {
                konst: Some(*k != 0),
                ktd: None,
            },
            _ => {
                let ktd = match var {
                    Some(v) if s.can_be_none() => facts(vec![(v, Narrow::NotNone)], vec![]),
                    _ => None,
                };
                SomeValue::Bool { konst: None, ktd }
            }
        }
    }

    fn exception_match(&mut self, etype: &SomeValue, cls: &Value) -> SomeValue {
        let classes: Vec<ObjRef> = match cls.as_const() {
            Some(Constant::Obj(r)) => match self.interp.heap.get(*r) {
                Object::Class(_) => vec![*r],
                Object::Tuple(items) => items
                    .iter()
                    .filter_map(|c| match c {
                        Constant::Obj(r) => Some(*r),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        let mut narrowed = None;
        for c in classes {
            if self.interp.heap.as_class(c).is_none() {
                continue;
            }
            let cd = self.classdef(c);
            narrowed = Some(match narrowed {
                None => cd,
                Some(prev) => self.common_base(prev, cd).unwrap_or(prev),
            });
        }
        let ktd = match (etype, narrowed) {
            (SomeValue::TypeOf { of: Some(v) }, Some(cd)) => {
                facts(vec![(*v, Narrow::Instance(cd))], vec![])
            }
            _ => None,
        };
        SomeValue::Bool { konst: None, ktd }
    }

    /// Types `print`, `str()`, `%s` and f-strings can render.
    pub fn check_printable(&self, at: OpPos, s: &SomeValue, what: &str) -> Result<(), Diagnostic> {
        match s {
            SomeValue::Int { .. }
            | SomeValue::Bool { .. }
            | SomeValue::Float { .. }
            | SomeValue::Char { .. }
            | SomeValue::Str { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::None
            | SomeValue::Instance { .. } => Ok(()),
            other => Err(self.error(
                at,
                format!("not supported yet: {what}() of {}", self.show(other)),
            )),
        }
    }

    // ----- containers -----

    pub fn len_of(&mut self, at: OpPos, s: &SomeValue) -> OpResult {
        match s {
            SomeValue::Str { .. }
            | SomeValue::Char { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::List { .. }
            | SomeValue::Dict { .. }
            | SomeValue::Range { .. }
            | SomeValue::StringBuilder { .. } => Ok(SomeValue::nonneg_int()),
            SomeValue::Tuple(items) => Ok(SomeValue::const_int(items.len() as i128)),
            SomeValue::Instance { .. } => {
                let r = self.call_special(at, s, "__len__", vec![])?;
                Ok(r)
            }
            other => Err(self.error(
                at,
                format!("len() of {} is not supported", self.show(other)),
            )),
        }
    }

    pub fn iter_of(&mut self, at: OpPos, s: &SomeValue) -> OpResult {
        let source = Rc::new(s.clone());
        match s {
            SomeValue::List { .. }
            | SomeValue::Str { .. }
            | SomeValue::Char { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::Range { .. } => Ok(SomeValue::Iter {
                source,
                how: IterHow::Plain,
            }),
            SomeValue::Dict { .. } => Ok(SomeValue::Iter {
                source,
                how: IterHow::Keys,
            }),
            SomeValue::Iter { .. } => Ok(s.clone()),
            SomeValue::Tuple(items) => {
                let mut u = SomeValue::Impossible;
                for i in items.iter() {
                    u = self.union(&u, i).map_err(|e| {
                        self.error(
                            at,
                            format!("iterating over a tuple of mixed types: {}", e.why),
                        )
                    })?;
                }
                Ok(SomeValue::Iter {
                    source,
                    how: IterHow::Plain,
                })
            }
            SomeValue::Instance { .. } => self.call_special(at, s, "__iter__", vec![]),
            other => Err(self.error(at, format!("{} is not iterable", self.show(other)))),
        }
    }

    pub fn next_of(&mut self, at: OpPos, it: &SomeValue) -> OpResult {
        match it {
            SomeValue::Iter { source, how } => {
                let (source, how) = (source.clone(), *how);
                Ok(self.iter_item(at, &source, how))
            }
            SomeValue::Instance { .. } => self.call_special(at, it, "__next__", vec![]),
            other => Err(self.error(
                at,
                format!("next() of {} is not supported", self.show(other)),
            )),
        }
    }

    /// The items an iterator over `source` produces.
    pub fn iter_item(&mut self, at: OpPos, source: &SomeValue, how: IterHow) -> SomeValue {
        let reader = at.pos();
        match how {
            IterHow::Plain | IterHow::Reversed => match source {
                SomeValue::List { def, .. } => {
                    let d = self.lists.get_mut(def.raw());
                    d.readers.insert(reader);
                    d.item.clone()
                }
                SomeValue::Str { .. } | SomeValue::Char { .. } => SomeValue::char(),
                SomeValue::Bytes { .. } => SomeValue::nonneg_int(),
                SomeValue::Range { nonneg } => SomeValue::Int {
                    ty: IntType::Int,
                    nonneg: *nonneg,
                    konst: None,
                },
                SomeValue::Dict { .. } => self.iter_item(at, source, IterHow::Keys),
                SomeValue::Tuple(items) => {
                    let mut u = SomeValue::Impossible;
                    for i in items.iter() {
                        u = self.union(&u, i).unwrap_or(u);
                    }
                    u
                }
                SomeValue::Iter { source, how } => {
                    let (s, h) = (source.clone(), *how);
                    self.iter_item(at, &s, h)
                }
                _ => SomeValue::Impossible,
            },
            IterHow::Keys | IterHow::Values | IterHow::Items => {
                let SomeValue::Dict { def, .. } = source else {
                    return SomeValue::Impossible;
                };
                let d = self.dicts.get_mut(def.raw());
                d.readers.insert(reader);
                let (k, v) = (d.key.clone(), d.value.clone());
                match how {
                    IterHow::Keys => k,
                    IterHow::Values => v,
                    _ if k.is_impossible() || v.is_impossible() => SomeValue::Impossible,
                    _ => SomeValue::Tuple(Rc::from(vec![k, v])),
                }
            }
            IterHow::Enumerate => {
                let item = self.iter_item(at, source, IterHow::Plain);
                if item.is_impossible() {
                    return item;
                }
                SomeValue::Tuple(Rc::from(vec![SomeValue::nonneg_int(), item]))
            }
            IterHow::Zip => {
                let SomeValue::Tuple(sources) = source else {
                    return SomeValue::Impossible;
                };
                let mut items = Vec::new();
                for s in sources.iter() {
                    let i = self.iter_item(at, s, IterHow::Plain);
                    if i.is_impossible() {
                        return i;
                    }
                    items.push(i);
                }
                SomeValue::Tuple(Rc::from(items))
            }
        }
    }

    fn contains_op(&mut self, at: OpPos, container: &SomeValue, item: &SomeValue) -> OpResult {
        match container {
            SomeValue::List { def, .. } => {
                let d = self.lists.get_mut(def.raw());
                d.readers.insert(at.pos());
                let li = d.item.clone();
                if !li.is_impossible() {
                    self.union(&li, item).map_err(|_| {
                        self.error(
                            at,
                            format!(
                                "`in` tests for {} in a list of {}",
                                self.show(item),
                                self.show(&li)
                            ),
                        )
                    })?;
                }
                Ok(SomeValue::bool())
            }
            SomeValue::Dict { def, .. } => {
                self.dict_add_key(at, *def, item)?;
                Ok(SomeValue::bool())
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => match item {
                SomeValue::Str { .. } | SomeValue::Char { .. } => Ok(SomeValue::bool()),
                other => Err(self.error(
                    at,
                    format!(
                        "`in <str>` requires a str on the left, not {}",
                        self.show(other)
                    ),
                )),
            },
            SomeValue::Bytes { .. } => Ok(SomeValue::bool()),
            SomeValue::Tuple(items) => {
                for i in items.iter() {
                    self.union(i, item)
                        .map_err(|e| self.error(at, format!("`in` on a tuple: {}", e.why)))?;
                }
                Ok(SomeValue::bool())
            }
            SomeValue::Range { .. } => Ok(SomeValue::bool()),
            SomeValue::Instance { .. } => {
                self.call_special(at, container, "__contains__", vec![item.clone()])?;
                Ok(SomeValue::bool())
            }
            other => Err(self.error(at, format!("`in` is not supported on {}", self.show(other)))),
        }
    }

    fn check_index(&self, at: OpPos, container: &str, idx: &SomeValue) -> Result<(), Diagnostic> {
        match idx {
            SomeValue::Int {
                ty: IntType::Int, ..
            }
            | SomeValue::Bool { .. } => Ok(()),
            SomeValue::Int { ty, .. } => Err(self.error(
                at,
                format!(
                    "{container} indices must be plain ints, not {} (use intmask())",
                    ty.name()
                ),
            )),
            other => Err(self.error(
                at,
                format!(
                    "{container} indices must be integers, not {}",
                    self.show(other)
                ),
            )),
        }
    }

    fn getitem(&mut self, at: OpPos, obj: &SomeValue, idx: &SomeValue) -> OpResult {
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                let d = self.lists.get_mut(def.raw());
                d.readers.insert(at.pos());
                Ok(d.item.clone())
            }
            SomeValue::Dict { def, .. } => {
                self.dict_add_key(at, *def, idx)?;
                let d = self.dicts.get_mut(def.raw());
                d.readers.insert(at.pos());
                Ok(d.value.clone())
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => {
                self.check_index(at, "str", idx)?;
                Ok(SomeValue::char())
            }
            SomeValue::Bytes { .. } => {
                self.check_index(at, "bytes", idx)?;
                Ok(SomeValue::nonneg_int())
            }
            SomeValue::Tuple(items) => match idx {
                SomeValue::Int { konst: Some(k), .. } => {
                    let n = items.len() as i128;
                    let i = if *k < 0 { *k + n } else { *k };
                    if i < 0 || i >= n {
                        return Err(self.error(
                            at,
                            format!("tuple index {k} out of range (the tuple has {n} items)"),
                        ));
                    }
                    Ok(items[i as usize].clone())
                }
                _ => {
                    let mut u = SomeValue::Impossible;
                    for i in items.iter() {
                        u = self.union(&u, i).map_err(|_| {
                            self.error(
                                at,
                                "tuples can only be indexed with constants (their items have different types)",
                            )
                        })?;
                    }
                    self.check_index(at, "tuple", idx)?;
                    Ok(u)
                }
            },
            SomeValue::Instance { .. } => {
                self.call_special(at, obj, "__getitem__", vec![idx.clone()])
            }
            other => Err(self.error(at, format!("{} is not subscriptable", self.show(other)))),
        }
    }

    fn setitem(&mut self, at: OpPos, obj: &SomeValue, idx: &SomeValue, v: &SomeValue) -> OpResult {
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                self.check_not_frozen_list(at, *def, "item assignment")?;
                self.lists.get_mut(def.raw()).mutated = true;
                self.list_add_item(at, *def, v)?;
                Ok(SomeValue::None)
            }
            SomeValue::Dict { def, .. } => {
                self.check_not_frozen_dict(at, *def, "item assignment")?;
                self.dict_add_key(at, *def, idx)?;
                self.dict_add_value(at, *def, v)?;
                Ok(SomeValue::None)
            }
            SomeValue::Instance { .. } => {
                self.call_special(at, obj, "__setitem__", vec![idx.clone(), v.clone()])?;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support item assignment", self.show(other)),
            )),
        }
    }

    fn delitem(&mut self, at: OpPos, obj: &SomeValue, idx: &SomeValue) -> OpResult {
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                self.check_not_frozen_list(at, *def, "del")?;
                self.lists.get_mut(def.raw()).resized = true;
                Ok(SomeValue::None)
            }
            SomeValue::Dict { def, .. } => {
                self.check_not_frozen_dict(at, *def, "del")?;
                self.dict_add_key(at, *def, idx)?;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support item deletion", self.show(other)),
            )),
        }
    }

    fn check_slice_bound(&self, at: OpPos, s: &SomeValue, which: &str) -> Result<(), Diagnostic> {
        match s {
            SomeValue::None => Ok(()),
            SomeValue::Int { ty: IntType::Int, nonneg: true, .. } | SomeValue::Bool { .. } => Ok(()),
            // `x[:-1]`: all but the last item.
            SomeValue::Int { ty: IntType::Int, konst: Some(-1), .. } if which == "stop" => Ok(()),
            SomeValue::Int { ty: IntType::Int, .. } => Err(self
                .error(at, format!("slice {which} must be proven non-negative"))
                .with_label(format!("this {which} may be negative"))
                .with_note("RPython slices need non-negative bounds: check the bound (e.g. `assert start >= 0`) or compute it from len()")),
            other => Err(self.error(
                at,
                format!("slice indices must be integers, not {}", self.show(other)),
            )),
        }
    }

    fn getslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match obj {
            SomeValue::List { def, .. } => {
                let span = self.graphs[at.graph.index()].op_span(at);
                let item = {
                    let d = self.lists.get_mut(def.raw());
                    d.readers.insert(at.pos());
                    d.item.clone()
                };
                let s = self.new_list(item, Some(span));
                let SomeValue::List { def: new, .. } = s else {
                    unreachable!()
                };
                // The slice is a new list whose items are the same type.
                let def = self
                    .unify_lists(*def, new)
                    .map_err(|e| self.error(at, e.why))?;
                Ok(SomeValue::List {
                    def,
                    nullable: false,
                })
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => Ok(SomeValue::str()),
            SomeValue::Bytes { .. } => Ok(SomeValue::bytes()),
            other => Err(self.error(at, format!("{} cannot be sliced", self.show(other)))),
        }
    }

    fn setslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
        v: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match (obj, v) {
            (SomeValue::List { def, .. }, SomeValue::List { def: other, .. }) => {
                self.check_not_frozen_list(at, *def, "slice assignment")?;
                let item = self.lists.get_mut(other.raw()).item.clone();
                self.lists.get_mut(other.raw()).readers.insert(at.pos());
                self.lists.get_mut(def.raw()).resized = true;
                self.list_add_item(at, *def, &item)?;
                Ok(SomeValue::None)
            }
            _ => Err(self.error(
                at,
                format!(
                    "slice assignment of {} to {} is not supported",
                    self.show(v),
                    self.show(obj)
                ),
            )),
        }
    }

    fn delslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match obj {
            SomeValue::List { def, .. } => {
                self.check_not_frozen_list(at, *def, "del")?;
                self.lists.get_mut(def.raw()).resized = true;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support slice deletion", self.show(other)),
            )),
        }
    }

    /// Generalises a list's item type with `s` (an item stored at `at`).
    pub fn list_add_item(
        &mut self,
        at: OpPos,
        def: crate::ListId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        let old = self.lists.get(def.raw()).item.clone();
        let new = match self.union(&old, s) {
            Ok(n) => n,
            Err(e) => {
                let mut d = self
                    .error(
                        at,
                        format!(
                            "a list cannot hold both {} and {}",
                            self.show(&old),
                            self.show(s)
                        ),
                    )
                    .with_label(format!("{} stored here", self.show(s)));
                let sources = self.lists.get(def.raw()).sources.clone();
                for src in sources {
                    if let Some(sp) = src.span {
                        d = d.with_related(sp, format!("{} stored here", self.show(&src.value)));
                    }
                }
                if e.why.contains("cannot be mixed") {
                    return Err(d);
                }
                return Err(d.with_note(e.why));
            }
        };
        let span = self.graphs[at.graph.index()].op_span(at);
        let d = self.lists.get_mut(def.raw());
        if d.sources.len() < 4
            && !d
                .sources
                .iter()
                .any(|x| x.value.kind_word() == s.kind_word())
        {
            d.sources.push(crate::containers::Source {
                at: Some(at),
                span: Some(span),
                value: s.clone(),
            });
        }
        if new != old {
            d.item = new;
            let readers: Vec<crate::Pos> = d.readers.iter().copied().collect();
            for r in readers {
                if r != at.pos() {
                    self.schedule(r);
                }
            }
        }
        Ok(())
    }

    pub fn dict_add_key(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        self.dict_generalize(at, def, s, true)
    }
    pub fn dict_add_value(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        self.dict_generalize(at, def, s, false)
    }

    fn dict_generalize(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
        key: bool,
    ) -> Result<(), Diagnostic> {
        if key {
            // r_dict: its equality and hash functions are called on keys.
            if let Some((eq, hash)) = self.dicts.get(def.raw()).custom.clone() {
                use crate::calls::CallArgs;
                self.call_value(at, &eq, CallArgs::positional(vec![s.clone(), s.clone()]))?;
                self.call_value(at, &hash, CallArgs::positional(vec![s.clone()]))?;
            }
        }
        let old = {
            let d = self.dicts.get(def.raw());
            if key {
                d.key.clone()
            } else {
                d.value.clone()
            }
        };
        if key {
            if let SomeValue::Float { .. } | SomeValue::Instance { .. } = s {
                if self.dicts.get(def.raw()).custom.is_none() {
                    if let SomeValue::Float { .. } = s {
                        return Err(self.error(at, "dict keys cannot be floats in RPython"));
                    }
                }
            }
        }
        let what = if key { "keys" } else { "values" };
        let new = match self.union(&old, s) {
            Ok(n) => n,
            Err(e) => {
                let mut d = self
                    .error(
                        at,
                        format!(
                            "a dict cannot have both {} and {} as {what}",
                            self.show(&old),
                            self.show(s)
                        ),
                    )
                    .with_label(format!(
                        "{} used as a {} here",
                        self.show(s),
                        &what[..what.len() - 1]
                    ));
                let sources = {
                    let dd = self.dicts.get(def.raw());
                    if key {
                        dd.key_sources.clone()
                    } else {
                        dd.value_sources.clone()
                    }
                };
                for src in sources {
                    if let Some(sp) = src.span {
                        d = d.with_related(sp, format!("{} used here", self.show(&src.value)));
                    }
                }
                if !e.why.contains("cannot be mixed") {
                    d = d.with_note(e.why);
                }
                return Err(d);
            }
        };
        let span = self.graphs[at.graph.index()].op_span(at);
        let d = self.dicts.get_mut(def.raw());
        let sources = if key {
            &mut d.key_sources
        } else {
            &mut d.value_sources
        };
        if sources.len() < 4 && !sources.iter().any(|x| x.value.kind_word() == s.kind_word()) {
            sources.push(crate::containers::Source {
                at: Some(at),
                span: Some(span),
                value: s.clone(),
            });
        }
        if new != old {
            if key {
                d.key = new;
            } else {
                d.value = new;
            }
            let readers: Vec<crate::Pos> = d.readers.iter().copied().collect();
            for r in readers {
                if r != at.pos() {
                    self.schedule(r);
                }
            }
        }
        Ok(())
    }

    pub fn check_not_frozen_list(
        &mut self,
        at: OpPos,
        def: crate::ListId,
        what: &str,
    ) -> Result<(), Diagnostic> {
        if let Some(name) = self.lists.get(def.raw()).frozen_global.clone() {
            return Err(self
                .error(at, format!("the module-level list `{name}` is a constant at run time: {what} would modify it"))
                .with_label("modifies a prebuilt global list")
                .with_note("module globals are frozen after import; keep mutable state in an attribute of a prebuilt instance (e.g. `state = State()` at module level, then `state.items.append(x)`)"));
        }
        Ok(())
    }

    pub fn check_not_frozen_dict(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        what: &str,
    ) -> Result<(), Diagnostic> {
        if let Some(name) = self.dicts.get(def.raw()).frozen_global.clone() {
            return Err(self
                .error(at, format!("the module-level dict `{name}` is a constant at run time: {what} would modify it"))
                .with_label("modifies a prebuilt global dict")
                .with_note("module globals are frozen after import; keep mutable state in an attribute of a prebuilt instance (e.g. `state = State()` at module level, then `state.table[k] = v`)"));
        }
        Ok(())
    }

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
                    return Ok(SomeValue::TypeOf { of: var });
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

    fn setattr(&mut self, at: OpPos, obj: &SomeValue, name: &str, v: &SomeValue) -> OpResult {
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
                let descs = self.method_descs(*class, name, at.pos());
                let f = SomeValue::Pbc {
                    descs: Rc::from(descs),
                    nullable: false,
                };
                self.call_value(at, &f, crate::calls::CallArgs::positional(args))
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

/// The result of comparing two constants (ints, bools, strs).
fn fold_compare(name: OpName, a: &SomeValue, b: &SomeValue) -> Option<bool> {
    use std::cmp::Ordering;
    let int = |s: &SomeValue| match s {
        SomeValue::Int { konst: Some(k), .. } => Some(*k),
        SomeValue::Bool { konst: Some(b), .. } => Some(*b as i128),
        _ => None,
    };
    let text = |s: &SomeValue| match s {
        SomeValue::Str {
            konst: Some(k),
            nullable: false,
        } => Some(k.to_string()),
        SomeValue::Char { konst: Some(c) } => Some(c.to_string()),
        _ => None,
    };
    let ord = match (int(a), int(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => match (text(a), text(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => return None,
        },
    };
    Some(match name {
        OpName::Lt => ord == Ordering::Less,
        OpName::Le => ord != Ordering::Greater,
        OpName::Gt => ord == Ordering::Greater,
        OpName::Ge => ord != Ordering::Less,
        OpName::Eq => ord == Ordering::Equal,
        _ => ord != Ordering::Equal,
    })
}

/// What an int comparison proves about non-negativity: in `x < y` with
/// `y >= 0`, `x` is non-negative when the test is false; in `x > y` (or
/// `x >= y`) it is when the test is true; and symmetrically for `y`.
fn int_compare_facts(op: &Op, a: &SomeValue, b: &SomeValue) -> SomeValue {
    let nonneg = |s: &SomeValue| {
        matches!(
            s,
            SomeValue::Int { nonneg: true, .. } | SomeValue::Bool { .. }
        )
    };
    let is_int = |s: &SomeValue| matches!(s, SomeValue::Int { .. });
    let mut if_true = Vec::new();
    let mut if_false = Vec::new();
    // `a OP b`, seen as `x (lt|le|gt|ge) y` for x = a and, mirrored, x = b.
    let mirrored = match op.name {
        OpName::Lt => OpName::Gt,
        OpName::Le => OpName::Ge,
        OpName::Gt => OpName::Lt,
        _ => OpName::Le,
    };
    for (name, x, y, xv) in [
        (op.name, a, b, op.args[0].as_var()),
        (mirrored, b, a, op.args[1].as_var()),
    ] {
        let Some(v) = xv else { continue };
        if !is_int(x) || !nonneg(y) {
            continue;
        }
        match name {
            OpName::Lt | OpName::Le => if_false.push((v, Narrow::NonNeg)),
            _ => if_true.push((v, Narrow::NonNeg)),
        }
    }
    SomeValue::Bool {
        konst: None,
        ktd: facts(if_true, if_false),
    }
}

pub fn const_str(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Const(Constant::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

fn int_parts(s: &SomeValue) -> (IntType, bool) {
    match s {
        SomeValue::Int { ty, nonneg, .. } => (*ty, *nonneg || !ty.signed()),
        _ => (IntType::Int, true),
    }
}

/// `inplace_add` and `add_ovf` behave as `add`.
pub fn base_op(name: OpName) -> OpName {
    use OpName::*;
    match name {
        InplaceAdd | AddOvf => Add,
        InplaceSub | SubOvf => Sub,
        InplaceMul | MulOvf => Mul,
        InplaceTrueDiv => TrueDiv,
        InplaceFloorDiv | FloorDivOvf => FloorDiv,
        InplaceMod | ModOvf => Mod,
        InplacePow => Pow,
        InplaceLShift | LShiftOvf => LShift,
        InplaceRShift => RShift,
        InplaceAnd => And,
        InplaceOr => Or,
        InplaceXor => Xor,
        NegOvf => Neg,
        AbsOvf => Abs,
        other => other,
    }
}

pub fn binary_symbol(name: OpName) -> &'static str {
    use OpName::*;
    match base_op(name) {
        Add => "+",
        Sub => "-",
        Mul => "*",
        TrueDiv => "/",
        FloorDiv => "//",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        And => "&",
        Or => "|",
        Xor => "^",
        MatMul => "@",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
        Eq => "==",
        Ne => "!=",
        _ => "?",
    }
}

fn unary_symbol(name: OpName) -> &'static str {
    match base_op(name) {
        OpName::Neg => "unary -",
        OpName::Pos => "unary +",
        OpName::Invert => "~",
        _ => "abs()",
    }
}

/// The sized integer kind of a builtin `r_*` class, if it is one.
pub fn sized_kind(interp: &frontend::eval::Interp, class: ObjRef) -> Option<IntKind> {
    interp.heap.as_class(class).and_then(|c| match c.kind {
        frontend::heap::ClassKind::Builtin(frontend::heap::BuiltinType::SizedInt(k)) => Some(k),
        _ => None,
    })
}
