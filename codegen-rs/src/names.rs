//! Rust names for the things of a low-level program: types, statics,
//! functions and variables, all made unique and valid identifiers up front
//! so every emitter spells an item the same way.
//!
//! Prefixes keep the namespaces apart and clear of Rust's prelude and of
//! the names the emitters add themselves (`rpy_*`): functions are `g_*`
//! (as PyPy's `pypy_g_*`), statics `S_*`, prebuilt var-sized shapes
//! `Pre_*`; struct names keep the rtyper's names (`Inst_Frame`).

use proc_macro2::{Ident, Span};
use rtyper::llgraph::LlGraph;
use rtyper::LlProgram;

/// The identifiers of one program.
pub struct Names {
    pub types: Vec<String>,
    pub graphs: Vec<String>,
    pub statics: Vec<String>,
    /// Per type: its fields' names.
    pub fields: Vec<Vec<String>>,
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union", "hdr",
    "items",
];

/// `text` with every character that cannot appear in an identifier
/// replaced by `_` (and a leading `_` if it starts with a digit).
pub fn sanitize(text: &str) -> String {
    let mut s: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// Makes names unique by appending `_2`, `_3`... to repeats.
fn uniquify(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    names
        .into_iter()
        .map(|n| {
            let mut cand = n.clone();
            let mut k = 2;
            while !seen.insert(cand.clone()) {
                cand = format!("{n}_{k}");
                k += 1;
            }
            cand
        })
        .collect()
}

impl Names {
    pub fn new(p: &LlProgram) -> Names {
        let types = uniquify(p.types.defs.iter().map(|d| sanitize(&d.name)).collect());
        let graphs = uniquify(
            p.graphs
                .iter()
                .map(|g| format!("g_{}", sanitize(&g.name).trim_start_matches('_')))
                .collect(),
        );
        let statics = uniquify(
            p.prebuilt
                .iter()
                .map(|s| format!("S_{}", sanitize(&s.name).trim_start_matches('_')))
                .collect(),
        );
        let fields = (0..p.types.defs.len())
            .map(|i| {
                let id = rtyper::lltype::TypeId::new(i);
                let fs = match &p.types.get(id).kind {
                    rtyper::lltype::TypeKind::Struct { fields, .. } => fields.as_slice(),
                    rtyper::lltype::TypeKind::Array { .. }
                    | rtyper::lltype::TypeKind::StructArray { .. } => &[],
                };
                uniquify(fs.iter().map(|f| sanitize(&f.name)).collect())
            })
            .collect();
        Names {
            types,
            graphs,
            statics,
            fields,
        }
    }
}

/// An identifier token.
pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The Rust name of each variable of a graph (`total_4`, `v17`).
pub fn var_names(g: &LlGraph) -> Vec<Ident> {
    g.vars
        .iter()
        .enumerate()
        .map(|(i, v)| match &v.name {
            Some(n) => {
                let base = sanitize(n);
                let base = base.trim_end_matches('_');
                if base.is_empty() {
                    ident(&format!("v{i}"))
                } else {
                    ident(&format!("{base}_{i}"))
                }
            }
            None => ident(&format!("v{i}")),
        })
        .collect()
}
