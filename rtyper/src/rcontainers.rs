//! Strings, lists, tuples, ranges and iteration.
//!
//! * `str`/`bytes`: pointers to the runtime's string struct; length and
//!   items through fields, everything else through runtime helpers.
//! * lists: a resizable list is `{length, items: array}` (growth by the
//!   runtime's `list_resize`); a list never resized is the bare array.
//!   Indexing normalises negative indexes and checks bounds with
//!   `check_index` (the non-negative variant when the annotator proved it).
//! * tuples: immutable GC structs `{item0, item1, ...}`.
//! * `range(...)`: `{start, stop, step}`; `for` loops iterate through an
//!   iterator struct whose `next` raises StopIteration at the end
//!   (`stop_iteration_unless`).

use annotator::model::IterHow;
use annotator::SomeValue;
use flowgraph::{Op, OpName, Value};

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rops::{not_supported, LResult};
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    pub(crate) fn lower_container_op(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> LResult {
        use OpName::*;
        let r = match op.name {
            Len => {
                let v = self.arg(cx, op, 0, args_s);
                self.len_of(cx, v, &args_s[0])?
            }
            Str | Repr | FormatValue => {
                if op.name == FormatValue {
                    let spec = match &args_s[1] {
                        SomeValue::Str { konst: Some(s), .. } => s.to_string(),
                        SomeValue::Char { konst: Some(c) } => c.to_string(),
                        _ => return Err(not_supported("format specs that are not constants")),
                    };
                    if !spec.is_empty() {
                        let v = self.arg(cx, op, 0, args_s);
                        let r = self.lower_format_spec(cx, v, &args_s[0], &spec)?;
                        self.set_result(cx, op, r);
                        return Ok(());
                    }
                }
                let v = self.arg(cx, op, 0, args_s);
                if op.name == Repr {
                    self.to_repr(cx, v, &args_s[0])?
                } else {
                    self.to_str(cx, v, &args_s[0])?
                }
            }
            BuildStr => {
                let mut pieces = Vec::new();
                for i in 0..op.args.len() {
                    let v = self.arg(cx, op, i, args_s);
                    pieces.push(self.to_str(cx, v, &args_s[i])?);
                }
                self.concat_pieces(cx, pieces)
            }
            NewList => {
                let items: Vec<(LlValue, SomeValue)> = (0..op.args.len())
                    .map(|i| (self.arg(cx, op, i, args_s), args_s[i].clone()))
                    .collect();
                self.build_list(cx, &items, result_s)
            }
            NewTuple => {
                let items: Vec<(LlValue, SomeValue)> = (0..op.args.len())
                    .map(|i| (self.arg(cx, op, i, args_s), args_s[i].clone()))
                    .collect();
                self.build_tuple(cx, &items, result_s)
            }
            GetItem | Contains
                if annotator::osenv::is_environ(&self.ann.interp.heap, &args_s[0]) =>
            {
                let k = self.arg(cx, op, 1, args_s);
                self.lower_environ_op(cx, op.name == GetItem, &args_s[0], (k, &args_s[1]))?
                    .expect("os.environ")
            }
            GetItem | SetItem | DelItem | Contains
                if matches!(args_s[0], SomeValue::Dict { .. }) =>
            {
                let d = self.arg(cx, op, 0, args_s);
                let k = self.arg(cx, op, 1, args_s);
                let (d, k) = ((d, &args_s[0]), (k, &args_s[1]));
                match op.name {
                    GetItem => self.dict_getitem(cx, d, k, result_s)?,
                    SetItem => {
                        let r = self.dict_repr_of(&args_s[0]);
                        if let crate::rdict::KeyKind::Unsupported(why) = &r.kind {
                            return Err(not_supported(why));
                        }
                        let dv = self.convert(cx, d.0, d.1, LlType::Ptr(r.ty));
                        let kv = self.convert(cx, k.0, k.1, r.key);
                        let v = self.arg_as(cx, op, 2, args_s, r.value);
                        self.dict_store(cx, &r, dv, kv, v)?;
                        LlValue::void(LlConst::Void)
                    }
                    DelItem => {
                        self.dict_delitem(cx, d, k)?;
                        LlValue::void(LlConst::Void)
                    }
                    _ => self.dict_contains(cx, d, k)?,
                }
            }
            NewDict => {
                let items: Vec<(LlValue, SomeValue)> = (0..op.args.len())
                    .map(|i| (self.arg(cx, op, i, args_s), args_s[i].clone()))
                    .collect();
                self.lower_newdict(cx, &items, result_s)?
            }
            GetItem => self.lower_getitem(cx, op, args_s, result_s)?,
            SetItem => {
                self.lower_setitem(cx, op, args_s)?;
                LlValue::void(LlConst::Void)
            }
            GetSlice if matches!(args_s[0], SomeValue::List { .. }) => {
                self.list_getslice(cx, op, args_s, result_s)?
            }
            GetSlice => self.lower_getslice(cx, op, args_s)?,
            SetSlice | DelSlice | DelItem if matches!(args_s[0], SomeValue::List { .. }) => {
                self.list_store_op(cx, op, args_s)?;
                LlValue::void(LlConst::Void)
            }
            Add | InplaceAdd if matches!(result_s, SomeValue::List { .. }) => {
                self.list_add(cx, op, args_s, result_s)?
            }
            Mul | InplaceMul if matches!(result_s, SomeValue::List { .. }) => {
                self.list_mul(cx, op, args_s, result_s)?
            }
            Add | InplaceAdd => match result_s {
                SomeValue::Str { .. } | SomeValue::Bytes { .. } => {
                    let st = LlType::Ptr(self.str_type());
                    let a = self.arg_as(cx, op, 0, args_s, st);
                    let b = self.arg_as(cx, op, 1, args_s, st);
                    self.call_helper(cx, &rn::STR_CONCAT, vec![a, b])
                }
                _ => {
                    return Err(not_supported(&format!(
                        "`+` giving {}",
                        result_s.kind_word()
                    )))
                }
            },
            Mod | InplaceMod if matches!(result_s, SomeValue::Str { .. }) => {
                self.lower_percent(cx, op, args_s)?
            }
            Mul | InplaceMul => match result_s {
                SomeValue::Str { .. } | SomeValue::Bytes { .. } => {
                    let st = LlType::Ptr(self.str_type());
                    let (si, ni) = if matches!(args_s[0], SomeValue::Int { .. }) {
                        (1, 0)
                    } else {
                        (0, 1)
                    };
                    let s = self.arg_as(cx, op, si, args_s, st);
                    let n = self.arg_as(cx, op, ni, args_s, LlType::Signed);
                    self.call_helper(cx, &rn::STR_MUL, vec![s, n])
                }
                _ => {
                    return Err(not_supported(&format!(
                        "`*` giving {}",
                        result_s.kind_word()
                    )))
                }
            },
            Contains => match (&args_s[0], &args_s[1]) {
                (SomeValue::Str { .. }, SomeValue::Str { .. } | SomeValue::Char { .. }) => {
                    let st = LlType::Ptr(self.str_type());
                    let a = self.arg_as(cx, op, 0, args_s, st);
                    let b = self.arg_as(cx, op, 1, args_s, st);
                    self.call_helper(cx, &rn::STR_CONTAINS, vec![a, b])
                }
                (SomeValue::List { .. }, x_s) => {
                    let l = self.arg(cx, op, 0, args_s);
                    let x = self.arg(cx, op, 1, args_s);
                    self.list_contains(cx, l, &args_s[0], x, x_s)?
                }
                (SomeValue::Tuple(items), x_s) => {
                    let items = items.clone();
                    let t = self.arg(cx, op, 0, args_s);
                    let x = self.arg(cx, op, 1, args_s);
                    self.tuple_contains(cx, t, &items, x, x_s)?
                }
                (SomeValue::Bytes { .. }, SomeValue::Bytes { .. }) => {
                    let a = self.arg(cx, op, 0, args_s);
                    let b = self.arg(cx, op, 1, args_s);
                    self.call_helper(cx, &rn::BYTES_CONTAINS, vec![b, a])
                }
                (c, _) => return Err(not_supported(&format!("`in` on {}", c.kind_word()))),
            },
            Iter => {
                let v = self.arg(cx, op, 0, args_s);
                self.make_iter(cx, v, &args_s[0], result_s)?
            }
            Next => {
                let v = self.arg(cx, op, 0, args_s);
                self.iter_next(cx, v, &args_s[0], result_s)?
            }
            other => return Err(not_supported(&format!("the operation `{other}`"))),
        };
        self.set_result(cx, op, r);
        Ok(())
    }

    /// `len(v)`.
    pub fn len_of(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        Ok(match s {
            SomeValue::Str { .. } | SomeValue::Bytes { .. } => {
                cx.emit(L::GetField, vec![v, fld(1)], LlType::Signed)
            }
            SomeValue::List { .. } => self.list_len(cx, v, s),
            SomeValue::StringBuilder { .. } => self.builder_length(cx, v),
            SomeValue::Tuple(items) => LlValue::int(items.len() as i64),
            SomeValue::Instance { .. } => {
                self.call_special(cx, v, s, "__len__", vec![], &SomeValue::int())?
            }
            SomeValue::Dict { .. } => self.dict_len(cx, v, s),
            _ => return Err(not_supported(&format!("len() of {}", s.kind_word()))),
        })
    }

    /// The number of items of a list.
    pub fn list_len(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue) -> LlValue {
        let repr = self.list_repr_of(s);
        if repr.fixed {
            cx.emit(L::GetArraySize, vec![v], LlType::Signed)
        } else {
            cx.emit(L::GetField, vec![v, fld(0)], LlType::Signed)
        }
    }

    /// The items array of a list.
    pub(crate) fn list_items(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue) -> LlValue {
        let repr = self.list_repr_of(s);
        if repr.fixed {
            v
        } else {
            cx.emit(L::GetField, vec![v, fld(1)], LlType::Ptr(repr.array))
        }
    }

    /// A new list holding `items`.
    pub fn build_list(
        &mut self,
        cx: &mut GraphCx,
        items: &[(LlValue, SomeValue)],
        list_s: &SomeValue,
    ) -> LlValue {
        let repr = self.list_repr_of(list_s);
        let item_s = self.list_item_annotation(list_s);
        let n = LlValue::int(items.len() as i64);
        let arr = cx.emit(
            L::MallocVarsize,
            vec![LlValue::void(LlConst::Type(repr.array)), n.clone()],
            LlType::Ptr(repr.array),
        );
        let list = if repr.fixed {
            arr.clone()
        } else {
            let l = cx.emit(
                L::Malloc,
                vec![LlValue::void(LlConst::Type(repr.ty))],
                LlType::Ptr(repr.ty),
            );
            cx.emit(L::SetField, vec![l.clone(), fld(0), n], LlType::Void);
            cx.emit(
                L::SetField,
                vec![l.clone(), fld(1), arr.clone()],
                LlType::Void,
            );
            l
        };
        for (i, (v, s)) in items.iter().enumerate() {
            let s = if s.is_impossible() { &item_s } else { s };
            let v = self.convert(cx, v.clone(), s, repr.item);
            let items_arr = self.list_items(cx, list.clone(), list_s);
            cx.emit(
                L::SetArrayItem,
                vec![items_arr, LlValue::int(i as i64), v],
                LlType::Void,
            );
        }
        list
    }

    /// A new tuple.
    pub fn build_tuple(
        &mut self,
        cx: &mut GraphCx,
        items: &[(LlValue, SomeValue)],
        tuple_s: &SomeValue,
    ) -> LlValue {
        let SomeValue::Tuple(item_s) = tuple_s else {
            return LlValue::void(LlConst::Void);
        };
        let item_s = item_s.clone();
        let t = self.tuple_type(&item_s);
        let p = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(t))],
            LlType::Ptr(t),
        );
        for (i, (v, s)) in items.iter().enumerate() {
            let fty = self.prog.types.fields(t)[i].ty;
            let v = self.convert(cx, v.clone(), s, fty);
            cx.emit(L::SetField, vec![p.clone(), fld(i as u32), v], LlType::Void);
        }
        p
    }

    /// Converts tuple `v` (annotated `s`) to the tuple type `to` whose items
    /// have other representations (`('8', 8)` stored in a list of
    /// `(str, int)`): a new tuple with each item converted.
    pub fn convert_tuple(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        to: TypeId,
    ) -> LlValue {
        let SomeValue::Tuple(item_s) = s else {
            return LlValue::void(LlConst::Void);
        };
        let LlType::Ptr(from) = cx.ty(&v) else {
            return LlValue::void(LlConst::Void);
        };
        let mut items = Vec::new();
        for (i, is) in item_s.clone().iter().enumerate() {
            let fty = self.prog.types.fields(from)[i].ty;
            let x = cx.emit(L::GetField, vec![v.clone(), fld(i as u32)], fty);
            items.push((x, is.clone()));
        }
        let p = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(to))],
            LlType::Ptr(to),
        );
        for (i, (x, is)) in items.into_iter().enumerate() {
            let fty = self.prog.types.fields(to)[i].ty;
            let x = self.convert(cx, x, &is, fty);
            cx.emit(L::SetField, vec![p.clone(), fld(i as u32), x], LlType::Void);
        }
        p
    }

    /// Whether `t` is the struct of a tuple.
    pub fn is_tuple_type(&self, t: TypeId) -> bool {
        self.tuple_types.values().any(|x| *x == t)
    }

    /// A normalized, bounds-checked index into something of length `len`.
    fn checked_index(
        &mut self,
        cx: &mut GraphCx,
        i: LlValue,
        i_s: &SomeValue,
        len: LlValue,
    ) -> LlValue {
        let nonneg = matches!(i_s, SomeValue::Int { nonneg: true, .. });
        let op = if nonneg {
            L::CheckIndexNonNeg
        } else {
            L::CheckIndex
        };
        cx.emit(op, vec![i, len], LlType::Signed)
    }

    fn lower_getitem(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let c = self.arg(cx, op, 0, args_s);
        match &args_s[0] {
            SomeValue::List { .. } => {
                let i = self.arg_as(cx, op, 1, args_s, LlType::Signed);
                let len = self.list_len(cx, c.clone(), &args_s[0]);
                let idx = self.checked_index(cx, i, &args_s[1], len);
                let repr = self.list_repr_of(&args_s[0]);
                let items = self.list_items(cx, c, &args_s[0]);
                let v = cx.emit(L::GetArrayItem, vec![items, idx], repr.item);
                let item_s = self.list_item_annotation(&args_s[0]);
                let to = self.lltype(result_s);
                Ok(self.convert(cx, v, &item_s, to))
            }
            SomeValue::Str { .. } => {
                let i = self.arg_as(cx, op, 1, args_s, LlType::Signed);
                let len = cx.emit(L::GetField, vec![c.clone(), fld(1)], LlType::Signed);
                let idx = self.checked_index(cx, i, &args_s[1], len);
                Ok(self.call_helper(cx, &rn::STR_GETITEM, vec![c, idx]))
            }
            SomeValue::Bytes { .. } => {
                let i = self.arg_as(cx, op, 1, args_s, LlType::Signed);
                let len = cx.emit(L::GetField, vec![c.clone(), fld(2)], LlType::Signed);
                let idx = self.checked_index(cx, i, &args_s[1], len);
                let b = cx.emit(L::GetArrayItem, vec![c, idx], LlType::Char);
                Ok(cx.emit(L::CastInt, vec![b], LlType::Signed))
            }
            SomeValue::Tuple(items) => {
                let Value::Const(flowgraph::Constant::Int(k)) = &op.args[1] else {
                    return Err(not_supported("indexing a tuple with a variable"));
                };
                let n = items.len() as i64;
                let k = if *k < 0 { k + n } else { *k };
                let ty = self.lltype(&items[k as usize]);
                let v = cx.emit(L::GetField, vec![c, fld(k as u32)], ty);
                let to = self.lltype(result_s);
                Ok(self.convert(cx, v, &items[k as usize].clone(), to))
            }
            SomeValue::Instance { .. } => {
                let i = self.arg(cx, op, 1, args_s);
                let args = vec![(i, args_s[1].clone())];
                self.call_special(cx, c, &args_s[0], "__getitem__", args, result_s)
            }
            other => Err(not_supported(&format!("indexing {}", other.kind_word()))),
        }
    }

    fn lower_setitem(&mut self, cx: &mut GraphCx, op: &Op, args_s: &[SomeValue]) -> LResult {
        if let SomeValue::Instance { .. } = &args_s[0] {
            let c = self.arg(cx, op, 0, args_s);
            let i = self.arg(cx, op, 1, args_s);
            let v = self.arg(cx, op, 2, args_s);
            let args = vec![(i, args_s[1].clone()), (v, args_s[2].clone())];
            self.call_special(cx, c, &args_s[0], "__setitem__", args, &SomeValue::None)?;
            return Ok(());
        }
        let SomeValue::List { .. } = &args_s[0] else {
            return Err(not_supported(&format!(
                "item assignment on {}",
                args_s[0].kind_word()
            )));
        };
        let c = self.arg(cx, op, 0, args_s);
        let i = self.arg_as(cx, op, 1, args_s, LlType::Signed);
        let len = self.list_len(cx, c.clone(), &args_s[0]);
        let idx = self.checked_index(cx, i, &args_s[1], len);
        let repr = self.list_repr_of(&args_s[0]);
        let v = self.arg_as(cx, op, 2, args_s, repr.item);
        let items = self.list_items(cx, c, &args_s[0]);
        cx.emit(L::SetArrayItem, vec![items, idx, v], LlType::Void);
        Ok(())
    }

    fn lower_getslice(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> Result<LlValue, String> {
        let (SomeValue::Str { .. } | SomeValue::Bytes { .. }) = &args_s[0] else {
            return Err(not_supported(&format!("slicing {}", args_s[0].kind_word())));
        };
        let s = self.arg(cx, op, 0, args_s);
        let len = cx.emit(L::GetField, vec![s.clone(), fld(1)], LlType::Signed);
        let start = match &args_s[1] {
            SomeValue::None => LlValue::int(0),
            _ => self.arg_as(cx, op, 1, args_s, LlType::Signed),
        };
        let stop = match &args_s[2] {
            SomeValue::None => len,
            SomeValue::Int {
                konst: Some(-1), ..
            } => cx.emit(L::IntSub, vec![len, LlValue::int(1)], LlType::Signed),
            _ => self.arg_as(cx, op, 2, args_s, LlType::Signed),
        };
        Ok(self.call_helper(cx, &rn::STR_SLICE, vec![s, start, stop]))
    }

    /// `str(v)`.
    pub fn to_str(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        let st = LlType::Ptr(self.str_type());
        Ok(match s {
            SomeValue::Str {
                nullable: false, ..
            } => v,
            SomeValue::Str { .. } => {
                let none = LlValue::Const(self.str_const("None"), st);
                self.call_helper(cx, &rn::STR_OR_NONE, vec![v, none])
            }
            SomeValue::Char { .. } => self.as_str_value(cx, v, s),
            SomeValue::Int { ty, .. } => {
                if ty.signed() {
                    let v = self.convert(cx, v, s, LlType::Signed);
                    self.call_helper(cx, &rn::INT_TO_STR, vec![self.str_tid(), v])
                } else {
                    let v = self.convert(cx, v, s, LlType::Unsigned);
                    self.call_helper(cx, &rn::UINT_TO_STR, vec![self.str_tid(), v])
                }
            }
            SomeValue::Bool { .. } => {
                self.call_helper(cx, &rn::BOOL_TO_STR, vec![self.str_tid(), v])
            }
            SomeValue::Float { .. } => {
                self.call_helper(cx, &rn::FLOAT_REPR, vec![self.str_tid(), v])
            }
            SomeValue::None => LlValue::Const(self.str_const("None"), st),
            SomeValue::Bytes { .. } => {
                self.call_helper(cx, &rn::BYTES_REPR, vec![self.str_tid(), v])
            }
            SomeValue::Instance { class, .. } => self.instance_text(cx, v, s, *class, "str")?,
            SomeValue::List { .. } => self.list_repr(cx, v, s)?,
            SomeValue::Tuple(items) => self.tuple_repr(cx, v, items)?,
            _ => return Err(not_supported(&format!("str() of {}", s.kind_word()))),
        })
    }

    /// `str()` / `repr()` of an instance: its `__str__` / `__repr__` (the
    /// annotator annotated the call at this operation), else the default
    /// text.
    fn instance_text(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        class: annotator::ClassId,
        what: &str,
    ) -> Result<LlValue, String> {
        match self.ann.text_special_method(class, what)? {
            Some(name) => self.call_special(cx, v, s, name, vec![], &SomeValue::str()),
            None if self.ann.classdefs[class.index()].is_exception => {
                self.exception_text(cx, v, class, what)
            }
            None => Ok(self.default_object_repr(cx, v, class)),
        }
    }

    /// CPython's `object.__repr__`: `<module.Class object at 0x...>`, the
    /// "address" being the object's unique id (stable across moves of the
    /// GC; `None` for a null pointer).
    pub(crate) fn default_object_repr(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        class: annotator::ClassId,
    ) -> LlValue {
        let cd = &self.ann.classdefs[class.index()];
        let qualified = match self.ann.interp.heap.as_class(cd.class) {
            Some(k) => {
                let module = match &*k.module_name {
                    "__target__" => "__main__",
                    m => m,
                };
                format!("{module}.{}", k.qualname)
            }
            None => cd.name.to_string(),
        };
        let st = LlType::Ptr(self.str_type());
        let obj = self.convert(
            cx,
            v.clone(),
            &SomeValue::instance(class),
            LlType::Ptr(self.prog.object_type.expect("classes")),
        );
        let id = self.call_helper(cx, &rn::UNIQUE_ID, vec![obj.clone()]);
        let hex = self.call_helper(
            cx,
            &rn::INT_TO_BASE_STR,
            vec![self.str_tid(), id, LlValue::int(16)],
        );
        let head = LlValue::Const(self.str_const(&format!("<{qualified} object at ")), st);
        let text = self.call_helper(cx, &rn::STR_CONCAT, vec![head, hex]);
        let tail = LlValue::Const(self.str_const(">"), st);
        let text = self.call_helper(cx, &rn::STR_CONCAT, vec![text, tail]);
        let none = LlValue::Const(self.str_const("None"), st);
        let is_null = cx.emit(L::PtrIsNull, vec![obj], LlType::Bool);
        cx.emit(L::Select, vec![is_null, none, text], st)
    }

    /// `repr(v)`.
    pub fn to_repr(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        match s {
            SomeValue::Str { nullable: true, .. } => {
                let st = LlType::Ptr(self.str_type());
                let none = LlValue::Const(self.str_const("None"), st);
                Ok(self.call_helper(cx, &rn::STR_REPR_OR_NONE, vec![v, none]))
            }
            SomeValue::Str { .. } => Ok(self.call_helper(cx, &rn::STR_REPR, vec![v])),
            SomeValue::Char { .. } => {
                let s1 = self.as_str_value(cx, v, s);
                Ok(self.call_helper(cx, &rn::STR_REPR, vec![s1]))
            }
            SomeValue::Instance { class, .. } => self.instance_text(cx, v, s, *class, "repr"),
            _ => self.to_str(cx, v, s),
        }
    }

    /// The `{start, stop, step}` struct of ranges.
    pub fn range_type(&mut self) -> TypeId {
        if let Some(t) = self.prog.types.by_name("Range") {
            return t;
        }
        let fields = ["start", "stop", "step"]
            .iter()
            .map(|n| Field::new(n, LlType::Signed))
            .collect();
        self.prog.types.add(
            "Range".into(),
            TypeKind::Struct {
                fields,
                varsize: None,
            },
            true,
        )
    }

    /// Item `idx` (in bounds) of a list or str, converted to the type of
    /// `result_s`.
    pub(crate) fn item_at(
        &mut self,
        cx: &mut GraphCx,
        src: LlValue,
        idx: LlValue,
        source: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        Ok(if let SomeValue::List { .. } = source {
            let repr = self.list_repr_of(source);
            let items = self.list_items(cx, src, source);
            let v = cx.emit(L::GetArrayItem, vec![items, idx], repr.item);
            let item_s = self.list_item_annotation(source);
            let to = self.lltype(result_s);
            self.convert(cx, v, &item_s, to)
        } else if let SomeValue::Bytes { .. } = source {
            let b = cx.emit(L::GetArrayItem, vec![src, idx], LlType::Char);
            cx.emit(L::CastInt, vec![b], LlType::Signed)
        } else {
            self.call_helper(cx, &rn::STR_GETITEM, vec![src, idx])
        })
    }

    /// The iterator struct over a container type: `{source, index}`.
    pub(crate) fn iter_type(&mut self, source: LlType) -> TypeId {
        let word = match source {
            LlType::Ptr(t) => self.prog.types.get(t).name.clone(),
            _ => "x".into(),
        };
        let name = format!("Iter_{word}");
        if let Some(t) = self.prog.types.by_name(&name) {
            return t;
        }
        self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("source", source),
                    Field::new("index", LlType::Signed),
                ],
                varsize: None,
            },
            true,
        )
    }

    pub(crate) fn make_iter(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if let Some(r) = self.make_other_iter(cx, v.clone(), s) {
            return r;
        }
        match s {
            SomeValue::Instance { .. } => self.call_special(cx, v, s, "__iter__", vec![], result_s),
            SomeValue::Range { .. } => {
                // A copy of the range whose `start` advances.
                let t = self.range_type();
                let it = cx.emit(
                    L::Malloc,
                    vec![LlValue::void(LlConst::Type(t))],
                    LlType::Ptr(t),
                );
                for k in 0..3 {
                    let f = cx.emit(L::GetField, vec![v.clone(), fld(k)], LlType::Signed);
                    cx.emit(L::SetField, vec![it.clone(), fld(k), f], LlType::Void);
                }
                Ok(it)
            }
            SomeValue::List { .. } | SomeValue::Str { .. } | SomeValue::Bytes { .. } => {
                let src = cx.ty(&v);
                let t = self.iter_type(src);
                let it = cx.emit(
                    L::Malloc,
                    vec![LlValue::void(LlConst::Type(t))],
                    LlType::Ptr(t),
                );
                cx.emit(L::SetField, vec![it.clone(), fld(0), v], LlType::Void);
                Ok(it)
            }
            SomeValue::Iter { .. } => Ok(v),
            other => Err(not_supported(&format!(
                "iterating over {}",
                other.kind_word()
            ))),
        }
    }

    pub(crate) fn iter_next(
        &mut self,
        cx: &mut GraphCx,
        it: LlValue,
        s: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if let SomeValue::Instance { .. } = s {
            return self.call_special(cx, it, s, "__next__", vec![], result_s);
        }
        let SomeValue::Iter { source, how } = s else {
            return Err(not_supported(&format!("next() of {}", s.kind_word())));
        };
        let source = (**source).clone();
        if let Some(r) = self.other_iter_next(cx, it.clone(), &source, *how, result_s) {
            return r;
        }
        if *how != IterHow::Plain {
            return Err(not_supported(
                "this kind of iteration (enumerate/zip/reversed/dict views)",
            ));
        }
        match &source {
            SomeValue::Range { .. } => {
                let cur = cx.emit(L::GetField, vec![it.clone(), fld(0)], LlType::Signed);
                let stop = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
                let step = cx.emit(L::GetField, vec![it.clone(), fld(2)], LlType::Signed);
                let up = cx.emit(L::IntGt, vec![step.clone(), LlValue::int(0)], LlType::Bool);
                let lt = cx.emit(L::IntLt, vec![cur.clone(), stop.clone()], LlType::Bool);
                let gt = cx.emit(L::IntGt, vec![cur.clone(), stop], LlType::Bool);
                let a = cx.emit(L::IntAnd, vec![up.clone(), lt], LlType::Bool);
                let down = cx.emit(L::BoolNot, vec![up], LlType::Bool);
                let b = cx.emit(L::IntAnd, vec![down, gt], LlType::Bool);
                let ok = cx.emit(L::IntOr, vec![a, b], LlType::Bool);
                cx.emit(L::StopIterationUnless, vec![ok], LlType::Void);
                let next = cx.emit(L::IntAdd, vec![cur.clone(), step], LlType::Signed);
                cx.emit(L::SetField, vec![it, fld(0), next], LlType::Void);
                Ok(cur)
            }
            SomeValue::List { .. } | SomeValue::Str { .. } | SomeValue::Bytes { .. } => {
                let src_ty = self.lltype(&source);
                let src = cx.emit(L::GetField, vec![it.clone(), fld(0)], src_ty);
                let idx = cx.emit(L::GetField, vec![it.clone(), fld(1)], LlType::Signed);
                let len = self.len_of(cx, src.clone(), &source)?;
                let ok = cx.emit(L::IntLt, vec![idx.clone(), len], LlType::Bool);
                cx.emit(L::StopIterationUnless, vec![ok], LlType::Void);
                let next = cx.emit(
                    L::IntAdd,
                    vec![idx.clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                cx.emit(L::SetField, vec![it, fld(1), next], LlType::Void);
                self.item_at(cx, src, idx, &source, result_s)
            }
            other => Err(not_supported(&format!(
                "iterating over {}",
                other.kind_word()
            ))),
        }
    }
}
