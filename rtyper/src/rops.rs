//! Lowering rules of flow operations on numbers, comparisons, truth and
//! identity, and the dispatcher [`RTyper::lower_op`] that sends the other
//! operations to `rcall.rs` (calls, attributes) and `rcontainers.rs`
//! (strings, lists, tuples, iteration).
//!
//! Rules choose low-level operations from the annotations of the arguments
//! and of the result. A pure op whose result annotation is a constant
//! becomes that constant, unless it can raise at run time (indexing,
//! division...).

use annotator::{IntType, SomeValue};
use flowgraph::{Op, OpName, Value};

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rtyper::RTyper;

pub type LResult = Result<(), String>;

impl RTyper<'_, '_> {
    /// Lowers one flow operation into the current block of `cx`.
    pub(crate) fn lower_op(&mut self, cx: &mut GraphCx, op: &Op) -> LResult {
        let result_s = cx.binding(op.result).clone();
        if op.name.desc().pure
            && result_s.is_constant()
            && op.name != OpName::SameAs
            && !raises_at_run_time(op.name)
        {
            if let Some(c) = constant_of(&result_s) {
                let v = self.const_value(&c, &result_s);
                self.set_result(cx, op, v);
                return Ok(());
            }
        }
        let args_s: Vec<SomeValue> = op
            .args
            .iter()
            .map(|a| self.value_annotation(cx, a))
            .collect();
        use OpName::*;
        match op.name {
            Add | Sub | Mul | TrueDiv | FloorDiv | Mod | LShift | RShift | And | Or | Xor
            | InplaceAdd | InplaceSub | InplaceMul | InplaceTrueDiv | InplaceFloorDiv
            | InplaceMod | InplaceLShift | InplaceRShift | InplaceAnd | InplaceOr | InplaceXor
            | AddOvf | SubOvf | MulOvf | FloorDivOvf | ModOvf | LShiftOvf | Pow | InplacePow => {
                self.lower_binary(cx, op, &args_s, &result_s)
            }
            Neg | Pos | Invert | Abs | NegOvf | AbsOvf => {
                self.lower_unary(cx, op, &args_s, &result_s)
            }
            Lt | Le | Eq | Ne | Gt | Ge => self.lower_compare(cx, op, &args_s),
            Is => self.lower_is(cx, op, &args_s),
            Bool => {
                let v = self.arg(cx, op, 0, &args_s);
                let t = self.truth(cx, v, &args_s[0])?;
                self.set_result(cx, op, t);
                Ok(())
            }
            Not => {
                let v = self.arg(cx, op, 0, &args_s);
                let t = self.truth(cx, v, &args_s[0])?;
                let r = cx.emit(L::BoolNot, vec![t], LlType::Bool);
                self.set_result(cx, op, r);
                Ok(())
            }
            SameAs => {
                let v = self.arg(cx, op, 0, &args_s);
                let to = self.lltype(&result_s);
                let v = self.convert(cx, v, &args_s[0], to);
                self.set_result(cx, op, v);
                Ok(())
            }
            Hint => {
                let v = if op.args.is_empty() {
                    LlValue::void(LlConst::Void)
                } else {
                    self.arg(cx, op, 0, &args_s)
                };
                let to = self.lltype(&result_s);
                let v = self.convert(cx, v, args_s.first().unwrap_or(&SomeValue::None), to);
                self.set_result(cx, op, v);
                Ok(())
            }
            ExceptionMatch => self.lower_exception_match(cx, op, &args_s),
            Type => {
                let v = self.arg(cx, op, 0, &args_s);
                let vt = LlType::Ptr(self.prog.vtable_type.expect("classes"));
                let r = match cx.ty(&v) {
                    LlType::Ptr(_) => {
                        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
                        let o = cx.emit(L::CastPtr, vec![v], obj);
                        cx.emit(L::GetField, vec![o, LlValue::void(LlConst::Field(0))], vt)
                    }
                    _ => return Err(not_supported("type() of a value that is not an instance")),
                };
                self.set_result(cx, op, r);
                Ok(())
            }
            GetAttr | SetAttr | SimpleCall | CallArgs => self.lower_call_or_attr(cx, op, &args_s),
            _ => self.lower_container_op(cx, op, &args_s, &result_s),
        }
    }

    /// The low-level value of argument `i`.
    pub fn arg(&mut self, cx: &mut GraphCx, op: &Op, i: usize, args_s: &[SomeValue]) -> LlValue {
        self.lower_value(cx, &op.args[i], &args_s[i])
    }

    /// Argument `i` converted to type `to`.
    pub fn arg_as(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        i: usize,
        args_s: &[SomeValue],
        to: LlType,
    ) -> LlValue {
        let v = self.arg(cx, op, i, args_s);
        self.convert(cx, v, &args_s[i], to)
    }

    fn lower_binary(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> LResult {
        use OpName::*;
        let name = match op.name {
            InplaceAdd => Add,
            InplaceSub => Sub,
            InplaceMul => Mul,
            InplaceTrueDiv => TrueDiv,
            InplaceFloorDiv => FloorDiv,
            InplaceMod => Mod,
            InplaceLShift => LShift,
            InplaceRShift => RShift,
            InplaceAnd => And,
            InplaceOr => Or,
            InplaceXor => Xor,
            InplacePow => Pow,
            n => n,
        };
        match result_s {
            SomeValue::Int { .. } | SomeValue::Bool { .. } => {
                let ty = self.lltype(result_s);
                // `True + 1`: bools take part as ints.
                let ty = if ty == LlType::Bool && !matches!(name, And | Or | Xor) {
                    LlType::Signed
                } else {
                    ty
                };
                let a = self.arg_as(cx, op, 0, args_s, ty);
                let b = self.arg_as(cx, op, 1, args_s, ty);
                if name == Pow && ty == LlType::Signed {
                    let r = self.call_helper(cx, &crate::runtime_names::INT_POW, vec![a, b]);
                    self.set_result(cx, op, r);
                    return Ok(());
                }
                let llop = match name {
                    Add => L::IntAdd,
                    Sub => L::IntSub,
                    Mul => L::IntMul,
                    FloorDiv => L::IntFloorDiv,
                    Mod => L::IntMod,
                    LShift => L::IntLShift,
                    RShift => L::IntRShift,
                    And => L::IntAnd,
                    Or => L::IntOr,
                    Xor => L::IntXor,
                    AddOvf => L::IntAddOvf,
                    SubOvf => L::IntSubOvf,
                    MulOvf => L::IntMulOvf,
                    FloorDivOvf => L::IntFloorDivOvf,
                    ModOvf => L::IntModOvf,
                    LShiftOvf => L::IntLShiftOvf,
                    _ => return Err(not_supported(&format!("`{}` on integers", op.name))),
                };
                let r = cx.emit(llop, vec![a, b], ty);
                self.set_result(cx, op, r);
                Ok(())
            }
            SomeValue::Float { .. } => {
                let a = self.arg_as(cx, op, 0, args_s, LlType::Float);
                let b = self.arg_as(cx, op, 1, args_s, LlType::Float);
                let llop = match name {
                    Add => L::FloatAdd,
                    Sub => L::FloatSub,
                    Mul => L::FloatMul,
                    TrueDiv => L::FloatTrueDiv,
                    FloorDiv => L::FloatFloorDiv,
                    Mod => L::FloatMod,
                    Pow => L::FloatPow,
                    _ => return Err(not_supported(&format!("`{}` on floats", op.name))),
                };
                let r = cx.emit(llop, vec![a, b], LlType::Float);
                self.set_result(cx, op, r);
                Ok(())
            }
            _ => self.lower_container_op(cx, op, args_s, result_s),
        }
    }

    fn lower_unary(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> LResult {
        use OpName::*;
        let ty = self.lltype(result_s);
        let a = self.arg_as(cx, op, 0, args_s, ty);
        let r = match (result_s, op.name) {
            (_, Pos) => a,
            (SomeValue::Int { .. }, Neg) => cx.emit(L::IntNeg, vec![a], ty),
            (SomeValue::Int { .. }, NegOvf) => cx.emit(L::IntNegOvf, vec![a], ty),
            (SomeValue::Int { .. }, Abs) => cx.emit(L::IntAbs, vec![a], ty),
            (SomeValue::Int { .. }, AbsOvf) => cx.emit(L::IntAbsOvf, vec![a], ty),
            (SomeValue::Int { .. }, Invert) => cx.emit(L::IntInvert, vec![a], ty),
            (SomeValue::Float { .. }, Neg) => cx.emit(L::FloatNeg, vec![a], ty),
            (SomeValue::Float { .. }, Abs) => cx.emit(L::FloatAbs, vec![a], ty),
            _ => return Err(not_supported(&format!("`{}` on this value", op.name))),
        };
        self.set_result(cx, op, r);
        Ok(())
    }

    fn lower_compare(&mut self, cx: &mut GraphCx, op: &Op, args_s: &[SomeValue]) -> LResult {
        let a = self.arg(cx, op, 0, args_s);
        let b = self.arg(cx, op, 1, args_s);
        let r = self.compare_values(cx, op.name, a, &args_s[0], b, &args_s[1])?;
        self.set_result(cx, op, r);
        Ok(())
    }

    /// `a <op> b` for a comparison `name` (`lt`, `eq`...) as a Bool.
    pub(crate) fn compare_values(
        &mut self,
        cx: &mut GraphCx,
        name: OpName,
        a: LlValue,
        a_s: &SomeValue,
        b: LlValue,
        b_s: &SomeValue,
    ) -> Result<LlValue, String> {
        use OpName::*;
        let eq_or_ne = matches!(name, Eq | Ne);
        Ok(match (a_s, b_s) {
            (
                SomeValue::Float { .. },
                SomeValue::Float { .. } | SomeValue::Int { .. } | SomeValue::Bool { .. },
            )
            | (SomeValue::Int { .. } | SomeValue::Bool { .. }, SomeValue::Float { .. }) => {
                let a = self.convert(cx, a, a_s, LlType::Float);
                let b = self.convert(cx, b, b_s, LlType::Float);
                let llop = match name {
                    Lt => L::FloatLt,
                    Le => L::FloatLe,
                    Eq => L::FloatEq,
                    Ne => L::FloatNe,
                    Gt => L::FloatGt,
                    _ => L::FloatGe,
                };
                cx.emit(llop, vec![a, b], LlType::Bool)
            }
            (
                SomeValue::Int { .. } | SomeValue::Bool { .. },
                SomeValue::Int { .. } | SomeValue::Bool { .. },
            ) => {
                let ty = int_common(a_s, b_s);
                let a = self.convert(cx, a, a_s, ty);
                let b = self.convert(cx, b, b_s, ty);
                cx.emit(int_cmp(name), vec![a, b], LlType::Bool)
            }
            (SomeValue::Char { .. }, SomeValue::Char { .. }) => {
                cx.emit(int_cmp(name), vec![a, b], LlType::Bool)
            }
            (
                SomeValue::Str { .. } | SomeValue::Char { .. } | SomeValue::Bytes { .. },
                SomeValue::Str { .. } | SomeValue::Char { .. } | SomeValue::Bytes { .. },
            ) => {
                let st = LlType::Ptr(self.str_type());
                let a = self.convert(cx, a, a_s, st);
                let b = self.convert(cx, b, b_s, st);
                match name {
                    Eq | Ne => {
                        let e = self.call_helper(cx, &crate::runtime_names::STR_EQ, vec![a, b]);
                        if name == Ne {
                            cx.emit(L::BoolNot, vec![e], LlType::Bool)
                        } else {
                            e
                        }
                    }
                    _ => {
                        let c = self.call_helper(cx, &crate::runtime_names::STR_CMP, vec![a, b]);
                        cx.emit(int_cmp(name), vec![c, LlValue::int(0)], LlType::Bool)
                    }
                }
            }
            (SomeValue::None, _) | (_, SomeValue::None) | (SomeValue::Instance { .. }, _)
                if eq_or_ne =>
            {
                // Instances without `__eq__` compare by identity.
                let r = self.identity(cx, a, a_s, b, b_s)?;
                if name == Ne {
                    cx.emit(L::BoolNot, vec![r], LlType::Bool)
                } else {
                    r
                }
            }
            (SomeValue::Tuple(xs), SomeValue::Tuple(ys)) => {
                let (xs, ys) = (xs.clone(), ys.clone());
                self.tuple_compare(cx, name, a, &xs, b, &ys)?
            }
            (SomeValue::List { .. }, SomeValue::List { .. }) if eq_or_ne => {
                let e = self.list_eq(cx, a, a_s, b, b_s)?;
                if name == Ne {
                    cx.emit(L::BoolNot, vec![e], LlType::Bool)
                } else {
                    e
                }
            }
            _ => {
                return Err(not_supported(&format!(
                    "comparing {} with {}",
                    a_s.kind_word(),
                    b_s.kind_word()
                )))
            }
        })
    }

    fn lower_is(&mut self, cx: &mut GraphCx, op: &Op, args_s: &[SomeValue]) -> LResult {
        let a = self.arg(cx, op, 0, args_s);
        let b = self.arg(cx, op, 1, args_s);
        let r = self.identity(cx, a, &args_s[0], b, &args_s[1])?;
        self.set_result(cx, op, r);
        Ok(())
    }

    /// `a is b` as a Bool value.
    fn identity(
        &mut self,
        cx: &mut GraphCx,
        a: LlValue,
        a_s: &SomeValue,
        b: LlValue,
        b_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let (ta, tb) = (cx.ty(&a), cx.ty(&b));
        Ok(match (ta, tb) {
            (LlType::Void, LlType::Void) => {
                let same = matches!((a_s, b_s), (SomeValue::None, SomeValue::None));
                LlValue::Const(LlConst::Bool(same), LlType::Bool)
            }
            (LlType::Ptr(_) | LlType::FuncPtr(_), LlType::Void) => {
                cx.emit(L::PtrIsNull, vec![a], LlType::Bool)
            }
            (LlType::Void, LlType::Ptr(_) | LlType::FuncPtr(_)) => {
                cx.emit(L::PtrIsNull, vec![b], LlType::Bool)
            }
            (LlType::Ptr(_), LlType::Ptr(_)) => {
                let obj = if ta == tb {
                    ta
                } else {
                    LlType::Ptr(self.prog.object_type.expect("classes"))
                };
                let a = self.convert(cx, a, a_s, obj);
                let b = self.convert(cx, b, b_s, obj);
                cx.emit(L::PtrEq, vec![a, b], LlType::Bool)
            }
            (x, y) if x == y && x != LlType::Float => cx.emit(L::IntEq, vec![a, b], LlType::Bool),
            _ => return Err(not_supported("`is` between these values")),
        })
    }

    /// The truth value of `v` (annotated `s`) as a Bool.
    pub fn truth(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        Ok(match s {
            SomeValue::Bool { .. } => v,
            SomeValue::Int { .. } | SomeValue::Char { .. } => {
                cx.emit(L::IntIsTrue, vec![v], LlType::Bool)
            }
            SomeValue::Float { .. } => cx.emit(L::FloatIsTrue, vec![v], LlType::Bool),
            SomeValue::None => LlValue::Const(LlConst::Bool(false), LlType::Bool),
            SomeValue::Instance { .. } | SomeValue::Pbc { .. } | SomeValue::Tuple(_) => {
                match cx.ty(&v) {
                    LlType::Void => LlValue::Const(LlConst::Bool(true), LlType::Bool),
                    _ => cx.emit(L::PtrNonNull, vec![v], LlType::Bool),
                }
            }
            SomeValue::Str { nullable, .. } | SomeValue::Bytes { nullable, .. } => {
                if *nullable {
                    return Err(not_supported(
                        "the truth value of a str that may be None (test `is not None` first)",
                    ));
                }
                let n = cx.emit(
                    L::GetField,
                    vec![v, LlValue::void(LlConst::Field(1))],
                    LlType::Signed,
                );
                cx.emit(L::IntIsTrue, vec![n], LlType::Bool)
            }
            SomeValue::List { nullable, .. } => {
                if *nullable {
                    return Err(not_supported(
                        "the truth value of a list that may be None (test `is not None` first)",
                    ));
                }
                let n = self.list_len(cx, v, s);
                cx.emit(L::IntIsTrue, vec![n], LlType::Bool)
            }
            SomeValue::Dict { nullable, .. } => {
                if *nullable {
                    return Err(not_supported(
                        "the truth value of a dict that may be None (test `is not None` first)",
                    ));
                }
                let n = self.dict_len(cx, v, s);
                cx.emit(L::IntIsTrue, vec![n], LlType::Bool)
            }
            _ => {
                return Err(not_supported(&format!(
                    "the truth value of {}",
                    s.kind_word()
                )))
            }
        })
    }

    fn lower_exception_match(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> LResult {
        let etype = self.arg(cx, op, 0, args_s);
        let classes: Vec<flowgraph::ObjRef> = match &op.args[1] {
            Value::Const(flowgraph::Constant::Obj(r)) => {
                match self
                    .ann
                    .interp
                    .heap
                    .tuple_items(&flowgraph::Constant::Obj(*r))
                {
                    Some(items) => items
                        .iter()
                        .filter_map(|c| match c {
                            flowgraph::Constant::Obj(r) => Some(*r),
                            _ => None,
                        })
                        .collect(),
                    None => vec![*r],
                }
            }
            _ => return Err(not_supported("an `except` clause with a computed class")),
        };
        let mut result: Option<LlValue> = None;
        for c in classes {
            let Some(cd) = self.ann.classdef_of.get(&c).copied() else {
                continue;
            };
            let vt = self.vtable_of(cd);
            let vt_ty = LlType::Ptr(self.prog.vtable_type.expect("classes"));
            let m = cx.emit(
                L::ExcMatches,
                vec![etype.clone(), LlValue::Const(LlConst::Prebuilt(vt), vt_ty)],
                LlType::Bool,
            );
            result = Some(match result {
                None => m,
                Some(prev) => cx.emit(L::IntOr, vec![prev, m], LlType::Bool),
            });
        }
        let r = result.unwrap_or(LlValue::Const(LlConst::Bool(false), LlType::Bool));
        self.set_result(cx, op, r);
        Ok(())
    }
}

/// The comparison op for integers/chars.
pub fn int_cmp(name: OpName) -> L {
    match name {
        OpName::Lt => L::IntLt,
        OpName::Le => L::IntLe,
        OpName::Eq => L::IntEq,
        OpName::Ne => L::IntNe,
        OpName::Gt => L::IntGt,
        _ => L::IntGe,
    }
}

/// The integer type two integer operands are compared in.
fn int_common(a: &SomeValue, b: &SomeValue) -> LlType {
    let ty = |s: &SomeValue| match s {
        SomeValue::Int { ty, .. } => *ty,
        _ => IntType::Int,
    };
    match IntType::combine(ty(a), ty(b)) {
        IntType::Int => LlType::Signed,
        IntType::Sized(k) => LlType::from_int_kind(k),
    }
}

/// The constant an annotation stands for (primitive constants only).
pub fn constant_of(s: &SomeValue) -> Option<flowgraph::Constant> {
    use flowgraph::Constant as C;
    Some(match s {
        SomeValue::None => C::None,
        SomeValue::Bool { konst: Some(b), .. } => C::Bool(*b),
        SomeValue::Int {
            ty: IntType::Int,
            konst: Some(i),
            ..
        } => C::Int(i64::try_from(*i).ok()?),
        SomeValue::Int {
            ty: IntType::Sized(k),
            konst: Some(i),
            ..
        } => C::SizedInt(*k, k.wrap(*i)),
        SomeValue::Float { konst: Some(bits) } => C::Float(f64::from_bits(*bits)),
        SomeValue::Char { konst: Some(c) } => C::Str(c.to_string().into()),
        SomeValue::Str { konst: Some(s), .. } => C::Str(s.clone()),
        SomeValue::Bytes { konst: Some(b), .. } => C::Bytes(b.clone()),
        _ => return None,
    })
}

/// Whether a pure op may raise at run time even when its result is known
/// (`d[k]` of a dict whose values are all `1`, `x // y`): it must still run.
fn raises_at_run_time(name: OpName) -> bool {
    use OpName::*;
    matches!(
        name,
        GetItem
            | GetSlice
            | Contains
            | TrueDiv
            | FloorDiv
            | Mod
            | Pow
            | AddOvf
            | SubOvf
            | MulOvf
            | FloorDivOvf
            | ModOvf
            | LShiftOvf
            | NegOvf
            | AbsOvf
    )
}

/// The message of a construct the rtyper does not handle yet.
pub fn not_supported(what: &str) -> String {
    format!("not supported yet: {what}")
}
