//! The text form of low-level programs (`translate --rtype`, golden tests).
//!
//! Types first (one line per aggregate: fields with offsets), then prebuilt
//! objects, then every graph:
//!
//! ```text
//! graph f(x_0: Signed) -> Signed
//!   block0(x_0: Signed):
//!     v1: Signed = int_add(x_0, 1)
//!     -> block1(v1)
//! ```
//!
//! Variables print as `name_N` (or `vN`); constants as their value, field
//! operands as `.name`, type operands as the type's name, graph operands as
//! the graph's name, helpers as `helper:name`. Output is deterministic.

use std::fmt::Write;

use crate::llgraph::{LlCase, LlConst, LlGraph, LlSwitch, LlValue, LlVarId};
use crate::lltype::{LlType, TypeKind};
use crate::program::{LlProgram, PrebuiltItems};

pub fn print_program(p: &LlProgram) -> String {
    let mut out = String::new();
    print_types(p, &mut out);
    print_prebuilt(p, &mut out);
    for g in &p.graphs {
        out.push_str(&print_graph(p, g));
        out.push('\n');
    }
    out
}

fn print_types(p: &LlProgram, out: &mut String) {
    for (i, def) in p.types.defs.iter().enumerate() {
        let id = crate::lltype::TypeId::new(i);
        let kind = if def.gc { "GcStruct" } else { "Struct" };
        match &def.kind {
            TypeKind::Array { item } => {
                let gc = if def.gc { "GcArray" } else { "Array" };
                let _ = writeln!(out, "type {} = {gc}({})", def.name, p.types.show(*item));
            }
            TypeKind::StructArray { item } => {
                let gc = if def.gc { "GcArray" } else { "Array" };
                let item = &p.types.get(*item).name;
                let _ = writeln!(out, "type {} = {gc}({item})", def.name);
            }
            TypeKind::Struct { fields, varsize } => {
                let layout = def.layout.as_ref();
                let fs: Vec<String> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let off = layout.map_or(String::new(), |l| format!("@{}", l.offsets[i]));
                        let weak = if f.weak { "weak " } else { "" };
                        format!("{}{off}: {weak}{}", f.name, p.types.show(f.ty))
                    })
                    .collect();
                let mut line = format!("type {} = {kind}({}", def.name, fs.join(", "));
                if let Some(v) = varsize {
                    let _ = write!(line, ", [{}]", p.types.show(v.item));
                }
                line.push(')');
                if let Some(tid) = def.gc_tid {
                    let _ = write!(line, "  # tid {tid}");
                }
                if let Some(g) = p.destructor_of(id) {
                    let _ = write!(line, ", destructor @{}", p.graph(g).name);
                }
                if let Some(g) = p.fq_trigger_of(id) {
                    let _ = write!(line, ", finalizer trigger @{}", p.graph(g).name);
                }
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out.push('\n');
}

fn print_prebuilt(p: &LlProgram, out: &mut String) {
    for pb in &p.prebuilt {
        let fs: Vec<String> = pb.fields.iter().map(|c| show_const(p, c)).collect();
        let mut line = format!(
            "prebuilt {}: {} = {{{}}}",
            pb.name,
            p.types.get(pb.ty).name,
            fs.join(", ")
        );
        match &pb.items {
            PrebuiltItems::None => {}
            PrebuiltItems::Bytes(b) => {
                let _ = write!(line, " {}", flowgraph::print::bytes_repr(b));
            }
            PrebuiltItems::Consts(cs) => {
                let items: Vec<String> = cs.iter().map(|c| show_const(p, c)).collect();
                let _ = write!(line, " [{}]", items.join(", "));
            }
            PrebuiltItems::Structs(rows) => {
                let items: Vec<String> = rows
                    .iter()
                    .map(|r| {
                        let fs: Vec<String> = r.iter().map(|c| show_const(p, c)).collect();
                        format!("{{{}}}", fs.join(", "))
                    })
                    .collect();
                let _ = write!(line, " [{}]", items.join(", "));
            }
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
}

/// The text of a constant.
pub fn show_const(p: &LlProgram, c: &LlConst) -> String {
    match c {
        LlConst::Void => "void".into(),
        LlConst::Bool(b) => if *b { "True" } else { "False" }.into(),
        LlConst::Int(i) => i.to_string(),
        LlConst::Float(f) => flowgraph::print::float_repr(*f),
        LlConst::Char(c) => match char::from_u32(*c) {
            Some(ch) => format!("{:?}", ch),
            None => format!("char({c})"),
        },
        LlConst::Null => "null".into(),
        LlConst::Prebuilt(id) => format!("&{}", p.prebuilt[id.index()].name),
        LlConst::Graph(g) => format!("@{}", p.graphs.get(g.index()).map_or("?", |g| &g.name)),
        LlConst::Field(i) => format!(".{i}"),
        LlConst::Type(t) => p.types.get(*t).name.clone(),
        LlConst::Helper(h) => format!("helper:{}", p.helpers[h.index()].name),
        LlConst::Text(t) => format!("{t:?}"),
    }
}

fn var_name(g: &LlGraph, v: LlVarId) -> String {
    match &g.vars[v.index()].name {
        Some(n) => format!("{n}_{}", v.0),
        None => format!("v{}", v.0),
    }
}

fn show_value(p: &LlProgram, g: &LlGraph, v: &LlValue) -> String {
    match v {
        LlValue::Var(v) => var_name(g, *v),
        LlValue::Const(c, _) => show_const(p, c),
    }
}

fn show_type(p: &LlProgram, t: LlType) -> String {
    p.types.show(t)
}

/// The text of one graph.
pub fn print_graph(p: &LlProgram, g: &LlGraph) -> String {
    let mut out = String::new();
    let params: Vec<String> = g
        .params()
        .iter()
        .map(|v| format!("{}: {}", var_name(g, *v), show_type(p, g.var_type(*v))))
        .collect();
    let _ = writeln!(
        out,
        "graph {}({}) -> {}",
        g.name,
        params.join(", "),
        show_type(p, g.result_type())
    );
    for b in g.reachable_blocks() {
        let block = g.block(b);
        let args: Vec<String> = block
            .inputargs
            .iter()
            .map(|v| format!("{}: {}", var_name(g, *v), show_type(p, g.var_type(*v))))
            .collect();
        let what = if b == g.return_block {
            " # return"
        } else if b == g.except_block {
            " # except"
        } else {
            ""
        };
        let _ = writeln!(out, "  block{}({}):{what}", b.0, args.join(", "));
        for (i, op) in block.ops.iter().enumerate() {
            if let LlSwitch::LastException { from } = block.switch {
                if i == from {
                    let _ = writeln!(out, "    try:");
                }
            }
            let args: Vec<String> = op.args.iter().map(|a| show_value(p, g, a)).collect();
            let ty = g.var_type(op.result);
            if ty == LlType::Void {
                let _ = writeln!(out, "    {}({})", op.op, args.join(", "));
            } else {
                let _ = writeln!(
                    out,
                    "    {}: {} = {}({})",
                    var_name(g, op.result),
                    show_type(p, ty),
                    op.op,
                    args.join(", ")
                );
            }
        }
        match &block.switch {
            LlSwitch::Value(v) => {
                let _ = writeln!(out, "    switch {}:", show_value(p, g, v));
            }
            LlSwitch::Unreachable => {
                let _ = writeln!(out, "    unreachable");
            }
            _ => {}
        }
        for link in &block.exits {
            let args: Vec<String> = link.args.iter().map(|a| show_value(p, g, a)).collect();
            let case = match &link.case {
                LlCase::Default => String::new(),
                LlCase::Const(c) => format!("{}: ", show_const(p, c)),
                LlCase::Exception(vt) => {
                    let ev = link
                        .exc_vars
                        .map(|(t, v)| format!(" as ({}, {})", var_name(g, t), var_name(g, v)))
                        .unwrap_or_default();
                    format!("except &{}{ev}: ", p.prebuilt[vt.index()].name)
                }
            };
            let _ = writeln!(
                out,
                "    {case}-> block{}({})",
                link.target.0,
                args.join(", ")
            );
        }
    }
    out
}
