//! Dicts: their low-level types and the lowering of dict operations.
//!
//! A dict is the runtime's compact ordered dict (`runtime/src/dict.rs`):
//! `GcStruct Dict_K_V {num_live, num_used, entries, indexes}` whose
//! `entries` is a GC array of inline `DictEntry_K_V {key, value, hash}`
//! structs (every field one word; keys and values that are GC pointers keep
//! their pointer type so the GC finds them) and whose `indexes` is a GC
//! array of `Signed` slots. Dicts with the same key and value low-level
//! types share these types.
//!
//! Keys and values cross the helper boundary as `Unsigned` words
//! ([`to_word`], [`from_word`]); a GC pointer is turned into
//! a word only right before the helper call that takes it, so no collection
//! can happen while it is hidden from the GC.
//!
//! The semantics of keys ([`KeyKind`]) choose how operations are lowered:
//! int-like, str/bytes and identity keys call the runtime's monomorphic
//! helpers (`dict_*_int`, `dict_*_str`, `dict_*_id`); tuple keys and
//! `r_dict` keys hash and compare in low-level graphs (`rdictkeys.rs`).
//! Operations with branches (`del d[k]`, `d.pop(k)`, `d.setdefault(k, v)`,
//! a `KeyError` whose message needs the key's repr...) are helper graphs
//! written once per dict type (`rsynth.rs`), on top of two primitives:
//! [`RTyper::dict_lookup`] (entry index or -1) and [`RTyper::dict_store`];
//! the methods are in `rdictmethods.rs`.
//!
//! Iterating (over the dict, `.keys()`, `.values()`, `.items()`) uses an
//! iterator `{dict, pos, len}`; the runtime's `dict_iter_next` raises
//! RuntimeError when the size changed since the iterator was made, as
//! CPython does.

use annotator::model::IterHow;
use annotator::{GraphId, SomeValue};
use indexmap::IndexMap;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rops::not_supported;
use crate::rsynth::{branch, enter, new_block, ret};
use crate::rtyper::RTyper;
use crate::runtime_names::{self as rn, HelperDesc};

/// Field numbers of the dict struct and of dict iterators.
const NUM_LIVE: u32 = 0;
const ITER_DICT: u32 = 0;
const ITER_POS: u32 = 1;
const ITER_LEN: u32 = 2;

/// How keys are hashed and compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// Integer-like words (ints, bools, chars, non-GC pointers): the word
    /// is the hash and equality is word equality.
    Int,
    /// `str` keys: content hash and equality.
    Str,
    /// `bytes` keys: as `str` (a KeyError shows `b'...'`).
    Bytes,
    /// GC pointers (instances) compared by identity.
    Id,
    /// Tuples: hash and equality of the items, in low-level graphs.
    Tuple,
    /// `r_dict(eq, hash)`: the program's functions.
    Custom,
    /// Keys the rtyper cannot hash yet (why).
    Unsupported(String),
}

/// The representation of one dict definition.
#[derive(Clone, Debug)]
pub struct DictRepr {
    /// The dict struct (the target of the dict pointer type).
    pub ty: TypeId,
    pub entries: TypeId,
    pub indexes: TypeId,
    pub key: LlType,
    pub value: LlType,
    pub key_s: SomeValue,
    pub value_s: SomeValue,
    pub kind: KeyKind,
    /// `r_dict`: the graphs of its equality and hash functions.
    pub custom: Option<(GraphId, GraphId)>,
    /// Distinguishes helper graphs of dicts of this type and semantics.
    pub tag: String,
}

/// Dict types built so far.
#[derive(Default)]
pub struct DictTypes {
    /// By root dict definition.
    reprs: IndexMap<u32, DictRepr>,
    /// By (key, value) low-level types: (dict struct, entries array).
    structs: IndexMap<(LlType, LlType), (TypeId, TypeId)>,
    /// Dict struct → its iterator struct.
    iters: IndexMap<TypeId, TypeId>,
    /// The shared `GcArray(Signed)` of index slots.
    indexes: Option<TypeId>,
    /// The operation being lowered (where a prebuilt dict that cannot be
    /// laid out is reported).
    pub(crate) use_site: Option<flowgraph::Span>,
}

/// The runtime helpers of one key kind.
pub(crate) struct KindHelpers {
    pub lookup: &'static HelperDesc,
    pub contains: &'static HelperDesc,
    pub get: &'static HelperDesc,
    pub setitem: &'static HelperDesc,
}

pub(crate) fn kind_helpers(kind: &KeyKind) -> Option<KindHelpers> {
    Some(match kind {
        KeyKind::Int => KindHelpers {
            lookup: &rn::DICT_LOOKUP_INT,
            contains: &rn::DICT_CONTAINS_INT,
            get: &rn::DICT_GET_INT,
            setitem: &rn::DICT_SETITEM_INT,
        },
        KeyKind::Str | KeyKind::Bytes => KindHelpers {
            lookup: &rn::DICT_LOOKUP_STR,
            contains: &rn::DICT_CONTAINS_STR,
            get: &rn::DICT_GET_STR,
            setitem: &rn::DICT_SETITEM_STR,
        },
        KeyKind::Id => KindHelpers {
            lookup: &rn::DICT_LOOKUP_ID,
            contains: &rn::DICT_CONTAINS_ID,
            get: &rn::DICT_GET_ID,
            setitem: &rn::DICT_SETITEM_ID,
        },
        _ => return None,
    })
}

/// The type a key or value has inside an entry: itself when it is one
/// word (pointers keep their type for the GC), else an `Unsigned` word.
fn entry_field_type(t: LlType) -> LlType {
    match t {
        LlType::Signed | LlType::Float | LlType::Ptr(_) | LlType::FuncPtr(_) => t,
        _ => LlType::Unsigned,
    }
}

impl RTyper<'_, '_> {
    /// The representation of the dict annotation `s`.
    pub fn dict_repr_of(&mut self, s: &SomeValue) -> DictRepr {
        let SomeValue::Dict { def, .. } = s else {
            panic!("dict_repr_of a non-dict")
        };
        let root = self.ann.dicts.find(def.raw());
        if let Some(r) = self.dicts.reprs.get(&root) {
            return r.clone();
        }
        let data = self.ann.dicts.peek(root);
        let (key_s, value_s, custom_s) =
            (data.key.clone(), data.value.clone(), data.custom.clone());
        let key = self.lltype(&key_s);
        let value = self.lltype(&value_s);
        let (ty, entries) = self.dict_struct(key, value);
        let indexes = self.dicts.indexes.expect("made with the first dict struct");
        let mut custom = None;
        let kind = match &custom_s {
            Some((eq, hash)) => match (
                self.plain_function_graph(eq),
                self.plain_function_graph(hash),
            ) {
                (Some(e), Some(h)) => {
                    custom = Some((e, h));
                    KeyKind::Custom
                }
                _ => KeyKind::Unsupported(
                    "r_dict whose equality or hash is not a plain function".into(),
                ),
            },
            None => self.key_kind(&key_s, key),
        };
        let kind_word = match &kind {
            KeyKind::Int => "int".to_string(),
            KeyKind::Str => "str".into(),
            KeyKind::Bytes => "bytes".into(),
            KeyKind::Id => "id".into(),
            KeyKind::Tuple => "tuple".into(),
            KeyKind::Custom => {
                let (e, h) = custom.expect("custom graphs");
                let en = crate::rclass::sanitize(&self.ann.graphs[e.index()].graph.name);
                let hn = crate::rclass::sanitize(&self.ann.graphs[h.index()].graph.name);
                format!("{en}_{hn}")
            }
            KeyKind::Unsupported(_) => "x".into(),
        };
        let tag = format!("{}_{kind_word}", self.prog.types.get(ty).name);
        let r = DictRepr {
            ty,
            entries,
            indexes,
            key,
            value,
            key_s,
            value_s,
            kind,
            custom,
            tag,
        };
        self.dicts.reprs.insert(root, r.clone());
        r
    }

    /// The single reached graph of a function value (`r_dict` arguments).
    fn plain_function_graph(&self, s: &SomeValue) -> Option<GraphId> {
        let SomeValue::Pbc { descs, .. } = s else {
            return None;
        };
        let [annotator::Desc::Func(f)] = &descs[..] else {
            return None;
        };
        let graphs: Vec<GraphId> = self
            .ann
            .funcs
            .get(f)?
            .graphs
            .values()
            .copied()
            .filter(|g| self.has_graph(*g))
            .collect();
        match graphs[..] {
            [g] => Some(g),
            _ => None,
        }
    }

    fn key_kind(&self, key_s: &SomeValue, key: LlType) -> KeyKind {
        use SomeValue as S;
        match key_s {
            S::Impossible | S::Int { .. } | S::Bool { .. } | S::Char { .. } => KeyKind::Int,
            S::Str { .. } => KeyKind::Str,
            S::Bytes { .. } => KeyKind::Bytes,
            S::Instance { .. } => KeyKind::Id,
            S::Tuple(_) => KeyKind::Tuple,
            S::Pbc { .. } | S::TypeOf { .. } => match key {
                LlType::Ptr(_) if self.prog.types.is_gc_ptr(key) => KeyKind::Id,
                LlType::Ptr(_) | LlType::FuncPtr(_) => KeyKind::Int,
                _ => KeyKind::Unsupported("dict keys that are always the same constant".into()),
            },
            other => KeyKind::Unsupported(format!("dict keys that are {}", other.kind_word())),
        }
    }

    /// The dict struct and entries array for these key and value types.
    fn dict_struct(&mut self, key: LlType, value: LlType) -> (TypeId, TypeId) {
        if let Some(t) = self.dicts.structs.get(&(key, value)) {
            return *t;
        }
        let indexes = match self.dicts.indexes {
            Some(t) => t,
            None => {
                let name = self.unique_type_name("DictIndexes");
                let t = self.prog.types.add(
                    name,
                    TypeKind::Array {
                        item: LlType::Signed,
                    },
                    true,
                );
                self.dicts.indexes = Some(t);
                t
            }
        };
        let words = format!("{}_{}", self.type_word(key), self.type_word(value));
        let entry_name = self.unique_type_name(&format!("DictEntry_{words}"));
        let entry = self.prog.types.add(
            entry_name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("key", entry_field_type(key)),
                    Field::new("value", entry_field_type(value)),
                    Field::new("hash", LlType::Signed),
                ],
                varsize: None,
            },
            false,
        );
        let entries_name = self.unique_type_name(&format!("DictEntries_{words}"));
        let entries =
            self.prog
                .types
                .add(entries_name, TypeKind::StructArray { item: entry }, true);
        let name = self.unique_type_name(&format!("Dict_{words}"));
        let ty = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("num_live", LlType::Signed),
                    Field::new("num_used", LlType::Signed),
                    Field::new("entries", LlType::Ptr(entries)),
                    Field::new("indexes", LlType::Ptr(indexes)),
                ],
                varsize: None,
            },
            true,
        );
        self.dicts.structs.insert((key, value), (ty, entries));
        (ty, entries)
    }

    /// A pointer to the dict struct of `r` (`v` annotated `s`).
    pub(crate) fn as_dict(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        r: &DictRepr,
    ) -> LlValue {
        self.convert(cx, v, s, LlType::Ptr(r.ty))
    }

    pub(crate) fn check_kind(r: &DictRepr) -> Result<(), String> {
        match &r.kind {
            KeyKind::Unsupported(why) => Err(not_supported(why)),
            _ => Ok(()),
        }
    }

    // ---- primitives ----

    /// The entry index of `key` (of type `r.key`) in `d`, or -1.
    pub(crate) fn dict_lookup(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        key: LlValue,
    ) -> Result<LlValue, String> {
        match kind_helpers(&r.kind) {
            Some(h) => {
                let kw = to_word(cx, key);
                Ok(self.call_helper(cx, h.lookup, vec![d, kw]))
            }
            None => {
                let hash = self.key_hash(cx, r, key.clone())?;
                self.lookup_with_hash(cx, r, d, key, hash)
            }
        }
    }

    /// `d[key] = value` (typed `r.key`, `r.value`).
    pub(crate) fn dict_store(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        key: LlValue,
        value: LlValue,
    ) -> Result<(), String> {
        if let Some(h) = kind_helpers(&r.kind) {
            let kw = to_word(cx, key);
            let vw = to_word(cx, value);
            self.call_helper(cx, h.setitem, vec![d, kw, vw]);
            return Ok(());
        }
        let rc = r.clone();
        let name = format!("ll_dict_setitem_{}", r.tag);
        let g = self.synth_graph(
            &name,
            &[LlType::Ptr(r.ty), r.key, r.value],
            LlType::Void,
            cx.span,
            move |rt, cx, p| {
                let (d, key, value) = (p[0].clone(), p[1].clone(), p[2].clone());
                let hash = rt.key_hash(cx, &rc, key.clone())?;
                let ix = rt.lookup_with_hash(cx, &rc, d.clone(), key.clone(), hash.clone())?;
                let found = cx.emit(L::IntGe, vec![ix.clone(), LlValue::int(0)], LlType::Bool);
                let (set_b, sp) = new_block(cx, &[LlType::Ptr(rc.ty), LlType::Signed, rc.value]);
                let (ins_b, ip) =
                    new_block(cx, &[LlType::Ptr(rc.ty), rc.key, rc.value, LlType::Signed]);
                branch(
                    cx,
                    found,
                    (set_b, vec![d.clone(), ix, value.clone()]),
                    (ins_b, vec![d, key, value, hash]),
                );
                enter(cx, set_b);
                let vw = to_word(cx, sp[2].clone());
                rt.call_helper(
                    cx,
                    &rn::DICT_SET_VALUE,
                    vec![sp[0].clone(), sp[1].clone(), vw],
                );
                ret(cx, LlValue::void(LlConst::Void));
                enter(cx, ins_b);
                let kw = to_word(cx, ip[1].clone());
                let vw = to_word(cx, ip[2].clone());
                rt.call_helper(
                    cx,
                    &rn::DICT_INSERT_ABSENT,
                    vec![ip[0].clone(), kw, vw, ip[3].clone()],
                );
                ret(cx, LlValue::void(LlConst::Void));
                Ok(())
            },
        )?;
        self.call_graph(cx, g, LlType::Void, vec![d, key, value]);
        Ok(())
    }

    /// The value of live entry `ix`, typed `r.value`.
    pub(crate) fn entry_value(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        ix: LlValue,
    ) -> LlValue {
        let w = self.call_helper(cx, &rn::DICT_GET_VALUE, vec![d, ix]);
        from_word(cx, w, r.value)
    }

    pub(crate) fn entry_key(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        d: LlValue,
        ix: LlValue,
    ) -> LlValue {
        let w = self.call_helper(cx, &rn::DICT_GET_KEY, vec![d, ix]);
        from_word(cx, w, r.key)
    }

    /// A new empty dict of `r`'s type.
    pub(crate) fn new_dict(&mut self, cx: &mut GraphCx, r: &DictRepr) -> LlValue {
        let t = |x| LlValue::void(LlConst::Type(x));
        let d = self.call_helper(cx, &rn::DICT_NEW, vec![t(r.ty), t(r.entries), t(r.indexes)]);
        cx.emit(L::CastPtr, vec![d], LlType::Ptr(r.ty))
    }

    // ---- flow operations ----

    /// `newdict(k0, v0, k1, v1, ...)`.
    pub(crate) fn lower_newdict(
        &mut self,
        cx: &mut GraphCx,
        items: &[(LlValue, SomeValue)],
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let r = self.dict_repr_of(result_s);
        if !items.is_empty() {
            Self::check_kind(&r)?;
        }
        let d = self.new_dict(cx, &r);
        for kv in items.chunks(2) {
            let k = self.convert(cx, kv[0].0.clone(), &kv[0].1, r.key);
            let v = self.convert(cx, kv[1].0.clone(), &kv[1].1, r.value);
            self.dict_store(cx, &r, d.clone(), k, v)?;
        }
        Ok(d)
    }

    /// `len(d)`.
    pub(crate) fn dict_len(&mut self, cx: &mut GraphCx, d: LlValue, s: &SomeValue) -> LlValue {
        let r = self.dict_repr_of(s);
        let d = self.as_dict(cx, d, s, &r);
        cx.emit(L::GetField, vec![d, fld(NUM_LIVE)], LlType::Signed)
    }

    /// `d[key]`.
    pub(crate) fn dict_getitem(
        &mut self,
        cx: &mut GraphCx,
        (d, d_s): (LlValue, &SomeValue),
        (key, key_s): (LlValue, &SomeValue),
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let r = self.dict_repr_of(d_s);
        Self::check_kind(&r)?;
        let d = self.as_dict(cx, d, d_s, &r);
        let key = self.convert(cx, key, key_s, r.key);
        let direct = match r.kind {
            KeyKind::Int if r.key == LlType::Signed => Some(&rn::DICT_GETITEM_INT),
            KeyKind::Str => Some(&rn::DICT_GETITEM_STR),
            KeyKind::Bytes => Some(&rn::DICT_GETITEM_BYTES),
            _ => None,
        };
        let v = match direct {
            Some(h) => {
                let kw = to_word(cx, key);
                let w = self.call_helper(cx, h, vec![d, kw]);
                from_word(cx, w, r.value)
            }
            None => {
                let rc = r.clone();
                let g = self.synth_graph(
                    &format!("ll_dict_getitem_{}", r.tag),
                    &[LlType::Ptr(r.ty), r.key],
                    r.value,
                    cx.span,
                    move |rt, cx, p| {
                        let ix = rt.dict_lookup(cx, &rc, p[0].clone(), p[1].clone())?;
                        let carry = vec![p[0].clone(), ix.clone()];
                        let q = rt.found_or_key_error(cx, &rc, ix, p[1].clone(), carry)?;
                        let v = rt.entry_value(cx, &rc, q[0].clone(), q[1].clone());
                        ret(cx, v);
                        Ok(())
                    },
                )?;
                self.call_graph(cx, g, r.value, vec![d, key])
            }
        };
        let to = self.lltype(result_s);
        Ok(self.convert(cx, v, &r.value_s, to))
    }

    /// Ends the current block: when `ix < 0`, raises KeyError(repr(key))
    /// and returns a dummy value; else enters a new block that receives
    /// `carry` and returns its parameters (the same values in that block).
    pub(crate) fn found_or_key_error(
        &mut self,
        cx: &mut GraphCx,
        r: &DictRepr,
        ix: LlValue,
        key: LlValue,
        carry: Vec<LlValue>,
    ) -> Result<Vec<LlValue>, String> {
        let types: Vec<LlType> = carry.iter().map(|v| cx.ty(v)).collect();
        let found = cx.emit(L::IntGe, vec![ix, LlValue::int(0)], LlType::Bool);
        let (missing, mp) = new_block(cx, &[r.key]);
        let (ok, okp) = new_block(cx, &types);
        branch(cx, found, (ok, carry), (missing, vec![key]));
        enter(cx, missing);
        if r.kind == KeyKind::Bytes {
            self.call_helper(cx, &rn::DICT_KEY_ERROR_BYTES, vec![mp[0].clone()]);
        } else {
            let text = self.key_repr(cx, mp[0].clone(), &r.key_s.clone())?;
            self.call_helper(cx, &rn::DICT_KEY_ERROR, vec![text]);
        }
        let rt = cx.ll.result_type();
        ret(cx, LlValue::Const(crate::rconst::zero_of(rt), rt));
        enter(cx, ok);
        Ok(okp)
    }
}

impl RTyper<'_, '_> {
    /// `del d[key]`.
    pub(crate) fn dict_delitem(
        &mut self,
        cx: &mut GraphCx,
        (d, d_s): (LlValue, &SomeValue),
        (key, key_s): (LlValue, &SomeValue),
    ) -> Result<(), String> {
        let r = self.dict_repr_of(d_s);
        Self::check_kind(&r)?;
        let d = self.as_dict(cx, d, d_s, &r);
        let key = self.convert(cx, key, key_s, r.key);
        let rc = r.clone();
        let g = self.synth_graph(
            &format!("ll_dict_delitem_{}", r.tag),
            &[LlType::Ptr(r.ty), r.key],
            LlType::Void,
            cx.span,
            move |rt, cx, p| {
                let ix = rt.dict_lookup(cx, &rc, p[0].clone(), p[1].clone())?;
                let carry = vec![p[0].clone(), ix.clone()];
                let q = rt.found_or_key_error(cx, &rc, ix, p[1].clone(), carry)?;
                rt.call_helper(cx, &rn::DICT_POP_ENTRY, vec![q[0].clone(), q[1].clone()]);
                ret(cx, LlValue::void(LlConst::Void));
                Ok(())
            },
        )?;
        self.call_graph(cx, g, LlType::Void, vec![d, key]);
        Ok(())
    }

    /// `key in d`.
    pub(crate) fn dict_contains(
        &mut self,
        cx: &mut GraphCx,
        (d, d_s): (LlValue, &SomeValue),
        (key, key_s): (LlValue, &SomeValue),
    ) -> Result<LlValue, String> {
        let r = self.dict_repr_of(d_s);
        Self::check_kind(&r)?;
        let d = self.as_dict(cx, d, d_s, &r);
        let key = self.convert(cx, key, key_s, r.key);
        Ok(match kind_helpers(&r.kind) {
            Some(h) => {
                let kw = to_word(cx, key);
                self.call_helper(cx, h.contains, vec![d, kw])
            }
            None => {
                let ix = self.dict_lookup(cx, &r, d, key)?;
                cx.emit(L::IntGe, vec![ix, LlValue::int(0)], LlType::Bool)
            }
        })
    }

    // ---- iteration ----

    /// The iterator struct over dicts of `r`'s type: `{dict, pos, len}`.
    pub(crate) fn dict_iter_type(&mut self, r: &DictRepr) -> TypeId {
        if let Some(t) = self.dicts.iters.get(&r.ty) {
            return *t;
        }
        let name = format!("Iter_{}", self.prog.types.get(r.ty).name);
        let name = self.unique_type_name(&name);
        let t = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("dict", LlType::Ptr(r.ty)),
                    Field::new("pos", LlType::Signed),
                    Field::new("len", LlType::Signed),
                ],
                varsize: None,
            },
            true,
        );
        self.dicts.iters.insert(r.ty, t);
        t
    }

    /// A new iterator over `d` (also the value of `.keys()`, `.values()`,
    /// `.items()`).
    pub(crate) fn dict_make_iter(&mut self, cx: &mut GraphCx, d: LlValue, r: &DictRepr) -> LlValue {
        let t = self.dict_iter_type(r);
        let it = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(t))],
            LlType::Ptr(t),
        );
        let n = cx.emit(L::GetField, vec![d.clone(), fld(NUM_LIVE)], LlType::Signed);
        cx.emit(
            L::SetField,
            vec![it.clone(), fld(ITER_DICT), d],
            LlType::Void,
        );
        cx.emit(
            L::SetField,
            vec![it.clone(), fld(ITER_LEN), n],
            LlType::Void,
        );
        it
    }

    /// `iter(view)`: a fresh iterator over the view's dict.
    pub(crate) fn dict_view_iter(
        &mut self,
        cx: &mut GraphCx,
        view: LlValue,
        r: &DictRepr,
    ) -> LlValue {
        let d = cx.emit(L::GetField, vec![view, fld(ITER_DICT)], LlType::Ptr(r.ty));
        self.dict_make_iter(cx, d, r)
    }

    /// `next(it)` of a dict iterator: a key, a value or a `(key, value)`.
    pub(crate) fn dict_iter_next(
        &mut self,
        cx: &mut GraphCx,
        it: LlValue,
        dict_s: &SomeValue,
        how: IterHow,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let r = self.dict_repr_of(dict_s);
        let d = cx.emit(
            L::GetField,
            vec![it.clone(), fld(ITER_DICT)],
            LlType::Ptr(r.ty),
        );
        let pos = cx.emit(L::GetField, vec![it.clone(), fld(ITER_POS)], LlType::Signed);
        let n = cx.emit(L::GetField, vec![it.clone(), fld(ITER_LEN)], LlType::Signed);
        let ix = self.call_helper(cx, &rn::DICT_ITER_NEXT, vec![d.clone(), pos, n]);
        let next = cx.emit(L::IntAdd, vec![ix.clone(), LlValue::int(1)], LlType::Signed);
        cx.emit(L::SetField, vec![it, fld(ITER_POS), next], LlType::Void);
        let to = self.lltype(result_s);
        Ok(match how {
            IterHow::Values => {
                let v = self.entry_value(cx, &r, d, ix);
                self.convert(cx, v, &r.value_s, to)
            }
            IterHow::Items => {
                let k = self.entry_key(cx, &r, d.clone(), ix.clone());
                let v = self.entry_value(cx, &r, d, ix);
                let items = vec![(k, r.key_s.clone()), (v, r.value_s.clone())];
                self.build_tuple(cx, &items, result_s)
            }
            _ => {
                let k = self.entry_key(cx, &r, d, ix);
                self.convert(cx, k, &r.key_s, to)
            }
        })
    }
}

/// `v` as an `Unsigned` word for a dict helper.
pub(crate) fn to_word(cx: &mut GraphCx, v: LlValue) -> LlValue {
    let word = |i: i64| LlValue::Const(LlConst::Int(i), LlType::Unsigned);
    match v {
        LlValue::Const(LlConst::Int(i), t) if t.is_int() => return word(i),
        LlValue::Const(LlConst::Bool(b), _) => return word(b as i64),
        LlValue::Const(LlConst::Char(c), _) => return word(c as i64),
        _ => {}
    }
    match cx.ty(&v) {
        LlType::Unsigned => v,
        LlType::Void => LlValue::Const(LlConst::Int(0), LlType::Unsigned),
        LlType::Ptr(_) | LlType::FuncPtr(_) | LlType::Float => {
            cx.emit(L::CastToWord, vec![v], LlType::Unsigned)
        }
        _ => cx.emit(L::CastInt, vec![v], LlType::Unsigned),
    }
}

/// A word from a dict helper as a value of type `ty`.
pub(crate) fn from_word(cx: &mut GraphCx, w: LlValue, ty: LlType) -> LlValue {
    match ty {
        LlType::Unsigned => w,
        LlType::Void => LlValue::void(LlConst::Void),
        LlType::Bool => cx.emit(
            L::IntNe,
            vec![w, LlValue::Const(LlConst::Int(0), LlType::Unsigned)],
            LlType::Bool,
        ),
        LlType::Ptr(_) | LlType::FuncPtr(_) | LlType::Float => {
            cx.emit(L::CastFromWord, vec![w], ty)
        }
        _ => cx.emit(L::CastInt, vec![w], ty),
    }
}
