//! The text form of flow graphs (used by `translate --flow` and golden tests).
//!
//! Deterministic: blocks are numbered in depth-first order from the start
//! block and variables are named after their source name with a counter
//! (`x_0`, `x_1`) or `v0`, `v1` when they have none, in order of appearance.

use std::collections::HashMap;
use std::fmt::Write;

use crate::{BlockId, Constant, ExitCase, ExitSwitch, Graph, ObjRef, Value, VarId};

/// Renders heap objects referenced by constants (implemented by the owner of
/// the compile-time heap).
pub trait ConstNamer {
    fn obj_name(&self, obj: ObjRef) -> String;
    /// Where a source span is, as `file:line`.
    fn location(&self, span: crate::Span) -> String;
}

/// Formats a float exactly as Python's `repr` does: the shortest digits
/// that round-trip, in fixed notation when the decimal exponent is in
/// `-4..16`, otherwise in scientific notation with at least two exponent
/// digits.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let body = if (-4..16).contains(&exp) {
        if exp < 0 {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                format!("{}{}.0", digits, "0".repeat(point - digits.len()))
            } else {
                format!("{}.{}", &digits[..point], &digits[point..])
            }
        }
    } else {
        let rest = if digits.len() > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{}{}e{}{:02}", &digits[..1], rest, esign, exp.abs())
    };
    format!("{sign}{body}")
}

/// Python-style `repr` of a string.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python-style `repr` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push('\'');
    out
}

pub fn constant_repr(c: &Constant, names: &dyn ConstNamer) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::SizedInt(k, bits) => format!("{}({})", k.py_name(), k.value(*bits)),
        Constant::Float(f) => float_repr(*f),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Obj(o) => names.obj_name(*o),
    }
}

/// Names the variables and blocks of one graph as the text form does:
/// blocks numbered in depth-first order from the start block, variables
/// `name_N` (or `vN`) in order of first request. Shared by every renderer of
/// graphs so they all use the same names.
pub struct GraphNames<'g> {
    graph: &'g Graph,
    var_names: HashMap<VarId, String>,
    counters: HashMap<String, usize>,
    block_nums: HashMap<BlockId, usize>,
}

impl<'g> GraphNames<'g> {
    pub fn new(graph: &'g Graph) -> GraphNames<'g> {
        let block_nums = graph
            .reachable_blocks()
            .into_iter()
            .filter(|b| *b != graph.return_block && *b != graph.except_block)
            .enumerate()
            .map(|(i, b)| (b, i))
            .collect();
        GraphNames {
            graph,
            var_names: HashMap::new(),
            counters: HashMap::new(),
            block_nums,
        }
    }
    pub fn var(&mut self, v: VarId) -> String {
        if let Some(n) = self.var_names.get(&v) {
            return n.clone();
        }
        let base = match &self.graph.vars[v.index()].name {
            Some(n) => format!("{n}_"),
            None => "v".to_string(),
        };
        let counter = self.counters.entry(base.clone()).or_insert(0);
        let name = format!("{base}{counter}");
        *counter += 1;
        self.var_names.insert(v, name.clone());
        name
    }
    pub fn value(&mut self, v: &Value, names: &dyn ConstNamer) -> String {
        match v {
            Value::Var(v) => self.var(*v),
            Value::Const(c) => constant_repr(c, names),
        }
    }
    /// Comma-separated values.
    pub fn values(&mut self, vs: &[Value], names: &dyn ConstNamer) -> String {
        vs.iter()
            .map(|v| self.value(v, names))
            .collect::<Vec<_>>()
            .join(", ")
    }
    /// Comma-separated variables.
    pub fn vars(&mut self, vs: &[VarId]) -> String {
        vs.iter()
            .map(|v| self.var(*v))
            .collect::<Vec<_>>()
            .join(", ")
    }
    pub fn block(&self, b: BlockId) -> String {
        if b == self.graph.return_block {
            "return".into()
        } else if b == self.graph.except_block {
            "except".into()
        } else {
            format!("block{}", self.block_nums[&b])
        }
    }
}

/// Renders one graph.
pub fn print_graph(graph: &Graph, names: &dyn ConstNamer) -> String {
    print_graph_annotated(graph, names, &|_| None, "")
}

/// Renders one graph with a type after each variable binding
/// (`x_0: int`, `v3: str = getattr(...)`) as given by `annotation`, and
/// `header_suffix` after the parameter list (e.g. ` -> int`).
pub fn print_graph_annotated(
    graph: &Graph,
    names: &dyn ConstNamer,
    annotation: &dyn Fn(VarId) -> Option<String>,
    header_suffix: &str,
) -> String {
    let order: Vec<BlockId> = graph
        .reachable_blocks()
        .into_iter()
        .filter(|b| *b != graph.return_block && *b != graph.except_block)
        .collect();
    let mut n = GraphNames::new(graph);
    let mut out = String::new();
    let typed = |n: &mut GraphNames, v: VarId| match annotation(v) {
        Some(t) => format!("{}: {t}", n.var(v)),
        None => n.var(v),
    };
    let params: Vec<String> = graph.params().iter().map(|v| typed(&mut n, *v)).collect();
    let _ = writeln!(
        out,
        "graph {}({}){header_suffix}  # {}",
        graph.name,
        params.join(", "),
        names.location(graph.span)
    );
    for b in order {
        let block = graph.block(b);
        let args: Vec<String> = if b == graph.start {
            block.inputargs.iter().map(|v| n.var(*v)).collect()
        } else {
            block.inputargs.iter().map(|v| typed(&mut n, *v)).collect()
        };
        let _ = writeln!(out, "  {}({}):", n.block(b), args.join(", "));
        for op in &block.ops {
            let args: Vec<String> = op.args.iter().map(|a| n.value(a, names)).collect();
            let res = typed(&mut n, op.result);
            let _ = writeln!(out, "    {} = {}({})", res, op.name, args.join(", "));
        }
        let switch = match block.switch() {
            ExitSwitch::None => None,
            ExitSwitch::Value(v) => Some(n.value(v, names)),
            ExitSwitch::LastException => Some("last_exception".into()),
        };
        if let Some(s) = &switch {
            let _ = writeln!(out, "    switch {s}:");
        }
        for link in &block.exits {
            let case = match &link.exitcase {
                ExitCase::Default if switch.is_some() => "ok ".to_string(),
                ExitCase::Default => String::new(),
                ExitCase::Const(c) => format!("{} ", constant_repr(c, names)),
                ExitCase::Exception(c) => format!("{} ", constant_repr(c, names)),
            };
            let extra = match link.exc_vars {
                Some((t, v)) => format!(" [{}, {}]", n.var(t), n.var(v)),
                None => String::new(),
            };
            let args: Vec<String> = link.args.iter().map(|a| n.value(a, names)).collect();
            let indent = if switch.is_some() { "      " } else { "    " };
            let _ = writeln!(
                out,
                "{indent}{case}-> {}({}){extra}",
                n.block(link.target),
                args.join(", ")
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (123456.789, "123456.789"),
            (1e100, "1e+100"),
            (2.5e-5, "2.5e-05"),
            (1.0 / 3.0, "0.3333333333333333"),
            (f64::INFINITY, "inf"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr of {f:e}");
        }
    }
}
