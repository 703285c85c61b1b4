//! `str()`, `repr()` and `%`-formatting of compile-time values, with
//! CPython's output.

use flowgraph::print::{bytes_repr, float_repr, str_repr};
use flowgraph::{Constant, ObjRef, Span};

use super::ops::{const_to_bigint, const_to_f64, OpError, OpResult};
use super::{Interp, Unwind};
use crate::heap::{ClassKind, Heap, Object};

/// What `str()`, `repr()` and `%`-formatting need besides the heap: the
/// evaluator calls user `__str__`/`__repr__` methods (also for the items of
/// containers, like CPython); the pure version (flow-time folding,
/// diagnostics) shows instances as `<module.Class object>`.
pub trait Stringify {
    type Err;
    fn heap(&self) -> &Heap;
    /// The result of the special method `name` (`__str__` or `__repr__`)
    /// when the value's class defines one.
    fn special(&mut self, v: &Constant, name: &str) -> Result<Option<String>, Self::Err>;
    /// Marks a container as being shown; `false` if it already is (a
    /// reference cycle, shown as `[...]`).
    fn enter(&mut self, r: ObjRef) -> bool;
    fn leave(&mut self, r: ObjRef);
    fn error(&mut self, e: OpError) -> Self::Err;
}

/// Formatting without running user code.
struct Pure<'a> {
    heap: &'a Heap,
    shown: Vec<ObjRef>,
}

impl Pure<'_> {
    fn new(heap: &Heap) -> Pure<'_> {
        Pure {
            heap,
            shown: Vec::new(),
        }
    }
}

impl Stringify for Pure<'_> {
    type Err = OpError;
    fn heap(&self) -> &Heap {
        self.heap
    }
    fn special(&mut self, _: &Constant, _: &str) -> Result<Option<String>, OpError> {
        Ok(None)
    }
    fn enter(&mut self, r: ObjRef) -> bool {
        enter(&mut self.shown, r)
    }
    fn leave(&mut self, r: ObjRef) {
        leave(&mut self.shown, r)
    }
    fn error(&mut self, e: OpError) -> OpError {
        e
    }
}

fn enter(shown: &mut Vec<ObjRef>, r: ObjRef) -> bool {
    if shown.contains(&r) {
        return false;
    }
    shown.push(r);
    true
}

fn leave(shown: &mut Vec<ObjRef>, r: ObjRef) {
    if let Some(i) = shown.iter().rposition(|x| *x == r) {
        shown.remove(i);
    }
}

/// Formatting by the evaluator: calls user `__str__` and `__repr__`.
pub(crate) struct UserFmt<'a> {
    pub interp: &'a mut Interp,
    pub span: Span,
}

impl Stringify for UserFmt<'_> {
    type Err = Unwind;
    fn heap(&self) -> &Heap {
        &self.interp.heap
    }
    fn special(&mut self, v: &Constant, name: &str) -> Result<Option<String>, Unwind> {
        match self.interp.call_special(v, name, vec![], self.span)? {
            None => Ok(None),
            Some(Constant::Str(s)) => Ok(Some(s.to_string())),
            Some(other) => {
                let t = self.interp.type_name(&other);
                let msg = format!("{name} returned non-string (type {t})");
                Err(self.interp.raise("TypeError", msg, self.span))
            }
        }
    }
    fn enter(&mut self, r: ObjRef) -> bool {
        enter(&mut self.interp.repr_stack, r)
    }
    fn leave(&mut self, r: ObjRef) {
        leave(&mut self.interp.repr_stack, r)
    }
    fn error(&mut self, e: OpError) -> Unwind {
        self.interp.op_error(e, self.span)
    }
}

fn pure_result(r: Result<String, OpError>) -> String {
    r.unwrap_or_else(|_| unreachable!("pure str()/repr() cannot fail"))
}

/// `repr(v)` without running user code.
pub fn repr(heap: &Heap, v: &Constant) -> String {
    pure_result(repr_with(&mut Pure::new(heap), v))
}

/// `str(v)` without running user code.
pub fn str_of(heap: &Heap, v: &Constant) -> String {
    pure_result(str_with(&mut Pure::new(heap), v))
}

/// The parts of a value that `repr` shows (copied out of the heap, since
/// showing the items may run user code).
enum Shape {
    Seq {
        open: &'static str,
        close: &'static str,
        items: Vec<Constant>,
    },
    Dict(Vec<(Constant, Constant)>),
    Set(Vec<Constant>),
    Exception {
        name: String,
        args: Vec<Constant>,
        kind: ExcKind,
    },
    /// Classes, instances and other objects (shown by their class or
    /// description).
    Other,
}

/// Exception classes whose `__str__` is not `BaseException.__str__`.
enum ExcKind {
    Plain,
    /// Shows the repr of its one argument (the missing key).
    KeyError,
    /// `msg (filename, line N)`.
    SyntaxError {
        msg: Constant,
        filename: Constant,
        lineno: Constant,
    },
}

fn shape(heap: &Heap, r: ObjRef) -> Shape {
    match heap.get(r) {
        Object::List(items) => Shape::Seq {
            open: "[",
            close: "]",
            items: items.clone(),
        },
        Object::Tuple(items) => Shape::Seq {
            open: "(",
            close: ")",
            items: items.clone(),
        },
        Object::Dict(d) => Shape::Dict(d.entries.values().cloned().collect()),
        Object::Set(d) => Shape::Set(d.entries.values().map(|(k, _)| k.clone()).collect()),
        Object::Instance(i) if heap.is_subclass(i.class, heap.known().base_exception) => {
            let args = match i.attrs.get("args") {
                Some(a) => heap
                    .tuple_items(a)
                    .map_or_else(|| vec![a.clone()], <[_]>::to_vec),
                None => vec![],
            };
            let derives = |base: &str| {
                heap.as_class(i.class).is_some_and(|c| {
                    c.mro.iter().any(|k| {
                        heap.as_class(*k)
                            .is_some_and(|k| k.kind == ClassKind::Exception && &*k.name == base)
                    })
                })
            };
            let kind = if derives("KeyError") {
                ExcKind::KeyError
            } else if derives("SyntaxError") {
                let attr = |name: &str| i.attrs.get(name).cloned().unwrap_or(Constant::None);
                ExcKind::SyntaxError {
                    msg: attr("msg"),
                    filename: attr("filename"),
                    lineno: attr("lineno"),
                }
            } else {
                ExcKind::Plain
            };
            Shape::Exception {
                name: heap
                    .as_class(i.class)
                    .map_or("?".into(), |c| c.name.to_string()),
                args,
                kind,
            }
        }
        _ => Shape::Other,
    }
}

/// `repr(v)`.
pub fn repr_with<S: Stringify>(s: &mut S, v: &Constant) -> Result<String, S::Err> {
    let r = match v {
        Constant::Str(x) => return Ok(str_repr(x)),
        Constant::Bytes(b) => return Ok(bytes_repr(b)),
        Constant::Obj(r) => *r,
        other => return Ok(prim_str(other)),
    };
    if let Some(out) = s.special(v, "__repr__")? {
        return Ok(out);
    }
    let shape = shape(s.heap(), r);
    let cycle = match &shape {
        Shape::Seq { open: "[", .. } => "[...]",
        Shape::Seq { .. } => "(...)",
        Shape::Dict(_) => "{...}",
        _ => "",
    };
    if !cycle.is_empty() && !s.enter(r) {
        return Ok(cycle.into());
    }
    let out = show(s, r, shape);
    if !cycle.is_empty() {
        s.leave(r);
    }
    out
}

/// The repr of a value of the given shape.
fn show<S: Stringify>(s: &mut S, r: ObjRef, shape: Shape) -> Result<String, S::Err> {
    Ok(match shape {
        Shape::Seq { open, close, items } => seq_repr(s, open, close, &items)?,
        Shape::Dict(pairs) => {
            let mut parts = Vec::with_capacity(pairs.len());
            for (k, v) in &pairs {
                parts.push(format!("{}: {}", repr_with(s, k)?, repr_with(s, v)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Shape::Set(keys) if keys.is_empty() => "set()".into(),
        Shape::Set(keys) => format!("{{{}}}", join_reprs(s, &keys)?),
        // `BaseException.__repr__`: the class name and the arguments.
        Shape::Exception { name, args, .. } => match args.as_slice() {
            [one] => format!("{name}({})", repr_with(s, one)?),
            _ => format!("{name}({})", join_reprs(s, &args)?),
        },
        Shape::Other => {
            let heap = s.heap();
            match heap.get(r) {
                Object::Class(c) => format!("<class '{}'>", qualified(c)),
                Object::Instance(i) => {
                    let cls = heap.as_class(i.class).map(qualified).unwrap_or_default();
                    format!("<{cls} object>")
                }
                _ => heap.describe(r),
            }
        }
    })
}

fn qualified(c: &crate::heap::Class) -> String {
    if c.module_name.is_empty() || &*c.module_name == "builtins" {
        c.qualname.to_string()
    } else {
        format!("{}.{}", c.module_name, c.qualname)
    }
}

fn seq_repr<S: Stringify>(
    s: &mut S,
    open: &str,
    close: &str,
    items: &[Constant],
) -> Result<String, S::Err> {
    let body = join_reprs(s, items)?;
    // A one-item tuple keeps its comma.
    let comma = if open == "(" && items.len() == 1 {
        ","
    } else {
        ""
    };
    Ok(format!("{open}{body}{comma}{close}"))
}

fn join_reprs<S: Stringify>(s: &mut S, items: &[Constant]) -> Result<String, S::Err> {
    let mut parts = Vec::with_capacity(items.len());
    for i in items {
        parts.push(repr_with(s, i)?);
    }
    Ok(parts.join(", "))
}

/// `str()` of the values that are not objects.
fn prim_str(v: &Constant) -> String {
    match v {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::SizedInt(k, bits) => k.value(*bits).to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Str(s) => s.to_string(),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Obj(_) => unreachable!("objects are shown by repr_with"),
    }
}

/// `str(v)`: the class's `__str__`, the arguments of an exception, or the
/// repr.
pub fn str_with<S: Stringify>(s: &mut S, v: &Constant) -> Result<String, S::Err> {
    let Constant::Obj(r) = v else {
        return Ok(prim_str(v));
    };
    if let Some(out) = s.special(v, "__str__")? {
        return Ok(out);
    }
    match shape(s.heap(), *r) {
        // `BaseException.__str__` (`KeyError.__str__` shows the key's repr).
        Shape::Exception {
            kind:
                ExcKind::SyntaxError {
                    msg,
                    filename,
                    lineno,
                },
            ..
        } if msg != Constant::None => {
            let msg = str_with(s, &msg)?;
            Ok(match (filename, lineno) {
                (Constant::Str(f), Constant::Int(n)) => format!("{msg} ({f}, line {n})"),
                (Constant::Str(f), _) => format!("{msg} ({f})"),
                (_, Constant::Int(n)) => format!("{msg} (line {n})"),
                _ => msg,
            })
        }
        Shape::Exception { args, kind, .. } => match args.as_slice() {
            [] => Ok(String::new()),
            [one] if matches!(kind, ExcKind::KeyError) => repr_with(s, one),
            [one] => str_with(s, one),
            _ => seq_repr(s, "(", ")", &args),
        },
        _ => repr_with(s, v),
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

/// `fmt % args` for strings, without running user code.
pub fn percent_format(heap: &Heap, fmt: &str, args: &Constant) -> OpResult {
    percent_format_with(&mut Pure::new(heap), fmt, args).map(|s| Constant::Str(s.into()))
}

/// `fmt % args` for strings (`%s` and `%r` use [`str_with`] and
/// [`repr_with`]).
pub fn percent_format_with<S: Stringify>(
    s: &mut S,
    fmt: &str,
    args: &Constant,
) -> Result<String, S::Err> {
    let items: Vec<Constant> = match s.heap().tuple_items(args) {
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
        let Some(code) = chars.next() else {
            return Err(s.error(OpError::new("ValueError", "incomplete format")));
        };
        if code == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = next.next() else {
            let e = OpError::new("TypeError", "not enough arguments for format string");
            return Err(s.error(e));
        };
        let mut body = match code {
            's' => str_with(s, &arg)?,
            'r' | 'a' => repr_with(s, &arg)?,
            _ => match percent_number(code, &arg, &flags, prec) {
                Ok(b) => b,
                Err(e) => return Err(s.error(e)),
            },
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
        let e = OpError::new(
            "TypeError",
            "not all arguments converted during string formatting",
        );
        return Err(s.error(e));
    }
    Ok(out)
}

/// The digits of a numeric `%` conversion (`%d`, `%x`, `%f`, `%c`...).
fn percent_number(
    code: char,
    arg: &Constant,
    flags: &str,
    prec: Option<usize>,
) -> Result<String, OpError> {
    Ok(match code {
        'd' | 'i' | 'u' => match arg {
            Constant::Float(f) => format!("{}", f.trunc() as i64),
            other => const_to_bigint(other)
                .ok_or_else(|| OpError::new("TypeError", "%d format: a number is required"))?
                .to_string(),
        },
        'x' | 'X' | 'o' => {
            let n = const_to_bigint(arg).ok_or_else(|| {
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
            let f = const_to_f64(arg)
                .ok_or_else(|| OpError::new("TypeError", "must be real number"))?;
            format_float(f, code, prec.unwrap_or(6), flags.contains('#'))
        }
        'c' => match arg {
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
    })
}

// ----- format specifications -----

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct Spec {
    fill: char,
    /// Whether `fill` was given (a `0` flag does not override it).
    fill_given: bool,
    align: Option<char>,
    sign: char,
    /// `z`: negative zero becomes zero.
    z: bool,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    prec: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, OpError> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: '-',
        z: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        prec: None,
        ty: None,
    };
    let mut i = 0;
    let is_align = |ch: char| "<>=^".contains(ch);
    if c.len() >= 2 && is_align(c[1]) {
        (s.fill, s.fill_given, s.align) = (c[0], true, Some(c[1]));
        i = 2;
    } else if c.first().is_some_and(|ch| is_align(*ch)) {
        s.align = Some(c[0]);
        i = 1;
    }
    let at = |i: usize, set: &str| c.get(i).is_some_and(|ch| set.contains(*ch));
    if at(i, "+- ") {
        s.sign = c[i];
        i += 1;
    }
    if at(i, "z") {
        s.z = true;
        i += 1;
    }
    if at(i, "#") {
        s.alt = true;
        i += 1;
    }
    if at(i, "0") {
        s.zero = true;
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while c.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        c[start..*i].iter().collect::<String>()
    };
    s.width = digits(&mut i).parse().unwrap_or(0);
    if at(i, ",_") {
        s.grouping = Some(c[i]);
        i += 1;
    }
    if at(i, ".") {
        i += 1;
        let p = digits(&mut i);
        if p.is_empty() {
            return Err(OpError::new(
                "ValueError",
                "Format specifier missing precision",
            ));
        }
        s.prec = p.parse().ok();
    }
    if i < c.len() {
        s.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(OpError::new(
            "ValueError",
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
        ));
    }
    Ok(s)
}

/// `format(v, spec)` for strings and numbers (`format()`, f-strings and
/// `str.format` with a non-empty spec).
pub fn format_spec(heap: &Heap, v: &Constant, spec: &str) -> Result<String, OpError> {
    let type_name = heap
        .as_class(heap.type_of(v))
        .map_or("?".to_string(), |c| c.name.to_string());
    let s = parse_spec(spec, &type_name)?;
    let unknown = |ty: char| {
        OpError::new(
            "ValueError",
            format!("Unknown format code '{ty}' for object of type '{type_name}'"),
        )
    };
    let (sign, prefix, body) = match v {
        Constant::Str(text) => {
            if let Some(ty) = s.ty.filter(|t| *t != 's') {
                return Err(unknown(ty));
            }
            let not_allowed = |what: &str| {
                Err(OpError::new(
                    "ValueError",
                    format!("{what} not allowed in string format specifier"),
                ))
            };
            if s.sign != '-' {
                return not_allowed("Sign");
            }
            if s.alt {
                return not_allowed("Alternate form (#)");
            }
            if s.align == Some('=') {
                return not_allowed("'=' alignment");
            }
            let body: String = match s.prec {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_string(),
            };
            return Ok(pad(&s, "", &body, '<'));
        }
        Constant::Float(f) => {
            format_float_spec(&s, *f).ok_or_else(|| unknown(s.ty.unwrap_or(' ')))?
        }
        _ => {
            let Some(n) = const_to_bigint(v) else {
                return Err(OpError::new(
                    "TypeError",
                    format!("unsupported format string passed to {type_name}.__format__"),
                ));
            };
            match s.ty {
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    let f = n.to_string().parse::<f64>().unwrap_or(f64::INFINITY);
                    format_float_spec(&s, f).expect("a float presentation type")
                }
                ty => format_int_spec(&s, &n).ok_or_else(|| unknown(ty.unwrap_or(' ')))??,
            }
        }
    };
    let sign = match (sign, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    Ok(pad(&s, &format!("{sign}{prefix}"), &body, '>'))
}

/// The sign (`true`: negative), prefix (`0x`) and digits of an integer;
/// `None` for an unknown presentation type.
fn format_int_spec(
    s: &Spec,
    n: &num_bigint::BigInt,
) -> Option<Result<(bool, &'static str, String), OpError>> {
    let err = |m: &str| Some(Err(OpError::new("ValueError", m)));
    if s.prec.is_some() {
        return err("Precision not allowed in integer format specifier");
    }
    if s.z {
        return err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let neg = n.sign() == num_bigint::Sign::Minus;
    let mag = n.magnitude();
    let (radix, prefix) = match s.ty {
        None | Some('d' | 'n') => (10, ""),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        Some('o') => (8, "0o"),
        Some('b') => (2, "0b"),
        Some('c') => {
            let ch = u32::try_from(mag)
                .ok()
                .and_then(char::from_u32)
                .filter(|_| !neg);
            return Some(match ch {
                Some(ch) => Ok((false, "", ch.to_string())),
                None => Err(OpError::new(
                    "OverflowError",
                    "%c arg not in range(0x110000)",
                )),
            });
        }
        Some(_) => return None,
    };
    let mut digits = mag.to_str_radix(radix);
    if s.ty == Some('X') {
        digits = digits.to_uppercase();
    }
    let digits = match s.grouping {
        Some(g) => group(&digits, g, if radix == 10 { 3 } else { 4 }),
        None => digits,
    };
    Some(Ok((neg, if s.alt { prefix } else { "" }, digits)))
}

/// The sign (`true`: negative) and digits of a float; `None` for an
/// unknown presentation type.
fn format_float_spec(s: &Spec, f: f64) -> Option<(bool, &'static str, String)> {
    let prec = s.prec;
    let mut body = match s.ty {
        None => match prec {
            None => float_repr(f.abs()),
            Some(p) => float_none_format(f.abs(), p),
        },
        Some(ty @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => {
            format_float(f.abs(), ty, prec.unwrap_or(6), s.alt)
        }
        Some('n') => format_float(f.abs(), 'g', prec.unwrap_or(6), s.alt),
        Some('%') => format!(
            "{}%",
            format_float(f.abs() * 100.0, 'f', prec.unwrap_or(6), s.alt)
        ),
        Some(_) => return None,
    };
    if let Some(g) = s.grouping {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        body = format!("{}{}", group(&body[..end], g, 3), &body[end..]);
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    // `z`: a negative value that rounds to zero loses its sign.
    if s.z && neg && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        neg = false;
    }
    Some((neg, "", body))
}

/// A float without presentation type but with a precision: like `g`, but
/// switching to exponent notation one digit earlier and keeping a `.0`.
fn float_none_format(f: f64, prec: usize) -> String {
    if !f.is_finite() {
        return format_float(f, 'g', prec, false);
    }
    let p = prec.max(1);
    let e = c_exp(f, p - 1);
    let exp: i32 = e
        .rsplit_once('e')
        .map_or(0, |(_, x)| x.parse().unwrap_or(0));
    if exp < -4 || exp >= p as i32 - 1 {
        return strip_trailing_zeros(&e);
    }
    let s = strip_trailing_zeros(&format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f));
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

/// Inserts `sep` every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `prefix + body` to the spec's width (`=` pads between them).
fn pad(s: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let (mut fill, mut align) = (s.fill, s.align);
    if s.zero && !s.fill_given {
        fill = '0';
        if align.is_none() && default_align == '>' {
            align = Some('=');
        }
    }
    if len >= s.width {
        return format!("{prefix}{body}");
    }
    let n = s.width - len;
    let fills = |k: usize| fill.to_string().repeat(k);
    match align.unwrap_or(default_align) {
        '<' => format!("{prefix}{body}{}", fills(n)),
        '^' => format!("{}{prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{prefix}{}{body}", fills(n)),
        _ => format!("{}{prefix}{body}", fills(n)),
    }
}
