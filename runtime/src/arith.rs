//! Arithmetic with Python semantics, for the low-level operations that are
//! more than one machine instruction: floor division and modulo (rounding
//! toward -inf), shifts with Python's rules for the count, overflow-checked
//! variants (`ovfcheck`), float division/modulo/power with CPython's errors,
//! float-to-int and int-to-char conversions, and index normalization.
//!
//! An operation that raises records a builtin exception (with CPython's
//! message) through [`exc::raise_builtin`] and returns a dummy zero; the
//! caller tests [`exc::occurred`]. Integer operations exist for every
//! machine integer type in modules `ops_i64`, `ops_u8`...; overflow-checked
//! ones are for `i64` (`Signed`) only, as in RPython.

use crate::exc::{self, Builtin};

#[cold]
fn raise(kind: Builtin, msg: &str) {
    unsafe { exc::raise_builtin(kind, msg) }
}

macro_rules! int_module {
    ($m:ident, $t:ty, signed) => {
        int_module!(@common $m, $t, true);
    };
    ($m:ident, $t:ty, unsigned) => {
        int_module!(@common $m, $t, false);
    };
    (@common $m:ident, $t:ty, $signed:expr) => {
        /// Python-semantics operations on one integer type.
        pub mod $m {
            use super::{raise, Builtin};
            const BITS: $t = <$t>::BITS as $t;

            /// `a // b`, rounding toward -inf; wraps for `MIN // -1`.
            #[inline]
            pub fn floordiv(a: $t, b: $t) -> $t {
                if b == 0 {
                    raise(Builtin::ZeroDivisionError, "integer division or modulo by zero");
                    return 0;
                }
                let q = a.wrapping_div(b);
                #[allow(unused_comparisons)]
                let adjust = $signed && a.wrapping_rem(b) != 0 && ((a ^ b) < 0);
                if adjust {
                    q.wrapping_sub(1)
                } else {
                    q
                }
            }

            /// `a % b`, with the sign of `b`.
            #[inline]
            pub fn modulo(a: $t, b: $t) -> $t {
                if b == 0 {
                    raise(Builtin::ZeroDivisionError, "integer modulo by zero");
                    return 0;
                }
                let r = a.wrapping_rem(b);
                #[allow(unused_comparisons)]
                let adjust = $signed && r != 0 && ((r ^ b) < 0);
                if adjust {
                    r.wrapping_add(b)
                } else {
                    r
                }
            }

            /// `a << n`: ValueError for a negative count, 0 past the width.
            #[inline]
            #[allow(unused_comparisons)]
            pub fn lshift(a: $t, n: $t) -> $t {
                if n < 0 {
                    raise(Builtin::ValueError, "negative shift count");
                    return 0;
                }
                if n >= BITS {
                    0
                } else {
                    a.wrapping_shl(n as u32)
                }
            }

            /// `a >> n`: arithmetic for signed types (the sign past the
            /// width), logical for unsigned ones (0 past the width).
            #[inline]
            #[allow(unused_comparisons)]
            pub fn rshift(a: $t, n: $t) -> $t {
                if n < 0 {
                    raise(Builtin::ValueError, "negative shift count");
                    return 0;
                }
                if n >= BITS {
                    if a < 0 {
                        a.wrapping_shr(BITS as u32 - 1)
                    } else {
                        0
                    }
                } else {
                    a.wrapping_shr(n as u32)
                }
            }

            /// Whether [`lshift`]/[`rshift`] by `n` raise (generated code
            /// tests this instead of the global exception flag).
            #[inline(always)]
            #[allow(unused_comparisons)]
            pub fn shift_raises(n: $t) -> bool {
                n < 0
            }

            /// Whether [`floordiv`]/[`modulo`] by `b` raise.
            #[inline(always)]
            pub fn div_raises(b: $t) -> bool {
                b == 0
            }

            /// `abs(a)` (wrapping for `MIN`; the identity when unsigned).
            #[inline]
            #[allow(unused_comparisons)]
            pub fn abs(a: $t) -> $t {
                if a < 0 {
                    (0 as $t).wrapping_sub(a)
                } else {
                    a
                }
            }
        }
    };
}

int_module!(ops_i64, i64, signed);
int_module!(ops_u64, u64, unsigned);
int_module!(ops_i32, i32, signed);
int_module!(ops_u32, u32, unsigned);
int_module!(ops_i16, i16, signed);
int_module!(ops_u16, u16, unsigned);
int_module!(ops_i8, i8, signed);
int_module!(ops_u8, u8, unsigned);

#[cold]
fn overflow() -> i64 {
    raise(Builtin::OverflowError, "integer overflow");
    0
}

/// `ovfcheck(a + b)`.
#[inline]
pub fn add_ovf(a: i64, b: i64) -> i64 {
    a.checked_add(b).unwrap_or_else(overflow)
}

/// `ovfcheck(a - b)`.
#[inline]
pub fn sub_ovf(a: i64, b: i64) -> i64 {
    a.checked_sub(b).unwrap_or_else(overflow)
}

/// `ovfcheck(a * b)`.
#[inline]
pub fn mul_ovf(a: i64, b: i64) -> i64 {
    a.checked_mul(b).unwrap_or_else(overflow)
}

/// `ovfcheck(a // b)`.
#[inline]
pub fn floordiv_ovf(a: i64, b: i64) -> i64 {
    if a == i64::MIN && b == -1 {
        return overflow();
    }
    ops_i64::floordiv(a, b)
}

/// `ovfcheck(a % b)`.
#[inline]
pub fn mod_ovf(a: i64, b: i64) -> i64 {
    if a == i64::MIN && b == -1 {
        return 0;
    }
    ops_i64::modulo(a, b)
}

/// `ovfcheck(a << n)`.
#[inline]
pub fn lshift_ovf(a: i64, n: i64) -> i64 {
    if n < 0 {
        raise(Builtin::ValueError, "negative shift count");
        return 0;
    }
    if a == 0 {
        return 0;
    }
    if n >= 64 || (a << n) >> n != a {
        return overflow();
    }
    a << n
}

/// `ovfcheck(-a)`.
#[inline]
pub fn neg_ovf(a: i64) -> i64 {
    a.checked_neg().unwrap_or_else(overflow)
}

/// `ovfcheck(abs(a))`.
#[inline]
pub fn abs_ovf(a: i64) -> i64 {
    a.checked_abs().unwrap_or_else(overflow)
}

/// Whether [`add_ovf`] raises.
#[inline(always)]
pub fn add_ovf_raises(a: i64, b: i64) -> bool {
    a.checked_add(b).is_none()
}

/// Whether [`sub_ovf`] raises.
#[inline(always)]
pub fn sub_ovf_raises(a: i64, b: i64) -> bool {
    a.checked_sub(b).is_none()
}

/// Whether [`mul_ovf`] raises.
#[inline(always)]
pub fn mul_ovf_raises(a: i64, b: i64) -> bool {
    a.checked_mul(b).is_none()
}

/// Whether [`floordiv_ovf`] raises.
#[inline(always)]
pub fn floordiv_ovf_raises(a: i64, b: i64) -> bool {
    b == 0 || (a == i64::MIN && b == -1)
}

/// Whether [`mod_ovf`] raises.
#[inline(always)]
pub fn mod_ovf_raises(_a: i64, b: i64) -> bool {
    b == 0
}

/// Whether [`lshift_ovf`] raises.
#[inline(always)]
pub fn lshift_ovf_raises(a: i64, n: i64) -> bool {
    n < 0 || (a != 0 && (n >= 64 || (a << n) >> n != a))
}

/// Whether [`neg_ovf`]/[`abs_ovf`] raise.
#[inline(always)]
pub fn neg_ovf_raises(a: i64) -> bool {
    a == i64::MIN
}

/// Whether [`float_truediv`], [`float_floordiv`] or [`float_mod`] raise.
#[inline(always)]
pub fn float_div_raises(b: f64) -> bool {
    b == 0.0
}

/// Whether [`float_to_int`] raises.
#[inline(always)]
pub fn float_to_int_raises(f: f64) -> bool {
    !(-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&f)
}

/// Whether [`int_to_unichar`] raises.
#[inline(always)]
pub fn int_to_unichar_raises(i: i64) -> bool {
    !(0..=0x10FFFF).contains(&i)
}

/// `a / b` for floats.
#[inline]
pub fn float_truediv(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        raise(Builtin::ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    a / b
}

/// CPython's `float_divmod` core: `(floor(a / b), a % b)` with the sign of
/// the remainder following `b`. `b` is not zero.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
#[inline]
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        raise(Builtin::ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    float_divmod(a, b).0
}

/// `a % b` for floats.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        raise(Builtin::ZeroDivisionError, "float modulo");
        return 0.0;
    }
    float_divmod(a, b).1
}

/// `a ** b` for floats, with CPython's errors (a negative base with a
/// fractional exponent, which CPython answers with a complex number, raises
/// ValueError as `math.pow` does).
pub fn float_pow(a: f64, b: f64) -> f64 {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        raise(
            Builtin::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        );
        return 0.0;
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        raise(Builtin::ValueError, "math domain error");
        return 0.0;
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        raise(
            Builtin::OverflowError,
            "(34, 'Numerical result out of range')",
        );
        return 0.0;
    }
    r
}

/// `int(f)`: truncation toward zero.
#[inline]
pub fn float_to_int(f: f64) -> i64 {
    if f.is_nan() {
        raise(Builtin::ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if f.is_infinite() {
        raise(
            Builtin::OverflowError,
            "cannot convert float infinity to integer",
        );
        return 0;
    }
    // i64::MIN is -2**63 exactly; 2**63 is the first value out of range.
    if !(-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&f) {
        raise(
            Builtin::OverflowError,
            "int too large to convert to machine integer",
        );
        return 0;
    }
    f as i64
}

/// `chr(i)`.
#[inline]
pub fn int_to_unichar(i: i64) -> u32 {
    if !(0..=0x10FFFF).contains(&i) {
        raise(Builtin::ValueError, "chr() arg not in range(0x110000)");
        return 0;
    }
    i as u32
}

/// Whether [`check_index`] raises.
#[inline(always)]
pub fn check_index_raises(i: i64, length: i64) -> bool {
    let j = if i < 0 { i.wrapping_add(length) } else { i };
    (j as u64) >= (length as u64)
}

/// Whether [`check_index_nonneg`] raises.
#[inline(always)]
pub fn check_index_nonneg_raises(i: i64, length: i64) -> bool {
    (i as u64) >= (length as u64)
}

/// `i` (negative counts from the end) as an index into a sequence of
/// `length` items, or IndexError with `message`.
#[inline]
pub fn check_index(i: i64, length: i64, message: &str) -> i64 {
    let j = if i < 0 { i.wrapping_add(length) } else { i };
    if (j as u64) < (length as u64) {
        j
    } else {
        raise(Builtin::IndexError, message);
        0
    }
}

/// Like [`check_index`] for an index known to be non-negative.
#[inline]
pub fn check_index_nonneg(i: i64, length: i64, message: &str) -> i64 {
    if (i as u64) < (length as u64) {
        i
    } else {
        raise(Builtin::IndexError, message);
        0
    }
}
