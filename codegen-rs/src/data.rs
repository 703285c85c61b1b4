//! Prebuilt objects as Rust statics.
//!
//! Every prebuilt object becomes a `static mut` (the program may write to
//! prebuilt instances, lists and dicts), initialized at compile time; GC
//! objects get a header flagged `PREBUILT` so the collector never moves
//! them. A var-sized object of `N` items (a string, an array) has a type of
//! its own, `Pre_T<N>`: the fields of `T` followed by `[item; N]`, with
//! assertions that its prefix is laid out as `T`. Pointers to statics are
//! `&raw mut S_x` cast to the pointer type the field or operand has, so
//! statics may refer to each other in any order, cycles included.

use proc_macro2::TokenStream;
use quote::quote;
use rtyper::llgraph::{LlConst, PrebuiltId};
use rtyper::lltype::{LlType, TypeId, TypeKind};
use rtyper::program::PrebuiltItems;
use rtyper::LlProgram;

use crate::names::{ident, Names};
use crate::types::{fn_type, layout_asserts, rust_type, struct_body, tid};

/// A constant as a Rust expression of the Rust type of `ty` (usable in
/// static initializers).
pub fn const_expr(p: &LlProgram, n: &Names, c: &LlConst, ty: LlType) -> TokenStream {
    match (c, ty) {
        (LlConst::Void, _) => quote!(()),
        (LlConst::Bool(b), _) => quote!(#b),
        (LlConst::Int(i), LlType::Bool) => {
            let b = *i != 0;
            quote!(#b)
        }
        (LlConst::Int(i), t) => int_literal(*i, t),
        (LlConst::Char(ch), t) => int_literal(*ch as i64, t),
        (LlConst::Float(f), _) => {
            let bits = f.to_bits();
            quote!(f64::from_bits(#bits))
        }
        (LlConst::Null, LlType::FuncPtr(_)) => quote!(::core::option::Option::None),
        (LlConst::Null, t @ LlType::Ptr(_)) => {
            // Typed, so the value can also be cast (`as usize` for a helper).
            let pt = rust_type(p, n, t);
            quote!((::core::ptr::null_mut() as #pt))
        }
        (LlConst::Null, _) => quote!(::core::ptr::null_mut()),
        (LlConst::Prebuilt(id), t) => {
            let s = ident(&n.statics[id.index()]);
            let pt = rust_type(p, n, t);
            quote!(((&raw mut #s) as #pt))
        }
        (LlConst::Graph(g), LlType::FuncPtr(sig)) => {
            let f = ident(&n.graphs[g.index()]);
            let ft = fn_type(p, n, sig);
            // The graph's own signature may differ from the slot's in the
            // pointee types of GC pointers (a method typed for a subclass
            // in a base class's vtable slot, as the RTyper allows); such
            // pointers have one ABI, so the function pointer is reinterpreted.
            let graph = &p.graphs[g.index()];
            let params: Vec<TokenStream> = graph
                .params()
                .iter()
                .map(|v| rust_type(p, n, graph.var_type(*v)))
                .collect();
            let ret = rust_type(p, n, graph.result_type());
            let own = quote!(unsafe fn(#(#params),*) -> #ret);
            if own.to_string() == ft.to_string() {
                quote!(::core::option::Option::Some(#f as #ft))
            } else {
                quote!(::core::option::Option::Some(unsafe {
                    ::core::mem::transmute::<#own, #ft>(#f as #own)
                }))
            }
        }
        (other, t) => panic!("constant {other:?} of type {t:?} has no Rust value"),
    }
}

/// An integer literal of the Rust type of `t` holding the bit pattern `v`.
pub fn int_literal(v: i64, t: LlType) -> TokenStream {
    use proc_macro2::Literal;
    let lit = match t {
        LlType::Signed | LlType::SignedLongLong => Literal::i64_suffixed(v),
        LlType::Unsigned | LlType::UnsignedLongLong => Literal::u64_suffixed(v as u64),
        LlType::Int32 => Literal::i32_suffixed(v as i32),
        LlType::UInt32 | LlType::UniChar => Literal::u32_suffixed(v as u32),
        LlType::Int16 => Literal::i16_suffixed(v as i16),
        LlType::UInt16 => Literal::u16_suffixed(v as u16),
        LlType::Int8 => Literal::i8_suffixed(v as i8),
        LlType::UInt8 | LlType::Char => Literal::u8_suffixed(v as u8),
        other => panic!("integer constant of type {other:?}"),
    };
    // A negative literal is a unary minus applied to a literal: parenthesize.
    if v < 0 && t.is_signed_int() {
        quote!((#lit))
    } else {
        quote!(#lit)
    }
}

/// The number of items of a var-sized prebuilt object (`None` if it is not
/// var-sized).
fn item_count(p: &LlProgram, id: PrebuiltId) -> Option<usize> {
    let pb = &p.prebuilt[id.index()];
    let def = p.types.get(pb.ty);
    let varsize = match &def.kind {
        TypeKind::Array { .. } | TypeKind::StructArray { .. } => true,
        TypeKind::Struct { varsize, .. } => varsize.is_some(),
    };
    if !varsize {
        return None;
    }
    Some(match &pb.items {
        PrebuiltItems::None => 0,
        PrebuiltItems::Consts(cs) => cs.len(),
        PrebuiltItems::Bytes(b) => b.len(),
        PrebuiltItems::Structs(rows) => rows.len(),
    })
}

/// The `Pre_T<N>` shapes of var-sized types that have prebuilt objects, and
/// every prebuilt static.
pub fn statics(p: &LlProgram, n: &Names) -> TokenStream {
    let mut out = TokenStream::new();
    let mut shaped: Vec<TypeId> = Vec::new();
    for (i, _) in p.prebuilt.iter().enumerate() {
        let id = PrebuiltId::new(i);
        if item_count(p, id).is_some() && !shaped.contains(&p.prebuilt[i].ty) {
            shaped.push(p.prebuilt[i].ty);
        }
    }
    for ty in shaped {
        let pre = ident(&format!("Pre_{}", n.types[ty.index()]));
        let body = struct_body(p, n, ty, Some(quote!(N)));
        let repr = if p.types.get(ty).gc {
            quote!(#[repr(C, align(8))])
        } else {
            quote!(#[repr(C)])
        };
        out.extend(quote! {
            #repr
            pub struct #pre<const N: usize> { #body }
        });
        // The prefix of `Pre_T<1>` is laid out as `T`.
        let mut asserts = layout_asserts(p, n, ty, quote!(#pre<0>));
        let probe = quote!(#pre<1>);
        let fixed = p.types.layout(ty).items_offset as usize;
        asserts.extend(quote!(
            const _: () = assert!(::core::mem::offset_of!(#probe, items) == #fixed);
        ));
        out.extend(asserts);
    }
    for (i, pb) in p.prebuilt.iter().enumerate() {
        let id = PrebuiltId::new(i);
        let name = ident(&n.statics[i]);
        let def = p.types.get(pb.ty);
        let count = item_count(p, id);
        let (ty, ctor) = match count {
            Some(k) => {
                let pre = ident(&format!("Pre_{}", n.types[pb.ty.index()]));
                (quote!(#pre<#k>), quote!(#pre::<#k>))
            }
            None => {
                let t = ident(&n.types[pb.ty.index()]);
                (quote!(#t), quote!(#t))
            }
        };
        let mut inits = Vec::new();
        if def.gc {
            let tid = tid(p, pb.ty);
            inits.push(quote!(hdr: ::runtime::GcHeader::prebuilt(#tid)));
        }
        match &def.kind {
            TypeKind::Array { item } => {
                let len = count.unwrap_or(0) as i64;
                inits.push(quote!(length: #len));
                inits.push(items_init(p, n, &pb.items, *item));
            }
            TypeKind::StructArray { item } => {
                let len = count.unwrap_or(0) as i64;
                inits.push(quote!(length: #len));
                let PrebuiltItems::Structs(rows) = &pb.items else {
                    panic!("prebuilt struct array without struct items")
                };
                let name = ident(&n.types[item.index()]);
                let fields = p.types.fields(*item);
                let rows: Vec<TokenStream> = rows
                    .iter()
                    .map(|row| {
                        let fs = fields.iter().zip(&n.fields[item.index()]).zip(row).map(
                            |((f, fname), c)| {
                                let fname = ident(fname);
                                let v = const_expr(p, n, c, f.ty);
                                quote!(#fname: #v)
                            },
                        );
                        quote!(#name { #(#fs),* })
                    })
                    .collect();
                inits.push(quote!(items: [#(#rows),*]));
            }
            TypeKind::Struct { fields, varsize } => {
                for ((f, fname), c) in fields.iter().zip(&n.fields[pb.ty.index()]).zip(&pb.fields) {
                    let fname = ident(fname);
                    let v = const_expr(p, n, c, f.ty);
                    inits.push(quote!(#fname: #v));
                }
                if let Some(v) = varsize {
                    inits.push(items_init(p, n, &pb.items, v.item));
                }
            }
        }
        let doc = format!(" prebuilt {}", pb.name);
        out.extend(quote! {
            #[doc = #doc]
            static mut #name: #ty = #ctor { #(#inits),* };
        });
    }
    out
}

fn items_init(p: &LlProgram, n: &Names, items: &PrebuiltItems, item: LlType) -> TokenStream {
    match items {
        PrebuiltItems::None => quote!(items: []),
        PrebuiltItems::Bytes(b) => {
            let lit = proc_macro2::Literal::byte_string(b);
            quote!(items: *#lit)
        }
        PrebuiltItems::Consts(cs) => {
            let vs: Vec<TokenStream> = cs.iter().map(|c| const_expr(p, n, c, item)).collect();
            quote!(items: [#(#vs),*])
        }
        PrebuiltItems::Structs(_) => panic!("struct items of a non-struct array"),
    }
}

/// The prebuilt GC objects that hold GC pointers (roots for the collector),
/// as `GcPtr` expressions.
pub fn prebuilt_roots(p: &LlProgram, n: &Names) -> Vec<TokenStream> {
    let mut roots = Vec::new();
    for (i, pb) in p.prebuilt.iter().enumerate() {
        if !p.types.get(pb.ty).gc {
            continue;
        }
        let has_ptrs = !p.types.gc_pointer_offsets(pb.ty).is_empty()
            || !p.types.item_gc_pointer_offsets(pb.ty).is_empty();
        if has_ptrs {
            let s = ident(&n.statics[i]);
            roots.push(quote!((&raw mut #s) as ::runtime::GcPtr));
        }
    }
    roots
}
