//! The low-level type system and the memory layout of every type.
//!
//! Primitive types ([`LlType`]) are machine values; aggregates ([`TypeDef`]:
//! structs and arrays, GC-managed or static) live in an arena ([`Types`]) and
//! are referred to by [`TypeId`]. Pointers are `LlType::Ptr(TypeId)`.
//!
//! Layouts follow `#[repr(C)]` rules exactly, so the structs codegen-rs
//! emits, the graph interpreter's memory accesses and the runtime's
//! `TypeInfo` table agree on every offset. GC types start with the 8-byte
//! GC header (a pseudo-field at offset 0). Instance structs repeat their
//! parent's fields first (flattened), so a pointer to a subclass instance
//! is a valid pointer to its parent type: upcasts and downcasts are plain
//! pointer casts.
//!
//! After [`Types::finish`], every type has a layout and every GC type a
//! type id (its index among GC types, in creation order: deterministic).

use flowgraph::{entity, IntKind};
use indexmap::IndexMap;

entity!(
    /// An aggregate type in [`Types`].
    TypeId
);
entity!(
    /// A function signature in [`Types`].
    SigId
);

/// A low-level value type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum LlType {
    /// No run-time value (a constant known statically).
    Void,
    Bool,
    /// One byte (`bytes` items as chars, `rffi.CHAR`).
    Char,
    /// A code point (`str` characters).
    UniChar,
    Signed,
    Unsigned,
    SignedLongLong,
    UnsignedLongLong,
    Int32,
    UInt32,
    Int16,
    UInt16,
    Int8,
    UInt8,
    Float,
    /// A pointer to a struct or array (GC-managed when the target is).
    Ptr(TypeId),
    /// A pointer to a function of this signature.
    FuncPtr(SigId),
}

impl LlType {
    pub fn from_int_kind(k: IntKind) -> LlType {
        match k {
            IntKind::Unsigned => LlType::Unsigned,
            IntKind::LongLong => LlType::SignedLongLong,
            IntKind::ULongLong => LlType::UnsignedLongLong,
            IntKind::Int32 => LlType::Int32,
            IntKind::UInt32 => LlType::UInt32,
            IntKind::Int16 => LlType::Int16,
            IntKind::UInt16 => LlType::UInt16,
            IntKind::Int8 => LlType::Int8,
            IntKind::UInt8 => LlType::UInt8,
        }
    }
    /// Size and alignment in bytes.
    pub fn size(self) -> u32 {
        use LlType::*;
        match self {
            Void => 0,
            Bool | Char | Int8 | UInt8 => 1,
            Int16 | UInt16 => 2,
            UniChar | Int32 | UInt32 => 4,
            Signed | Unsigned | SignedLongLong | UnsignedLongLong | Float | Ptr(_) | FuncPtr(_) => {
                8
            }
        }
    }
    pub fn is_int(self) -> bool {
        use LlType::*;
        matches!(
            self,
            Signed
                | Unsigned
                | SignedLongLong
                | UnsignedLongLong
                | Int32
                | UInt32
                | Int16
                | UInt16
                | Int8
                | UInt8
        )
    }
    pub fn is_signed_int(self) -> bool {
        use LlType::*;
        matches!(self, Signed | SignedLongLong | Int32 | Int16 | Int8)
    }
    /// The Rust spelling of a primitive type (`i64`, `f64`...); `None` for
    /// pointers, whose spelling needs the type arena.
    pub fn rust_prim(self) -> Option<&'static str> {
        use LlType::*;
        Some(match self {
            Void => "()",
            Bool => "bool",
            Char | UInt8 => "u8",
            UniChar | UInt32 => "u32",
            Signed | SignedLongLong => "i64",
            Unsigned | UnsignedLongLong => "u64",
            Int32 => "i32",
            Int16 => "i16",
            UInt16 => "u16",
            Int8 => "i8",
            Float => "f64",
            Ptr(_) | FuncPtr(_) => return None,
        })
    }
    /// The name used in the low-level text form.
    pub fn prim_name(self) -> &'static str {
        use LlType::*;
        match self {
            Void => "Void",
            Bool => "Bool",
            Char => "Char",
            UniChar => "UniChar",
            Signed => "Signed",
            Unsigned => "Unsigned",
            SignedLongLong => "SignedLongLong",
            UnsignedLongLong => "UnsignedLongLong",
            Int32 => "Int32",
            UInt32 => "UInt32",
            Int16 => "Int16",
            UInt16 => "UInt16",
            Int8 => "Int8",
            UInt8 => "UInt8",
            Float => "Float",
            Ptr(_) => "Ptr",
            FuncPtr(_) => "FuncPtr",
        }
    }
}

/// One field of a struct.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub ty: LlType,
    /// A weak GC pointer (a weak reference's target): not traced by the
    /// GC, nulled when its target dies (see [`Types::weak_pointer_offset`]).
    pub weak: bool,
}

impl Field {
    pub fn new(name: &str, ty: LlType) -> Field {
        Field {
            name: name.to_string(),
            ty,
            weak: false,
        }
    }
    /// A weak GC pointer field.
    pub fn weak(name: &str, ty: LlType) -> Field {
        Field {
            weak: true,
            ..Field::new(name, ty)
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// Fields in order; `varsize` is an inline array of items at the end,
    /// preceded by its `i64` length (a field named `length_field`).
    Struct {
        fields: Vec<Field>,
        varsize: Option<VarSize>,
    },
    /// `{length: i64, items: [item]}`.
    Array { item: LlType },
    /// `{length: i64, items: [item]}` whose items are the non-GC struct
    /// `item` stored inline (a dict's entries). Only runtime helpers
    /// access the items.
    StructArray { item: TypeId },
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSize {
    /// The field holding the item count (one of `fields`).
    pub length_field: String,
    pub item: LlType,
}

/// An aggregate type.
#[derive(Clone, Debug)]
pub struct TypeDef {
    /// A unique readable name, also the Rust struct name (`Inst_Frame`).
    pub name: String,
    pub kind: TypeKind,
    /// Allocated by the GC (carries a GC header) rather than static data.
    pub gc: bool,
    pub layout: Option<Layout>,
    /// The GC type id (GC types only, after [`Types::finish`]).
    pub gc_tid: Option<u32>,
}

/// The computed memory layout of an aggregate.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Size of the fixed part (header included), rounded up to 8.
    pub fixed_size: u32,
    /// Offset of each field, in `fields` order.
    pub offsets: Vec<u32>,
    /// For var-sized types: offset of the length and of item 0, item size.
    pub length_offset: u32,
    pub items_offset: u32,
    pub item_size: u32,
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<LlType>,
    pub result: LlType,
}

/// The arena of aggregate types and signatures of one translation.
#[derive(Default)]
pub struct Types {
    pub defs: Vec<TypeDef>,
    by_name: IndexMap<String, TypeId>,
    pub sigs: Vec<Sig>,
    sig_ids: IndexMap<Sig, SigId>,
    /// GC types in type-id order.
    pub gc_types: Vec<TypeId>,
}

/// Size of the GC header.
pub const GC_HEADER_SIZE: u32 = 8;

fn align_up(x: u32, a: u32) -> u32 {
    if a <= 1 {
        x
    } else {
        x.div_ceil(a) * a
    }
}

impl Types {
    /// Declares a type; the name must be new (callers build unique names).
    pub fn add(&mut self, name: String, kind: TypeKind, gc: bool) -> TypeId {
        assert!(!self.by_name.contains_key(&name), "duplicate type {name}");
        let id = TypeId::new(self.defs.len());
        self.by_name.insert(name.clone(), id);
        self.defs.push(TypeDef {
            name,
            kind,
            gc,
            layout: None,
            gc_tid: None,
        });
        id
    }
    /// A type declared now and defined later (recursive types).
    pub fn forward(&mut self, name: String, gc: bool) -> TypeId {
        self.add(
            name,
            TypeKind::Struct {
                fields: Vec::new(),
                varsize: None,
            },
            gc,
        )
    }
    pub fn define(&mut self, id: TypeId, kind: TypeKind) {
        self.defs[id.index()].kind = kind;
    }
    pub fn by_name(&self, name: &str) -> Option<TypeId> {
        self.by_name.get(name).copied()
    }
    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.defs[id.index()]
    }
    pub fn sig(&mut self, params: Vec<LlType>, result: LlType) -> SigId {
        let sig = Sig { params, result };
        if let Some(id) = self.sig_ids.get(&sig) {
            return *id;
        }
        let id = SigId::new(self.sigs.len());
        self.sigs.push(sig.clone());
        self.sig_ids.insert(sig, id);
        id
    }
    pub fn fields(&self, id: TypeId) -> &[Field] {
        match &self.get(id).kind {
            TypeKind::Struct { fields, .. } => fields,
            TypeKind::Array { .. } | TypeKind::StructArray { .. } => &[],
        }
    }
    /// Index of a field by name.
    pub fn field_index(&self, id: TypeId, name: &str) -> Option<usize> {
        self.fields(id).iter().position(|f| f.name == name)
    }
    /// The item type of an array or of a struct's var-sized part.
    pub fn item_type(&self, id: TypeId) -> Option<LlType> {
        match &self.get(id).kind {
            TypeKind::Array { item } => Some(*item),
            TypeKind::StructArray { .. } => None,
            TypeKind::Struct { varsize, .. } => varsize.as_ref().map(|v| v.item),
        }
    }
    pub fn layout(&self, id: TypeId) -> &Layout {
        self.get(id)
            .layout
            .as_ref()
            .expect("layout computed by Types::finish")
    }

    /// Computes every layout and assigns GC type ids.
    pub fn finish(&mut self) {
        self.gc_types.clear();
        for i in 0..self.defs.len() {
            let layout = self.compute_layout(TypeId::new(i));
            let def = &mut self.defs[i];
            def.layout = Some(layout);
            if def.gc {
                def.gc_tid = Some(self.gc_types.len() as u32);
                self.gc_types.push(TypeId::new(i));
            }
        }
    }

    fn compute_layout(&self, id: TypeId) -> Layout {
        let def = self.get(id);
        let mut off = if def.gc { GC_HEADER_SIZE } else { 0 };
        match &def.kind {
            TypeKind::Array { item } => {
                let length_offset = align_up(off, 8);
                let items_offset = length_offset + 8;
                Layout {
                    fixed_size: items_offset,
                    offsets: Vec::new(),
                    length_offset,
                    items_offset,
                    item_size: item.size(),
                }
            }
            TypeKind::StructArray { item } => {
                let length_offset = align_up(off, 8);
                let items_offset = length_offset + 8;
                Layout {
                    fixed_size: items_offset,
                    offsets: Vec::new(),
                    length_offset,
                    items_offset,
                    item_size: self.compute_layout(*item).fixed_size,
                }
            }
            TypeKind::Struct { fields, varsize } => {
                let mut offsets = Vec::with_capacity(fields.len());
                for f in fields {
                    let sz = f.ty.size();
                    off = align_up(off, sz.max(1));
                    offsets.push(off);
                    off += sz;
                }
                let (length_offset, items_offset, item_size) = match varsize {
                    Some(v) => {
                        let li = fields
                            .iter()
                            .position(|f| f.name == v.length_field)
                            .expect("varsize length field");
                        let isz = v.item.size();
                        (offsets[li], align_up(off, isz.max(1)), isz)
                    }
                    None => (0, 0, 0),
                };
                let end = if varsize.is_some() { items_offset } else { off };
                Layout {
                    fixed_size: align_up(end, 8),
                    offsets,
                    length_offset,
                    items_offset,
                    item_size,
                }
            }
        }
    }

    /// Offsets of GC pointers in the fixed part of `id` (header excluded).
    pub fn gc_pointer_offsets(&self, id: TypeId) -> Vec<u32> {
        let layout = self.layout(id);
        self.fields(id)
            .iter()
            .zip(&layout.offsets)
            .filter(|(f, _)| self.is_gc_ptr(f.ty) && !f.weak)
            .map(|(_, o)| *o)
            .collect()
    }
    /// Offset of the weak GC pointer of a weak-reference struct (0: the
    /// type has none). The runtime's `TypeInfo::weak_offset`.
    pub fn weak_pointer_offset(&self, id: TypeId) -> u32 {
        let layout = self.layout(id);
        self.fields(id)
            .iter()
            .zip(&layout.offsets)
            .find(|(f, _)| f.weak)
            .map_or(0, |(_, o)| *o)
    }
    /// Offsets of GC pointers inside one item of the var-sized part.
    pub fn item_gc_pointer_offsets(&self, id: TypeId) -> Vec<u32> {
        if let TypeKind::StructArray { item } = self.get(id).kind {
            return self.gc_pointer_offsets(item);
        }
        match self.item_type(id) {
            Some(t) if self.is_gc_ptr(t) => vec![0],
            _ => Vec::new(),
        }
    }
    pub fn is_gc_ptr(&self, t: LlType) -> bool {
        matches!(t, LlType::Ptr(id) if self.get(id).gc)
    }

    /// The text form of a type (`Signed`, `Ptr(Inst_Frame)`).
    pub fn show(&self, t: LlType) -> String {
        match t {
            LlType::Ptr(id) => format!("Ptr({})", self.get(id).name),
            LlType::FuncPtr(s) => {
                let sig = &self.sigs[s.index()];
                let ps: Vec<String> = sig.params.iter().map(|p| self.show(*p)).collect();
                format!("Func({}) -> {}", ps.join(", "), self.show(sig.result))
            }
            other => other.prim_name().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_c_layouts() {
        let mut t = Types::default();
        let s = t.add(
            "S".into(),
            TypeKind::Struct {
                fields: vec![
                    Field::new("a", LlType::Bool),
                    Field::new("b", LlType::Signed),
                    Field::new("c", LlType::UniChar),
                ],
                varsize: None,
            },
            true,
        );
        let st = t.add(
            "Str".into(),
            TypeKind::Struct {
                fields: vec![
                    Field::new("hash", LlType::Signed),
                    Field::new("length", LlType::Signed),
                    Field::new("nbytes", LlType::Signed),
                ],
                varsize: Some(VarSize {
                    length_field: "nbytes".into(),
                    item: LlType::Char,
                }),
            },
            true,
        );
        let a = t.add(
            "A".into(),
            TypeKind::Array {
                item: LlType::Ptr(s),
            },
            true,
        );
        t.finish();
        assert_eq!(t.layout(s).offsets, vec![8, 16, 24]);
        assert_eq!(t.layout(s).fixed_size, 32);
        let l = t.layout(st);
        assert_eq!((l.length_offset, l.items_offset, l.item_size), (24, 32, 1));
        assert_eq!(t.layout(a).items_offset, 16);
        assert_eq!(t.item_gc_pointer_offsets(a), vec![0]);
        assert_eq!(t.get(a).gc_tid, Some(2));
    }

    #[test]
    fn struct_arrays_hold_inline_items() {
        // A dict's entries: `{key: Ptr, value: Signed, hash: Signed}` items,
        // as the runtime's `TypeInfo::array(24, &[0], ..)`.
        let mut t = Types::default();
        let s = t.add(
            "S".into(),
            TypeKind::Struct {
                fields: vec![],
                varsize: None,
            },
            true,
        );
        let entry = t.add(
            "Entry".into(),
            TypeKind::Struct {
                fields: vec![
                    Field::new("key", LlType::Signed),
                    Field::new("value", LlType::Ptr(s)),
                    Field::new("hash", LlType::Signed),
                ],
                varsize: None,
            },
            false,
        );
        let entries = t.add(
            "Entries".into(),
            TypeKind::StructArray { item: entry },
            true,
        );
        t.finish();
        let l = t.layout(entries);
        assert_eq!((l.length_offset, l.items_offset, l.item_size), (8, 16, 24));
        assert_eq!(l.fixed_size, 16);
        assert_eq!(t.item_gc_pointer_offsets(entries), vec![8]);
        assert_eq!(t.item_type(entries), None);
        assert_eq!(t.get(entry).gc_tid, None);
    }
}
