//! `runtime::arith` against CPython: every operation on a grid of operands
//! (including zero divisors, negative shift counts and the extremes of i64)
//! gives CPython's result, or raises CPython's exception with its message.
//! Results that overflow i64 in CPython are where RPython wraps (plain ops)
//! or raises OverflowError (`_ovf` ops).

use runtime::arith;
use runtime::exc;
use std::process::Command;

/// Runs a Python expression per line of `exprs` and returns, per line,
/// `ok <value>` or `err <ExceptionName>: <message>`.
fn cpython(exprs: &[String]) -> Vec<String> {
    let prog = r#"
import sys
for line in sys.stdin.read().splitlines():
    try:
        v = eval(line)
        if isinstance(v, float):
            print("ok", v.hex())
        else:
            print("ok", v)
    except Exception as e:
        print("err %s: %s" % (type(e).__name__, e))
"#;
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(prog)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(exprs.join("\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn outcome<T>(v: T, show: impl Fn(T) -> String) -> String {
    if exc::occurred() {
        let kind = exc::pending_builtin().expect("a builtin exception");
        let msg = exc::pending_message().unwrap_or_default();
        exc::clear();
        format!("err {}: {}", kind.name(), msg)
    } else {
        format!("ok {}", show(v))
    }
}

/// Python's `float.hex()`.
fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 && mant == 0 {
        return format!("{sign}0x0.0p+0");
    }
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

/// An exact hexadecimal form Python's `float.fromhex` reads.
fn hexf(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{}", exp - 1023)
    }
}

const INTS: [i64; 9] = [0, 1, -1, 7, -7, 3, -3, i64::MAX, i64::MIN];

#[test]
fn integer_ops_match_cpython() {
    runtime::gc::with_lock(|| {
        let mut exprs = Vec::new();
        let mut ours = Vec::new();
        for &a in &INTS {
            for &b in &INTS {
                let wrap = |v: i64| v.to_string();
                // Plain ops wrap to 64 bits as RPython's do.
                let w = "(lambda v: (v + 2**63) % 2**64 - 2**63)";
                exprs.push(format!("{w}(({a}) // ({b}))"));
                ours.push(outcome(arith::ops_i64::floordiv(a, b), wrap));
                exprs.push(format!("{w}(({a}) % ({b}))"));
                ours.push(outcome(arith::ops_i64::modulo(a, b), wrap));
                // CPython's exact results, checked against i64 range.
                let in_range = "(lambda v: v if -2**63 <= v < 2**63 else 'overflow')";
                exprs.push(format!("{in_range}(({a}) + ({b}))"));
                ours.push(
                    outcome(arith::add_ovf(a, b), wrap)
                        .replace("err OverflowError: integer overflow", "ok overflow"),
                );
                exprs.push(format!("{in_range}(({a}) * ({b}))"));
                ours.push(
                    outcome(arith::mul_ovf(a, b), wrap)
                        .replace("err OverflowError: integer overflow", "ok overflow"),
                );
            }
            for n in [-1i64, 0, 1, 5, 63, 64, 100] {
                exprs.push(format!(
                    "(lambda v: v if -2**63 <= v < 2**63 else 'overflow')(({a}) << ({n}))"
                ));
                ours.push(
                    outcome(arith::lshift_ovf(a, n), |v| v.to_string())
                        .replace("err OverflowError: integer overflow", "ok overflow"),
                );
                exprs.push(format!(
                    "({a}) >> ({n}) if ({n}) < 0 else ({a}) >> min({n}, 63)"
                ));
                ours.push(outcome(arith::ops_i64::rshift(a, n), |v| v.to_string()));
            }
        }
        let theirs = cpython(&exprs);
        for ((e, o), t) in exprs.iter().zip(&ours).zip(&theirs) {
            assert_eq!(o, t, "{e}");
        }
        assert_eq!(theirs.len(), exprs.len());
    });
}

#[test]
fn float_ops_match_cpython() {
    let vals = [0.0, -0.0, 1.0, -1.0, 2.5, -7.25, 3.0, 1e308, f64::INFINITY];
    runtime::gc::with_lock(|| {
        let mut exprs = Vec::new();
        let mut ours = Vec::new();
        for &a in &vals {
            for &b in &vals {
                let (ha, hb) = (hexf(a), hexf(b));
                let fa = format!("float.fromhex('{ha}')");
                let fb = format!("float.fromhex('{hb}')");
                exprs.push(format!("{fa} / {fb}"));
                ours.push(outcome(arith::float_truediv(a, b), float_hex));
                exprs.push(format!("{fa} // {fb}"));
                ours.push(outcome(arith::float_floordiv(a, b), float_hex));
                exprs.push(format!("{fa} % {fb}"));
                ours.push(outcome(arith::float_mod(a, b), float_hex));
            }
            exprs.push(format!(
                "(lambda v: v if -2**63 <= v < 2**63 else 'overflow')(int(float.fromhex('{}')))",
                hexf(a)
            ));
            ours.push(outcome(arith::float_to_int(a), |v| v.to_string()).replace(
                "err OverflowError: int too large to convert to machine integer",
                "ok overflow",
            ));
        }
        let theirs = cpython(&exprs);
        for ((e, o), t) in exprs.iter().zip(&ours).zip(&theirs) {
            assert_eq!(o, t, "{e}");
        }
    });
}

#[test]
fn index_checks() {
    runtime::gc::with_lock(|| {
        assert_eq!(arith::check_index(-1, 3, "m"), 2);
        assert_eq!(arith::check_index(2, 3, "m"), 2);
        assert!(!exc::occurred());
        arith::check_index(3, 3, "list index out of range");
        assert_eq!(
            exc::pending_message().as_deref(),
            Some("list index out of range")
        );
        exc::clear();
        arith::check_index(-4, 3, "m");
        assert!(exc::occurred());
        exc::clear();
        arith::check_index_nonneg(i64::MIN, 3, "m");
        assert!(exc::occurred());
        exc::clear();
        assert_eq!(arith::int_to_unichar(0x10FFFF), 0x10FFFF);
        arith::int_to_unichar(0x110000);
        assert_eq!(
            exc::pending_message().as_deref(),
            Some("chr() arg not in range(0x110000)")
        );
        exc::clear();
    });
}
