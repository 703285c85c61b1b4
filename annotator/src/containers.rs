//! List and dict definitions: the shared item types of containers.
//!
//! Every creation site (a `newlist` op, a prebuilt list, `list(...)`) gets
//! its own definition; when two containers meet (a variable that can hold
//! either, an `extend`, ...) their definitions are unified with `ena`
//! union-find, and the surviving root holds the union of their item types.
//! Definitions also remember who reads their items (blocks to reflow when
//! the item type generalises) and how the program uses them (resized or
//! mutated: a list never resized can become a fixed-size array).

use ena::unify::{InPlaceUnificationTable, UnifyKey};
use flowgraph::Span;
use indexmap::IndexSet;

use crate::model::{DictId, ListId, OpPos, Pos, SomeValue};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Key(u32);

impl UnifyKey for Key {
    type Value = ();
    fn index(&self) -> u32 {
        self.0
    }
    fn from_index(i: u32) -> Key {
        Key(i)
    }
    fn tag() -> &'static str {
        "container"
    }
}

/// Where an item type came from (for error messages).
#[derive(Clone, Debug)]
pub struct Source {
    pub at: Option<OpPos>,
    pub span: Option<Span>,
    pub value: SomeValue,
}

impl Source {
    /// Remembers `value` stored at `at`, keeping the first source of each
    /// kind of value and at most `limit` sources.
    pub fn record(
        sources: &mut Vec<Source>,
        limit: usize,
        at: OpPos,
        span: Span,
        value: &SomeValue,
    ) {
        if sources.len() < limit
            && !sources
                .iter()
                .any(|x| x.value.kind_word() == value.kind_word())
        {
            sources.push(Source {
                at: Some(at),
                span: Some(span),
                value: value.clone(),
            });
        }
    }
}

#[derive(Clone, Debug)]
pub struct ListData {
    pub item: SomeValue,
    /// Items were appended, popped, inserted, deleted...
    pub resized: bool,
    /// Items were assigned, sorted, reversed.
    pub mutated: bool,
    /// Blocks that read the item type.
    pub readers: IndexSet<Pos>,
    /// The module global this (prebuilt) list is bound to: mutating it at
    /// run time is an error.
    pub frozen_global: Option<String>,
    /// The creation site.
    pub origin: Option<Span>,
    /// The first source of each kind of item (for error messages).
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug)]
pub struct DictData {
    pub key: SomeValue,
    pub value: SomeValue,
    pub readers: IndexSet<Pos>,
    pub frozen_global: Option<String>,
    pub origin: Option<Span>,
    pub key_sources: Vec<Source>,
    pub value_sources: Vec<Source>,
    /// `r_dict(eq, hash)`: the custom equality and hash functions.
    pub custom: Option<(SomeValue, SomeValue)>,
}

/// A union-find table of definitions of one kind.
pub struct Defs<T> {
    table: InPlaceUnificationTable<Key>,
    data: Vec<Option<T>>,
    /// For a non-root: the root it was merged into (at that time), so
    /// that printers can find the data without `&mut` (ena's `find`
    /// compresses paths).
    merged_into: Vec<u32>,
}

impl<T> Default for Defs<T> {
    fn default() -> Self {
        Defs {
            table: InPlaceUnificationTable::new(),
            data: Vec::new(),
            merged_into: Vec::new(),
        }
    }
}

impl<T> Defs<T> {
    pub fn create(&mut self, data: T) -> u32 {
        let k = self.table.new_key(());
        debug_assert_eq!(k.0 as usize, self.data.len());
        self.data.push(Some(data));
        self.merged_into.push(k.0);
        k.0
    }
    pub fn find(&mut self, id: u32) -> u32 {
        self.table.find(Key(id)).0
    }
    pub fn get(&mut self, id: u32) -> &T {
        let r = self.find(id);
        self.data[r as usize].as_ref().expect("root holds data")
    }
    pub fn get_mut(&mut self, id: u32) -> &mut T {
        let r = self.find(id);
        self.data[r as usize].as_mut().expect("root holds data")
    }
    /// Unifies two definitions; returns the data of both (the caller merges
    /// them and stores the result with [`Defs::set`]), or `None` if they
    /// already were one.
    pub fn unify(&mut self, a: u32, b: u32) -> Option<(u32, T, T)> {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return None;
        }
        let da = self.data[ra as usize].take().expect("root holds data");
        let db = self.data[rb as usize].take().expect("root holds data");
        self.table.union(Key(ra), Key(rb));
        let r = self.find(ra);
        self.merged_into[ra as usize] = r;
        self.merged_into[rb as usize] = r;
        Some((r, da, db))
    }
    /// The data of a definition, read-only.
    pub fn peek(&self, id: u32) -> &T {
        let mut i = id as usize;
        loop {
            if let Some(d) = &self.data[i] {
                return d;
            }
            i = self.merged_into[i] as usize;
        }
    }
    /// The data of every definition that is a root (one per distinct
    /// definition after unification).
    pub fn roots(&self) -> impl Iterator<Item = &T> {
        self.data.iter().flatten()
    }
    pub fn set(&mut self, root: u32, data: T) {
        self.data[root as usize] = Some(data);
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

pub type ListDefs = Defs<ListData>;

/// A call family: graphs called from a common call site, which must
/// accept the same argument types (so that one function pointer type can
/// represent any of them).
#[derive(Clone, Debug, Default)]
pub struct Family {
    pub members: Vec<crate::GraphId>,
    /// Some member was called as a method: its first parameter (`self`)
    /// is not shared (each keeps its own class; the RTyper upcasts).
    pub methods: bool,
    /// The shared parameter and return types last given to every member.
    pub shared: Option<(Vec<SomeValue>, SomeValue)>,
}

pub type Families = Defs<Family>;
pub type DictDefs = Defs<DictData>;

impl ListId {
    pub fn raw(self) -> u32 {
        self.0
    }
}
impl DictId {
    pub fn raw(self) -> u32 {
        self.0
    }
}
