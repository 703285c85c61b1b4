//! Methods of builtin values at import time: `str`, `bytes`, `list`,
//! `tuple`, `dict` and `set` (one table of method names per type, one
//! implementation function per type), with CPython's semantics and error
//! messages.
//!
//! Differences from CPython, all deliberate:
//! - `dict.keys()`, `dict.values()` and `dict.items()` return lists: at import
//!   time a view is a snapshot of the dict when the method was called.
//! - `set.pop()` removes the oldest element (CPython removes an arbitrary
//!   one).
//! - Character classes (`isdigit`, `isidentifier`...) use Rust's Unicode
//!   tables, which agree with CPython's on ASCII and on common letters.
//! - Only the `utf-8`, `ascii` and `latin-1` codecs exist, with the `strict`,
//!   `ignore` and `replace` error handlers.

use std::rc::Rc;

use flowgraph::{Constant, ObjRef, Span};
use num_traits::{Signed, ToPrimitive};

use super::{ops, Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{Dict, Heap, Object};

pub const STR_METHODS: &[&str] = &[
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "startswith",
    "endswith",
    "upper",
    "lower",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "encode",
    "format",
    "count",
    "splitlines",
    "ljust",
    "rjust",
    "center",
    "zfill",
    "title",
    "capitalize",
    "swapcase",
    "partition",
    "rpartition",
    "isidentifier",
    "expandtabs",
];
pub const BYTES_METHODS: &[&str] = &[
    "decode",
    "join",
    "split",
    "strip",
    "startswith",
    "endswith",
    "find",
    "replace",
];
pub const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "remove", "index", "count", "reverse", "sort", "copy",
    "clear",
];
pub const TUPLE_METHODS: &[&str] = &["index", "count"];
pub const DICT_METHODS: &[&str] = &[
    "get",
    "setdefault",
    "pop",
    "keys",
    "values",
    "items",
    "update",
    "copy",
    "clear",
    "popitem",
];
pub const SET_METHODS: &[&str] = &[
    "add", "discard", "remove", "pop", "update", "copy", "clear", "union",
];

/// Methods shared by `str` and `bytes` (implemented once in [`text_method`]).
const TEXT_METHODS: &[&str] = &[
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "partition",
    "rpartition",
];

fn methods_of(heap: &Heap, v: &Constant) -> &'static [&'static str] {
    match v {
        Constant::Str(_) => STR_METHODS,
        Constant::Bytes(_) => BYTES_METHODS,
        Constant::Obj(r) => match heap.get(*r) {
            Object::List(_) => LIST_METHODS,
            Object::Tuple(_) => TUPLE_METHODS,
            Object::Dict(_) => DICT_METHODS,
            Object::Set(_) => SET_METHODS,
            _ => &[],
        },
        _ => &[],
    }
}

pub fn has_method(heap: &Heap, v: &Constant, name: &str) -> bool {
    methods_of(heap, v).contains(&name)
}

type Kwargs = Vec<(Rc<str>, Constant)>;

pub fn call_method(
    interp: &mut Interp,
    receiver: &Constant,
    name: &str,
    args: Vec<Constant>,
    kwargs: Kwargs,
    span: Span,
) -> R<Constant> {
    let call = Call {
        args,
        kwargs,
        span,
        owner: interp.type_name(receiver),
    };
    match receiver {
        Constant::Str(s) => str_method(interp, s, name, call),
        Constant::Bytes(b) => bytes_method(interp, b, name, call),
        Constant::Obj(r) => match interp.heap.get(*r) {
            Object::List(_) => list_method(interp, *r, name, call),
            Object::Tuple(_) => tuple_method(interp, *r, name, call),
            Object::Dict(_) => dict_method(interp, *r, name, call),
            Object::Set(_) => set_method(interp, *r, name, call),
            _ => Err(not_yet(interp, receiver, name, span)),
        },
        _ => Err(not_yet(interp, receiver, name, span)),
    }
}

fn not_yet(interp: &Interp, receiver: &Constant, name: &str, span: Span) -> super::Unwind {
    Diagnostic::not_supported_yet(
        span,
        &format!("{}.{name}() at import time", interp.type_name(receiver)),
    )
    .into()
}

// ----- arguments -----

/// The arguments of one method call.
struct Call {
    args: Vec<Constant>,
    kwargs: Kwargs,
    span: Span,
    /// The receiver's type name (for messages).
    owner: String,
}

/// Arguments bound to a method's parameters (`None`: not given).
struct Bound(Vec<Option<Constant>>);

impl Bound {
    /// A required argument (checked by [`Call::bind`]).
    fn req(&self, i: usize) -> Constant {
        self.0[i].clone().expect("required argument bound")
    }
    fn opt(&self, i: usize) -> Option<Constant> {
        self.0[i].clone()
    }
}

impl Call {
    /// Binds the arguments to `params`, of which the first `required` are
    /// mandatory; a name starting with `*` is keyword-only.
    fn bind(self, interp: &mut Interp, name: &str, params: &[&str], required: usize) -> R<Bound> {
        let span = self.span;
        let npos = params.iter().take_while(|p| !p.starts_with('*')).count();
        let given = self.args.len();
        // CPython names the type in the messages of one-argument methods.
        let exactly_one = format!(
            "{}.{name}() takes exactly one argument ({given} given)",
            self.owner
        );
        let mut err = |msg: String| -> R<Bound> { Err(interp.raise("TypeError", msg, span)) };
        let one = npos == 1 && required == 1;
        if given > npos {
            return err(match npos {
                0 => format!("{name}() takes no positional arguments"),
                _ if one => exactly_one,
                n => format!(
                    "{name}() takes at most {n} argument{} ({given} given)",
                    plural(n)
                ),
            });
        }
        let mut out: Vec<Option<Constant>> = vec![None; params.len()];
        for (slot, v) in out.iter_mut().zip(self.args) {
            *slot = Some(v);
        }
        for (k, v) in self.kwargs {
            match params.iter().position(|p| p.trim_start_matches('*') == &*k) {
                Some(i) if out[i].is_none() => out[i] = Some(v),
                Some(_) => return err(format!("{name}() got multiple values for argument '{k}'")),
                None => return err(format!("{name}() got an unexpected keyword argument '{k}'")),
            }
        }
        if out[..required].iter().any(Option::is_none) {
            return err(match required {
                _ if one => exactly_one,
                n => format!(
                    "{name}() takes at least {n} argument{} ({given} given)",
                    plural(n)
                ),
            });
        }
        Ok(Bound(out))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// An integer argument (`maxsplit`, `width`, a list index...).
fn int_arg(interp: &mut Interp, v: &Constant, span: Span) -> R<i64> {
    match ops::const_to_bigint(v) {
        Some(n) => n.to_i64().ok_or_else(|| {
            interp.raise(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
                span,
            )
        }),
        None => {
            let t = interp.type_name(v);
            Err(interp.raise(
                "TypeError",
                format!("'{t}' object cannot be interpreted as an integer"),
                span,
            ))
        }
    }
}

/// An optional integer argument (`maxsplit`, `count`...).
fn opt_int(interp: &mut Interp, v: Option<Constant>, default: i64, span: Span) -> R<i64> {
    v.map_or(Ok(default), |v| int_arg(interp, &v, span))
}

/// An optional flag argument (`keepends`, `reverse`).
fn opt_truth(interp: &mut Interp, v: Option<Constant>, span: Span) -> R<bool> {
    v.map_or(Ok(false), |v| interp.truth(&v, span))
}

/// A slice-like index argument (`start`, `end`): absent or `None` gives
/// `default`; huge values saturate like CPython's.
fn index_arg(interp: &mut Interp, v: Option<Constant>, default: i64, span: Span) -> R<i64> {
    match v {
        None | Some(Constant::None) => Ok(default),
        Some(v) => match ops::const_to_bigint(&v) {
            Some(n) => Ok(n.to_i64().unwrap_or(if n.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            None => {
                let msg = "slice indices must be integers or None or have an __index__ method";
                Err(interp.raise("TypeError", msg, span))
            }
        },
    }
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end; `end`
/// is clamped to `len`, `start` may stay beyond it.
fn window(len: usize, start: i64, end: i64) -> (usize, usize) {
    let len = len as i64;
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    (fix(start) as usize, fix(end).min(len) as usize)
}

/// The `start`/`end` arguments at positions `i` and `i + 1`.
fn window_args(
    interp: &mut Interp,
    len: usize,
    a: &Bound,
    i: usize,
    span: Span,
) -> R<(usize, usize)> {
    let start = index_arg(interp, a.opt(i), 0, span)?;
    let end = index_arg(interp, a.opt(i + 1), len as i64, span)?;
    Ok(window(len, start, end))
}

// ----- str and bytes -----

/// A unit of a text value: `char` for `str`, `u8` for `bytes`.
trait Unit: Copy + PartialEq {
    const BYTES: bool;
    fn is_space(self) -> bool;
    fn wrap(units: Vec<Self>) -> Constant;
    fn unwrap(c: &Constant) -> Option<Vec<Self>>;
    /// The byte an integer argument denotes (`b"ab".find(98)`).
    fn from_int(i: i64) -> Option<Self>;
}

impl Unit for char {
    const BYTES: bool = false;
    fn is_space(self) -> bool {
        py_space(self)
    }
    fn wrap(units: Vec<char>) -> Constant {
        Constant::Str(units.into_iter().collect::<String>().into())
    }
    fn unwrap(c: &Constant) -> Option<Vec<char>> {
        if let Constant::Str(s) = c {
            Some(s.chars().collect())
        } else {
            None
        }
    }
    fn from_int(_: i64) -> Option<char> {
        None
    }
}

impl Unit for u8 {
    const BYTES: bool = true;
    fn is_space(self) -> bool {
        b" \t\n\r\x0b\x0c".contains(&self)
    }
    fn wrap(units: Vec<u8>) -> Constant {
        Constant::Bytes(units.into())
    }
    fn unwrap(c: &Constant) -> Option<Vec<u8>> {
        if let Constant::Bytes(b) = c {
            Some(b.to_vec())
        } else {
            None
        }
    }
    fn from_int(i: i64) -> Option<u8> {
        u8::try_from(i).ok()
    }
}

/// Python's `str.isspace` for one character.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn text_arg<T: Unit>(interp: &mut Interp, v: &Constant, span: Span) -> R<Vec<T>> {
    T::unwrap(v).ok_or_else(|| {
        let t = interp.type_name(v);
        let msg = if T::BYTES {
            format!("a bytes-like object is required, not '{t}'")
        } else {
            format!("must be str, not {t}")
        };
        interp.raise("TypeError", msg, span)
    })
}

/// An optional text argument (`sep`, `chars`): absent or `None` gives `None`.
fn opt_text<T: Unit>(interp: &mut Interp, v: Option<Constant>, span: Span) -> R<Option<Vec<T>>> {
    match v {
        None | Some(Constant::None) => Ok(None),
        Some(v) => text_arg(interp, &v, span).map(Some),
    }
}

/// A searched-for argument: text, or for bytes an integer byte value.
fn sub_arg<T: Unit>(interp: &mut Interp, v: &Constant, span: Span) -> R<Vec<T>> {
    if !T::BYTES {
        return text_arg(interp, v, span);
    }
    if let Some(units) = T::unwrap(v) {
        return Ok(units);
    }
    match ops::const_to_bigint(v) {
        Some(i) => i
            .to_i64()
            .and_then(T::from_int)
            .map(|u| vec![u])
            .ok_or_else(|| interp.raise("ValueError", "byte must be in range(0, 256)", span)),
        None => {
            let t = interp.type_name(v);
            let msg = format!("argument should be integer or bytes-like object, not '{t}'");
            Err(interp.raise("TypeError", msg, span))
        }
    }
}

/// The prefixes/suffixes of `startswith`/`endswith`: one text or a tuple.
fn affix_args<T: Unit>(
    interp: &mut Interp,
    name: &str,
    v: &Constant,
    span: Span,
) -> R<Vec<Vec<T>>> {
    if let Some(one) = T::unwrap(v) {
        return Ok(vec![one]);
    }
    let tuple = interp.heap.tuple_items(v).map(<[Constant]>::to_vec);
    let items: Option<Vec<Vec<T>>> = tuple
        .as_ref()
        .and_then(|t| t.iter().map(T::unwrap).collect());
    items.ok_or_else(|| {
        let t = interp.type_name(v);
        let what = if T::BYTES { "bytes" } else { "str" };
        interp.raise(
            "TypeError",
            format!("{name} first arg must be {what} or a tuple of {what}, not {t}"),
            span,
        )
    })
}

/// The first (or last) occurrence of `sub` in `s[start..end]`, as an index
/// into `s`.
fn find_in<T: PartialEq>(
    s: &[T],
    sub: &[T],
    start: usize,
    end: usize,
    from_right: bool,
) -> Option<usize> {
    if end < start || end - start < sub.len() {
        return None;
    }
    let matches = |i: &usize| s[*i..*i + sub.len()] == *sub;
    let last = end - sub.len();
    if from_right {
        (start..=last).rev().find(matches)
    } else {
        (start..=last).find(matches)
    }
}

/// Non-overlapping occurrences of `sub` in `s[start..end]`.
fn count_in<T: PartialEq>(s: &[T], sub: &[T], start: usize, end: usize) -> usize {
    if end < start || end - start < sub.len() {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let (mut n, mut i) = (0, start);
    while let Some(j) = find_in(s, sub, i, end, false) {
        n += 1;
        i = j + sub.len();
    }
    n
}

/// Whether `s[start..end]` starts (or ends) with `affix`.
fn affix_match<T: PartialEq>(s: &[T], affix: &[T], start: usize, end: usize, at_end: bool) -> bool {
    if end < start || end - start < affix.len() {
        return false;
    }
    let at = if at_end { end - affix.len() } else { start };
    s[at..at + affix.len()] == *affix
}

/// `split(sep, maxsplit)` from the left (`rsplit` runs it on the reversed
/// text).
fn split_units<T: Unit>(s: &[T], sep: Option<&[T]>, maxsplit: i64) -> Vec<Vec<T>> {
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while out.len() < max {
                let Some(i) = find_in(rest, sep, 0, rest.len(), false) else {
                    break;
                };
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
            }
            out.push(rest.to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < s.len() && s[i].is_space() {
                    i += 1;
                }
                if i == s.len() {
                    break;
                }
                if out.len() == max {
                    out.push(s[i..].to_vec());
                    break;
                }
                let start = i;
                while i < s.len() && !s[i].is_space() {
                    i += 1;
                }
                out.push(s[start..i].to_vec());
            }
        }
    }
    out
}

fn rsplit_units<T: Unit>(s: &[T], sep: Option<&[T]>, maxsplit: i64) -> Vec<Vec<T>> {
    let rev = |v: &[T]| v.iter().rev().copied().collect::<Vec<T>>();
    let sep = sep.map(rev);
    let mut parts = split_units(&rev(s), sep.as_deref(), maxsplit);
    parts.reverse();
    parts.iter().map(|p| rev(p)).collect()
}

/// Strips units in `chars` (whitespace when `None`) from either end.
fn strip_units<'a, T: Unit>(s: &'a [T], chars: Option<&[T]>, left: bool, right: bool) -> &'a [T] {
    let strip = |u: &T| match chars {
        Some(cs) => cs.contains(u),
        None => u.is_space(),
    };
    let mut s = s;
    while left && s.first().is_some_and(strip) {
        s = &s[1..];
    }
    while right && s.last().is_some_and(strip) {
        s = &s[..s.len() - 1];
    }
    s
}

fn replace_units<T: Unit>(s: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(s.len());
    let mut done = 0;
    if old.is_empty() {
        // An empty pattern matches before every unit and at the end.
        for u in s {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(*u);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < s.len() {
        if done < max && s[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            done += 1;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

/// The methods common to `str` and `bytes`; indices are in units
/// (characters for `str`).
fn text_method<T: Unit>(interp: &mut Interp, s: &[T], name: &str, call: Call) -> R<Constant> {
    let span = call.span;
    Ok(match name {
        "join" => {
            let a = call.bind(interp, name, &["iterable"], 1)?;
            let items = interp.iterate(&a.req(0), span)?;
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(s);
                }
                let Some(part) = T::unwrap(item) else {
                    let t = interp.type_name(item);
                    let what = if T::BYTES {
                        "a bytes-like object"
                    } else {
                        "str instance"
                    };
                    let msg = format!("sequence item {i}: expected {what}, {t} found");
                    return Err(interp.raise("TypeError", msg, span));
                };
                out.extend(part);
            }
            T::wrap(out)
        }
        "split" | "rsplit" => {
            let a = call.bind(interp, name, &["sep", "maxsplit"], 0)?;
            let sep = opt_text::<T>(interp, a.opt(0), span)?;
            if sep.as_ref().is_some_and(Vec::is_empty) {
                return Err(interp.raise("ValueError", "empty separator", span));
            }
            let max = opt_int(interp, a.opt(1), -1, span)?;
            let parts = if name == "split" {
                split_units(s, sep.as_deref(), max)
            } else {
                rsplit_units(s, sep.as_deref(), max)
            };
            let items = parts.into_iter().map(T::wrap).collect();
            interp.heap.list(items)
        }
        "strip" | "lstrip" | "rstrip" => {
            let a = call.bind(interp, name, &["chars"], 0)?;
            let chars = opt_text::<T>(interp, a.opt(0), span)?;
            T::wrap(strip_units(s, chars.as_deref(), name != "rstrip", name != "lstrip").to_vec())
        }
        "replace" => {
            let a = call.bind(interp, name, &["old", "new", "count"], 2)?;
            let old = text_arg::<T>(interp, &a.req(0), span)?;
            let new = text_arg::<T>(interp, &a.req(1), span)?;
            let count = opt_int(interp, a.opt(2), -1, span)?;
            T::wrap(replace_units(s, &old, &new, count))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let a = call.bind(interp, name, &["sub", "start", "end"], 1)?;
            let sub = sub_arg::<T>(interp, &a.req(0), span)?;
            let (start, end) = window_args(interp, s.len(), &a, 1, span)?;
            if name == "count" {
                return Ok(Constant::Int(count_in(s, &sub, start, end) as i64));
            }
            match find_in(s, &sub, start, end, name.starts_with('r')) {
                Some(i) => Constant::Int(i as i64),
                None if name.ends_with("find") => Constant::Int(-1),
                None => return Err(interp.raise("ValueError", "substring not found", span)),
            }
        }
        "startswith" | "endswith" => {
            let a = call.bind(interp, name, &["prefix", "start", "end"], 1)?;
            let affixes = affix_args::<T>(interp, name, &a.req(0), span)?;
            let (start, end) = window_args(interp, s.len(), &a, 1, span)?;
            Constant::Bool(
                affixes
                    .iter()
                    .any(|p| affix_match(s, p, start, end, name == "endswith")),
            )
        }
        "partition" | "rpartition" => {
            let a = call.bind(interp, name, &["sep"], 1)?;
            let sep = text_arg::<T>(interp, &a.req(0), span)?;
            if sep.is_empty() {
                return Err(interp.raise("ValueError", "empty separator", span));
            }
            let right = name == "rpartition";
            let parts: [Vec<T>; 3] = match find_in(s, &sep, 0, s.len(), right) {
                Some(i) => [s[..i].to_vec(), sep.clone(), s[i + sep.len()..].to_vec()],
                None if right => [vec![], vec![], s.to_vec()],
                None => [s.to_vec(), vec![], vec![]],
            };
            let items = parts.into_iter().map(T::wrap).collect();
            interp.heap.tuple(items)
        }
        _ => unreachable!("{name} is in TEXT_METHODS"),
    })
}

fn str_method(interp: &mut Interp, s: &Rc<str>, name: &str, call: Call) -> R<Constant> {
    let chars: Vec<char> = s.chars().collect();
    if TEXT_METHODS.contains(&name) {
        return text_method(interp, &chars, name, call);
    }
    let span = call.span;
    let text = |t: String| Constant::Str(t.into());
    Ok(match name {
        "format" => text(str_format(interp, s, &call.args, &call.kwargs, span)?),
        "upper" | "lower" | "title" | "capitalize" | "swapcase" => {
            call.bind(interp, name, &[], 0)?;
            text(change_case(s, name))
        }
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isidentifier" => {
            call.bind(interp, name, &[], 0)?;
            Constant::Bool(str_predicate(s, name))
        }
        "encode" => {
            let a = call.bind(interp, name, &["encoding", "errors"], 0)?;
            let (codec, errors) = codec_args(interp, &a, span)?;
            Constant::Bytes(encode(interp, &chars, codec, &errors, span)?.into())
        }
        "splitlines" => {
            let a = call.bind(interp, name, &["keepends"], 0)?;
            let keep = opt_truth(interp, a.opt(0), span)?;
            let lines = splitlines(&chars, keep).into_iter().map(text).collect();
            interp.heap.list(lines)
        }
        "ljust" | "rjust" | "center" => {
            let a = call.bind(interp, name, &["width", "fillchar"], 1)?;
            let width = int_arg(interp, &a.req(0), span)?;
            let fill = match a.opt(1) {
                None => ' ',
                Some(Constant::Str(f)) if f.chars().count() == 1 => {
                    f.chars().next().expect("one char")
                }
                Some(v) => {
                    let msg = match v {
                        Constant::Str(_) => {
                            "The fill character must be exactly one character long".to_string()
                        }
                        _ => format!(
                            "The fill character must be a unicode character, not {}",
                            interp.type_name(&v)
                        ),
                    };
                    return Err(interp.raise("TypeError", msg, span));
                }
            };
            let total = (width - chars.len() as i64).max(0);
            let left = match name {
                "ljust" => 0,
                "rjust" => total,
                // CPython's centering puts the odd extra column on the left
                // when the width is odd.
                _ => total / 2 + (total & width & 1),
            };
            let fill_n = |n: i64| fill.to_string().repeat(n as usize);
            text(format!("{}{s}{}", fill_n(left), fill_n(total - left)))
        }
        "zfill" => {
            let a = call.bind(interp, name, &["width"], 1)?;
            let width = int_arg(interp, &a.req(0), span)?;
            let pad = "0".repeat((width - chars.len() as i64).max(0) as usize);
            let sign = usize::from(s.starts_with(['+', '-']));
            text(format!("{}{pad}{}", &s[..sign], &s[sign..]))
        }
        "expandtabs" => {
            let a = call.bind(interp, name, &["tabsize"], 0)?;
            let tabsize = opt_int(interp, a.opt(0), 8, span)?;
            let (mut out, mut col) = (String::new(), 0i64);
            for c in chars {
                if c == '\t' {
                    let n = if tabsize > 0 {
                        tabsize - col % tabsize
                    } else {
                        0
                    };
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                } else {
                    out.push(c);
                    col = if matches!(c, '\n' | '\r') { 0 } else { col + 1 };
                }
            }
            text(out)
        }
        _ => return Err(not_yet(interp, &Constant::Str(s.clone()), name, span)),
    })
}

fn change_case(s: &str, how: &str) -> String {
    match how {
        "upper" => s.to_uppercase(),
        "lower" => s.to_lowercase(),
        "capitalize" => {
            let mut it = s.chars();
            match it.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(it.as_str().to_lowercase().chars())
                    .collect(),
                None => String::new(),
            }
        }
        _ => {
            // `title` uppercases the first cased character after an uncased
            // one; `swapcase` swaps every cased character.
            let mut out = String::with_capacity(s.len());
            let mut prev_cased = false;
            for c in s.chars() {
                let upper = if how == "title" {
                    !prev_cased
                } else {
                    c.is_lowercase()
                };
                if upper {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                prev_cased = c.is_uppercase() || c.is_lowercase();
            }
            out
        }
    }
}

fn str_predicate(s: &str, name: &str) -> bool {
    let all = |f: fn(char) -> bool| !s.is_empty() && s.chars().all(f);
    match name {
        "isdigit" => all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())),
        "isalpha" => all(char::is_alphabetic),
        "isalnum" => all(char::is_alphanumeric),
        "isspace" => all(py_space),
        "isupper" => s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
        "islower" => s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
        _ => {
            let mut it = s.chars();
            it.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && it.all(|c| c == '_' || c.is_alphanumeric())
        }
    }
}

fn splitlines(chars: &[char], keep: bool) -> Vec<String> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if !is_break(chars[i]) {
            i += 1;
            continue;
        }
        let end = if chars[i] == '\r' && chars.get(i + 1) == Some(&'\n') {
            i + 2
        } else {
            i + 1
        };
        out.push(chars[start..if keep { end } else { i }].iter().collect());
        start = end;
        i = end;
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` escapes of non-ASCII characters (like
/// `ascii()` and codec error messages).
fn ascii_escape(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            n if n < 0x80 => c.to_string(),
            n if n < 0x100 => format!("\\x{n:02x}"),
            n if n < 0x10000 => format!("\\u{n:04x}"),
            n => format!("\\U{n:08x}"),
        })
        .collect()
}

// ----- codecs -----

/// The codec and error handler of `encode`/`decode`.
fn codec_args(interp: &mut Interp, a: &Bound, span: Span) -> R<(&'static str, String)> {
    let mut string = |i: usize, default: &str| -> R<String> {
        match a.opt(i) {
            None => Ok(default.to_string()),
            Some(v) => text_arg::<char>(interp, &v, span).map(|c| c.into_iter().collect()),
        }
    };
    let (encoding, errors) = (string(0, "utf-8")?, string(1, "strict")?);
    let codec = match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" => "utf-8",
        "ascii" | "us-ascii" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => "latin-1",
        _ => {
            return Err(interp.raise("LookupError", format!("unknown encoding: {encoding}"), span))
        }
    };
    if !matches!(errors.as_str(), "strict" | "ignore" | "replace") {
        return Err(interp.raise(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
            span,
        ));
    }
    Ok((codec, errors))
}

fn encode(
    interp: &mut Interp,
    chars: &[char],
    codec: &str,
    errors: &str,
    span: Span,
) -> R<Vec<u8>> {
    if codec == "utf-8" {
        return Ok(chars.iter().collect::<String>().into_bytes());
    }
    let limit = if codec == "ascii" { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(chars.len());
    for (pos, &c) in chars.iter().enumerate() {
        match (c as u32) < limit {
            true => out.push(c as u8),
            false if errors == "ignore" => {}
            false if errors == "replace" => out.push(b'?'),
            false => {
                let c = ascii_escape(&c.to_string());
                let msg = format!("'{codec}' codec can't encode character '{c}' in position {pos}: ordinal not in range({limit})");
                return Err(interp.raise("UnicodeEncodeError", msg, span));
            }
        }
    }
    Ok(out)
}

fn decode(interp: &mut Interp, b: &[u8], codec: &str, errors: &str, span: Span) -> R<String> {
    // Each undecodable run: (position, length, reason).
    let mut out = String::with_capacity(b.len());
    let mut bad: Option<(usize, usize, &str)> = None;
    let mut on_bad = |out: &mut String, at: (usize, usize, &'static str)| match errors {
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        _ => {
            bad.get_or_insert(at);
        }
    };
    if codec == "utf-8" {
        let mut pos = 0;
        for chunk in b.utf8_chunks() {
            out.push_str(chunk.valid());
            pos += chunk.valid().len();
            let inv = chunk.invalid();
            if !inv.is_empty() {
                let reason = if matches!(inv[0], 0x80..=0xc1 | 0xf5..=0xff) {
                    "invalid start byte"
                } else if pos + inv.len() == b.len() {
                    "unexpected end of data"
                } else {
                    "invalid continuation byte"
                };
                on_bad(&mut out, (pos, inv.len(), reason));
                pos += inv.len();
            }
        }
    } else {
        for (pos, &byte) in b.iter().enumerate() {
            if codec == "latin-1" || byte < 0x80 {
                out.push(byte as char);
            } else {
                on_bad(&mut out, (pos, 1, "ordinal not in range(128)"));
            }
        }
    }
    match bad {
        None => Ok(out),
        Some((pos, len, reason)) => {
            let what = if len == 1 {
                format!("byte 0x{:02x} in position {pos}", b[pos])
            } else {
                format!("bytes in position {pos}-{}", pos + len - 1)
            };
            let msg = format!("'{codec}' codec can't decode {what}: {reason}");
            Err(interp.raise("UnicodeDecodeError", msg, span))
        }
    }
}

fn bytes_method(interp: &mut Interp, b: &Rc<[u8]>, name: &str, call: Call) -> R<Constant> {
    if name == "decode" {
        let span = call.span;
        let a = call.bind(interp, name, &["encoding", "errors"], 0)?;
        let (codec, errors) = codec_args(interp, &a, span)?;
        return Ok(Constant::Str(
            decode(interp, b, codec, &errors, span)?.into(),
        ));
    }
    if BYTES_METHODS.contains(&name) {
        return text_method(interp, b, name, call);
    }
    Err(not_yet(
        interp,
        &Constant::Bytes(b.clone()),
        name,
        call.span,
    ))
}

// ----- str.format -----

struct FormatCall<'a> {
    args: &'a [Constant],
    kwargs: &'a Kwargs,
    /// The next automatic field number, once `{}` has been used.
    auto: Option<usize>,
    /// Whether `{0}` fields have been used.
    manual: bool,
    span: Span,
}

fn str_format(
    interp: &mut Interp,
    fmt: &str,
    args: &[Constant],
    kwargs: &Kwargs,
    span: Span,
) -> R<String> {
    let mut fc = FormatCall {
        args,
        kwargs,
        auto: None,
        manual: false,
        span,
    };
    render(interp, fmt, &mut fc, 0)
}

/// Expands the fields of a format string (`depth` counts nested fields in
/// format specs).
fn render(interp: &mut Interp, fmt: &str, fc: &mut FormatCall, depth: usize) -> R<String> {
    let span = fc.span;
    if depth > 1 {
        return Err(interp.raise("ValueError", "Max string recursion exceeded", span));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let doubled = chars.get(i + 1) == Some(&c);
        match c {
            '{' | '}' if doubled => {
                out.push(c);
                i += 2;
            }
            '}' => {
                return Err(interp.raise(
                    "ValueError",
                    "Single '}' encountered in format string",
                    span,
                ))
            }
            '{' => {
                let mut level = 1;
                let mut j = i + 1;
                while j < chars.len() {
                    match chars[j] {
                        '{' => level += 1,
                        '}' if level == 1 => break,
                        '}' => level -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if j == chars.len() {
                    let msg = if i + 1 == chars.len() {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    };
                    return Err(interp.raise("ValueError", msg, span));
                }
                let field: String = chars[i + 1..j].iter().collect();
                out.push_str(&format_field(interp, &field, fc, depth)?);
                i = j + 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// One replacement field: `name[.attr][[key]][!conv][:spec]`.
fn format_field(interp: &mut Interp, field: &str, fc: &mut FormatCall, depth: usize) -> R<String> {
    let span = fc.span;
    let mut in_brackets = false;
    let name_end = field
        .find(|c: char| {
            match c {
                '[' => in_brackets = true,
                ']' => in_brackets = false,
                _ => {}
            }
            !in_brackets && (c == '!' || c == ':')
        })
        .unwrap_or(field.len());
    let (name, mut rest) = field.split_at(name_end);
    let mut conversion = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        conversion = cs.next();
        rest = cs.as_str();
        if !(rest.is_empty() || rest.starts_with(':')) {
            return Err(interp.raise(
                "ValueError",
                "expected ':' after conversion specifier",
                span,
            ));
        }
    }
    // The field's value is looked up before the fields nested in its spec
    // (automatic numbering counts in that order).
    let mut value = field_value(interp, name, fc)?;
    let spec = rest.strip_prefix(':').unwrap_or("");
    let spec = if spec.contains('{') {
        render(interp, spec, fc, depth + 1)?
    } else {
        spec.to_string()
    };
    value = match conversion {
        None => value,
        Some('s') => Constant::Str(interp.str_of(&value, span)?.into()),
        Some('r') => Constant::Str(interp.repr_of(&value, span)?.into()),
        Some('a') => Constant::Str(ascii_escape(&interp.repr_of(&value, span)?).into()),
        Some(c) => {
            return Err(interp.raise(
                "ValueError",
                format!("Unknown conversion specifier {c}"),
                span,
            ))
        }
    };
    interp.format_value(&value, &spec, span)
}

/// The value a field name designates: an argument, then `.attr` and `[key]`
/// accessors.
fn field_value(interp: &mut Interp, name: &str, fc: &mut FormatCall) -> R<Constant> {
    let span = fc.span;
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut value = if first.is_empty() || first.bytes().all(|b| b.is_ascii_digit()) {
        let index = if first.is_empty() {
            if fc.manual {
                let msg =
                    "cannot switch from manual field specification to automatic field numbering";
                return Err(interp.raise("ValueError", msg, span));
            }
            let n = fc.auto.unwrap_or(0);
            fc.auto = Some(n + 1);
            n
        } else {
            if fc.auto.is_some() {
                let msg =
                    "cannot switch from automatic field numbering to manual field specification";
                return Err(interp.raise("ValueError", msg, span));
            }
            fc.manual = true;
            first.parse().unwrap_or(usize::MAX)
        };
        match fc.args.get(index) {
            Some(v) => v.clone(),
            None => {
                let msg =
                    format!("Replacement index {index} out of range for positional args tuple");
                return Err(interp.raise("IndexError", msg, span));
            }
        }
    } else {
        match fc.kwargs.iter().find(|(k, _)| &**k == first) {
            Some((_, v)) => v.clone(),
            None => return Err(interp.key_error(&Constant::Str(first.into()), span)),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = interp.get_attr(&value, &r[..end], span)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(interp.raise("ValueError", "Missing ']' in format string", span));
            };
            let key = &r[..end];
            let key = match key.parse::<i64>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Constant::Int(i),
                _ => Constant::Str(key.into()),
            };
            value = interp.get_item(&value, &key, span)?;
            rest = &r[end + 1..];
        } else {
            let msg = "Only '.' or '[' may follow ']' in format field specifier";
            return Err(interp.raise("ValueError", msg, span));
        }
    }
    Ok(value)
}

// ----- list and tuple -----

fn list_mut(heap: &mut Heap, r: ObjRef) -> &mut Vec<Constant> {
    let Object::List(items) = heap.get_mut(r) else {
        unreachable!("a list")
    };
    items
}

/// The items of a list or tuple (a copy: comparisons may run user code).
fn seq_items(heap: &Heap, r: ObjRef) -> Vec<Constant> {
    let (Object::List(items) | Object::Tuple(items)) = heap.get(r) else {
        unreachable!("a list or tuple")
    };
    items.clone()
}

/// `item == x` for `index`, `count` and `remove` (identity first, like
/// CPython).
fn same(interp: &mut Interp, item: &Constant, x: &Constant, span: Span) -> R<bool> {
    if ops::identical(item, x) {
        return Ok(true);
    }
    interp.values_equal(item, x, span)
}

/// The position of the first item equal to `x` in `items[start..stop]`.
fn position(
    interp: &mut Interp,
    items: &[Constant],
    x: &Constant,
    start: usize,
    stop: usize,
    span: Span,
) -> R<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if same(interp, item, x, span)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `index(x[, start[, stop]])` and `count(x)`, shared by lists and tuples.
fn seq_search(
    interp: &mut Interp,
    r: ObjRef,
    name: &str,
    call: Call,
    not_found: &str,
) -> R<Constant> {
    let span = call.span;
    let items = seq_items(&interp.heap, r);
    if name == "count" {
        let x = call.bind(interp, name, &["value"], 1)?.req(0);
        let mut n = 0;
        for item in &items {
            n += i64::from(same(interp, item, &x, span)?);
        }
        return Ok(Constant::Int(n));
    }
    let a = call.bind(interp, name, &["value", "start", "stop"], 1)?;
    let x = a.req(0);
    let (start, stop) = window_args(interp, items.len(), &a, 1, span)?;
    match position(interp, &items, &x, start, stop, span)? {
        Some(i) => Ok(Constant::Int(i as i64)),
        None => {
            let msg = not_found.replace("{x}", &interp.repr_of(&x, span)?);
            Err(interp.raise("ValueError", msg, span))
        }
    }
}

/// `a < b` for sorting: builtin ordering, then `__lt__`/`__gt__`.
fn less_than(interp: &mut Interp, a: &Constant, b: &Constant, span: Span) -> R<bool> {
    if let Some(o) = ops::order(&interp.heap, a, b) {
        return Ok(o.is_lt());
    }
    if ops::const_to_f64(a).is_some() && ops::const_to_f64(b).is_some() {
        return Ok(false); // a NaN is involved
    }
    if let Some(v) = interp.call_special(a, "__lt__", vec![b.clone()], span)? {
        return interp.truth(&v, span);
    }
    if let Some(v) = interp.call_special(b, "__gt__", vec![a.clone()], span)? {
        return interp.truth(&v, span);
    }
    let (ta, tb) = (interp.type_name(a), interp.type_name(b));
    Err(interp.raise(
        "TypeError",
        format!("'<' not supported between instances of '{ta}' and '{tb}'"),
        span,
    ))
}

/// Sorts `(key, value)` pairs by key like CPython's sort of a short list
/// (an initial run, then a binary insertion sort): stable, using only `<`,
/// and comparing the same pairs in the same order, so user `__lt__` methods
/// and type errors behave the same.
fn sort_pairs(interp: &mut Interp, v: &mut [(Constant, Constant)], span: Span) -> R<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let lt = |interp: &mut Interp, v: &[(Constant, Constant)], a: usize, b: usize| {
        less_than(interp, &v[a].0, &v[b].0, span)
    };
    let mut run = 2;
    if lt(interp, v, 1, 0)? {
        while run < n && lt(interp, v, run, run - 1)? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(interp, v, run, run - 1)? {
            run += 1;
        }
    }
    for i in run..n {
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(interp, v, i, mid)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
    Ok(())
}

fn list_method(interp: &mut Interp, r: ObjRef, name: &str, call: Call) -> R<Constant> {
    let span = call.span;
    match name {
        "index" => return seq_search(interp, r, name, call, "{x} is not in list"),
        "count" => return seq_search(interp, r, name, call, ""),
        _ => {}
    }
    let len = list_mut(&mut interp.heap, r).len();
    match name {
        "append" => {
            let v = call.bind(interp, name, &["object"], 1)?.req(0);
            list_mut(&mut interp.heap, r).push(v);
        }
        "extend" => {
            let it = call.bind(interp, name, &["iterable"], 1)?.req(0);
            let more = interp.iterate(&it, span)?;
            list_mut(&mut interp.heap, r).extend(more);
        }
        "pop" => {
            let a = call.bind(interp, name, &["index"], 0)?;
            let i = opt_int(interp, a.opt(0), -1, span)?;
            if len == 0 {
                return Err(interp.raise("IndexError", "pop from empty list", span));
            }
            let j = if i < 0 { i + len as i64 } else { i };
            if !(0..len as i64).contains(&j) {
                return Err(interp.raise("IndexError", "pop index out of range", span));
            }
            return Ok(list_mut(&mut interp.heap, r).remove(j as usize));
        }
        "insert" => {
            let a = call.bind(interp, name, &["index", "object"], 2)?;
            let i = int_arg(interp, &a.req(0), span)?;
            let at = if i < 0 {
                (i + len as i64).max(0)
            } else {
                i.min(len as i64)
            };
            list_mut(&mut interp.heap, r).insert(at as usize, a.req(1));
        }
        "remove" => {
            let x = call.bind(interp, name, &["value"], 1)?.req(0);
            let items = seq_items(&interp.heap, r);
            match position(interp, &items, &x, 0, items.len(), span)? {
                Some(i) => {
                    list_mut(&mut interp.heap, r).remove(i);
                }
                None => {
                    return Err(interp.raise("ValueError", "list.remove(x): x not in list", span))
                }
            }
        }
        "reverse" | "clear" => {
            call.bind(interp, name, &[], 0)?;
            let items = list_mut(&mut interp.heap, r);
            if name == "reverse" {
                items.reverse()
            } else {
                items.clear()
            }
        }
        "copy" => {
            call.bind(interp, name, &[], 0)?;
            let items = seq_items(&interp.heap, r);
            return Ok(interp.heap.list(items));
        }
        "sort" => {
            let a = call.bind(interp, name, &["*key", "*reverse"], 0)?;
            let key = a.opt(0).filter(|k| *k != Constant::None);
            let reverse = opt_truth(interp, a.opt(1), span)?;
            let items = seq_items(&interp.heap, r);
            let mut keyed = Vec::with_capacity(items.len());
            for v in items {
                let k = match &key {
                    Some(f) => interp.call(f, vec![v.clone()], vec![], span)?,
                    None => v.clone(),
                };
                keyed.push((k, v));
            }
            // Like CPython: reversing before and after a stable sort keeps
            // equal items in their original order.
            if reverse {
                keyed.reverse();
            }
            sort_pairs(interp, &mut keyed, span)?;
            if reverse {
                keyed.reverse();
            }
            *list_mut(&mut interp.heap, r) = keyed.into_iter().map(|(_, v)| v).collect();
        }
        _ => return Err(not_yet(interp, &Constant::Obj(r), name, span)),
    }
    Ok(Constant::None)
}

fn tuple_method(interp: &mut Interp, r: ObjRef, name: &str, call: Call) -> R<Constant> {
    match name {
        "index" | "count" => seq_search(interp, r, name, call, "tuple.index(x): x not in tuple"),
        _ => Err(not_yet(interp, &Constant::Obj(r), name, call.span)),
    }
}

// ----- dict and set -----

fn entries(heap: &Heap, r: ObjRef) -> &Dict {
    let (Object::Dict(d) | Object::Set(d)) = heap.get(r) else {
        unreachable!("a dict or set")
    };
    d
}

fn entries_mut(heap: &mut Heap, r: ObjRef) -> &mut Dict {
    let (Object::Dict(d) | Object::Set(d)) = heap.get_mut(r) else {
        unreachable!("a dict or set")
    };
    d
}

/// The `(key, value)` pairs of `dict.update`'s argument: a dict, an object
/// with `keys()`, or an iterable of pairs.
fn update_pairs(interp: &mut Interp, other: &Constant, span: Span) -> R<Vec<(Constant, Constant)>> {
    if let Constant::Obj(o) = other {
        match interp.heap.get(*o) {
            Object::Dict(d) => return Ok(d.entries.values().cloned().collect()),
            Object::Instance(_) => {
                if let Some(keys) = interp.try_get_attr(other, "keys", span)? {
                    let keys = interp.call(&keys, vec![], vec![], span)?;
                    let mut pairs = Vec::new();
                    for k in interp.iterate(&keys, span)? {
                        let v = interp.get_item(other, &k, span)?;
                        pairs.push((k, v));
                    }
                    return Ok(pairs);
                }
            }
            _ => {}
        }
    }
    let mut pairs = Vec::new();
    for (i, item) in interp.iterate(other, span)?.into_iter().enumerate() {
        let kv = match interp.iterate(&item, span) {
            Ok(kv) => kv,
            Err(e @ super::Unwind::Error(_)) => return Err(e),
            Err(super::Unwind::Exception(_)) => {
                let msg =
                    format!("cannot convert dictionary update sequence element #{i} to a sequence");
                return Err(interp.raise("TypeError", msg, span));
            }
        };
        let [k, v]: [Constant; 2] = kv.try_into().map_err(|kv: Vec<Constant>| {
            let msg = format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            );
            interp.raise("ValueError", msg, span)
        })?;
        pairs.push((k, v));
    }
    Ok(pairs)
}

fn dict_method(interp: &mut Interp, r: ObjRef, name: &str, call: Call) -> R<Constant> {
    let span = call.span;
    Ok(match name {
        "get" | "setdefault" | "pop" => {
            let a = call.bind(interp, name, &["key", "default"], 1)?;
            let key = a.req(0);
            let hk = interp.hash_key(&key, span)?;
            let d = entries_mut(&mut interp.heap, r);
            match name {
                "get" => d
                    .entries
                    .get(&hk)
                    .map(|e| e.1.clone())
                    .or(a.opt(1))
                    .unwrap_or(Constant::None),
                "setdefault" => d
                    .entries
                    .entry(hk)
                    .or_insert((key, a.opt(1).unwrap_or(Constant::None)))
                    .1
                    .clone(),
                _ => match d.entries.shift_remove(&hk).map(|e| e.1).or(a.opt(1)) {
                    Some(v) => v,
                    None => return Err(interp.key_error(&key, span)),
                },
            }
        }
        "popitem" => {
            call.bind(interp, name, &[], 0)?;
            match entries_mut(&mut interp.heap, r).entries.pop() {
                Some((_, (k, v))) => interp.heap.tuple(vec![k, v]),
                None => {
                    return Err(interp.raise("KeyError", "popitem(): dictionary is empty", span))
                }
            }
        }
        "keys" | "values" | "items" => {
            call.bind(interp, name, &[], 0)?;
            let pairs: Vec<(Constant, Constant)> =
                entries(&interp.heap, r).entries.values().cloned().collect();
            let items = pairs
                .into_iter()
                .map(|(k, v)| match name {
                    "keys" => k,
                    "values" => v,
                    _ => interp.heap.tuple(vec![k, v]),
                })
                .collect();
            interp.heap.list(items)
        }
        "update" => {
            if call.args.len() > 1 {
                let msg = format!(
                    "update expected at most 1 argument, got {}",
                    call.args.len()
                );
                return Err(interp.raise("TypeError", msg, span));
            }
            let mut pairs = match call.args.first() {
                Some(other) => update_pairs(interp, other, span)?,
                None => Vec::new(),
            };
            pairs.extend(call.kwargs.into_iter().map(|(k, v)| (Constant::Str(k), v)));
            for (k, v) in pairs {
                let hk = interp.hash_key(&k, span)?;
                entries_mut(&mut interp.heap, r).set(hk, k, v);
            }
            Constant::None
        }
        "copy" | "clear" => return container_copy_clear(interp, r, name, call),
        _ => return Err(not_yet(interp, &Constant::Obj(r), name, span)),
    })
}

/// `copy()` and `clear()` of dicts and sets.
fn container_copy_clear(interp: &mut Interp, r: ObjRef, name: &str, call: Call) -> R<Constant> {
    call.bind(interp, name, &[], 0)?;
    if name == "clear" {
        entries_mut(&mut interp.heap, r).entries.clear();
        return Ok(Constant::None);
    }
    let copy = match interp.heap.get(r) {
        Object::Dict(d) => Object::Dict(d.clone()),
        Object::Set(d) => Object::Set(d.clone()),
        _ => unreachable!("a dict or set"),
    };
    Ok(Constant::Obj(interp.heap.alloc(copy)))
}

fn set_method(interp: &mut Interp, r: ObjRef, name: &str, call: Call) -> R<Constant> {
    let span = call.span;
    Ok(match name {
        "add" | "discard" | "remove" => {
            let x = call.bind(interp, name, &["elem"], 1)?.req(0);
            let hk = interp.hash_key(&x, span)?;
            let d = entries_mut(&mut interp.heap, r);
            if name == "add" {
                d.add(hk, x);
            } else if d.entries.shift_remove(&hk).is_none() && name == "remove" {
                return Err(interp.key_error(&x, span));
            }
            Constant::None
        }
        "pop" => {
            call.bind(interp, name, &[], 0)?;
            match entries_mut(&mut interp.heap, r)
                .entries
                .shift_remove_index(0)
            {
                Some((_, (k, _))) => k,
                None => return Err(interp.raise("KeyError", "pop from an empty set", span)),
            }
        }
        "update" | "union" => {
            if !call.kwargs.is_empty() {
                return Err(interp.raise(
                    "TypeError",
                    format!("set.{name}() takes no keyword arguments"),
                    span,
                ));
            }
            let target = match name {
                "union" => {
                    let copy = entries(&interp.heap, r).clone();
                    interp.heap.alloc(Object::Set(copy))
                }
                _ => r,
            };
            for other in &call.args {
                for x in interp.iterate(other, span)? {
                    let hk = interp.hash_key(&x, span)?;
                    entries_mut(&mut interp.heap, target).add(hk, x);
                }
            }
            if name == "union" {
                Constant::Obj(target)
            } else {
                Constant::None
            }
        }
        "copy" | "clear" => return container_copy_clear(interp, r, name, call),
        _ => return Err(not_yet(interp, &Constant::Obj(r), name, span)),
    })
}
