//! Handlers of the numeric operations: integer and float arithmetic,
//! comparisons and conversions. Machine arithmetic wraps at the operand
//! type's width; anything with Python semantics or an error path calls the
//! same `runtime::arith` function compiled code calls, which raises the
//! builtin exception CPython would.

use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use runtime::arith;
use runtime::helpers::Word;

use crate::eval::OpCx;
use crate::table::Handler;
use crate::with_int;

fn f(cx: &OpCx, i: usize) -> f64 {
    f64::from_bits(cx.arg(i))
}

fn i(cx: &OpCx, k: usize) -> i64 {
    cx.arg(k) as i64
}

macro_rules! int_bin {
    (|$a:ident, $b:ident, $m:ident| $e:expr) => {
        (|cx: &OpCx| {
            with_int!(cx.ty(0), T, $m, {
                let $a = T::from_word(cx.arg(0));
                let $b = T::from_word(cx.arg(1));
                Word::into_word($e)
            })
        }) as Handler
    };
}

macro_rules! int_cmp {
    ($op:tt) => {
        (|cx: &OpCx| {
            with_int!(cx.ty(0), T, _m, {
                (T::from_word(cx.arg(0)) $op T::from_word(cx.arg(1))) as u64
            })
        }) as Handler
    };
}

macro_rules! float_bin {
    (|$a:ident, $b:ident| $e:expr) => {
        (|cx: &OpCx| {
            let ($a, $b) = (f(cx, 0), f(cx, 1));
            let r: f64 = $e;
            r.to_bits()
        }) as Handler
    };
}

macro_rules! float_cmp {
    ($op:tt) => {
        (|cx: &OpCx| (f(cx, 0) $op f(cx, 1)) as u64) as Handler
    };
}

/// The handlers of this module.
pub fn handlers() -> Vec<(L, Handler)> {
    vec![
        (L::IntAdd, int_bin!(|a, b, _m| a.wrapping_add(b))),
        (L::IntSub, int_bin!(|a, b, _m| a.wrapping_sub(b))),
        (L::IntMul, int_bin!(|a, b, _m| a.wrapping_mul(b))),
        (L::IntFloorDiv, int_bin!(|a, b, m| m::floordiv(a, b))),
        (L::IntMod, int_bin!(|a, b, m| m::modulo(a, b))),
        (L::IntAnd, int_bin!(|a, b, _m| a & b)),
        (L::IntOr, int_bin!(|a, b, _m| a | b)),
        (L::IntXor, int_bin!(|a, b, _m| a ^ b)),
        (L::IntLShift, int_bin!(|a, b, m| m::lshift(a, b))),
        (L::IntRShift, int_bin!(|a, b, m| m::rshift(a, b))),
        (L::IntNeg, |cx| {
            with_int!(
                cx.ty(0),
                T,
                _m,
                T::from_word(cx.arg(0)).wrapping_neg().into_word()
            )
        }),
        (L::IntAbs, |cx| {
            with_int!(cx.ty(0), T, m, m::abs(T::from_word(cx.arg(0))).into_word())
        }),
        (L::IntInvert, |cx| !cx.arg(0)),
        (L::IntAddOvf, |cx| arith::add_ovf(i(cx, 0), i(cx, 1)) as u64),
        (L::IntSubOvf, |cx| arith::sub_ovf(i(cx, 0), i(cx, 1)) as u64),
        (L::IntMulOvf, |cx| arith::mul_ovf(i(cx, 0), i(cx, 1)) as u64),
        (L::IntFloorDivOvf, |cx| {
            arith::floordiv_ovf(i(cx, 0), i(cx, 1)) as u64
        }),
        (L::IntModOvf, |cx| arith::mod_ovf(i(cx, 0), i(cx, 1)) as u64),
        (L::IntLShiftOvf, |cx| {
            arith::lshift_ovf(i(cx, 0), i(cx, 1)) as u64
        }),
        (L::IntNegOvf, |cx| arith::neg_ovf(i(cx, 0)) as u64),
        (L::IntAbsOvf, |cx| arith::abs_ovf(i(cx, 0)) as u64),
        (L::IntLt, int_cmp!(<)),
        (L::IntLe, int_cmp!(<=)),
        (L::IntEq, int_cmp!(==)),
        (L::IntNe, int_cmp!(!=)),
        (L::IntGt, int_cmp!(>)),
        (L::IntGe, int_cmp!(>=)),
        (L::IntIsTrue, |cx| (cx.arg(0) != 0) as u64),
        (L::BoolNot, |cx| (cx.arg(0) == 0) as u64),
        (L::FloatAdd, float_bin!(|a, b| a + b)),
        (L::FloatSub, float_bin!(|a, b| a - b)),
        (L::FloatMul, float_bin!(|a, b| a * b)),
        (
            L::FloatTrueDiv,
            float_bin!(|a, b| arith::float_truediv(a, b)),
        ),
        (
            L::FloatFloorDiv,
            float_bin!(|a, b| arith::float_floordiv(a, b)),
        ),
        (L::FloatMod, float_bin!(|a, b| arith::float_mod(a, b))),
        (L::FloatPow, float_bin!(|a, b| arith::float_pow(a, b))),
        (L::FloatNeg, |cx| (-f(cx, 0)).to_bits()),
        (L::FloatAbs, |cx| f(cx, 0).abs().to_bits()),
        (L::FloatLt, float_cmp!(<)),
        (L::FloatLe, float_cmp!(<=)),
        (L::FloatEq, float_cmp!(==)),
        (L::FloatNe, float_cmp!(!=)),
        (L::FloatGt, float_cmp!(>)),
        (L::FloatGe, float_cmp!(>=)),
        (L::FloatIsTrue, |cx| (f(cx, 0) != 0.0) as u64),
        // Words are already sign- or zero-extended from the source type,
        // so `as` between integer types is the normalization to the result
        // type the evaluator applies.
        (L::CastInt, |cx| cx.arg(0)),
        (L::CastIntToFloat, |cx| {
            let w = cx.arg(0);
            let x = if cx.ty(0) == LlType::Unsigned || cx.ty(0) == LlType::UnsignedLongLong {
                w as f64
            } else {
                w as i64 as f64
            };
            x.to_bits()
        }),
        (L::CastFloatToInt, |cx| arith::float_to_int(f(cx, 0)) as u64),
        (L::CastIntToUniChar, |cx| {
            arith::int_to_unichar(cx.arg(0) as i64) as u64
        }),
        (L::CastPtr, |cx| cx.arg(0)),
        (L::CastToWord, |cx| cx.arg(0)),
        (L::CastFromWord, |cx| cx.arg(0)),
    ]
}
