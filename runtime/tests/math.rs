//! The `math` helpers against CPython 3.11 (values and exceptions printed
//! by `python3 -c 'import math; ...'`), and integer `**`.

use runtime::exc::{self, Builtin};
use runtime::gc::{self};
use runtime::math as m;
use runtime::TypeInfo;

static TYPES: [TypeInfo; 1] = [TypeInfo::fixed(16, &[], "unused")];

/// The result, or the exception kind and message it raised.
fn run(f: impl FnOnce() -> f64) -> Result<f64, (Builtin, String)> {
    let r = f();
    match exc::pending_builtin() {
        Some(k) => {
            let msg = exc::pending_message().unwrap_or_default();
            exc::clear();
            Err((k, msg))
        }
        None => Ok(r),
    }
}

fn ok(r: Result<f64, (Builtin, String)>, want: f64) {
    let got = r.expect("no exception");
    assert!(
        got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
        "got {got:?}, want {want:?}"
    );
}

fn err(r: Result<f64, (Builtin, String)>, kind: Builtin, msg: &str) {
    let (k, m) = r.expect_err("an exception");
    assert_eq!((k, m.as_str()), (kind, msg));
}

#[test]
fn math_functions_match_cpython() {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 64 << 10, false);
        let dom = "math domain error";
        let range = "math range error";
        ok(run(|| m::math_sqrt(2.0)), 1.4142135623730951);
        err(run(|| m::math_sqrt(-1.0)), Builtin::ValueError, dom);
        ok(run(|| m::math_sqrt(-0.0)), -0.0);
        ok(run(|| m::math_exp(1.0)), 2.718281828459045);
        err(run(|| m::math_exp(1000.0)), Builtin::OverflowError, range);
        ok(run(|| m::math_exp(-1000.0)), 0.0);
        ok(run(|| m::math_exp(f64::INFINITY)), f64::INFINITY);
        err(run(|| m::math_log(0.0)), Builtin::ValueError, dom);
        err(run(|| m::math_log(-1.0)), Builtin::ValueError, dom);
        ok(run(|| m::math_log_base(8.0, 2.0)), 3.0);
        err(
            run(|| m::math_log_base(8.0, 1.0)),
            Builtin::ZeroDivisionError,
            "float division by zero",
        );
        ok(run(|| m::math_log10(1000.0)), 3.0);
        ok(run(|| m::math_log2(8.0)), 3.0);
        ok(run(|| m::math_pow(2.0, 10.0)), 1024.0);
        err(run(|| m::math_pow(0.0, -1.0)), Builtin::ValueError, dom);
        err(
            run(|| m::math_pow(-8.0, 1.0 / 3.0)),
            Builtin::ValueError,
            dom,
        );
        err(
            run(|| m::math_pow(10.0, 400.0)),
            Builtin::OverflowError,
            range,
        );
        ok(run(|| m::math_pow(1.0, f64::NAN)), 1.0);
        ok(run(|| m::math_pow(f64::INFINITY, -1.0)), 0.0);
        err(run(|| m::math_sin(f64::INFINITY)), Builtin::ValueError, dom);
        err(run(|| m::math_asin(2.0)), Builtin::ValueError, dom);
        err(run(|| m::math_sinh(1000.0)), Builtin::OverflowError, range);
        ok(run(|| m::math_cosh(1.0)), 1.5430806348152437);
        ok(run(|| m::math_tanh(0.5)), 0.46211715726000974);
        ok(run(|| m::math_cos(1.0)), 0.5403023058681398);
        ok(run(|| m::math_tan(1.0)), 1.5574077246549023);
        ok(run(|| m::math_atan(1.0)), 0.7853981633974483);
        ok(run(|| m::math_acos(0.5)), 1.0471975511965979);
        ok(run(|| m::math_atan2(1.0, -1.0)), 2.356194490192345);
        ok(run(|| m::math_hypot(3.0, 4.0)), 5.0);
        ok(run(|| m::math_hypot(1e308, 1e308)), 1.4142135623730951e308);
        ok(run(|| m::math_fmod(7.0, -3.0)), 1.0);
        err(run(|| m::math_fmod(1.0, 0.0)), Builtin::ValueError, dom);
        err(
            run(|| m::math_fmod(f64::INFINITY, 1.0)),
            Builtin::ValueError,
            dom,
        );
        ok(run(|| m::math_fmod(5.0, f64::INFINITY)), 5.0);
        ok(run(|| m::math_ldexp(1.5, 4)), 24.0);
        err(
            run(|| m::math_ldexp(1.0, 5000)),
            Builtin::OverflowError,
            range,
        );
        ok(run(|| m::math_ldexp(1.0, -5000)), 0.0);
        ok(run(|| m::math_ldexp(1.0, -1074)), 5e-324);
        ok(run(|| m::math_copysign(1.0, -0.0)), -1.0);
        ok(run(|| m::math_degrees(std::f64::consts::PI)), 180.0);
        ok(run(|| m::math_radians(180.0)), std::f64::consts::PI);
        ok(run(|| m::math_floor(-2.5)), -3.0);
        ok(run(|| m::math_ceil(-2.5)), -2.0);
        ok(run(|| m::math_trunc(-2.5)), -2.0);
        assert!(m::math_isnan(f64::NAN) && m::math_isinf(-f64::INFINITY));
        assert!(!m::math_isfinite(f64::NAN) && m::math_isfinite(1.0));
        assert_eq!(m::math_gcd(12, -18), 6);
        assert_eq!(m::math_gcd(0, 0), 0);
    });
}

#[test]
fn int_pow_wraps_like_rpython_ints() {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 64 << 10, false);
        assert_eq!(m::int_pow(3, 4), 81);
        assert_eq!(m::int_pow(-2, 5), -32);
        assert_eq!(m::int_pow(7, 0), 1);
        assert_eq!(m::int_pow(10, 18), 1_000_000_000_000_000_000);
        // 3**40 == 12157665459056928801 wraps to 64 bits.
        assert_eq!(m::int_pow(3, 40), (12157665459056928801u64) as i64);
        assert!(exc::pending_builtin().is_none());
        m::int_pow(2, -1);
        assert_eq!(exc::pending_builtin(), Some(Builtin::ValueError));
        exc::clear();
    });
}
