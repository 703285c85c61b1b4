//! The interpreter's memory: the runtime's GC heap, set up for one
//! program, and the program's prebuilt objects.
//!
//! Objects are laid out exactly as compiled code lays them out (the
//! rtyper's `#[repr(C)]` layouts), so the runtime's helpers work on them
//! unchanged. [`Heap::new`] builds the GC's type-info table from the
//! program's types and initializes the GC with it, allocates every
//! prebuilt object (GC ones with `gc::alloc_prebuilt`: never moved, scanned
//! as roots; static ones as leaked zeroed memory), fills them from the
//! program's constants, and registers the builtin exception classes with
//! the runtime. Typed loads and stores ([`load`], [`store`]) read and write
//! words at an address.

use rtyper::llgraph::{LlConst, PrebuiltId};
use rtyper::lltype::{LlType, TypeId, TypeKind};
use rtyper::program::PrebuiltItems;
use rtyper::LlProgram;
use runtime::exc::{Builtin, BuiltinClass};
use runtime::TypeInfo;

use crate::value::{funcptr_word, norm};

/// Reads a value of type `t` at `addr` as a word.
///
/// # Safety
/// `addr` points at a readable value of type `t`.
pub unsafe fn load(addr: *const u8, t: LlType) -> u64 {
    let w = match t.size() {
        0 => 0,
        1 => *addr as u64,
        2 => (addr as *const u16).read_unaligned() as u64,
        4 => (addr as *const u32).read_unaligned() as u64,
        _ => (addr as *const u64).read_unaligned(),
    };
    norm(t, w)
}

/// Writes the word `w` as a value of type `t` at `addr`.
///
/// # Safety
/// `addr` points at writable memory for a value of type `t`.
pub unsafe fn store(addr: *mut u8, t: LlType, w: u64) {
    match t.size() {
        0 => {}
        1 => *addr = w as u8,
        2 => (addr as *mut u16).write_unaligned(w as u16),
        4 => (addr as *mut u32).write_unaligned(w as u32),
        _ => (addr as *mut u64).write_unaligned(w),
    }
}

/// The program's memory: addresses of prebuilt objects and class facts.
pub struct Heap {
    /// The address of each prebuilt object.
    pub prebuilt: Vec<u64>,
    /// For each prebuilt object that is a class's vtable: the class's
    /// preorder id range.
    pub class_range: Vec<Option<(i64, i64)>>,
    /// Offset of `typeptr` in instances and of the preorder id in vtables.
    pub typeptr_offset: u32,
    pub class_id_offset: u32,
}

/// The number of items of a var-sized prebuilt object.
fn item_count(p: &LlProgram, ty: TypeId, items: &PrebuiltItems) -> Option<usize> {
    let varsize = match &p.types.get(ty).kind {
        TypeKind::Array { .. } | TypeKind::StructArray { .. } => true,
        TypeKind::Struct { varsize, .. } => varsize.is_some(),
    };
    varsize.then(|| match items {
        PrebuiltItems::None => 0,
        PrebuiltItems::Consts(cs) => cs.len(),
        PrebuiltItems::Bytes(b) => b.len(),
        PrebuiltItems::Structs(rows) => rows.len(),
    })
}

/// The GC's description of every GC type of the program, by type id.
fn type_infos(p: &LlProgram) -> &'static [TypeInfo] {
    let leak_u32 = |v: Vec<u32>| -> &'static [u32] { Box::leak(v.into_boxed_slice()) };
    let rows: Vec<TypeInfo> = p
        .types
        .gc_types
        .iter()
        .map(|&id| {
            let def = p.types.get(id);
            let l = p.types.layout(id);
            let varsize = match &def.kind {
                TypeKind::Array { .. } | TypeKind::StructArray { .. } => true,
                TypeKind::Struct { varsize, .. } => varsize.is_some(),
            };
            TypeInfo {
                fixed_size: l.fixed_size,
                item_size: if varsize { l.item_size } else { 0 },
                length_offset: l.length_offset,
                items_offset: l.items_offset,
                gc_ptrs: leak_u32(p.types.gc_pointer_offsets(id)),
                item_gc_ptrs: leak_u32(p.types.item_gc_pointer_offsets(id)),
                name: Box::leak(def.name.clone().into_boxed_str()),
                weak_offset: p.types.weak_pointer_offset(id),
                destructor: p
                    .destructor_of(id)
                    .map(|_| crate::finalizers::call_destructor as unsafe fn(runtime::GcPtr)),
                finalizer_trigger: p
                    .fq_trigger_of(id)
                    .map(|_| crate::finalizers::call_fq_trigger as unsafe fn(runtime::GcPtr)),
            }
        })
        .collect();
    Box::leak(rows.into_boxed_slice())
}

/// The GC type id of a type.
pub fn tid(p: &LlProgram, t: TypeId) -> u32 {
    p.types
        .get(t)
        .gc_tid
        .unwrap_or_else(|| panic!("{} is not a GC type", p.types.get(t).name))
}

impl Heap {
    /// Initializes the GC for `p` and builds its prebuilt objects.
    ///
    /// # Safety
    /// Must run under `runtime::gc::with_lock`; every GC pointer obtained
    /// before dangles afterwards.
    pub unsafe fn new(p: &LlProgram) -> Heap {
        runtime::gc::init(type_infos(p));
        let mut heap = Heap {
            prebuilt: Vec::with_capacity(p.prebuilt.len()),
            class_range: vec![None; p.prebuilt.len()],
            typeptr_offset: p.object_type.map_or(0, |o| p.types.layout(o).offsets[0]),
            class_id_offset: p.vtable_type.map_or(0, |v| p.types.layout(v).offsets[0]),
        };
        for c in &p.classes {
            heap.class_range[c.vtable.index()] = Some((c.min_id, c.max_id));
        }
        for pb in &p.prebuilt {
            let count = item_count(p, pb.ty, &pb.items);
            let def = p.types.get(pb.ty);
            let obj = if def.gc {
                runtime::gc::alloc_prebuilt(tid(p, pb.ty), count.map(|n| n as i64)) as *mut u8
            } else {
                let l = p.types.layout(pb.ty);
                let size = l.fixed_size as usize + count.unwrap_or(0) * l.item_size as usize;
                let words = vec![0u64; size.div_ceil(8).max(1)];
                let obj = Box::leak(words.into_boxed_slice()).as_mut_ptr() as *mut u8;
                if let Some(n) = count {
                    store(obj.add(l.length_offset as usize), LlType::Signed, n as u64);
                }
                obj
            };
            if obj.is_null() {
                runtime::stack::fatal("out of memory building the prebuilt objects");
            }
            heap.prebuilt.push(obj as u64);
        }
        for (i, pb) in p.prebuilt.iter().enumerate() {
            heap.fill(p, PrebuiltId::new(i), &pb.fields, &pb.items);
        }
        heap.register_builtin_exceptions(p);
        heap
    }

    unsafe fn fill(
        &self,
        p: &LlProgram,
        id: PrebuiltId,
        fields: &[LlConst],
        items: &PrebuiltItems,
    ) {
        let ty = p.prebuilt[id.index()].ty;
        let obj = self.prebuilt[id.index()] as *mut u8;
        let l = p.types.layout(ty);
        for ((f, off), c) in p.types.fields(ty).iter().zip(&l.offsets).zip(fields) {
            store(obj.add(*off as usize), f.ty, self.const_word(c, f.ty));
        }
        let items_at = obj.add(l.items_offset as usize);
        match items {
            PrebuiltItems::None => {}
            PrebuiltItems::Bytes(b) => std::ptr::copy_nonoverlapping(b.as_ptr(), items_at, b.len()),
            PrebuiltItems::Consts(cs) => {
                let item = p.types.item_type(ty).expect("items of an array type");
                for (k, c) in cs.iter().enumerate() {
                    let at = items_at.add(k * l.item_size as usize);
                    store(at, item, self.const_word(c, item));
                }
            }
            PrebuiltItems::Structs(rows) => {
                let TypeKind::StructArray { item } = p.types.get(ty).kind else {
                    panic!("struct items of a non-struct array")
                };
                let il = p.types.layout(item);
                for (k, row) in rows.iter().enumerate() {
                    let base = items_at.add(k * l.item_size as usize);
                    for ((f, off), c) in p.types.fields(item).iter().zip(&il.offsets).zip(row) {
                        store(base.add(*off as usize), f.ty, self.const_word(c, f.ty));
                    }
                }
            }
        }
    }

    /// The word of a constant of type `t`.
    pub fn const_word(&self, c: &LlConst, t: LlType) -> u64 {
        match c {
            LlConst::Void => 0,
            LlConst::Bool(b) => *b as u64,
            LlConst::Int(i) => norm(t, *i as u64),
            LlConst::Float(f) => f.to_bits(),
            LlConst::Char(ch) => *ch as u64,
            LlConst::Null => 0,
            LlConst::Prebuilt(id) => self.prebuilt[id.index()],
            LlConst::Graph(g) => funcptr_word(*g),
            // Operands read by the operations themselves.
            LlConst::Field(_) | LlConst::Type(_) | LlConst::Helper(_) | LlConst::Text(_) => 0,
        }
    }

    /// Tells the runtime how to build instances of the builtin exceptions
    /// it raises (as the compiled program's `main` does).
    unsafe fn register_builtin_exceptions(&self, p: &LlProgram) {
        let Some(str_type) = p.str_type else { return };
        for (exc, ci) in &p.builtin_exceptions {
            let c = &p.classes[*ci];
            let Some(kind) = Builtin::from_u32(*exc as u32) else {
                continue;
            };
            runtime::exc::register_builtin(
                kind,
                BuiltinClass {
                    vtable: self.prebuilt[c.vtable.index()] as *const u8,
                    inst_tid: tid(p, c.inst_type),
                    typeptr_offset: self.typeptr_offset,
                    msg_offset: msg_offset(p, c.inst_type),
                    str_tid: tid(p, str_type),
                },
            );
        }
    }

    /// Whether the class with vtable address `vtable` is the class whose
    /// vtable is the prebuilt `class` or one of its subclasses.
    ///
    /// # Safety
    /// `vtable` is null or the address of a vtable of the program.
    pub unsafe fn is_subclass(&self, vtable: u64, class: PrebuiltId) -> bool {
        let (min, max) = self.class_range[class.index()].expect("the vtable of a class");
        if vtable == 0 {
            return false;
        }
        let id = load(
            (vtable as *const u8).add(self.class_id_offset as usize),
            LlType::Signed,
        ) as i64;
        min <= id && id <= max
    }

    /// The vtable of the instance at `obj` (null for null).
    ///
    /// # Safety
    /// `obj` is null or an instance of the program.
    pub unsafe fn typeptr(&self, obj: u64) -> u64 {
        if obj == 0 {
            return 0;
        }
        load(
            (obj as *const u8).add(self.typeptr_offset as usize),
            LlType::Signed,
        )
    }
}

/// The offset of the hidden `msg` field of an exception instance (0 if
/// the type has none).
pub fn msg_offset(p: &LlProgram, inst: TypeId) -> u32 {
    p.types
        .field_index(inst, "msg")
        .map_or(0, |i| p.types.layout(inst).offsets[i])
}
