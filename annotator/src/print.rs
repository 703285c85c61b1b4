//! Text output of the annotator: the type notation, annotated graphs
//! (`translate -a`) and the summary of classes and attributes.
//!
//! The notation is Python-like: `int`, `int(nonneg)`, `Literal[5]`,
//! `str | None`, `list[int]`, `dict[str, int]`, `tuple[int, str]`,
//! `tuple[()]`, class names for instances, `<function f>` for prebuilt
//! constants, `iterator[int]`, `Never` for no value.

use std::fmt::Write;

use flowgraph::print::{bytes_repr, float_repr, print_graph_annotated, str_repr};
use frontend::flow::HeapNamer;

use crate::model::{Desc, IntType, IterHow, SomeValue};
use crate::{Annotator, GraphId};

pub fn describe(ann: &Annotator, s: &SomeValue) -> String {
    let mut out = String::new();
    write_value(ann, s, &mut out, 0);
    out
}

fn write_value(ann: &Annotator, s: &SomeValue, out: &mut String, depth: usize) {
    if depth > 6 {
        out.push_str("...");
        return;
    }
    let nullable = |out: &mut String, n: bool| {
        if n {
            out.push_str(" | None");
        }
    };
    match s {
        SomeValue::Impossible => out.push_str("Never"),
        SomeValue::None => out.push_str("None"),
        SomeValue::Bool { konst: Some(b), .. } => {
            let _ = write!(out, "Literal[{}]", if *b { "True" } else { "False" });
        }
        SomeValue::Bool { .. } => out.push_str("bool"),
        SomeValue::Int {
            ty: IntType::Int,
            konst: Some(k),
            ..
        } => {
            let _ = write!(out, "Literal[{k}]");
        }
        SomeValue::Int { ty, nonneg, .. } => {
            out.push_str(ty.name());
            if *nonneg && *ty == IntType::Int {
                out.push_str("(nonneg)");
            }
        }
        SomeValue::Float { konst: Some(bits) } => {
            let _ = write!(out, "Literal[{}]", float_repr(f64::from_bits(*bits)));
        }
        SomeValue::Float { .. } => out.push_str("float"),
        SomeValue::Char { konst: Some(c) } => {
            let _ = write!(out, "Literal[{}]", str_repr(&c.to_string()));
        }
        SomeValue::Char { .. } => out.push_str("char"),
        SomeValue::Str { nullable: n, konst } => {
            match konst {
                Some(k) => {
                    let _ = write!(out, "Literal[{}]", str_repr(k));
                }
                None => out.push_str("str"),
            }
            nullable(out, *n);
        }
        SomeValue::Bytes { nullable: n, konst } => {
            match konst {
                Some(k) => {
                    let _ = write!(out, "Literal[{}]", bytes_repr(k));
                }
                None => out.push_str("bytes"),
            }
            nullable(out, *n);
        }
        SomeValue::List { def, nullable: n } => {
            out.push_str("list[");
            let item = ann.list_item_peek(*def);
            write_value(ann, &item, out, depth + 1);
            out.push(']');
            nullable(out, *n);
        }
        SomeValue::Dict { def, nullable: n } => {
            out.push_str("dict[");
            let (k, v) = ann.dict_peek(*def);
            write_value(ann, &k, out, depth + 1);
            out.push_str(", ");
            write_value(ann, &v, out, depth + 1);
            out.push(']');
            nullable(out, *n);
        }
        SomeValue::Tuple(items) => {
            out.push_str("tuple[");
            if items.is_empty() {
                out.push_str("()");
            }
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(ann, it, out, depth + 1);
            }
            out.push(']');
        }
        SomeValue::Instance { class, nullable: n } => {
            out.push_str(ann.class_name(*class));
            nullable(out, *n);
        }
        SomeValue::Pbc { descs, nullable: n } => {
            for (i, d) in descs.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                out.push_str(&desc_name(ann, d));
            }
            nullable(out, *n);
        }
        SomeValue::Iter { source, how } => {
            out.push_str("iterator[");
            let item = ann.iter_item_peek(source, *how);
            write_value(ann, &item, out, depth + 1);
            out.push(']');
        }
        SomeValue::Range { .. } => out.push_str("range"),
        SomeValue::TypeOf { nullable, .. } => {
            out.push_str("type");
            if *nullable {
                out.push_str(" | None");
            }
        }
        SomeValue::Builtin(r) => out.push_str(&ann.interp.heap.describe(*r)),
        SomeValue::BuiltinMethod { name, receiver } => {
            let recv = match &**receiver {
                SomeValue::Str { .. } | SomeValue::Char { .. } => "str".to_string(),
                SomeValue::Bytes { .. } => "bytes".to_string(),
                SomeValue::List { .. } => "list".to_string(),
                SomeValue::Dict { .. } => "dict".to_string(),
                other => describe(ann, other),
            };
            let _ = write!(out, "<method {recv}.{name}>");
        }
        SomeValue::Super { .. } => out.push_str("super"),
        SomeValue::BigInt { nullable: n } => {
            out.push_str("rbigint");
            nullable(out, *n);
        }
        SomeValue::WeakRef { class } => match class {
            Some(c) => {
                let _ = write!(out, "weakref[{}]", ann.class_name(*c));
            }
            None => out.push_str("weakref[dead]"),
        },
        SomeValue::File {
            nullable: n,
            binary,
        } => {
            out.push_str(if *binary {
                "RFile[bytes]"
            } else {
                "RFile[str]"
            });
            nullable(out, *n);
        }
        SomeValue::StringBuilder { bytes } => out.push_str(if *bytes {
            "ByteStringBuilder"
        } else {
            "StringBuilder"
        }),
    }
}

pub fn desc_name(ann: &Annotator, d: &Desc) -> String {
    let heap = &ann.interp.heap;
    match d {
        Desc::Func(f) => heap.describe(*f),
        Desc::Class(c) => match heap.as_class(*c) {
            Some(cl) => format!("<class {}>", cl.qualname),
            None => heap.describe(*c),
        },
        Desc::Method { func, self_class } => {
            let name = heap
                .as_function(*func)
                .map(|f| f.name.to_string())
                .unwrap_or_default();
            format!("<method {}.{}>", ann.class_name(*self_class), name)
        }
        Desc::BoundConst { func, receiver } => {
            let name = heap
                .as_function(*func)
                .map(|f| f.name.to_string())
                .unwrap_or_default();
            format!("<method {} of {}>", name, heap.describe(*receiver))
        }
        Desc::Frozen(r) => heap.describe(*r),
    }
}

impl Annotator<'_> {
    /// The item type of a list (without registering a reader).
    pub fn list_item_peek(&self, def: crate::ListId) -> SomeValue {
        self.lists_peek(def.raw())
    }
    fn lists_peek(&self, id: u32) -> SomeValue {
        // `find` compresses paths and needs `&mut`; follow roots read-only.
        self.lists.peek(id).item.clone()
    }
    pub fn dict_peek(&self, def: crate::DictId) -> (SomeValue, SomeValue) {
        let d = self.dicts.peek(def.raw());
        (d.key.clone(), d.value.clone())
    }
    pub fn iter_item_peek(&self, source: &SomeValue, how: IterHow) -> SomeValue {
        match how {
            IterHow::Plain | IterHow::Reversed => match source {
                SomeValue::List { def, .. } => self.list_item_peek(*def),
                SomeValue::Str { .. } | SomeValue::Char { .. } => SomeValue::char(),
                SomeValue::Bytes { .. } => SomeValue::nonneg_int(),
                SomeValue::Range { nonneg } => SomeValue::Int {
                    ty: IntType::Int,
                    nonneg: *nonneg,
                    konst: None,
                },
                SomeValue::Dict { def, .. } => self.dict_peek(*def).0,
                SomeValue::Tuple(items) => items.first().cloned().unwrap_or(SomeValue::Impossible),
                SomeValue::Iter { source, how } => self.iter_item_peek(source, *how),
                _ => SomeValue::Impossible,
            },
            IterHow::Keys | IterHow::Values | IterHow::Items => {
                let SomeValue::Dict { def, .. } = source else {
                    return SomeValue::Impossible;
                };
                let (k, v) = self.dict_peek(*def);
                match how {
                    IterHow::Keys => k,
                    IterHow::Values => v,
                    _ => SomeValue::Tuple(std::rc::Rc::from(vec![k, v])),
                }
            }
            IterHow::Enumerate => SomeValue::Tuple(std::rc::Rc::from(vec![
                SomeValue::nonneg_int(),
                self.iter_item_peek(source, IterHow::Plain),
            ])),
            IterHow::Zip => match source {
                SomeValue::Tuple(items) => SomeValue::Tuple(std::rc::Rc::from(
                    items
                        .iter()
                        .map(|s| self.iter_item_peek(s, IterHow::Plain))
                        .collect::<Vec<_>>(),
                )),
                _ => SomeValue::Impossible,
            },
        }
    }

    /// `(int, str) -> float`: the parameter and return types of a graph.
    pub fn signature(&self, g: GraphId) -> String {
        let ag = &self.graphs[g.index()];
        let params: Vec<String> = ag
            .graph
            .params()
            .iter()
            .map(|v| self.describe(ag.binding(*v)))
            .collect();
        format!(
            "({}) -> {}",
            params.join(", "),
            self.describe(ag.binding(ag.return_var()))
        )
    }

    /// The annotated graphs, in the order they were first reached.
    pub fn print_graphs(&self) -> String {
        let namer = HeapNamer(self.interp);
        let mut out = String::new();
        for (i, ag) in self.graphs.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let annot = |v: flowgraph::VarId| Some(self.describe(ag.binding(v)));
            let ret = format!(" -> {}", self.describe(ag.binding(ag.return_var())));
            out.push_str(&print_graph_annotated(&ag.graph, &namer, &annot, &ret));
        }
        out
    }

    /// Classes with their attributes, then the totals.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let mut order: Vec<usize> = (0..self.classdefs.len()).collect();
        order.sort_by(|a, b| {
            self.classdefs[*a]
                .name
                .cmp(&self.classdefs[*b].name)
                .then(a.cmp(b))
        });
        let mut nclasses = 0;
        for i in order {
            let cd = &self.classdefs[i];
            if cd.attrs.is_empty() && !cd.instantiated && cd.is_exception {
                continue;
            }
            nclasses += 1;
            let base = cd
                .base
                .map(|b| format!("({})", self.class_name(b)))
                .unwrap_or_default();
            let _ = writeln!(out, "class {}{}:", cd.name, base);
            let mut names: Vec<_> = cd.attrs.keys().collect();
            names.sort();
            for n in names {
                let _ = writeln!(out, "    {n}: {}", self.describe(&cd.attrs[n].s));
            }
            if cd.attrs.is_empty() {
                out.push_str("    (no instance attributes)\n");
            }
        }
        let blocks: usize = self
            .graphs
            .iter()
            .map(|g| g.reached.iter().filter(|r| **r).count())
            .sum();
        let lists = self.lists.roots().count();
        let fixed = self.lists.roots().filter(|l| !l.resized).count();
        let _ = writeln!(
            out,
            "annotated {} graphs ({} blocks), {} classes, {} lists ({} never resized), {} dicts",
            self.graphs.len(),
            blocks,
            nclasses,
            lists,
            fixed,
            self.dicts.roots().count()
        );
        out
    }
}
