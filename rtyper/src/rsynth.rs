//! Helper graphs the rtyper writes itself: low-level graphs with branches
//! and loops (a dict lookup calling the program's own `__eq__`-like
//! function, `d.pop(k)`, ...) that one flow operation cannot become inline,
//! because low-level variables are local to their block.
//!
//! [`RTyper::synth_graph`] builds a graph once per name (callers put the
//! types and functions it is specialised for into the name) and returns its
//! id; calls use `direct_call`. Synthesized graphs get the ids after the
//! program's own graphs and are appended to the program after them, in
//! creation order (deterministic). Their blocks are written with the
//! small builder functions below on an ordinary [`GraphCx`], so every
//! lowering helper (`convert`, `call_helper`, ...) works inside them.

use annotator::{GraphId, OpPos};
use flowgraph::{BlockId, Span};
use indexmap::IndexMap;

use crate::llgraph::{LlCase, LlConst, LlGraph, LlGraphId, LlLink, LlSwitch, LlValue};
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rtyper::RTyper;

/// The graphs synthesized so far.
#[derive(Default)]
pub struct SynthGraphs {
    by_name: IndexMap<String, LlGraphId>,
    /// In id order; `None` while a graph is being built.
    graphs: Vec<Option<LlGraph>>,
}

impl SynthGraphs {
    /// Every synthesized graph, in id order.
    pub fn take(&mut self) -> Vec<LlGraph> {
        self.by_name.clear();
        std::mem::take(&mut self.graphs)
            .into_iter()
            .map(|g| g.expect("synthesized graphs are complete"))
            .collect()
    }
}

impl RTyper<'_, '_> {
    /// The synthesized graph `name(params) -> result`, built by `build` on
    /// first use. `build` receives a context positioned in the start block
    /// and the parameters; it must end every block it leaves open (with
    /// [`ret`], [`goto`] or [`branch`]).
    pub(crate) fn synth_graph(
        &mut self,
        name: &str,
        params: &[LlType],
        result: LlType,
        span: Option<Span>,
        build: impl FnOnce(&mut Self, &mut GraphCx, Vec<LlValue>) -> Result<(), String>,
    ) -> Result<LlGraphId, String> {
        if let Some(id) = self.synth.by_name.get(name) {
            return Ok(*id);
        }
        let id = LlGraphId::new(self.user_graph_count() + self.synth.graphs.len());
        self.synth.graphs.push(None);
        self.synth.by_name.insert(name.to_string(), id);
        let vt = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
        let mut ll = LlGraph::new(name.to_string(), None);
        let args: Vec<_> = params.iter().map(|t| ll.new_var(*t, None)).collect();
        let start = ll.new_block(args.clone());
        let r = ll.new_var(result, None);
        let return_block = ll.new_block(vec![r]);
        let et = ll.new_var(vt, Some("etype".into()));
        let ev = ll.new_var(obj, Some("evalue".into()));
        let except_block = ll.new_block(vec![et, ev]);
        ll.start = start;
        ll.return_block = return_block;
        ll.except_block = except_block;
        let g = GraphId::new(0);
        let mut cx = GraphCx {
            g,
            ll,
            vals: Vec::new(),
            bindings: Vec::new(),
            cur: start,
            span,
            pos: OpPos {
                graph: g,
                block: BlockId(0),
                index: 0,
            },
            zero_lists: Vec::new(),
        };
        let params: Vec<LlValue> = args.into_iter().map(LlValue::Var).collect();
        let res = build(self, &mut cx, params);
        let slot = id.index() - self.user_graph_count();
        self.synth.graphs[slot] = Some(cx.ll);
        res.map(|()| id)
    }

    /// Emits `direct_call(graph, args)`.
    pub(crate) fn call_graph(
        &mut self,
        cx: &mut GraphCx,
        g: LlGraphId,
        result: LlType,
        args: Vec<LlValue>,
    ) -> LlValue {
        let mut all = vec![LlValue::void(LlConst::Graph(g))];
        all.extend(args);
        cx.emit(crate::llops::LlOpName::DirectCall, all, result)
    }
}

/// A new block with parameters of these types (not current yet).
pub(crate) fn new_block(cx: &mut GraphCx, types: &[LlType]) -> (BlockId, Vec<LlValue>) {
    let vars: Vec<_> = types.iter().map(|t| cx.ll.new_var(*t, None)).collect();
    let b = cx.ll.new_block(vars.clone());
    (b, vars.into_iter().map(LlValue::Var).collect())
}

fn finish(cx: &mut GraphCx, switch: LlSwitch, exits: Vec<LlLink>) {
    let b = cx.ll.block_mut(cx.cur);
    b.switch = switch;
    b.exits = exits;
}

fn link(target: BlockId, args: Vec<LlValue>, case: LlCase) -> LlLink {
    LlLink {
        args,
        target,
        case,
        exc_vars: None,
    }
}

/// Ends the current block with a jump to `target`.
pub(crate) fn goto(cx: &mut GraphCx, target: BlockId, args: Vec<LlValue>) {
    finish(
        cx,
        LlSwitch::None,
        vec![link(target, args, LlCase::Default)],
    );
}

/// Ends the current block by returning `v`.
pub(crate) fn ret(cx: &mut GraphCx, v: LlValue) {
    let target = cx.ll.return_block;
    goto(cx, target, vec![v]);
}

/// Ends the current block with a switch on the Bool `cond`.
pub(crate) fn branch(
    cx: &mut GraphCx,
    cond: LlValue,
    if_true: (BlockId, Vec<LlValue>),
    if_false: (BlockId, Vec<LlValue>),
) {
    let exits = vec![
        link(if_false.0, if_false.1, LlCase::Const(LlConst::Bool(false))),
        link(if_true.0, if_true.1, LlCase::Const(LlConst::Bool(true))),
    ];
    finish(cx, LlSwitch::Value(cond), exits);
}

/// Makes `b` the block ops are appended to.
pub(crate) fn enter(cx: &mut GraphCx, b: BlockId) {
    cx.cur = b;
}

/// Ends the current block with a `LastException` switch protecting its ops
/// from index `from` on: `normal` is taken when none raises, `caught` when
/// one raises an instance of the class whose vtable is `class` (other
/// exceptions propagate to the caller).
pub(crate) fn catch(
    cx: &mut GraphCx,
    from: usize,
    normal: (BlockId, Vec<LlValue>),
    class: crate::llgraph::PrebuiltId,
    caught: (BlockId, Vec<LlValue>),
    exc_types: (LlType, LlType),
) {
    let et = cx.ll.new_var(exc_types.0, Some("etype".into()));
    let ev = cx.ll.new_var(exc_types.1, Some("evalue".into()));
    let exits = vec![
        link(normal.0, normal.1, LlCase::Default),
        LlLink {
            args: caught.1,
            target: caught.0,
            case: LlCase::Exception(class),
            exc_vars: Some((et, ev)),
        },
    ];
    finish(cx, LlSwitch::LastException { from }, exits);
}
