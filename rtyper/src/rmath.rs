//! Builtin functions beyond the basic ones of `rbuiltin.rs`: `min`/`max`
//! (a chain of `select`s), `sum`/`any`/`all` of lists, `divmod`,
//! `super()`, `getattr` with a constant name, `BaseException.__init__`,
//! `instantiate`, the `math`, `os` and `time` modules (runtime helpers of
//! `runtime::math` and `runtime::io`), and the special methods of user
//! classes (`len(x)`, `x[i]`, `x[i] = v`, `iter(x)`, `next(x)` call
//! `__len__`, `__getitem__`, `__setitem__`, `__iter__`, `__next__`).

use std::rc::Rc;

use annotator::{Desc, SomeValue};
use flowgraph::OpName;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rlist::ItemKind;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names::{self as rn, HelperDesc};

/// A `math` function: its helper, and whether the float result is
/// converted to an int (`floor`, `ceil`, `trunc`).
fn math_helper(name: &str, nargs: usize) -> Option<(&'static HelperDesc, bool)> {
    Some(match (name, nargs) {
        ("sqrt", 1) => (&rn::MATH_SQRT, false),
        ("exp", 1) => (&rn::MATH_EXP, false),
        ("log", 1) => (&rn::MATH_LOG, false),
        ("log", 2) => (&rn::MATH_LOG_BASE, false),
        ("log10", 1) => (&rn::MATH_LOG10, false),
        ("log2", 1) => (&rn::MATH_LOG2, false),
        ("pow", 2) => (&rn::MATH_POW, false),
        ("sin", 1) => (&rn::MATH_SIN, false),
        ("cos", 1) => (&rn::MATH_COS, false),
        ("tan", 1) => (&rn::MATH_TAN, false),
        ("asin", 1) => (&rn::MATH_ASIN, false),
        ("acos", 1) => (&rn::MATH_ACOS, false),
        ("atan", 1) => (&rn::MATH_ATAN, false),
        ("sinh", 1) => (&rn::MATH_SINH, false),
        ("cosh", 1) => (&rn::MATH_COSH, false),
        ("tanh", 1) => (&rn::MATH_TANH, false),
        ("atan2", 2) => (&rn::MATH_ATAN2, false),
        ("hypot", 2) => (&rn::MATH_HYPOT, false),
        ("fmod", 2) => (&rn::MATH_FMOD, false),
        ("ldexp", 2) => (&rn::MATH_LDEXP, false),
        ("copysign", 2) => (&rn::MATH_COPYSIGN, false),
        ("degrees", 1) => (&rn::MATH_DEGREES, false),
        ("radians", 1) => (&rn::MATH_RADIANS, false),
        ("isinf", 1) => (&rn::MATH_ISINF, false),
        ("isnan", 1) => (&rn::MATH_ISNAN, false),
        ("isfinite", 1) => (&rn::MATH_ISFINITE, false),
        ("floor", 1) => (&rn::MATH_FLOOR, true),
        ("ceil", 1) => (&rn::MATH_CEIL, true),
        ("trunc", 1) => (&rn::MATH_TRUNC, true),
        ("gcd", 2) => (&rn::MATH_GCD, false),
        _ => return None,
    })
}

/// An `os` or `time` function taking only numbers and strings.
fn os_helper(module: &str, name: &str) -> Option<&'static HelperDesc> {
    Some(match (module, name) {
        ("os", "open") => &rn::OS_OPEN,
        ("os", "close") => &rn::OS_CLOSE,
        ("os", "lseek") => &rn::OS_LSEEK,
        ("os", "unlink") => &rn::OS_UNLINK,
        ("os", "getpid") => &rn::OS_GETPID,
        ("os", "isatty") => &rn::OS_ISATTY,
        ("os.path", "exists") => &rn::OS_PATH_EXISTS,
        ("os.path", "isfile") => &rn::OS_PATH_ISFILE,
        ("os.path", "isdir") => &rn::OS_PATH_ISDIR,
        ("time", "time") => &rn::TIME_TIME,
        ("time", "perf_counter") => &rn::TIME_PERF_COUNTER,
        ("time", "monotonic") => &rn::TIME_MONOTONIC,
        ("time", "sleep") => &rn::TIME_SLEEP,
        _ => return None,
    })
}

impl RTyper<'_, '_> {
    /// The builtins that `lower_builtin_call` does not handle itself.
    pub(crate) fn lower_more_builtins(
        &mut self,
        cx: &mut GraphCx,
        module: &str,
        name: &str,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let pos = &args.positional;
        let void = LlValue::void(LlConst::Void);
        let unsupported = || not_supported(&format!("calling {module}.{name}()"));
        if !args.keywords.is_empty() {
            return Err(unsupported());
        }
        if let Some(r) = self.lower_os_call(cx, module, name, args, result_s)? {
            return Ok(r);
        }
        if module == "math" && name == "fabs" && pos.len() == 1 {
            let v = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Float);
            return Ok(cx.emit(L::FloatAbs, vec![v], LlType::Float));
        }
        if let Some(r) = self.lower_rfloat_call(cx, module, name, args, result_s)? {
            return Ok(r);
        }
        if module == "math"
            || (module == "rpython.rlib.rfloat" && math_helper(name, pos.len()).is_some())
        {
            let (h, to_int) = math_helper(name, pos.len()).ok_or_else(unsupported)?;
            let mut vals = Vec::new();
            for (i, (v, s)) in pos.iter().enumerate() {
                let t = self.htype(h.params[i]);
                vals.push(self.convert(cx, v.clone(), s, t));
            }
            let r = self.call_helper(cx, h, vals);
            return Ok(if to_int {
                cx.emit(L::CastFloatToInt, vec![r], LlType::Signed)
            } else {
                r
            });
        }
        if module == "os" && name == "read" && pos.len() == 2 {
            let fd = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
            let n = self.convert(cx, pos[1].0.clone(), &pos[1].1, LlType::Signed);
            return Ok(self.call_helper(cx, &rn::OS_READ, vec![self.str_tid(), fd, n]));
        }
        if let Some(h) = os_helper(module, name) {
            let mut vals = Vec::new();
            for (i, want) in h.params.iter().enumerate() {
                let t = self.htype(*want);
                let v = match pos.get(i) {
                    Some((v, s)) => self.convert(cx, v.clone(), s, t),
                    // `os.open(path, flags)`: mode 0o777.
                    None if name == "open" && i == 2 => LlValue::int(0o777),
                    None => return Err(unsupported()),
                };
                vals.push(v);
            }
            return Ok(self.call_helper(cx, h, vals));
        }
        Ok(match (module, name) {
            ("builtins", "min") | ("builtins", "max") if pos.len() >= 2 => {
                let ty = self.lltype(result_s);
                let mut acc = self.convert(cx, pos[0].0.clone(), &pos[0].1, ty);
                for (v, s) in &pos[1..] {
                    let v = self.convert(cx, v.clone(), s, ty);
                    // Python keeps the first of equal items: the new item
                    // wins only when strictly better.
                    let better = if name == "max" {
                        OpName::Gt
                    } else {
                        OpName::Lt
                    };
                    let c = self.compare_values(
                        cx,
                        better,
                        v.clone(),
                        result_s,
                        acc.clone(),
                        result_s,
                    )?;
                    acc = cx.emit(L::Select, vec![c, v, acc], ty);
                }
                acc
            }
            ("builtins", "sum") => self.lower_sum(cx, pos, result_s)?,
            ("builtins", "any") | ("builtins", "all") => {
                let (l, l_s) = &pos[0];
                let SomeValue::List { .. } = l_s else {
                    return Err(not_supported(&format!("{name}() of {}", l_s.kind_word())));
                };
                let item_s = self.list_item_annotation(l_s);
                if item_s.is_impossible() {
                    // A list that never holds an item is empty.
                    return Ok(LlValue::Const(LlConst::Bool(name == "all"), LlType::Bool));
                }
                if !matches!(item_s, SomeValue::Bool { .. } | SomeValue::Int { .. }) {
                    return Err(not_supported(&format!(
                        "{name}() of a list of {}",
                        item_s.kind_word()
                    )));
                }
                let (items, len) = self.list_parts(cx, l.clone(), l_s);
                let h = if name == "any" {
                    &rn::ITEMS_ANY_WORD
                } else {
                    &rn::ITEMS_ALL_WORD
                };
                self.call_helper(cx, h, vec![items, len])
            }
            ("builtins", "divmod") => {
                let SomeValue::Tuple(parts) = result_s else {
                    return Err(unsupported());
                };
                let ty = self.lltype(&parts[0]);
                let a = self.convert(cx, pos[0].0.clone(), &pos[0].1, ty);
                let b = self.convert(cx, pos[1].0.clone(), &pos[1].1, ty);
                let (div, rem) = match ty {
                    LlType::Float => (L::FloatFloorDiv, L::FloatMod),
                    t if t.is_int() => (L::IntFloorDiv, L::IntMod),
                    _ => return Err(unsupported()),
                };
                let q = cx.emit(div, vec![a.clone(), b.clone()], ty);
                let r = cx.emit(rem, vec![a, b], ty);
                let items = vec![(q, parts[0].clone()), (r, parts[1].clone())];
                self.build_tuple(cx, &items, result_s)
            }
            ("builtins", "super") if pos.len() == 2 => {
                let to = self.lltype(result_s);
                self.convert(cx, pos[1].0.clone(), &pos[1].1, to)
            }
            ("builtins", "getattr") if pos.len() == 2 => {
                let attr = match &pos[1].1 {
                    SomeValue::Str { konst: Some(k), .. } => k.to_string(),
                    SomeValue::Char { konst: Some(c) } => c.to_string(),
                    _ => return Err(unsupported()),
                };
                self.read_attr(cx, pos[0].0.clone(), &pos[0].1, &attr, result_s)?
            }
            ("builtins", "hasattr") => match crate::rops::constant_of(result_s) {
                Some(c) => self.const_value(&c, result_s),
                None => return Err(unsupported()),
            },
            ("builtins", "object.__init__") => void,
            ("builtins", "BaseException.__init__") => {
                // The message the uncaught-exception report shows comes
                // from these arguments.
                let (obj, obj_s) = &pos[0];
                let SomeValue::Instance { class, .. } = obj_s else {
                    return Err(unsupported());
                };
                let rest = LlArgs {
                    positional: pos[1..].to_vec(),
                    keywords: Vec::new(),
                };
                self.set_exception_args(cx, obj.clone(), *class, &rest)?;
                void
            }
            ("rpython.rlib.debug", "make_sure_not_resized") => {
                let to = self.lltype(result_s);
                self.convert(cx, pos[0].0.clone(), &pos[0].1, to)
            }
            ("rpython.rlib.objectmodel", "instantiate") if pos.len() == 1 => {
                let SomeValue::Pbc { descs, .. } = &pos[0].1 else {
                    return Err(unsupported());
                };
                let [Desc::Class(c)] = &descs[..] else {
                    return Err(not_supported(
                        "instantiate() of a class that is not a constant",
                    ));
                };
                let cd = *self.ann.classdef_of.get(c).ok_or_else(unsupported)?;
                let p = self.new_instance(cx, cd);
                let to = self.lltype(result_s);
                self.convert(cx, p, &SomeValue::instance(cd), to)
            }
            _ => return Err(unsupported()),
        })
    }

    /// `sum(list)` / `sum(list, start)` of ints or floats.
    fn lower_sum(
        &mut self,
        cx: &mut GraphCx,
        pos: &[(LlValue, SomeValue)],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let (l, l_s) = &pos[0];
        let SomeValue::List { .. } = l_s else {
            return Err(not_supported(&format!("sum() of {}", l_s.kind_word())));
        };
        let kind = self.item_kind(l_s);
        let (h, ty) = match (kind, result_s) {
            (Some(ItemKind::Word { signed: true, .. }), SomeValue::Int { .. })
                if self.list_repr_of(l_s).item == LlType::Signed =>
            {
                (&rn::ITEMS_SUM_INT, LlType::Signed)
            }
            (Some(ItemKind::Float), SomeValue::Float { .. }) => {
                (&rn::ITEMS_SUM_FLOAT, LlType::Float)
            }
            _ => return Err(not_supported("sum() of this list")),
        };
        let start = match pos.get(1) {
            Some((v, s)) => self.convert(cx, v.clone(), s, ty),
            None if ty == LlType::Float => LlValue::Const(LlConst::Float(0.0), ty),
            None => LlValue::int(0),
        };
        let (items, len) = self.list_parts(cx, l.clone(), l_s);
        Ok(self.call_helper(cx, h, vec![items, len, start]))
    }

    /// Calls special method `name` of the instance `recv` (the annotator
    /// called it at this op).
    pub(crate) fn call_special(
        &mut self,
        cx: &mut GraphCx,
        recv: LlValue,
        recv_s: &SomeValue,
        name: &str,
        args: Vec<(LlValue, SomeValue)>,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let SomeValue::Instance { class, .. } = recv_s else {
            return Err(not_supported(&format!(
                "`{name}` of {}",
                recv_s.kind_word()
            )));
        };
        let descs = self.ann.method_descs(*class, name, cx.pos.pos());
        if descs.is_empty() {
            return Err(not_supported(&format!("`{name}` here")));
        }
        let f_s = SomeValue::Pbc {
            descs: Rc::from(descs.clone()),
            nullable: false,
        };
        if let Some((base, m)) = self.method_dispatch(&f_s) {
            if !self.class_repr(base).slots.contains_key(&m) {
                return Err(not_supported(&format!("`{name}` overridden in subclasses")));
            }
        }
        let targets = self.call_targets.get(&cx.pos).cloned().unwrap_or_default();
        if targets.is_empty() {
            return Err(format!(
                "internal error: the annotator did not annotate the call of `{name}` here"
            ));
        }
        let args = LlArgs {
            positional: args,
            keywords: Vec::new(),
        };
        let r = self.method_call(cx, &f_s, &descs, recv, args, &targets)?;
        let to = self.lltype(result_s);
        Ok(self.convert(cx, r, result_s, to))
    }
}
