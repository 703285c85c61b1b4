//! The fixpoint: a worklist of blocks, each (re)flowed from the bindings of
//! its input arguments.
//!
//! Flowing a block computes every op's result annotation (generalising the
//! previous one), then follows the exits whose condition can hold,
//! narrowing variables along `True`/`False` exits of a switch on a bool
//! that knows facts about them (`isinstance`, `is None`, truth of a
//! nullable value), and binding the type and value of the exception on
//! exception exits. A block is rescheduled whenever a binding of one of its
//! inputs grows, and whenever shared state it read (a callee's return
//! value, an attribute, a container's items) grows.
//!
//! An op whose result is `Impossible` stops its block: for calls and
//! `next` this is normal (the callee never returns, or has not yet been
//! annotated far enough; it is rescheduled when it does); for other ops the
//! block stays stopped and [`crate::explain`] reports why at the end.

use std::rc::Rc;

use flowgraph::{Constant, ExitCase, ExitSwitch, OpName, Value, VarId};

use crate::model::{GraphId, KnownTypeData, Narrow, OpPos, Pos, SomeValue};
use crate::union::UnionError;
use crate::{Annotator, Conflict, Failure};

impl Annotator<'_> {
    pub fn run(&mut self) {
        while let Some(pos) = self.pending.pop_front() {
            self.queued.remove(&pos);
            self.flow_block(pos);
        }
    }

    /// The annotation of an operand.
    pub fn value_of(&mut self, g: GraphId, v: &Value) -> SomeValue {
        match v {
            Value::Var(v) => self.graphs[g.index()].bindings[v.index()].clone(),
            Value::Const(c) => self.immutable_value(c),
        }
    }

    /// Unions `values` into the start block's parameters of graph `g`.
    pub fn bind_params(&mut self, g: GraphId, values: Vec<SomeValue>) {
        let start = self.start_pos(g);
        self.bind_inputs(start, values);
    }

    /// Unions `values` into the input arguments of block `pos`, scheduling it
    /// if anything grew (or it was never reached).
    pub fn bind_inputs(&mut self, pos: Pos, values: Vec<SomeValue>) {
        let gi = pos.graph.index();
        let inputargs = self.graphs[gi].graph.block(pos.block).inputargs.clone();
        let mut changed = !self.graphs[gi].reached[pos.block.index()];
        for (i, (var, s)) in inputargs.iter().zip(values).enumerate() {
            let old = self.graphs[gi].bindings[var.index()].clone();
            let old = self.canonical(&old);
            match self.union(&old, &s) {
                Ok(new) => {
                    let new = strip_local(new);
                    if new != old {
                        self.graphs[gi].bindings[var.index()] = new;
                        changed = true;
                    }
                }
                Err(err) => self.join_conflict(pos, i, err),
            }
        }
        if changed {
            self.graphs[gi].reached[pos.block.index()] = true;
            let g = &self.graphs[gi].graph;
            if pos.block == g.return_block {
                let callers: Vec<OpPos> = self.graphs[gi].callers.iter().copied().collect();
                for c in callers {
                    self.schedule(c.pos());
                }
            } else if pos.block != g.except_block {
                self.schedule(pos);
            }
        }
    }

    fn join_conflict(&mut self, pos: Pos, arg: usize, err: UnionError) {
        let key = format!("join {:?} {}", pos, arg);
        self.fail(key, Failure::Join(Conflict { pos, arg, err }));
    }

    fn flow_block(&mut self, pos: Pos) {
        let gi = pos.graph.index();
        let nops = self.graphs[gi].graph.block(pos.block).ops.len();
        self.graphs[gi].stopped[pos.block.index()] = None;
        let switch = self.graphs[gi].graph.block(pos.block).switch().clone();
        for i in 0..nops {
            let op = self.graphs[gi].graph.block(pos.block).ops[i].clone();
            let at = OpPos {
                graph: pos.graph,
                block: pos.block,
                index: i,
            };
            let args: Vec<SomeValue> = op
                .args
                .iter()
                .map(|a| self.value_of(pos.graph, a))
                .collect();
            let result = if args.iter().any(|a| a.is_impossible()) {
                Ok(SomeValue::Impossible)
            } else {
                self.consider_op(at, &op, &args)
            };
            let s = match result {
                Ok(s) => {
                    if !self.failures.is_empty() {
                        self.retract_op_failure(at);
                    }
                    s
                }
                Err(d) => {
                    let key = format!("op {:?} {}", at, d.message);
                    self.fail(key, Failure::Op(at, Box::new(d)));
                    SomeValue::Impossible
                }
            };
            if s.is_impossible() {
                self.graphs[gi].stopped[pos.block.index()] = Some(i);
                // A protected call that never returns normally: only its
                // exception exits can be taken.
                if i + 1 == nops && switch == ExitSwitch::LastException {
                    self.follow_exits(pos, true);
                }
                return;
            }
            let old = self.graphs[gi].bindings[op.result.index()].clone();
            let new = if old.is_impossible() {
                s
            } else {
                match (self.union(&old, &s), &s) {
                    // Facts computed from the current inputs stay valid.
                    (Ok(SomeValue::Bool { konst, .. }), SomeValue::Bool { ktd, .. }) => {
                        SomeValue::Bool {
                            konst,
                            ktd: ktd.clone(),
                        }
                    }
                    (Ok(n), _) => n,
                    (Err(_), _) => s,
                }
            };
            self.graphs[gi].bindings[op.result.index()] = new;
        }
        self.follow_exits(pos, false);
    }

    /// Forgets the failure of the op at `at` recorded by an earlier flow of
    /// its block: its operands have grown since (a callee's result that
    /// was only None so far, an attribute not yet set...) and it now
    /// succeeds. Bindings only grow, so the final flow decides.
    fn retract_op_failure(&mut self, at: OpPos) {
        let keys = &mut self.failure_keys;
        self.failures.retain(|f| match f {
            Failure::Op(a, d) if *a == at => !keys.remove(&format!("op {:?} {}", at, d.message)),
            _ => true,
        });
    }

    fn follow_exits(&mut self, pos: Pos, only_exceptions: bool) {
        let gi = pos.graph.index();
        let block = self.graphs[gi].graph.block(pos.block).clone();
        match block.switch() {
            ExitSwitch::None => {
                for link in &block.exits {
                    self.follow_link(pos, link, None);
                }
            }
            ExitSwitch::Value(v) => {
                let s = self.value_of(pos.graph, v);
                let konst: Option<Constant> = match &s {
                    SomeValue::Bool { konst: Some(b), .. } => Some(Constant::Bool(*b)),
                    SomeValue::Int { konst: Some(i), .. } => {
                        i64::try_from(*i).ok().map(Constant::Int)
                    }
                    _ => None,
                };
                let ktd = match &s {
                    SomeValue::Bool { ktd: Some(k), .. } => Some(k.clone()),
                    _ => None,
                };
                for link in &block.exits {
                    let ExitCase::Const(case) = &link.exitcase else {
                        self.follow_link(pos, link, None);
                        continue;
                    };
                    if let Some(k) = &konst {
                        if !const_matches(k, case) {
                            continue;
                        }
                    }
                    let narrow = match (&ktd, case) {
                        (Some(k), Constant::Bool(true)) => Some(&k.if_true),
                        (Some(k), Constant::Bool(false)) => Some(&k.if_false),
                        _ => None,
                    };
                    let narrow = narrow.cloned();
                    self.follow_link(pos, link, narrow.as_deref());
                }
            }
            ExitSwitch::LastException => {
                let last = block.ops.last().expect("protected op");
                let last_args = last.args.clone();
                let last_name = last.name;
                for (k, link) in block.exits.iter().enumerate() {
                    if k == 0 {
                        if !only_exceptions {
                            self.follow_link(pos, link, None);
                        }
                        continue;
                    }
                    if let ExitCase::Exception(Constant::Obj(cls)) = &link.exitcase {
                        if !self.op_can_raise(pos.graph, last_name, &last_args, *cls) {
                            continue;
                        }
                    }
                    self.follow_link(pos, link, None);
                }
            }
        }
    }

    fn follow_link(
        &mut self,
        pos: Pos,
        link: &flowgraph::Link,
        narrow: Option<&[(VarId, Narrow)]>,
    ) {
        let g = pos.graph;
        let target = Pos {
            graph: g,
            block: link.target,
        };
        let mut values = Vec::with_capacity(link.args.len());
        // Exception exits: the caught exception's type and value.
        let mut exc_value = None;
        if let (Some((_, ev)), ExitCase::Exception(c)) = (link.exc_vars, &link.exitcase) {
            let class = match c {
                Constant::Obj(r) => Some(*r),
                _ => None,
            };
            let s = match class {
                Some(cls) if self.interp.heap.as_class(cls).is_some() => {
                    let cd = self.classdef(cls);
                    SomeValue::instance(cd)
                }
                _ => SomeValue::Impossible,
            };
            exc_value = Some((ev, s));
        }
        let target_args = self.graphs[g.index()]
            .graph
            .block(link.target)
            .inputargs
            .clone();
        for a in link.args.iter() {
            let mut s = match (a, link.exc_vars) {
                (Value::Var(v), Some((et, _))) if *v == et => {
                    // The type of the exception value, wherever it goes.
                    let of = link
                        .args
                        .iter()
                        .position(|x| matches!((x, link.exc_vars), (Value::Var(y), Some((_, ev))) if *y == ev))
                        .map(|j| target_args[j]);
                    SomeValue::TypeOf {
                        of,
                        nullable: false,
                    }
                }
                (Value::Var(v), Some((_, ev))) if *v == ev => exc_value
                    .as_ref()
                    .map(|(_, s)| s.clone())
                    .unwrap_or(SomeValue::Impossible),
                _ => self.value_of(g, a),
            };
            if let (Some(n), Value::Var(v)) = (narrow, a) {
                for (nv, how) in n {
                    if nv == v {
                        s = self.narrow(&s, how);
                    }
                }
            }
            // Knowledge about variables of the source block does not cross.
            if let SomeValue::TypeOf { of: Some(_), .. } = &s {
                if !matches!(a, Value::Var(v) if link.exc_vars.is_some_and(|(et, _)| et == *v)) {
                    s = rename_typeof(&s, link, &target_args);
                }
            }
            if s.is_impossible() {
                // A narrowing proved this exit cannot be taken.
                return;
            }
            values.push(s);
        }
        self.bind_inputs(target, values);
    }

    /// Restricts `s` by what a condition proved.
    pub fn narrow(&mut self, s: &SomeValue, how: &Narrow) -> SomeValue {
        match how {
            Narrow::NotNone => match s {
                SomeValue::None => SomeValue::Impossible,
                other => other.with_nullable(false).unwrap_or_else(|| other.clone()),
            },
            Narrow::IsNone => {
                if s.can_be_none() {
                    SomeValue::None
                } else {
                    SomeValue::Impossible
                }
            }
            Narrow::NonNeg => match s {
                SomeValue::Int { ty, konst, .. } => SomeValue::Int {
                    ty: *ty,
                    nonneg: true,
                    konst: *konst,
                },
                other => other.clone(),
            },
            Narrow::Instance(c) => match s {
                SomeValue::Instance { class, .. } => {
                    if self.is_subclassdef(*c, *class) {
                        SomeValue::instance(*c)
                    } else if self.is_subclassdef(*class, *c) {
                        SomeValue::instance(*class)
                    } else {
                        SomeValue::Impossible
                    }
                }
                SomeValue::None => SomeValue::Impossible,
                other => other.with_nullable(false).unwrap_or_else(|| other.clone()),
            },
        }
    }
}

/// Bool facts and `TypeOf` links name variables of their own block: they
/// are dropped when the value is stored in another block's variable.
fn strip_local(s: SomeValue) -> SomeValue {
    match s {
        SomeValue::Bool {
            konst,
            ktd: Some(_),
        } => SomeValue::Bool { konst, ktd: None },
        other => other,
    }
}

fn rename_typeof(s: &SomeValue, link: &flowgraph::Link, target_args: &[VarId]) -> SomeValue {
    let SomeValue::TypeOf {
        of: Some(v),
        nullable,
    } = s
    else {
        return s.clone();
    };
    let of = link
        .args
        .iter()
        .position(|a| matches!(a, Value::Var(x) if x == v))
        .map(|j| target_args[j]);
    SomeValue::TypeOf {
        of,
        nullable: *nullable,
    }
}

fn const_matches(k: &Constant, case: &Constant) -> bool {
    match (k, case) {
        (Constant::Bool(a), Constant::Bool(b)) => a == b,
        (Constant::Int(a), Constant::Int(b)) => a == b,
        (Constant::Bool(a), Constant::Int(b)) | (Constant::Int(b), Constant::Bool(a)) => {
            (*a as i64) == *b
        }
        _ => k == case,
    }
}

/// Facts for the result of a test on `v`.
pub fn facts(
    if_true: Vec<(VarId, Narrow)>,
    if_false: Vec<(VarId, Narrow)>,
) -> Option<Rc<KnownTypeData>> {
    if if_true.is_empty() && if_false.is_empty() {
        None
    } else {
        Some(Rc::new(KnownTypeData { if_true, if_false }))
    }
}

impl Annotator<'_> {
    /// Whether the op can raise an instance of `cls` (or of a subclass): an
    /// exception exit for a class the op never raises is not followed.
    pub fn op_can_raise(
        &mut self,
        g: GraphId,
        name: OpName,
        args: &[Value],
        cls: flowgraph::ObjRef,
    ) -> bool {
        use OpName::*;
        let receiver = args.first().map(|a| self.value_of(g, a));
        if matches!(receiver, Some(SomeValue::Instance { .. })) {
            return true;
        }
        let raises: &[&str] = match name {
            SimpleCall | CallArgs => return true,
            Next => &["StopIteration"],
            GetItem | SetItem | DelItem => match receiver {
                Some(SomeValue::Dict { .. }) => &["KeyError"],
                _ => &["IndexError"],
            },
            FloorDiv | Mod | TrueDiv | InplaceFloorDiv | InplaceMod | InplaceTrueDiv => {
                &["ZeroDivisionError"]
            }
            AddOvf | SubOvf | MulOvf | LShiftOvf | NegOvf | AbsOvf => &["OverflowError"],
            FloorDivOvf | ModOvf => &["OverflowError", "ZeroDivisionError"],
            _ if !name.desc().can_raise => &[],
            _ => return true,
        };
        let heap = &self.interp.heap;
        raises
            .iter()
            .any(|e| match self.interp.lookup_builtin_name(e) {
                Some(flowgraph::Constant::Obj(ec)) => {
                    heap.is_subclass(ec, cls) || heap.is_subclass(cls, ec)
                }
                _ => true,
            })
    }
}
