//! Dict keys the runtime cannot hash by itself, and prebuilt dicts.
//!
//! * Tuple keys hash and compare item by item in helper graphs
//!   (`ll_hash_<Tuple>`, `ll_eq_<Tuple>`); `r_dict` keys call the
//!   program's own equality and hash functions. For both, the probe loop
//!   is a helper graph too (`ll_dict_lookup_<tag>`), walking the same
//!   probe sequence as the runtime (`i = hash & mask`, then
//!   `perturb >>= 5; i = (5*i + perturb + 1) & mask`, at most
//!   `size + 16` steps) and calling the equality only on entries whose
//!   stored hash matches. Insertion of a key found absent uses the
//!   runtime's `dict_insert_absent` with the hash. (An equality function
//!   that modifies the dict it is looking up is not detected; CPython
//!   restarts such a lookup.)
//! * `compute_hash(x)` (rlib) is the same hash as tuple items use: the
//!   int itself, the string hash, the identity hash of instances.
//! * A `KeyError` carries the repr of the missing key, built here when
//!   the runtime cannot (chars, bools, unsigned ints, tuples).
//! * Prebuilt dicts are laid out at translation time exactly as the
//!   runtime would build them (same index size, probe sequence and
//!   hashes), which needs the hashes of their keys now: int-like, str and
//!   bytes keys and tuples of them.

use annotator::SomeValue;
use flowgraph::{Constant, ObjRef};
use frontend::heap::Object;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::program::{Prebuilt, PrebuiltItems};
use crate::rdict::{from_word, DictRepr, KeyKind};
use crate::rops::not_supported;
use crate::rsynth::{branch, enter, goto, new_block, ret};
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

/// Tuple hashing: `h = SEED; for x: h = (h ^ hash(x)) * MULT; h ^ len`.
use pytext::{TUPLE_HASH_MULT, TUPLE_HASH_SEED};

fn bool_const(b: bool) -> LlValue {
    LlValue::Const(LlConst::Bool(b), LlType::Bool)
}

/// The runtime's string hash (FNV-1a over the bytes; -1 is reserved).
fn const_str_hash(b: &[u8]) -> i64 {
    pytext::bytes_hash(b)
}

/// `i64::MIN` marks deleted entries: the runtime remaps that hash.
fn fix_hash(h: i64) -> i64 {
    if h == i64::MIN {
        h + 1
    } else {
        h
    }
}

impl RTyper<'_, '_> {
    /// The hash of a key of a tuple-keyed or `r_dict` dict.
    pub(crate) fn key_hash(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        key: LlValue,
    ) -> Result<LlValue, String> {
        let h = match (&r.kind, r.custom) {
            (KeyKind::Custom, Some((_, h))) => {
                let v = self.call_user(cx, h, vec![(key, r.key_s.clone())])?;
                let s = self.family_return(h);
                self.convert(cx, v, &s, LlType::Signed)
            }
            _ => self.value_hash(cx, key, &r.key_s.clone())?,
        };
        // The runtime stores `i64::MIN` (its mark of deleted entries) as
        // `i64::MIN + 1`.
        let min = cx.emit(
            L::IntEq,
            vec![h.clone(), LlValue::int(i64::MIN)],
            LlType::Bool,
        );
        let min = cx.emit(L::CastInt, vec![min], LlType::Signed);
        Ok(cx.emit(L::IntAdd, vec![h, min], LlType::Signed))
    }

    /// Calls the graph of a plain function with these arguments.
    fn call_user(
        &mut self,
        cx: &mut GraphCx,
        g: annotator::GraphId,
        args: Vec<(LlValue, SomeValue)>,
    ) -> Result<LlValue, String> {
        let (params, ret) = self.graph_types(g);
        if params.len() != args.len() {
            return Err(not_supported("r_dict functions with default arguments"));
        }
        let mut vals = Vec::new();
        for ((v, s), t) in args.into_iter().zip(params) {
            vals.push(self.convert(cx, v, &s, t));
        }
        let id = self.ll_graph_id(g);
        Ok(self.call_graph(cx, id, ret, vals))
    }

    /// Whether two keys are equal (stored key first).
    fn key_eq(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        a: LlValue,
        b: LlValue,
    ) -> Result<LlValue, String> {
        match (&r.kind, r.custom) {
            (KeyKind::Custom, Some((e, _))) => {
                let v = self.call_user(cx, e, vec![(a, r.key_s.clone()), (b, r.key_s.clone())])?;
                let s = self.family_return(e);
                self.truth(cx, v, &s)
            }
            _ => self.value_eq(cx, a, b, &r.key_s.clone()),
        }
    }

    /// `compute_hash(v)`: the hash tuple keys use for their items.
    pub(crate) fn value_hash(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        use SomeValue as S;
        Ok(match s {
            S::Int { .. } | S::Bool { .. } | S::Char { .. } => {
                self.convert(cx, v, s, LlType::Signed)
            }
            S::None => LlValue::int(0),
            S::Str { .. } | S::Bytes { .. } => self.call_helper(cx, &rn::STR_HASH, vec![v]),
            S::Float { .. } => self.call_helper(cx, &rn::FLOAT_COMPUTE_HASH, vec![v]),
            S::Instance { .. } => self.call_helper(cx, &rn::IDENTITY_HASH, vec![v]),
            S::Tuple(items) => {
                let t = self.tuple_type(items);
                let items = items.clone();
                let name = format!("ll_hash_{}", self.prog.types.get(t).name);
                let g = self.synth_graph(
                    &name,
                    &[LlType::Ptr(t)],
                    LlType::Signed,
                    cx.span,
                    move |rt, cx, p| {
                        let mut h = LlValue::int(TUPLE_HASH_SEED);
                        for (k, item_s) in items.iter().enumerate() {
                            let ty = rt.lltype(item_s);
                            let x = cx.emit(L::GetField, vec![p[0].clone(), fld(k as u32)], ty);
                            let xh = rt.value_hash(cx, x, item_s)?;
                            let m = cx.emit(L::IntXor, vec![h, xh], LlType::Signed);
                            h = cx.emit(
                                L::IntMul,
                                vec![m, LlValue::int(TUPLE_HASH_MULT)],
                                LlType::Signed,
                            );
                        }
                        let n = LlValue::int(items.len() as i64);
                        let h = cx.emit(L::IntXor, vec![h, n], LlType::Signed);
                        ret(cx, h);
                        Ok(())
                    },
                )?;
                self.call_graph(cx, g, LlType::Signed, vec![v])
            }
            other => {
                return Err(not_supported(&format!(
                    "hashing {} (as a dict key or with compute_hash)",
                    other.kind_word()
                )))
            }
        })
    }

    /// `a == b` for two values of annotation `s` (tuple items, keys).
    fn value_eq(
        &mut self,
        cx: &mut GraphCx,
        a: LlValue,
        b: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        use SomeValue as S;
        Ok(match s {
            S::None => bool_const(true),
            S::Int { .. } | S::Bool { .. } | S::Char { .. } => {
                cx.emit(L::IntEq, vec![a, b], LlType::Bool)
            }
            S::Float { .. } => cx.emit(L::FloatEq, vec![a, b], LlType::Bool),
            S::Str { .. } | S::Bytes { .. } => self.call_helper(cx, &rn::STR_EQ, vec![a, b]),
            S::Instance { .. } => cx.emit(L::PtrEq, vec![a, b], LlType::Bool),
            S::Tuple(items) => {
                let t = self.tuple_type(items);
                let items = items.clone();
                let name = format!("ll_eq_{}", self.prog.types.get(t).name);
                let g = self.synth_graph(
                    &name,
                    &[LlType::Ptr(t), LlType::Ptr(t)],
                    LlType::Bool,
                    cx.span,
                    move |rt, cx, p| {
                        let mut acc = bool_const(true);
                        for (k, item_s) in items.iter().enumerate() {
                            let ty = rt.lltype(item_s);
                            let x = cx.emit(L::GetField, vec![p[0].clone(), fld(k as u32)], ty);
                            let y = cx.emit(L::GetField, vec![p[1].clone(), fld(k as u32)], ty);
                            let e = rt.value_eq(cx, x, y, item_s)?;
                            acc = cx.emit(L::IntAnd, vec![acc, e], LlType::Bool);
                        }
                        ret(cx, acc);
                        Ok(())
                    },
                )?;
                self.call_graph(cx, g, LlType::Bool, vec![a, b])
            }
            other => {
                return Err(not_supported(&format!(
                    "comparing {} as dict keys",
                    other.kind_word()
                )))
            }
        })
    }

    /// The entry index of `key` (whose hash is `hash`) in `d`, or -1, for
    /// keys compared in low-level graphs.
    pub(crate) fn lookup_with_hash(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        key: LlValue,
        hash: LlValue,
    ) -> Result<LlValue, String> {
        let rc = r.clone();
        let g = self.synth_graph(
            &format!("ll_dict_lookup_{}", r.tag),
            &[LlType::Ptr(r.ty), r.key, LlType::Signed],
            LlType::Signed,
            cx.span,
            move |rt, cx, p| rt.build_lookup(cx, &rc, p),
        )?;
        Ok(self.call_graph(cx, g, LlType::Signed, vec![d, key, hash]))
    }

    /// The body of `ll_dict_lookup_<tag>(d, key, hash)`.
    fn build_lookup(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        p: Vec<LlValue>,
    ) -> Result<(), String> {
        let idx_t = LlType::Ptr(r.indexes);
        let ws = LlType::Signed;
        // The loop state: d, key, hash, i, perturb, steps.
        let state = [LlType::Ptr(r.ty), r.key, ws, ws, LlType::Unsigned, ws];
        let mut with_slot = state.to_vec();
        with_slot.push(ws);
        let indexes =
            |cx: &mut GraphCx, d: &LlValue| cx.emit(L::GetField, vec![d.clone(), fld(3)], idx_t);
        let (d, key, hash) = (p[0].clone(), p[1].clone(), p[2].clone());
        let idx = indexes(cx, &d);
        let size = cx.emit(L::GetArraySize, vec![idx], ws);
        let mask = cx.emit(L::IntSub, vec![size, LlValue::int(1)], ws);
        let i = cx.emit(L::IntAnd, vec![hash.clone(), mask], ws);
        let perturb = cx.emit(L::CastInt, vec![hash.clone()], LlType::Unsigned);
        let (head, h) = new_block(cx, &state);
        goto(cx, head, vec![d, key, hash, i, perturb, LlValue::int(0)]);
        let (miss, _) = new_block(cx, &[]);
        let (next, n) = new_block(cx, &state);
        // head: the slot at i.
        enter(cx, head);
        let idx = indexes(cx, &h[0]);
        let slot = cx.emit(L::GetArrayItem, vec![idx, h[3].clone()], ws);
        let live = cx.emit(L::IntGe, vec![slot.clone(), LlValue::int(0)], LlType::Bool);
        let (cmp, c) = new_block(cx, &with_slot);
        let (dead, dd) = new_block(cx, &with_slot);
        let mut hs = h.clone();
        hs.push(slot);
        branch(cx, live, (cmp, hs.clone()), (dead, hs));
        // dead: EMPTY ends the probe; DELETED continues.
        enter(cx, dead);
        let empty = cx.emit(
            L::IntEq,
            vec![dd[6].clone(), LlValue::int(-1)],
            LlType::Bool,
        );
        branch(cx, empty, (miss, vec![]), (next, dd[..6].to_vec()));
        // cmp: same stored hash?
        enter(cx, cmp);
        let eh = self.call_helper(cx, &rn::DICT_GET_HASH, vec![c[0].clone(), c[6].clone()]);
        let same = cx.emit(L::IntEq, vec![eh, c[2].clone()], LlType::Bool);
        let (eq_b, e) = new_block(cx, &with_slot);
        branch(cx, same, (eq_b, c.clone()), (next, c[..6].to_vec()));
        // eq: the program's equality.
        enter(cx, eq_b);
        let kw = self.call_helper(cx, &rn::DICT_GET_KEY, vec![e[0].clone(), e[6].clone()]);
        let k = from_word(cx, kw, r.key);
        let equal = self.key_eq(cx, r, k, e[1].clone())?;
        let (hit, hp) = new_block(cx, &[ws]);
        branch(
            cx,
            equal,
            (hit, vec![e[6].clone()]),
            (next, e[..6].to_vec()),
        );
        enter(cx, hit);
        ret(cx, hp[0].clone());
        enter(cx, miss);
        ret(cx, LlValue::int(-1));
        // next: the following slot of the probe sequence (bounded).
        enter(cx, next);
        let steps = cx.emit(L::IntAdd, vec![n[5].clone(), LlValue::int(1)], ws);
        let idx = indexes(cx, &n[0]);
        let size = cx.emit(L::GetArraySize, vec![idx], ws);
        let limit = cx.emit(L::IntAdd, vec![size.clone(), LlValue::int(16)], ws);
        let over = cx.emit(L::IntGt, vec![steps.clone(), limit], LlType::Bool);
        let (step, sp) = new_block(cx, &state);
        let mut ns = n[..5].to_vec();
        ns.push(steps);
        branch(cx, over, (miss, vec![]), (step, ns));
        enter(cx, step);
        let five = LlValue::Const(LlConst::Int(5), LlType::Unsigned);
        let perturb = cx.emit(L::IntRShift, vec![sp[4].clone(), five], LlType::Unsigned);
        let i5 = cx.emit(L::IntMul, vec![sp[3].clone(), LlValue::int(5)], ws);
        let pi = cx.emit(L::CastInt, vec![perturb.clone()], ws);
        let i = cx.emit(L::IntAdd, vec![i5, pi], ws);
        let i = cx.emit(L::IntAdd, vec![i, LlValue::int(1)], ws);
        let idx = indexes(cx, &sp[0]);
        let size = cx.emit(L::GetArraySize, vec![idx], ws);
        let mask = cx.emit(L::IntSub, vec![size, LlValue::int(1)], ws);
        let i = cx.emit(L::IntAnd, vec![i, mask], ws);
        let args = vec![
            sp[0].clone(),
            sp[1].clone(),
            sp[2].clone(),
            i,
            perturb,
            sp[5].clone(),
        ];
        goto(cx, head, args);
        Ok(())
    }

    /// The repr of a missing key (a `str`), for its KeyError.
    pub(crate) fn key_repr(
        &mut self,
        cx: &mut GraphCx,
        key: LlValue,
        s: &SomeValue,
    ) -> Result<LlValue, String> {
        let st = LlType::Ptr(self.str_type());
        match s {
            SomeValue::Tuple(items) => {
                let t = LlType::Ptr(self.tuple_type(items));
                let key = self.convert(cx, key, s, t);
                let mut acc = LlValue::Const(self.str_const("("), st);
                for (k, item_s) in items.iter().enumerate() {
                    if k > 0 {
                        let sep = LlValue::Const(self.str_const(", "), st);
                        acc = self.call_helper(cx, &rn::STR_CONCAT, vec![acc, sep]);
                    }
                    let ty = self.lltype(item_s);
                    let x = cx.emit(L::GetField, vec![key.clone(), fld(k as u32)], ty);
                    let xr = self.key_repr(cx, x, item_s)?;
                    acc = self.call_helper(cx, &rn::STR_CONCAT, vec![acc, xr]);
                }
                let close = if items.len() == 1 { ",)" } else { ")" };
                let close = LlValue::Const(self.str_const(close), st);
                Ok(self.call_helper(cx, &rn::STR_CONCAT, vec![acc, close]))
            }
            SomeValue::Instance { class, .. } => {
                // CPython adds the address; ours would not be the same.
                let name = self.class_info(*class).traceback_name.clone();
                Ok(LlValue::Const(
                    self.str_const(&format!("<{name} object>")),
                    st,
                ))
            }
            SomeValue::Bytes { .. } => Err(not_supported("the repr of bytes in a KeyError")),
            _ => self.to_repr(cx, key, s),
        }
    }
}

impl RTyper<'_, '_> {
    /// A prebuilt dict (a dict built at import time), laid out as the
    /// runtime would lay it out.
    pub(crate) fn dict_const(&mut self, obj: ObjRef, s: &SomeValue) -> LlConst {
        let Object::Dict(dict) = self.ann.interp.heap.get(obj) else {
            return LlConst::Null;
        };
        let items: Vec<(Constant, Constant)> = dict.entries.values().cloned().collect();
        let r = self.dict_repr_of(s);
        let mut hashes = Vec::with_capacity(items.len());
        for (k, _) in &items {
            match self.const_key_hash(k, &r.key_s, &r.kind) {
                Some(h) => hashes.push(fix_hash(h)),
                None => {
                    let why = match &r.kind {
                        KeyKind::Unsupported(why) => why.clone(),
                        _ => "a prebuilt dict whose keys are hashed by identity or by the \
                              program's functions"
                            .into(),
                    };
                    let (origin, global) = match s {
                        SomeValue::Dict { def, .. } => {
                            let d = self.ann.dicts.peek(def.raw());
                            (d.origin, d.frozen_global.clone())
                        }
                        _ => (None, None),
                    };
                    let mut msg = not_supported(&why);
                    if let Some(g) = global {
                        msg = format!("{msg} (`{g}`)");
                    }
                    let at = origin.or(self.dicts.use_site);
                    self.errors.push(frontend::diag::Diagnostic::error(at, msg));
                    return LlConst::Null;
                }
            }
        }
        let n = items.len() as i64;
        // The runtime's `size_for(n)` and `capacity_for(size)`.
        let size = (n * 3 / 2 + 1).max(8) as u64;
        let size = size.next_power_of_two() as i64;
        let capacity = size * 2 / 3;
        let k = self.prebuilt_objs.len();
        let entries = self.prog.add_prebuilt(Prebuilt {
            name: format!("dict_entries_{k}"),
            ty: r.entries,
            fields: vec![LlConst::Int(capacity)],
            items: PrebuiltItems::None,
        });
        let mut slots = vec![-1i64; size as usize];
        let mask = (size - 1) as u64;
        for (ix, h) in hashes.iter().enumerate() {
            let mut i = *h as u64 & mask;
            let mut perturb = *h as u64;
            while slots[i as usize] != -1 {
                perturb >>= 5;
                i = i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) & mask;
            }
            slots[i as usize] = ix as i64;
        }
        let indexes = self.prog.add_prebuilt(Prebuilt {
            name: format!("dict_indexes_{k}"),
            ty: r.indexes,
            fields: vec![LlConst::Int(size)],
            items: PrebuiltItems::Consts(slots.into_iter().map(LlConst::Int).collect()),
        });
        let id = self.prog.add_prebuilt(Prebuilt {
            name: format!("dict_{k}"),
            ty: r.ty,
            fields: vec![
                LlConst::Int(n),
                LlConst::Int(n),
                LlConst::Prebuilt(entries),
                LlConst::Prebuilt(indexes),
            ],
            items: PrebuiltItems::None,
        });
        self.prebuilt_objs.insert(obj, id);
        let entry_fields: Vec<LlType> = {
            let crate::lltype::TypeKind::StructArray { item } = self.prog.types.get(r.entries).kind
            else {
                unreachable!("dict entries are a struct array")
            };
            self.prog.types.fields(item).iter().map(|f| f.ty).collect()
        };
        let mut rows = Vec::with_capacity(capacity as usize);
        for ((kc, vc), h) in items.iter().zip(&hashes) {
            let key = self.const_of_type(kc, &r.key_s, r.key);
            let value = self.const_of_type(vc, &r.value_s, r.value);
            rows.push(vec![
                word_const(key, entry_fields[0]),
                word_const(value, entry_fields[1]),
                LlConst::Int(*h),
            ]);
        }
        while rows.len() < capacity as usize {
            rows.push(
                entry_fields
                    .iter()
                    .map(|t| crate::rconst::zero_of(*t))
                    .collect(),
            );
        }
        self.prog.prebuilt[entries.index()].items = PrebuiltItems::Structs(rows);
        LlConst::Prebuilt(id)
    }

    /// The hash the runtime gives the key constant `c` (None when it
    /// cannot be known at translation time).
    fn const_key_hash(&self, c: &Constant, s: &SomeValue, kind: &KeyKind) -> Option<i64> {
        match kind {
            KeyKind::Int | KeyKind::Str | KeyKind::Bytes | KeyKind::Tuple => {
                self.const_value_hash(c, s)
            }
            _ => None,
        }
    }

    /// [`RTyper::value_hash`] of a constant.
    fn const_value_hash(&self, c: &Constant, s: &SomeValue) -> Option<i64> {
        Some(match c {
            Constant::None => 0,
            Constant::Bool(b) => *b as i64,
            Constant::Int(i) => *i,
            Constant::SizedInt(_, bits) => *bits as i64,
            Constant::Str(t) => match s {
                SomeValue::Char { .. } => t.chars().next().map_or(0, |ch| ch as i64),
                _ => const_str_hash(t.as_bytes()),
            },
            Constant::Bytes(b) => const_str_hash(b),
            Constant::Obj(_) => {
                let SomeValue::Tuple(item_s) = s else {
                    return None;
                };
                let items = self.ann.interp.heap.tuple_items(c)?;
                let hashes: Option<Vec<i64>> = items
                    .iter()
                    .zip(item_s.iter())
                    .map(|(x, xs)| self.const_value_hash(x, xs))
                    .collect();
                pytext::tuple_hash(&hashes?)
            }
            _ => return None,
        })
    }
}

/// A constant of a key or value type as the constant of its entry field.
fn word_const(c: LlConst, field: LlType) -> LlConst {
    if field != LlType::Unsigned {
        return c;
    }
    match c {
        LlConst::Bool(b) => LlConst::Int(b as i64),
        LlConst::Char(ch) => LlConst::Int(ch as i64),
        LlConst::Void => LlConst::Int(0),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn const_str_hash_is_fnv1a() {
        // FNV-1a test vectors.
        assert_eq!(super::const_str_hash(b""), 0xcbf2_9ce4_8422_2325u64 as i64);
        assert_eq!(super::const_str_hash(b"a"), 0xaf63_dc4c_8601_ec8cu64 as i64);
    }
}
