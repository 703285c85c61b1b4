//! Annotation rules of the flow graph operations.
//!
//! [`Annotator::consider_op`] computes the annotation of an op's result
//! from the annotations of its arguments; an error is a located
//! [`Diagnostic`] saying in words what RPython cannot do here. Calls are in
//! [`crate::calls`], builtin functions in [`crate::builtins`], methods of
//! builtin values in [`crate::methods`], containers in [`crate::items`],
//! attributes in [`crate::attrs`].

use std::rc::Rc;

use flowgraph::{Constant, ObjRef, Op, OpName, Value};
use frontend::diag::Diagnostic;
use frontend::heap::Object;

use crate::classdefs::ClassAttr;
use crate::fixpoint::facts;
use crate::model::{ClassId, IntType, Narrow, OpPos, SomeValue};
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
                self.annotate_printable(at, &args[0], op.name.as_str())?;
                Ok(SomeValue::str())
            }
            Type => Ok(SomeValue::TypeOf {
                of: arg_var(0),
                nullable: false,
            }),
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
                self.annotate_printable(at, &args[0], "format")?;
                Ok(SomeValue::str())
            }
            BuildStr => Ok(SomeValue::str()),
            ExceptionMatch => Ok(self.exception_match(&args[0], &op.args[1])),
            Yield => Err(self.error(at, "not supported yet: generators (yield)")),
            SameAs => Ok(args[0].clone()),
            Hint => self.hint(at, op, args),
        }
    }

    /// `hint(value, kind)`: the checks the front end asks for (see
    /// [`flowgraph::ops`]); gives `value`.
    fn hint(&mut self, at: OpPos, op: &Op, args: &[SomeValue]) -> OpResult {
        let kind = op.args.get(1).and_then(const_str);
        match (kind.as_deref(), args.first()) {
            (Some(flowgraph::ops::HINT_WITH_EXIT), Some(r)) => {
                let always_false = r.is_impossible()
                    || matches!(
                        self.truth(r, None),
                        SomeValue::Bool {
                            konst: Some(false),
                            ..
                        }
                    );
                if !always_false {
                    return Err(self
                        .error(
                            at,
                            format!(
                                "`__exit__` may return a true value ({}): suppressing exceptions is not RPython",
                                self.show(r)
                            ),
                        )
                        .with_label("the exception raised in this `with` reaches `__exit__`")
                        .with_note("make `__exit__` return None or False; catch the exception with `try`/`except` instead"));
                }
                Ok(r.clone())
            }
            (Some(flowgraph::ops::HINT_UNPACK_LIST), Some(s)) => match s {
                SomeValue::List { .. } => Ok(s.clone()),
                other => Err(self
                    .error(
                        at,
                        format!(
                            "a starred assignment needs a list, not {}",
                            self.show(other)
                        ),
                    )
                    .with_label("unpacked here")
                    .with_note("convert it first, e.g. `a, *rest = list(value)`")),
            },
            (_, Some(v)) => Ok(v.clone()),
            (_, None) => Ok(SomeValue::None),
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
            (S::Str { .. } | S::Char { .. }, items) if base == Mod => {
                // `%s` / `%r` of instances call their `__str__`/`__repr__`.
                let items: Vec<SomeValue> = match items {
                    S::Tuple(t) => t.to_vec(),
                    one => vec![one.clone()],
                };
                for item in items.iter().filter(|s| matches!(s, S::Instance { .. })) {
                    self.annotate_printable(at, item, "str")?;
                    self.annotate_printable(at, item, "repr")?;
                }
                Ok(S::str())
            }
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
            (SomeValue::TypeOf { of: Some(v), .. }, Some(cd)) => {
                facts(vec![(*v, Narrow::Instance(cd))], vec![])
            }
            _ => None,
        };
        SomeValue::Bool { konst: None, ktd }
    }

    /// Types `print`, `str()`, `%s` and f-strings can render.
    /// The special method `str()` (`what` != "repr") or `repr()` of an
    /// instance of `class` calls, if its class defines one: `__str__`
    /// falls back to `__repr__`, as in CPython. `Ok(None)`: the default
    /// `<module.Class object at 0x...>`. An error when the choice depends on
    /// the run-time class (a subclass defines the method that `class` lacks).
    pub fn text_special_method(
        &self,
        class: ClassId,
        what: &str,
    ) -> Result<Option<&'static str>, String> {
        let names: &[&'static str] = if what == "repr" {
            &["__repr__"]
        } else {
            &["__str__", "__repr__"]
        };
        for name in names {
            if matches!(self.class_lookup(class, name), Some(ClassAttr::Method(_))) {
                return Ok(Some(name));
            }
            if let Some(sub) = self.subclass_defining(class, name) {
                return Err(format!(
                    "not supported yet: {what}() of an instance of {} (which has no `{name}`) whose subclass {} defines `{name}`",
                    self.class_name(class),
                    self.class_name(sub)
                ));
            }
        }
        Ok(None)
    }

    /// A subclass of `class` (at any depth) whose own body defines `name`.
    fn subclass_defining(&self, class: ClassId, name: &str) -> Option<ClassId> {
        self.classdefs[class.index()]
            .subclasses
            .iter()
            .copied()
            .find_map(|sub| {
                let own = self
                    .interp
                    .heap
                    .as_class(self.classdefs[sub.index()].class)
                    .is_some_and(|k| k.dict.contains_key(name));
                if own {
                    Some(sub)
                } else {
                    self.subclass_defining(sub, name)
                }
            })
    }

    /// Checks that `s` can be converted to text by `what` (`str`, `repr`,
    /// `print`, `format`) and annotates the `__str__`/`__repr__` call of an
    /// instance.
    pub fn annotate_printable(
        &mut self,
        at: OpPos,
        s: &SomeValue,
        what: &str,
    ) -> Result<(), Diagnostic> {
        self.check_printable(at, s, what)?;
        if let SomeValue::Instance { class, .. } = s {
            let special = self
                .text_special_method(*class, what)
                .map_err(|e| self.error(at, e))?;
            if let Some(name) = special {
                let r = self.call_special(at, s, name, vec![])?;
                if !matches!(
                    r,
                    SomeValue::Str { .. } | SomeValue::Char { .. } | SomeValue::Impossible
                ) {
                    return Err(self.error(
                        at,
                        format!(
                            "`{name}` of {} returns {}, not a str",
                            self.class_name(*class),
                            self.show(&r)
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn check_printable(&self, at: OpPos, s: &SomeValue, what: &str) -> Result<(), Diagnostic> {
        match s {
            SomeValue::Int { .. }
            | SomeValue::Bool { .. }
            | SomeValue::Float { .. }
            | SomeValue::Char { .. }
            | SomeValue::Str { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::None
            | SomeValue::Instance { .. }
            // (The rtyper checks the items: their repr must not call a
            // method of the program.)
            | SomeValue::List { .. }
            | SomeValue::Tuple(_) => Ok(()),
            other => Err(self.error(
                at,
                format!("not supported yet: {what}() of {}", self.show(other)),
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
