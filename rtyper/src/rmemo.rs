//! Calls of `specialize.memo()` functions.
//!
//! The annotator ran the function at annotation time on every combination
//! of the constant values its arguments can have (`annotator::calls::
//! MemoCall`). A call whose arguments are all constants becomes the
//! constant result (a prebuilt object); an argument with several possible
//! values (a PBC of several classes or functions, a bool, a nullable PBC)
//! selects among the results with a chain of `select` ops keyed by the
//! argument's run-time value.

use annotator::calls::{MemoCall, ParamSource};
use annotator::{Desc, SomeValue};
use flowgraph::Constant;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;

impl RTyper<'_, '_> {
    /// The result of the `specialize.memo()` call at the current op, if it
    /// is one.
    pub(crate) fn lower_memo_call(
        &mut self,
        cx: &mut GraphCx,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Option<Result<LlValue, String>> {
        let memo = self.ann.memo_calls.get(&cx.pos)?.clone();
        Some(self.memo_result(cx, &memo, args, result_s))
    }

    fn memo_result(
        &mut self,
        cx: &mut GraphCx,
        memo: &MemoCall,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        // The run-time value of each parameter that has several values.
        let kwnames: Vec<_> = args.keywords.iter().map(|(k, _, _)| k.clone()).collect();
        let plan = self
            .ann
            .bind_plan(memo.func, args.positional.len(), &kwnames)?;
        let mut values: Vec<Option<(LlValue, SomeValue)>> = Vec::new();
        for (p, src) in plan.iter().enumerate() {
            let several = memo.choices.get(p).is_some_and(|c| c.len() > 1);
            values.push(match (several, src) {
                (false, _) => None,
                (true, ParamSource::Arg(k)) => Some(args.positional[*k].clone()),
                (true, ParamSource::Keyword(k)) => {
                    Some((args.keywords[*k].1.clone(), args.keywords[*k].2.clone()))
                }
                (true, _) => {
                    return Err(not_supported(
                        "a specialize.memo() argument with several values passed this way",
                    ))
                }
            });
        }
        let mut conds = memo.choices.iter().map(|c| vec![None; c.len()]).collect();
        self.memo_select(cx, memo, &values, &mut conds, 0, 0, result_s)
    }

    /// The result among the combinations that agree with `base` on the
    /// parameters before `p` (and use the first value of the others);
    /// `conds[p][j]`: the test "parameter `p` has its `j`-th value", once
    /// emitted.
    fn memo_select(
        &mut self,
        cx: &mut GraphCx,
        memo: &MemoCall,
        values: &[Option<(LlValue, SomeValue)>],
        conds: &mut Vec<Vec<Option<LlValue>>>,
        p: usize,
        base: usize,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if p == memo.choices.len() {
            let c = memo.results[base].clone();
            let ty = self.lltype(result_s);
            if ty == LlType::Void {
                return Ok(LlValue::void(LlConst::Void));
            }
            let k = self.const_of_type(&c, result_s, ty);
            return Ok(LlValue::Const(k, ty));
        }
        let Some((v, s)) = values.get(p).cloned().flatten() else {
            return self.memo_select(cx, memo, values, conds, p + 1, base, result_s);
        };
        let choices = memo.choices[p].clone();
        let n = choices.len();
        let mut acc = {
            let k = memo.with_choice(base, p, n - 1);
            self.memo_select(cx, memo, values, conds, p + 1, k, result_s)?
        };
        for j in (0..n - 1).rev() {
            let k = memo.with_choice(base, p, j);
            let here = self.memo_select(cx, memo, values, conds, p + 1, k, result_s)?;
            let cond = match conds[p][j].clone() {
                Some(c) => c,
                None => {
                    let c = self.memo_arg_is(cx, v.clone(), &s, &choices[j])?;
                    conds[p][j] = Some(c.clone());
                    c
                }
            };
            let ty = cx.ty(&acc);
            acc = cx.emit(L::Select, vec![cond, here, acc], ty);
        }
        Ok(acc)
    }

    /// `v is c` for a memo argument `v` (annotated `s`) and one of its
    /// constant values.
    fn memo_arg_is(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        c: &Constant,
    ) -> Result<LlValue, String> {
        let ty = cx.ty(&v);
        match (c, ty) {
            (Constant::Bool(b), LlType::Bool) => Ok(if *b {
                v
            } else {
                cx.emit(L::BoolNot, vec![v], LlType::Bool)
            }),
            (Constant::None, LlType::Ptr(_) | LlType::FuncPtr(_)) => {
                Ok(cx.emit(L::PtrIsNull, vec![v], LlType::Bool))
            }
            (Constant::Obj(r), LlType::Ptr(_) | LlType::FuncPtr(_)) => {
                let heap = &self.ann.interp.heap;
                let desc = if heap.as_class(*r).is_some() {
                    Desc::Class(*r)
                } else if heap.as_function(*r).is_some() {
                    Desc::Func(*r)
                } else {
                    return Err(not_supported(&format!(
                        "a specialize.memo() argument that is {} with several values",
                        s.kind_word()
                    )));
                };
                let k = self
                    .func_pbc_const(&desc)
                    .ok_or_else(|| not_supported("this specialize.memo() argument"))?;
                Ok(cx.emit(L::PtrEq, vec![v, LlValue::Const(k, ty)], LlType::Bool))
            }
            _ => Err(not_supported(&format!(
                "a specialize.memo() argument that is {} with several values",
                s.kind_word()
            ))),
        }
    }
}
