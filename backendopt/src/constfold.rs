//! Constant folding.
//!
//! Per graph, to a fixpoint: constants flow into blocks whose incoming
//! links all pass the same constant ([`crate::simplify::propagate_link_constants`]);
//! pure ops whose arguments are constants are computed at translation time
//! with the run-time semantics ([`eval`]: wrapping integer arithmetic of the
//! operand's width, Python floor division and shifts as `runtime::arith`,
//! IEEE float arithmetic, comparisons, casts); `same_as` and a `select` on a
//! constant become their value. An op that can raise is folded only when
//! its constant arguments prove it does not (a division by a nonzero
//! constant, an `ovfcheck` that does not overflow, an index in bounds);
//! the `exc_occurred()` test right after it then reads the state from
//! before the op, which is clear, and becomes `false`. The same holds for
//! an op kept because an operand is a variable when its constant operand
//! alone rules the raise out ([`never_raises`]: `x >> 1`, `x // 10`). Then switches on
//! constants keep the taken exit, and blocks are joined and skipped
//! ([`crate::simplify`]); at the end unused pure ops and block arguments
//! are removed.

use rtyper::llgraph::{LlConst, LlGraph, LlOp, LlValue, LlVarId};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::LlProgram;
use rustc_hash::FxHashMap;

use crate::simplify;
use crate::util::{subst_block_uses, subst_value};

/// Folds every graph of the program.
pub fn fold_program(p: &mut LlProgram) {
    for g in &mut p.graphs {
        fold_graph(g);
    }
}

/// Folds one graph to a fixpoint, then removes dead code.
pub fn fold_graph(g: &mut LlGraph) {
    for _ in 0..100 {
        let mut changed = simplify::propagate_link_constants(g);
        changed |= fold_ops(g);
        changed |= simplify::fold_switches(g);
        changed |= simplify::join_blocks(g);
        changed |= simplify::skip_forwarding(g);
        if !changed {
            break;
        }
    }
    simplify::remove_dead(g);
}

/// Folds the ops of every block; true if something changed.
fn fold_ops(g: &mut LlGraph) -> bool {
    let mut changed = false;
    for b in g.reachable_blocks() {
        let ops = std::mem::take(&mut g.block_mut(b).ops);
        let mut map: FxHashMap<LlVarId, LlValue> = FxHashMap::default();
        let mut out: Vec<LlOp> = Vec::with_capacity(ops.len());
        let mut skip_check = false;
        for mut op in ops {
            let f = |v: LlVarId| map.get(&v).cloned();
            for a in &mut op.args {
                *a = subst_value(a, &f);
            }
            if skip_check && op.op == L::ExcOccurred {
                map.insert(op.result, bool_const(false));
                skip_check = false;
                changed = true;
                continue;
            }
            if let Some(v) = eval(g, &op) {
                skip_check = !op.op.desc().raises.is_empty();
                map.insert(op.result, v);
                changed = true;
                continue;
            }
            skip_check = never_raises(g, &op);
            out.push(op);
        }
        let blk = g.block_mut(b);
        blk.ops = out;
        if !map.is_empty() {
            let f = |v: LlVarId| map.get(&v).cloned();
            // Op arguments were substituted already; the switch and links.
            let ops = std::mem::take(&mut blk.ops);
            subst_block_uses(blk, &f);
            blk.ops = ops;
        }
    }
    changed
}

/// Whether `op`, which may raise in general, cannot raise with its
/// constant operand: a shift by a non-negative count, a division or
/// modulo by a nonzero constant (other than -1 for the `ovfcheck`
/// variants), a float division by a nonzero constant. Its `exc_occurred()`
/// test is then false (the op stays).
fn never_raises(g: &LlGraph, op: &LlOp) -> bool {
    let Some(y) = op.args.get(1) else {
        return false;
    };
    match op.op {
        L::IntLShift | L::IntRShift => match int_of(y) {
            Some(n) => is_unsigned(g.value_type(y)) || n >= 0,
            None => false,
        },
        L::IntFloorDiv | L::IntMod => int_of(y).is_some_and(|n| n != 0),
        L::IntFloorDivOvf => int_of(y).is_some_and(|n| n != 0 && n != -1),
        L::IntModOvf => int_of(y).is_some_and(|n| n != 0),
        L::FloatTrueDiv | L::FloatFloorDiv | L::FloatMod => float_of(y).is_some_and(|f| f != 0.0),
        _ => false,
    }
}

fn is_unsigned(t: LlType) -> bool {
    matches!(
        t,
        LlType::Unsigned
            | LlType::UnsignedLongLong
            | LlType::UInt32
            | LlType::UInt16
            | LlType::UInt8
            | LlType::Char
            | LlType::UniChar
            | LlType::Bool
    )
}

/// The bit pattern of an integer-like constant (`Bool` as 0/1, chars as
/// code points).
fn int_of(v: &LlValue) -> Option<i64> {
    match v {
        LlValue::Const(LlConst::Int(i), _) => Some(*i),
        LlValue::Const(LlConst::Bool(b), _) => Some(*b as i64),
        LlValue::Const(LlConst::Char(c), _) => Some(*c as i64),
        _ => None,
    }
}

fn float_of(v: &LlValue) -> Option<f64> {
    match v {
        LlValue::Const(LlConst::Float(f), _) => Some(*f),
        _ => None,
    }
}

/// `v` wrapped to the width of integer type `t` (sign- or zero-extended
/// back to 64 bits, as `LlConst::Int` stores it).
fn wrap(v: i64, t: LlType) -> i64 {
    match t {
        LlType::Int32 => v as i32 as i64,
        LlType::UInt32 | LlType::UniChar => v as u32 as i64,
        LlType::Int16 => v as i16 as i64,
        LlType::UInt16 => v as u16 as i64,
        LlType::Int8 => v as i8 as i64,
        LlType::UInt8 | LlType::Char => v as u8 as i64,
        LlType::Bool => (v != 0) as i64,
        _ => v,
    }
}

fn is_64(t: LlType) -> bool {
    matches!(
        t,
        LlType::Signed | LlType::Unsigned | LlType::SignedLongLong | LlType::UnsignedLongLong
    )
}

fn is_unsigned64(t: LlType) -> bool {
    matches!(t, LlType::Unsigned | LlType::UnsignedLongLong)
}

/// The constant of type `t` with bit pattern `v`.
fn int_const(v: i64, t: LlType) -> LlValue {
    let c = match t {
        LlType::Bool => LlConst::Bool(v != 0),
        LlType::Char | LlType::UniChar => LlConst::Char(wrap(v, t) as u32),
        _ => LlConst::Int(wrap(v, t)),
    };
    LlValue::Const(c, t)
}

fn bool_const(b: bool) -> LlValue {
    LlValue::Const(LlConst::Bool(b), LlType::Bool)
}

/// The value of `op` if it can be computed now (and does not raise).
pub fn eval(g: &LlGraph, op: &LlOp) -> Option<LlValue> {
    let args = &op.args;
    let rt = g.var_type(op.result);
    match op.op {
        L::SameAs => return args.first().cloned(),
        L::Select => {
            if args[1] == args[2] {
                return Some(args[1].clone());
            }
            return match &args[0] {
                LlValue::Const(LlConst::Bool(c), _) => {
                    Some(if *c { args[1].clone() } else { args[2].clone() })
                }
                _ => None,
            };
        }
        L::CastPtr => {
            return match &args[0] {
                LlValue::Const(LlConst::Null, _) => Some(LlValue::Const(LlConst::Null, rt)),
                _ => None,
            };
        }
        L::PtrIsNull | L::PtrNonNull => {
            let null = match &args[0] {
                LlValue::Const(LlConst::Null, _) => true,
                LlValue::Const(LlConst::Prebuilt(_) | LlConst::Graph(_), _) => false,
                _ => return None,
            };
            return Some(bool_const(null == (op.op == L::PtrIsNull)));
        }
        L::PtrEq | L::PtrNe => {
            let eq = match (&args[0], &args[1]) {
                (LlValue::Const(LlConst::Null, _), LlValue::Const(LlConst::Null, _)) => true,
                (
                    LlValue::Const(LlConst::Null, _),
                    LlValue::Const(LlConst::Prebuilt(_) | LlConst::Graph(_), _),
                )
                | (
                    LlValue::Const(LlConst::Prebuilt(_) | LlConst::Graph(_), _),
                    LlValue::Const(LlConst::Null, _),
                ) => false,
                (LlValue::Const(a, _), LlValue::Const(b, _)) if a == b => true,
                (LlValue::Var(a), LlValue::Var(b)) if a == b => true,
                _ => return None,
            };
            return Some(bool_const(eq == (op.op == L::PtrEq)));
        }
        _ => {}
    }
    if !op.op.desc().pure || args.iter().any(|a| matches!(a, LlValue::Var(_))) {
        return None;
    }
    let t = g.value_type(args.first()?);
    let i = |k: usize| int_of(&args[k]);
    let fl = |k: usize| float_of(&args[k]);
    let r = match op.op {
        L::IntAdd | L::IntSub | L::IntMul | L::IntAnd | L::IntOr | L::IntXor => {
            let (a, b) = (i(0)?, i(1)?);
            let v = match op.op {
                L::IntAdd => a.wrapping_add(b),
                L::IntSub => a.wrapping_sub(b),
                L::IntMul => a.wrapping_mul(b),
                L::IntAnd => a & b,
                L::IntOr => a | b,
                _ => a ^ b,
            };
            int_const(v, t)
        }
        L::IntNeg => int_const(i(0)?.wrapping_neg(), t),
        L::IntInvert => int_const(!i(0)?, t),
        L::IntAbs if t.is_signed_int() => int_const(i(0)?.wrapping_abs(), t),
        L::IntFloorDiv | L::IntMod if is_64(t) => {
            let (a, b) = (i(0)?, i(1)?);
            if b == 0 {
                return None;
            }
            let v = if is_unsigned64(t) {
                let (a, b) = (a as u64, b as u64);
                (if op.op == L::IntFloorDiv {
                    a / b
                } else {
                    a % b
                }) as i64
            } else if op.op == L::IntFloorDiv {
                let q = a.wrapping_div(b);
                if a.wrapping_rem(b) != 0 && (a ^ b) < 0 {
                    q.wrapping_sub(1)
                } else {
                    q
                }
            } else {
                let r = a.wrapping_rem(b);
                if r != 0 && (r ^ b) < 0 {
                    r.wrapping_add(b)
                } else {
                    r
                }
            };
            int_const(v, t)
        }
        L::IntLShift | L::IntRShift if is_64(t) => {
            let (a, n) = (i(0)?, i(1)?);
            if is_unsigned64(t) {
                let (a, n) = (a as u64, n as u64);
                let v = match (op.op, n >= 64) {
                    (_, true) => 0,
                    (L::IntLShift, false) => a << n,
                    _ => a >> n,
                };
                int_const(v as i64, t)
            } else {
                if n < 0 {
                    return None;
                }
                let v = match (op.op, n >= 64) {
                    (L::IntLShift, true) => 0,
                    (L::IntLShift, false) => a.wrapping_shl(n as u32),
                    (_, true) => a >> 63,
                    (_, false) => a >> n,
                };
                int_const(v, t)
            }
        }
        L::IntAddOvf | L::IntSubOvf | L::IntMulOvf if t == LlType::Signed => {
            let (a, b) = (i(0)?, i(1)?);
            let v = match op.op {
                L::IntAddOvf => a.checked_add(b),
                L::IntSubOvf => a.checked_sub(b),
                _ => a.checked_mul(b),
            }?;
            int_const(v, t)
        }
        L::IntFloorDivOvf | L::IntModOvf if t == LlType::Signed => {
            let (a, b) = (i(0)?, i(1)?);
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            let div = L::IntFloorDiv;
            let m = if op.op == L::IntFloorDivOvf {
                div
            } else {
                L::IntMod
            };
            let plain = LlOp {
                op: m,
                args: args.clone(),
                result: op.result,
                span: op.span,
            };
            return eval(g, &plain);
        }
        L::IntLShiftOvf if t == LlType::Signed => {
            let (a, n) = (i(0)?, i(1)?);
            if n < 0 {
                return None;
            }
            if a == 0 {
                int_const(0, t)
            } else if n >= 64 || (a << n) >> n != a {
                return None;
            } else {
                int_const(a << n, t)
            }
        }
        L::IntNegOvf if t == LlType::Signed => int_const(i(0)?.checked_neg()?, t),
        L::IntAbsOvf if t == LlType::Signed => int_const(i(0)?.checked_abs()?, t),
        L::IntLt | L::IntLe | L::IntEq | L::IntNe | L::IntGt | L::IntGe => {
            let (a, b) = (i(0)?, i(1)?);
            let ord = if is_unsigned64(t) {
                (a as u64).cmp(&(b as u64))
            } else {
                a.cmp(&b)
            };
            use std::cmp::Ordering::*;
            bool_const(match op.op {
                L::IntLt => ord == Less,
                L::IntLe => ord != Greater,
                L::IntEq => ord == Equal,
                L::IntNe => ord != Equal,
                L::IntGt => ord == Greater,
                _ => ord != Less,
            })
        }
        L::IntIsTrue => bool_const(i(0)? != 0),
        L::BoolNot => bool_const(i(0)? == 0),
        L::FloatAdd | L::FloatSub | L::FloatMul | L::FloatTrueDiv => {
            let (a, b) = (fl(0)?, fl(1)?);
            let v = match op.op {
                L::FloatAdd => a + b,
                L::FloatSub => a - b,
                L::FloatMul => a * b,
                _ if b == 0.0 => return None,
                _ => a / b,
            };
            LlValue::Const(LlConst::Float(v), LlType::Float)
        }
        L::FloatNeg => LlValue::Const(LlConst::Float(-fl(0)?), LlType::Float),
        L::FloatAbs => LlValue::Const(LlConst::Float(fl(0)?.abs()), LlType::Float),
        L::FloatLt | L::FloatLe | L::FloatEq | L::FloatNe | L::FloatGt | L::FloatGe => {
            let (a, b) = (fl(0)?, fl(1)?);
            bool_const(match op.op {
                L::FloatLt => a < b,
                L::FloatLe => a <= b,
                L::FloatEq => a == b,
                L::FloatNe => a != b,
                L::FloatGt => a > b,
                _ => a >= b,
            })
        }
        L::FloatIsTrue => bool_const(fl(0)? != 0.0),
        L::CastInt if rt.is_int() || matches!(rt, LlType::Char | LlType::UniChar) => {
            int_const(wrap(i(0)?, t), rt)
        }
        L::CastIntToFloat if t.is_int() => {
            let a = i(0)?;
            let f = if is_unsigned64(t) {
                a as u64 as f64
            } else {
                a as f64
            };
            LlValue::Const(LlConst::Float(f), LlType::Float)
        }
        L::CheckIndexNonNeg | L::CheckIndex => {
            let (x, n) = (i(0)?, i(1)?);
            let x = if x < 0 && op.op == L::CheckIndex {
                x + n
            } else {
                x
            };
            if !(0 <= x && x < n) {
                return None;
            }
            int_const(x, LlType::Signed)
        }
        _ => return None,
    };
    Some(r)
}
