//! Dict methods: `get`, `pop`, `setdefault`, `popitem`, `update`,
//! `keys`/`values`/`items`, `clear` and `copy`. Those with branches are
//! helper graphs (one per dict type and key semantics) written on top of
//! the primitives of `rdict.rs` (`dict_lookup`, `dict_store`), so they work
//! for every kind of key.

use annotator::SomeValue;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rdict::{from_word, kind_helpers, to_word, DictRepr};
use crate::rops::not_supported;
use crate::rsynth::{branch, enter, new_block, ret};
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    /// Lowers a method call on a dict.
    pub(crate) fn lower_dict_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        recv: LlValue,
        recv_s: &SomeValue,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let r = self.dict_repr_of(recv_s);
        let d = self.as_dict(cx, recv, recv_s, &r);
        let pos = &args.positional;
        let to = self.lltype(result_s);
        let void = LlValue::void(LlConst::Void);
        if !matches!(name, "keys" | "values" | "items" | "clear" | "copy") {
            Self::check_kind(&r)?;
        }
        Ok(match name {
            "keys" | "values" | "items" => self.dict_make_iter(cx, d, &r),
            "clear" => {
                self.call_helper(cx, &rn::DICT_CLEAR, vec![d]);
                void
            }
            "copy" => {
                let c = self.call_helper(cx, &rn::DICT_COPY, vec![d]);
                cx.emit(L::CastPtr, vec![c], to)
            }
            "get" => {
                let key = self.convert(cx, pos[0].0.clone(), &pos[0].1, r.key);
                let default = match pos.get(1) {
                    Some((v, s)) => self.convert(cx, v.clone(), s, r.value),
                    None => self.convert(cx, void.clone(), &SomeValue::None, r.value),
                };
                let v = match kind_helpers(&r.kind) {
                    Some(h) => {
                        let kw = to_word(cx, key);
                        let dw = to_word(cx, default);
                        let w = self.call_helper(cx, h.get, vec![d, kw, dw]);
                        from_word(cx, w, r.value)
                    }
                    None => self.dict_synth_get(cx, &r, d, key, default, "get")?,
                };
                self.convert(cx, v, &r.value_s, to)
            }
            "pop" => {
                let key = self.convert(cx, pos[0].0.clone(), &pos[0].1, r.key);
                let v = match pos.get(1) {
                    Some((dv, ds)) => {
                        let default = self.convert(cx, dv.clone(), ds, r.value);
                        self.dict_synth_get(cx, &r, d, key, default, "pop_default")?
                    }
                    None => self.dict_pop(cx, &r, d, key)?,
                };
                self.convert(cx, v, &r.value_s, to)
            }
            "setdefault" => {
                let key = self.convert(cx, pos[0].0.clone(), &pos[0].1, r.key);
                let default = self.convert(cx, pos[1].0.clone(), &pos[1].1, r.value);
                let v = self.dict_synth_get(cx, &r, d, key, default, "setdefault")?;
                self.convert(cx, v, &r.value_s, to)
            }
            "popitem" => self.dict_popitem(cx, &r, d, result_s)?,
            "update" => {
                let other_s = pos[0].1.clone();
                let ro = self.dict_repr_of(&other_s);
                let o = self.as_dict(cx, pos[0].0.clone(), &other_s, &ro);
                self.dict_update(cx, &r, d, &ro, o)?;
                void
            }
            _ => return Err(not_supported(&format!("the method `{name}` of a dict"))),
        })
    }

    /// `d.get(k, default)`, `d.pop(k, default)` and `d.setdefault(k,
    /// default)` as a helper graph: the value of `k` if present, else
    /// `default` (which `setdefault` also stores).
    fn dict_synth_get(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        key: LlValue,
        default: LlValue,
        what: &'static str,
    ) -> Result<LlValue, String> {
        let rc = r.clone();
        let g = self.synth_graph(
            &format!("ll_dict_{what}_{}", r.tag),
            &[LlType::Ptr(r.ty), r.key, r.value],
            r.value,
            cx.span,
            move |rt, cx, p| {
                let ix = rt.dict_lookup(cx, &rc, p[0].clone(), p[1].clone())?;
                let found = cx.emit(L::IntGe, vec![ix.clone(), LlValue::int(0)], LlType::Bool);
                let (yes, yp) = new_block(cx, &[LlType::Ptr(rc.ty), LlType::Signed]);
                let (no, np) = new_block(cx, &[LlType::Ptr(rc.ty), rc.key, rc.value]);
                branch(
                    cx,
                    found,
                    (yes, vec![p[0].clone(), ix]),
                    (no, vec![p[0].clone(), p[1].clone(), p[2].clone()]),
                );
                enter(cx, yes);
                let v = rt.entry_value(cx, &rc, yp[0].clone(), yp[1].clone());
                if what == "pop_default" {
                    rt.call_helper(cx, &rn::DICT_POP_ENTRY, vec![yp[0].clone(), yp[1].clone()]);
                }
                ret(cx, v);
                enter(cx, no);
                if what == "setdefault" {
                    rt.dict_store(cx, &rc, np[0].clone(), np[1].clone(), np[2].clone())?;
                }
                ret(cx, np[2].clone());
                Ok(())
            },
        )?;
        Ok(self.call_graph(cx, g, r.value, vec![d, key, default]))
    }

    /// `d.pop(k)`: KeyError when missing.
    fn dict_pop(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        key: LlValue,
    ) -> Result<LlValue, String> {
        let rc = r.clone();
        let g = self.synth_graph(
            &format!("ll_dict_pop_{}", r.tag),
            &[LlType::Ptr(r.ty), r.key],
            r.value,
            cx.span,
            move |rt, cx, p| {
                let ix = rt.dict_lookup(cx, &rc, p[0].clone(), p[1].clone())?;
                let carry = vec![p[0].clone(), ix.clone()];
                let q = rt.found_or_key_error(cx, &rc, ix, p[1].clone(), carry)?;
                let v = rt.entry_value(cx, &rc, q[0].clone(), q[1].clone());
                rt.call_helper(cx, &rn::DICT_POP_ENTRY, vec![q[0].clone(), q[1].clone()]);
                ret(cx, v);
                Ok(())
            },
        )?;
        Ok(self.call_graph(cx, g, r.value, vec![d, key]))
    }
    /// `d.popitem()`: the last `(key, value)`, removed.
    fn dict_popitem(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let to = self.lltype(result_s);
        let rc = r.clone();
        let tuple_s = result_s.clone();
        let g = self.synth_graph(
            &format!("ll_dict_popitem_{}", r.tag),
            &[LlType::Ptr(r.ty)],
            to,
            cx.span,
            move |rt, cx, p| {
                let ix = rt.call_helper(cx, &rn::DICT_LAST_LIVE, vec![p[0].clone()]);
                let found = cx.emit(L::IntGe, vec![ix.clone(), LlValue::int(0)], LlType::Bool);
                let (empty, _) = new_block(cx, &[]);
                let (ok, q) = new_block(cx, &[LlType::Ptr(rc.ty), LlType::Signed]);
                branch(cx, found, (ok, vec![p[0].clone(), ix]), (empty, vec![]));
                enter(cx, empty);
                rt.call_helper(cx, &rn::DICT_POPITEM_EMPTY, vec![]);
                ret(cx, LlValue::Const(LlConst::Null, to));
                enter(cx, ok);
                let kw = rt.call_helper(cx, &rn::DICT_GET_KEY, vec![q[0].clone(), q[1].clone()]);
                let vw = rt.call_helper(cx, &rn::DICT_GET_VALUE, vec![q[0].clone(), q[1].clone()]);
                rt.call_helper(cx, &rn::DICT_POP_ENTRY, vec![q[0].clone(), q[1].clone()]);
                let k = from_word(cx, kw, rc.key);
                let v = from_word(cx, vw, rc.value);
                let items = vec![(k, rc.key_s.clone()), (v, rc.value_s.clone())];
                let t = rt.build_tuple(cx, &items, &tuple_s);
                ret(cx, t);
                Ok(())
            },
        )?;
        Ok(self.call_graph(cx, g, to, vec![d]))
    }

    /// `d.update(other)`: stores every item of `other` in order.
    fn dict_update(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        ro: &DictRepr,
        o: LlValue,
    ) -> Result<(), String> {
        let (rc, roc) = (r.clone(), ro.clone());
        let g = self.synth_graph(
            &format!("ll_dict_update_{}_from_{}", r.tag, ro.tag),
            &[LlType::Ptr(r.ty), LlType::Ptr(ro.ty)],
            LlType::Void,
            cx.span,
            move |rt, cx, p| {
                let tys = [LlType::Ptr(rc.ty), LlType::Ptr(roc.ty), LlType::Signed];
                let (head, hp) = new_block(cx, &tys);
                crate::rsynth::goto(cx, head, vec![p[0].clone(), p[1].clone(), LlValue::int(0)]);
                enter(cx, head);
                let ix = rt.call_helper(cx, &rn::DICT_NEXT, vec![hp[1].clone(), hp[2].clone()]);
                let more = cx.emit(L::IntGe, vec![ix.clone(), LlValue::int(0)], LlType::Bool);
                let (body, bp) = new_block(cx, &tys);
                let (done, _) = new_block(cx, &[]);
                branch(
                    cx,
                    more,
                    (body, vec![hp[0].clone(), hp[1].clone(), ix]),
                    (done, vec![]),
                );
                enter(cx, done);
                ret(cx, LlValue::void(LlConst::Void));
                enter(cx, body);
                let k = rt.entry_key(cx, &roc, bp[1].clone(), bp[2].clone());
                let v = rt.entry_value(cx, &roc, bp[1].clone(), bp[2].clone());
                let k = rt.convert(cx, k, &roc.key_s, rc.key);
                let v = rt.convert(cx, v, &roc.value_s, rc.value);
                rt.dict_store(cx, &rc, bp[0].clone(), k, v)?;
                let next = cx.emit(
                    L::IntAdd,
                    vec![bp[2].clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                crate::rsynth::goto(cx, head, vec![bp[0].clone(), bp[1].clone(), next]);
                Ok(())
            },
        )?;
        self.call_graph(cx, g, LlType::Void, vec![d, o]);
        Ok(())
    }
}
