//! `str()`, `repr()` and `%`-formatting of compile-time values, with
//! CPython's output.

use flowgraph::print::{bytes_repr, float_repr, str_repr};
use flowgraph::Constant;

use super::ops::{const_to_bigint, const_to_f64, OpError, OpResult};
use crate::heap::{Heap, Object};

pub fn repr(heap: &Heap, v: &Constant) -> String {
    match v {
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Obj(r) => match heap.get(*r) {
            Object::List(items) => format!("[{}]", join_reprs(heap, items)),
            Object::Tuple(items) if items.len() == 1 => format!("({},)", repr(heap, &items[0])),
            Object::Tuple(items) => format!("({})", join_reprs(heap, items)),
            Object::Dict(d) => {
                let parts: Vec<String> = d
                    .entries
                    .values()
                    .map(|(k, v)| format!("{}: {}", repr(heap, k), repr(heap, v)))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            Object::Set(d) if d.entries.is_empty() => "set()".into(),
            Object::Set(d) => {
                let keys: Vec<Constant> = d.entries.values().map(|(k, _)| k.clone()).collect();
                format!("{{{}}}", join_reprs(heap, &keys))
            }
            Object::Class(c) => format!("<class '{}'>", qualified(c)),
            Object::Instance(i) => {
                let cls = heap.as_class(i.class).map(qualified).unwrap_or_default();
                format!("<{cls} object>")
            }
            _ => heap.describe(*r),
        },
        other => str_of(heap, other),
    }
}

fn qualified(c: &crate::heap::Class) -> String {
    if c.module_name.is_empty() || &*c.module_name == "builtins" {
        c.qualname.to_string()
    } else {
        format!("{}.{}", c.module_name, c.qualname)
    }
}

fn join_reprs(heap: &Heap, items: &[Constant]) -> String {
    items
        .iter()
        .map(|i| repr(heap, i))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn str_of(heap: &Heap, v: &Constant) -> String {
    match v {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::SizedInt(k, bits) => k.value(*bits).to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Str(s) => s.to_string(),
        Constant::Bytes(_) | Constant::Obj(_) => {
            if let Constant::Obj(r) = v {
                if let Object::Instance(i) = heap.get(*r) {
                    // Exception instances print their argument.
                    if let Some(Constant::Obj(args)) = i.attrs.get("args") {
                        if let Object::Tuple(items) = heap.get(*args) {
                            return match items.len() {
                                0 => String::new(),
                                1 => str_of(heap, &items[0]),
                                _ => repr(heap, &Constant::Obj(*args)),
                            };
                        }
                    }
                }
            }
            repr(heap, v)
        }
    }
}

/// Formats a float with C's `%.<prec><code>` (`code` in `e f g E F G`).
pub fn format_float(f: f64, code: char, prec: usize, alt: bool) -> String {
    if f.is_nan() {
        return if code.is_uppercase() { "NAN" } else { "nan" }.into();
    }
    if f.is_infinite() {
        let s = if f > 0.0 { "inf" } else { "-inf" };
        return if code.is_uppercase() {
            s.to_uppercase()
        } else {
            s.into()
        };
    }
    let out = match code.to_ascii_lowercase() {
        'f' => format!("{f:.prec$}"),
        'e' => c_exp(f, prec),
        _ => {
            // %g: scientific if exp < -4 or exp >= precision.
            let p = if prec == 0 { 1 } else { prec };
            let e = c_exp(f, p - 1);
            let exp: i32 = e
                .rsplit_once('e')
                .map(|(_, x)| x.parse().unwrap_or(0))
                .unwrap_or(0);
            let s = if exp < -4 || exp >= p as i32 {
                e
            } else {
                format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f)
            };
            if alt {
                s
            } else {
                strip_trailing_zeros(&s)
            }
        }
    };
    if code.is_uppercase() {
        out.to_uppercase()
    } else {
        out
    }
}

fn c_exp(f: f64, prec: usize) -> String {
    let s = format!("{f:.prec$e}");
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("int");
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn strip_trailing_zeros(s: &str) -> String {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}

/// `fmt % args` for strings.
pub fn percent_format(heap: &mut Heap, fmt: &str, args: &Constant) -> OpResult {
    let items: Vec<Constant> = match heap.tuple_items(args) {
        Some(items) => items.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = items.into_iter();
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek() {
            if "-+ #0".contains(f) {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        let mut prec: Option<usize> = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            prec = Some(p.parse().unwrap_or(0));
        }
        let code = chars
            .next()
            .ok_or_else(|| OpError::new("ValueError", "incomplete format"))?;
        if code == '%' {
            out.push('%');
            continue;
        }
        let arg = next
            .next()
            .ok_or_else(|| OpError::new("TypeError", "not enough arguments for format string"))?;
        let mut body = match code {
            's' => str_of(heap, &arg),
            'r' | 'a' => repr(heap, &arg),
            'd' | 'i' | 'u' => match &arg {
                Constant::Float(f) => format!("{}", f.trunc() as i64),
                other => const_to_bigint(other)
                    .ok_or_else(|| OpError::new("TypeError", "%d format: a number is required"))?
                    .to_string(),
            },
            'x' | 'X' | 'o' => {
                let n = const_to_bigint(&arg).ok_or_else(|| {
                    OpError::new(
                        "TypeError",
                        format!("%{code} format: an integer is required"),
                    )
                })?;
                let (neg, mag) = (n.sign() == num_bigint::Sign::Minus, n.magnitude().clone());
                let digits = match code {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    _ => mag.to_str_radix(8),
                };
                let prefix = if flags.contains('#') {
                    match code {
                        'x' => "0x",
                        'X' => "0X",
                        _ => "0o",
                    }
                } else {
                    ""
                };
                format!("{}{prefix}{digits}", if neg { "-" } else { "" })
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = const_to_f64(&arg)
                    .ok_or_else(|| OpError::new("TypeError", "must be real number"))?;
                format_float(f, code, prec.unwrap_or(6), flags.contains('#'))
            }
            'c' => match &arg {
                Constant::Str(s) if s.chars().count() == 1 => s.to_string(),
                other => const_to_bigint(other)
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| OpError::new("TypeError", "%c requires int or char"))?
                    .to_string(),
            },
            other => {
                return Err(OpError::new(
                    "ValueError",
                    format!("unsupported format character '{other}'"),
                ))
            }
        };
        if let (Some(p), 's' | 'r') = (prec, code) {
            body = body.chars().take(p).collect();
        }
        if "dioxXuf FeEgG".contains(code) && !body.starts_with('-') {
            if flags.contains('+') {
                body.insert(0, '+');
            } else if flags.contains(' ') {
                body.insert(0, ' ');
            }
        }
        let width: usize = width.parse().unwrap_or(0);
        let len = body.chars().count();
        if len < width {
            let pad = width - len;
            if flags.contains('-') {
                body.push_str(&" ".repeat(pad));
            } else if flags.contains('0') && "dioxXufFeEgG".contains(code) {
                let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
                body.insert_str(sign_len, &"0".repeat(pad));
            } else {
                body.insert_str(0, &" ".repeat(pad));
            }
        }
        out.push_str(&body);
    }
    if next.next().is_some() {
        return Err(OpError::new(
            "TypeError",
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Constant::Str(out.into()))
}
