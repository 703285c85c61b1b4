//! Lists beyond building, indexing and iteration (`rcontainers.rs`):
//! slicing, slice assignment and deletion, `del l[i]`, `+`, `+=`, `*`,
//! `in`, `==`, the methods of lists and `list(x)`; and comparisons and `in`
//! of tuples.
//!
//! Item-aware work (search, equality, sorting, sums) goes to the runtime's
//! `listops` helpers, chosen by the item kind ([`ItemKind`]). They take the
//! items array and the length, so resizable lists (`{length, items}`) and
//! fixed-size lists (bare arrays) share them. Helpers that build a new
//! array return it with exactly the needed length; for a resizable list the
//! rtyper wraps it in a new list struct ([`RTyper::list_from_array`]).
//! Tuples are compared field by field without branches (`select` picks
//! the first differing field's answer).

use annotator::SomeValue;
use flowgraph::{Op, OpName, Value};

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::{ListRepr, RTyper};
use crate::runtime_names::{self as rn, HelperDesc};

/// How the `listops` helpers interpret the items of a list.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum ItemKind {
    /// Compared by their bits (integers, bools, chars, instances by
    /// identity); `show` is the runtime's `SHOW_*` code for messages.
    Word {
        show: i64,
        signed: bool,
    },
    Float,
    Str,
}

// The runtime's `listops::SHOW_*` codes.
const SHOW_SIGNED: i64 = 0;
const SHOW_UNSIGNED: i64 = 1;
const SHOW_CHAR: i64 = 2;
const SHOW_BOOL: i64 = 3;
const SHOW_OBJECT: i64 = 4;

fn bool_const(b: bool) -> LlValue {
    LlValue::Const(LlConst::Bool(b), LlType::Bool)
}

fn tid(t: crate::lltype::TypeId) -> LlValue {
    LlValue::void(LlConst::Type(t))
}

impl RTyper<'_, '_> {
    /// The kind of the items of list `s`, if the helpers handle it.
    pub(crate) fn item_kind(&mut self, s: &SomeValue) -> Option<ItemKind> {
        let item_s = self.list_item_annotation(s);
        let repr = self.list_repr_of(s);
        Some(match &item_s {
            SomeValue::Int { ty, .. } => ItemKind::Word {
                show: if ty.signed() {
                    SHOW_SIGNED
                } else {
                    SHOW_UNSIGNED
                },
                signed: ty.signed(),
            },
            SomeValue::Bool { .. } => ItemKind::Word {
                show: SHOW_BOOL,
                signed: false,
            },
            SomeValue::Char { .. } => ItemKind::Word {
                show: SHOW_CHAR,
                signed: false,
            },
            SomeValue::Float { .. } => ItemKind::Float,
            SomeValue::Str { .. } | SomeValue::Bytes { .. } => ItemKind::Str,
            SomeValue::Instance { .. } | SomeValue::None if matches!(repr.item, LlType::Ptr(_)) => {
                ItemKind::Word {
                    show: SHOW_OBJECT,
                    signed: false,
                }
            }
            _ => return None,
        })
    }

    /// The items array and the length of a list value.
    pub(crate) fn list_parts(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> (LlValue, LlValue) {
        let len = self.list_len(cx, v.clone(), s);
        let items = self.list_items(cx, v, s);
        (items, len)
    }

    /// A list of shape `repr` whose items are all of the new array `arr`
    /// (a helper result).
    pub(crate) fn list_from_array(
        &mut self,
        cx: &mut GraphCx,
        arr: LlValue,
        repr: ListRepr,
    ) -> LlValue {
        let arr = if cx.ty(&arr) == LlType::Ptr(repr.array) {
            arr
        } else {
            cx.emit(L::CastPtr, vec![arr], LlType::Ptr(repr.array))
        };
        if repr.fixed {
            return arr;
        }
        let n = cx.emit(L::GetArraySize, vec![arr.clone()], LlType::Signed);
        let l = cx.emit(L::Malloc, vec![tid(repr.ty)], LlType::Ptr(repr.ty));
        cx.emit(L::SetField, vec![l.clone(), fld(0), n], LlType::Void);
        cx.emit(L::SetField, vec![l.clone(), fld(1), arr], LlType::Void);
        l
    }

    /// `v` as the value argument of a helper for items of `kind`.
    fn item_arg(
        &mut self,
        cx: &mut GraphCx,
        kind: ItemKind,
        v: LlValue,
        s: &SomeValue,
        repr: ListRepr,
    ) -> LlValue {
        match kind {
            ItemKind::Word { .. } => {
                let v = self.convert(cx, v, s, repr.item);
                cx.emit(L::CastToWord, vec![v], LlType::Unsigned)
            }
            ItemKind::Float => self.convert(cx, v, s, LlType::Float),
            ItemKind::Str => {
                let st = LlType::Ptr(self.str_type());
                self.convert(cx, v, s, st)
            }
        }
    }

    fn kind_of(&mut self, s: &SomeValue, what: &str) -> Result<ItemKind, String> {
        self.item_kind(s).ok_or_else(|| {
            let item = self.list_item_annotation(s);
            not_supported(&format!("{what} on a list of {}", item.kind_word()))
        })
    }

    fn resizable(&mut self, s: &SomeValue, what: &str) -> Result<ListRepr, String> {
        let repr = self.list_repr_of(s);
        if repr.fixed {
            return Err(not_supported(&format!("{what} on a list never resized")));
        }
        Ok(repr)
    }

    /// The Signed value of an optional slice bound (`None` gives `dflt`).
    fn bound(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue, dflt: LlValue) -> LlValue {
        match s {
            SomeValue::None => dflt,
            _ => self.convert(cx, v, s, LlType::Signed),
        }
    }

    /// `l[start:stop]`.
    pub(crate) fn list_getslice(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let l = self.arg(cx, op, 0, args_s);
        let (items, len) = self.list_parts(cx, l, &args_s[0]);
        let start = self.arg(cx, op, 1, args_s);
        let start = self.bound(cx, start, &args_s[1], LlValue::int(0));
        let stop = self.arg(cx, op, 2, args_s);
        let stop = self.bound(cx, stop, &args_s[2], len.clone());
        let arr = self.call_helper(cx, &rn::ARRAY_SLICE_CLAMPED, vec![items, len, start, stop]);
        let repr = self.list_repr_of(result_s);
        Ok(self.list_from_array(cx, arr, repr))
    }

    /// `l[start:stop] = other`, `del l[start:stop]` and `del l[i]`.
    pub(crate) fn list_store_op(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> Result<(), String> {
        let what = match op.name {
            OpName::SetSlice => "slice assignment",
            _ => "deletion",
        };
        let repr = self.resizable(&args_s[0], what)?;
        let l = self.arg(cx, op, 0, args_s);
        let at = tid(repr.array);
        if op.name == OpName::DelItem {
            let i = self.arg_as(cx, op, 1, args_s, LlType::Signed);
            let len = self.list_len(cx, l.clone(), &args_s[0]);
            let check = if matches!(args_s[1], SomeValue::Int { nonneg: true, .. }) {
                L::CheckIndexNonNeg
            } else {
                L::CheckIndex
            };
            let idx = cx.emit(check, vec![i, len], LlType::Signed);
            let next = cx.emit(
                L::IntAdd,
                vec![idx.clone(), LlValue::int(1)],
                LlType::Signed,
            );
            self.call_helper(cx, &rn::LIST_DELETE_RANGE, vec![l, idx, next, at]);
            return Ok(());
        }
        let start = self.arg(cx, op, 1, args_s);
        let start = self.bound(cx, start, &args_s[1], LlValue::int(0));
        let stop = self.arg(cx, op, 2, args_s);
        // A missing stop is the end: no list is that long.
        let stop = self.bound(cx, stop, &args_s[2], LlValue::int(i64::MAX));
        if op.name == OpName::DelSlice {
            self.call_helper(cx, &rn::LIST_DELSLICE, vec![l, start, stop, at]);
        } else {
            let other = self.arg(cx, op, 3, args_s);
            self.same_items(&args_s[0], &args_s[3], what)?;
            let (src, n) = self.list_parts(cx, other, &args_s[3]);
            self.call_helper(cx, &rn::LIST_SETSLICE, vec![l, start, stop, src, n, at]);
        }
        Ok(())
    }

    /// Lists `a` and `b` store their items alike (helpers copy raw items).
    fn same_items(&mut self, a: &SomeValue, b: &SomeValue, what: &str) -> Result<(), String> {
        let (ra, rb) = (self.list_repr_of(a), self.list_repr_of(b));
        if ra.item != rb.item {
            return Err(not_supported(&format!(
                "{what} between lists of different item types"
            )));
        }
        Ok(())
    }

    /// `a + b` and `a += b` on lists.
    pub(crate) fn list_add(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        self.same_items(&args_s[0], &args_s[1], "`+`")?;
        let a = self.arg(cx, op, 0, args_s);
        let b = self.arg(cx, op, 1, args_s);
        let (ib, nb) = self.list_parts(cx, b, &args_s[1]);
        let repr = self.list_repr_of(result_s);
        if op.name == OpName::InplaceAdd && !repr.fixed {
            // `l += other` extends `l` itself.
            self.call_helper(
                cx,
                &rn::LIST_EXTEND_ITEMS,
                vec![a.clone(), ib, nb, tid(repr.array)],
            );
            return Ok(a);
        }
        let (ia, na) = self.list_parts(cx, a, &args_s[0]);
        let arr = self.call_helper(cx, &rn::ARRAY_CONCAT, vec![ia, na, ib, nb]);
        Ok(self.list_from_array(cx, arr, repr))
    }

    /// `l * n`, `n * l` and `l *= n`.
    pub(crate) fn list_mul(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let (li, ni) = if matches!(args_s[0], SomeValue::List { .. }) {
            (0, 1)
        } else {
            (1, 0)
        };
        let n = self.arg_as(cx, op, ni, args_s, LlType::Signed);
        if let Value::Var(v) = &op.args[li] {
            if cx.zero_lists.contains(v) {
                return Ok(self.zero_repeat(cx, n, result_s));
            }
        }
        let l = self.arg(cx, op, li, args_s);
        let (items, len) = self.list_parts(cx, l.clone(), &args_s[li]);
        let arr = self.call_helper(cx, &rn::ARRAY_REPEAT, vec![items, len.clone(), n]);
        let repr = self.list_repr_of(result_s);
        if op.name == OpName::InplaceMul && !repr.fixed {
            // `l *= n` changes `l` itself.
            let arr = cx.emit(L::CastPtr, vec![arr], LlType::Ptr(repr.array));
            let total = cx.emit(L::GetArraySize, vec![arr.clone()], LlType::Signed);
            let args = vec![l.clone(), LlValue::int(0), len, arr, total, tid(repr.array)];
            self.call_helper(cx, &rn::LIST_SETSLICE, args);
            return Ok(l);
        }
        Ok(self.list_from_array(cx, arr, repr))
    }

    /// `x in l`.
    pub(crate) fn list_contains(
        &mut self,
        cx: &mut GraphCx,
        l: LlValue,
        l_s: &SomeValue,
        x: LlValue,
        x_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let kind = self.kind_of(l_s, "`in`")?;
        let i = self.find_call(cx, kind, l, l_s, x, x_s, FindHow::Find)?;
        Ok(cx.emit(L::IntGe, vec![i, LlValue::int(0)], LlType::Bool))
    }

    /// A call of the find, index or count helper of `kind`.
    #[allow(clippy::too_many_arguments)]
    fn find_call(
        &mut self,
        cx: &mut GraphCx,
        kind: ItemKind,
        l: LlValue,
        l_s: &SomeValue,
        x: LlValue,
        x_s: &SomeValue,
        how: FindHow,
    ) -> Result<LlValue, String> {
        let repr = self.list_repr_of(l_s);
        let x = self.item_arg(cx, kind, x, x_s, repr);
        let (items, len) = self.list_parts(cx, l, l_s);
        let mut args = vec![items, len, x];
        let h: &'static HelperDesc = match (how, kind) {
            (FindHow::Find, ItemKind::Word { .. }) => &rn::ITEMS_FIND_WORD,
            (FindHow::Find, ItemKind::Float) => &rn::ITEMS_FIND_FLOAT,
            (FindHow::Find, ItemKind::Str) => &rn::ITEMS_FIND_STR,
            (FindHow::Count, ItemKind::Word { .. }) => &rn::ITEMS_COUNT_WORD,
            (FindHow::Count, ItemKind::Float) => &rn::ITEMS_COUNT_FLOAT,
            (FindHow::Count, ItemKind::Str) => &rn::ITEMS_COUNT_STR,
            (FindHow::Index { remove }, k) => {
                if let ItemKind::Word { show, .. } = k {
                    args.push(LlValue::int(show));
                }
                args.push(bool_const(remove));
                match k {
                    ItemKind::Word { .. } => &rn::ITEMS_INDEX_WORD,
                    ItemKind::Float => &rn::ITEMS_INDEX_FLOAT,
                    ItemKind::Str => &rn::ITEMS_INDEX_STR,
                }
            }
        };
        Ok(self.call_helper(cx, h, args))
    }

    /// `a == b` on lists.
    pub(crate) fn list_eq(
        &mut self,
        cx: &mut GraphCx,
        a: LlValue,
        a_s: &SomeValue,
        b: LlValue,
        b_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if a_s.can_be_none() || b_s.can_be_none() {
            return Err(not_supported("comparing lists that may be None"));
        }
        self.same_items(a_s, b_s, "comparison")?;
        let kind = self.kind_of(a_s, "comparison")?;
        let (ia, na) = self.list_parts(cx, a, a_s);
        let (ib, nb) = self.list_parts(cx, b, b_s);
        let h = match kind {
            ItemKind::Word { .. } => &rn::ITEMS_EQ_WORD,
            ItemKind::Float => &rn::ITEMS_EQ_FLOAT,
            ItemKind::Str => &rn::ITEMS_EQ_STR,
        };
        Ok(self.call_helper(cx, h, vec![ia, na, ib, nb]))
    }

    /// `recv.name(args)` for the list methods other than `append` and
    /// `pop()`.
    pub(crate) fn list_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        l: LlValue,
        l_s: &SomeValue,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let pos = &args.positional;
        let void = LlValue::void(LlConst::Void);
        let unsupported = || {
            not_supported(&format!(
                "the method `{name}` of a list with these arguments"
            ))
        };
        if !args.keywords.is_empty() && name != "sort" {
            return Err(unsupported());
        }
        match (name, pos.len()) {
            ("insert", 2) => {
                let repr = self.resizable(l_s, "insert()")?;
                let len = self.list_len(cx, l.clone(), l_s);
                let i = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                // Python clamps: negative counts from the end, then 0..=len.
                let neg = cx.emit(L::IntLt, vec![i.clone(), LlValue::int(0)], LlType::Bool);
                let plus = cx.emit(L::IntAdd, vec![i.clone(), len.clone()], LlType::Signed);
                let i = cx.emit(L::Select, vec![neg, plus, i], LlType::Signed);
                let neg = cx.emit(L::IntLt, vec![i.clone(), LlValue::int(0)], LlType::Bool);
                let i = cx.emit(L::Select, vec![neg, LlValue::int(0), i], LlType::Signed);
                let big = cx.emit(L::IntGt, vec![i.clone(), len.clone()], LlType::Bool);
                let i = cx.emit(L::Select, vec![big, len, i], LlType::Signed);
                let v = self.convert(cx, pos[1].0.clone(), &pos[1].1, repr.item);
                self.call_helper(
                    cx,
                    &rn::LIST_INSERT_GAP,
                    vec![l.clone(), i.clone(), tid(repr.array)],
                );
                let items = cx.emit(L::GetField, vec![l, fld(1)], LlType::Ptr(repr.array));
                cx.emit(L::SetArrayItem, vec![items, i, v], LlType::Void);
                Ok(void)
            }
            ("pop", 1) => {
                let repr = self.resizable(l_s, "pop()")?;
                let i = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                let len = self.list_len(cx, l.clone(), l_s);
                // CPython checks for an empty list first.
                let empty = LlValue::void(LlConst::Text("pop from empty list"));
                cx.emit(
                    L::CheckIndexNonNeg,
                    vec![LlValue::int(0), len.clone(), empty],
                    LlType::Signed,
                );
                let msg = LlValue::void(LlConst::Text("pop index out of range"));
                let idx = cx.emit(L::CheckIndex, vec![i, len, msg], LlType::Signed);
                let items = cx.emit(
                    L::GetField,
                    vec![l.clone(), fld(1)],
                    LlType::Ptr(repr.array),
                );
                let v = cx.emit(L::GetArrayItem, vec![items, idx.clone()], repr.item);
                let next = cx.emit(
                    L::IntAdd,
                    vec![idx.clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                self.call_helper(
                    cx,
                    &rn::LIST_DELETE_RANGE,
                    vec![l, idx, next, tid(repr.array)],
                );
                let item_s = self.list_item_annotation(l_s);
                let to = self.lltype(result_s);
                Ok(self.convert(cx, v, &item_s, to))
            }
            ("extend", 1) => {
                let repr = self.resizable(l_s, "extend()")?;
                let SomeValue::List { .. } = &pos[0].1 else {
                    return Err(unsupported());
                };
                self.same_items(l_s, &pos[0].1, "extend()")?;
                let (src, n) = self.list_parts(cx, pos[0].0.clone(), &pos[0].1);
                self.call_helper(cx, &rn::LIST_EXTEND_ITEMS, vec![l, src, n, tid(repr.array)]);
                Ok(void)
            }
            ("reverse", 0) => {
                let (items, len) = self.list_parts(cx, l, l_s);
                self.call_helper(cx, &rn::ITEMS_REVERSE, vec![items, len]);
                Ok(void)
            }
            ("index", 1) | ("remove", 1) | ("count", 1) => {
                let kind = self.kind_of(l_s, &format!("{name}()"))?;
                let how = match name {
                    "count" => FindHow::Count,
                    _ => FindHow::Index {
                        remove: name == "remove",
                    },
                };
                let (x, x_s) = pos[0].clone();
                let i = self.find_call(cx, kind, l.clone(), l_s, x, &x_s, how)?;
                if name != "remove" {
                    return Ok(i);
                }
                let repr = self.resizable(l_s, "remove()")?;
                let next = cx.emit(L::IntAdd, vec![i.clone(), LlValue::int(1)], LlType::Signed);
                self.call_helper(
                    cx,
                    &rn::LIST_DELETE_RANGE,
                    vec![l, i, next, tid(repr.array)],
                );
                Ok(void)
            }
            ("sort", 0) => {
                let mut reverse = bool_const(false);
                for (k, v, s) in &args.keywords {
                    match &**k {
                        "reverse" => reverse = self.truth(cx, v.clone(), s)?,
                        _ => return Err(not_supported(&format!("sort() with `{k}=`"))),
                    }
                }
                let kind = self.kind_of(l_s, "sort()")?;
                let h = match kind {
                    ItemKind::Word {
                        show: SHOW_OBJECT, ..
                    } => return Err(not_supported("sorting a list of instances")),
                    ItemKind::Word { signed: true, .. } => &rn::ITEMS_SORT_INT,
                    ItemKind::Word { .. } => &rn::ITEMS_SORT_UINT,
                    ItemKind::Float => &rn::ITEMS_SORT_FLOAT,
                    ItemKind::Str => &rn::ITEMS_SORT_STR,
                };
                let (items, len) = self.list_parts(cx, l, l_s);
                self.call_helper(cx, h, vec![items, len, reverse]);
                Ok(void)
            }
            ("copy", 0) => {
                let (items, len) = self.list_parts(cx, l, l_s);
                let args = vec![items, len.clone(), LlValue::int(0), len];
                let arr = self.call_helper(cx, &rn::ARRAY_SLICE_CLAMPED, args);
                let repr = self.list_repr_of(result_s);
                if repr.array != self.list_repr_of(l_s).array {
                    return Err(unsupported());
                }
                Ok(self.list_from_array(cx, arr, repr))
            }
            ("clear", 0) => {
                let repr = self.resizable(l_s, "clear()")?;
                self.call_helper(
                    cx,
                    &rn::LIST_RESIZE,
                    vec![l, LlValue::int(0), tid(repr.array)],
                );
                Ok(void)
            }
            _ => Err(not_supported(&format!("the method `{name}` of a list"))),
        }
    }

    /// `list(x)` of a list, a `str`, a range or an iterator object.
    pub(crate) fn list_constructor(
        &mut self,
        cx: &mut GraphCx,
        x: LlValue,
        x_s: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if !matches!(result_s, SomeValue::List { .. }) {
            // (The annotator gives no list for an iterable with no items.)
            return Err(not_supported("list() of an iterable that never has items"));
        }
        let repr = self.list_repr_of(result_s);
        let arr = match x_s {
            SomeValue::List { .. } => {
                self.same_items(x_s, result_s, "list()")?;
                let (src, n) = self.list_parts(cx, x, x_s);
                let arr = cx.emit(
                    L::MallocVarsize,
                    vec![tid(repr.array), n.clone()],
                    LlType::Ptr(repr.array),
                );
                let args = vec![src, LlValue::int(0), arr.clone(), LlValue::int(0), n];
                self.call_helper(cx, &rn::ARRAY_COPY, args);
                arr
            }
            SomeValue::Str {
                nullable: false, ..
            }
            | SomeValue::Char { .. }
                if repr.item == LlType::UniChar =>
            {
                let st = LlType::Ptr(self.str_type());
                let s = self.convert(cx, x, x_s, st);
                self.call_helper(cx, &rn::ARRAY_FROM_STR_CHARS, vec![tid(repr.array), s])
            }
            SomeValue::Range { .. } if repr.item == LlType::Signed => {
                let f: Vec<LlValue> = (0..3)
                    .map(|k| cx.emit(L::GetField, vec![x.clone(), fld(k)], LlType::Signed))
                    .collect();
                let args = vec![tid(repr.array), f[0].clone(), f[1].clone(), f[2].clone()];
                self.call_helper(cx, &rn::ARRAY_FROM_RANGE, args)
            }
            SomeValue::Instance { .. } => {
                return self.list_of_iterator_object(cx, x, x_s, result_s);
            }
            // A str whose characters become str items (the list also holds
            // longer strings).
            SomeValue::Iter { .. }
            | SomeValue::Dict { .. }
            | SomeValue::Tuple(_)
            | SomeValue::Bytes { .. }
            | SomeValue::Str {
                nullable: false, ..
            }
            | SomeValue::Char { .. } => {
                return self.list_of_builtin_iter(cx, x, x_s, result_s);
            }
            other => return Err(not_supported(&format!("list() of {}", other.kind_word()))),
        };
        Ok(self.list_from_array(cx, arr, repr))
    }

    /// Comparison `name` of two tuples: field by field, the first
    /// differing field decides, else the lengths do.
    pub(crate) fn tuple_compare(
        &mut self,
        cx: &mut GraphCx,
        name: OpName,
        a: LlValue,
        xs: &[SomeValue],
        b: LlValue,
        ys: &[SomeValue],
    ) -> Result<LlValue, String> {
        let n = xs.len().min(ys.len());
        let mut fields = Vec::new();
        for i in 0..n {
            let ta = self.lltype(&xs[i]);
            let tb = self.lltype(&ys[i]);
            let fa = cx.emit(L::GetField, vec![a.clone(), fld(i as u32)], ta);
            let fb = cx.emit(L::GetField, vec![b.clone(), fld(i as u32)], tb);
            fields.push((fa, fb));
        }
        if matches!(name, OpName::Eq | OpName::Ne) {
            let mut acc = bool_const(xs.len() == ys.len());
            if xs.len() == ys.len() {
                for (i, (fa, fb)) in fields.into_iter().enumerate() {
                    let e = self.compare_values(cx, OpName::Eq, fa, &xs[i], fb, &ys[i])?;
                    acc = if i == 0 {
                        e
                    } else {
                        cx.emit(L::IntAnd, vec![acc, e], LlType::Bool)
                    };
                }
            }
            return Ok(if name == OpName::Ne {
                cx.emit(L::BoolNot, vec![acc], LlType::Bool)
            } else {
                acc
            });
        }
        let (la, lb) = (LlValue::int(xs.len() as i64), LlValue::int(ys.len() as i64));
        let mut acc = cx.emit(crate::rops::int_cmp(name), vec![la, lb], LlType::Bool);
        for (i, (fa, fb)) in fields.into_iter().enumerate().rev() {
            let e = self.compare_values(cx, OpName::Eq, fa.clone(), &xs[i], fb.clone(), &ys[i])?;
            let c = self.compare_values(cx, name, fa, &xs[i], fb, &ys[i])?;
            acc = cx.emit(L::Select, vec![e, acc, c], LlType::Bool);
        }
        Ok(acc)
    }

    /// `x in t` for a tuple `t`.
    pub(crate) fn tuple_contains(
        &mut self,
        cx: &mut GraphCx,
        t: LlValue,
        items: &[SomeValue],
        x: LlValue,
        x_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let mut acc = bool_const(false);
        for (i, item_s) in items.iter().enumerate() {
            let ty = self.lltype(item_s);
            let f = cx.emit(L::GetField, vec![t.clone(), fld(i as u32)], ty);
            let e = self.compare_values(cx, OpName::Eq, x.clone(), x_s, f, item_s)?;
            acc = if i == 0 {
                e
            } else {
                cx.emit(L::IntOr, vec![acc, e], LlType::Bool)
            };
        }
        Ok(acc)
    }
}

/// What a search helper computes.
#[derive(Clone, Copy)]
enum FindHow {
    Find,
    Count,
    Index { remove: bool },
}
