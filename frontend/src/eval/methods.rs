//! Methods of builtin values at import time: `str`, `bytes`, `list`,
//! `tuple`, `dict` and `set` (one table of method names per type, one
//! implementation function per type).

use std::rc::Rc;

use flowgraph::{Constant, Span};
use num_traits::ToPrimitive;

use super::{ops, Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{Heap, Object};

pub const STR_METHODS: &[&str] = &[
    "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
    "startswith", "endswith", "upper", "lower", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "encode", "format", "count", "splitlines", "ljust", "rjust", "center", "zfill", "title",
    "capitalize", "swapcase", "partition", "rpartition", "isidentifier", "expandtabs",
];
pub const BYTES_METHODS: &[&str] = &["decode", "join", "split", "strip", "startswith", "endswith", "find", "replace"];
pub const LIST_METHODS: &[&str] =
    &["append", "extend", "pop", "insert", "remove", "index", "count", "reverse", "sort", "copy", "clear"];
pub const TUPLE_METHODS: &[&str] = &["index", "count"];
pub const DICT_METHODS: &[&str] =
    &["get", "setdefault", "pop", "keys", "values", "items", "update", "copy", "clear", "popitem"];
pub const SET_METHODS: &[&str] = &["add", "discard", "remove", "pop", "update", "copy", "clear", "union"];

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

pub fn call_method(
    interp: &mut Interp,
    receiver: &Constant,
    name: &str,
    args: Vec<Constant>,
    kwargs: Vec<(Rc<str>, Constant)>,
    span: Span,
) -> R<Constant> {
    match receiver {
        Constant::Str(s) => str_method(interp, s, name, args, span),
        Constant::Obj(r) => {
            let r = *r;
            match interp.heap.get(r) {
                Object::List(_) => list_method(interp, r, name, args, kwargs, span),
                Object::Dict(_) => dict_method(interp, r, name, args, span),
                _ => Err(not_yet(span, receiver, name, interp)),
            }
        }
        _ => Err(not_yet(span, receiver, name, interp)),
    }
}

fn not_yet(span: Span, receiver: &Constant, name: &str, interp: &Interp) -> super::Unwind {
    Diagnostic::not_supported_yet(span, &format!("{}.{name}() at import time", interp.type_name(receiver))).into()
}

fn str_method(interp: &mut Interp, s: &Rc<str>, name: &str, args: Vec<Constant>, span: Span) -> R<Constant> {
    let arg_s = |interp: &mut Interp, i: usize| -> R<Rc<str>> {
        match args.get(i) {
            Some(Constant::Str(x)) => Ok(x.clone()),
            _ => Err(interp.raise("TypeError", format!("str.{name}() needs a string argument"), span)),
        }
    };
    Ok(match name {
        "join" => {
            let items = interp.iterate(args.first().unwrap_or(&Constant::None), span)?;
            let mut parts = Vec::new();
            for i in items {
                match i {
                    Constant::Str(p) => parts.push(p.to_string()),
                    _ => return Err(interp.raise("TypeError", "sequence item: expected str instance", span)),
                }
            }
            Constant::Str(parts.join(s).into())
        }
        "upper" => Constant::Str(s.to_uppercase().into()),
        "lower" => Constant::Str(s.to_lowercase().into()),
        "strip" => Constant::Str(s.trim().into()),
        "lstrip" => Constant::Str(s.trim_start().into()),
        "rstrip" => Constant::Str(s.trim_end().into()),
        "startswith" => Constant::Bool(s.starts_with(&*arg_s(interp, 0)?)),
        "endswith" => Constant::Bool(s.ends_with(&*arg_s(interp, 0)?)),
        "replace" => {
            let (a, b) = (arg_s(interp, 0)?, arg_s(interp, 1)?);
            Constant::Str(s.replace(&*a, &b).into())
        }
        "split" => {
            let parts: Vec<Constant> = match args.first() {
                None | Some(Constant::None) => s.split_whitespace().map(|p| Constant::Str(p.into())).collect(),
                Some(_) => {
                    let sep = arg_s(interp, 0)?;
                    s.split(&*sep).map(|p| Constant::Str(p.into())).collect()
                }
            };
            interp.heap.list(parts)
        }
        "find" => {
            let sub = arg_s(interp, 0)?;
            Constant::Int(s.find(&*sub).map_or(-1, |b| s[..b].chars().count() as i64))
        }
        "isdigit" => Constant::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())),
        "isalpha" => Constant::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)),
        "isspace" => Constant::Bool(!s.is_empty() && s.chars().all(char::is_whitespace)),
        "encode" => Constant::Bytes(s.as_bytes().into()),
        _ => return Err(not_yet(span, &Constant::Str(s.clone()), name, interp)),
    })
}

fn list_method(
    interp: &mut Interp,
    r: flowgraph::ObjRef,
    name: &str,
    args: Vec<Constant>,
    kwargs: Vec<(Rc<str>, Constant)>,
    span: Span,
) -> R<Constant> {
    fn items_of(interp: &mut Interp, r: flowgraph::ObjRef) -> &mut Vec<Constant> {
        match interp.heap.get_mut(r) {
            Object::List(l) => l,
            _ => unreachable!(),
        }
    }

    Ok(match name {
        "append" => {
            let v = args.into_iter().next().unwrap_or(Constant::None);
            items_of(interp, r).push(v);
            Constant::None
        }
        "extend" => {
            let more = interp.iterate(args.first().unwrap_or(&Constant::None), span)?;
            items_of(interp, r).extend(more);
            Constant::None
        }
        "pop" => {
            let len = items_of(interp, r).len();
            if len == 0 {
                return Err(interp.raise("IndexError", "pop from empty list", span));
            }
            let i = match args.first() {
                Some(i) => {
                    let i = ops::const_to_bigint(i).and_then(|b| b.to_i64()).unwrap_or(0);
                    let i = if i < 0 { i + len as i64 } else { i };
                    if i < 0 || i >= len as i64 {
                        return Err(interp.raise("IndexError", "pop index out of range", span));
                    }
                    i as usize
                }
                None => len - 1,
            };
            items_of(interp, r).remove(i)
        }
        "reverse" => {
            items_of(interp, r).reverse();
            Constant::None
        }
        "sort" => {
            let key = kwargs.iter().find(|(k, _)| &**k == "key").map(|(_, v)| v.clone());
            let reverse = match kwargs.iter().find(|(k, _)| &**k == "reverse") {
                Some((_, v)) => interp.truth(v, span)?,
                None => false,
            };
            let list = items_of(interp, r).clone();
            let mut keyed = Vec::with_capacity(list.len());
            for v in list {
                let k = match &key {
                    Some(f) => interp.call(f, vec![v.clone()], vec![], span)?,
                    None => v.clone(),
                };
                keyed.push((k, v));
            }
            let heap = &interp.heap;
            let mut failed = false;
            keyed.sort_by(|a, b| {
                let o = ops::order(heap, &a.0, &b.0);
                failed |= o.is_none();
                let o = o.unwrap_or(std::cmp::Ordering::Equal);
                if reverse {
                    o.reverse()
                } else {
                    o
                }
            });
            if failed {
                return Err(interp.raise("TypeError", "'<' not supported between list items", span));
            }
            *items_of(interp, r) = keyed.into_iter().map(|(_, v)| v).collect();
            Constant::None
        }
        "copy" => {
            let l = items_of(interp, r).clone();
            interp.heap.list(l)
        }
        _ => return Err(not_yet(span, &Constant::Obj(r), name, interp)),
    })
}

fn dict_method(interp: &mut Interp, r: flowgraph::ObjRef, name: &str, args: Vec<Constant>, span: Span) -> R<Constant> {
    let entries = |interp: &Interp| -> Vec<(Constant, Constant)> {
        match interp.heap.get(r) {
            Object::Dict(d) => d.entries.values().cloned().collect(),
            _ => unreachable!(),
        }
    };
    Ok(match name {
        "get" => {
            let k = interp.hash_key(args.first().unwrap_or(&Constant::None), span)?;
            let Object::Dict(d) = interp.heap.get(r) else { unreachable!() };
            match d.entries.get(&k) {
                Some((_, v)) => v.clone(),
                None => args.get(1).cloned().unwrap_or(Constant::None),
            }
        }
        "keys" => {
            let ks = entries(interp).into_iter().map(|(k, _)| k).collect();
            interp.heap.list(ks)
        }
        "values" => {
            let vs = entries(interp).into_iter().map(|(_, v)| v).collect();
            interp.heap.list(vs)
        }
        "items" => {
            let pairs: Vec<Constant> =
                entries(interp).into_iter().map(|(k, v)| interp.heap.tuple(vec![k, v])).collect();
            interp.heap.list(pairs)
        }
        "setdefault" => {
            let key = args.first().cloned().unwrap_or(Constant::None);
            let hk = interp.hash_key(&key, span)?;
            let dflt = args.get(1).cloned().unwrap_or(Constant::None);
            let Object::Dict(d) = interp.heap.get_mut(r) else { unreachable!() };
            d.entries.entry(hk).or_insert((key, dflt)).1.clone()
        }
        "update" => {
            if let Some(Constant::Obj(o)) = args.first() {
                if let Object::Dict(other) = interp.heap.get(*o) {
                    let other = other.entries.clone();
                    let Object::Dict(d) = interp.heap.get_mut(r) else { unreachable!() };
                    d.entries.extend(other);
                }
            }
            Constant::None
        }
        _ => return Err(not_yet(span, &Constant::Obj(r), name, interp)),
    })
}
