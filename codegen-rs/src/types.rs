//! Rust spellings of low-level types, the `#[repr(C)]` struct of every
//! aggregate type, and the GC's type-info table.
//!
//! Layouts are the rtyper's (`Types::finish`): every struct is emitted with
//! compile-time assertions that Rust places each field, the item array and
//! the end of the fixed part exactly there, so the `TypeInfo` table (built
//! from the rtyper's numbers) and the code agree. GC structs carry a
//! `GcHeader` and are 8-byte aligned. Function pointers are
//! `Option<unsafe fn(..)>` (null is `None`, same size as a pointer), so a
//! zeroed field is a valid value.

use proc_macro2::TokenStream;
use quote::quote;
use rtyper::lltype::{LlType, TypeId, TypeKind};
use rtyper::LlProgram;

use crate::names::{ident, Names};

/// The Rust type of a low-level type.
pub fn rust_type(p: &LlProgram, n: &Names, t: LlType) -> TokenStream {
    match t {
        LlType::Ptr(id) => {
            let name = ident(&n.types[id.index()]);
            quote!(*mut #name)
        }
        LlType::FuncPtr(sig) => {
            let fnty = fn_type(p, n, sig);
            quote!(::core::option::Option<#fnty>)
        }
        LlType::Void => quote!(()),
        prim => {
            let s: TokenStream = prim.rust_prim().expect("primitive").parse().expect("type");
            s
        }
    }
}

/// `unsafe fn(params) -> result` for a signature.
pub fn fn_type(p: &LlProgram, n: &Names, sig: rtyper::lltype::SigId) -> TokenStream {
    let s = &p.types.sigs[sig.index()];
    let params: Vec<TokenStream> = s.params.iter().map(|t| rust_type(p, n, *t)).collect();
    let ret = rust_type(p, n, s.result);
    quote!(unsafe fn(#(#params),*) -> #ret)
}

/// The zero value of a type (what `malloc` leaves in a field).
pub fn zero(p: &LlProgram, n: &Names, t: LlType) -> TokenStream {
    match t {
        LlType::Void => quote!(()),
        LlType::Bool => quote!(false),
        LlType::Float => quote!(0.0f64),
        LlType::Ptr(_) => quote!(::core::ptr::null_mut()),
        LlType::FuncPtr(_) => quote!(::core::option::Option::None),
        prim => {
            let ty = rust_type(p, n, prim);
            quote!((0 as #ty))
        }
    }
}

/// The struct definitions of every aggregate type, with layout assertions.
pub fn structs(p: &LlProgram, n: &Names) -> TokenStream {
    let mut out = TokenStream::new();
    for (i, def) in p.types.defs.iter().enumerate() {
        let id = TypeId::new(i);
        let name = ident(&n.types[i]);
        let body = struct_body(p, n, id, None);
        let repr = if def.gc {
            quote!(#[repr(C, align(8))])
        } else {
            quote!(#[repr(C)])
        };
        let doc = format!(" {}", p.types.show(LlType::Ptr(id)));
        out.extend(quote! {
            #[doc = #doc]
            #repr
            pub struct #name { #body }
        });
        out.extend(layout_asserts(p, n, id, quote!(#name)));
    }
    out
}

/// The fields of a struct: the GC header, the fields, and the item array
/// (`[T; 0]`, or `[T; N]` for a prebuilt object of `N` items).
pub fn struct_body(
    p: &LlProgram,
    n: &Names,
    id: TypeId,
    items: Option<TokenStream>,
) -> TokenStream {
    let def = p.types.get(id);
    let mut fields = TokenStream::new();
    if def.gc {
        fields.extend(quote!(pub hdr: ::runtime::GcHeader,));
    }
    let count = items.unwrap_or(quote!(0));
    match &def.kind {
        TypeKind::Array { item } => {
            let t = rust_type(p, n, *item);
            fields.extend(quote!(pub length: i64, pub items: [#t; #count],));
        }
        TypeKind::StructArray { item } => {
            let t = ident(&n.types[item.index()]);
            fields.extend(quote!(pub length: i64, pub items: [#t; #count],));
        }
        TypeKind::Struct {
            fields: fs,
            varsize,
        } => {
            for (f, fname) in fs.iter().zip(&n.fields[id.index()]) {
                let fname = ident(fname);
                let t = rust_type(p, n, f.ty);
                fields.extend(quote!(pub #fname: #t,));
            }
            if let Some(v) = varsize {
                let t = rust_type(p, n, v.item);
                fields.extend(quote!(pub items: [#t; #count],));
            }
        }
    }
    fields
}

/// `const` assertions that Rust lays the struct out as the rtyper did.
pub fn layout_asserts(p: &LlProgram, n: &Names, id: TypeId, ty: TokenStream) -> TokenStream {
    let def = p.types.get(id);
    let layout = p.types.layout(id);
    let mut checks = Vec::new();
    let size = layout.fixed_size as usize;
    match &def.kind {
        TypeKind::Array { .. } | TypeKind::StructArray { .. } => {
            let lo = layout.length_offset as usize;
            let io = layout.items_offset as usize;
            checks.push(quote!(::core::mem::offset_of!(#ty, length) == #lo));
            checks.push(quote!(::core::mem::offset_of!(#ty, items) == #io));
            checks.push(quote!(::core::mem::size_of::<#ty>() == #size));
        }
        TypeKind::Struct { varsize, .. } => {
            for (fname, off) in n.fields[id.index()].iter().zip(&layout.offsets) {
                let f = ident(fname);
                let off = *off as usize;
                checks.push(quote!(::core::mem::offset_of!(#ty, #f) == #off));
            }
            if varsize.is_some() {
                let io = layout.items_offset as usize;
                checks.push(quote!(::core::mem::offset_of!(#ty, items) == #io));
            }
            checks.push(quote!(::core::mem::size_of::<#ty>() == #size));
        }
    }
    quote!(const _: () = { #(assert!(#checks);)* };)
}

/// The type-info table, indexed by GC type id, preceded by the adapters
/// of the light finalizers and finalizer-queue triggers (`rpy_del_<type>`,
/// `rpy_fq_trigger_<type>`: a `GcPtr` in, the graph called on it).
pub fn type_info_table(p: &LlProgram, n: &Names) -> TokenStream {
    let mut rows = Vec::new();
    let mut adapters = TokenStream::new();
    for &id in &p.types.gc_types {
        let def = p.types.get(id);
        let l = p.types.layout(id);
        let (fixed, item, lo, io) = (l.fixed_size, l.item_size, l.length_offset, l.items_offset);
        let varsize = match &def.kind {
            TypeKind::Array { .. } | TypeKind::StructArray { .. } => true,
            TypeKind::Struct { varsize, .. } => varsize.is_some(),
        };
        let item = if varsize { item } else { 0 };
        let gc = p.types.gc_pointer_offsets(id);
        let item_gc = p.types.item_gc_pointer_offsets(id);
        let name = n.types[id.index()].clone();
        let weak = p.types.weak_pointer_offset(id);
        let mut adapter = |prefix: &str, g: Option<rtyper::llgraph::LlGraphId>| match g {
            Some(g) => {
                let adapter = ident(&format!("{prefix}{name}"));
                let graph = ident(&n.graphs[g.index()]);
                let self_ty = rust_type(p, n, p.graph(g).var_type(p.graph(g).params()[0]));
                adapters.extend(quote! {
                    unsafe fn #adapter(obj: ::runtime::GcPtr) {
                        let _ = #graph(obj as #self_ty);
                    }
                });
                quote!(::core::option::Option::Some(#adapter as unsafe fn(::runtime::GcPtr)))
            }
            None => quote!(::core::option::Option::None),
        };
        let destructor = adapter("rpy_del_", p.destructor_of(id));
        let trigger = adapter("rpy_fq_trigger_", p.fq_trigger_of(id));
        rows.push(quote! {
            ::runtime::TypeInfo {
                fixed_size: #fixed,
                item_size: #item,
                length_offset: #lo,
                items_offset: #io,
                gc_ptrs: &[#(#gc),*],
                item_gc_ptrs: &[#(#item_gc),*],
                name: #name,
                weak_offset: #weak,
                destructor: #destructor,
                finalizer_trigger: #trigger,
            }
        });
    }
    let count = rows.len();
    quote! {
        #adapters
        /// The GC's description of every GC type, indexed by type id.
        static RPY_TYPES: [::runtime::TypeInfo; #count] = [#(#rows),*];
    }
}

/// The GC type id of a type (a `u32` literal).
pub fn tid(p: &LlProgram, id: TypeId) -> u32 {
    p.types
        .get(id)
        .gc_tid
        .unwrap_or_else(|| panic!("{} is not a GC type", p.types.get(id).name))
}
