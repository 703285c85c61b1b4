//! Annotations of the `os` functions that are not rows of the `SIMPLE`
//! table: `os.getenv(name[, default])` (also reached as
//! `os.environ.get`), `os.listdir(path)`, `os.path.join(a, ...)`, and
//! reading `os.environ` (`os.environ[name]`, `name in os.environ`).
//!
//! `os.environ` is the compile-time object `Native::Environ`; its
//! annotation is a PBC of that one object.

use flowgraph::ObjRef;
use frontend::heap::{Native, Object};

use crate::calls::CallArgs;
use crate::model::{Desc, OpPos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

/// Whether `s` is the annotation of `os.environ`.
pub fn is_environ(heap: &frontend::heap::Heap, s: &SomeValue) -> bool {
    match s {
        SomeValue::Pbc { descs, .. } => {
            descs.len() == 1 && matches!(descs[0], Desc::Frozen(r) if is_environ_obj(heap, r))
        }
        _ => false,
    }
}

fn is_environ_obj(heap: &frontend::heap::Heap, r: ObjRef) -> bool {
    matches!(heap.get(r), Object::Native(Native::Environ))
}

fn is_text(s: &SomeValue) -> bool {
    matches!(s, SomeValue::Str { .. } | SomeValue::Char { .. })
}

impl Annotator<'_> {
    /// The annotation of a call of `module.name`, if it is one of this
    /// module's functions.
    pub(crate) fn call_os_function(
        &mut self,
        at: OpPos,
        module: &str,
        name: &str,
        args: &CallArgs,
    ) -> Option<OpResult> {
        let r = match (module, name) {
            ("os", "getenv") => self.os_getenv(at, args),
            ("os", "listdir") => self.os_listdir(at, args),
            ("os.path", "join") => self.os_path_join(at, args),
            _ => return None,
        };
        Some(r)
    }

    fn os_text_args(
        &mut self,
        at: OpPos,
        name: &str,
        args: &CallArgs,
        min: usize,
        max: usize,
    ) -> Result<Vec<SomeValue>, frontend::diag::Diagnostic> {
        if !args.keywords.is_empty() || args.star.is_some() {
            return Err(self.error(
                at,
                format!("not supported yet: keyword or `*` arguments of {name}()"),
            ));
        }
        self.check_arg_count(at, name, args.positional.len(), min, max)?;
        let a = args.positional.clone();
        if let Some(bad) = a.iter().take(min.max(1)).find(|s| !is_text(s)) {
            return Err(self.error(
                at,
                format!("argument of {name}() must be a str, not {}", self.show(bad)),
            ));
        }
        Ok(a)
    }

    /// `os.getenv(name[, default])`: the value, or the default (None
    /// unless given; a str or None).
    fn os_getenv(&mut self, at: OpPos, args: &CallArgs) -> OpResult {
        let a = self.os_text_args(at, "getenv", args, 1, 2)?;
        let nullable = match a.get(1) {
            None | Some(SomeValue::None) => true,
            Some(SomeValue::Str { nullable, .. }) => *nullable,
            Some(SomeValue::Char { .. }) => false,
            Some(other) => {
                return Err(self.error(
                    at,
                    format!(
                        "not supported yet: a default of os.getenv() that is {} (only str or None)",
                        self.show(other)
                    ),
                ))
            }
        };
        Ok(SomeValue::Str {
            nullable,
            konst: None,
        })
    }

    /// `os.listdir(path)`: a new list of str.
    fn os_listdir(&mut self, at: OpPos, args: &CallArgs) -> OpResult {
        self.os_text_args(at, "listdir", args, 1, 1)?;
        let span = self.graphs[at.graph.index()].op_span(at);
        Ok(self.new_list(SomeValue::str(), Some(span)))
    }

    /// `os.path.join(a, *p)` of strings.
    fn os_path_join(&mut self, at: OpPos, args: &CallArgs) -> OpResult {
        let a = self.os_text_args(at, "join", args, 1, usize::MAX)?;
        if let Some(bad) = a.iter().find(|s| !is_text(s)) {
            return Err(self.error(
                at,
                format!("arguments of join() must be str, not {}", self.show(bad)),
            ));
        }
        Ok(SomeValue::str())
    }

    /// `os.environ[key]`, if `obj` is `os.environ`.
    pub(crate) fn environ_getitem(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        key: &SomeValue,
    ) -> Option<OpResult> {
        if !is_environ(&self.interp.heap, obj) {
            return None;
        }
        Some(if is_text(key) {
            Ok(SomeValue::str())
        } else {
            Err(self.error(
                at,
                format!("os.environ keys must be str, not {}", self.show(key)),
            ))
        })
    }

    /// `key in os.environ`, if `obj` is `os.environ`.
    pub(crate) fn environ_contains(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        key: &SomeValue,
    ) -> Option<OpResult> {
        if !is_environ(&self.interp.heap, obj) {
            return None;
        }
        Some(if is_text(key) {
            Ok(SomeValue::bool())
        } else {
            Err(self.error(
                at,
                format!("`in os.environ` of {} (keys are str)", self.show(key)),
            ))
        })
    }
}
