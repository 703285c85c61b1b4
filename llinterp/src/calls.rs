//! Handlers of calls (between graphs, through function pointers, of
//! runtime helpers) and of the control operations (`stop_iteration_unless`,
//! `select`, `same_as`, JIT markers, `ll_assert`, `stack_check`).

use rtyper::llgraph::LlConst;
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::runtime_names::HType;
use runtime::exc::Builtin;

use crate::eval::OpCx;
use crate::heap::tid;
use crate::table::Handler;
use crate::value::funcptr_graph;

fn raise(kind: Builtin, msg: &str) {
    // SAFETY: the GC (and so the exception state) is initialized.
    unsafe { runtime::exc::raise_builtin(kind, msg) }
}

/// `call_helper(helper, args...)`: the runtime function from the registry,
/// with type operands passed as GC type ids.
fn call_helper(cx: &OpCx) -> u64 {
    let LlConst::Helper(h) = *cx.operand(0) else {
        panic!("call_helper of a non-constant helper")
    };
    let desc = cx.it.p.helpers[h.index()];
    let words: Vec<u64> = desc
        .params
        .iter()
        .enumerate()
        .map(|(k, ht)| match ht {
            HType::Tid => match cx.operand(k + 1) {
                LlConst::Type(t) => tid(cx.it.p, *t) as u64,
                other => panic!("{}: type-id argument {other:?}", desc.name),
            },
            HType::Str | HType::List | HType::Array | HType::Dict | HType::GcPtr => {
                let w = cx.arg(k + 1);
                if w != 0 && w < crate::memops::LOWEST_ADDRESS {
                    runtime::stack::fatal(&format!(
                        "{} in {}: argument {} is {w:#x}, not a pointer (ill-typed graph)",
                        desc.name,
                        cx.g.name,
                        k + 1
                    ));
                }
                w
            }
            _ => cx.arg(k + 1),
        })
        .collect();
    let helper = cx.it.helpers[h.index()];
    // SAFETY: the rtyper passes arguments of the helper's signature; GC
    // pointers among them are live objects (the helper roots them itself).
    unsafe { (helper.call)(&words) }
}

/// The handlers of this module.
pub fn handlers() -> Vec<(L, Handler)> {
    vec![
        (L::DirectCall, |cx| {
            let LlConst::Graph(g) = *cx.operand(0) else {
                panic!("direct_call of a non-constant graph")
            };
            cx.it.call(g, &cx.args[1..]).unwrap_or(0)
        }),
        (L::IndirectCall, |cx| match funcptr_graph(cx.arg(0)) {
            Some(g) => cx.it.call(g, &cx.args[1..]).unwrap_or(0),
            None => runtime::stack::fatal("call through a null function pointer"),
        }),
        (L::CallHelper, call_helper),
        (L::StopIterationUnless, |cx| {
            if cx.arg(0) == 0 {
                raise(Builtin::StopIteration, "");
            }
            0
        }),
        (L::SameAs, |cx| cx.arg(0)),
        (L::Select, |cx| {
            if cx.arg(0) != 0 {
                cx.arg(1)
            } else {
                cx.arg(2)
            }
        }),
        (L::JitMarker, |cx| {
            if cx.rty() == LlType::Void {
                return 0;
            }
            let k = cx
                .op
                .args
                .iter()
                .position(|v| !matches!(v, rtyper::llgraph::LlValue::Const(LlConst::Text(_), _)))
                .expect("a jit marker with a result has an operand");
            cx.arg(k)
        }),
        (L::ExcSetLocation, |cx| {
            // Records the raise site (numbered only by the exception
            // transform, so -1 here: the interpreter reports no location).
            runtime::exc::set_location(cx.arg(0) as i64);
            0
        }),
        (L::Assert, |cx| {
            if cx.arg(0) == 0 {
                let msg = match cx.op.args.get(1).map(|_| cx.operand(1)) {
                    Some(LlConst::Text(t)) => format!("ll_assert failed: {t}"),
                    _ => "ll_assert failed".to_string(),
                };
                runtime::stack::fatal(&msg);
            }
            0
        }),
        (L::StackCheck, |_| {
            // SAFETY: reads the run time's stack limit on the program's thread.
            if unsafe { runtime::stack::check() } {
                raise(Builtin::StackOverflow, "maximum recursion depth exceeded");
            }
            0
        }),
    ]
}
