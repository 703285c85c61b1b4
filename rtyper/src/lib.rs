//! Low-level typing: the low-level type system ([`lltype`]), the table of
//! low-level operations ([`llops`]), low-level graphs ([`llgraph`]) and the
//! RTyper ([`rtyper::rtype`]) that turns annotated flow graphs into them.
//!
//! Boundary: the input is an [`annotator::Annotator`] after a successful
//! annotation; the output [`program::LlProgram`] refers to nothing of the
//! front end or the annotator (only source spans for messages), so later
//! stages (transforms, the graph interpreter, codegen-rs, jitgen) see only
//! low-level graphs.

pub mod excsites;
pub mod exctransform;
pub mod iterexits;
pub mod llgraph;
pub mod llops;
pub mod lltype;
pub mod print;
pub mod program;
pub mod rtyper;
pub mod runtime_names;
pub mod stackcheck;
pub mod verify;

mod lower;
mod rbigint;
mod rboundmeth;
mod rbuiltin;
mod rcall;
mod rclass;
mod rconst;
mod rcontainers;
mod rdict;
mod rdictkeys;
mod rdictmethods;
mod rfile;
mod rfloat;
mod rformat;
mod riter;
mod riterobj;
mod rlist;
mod rmath;
mod rmemo;
mod rops;
mod ros;
mod rrepeat;
mod rrepr;
mod rstr;
mod rsynth;
mod rweakref;

pub use program::LlProgram;
pub use rtyper::rtype;
