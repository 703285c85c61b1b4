//! `runtime::arith::*_raises`: generated code tests these conditions on
//! the operands instead of the global exception flag after an arithmetic
//! op or index check, so each must be true exactly when its op raises.
//! Checked on a grid of operands including the edge cases (zero and -1
//! divisors, negative and too-big shift counts, the extremes of i64,
//! NaN and infinities, code points around the limits, indexes around
//! the bounds).

use runtime::arith::{self, ops_i64, ops_u8};
use runtime::exc;

/// Whether `f` raised (and clears the exception).
fn raised<T>(f: impl FnOnce() -> T) -> bool {
    assert!(!exc::occurred());
    let _ = f();
    let r = exc::occurred();
    exc::clear();
    r
}

const INTS: [i64; 17] = [
    0,
    1,
    -1,
    2,
    -2,
    3,
    7,
    -7,
    62,
    63,
    64,
    65,
    i64::MAX,
    i64::MIN,
    i64::MAX - 1,
    i64::MIN + 1,
    1 << 40,
];

#[test]
fn integer_conditions_match_the_ops() {
    runtime::gc::with_lock(|| {
        for &a in &INTS {
            for &b in &INTS {
                let case = format!("a={a} b={b}");
                assert_eq!(
                    ops_i64::shift_raises(b),
                    raised(|| ops_i64::rshift(a, b)),
                    "{case}"
                );
                assert_eq!(
                    ops_i64::shift_raises(b),
                    raised(|| ops_i64::lshift(a, b)),
                    "{case}"
                );
                assert_eq!(
                    ops_i64::div_raises(b),
                    raised(|| ops_i64::floordiv(a, b)),
                    "{case}"
                );
                assert_eq!(
                    ops_i64::div_raises(b),
                    raised(|| ops_i64::modulo(a, b)),
                    "{case}"
                );
                let pairs: [(bool, bool); 6] = [
                    (arith::add_ovf_raises(a, b), raised(|| arith::add_ovf(a, b))),
                    (arith::sub_ovf_raises(a, b), raised(|| arith::sub_ovf(a, b))),
                    (arith::mul_ovf_raises(a, b), raised(|| arith::mul_ovf(a, b))),
                    (
                        arith::floordiv_ovf_raises(a, b),
                        raised(|| arith::floordiv_ovf(a, b)),
                    ),
                    (arith::mod_ovf_raises(a, b), raised(|| arith::mod_ovf(a, b))),
                    (
                        arith::lshift_ovf_raises(a, b),
                        raised(|| arith::lshift_ovf(a, b)),
                    ),
                ];
                for (k, (cond, r)) in pairs.iter().enumerate() {
                    assert_eq!(cond, r, "{case} op {k}");
                }
                assert_eq!(
                    arith::check_index_raises(a, b),
                    raised(|| arith::check_index(a, b, "m")),
                    "{case}"
                );
                assert_eq!(
                    arith::check_index_nonneg_raises(a, b),
                    raised(|| arith::check_index_nonneg(a, b, "m")),
                    "{case}"
                );
            }
            assert_eq!(
                arith::neg_ovf_raises(a),
                raised(|| arith::neg_ovf(a)),
                "a={a}"
            );
            assert_eq!(
                arith::neg_ovf_raises(a),
                raised(|| arith::abs_ovf(a)),
                "a={a}"
            );
        }
        // Small indexes around the bounds of short sequences.
        for i in -5..6 {
            for len in 0..4 {
                assert_eq!(
                    arith::check_index_raises(i, len),
                    raised(|| arith::check_index(i, len, "m")),
                    "i={i} len={len}"
                );
            }
        }
        // Unsigned counts never raise.
        for n in [0u8, 1, 7, 8, 200, 255] {
            assert!(!ops_u8::shift_raises(n));
            assert!(!raised(|| ops_u8::rshift(200, n)));
        }
        for i in [-1i64, 0, 65, 0xD800, 0x10FFFF, 0x110000, i64::MAX, i64::MIN] {
            assert_eq!(
                arith::int_to_unichar_raises(i),
                raised(|| arith::int_to_unichar(i)),
                "i={i}"
            );
        }
    });
}

#[test]
fn float_conditions_match_the_ops() {
    runtime::gc::with_lock(|| {
        let floats = [
            0.0,
            -0.0,
            1.0,
            -2.5,
            1e300,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            9.223_372_036_854_775_807e18,
            9.223_372_036_854_775_808e18,
            -9.223_372_036_854_775_808e18,
            -9.223_372_036_854_777e18,
        ];
        for &a in &floats {
            for &b in &floats {
                let case = format!("a={a} b={b}");
                let d = arith::float_div_raises(b);
                assert_eq!(d, raised(|| arith::float_truediv(a, b)), "{case}");
                assert_eq!(d, raised(|| arith::float_floordiv(a, b)), "{case}");
                assert_eq!(d, raised(|| arith::float_mod(a, b)), "{case}");
            }
            assert_eq!(
                arith::float_to_int_raises(a),
                raised(|| arith::float_to_int(a)),
                "a={a}"
            );
        }
    });
}
