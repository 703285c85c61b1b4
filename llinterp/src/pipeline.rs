//! From a target to the program the interpreter runs: load (run the
//! target module, call `target()`), annotate, rtype, verify, and insert the
//! recursion guards (`stack_check`, which the rtyper's graphs get before the
//! exception transform). Errors are reported on stderr as diagnostics, as
//! `translate` reports them.

use std::path::Path;

use frontend::diag::{self, MessageFormat};
use rtyper::LlProgram;

/// The last line on stderr when the target cannot be rtyped.
pub fn could_not(path: &Path) -> String {
    format!("error: could not rtype {}", path.display())
}

/// The target could not be rtyped (the errors were reported on stderr).
#[derive(Debug)]
pub struct NotRtyped;

/// The rtyped program of the target `path` (a directory with `target.py`
/// or a `.py` file), or `Err` after the errors were reported.
pub fn rtype_target(path: &Path, target_args: &[String]) -> Result<LlProgram, NotRtyped> {
    let mut target = match frontend::load_target(path, target_args) {
        Ok(t) => t,
        Err((interp, d)) => {
            let sources = interp.map(|i| i.sources).unwrap_or_default();
            diag::emit(&sources, &[d], MessageFormat::Human);
            eprintln!("{}", could_not(path));
            return Err(NotRtyped);
        }
    };
    let result = {
        let mut ann = annotator::annotate(&mut target.interp, target.entry_point);
        if ann.errors.is_empty() {
            let entry = ann.entry.expect("annotated without errors");
            rtyper::rtype(&mut ann.annotator, entry)
        } else {
            Err(std::mem::take(&mut ann.errors))
        }
    };
    let mut p = match result {
        Ok(p) => p,
        Err(diags) => {
            diag::emit(&target.interp.sources, &diags, MessageFormat::Human);
            eprintln!("{}", could_not(path));
            return Err(NotRtyped);
        }
    };
    if let Err(e) = rtyper::verify::verify(&p) {
        eprintln!("error: internal error: the low-level graphs are malformed: {e}");
        eprintln!("{}", could_not(path));
        return Err(NotRtyped);
    }
    rtyper::stackcheck::insert_stack_checks(&mut p);
    Ok(p)
}
