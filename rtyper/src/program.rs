//! The result of rtyping: a whole program in low-level form.
//!
//! [`LlProgram`] owns the type arena, every low-level graph, the prebuilt
//! objects (static data: string constants, vtables, prebuilt instances and
//! containers), the runtime helpers the program calls and the class table.
//! Everything is in creation order, which is deterministic, so printing or
//! emitting a program twice gives identical text.

use std::rc::Rc;

use indexmap::IndexMap;

use crate::llgraph::{HelperId, LlConst, LlGraph, LlGraphId, PrebuiltId};
use crate::lltype::{TypeId, Types};
use crate::runtime_names::{Exc, HelperDesc};

/// A prebuilt object: the value of each field, then (for arrays and
/// var-sized structs) the items.
#[derive(Clone, Debug)]
pub struct Prebuilt {
    /// A readable unique name (also the Rust static's name).
    pub name: String,
    pub ty: TypeId,
    pub fields: Vec<LlConst>,
    pub items: PrebuiltItems,
}

#[derive(Clone, Debug)]
pub enum PrebuiltItems {
    None,
    Consts(Vec<LlConst>),
    /// Items of a `StructArray`: the field values of each item.
    Structs(Vec<Vec<LlConst>>),
    /// The bytes of a string.
    Bytes(Rc<[u8]>),
}

/// One class of the program (user class or exception class).
#[derive(Clone, Debug)]
pub struct ClassInfo {
    /// The qualified name (`Frame`, `ValueError`).
    pub name: String,
    /// The name CPython shows in a traceback's last line (`E` for a class of
    /// the target file, `pkg.mod.E` otherwise,
    /// `ValueError`).
    pub traceback_name: String,
    pub base: Option<usize>,
    /// The struct of its instances.
    pub inst_type: TypeId,
    /// The struct of its vtable and the prebuilt vtable.
    pub vtable_type: TypeId,
    pub vtable: PrebuiltId,
    /// Preorder id and the largest id of its subclasses.
    pub min_id: i64,
    pub max_id: i64,
    pub is_exception: bool,
    /// The light finalizer of its instances (their `__del__`), if any.
    pub destructor: Option<LlGraphId>,
    /// For a finalizer queue class: its `finalizer_trigger`.
    pub fq_trigger: Option<LlGraphId>,
}

#[derive(Default)]
pub struct LlProgram {
    pub types: Types,
    pub graphs: Vec<LlGraph>,
    pub prebuilt: Vec<Prebuilt>,
    pub helpers: Vec<&'static HelperDesc>,
    pub helper_ids: IndexMap<&'static str, HelperId>,
    pub classes: Vec<ClassInfo>,
    /// The builtin exceptions the program knows as classes (index into
    /// `classes`), registered with the runtime at start-up.
    pub builtin_exceptions: Vec<(Exc, usize)>,
    pub entry: Option<LlGraphId>,
    /// The string type (`str` and `bytes`), the root instance type and the
    /// root vtable type.
    pub str_type: Option<TypeId>,
    pub object_type: Option<TypeId>,
    pub vtable_type: Option<TypeId>,
    /// The list of str type (`argv`).
    pub argv_type: Option<TypeId>,
    /// The program's source files (indexed by `FileId`), for the raise
    /// locations.
    pub source_files: Vec<SourceText>,
    /// The source locations uncaught exceptions can be reported at
    /// (numbered by the exception transform; `exc_set_location(id)`).
    pub raise_sites: Vec<RaiseSite>,
}

/// A source file: its path as given to the loader (see [`source_texts`])
/// and its text.
#[derive(Clone, Debug)]
pub struct SourceText {
    pub path: String,
    pub text: std::rc::Rc<str>,
}

/// A traceback entry: `File "<path>", line <line>, in <func>` and the
/// source line (stripped).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RaiseSite {
    pub path: String,
    pub line: u32,
    pub func: String,
    pub source: String,
}

impl LlProgram {
    pub fn graph(&self, g: LlGraphId) -> &LlGraph {
        &self.graphs[g.index()]
    }
    pub fn add_prebuilt(&mut self, p: Prebuilt) -> PrebuiltId {
        self.prebuilt.push(p);
        PrebuiltId::new(self.prebuilt.len() - 1)
    }
    /// The light finalizer of instances of the struct `t` (see
    /// [`ClassInfo::destructor`]).
    pub fn destructor_of(&self, t: TypeId) -> Option<LlGraphId> {
        self.classes
            .iter()
            .find(|c| c.inst_type == t)
            .and_then(|c| c.destructor)
    }
    /// The `finalizer_trigger` of a finalizer queue whose instances are
    /// the struct `t` (see [`ClassInfo::fq_trigger`]).
    pub fn fq_trigger_of(&self, t: TypeId) -> Option<LlGraphId> {
        self.classes
            .iter()
            .find(|c| c.inst_type == t)
            .and_then(|c| c.fq_trigger)
    }
    /// The id of a runtime helper, registering it on first use.
    pub fn helper(&mut self, desc: &'static HelperDesc) -> HelperId {
        if let Some(h) = self.helper_ids.get(desc.name) {
            return *h;
        }
        let id = HelperId::new(self.helpers.len());
        self.helpers.push(desc);
        self.helper_ids.insert(desc.name, id);
        id
    }
}

/// The program's source files as [`SourceText`]s, each with its path as
/// the loader was given it (the target as on the command line, modules
/// relative to it): CPython prints the same path for `python3 PATH` when
/// PATH is absolute (it makes a relative one absolute).
pub fn source_texts(sources: &frontend::source::SourceMap) -> Vec<SourceText> {
    sources
        .files()
        .map(|(_, f)| SourceText {
            path: f.path.display().to_string(),
            text: f.text.clone(),
        })
        .collect()
}
