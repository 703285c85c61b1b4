//! Iterator objects (instances of user classes with `__iter__` and
//! `__next__`, generators among them) consumed by a builtin: `list(obj)`;
//! also `list()` of builtin iterators and dict views (the same loop over
//! the lowering of `next`).
//!
//! `list(obj)` calls `obj.__iter__()`, then a synthesized graph
//! `list_from_<class>` loops calling the iterator's `__next__` and
//! appending, until `__next__` raises StopIteration:
//!
//! ```text
//! start(it):   l = []                       -> loop(it, l)
//! loop(it, l): v = direct_call(__next__, it)   [protected]
//!              ok -> body(it, l, v);  StopIteration -> done(l)
//! body:        l.append(v)                  -> loop(it, l)
//! done(l):     return l
//! ```

use annotator::classdefs::ClassAttr;
use annotator::SomeValue;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rops::not_supported;
use crate::rsynth::{catch, enter, goto, new_block, ret};
use crate::rtyper::RTyper;

impl RTyper<'_, '_> {
    /// `list(x)` where `x` is an instance with `__iter__`.
    pub(crate) fn list_of_iterator_object(
        &mut self,
        cx: &mut GraphCx,
        x: LlValue,
        x_s: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let SomeValue::Instance { class, .. } = x_s else {
            return Err(not_supported(&format!("list() of {}", x_s.kind_word())));
        };
        let iter_g = self.special_target(cx, *class, "__iter__")?;
        let iter_s = self.family_return(iter_g);
        let it = self.call_special(cx, x, x_s, "__iter__", vec![], &iter_s)?;
        let SomeValue::Instance {
            class: it_class, ..
        } = iter_s
        else {
            return Err(not_supported(&format!(
                "list() of an object whose `__iter__` returns {}",
                iter_s.kind_word()
            )));
        };
        if self
            .ann
            .method_descs(it_class, "__next__", cx.pos.pos())
            .len()
            != 1
        {
            return Err(not_supported(
                "list() of an iterator whose `__next__` is overridden in subclasses",
            ));
        }
        let next_g = self.special_target(cx, it_class, "__next__")?;
        let item_s = self.family_return(next_g);
        let (params, next_ret) = self.graph_types(next_g);
        let next_ll = self.ll_graph_id(next_g);
        let it_ty = cx.ty(&it);
        let self_ty = params.first().copied().unwrap_or(it_ty);
        let list_ty = self.lltype(result_s);
        let repr = self.list_repr_of(result_s);
        let (stop_vt, exc_types) = self.stop_iteration_catch()?;
        let name = format!(
            "list_from_{}_{}",
            crate::rclass::sanitize(self.ann.class_name(it_class)),
            crate::rclass::sanitize(&self.prog.types.show(list_ty))
        );
        let span = cx.span;
        let result_s = result_s.clone();
        let g = self.synth_graph(&name, &[it_ty], list_ty, span, |rt, cx, params| {
            let l = rt.build_list(cx, &[], &result_s);
            let (lp, lpv) = new_block(cx, &[it_ty, list_ty]);
            goto(cx, lp, vec![params[0].clone(), l]);
            enter(cx, lp);
            let recv = rt.convert(cx, lpv[0].clone(), &SomeValue::Impossible, self_ty);
            let from = cx.ll.block(lp).ops.len();
            let v = rt.call_graph(cx, next_ll, next_ret, vec![recv]);
            let (body, bv) = new_block(cx, &[it_ty, list_ty, next_ret]);
            let (done, dv) = new_block(cx, &[list_ty]);
            catch(
                cx,
                from,
                (body, vec![lpv[0].clone(), lpv[1].clone(), v]),
                stop_vt,
                (done, vec![lpv[1].clone()]),
                exc_types,
            );
            enter(cx, body);
            let (l, item) = (bv[1].clone(), bv[2].clone());
            let item = rt.convert(cx, item, &item_s, repr.item);
            rt.append_item(cx, l.clone(), item, repr);
            goto(cx, lp, vec![bv[0].clone(), l]);
            enter(cx, done);
            ret(cx, dv[0].clone());
            Ok(())
        })?;
        Ok(self.call_graph(cx, g, list_ty, vec![it]))
    }

    /// The vtable of StopIteration and the types of the exception
    /// variables, for [`catch`].
    fn stop_iteration_catch(
        &mut self,
    ) -> Result<(crate::llgraph::PrebuiltId, (LlType, LlType)), String> {
        let Some(SomeValue::Pbc { descs, .. }) = self
            .ann
            .interp
            .lookup_builtin_name("StopIteration")
            .map(|c| self.ann.immutable_value(&c))
        else {
            return Err(not_supported("list() without StopIteration"));
        };
        let Some(stop_cd) = descs.first().and_then(|d| match d {
            annotator::Desc::Class(c) => self.ann.classdef_of.get(c).copied(),
            _ => None,
        }) else {
            return Err(not_supported("list() without StopIteration"));
        };
        let exc_types = (
            LlType::Ptr(self.prog.vtable_type.expect("classes")),
            LlType::Ptr(self.prog.object_type.expect("classes")),
        );
        Ok((self.vtable_of(stop_cd), exc_types))
    }

    /// `list(x)` where `x` is a builtin iterator, a dict view, a dict, a
    /// tuple or bytes: `iter(x)`, then a synthesized graph
    /// `list_of_<iterator type>` loops over `next()` (the lowering of a
    /// `for` loop's `next`) until it raises StopIteration.
    pub(crate) fn list_of_builtin_iter(
        &mut self,
        cx: &mut GraphCx,
        x: LlValue,
        x_s: &SomeValue,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let it_s = crate::riter::plain_iter_of(x_s);
        let it = self.make_iter(cx, x, x_s, &it_s)?;
        let item_s = self.list_item_annotation(result_s);
        let (stop_vt, exc_types) = self.stop_iteration_catch()?;
        let it_ty = cx.ty(&it);
        let list_ty = self.lltype(result_s);
        let repr = self.list_repr_of(result_s);
        let name = format!(
            "list_of_{}_{}",
            crate::rclass::sanitize(&self.prog.types.show(it_ty)),
            crate::rclass::sanitize(&self.prog.types.show(list_ty))
        );
        let span = cx.span;
        let result_s = result_s.clone();
        let g = self.synth_graph(&name, &[it_ty], list_ty, span, |rt, cx, params| {
            let l = rt.build_list(cx, &[], &result_s);
            let (lp, lpv) = new_block(cx, &[it_ty, list_ty]);
            goto(cx, lp, vec![params[0].clone(), l]);
            enter(cx, lp);
            let from = cx.ll.block(lp).ops.len();
            let v = rt.iter_next(cx, lpv[0].clone(), &it_s, &item_s)?;
            // The characters of a str, into a list that also holds longer
            // strings.
            let v = if cx.ty(&v) == LlType::UniChar && repr.item != LlType::UniChar {
                rt.convert(cx, v, &SomeValue::char(), repr.item)
            } else {
                v
            };
            let (body, bv) = new_block(cx, &[it_ty, list_ty, repr.item]);
            let (done, dv) = new_block(cx, &[list_ty]);
            catch(
                cx,
                from,
                (body, vec![lpv[0].clone(), lpv[1].clone(), v]),
                stop_vt,
                (done, vec![lpv[1].clone()]),
                exc_types,
            );
            enter(cx, body);
            rt.append_item(cx, bv[1].clone(), bv[2].clone(), repr);
            goto(cx, lp, vec![bv[0].clone(), bv[1].clone()]);
            enter(cx, done);
            ret(cx, dv[0].clone());
            Ok(())
        })?;
        Ok(self.call_graph(cx, g, list_ty, vec![it]))
    }

    /// Appends `item` (already of the items' low-level type) to the
    /// resizable list `l`.
    fn append_item(
        &mut self,
        cx: &mut GraphCx,
        l: LlValue,
        item: LlValue,
        repr: crate::rtyper::ListRepr,
    ) {
        let len = cx.emit(L::GetField, vec![l.clone(), fld(0)], LlType::Signed);
        let newlen = cx.emit(
            L::IntAdd,
            vec![len.clone(), LlValue::int(1)],
            LlType::Signed,
        );
        let tid = LlValue::void(LlConst::Type(repr.array));
        self.call_helper(
            cx,
            &crate::runtime_names::LIST_RESIZE,
            vec![l.clone(), newlen, tid],
        );
        let items = cx.emit(L::GetField, vec![l, fld(1)], LlType::Ptr(repr.array));
        cx.emit(L::SetArrayItem, vec![items, len, item], LlType::Void);
    }

    /// The graph of the special method `name` of class `c` that the
    /// current op calls.
    fn special_target(
        &mut self,
        cx: &GraphCx,
        c: annotator::ClassId,
        name: &str,
    ) -> Result<annotator::GraphId, String> {
        let Some(ClassAttr::Method(f)) = self.ann.class_lookup(c, name) else {
            return Err(not_supported(&format!("an object without `{name}`")));
        };
        let targets = self.call_targets.get(&cx.pos).cloned().unwrap_or_default();
        targets
            .into_iter()
            .find(|g| self.ann.graphs[g.index()].func == f && self.has_graph(*g))
            .ok_or_else(|| not_supported(&format!("`{name}` never called here")))
    }
}
