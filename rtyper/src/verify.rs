//! The invariants of low-level graphs, checked after the rtyper and after
//! every transform in debug builds (and by tests).
//!
//! * SSA: each variable defined once (input argument, op result, exception
//!   link variable) and used only in its block (or on its links);
//! * link arity and types match the target's input arguments;
//! * ops follow their [`TypeRule`] in the op table; helper calls match the
//!   helper's signature;
//! * a `LastException` region starts inside its block; switch cases are
//!   constants of the switched value's type.

use crate::llgraph::{LlConst, LlGraph, LlSwitch, LlValue};
use crate::llops::{LlOpName, TypeRule};
use crate::lltype::LlType;
use crate::program::LlProgram;
use crate::runtime_names::HType;

/// Returns the first violation found in graph `g`, if any.
pub fn verify_graph(p: &LlProgram, g: &LlGraph) -> Result<(), String> {
    let mut defined = vec![None; g.vars.len()];
    let blocks = g.reachable_blocks();
    let here = |b: usize, what: String| format!("{}: block{}: {}", g.name, b, what);
    for &b in &blocks {
        let block = g.block(b);
        for v in &block.inputargs {
            if defined[v.index()].replace(b).is_some() {
                return Err(here(b.index(), format!("v{} defined twice", v.0)));
            }
        }
        for op in &block.ops {
            if defined[op.result.index()].replace(b).is_some() {
                return Err(here(b.index(), format!("v{} defined twice", op.result.0)));
            }
        }
    }
    for &b in &blocks {
        let block = g.block(b);
        let local = |v: &LlValue| match v {
            LlValue::Var(v) => defined[v.index()] == Some(b),
            LlValue::Const(..) => true,
        };
        for op in &block.ops {
            for a in &op.args {
                if !local(a) {
                    return Err(here(
                        b.index(),
                        format!("{} uses a variable of another block", op.op),
                    ));
                }
            }
            check_op(p, g, op.op, &op.args, g.var_type(op.result))
                .map_err(|m| here(b.index(), format!("{}: {m}", op.op)))?;
        }
        if let LlSwitch::LastException { from } = block.switch {
            if from > block.ops.len() {
                return Err(here(b.index(), "protected region past the end".into()));
            }
        }
        for link in &block.exits {
            let target = g.block(link.target);
            if link.args.len() != target.inputargs.len() {
                return Err(here(
                    b.index(),
                    format!("link to block{} has the wrong arity", link.target.0),
                ));
            }
            for (a, t) in link.args.iter().zip(&target.inputargs) {
                let exc_var = matches!(a, LlValue::Var(v) if link.exc_vars.is_some_and(|(x, y)| x == *v || y == *v));
                if !exc_var && !local(a) {
                    return Err(here(
                        b.index(),
                        "link uses a variable of another block".into(),
                    ));
                }
                if g.value_type(a) != g.var_type(*t) {
                    return Err(here(
                        b.index(),
                        format!(
                            "link to block{} passes {} for {}",
                            link.target.0,
                            p.types.show(g.value_type(a)),
                            p.types.show(g.var_type(*t))
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

fn check_op(
    p: &LlProgram,
    g: &LlGraph,
    op: LlOpName,
    args: &[LlValue],
    result: LlType,
) -> Result<(), String> {
    let ty = |i: usize| args.get(i).map(|a| g.value_type(a));
    let int_like = |t: LlType| t.is_int() || t == LlType::Bool;
    match op.desc().rule {
        TypeRule::IntBinary => {
            let (a, b) = (ty(0).ok_or("arity")?, ty(1).ok_or("arity")?);
            if !(int_like(a) && a == b && result == a) {
                return Err(format!(
                    "expects two integers of one type, got {} and {} -> {}",
                    p.types.show(a),
                    p.types.show(b),
                    p.types.show(result)
                ));
            }
        }
        TypeRule::IntUnary => {
            let a = ty(0).ok_or("arity")?;
            if !(a.is_int() && result == a) {
                return Err(format!("expects an integer, got {}", p.types.show(a)));
            }
        }
        TypeRule::PrimCompare => {
            let (a, b) = (ty(0).ok_or("arity")?, ty(1).ok_or("arity")?);
            let ok = a == b
                && (int_like(a) || matches!(a, LlType::Char | LlType::UniChar))
                && result == LlType::Bool;
            if !ok {
                return Err(format!(
                    "expects two primitives of one type, got {} and {}",
                    p.types.show(a),
                    p.types.show(b)
                ));
            }
        }
        TypeRule::FloatBinary | TypeRule::FloatCompare => {
            if ty(0) != Some(LlType::Float) || ty(1) != Some(LlType::Float) {
                return Err("expects two floats".into());
            }
        }
        TypeRule::FloatUnary => {
            if ty(0) != Some(LlType::Float) {
                return Err("expects a float".into());
            }
        }
        TypeRule::PtrCompare => {
            let (a, b) = (ty(0).ok_or("arity")?, ty(1).ok_or("arity")?);
            if a != b || !matches!(a, LlType::Ptr(_) | LlType::FuncPtr(_)) {
                return Err("expects two pointers of one type".into());
            }
        }
        TypeRule::PtrTest => {
            if !matches!(ty(0), Some(LlType::Ptr(_) | LlType::FuncPtr(_))) {
                return Err("expects a pointer".into());
            }
        }
        TypeRule::Special => {
            if op == LlOpName::CallHelper {
                check_helper_call(p, g, args)?;
            }
            if op == LlOpName::Select {
                let (c, a, b) = (
                    ty(0).ok_or("arity")?,
                    ty(1).ok_or("arity")?,
                    ty(2).ok_or("arity")?,
                );
                if args.len() != 3 || c != LlType::Bool || a != b || result != a {
                    return Err(format!(
                        "expects (Bool, T, T) -> T, got ({}, {}, {}) -> {}",
                        p.types.show(c),
                        p.types.show(a),
                        p.types.show(b),
                        p.types.show(result)
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A `call_helper` passes one argument of the right type per parameter.
fn check_helper_call(p: &LlProgram, g: &LlGraph, args: &[LlValue]) -> Result<(), String> {
    let Some(LlValue::Const(LlConst::Helper(h), _)) = args.first() else {
        return Err("the first operand is not a helper".into());
    };
    let desc = p.helpers[h.index()];
    if args.len() - 1 != desc.params.len() {
        return Err(format!(
            "{} takes {} arguments, got {}",
            desc.name,
            desc.params.len(),
            args.len() - 1
        ));
    }
    for (i, (a, want)) in args[1..].iter().zip(desc.params).enumerate() {
        let t = g.value_type(a);
        let ok = match want {
            HType::Void => t == LlType::Void,
            HType::Bool => t == LlType::Bool,
            HType::Signed => t == LlType::Signed,
            HType::Unsigned => t == LlType::Unsigned,
            HType::Float => t == LlType::Float,
            HType::UniChar => t == LlType::UniChar,
            HType::Tid => matches!(a, LlValue::Const(LlConst::Type(_), _)),
            HType::Str => Some(t) == p.str_type.map(LlType::Ptr),
            HType::List | HType::Array | HType::Dict | HType::GcPtr => {
                matches!(t, LlType::Ptr(_))
            }
        };
        if !ok {
            return Err(format!(
                "{}: argument {} is {}, expected {:?}",
                desc.name,
                i + 1,
                p.types.show(t),
                want
            ));
        }
    }
    Ok(())
}

/// Verifies every graph of a program.
pub fn verify(p: &LlProgram) -> Result<(), String> {
    for g in &p.graphs {
        verify_graph(p, g)?;
    }
    Ok(())
}
