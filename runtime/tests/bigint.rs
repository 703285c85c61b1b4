//! rbigint helpers against CPython 3.11's ints (expected values in
//! `bigint/data.rs` and below, printed by `python3`), with and without GC
//! stress mode (every allocation moves every object).

#[path = "bigint/data.rs"]
mod data;

mod common;

use common::take_error;
use data::{BINARY, SHIFTS, UNARY, VALS};
use runtime::bigint::{self as bi, text as bt, Big};
use runtime::exc::{self, Builtin};
use runtime::string as st;
use runtime::{gc, GcPtr, RpyStr, TypeInfo};

const T_STR: u32 = 1;
const T_BIG: u32 = 2;
const T_EXC: u32 = 3;

static TYPES: [TypeInfo; 4] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::string("str"),
    bi::type_info("rbigint"),
    TypeInfo::fixed(24, &[16], "exception"),
];

const EXC_CLASS: exc::BuiltinClass = exc::BuiltinClass {
    vtable: 0x10 as *const u8,
    inst_tid: T_EXC,
    typeptr_offset: 8,
    msg_offset: 16,
    str_tid: T_STR,
};

fn each_mode(f: impl Fn()) {
    common::each_mode(&TYPES, 64 << 10, EXC_CLASS, f);
}

/// Shadow-stack slots keeping the test's objects alive.
struct Pool {
    base: *mut GcPtr,
    used: usize,
}

const POOL: usize = 64;

impl Pool {
    unsafe fn new() -> Pool {
        Pool {
            base: gc::shadow_reserve(POOL),
            used: 0,
        }
    }
    unsafe fn keep(&mut self, p: GcPtr) -> usize {
        assert!(!p.is_null());
        assert!(self.used < POOL);
        *self.base.add(self.used) = p;
        self.used += 1;
        self.used - 1
    }
    unsafe fn get(&self, i: usize) -> Big {
        *self.base.add(i)
    }
    /// A new rbigint parsed from `text` (base 10).
    unsafe fn big(&mut self, text: &str) -> usize {
        let s = self.keep(st::str_from(T_STR, text) as GcPtr);
        let b = bt::bigint_fromstr(T_BIG, self.get(s) as *mut RpyStr, 10);
        assert!(!exc::occurred(), "parsing {text:?}");
        self.keep(b)
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        unsafe { gc::shadow_release(POOL) }
    }
}

unsafe fn text(s: *mut RpyStr) -> String {
    assert!(!s.is_null());
    st::str_as_str(s).to_owned()
}

/// The decimal text of `b` (asserting it is normalized).
unsafe fn dec(b: Big) -> String {
    assert!(!b.is_null(), "an rbigint was expected");
    let o = b as *mut bi::RpyBigInt;
    let n = (*o).length as usize;
    assert!(
        n == 0 || *(*o).digits.as_ptr().add(n - 1) != 0,
        "high zero limb"
    );
    assert_eq!((*o).sign == 0, n == 0, "sign of zero");
    text(bt::bigint_to_base(T_STR, b, 10))
}

fn float_eq(got: f64, want: &str) {
    let w: f64 = want.parse().unwrap();
    assert_eq!(got.to_bits(), w.to_bits(), "got {got:?}, want {want}");
}

#[test]
fn binary_operations_match_cpython() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        let slots: Vec<usize> = VALS.iter().map(|v| p.big(v)).collect();
        let mut row = BINARY.iter();
        for &a in &slots {
            for &b in &slots {
                let want = row.next().unwrap();
                let (x, y) = (p.get(a), p.get(b));
                let ctx = format!("{} and {}", dec(x), dec(y));
                assert_eq!(dec(bi::bigint_add(p.get(a), p.get(b))), want[0], "{ctx}");
                assert_eq!(dec(bi::bigint_sub(p.get(a), p.get(b))), want[1], "{ctx}");
                assert_eq!(dec(bi::bigint_mul(p.get(a), p.get(b))), want[2], "{ctx}");
                if want[3].is_empty() {
                    assert!(bi::bigint_floordiv(p.get(a), p.get(b)).is_null());
                    let e = (
                        Builtin::ZeroDivisionError,
                        "integer division or modulo by zero",
                    );
                    assert_eq!(take_error(), (e.0, e.1.to_string()));
                    assert!(bi::bigint_mod(p.get(a), p.get(b)).is_null());
                    let e = (Builtin::ZeroDivisionError, "integer modulo by zero");
                    assert_eq!(take_error(), (e.0, e.1.to_string()));
                    bi::bigint_truediv(p.get(a), p.get(b));
                    let e = (Builtin::ZeroDivisionError, "division by zero");
                    assert_eq!(take_error(), (e.0, e.1.to_string()));
                } else {
                    assert_eq!(
                        dec(bi::bigint_floordiv(p.get(a), p.get(b))),
                        want[3],
                        "{ctx}"
                    );
                    assert_eq!(dec(bi::bigint_mod(p.get(a), p.get(b))), want[4], "{ctx}");
                    float_eq(bi::bigint_truediv(p.get(a), p.get(b)), want[9]);
                }
                assert_eq!(dec(bi::bigint_and(p.get(a), p.get(b))), want[5], "{ctx}");
                assert_eq!(dec(bi::bigint_or(p.get(a), p.get(b))), want[6], "{ctx}");
                assert_eq!(dec(bi::bigint_xor(p.get(a), p.get(b))), want[7], "{ctx}");
                let c = bi::bigint_cmp(p.get(a), p.get(b));
                assert_eq!(c.to_string(), want[8], "{ctx}");
            }
        }
    });
}

#[test]
fn unary_operations_and_shifts_match_cpython() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        for (v, want) in VALS.iter().zip(UNARY) {
            let a = p.big(v);
            assert_eq!(dec(bi::bigint_neg(p.get(a))), want[0]);
            assert_eq!(dec(bi::bigint_abs(p.get(a))), want[1]);
            assert_eq!(dec(bi::bigint_invert(p.get(a))), want[2]);
            for (k, base) in [(3, 16), (4, 8), (5, 2)] {
                assert_eq!(text(bt::bigint_to_base(T_STR, p.get(a), base)), want[k]);
            }
            assert_eq!(bi::bigint_hash(p.get(a)).to_string(), want[6]);
            assert_eq!(bi::bigint_bit_length(p.get(a)).to_string(), want[7]);
            float_eq(bi::bigint_tofloat(p.get(a)), want[8]);
            for (i, &n) in SHIFTS.iter().enumerate() {
                assert_eq!(
                    dec(bi::bigint_lshift(p.get(a), n)),
                    want[9 + 2 * i],
                    "{v} << {n}"
                );
                assert_eq!(
                    dec(bi::bigint_rshift(p.get(a), n)),
                    want[10 + 2 * i],
                    "{v} >> {n}"
                );
            }
        }
        let one = p.big("1");
        for f in [bi::bigint_lshift, bi::bigint_rshift] {
            assert!(f(p.get(one), -1).is_null());
            assert_eq!(
                take_error(),
                (Builtin::ValueError, "negative shift count".into())
            );
        }
    });
}

/// 3**2095, the smallest power of 3 with 1000 digits (CPython's str()).
const POW3_HEAD: &str = "3707051655438590435656087945050107817725";
const POW3_TAIL: &str = "4489808199030099716911089876685127152107";

#[test]
fn long_numbers_and_powers() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        let three = p.big("3");
        let e = p.big("2095");
        let big = bi::bigint_pow(p.get(three), p.get(e), std::ptr::null_mut());
        let big = p.keep(big);
        let s = dec(p.get(big));
        assert_eq!((s.len(), &s[..40], &s[960..]), (1000, POW3_HEAD, POW3_TAIL));
        let again = p.big(&s);
        assert_eq!(bi::bigint_cmp(p.get(big), p.get(again)), 0);
        assert_eq!(dec(bi::bigint_sub(p.get(big), p.get(again))), "0");
        // pow(3**150, 2**70 + 5, 10**20 + 39), pow(-3, 101, -1000), pow(-7, 0, 1)
        let cases = [
            (
                bi::bigint_pow,
                "369988485035126972924700782451696644186473100389722973815184405301748249",
                "1180591620717411303429",
                "100000000000000000039",
                "17769994981353123467",
            ),
            (bi::bigint_pow, "-3", "101", "-1000", "-3"),
            (bi::bigint_pow, "-7", "0", "1", "0"),
        ];
        for (f, a, b, m, want) in cases {
            let (a, b, m) = (p.big(a), p.big(b), p.big(m));
            assert_eq!(dec(f(p.get(a), p.get(b), p.get(m))), want);
        }
        let zero = p.big("0");
        let minus = p.big("-1");
        assert_eq!(
            dec(bi::bigint_pow(
                p.get(zero),
                p.get(zero),
                std::ptr::null_mut()
            )),
            "1"
        );
        assert_eq!(
            dec(bi::bigint_pow(
                p.get(minus),
                p.get(big),
                std::ptr::null_mut()
            )),
            "-1"
        );
        assert!(bi::bigint_pow(p.get(three), p.get(minus), std::ptr::null_mut()).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "rbigint.pow(): negative exponent".into()
            )
        );
        assert!(bi::bigint_pow(p.get(three), p.get(three), p.get(zero)).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "rbigint.pow(): modulo cannot be 0".into()
            )
        );
        assert!(bi::bigint_pow(p.get(three), p.get(big), std::ptr::null_mut()).is_null());
        assert_eq!(take_error().0, Builtin::MemoryError);
    });
}

#[test]
fn float_conversions_round_like_cpython() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        // float(int) and int / int, as printed by CPython.
        let tofloat = [
            ("9007199254740993", "9007199254740992.0"),
            ("9007199254740995", "9007199254740996.0"),
            (
                "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
                "1.7976931348623157e+308",
            ),
        ];
        for (v, want) in tofloat {
            let a = p.big(v);
            float_eq(bi::bigint_tofloat(p.get(a)), want);
        }
        // 2**1024 - 2**970 rounds up to 2**1024.
        let two = p.big("2");
        let k1 = p.big("1024");
        let k2 = p.big("970");
        let a = bi::bigint_pow(p.get(two), p.get(k1), std::ptr::null_mut());
        let a = p.keep(a);
        let b = bi::bigint_pow(p.get(two), p.get(k2), std::ptr::null_mut());
        let b = p.keep(b);
        let c = bi::bigint_sub(p.get(a), p.get(b));
        bi::bigint_tofloat(c);
        let overflow = (
            Builtin::OverflowError,
            "int too large to convert to float".into(),
        );
        assert_eq!(take_error(), overflow);
        let ten = p.big("10");
        float_eq(
            bi::bigint_truediv(p.get(a), p.get(ten)),
            "1.797693134862316e+307",
        );
        let unit = p.big("1");
        bi::bigint_truediv(p.get(a), p.get(unit));
        assert_eq!(
            take_error(),
            (
                Builtin::OverflowError,
                "integer division result too large for a float".into()
            )
        );
        // Quotients: 1/2**1074, 1/2**1075, 3/2**1076, 3/2**1075,
        // (2**1075+1)/2**2149, 10**400/10**399, (2**60+1)/3, -(10**30)/7.
        let pow2 = |p: &mut Pool, k: &str| {
            let k = p.big(k);
            let r = bi::bigint_pow(p.get(two), p.get(k), std::ptr::null_mut());
            p.keep(r)
        };
        let (p1074, p1075, p1076, p2149) = (
            pow2(&mut p, "1074"),
            pow2(&mut p, "1075"),
            pow2(&mut p, "1076"),
            pow2(&mut p, "2149"),
        );
        let one = p.big("1");
        let three = p.big("3");
        let p1075_1 = bi::bigint_add(p.get(p1075), p.get(one));
        let p1075_1 = p.keep(p1075_1);
        let quotients = [
            (one, p1074, "5e-324"),
            (one, p1075, "0.0"),
            (three, p1076, "5e-324"),
            (three, p1075, "1e-323"),
            (p1075_1, p2149, "5e-324"),
        ];
        for (a, b, want) in quotients {
            float_eq(bi::bigint_truediv(p.get(a), p.get(b)), want);
        }
        let pairs = [
            ("1152921504606846977", "3", "3.843071682022823e+17"),
            (
                "-1000000000000000000000000000000",
                "7",
                "-1.4285714285714285e+29",
            ),
            ("0", "-5", "-0.0"),
        ];
        for (a, b, want) in pairs {
            let (a, b) = (p.big(a), p.big(b));
            float_eq(bi::bigint_truediv(p.get(a), p.get(b)), want);
        }
        // fromfloat truncates.
        for (f, want) in [
            (-0.5, "0"),
            (-2.75, "-2"),
            (1e18, "1000000000000000000"),
            (-1e19, "-10000000000000000000"),
            (1e300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ] {
            assert_eq!(dec(bi::bigint_fromfloat(T_BIG, f)), want);
        }
        bi::bigint_fromfloat(T_BIG, f64::NEG_INFINITY);
        assert_eq!(
            take_error(),
            (
                Builtin::OverflowError,
                "cannot convert float infinity to integer".into()
            )
        );
        bi::bigint_fromfloat(T_BIG, f64::NAN);
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "cannot convert float NaN to integer".into()
            )
        );
        // math.log(10**400), math.log(10**400, 10), math.log(3 * 2**1023),
        // math.log(12345678901234567890, 2.5), math.log(2**2000)
        let googol4 = p.big(&format!("1{}", "0".repeat(400)));
        float_eq(bt::bigint_log(p.get(googol4), 0.0), "921.0340371976182");
        float_eq(bt::bigint_log(p.get(googol4), 10.0), "399.99999999999994");
        let k = p.big("1023");
        let x = bi::bigint_pow(p.get(two), p.get(k), std::ptr::null_mut());
        let x = bi::bigint_mul(x, p.get(three));
        float_eq(bt::bigint_log(x, 0.0), "710.1881780014921");
        let y = p.big("12345678901234567890");
        float_eq(bt::bigint_log(p.get(y), 2.5), "47.97586209268789");
        let z = pow2(&mut p, "2000");
        float_eq(bt::bigint_log(p.get(z), 0.0), "1386.2943611198907");
        let zero = p.big("0");
        bt::bigint_log(p.get(zero), 0.0);
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "math domain error".into())
        );
        bt::bigint_log(p.get(y), 1.0);
        assert_eq!(
            take_error(),
            (Builtin::ZeroDivisionError, "float division by zero".into())
        );
    });
}

#[test]
fn machine_int_conversions() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        for v in [0, 1, -1, i64::MAX, i64::MIN] {
            let b = bi::bigint_fromint(T_BIG, v);
            assert_eq!(bi::bigint_toint(b), v);
            assert_eq!(dec(b), v.to_string());
        }
        let max_u = p.big("18446744073709551615");
        assert_eq!(bi::bigint_touint(p.get(max_u)), u64::MAX);
        bi::bigint_toint(p.get(max_u));
        let too_big = (
            Builtin::OverflowError,
            "rbigint too large to convert to int".into(),
        );
        assert_eq!(take_error(), too_big);
        let m = p.big("-9223372036854775809");
        bi::bigint_toint(p.get(m));
        assert_eq!(take_error(), too_big);
        bi::bigint_touint(p.get(m));
        assert_eq!(
            take_error(),
            (
                Builtin::OverflowError,
                "cannot convert negative rbigint to unsigned".into()
            )
        );
        let u = p.big("18446744073709551616");
        bi::bigint_touint(p.get(u));
        assert_eq!(
            take_error(),
            (
                Builtin::OverflowError,
                "rbigint too large to convert to unsigned".into()
            )
        );
        let neg = p.big("-7");
        assert!(bi::bigint_is_odd(p.get(neg)));
        assert_eq!(bi::bigint_sign(p.get(neg)), -1);
        assert_eq!(bi::bigint_numdigits(p.get(u)), 2);
        let zero = p.big("0");
        assert_eq!(bi::bigint_numdigits(p.get(zero)), 1);
        // hash(-(2**61 - 1)), hash(2**61 - 1), hash(-(2**61))
        for (v, h) in [
            ("-2305843009213693951", 0),
            ("2305843009213693951", 0),
            ("-2305843009213693952", -2),
        ] {
            let a = p.big(v);
            assert_eq!(bi::bigint_hash(p.get(a)), h);
        }
    });
}

/// `rbigint.fromstr(text, base)` as text, or the ValueError message.
unsafe fn parse(p: &mut Pool, s: &str, base: i64) -> String {
    let s = p.keep(st::str_from(T_STR, s) as GcPtr);
    let b = bt::bigint_fromstr(T_BIG, p.get(s) as *mut RpyStr, base);
    if b.is_null() {
        let (k, msg) = take_error();
        assert_eq!(k, Builtin::ValueError);
        return msg;
    }
    dec(b)
}

#[test]
fn parsing_follows_rbigint_py() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        let cases: &[(&str, i64, &str)] = &[
            ("  -0x1F ", 16, "-31"),
            ("0x1f", 0, "31"),
            ("0X1f", 0, "31"),
            ("0o17", 0, "15"),
            ("0b101", 0, "5"),
            ("000", 0, "0"),
            ("0b1", 16, "177"),
            ("Zz", 36, "1295"),
            ("+42", 10, "42"),
            ("\t99\n", 10, "99"),
            ("010", 0, "invalid literal for rbigint: '010'"),
            ("12", 2, "invalid literal for rbigint with base 2: '12'"),
            ("", 10, "invalid literal for rbigint with base 10: ''"),
            ("-", 10, "invalid literal for rbigint with base 10: '-'"),
            ("1 2", 10, "invalid literal for rbigint with base 10: '1 2'"),
            ("12", 37, "invalid literal for rbigint with base 37: '12'"),
            ("12", 1, "invalid literal for rbigint with base 1: '12'"),
            ("0x", 16, "invalid literal for rbigint with base 16: '0x'"),
            (
                "1_000",
                10,
                "invalid literal for rbigint with base 10: '1_000'",
            ),
            ("-0b", 0, "invalid literal for rbigint with base 2: '-0b'"),
            ("١٢", 10, "invalid literal for rbigint with base 10: '١٢'"),
        ];
        for (s, base, want) in cases {
            assert_eq!(parse(&mut p, s, *base), *want, "{s:?} in base {base}");
        }
        let s = p.keep(st::str_from(T_STR, " 12") as GcPtr);
        assert!(bt::bigint_fromdecimalstr(T_BIG, p.get(s) as *mut RpyStr).is_null());
        assert_eq!(
            take_error(),
            (Builtin::ValueError, "invalid decimal literal: ' 12'".into())
        );
        let s = p.keep(st::str_from(T_STR, "0x12") as GcPtr);
        assert!(bt::bigint_fromdecimalstr(T_BIG, p.get(s) as *mut RpyStr).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "invalid literal for rbigint with base 10: '0x12'".into()
            )
        );
        let s = p.keep(st::str_from(T_STR, "-1234567890123456789012") as GcPtr);
        let b = bt::bigint_fromdecimalstr(T_BIG, p.get(s) as *mut RpyStr);
        assert_eq!(dec(b), "-1234567890123456789012");
    });
}

#[test]
fn formatting_and_bytes() {
    each_mode(|| unsafe {
        let mut p = Pool::new();
        let a = p.big("-123456789012345678901234567890");
        let digits = p.keep(st::str_from(
            T_STR,
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ) as GcPtr);
        let f = bt::bigint_format(T_STR, p.get(a), p.get(digits) as *mut RpyStr);
        // The same digits as rbigint.py's format() with 62 digits.
        assert_eq!(text(f), "-2AyLS9BKAMjjsWHR0");
        let ab = p.keep(st::str_from(T_STR, "ab") as GcPtr);
        let seven = p.big("7");
        let f = bt::bigint_format(T_STR, p.get(seven), p.get(ab) as *mut RpyStr);
        assert_eq!(text(f), "bbb");
        let zero = p.big("0");
        let f = bt::bigint_format(T_STR, p.get(zero), p.get(ab) as *mut RpyStr);
        assert_eq!(text(f), "a");
        let one = p.keep(st::str_from(T_STR, "x") as GcPtr);
        assert!(bt::bigint_format(T_STR, p.get(seven), p.get(one) as *mut RpyStr).is_null());
        assert_eq!(
            take_error(),
            (
                Builtin::ValueError,
                "format() needs at least two digits".into()
            )
        );
        // (-1).to_bytes(4, 'big', signed=True), (258).to_bytes(3, 'little'),
        // (-129).to_bytes(3, 'little', signed=True), (2**64).to_bytes(9, 'big')
        let bytes = |p: &mut Pool, v: &str, n, little, signed| {
            let a = p.big(v);
            let s = bt::bigint_tobytes(T_STR, p.get(a), n, little, signed);
            if s.is_null() {
                Err(take_error())
            } else {
                Ok(st::str_as_bytes(s).to_vec())
            }
        };
        assert_eq!(bytes(&mut p, "-1", 4, false, true), Ok(vec![0xff; 4]));
        assert_eq!(bytes(&mut p, "258", 3, true, false), Ok(vec![2, 1, 0]));
        assert_eq!(
            bytes(&mut p, "-129", 3, true, true),
            Ok(vec![0x7f, 0xff, 0xff])
        );
        assert_eq!(
            bytes(&mut p, "18446744073709551616", 9, false, false),
            Ok(vec![1, 0, 0, 0, 0, 0, 0, 0, 0])
        );
        assert_eq!(bytes(&mut p, "0", 0, false, false), Ok(vec![]));
        assert_eq!(
            bytes(&mut p, "128", 1, false, true),
            Err((Builtin::OverflowError, "int too big to convert".into()))
        );
        assert_eq!(
            bytes(&mut p, "-1", 1, false, false),
            Err((
                Builtin::OverflowError,
                "can't convert negative int to unsigned".into()
            ))
        );
    });
}
