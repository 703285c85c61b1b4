//! Arbitrary-precision integers: the run-time side of
//! `rpython.rlib.rbigint.rbigint`.
//!
//! An rbigint is an immutable GC object [`RpyBigInt`]: a sign (-1, 0 or 1)
//! and the magnitude as 64-bit limbs, least significant first, without high
//! zero limbs (zero has no limbs). It holds no GC pointers and no Rust heap
//! memory, so the moving GC copies it like a string.
//!
//! Every helper reads its operands completely before it allocates (so no
//! GC pointer has to survive an allocation), computes, and allocates the
//! result with the type id of its first operand (constructors take the
//! type id). Operands whose magnitudes fit in one limb are computed in
//! `i128` without touching the Rust heap; bigger ones go through
//! `num-bigint`. Semantics are those of Python ints (floor division,
//! two's-complement bitwise operations, arithmetic right shift), with the
//! exceptions and messages of CPython 3.11 or of `rpython/rlib/rbigint.py`.
//! Text conversions, float conversions and hashing are in `bigint/text.rs`.

pub mod text;

use std::mem::offset_of;
use std::ptr::null_mut;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::ToPrimitive;

use crate::exc::{self, Builtin};
use crate::{gc, GcHeader, GcPtr, TypeInfo};

/// An rbigint: `length` limbs of magnitude after the sign.
#[repr(C)]
pub struct RpyBigInt {
    pub hdr: GcHeader,
    /// -1, 0 or 1.
    pub sign: i64,
    /// The number of limbs (the GC's item count).
    pub length: i64,
    pub digits: [u64; 0],
}

/// An rbigint as helpers pass it (a GC pointer to an [`RpyBigInt`]).
pub type Big = GcPtr;

/// The rbigint `p` points to.
#[inline(always)]
pub(crate) fn obj(p: Big) -> *mut RpyBigInt {
    p as *mut RpyBigInt
}

/// The type info of [`RpyBigInt`] (the rtyper computes the same layout:
/// fields `sign`, `length`, then `Unsigned` items).
pub const fn type_info(name: &'static str) -> TypeInfo {
    let digits = offset_of!(RpyBigInt, digits) as u32;
    TypeInfo {
        fixed_size: digits,
        item_size: 8,
        length_offset: offset_of!(RpyBigInt, length) as u32,
        items_offset: digits,
        gc_ptrs: &[],
        item_gc_ptrs: &[],
        name,
        weak_offset: 0,
        destructor: None,
        finalizer_trigger: None,
    }
}

// ---------------------------------------------------------------------------
// Reading and allocating

/// The limbs of `p`. Dangles after the next allocation.
pub(crate) unsafe fn limbs<'a>(p: Big) -> &'a [u64] {
    std::slice::from_raw_parts((*obj(p)).digits.as_ptr(), (*obj(p)).length as usize)
}

/// The value of `p` if its magnitude fits in one limb.
#[inline]
pub(crate) unsafe fn small(p: Big) -> Option<i128> {
    match (*obj(p)).length {
        0 => Some(0),
        1 => {
            let m = *(*obj(p)).digits.as_ptr() as i128;
            Some(if (*obj(p)).sign < 0 { -m } else { m })
        }
        _ => None,
    }
}

/// A magnitude from limbs.
pub(crate) fn biguint_of(limbs: &[u64]) -> BigUint {
    let mut words = Vec::with_capacity(limbs.len() * 2);
    for &d in limbs {
        words.push(d as u32);
        words.push((d >> 32) as u32);
    }
    BigUint::new(words)
}

/// The magnitude of `p`.
pub(crate) unsafe fn magnitude(p: Big) -> BigUint {
    biguint_of(limbs(p))
}

/// The value of `p`.
pub(crate) unsafe fn load(p: Big) -> BigInt {
    let sign = match (*obj(p)).sign {
        s if s < 0 => Sign::Minus,
        0 => Sign::NoSign,
        _ => Sign::Plus,
    };
    BigInt::from_biguint(sign, magnitude(p))
}

/// A new rbigint `-mag` or `mag`; `mag` may have high zero limbs. Null
/// with MemoryError raised if memory is exhausted. May collect.
pub(crate) unsafe fn alloc(tid: u32, negative: bool, mag: &[u64]) -> Big {
    let mut n = mag.len();
    while n > 0 && mag[n - 1] == 0 {
        n -= 1;
    }
    let p = gc::malloc_varsize(tid, n as i64);
    if p.is_null() {
        return p;
    }
    (*obj(p)).sign = if n == 0 {
        0
    } else if negative {
        -1
    } else {
        1
    };
    std::ptr::copy_nonoverlapping(mag.as_ptr(), (*obj(p)).digits.as_mut_ptr(), n);
    p
}

/// A new rbigint of value `v`. May collect.
pub(crate) unsafe fn from_i128(tid: u32, v: i128) -> Big {
    let m = v.unsigned_abs();
    alloc(tid, v < 0, &[m as u64, (m >> 64) as u64])
}

/// A new rbigint of value `v`. May collect.
pub(crate) unsafe fn from_big(tid: u32, v: &BigInt) -> Big {
    alloc(tid, v.sign() == Sign::Minus, &v.magnitude().to_u64_digits())
}

unsafe fn raise<T>(kind: Builtin, msg: &str, dummy: T) -> T {
    exc::raise_builtin(kind, msg);
    dummy
}

/// Results bigger than this many bits raise MemoryError at once (instead
/// of exhausting memory slowly).
const MAX_BITS: u64 = 1 << 36;

// ---------------------------------------------------------------------------
// Construction and conversion to machine values

/// `rbigint.fromint(v)`.
///
/// # Safety
/// [`gc::init`] was called and `tid` is the rbigint type. May collect.
pub unsafe fn bigint_fromint(tid: u32, v: i64) -> Big {
    from_i128(tid, v as i128)
}

/// `rbigint.fromfloat(f)`: truncates toward zero.
///
/// # Safety
/// As for [`bigint_fromint`].
pub unsafe fn bigint_fromfloat(tid: u32, f: f64) -> Big {
    if f.is_infinite() {
        return raise(
            Builtin::OverflowError,
            "cannot convert float infinity to integer",
            null_mut(),
        );
    }
    if f.is_nan() {
        return raise(
            Builtin::ValueError,
            "cannot convert float NaN to integer",
            null_mut(),
        );
    }
    let t = f.trunc();
    if t.abs() < 1.0e18 {
        return from_i128(tid, t as i128);
    }
    // |t| >= 2**59: an integer mantissa times a power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let v = BigInt::from(mantissa) << exp;
    from_big(tid, &if t < 0.0 { -v } else { v })
}

/// `x.toint()` (also `tolonglong()`).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_toint(a: Big) -> i64 {
    match small(a) {
        Some(v) if i64::try_from(v).is_ok() => v as i64,
        _ => raise(
            Builtin::OverflowError,
            "rbigint too large to convert to int",
            0,
        ),
    }
}

/// `x.touint()` (also `toulonglong()`).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_touint(a: Big) -> u64 {
    if (*obj(a)).sign < 0 {
        return raise(
            Builtin::OverflowError,
            "cannot convert negative rbigint to unsigned",
            0,
        );
    }
    match (*obj(a)).length {
        0 => 0,
        1 => *(*obj(a)).digits.as_ptr(),
        _ => raise(
            Builtin::OverflowError,
            "rbigint too large to convert to unsigned",
            0,
        ),
    }
}

/// The sign of `x`: -1, 0 or 1 (`x.sign`, `x.tobool()`).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_sign(a: Big) -> i64 {
    (*obj(a)).sign
}

/// `x.bit_length()`: the bit length of `abs(x)`.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_bit_length(a: Big) -> i64 {
    match limbs(a).last() {
        None => 0,
        Some(top) => ((*obj(a)).length - 1) * 64 + (64 - top.leading_zeros() as i64),
    }
}

/// `x.is_odd()`.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_is_odd(a: Big) -> bool {
    (*obj(a)).length > 0 && *(*obj(a)).digits.as_ptr() & 1 == 1
}

/// `x.numdigits()`: the number of 63-bit digits (at least 1).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_numdigits(a: Big) -> i64 {
    ((bigint_bit_length(a) + 62) / 63).max(1)
}

// ---------------------------------------------------------------------------
// Comparison and arithmetic

/// Compares `a` and `b`: -1, 0 or 1.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_cmp(a: Big, b: Big) -> i64 {
    let (sa, sb) = ((*obj(a)).sign, (*obj(b)).sign);
    if sa != sb {
        return if sa < sb { -1 } else { 1 };
    }
    let (la, lb) = (limbs(a), limbs(b));
    let mag = la
        .len()
        .cmp(&lb.len())
        .then_with(|| la.iter().rev().cmp(lb.iter().rev()));
    let c = mag as i64;
    if sa < 0 {
        -c
    } else {
        c
    }
}

/// A binary operation: `fast` on one-limb operands (`None` when the
/// result does not fit in `i128`), else `slow`.
#[inline]
unsafe fn binop(
    a: Big,
    b: Big,
    fast: impl Fn(i128, i128) -> Option<i128>,
    slow: impl Fn(BigInt, BigInt) -> BigInt,
) -> Big {
    let tid = (*a).tid;
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        if let Some(r) = fast(x, y) {
            return from_i128(tid, r);
        }
    }
    let r = slow(load(a), load(b));
    from_big(tid, &r)
}

/// `a + b`. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_add(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| Some(x + y), |x, y| x + y)
}

/// `a - b`. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_sub(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| Some(x - y), |x, y| x - y)
}

/// `a * b`. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_mul(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| x.checked_mul(y), |x, y| x * y)
}

fn floordiv_small(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

fn mod_small(x: i128, y: i128) -> i128 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

unsafe fn zero_division(msg: &str) -> Big {
    raise(Builtin::ZeroDivisionError, msg, null_mut())
}

/// `a // b` (floor). May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_floordiv(a: Big, b: Big) -> Big {
    if (*obj(b)).sign == 0 {
        return zero_division("integer division or modulo by zero");
    }
    binop(
        a,
        b,
        |x, y| Some(floordiv_small(x, y)),
        |x, y| x.div_floor(&y),
    )
}

/// `a % b` (the sign of `b`). May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_mod(a: Big, b: Big) -> Big {
    if (*obj(b)).sign == 0 {
        return zero_division("integer modulo by zero");
    }
    binop(a, b, |x, y| Some(mod_small(x, y)), |x, y| x.mod_floor(&y))
}

/// `a & b` (two's complement). May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_and(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| Some(x & y), |x, y| x & y)
}

/// `a | b`. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_or(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| Some(x | y), |x, y| x | y)
}

/// `a ^ b`. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_xor(a: Big, b: Big) -> Big {
    binop(a, b, |x, y| Some(x ^ y), |x, y| x ^ y)
}

/// `-a`. May collect.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_neg(a: Big) -> Big {
    let (tid, neg) = ((*a).tid, (*obj(a)).sign > 0);
    let mag = limbs(a).to_vec();
    alloc(tid, neg, &mag)
}

/// `abs(a)`. May collect.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_abs(a: Big) -> Big {
    let tid = (*a).tid;
    let mag = limbs(a).to_vec();
    alloc(tid, false, &mag)
}

/// `~a`, that is `-a - 1`. May collect.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_invert(a: Big) -> Big {
    let tid = (*a).tid;
    if let Some(x) = small(a) {
        return from_i128(tid, !x);
    }
    from_big(tid, &(-load(a) - 1))
}

unsafe fn negative_shift() -> Big {
    raise(Builtin::ValueError, "negative shift count", null_mut())
}

/// `a << n`: ValueError if `n < 0`. May collect.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_lshift(a: Big, n: i64) -> Big {
    if n < 0 {
        return negative_shift();
    }
    let tid = (*a).tid;
    if (*obj(a)).sign == 0 {
        return from_i128(tid, 0);
    }
    if let Some(x) = small(a) {
        if n < 63 {
            return from_i128(tid, x << n);
        }
    }
    if (n as u64).saturating_add(bigint_bit_length(a) as u64) > MAX_BITS {
        return raise(Builtin::MemoryError, "", null_mut());
    }
    from_big(tid, &(load(a) << n as usize))
}

/// `a >> n` (floor): ValueError if `n < 0`. May collect.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_rshift(a: Big, n: i64) -> Big {
    if n < 0 {
        return negative_shift();
    }
    let tid = (*a).tid;
    if n >= bigint_bit_length(a) {
        return from_i128(tid, if (*obj(a)).sign < 0 { -1 } else { 0 });
    }
    if let Some(x) = small(a) {
        return from_i128(tid, x >> n);
    }
    from_big(tid, &(load(a) >> n as usize))
}

/// `a ** b`, or `pow(a, b, m)` when `m` is not null: ValueError for a
/// negative exponent or a zero modulo. May collect.
///
/// # Safety
/// `a` and `b` are valid rbigints; `m` is null or a valid rbigint.
pub unsafe fn bigint_pow(a: Big, b: Big, m: Big) -> Big {
    let tid = (*a).tid;
    if (*obj(b)).sign < 0 {
        return raise(
            Builtin::ValueError,
            "rbigint.pow(): negative exponent",
            null_mut(),
        );
    }
    if !m.is_null() {
        if (*obj(m)).sign == 0 {
            return raise(
                Builtin::ValueError,
                "rbigint.pow(): modulo cannot be 0",
                null_mut(),
            );
        }
        let r = load(a).modpow(&load(b), &load(m));
        return from_big(tid, &r);
    }
    let base = small(a);
    match base {
        Some(0) => return from_i128(tid, ((*obj(b)).sign == 0) as i128),
        Some(1) => return from_i128(tid, 1),
        Some(-1) => return from_i128(tid, if bigint_is_odd(b) { -1 } else { 1 }),
        _ => {}
    }
    let e = match small(b).and_then(|e| u32::try_from(e).ok()) {
        Some(e) if (e as u64).saturating_mul(bigint_bit_length(a) as u64) <= MAX_BITS => e,
        _ => return raise(Builtin::MemoryError, "", null_mut()),
    };
    if let Some(x) = base {
        if let Some(r) = x.checked_pow(e) {
            return from_i128(tid, r);
        }
    }
    from_big(tid, &load(a).pow(e))
}

/// `a / b` as a float, correctly rounded: ZeroDivisionError, or
/// OverflowError when the quotient is too big for a float.
///
/// # Safety
/// `a` and `b` are valid rbigints.
pub unsafe fn bigint_truediv(a: Big, b: Big) -> f64 {
    if (*obj(b)).sign == 0 {
        return raise(Builtin::ZeroDivisionError, "division by zero", 0.0);
    }
    let negative = ((*obj(a)).sign < 0) != ((*obj(b)).sign < 0);
    let q = match (small(a), small(b)) {
        (Some(x), Some(y)) if x.abs() <= 1 << 53 && y.abs() <= 1 << 53 => {
            Some((x.abs() as f64) / (y.abs() as f64))
        }
        _ => text::ratio_to_f64(&magnitude(a), &magnitude(b)),
    };
    match q {
        Some(q) if negative => -q,
        Some(q) => q,
        None => raise(
            Builtin::OverflowError,
            "integer division result too large for a float",
            0.0,
        ),
    }
}

/// `x.tofloat()`: correctly rounded; OverflowError if too big.
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_tofloat(a: Big) -> f64 {
    let r = match (*obj(a)).length {
        0 => Some(0.0),
        1 => Some(*(*obj(a)).digits.as_ptr() as f64),
        _ => text::ratio_to_f64(&magnitude(a), &BigUint::from(1u32)),
    };
    match r {
        Some(f) if (*obj(a)).sign < 0 => -f,
        Some(f) => f,
        None => raise(
            Builtin::OverflowError,
            "int too large to convert to float",
            0.0,
        ),
    }
}

/// `x.hash()`: the hash of the Python int (modulo 2**61 - 1, -1 → -2).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn bigint_hash(a: Big) -> i64 {
    const P: u128 = (1 << 61) - 1;
    let mut h: u128 = 0;
    for &d in limbs(a).iter().rev() {
        h = ((h << 64) | d as u128) % P;
    }
    let h = if (*obj(a)).sign < 0 {
        -(h as i64)
    } else {
        h as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The value of `a` as an `i128` when it is small enough (tests).
///
/// # Safety
/// `a` is a valid rbigint.
pub unsafe fn to_i128(a: Big) -> Option<i128> {
    load(a).to_i128()
}
