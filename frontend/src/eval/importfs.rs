//! Reading the file system at import time: `open(path[, "r"])` (a text file
//! object with `read()`, `close()` and the `with` protocol), `os.listdir`,
//! `os.path.isdir`/`isfile`/`exists`.
//!
//! Import-time code may build tables from data files (e.g. an interpreter
//! embedding the sources of its pure-Python library modules); the values it
//! reads become frozen constants like any other import-time result. The
//! file objects themselves are import-time only.

use std::rc::Rc;

use flowgraph::{Constant, Span};

use super::{Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{Native, Object};

/// Handles the import-time file-system functions; `None` for any other
/// native function.
pub fn call(
    interp: &mut Interp,
    module: &str,
    name: &str,
    args: &[Constant],
    kwargs: &[(Rc<str>, Constant)],
    span: Span,
) -> Option<R<Constant>> {
    let result = match (module, name) {
        ("builtins", "open") => open(interp, args, kwargs, span),
        ("os", "listdir") => path_arg(interp, name, args, kwargs, span).and_then(|p| {
            let entries = std::fs::read_dir(&*p).map_err(|e| os_error(interp, &e, &p, span))?;
            let mut names = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| os_error(interp, &e, &p, span))?;
                names.push(Constant::Str(entry.file_name().to_string_lossy().into()));
            }
            Ok(interp.heap.list(names))
        }),
        ("os.path", "isdir" | "isfile" | "exists") => path_arg(interp, name, args, kwargs, span)
            .map(|p| {
                let meta = std::fs::metadata(&*p);
                Constant::Bool(match name {
                    "isdir" => meta.is_ok_and(|m| m.is_dir()),
                    "isfile" => meta.is_ok_and(|m| m.is_file()),
                    _ => meta.is_ok(),
                })
            }),
        _ => return None,
    };
    Some(result)
}

fn path_arg(
    interp: &mut Interp,
    name: &str,
    args: &[Constant],
    kwargs: &[(Rc<str>, Constant)],
    span: Span,
) -> R<Rc<str>> {
    match (args, kwargs) {
        ([Constant::Str(s)], []) => Ok(s.clone()),
        _ => Err(interp.raise(
            "TypeError",
            format!("{name}() takes one str argument at import time"),
            span,
        )),
    }
}

fn os_error(interp: &mut Interp, e: &std::io::Error, path: &str, span: Span) -> super::Unwind {
    let exc = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        _ => "OSError",
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    interp.raise(exc, format!("[Errno {errno}] {strerror}: '{path}'"), span)
}

fn open(
    interp: &mut Interp,
    args: &[Constant],
    kwargs: &[(Rc<str>, Constant)],
    span: Span,
) -> R<Constant> {
    let mode_ok = match (args.get(1), kwargs) {
        (None, []) => true,
        (Some(Constant::Str(m)), []) => matches!(&**m, "r" | "rt"),
        (None, [(k, Constant::Str(v))]) => &**k == "encoding" && &**v == "utf-8",
        _ => false,
    };
    let path = match args.first() {
        Some(Constant::Str(s)) if mode_ok && args.len() <= 2 => s.clone(),
        _ => {
            return Err(Diagnostic::not_supported_yet(
                span,
                "open() at import time other than open(path[, 'r'])",
            )
            .into())
        }
    };
    let text = std::fs::read_to_string(&*path).map_err(|e| os_error(interp, &e, &path, span))?;
    Ok(Constant::Obj(interp.heap.alloc(Object::Native(
        Native::ImportFile(Some(text.into())),
    ))))
}

/// The methods of an import-time file object.
pub const FILE_METHODS: &[&str] = &["read", "close", "__enter__", "__exit__"];

/// Calls a method of the import-time file object `receiver`.
pub fn call_file_method(
    interp: &mut Interp,
    receiver: &Constant,
    name: &str,
    args: &[Constant],
    span: Span,
) -> R<Constant> {
    let Constant::Obj(r) = receiver else {
        unreachable!("file methods are bound to file objects")
    };
    let Object::Native(Native::ImportFile(state)) = interp.heap.get_mut(*r) else {
        unreachable!("file methods are bound to file objects")
    };
    match name {
        "read" if args.is_empty() => match state {
            Some(text) => {
                let all = std::mem::replace(text, "".into());
                Ok(Constant::Str(all))
            }
            None => Err(interp.raise("ValueError", "I/O operation on closed file.", span)),
        },
        "close" | "__exit__" => {
            *state = None;
            Ok(Constant::None)
        }
        "__enter__" => Ok(receiver.clone()),
        _ => Err(Diagnostic::not_supported_yet(
            span,
            &format!("file.{name}() with these arguments at import time"),
        )
        .into()),
    }
}
