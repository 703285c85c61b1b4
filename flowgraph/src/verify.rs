//! The graph verifier: checks the invariants listed in the crate docs.
//!
//! Run after every pass in debug builds; a failure is a translator bug.

use std::collections::HashSet;

use crate::{ExitCase, ExitSwitch, Graph, Value, VarId};

/// Checks `graph`; returns a description of the first broken invariant.
pub fn verify(graph: &Graph) -> Result<(), String> {
    let err = |msg: String| Err(format!("graph {}: {msg}", graph.name));
    if graph.block(graph.return_block).inputargs.len() != 1 {
        return err("return block must have one input argument".into());
    }
    if graph.block(graph.except_block).inputargs.len() != 2 {
        return err("except block must have two input arguments".into());
    }
    let mut defined_anywhere: HashSet<VarId> = HashSet::new();
    for b in graph.reachable_blocks() {
        let block = graph.block(b);
        let mut defined: HashSet<VarId> = HashSet::new();
        let define = |defined: &mut HashSet<VarId>,
                      defined_anywhere: &mut HashSet<VarId>,
                      v: VarId,
                      what: &str|
         -> Result<(), String> {
            if !defined_anywhere.insert(v) {
                return Err(format!(
                    "graph {}: block{} {what}: variable v{} defined twice",
                    graph.name, b.0, v.0
                ));
            }
            defined.insert(v);
            Ok(())
        };
        for v in &block.inputargs {
            define(&mut defined, &mut defined_anywhere, *v, "input argument")?;
        }
        let uses_ok = |defined: &HashSet<VarId>, v: &Value| match v {
            Value::Var(v) => defined.contains(v),
            Value::Const(_) => true,
        };
        for op in &block.ops {
            if let Some(n) = op.name.desc().arity {
                if op.args.len() != n {
                    return err(format!(
                        "{} takes {n} arguments, has {}",
                        op.name,
                        op.args.len()
                    ));
                }
            }
            for a in &op.args {
                if !uses_ok(&defined, a) {
                    return err(format!(
                        "block{}: {} uses an undefined variable",
                        b.0, op.name
                    ));
                }
            }
            define(&mut defined, &mut defined_anywhere, op.result, "op result")?;
        }
        let is_final = b == graph.return_block || b == graph.except_block;
        if is_final != block.exits.is_empty() {
            return err(format!(
                "block{}: only the return and except blocks may have no exits",
                b.0
            ));
        }
        match block.switch() {
            ExitSwitch::None => {
                if block.exits.len() > 1 {
                    return err(format!("block{}: several exits but no exitswitch", b.0));
                }
            }
            ExitSwitch::Value(v) => {
                if !uses_ok(&defined, v) {
                    return err(format!(
                        "block{}: exitswitch uses an undefined variable",
                        b.0
                    ));
                }
                if block
                    .exits
                    .iter()
                    .any(|l| !matches!(l.exitcase, ExitCase::Const(_)))
                {
                    return err(format!("block{}: switch exits need constant cases", b.0));
                }
            }
            ExitSwitch::LastException => {
                if block.ops.is_empty() {
                    return err(format!("block{}: last_exception switch without an op", b.0));
                }
                if block.exits.first().map(|l| &l.exitcase) != Some(&ExitCase::Default) {
                    return err(format!(
                        "block{}: exits[0] must be the no-exception exit",
                        b.0
                    ));
                }
                if block.exits[1..]
                    .iter()
                    .any(|l| !matches!(l.exitcase, ExitCase::Exception(_)) || l.exc_vars.is_none())
                {
                    return err(format!(
                        "block{}: exception exits need a class and exception variables",
                        b.0
                    ));
                }
            }
        }
        for (i, link) in block.exits.iter().enumerate() {
            let mut scope = defined.clone();
            if let Some((t, v)) = link.exc_vars {
                scope.insert(t);
                scope.insert(v);
            }
            // The protected op's result is not available on exception exits.
            if *block.switch() == ExitSwitch::LastException && i > 0 {
                if let Some(last) = block.ops.last() {
                    scope.remove(&last.result);
                }
            }
            for a in &link.args {
                if !uses_ok(&scope, a) {
                    return err(format!(
                        "block{}: link to block{} uses an undefined variable",
                        b.0, link.target.0
                    ));
                }
            }
            if !link.spans.is_empty() && link.spans.len() != link.args.len() {
                return err(format!(
                    "block{}: link to block{} has {} source spans for {} arguments \
                     (must be empty or one per argument)",
                    b.0,
                    link.target.0,
                    link.spans.len(),
                    link.args.len()
                ));
            }
            let target = graph.block(link.target);
            if target.inputargs.len() != link.args.len() {
                return err(format!(
                    "block{}: link passes {} values to block{} which takes {}",
                    b.0,
                    link.args.len(),
                    link.target.0,
                    target.inputargs.len()
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Constant, FileId, Link, Op, OpName, Span};

    fn span() -> Span {
        Span {
            file: FileId(0),
            start: 0,
            end: 0,
        }
    }

    #[test]
    fn accepts_a_simple_graph_and_rejects_bad_arity() {
        let mut g = Graph::new("f".into(), span(), &["x".into()]);
        let x = g.params()[0];
        let r = g.new_var(None);
        let start = g.start;
        let ret = g.return_block;
        g.block_mut(start).ops.push(Op {
            name: OpName::Add,
            args: vec![Value::Var(x), Value::Const(Constant::Int(1))],
            result: r,
            span: span(),
        });
        g.block_mut(start).exits.push(Link {
            args: vec![Value::Var(r)],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![],
        });
        assert_eq!(verify(&g), Ok(()));
        g.block_mut(start).exits[0].args.push(Value::Var(x));
        assert!(verify(&g).unwrap_err().contains("passes 2 values"));
    }

    #[test]
    fn rejects_use_of_a_variable_from_another_block() {
        let mut g = Graph::new("f".into(), span(), &["x".into()]);
        let x = g.params()[0];
        let b = g.new_block(vec![]);
        let start = g.start;
        let ret = g.return_block;
        g.block_mut(start).exits.push(Link {
            args: vec![],
            target: b,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![],
        });
        g.block_mut(b).exits.push(Link {
            args: vec![Value::Var(x)],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![],
        });
        assert!(verify(&g).unwrap_err().contains("undefined variable"));
    }

    #[test]
    fn checks_link_span_count() {
        let mut g = Graph::new("f".into(), span(), &["x".into()]);
        let x = g.params()[0];
        let start = g.start;
        let ret = g.return_block;
        g.block_mut(start).exits.push(Link {
            args: vec![Value::Var(x)],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![Some(span())],
        });
        assert_eq!(verify(&g), Ok(()));
        g.block_mut(start).exits[0].spans.clear();
        assert_eq!(verify(&g), Ok(()));
        g.block_mut(start).exits[0].spans = vec![None, None];
        assert!(verify(&g)
            .unwrap_err()
            .contains("2 source spans for 1 arguments"));
    }
}
