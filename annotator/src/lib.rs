//! The annotator: whole-program type inference over flow graphs.
//!
//! Starting from `entry_point(argv: list[str]) -> int`, the annotator
//! abstractly interprets flow graphs to a fixpoint, giving every variable of
//! every reachable graph a [`SomeValue`]. Graphs are built on demand (one per
//! function, or one per specialization key) as calls reach them.
//!
//! After [`annotate`] returns without errors:
//! * every variable of every reached block is bound to a non-`Impossible`
//!   annotation, and every op of a reached block either has a result or is
//!   a call/`next` that never returns normally;
//! * class definitions hold the final type of every instance attribute,
//!   list/dict definitions the final item types;
//! * nothing refers back to the compile-time evaluator except heap objects
//!   (functions, classes, prebuilt constants) by [`ObjRef`].
//!
//! Errors are collected (not fatal): the whole program is annotated and
//! every conflict is reported once, at its cause, with the provenance of
//! each side (see [`explain`]).

pub mod attrs;
pub mod builtins;
pub mod calls;
pub mod classdefs;
pub mod containers;
pub mod explain;
pub mod fixpoint;
pub mod items;
pub mod methodkw;
pub mod methods;
pub mod model;
pub mod ops;
pub mod osenv;
pub mod print;
pub mod union;
pub mod weakref;

use std::collections::VecDeque;
use std::rc::Rc;

use flowgraph::{BlockId, Constant, Graph, ObjRef, Span, VarId};
use frontend::diag::Diagnostic;
use frontend::eval::Interp;
use frontend::heap::{ClassKind, Object};
use indexmap::{IndexMap, IndexSet};
use rustc_hash::{FxHashMap, FxHashSet};

pub use model::{ClassId, Desc, DictId, GraphId, IntType, ListId, OpPos, Pos, SomeValue};

use classdefs::ClassDef;
use containers::{DictData, DictDefs, Families, Family, ListData, ListDefs};

/// One annotated graph.
pub struct AGraph {
    pub graph: Graph,
    /// The function it is a graph of.
    pub func: ObjRef,
    /// The specialization key ("" for the default graph).
    pub key: String,
    /// The annotation of each variable (`Impossible` until bound).
    pub bindings: Vec<SomeValue>,
    /// Blocks reached by the annotator.
    pub reached: Vec<bool>,
    /// Blocks whose flow stopped before their end: the index of the op.
    pub stopped: Vec<Option<usize>>,
    /// Call sites of this graph.
    pub callers: IndexSet<OpPos>,
}

impl AGraph {
    pub fn op_span(&self, p: OpPos) -> Span {
        self.graph.block(p.block).ops[p.index].span
    }
    pub fn binding(&self, v: VarId) -> &SomeValue {
        &self.bindings[v.index()]
    }
    pub fn return_var(&self) -> VarId {
        self.graph.block(self.graph.return_block).inputargs[0]
    }
}

/// The specializations of one function.
#[derive(Default)]
pub struct FuncInfo {
    pub graphs: IndexMap<String, GraphId>,
}

/// A union that failed where two flows meet (a block input: a local
/// variable at a join, a parameter, a return value).
pub struct Conflict {
    pub pos: Pos,
    pub arg: usize,
    pub err: union::UnionError,
}

/// Where a failure happened, for the final report.
pub enum Failure {
    /// Two values met in a block input argument.
    Join(Conflict),
    /// An error located at an operation.
    Op(OpPos, Box<Diagnostic>),
}

pub struct Annotator<'i> {
    pub interp: &'i mut Interp,
    pub graphs: Vec<AGraph>,
    pub funcs: IndexMap<ObjRef, FuncInfo>,
    pub classdefs: Vec<ClassDef>,
    pub classdef_of: IndexMap<ObjRef, ClassId>,
    pub lists: ListDefs,
    pub dicts: DictDefs,
    /// Call families of graphs (indexed like `graphs`).
    pub families: Families,
    /// The graphs reached by the call being annotated (for families).
    call_graphs: Vec<(GraphId, bool)>,
    /// Definitions of prebuilt lists, dicts and instances.
    prebuilt: FxHashMap<ObjRef, SomeValue>,
    /// Module globals bound to lists and dicts ("module.name").
    global_names: FxHashMap<ObjRef, String>,
    pending: VecDeque<Pos>,
    queued: FxHashSet<Pos>,
    pub failures: Vec<Failure>,
    /// Special methods called implicitly (`len(x)`, `str(x)`, `for`...):
    /// (receiver class, name) → the methods that may run (the RTyper gives
    /// the ones with several implementations a vtable slot).
    pub special_calls: IndexMap<(ClassId, Rc<str>), Rc<[Desc]>>,
    pub(crate) failure_keys: FxHashSet<String>,
    /// Calls of `specialize.argtype` functions waiting for the items of a
    /// container argument (see [`Annotator::argtype_key`]).
    pub(crate) waiting_for_items: IndexSet<Pos>,
    /// Set once the fixpoint is reached with calls still waiting: their
    /// containers are empty for good and get keyed by definition.
    pub(crate) release_empty: bool,
    /// Functions whose graph could not be built (reported once).
    broken: FxHashSet<ObjRef>,
    /// Calls of `specialize.memo()` functions: the constant results the
    /// RTyper emits (or looks up) instead of a call.
    pub memo_calls: IndexMap<OpPos, calls::MemoCall>,
    /// Results of `specialize.memo()` functions by function and arguments
    /// (each combination runs once, so its result is one prebuilt object).
    pub(crate) memo_cache: FxHashMap<String, Constant>,
    pub entry: Option<GraphId>,
    /// Classes whose instances have a `__del__`: the graph of that method
    /// (see `weakref.rs`).
    pub destructors: IndexMap<ClassId, GraphId>,
    /// Finalizer queue classes: the graph of their `finalizer_trigger`.
    pub fq_triggers: IndexMap<ClassId, GraphId>,
}

impl<'i> Annotator<'i> {
    pub fn new(interp: &'i mut Interp) -> Annotator<'i> {
        let mut global_names = FxHashMap::default();
        for (mname, m) in interp.modules.iter() {
            if let Object::Module(module) = interp.heap.get(*m) {
                for (n, v) in &module.dict {
                    if let Constant::Obj(r) = v {
                        if matches!(interp.heap.get(*r), Object::List(_) | Object::Dict(_)) {
                            let shown = if &**mname == "__target__" {
                                n.to_string()
                            } else {
                                format!("{mname}.{n}")
                            };
                            global_names.entry(*r).or_insert(shown);
                        }
                    }
                }
            }
        }
        Annotator {
            interp,
            graphs: Vec::new(),
            funcs: IndexMap::new(),
            classdefs: Vec::new(),
            classdef_of: IndexMap::new(),
            lists: ListDefs::default(),
            dicts: DictDefs::default(),
            families: Families::default(),
            call_graphs: Vec::new(),
            special_calls: IndexMap::new(),
            prebuilt: FxHashMap::default(),
            global_names,
            pending: VecDeque::new(),
            queued: FxHashSet::default(),
            failures: Vec::new(),
            failure_keys: FxHashSet::default(),
            waiting_for_items: IndexSet::new(),
            release_empty: false,
            broken: FxHashSet::default(),
            memo_calls: IndexMap::new(),
            memo_cache: FxHashMap::default(),
            entry: None,
            destructors: IndexMap::new(),
            fq_triggers: IndexMap::new(),
        }
    }

    pub fn schedule(&mut self, pos: Pos) {
        if self.queued.insert(pos) {
            self.pending.push_back(pos);
        }
    }

    /// Records a failure unless one with the same key was recorded.
    pub fn fail(&mut self, key: String, f: Failure) {
        if self.failure_keys.insert(key) {
            self.failures.push(f);
        }
    }

    /// Runs the fixpoint from `entry_point(argv: list[str])`.
    pub fn annotate_entry(&mut self, entry: ObjRef) -> Result<GraphId, Diagnostic> {
        let argv = self.new_list(SomeValue::str(), None);
        let g = self.graph_for(entry, String::new())?;
        self.entry = Some(g);
        self.bind_params(g, vec![argv]);
        self.run();
        self.release_empty_containers();
        Ok(g)
    }

    /// Once the fixpoint is reached, the `argtype` calls still waiting for
    /// the items of a container argument (a list that stays empty) are
    /// flowed again, keyed by the container's definition.
    fn release_empty_containers(&mut self) {
        if self.waiting_for_items.is_empty() {
            return;
        }
        self.release_empty = true;
        let waiting: Vec<Pos> = std::mem::take(&mut self.waiting_for_items)
            .into_iter()
            .collect();
        for pos in waiting {
            self.schedule(pos);
        }
        self.run();
    }

    /// A fresh list definition.
    pub fn new_list(&mut self, item: SomeValue, origin: Option<Span>) -> SomeValue {
        let id = self.lists.create(ListData {
            item,
            resized: false,
            mutated: false,
            readers: IndexSet::new(),
            frozen_global: None,
            origin,
            sources: Vec::new(),
        });
        SomeValue::List {
            def: ListId(id),
            nullable: false,
        }
    }

    pub fn new_dict(
        &mut self,
        key: SomeValue,
        value: SomeValue,
        origin: Option<Span>,
    ) -> SomeValue {
        let id = self.dicts.create(DictData {
            key,
            value,
            readers: IndexSet::new(),
            frozen_global: None,
            origin,
            key_sources: Vec::new(),
            value_sources: Vec::new(),
            custom: None,
        });
        SomeValue::Dict {
            def: DictId(id),
            nullable: false,
        }
    }

    /// The graph of `func` for a specialization key, built on first use.
    pub fn graph_for(&mut self, func: ObjRef, key: String) -> Result<GraphId, Diagnostic> {
        if let Some(g) = self.funcs.get(&func).and_then(|f| f.graphs.get(&key)) {
            return Ok(*g);
        }
        let mut graph = match frontend::flow::build_graph(self.interp, func) {
            Ok(g) => g,
            Err(mut errs) => {
                let first = errs.remove(0);
                return Err(first);
            }
        };
        if !key.is_empty() {
            graph.name = format!("{}[{}]", graph.name, key);
        }
        let id = GraphId::new(self.graphs.len());
        let fam = self.families.create(Family {
            members: vec![id],
            methods: false,
            shared: None,
        });
        debug_assert_eq!(fam as usize, id.index());
        let nvars = graph.vars.len();
        let nblocks = graph.blocks.len();
        self.graphs.push(AGraph {
            graph,
            func,
            key: key.clone(),
            bindings: vec![SomeValue::Impossible; nvars],
            reached: vec![false; nblocks],
            stopped: vec![None; nblocks],
            callers: IndexSet::new(),
        });
        self.funcs.entry(func).or_default().graphs.insert(key, id);
        Ok(id)
    }

    /// The annotation of a constant (a prebuilt value).
    pub fn immutable_value(&mut self, c: &Constant) -> SomeValue {
        match c {
            Constant::None => SomeValue::None,
            Constant::Bool(b) => SomeValue::Bool {
                konst: Some(*b),
                ktd: None,
            },
            Constant::Int(i) => SomeValue::const_int(*i as i128),
            Constant::BigInt(_) => SomeValue::int(),
            Constant::SizedInt(k, bits) => SomeValue::Int {
                ty: IntType::Sized(*k),
                nonneg: !k.signed() || k.value(*bits) >= 0,
                konst: Some(k.value(*bits)),
            },
            Constant::Float(f) => SomeValue::Float {
                konst: Some(f.to_bits()),
            },
            Constant::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => SomeValue::Char { konst: Some(c) },
                    _ => SomeValue::Str {
                        nullable: false,
                        konst: Some(s.clone()),
                    },
                }
            }
            Constant::Bytes(b) => SomeValue::Bytes {
                nullable: false,
                konst: Some(b.clone()),
            },
            Constant::Obj(r) => self.prebuilt_value(*r),
        }
    }

    fn prebuilt_value(&mut self, r: ObjRef) -> SomeValue {
        if let Some(s) = self.prebuilt.get(&r) {
            return s.clone();
        }
        let heap = &self.interp.heap;
        let s = match heap.get(r) {
            Object::Function(_) => SomeValue::pbc(Desc::Func(r)),
            Object::Class(_) => SomeValue::pbc(Desc::Class(r)),
            Object::Builtin(_) => SomeValue::Builtin(r),
            Object::Native(frontend::heap::Native::WeakRef(None)) => {
                SomeValue::WeakRef { class: None }
            }
            Object::Range { start, step, .. } => SomeValue::Range {
                nonneg: *start >= 0 && *step > 0,
            },
            Object::BoundMethod { func, receiver } => match (func, receiver) {
                (Constant::Obj(f), Constant::Obj(recv)) => SomeValue::pbc(Desc::BoundConst {
                    func: *f,
                    receiver: *recv,
                }),
                _ => SomeValue::pbc(Desc::Frozen(r)),
            },
            Object::BuiltinMethod { name, receiver } => {
                let (name, receiver) = (name.clone(), receiver.clone());
                let recv = self.immutable_value(&receiver);
                SomeValue::BuiltinMethod {
                    name,
                    receiver: Rc::new(recv),
                }
            }
            Object::Tuple(items) => {
                let items = items.clone();
                let items: Vec<SomeValue> = items.iter().map(|i| self.immutable_value(i)).collect();
                SomeValue::Tuple(Rc::from(items))
            }
            Object::List(items) => {
                let items = items.clone();
                let s = self.new_list(SomeValue::Impossible, None);
                self.prebuilt.insert(r, s.clone());
                let SomeValue::List { def, .. } = s else {
                    unreachable!()
                };
                self.lists.get_mut(def.raw()).frozen_global = self.global_names.get(&r).cloned();
                let mut item = SomeValue::Impossible;
                for i in &items {
                    let si = self.immutable_value(i);
                    item = self.union(&item, &si).unwrap_or(item);
                }
                self.lists.get_mut(def.raw()).item = item;
                return s;
            }
            Object::Dict(d) => {
                let entries: Vec<(Constant, Constant)> = d.entries.values().cloned().collect();
                let s = self.new_dict(SomeValue::Impossible, SomeValue::Impossible, None);
                self.prebuilt.insert(r, s.clone());
                let SomeValue::Dict { def, .. } = s else {
                    unreachable!()
                };
                self.dicts.get_mut(def.raw()).frozen_global = self.global_names.get(&r).cloned();
                let (mut k, mut v) = (SomeValue::Impossible, SomeValue::Impossible);
                for (ck, cv) in &entries {
                    let sk = self.immutable_value(ck);
                    let sv = self.immutable_value(cv);
                    k = self.union(&k, &sk).unwrap_or(k);
                    v = self.union(&v, &sv).unwrap_or(v);
                }
                let d = self.dicts.get_mut(def.raw());
                d.key = k;
                d.value = v;
                return s;
            }
            Object::Instance(inst) => {
                let class = inst.class;
                let attrs: Vec<(Rc<str>, Constant)> = inst
                    .attrs
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let kind = heap.as_class(class).map(|c| c.kind);
                if kind == Some(ClassKind::User) || kind == Some(ClassKind::Exception) {
                    let cd = self.classdef(class);
                    let s = SomeValue::instance(cd);
                    self.prebuilt.insert(r, s.clone());
                    for (name, v) in attrs {
                        if name.starts_with("__") {
                            continue;
                        }
                        let sv = self.immutable_value(&v);
                        let owner = self.attr_owner(cd, &name);
                        let _ = self.add_attr_source(owner, &name, sv, None);
                    }
                    return s;
                }
                SomeValue::pbc(Desc::Frozen(r))
            }
            _ => SomeValue::pbc(Desc::Frozen(r)),
        };
        self.prebuilt.insert(r, s.clone());
        s
    }

    /// The type notation used in `translate -a` output and messages:
    /// `int`, `int(nonneg)`, `Literal[5]`, `str | None`, `list[int]`,
    /// `dict[str, int]`, `tuple[int, str]`, a class name, `<function f>`...
    pub fn describe(&self, s: &SomeValue) -> String {
        print::describe(self, s)
    }

    /// The type notation for messages: like [`Annotator::describe`] without
    /// constants and non-negativity (`int`, not `Literal[1]`).
    pub fn show(&self, s: &SomeValue) -> String {
        print::describe(self, &loosen(s))
    }

    /// Every error of the run as diagnostics (in the order found).
    pub fn diagnostics(&mut self) -> Vec<Diagnostic> {
        explain::diagnostics(self)
    }

    pub fn graph_of_block(&self, pos: Pos) -> &Graph {
        &self.graphs[pos.graph.index()].graph
    }

    pub fn block_inputargs(&self, pos: Pos) -> &[VarId] {
        &self.graph_of_block(pos).block(pos.block).inputargs
    }

    pub fn start_pos(&self, g: GraphId) -> Pos {
        Pos {
            graph: g,
            block: self.graphs[g.index()].graph.start,
        }
    }

    pub fn return_pos(&self, g: GraphId) -> Pos {
        Pos {
            graph: g,
            block: self.graphs[g.index()].graph.return_block,
        }
    }

    pub fn block_id(&self, g: GraphId, b: BlockId) -> Pos {
        Pos { graph: g, block: b }
    }
}

/// `s` without constants and non-negativity, recursively in tuples.
pub fn loosen(s: &SomeValue) -> SomeValue {
    match s {
        SomeValue::Int { ty, .. } => SomeValue::Int {
            ty: *ty,
            nonneg: false,
            konst: None,
        },
        SomeValue::Tuple(items) => SomeValue::Tuple(items.iter().map(loosen).collect()),
        other => other.without_const(),
    }
}

/// The result of annotating a target.
pub struct Annotation<'i> {
    pub annotator: Annotator<'i>,
    pub entry: Option<GraphId>,
    pub errors: Vec<Diagnostic>,
}

/// Annotates the program whose entry point is `entry`.
pub fn annotate(interp: &mut Interp, entry: ObjRef) -> Annotation<'_> {
    let mut ann = Annotator::new(interp);
    let (entry, mut errors) = match ann.annotate_entry(entry) {
        Ok(g) => (Some(g), Vec::new()),
        Err(d) => (None, vec![d]),
    };
    errors.extend(ann.diagnostics());
    Annotation {
        annotator: ann,
        entry,
        errors,
    }
}
