//! codegen-rs: the Rust backend.
//!
//! Input: a low-level program after the exception transform. [`prepare`]
//! runs the backend's own passes on it (the GC transform), [`emit`] turns it
//! into the source files of a Rust crate (structs with layout assertions,
//! the GC type-info table, prebuilt statics, one function per graph spread
//! over modules, and `main`; see [`modules`]), and [`build`] writes a cargo
//! package around them and compiles it against the `runtime` crate in a
//! shared target directory.
//!
//! Invariants: codegen sees only low-level graphs (no annotations, no flow
//! graphs); the emitted text depends only on the program (items in program
//! order, no hash-map iteration), so the same input gives byte-identical
//! source.

pub mod build;
pub mod data;
pub mod entry;
pub mod func;
pub mod gctransform;
pub mod modules;
pub mod names;
pub mod ops;
pub mod structure;
pub mod tidy;
pub mod types;

use rtyper::LlProgram;

pub use gctransform::{GcChoice, GcFrames};
pub use modules::RustSource;

/// The backend's passes: the GC transform. Returns each graph's shadow
/// stack frame size.
pub fn prepare(p: &mut LlProgram) -> GcFrames {
    gctransform::transform(p)
}

/// The Rust source of the whole program, as the files of the generated
/// crate (see [`modules`]). `locate` turns a source span into `file:line`
/// for the comment on each function.
pub fn emit(
    p: &LlProgram,
    frames: &GcFrames,
    locate: &dyn Fn(flowgraph::Span) -> String,
) -> RustSource {
    let n = names::Names::new(p);
    let mut type_items = types::structs(p, &n);
    type_items.extend(types::type_info_table(p, &n));
    let types = modules::print_items(type_items);
    let data = modules::print_items(data::statics(p, &n));
    let functions = (0..p.graphs.len())
        .map(|gi| {
            let origin = p.graphs[gi].span.map(locate);
            modules::print_items(func::emit_graph(p, &n, gi, frames.slots[gi], origin))
        })
        .collect();
    modules::assemble(types, data, functions, entry::emit_main(p, &n, frames.gc))
}
