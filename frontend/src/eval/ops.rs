//! Python semantics of the primitive operations on compile-time values:
//! arithmetic (with Python's floor division and modulo, and big integers),
//! comparisons and truth values. Used by the evaluator and by flow-time
//! constant folding.

use std::cmp::Ordering;
use std::rc::Rc;

use flowgraph::{Constant, IntKind, OpName};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::heap::{Heap, Object};

/// Why a primitive operation failed: a Python exception to raise.
#[derive(Debug, Clone, PartialEq)]
pub struct OpError {
    pub exc: &'static str,
    pub message: String,
}

impl OpError {
    pub fn new(exc: &'static str, message: impl Into<String>) -> OpError {
        OpError {
            exc,
            message: message.into(),
        }
    }
}

pub type OpResult = Result<Constant, OpError>;

/// An integer value of any width.
#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Sized(IntKind, i128),
    Float(f64),
}

fn to_num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int((**b).clone()),
        Constant::SizedInt(k, bits) => Num::Sized(*k, k.value(*bits)),
        Constant::Float(f) => Num::Float(*f),
        _ => return None,
    })
}

/// Normalizes a big integer to the smallest constant representation.
pub fn int_const(v: BigInt) -> Constant {
    match v.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(Rc::new(v)),
    }
}

fn big_to_f64(b: &BigInt) -> Result<f64, OpError> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(OpError::new(
            "OverflowError",
            "int too large to convert to float",
        ));
    }
    Ok(f)
}

pub fn const_to_f64(c: &Constant) -> Option<f64> {
    match to_num(c)? {
        Num::Int(b) => b.to_f64(),
        Num::Sized(_, v) => Some(v as f64),
        Num::Float(f) => Some(f),
    }
}

pub fn const_to_bigint(c: &Constant) -> Option<BigInt> {
    match to_num(c)? {
        Num::Int(b) => Some(b),
        Num::Sized(_, v) => Some(BigInt::from(v)),
        Num::Float(_) => None,
    }
}

/// The result kind of mixing two sized kinds (unsigned is contagious).
fn mix_kinds(a: IntKind, b: IntKind) -> IntKind {
    if a == b {
        return a;
    }
    let (wa, wb) = (a.bits(), b.bits());
    if wa != wb {
        return if wa > wb { a } else { b };
    }
    if a.signed() {
        b
    } else {
        a
    }
}

fn floordiv_big(a: &BigInt, b: &BigInt) -> Result<BigInt, OpError> {
    if b.is_zero() {
        return Err(OpError::new(
            "ZeroDivisionError",
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

fn mod_big(a: &BigInt, b: &BigInt) -> Result<BigInt, OpError> {
    if b.is_zero() {
        return Err(OpError::new("ZeroDivisionError", "integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

fn float_mod(a: f64, b: f64) -> Result<f64, OpError> {
    if b == 0.0 {
        return Err(OpError::new("ZeroDivisionError", "float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else {
        m
    })
}

fn int_pow(a: &BigInt, b: &BigInt) -> OpResult {
    if b.is_negative() {
        let (fa, fb) = (big_to_f64(a)?, big_to_f64(b)?);
        if fa == 0.0 {
            return Err(OpError::new(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Constant::Float(fa.powf(fb)));
    }
    let e = b
        .to_u32()
        .ok_or_else(|| OpError::new("OverflowError", "exponent too large"))?;
    if e > 100_000 {
        return Err(OpError::new("OverflowError", "exponent too large"));
    }
    Ok(int_const(num_traits::pow::Pow::pow(a, e)))
}

fn int_binop(op: OpName, a: &BigInt, b: &BigInt) -> OpResult {
    use OpName::*;
    Ok(int_const(match op {
        Add | InplaceAdd => a + b,
        Sub | InplaceSub => a - b,
        Mul | InplaceMul => a * b,
        FloorDiv | InplaceFloorDiv => floordiv_big(a, b)?,
        Mod | InplaceMod => mod_big(a, b)?,
        Pow | InplacePow => return int_pow(a, b),
        TrueDiv | InplaceTrueDiv => {
            if b.is_zero() {
                return Err(OpError::new("ZeroDivisionError", "division by zero"));
            }
            return Ok(Constant::Float(big_to_f64(a)? / big_to_f64(b)?));
        }
        LShift | InplaceLShift => {
            if b.is_negative() {
                return Err(OpError::new("ValueError", "negative shift count"));
            }
            let n = b
                .to_usize()
                .filter(|n| *n < 1 << 20)
                .ok_or_else(|| OpError::new("OverflowError", "shift count too large"))?;
            a << n
        }
        RShift | InplaceRShift => {
            if b.is_negative() {
                return Err(OpError::new("ValueError", "negative shift count"));
            }
            let n = b.to_usize().unwrap_or(usize::MAX).min(1 << 20);
            // Python's >> rounds towards negative infinity.
            a.div_floor(&(BigInt::from(1) << n))
        }
        And | InplaceAnd => a & b,
        Or | InplaceOr => a | b,
        Xor | InplaceXor => a ^ b,
        _ => return Err(unsupported(op)),
    }))
}

fn sized_binop(op: OpName, k: IntKind, a: i128, b: i128) -> OpResult {
    use OpName::*;
    let r = match op {
        Add | InplaceAdd => a.wrapping_add(b),
        Sub | InplaceSub => a.wrapping_sub(b),
        Mul | InplaceMul => a.wrapping_mul(b),
        FloorDiv | InplaceFloorDiv | Mod | InplaceMod => {
            if b == 0 {
                let msg = if matches!(op, FloorDiv | InplaceFloorDiv) {
                    "integer division or modulo by zero"
                } else {
                    "integer modulo by zero"
                };
                return Err(OpError::new("ZeroDivisionError", msg));
            }
            if matches!(op, FloorDiv | InplaceFloorDiv) {
                Integer::div_floor(&a, &b)
            } else {
                Integer::mod_floor(&a, &b)
            }
        }
        LShift | InplaceLShift => {
            if !(0..128).contains(&b) {
                0
            } else {
                a.wrapping_shl(b as u32)
            }
        }
        RShift | InplaceRShift => a >> b.clamp(0, 127),
        And | InplaceAnd => a & b,
        Or | InplaceOr => a | b,
        Xor | InplaceXor => a ^ b,
        Pow | InplacePow => {
            let mut r: i128 = 1;
            for _ in 0..b.clamp(0, 200) {
                r = r.wrapping_mul(a);
            }
            r
        }
        TrueDiv | InplaceTrueDiv => {
            if b == 0 {
                return Err(OpError::new("ZeroDivisionError", "division by zero"));
            }
            return Ok(Constant::Float(a as f64 / b as f64));
        }
        _ => return Err(unsupported(op)),
    };
    Ok(Constant::SizedInt(k, k.wrap(r)))
}

fn float_binop(op: OpName, a: f64, b: f64) -> OpResult {
    use OpName::*;
    Ok(Constant::Float(match op {
        Add | InplaceAdd => a + b,
        Sub | InplaceSub => a - b,
        Mul | InplaceMul => a * b,
        TrueDiv | InplaceTrueDiv => {
            if b == 0.0 {
                return Err(OpError::new("ZeroDivisionError", "float division by zero"));
            }
            a / b
        }
        FloorDiv | InplaceFloorDiv => {
            if b == 0.0 {
                return Err(OpError::new(
                    "ZeroDivisionError",
                    "float floor division by zero",
                ));
            }
            ((a - float_mod(a, b)?) / b).round()
        }
        Mod | InplaceMod => float_mod(a, b)?,
        Pow | InplacePow => a.powf(b),
        _ => return Err(unsupported(op)),
    }))
}

fn unsupported(op: OpName) -> OpError {
    OpError::new(
        "TypeError",
        format!("unsupported operand type(s) for {}", op_symbol(op)),
    )
}

/// The Python operator symbol of an operation (for messages).
pub fn op_symbol(op: OpName) -> &'static str {
    use OpName::*;
    match op {
        Add | InplaceAdd | AddOvf => "+",
        Sub | InplaceSub | SubOvf => "-",
        Mul | InplaceMul | MulOvf => "*",
        TrueDiv | InplaceTrueDiv => "/",
        FloorDiv | InplaceFloorDiv | FloorDivOvf => "//",
        Mod | InplaceMod | ModOvf => "%",
        Pow | InplacePow => "**",
        LShift | InplaceLShift | LShiftOvf => "<<",
        RShift | InplaceRShift => ">>",
        And | InplaceAnd => "&",
        Or | InplaceOr => "|",
        Xor | InplaceXor => "^",
        MatMul => "@",
        Lt => "<",
        Le => "<=",
        Eq => "==",
        Ne => "!=",
        Gt => ">",
        Ge => ">=",
        _ => op.as_str(),
    }
}

/// Binary arithmetic on numbers, strings, bytes and sequences.
pub fn binary(heap: &mut Heap, op: OpName, a: &Constant, b: &Constant) -> OpResult {
    use OpName::*;
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            if matches!(
                op,
                And | Or
                    | Xor
                    | LShift
                    | RShift
                    | InplaceAnd
                    | InplaceOr
                    | InplaceXor
                    | InplaceLShift
                    | InplaceRShift
            ) {
                return Err(unsupported(op));
            }
            return float_binop(op, num_f64(&x)?, num_f64(&y)?);
        }
        let small = |b: &BigInt| b.to_i128().unwrap_or(0);
        return match (x, y) {
            (Num::Sized(k1, x), Num::Sized(k2, y)) => sized_binop(op, mix_kinds(k1, k2), x, y),
            (Num::Sized(k, x), Num::Int(y)) => sized_binop(op, k, x, small(&y)),
            (Num::Int(x), Num::Sized(k, y)) => sized_binop(op, k, small(&x), y),
            (Num::Int(x), Num::Int(y)) => int_binop(op, &x, &y),
            _ => unreachable!("floats handled above"),
        };
    }
    match (op, a, b) {
        (Add | InplaceAdd, Constant::Str(x), Constant::Str(y)) => {
            Ok(Constant::Str(format!("{x}{y}").into()))
        }
        (Add | InplaceAdd, Constant::Bytes(x), Constant::Bytes(y)) => {
            Ok(Constant::Bytes([&x[..], &y[..]].concat().into()))
        }
        (Mul | InplaceMul, Constant::Str(s), n) | (Mul | InplaceMul, n, Constant::Str(s))
            if is_int(n) =>
        {
            Ok(Constant::Str(s.repeat(repeat_count(n)).into()))
        }
        (Mul | InplaceMul, Constant::Bytes(s), n) | (Mul | InplaceMul, n, Constant::Bytes(s))
            if is_int(n) =>
        {
            Ok(Constant::Bytes(s.repeat(repeat_count(n)).into()))
        }
        (Mod | InplaceMod, Constant::Str(fmt), args) => {
            let fmt = fmt.clone();
            crate::eval::format::percent_format(heap, &fmt, args)
        }
        (_, Constant::Obj(x), Constant::Obj(y)) => seq_binop(heap, op, *x, *y, a, b),
        (Mul | InplaceMul, Constant::Obj(x), n) | (Mul | InplaceMul, n, Constant::Obj(x))
            if is_int(n) =>
        {
            let items = match heap.get(*x) {
                Object::List(items) | Object::Tuple(items) => items.clone(),
                _ => return Err(unsupported(op)),
            };
            let count = repeat_count(n);
            let mut out = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Ok(match heap.get(*x) {
                Object::List(_) => heap.list(out),
                _ => heap.tuple(out),
            })
        }
        _ => Err(unsupported(op)),
    }
}

fn num_f64(n: &Num) -> Result<f64, OpError> {
    match n {
        Num::Int(b) => big_to_f64(b),
        Num::Sized(_, v) => Ok(*v as f64),
        Num::Float(f) => Ok(*f),
    }
}

fn is_int(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_) | Constant::Bool(_) | Constant::SizedInt(..)
    )
}

fn repeat_count(c: &Constant) -> usize {
    const_to_bigint(c)
        .and_then(|b| b.to_i64())
        .unwrap_or(0)
        .max(0) as usize
}

fn seq_binop(
    heap: &mut Heap,
    op: OpName,
    x: flowgraph::ObjRef,
    y: flowgraph::ObjRef,
    a: &Constant,
    b: &Constant,
) -> OpResult {
    use OpName::*;
    match (op, heap.get(x), heap.get(y)) {
        (Add, Object::List(l1), Object::List(l2)) => {
            let items = [l1.clone(), l2.clone()].concat();
            Ok(heap.list(items))
        }
        (InplaceAdd, Object::List(_), Object::List(l2)) => {
            let extra = l2.clone();
            if let Object::List(l1) = heap.get_mut(x) {
                l1.extend(extra);
            }
            Ok(a.clone())
        }
        (Add | InplaceAdd, Object::Tuple(t1), Object::Tuple(t2)) => {
            let items = [t1.clone(), t2.clone()].concat();
            Ok(heap.tuple(items))
        }
        _ => {
            let _ = b;
            Err(unsupported(op))
        }
    }
}

/// Unary operations: `pos`, `neg`, `invert`, `not_`, `abs`.
pub fn unary(heap: &Heap, op: OpName, a: &Constant) -> OpResult {
    use OpName::*;
    if op == Not {
        return Ok(Constant::Bool(
            !truth(heap, a).ok_or_else(|| unsupported(op))?,
        ));
    }
    match (op, to_num(a)) {
        (Pos, Some(Num::Int(b))) => Ok(int_const(b)),
        (Neg, Some(Num::Int(b))) => Ok(int_const(-b)),
        (Invert, Some(Num::Int(b))) => Ok(int_const(!b)),
        (Abs, Some(Num::Int(b))) => Ok(int_const(b.abs())),
        (Pos, Some(Num::Float(f))) => Ok(Constant::Float(f)),
        (Neg, Some(Num::Float(f))) => Ok(Constant::Float(-f)),
        (Abs, Some(Num::Float(f))) => Ok(Constant::Float(f.abs())),
        (Pos, Some(Num::Sized(k, v))) => Ok(Constant::SizedInt(k, k.wrap(v))),
        (Neg, Some(Num::Sized(k, v))) => Ok(Constant::SizedInt(k, k.wrap(-v))),
        (Invert, Some(Num::Sized(k, v))) => Ok(Constant::SizedInt(k, k.wrap(!v))),
        (Abs, Some(Num::Sized(k, v))) => Ok(Constant::SizedInt(k, k.wrap(v.abs()))),
        _ => Err(OpError::new(
            "TypeError",
            format!("bad operand type for unary {}", op.as_str()),
        )),
    }
}

/// Python truth value; `None` for instances (whose `__bool__`/`__len__` the
/// caller must consult).
pub fn truth(heap: &Heap, v: &Constant) -> Option<bool> {
    Some(match v {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::SizedInt(_, bits) => *bits != 0,
        Constant::Float(f) => *f != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Obj(r) => match heap.get(*r) {
            Object::List(l) | Object::Tuple(l) => !l.is_empty(),
            Object::Dict(d) | Object::Set(d) => !d.entries.is_empty(),
            Object::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
            Object::Instance(_) => return None,
            Object::Native(crate::heap::Native::Unrolling(items)) => !items.is_empty(),
            _ => true,
        },
    })
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start + step - 1) / step
    } else if step < 0 && start > stop {
        (start - stop - step - 1) / -step
    } else {
        0
    };
    n as i64
}

/// Python equality of two compile-time values (structural for containers,
/// identity for other objects).
pub fn equal(heap: &Heap, a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        return compare_nums(&x, &y) == Some(Ordering::Equal);
    }
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Obj(x), Constant::Obj(y)) => {
            if x == y {
                return true;
            }
            match (heap.get(*x), heap.get(*y)) {
                (Object::List(l1), Object::List(l2)) | (Object::Tuple(l1), Object::Tuple(l2)) => {
                    l1.len() == l2.len() && l1.iter().zip(l2).all(|(p, q)| equal(heap, p, q))
                }
                (Object::Dict(d1), Object::Dict(d2)) | (Object::Set(d1), Object::Set(d2)) => {
                    d1.entries.len() == d2.entries.len()
                        && d1.entries.iter().all(|(k, (_, v))| {
                            d2.entries.get(k).is_some_and(|(_, v2)| equal(heap, v, v2))
                        })
                }
                _ => false,
            }
        }
        _ => false,
    }
}

fn compare_nums(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Float(a), b) => a.partial_cmp(&num_f64(b).ok()?),
        (a, Num::Float(b)) => num_f64(a).ok()?.partial_cmp(b),
        (a, b) => {
            let ia = match a {
                Num::Int(i) => i.clone(),
                Num::Sized(_, v) => BigInt::from(*v),
                Num::Float(_) => unreachable!(),
            };
            let ib = match b {
                Num::Int(i) => i.clone(),
                Num::Sized(_, v) => BigInt::from(*v),
                Num::Float(_) => unreachable!(),
            };
            Some(ia.cmp(&ib))
        }
    }
}

/// Ordering of two values (`<` and friends), `None` when unorderable.
pub fn order(heap: &Heap, a: &Constant, b: &Constant) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        return compare_nums(&x, &y);
    }
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => Some(x.cmp(y)),
        (Constant::Bytes(x), Constant::Bytes(y)) => Some(x.cmp(y)),
        (Constant::Obj(x), Constant::Obj(y)) => match (heap.get(*x), heap.get(*y)) {
            (Object::List(l1), Object::List(l2)) | (Object::Tuple(l1), Object::Tuple(l2)) => {
                for (p, q) in l1.iter().zip(l2) {
                    if !equal(heap, p, q) {
                        return order(heap, p, q);
                    }
                }
                Some(l1.len().cmp(&l2.len()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Comparison operations (`lt`, `le`, `eq`, `ne`, `gt`, `ge`, `is_`).
pub fn compare(heap: &Heap, op: OpName, a: &Constant, b: &Constant) -> OpResult {
    use OpName::*;
    let r = match op {
        Eq => equal(heap, a, b),
        Ne => !equal(heap, a, b),
        Is => identical(a, b),
        Lt | Le | Gt | Ge => {
            let ord = match order(heap, a, b) {
                Some(ord) => ord,
                // Numbers are always comparable: a NaN operand makes every
                // ordering false.
                None if to_num(a).is_some() && to_num(b).is_some() => {
                    return Ok(Constant::Bool(false))
                }
                None => {
                    let name = |v: &Constant| {
                        heap.as_class(heap.type_of(v))
                            .map_or("?".to_string(), |c| c.name.to_string())
                    };
                    return Err(OpError::new(
                        "TypeError",
                        format!(
                            "'{}' not supported between instances of '{}' and '{}'",
                            op_symbol(op),
                            name(a),
                            name(b)
                        ),
                    ));
                }
            };
            match op {
                Lt => ord == Ordering::Less,
                Le => ord != Ordering::Greater,
                Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }
        }
        _ => return Err(unsupported(op)),
    };
    Ok(Constant::Bool(r))
}

/// `a is b` on compile-time values.
pub fn identical(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Obj(x), Constant::Obj(y)) => x == y,
        (Constant::Obj(_), _) | (_, Constant::Obj(_)) => false,
        (Constant::Bool(_), Constant::Int(_)) | (Constant::Int(_), Constant::Bool(_)) => false,
        _ => a == b,
    }
}
