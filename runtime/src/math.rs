//! The `math` module and numeric builtins of translated programs, with
//! CPython 3.11's error rules: a result that is NaN for non-NaN arguments
//! raises `ValueError("math domain error")`, an infinite result for finite
//! arguments raises `OverflowError("math range error")` (each function
//! documents its exceptions to these rules). The float functions return
//! a dummy value when they raise.
//!
//! Also: integer `**` (wrapping, like RPython ints), `math.gcd`, and the
//! float → float rounding functions that `math.floor`/`ceil`/`trunc`
//! combine with the `cast_float_to_int` operation.

use crate::exc::{self, Builtin};

unsafe fn domain_error() -> f64 {
    exc::raise_builtin(Builtin::ValueError, "math domain error");
    0.0
}

unsafe fn range_error() -> f64 {
    exc::raise_builtin(Builtin::OverflowError, "math range error");
    0.0
}

/// CPython's `math_1` check for a one-argument function: NaN from a
/// non-NaN argument is a domain error; an infinite result from a finite
/// argument is a range error when `can_overflow`, else a domain error.
unsafe fn checked1(x: f64, r: f64, can_overflow: bool) -> f64 {
    if r.is_nan() && !x.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            range_error()
        } else {
            domain_error()
        };
    }
    r
}

/// # Safety
/// May collect when raising (as every function of this module).
pub unsafe fn math_sqrt(x: f64) -> f64 {
    checked1(x, x.sqrt(), false)
}

/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_exp(x: f64) -> f64 {
    checked1(x, x.exp(), true)
}

/// `math.log(x)`: ValueError for `x <= 0`.
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_log(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x <= 0.0 {
        return domain_error();
    }
    x.ln()
}

/// `math.log(x, base)`: `log(x) / log(base)`; ZeroDivisionError when
/// `log(base)` is 0.
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_log_base(x: f64, base: f64) -> f64 {
    let num = math_log(x);
    if exc::occurred() {
        return 0.0;
    }
    let den = math_log(base);
    if exc::occurred() {
        return 0.0;
    }
    if den == 0.0 {
        exc::raise_builtin(Builtin::ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    num / den
}

/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_log10(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x <= 0.0 {
        return domain_error();
    }
    x.log10()
}

/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_log2(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x <= 0.0 {
        return domain_error();
    }
    x.log2()
}

/// `math.pow(x, y)` (CPython's special cases for infinities and NaN).
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_pow(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        // pow() of IEEE 754 gives CPython's answers here (1**nan == 1,
        // nan**0 == 1, inf**-1 == 0...), with no errors.
        return x.powf(y);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return domain_error();
    }
    if r.is_infinite() {
        return if x == 0.0 {
            domain_error()
        } else {
            range_error()
        };
    }
    r
}

macro_rules! unary {
    ($($name:ident => $f:ident, $overflow:expr, $doc:literal;)*) => {$(
        #[doc = $doc]
        ///
        /// # Safety
        /// See [`math_sqrt`].
        pub unsafe fn $name(x: f64) -> f64 {
            checked1(x, x.$f(), $overflow)
        }
    )*};
}

unary! {
    math_sin => sin, false, "`math.sin(x)`: ValueError for infinities.";
    math_cos => cos, false, "`math.cos(x)`: ValueError for infinities.";
    math_tan => tan, false, "`math.tan(x)`: ValueError for infinities.";
    math_asin => asin, false, "`math.asin(x)`: ValueError outside [-1, 1].";
    math_acos => acos, false, "`math.acos(x)`: ValueError outside [-1, 1].";
    math_atan => atan, false, "`math.atan(x)`.";
    math_sinh => sinh, true, "`math.sinh(x)`: OverflowError when too large.";
    math_cosh => cosh, true, "`math.cosh(x)`: OverflowError when too large.";
    math_tanh => tanh, false, "`math.tanh(x)`.";
}

/// `math.atan2(y, x)` (never raises).
pub fn math_atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `math.hypot(x, y)`: OverflowError when finite arguments overflow.
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_hypot(x: f64, y: f64) -> f64 {
    let r = x.hypot(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range_error();
    }
    r
}

/// `math.fmod(x, y)`: ValueError for `y == 0` or an infinite `x`.
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_fmod(x: f64, y: f64) -> f64 {
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error();
    }
    r
}

/// `math.ldexp(x, i)`: OverflowError when the result overflows.
///
/// # Safety
/// See [`math_sqrt`].
pub unsafe fn math_ldexp(x: f64, i: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    // Exponents beyond ±2200 overflow or underflow whatever `x` is.
    let i = i.clamp(-2200, 2200) as i32;
    // Two steps keep the intermediate power of two representable.
    let half = i / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(i - half);
    if r.is_infinite() {
        return range_error();
    }
    r
}

/// `math.copysign(x, y)`.
pub fn math_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.degrees(x)` (CPython multiplies by `180 / pi`).
pub fn math_degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

/// `math.radians(x)` (CPython multiplies by `pi / 180`).
pub fn math_radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

/// `math.isinf(x)`.
pub fn math_isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn math_isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isfinite(x)`.
pub fn math_isfinite(x: f64) -> bool {
    x.is_finite()
}

/// The float part of `math.floor(x)` (the conversion to int follows).
pub fn math_floor(x: f64) -> f64 {
    x.floor()
}

/// The float part of `math.ceil(x)`.
pub fn math_ceil(x: f64) -> f64 {
    x.ceil()
}

/// The float part of `math.trunc(x)`.
pub fn math_trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.gcd(a, b)` (non-negative; `gcd(0, 0) == 0`; wraps for the
/// most negative int, whose absolute value is not an int).
pub fn math_gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a as i64
}

/// `base ** exp` for ints (wrapping multiplication, like RPython ints).
/// A negative exponent, whose Python result is a float, raises
/// ValueError: RPython types `int ** int` as an int.
///
/// # Safety
/// May collect when raising.
pub unsafe fn int_pow(base: i64, exp: i64) -> i64 {
    if exp < 0 {
        exc::raise_builtin(
            Builtin::ValueError,
            "integer ** negative integer is not RPython (use floats)",
        );
        return 0;
    }
    let (mut result, mut b, mut e) = (1i64, base, exp as u64);
    while e != 0 {
        if e & 1 != 0 {
            result = result.wrapping_mul(b);
        }
        b = b.wrapping_mul(b);
        e >>= 1;
    }
    result
}

/// The mantissa and exponent of `math.frexp(x)`: `x == m * 2**e` with
/// `0.5 <= |m| < 1` (`(x, 0)` for zero, infinities and NaN).
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// `math.frexp(x)[0]`.
pub fn math_frexp_mantissa(x: f64) -> f64 {
    frexp(x).0
}

/// `math.frexp(x)[1]`.
pub fn math_frexp_exponent(x: f64) -> i64 {
    frexp(x).1
}

/// `math.modf(x)[0]`: the fractional part, with the sign of `x` (`±0.0`
/// for infinities).
pub fn math_modf_fraction(x: f64) -> f64 {
    if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - x.trunc()).copysign(x)
    }
}

/// `math.modf(x)[1]`: the integral part, as a float.
pub fn math_modf_integer(x: f64) -> f64 {
    x.trunc()
}
