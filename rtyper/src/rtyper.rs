//! The RTyper: from annotated flow graphs to low-level graphs.
//!
//! [`rtype`] lays out the program's types (strings, classes, lists, tuples,
//! ...), then lowers every reached graph block by block: each flow variable
//! gets the low-level type of its annotation ([`RTyper::lltype`]), each flow
//! operation becomes low-level operations chosen by the annotations of its
//! arguments (`lower.rs`, `rops.rs`, `rcall.rs`, `rcontainers.rs`), and
//! links convert values whose low-level types differ on the two sides.
//!
//! After [`rtype`] succeeds, the [`LlProgram`] is complete: every graph
//! passes `verify::verify`, every type has a layout, every prebuilt object
//! has a value for each field.

use std::rc::Rc;

use annotator::{Annotator, ClassId, Desc, GraphId, ListId, OpPos, SomeValue};
use flowgraph::{ObjRef, Span};
use frontend::diag::Diagnostic;
use indexmap::{IndexMap, IndexSet};
use rustc_hash::FxHashMap;

use crate::llgraph::{LlConst, LlGraphId, PrebuiltId};
use crate::lltype::{Field, LlType, TypeId, TypeKind, VarSize};
use crate::program::{LlProgram, Prebuilt, PrebuiltItems};
use crate::rclass::{sanitize, ClassRepr};
use crate::runtime_names::Exc;

/// The low-level shape of a list definition.
#[derive(Clone, Copy, Debug)]
pub struct ListRepr {
    /// `Ptr` target: the list struct (resizable) or the array (fixed).
    pub ty: TypeId,
    /// The items array.
    pub array: TypeId,
    pub item: LlType,
    /// Never resized: a bare GC array.
    pub fixed: bool,
}

pub struct RTyper<'a, 'i> {
    pub ann: &'a mut Annotator<'i>,
    pub prog: LlProgram,
    pub(crate) class_reprs: Vec<Option<ClassRepr>>,
    /// Methods implementing a vtable slot: their `self` has the slot
    /// class's type.
    pub(crate) self_override: IndexMap<ObjRef, ClassId>,
    graph_ids: IndexMap<GraphId, LlGraphId>,
    /// Call site → the graphs it calls.
    pub(crate) call_targets: FxHashMap<OpPos, Vec<GraphId>>,
    /// Prebuilt strings by (bytes, length): a `str` and a `bytes` with the
    /// same bytes differ in length when they are not ASCII.
    str_consts: IndexMap<(Rc<[u8]>, usize), PrebuiltId>,
    pub(crate) prebuilt_objs: IndexMap<ObjRef, PrebuiltId>,
    list_reprs: IndexMap<ListId, ListRepr>,
    pub(crate) tuple_types: IndexMap<Vec<LlType>, TypeId>,
    type_names: IndexSet<String>,
    /// Graphs the rtyper writes itself (`rsynth.rs`).
    pub(crate) synth: crate::rsynth::SynthGraphs,
    /// Dict representations and types (`rdict.rs`).
    pub(crate) dicts: crate::rdict::DictTypes,
    /// The rbigint struct, once used (`rbigint.rs`).
    pub(crate) bigint_ty: Option<TypeId>,
    /// Structs of bound methods with different names (`rboundmeth.rs`).
    pub(crate) bound_methods: crate::rboundmeth::BoundMethodTypes,
    /// The prebuilt array of the 256 one-character latin-1 strings, once
    /// a char is converted to a str at run time.
    one_char_strs: Option<PrebuiltId>,
    pub errors: Vec<Diagnostic>,
}

/// Rtypes the annotated program whose entry point is `entry`.
pub fn rtype(ann: &mut Annotator<'_>, entry: GraphId) -> Result<LlProgram, Vec<Diagnostic>> {
    let mut rt = RTyper::new(ann);
    rt.run(entry);
    if rt.errors.is_empty() {
        rt.prog.source_files = crate::program::source_texts(&rt.ann.interp.sources);
        Ok(rt.prog)
    } else {
        Err(rt.errors)
    }
}

impl<'a, 'i> RTyper<'a, 'i> {
    fn new(ann: &'a mut Annotator<'i>) -> RTyper<'a, 'i> {
        RTyper {
            ann,
            prog: LlProgram::default(),
            class_reprs: Vec::new(),
            self_override: IndexMap::new(),
            graph_ids: IndexMap::new(),
            call_targets: FxHashMap::default(),
            str_consts: IndexMap::new(),
            prebuilt_objs: IndexMap::new(),
            list_reprs: IndexMap::new(),
            tuple_types: IndexMap::new(),
            type_names: IndexSet::new(),
            synth: Default::default(),
            dicts: Default::default(),
            bigint_ty: None,
            bound_methods: Default::default(),
            one_char_strs: None,
            errors: Vec::new(),
        }
    }

    fn run(&mut self, entry: GraphId) {
        self.declare_str_type();
        self.ensure_builtin_exception_classes();
        self.layout_classes();
        // Every reached graph gets its id first: calls refer to graphs not
        // lowered yet.
        for (i, ag) in self.ann.graphs.iter().enumerate() {
            if ag.reached.iter().any(|r| *r) {
                let g = GraphId::new(i);
                let id = LlGraphId::new(self.graph_ids.len());
                self.graph_ids.insert(g, id);
                for site in &ag.callers {
                    self.call_targets.entry(*site).or_default().push(g);
                }
            }
        }
        let graphs: Vec<GraphId> = self.graph_ids.keys().copied().collect();
        for g in graphs {
            let llg = self.lower_graph(g);
            self.prog.graphs.push(llg);
        }
        self.prog.entry = Some(self.ll_graph_id(entry));
        self.fill_vtables();
        self.prog.argv_type = Some(self.list_repr_of(&self.argv_annotation(entry)).ty);
        self.register_builtin_exceptions();
        let synth = self.synth.take();
        self.prog.graphs.extend(synth);
        self.check_destructors();
        self.prog.types.finish();
    }

    fn argv_annotation(&self, entry: GraphId) -> SomeValue {
        let ag = &self.ann.graphs[entry.index()];
        ag.bindings[ag.graph.params()[0].index()].clone()
    }

    /// The low-level graph of an annotated graph.
    pub fn ll_graph_id(&self, g: GraphId) -> LlGraphId {
        self.graph_ids[&g]
    }
    pub fn has_graph(&self, g: GraphId) -> bool {
        self.graph_ids.contains_key(&g)
    }
    /// The number of low-level graphs lowered from annotated graphs (the
    /// ids of synthesized graphs come after them).
    pub(crate) fn user_graph_count(&self) -> usize {
        self.graph_ids.len()
    }

    /// The default graph of a method function, if it was reached.
    pub(crate) fn method_graph(&self, f: ObjRef) -> Option<GraphId> {
        let info = self.ann.funcs.get(&f)?;
        info.graphs
            .values()
            .copied()
            .find(|g| self.graph_ids.contains_key(g))
    }

    /// The signature of a vtable method slot of class `c`.
    pub(crate) fn method_slot_sig(&mut self, c: ClassId, name: &str) -> LlType {
        let mut found = None;
        for k in self.ann.subtree(c) {
            if let Some(annotator::classdefs::ClassAttr::Method(f)) = self.ann.class_lookup(k, name)
            {
                if let Some(g) = self
                    .ann
                    .funcs
                    .get(&f)
                    .and_then(|i| i.graphs.values().next())
                {
                    found = Some(*g);
                    break;
                }
            }
        }
        let Some(g) = found else {
            let sig = self.prog.types.sig(vec![], LlType::Void);
            return LlType::FuncPtr(sig);
        };
        let ag = &self.ann.graphs[g.index()];
        let params: Vec<SomeValue> = ag
            .graph
            .params()
            .iter()
            .map(|v| ag.bindings[v.index()].clone())
            .collect();
        let ret = self.family_return(g);
        let mut lp = vec![LlType::Ptr(self.inst_type(c))];
        for p in params.iter().skip(1) {
            lp.push(self.lltype(p));
        }
        let r = self.lltype(&ret);
        LlType::FuncPtr(self.prog.types.sig(lp, r))
    }

    /// A type name not used yet (`Inst_Node`, `Inst_Node_2`).
    pub(crate) fn unique_type_name(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.type_names.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.type_names.insert(name.clone());
        name
    }

    fn declare_str_type(&mut self) {
        let name = self.unique_type_name("RpyStr");
        let t = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("hash", LlType::Signed),
                    Field::new("length", LlType::Signed),
                    Field::new("nbytes", LlType::Signed),
                ],
                varsize: Some(VarSize {
                    length_field: "nbytes".into(),
                    item: LlType::Char,
                }),
            },
            true,
        );
        self.prog.str_type = Some(t);
    }

    pub fn str_type(&self) -> TypeId {
        self.prog.str_type.expect("declared first")
    }

    /// A prebuilt string constant (shared by equal strings).
    pub fn str_const(&mut self, s: &str) -> LlConst {
        self.bytes_const(s.as_bytes(), s.chars().count())
    }
    pub fn bytes_const(&mut self, b: &[u8], length: usize) -> LlConst {
        if let Some(p) = self.str_consts.get(&(Rc::from(b), length)) {
            return LlConst::Prebuilt(*p);
        }
        let n = self.str_consts.len();
        let ty = self.str_type();
        let p = self.prog.add_prebuilt(Prebuilt {
            name: format!("str_{n}"),
            ty,
            fields: vec![
                LlConst::Int(0),
                LlConst::Int(length as i64),
                LlConst::Int(b.len() as i64),
            ],
            items: PrebuiltItems::Bytes(Rc::from(b)),
        });
        self.str_consts.insert((Rc::from(b), length), p);
        LlConst::Prebuilt(p)
    }

    /// The prebuilt array of the strings `chr(0)` .. `chr(255)` (shared
    /// with the string constants), which converting a char to a str at run
    /// time picks from instead of allocating (as CPython caches them).
    pub fn one_char_strs(&mut self) -> crate::llgraph::LlValue {
        let p = match self.one_char_strs {
            Some(p) => p,
            None => self.build_one_char_strs(),
        };
        let ty = LlType::Ptr(self.prog.prebuilt[p.index()].ty);
        crate::llgraph::LlValue::Const(LlConst::Prebuilt(p), ty)
    }

    fn build_one_char_strs(&mut self) -> PrebuiltId {
        let str_ptr = LlType::Ptr(self.str_type());
        let name = self.unique_type_name("Array_OneCharStr");
        let ty = self
            .prog
            .types
            .add(name, TypeKind::Array { item: str_ptr }, true);
        let items: Vec<LlConst> = (0u32..256)
            .map(|c| self.str_const(&char::from_u32(c).unwrap_or('?').to_string()))
            .collect();
        let p = self.prog.add_prebuilt(Prebuilt {
            name: "one_char_strs".into(),
            ty,
            fields: vec![LlConst::Int(items.len() as i64)],
            items: PrebuiltItems::Consts(items),
        });
        self.one_char_strs = Some(p);
        p
    }

    /// Makes sure every builtin exception a low-level operation can raise
    /// has a class definition when the program knows the class, so that
    /// `except Exception` catches it.
    fn ensure_builtin_exception_classes(&mut self) {
        for e in Exc::ALL {
            if let Some(flowgraph::Constant::Obj(c)) = self.ann.interp.lookup_builtin_name(e.name())
            {
                if self.ann.interp.heap.as_class(c).is_some() {
                    self.ann.classdef(c);
                }
            }
        }
    }

    fn register_builtin_exceptions(&mut self) {
        for e in Exc::ALL {
            if let Some(flowgraph::Constant::Obj(c)) = self.ann.interp.lookup_builtin_name(e.name())
            {
                if let Some(cd) = self.ann.classdef_of.get(&c) {
                    let info = self.class_repr(*cd).info;
                    self.prog.builtin_exceptions.push((e, info));
                }
            }
        }
    }

    /// Records an error at a source location.
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let d = Diagnostic::at(span, msg.into());
        self.errors.push(d);
    }

    // ---- low-level types of annotations ----

    /// The low-level type of values with annotation `s`.
    pub fn lltype(&mut self, s: &SomeValue) -> LlType {
        use SomeValue as S;
        match s {
            S::Impossible | S::None | S::Builtin(_) => LlType::Void,
            S::Bool { .. } => LlType::Bool,
            S::Int { ty, .. } => match ty {
                annotator::IntType::Int => LlType::Signed,
                annotator::IntType::Sized(k) => LlType::from_int_kind(*k),
            },
            S::Float { .. } => LlType::Float,
            S::Char { .. } => LlType::UniChar,
            S::Str { .. } | S::Bytes { .. } => LlType::Ptr(self.str_type()),
            S::List { .. } => LlType::Ptr(self.list_repr_of(s).ty),
            S::Tuple(items) => {
                let items = items.clone();
                LlType::Ptr(self.tuple_type(&items))
            }
            S::Instance { class, .. } => LlType::Ptr(self.inst_type(*class)),
            S::Pbc { descs, nullable } => self.pbc_lltype(descs, *nullable),
            S::TypeOf { .. } => LlType::Ptr(self.prog.vtable_type.expect("classes laid out")),
            S::BuiltinMethod { receiver, .. } => {
                let r = receiver.clone();
                self.lltype(&r)
            }
            S::Super { receiver, .. } => {
                let r = receiver.clone();
                self.lltype(&r)
            }
            // Not supported yet: reported by the op that produces them; a
            // placeholder keeps the graph well-formed.
            S::Range { .. } => LlType::Ptr(self.range_type()),
            S::Iter { source, how } => match (&**source, how) {
                (S::Range { .. }, annotator::model::IterHow::Plain) => {
                    LlType::Ptr(self.range_type())
                }
                (
                    S::List { .. } | S::Str { .. } | S::Bytes { .. },
                    annotator::model::IterHow::Plain,
                ) => {
                    let src = (**source).clone();
                    let t = self.lltype(&src);
                    LlType::Ptr(self.iter_type(t))
                }
                _ => {
                    let (src, how) = ((**source).clone(), *how);
                    self.other_iter_lltype(&src, how)
                }
            },
            S::StringBuilder { .. } => LlType::Ptr(self.builder_type()),
            S::Dict { .. } => LlType::Ptr(self.dict_repr_of(s).ty),
            S::File { .. } => LlType::Ptr(self.file_type()),
            S::BigInt { .. } => LlType::Ptr(self.bigint_type()),
            S::WeakRef { .. } => LlType::Ptr(self.weakref_type()),
        }
    }

    fn pbc_lltype(&mut self, descs: &[Desc], nullable: bool) -> LlType {
        match descs.first() {
            Some(Desc::Method { .. }) if self.is_multi_name_methods(descs) => {
                // Methods of different names: {receiver, function pointer}.
                LlType::Ptr(self.bound_method_type(descs))
            }
            Some(Desc::Method { .. }) => {
                // A bound method: the receiver.
                let mut base: Option<ClassId> = None;
                for d in descs {
                    if let Desc::Method { self_class, .. } = d {
                        base = Some(match base {
                            None => *self_class,
                            Some(b) => self.ann.common_base(b, *self_class).unwrap_or(b),
                        });
                    }
                }
                LlType::Ptr(self.inst_type(base.expect("a method")))
            }
            Some(Desc::Func(_)) if descs.len() > 1 || nullable => {
                let Desc::Func(f) = descs[0] else {
                    unreachable!()
                };
                match self
                    .ann
                    .funcs
                    .get(&f)
                    .and_then(|i| i.graphs.values().next().copied())
                {
                    Some(g) => LlType::FuncPtr(self.graph_sig(g)),
                    None => LlType::Void,
                }
            }
            Some(Desc::Class(_)) if descs.len() > 1 || nullable => {
                LlType::Ptr(self.prog.vtable_type.expect("classes laid out"))
            }
            _ => LlType::Void,
        }
    }

    /// The low-level signature of an annotated graph.
    pub fn graph_sig(&mut self, g: GraphId) -> crate::lltype::SigId {
        let (params, ret) = self.graph_types(g);
        self.prog.types.sig(params, ret)
    }

    /// The low-level types of a graph's parameters and result.
    pub fn graph_types(&mut self, g: GraphId) -> (Vec<LlType>, LlType) {
        let ag = &self.ann.graphs[g.index()];
        let func = ag.func;
        let params: Vec<SomeValue> = ag
            .graph
            .params()
            .iter()
            .map(|v| ag.bindings[v.index()].clone())
            .collect();
        let ret = self.family_return(g);
        let mut lp: Vec<LlType> = params.iter().map(|p| self.lltype(p)).collect();
        if let Some(c) = self.self_override.get(&func).copied() {
            if !lp.is_empty() {
                lp[0] = LlType::Ptr(self.inst_type(c));
            }
        }
        let r = self.lltype(&ret);
        (lp, r)
    }

    /// The return annotation of `g`, or of its call family when `g` itself
    /// never returns (a base method that always raises): all members of a
    /// family share one low-level signature.
    pub fn family_return(&mut self, g: GraphId) -> SomeValue {
        let r = self.ann.return_value(g);
        if !r.is_impossible() {
            return r;
        }
        let root = self.ann.families.find(g.index() as u32);
        let members = self.ann.families.peek(root).members.clone();
        for m in members {
            let r = self.ann.return_value(m);
            if !r.is_impossible() {
                return r;
            }
        }
        r
    }

    /// The low-level shape of the list annotation `s`.
    pub fn list_repr_of(&mut self, s: &SomeValue) -> ListRepr {
        let SomeValue::List { def, .. } = s else {
            panic!("list_repr_of a non-list")
        };
        let root = ListId(self.ann.lists.find(def.raw()));
        if let Some(r) = self.list_reprs.get(&root) {
            return *r;
        }
        let data = self.ann.lists.peek(root.raw());
        let (item_s, resized) = (data.item.clone(), data.resized);
        let item = self.lltype(&item_s);
        let item_name = self.type_word(item);
        let array_name = self.unique_type_name(&format!("Array_{item_name}"));
        let array = self
            .prog
            .types
            .add(array_name, TypeKind::Array { item }, true);
        let repr = if resized {
            let name = self.unique_type_name(&format!("List_{item_name}"));
            let ty = self.prog.types.add(
                name,
                TypeKind::Struct {
                    fields: vec![
                        Field::new("length", LlType::Signed),
                        Field::new("items", LlType::Ptr(array)),
                    ],
                    varsize: None,
                },
                true,
            );
            ListRepr {
                ty,
                array,
                item,
                fixed: false,
            }
        } else {
            ListRepr {
                ty: array,
                array,
                item,
                fixed: true,
            }
        };
        self.list_reprs.insert(root, repr);
        repr
    }

    /// The GC struct of a tuple with these item annotations.
    pub fn tuple_type(&mut self, items: &[SomeValue]) -> TypeId {
        let tys: Vec<LlType> = items.iter().map(|i| self.lltype(i)).collect();
        if let Some(t) = self.tuple_types.get(&tys) {
            return *t;
        }
        let words: Vec<String> = tys.iter().map(|t| self.type_word(*t)).collect();
        let name = self.unique_type_name(&format!("Tuple_{}", words.join("_")));
        let fields = tys
            .iter()
            .enumerate()
            .map(|(i, t)| Field::new(&format!("item{i}"), *t))
            .collect();
        let t = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields,
                varsize: None,
            },
            true,
        );
        self.tuple_types.insert(tys, t);
        t
    }

    /// A short word for a type in generated type names.
    pub(crate) fn type_word(&self, t: LlType) -> String {
        match t {
            LlType::Ptr(id) => {
                let n = &self.prog.types.get(id).name;
                sanitize(n.strip_prefix("Inst_").unwrap_or(n))
            }
            LlType::FuncPtr(_) => "fn".into(),
            other => other.prim_name().to_lowercase(),
        }
    }
}
