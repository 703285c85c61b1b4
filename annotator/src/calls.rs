//! Calls: binding arguments to parameters, specialization, instantiation.
//!
//! A call of a PBC calls every function it can be (the result is the union
//! of their results). Each function has one graph per specialization key:
//! the default key is empty; `*args` functions get one graph per number of
//! extra arguments; `specialize.argtype(N)`, `specialize.arg(N)` and
//! `specialize.call_location()` key on the argument types, the constant
//! argument values or the call site; `specialize.memo()` functions are run
//! at annotation time on their constant arguments. `enforceargs(...)` fixes
//! the parameter types. The call site is recorded on the callee so that it
//! is reflowed when the callee's return value generalises.

use std::rc::Rc;

use flowgraph::{Constant, ObjRef, Value};
use frontend::diag::Diagnostic;
use frontend::heap::{ClassKind, Object};

use crate::classdefs::ClassAttr;
use crate::containers::Family;
use crate::model::{Desc, GraphId, OpPos, Pos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

/// Where a parameter's value comes from in a call (see
/// [`Annotator::bind_plan`]).
#[derive(Clone, Debug)]
pub enum ParamSource {
    /// The i-th positional argument (receiver and `*args` items included).
    Arg(usize),
    /// The i-th keyword argument.
    Keyword(usize),
    /// The parameter's default value.
    Default(Constant),
    /// The `*args` tuple made of these positional arguments.
    Vararg(Vec<usize>),
}

/// The arguments of a call.
#[derive(Clone, Debug, Default)]
pub struct CallArgs {
    pub positional: Vec<SomeValue>,
    pub keywords: Vec<(Rc<str>, SomeValue)>,
    /// `*args` (must be a tuple).
    pub star: Option<SomeValue>,
}

impl CallArgs {
    pub fn positional(args: Vec<SomeValue>) -> CallArgs {
        CallArgs {
            positional: args,
            ..CallArgs::default()
        }
    }

    /// Decodes `call_args(f, (npos, kwnames, has_star), args...)`.
    pub fn from_shape(ann: &Annotator, shape: &Value, args: &[SomeValue]) -> Option<CallArgs> {
        let Value::Const(Constant::Obj(r)) = shape else {
            return None;
        };
        let heap = &ann.interp.heap;
        let items = heap.tuple_items(&Constant::Obj(*r))?;
        let npos = match items.first()? {
            Constant::Int(n) => *n as usize,
            _ => return None,
        };
        let kwnames: Vec<Rc<str>> = heap
            .tuple_items(items.get(1)?)?
            .iter()
            .filter_map(|c| match c {
                Constant::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect();
        let has_star = matches!(items.get(2)?, Constant::Bool(true));
        let mut it = args.iter().cloned();
        let positional: Vec<SomeValue> = it.by_ref().take(npos).collect();
        let keywords = kwnames.into_iter().zip(it.by_ref()).collect();
        let star = if has_star { it.next() } else { None };
        Some(CallArgs {
            positional,
            keywords,
            star,
        })
    }

    /// Positional arguments including the expansion of `*args`.
    fn all_positional(&self) -> Result<Vec<SomeValue>, String> {
        let mut out = self.positional.clone();
        match &self.star {
            None => {}
            Some(SomeValue::Tuple(items)) => out.extend(items.iter().cloned()),
            Some(other) => {
                return Err(format!(
                    "`*args` in a call must be a tuple, not {}",
                    other.kind_word()
                ))
            }
        }
        Ok(out)
    }
}

impl Annotator<'_> {
    /// Checks the number of positional arguments of a native function or
    /// method (`callee` as shown: `len`, `.append`).
    pub(crate) fn check_arg_count(
        &self,
        at: OpPos,
        callee: &str,
        n: usize,
        min: usize,
        max: usize,
    ) -> Result<(), Diagnostic> {
        if (min..=max).contains(&n) {
            return Ok(());
        }
        let expected = if min == max {
            format!("{min}")
        } else {
            format!("{min} to {max}")
        };
        let plural = if max == 1 { "" } else { "s" };
        Err(self.error(
            at,
            format!("{callee}() takes {expected} argument{plural} ({n} given)"),
        ))
    }

    /// Calls a value of any annotation.
    pub fn call_value(&mut self, at: OpPos, f: &SomeValue, args: CallArgs) -> OpResult {
        match f {
            // As in RPython, a PBC that may be None can be called (the
            // program guarantees it is not None at this point).
            SomeValue::Pbc { descs, .. } => {
                let descs = descs.clone();
                let mut result = SomeValue::Impossible;
                self.call_graphs.clear();
                let mut graphs = Vec::new();
                for d in descs.iter() {
                    let r = self.call_desc(at, d, &args)?;
                    graphs.append(&mut self.call_graphs);
                    result = self.union(&result, &r).map_err(|e| {
                        self.error(
                            at,
                            format!(
                                "the functions this call can reach return different types: {}",
                                e.why
                            ),
                        )
                    })?;
                }
                self.drop_stale_callers(at, &graphs);
                if graphs.len() > 1 {
                    self.join_family(&graphs);
                }
                Ok(result)
            }
            SomeValue::Builtin(b) => self.call_builtin(at, *b, &args),
            SomeValue::BuiltinMethod { name, receiver } => {
                let (name, receiver) = (name.clone(), receiver.clone());
                self.call_method(at, &name, &receiver, &args)
            }
            SomeValue::TypeOf { .. } => Err(self.error(
                at,
                "not supported yet: calling a class that is not a constant",
            )),
            SomeValue::WeakRef { class } => self.call_weakref(at, *class, &args),
            other => Err(self
                .error(at, format!("{} is not callable", self.show(other)))
                .with_label("called here")),
        }
    }

    fn call_desc(&mut self, at: OpPos, d: &Desc, args: &CallArgs) -> OpResult {
        match d {
            Desc::Func(f) => self.call_function(at, *f, None, args),
            Desc::Method { func, self_class } => {
                let s = SomeValue::instance(*self_class);
                self.call_function(at, *func, Some(s), args)
            }
            Desc::BoundConst { func, receiver } => {
                let s = self.immutable_value(&Constant::Obj(*receiver));
                self.call_function(at, *func, Some(s), args)
            }
            Desc::Class(c) => self.instantiate(at, *c, args),
            Desc::Frozen(r) => Err(self.error(
                at,
                format!("{} is not callable", self.interp.heap.describe(*r)),
            )),
        }
    }

    fn instantiate(&mut self, at: OpPos, class: ObjRef, args: &CallArgs) -> OpResult {
        let kind = self.interp.heap.as_class(class).map(|c| c.kind);
        match kind {
            Some(ClassKind::Builtin(t)) => return self.call_builtin_type(at, t, class, args),
            Some(ClassKind::User) | Some(ClassKind::Exception) => {}
            None => unreachable!("a class"),
        }
        let cd = self.classdef(class);
        self.classdefs[cd.index()].instantiated = true;
        self.annotate_destructor(at, cd);
        let inst = SomeValue::instance(cd);
        match self.class_lookup(cd, "__init__") {
            Some(ClassAttr::Method(init)) if self.is_user_function(init) => {
                let r = self.call_function(at, init, Some(inst.clone()), args)?;
                if r.is_impossible() {
                    // `__init__` has not returned yet (or never returns).
                    return Ok(SomeValue::Impossible);
                }
            }
            _ => {
                let is_exc = self.classdefs[cd.index()].is_exception;
                let n = args.positional.len() + args.keywords.len();
                if !is_exc && (n > 0 || args.star.is_some()) {
                    return Err(self.error(
                        at,
                        format!(
                            "{}() takes no arguments (it has no __init__)",
                            self.class_name(cd)
                        ),
                    ));
                }
                if is_exc && !args.keywords.is_empty() {
                    return Err(self.error(at, "exceptions take no keyword arguments"));
                }
            }
        }
        Ok(inst)
    }

    fn is_user_function(&self, f: ObjRef) -> bool {
        self.interp.heap.as_function(f).is_some()
    }

    /// Calls a Python function (`self_arg`: the receiver of a method call).
    pub fn call_function(
        &mut self,
        at: OpPos,
        func: ObjRef,
        self_arg: Option<SomeValue>,
        args: &CallArgs,
    ) -> OpResult {
        if self.broken.contains(&func) {
            return Ok(SomeValue::Impossible);
        }
        let self_arg_given = self_arg.is_some();
        let params = self.bind_arguments(at, func, self_arg, args)?;
        let tag = self
            .interp
            .heap
            .as_function(func)
            .and_then(|f| f.dict.get("_annspecialcase_").cloned());
        let key = match tag {
            Some(Constant::Str(s)) => match self.specialization_key(at, func, &s, &params)? {
                SpecKey::Key(k) => k,
                SpecKey::Memo => return self.call_memo(at, func, &params),
                // Rescheduled when the container's items are known.
                SpecKey::Blocked => return Ok(SomeValue::Impossible),
            },
            _ => String::new(),
        };
        let key = match self.vararg_count(func, &params) {
            Some(n) if key.is_empty() => format!("*{n}"),
            Some(n) => format!("{key},*{n}"),
            None => key,
        };
        let params = self.enforce_args(at, func, params)?;
        let g = match self.graph_for(func, key) {
            Ok(g) => g,
            Err(d) => {
                self.broken.insert(func);
                let key = format!("build {:?}", func);
                self.fail(key, crate::Failure::Op(at, Box::new(d)));
                return Ok(SomeValue::Impossible);
            }
        };
        self.graphs[g.index()].callers.insert(at);
        self.call_graphs.push((g, self_arg_given));
        self.bind_params(g, params);
        self.share_family_params(g);
        Ok(self.return_value(g))
    }

    /// A call site reaches the graphs it called this time: when an
    /// argument's annotation generalized and changed a function's
    /// specialization key, the graph of the old key is no longer one of the
    /// site's targets (the rtyper picks targets among the callers).
    fn drop_stale_callers(&mut self, at: OpPos, current: &[(GraphId, bool)]) {
        let mut funcs: Vec<ObjRef> = Vec::new();
        for (g, _) in current {
            let f = self.graphs[g.index()].func;
            if !funcs.contains(&f) {
                funcs.push(f);
            }
        }
        for f in funcs {
            let Some(info) = self.funcs.get(&f) else {
                continue;
            };
            let stale: Vec<GraphId> = info
                .graphs
                .values()
                .copied()
                .filter(|o| !current.iter().any(|(g, _)| g == o))
                .collect();
            for o in stale {
                self.graphs[o.index()].callers.shift_remove(&at);
            }
        }
    }

    /// Puts graphs called from one call site into one family and gives
    /// them common parameter types.
    fn join_family(&mut self, graphs: &[(GraphId, bool)]) {
        let (first, _) = graphs[0];
        for (g, method) in graphs {
            if let Some((root, a, b)) = self.families.unify(first.index() as u32, g.index() as u32)
            {
                let mut members = a.members;
                members.extend(b.members);
                self.families.set(
                    root,
                    Family {
                        members,
                        methods: a.methods || b.methods || *method,
                        shared: None,
                    },
                );
            } else if *method {
                self.families.get_mut(g.index() as u32).methods = true;
            }
        }
        self.share_family_params(first);
    }

    /// Unions each parameter over the family of `g` and binds the result to
    /// every member (a parameter conflict is reported at the member).
    fn share_family_params(&mut self, g: GraphId) {
        let fam = self.families.get(g.index() as u32).clone();
        if fam.members.len() < 2 {
            return;
        }
        let arity = self.graphs[g.index()].graph.params().len();
        if fam
            .members
            .iter()
            .any(|m| self.graphs[m.index()].graph.params().len() != arity)
        {
            // Arity mismatches are reported at the call site binding.
            return;
        }
        let skip = usize::from(fam.methods);
        // Nothing to do if `g` fits the types the family already shares.
        if let Some((params, ret)) = &fam.shared {
            let (params, ret) = (params.clone(), ret.clone());
            let gp = self.graphs[g.index()].graph.params().to_vec();
            // (`g` already received them: bindings only grow, so equal
            // means up to date.)
            let r = self.return_value(g);
            let mut fits = r.is_impossible() || r == ret;
            for (i, v) in gp.iter().enumerate().skip(skip) {
                fits = fits && self.graphs[g.index()].bindings[v.index()] == params[i];
            }
            if fits {
                return;
            }
        }
        let mut shared: Vec<SomeValue> = vec![SomeValue::Impossible; arity];
        for m in &fam.members {
            let params = self.graphs[m.index()].graph.params().to_vec();
            for (i, v) in params.iter().enumerate().skip(skip) {
                let s = self.graphs[m.index()].bindings[v.index()].clone();
                if let Ok(u) = self.union(&shared[i], &s) {
                    shared[i] = u;
                }
            }
        }
        for m in &fam.members {
            let mut values: Vec<SomeValue> = Vec::with_capacity(arity);
            let params = self.graphs[m.index()].graph.params().to_vec();
            for (i, v) in params.iter().enumerate() {
                if i < skip {
                    values.push(self.graphs[m.index()].bindings[v.index()].clone());
                } else {
                    values.push(shared[i].clone());
                }
            }
            if values.iter().any(|v| v.is_impossible()) {
                continue;
            }
            self.bind_params(*m, values);
        }
        // And one return type.
        let mut ret = SomeValue::Impossible;
        for m in &fam.members {
            let r = self.return_value(*m);
            if let Ok(u) = self.union(&ret, &r) {
                ret = u;
            }
        }
        for m in &fam.members {
            if !self.return_value(*m).is_impossible() {
                let pos = self.return_pos(*m);
                self.bind_inputs(pos, vec![ret.clone()]);
            }
        }
        self.families.get_mut(g.index() as u32).shared = Some((shared, ret));
    }

    pub fn return_value(&self, g: GraphId) -> SomeValue {
        let ag = &self.graphs[g.index()];
        ag.bindings[ag.return_var().index()].clone()
    }

    /// The number of arguments collected by `*args`, if the function has it.
    fn vararg_count(&self, func: ObjRef, params: &[SomeValue]) -> Option<usize> {
        let f = self.interp.heap.as_function(func)?;
        let a = f.code.args();
        a.vararg.as_ref()?;
        let n = a.posonlyargs.len() + a.args.len();
        match params.get(n) {
            Some(SomeValue::Tuple(items)) => Some(items.len()),
            _ => None,
        }
    }

    /// Maps call arguments to the function's parameters (in graph order:
    /// positional, `*args` tuple, keyword-only).
    fn bind_arguments(
        &mut self,
        at: OpPos,
        func: ObjRef,
        self_arg: Option<SomeValue>,
        args: &CallArgs,
    ) -> Result<Vec<SomeValue>, Diagnostic> {
        let mut positional = Vec::new();
        if let Some(s) = self_arg {
            positional.push(s);
        }
        positional.extend(args.all_positional().map_err(|m| self.error(at, m))?);
        let kwnames: Vec<Rc<str>> = args.keywords.iter().map(|(k, _)| k.clone()).collect();
        let plan = self
            .bind_plan(func, positional.len(), &kwnames)
            .map_err(|m| {
                let def_span = self
                    .interp
                    .heap
                    .as_function(func)
                    .expect("a function")
                    .code
                    .span;
                self.error(at, m)
                    .with_label("called here")
                    .with_related(def_span, "defined here")
            })?;
        let mut out = Vec::with_capacity(plan.len());
        for p in plan {
            out.push(match p {
                ParamSource::Arg(i) => positional[i].clone(),
                ParamSource::Keyword(i) => args.keywords[i].1.clone(),
                ParamSource::Default(c) => self.immutable_value(&c),
                ParamSource::Vararg(idx) => {
                    SomeValue::Tuple(idx.iter().map(|i| positional[*i].clone()).collect())
                }
            });
        }
        Ok(out)
    }

    /// How a call with `npositional` positional arguments (the receiver and
    /// the expansion of `*args` included) and the keyword arguments `kwnames`
    /// fills the parameters of `func`, in graph order (positional, `*args`
    /// tuple, keyword-only). The error is the message for the call site.
    /// The rtyper uses the same plan to pass low-level values.
    pub fn bind_plan(
        &self,
        func: ObjRef,
        npositional: usize,
        kwnames: &[Rc<str>],
    ) -> Result<Vec<ParamSource>, String> {
        let f = self.interp.heap.as_function(func).expect("a function");
        let name = f.qualname.to_string();
        let a = f.code.args();
        let pos_names: Vec<Rc<str>> = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .map(|p| Rc::from(p.def.arg.as_str()))
            .collect();
        let kwonly: Vec<Rc<str>> = a
            .kwonlyargs
            .iter()
            .map(|p| Rc::from(p.def.arg.as_str()))
            .collect();
        let has_vararg = a.vararg.is_some();
        let defaults = &f.defaults;
        let kwdefaults = &f.kwdefaults;
        let nposonly = a.posonlyargs.len();
        let mut slots: Vec<Option<ParamSource>> = (0..pos_names.len()).map(|_| None).collect();
        let mut extra = Vec::new();
        for i in 0..npositional {
            if i < slots.len() {
                slots[i] = Some(ParamSource::Arg(i));
            } else {
                extra.push(i);
            }
        }
        if !extra.is_empty() && !has_vararg {
            return Err(format!(
                "{name}() takes {} positional argument{} but {} were given",
                pos_names.len(),
                if pos_names.len() == 1 { "" } else { "s" },
                pos_names.len() + extra.len()
            ));
        }
        let mut kw_slots: Vec<Option<ParamSource>> = (0..kwonly.len()).map(|_| None).collect();
        for (j, k) in kwnames.iter().enumerate() {
            if let Some(i) = pos_names.iter().position(|p| p == k) {
                if i < nposonly {
                    return Err(format!(
                        "{name}() got a positional-only argument `{k}` passed as a keyword"
                    ));
                }
                if slots[i].is_some() {
                    return Err(format!("{name}() got multiple values for argument `{k}`"));
                }
                slots[i] = Some(ParamSource::Keyword(j));
            } else if let Some(i) = kwonly.iter().position(|p| p == k) {
                kw_slots[i] = Some(ParamSource::Keyword(j));
            } else {
                return Err(format!("{name}() got an unexpected keyword argument `{k}`"));
            }
        }
        let first_default = pos_names.len() - defaults.len().min(pos_names.len());
        let mut out = Vec::new();
        for (i, slot) in slots.into_iter().enumerate() {
            match slot {
                Some(s) => out.push(s),
                None if i >= first_default => {
                    out.push(ParamSource::Default(defaults[i - first_default].clone()))
                }
                None => {
                    return Err(format!(
                        "{name}() missing required argument `{}`",
                        pos_names[i]
                    ))
                }
            }
        }
        if has_vararg {
            out.push(ParamSource::Vararg(extra));
        }
        for (i, slot) in kw_slots.into_iter().enumerate() {
            match slot {
                Some(s) => out.push(s),
                None => match kwdefaults.iter().find(|(n, _)| *n == kwonly[i]) {
                    Some((_, d)) => out.push(ParamSource::Default(d.clone())),
                    None => {
                        return Err(format!(
                            "{name}() missing required keyword-only argument `{}`",
                            kwonly[i]
                        ))
                    }
                },
            }
        }
        Ok(out)
    }

    /// The specialization key for a `specialize:...` tag, or `None` for
    /// `specialize:memo` (no graph: the function runs at annotation time).
    fn specialization_key(
        &mut self,
        at: OpPos,
        func: ObjRef,
        tag: &str,
        params: &[SomeValue],
    ) -> Result<SpecKey, Diagnostic> {
        let (kind, nums) = match tag.split_once('(') {
            Some((k, rest)) => {
                let nums: Vec<usize> = rest
                    .trim_end_matches(')')
                    .split(',')
                    .filter_map(|n| n.trim().parse().ok())
                    .collect();
                (k, nums)
            }
            None => (tag, vec![]),
        };
        let arg = |this: &Self, i: usize| -> Result<SomeValue, Diagnostic> {
            params
                .get(i)
                .cloned()
                .ok_or_else(|| this.error(at, format!("{tag}: the function has no argument {i}")))
        };
        Ok(SpecKey::Key(match kind {
            "specialize:memo" => return Ok(SpecKey::Memo),
            "specialize:argtype" => {
                let mut parts = Vec::new();
                for i in nums {
                    let s = arg(self, i)?;
                    match self.argtype_key(&s, at.pos()) {
                        Some(k) => parts.push(k),
                        None => return Ok(SpecKey::Blocked),
                    }
                }
                parts.join(",")
            }
            "specialize:arg" | "specialize:arg_or_var" => {
                let mut parts = Vec::new();
                for i in nums {
                    let s = arg(self, i)?;
                    if !s.is_constant() {
                        if kind == "specialize:arg_or_var" {
                            parts.push("var".to_string());
                            continue;
                        }
                        let fname = self.interp.heap.describe(func);
                        return Err(self.error(
                            at,
                            format!("{fname} is specialized on argument {i}, which must be a constant here, not {}", self.show(&s)),
                        ));
                    }
                    parts.push(self.describe(&s));
                }
                parts.join(",")
            }
            "specialize:call_location" => {
                let span = self.graphs[at.graph.index()].op_span(at);
                format!("at {}", self.interp.sources.location(span))
            }
            _ => String::new(),
        }))
    }

    /// The key of one argument of a `specialize.argtype` function: its type
    /// without constants, non-negativity or nullability, and the item types
    /// of containers (a list of ints and a list of chars get separate
    /// graphs). While a container's items are unknown (a list still empty
    /// during the fixpoint) there is no key yet: the call at `reader` waits
    /// for the first item, so that one list does not get a graph per stage
    /// of its item type and two empty lists never share (and unify in) one
    /// graph. Containers still empty at the fixpoint are then keyed by
    /// their definition ([`Annotator::release_empty_containers`]).
    pub(crate) fn argtype_key(&mut self, s: &SomeValue, reader: Pos) -> Option<String> {
        Some(match s {
            SomeValue::Impossible => "?".to_string(),
            SomeValue::Int { ty, .. } => ty.name().to_string(),
            SomeValue::List { def, .. } => {
                let item = self.lists.get(def.raw()).item.clone();
                if item.is_impossible() {
                    if !self.release_empty {
                        self.lists.get_mut(def.raw()).readers.insert(reader);
                        self.waiting_for_items.insert(reader);
                        return None;
                    }
                    return Some(format!("list#{}", self.lists.find(def.raw())));
                }
                format!("list[{}]", self.argtype_key(&item, reader)?)
            }
            SomeValue::Dict { def, .. } => {
                let (k, v) = {
                    let d = self.dicts.get(def.raw());
                    (d.key.clone(), d.value.clone())
                };
                if k.is_impossible() || v.is_impossible() {
                    if !self.release_empty {
                        self.dicts.get_mut(def.raw()).readers.insert(reader);
                        self.waiting_for_items.insert(reader);
                        return None;
                    }
                    return Some(format!("dict#{}", self.dicts.find(def.raw())));
                }
                let k = self.argtype_key(&k, reader)?;
                let v = self.argtype_key(&v, reader)?;
                format!("dict[{k}, {v}]")
            }
            SomeValue::Tuple(items) => {
                let mut keys = Vec::new();
                for i in items.iter() {
                    keys.push(self.argtype_key(i, reader)?);
                }
                format!("({})", keys.join(", "))
            }
            other => {
                let plain = other.with_nullable(false).unwrap_or_else(|| other.clone());
                self.describe(&plain.without_const())
            }
        })
    }

    /// `specialize.memo()`: runs the function at annotation time on every
    /// combination of its constant arguments.
    fn call_memo(&mut self, at: OpPos, func: ObjRef, params: &[SomeValue]) -> OpResult {
        // The possible constant values of each argument.
        let mut choices: Vec<Vec<Constant>> = Vec::new();
        for p in params {
            let values: Option<Vec<Constant>> = match p {
                SomeValue::Pbc { descs, nullable } => {
                    let mut v: Option<Vec<Constant>> = descs
                        .iter()
                        .map(|d| match d {
                            Desc::Func(r) | Desc::Class(r) | Desc::Frozen(r) => {
                                Some(Constant::Obj(*r))
                            }
                            _ => None,
                        })
                        .collect();
                    if *nullable {
                        if let Some(v) = &mut v {
                            v.push(Constant::None);
                        }
                    }
                    v
                }
                SomeValue::Int { konst: Some(k), .. } => {
                    i64::try_from(*k).ok().map(|k| vec![Constant::Int(k)])
                }
                SomeValue::Bool { konst: Some(b), .. } => Some(vec![Constant::Bool(*b)]),
                SomeValue::Bool { konst: None, .. } => {
                    Some(vec![Constant::Bool(false), Constant::Bool(true)])
                }
                SomeValue::Str {
                    konst: Some(s),
                    nullable: false,
                } => Some(vec![Constant::Str(s.clone())]),
                SomeValue::Char { konst: Some(c) } => {
                    Some(vec![Constant::Str(c.to_string().into())])
                }
                SomeValue::None => Some(vec![Constant::None]),
                _ => None,
            };
            if let (Some(v), SomeValue::Pbc { descs, .. }) = (&values, p) {
                // A class chosen at run time is compared with the vtables
                // of the candidates: they need class definitions.
                if v.len() > 1 {
                    for d in descs.iter() {
                        if let Desc::Class(r) = d {
                            let user = self
                                .interp
                                .heap
                                .as_class(*r)
                                .is_some_and(|c| c.kind == ClassKind::User);
                            if user {
                                self.classdef(*r);
                            }
                        }
                    }
                }
            }
            match values {
                Some(v) => choices.push(v),
                None => {
                    return Err(self.error(
                        at,
                        format!(
                            "specialize.memo() needs arguments with a known set of constant values, not {}",
                            self.show(p)
                        ),
                    ))
                }
            }
        }
        let combos: usize = choices.iter().map(|c| c.len()).product();
        if combos > 256 {
            return Err(self.error(
                at,
                format!("specialize.memo(): too many argument combinations ({combos})"),
            ));
        }
        let span = self.graphs[at.graph.index()].op_span(at);
        let mut result = SomeValue::Impossible;
        let mut results = Vec::with_capacity(combos);
        for i in 0..combos {
            let args = MemoCall::combination(&choices, i);
            let key = format!("{func:?}{args:?}");
            let v = match self.memo_cache.get(&key) {
                Some(v) => v.clone(),
                None => {
                    let v = match self.interp.call(&Constant::Obj(func), args, vec![], span) {
                        Ok(v) => v,
                        Err(frontend::eval::Unwind::Error(d)) => return Err(*d),
                        Err(frontend::eval::Unwind::Exception(e)) => {
                            return Err(self.interp.exception_diagnostic(&e))
                        }
                    };
                    self.memo_cache.insert(key, v.clone());
                    v
                }
            };
            results.push(v.clone());
            let s = self.immutable_value(&v);
            result = self.union(&result, &s).map_err(|e| {
                self.error(
                    at,
                    format!(
                        "the results of this specialize.memo() function cannot be merged: {}",
                        e.why
                    ),
                )
            })?;
        }
        self.memo_calls.insert(
            at,
            MemoCall {
                func,
                choices,
                results,
            },
        );
        Ok(result)
    }

    /// Applies `enforceargs(...)`: each parameter has the given type.
    fn enforce_args(
        &mut self,
        at: OpPos,
        func: ObjRef,
        params: Vec<SomeValue>,
    ) -> Result<Vec<SomeValue>, Diagnostic> {
        let Some(tag) = self
            .interp
            .heap
            .as_function(func)
            .and_then(|f| f.dict.get("_enforceargs_").cloned())
        else {
            return Ok(params);
        };
        let types: Vec<Constant> = self
            .interp
            .heap
            .tuple_items(&tag)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let mut out = params;
        for (i, t) in types.iter().enumerate() {
            let Some(p) = out.get(i).cloned() else { break };
            let forced = match t {
                Constant::None => continue,
                Constant::Obj(r) => match self.interp.heap.get(*r) {
                    Object::Class(c) => match c.kind {
                        ClassKind::Builtin(bt) => crate::builtins::type_annotation(bt),
                        _ => {
                            let cd = self.classdef(*r);
                            Some(SomeValue::Instance {
                                class: cd,
                                nullable: true,
                            })
                        }
                    },
                    _ => None,
                },
                _ => None,
            };
            let Some(forced) = forced else { continue };
            let merged = self.union(&forced, &p).ok();
            if merged.as_ref() != Some(&forced) {
                let fname = self.interp.heap.describe(func);
                return Err(self.error(
                    at,
                    format!(
                        "argument {i} of {fname} must be {} (enforceargs), not {}",
                        self.show(&forced),
                        self.show(&p)
                    ),
                ));
            }
            out[i] = forced;
        }
        Ok(out)
    }
}

/// A call of a `specialize.memo()` function, run at annotation time on
/// every combination of the constant values its arguments can have.
#[derive(Clone, Debug)]
pub struct MemoCall {
    pub func: ObjRef,
    /// The possible constant values of each argument (a bool that is not
    /// constant: `False`, `True`; a nullable PBC: its values, then None).
    pub choices: Vec<Vec<Constant>>,
    /// The result of each combination, numbered as by
    /// [`MemoCall::combination`].
    pub results: Vec<Constant>,
}

impl MemoCall {
    /// The arguments of combination `i`: the first argument varies fastest.
    pub fn combination(choices: &[Vec<Constant>], i: usize) -> Vec<Constant> {
        let mut k = i;
        let mut args = Vec::with_capacity(choices.len());
        for c in choices {
            args.push(c[k % c.len()].clone());
            k /= c.len();
        }
        args
    }

    /// The number of the combination whose argument `p` is its `j`-th
    /// value and whose other arguments are those of combination `base`
    /// (with `base`'s value of `p` being its first one).
    pub fn with_choice(&self, base: usize, p: usize, j: usize) -> usize {
        let stride: usize = self.choices[..p].iter().map(|c| c.len()).product();
        base + j * stride
    }
}

/// What `specialize.*` makes of a call.
enum SpecKey {
    /// The graph of this key (empty: the function's only graph).
    Key(String),
    /// `specialize.memo`: run at annotation time.
    Memo,
    /// Not decidable yet (an `argtype` argument is a container whose items
    /// are not known yet): the call waits.
    Blocked,
}
