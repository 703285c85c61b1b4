//! Iteration forms beyond a plain `for` over a list, str or range:
//! dicts and their views, `enumerate`, `zip`, `reversed`, tuples and bytes.
//!
//! Each iterator is a GC struct made by `iter()` (or by the builtin call)
//! and advanced by `next`, which raises StopIteration at the end:
//!
//! * dicts and `.keys()`/`.values()`/`.items()`: `{dict, pos, len}`
//!   (`rdict.rs`); `iter()` of a view makes a fresh iterator, so a view can
//!   be looped over more than once, as in CPython;
//! * `enumerate(x)`: `{inner, index}` over the plain iterator of `x`;
//! * `zip(a, b, ...)`: `{it0, it1, ...}`; stops at the shortest;
//! * `reversed(list or str)`: `{source, index}` counting down (items
//!   beyond a shrunk list end it, as in CPython); `reversed(range)` is the
//!   range `start + (n-1)*step` down to `start - step`;
//! * a tuple: its items copied into an array iterated like a list;
//! * bytes: `{source, index}` giving ints.

use annotator::model::IterHow;
use annotator::SomeValue;
use std::rc::Rc;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rops::not_supported;
use crate::rtyper::RTyper;

/// The iterator `iter(source)` gives (what a `for` loop over it uses).
pub(crate) fn plain_iter_of(source: &SomeValue) -> SomeValue {
    match source {
        SomeValue::Dict { .. } => SomeValue::Iter {
            source: Rc::new(source.clone()),
            how: IterHow::Keys,
        },
        SomeValue::Iter { .. } => source.clone(),
        _ => SomeValue::Iter {
            source: Rc::new(source.clone()),
            how: IterHow::Plain,
        },
    }
}

impl RTyper<'_, '_> {
    /// The low-level type of iterators other than a plain one over a list,
    /// str or range (`Void` for those not supported).
    pub(crate) fn other_iter_lltype(&mut self, source: &SomeValue, how: IterHow) -> LlType {
        use SomeValue as S;
        match (source, how) {
            (S::Dict { .. }, IterHow::Plain | IterHow::Keys | IterHow::Values | IterHow::Items) => {
                let r = self.dict_repr_of(source);
                LlType::Ptr(self.dict_iter_type(&r))
            }
            (S::Bytes { .. }, IterHow::Plain)
            | (S::List { .. } | S::Str { .. }, IterHow::Reversed) => {
                let t = self.lltype(source);
                LlType::Ptr(self.iter_type(t))
            }
            (S::Range { .. }, IterHow::Reversed) => LlType::Ptr(self.range_type()),
            (S::Tuple(items), IterHow::Plain) => match self.tuple_items_array(items) {
                Some(a) => LlType::Ptr(self.iter_type(LlType::Ptr(a))),
                None => LlType::Void,
            },
            (_, IterHow::Enumerate) => {
                let inner = self.lltype(&plain_iter_of(source));
                LlType::Ptr(self.composite_iter_type("Enumerate", &[inner, LlType::Signed]))
            }
            (S::Tuple(sources), IterHow::Zip) => {
                let inner: Vec<LlType> = sources
                    .iter()
                    .map(|s| self.lltype(&plain_iter_of(s)))
                    .collect();
                LlType::Ptr(self.composite_iter_type("Zip", &inner))
            }
            _ => LlType::Void,
        }
    }

    /// `{f0: t0, f1: t1, ...}` named after its field types.
    fn composite_iter_type(&mut self, what: &str, fields: &[LlType]) -> TypeId {
        let words: Vec<String> = fields.iter().map(|t| self.type_word(*t)).collect();
        let name = format!("{what}_{}", words.join("_"));
        if let Some(t) = self.prog.types.by_name(&name) {
            return t;
        }
        let fields = fields
            .iter()
            .enumerate()
            .map(|(i, t)| Field::new(&format!("f{i}"), *t))
            .collect();
        self.prog.types.add(
            name,
            TypeKind::Struct {
                fields,
                varsize: None,
            },
            true,
        )
    }

    /// The array a tuple's items are copied into to iterate over them.
    fn tuple_items_array(&mut self, items: &[SomeValue]) -> Option<TypeId> {
        let item = self.tuple_item_union(items)?;
        let item = self.lltype(&item);
        let name = format!("TupleItems_{}", self.type_word(item));
        if let Some(t) = self.prog.types.by_name(&name) {
            return Some(t);
        }
        Some(self.prog.types.add(name, TypeKind::Array { item }, true))
    }

    fn tuple_item_union(&mut self, items: &[SomeValue]) -> Option<SomeValue> {
        let mut u = SomeValue::Impossible;
        for i in items {
            u = self.ann.union(&u, i).ok()?;
        }
        Some(u)
    }

    /// `iter(v)` for the sources this module handles; `None` for the
    /// others.
    pub(crate) fn make_other_iter(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Option<Result<LlValue, String>> {
        use SomeValue as S;
        Some(Ok(match s {
            S::Dict { .. } => {
                let r = self.dict_repr_of(s);
                let d = self.convert(cx, v, s, LlType::Ptr(r.ty));
                self.dict_make_iter(cx, d, &r)
            }
            S::Iter {
                source,
                how: IterHow::Keys | IterHow::Values | IterHow::Items,
            } => {
                let r = self.dict_repr_of(&source.clone());
                self.dict_view_iter(cx, v, &r)
            }
            S::Bytes { .. } => {
                let t = self.iter_type(cx.ty(&v));
                let it = cx.emit(
                    L::Malloc,
                    vec![LlValue::void(LlConst::Type(t))],
                    LlType::Ptr(t),
                );
                cx.emit(L::SetField, vec![it.clone(), fld(0), v], LlType::Void);
                it
            }
            S::Tuple(items) => {
                let items = items.clone();
                let Some(arr) = self.tuple_items_array(&items) else {
                    return Some(Err(not_supported("iterating over a tuple of mixed types")));
                };
                let item_s = self.tuple_item_union(&items).expect("checked above");
                let item = self.lltype(&item_s);
                let n = LlValue::int(items.len() as i64);
                let a = cx.emit(
                    L::MallocVarsize,
                    vec![LlValue::void(LlConst::Type(arr)), n],
                    LlType::Ptr(arr),
                );
                for (k, i_s) in items.iter().enumerate() {
                    let ty = self.lltype(i_s);
                    let x = cx.emit(L::GetField, vec![v.clone(), fld(k as u32)], ty);
                    let x = self.convert(cx, x, i_s, item);
                    cx.emit(
                        L::SetArrayItem,
                        vec![a.clone(), LlValue::int(k as i64), x],
                        LlType::Void,
                    );
                }
                let t = self.iter_type(LlType::Ptr(arr));
                let it = cx.emit(
                    L::Malloc,
                    vec![LlValue::void(LlConst::Type(t))],
                    LlType::Ptr(t),
                );
                cx.emit(L::SetField, vec![it.clone(), fld(0), a], LlType::Void);
                it
            }
            _ => return None,
        }))
    }

    /// `next(it)` for the iterators this module handles; `None` for the
    /// others.
    pub(crate) fn other_iter_next(
        &mut self,
        cx: &mut GraphCx,
        it: LlValue,
        source: &SomeValue,
        how: IterHow,
        result_s: &SomeValue,
    ) -> Option<Result<LlValue, String>> {
        use SomeValue as S;
        Some(match (source, how) {
            (S::Dict { .. }, IterHow::Plain | IterHow::Keys | IterHow::Values | IterHow::Items) => {
                self.dict_iter_next(cx, it, source, how, result_s)
            }
            (S::Bytes { .. }, IterHow::Plain) => {
                let (src, idx) = self.advance_index(cx, &it, source, 2);
                let b = cx.emit(L::GetArrayItem, vec![src, idx], LlType::Char);
                Ok(cx.emit(L::CastInt, vec![b], LlType::Signed))
            }
            (S::Tuple(items), IterHow::Plain) => {
                let Some(arr) = self.tuple_items_array(&items.clone()) else {
                    return Some(Err(not_supported("iterating over a tuple of mixed types")));
                };
                let item_s = self.tuple_item_union(&items.clone()).expect("an array");
                let ty = LlType::Ptr(arr);
                let a = cx.emit(L::GetField, vec![it.clone(), fld(0)], ty);
                let idx = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
                let len = cx.emit(L::GetArraySize, vec![a.clone()], LlType::Signed);
                let ok = cx.emit(L::IntLt, vec![idx.clone(), len], LlType::Bool);
                cx.emit(L::StopIterationUnless, vec![ok], LlType::Void);
                let next = cx.emit(
                    L::IntAdd,
                    vec![idx.clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                cx.emit(L::SetField, vec![it, fld(1), next], LlType::Void);
                let item = self.lltype(&item_s);
                let v = cx.emit(L::GetArrayItem, vec![a, idx], item);
                let to = self.lltype(result_s);
                Ok(self.convert(cx, v, &item_s, to))
            }
            (S::List { .. } | S::Str { .. }, IterHow::Reversed) => {
                self.reversed_next(cx, it, source, result_s)
            }
            (S::Range { .. }, IterHow::Reversed) => {
                let plain = plain_iter_of(source);
                self.iter_next(cx, it, &plain, result_s)
            }
            (_, IterHow::Enumerate) => {
                let plain = plain_iter_of(source);
                let SomeValue::Tuple(res) = result_s else {
                    return Some(Err(not_supported("enumerate() of this")));
                };
                let inner_t = self.lltype(&plain);
                let inner = cx.emit(L::GetField, vec![it.clone(), fld(0)], inner_t);
                let item = match self.iter_next(cx, inner, &plain, &res[1].clone()) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                let idx = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
                let next = cx.emit(
                    L::IntAdd,
                    vec![idx.clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                cx.emit(L::SetField, vec![it, fld(1), next], LlType::Void);
                let items = vec![(idx, SomeValue::nonneg_int()), (item, res[1].clone())];
                Ok(self.build_tuple(cx, &items, result_s))
            }
            (S::Tuple(sources), IterHow::Zip) => {
                let SomeValue::Tuple(res) = result_s else {
                    return Some(Err(not_supported("zip() of this")));
                };
                let mut items = Vec::new();
                for (k, s) in sources.iter().enumerate() {
                    let plain = plain_iter_of(s);
                    let inner_t = self.lltype(&plain);
                    let inner = cx.emit(L::GetField, vec![it.clone(), fld(k as u32)], inner_t);
                    match self.iter_next(cx, inner, &plain, &res[k].clone()) {
                        Ok(x) => items.push((x, res[k].clone())),
                        Err(e) => return Some(Err(e)),
                    }
                }
                Ok(self.build_tuple(cx, &items, result_s))
            }
            _ => return None,
        })
    }

    /// For `{source, index}` iterators counting up: checks `index` against
    /// the length (field `len_field` of a string) and advances it; returns
    /// the source and the index of the item.
    fn advance_index(
        &mut self,
        cx: &mut GraphCx,
        it: &LlValue,
        source: &SomeValue,
        len_field: u32,
    ) -> (LlValue, LlValue) {
        let src_ty = self.lltype(source);
        let src = cx.emit(L::GetField, vec![it.clone(), fld(0)], src_ty);
        let idx = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
        let len = cx.emit(
            L::GetField,
            vec![src.clone(), fld(len_field)],
            LlType::Signed,
        );
        let ok = cx.emit(L::IntLt, vec![idx.clone(), len], LlType::Bool);
        cx.emit(L::StopIterationUnless, vec![ok], LlType::Void);
        let next = cx.emit(
            L::IntAdd,
            vec![idx.clone(), LlValue::int(1)],
            LlType::Signed,
        );
        cx.emit(L::SetField, vec![it.clone(), fld(1), next], LlType::Void);
        (src, idx)
    }

    /// `enumerate(x)`, `zip(a, ...)`, `reversed(x)`.
    pub(crate) fn lower_iter_builtin(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        args: &[(LlValue, SomeValue)],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let ty = self.lltype(result_s);
        let LlType::Ptr(t) = ty else {
            return Err(not_supported(&format!("calling builtins.{name}() here")));
        };
        let malloc =
            |cx: &mut GraphCx| cx.emit(L::Malloc, vec![LlValue::void(LlConst::Type(t))], ty);
        match name {
            "enumerate" => {
                let (v, s) = &args[0];
                let inner = self.make_iter(cx, v.clone(), s, &plain_iter_of(s))?;
                let it = malloc(cx);
                cx.emit(L::SetField, vec![it.clone(), fld(0), inner], LlType::Void);
                Ok(it)
            }
            "zip" => {
                let mut inners = Vec::new();
                for (v, s) in args {
                    inners.push(self.make_iter(cx, v.clone(), s, &plain_iter_of(s))?);
                }
                let it = malloc(cx);
                for (k, inner) in inners.into_iter().enumerate() {
                    cx.emit(
                        L::SetField,
                        vec![it.clone(), fld(k as u32), inner],
                        LlType::Void,
                    );
                }
                Ok(it)
            }
            "reversed" => self.make_reversed(cx, &args[0], ty),
            _ => Err(not_supported(&format!("calling builtins.{name}()"))),
        }
    }

    fn make_reversed(
        &mut self,
        cx: &mut GraphCx,
        (v, s): &(LlValue, SomeValue),
        ty: LlType,
    ) -> Result<LlValue, String> {
        let LlType::Ptr(t) = ty else { unreachable!() };
        let it = cx.emit(L::Malloc, vec![LlValue::void(LlConst::Type(t))], ty);
        let f = |cx: &mut GraphCx, k: u32, v: LlValue| {
            cx.emit(L::SetField, vec![it.clone(), fld(k), v], LlType::Void);
        };
        match s {
            SomeValue::List { .. } | SomeValue::Str { .. } => {
                let len = self.len_of(cx, v.clone(), s)?;
                let last = cx.emit(L::IntSub, vec![len, LlValue::int(1)], LlType::Signed);
                f(cx, 0, v.clone());
                f(cx, 1, last);
            }
            SomeValue::Range { .. } => {
                // n = max(0, (d - 1) // |step| + 1) with d the distance
                // covered in the step's direction; then the range
                // start + (n-1)*step down to start - step.
                let w = LlType::Signed;
                let get =
                    |cx: &mut GraphCx, k: u32| cx.emit(L::GetField, vec![v.clone(), fld(k)], w);
                let (start, stop, step) = (get(cx, 0), get(cx, 1), get(cx, 2));
                let up = cx.emit(L::IntGt, vec![step.clone(), LlValue::int(0)], LlType::Bool);
                let up = cx.emit(L::CastInt, vec![up], w);
                let two = cx.emit(L::IntMul, vec![up, LlValue::int(2)], w);
                let sign = cx.emit(L::IntSub, vec![two, LlValue::int(1)], w);
                let diff = cx.emit(L::IntSub, vec![stop, start.clone()], w);
                let d = cx.emit(L::IntMul, vec![diff, sign.clone()], w);
                let abs_step = cx.emit(L::IntMul, vec![step.clone(), sign], w);
                let d1 = cx.emit(L::IntSub, vec![d, LlValue::int(1)], w);
                let q = cx.emit(L::IntFloorDiv, vec![d1, abs_step], w);
                let n = cx.emit(L::IntAdd, vec![q, LlValue::int(1)], w);
                let pos = cx.emit(L::IntGt, vec![n.clone(), LlValue::int(0)], LlType::Bool);
                let pos = cx.emit(L::CastInt, vec![pos], w);
                let n = cx.emit(L::IntMul, vec![n, pos], w);
                let n1 = cx.emit(L::IntSub, vec![n, LlValue::int(1)], w);
                let off = cx.emit(L::IntMul, vec![n1, step.clone()], w);
                let first = cx.emit(L::IntAdd, vec![start.clone(), off], w);
                let end = cx.emit(L::IntSub, vec![start, step.clone()], w);
                let back = cx.emit(L::IntNeg, vec![step], w);
                f(cx, 0, first);
                f(cx, 1, end);
                f(cx, 2, back);
            }
            other => {
                return Err(not_supported(&format!(
                    "reversed() of {}",
                    other.kind_word()
                )));
            }
        }
        Ok(it)
    }

    fn reversed_next(
        &mut self,
        cx: &mut GraphCx,
        it: LlValue,
        source: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let src_ty = self.lltype(source);
        let src = cx.emit(L::GetField, vec![it.clone(), fld(0)], src_ty);
        let idx = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
        let len = self.len_of(cx, src.clone(), source)?;
        let lo = cx.emit(L::IntGe, vec![idx.clone(), LlValue::int(0)], LlType::Bool);
        let hi = cx.emit(L::IntLt, vec![idx.clone(), len], LlType::Bool);
        let ok = cx.emit(L::IntAnd, vec![lo, hi], LlType::Bool);
        cx.emit(L::StopIterationUnless, vec![ok], LlType::Void);
        let next = cx.emit(
            L::IntSub,
            vec![idx.clone(), LlValue::int(1)],
            LlType::Signed,
        );
        cx.emit(L::SetField, vec![it, fld(1), next], LlType::Void);
        self.item_at(cx, src, idx, source, result_s)
    }
}
