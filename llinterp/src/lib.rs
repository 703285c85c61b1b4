//! The low-level graph interpreter: runs an rtyped program ([`LlProgram`],
//! before the exception and GC transforms) without compiling it, so rtyper
//! tests can compare programs with CPython quickly, and as a reference for
//! the backend.
//!
//! Memory is the runtime crate's: objects are allocated by its GC and laid
//! out exactly as compiled code lays them out, so the runtime's helpers
//! (`call_helper`) are called through its registry on the interpreter's
//! objects unchanged. Values are 64-bit words ([`value`]); GC pointers held
//! by running graphs live in shadow-stack slots ([`frame`]), so collections
//! may move objects. Exceptions use the runtime's exception state, as
//! compiled code does ([`eval`]).
//!
//! Modules: [`heap`] (GC set-up, prebuilt objects, typed loads and
//! stores), [`table`] (one handler per low-level operation, contributed by
//! [`arith`], [`memops`] and [`calls`]), [`eval`] (blocks, links,
//! exception exits), [`run`] (argv, the entry point, the uncaught-exception
//! report), [`finalizers`] (`__del__` graphs run by the GC), [`pipeline`] (load → annotate → rtype for the `llinterp`
//! command and `translate --llinterp`).

pub mod arith;
pub mod calls;
pub mod eval;
pub mod finalizers;
pub mod frame;
pub mod heap;
pub mod memops;
pub mod pipeline;
pub mod run;
pub mod table;
pub mod value;

pub use rtyper::LlProgram;
pub use run::{run, run_captured, Outcome};
