//! The program's `main`: start-up, the call of the entry point, and the
//! report of an uncaught exception.
//!
//! Start-up runs on a thread with a big stack (`runtime::stack`): it
//! initializes the GC (the collector `translate --gc` chose) with the
//! type-info table, registers the prebuilt objects that hold GC pointers
//! as roots and the builtin exception classes
//! with the runtime, and builds `argv` (a list of `str`). After the entry
//! point returns, a pending exception is reported as CPython reports an
//! uncaught one with exit status 1: the innermost frame's
//! `File "...", line N, in f` and source line from the table of raise sites
//! (`RPY_RAISE_SITES`, indexed by the runtime's raise location) when known,
//! then `Name: message`; otherwise the entry point's result is the exit
//! status.

use proc_macro2::TokenStream;
use quote::quote;
use rtyper::lltype::{LlType, TypeKind};
use rtyper::LlProgram;

use crate::data::prebuilt_roots;
use crate::gctransform::GcChoice;
use crate::names::{ident, Names};
use crate::types::tid;

pub fn emit_main(p: &LlProgram, n: &Names, gc: GcChoice) -> TokenStream {
    let gc_kind = match gc {
        GcChoice::Semispace => quote!(Semispace),
        GcChoice::Generational => quote!(Generational),
    };
    let entry = p.entry.expect("the program has an entry point");
    let g = &p.graphs[entry.index()];
    let entry_fn = ident(&n.graphs[entry.index()]);
    let roots = prebuilt_roots(p, n);
    let str_type = p.str_type.expect("the str type");
    let str_tid = tid(p, str_type);
    let object = p.object_type.expect("classes");
    let obj_name = ident(&n.types[object.index()]);
    let vtable = p.vtable_type.expect("classes");
    let vt_name = ident(&n.types[vtable.index()]);
    let vt_min = ident(&n.fields[vtable.index()][0]);
    let typeptr_off = p.types.layout(object).offsets[0];

    // Builtin exception classes.
    let mut registrations = Vec::new();
    for (exc, ci) in &p.builtin_exceptions {
        let c = &p.classes[*ci];
        let kind = ident(&format!("{exc:?}"));
        let vt = ident(&n.statics[c.vtable.index()]);
        let inst_tid = tid(p, c.inst_type);
        let msg_off = msg_offset(p, c.inst_type);
        registrations.push(quote! {
            ::runtime::exc::register_builtin(::runtime::exc::Builtin::#kind, ::runtime::exc::BuiltinClass {
                vtable: (&raw mut #vt) as *const u8,
                inst_tid: #inst_tid,
                typeptr_offset: #typeptr_off,
                msg_offset: #msg_off,
                str_tid: #str_tid,
            });
        });
    }

    // The name and message of an uncaught exception.
    let mut names = Vec::new();
    for c in p.classes.iter().filter(|c| c.is_exception) {
        let vt = ident(&n.statics[c.vtable.index()]);
        let name = &c.traceback_name;
        let off = msg_offset(p, c.inst_type);
        names.push(quote! {
            if t == (&raw mut #vt) as *const u8 {
                return (#name, #off);
            }
        });
    }

    let sites = raise_sites(p);
    let argv = build_argv(p, n, g.var_type(g.params()[0]), str_tid);
    let ret_conv = match g.result_type() {
        LlType::Void => quote!(0),
        LlType::Bool => quote!(r as i32),
        _ => quote!(r as i32),
    };

    quote! {
        type RpyObject = #obj_name;

        /// Whether the class with vtable `t` has a preorder id in `min..=max`.
        #[inline(always)]
        unsafe fn rpy_subclass(t: *mut #vt_name, min: i64, max: i64) -> bool {
            !t.is_null() && (*t).#vt_min >= min && (*t).#vt_min <= max
        }

        /// The traceback name of an exception class, and the offset of the
        /// message in its instances.
        unsafe fn rpy_exception_class(t: *const u8) -> (&'static str, u32) {
            #(#names)*
            ("Exception", 0)
        }

        #sites

        /// The innermost frame of the pending exception (empty if unknown).
        fn rpy_raise_location() -> ::std::string::String {
            match ::runtime::exc::location().and_then(|i| RPY_RAISE_SITES.get(i)) {
                Some((path, line, func, source)) => {
                    ::runtime::exc::frame_text(path, *line, func, source)
                }
                None => ::std::string::String::new(),
            }
        }

        #[cold]
        unsafe fn rpy_report_uncaught() -> ! {
            let t = ::runtime::exc::exc_type();
            let location = rpy_raise_location();
            if t.is_null() {
                let name = ::runtime::exc::pending_builtin().map_or("SystemError", |k| k.name());
                let msg = ::runtime::exc::pending_message().unwrap_or_default();
                ::runtime::exc::report_uncaught(name, &msg, &location);
            }
            let (name, off) = rpy_exception_class(t);
            let v = ::runtime::exc::exc_value();
            let mut msg = ::std::string::String::new();
            if !v.is_null() && off != 0 {
                let s = *((v as *mut u8).add(off as usize) as *mut *mut ::runtime::RpyStr);
                if !s.is_null() {
                    msg = ::runtime::string::str_as_str(s).to_owned();
                }
            }
            ::runtime::exc::report_uncaught(name, &msg, &location)
        }

        unsafe fn rpy_run() -> i32 {
            ::runtime::gc::init_kind(&RPY_TYPES, ::runtime::gc::GcKind::#gc_kind);
            let roots: ::std::vec::Vec<::runtime::GcPtr> = ::std::vec![#(#roots),*];
            ::runtime::gc::add_prebuilt_roots(::std::boxed::Box::leak(roots.into_boxed_slice()));
            #(#registrations)*
            let argv = { #argv };
            let r = #entry_fn(argv);
            if ::runtime::exc::occurred() {
                rpy_report_uncaught();
            }
            ::runtime::io::exit_flush();
            #ret_conv
        }

        fn main() {
            let code = ::runtime::stack::run_with_big_stack(|| unsafe { rpy_run() });
            ::std::process::exit(code)
        }
    }
}

/// The table of raise sites: `(path, line, function, source line)`.
fn raise_sites(p: &LlProgram) -> TokenStream {
    let n = p.raise_sites.len();
    let rows = p.raise_sites.iter().map(|s| {
        let (path, line, func, source) = (&s.path, s.line, &s.func, &s.source);
        quote!((#path, #line, #func, #source))
    });
    quote! {
        static RPY_RAISE_SITES: [(&str, u32, &str, &str); #n] = [#(#rows),*];
    }
}

/// The offset of the hidden `msg` field in an exception instance (0 if
/// the type has none).
fn msg_offset(p: &LlProgram, inst: rtyper::lltype::TypeId) -> u32 {
    p.types
        .field_index(inst, "msg")
        .map_or(0, |i| p.types.layout(inst).offsets[i])
}

/// The expression building `argv` (a fixed array or a resizable list of
/// str) from the process arguments.
fn build_argv(p: &LlProgram, n: &Names, ty: LlType, str_tid: u32) -> TokenStream {
    let LlType::Ptr(t) = ty else {
        panic!("the entry point takes a list of str")
    };
    let rt = crate::types::rust_type(p, n, ty);
    let (array_ty, list_tid) = match &p.types.get(t).kind {
        TypeKind::Array { .. } | TypeKind::StructArray { .. } => (t, None),
        TypeKind::Struct { fields, .. } => {
            let LlType::Ptr(a) = fields[1].ty else {
                panic!("list items")
            };
            (a, Some(tid(p, t)))
        }
    };
    let array_tid = tid(p, array_ty);
    let array_rt = crate::types::rust_type(p, n, LlType::Ptr(array_ty));
    let make = match list_tid {
        None => quote! {
            let a = ::runtime::gc::malloc_varsize(#array_tid, args.len() as i64);
            if a.is_null() { ::runtime::stack::fatal("out of memory building argv"); }
            *ss = a;
        },
        Some(list_tid) => quote! {
            let l = ::runtime::list::list_new(#list_tid, #array_tid, args.len() as i64);
            if l.is_null() { ::runtime::stack::fatal("out of memory building argv"); }
            *ss = l as ::runtime::GcPtr;
        },
    };
    let items = match list_tid {
        None => quote!((*ss) as #array_rt),
        Some(_) => quote!((*((*ss) as *mut ::runtime::RpyList)).items as #array_rt),
    };
    quote! {
        let args: ::std::vec::Vec<::std::string::String> = ::std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let ss = ::runtime::gc::shadow_reserve(1);
        #make
        for (i, arg) in args.iter().enumerate() {
            let s = ::runtime::string::str_from(#str_tid, arg);
            if s.is_null() { ::runtime::stack::fatal("out of memory building argv"); }
            let a = #items;
            ::runtime::gc::write_barrier(a as ::runtime::GcPtr);
            *(&raw mut (*a).items).cast::<*mut ::runtime::RpyStr>().add(i) = s;
        }
        let argv = (*ss) as #rt;
        ::runtime::gc::shadow_release(1);
        argv
    }
}
