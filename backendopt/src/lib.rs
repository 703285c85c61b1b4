//! Backend optimizations on low-level graphs.
//!
//! They run after the exception transform (every op that can raise is
//! followed by an explicit `exc_occurred` check, so control flow is fully
//! explicit and a graph can be spliced into another one without exception
//! regions) and before the GC transform (no shadow-stack ops exist yet: the
//! GC transform computes roots for the optimized graphs).
//!
//! Each pass is one module and keeps the program valid for
//! `rtyper::verify::verify`; [`optimize`] runs the verifier after each pass
//! in debug builds. What holds after [`optimize`]: the program computes the
//! same thing with fewer calls, allocations, loads and comparisons; graph
//! and variable order stay deterministic (same input, same output).

use rtyper::LlProgram;

pub mod constfold;
pub mod effects;
pub mod inline;
pub mod loads;
pub mod mallocremoval;
pub mod simplify;
pub mod switches;
pub mod util;
pub mod zerostores;

/// Which passes run, and their knobs. `Options::for_level` maps the
/// `translate -O` level to a set.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub passes: Vec<Pass>,
    /// `inline`: callees whose size measure (`inline::graph_size`) is at
    /// most this are inlined.
    pub inline_threshold: f64,
}

/// One backend pass, in the order [`optimize`] runs them when listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// Inline small non-recursive callees (`inline.rs`).
    Inline,
    /// Fold constants, propagate them through links, simplify
    /// (`constfold.rs`, `simplify.rs`).
    ConstFold,
    /// Chains of `x == C` tests become one multi-way switch (`switches.rs`).
    Switches,
    /// Scalar replacement of non-escaping fixed-size GC structs.
    MallocRemoval,
    /// Reuse of loaded fields, array sizes and index checks.
    Loads,
    /// Removal of stores of zero into fields of fresh (zeroed) objects
    /// (`zerostores.rs`).
    ZeroStores,
}

impl Pass {
    /// The pass's name on the command line and in golden test headers.
    pub fn name(self) -> &'static str {
        match self {
            Pass::Inline => "inline",
            Pass::ConstFold => "constfold",
            Pass::Switches => "switches",
            Pass::MallocRemoval => "mallocremoval",
            Pass::Loads => "loads",
            Pass::ZeroStores => "zerostores",
        }
    }

    pub fn from_name(name: &str) -> Option<Pass> {
        Pass::ALL.iter().copied().find(|p| p.name() == name)
    }

    /// Every pass.
    pub const ALL: &'static [Pass] = &[
        Pass::Inline,
        Pass::ConstFold,
        Pass::Switches,
        Pass::MallocRemoval,
        Pass::Loads,
        Pass::ZeroStores,
    ];

    /// The passes `-O2` runs, in order: inlining first (objects made in
    /// small callees become local to the caller), folding, then malloc
    /// removal, redundant loads and dead zero stores, folding again what they made constant,
    /// and switches last (on the simplified comparison chains).
    pub const DEFAULT_PIPELINE: &'static [Pass] = &[
        Pass::Inline,
        Pass::ConstFold,
        Pass::MallocRemoval,
        Pass::Loads,
        Pass::ZeroStores,
        Pass::ConstFold,
        Pass::Switches,
    ];
}

impl Options {
    /// `-O0`/`-O1`: no backend optimization; `-O2` and above: the default
    /// pipeline.
    pub fn for_level(optimize: bool) -> Options {
        Options {
            passes: if optimize {
                Pass::DEFAULT_PIPELINE.to_vec()
            } else {
                Vec::new()
            },
            inline_threshold: std::env::var("RPY_INLINE_THRESHOLD")
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(inline::DEFAULT_THRESHOLD),
        }
    }
}

/// Runs the passes of `opts` in order over the whole program.
pub fn optimize(p: &mut LlProgram, opts: &Options) -> Result<(), String> {
    for &pass in &opts.passes {
        run_pass_with(p, pass, opts);
        if cfg!(debug_assertions) {
            rtyper::verify::verify(p)
                .map_err(|e| format!("malformed low-level graphs after {}: {e}", pass.name()))?;
        }
    }
    Ok(())
}

/// Runs one pass over the whole program (default knobs).
pub fn run_pass(p: &mut LlProgram, pass: Pass) {
    run_pass_with(p, pass, &Options::for_level(true))
}

/// Runs one pass over the whole program with the knobs of `opts`.
pub fn run_pass_with(p: &mut LlProgram, pass: Pass, opts: &Options) {
    match pass {
        Pass::Inline => inline::inline_program(p, opts.inline_threshold),
        Pass::ConstFold => constfold::fold_program(p),
        Pass::Switches => switches::switch_program(p),
        Pass::MallocRemoval => {
            mallocremoval::run(p);
        }
        Pass::Loads => {
            loads::run(p);
        }
        Pass::ZeroStores => {
            zerostores::run(p);
        }
    }
}
