//! Error reports with provenance.
//!
//! Turns the failures recorded during the fixpoint into diagnostics, each
//! at the user's source line, saying in words what could not be unified,
//! and showing where each side came from: the assignments, `return`
//! statements or call sites that introduced the conflicting values
//! (following variables back through links and into the callees whose
//! results they are). Blocks still stopped at the fixpoint on an op that is
//! not a call are explained at that op ("no instance of C ever sets
//! attribute x", "the list is always empty here"). Each problem is reported
//! once.

use flowgraph::{BlockId, OpName, Span, Value, VarId};
use frontend::diag::Diagnostic;

use crate::model::{OpPos, Pos, SomeValue};
use crate::{Annotator, Conflict, Failure};

/// One incoming value of a block input: its annotation and where it came
/// from.
struct Side {
    value: SomeValue,
    span: Option<Span>,
}

pub fn diagnostics(ann: &mut Annotator) -> Vec<Diagnostic> {
    let failures = std::mem::take(&mut ann.failures);
    let mut out = Vec::new();
    let mut failed_ops = std::collections::HashSet::new();
    // Variables whose merge failed keep one side's type: errors at ops
    // using them are consequences, not causes.
    let conflicted: std::collections::HashSet<(crate::GraphId, VarId)> = failures
        .iter()
        .filter_map(|f| match f {
            Failure::Join(c) => Some((
                c.pos.graph,
                ann.graphs[c.pos.graph.index()]
                    .graph
                    .block(c.pos.block)
                    .inputargs[c.arg],
            )),
            Failure::Op(..) => None,
        })
        .collect();
    for f in &failures {
        match f {
            Failure::Op(at, d) => {
                failed_ops.insert(*at);
                let op = &ann.graphs[at.graph.index()].graph.block(at.block).ops[at.index];
                if op.args.iter().any(|a| {
                    a.as_var()
                        .is_some_and(|v| conflicted.contains(&(at.graph, v)))
                }) {
                    continue;
                }
                out.push(with_none_provenance(ann, *at, (**d).clone()));
            }
            Failure::Join(c) => out.push(join_conflict(ann, c)),
        }
    }
    // Blocks stopped on an op that cannot succeed. When other errors were
    // found, these are usually their consequences (a function that failed
    // never set an attribute...): they are reported once those are fixed.
    let nothing_else = out.is_empty();
    for gi in 0..ann.graphs.len() {
        if !nothing_else {
            break;
        }
        let ag = &ann.graphs[gi];
        for b in 0..ag.graph.blocks.len() {
            let Some(i) = ag.stopped[b] else { continue };
            if !ag.reached[b] {
                continue;
            }
            let at = OpPos {
                graph: crate::GraphId::new(gi),
                block: BlockId::new(b),
                index: i,
            };
            if failed_ops.contains(&at) {
                continue;
            }
            let op = &ag.graph.block(at.block).ops[i];
            if matches!(
                op.name,
                OpName::SimpleCall | OpName::CallArgs | OpName::Next
            ) {
                continue;
            }
            if let Some(d) = blocked_op(ann, at) {
                out.push(d);
            }
        }
    }
    ann.failures = failures;
    out
}

/// The values flowing into input `arg` of block `pos`, with their origins.
fn incoming(ann: &Annotator, pos: Pos, arg: usize) -> Vec<Side> {
    let g = pos.graph;
    let ag = &ann.graphs[g.index()];
    let mut out = Vec::new();
    for (b, block) in ag.graph.blocks.iter().enumerate() {
        if !ag.reached[b] {
            continue;
        }
        for link in &block.exits {
            if link.target != pos.block {
                continue;
            }
            let Some(a) = link.args.get(arg) else {
                continue;
            };
            let value = match a {
                Value::Var(v) => ag.bindings[v.index()].clone(),
                Value::Const(c) => const_value(ann, c),
            };
            if value.is_impossible() {
                continue;
            }
            let span = link.spans.get(arg).copied().flatten().or_else(|| {
                a.as_var()
                    .and_then(|v| var_origin(ann, g, BlockId::new(b), v, 0))
            });
            out.push(Side { value, span });
        }
    }
    out
}

fn const_value(ann: &Annotator, c: &flowgraph::Constant) -> SomeValue {
    use flowgraph::Constant as C;
    match c {
        C::None => SomeValue::None,
        C::Bool(_) => SomeValue::bool(),
        C::Int(i) => SomeValue::const_int(*i as i128),
        C::Float(_) => SomeValue::float(),
        C::Str(_) => SomeValue::str(),
        C::Bytes(_) => SomeValue::bytes(),
        C::SizedInt(k, _) => SomeValue::Int {
            ty: crate::IntType::Sized(*k),
            nonneg: !k.signed(),
            konst: None,
        },
        C::BigInt(_) => SomeValue::int(),
        C::Obj(r) => ann.prebuilt_peek(*r),
    }
}

/// Where variable `v` of block `b` got its value: the op defining it, or
/// the origin of what flows into it.
fn var_origin(
    ann: &Annotator,
    g: crate::GraphId,
    b: BlockId,
    v: VarId,
    depth: usize,
) -> Option<Span> {
    let ag = &ann.graphs[g.index()];
    let block = ag.graph.block(b);
    if let Some(op) = block.ops.iter().find(|op| op.result == v) {
        return Some(op.span);
    }
    if depth > 8 {
        return None;
    }
    let idx = block.inputargs.iter().position(|x| *x == v)?;
    for (pb, pred) in ag.graph.blocks.iter().enumerate() {
        if !ag.reached[pb] {
            continue;
        }
        for link in &pred.exits {
            if link.target != b {
                continue;
            }
            if let Some(Some(sp)) = link.spans.get(idx) {
                return Some(*sp);
            }
            if let Some(Value::Var(x)) = link.args.get(idx) {
                if let Some(sp) = var_origin(ann, g, BlockId::new(pb), *x, depth + 1) {
                    return Some(sp);
                }
            }
        }
    }
    None
}

/// Whether `v` is on the same side of a failed union as `side`.
fn same_family(ann: &Annotator, side: &SomeValue, v: &SomeValue) -> bool {
    use SomeValue as S;
    match (side, v) {
        (S::None, x) => matches!(x, S::None),
        (_, S::None) => false,
        (S::Instance { class: a, .. }, S::Instance { class: b, .. }) => {
            ann.common_base(*a, *b).is_some()
        }
        (S::Int { ty: a, .. }, S::Int { ty: b, .. }) => a == b,
        (S::Int { .. }, S::Bool { .. }) => true,
        (S::Tuple(a), S::Tuple(b)) => a.len() == b.len(),
        (S::Str { .. } | S::Char { .. }, S::Str { .. } | S::Char { .. }) => true,
        _ => std::mem::discriminant(side) == std::mem::discriminant(v),
    }
}

fn join_conflict(ann: &Annotator, c: &Conflict) -> Diagnostic {
    let ag = &ann.graphs[c.pos.graph.index()];
    let graph = &ag.graph;
    let var = graph.block(c.pos.block).inputargs[c.arg];
    let name = graph.vars[var.index()].name.clone();
    let fname = ann.func_display_name(c.pos.graph);
    let (l, r) = (ann.show(&c.err.left), ann.show(&c.err.right));
    if c.pos.block == graph.start {
        return param_conflict(ann, c, name.as_deref().unwrap_or("?"), &fname);
    }
    let sides = incoming(ann, c.pos, c.arg);
    let left: Vec<&Side> = sides
        .iter()
        .filter(|s| same_family(ann, &c.err.left, &s.value))
        .collect();
    let right: Vec<&Side> = sides
        .iter()
        .filter(|s| same_family(ann, &c.err.right, &s.value))
        .collect();
    let is_return = c.pos.block == graph.return_block;
    let message = if is_return {
        format!("{fname}() returns {l} on one path and {r} on another")
    } else {
        match &name {
            Some(n) => format!("variable `{n}` can be {l} or {r}"),
            None => format!("a value can be {l} or {r}"),
        }
    };
    let label_for = |s: &Side, _primary: bool| -> String {
        let what = ann.show(&s.value);
        let is_return_stmt = s.span.is_some_and(|sp| {
            ann.interp
                .sources
                .snippet(sp)
                .trim_start()
                .starts_with("return")
        });
        if is_return && is_return_stmt {
            format!("returns {what} here")
        } else {
            format!("{what} here")
        }
    };
    let primary = right
        .iter()
        .find(|s| s.span.is_some())
        .or_else(|| left.iter().find(|s| s.span.is_some()));
    let mut d = match primary.and_then(|s| s.span) {
        Some(sp) => Diagnostic::at(sp, message).with_label(label_for(primary.unwrap(), true)),
        None => Diagnostic::at(graph.span, message).with_label("in this function"),
    };
    let mut shown = 0;
    for s in left.iter().chain(right.iter()) {
        let Some(sp) = s.span else { continue };
        if Some(sp) == d.span || d.related.iter().any(|(x, _)| *x == sp) || shown >= 4 {
            continue;
        }
        let label = label_for(s, false);
        let label = if is_return && matches!(s.value, SomeValue::None) {
            implicit_return_label(ann, c.pos.graph, sp, &label)
        } else {
            label
        };
        d = d.with_related(sp, label);
        shown += 1;
    }
    if d.span.is_some() && is_return {
        if let Some(sp) = d.span {
            if primary.is_some_and(|p| matches!(p.value, SomeValue::None)) {
                d.label = implicit_return_label(ann, c.pos.graph, sp, &d.label);
            }
        }
    }
    if !c.err.why.contains("cannot be mixed") {
        d = d.with_note(c.err.why.clone());
    }
    if matches!(c.err.left, SomeValue::None) || matches!(c.err.right, SomeValue::None) {
        d = d.with_note("None can only be mixed with instances, str, bytes, lists and dicts, not with ints, floats, bools or tuples");
    }
    d
}

/// The label for a `None` flowing into the return value of graph `g` from
/// `sp`: the implicit `return None` at the end of the function, a `return`
/// statement, or the assignment of a returned variable.
fn implicit_return_label(ann: &Annotator, g: crate::GraphId, sp: Span, label: &str) -> String {
    if falls_off_end(ann, g, sp) {
        return "the function can end after this statement, returning None".to_string();
    }
    let text = ann.interp.sources.snippet(sp);
    if text.trim_start().starts_with("return") {
        label.to_string()
    } else {
        "None here".to_string()
    }
}

/// Whether `sp` is the last statement of the body of graph `g`'s function
/// (the span the flow builder gives the implicit `return None`).
fn falls_off_end(ann: &Annotator, g: crate::GraphId, sp: Span) -> bool {
    use rustpython_parser::ast::Ranged;
    let Some(f) = ann.interp.heap.as_function(ann.graphs[g.index()].func) else {
        return false;
    };
    match &f.code.def {
        frontend::heap::FuncDef::Def(d) => d
            .body
            .last()
            .is_some_and(|s| ann.interp.span(f.code.file, s.range()) == sp),
        frontend::heap::FuncDef::Lambda(_) => false,
    }
}

fn param_conflict(ann: &Annotator, c: &Conflict, pname: &str, fname: &str) -> Diagnostic {
    let ag = &ann.graphs[c.pos.graph.index()];
    let (l, r) = (ann.show(&c.err.left), ann.show(&c.err.right));
    let message = format!("parameter `{pname}` of {fname}() receives {l} and {r}");
    let mut calls: Vec<(Span, Option<SomeValue>)> = Vec::new();
    for caller in ag.callers.iter() {
        let cg = &ann.graphs[caller.graph.index()];
        let op = &cg.graph.block(caller.block).ops[caller.index];
        let value = if op.name == OpName::SimpleCall {
            // Methods receive `self` first: count it when the callee's
            // first parameter is not passed explicitly.
            let explicit = op.args.len() - 1;
            let nparams = ag.graph.params().len();
            let shift = nparams.saturating_sub(explicit).min(1);
            c.arg
                .checked_sub(shift)
                .and_then(|i| op.args.get(i + 1))
                .map(|a| match a {
                    Value::Var(v) => cg.bindings[v.index()].clone(),
                    Value::Const(k) => const_value(ann, k),
                })
        } else {
            None
        };
        calls.push((op.span, value));
    }
    let right_call = calls.iter().find(|(_, v)| {
        v.as_ref()
            .is_some_and(|v| same_family(ann, &c.err.right, v))
    });
    let primary = right_call.or(calls.last());
    let mut d = match primary {
        Some((sp, v)) => Diagnostic::at(*sp, message).with_label(match v {
            Some(v) => format!("called with {} here", ann.show(v)),
            None => "called here".to_string(),
        }),
        None => Diagnostic::at(ag.graph.span, message),
    };
    let mut shown = 0;
    for (sp, v) in &calls {
        if Some(*sp) == d.span || shown >= 3 {
            continue;
        }
        if let Some(v) = v {
            if !(same_family(ann, &c.err.left, v) || same_family(ann, &c.err.right, v)) {
                continue;
            }
        }
        d = d.with_related(
            *sp,
            match v {
                Some(v) => format!("called with {} here", ann.show(v)),
                None => "called here".to_string(),
            },
        );
        shown += 1;
    }
    d = d.with_related(ag.graph.span, "parameter of this function");
    if !c.err.why.contains("cannot be mixed") {
        d = d.with_note(c.err.why.clone());
    }
    d.with_note("every call of a function must pass compatible types for each parameter (or specialize it: rpython.rlib.objectmodel.specialize.argtype)")
}

/// Adds, to an error at an op, where the `None` among its operands comes
/// from: the assignment, or the function returning it (and where that
/// function returns None).
fn with_none_provenance(ann: &Annotator, at: OpPos, mut d: Diagnostic) -> Diagnostic {
    let ag = &ann.graphs[at.graph.index()];
    let op = &ag.graph.block(at.block).ops[at.index];
    for a in &op.args {
        let Value::Var(v) = a else { continue };
        if !ag.bindings[v.index()].can_be_none() {
            continue;
        }
        for (sp, label) in none_origins(ann, at.graph, at.block, *v, 0) {
            if d.related.len() < 4 && Some(sp) != d.span && !d.related.iter().any(|(x, _)| *x == sp)
            {
                d = d.with_related(sp, label);
            }
        }
    }
    d
}

/// Where `v` (of block `b`) gets a `None` value.
fn none_origins(
    ann: &Annotator,
    g: crate::GraphId,
    b: BlockId,
    v: VarId,
    depth: usize,
) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    if depth > 4 {
        return out;
    }
    let ag = &ann.graphs[g.index()];
    let block = ag.graph.block(b);
    if let Some(op) = block.ops.iter().find(|op| op.result == v) {
        if !matches!(op.name, OpName::SimpleCall | OpName::CallArgs) {
            out.push((op.span, "this can be None".to_string()));
            return out;
        }
        // A call: the callees' returns of None.
        let callees: Vec<crate::GraphId> = (0..ann.graphs.len())
            .map(crate::GraphId::new)
            .filter(|cg| {
                ann.graphs[cg.index()]
                    .callers
                    .iter()
                    .any(|c| c.graph == g && c.block == b && block.ops[c.index].result == v)
            })
            .collect();
        for cg in callees {
            let name = ann.func_display_name(cg);
            let ret = ann.return_pos(cg);
            let sides = incoming(ann, ret, 0);
            let all_none = sides.iter().all(|s| matches!(s.value, SomeValue::None));
            out.push((
                op.span,
                if all_none {
                    format!("{name}() always returns None")
                } else {
                    format!("{name}() can return None")
                },
            ));
            for s in sides {
                if let (SomeValue::None, Some(sp)) = (&s.value, s.span) {
                    let label =
                        implicit_return_label(ann, cg, sp, &format!("{name}() returns None here"));
                    let label = if label.starts_with("the function") {
                        format!("{name}() can end after this statement, returning None")
                    } else {
                        label
                    };
                    out.push((sp, label));
                }
            }
        }
        return out;
    }
    let Some(idx) = block.inputargs.iter().position(|x| *x == v) else {
        return out;
    };
    if b == ag.graph.start {
        return out;
    }
    for side in incoming(ann, Pos { graph: g, block: b }, idx) {
        if let (SomeValue::None, Some(sp)) = (&side.value, side.span) {
            out.push((sp, "None here".to_string()));
        }
    }
    if out.is_empty() {
        // Passed along from a variable of a predecessor.
        for (pb, pred) in ag.graph.blocks.iter().enumerate() {
            for link in &pred.exits {
                if link.target == b {
                    if let Some(Value::Var(x)) = link.args.get(idx) {
                        out.extend(none_origins(ann, g, BlockId::new(pb), *x, depth + 1));
                    }
                }
            }
        }
    }
    out
}

fn blocked_op(ann: &Annotator, at: OpPos) -> Option<Diagnostic> {
    let ag = &ann.graphs[at.graph.index()];
    let op = &ag.graph.block(at.block).ops[at.index];
    let arg = |i: usize| -> SomeValue {
        match &op.args[i] {
            Value::Var(v) => ag.bindings[v.index()].clone(),
            Value::Const(c) => const_value(ann, c),
        }
    };
    match op.name {
        OpName::GetAttr => {
            let name = crate::ops::const_str(&op.args[1])?;
            if let SomeValue::Instance { class, .. } = arg(0) {
                let cname = ann.class_name(class).to_string();
                return Some(
                    Diagnostic::at(op.span, format!("no instance of {cname} (or its subclasses) ever sets attribute `{name}`"))
                        .with_label(format!("`{name}` is read here but never assigned"))
                        .with_note("initialise every attribute in __init__ (e.g. `self.x = None` or a default value)"),
                );
            }
            None
        }
        OpName::GetItem | OpName::Iter | OpName::Next | OpName::Contains => {
            let what = ann.show(&arg(0));
            Some(
                Diagnostic::at(op.span, format!("this {} is always empty here: nothing is ever stored into it, so its items have no type", what))
                    .with_label("reads an item of an empty container"),
            )
        }
        _ => Some(Diagnostic::at(
            op.span,
            format!(
                "operation `{}` can never succeed here (its operands have no possible value)",
                op.name
            ),
        )),
    }
}

impl Annotator<'_> {
    /// `module.Class.method` as the user wrote it.
    pub fn func_display_name(&self, g: crate::GraphId) -> String {
        let ag = &self.graphs[g.index()];
        match self.interp.heap.as_function(ag.func) {
            Some(f) => f.qualname.to_string(),
            None => ag.graph.name.clone(),
        }
    }

    /// The annotation of a prebuilt object if already computed.
    pub fn prebuilt_peek(&self, r: flowgraph::ObjRef) -> SomeValue {
        self.prebuilt
            .get(&r)
            .cloned()
            .unwrap_or(SomeValue::Impossible)
    }
}
