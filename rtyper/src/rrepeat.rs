//! `[x] * n` where `x` is a constant whose low-level value is all zero bits
//! (`[None] * n`, `[0] * n`, `[False] * n`, `[0.0] * n`): a zeroed array of
//! `max(n, 0)` items allocated at once, instead of building the one-item
//! list and repeating it through a helper.
//!
//! Before a block is lowered, [`zero_repeats`] finds each `newlist(x)` whose
//! result is used exactly once in the whole graph, as the list operand of a
//! later `mul` in the same block; the lowering skips that `newlist` and
//! [`RTyper::zero_repeat`] builds the result at the `mul`.

use annotator::SomeValue;
use flowgraph::{Constant, ExitSwitch, Graph, OpName, Value, VarId};
use rustc_hash::FxHashMap;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rtyper::RTyper;

/// How many times each variable of `graph` is used (op operands, link
/// arguments, switches).
pub fn use_counts(graph: &Graph) -> FxHashMap<VarId, u32> {
    let mut uses: FxHashMap<VarId, u32> = FxHashMap::default();
    let mut note = |v: &Value| {
        if let Value::Var(x) = v {
            *uses.entry(*x).or_default() += 1;
        }
    };
    for block in &graph.blocks {
        for op in &block.ops {
            op.args.iter().for_each(&mut note);
        }
        if let ExitSwitch::Value(v) = block.switch() {
            note(v);
        }
        for l in &block.exits {
            l.args.iter().for_each(&mut note);
        }
    }
    uses
}

/// Indexes of the `newlist(const)` ops of `ops` whose result is only the
/// list operand of a later `mul` of the same block.
pub fn zero_repeats(ops: &[flowgraph::Op], uses: &FxHashMap<VarId, u32>) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        if op.name != OpName::NewList || op.args.len() != 1 || op.args[0].as_const().is_none() {
            continue;
        }
        if uses.get(&op.result).copied() != Some(1) {
            continue;
        }
        let used_by_mul = ops[k + 1..].iter().any(|m| {
            m.name == OpName::Mul
                && m.args.len() == 2
                && (m.args[0] == Value::Var(op.result)) != (m.args[1] == Value::Var(op.result))
        });
        if used_by_mul {
            out.push(k);
        }
    }
    out
}

impl RTyper<'_, '_> {
    /// Whether the item of `newlist(c)` (a list annotated `list_s`) is all
    /// zero bits, so the lowering may leave it to a zeroed allocation.
    pub(crate) fn is_zero_item(&mut self, c: &Constant, list_s: &SomeValue) -> bool {
        let repr = self.list_repr_of(list_s);
        let item_s = self.list_item_annotation(list_s);
        match self.const_of_type(c, &item_s, repr.item) {
            LlConst::Null | LlConst::Int(0) | LlConst::Bool(false) | LlConst::Char(0) => true,
            LlConst::Float(f) => f.to_bits() == 0,
            _ => false,
        }
    }

    /// `[zero] * n` as a list of type `result_s`: `max(n, 0)` zeroed items.
    pub(crate) fn zero_repeat(
        &mut self,
        cx: &mut GraphCx,
        n: LlValue,
        result_s: &SomeValue,
    ) -> LlValue {
        let repr = self.list_repr_of(result_s);
        let neg = cx.emit(L::IntLt, vec![n.clone(), LlValue::int(0)], LlType::Bool);
        let len = cx.emit(L::Select, vec![neg, LlValue::int(0), n], LlType::Signed);
        let arr = cx.emit(
            L::MallocVarsize,
            vec![LlValue::void(LlConst::Type(repr.array)), len.clone()],
            LlType::Ptr(repr.array),
        );
        if repr.fixed {
            return arr;
        }
        let l = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(repr.ty))],
            LlType::Ptr(repr.ty),
        );
        cx.emit(L::SetField, vec![l.clone(), fld(0), len], LlType::Void);
        cx.emit(L::SetField, vec![l.clone(), fld(1), arr], LlType::Void);
        l
    }
}
