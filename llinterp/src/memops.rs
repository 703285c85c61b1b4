//! Handlers of the memory and pointer operations: allocation through the
//! runtime's GC, field and item access at the rtyper's layout offsets (with
//! the GC's write barrier before stores of GC pointers),
//! array sizes, index checks, pointer comparisons and class tests.

use rtyper::llgraph::LlConst;
use rtyper::llops::LlOpName as L;
use rtyper::lltype::{LlType, TypeId, TypeKind};

use crate::eval::OpCx;
use crate::heap::{load, store, tid};
use crate::table::Handler;

/// The type `args[i]` points to.
fn pointee(cx: &OpCx, i: usize) -> TypeId {
    match cx.ty(i) {
        LlType::Ptr(t) => t,
        other => panic!(
            "{}: operand {i} of type {other:?} is not a pointer",
            cx.op.op
        ),
    }
}

fn type_operand(cx: &OpCx) -> TypeId {
    match cx.operand(0) {
        LlConst::Type(t) => *t,
        other => panic!("{}: type operand {other:?}", cx.op.op),
    }
}

/// The address and type of the field named by operand 1 of `args[0]`.
fn field_addr(cx: &OpCx) -> (*mut u8, LlType) {
    let t = pointee(cx, 0);
    let LlConst::Field(k) = *cx.operand(1) else {
        panic!("{}: field operand", cx.op.op)
    };
    let k = k as usize;
    let p = &cx.it.p.types;
    let off = p.layout(t).offsets[k];
    let fty = p.fields(t)[k].ty;
    (
        (cx.arg(0) as usize as *mut u8).wrapping_add(off as usize),
        fty,
    )
}

/// The address and type of item `args[1]` of the array `args[0]`.
fn item_addr(cx: &OpCx) -> (*mut u8, LlType) {
    let t = pointee(cx, 0);
    let p = &cx.it.p.types;
    let item = p
        .item_type(t)
        .unwrap_or_else(|| panic!("{}: {} has no items", cx.op.op, p.get(t).name));
    let l = p.layout(t);
    let i = cx.arg(1) as i64;
    assert!(i >= 0, "{}: negative index {i}", cx.op.op);
    let off = l.items_offset as usize + i as usize * l.item_size as usize;
    ((cx.arg(0) as usize as *mut u8).wrapping_add(off), item)
}

/// Words below this are not addresses of objects: a pointer operand
/// holding one comes from an ill-typed graph (reported instead of crashing).
pub const LOWEST_ADDRESS: u64 = 4096;

fn not_null(cx: &OpCx) {
    let w = cx.arg(0);
    if w < LOWEST_ADDRESS {
        runtime::stack::fatal(&format!(
            "{} in {}: {} pointer {w:#x}",
            cx.op.op,
            cx.g.name,
            if w == 0 { "null" } else { "invalid" }
        ));
    }
}

/// The GC's write barrier before storing a value of type `t` into the
/// object `args[0]`: needed when `t` is a GC pointer and the object is a
/// GC object (the interpreter runs graphs before the GC transform, which
/// inserts the barriers in compiled code).
fn barrier(cx: &OpCx, t: LlType) {
    let types = &cx.it.p.types;
    if types.is_gc_ptr(t) && types.get(pointee(cx, 0)).gc {
        // SAFETY: `args[0]` is a live GC object (checked not null).
        unsafe { runtime::gc::write_barrier(cx.arg(0) as usize as runtime::GcPtr) };
    }
}

/// [`barrier`] for a store into item `args[1]` of the array `args[0]`
/// (card marking, as compiled code does).
fn item_barrier(cx: &OpCx, t: LlType) {
    let types = &cx.it.p.types;
    if types.is_gc_ptr(t) && types.get(pointee(cx, 0)).gc {
        // SAFETY: `args[0]` is a live GC array (checked not null) and the
        // index was checked by `item_addr`.
        unsafe {
            runtime::gc::write_barrier_array(cx.arg(0) as usize as runtime::GcPtr, cx.arg(1) as i64)
        };
    }
}

/// The handlers of this module.
pub fn handlers() -> Vec<(L, Handler)> {
    vec![
        (L::PtrEq, |cx| (cx.arg(0) == cx.arg(1)) as u64),
        (L::PtrNe, |cx| (cx.arg(0) != cx.arg(1)) as u64),
        (L::PtrIsNull, |cx| (cx.arg(0) == 0) as u64),
        (L::PtrNonNull, |cx| (cx.arg(0) != 0) as u64),
        (L::Malloc, |cx| {
            let t = type_operand(cx);
            // SAFETY: a GC type of the program, registered in `Heap::new`.
            unsafe { runtime::gc::malloc(tid(cx.it.p, t)) as u64 }
        }),
        (L::MallocVarsize, |cx| {
            let t = type_operand(cx);
            // SAFETY: as for `malloc`.
            unsafe { runtime::gc::malloc_varsize(tid(cx.it.p, t), cx.arg(1) as i64) as u64 }
        }),
        (L::GetField, |cx| {
            not_null(cx);
            let (at, t) = field_addr(cx);
            // SAFETY: a live object of the pointer's type.
            unsafe { load(at, t) }
        }),
        (L::SetField, |cx| {
            not_null(cx);
            let (at, t) = field_addr(cx);
            barrier(cx, t);
            // SAFETY: as for getfield.
            unsafe { store(at, t, cx.arg(2)) };
            0
        }),
        (L::GetArrayItem, |cx| {
            not_null(cx);
            let (at, t) = item_addr(cx);
            // SAFETY: the index is in bounds (checked or proven by the
            // rtyper).
            unsafe { load(at, t) }
        }),
        (L::SetArrayItem, |cx| {
            not_null(cx);
            let (at, t) = item_addr(cx);
            item_barrier(cx, t);
            // SAFETY: as for getarrayitem.
            unsafe { store(at, t, cx.arg(2)) };
            0
        }),
        (L::GetArraySize, |cx| {
            not_null(cx);
            let t = pointee(cx, 0);
            let types = &cx.it.p.types;
            let off = match &types.get(t).kind {
                TypeKind::Array { .. } | TypeKind::StructArray { .. } => {
                    types.layout(t).length_offset
                }
                TypeKind::Struct { varsize, .. } => {
                    let vs = varsize
                        .as_ref()
                        .expect("getarraysize of a var-sized struct");
                    let k = types
                        .field_index(t, &vs.length_field)
                        .expect("length field");
                    types.layout(t).offsets[k]
                }
            };
            // SAFETY: the length word of a live var-sized object.
            unsafe {
                load(
                    (cx.arg(0) as usize as *const u8).add(off as usize),
                    LlType::Signed,
                )
            }
        }),
        (L::CheckIndex, |cx| {
            runtime::arith::check_index(cx.arg(0) as i64, cx.arg(1) as i64, index_message(cx))
                as u64
        }),
        (L::CheckIndexNonNeg, |cx| {
            runtime::arith::check_index_nonneg(
                cx.arg(0) as i64,
                cx.arg(1) as i64,
                index_message(cx),
            ) as u64
        }),
        (L::InstanceOf, |cx| {
            let LlConst::Prebuilt(class) = *cx.operand(1) else {
                panic!("instance_of against a non-constant class")
            };
            // SAFETY: `args[0]` is null or an instance of the program.
            unsafe {
                let vt = cx.it.heap.typeptr(cx.arg(0));
                cx.it.heap.is_subclass(vt, class) as u64
            }
        }),
        (L::ExcMatches, |cx| {
            let LlConst::Prebuilt(class) = *cx.operand(1) else {
                panic!("exc_matches against a non-constant class")
            };
            // SAFETY: `args[0]` is null or a vtable of the program.
            unsafe { cx.it.heap.is_subclass(cx.arg(0), class) as u64 }
        }),
    ]
}

/// The IndexError message of an index check (`list index out of range`
/// unless the op names another).
fn index_message(cx: &OpCx) -> &'static str {
    match cx.op.args.get(2).map(|_| cx.operand(2)) {
        Some(LlConst::Text(t)) => t,
        _ => "list index out of range",
    }
}
