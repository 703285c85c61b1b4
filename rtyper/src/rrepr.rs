//! `str()` / `repr()` of containers and exception instances, with CPython's
//! text:
//!
//! * lists: a synthesized loop per list type (`[1, 'a', 2.5]`, items shown
//!   with their repr, `None` for a null list) appending to a string builder;
//! * tuples: inline concatenation (`(1,)` for one item);
//! * exception instances without their own `__str__`/`__repr__`: `str(e)`
//!   is the message recorded at construction (`""` for none); `repr(e)` is
//!   `Name(args)`, rebuilt from the message and the hidden `argkind` field
//!   that records how the message was made from the arguments
//!   ([`ArgKind`]).
//!
//! Items whose repr would call a method of the program (`__repr__` of an
//! instance) are refused: a synthesized graph has no annotated call site.

use annotator::{ClassId, SomeValue};

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rsynth::{branch, enter, goto, new_block, ret};
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

/// How an exception's message was made from its constructor arguments
/// (the value of its hidden `argkind` field). A null message means no
/// argument. `Text` is 0 so that exceptions the runtime raises with a
/// message show it quoted, as CPython does.
#[derive(Clone, Copy)]
enum ArgKind {
    /// One text argument: the message is the text (its repr is quoted).
    Text = 0,
    /// One other argument (or none): the message is also its repr.
    Other = 1,
    /// Several arguments: the message is the repr of their tuple.
    Many = 2,
}

impl RTyper<'_, '_> {
    /// Records in the exception `obj` (an instance of `cd`) the message and
    /// argument kind of a construction with `args`.
    pub(crate) fn set_exception_args(
        &mut self,
        cx: &mut GraphCx,
        obj: LlValue,
        cd: ClassId,
        args: &LlArgs,
    ) -> Result<(), String> {
        let msg = self.exception_message(cx, cd, args)?;
        let kind = match &args.positional[..] {
            [] => LlValue::int(ArgKind::Other as i64),
            [(
                _,
                SomeValue::Str {
                    nullable: false, ..
                }
                | SomeValue::Char { .. },
            )] => LlValue::int(ArgKind::Text as i64),
            [(v, s @ SomeValue::Str { nullable: true, .. })] => {
                let st = LlType::Ptr(self.str_type());
                let p = self.convert(cx, v.clone(), s, st);
                let null = cx.emit(L::PtrIsNull, vec![p], LlType::Bool);
                let other = LlValue::int(ArgKind::Other as i64);
                let text = LlValue::int(ArgKind::Text as i64);
                cx.emit(L::Select, vec![null, other, text], LlType::Signed)
            }
            [_] => LlValue::int(ArgKind::Other as i64),
            _ => LlValue::int(ArgKind::Many as i64),
        };
        let fields = &self.class_repr(cd).fields;
        let (m, k) = (fields["<msg>"], fields["<argkind>"]);
        cx.emit(
            L::SetField,
            vec![obj.clone(), fld(m as u32), msg],
            LlType::Void,
        );
        cx.emit(L::SetField, vec![obj, fld(k as u32), kind], LlType::Void);
        Ok(())
    }

    /// The exception class at the root of `class`'s hierarchy (the one
    /// whose instances first hold the hidden fields).
    fn exception_root(&self, class: ClassId) -> ClassId {
        let mut c = class;
        while let Some(b) = self.ann.classdefs[c.index()].base {
            if !self.ann.classdefs[b.index()].is_exception {
                break;
            }
            c = b;
        }
        c
    }

    /// `str(e)` / `repr(e)` (`what`) of an exception instance `v` of
    /// `class` that has no `__str__`/`__repr__` of its own.
    pub(crate) fn exception_text(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        class: ClassId,
        what: &str,
    ) -> Result<LlValue, String> {
        let root = self.exception_root(class);
        let rt = self.lltype(&SomeValue::instance(root));
        let p = self.convert(cx, v, &SomeValue::instance(class), rt);
        let st = LlType::Ptr(self.str_type());
        let name = format!("exc_{what}_{}", self.class_info(root).name);
        let fields = &self.class_repr(root).fields;
        let (m, k) = (fields["<msg>"] as u32, fields["<argkind>"] as u32);
        let vt = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        let is_repr = what == "repr";
        let g = self.synth_graph(&name, &[rt], st, cx.span, |rty, cx, params| {
            let p = params[0].clone();
            let null = cx.emit(L::PtrIsNull, vec![p.clone()], LlType::Bool);
            let (none, _) = new_block(cx, &[]);
            let (body, bp) = new_block(cx, &[rt]);
            branch(cx, null, (none, vec![]), (body, vec![p]));
            enter(cx, none);
            let none_s = LlValue::Const(rty.str_const("None"), st);
            ret(cx, none_s);
            enter(cx, body);
            let p = bp[0].clone();
            let msg = cx.emit(L::GetField, vec![p.clone(), fld(m)], st);
            let empty = rty.empty_str();
            let no_msg = cx.emit(L::PtrIsNull, vec![msg.clone()], LlType::Bool);
            let text = rty.call_helper(cx, &rn::STR_OR_NONE, vec![msg, empty]);
            if !is_repr {
                ret(cx, text);
                return Ok(());
            }
            let kind = cx.emit(L::GetField, vec![p.clone(), fld(k)], LlType::Signed);
            let other = LlValue::int(ArgKind::Other as i64);
            let kind = cx.emit(L::Select, vec![no_msg, other, kind], LlType::Signed);
            let vtable = cx.emit(L::GetField, vec![p, fld(0)], vt);
            let cname = cx.emit(L::GetField, vec![vtable, fld(2)], st);
            let quoted = rty.call_helper(cx, &rn::STR_REPR, vec![text.clone()]);
            let is_text = cx.emit(
                L::IntEq,
                vec![kind.clone(), LlValue::int(ArgKind::Text as i64)],
                LlType::Bool,
            );
            let inner = cx.emit(L::Select, vec![is_text, quoted, text.clone()], st);
            let open = LlValue::Const(rty.str_const("("), st);
            let close = LlValue::Const(rty.str_const(")"), st);
            let wrapped = rty.call_helper(cx, &rn::STR_CONCAT, vec![open, inner]);
            let wrapped = rty.call_helper(cx, &rn::STR_CONCAT, vec![wrapped, close]);
            let many = cx.emit(
                L::IntEq,
                vec![kind, LlValue::int(ArgKind::Many as i64)],
                LlType::Bool,
            );
            let args = cx.emit(L::Select, vec![many, text, wrapped], st);
            let r = rty.call_helper(cx, &rn::STR_CONCAT, vec![cname, args]);
            ret(cx, r);
            Ok(())
        })?;
        Ok(self.call_graph(cx, g, st, vec![p]))
    }

    /// Refuses item kinds whose repr would call a method of the program.
    fn check_item_repr(&mut self, s: &SomeValue) -> Result<(), String> {
        match s {
            SomeValue::Instance { class, .. } => {
                if self.ann.text_special_method(*class, "repr")?.is_some() {
                    return Err(not_supported(
                        "repr() of a container of instances with `__repr__`",
                    ));
                }
                Ok(())
            }
            SomeValue::Tuple(items) => items.iter().try_for_each(|i| self.check_item_repr(i)),
            _ => Ok(()),
        }
    }

    /// `repr(v)` (= `str(v)`) of a list.
    pub(crate) fn list_repr(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        let item_s = self.list_item_annotation(s);
        self.check_item_repr(&item_s)?;
        let repr = self.list_repr_of(s);
        let lt = LlType::Ptr(repr.ty);
        let v = self.convert(cx, v, s, lt);
        let st = LlType::Ptr(self.str_type());
        let name = format!("list_repr_{}", self.prog.types.get(repr.ty).name);
        let list_s = s.clone();
        let g = self.synth_graph(&name, &[lt], st, cx.span, |rty, cx, params| {
            let l = params[0].clone();
            let null = cx.emit(L::PtrIsNull, vec![l.clone()], LlType::Bool);
            let (none, _) = new_block(cx, &[]);
            let (body, bp) = new_block(cx, &[lt]);
            branch(cx, null, (none, vec![]), (body, vec![l]));
            enter(cx, none);
            let none_s = LlValue::Const(rty.str_const("None"), st);
            ret(cx, none_s);
            enter(cx, body);
            let bt = rty.builder_type();
            let btid = LlValue::void(LlConst::Type(bt));
            let b = rty.call_helper(
                cx,
                &rn::BUILDER_NEW,
                vec![btid, rty.str_tid(), LlValue::int(-1)],
            );
            let b = cx.emit(L::CastPtr, vec![b], LlType::Ptr(bt));
            let open = LlValue::Const(rty.str_const("["), st);
            rty.call_helper(cx, &rn::BUILDER_APPEND, vec![b.clone(), open]);
            let state = [lt, LlType::Ptr(bt), LlType::Signed];
            let (head, hp) = new_block(cx, &state);
            goto(cx, head, vec![bp[0].clone(), b, LlValue::int(0)]);
            // head(l, b, i): stop at the current length (items may be
            // appended by nothing here, but the length is read each time).
            enter(cx, head);
            let len = rty.list_len(cx, hp[0].clone(), &list_s);
            let more = cx.emit(L::IntLt, vec![hp[2].clone(), len], LlType::Bool);
            let (item, ip) = new_block(cx, &state);
            let (done, dp) = new_block(cx, &[LlType::Ptr(bt)]);
            branch(cx, more, (item, hp.clone()), (done, vec![hp[1].clone()]));
            enter(cx, item);
            let (l, b, i) = (ip[0].clone(), ip[1].clone(), ip[2].clone());
            let first = cx.emit(L::IntEq, vec![i.clone(), LlValue::int(0)], LlType::Bool);
            let empty = rty.empty_str();
            let comma = LlValue::Const(rty.str_const(", "), st);
            let sep = cx.emit(L::Select, vec![first, empty, comma], st);
            rty.call_helper(cx, &rn::BUILDER_APPEND, vec![b.clone(), sep]);
            let r = if let SomeValue::Impossible = item_s {
                // (A list that is always empty.)
                rty.empty_str()
            } else {
                let x = rty.item_at(cx, l.clone(), i.clone(), &list_s, &item_s)?;
                rty.to_repr(cx, x, &item_s)?
            };
            rty.call_helper(cx, &rn::BUILDER_APPEND, vec![b.clone(), r]);
            let next = cx.emit(L::IntAdd, vec![i, LlValue::int(1)], LlType::Signed);
            goto(cx, head, vec![l, b, next]);
            enter(cx, done);
            let close = LlValue::Const(rty.str_const("]"), st);
            rty.call_helper(cx, &rn::BUILDER_APPEND, vec![dp[0].clone(), close]);
            let r = rty.call_helper(cx, &rn::BUILDER_BUILD, vec![dp[0].clone()]);
            ret(cx, r);
            Ok(())
        })?;
        Ok(self.call_graph(cx, g, st, vec![v]))
    }

    /// `repr(v)` (= `str(v)`) of a tuple.
    pub(crate) fn tuple_repr(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        items: &[SomeValue],
    ) -> Result<LlValue, String> {
        for i in items {
            self.check_item_repr(i)?;
        }
        let st = LlType::Ptr(self.str_type());
        let t = LlType::Ptr(self.tuple_type(items));
        let tuple_s = SomeValue::Tuple(items.into());
        let v = self.convert(cx, v, &tuple_s, t);
        let mut acc = LlValue::Const(self.str_const("("), st);
        for (k, item_s) in items.iter().enumerate() {
            if k > 0 {
                let sep = LlValue::Const(self.str_const(", "), st);
                acc = self.call_helper(cx, &rn::STR_CONCAT, vec![acc, sep]);
            }
            let ty = self.lltype(item_s);
            let x = cx.emit(L::GetField, vec![v.clone(), fld(k as u32)], ty);
            let xr = self.to_repr(cx, x, item_s)?;
            acc = self.call_helper(cx, &rn::STR_CONCAT, vec![acc, xr]);
        }
        let close = if items.len() == 1 { ",)" } else { ")" };
        let close = LlValue::Const(self.str_const(close), st);
        Ok(self.call_helper(cx, &rn::STR_CONCAT, vec![acc, close]))
    }
}
