//! Builds the flow graph of one function from its AST.
//!
//! The builder walks the AST keeping a [`State`] (the value of every local
//! slot plus a stack of temporaries) for the block being filled. Control flow
//! joins collect pending edges ([`Join`]) and create a block whose input
//! arguments are the values that differ between the edges; values equal on
//! every edge (constants) stay constants, which is how `if DEBUG:` and
//! `we_are_translated()` keep one branch only. Loop headers generalize every
//! local the loop body assigns.
//!
//! Ops that can raise get an exception edge only inside `try` (and `with`);
//! elsewhere exceptions propagate implicitly to the caller.

use std::collections::HashSet;
use std::rc::Rc;

use flowgraph::{
    BlockId, Constant, ExitCase, ExitSwitch, Graph, Link, ObjRef, Op, OpName, Span, Value, VarId,
};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use crate::diag::Diagnostic;
use crate::eval::expr::{ast_constant, binop_name, cmpop_name};
use crate::eval::{ops, FrameKind, Interp};
use crate::heap::{BuiltinType, ClassKind, FuncCode, FuncDef, Function, Native, Object};

mod unpack;
mod with_stmt;

type BResult<T> = Result<T, Diagnostic>;

/// The values of the local slots (`None`: unbound) and the temporaries.
#[derive(Clone, Debug, Default)]
struct State {
    locals: Vec<Option<Value>>,
    /// Parallel to `locals`: where each slot's current value was bound (the
    /// assignment statement, `for` target, parameter...), when known. Becomes
    /// the source span of the value on the links leaving the block.
    origins: Vec<Option<Span>>,
    stack: Vec<Value>,
}

impl State {
    /// A state with `nslots` unbound slots and an empty stack.
    fn with_slots(nslots: usize) -> State {
        State {
            locals: vec![None; nslots],
            origins: vec![None; nslots],
            stack: Vec::new(),
        }
    }
    fn get(&self, slot: usize) -> Option<&Value> {
        self.locals.get(slot).and_then(|v| v.as_ref())
    }
    fn origin(&self, slot: usize) -> Option<Span> {
        self.origins.get(slot).copied().flatten()
    }
    /// Binds (or unbinds) a slot; `origin` is where the value was bound.
    fn set(&mut self, slot: usize, v: Option<Value>, origin: Option<Span>) {
        if self.locals.len() <= slot {
            self.locals.resize(slot + 1, None);
        }
        if self.origins.len() < self.locals.len() {
            self.origins.resize(self.locals.len(), None);
        }
        self.locals[slot] = v;
        self.origins[slot] = origin;
    }
}

/// An edge waiting for its target block.
struct Pending {
    from: BlockId,
    exitcase: ExitCase,
    exc_vars: Option<(VarId, VarId)>,
    state: State,
    extra: Vec<Value>,
    /// Where each of `extra` was produced, when known (same length).
    extra_spans: Vec<Option<Span>>,
}

#[derive(Default)]
struct Join {
    pending: Vec<Pending>,
}

/// A loop header: a block whose input arguments stand for the template's
/// variables.
#[derive(Clone)]
struct Header {
    block: BlockId,
    template: State,
}

enum ContinueTarget {
    Header(Header),
    Join(Join),
}

struct LoopCtx {
    break_join: Join,
    cont: ContinueTarget,
    handler_depth: usize,
}

enum HandlerKind<'a> {
    Except,
    Finally(&'a [Stmt]),
    /// `with`: the slot holding the context manager.
    With(usize),
}

struct HandlerCtx<'a> {
    kind: HandlerKind<'a>,
    join: Join,
    stack_depth: usize,
}

struct Builder<'a> {
    interp: &'a mut Interp,
    code: &'a FuncCode,
    func: ObjRef,
    module: ObjRef,
    graph: Graph,
    slot_names: Vec<Rc<str>>,
    /// Comprehension variables: name → slot (innermost last).
    comp_scope: Vec<(Rc<str>, usize)>,
    /// Current block and state; `None` after `return`/`raise`/`break`.
    cur: Option<(BlockId, State)>,
    loops: Vec<LoopCtx>,
    handlers: Vec<HandlerCtx<'a>>,
    /// Slots of the exception being handled (for bare `raise`).
    handling: Vec<(usize, usize)>,
    /// Variables known to hold a bool (results of comparisons...).
    bool_vars: HashSet<VarId>,
    /// The `yield` statements met so far (in a generator function).
    yields: Vec<YieldPoint>,
}

/// A `yield` statement in the raw graph of a generator function: block
/// `from` ends with one default link to `resume` (a fresh block taking every
/// variable of the state), and `value` (defined in `from`) is what `next()`
/// returns there. [`super::generator`] turns these links into a return and
/// a resumption point.
pub(super) struct YieldPoint {
    pub from: BlockId,
    pub resume: BlockId,
    pub value: Value,
    pub span: Span,
}

/// Builds the flow graph of a function object.
///
/// A generator function (one containing `yield`) gets the graph that creates
/// its generator object, and the `__next__` method of the synthesized
/// generator class gets the resumable body (see [`super::generator`]).
pub fn build_graph(interp: &mut Interp, func: ObjRef) -> Result<Graph, Vec<Diagnostic>> {
    if let Some(gen_func) = super::generator::generator_of_next(interp, func) {
        return super::generator::next_graph(interp, gen_func);
    }
    let Some(f) = interp.heap.as_function(func) else {
        return Err(vec![Diagnostic::error(
            None,
            "internal error: not a function",
        )]);
    };
    if f.code.scope.has_yield {
        return super::generator::entry_graph(interp, func);
    }
    let code = f.code.clone();
    let (graph, _) = build_raw(interp, func)?;
    finish(graph, code.span).map_err(|d| vec![d])
}

/// The graph name of a function: `module.qualname` (no module prefix for
/// the target's own module).
pub(super) fn graph_name(interp: &Interp, module: ObjRef, qualname: &str) -> String {
    match interp.heap.get(module) {
        Object::Module(m) if &*m.name != "__target__" => format!("{}.{qualname}", m.name),
        _ => qualname.to_string(),
    }
}

/// Builds the graph of a function's body as written, before
/// simplification, with its `yield` statements.
pub(super) fn build_raw(
    interp: &mut Interp,
    func: ObjRef,
) -> Result<(Graph, Vec<YieldPoint>), Vec<Diagnostic>> {
    let f = interp.heap.as_function(func).expect("a function");
    let code = f.code.clone();
    let module = f.module;
    let name = graph_name(interp, module, &f.qualname);
    let frame = interp.new_frame(FrameKind::Module, module, code.file, String::new());
    interp.frames.push(frame);
    let result = build(interp, &code, func, module, name);
    interp.frames.pop();
    result.map_err(|d| vec![d])
}

/// Simplifies and verifies a built graph (`span`: the function, for the
/// report of an invalid graph).
pub(super) fn finish(mut graph: Graph, span: Span) -> BResult<Graph> {
    super::simplify::simplify(&mut graph);
    if let Err(e) = flowgraph::verify::verify(&graph) {
        return Err(
            Diagnostic::at(span, format!("internal error: invalid flow graph: {e}"))
                .with_note("this is a bug in the translator; please report it"),
        );
    }
    Ok(graph)
}

fn build(
    interp: &mut Interp,
    code: &FuncCode,
    func: ObjRef,
    module: ObjRef,
    name: String,
) -> BResult<(Graph, Vec<YieldPoint>)> {
    let a = code.args();
    if let Some(k) = &a.kwarg {
        return Err(Diagnostic::at(
            Span {
                file: code.file,
                start: k.range.start().into(),
                end: k.range.end().into(),
            },
            "`**kwargs` parameters are not RPython",
        )
        .with_label("not allowed")
        .with_note("pass a dict or explicit keyword parameters instead"));
    }
    let graph = Graph::new(name, code.span, &code.scope.params);
    let params: Vec<VarId> = graph.params().to_vec();
    let mut b = Builder {
        interp,
        code,
        func,
        module,
        graph,
        slot_names: code.scope.locals.iter().cloned().collect(),
        comp_scope: Vec::new(),
        cur: None,
        loops: Vec::new(),
        handlers: Vec::new(),
        handling: Vec::new(),
        bool_vars: HashSet::new(),
        yields: Vec::new(),
    };
    // Each parameter's origin is its declaration in the `def` header (in
    // the order of `Scope::params`).
    let mut param_spans: Vec<Span> = Vec::new();
    for p in a.posonlyargs.iter().chain(&a.args) {
        param_spans.push(b.span(p.def.range));
    }
    if let Some(v) = &a.vararg {
        param_spans.push(b.span(v.range));
    }
    for p in &a.kwonlyargs {
        param_spans.push(b.span(p.def.range));
    }
    let mut state = State::default();
    for (i, p) in params.iter().enumerate() {
        state.set(i, Some(Value::Var(*p)), param_spans.get(i).copied());
    }
    b.cur = Some((b.graph.start, state));
    match &code.def {
        FuncDef::Def(d) => {
            b.stmts(&d.body)?;
            if b.cur.is_some() {
                // Falling off the end: the implicit `return None` is
                // attributed to the last statement of the body.
                let at = d.body.last().map_or(code.span, |s| b.span(s.range()));
                b.do_return(Value::Const(Constant::None), at)?;
            }
        }
        FuncDef::Lambda(l) => {
            let v = b.expr(&l.body)?;
            let at = b.span(l.body.range());
            b.do_return(v, at)?;
        }
    }
    Ok((b.graph, b.yields))
}

impl<'a> Builder<'a> {
    fn span(&self, r: rustpython_parser::text_size::TextRange) -> Span {
        Span {
            file: self.code.file,
            start: r.start().into(),
            end: r.end().into(),
        }
    }

    /// The first line of a (possibly multi-line) span, without a trailing
    /// `:` (the header of `def`/`except`... statements).
    fn header_span(&self, span: Span) -> Span {
        let text = self.interp.sources.snippet(span);
        let line = text.split('\n').next().unwrap_or("");
        let line = line.trim_end();
        let line = line.strip_suffix(':').unwrap_or(line).trim_end();
        Span {
            end: span.start + line.len() as u32,
            ..span
        }
    }

    fn new_slot(&mut self, name: &str) -> usize {
        self.slot_names.push(name.into());
        self.slot_names.len() - 1
    }

    fn state(&mut self) -> &mut State {
        &mut self.cur.as_mut().expect("reachable code").1
    }
    fn block(&self) -> BlockId {
        self.cur.as_ref().expect("reachable code").0
    }

    fn push(&mut self, v: Value) {
        self.state().stack.push(v);
    }
    fn pop(&mut self) -> Value {
        self.state().stack.pop().expect("temporary on the stack")
    }

    // ----- blocks and joins -----

    /// Ends the current block with an edge to be resolved later.
    fn pending(&mut self, exitcase: ExitCase, extra: Vec<Value>) -> Pending {
        let (from, state) = self.cur.clone().expect("reachable");
        Pending {
            from,
            exitcase,
            exc_vars: None,
            state,
            extra_spans: vec![None; extra.len()],
            extra,
        }
    }

    /// Goes from the current block to `join` (if reachable).
    fn goto(&mut self, join: &mut Join, extra: Vec<Value>) {
        let spans = vec![None; extra.len()];
        self.goto_with_spans(join, extra, spans);
    }

    /// [`Builder::goto`] with the source spans of the extra values.
    fn goto_with_spans(&mut self, join: &mut Join, extra: Vec<Value>, spans: Vec<Option<Span>>) {
        if self.cur.is_some() {
            let mut p = self.pending(ExitCase::Default, extra);
            p.extra_spans = spans;
            join.pending.push(p);
            self.cur = None;
        }
    }

    /// Creates the target block of a join; it becomes the current block.
    /// Returns the merged extra values, or `None` if no edge reaches it.
    fn resolve(&mut self, join: Join) -> Option<Vec<Value>> {
        self.resolve_with_origins(join).map(|(extras, _)| extras)
    }

    /// [`Builder::resolve`], also returning where each merged extra value
    /// was produced (when every edge agrees, or for constants).
    fn resolve_with_origins(&mut self, join: Join) -> Option<(Vec<Value>, Vec<Option<Span>>)> {
        let pending = join.pending;
        let first = pending.first()?;
        let nslots = pending
            .iter()
            .map(|p| p.state.locals.len())
            .max()
            .unwrap_or(0);
        let nstack = first.state.stack.len();
        let nextra = first.extra.len();
        assert!(
            pending
                .iter()
                .all(|p| p.state.stack.len() == nstack && p.extra.len() == nextra),
            "join with mismatched stacks"
        );
        // The new block's input arguments: (variable, the value passed by
        // each pending edge, where that value was produced on each edge).
        let mut inputargs: Vec<(VarId, Vec<Value>, Vec<Option<Span>>)> = Vec::new();
        // Merges one position; returns the merged value and its origin in
        // the new state (kept when every edge agrees; for a constant kept as
        // is, the first known one; a fresh variable's origin is otherwise
        // the links themselves).
        let mut merge = |values: Vec<Option<&Value>>,
                         origins: Vec<Option<Span>>,
                         name: Option<Rc<str>>,
                         graph: &mut Graph|
         -> Option<(Value, Option<Span>)> {
            if values.iter().any(|v| v.is_none()) {
                return None;
            }
            let first = values[0].expect("checked");
            if let Value::Const(_) = first {
                if values.iter().all(|v| *v == Some(first)) {
                    let origin = origins.iter().copied().flatten().next();
                    return Some((first.clone(), origin));
                }
            }
            let common = origins[0].filter(|o| origins.iter().all(|x| *x == Some(*o)));
            let var = graph.new_var(name);
            inputargs.push((
                var,
                values
                    .iter()
                    .map(|v| v.expect("checked").clone())
                    .collect::<Vec<_>>(),
                origins,
            ));
            Some((Value::Var(var), common))
        };
        let mut state = State::with_slots(nslots);
        for slot in 0..nslots {
            let values: Vec<Option<&Value>> = pending.iter().map(|p| p.state.get(slot)).collect();
            let origins = pending.iter().map(|p| p.state.origin(slot)).collect();
            let name = self.slot_names.get(slot).cloned();
            if let Some((v, origin)) = merge(values, origins, name, &mut self.graph) {
                state.locals[slot] = Some(v);
                state.origins[slot] = origin;
            }
        }
        for i in 0..nstack {
            let values: Vec<Option<&Value>> =
                pending.iter().map(|p| Some(&p.state.stack[i])).collect();
            let origins = vec![None; pending.len()];
            let (v, _) =
                merge(values, origins, None, &mut self.graph).expect("stack values are defined");
            state.stack.push(v);
        }
        let mut extras = Vec::new();
        let mut extra_origins = Vec::new();
        for i in 0..nextra {
            let values: Vec<Option<&Value>> = pending.iter().map(|p| Some(&p.extra[i])).collect();
            let origins = pending
                .iter()
                .map(|p| p.extra_spans.get(i).copied().flatten())
                .collect();
            let (v, origin) =
                merge(values, origins, None, &mut self.graph).expect("extra values are defined");
            extras.push(v);
            extra_origins.push(origin);
        }
        for (var, vals, _) in &inputargs {
            if vals.iter().all(|v| match v {
                Value::Var(x) => self.bool_vars.contains(x),
                Value::Const(c) => matches!(c, Constant::Bool(_)),
            }) {
                self.bool_vars.insert(*var);
            }
        }
        let block = self
            .graph
            .new_block(inputargs.iter().map(|(v, _, _)| *v).collect());
        for (k, p) in pending.iter().enumerate() {
            let args = inputargs
                .iter()
                .map(|(_, vals, _)| vals[k].clone())
                .collect();
            let spans = inputargs.iter().map(|(_, _, spans)| spans[k]).collect();
            self.graph.block_mut(p.from).exits.push(Link {
                args,
                target: block,
                exitcase: p.exitcase.clone(),
                exc_vars: p.exc_vars,
                spans,
            });
        }
        self.cur = Some((block, state));
        Some((extras, extra_origins))
    }

    /// Starts a fresh block continuing from the current one (same state,
    /// renamed), linked by a default exit; returns the new block.
    fn continue_in_new_block(&mut self) {
        let mut join = Join::default();
        self.goto(&mut join, vec![]);
        self.resolve(join);
    }

    /// A loop header for the current state, generalizing `assigned` slots.
    fn make_header(&mut self, assigned: &HashSet<usize>) -> Header {
        let (_, state) = self.cur.clone().expect("reachable");
        let mut template = State::with_slots(state.locals.len());
        let mut inputargs = Vec::new();
        let mut args = Vec::new();
        let mut spans = Vec::new();
        for (slot, v) in state.locals.iter().enumerate() {
            template.locals[slot] = match v {
                None => None,
                Some(Value::Const(c)) if !assigned.contains(&slot) => {
                    template.origins[slot] = state.origin(slot);
                    Some(Value::Const(c.clone()))
                }
                Some(v) => {
                    // The header variable is bound by the entry link and the
                    // back edges, whose spans say where each value came from;
                    // a slot the loop does not assign keeps its origin.
                    if !assigned.contains(&slot) {
                        template.origins[slot] = state.origin(slot);
                    }
                    let var = self.graph.new_var(self.slot_names.get(slot).cloned());
                    inputargs.push(var);
                    args.push(v.clone());
                    spans.push(state.origin(slot));
                    Some(Value::Var(var))
                }
            };
        }
        // Temporaries are not assigned by the loop: constants (a function
        // called with a comprehension argument...) stay constants.
        for v in &state.stack {
            if let Value::Const(_) = v {
                template.stack.push(v.clone());
                continue;
            }
            let var = self.graph.new_var(None);
            inputargs.push(var);
            args.push(v.clone());
            spans.push(None);
            template.stack.push(Value::Var(var));
        }
        let block = self.graph.new_block(inputargs);
        let from = self.block();
        self.graph.block_mut(from).exits.push(Link {
            args,
            target: block,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans,
        });
        self.cur = Some((block, template.clone()));
        Header { block, template }
    }

    /// Jumps from the current block to a loop header.
    fn goto_header(&mut self, header: &Header, span: Span) -> BResult<()> {
        let Some((from, state)) = self.cur.take() else {
            return Ok(());
        };
        let mut args = Vec::new();
        let mut spans = Vec::new();
        for (slot, t) in header.template.locals.iter().enumerate() {
            if let Some(Value::Var(_)) = t {
                match state.get(slot) {
                    Some(v) => {
                        args.push(v.clone());
                        spans.push(state.origin(slot));
                    }
                    None => {
                        let name = self
                            .slot_names
                            .get(slot)
                            .map_or("?".into(), |n| n.to_string());
                        return Err(Diagnostic::at(span, format!("variable '{name}' is deleted inside the loop and used in the next iteration")));
                    }
                }
            }
        }
        for (t, v) in header.template.stack.iter().zip(&state.stack) {
            if let Value::Var(_) = t {
                args.push(v.clone());
            }
        }
        spans.resize(args.len(), None);
        self.graph.block_mut(from).exits.push(Link {
            args,
            target: header.block,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans,
        });
        Ok(())
    }

    // ----- operations -----

    fn emit(&mut self, name: OpName, args: Vec<Value>, span: Span) -> BResult<Value> {
        if name.desc().pure && args.iter().all(|a| matches!(a, Value::Const(_))) {
            let consts: Vec<Constant> = args
                .iter()
                .map(|a| a.as_const().expect("const").clone())
                .collect();
            if let Some(c) = self.fold(name, &consts, span)? {
                return Ok(Value::Const(c));
            }
        }
        if name == OpName::SimpleCall {
            if let Some(c) = self.fold_call(&args, span)? {
                return Ok(Value::Const(c));
            }
        }
        let result = self.graph.new_var(None);
        let block = self.block();
        self.graph.block_mut(block).ops.push(Op {
            name,
            args,
            result,
            span,
        });
        if matches!(
            name,
            OpName::Lt
                | OpName::Le
                | OpName::Eq
                | OpName::Ne
                | OpName::Gt
                | OpName::Ge
                | OpName::Is
                | OpName::Contains
                | OpName::Not
                | OpName::Bool
                | OpName::ExceptionMatch
        ) {
            self.bool_vars.insert(result);
        }
        let v = Value::Var(result);
        if name.desc().can_raise && !self.handlers.is_empty() {
            self.push(v);
            self.split_for_exception(None)?;
            return Ok(self.pop());
        }
        Ok(v)
    }

    /// Ends the current block after its last op: exits[0] continues normally,
    /// `special` (e.g. StopIteration for `next`) goes to its join, anything
    /// else goes to the innermost handler.
    fn split_for_exception(&mut self, special: Option<(Constant, &mut Join)>) -> BResult<()> {
        let (from, state) = self.cur.clone().expect("reachable");
        self.graph.block_mut(from).exitswitch = Some(ExitSwitch::LastException);
        // Exception edges carry the state without the protected op's result.
        let mut exc_state = state.clone();
        exc_state.stack.pop();
        if let Some((cls, join)) = special {
            let (t, v) = (
                self.graph.new_var(Some("etype".into())),
                self.graph.new_var(Some("evalue".into())),
            );
            join.pending.push(Pending {
                from,
                exitcase: ExitCase::Exception(cls),
                exc_vars: Some((t, v)),
                state: exc_state.clone(),
                extra: vec![],
                extra_spans: vec![],
            });
        }
        if !self.handlers.is_empty() {
            let (t, v) = (
                self.graph.new_var(Some("etype".into())),
                self.graph.new_var(Some("evalue".into())),
            );
            let h = self.handlers.last_mut().expect("handler");
            let mut st = exc_state;
            st.stack.truncate(h.stack_depth);
            let base = Constant::Obj(self.interp.heap.known().base_exception);
            // The exception was produced by the protected operation.
            let op_span = self.graph.block(from).ops.last().map(|op| op.span);
            h.join.pending.push(Pending {
                from,
                exitcase: ExitCase::Exception(base),
                exc_vars: Some((t, v)),
                state: st,
                extra: vec![Value::Var(t), Value::Var(v)],
                extra_spans: vec![op_span, op_span],
            });
        }
        // The normal continuation.
        self.continue_in_new_block();
        Ok(())
    }

    /// Evaluates a pure op on constants at flow time.
    fn fold(&mut self, name: OpName, args: &[Constant], span: Span) -> BResult<Option<Constant>> {
        use OpName::*;
        let primitive = |c: &Constant| !matches!(c, Constant::Obj(_));
        let heap = &mut self.interp.heap;
        let r = match (name, args) {
            (
                Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow | LShift | RShift | And | Or | Xor,
                [a, b],
            ) if primitive(a) && primitive(b) => ops::binary(heap, name, a, b).ok(),
            (Mod, [Constant::Str(_), b]) => ops::binary(heap, name, &args[0], b).ok(),
            (Lt | Le | Eq | Ne | Gt | Ge, [a, b]) if primitive(a) && primitive(b) => {
                ops::compare(heap, name, a, b).ok()
            }
            (Is, [a, b]) => Some(Constant::Bool(ops::identical(a, b))),
            (Neg | Pos | Invert | Abs | Not, [a]) if primitive(a) => ops::unary(heap, name, a).ok(),
            (Bool, [a]) => ops::truth(heap, a).map(Constant::Bool),
            (Type, [a]) => Some(Constant::Obj(heap.type_of(a))),
            (Str, [a]) if primitive(a) => {
                Some(Constant::Str(crate::eval::format::str_of(heap, a).into()))
            }
            (Repr, [a]) if primitive(a) => {
                Some(Constant::Str(crate::eval::format::repr(heap, a).into()))
            }
            (NewTuple, items) => Some(heap.tuple(items.to_vec())),
            (BuildStr, parts) if parts.iter().all(|p| matches!(p, Constant::Str(_))) => {
                let s: String = parts
                    .iter()
                    .map(|p| match p {
                        Constant::Str(s) => &**s,
                        _ => "",
                    })
                    .collect();
                Some(Constant::Str(s.into()))
            }
            (GetItem, [Constant::Obj(t), Constant::Int(i)])
                if matches!(heap.get(*t), Object::Tuple(_)) =>
            {
                let items = heap.tuple_items(&args[0]).expect("tuple");
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                (0..n).contains(&j).then(|| items[j as usize].clone())
            }
            (GetAttr, [obj @ Constant::Obj(r), Constant::Str(attr)]) => {
                let frozen = match heap.get(*r) {
                    Object::Module(_)
                    | Object::Class(_)
                    | Object::Native(_)
                    | Object::Builtin(_) => true,
                    Object::Instance(i) => heap.class_lookup(i.class, "_freeze_").is_some(),
                    _ => false,
                };
                if !frozen {
                    return Ok(None);
                }
                let (obj, attr) = (obj.clone(), attr.clone());
                return match self.interp.try_get_attr(&obj, &attr, span) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => {
                        let what = self.interp.heap.repr_const(&obj);
                        Err(
                            Diagnostic::at(span, format!("{what} has no attribute '{attr}'"))
                                .with_label("attribute not found"),
                        )
                    }
                    Err(_) => Ok(None),
                };
            }
            (ExceptionMatch, [Constant::Obj(cls), spec]) if heap.as_class(*cls).is_some() => {
                Some(Constant::Bool(self.interp.exception_matches(*cls, spec)))
            }
            _ => None,
        };
        Ok(r.filter(|c| !matches!(c, Constant::BigInt(_))))
    }

    /// Folds calls of foldable builtins on constants, and
    /// `we_are_translated()`.
    fn fold_call(&mut self, args: &[Value], span: Span) -> BResult<Option<Constant>> {
        let Some(Constant::Obj(f)) = args[0].as_const() else {
            return Ok(None);
        };
        if let Some(c) = self.interp.heap.as_class(*f) {
            // `r_uint(5)`, `r_uint(0xcbf29ce484222325)`...: converting an
            // integer constant to a sized integer is pure and gives a
            // machine word, even when the literal does not fit a signed one.
            if !matches!(c.kind, ClassKind::Builtin(BuiltinType::SizedInt(_))) {
                return Ok(None);
            }
            return Ok(match &args[1..] {
                [Value::Const(
                    a @ (Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::SizedInt(..)
                    | Constant::Bool(_)),
                )] => {
                    let (callee, a) = (Constant::Obj(*f), a.clone());
                    self.interp.call(&callee, vec![a], vec![], span).ok()
                }
                _ => None,
            });
        }
        let Object::Builtin(desc) = self.interp.heap.get(*f) else {
            return Ok(None);
        };
        let desc = *desc;
        if desc.is("rpython.rlib.objectmodel", "we_are_translated") {
            return Ok(Some(Constant::Bool(true)));
        }
        if !desc.foldable || !args[1..].iter().all(|a| matches!(a, Value::Const(_))) {
            return Ok(None);
        }
        let consts: Vec<Constant> = args[1..]
            .iter()
            .map(|a| a.as_const().expect("const").clone())
            .collect();
        let callee = Constant::Obj(*f);
        Ok(self
            .interp
            .call(&callee, consts, vec![], span)
            .ok()
            .filter(|c| !matches!(c, Constant::BigInt(_))))
    }

    // ----- names -----

    fn slot_of(&self, name: &str) -> Option<usize> {
        if let Some((_, s)) = self.comp_scope.iter().rev().find(|(n, _)| &**n == name) {
            return Some(*s);
        }
        if self.code.scope.globals.contains(name) {
            return None;
        }
        self.code.scope.locals.get_index_of(name)
    }

    fn load_name(&mut self, name: &str, span: Span) -> BResult<Value> {
        if let Some(slot) = self.slot_of(name) {
            return match self.state().get(slot) {
                Some(v) => Ok(v.clone()),
                None => Err(Diagnostic::at(
                    span,
                    format!("local variable '{name}' might be used before it is assigned"),
                )
                .with_label("possibly unassigned here")
                .with_note("assign it on every path before this point")),
            };
        }
        if let Some(i) = self.code.scope.freevars.iter().position(|n| &**n == name) {
            let cell = self
                .interp
                .heap
                .as_function(self.func)
                .expect("function")
                .closure[i];
            return match self.interp.heap.get(cell) {
                Object::Cell(Some(v)) => Ok(Value::Const(v.clone())),
                _ => Err(Diagnostic::at(
                    span,
                    format!("free variable '{name}' is not assigned"),
                )),
            };
        }
        match self.interp.load_global(self.module, name) {
            Some(v) => Ok(Value::Const(v)),
            None => Err(
                Diagnostic::at(span, format!("name '{name}' is not defined"))
                    .with_label("undefined name"),
            ),
        }
    }

    /// Binds a name; `span` locates errors, `origin` is recorded as where
    /// the local's value comes from (see [`State::origins`]).
    fn store_name(&mut self, name: &str, v: Value, span: Span, origin: Span) -> BResult<()> {
        match self.slot_of(name) {
            Some(slot) => {
                self.state().set(slot, Some(v), Some(origin));
                Ok(())
            }
            None => Err(Diagnostic::at(
                span,
                format!("assignment to the global '{name}' at run time is not RPython"),
            )
            .with_label("module globals are constants after import")
            .with_note("keep mutable state in an attribute of a prebuilt instance")),
        }
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> BResult<()> {
        for s in body {
            if self.cur.is_none() {
                break;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> BResult<()> {
        let span = self.span(s.range());
        match s {
            Stmt::Expr(e) => match &*e.value {
                Expr::Yield(y) => self.yield_stmt(y, span)?,
                _ => {
                    self.expr(&e.value)?;
                }
            },
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                let v = self.expr(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v.clone(), Some(span))?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let v = self.expr(v)?;
                    self.assign(&a.target, v, Some(span))?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => Value::Const(Constant::None),
                };
                if self.code.scope.has_yield && v != Value::Const(Constant::None) {
                    return Err(Diagnostic::not_supported_yet(
                        span,
                        "`return` with a value in a generator",
                    ));
                }
                self.do_return(v, span)?;
            }
            Stmt::If(i) => {
                let (mut t, mut f) = (Join::default(), Join::default());
                self.cond(&i.test, &mut t, &mut f)?;
                let mut end = Join::default();
                if self.resolve(t).is_some() {
                    self.stmts(&i.body)?;
                    self.goto(&mut end, vec![]);
                }
                if self.resolve(f).is_some() {
                    self.stmts(&i.orelse)?;
                    self.goto(&mut end, vec![]);
                }
                self.resolve(end);
            }
            Stmt::While(w) => self.while_loop(w)?,
            Stmt::For(f) => self.for_loop(f)?,
            Stmt::Break(_) => {
                let depth = self
                    .loops
                    .last()
                    .map(|l| l.handler_depth)
                    .ok_or_else(|| Diagnostic::at(span, "`break` outside a loop"))?;
                self.unwind_to(depth, span)?;
                if self.cur.is_some() {
                    let p = self.pending(ExitCase::Default, vec![]);
                    self.loops
                        .last_mut()
                        .expect("loop")
                        .break_join
                        .pending
                        .push(p);
                    self.cur = None;
                }
            }
            Stmt::Continue(_) => {
                let depth = self
                    .loops
                    .last()
                    .map(|l| l.handler_depth)
                    .ok_or_else(|| Diagnostic::at(span, "`continue` outside a loop"))?;
                self.unwind_to(depth, span)?;
                if self.cur.is_some() {
                    match &self.loops.last().expect("loop").cont {
                        ContinueTarget::Header(h) => {
                            let h = h.clone();
                            self.goto_header(&h, span)?;
                        }
                        ContinueTarget::Join(_) => {
                            let p = self.pending(ExitCase::Default, vec![]);
                            if let ContinueTarget::Join(j) =
                                &mut self.loops.last_mut().expect("loop").cont
                            {
                                j.pending.push(p);
                            }
                            self.cur = None;
                        }
                    }
                }
            }
            Stmt::Raise(r) => {
                match &r.exc {
                    Some(e) => {
                        let v = self.expr(e)?;
                        if let Some(cause) = &r.cause {
                            // `raise X from Y`: Y is evaluated (after X, as
                            // in CPython) and dropped: exceptions carry no
                            // `__cause__` (see doc/rpython-3.md).
                            self.push(v);
                            self.expr(cause)?;
                            if self.cur.is_none() {
                                return Ok(());
                            }
                            let v = self.pop();
                            let (etype, evalue) = self.exception_pair(v, span)?;
                            self.raise(etype, evalue, [Some(span); 2])?;
                            return Ok(());
                        }
                        let (etype, evalue) = self.exception_pair(v, span)?;
                        self.raise(etype, evalue, [Some(span); 2])?;
                    }
                    None => {
                        let Some((ts, vs)) = self.handling.last().copied() else {
                            return Err(Diagnostic::at(
                                span,
                                "bare `raise` outside an `except` clause",
                            ));
                        };
                        self.reraise_from(ts, vs, Some(span))?;
                    }
                }
            }
            Stmt::Try(t) => self.try_stmt(t, span)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, span)?,
            Stmt::Assert(a) => {
                let (mut ok, mut fail) = (Join::default(), Join::default());
                self.cond(&a.test, &mut ok, &mut fail)?;
                if self.resolve(fail).is_some() {
                    let cls = self
                        .interp
                        .lookup_builtin_name("AssertionError")
                        .expect("builtin");
                    let mut args = vec![Value::Const(cls.clone())];
                    if let Some(m) = &a.msg {
                        args.push(self.expr(m)?);
                    }
                    let exc = self.emit(OpName::SimpleCall, args, span)?;
                    if self.cur.is_some() {
                        self.raise(Value::Const(cls), exc, [Some(span); 2])?;
                    }
                }
                self.resolve(ok);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    let tspan = self.span(t.range());
                    match t {
                        Expr::Name(n) => match self.slot_of(n.id.as_str()) {
                            Some(slot) => self.state().set(slot, None, None),
                            None => {
                                return Err(Diagnostic::at(
                                    tspan,
                                    "deleting a global at run time is not RPython",
                                ))
                            }
                        },
                        Expr::Subscript(sub) => {
                            if let Expr::Slice(sl) = &*sub.slice {
                                if sl.step.is_none() {
                                    let obj = self.expr(&sub.value)?;
                                    self.push(obj);
                                    let (lo, hi) = self.slice_bounds(sl)?;
                                    let obj = self.pop();
                                    self.emit(OpName::DelSlice, vec![obj, lo, hi], tspan)?;
                                    continue;
                                }
                            }
                            let obj = self.expr(&sub.value)?;
                            self.push(obj);
                            let key = self.expr(&sub.slice)?;
                            let obj = self.pop();
                            self.emit(OpName::DelItem, vec![obj, key], tspan)?;
                        }
                        Expr::Attribute(at) => {
                            let obj = self.expr(&at.value)?;
                            self.emit(
                                OpName::DelAttr,
                                vec![obj, Value::Const(Constant::Str(at.attr.as_str().into()))],
                                tspan,
                            )?;
                        }
                        _ => return Err(Diagnostic::at(tspan, "cannot delete this")),
                    }
                }
            }
            Stmt::FunctionDef(f) => {
                let func = self.make_nested_function(FuncDef::Def(f.clone()), &f.args, span)?;
                let mut v = func;
                for d in f.decorator_list.iter().rev() {
                    let dec = self.expr(d)?;
                    let (Value::Const(dc), Value::Const(fc)) = (&dec, &v) else {
                        return Err(Diagnostic::at(
                            self.span(d.range()),
                            "decorators of nested functions must be constants",
                        ));
                    };
                    let r = self.interp.call(dc, vec![fc.clone()], vec![], span);
                    v = Value::Const(r.map_err(|_| {
                        Diagnostic::at(span, "decorator failed at translation time")
                    })?);
                }
                let header = self.header_span(span);
                self.store_name(f.name.as_str(), v, span, header)?;
            }
            Stmt::ClassDef(c) => {
                return Err(Diagnostic::at(
                    self.span(c.range),
                    "classes cannot be defined at run time in RPython",
                )
                .with_label("class statement inside a function")
                .with_note("define the class at module level"));
            }
            Stmt::Global(g) => {
                let assigned = crate::scope::assigned_names(self.body());
                if let Some(n) = g.names.iter().find(|n| assigned.contains(n.as_str())) {
                    return Err(Diagnostic::at(
                        span,
                        format!("assignment to the global '{n}' at run time is not RPython"),
                    )
                    .with_label("declared global and assigned in this function")
                    .with_note("keep mutable state in an attribute of a prebuilt instance"));
                }
            }
            Stmt::Nonlocal(_) => {
                return Err(Diagnostic::at(span, "`nonlocal` is not RPython at run time")
                    .with_note("closures over run-time variables are not supported; pass values as arguments"));
            }
            Stmt::Import(_) | Stmt::ImportFrom(_) => self.import_stmt(s, span)?,
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {
                return Err(Diagnostic::at(span, "`async` code is not RPython"));
            }
            Stmt::Match(_) => {
                return Err(Diagnostic::not_supported_yet(span, "`match` statements"))
            }
            Stmt::TryStar(_) => return Err(Diagnostic::at(span, "`except*` is not RPython")),
            Stmt::TypeAlias(_) => {
                return Err(Diagnostic::not_supported_yet(span, "`type` aliases"))
            }
        }
        Ok(())
    }

    fn body(&self) -> &'a [Stmt] {
        match &self.code.def {
            FuncDef::Def(d) => &d.body,
            FuncDef::Lambda(_) => &[],
        }
    }

    fn import_stmt(&mut self, s: &Stmt, span: Span) -> BResult<()> {
        // Imports inside functions are resolved at translation time.
        let to_diag = |interp: &Interp, u: crate::eval::Unwind| match u {
            crate::eval::Unwind::Error(d) => *d,
            crate::eval::Unwind::Exception(e) => interp.exception_diagnostic(&e),
        };
        match s {
            Stmt::Import(i) => {
                for a in &i.names {
                    let m = self
                        .interp
                        .import_module(a.name.as_str(), 0, span)
                        .map_err(|u| to_diag(self.interp, u))?;
                    let (bound, v) = match &a.asname {
                        Some(n) => (n.as_str().to_string(), m),
                        None => {
                            let top = a.name.as_str().split('.').next().unwrap_or("").to_string();
                            let tm = self.interp.modules[top.as_str()];
                            (top, tm)
                        }
                    };
                    self.store_name(&bound, Value::Const(Constant::Obj(v)), span, span)?;
                }
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.map_or(0, |l| l.to_u32());
                let name = i.module.as_ref().map_or("", |m| m.as_str());
                let m = self
                    .interp
                    .import_module(name, level, span)
                    .map_err(|u| to_diag(self.interp, u))?;
                for a in &i.names {
                    let v = self
                        .interp
                        .import_from(m, a.name.as_str(), span)
                        .map_err(|u| to_diag(self.interp, u))?;
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bound.as_str(), Value::Const(v), span, span)?;
                }
            }
            _ => unreachable!(),
        }
        Ok(())
    }

    /// Returns `v`; `at` (the `return` statement) is recorded as the source
    /// of the value on the link to the return block.
    fn do_return(&mut self, v: Value, at: Span) -> BResult<()> {
        self.push(v);
        let span = self.code.span;
        self.unwind_to(0, span)?;
        if self.cur.is_none() {
            return Ok(());
        }
        let v = self.pop();
        let from = self.block();
        let ret = self.graph.return_block;
        self.graph.block_mut(from).exits.push(Link {
            args: vec![v],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![Some(at)],
        });
        self.cur = None;
        Ok(())
    }

    /// A `yield` statement: the current block ends with a link to a fresh
    /// block continuing with the same state, recorded as a [`YieldPoint`].
    fn yield_stmt(&mut self, y: &'a ast::ExprYield, span: Span) -> BResult<()> {
        if self
            .handlers
            .iter()
            .any(|h| !matches!(h.kind, HandlerKind::Except))
        {
            // An abandoned generator would never run the cleanup (CPython
            // runs it when the generator is collected).
            return Err(Diagnostic::not_supported_yet(
                span,
                "`yield` inside `try`/`finally` or `with`",
            ));
        }
        let value = match &y.value {
            Some(e) => self.expr(e)?,
            None => Value::Const(Constant::None),
        };
        if self.cur.is_none() {
            return Ok(());
        }
        let from = self.block();
        self.continue_in_new_block();
        let resume = self.block();
        self.yields.push(YieldPoint {
            from,
            resume,
            value,
            span,
        });
        Ok(())
    }

    /// Runs the cleanups (`finally` bodies, `__exit__` calls) of the handlers
    /// above `depth`, innermost first, for a `return`/`break`/`continue`.
    fn unwind_to(&mut self, depth: usize, span: Span) -> BResult<()> {
        let mut i = self.handlers.len();
        while i > depth && self.cur.is_some() {
            i -= 1;
            let saved = self.handlers.split_off(i);
            let r = match &saved[0].kind {
                HandlerKind::Except => Ok(()),
                HandlerKind::Finally(body) => self.stmts(body),
                HandlerKind::With(slot) => self.call_exit(*slot, None, span).map(|_| ()),
            };
            self.handlers.extend(saved);
            r?;
        }
        Ok(())
    }

    /// The (type, value) pair of the operand of `raise`.
    fn exception_pair(&mut self, v: Value, span: Span) -> BResult<(Value, Value)> {
        if let Value::Const(c @ Constant::Obj(r)) = &v {
            if self.interp.heap.as_class(*r).is_some() {
                let inst = self.emit(OpName::SimpleCall, vec![v.clone()], span)?;
                return Ok((Value::Const(c.clone()), inst));
            }
        }
        self.push(v);
        let top = self.state().stack.last().expect("pushed").clone();
        let t = self.emit(OpName::Type, vec![top], span)?;
        let v = self.pop();
        Ok((t, v))
    }

    /// Stores a caught exception (the extra values of a handler join) in
    /// two new hidden slots, so it survives the handler's blocks.
    /// `origins` are where the exception was produced (the `raise`
    /// statement or the operation that raised), when known.
    fn bind_exception(&mut self, extra: &[Value], origins: &[Option<Span>]) -> (usize, usize) {
        let (ts, vs) = (self.new_slot("etype"), self.new_slot("evalue"));
        let origin = |i: usize| origins.get(i).copied().flatten();
        self.state().set(ts, Some(extra[0].clone()), origin(0));
        self.state().set(vs, Some(extra[1].clone()), origin(1));
        (ts, vs)
    }

    /// Re-raises the exception held in the slots `bind_exception` made.
    /// `at` is the bare `raise` statement, if any; otherwise the exception
    /// keeps the origin recorded when it was caught.
    fn reraise_from(&mut self, ts: usize, vs: usize, at: Option<Span>) -> BResult<()> {
        if self.cur.is_none() {
            return Ok(());
        }
        let st = self.state();
        let (t, v) = (st.get(ts).cloned(), st.get(vs).cloned());
        let spans = match at {
            Some(at) => [Some(at); 2],
            None => [st.origin(ts), st.origin(vs)],
        };
        self.raise(t.expect("etype bound"), v.expect("evalue bound"), spans)
    }

    /// `next(iter)` ending the current block: the item on the normal exit,
    /// `StopIteration` to `exhausted`, other exceptions to the innermost
    /// handler.
    fn next_or_exhausted(
        &mut self,
        iter: Value,
        span: Span,
        exhausted: &mut Join,
    ) -> BResult<Value> {
        let result = self.graph.new_var(None);
        let block = self.block();
        self.graph.block_mut(block).ops.push(Op {
            name: OpName::Next,
            args: vec![iter],
            result,
            span,
        });
        self.push(Value::Var(result));
        let stop = self
            .interp
            .lookup_builtin_name("StopIteration")
            .expect("builtin");
        self.split_for_exception(Some((stop, exhausted)))?;
        Ok(self.pop())
    }

    /// Raises (etype, evalue): to the innermost handler, or out of the graph.
    /// `spans` are where the two values were produced (normally the `raise`
    /// statement).
    fn raise(&mut self, etype: Value, evalue: Value, spans: [Option<Span>; 2]) -> BResult<()> {
        if self.cur.is_none() {
            return Ok(());
        }
        if let Some(h) = self.handlers.last() {
            let depth = h.stack_depth;
            let mut p = self.pending(ExitCase::Default, vec![etype, evalue]);
            p.extra_spans = spans.to_vec();
            p.state.stack.truncate(depth);
            self.handlers
                .last_mut()
                .expect("handler")
                .join
                .pending
                .push(p);
        } else {
            let from = self.block();
            let target = self.graph.except_block;
            self.graph.block_mut(from).exits.push(Link {
                args: vec![etype, evalue],
                target,
                exitcase: ExitCase::Default,
                exc_vars: None,
                spans: spans.to_vec(),
            });
        }
        self.cur = None;
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry, span: Span) -> BResult<()> {
        let depth = self.state().stack.len();
        if !t.finalbody.is_empty() {
            self.handlers.push(HandlerCtx {
                kind: HandlerKind::Finally(&t.finalbody),
                join: Join::default(),
                stack_depth: depth,
            });
        }
        let mut done = Join::default();
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
            self.goto(&mut done, vec![]);
        } else {
            self.handlers.push(HandlerCtx {
                kind: HandlerKind::Except,
                join: Join::default(),
                stack_depth: depth,
            });
            self.stmts(&t.body)?;
            let ctx = self.handlers.pop().expect("except handler");
            if self.cur.is_some() {
                self.stmts(&t.orelse)?;
            }
            self.goto(&mut done, vec![]);
            if let Some((extra, origins)) = self.resolve_with_origins(ctx.join) {
                let (ts, vs) = self.bind_exception(&extra, &origins);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if self.cur.is_none() {
                        break;
                    }
                    let (mut yes, mut no) = (Join::default(), Join::default());
                    match &h.type_ {
                        None => self.goto(&mut yes, vec![]),
                        Some(te) => {
                            let spec = self.expr(te)?;
                            if !matches!(spec, Value::Const(_)) {
                                return Err(Diagnostic::at(
                                    self.span(te.range()),
                                    "the exception class of an `except` clause must be a constant",
                                ));
                            }
                            let etype = self.state().get(ts).cloned().expect("etype");
                            let m = self.emit(
                                OpName::ExceptionMatch,
                                vec![etype, spec],
                                self.span(te.range()),
                            )?;
                            self.branch(m, &mut yes, &mut no)?;
                        }
                    }
                    if self.resolve(yes).is_some() {
                        if let Some(n) = &h.name {
                            let v = self.state().get(vs).cloned().expect("evalue");
                            let header = self.header_span(self.span(h.range));
                            self.store_name(n.as_str(), v, span, header)?;
                        }
                        self.handling.push((ts, vs));
                        let r = self.stmts(&h.body);
                        self.handling.pop();
                        r?;
                        if let (Some(n), true) = (&h.name, self.cur.is_some()) {
                            if let Some(slot) = self.slot_of(n.as_str()) {
                                self.state().set(slot, None, None);
                            }
                        }
                        self.goto(&mut done, vec![]);
                    }
                    self.resolve(no);
                }
                self.reraise_from(ts, vs, None)?;
            }
        }
        self.resolve(done);
        if !t.finalbody.is_empty() {
            let ctx = self.handlers.pop().expect("finally handler");
            let mut after = Join::default();
            if self.cur.is_some() {
                self.stmts(&t.finalbody)?;
                self.goto(&mut after, vec![]);
            }
            if let Some((extra, origins)) = self.resolve_with_origins(ctx.join) {
                let (ts, vs) = self.bind_exception(&extra, &origins);
                self.stmts(&t.finalbody)?;
                self.reraise_from(ts, vs, None)?;
            }
            self.resolve(after);
        }
        Ok(())
    }

    fn assigned_slots(&self, body: &[Stmt], extra: &[&Expr]) -> HashSet<usize> {
        let mut names = crate::scope::assigned_names(body);
        for e in extra {
            let mut v = Vec::new();
            crate::eval::expr::collect_target_names(e, &mut v);
            names.extend(v);
        }
        names.iter().filter_map(|n| self.slot_of(n)).collect()
    }

    fn while_loop(&mut self, w: &'a ast::StmtWhile) -> BResult<()> {
        let span = self.span(w.range);
        let assigned = self.assigned_slots(&w.body, &[]);
        let header = self.make_header(&assigned);
        let (mut body, mut exit) = (Join::default(), Join::default());
        self.cond(&w.test, &mut body, &mut exit)?;
        let depth = self.handlers.len();
        self.loops.push(LoopCtx {
            break_join: Join::default(),
            cont: ContinueTarget::Header(header.clone()),
            handler_depth: depth,
        });
        if self.resolve(body).is_some() {
            self.stmts(&w.body)?;
            self.goto_header(&header, span)?;
        }
        let mut ctx = self.loops.pop().expect("loop");
        if self.resolve(exit).is_some() {
            self.stmts(&w.orelse)?;
            self.goto(&mut ctx.break_join, vec![]);
        }
        self.resolve(ctx.break_join);
        Ok(())
    }

    fn for_loop(&mut self, f: &'a ast::StmtFor) -> BResult<()> {
        let span = self.span(f.range);
        let it = self.expr(&f.iter)?;
        if let Value::Const(Constant::Obj(r)) = &it {
            if let Object::Native(Native::Unrolling(items)) = self.interp.heap.get(*r) {
                let items = items.clone();
                return self.unrolled_loop(f, items);
            }
        }
        let iter_span = self.span(f.iter.range());
        let iter = self.emit(OpName::Iter, vec![it], iter_span)?;
        let slot = self.new_slot("iter");
        self.state().set(slot, Some(iter), Some(iter_span));
        let mut assigned = self.assigned_slots(&f.body, &[&f.target]);
        assigned.insert(slot);
        let header = self.make_header(&assigned);
        let iter = self.state().get(slot).cloned().expect("iterator");
        let mut exhausted = Join::default();
        let item = self.next_or_exhausted(iter, self.span(f.iter.range()), &mut exhausted)?;
        self.assign(&f.target, item, None)?;
        let depth = self.handlers.len();
        self.loops.push(LoopCtx {
            break_join: Join::default(),
            cont: ContinueTarget::Header(header.clone()),
            handler_depth: depth,
        });
        self.stmts(&f.body)?;
        self.goto_header(&header, span)?;
        let mut ctx = self.loops.pop().expect("loop");
        if self.resolve(exhausted).is_some() {
            self.stmts(&f.orelse)?;
            self.goto(&mut ctx.break_join, vec![]);
        }
        self.resolve(ctx.break_join);
        Ok(())
    }

    fn unrolled_loop(&mut self, f: &'a ast::StmtFor, items: Vec<Constant>) -> BResult<()> {
        let depth = self.handlers.len();
        self.loops.push(LoopCtx {
            break_join: Join::default(),
            cont: ContinueTarget::Join(Join::default()),
            handler_depth: depth,
        });
        for item in items {
            if self.cur.is_none() {
                break;
            }
            self.assign(&f.target, Value::Const(item), None)?;
            self.stmts(&f.body)?;
            let mut cont = std::mem::replace(
                &mut self.loops.last_mut().expect("loop").cont,
                ContinueTarget::Join(Join::default()),
            );
            if let ContinueTarget::Join(j) = &mut cont {
                self.goto(j, vec![]);
                let j = std::mem::take(j);
                self.resolve(j);
            }
        }
        let mut ctx = self.loops.pop().expect("loop");
        if self.cur.is_some() {
            self.stmts(&f.orelse)?;
            self.goto(&mut ctx.break_join, vec![]);
        }
        self.resolve(ctx.break_join);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> BResult<()> {
        let span = self.span(a.range);
        let op = binop_name(&a.op, true);
        match &*a.target {
            Expr::Name(n) => {
                let old = self.load_name(n.id.as_str(), span)?;
                self.push(old);
                let rhs = self.expr(&a.value)?;
                let old = self.pop();
                let new = self.emit(op, vec![old, rhs], span)?;
                self.store_name(n.id.as_str(), new, span, span)
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let name = Value::Const(Constant::Str(at.attr.as_str().into()));
                self.push(obj.clone());
                let old = self.emit(OpName::GetAttr, vec![obj, name.clone()], span)?;
                self.push(old);
                let rhs = self.expr(&a.value)?;
                let old = self.pop();
                let new = self.emit(op, vec![old, rhs], span)?;
                let obj = self.pop();
                self.emit(OpName::SetAttr, vec![obj, name, new], span)?;
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                self.push(obj);
                let key = self.expr(&s.slice)?;
                self.push(key);
                let stack = &self.state().stack;
                let (obj, key) = (
                    stack[stack.len() - 2].clone(),
                    stack[stack.len() - 1].clone(),
                );
                let old = self.emit(OpName::GetItem, vec![obj, key], span)?;
                self.push(old);
                let rhs = self.expr(&a.value)?;
                let old = self.pop();
                let new = self.emit(op, vec![old, rhs], span)?;
                let key = self.pop();
                let obj = self.pop();
                self.emit(OpName::SetItem, vec![obj, key, new], span)?;
                Ok(())
            }
            other => Err(Diagnostic::at(
                self.span(other.range()),
                "invalid augmented assignment target",
            )),
        }
    }

    /// Assigns `v` to a target. `origin` is recorded as where the bound
    /// locals come from (the whole statement); `None` records each name's
    /// own span (`for` targets, comprehension variables).
    fn assign(&mut self, target: &Expr, v: Value, origin: Option<Span>) -> BResult<()> {
        let span = self.span(target.range());
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), v, span, origin.unwrap_or(span)),
            Expr::Attribute(a) => {
                self.push(v);
                let obj = self.expr(&a.value)?;
                let v = self.pop();
                self.emit(
                    OpName::SetAttr,
                    vec![obj, Value::Const(Constant::Str(a.attr.as_str().into())), v],
                    span,
                )?;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.push(v);
                let obj = self.expr(&s.value)?;
                self.push(obj);
                if let Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        let (lo, hi) = self.slice_bounds(sl)?;
                        let obj = self.pop();
                        let v = self.pop();
                        self.emit(OpName::SetSlice, vec![obj, lo, hi, v], span)?;
                        return Ok(());
                    }
                }
                let key = self.expr(&s.slice)?;
                let obj = self.pop();
                let v = self.pop();
                self.emit(OpName::SetItem, vec![obj, key, v], span)?;
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    return self.assign_starred(elts, v, span, origin);
                }
                if let Value::Const(c) = &v {
                    if let Some(items) = self.interp.heap.tuple_items(c) {
                        if items.len() != elts.len() {
                            return Err(Diagnostic::at(
                                span,
                                format!(
                                    "cannot unpack a tuple of {} items into {} targets",
                                    items.len(),
                                    elts.len()
                                ),
                            ));
                        }
                        let items = items.to_vec();
                        for (t, item) in elts.iter().zip(items) {
                            self.assign(t, Value::Const(item), origin)?;
                        }
                        return Ok(());
                    }
                }
                self.push(v);
                if !self.check_unpack_length(elts.len(), span)? {
                    return Ok(());
                }
                for (i, t) in elts.iter().enumerate() {
                    let src = self.state().stack.last().cloned().expect("unpacked value");
                    let item = self.emit(
                        OpName::GetItem,
                        vec![src, Value::Const(Constant::Int(i as i64))],
                        span,
                    )?;
                    self.assign(t, item, origin)?;
                }
                self.pop();
                Ok(())
            }
            _ => Err(Diagnostic::at(span, "cannot assign to this expression")),
        }
    }

    // ----- conditions -----

    /// Branches to `t` or `f` on the truth of a value.
    fn branch(&mut self, v: Value, t: &mut Join, f: &mut Join) -> BResult<()> {
        if let Value::Const(c) = &v {
            if let Some(b) = ops::truth(&self.interp.heap, c) {
                self.goto(if b { t } else { f }, vec![]);
                return Ok(());
            }
        }
        let b = match &v {
            Value::Var(var) if self.bool_vars.contains(var) => v,
            _ => self.emit(OpName::Bool, vec![v], self.code.span)?,
        };
        let from = self.block();
        self.graph.block_mut(from).exitswitch = Some(ExitSwitch::Value(b));
        let pf = self.pending(ExitCase::Const(Constant::Bool(false)), vec![]);
        let pt = self.pending(ExitCase::Const(Constant::Bool(true)), vec![]);
        f.pending.push(pf);
        t.pending.push(pt);
        self.cur = None;
        Ok(())
    }

    /// Evaluates a condition, jumping to `t` or `f` (short-circuiting
    /// `and`/`or`/`not` without materializing their values, so that
    /// `isinstance` and `is None` tests narrow along each path).
    fn cond(&mut self, e: &Expr, t: &mut Join, f: &mut Join) -> BResult<()> {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.cond(&u.operand, f, t),
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let (last, init) = b.values.split_last().expect("operands");
                for operand in init {
                    let mut next = Join::default();
                    if is_and {
                        self.cond(operand, &mut next, f)?;
                    } else {
                        self.cond(operand, t, &mut next)?;
                    }
                    if self.resolve(next).is_none() {
                        return Ok(());
                    }
                }
                self.cond(last, t, f)
            }
            _ => {
                let v = self.expr(e)?;
                if self.cur.is_some() {
                    self.branch(v, t, f)?;
                }
                Ok(())
            }
        }
    }

    // ----- expressions -----

    fn exprs(&mut self, es: &[Expr]) -> BResult<Vec<Value>> {
        for e in es {
            if let Expr::Starred(s) = e {
                return Err(Diagnostic::not_supported_yet(
                    self.span(s.range),
                    "`*` unpacking in displays at run time",
                ));
            }
            let v = self.expr(e)?;
            self.push(v);
        }
        let n = self.state().stack.len();
        Ok(self.state().stack.split_off(n - es.len()))
    }

    fn slice_bounds(&mut self, sl: &ast::ExprSlice) -> BResult<(Value, Value)> {
        let lo = match &sl.lower {
            Some(e) => self.expr(e)?,
            None => Value::Const(Constant::None),
        };
        self.push(lo);
        let hi = match &sl.upper {
            Some(e) => self.expr(e)?,
            None => Value::Const(Constant::None),
        };
        let lo = self.pop();
        Ok((lo, hi))
    }

    fn expr(&mut self, e: &Expr) -> BResult<Value> {
        let span = self.span(e.range());
        match e {
            Expr::Constant(c) => ast_constant(self.interp, &c.value)
                .map(Value::Const)
                .ok_or_else(|| Diagnostic::at(span, "complex numbers are not RPython")),
            Expr::Name(n) => self.load_name(n.id.as_str(), span),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                self.emit(
                    OpName::GetAttr,
                    vec![obj, Value::Const(Constant::Str(a.attr.as_str().into()))],
                    span,
                )
            }
            Expr::BinOp(b) => {
                let l = self.expr(&b.left)?;
                self.push(l);
                let r = self.expr(&b.right)?;
                let l = self.pop();
                self.emit(binop_name(&b.op, false), vec![l, r], span)
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => OpName::Not,
                    ast::UnaryOp::USub => OpName::Neg,
                    ast::UnaryOp::UAdd => OpName::Pos,
                    ast::UnaryOp::Invert => OpName::Invert,
                };
                self.emit(op, vec![v], span)
            }
            Expr::Compare(c) => self.compare(c, span),
            Expr::BoolOp(b) => {
                // The value of `a and b` / `a or b` is one of the operands.
                let is_and = matches!(b.op, ast::BoolOp::And);
                let mut end = Join::default();
                let (last, init) = b.values.split_last().expect("operands");
                for operand in init {
                    let v = self.expr(operand)?;
                    let (mut stop, mut next) = (Join::default(), Join::default());
                    self.push(v);
                    let top = self.state().stack.last().cloned().expect("pushed");
                    if is_and {
                        self.branch(top, &mut next, &mut stop)?;
                    } else {
                        self.branch(top, &mut stop, &mut next)?;
                    }
                    if self.resolve(stop).is_some() {
                        let v = self.pop();
                        let at = self.span(operand.range());
                        self.goto_with_spans(&mut end, vec![v], vec![Some(at)]);
                    }
                    if self.resolve(next).is_none() {
                        break;
                    }
                    self.pop();
                }
                if self.cur.is_some() {
                    let v = self.expr(last)?;
                    let at = self.span(last.range());
                    self.goto_with_spans(&mut end, vec![v], vec![Some(at)]);
                }
                Ok(self
                    .resolve(end)
                    .expect("some operand reaches the end")
                    .remove(0))
            }
            Expr::IfExp(i) => {
                let (mut t, mut f, mut end) = (Join::default(), Join::default(), Join::default());
                self.cond(&i.test, &mut t, &mut f)?;
                if self.resolve(t).is_some() {
                    let v = self.expr(&i.body)?;
                    let at = self.span(i.body.range());
                    self.goto_with_spans(&mut end, vec![v], vec![Some(at)]);
                }
                if self.resolve(f).is_some() {
                    let v = self.expr(&i.orelse)?;
                    let at = self.span(i.orelse.range());
                    self.goto_with_spans(&mut end, vec![v], vec![Some(at)]);
                }
                Ok(self
                    .resolve(end)
                    .expect("a branch reaches the end")
                    .remove(0))
            }
            Expr::Call(c) => self.call(c, span),
            Expr::Tuple(t) => {
                let items = self.exprs(&t.elts)?;
                self.emit(OpName::NewTuple, items, span)
            }
            Expr::List(l) => {
                let items = self.exprs(&l.elts)?;
                self.emit(OpName::NewList, items, span)
            }
            Expr::Dict(d) => {
                let mut flat = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        return Err(Diagnostic::not_supported_yet(
                            span,
                            "`**` in dict displays at run time",
                        ));
                    };
                    flat.push(k.clone());
                    flat.push(v.clone());
                }
                let items = self.exprs(&flat)?;
                self.emit(OpName::NewDict, items, span)
            }
            Expr::Set(_) | Expr::SetComp(_) => {
                Err(Diagnostic::at(span, "sets are not RPython at run time")
                    .with_label("set created here")
                    .with_note("use a dict with True values instead"))
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                self.push(obj);
                if let Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        let (lo, hi) = self.slice_bounds(sl)?;
                        let obj = self.pop();
                        return self.emit(OpName::GetSlice, vec![obj, lo, hi], span);
                    }
                }
                let key = self.expr(&s.slice)?;
                let obj = self.pop();
                self.emit(OpName::GetItem, vec![obj, key], span)
            }
            Expr::Slice(sl) => {
                let (lo, hi) = self.slice_bounds(sl)?;
                self.push(lo);
                self.push(hi);
                let step = match &sl.step {
                    Some(e) => self.expr(e)?,
                    None => Value::Const(Constant::None),
                };
                let hi = self.pop();
                let lo = self.pop();
                self.emit(OpName::NewSlice, vec![lo, hi, step], span)
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, CompKind::List(&c.elt), span),
            Expr::GeneratorExp(c) => {
                self.comprehension(&c.generators, CompKind::List(&c.elt), span)
            }
            Expr::DictComp(c) => {
                self.comprehension(&c.generators, CompKind::Dict(&c.key, &c.value), span)
            }
            Expr::JoinedStr(j) => {
                let mut parts = Vec::new();
                for p in &j.values {
                    parts.push(p.clone());
                }
                let vals = self.exprs(&parts)?;
                self.emit(OpName::BuildStr, vals, span)
            }
            Expr::FormattedValue(f) => {
                let v = self.expr(&f.value)?;
                let v = match f.conversion {
                    ast::ConversionFlag::Repr => self.emit(OpName::Repr, vec![v], span)?,
                    ast::ConversionFlag::Str => self.emit(OpName::Str, vec![v], span)?,
                    _ => v,
                };
                match &f.format_spec {
                    None => self.emit(OpName::Str, vec![v], span),
                    Some(spec) => {
                        self.push(v);
                        let spec = self.expr(spec)?;
                        let v = self.pop();
                        if !matches!(spec, Value::Const(_)) {
                            return Err(Diagnostic::at(
                                span,
                                "f-string format specifications must be constant",
                            ));
                        }
                        self.emit(OpName::FormatValue, vec![v, spec], span)
                    }
                }
            }
            Expr::Lambda(l) => self.make_nested_function(FuncDef::Lambda(l.clone()), &l.args, span),
            Expr::NamedExpr(n) => {
                let v = self.expr(&n.value)?;
                self.assign(&n.target, v.clone(), Some(span))?;
                Ok(v)
            }
            Expr::Starred(_) => Err(Diagnostic::at(
                span,
                "starred expression is not allowed here",
            )),
            Expr::Yield(_) => Err(Diagnostic::not_supported_yet(
                span,
                "`yield` used as a value (only `yield` statements are RPython)",
            )),
            Expr::YieldFrom(_) => Err(Diagnostic::not_supported_yet(span, "`yield from`")),
            Expr::Await(_) => Err(Diagnostic::at(span, "`await` is not RPython")),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare, span: Span) -> BResult<Value> {
        let left = self.expr(&c.left)?;
        if c.ops.len() == 1 {
            self.push(left);
            let r = self.expr(&c.comparators[0])?;
            let l = self.pop();
            let (name, negate) = cmpop_name(&c.ops[0]);
            let res = if name == OpName::Contains {
                self.emit(OpName::Contains, vec![r, l], span)?
            } else {
                self.emit(name, vec![l, r], span)?
            };
            return if negate {
                self.emit(OpName::Not, vec![res], span)
            } else {
                Ok(res)
            };
        }
        let mut end = Join::default();
        let mut left = left;
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.push(left);
            let r = self.expr(right)?;
            let l = self.pop();
            self.push(r.clone());
            let (name, negate) = cmpop_name(op);
            let mut res = if name == OpName::Contains {
                self.emit(OpName::Contains, vec![r, l], span)?
            } else {
                self.emit(name, vec![l, r], span)?
            };
            if negate {
                res = self.emit(OpName::Not, vec![res], span)?;
            }
            let r = self.pop();
            if i + 1 == n {
                self.goto(&mut end, vec![res]);
                break;
            }
            let (mut more, mut stop) = (Join::default(), Join::default());
            self.push(r);
            self.push(res.clone());
            self.branch(res, &mut more, &mut stop)?;
            if self.resolve(stop).is_some() {
                let res = self.pop();
                self.pop();
                self.goto(&mut end, vec![res]);
            }
            if self.resolve(more).is_none() {
                break;
            }
            self.pop();
            left = self.pop();
        }
        Ok(self.resolve(end).expect("comparison result").remove(0))
    }

    fn call(&mut self, c: &ast::ExprCall, span: Span) -> BResult<Value> {
        let f = self.expr(&c.func)?;
        if let Value::Const(Constant::Obj(r)) = &f {
            if let Object::Builtin(desc) = self.interp.heap.get(*r) {
                if desc.is("rpython.rlib.rarithmetic", "ovfcheck") {
                    return self.ovfcheck(c, span);
                }
                if desc.is("builtins", "super") && c.args.is_empty() {
                    return self.zero_arg_super(f.clone(), span);
                }
            }
        }
        self.push(f);
        let simple = c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if simple {
            let args = self.exprs(&c.args)?;
            let f = self.pop();
            let mut all = vec![f];
            all.extend(args);
            return self.emit(OpName::SimpleCall, all, span);
        }
        let (star, positional): (Vec<&Expr>, Vec<&Expr>) =
            c.args.iter().partition(|a| matches!(a, Expr::Starred(_)));
        if star.len() > 1 || (star.len() == 1 && !matches!(c.args.last(), Some(Expr::Starred(_)))) {
            return Err(Diagnostic::not_supported_yet(
                span,
                "several `*args` in one call, or `*args` before other positional arguments",
            ));
        }
        let mut exprs: Vec<Expr> = positional.into_iter().cloned().collect();
        let mut names = Vec::new();
        for k in &c.keywords {
            let Some(name) = &k.arg else {
                return Err(Diagnostic::not_supported_yet(
                    self.span(k.range),
                    "`**kwargs` in calls at run time",
                ));
            };
            names.push(Constant::Str(name.as_str().into()));
            exprs.push(k.value.clone());
        }
        if let Some(Expr::Starred(s)) = star.first() {
            exprs.push((*s.value).clone());
        }
        let npos = c.args.len() - star.len();
        let args = self.exprs(&exprs)?;
        let f = self.pop();
        let kw = self.interp.heap.tuple(names);
        let shape = self.interp.heap.tuple(vec![
            Constant::Int(npos as i64),
            kw,
            Constant::Bool(!star.is_empty()),
        ]);
        let mut all = vec![f, Value::Const(shape)];
        all.extend(args);
        self.emit(OpName::CallArgs, all, span)
    }

    /// `ovfcheck(a OP b)` becomes the overflow-checked operation.
    fn ovfcheck(&mut self, c: &ast::ExprCall, span: Span) -> BResult<Value> {
        let bad = || {
            Diagnostic::at(
                span,
                "ovfcheck() needs an arithmetic operation as its argument",
            )
            .with_note("write ovfcheck(x + y), ovfcheck(x * y), ovfcheck(-x) ...")
        };
        let [arg] = c.args.as_slice() else {
            return Err(bad());
        };
        match arg {
            Expr::BinOp(b) => {
                let op = match b.op {
                    ast::Operator::Add => OpName::AddOvf,
                    ast::Operator::Sub => OpName::SubOvf,
                    ast::Operator::Mult => OpName::MulOvf,
                    ast::Operator::FloorDiv => OpName::FloorDivOvf,
                    ast::Operator::Mod => OpName::ModOvf,
                    ast::Operator::LShift => OpName::LShiftOvf,
                    _ => return Err(bad()),
                };
                let l = self.expr(&b.left)?;
                self.push(l);
                let r = self.expr(&b.right)?;
                let l = self.pop();
                self.emit(op, vec![l, r], span)
            }
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => {
                let v = self.expr(&u.operand)?;
                self.emit(OpName::NegOvf, vec![v], span)
            }
            Expr::Call(inner)
                if matches!(&*inner.func, Expr::Name(n) if n.id.as_str() == "abs")
                    && inner.args.len() == 1 =>
            {
                let v = self.expr(&inner.args[0])?;
                self.emit(OpName::AbsOvf, vec![v], span)
            }
            _ => Err(bad()),
        }
    }

    fn zero_arg_super(&mut self, f: Value, span: Span) -> BResult<Value> {
        let class = self
            .interp
            .heap
            .as_function(self.func)
            .and_then(|f| f.defining_class);
        let Some(class) = class else {
            return Err(Diagnostic::at(
                span,
                "super() without arguments is only allowed in methods",
            ));
        };
        let Some(first) = self.code.scope.params.first().cloned() else {
            return Err(Diagnostic::at(
                span,
                "super() needs the method's first argument",
            ));
        };
        let receiver = self.load_name(&first, span)?;
        self.emit(
            OpName::SimpleCall,
            vec![f, Value::Const(Constant::Obj(class)), receiver],
            span,
        )
    }

    /// A nested `def`/`lambda` at run time: allowed when every captured
    /// variable and default is a constant.
    fn make_nested_function(
        &mut self,
        def: FuncDef,
        args: &ast::Arguments,
        span: Span,
    ) -> BResult<Value> {
        let mut chain = Vec::new();
        let outer = self
            .interp
            .heap
            .as_function(self.func)
            .expect("function")
            .code
            .clone();
        chain.push(outer);
        let code = self.interp.func_code(self.code.file, def, &chain);
        let mut defaults = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                match self.expr(d)? {
                    Value::Const(c) => defaults.push(c),
                    Value::Var(_) => {
                        return Err(Diagnostic::at(
                            self.span(d.range()),
                            "defaults of nested functions must be constants",
                        ))
                    }
                }
            }
        }
        let mut closure = Vec::new();
        for name in &code.scope.freevars {
            let v = self.load_name(name, span)?;
            let Value::Const(c) = v else {
                return Err(Diagnostic::at(
                    span,
                    format!("closure over the run-time variable '{name}' is not RPython"),
                )
                .with_label("this function captures a variable that is only known at run time")
                .with_note(
                    "pass the value as an argument, or define the function at module level",
                ));
            };
            closure.push(self.interp.heap.alloc(Object::Cell(Some(c))));
        }
        let outer_q = self
            .interp
            .heap
            .as_function(self.func)
            .expect("function")
            .qualname
            .clone();
        let name: Rc<str> = match &code.def {
            FuncDef::Def(d) => d.name.as_str().into(),
            FuncDef::Lambda(_) => "<lambda>".into(),
        };
        let f = Function {
            qualname: format!("{outer_q}.<locals>.{name}").into(),
            name,
            code,
            module: self.module,
            defaults,
            kwdefaults: Vec::new(),
            closure,
            dict: Default::default(),
            defining_class: None,
        };
        Ok(Value::Const(Constant::Obj(
            self.interp.heap.alloc(Object::Function(f)),
        )))
    }

    fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        kind: CompKind<'_>,
        span: Span,
    ) -> BResult<Value> {
        let result = match kind {
            CompKind::List(_) => self.emit(OpName::NewList, vec![], span)?,
            CompKind::Dict(..) => self.emit(OpName::NewDict, vec![], span)?,
        };
        let slot = self.new_slot("comprehension");
        self.state().set(slot, Some(result), Some(span));
        let depth = self.comp_scope.len();
        self.comp_loop(gens, 0, &kind, slot, span)?;
        self.comp_scope.truncate(depth);
        Ok(self
            .state()
            .get(slot)
            .cloned()
            .expect("comprehension result"))
    }

    fn comp_loop(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: &CompKind<'_>,
        result_slot: usize,
        span: Span,
    ) -> BResult<()> {
        let Some(g) = gens.get(i) else {
            let result = self.state().get(result_slot).cloned().expect("result");
            self.push(result);
            match kind {
                CompKind::List(elt) => {
                    let v = self.expr(elt)?;
                    let l = self.pop();
                    self.push(v);
                    let append = self.emit(
                        OpName::GetAttr,
                        vec![l, Value::Const(Constant::Str("append".into()))],
                        span,
                    )?;
                    let v = self.pop();
                    self.emit(OpName::SimpleCall, vec![append, v], span)?;
                }
                CompKind::Dict(k, v) => {
                    let kv = self.exprs(&[(*k).clone(), (*v).clone()])?;
                    let d = self.pop();
                    self.emit(OpName::SetItem, vec![d, kv[0].clone(), kv[1].clone()], span)?;
                }
            }
            return Ok(());
        };
        let it = self.expr(&g.iter)?;
        let iter = self.emit(OpName::Iter, vec![it], span)?;
        let islot = self.new_slot("iter");
        let iter_span = self.span(g.iter.range());
        self.state().set(islot, Some(iter), Some(iter_span));
        let mut names = Vec::new();
        crate::eval::expr::collect_target_names(&g.target, &mut names);
        for n in names {
            let s = self.new_slot(&n);
            self.comp_scope.push((n, s));
        }
        let mut assigned: HashSet<usize> = self.comp_scope.iter().map(|(_, s)| *s).collect();
        assigned.insert(islot);
        assigned.insert(result_slot);
        for (slot, _) in self.slot_names.iter().enumerate() {
            if slot >= islot {
                assigned.insert(slot);
            }
        }
        let header = self.make_header(&assigned);
        let iter = self.state().get(islot).cloned().expect("iterator");
        let mut exhausted = Join::default();
        let item = self.next_or_exhausted(iter, span, &mut exhausted)?;
        self.assign(&g.target, item, None)?;
        let mut skip = Join::default();
        for cond in &g.ifs {
            let mut yes = Join::default();
            self.cond(cond, &mut yes, &mut skip)?;
            if self.resolve(yes).is_none() {
                break;
            }
        }
        if self.cur.is_some() {
            self.comp_loop(gens, i + 1, kind, result_slot, span)?;
        }
        self.goto(&mut skip, vec![]);
        if self.resolve(skip).is_some() {
            self.goto_header(&header, span)?;
        }
        self.resolve(exhausted);
        Ok(())
    }
}

enum CompKind<'e> {
    List(&'e Expr),
    Dict(&'e Expr, &'e Expr),
}

/// Heap objects referenced by a graph's constants.
pub fn referenced_objects(g: &Graph) -> Vec<ObjRef> {
    let mut out = Vec::new();
    for b in g.reachable_blocks() {
        for op in &g.block(b).ops {
            for a in &op.args {
                if let Value::Const(Constant::Obj(r)) = a {
                    out.push(*r);
                }
            }
        }
    }
    out
}

/// Adds the functions an object makes callable (itself, a class's methods,
/// a bound method's function) to the build queue. A class reached only
/// through a prebuilt instance contributes its methods but not `__init__`
/// (it is not instantiated at run time through that reference).
pub fn enqueue_callables(
    interp: &Interp,
    r: ObjRef,
    queue: &mut Vec<ObjRef>,
    seen_classes: &mut HashSet<(ObjRef, bool)>,
) {
    enqueue(interp, r, queue, seen_classes, true)
}

fn enqueue(
    interp: &Interp,
    r: ObjRef,
    queue: &mut Vec<ObjRef>,
    seen: &mut HashSet<(ObjRef, bool)>,
    with_init: bool,
) {
    match interp.heap.get(r) {
        Object::Function(_) => queue.push(r),
        Object::Class(c) => {
            if !seen.insert((r, with_init)) || !matches!(c.kind, crate::heap::ClassKind::User) {
                return;
            }
            for k in c.mro.clone() {
                if let Some(kc) = interp.heap.as_class(k) {
                    for (name, v) in &kc.dict {
                        if !with_init && &**name == "__init__" {
                            continue;
                        }
                        if let Constant::Obj(o) = v {
                            match interp.heap.get(*o) {
                                Object::Function(_) => queue.push(*o),
                                Object::StaticMethod(Constant::Obj(f))
                                | Object::ClassMethod(Constant::Obj(f)) => queue.push(*f),
                                _ => {}
                            }
                        }
                    }
                }
            }
        }
        Object::BoundMethod {
            func: Constant::Obj(f),
            receiver,
        } => {
            queue.push(*f);
            if let Constant::Obj(recv) = receiver {
                if let Object::Instance(i) = interp.heap.get(*recv) {
                    enqueue(interp, i.class, queue, seen, false);
                }
            }
        }
        Object::Instance(i) => enqueue(interp, i.class, queue, seen, false),
        Object::Native(Native::JitDriver(d)) => {
            for v in d.options.values() {
                if let Constant::Obj(o) = v {
                    enqueue(interp, *o, queue, seen, true);
                }
            }
        }
        _ => {}
    }
}
