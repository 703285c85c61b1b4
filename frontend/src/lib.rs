//! The front end of the translator: loads a target, runs its import-time
//! code in the compile-time evaluator ([`eval`]), and builds flow graphs of
//! the functions reachable from the entry point ([`flow`]).
//!
//! After [`load_target`], the compile-time heap is frozen: later stages only
//! read it. Every error is a [`diag::Diagnostic`] located in the user's code.

pub mod diag;
pub mod eval;
pub mod flow;
pub mod heap;
pub mod loader;
pub mod scope;
pub mod source;

use std::path::{Path, PathBuf};

use flowgraph::{Constant, ObjRef, Span};

use diag::Diagnostic;
use eval::{Interp, Unwind};
use heap::Object;

/// A loaded target: the evaluator state and the entry point.
pub struct Target {
    pub interp: Interp,
    /// The directory holding the target's modules.
    pub dir: PathBuf,
    /// `target` name: the directory name or the file stem.
    pub name: String,
    pub module: ObjRef,
    /// The `entry_point(argv)` function returned by `target(driver, args)`.
    pub entry_point: ObjRef,
    /// `EXECUTABLE_NAME`, if the target sets it.
    pub executable_name: Option<String>,
}

fn unwind_to_diag(interp: &Interp, u: Unwind) -> Diagnostic {
    match u {
        Unwind::Error(d) => *d,
        Unwind::Exception(e) => interp.exception_diagnostic(&e),
    }
}

/// Resolves a target argument (a directory with `target.py`, or a file).
pub fn resolve_target(arg: &Path) -> Result<(PathBuf, PathBuf, String), Diagnostic> {
    let (file, dir, name) = if arg.is_dir() {
        let file = arg.join("target.py");
        let dir = arg.to_path_buf();
        let name = std::fs::canonicalize(arg)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "target".into());
        if !file.is_file() {
            return Err(Diagnostic::error(
                None,
                format!("{} is a directory without a target.py", arg.display()),
            ));
        }
        (file, dir, name)
    } else if arg.is_file() {
        let dir = arg
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        let name = arg
            .file_stem()
            .map_or("target".into(), |s| s.to_string_lossy().into_owned());
        (arg.to_path_buf(), dir, name)
    } else {
        return Err(
            Diagnostic::error(None, format!("no such target: {}", arg.display()))
                .with_note("a target is a directory containing target.py, or a .py file"),
        );
    };
    Ok((file, dir, name))
}

/// Loads a target: runs its module (and everything it imports), then calls
/// `target(driver, args)` to get the entry point.
pub fn load_target(
    arg: &Path,
    target_args: &[String],
) -> Result<Target, (Option<Interp>, Diagnostic)> {
    let (file, dir, name) = resolve_target(arg).map_err(|d| (None, d))?;
    let mut interp = Interp::new(vec![dir.clone()]);
    let module = match interp.exec_file_as_module("__target__", &file, None) {
        Ok(m) => m,
        Err(u) => {
            let d = unwind_to_diag(&interp, u);
            return Err((Some(interp), d));
        }
    };
    let file_id = match interp.heap.get(module) {
        Object::Module(m) => m.file.expect("target module has a file"),
        _ => unreachable!(),
    };
    let whole_file = Span {
        file: file_id,
        start: 0,
        end: 0,
    };
    let Some(target_fn) = interp.module_dict(module).get("target").cloned() else {
        let d = Diagnostic::error(None, format!("{} does not define `target(driver, args)`", file.display()))
            .with_note("the target function returns the entry point: def target(driver, args): return entry_point");
        return Err((Some(interp), d));
    };
    let args: Vec<Constant> = target_args
        .iter()
        .map(|a| Constant::Str(a.as_str().into()))
        .collect();
    let args = interp.heap.list(args);
    let span = match &target_fn {
        Constant::Obj(f) => interp
            .heap
            .as_function(*f)
            .map_or(whole_file, |f| f.code.span),
        _ => whole_file,
    };
    let result = match interp.call(&target_fn, vec![Constant::None, args], vec![], span) {
        Ok(v) => v,
        Err(u) => {
            let d = unwind_to_diag(&interp, u);
            return Err((Some(interp), d));
        }
    };
    let entry = match interp.heap.tuple_items(&result) {
        Some(items) if !items.is_empty() => items[0].clone(),
        _ => result,
    };
    let entry_point = match entry {
        Constant::Obj(f) if interp.heap.as_function(f).is_some() => f,
        other => {
            let what = interp.heap.repr_const(&other);
            let d = Diagnostic::at(
                span,
                format!("target() must return the entry point function, not {what}"),
            )
            .with_label("this function");
            return Err((Some(interp), d));
        }
    };
    let executable_name = match interp.module_dict(module).get("EXECUTABLE_NAME") {
        Some(Constant::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    Ok(Target {
        interp,
        dir,
        name,
        module,
        entry_point,
        executable_name,
    })
}
