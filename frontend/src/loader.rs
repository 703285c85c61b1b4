//! Finding, parsing and importing modules at translation time.
//!
//! User modules are found in the search path (the target's directory);
//! the standard library modules allowed at run time and the `rpython`
//! package are native modules of the translator.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use flowgraph::{Constant, FileId, ObjRef, Span};
use rustpython_parser::ast;

use crate::diag::Diagnostic;
use crate::eval::{Interp, R};
use crate::heap::{Module, Namespace, Object};
use crate::source::SourceMap;

/// Parses a file, turning a syntax error into a located diagnostic.
pub fn parse(sources: &SourceMap, file: FileId, text: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    use rustpython_parser::Parse;
    ast::Suite::parse(text, &sources.get(file).display_path).map_err(|e| {
        let offset: u32 = e.offset.into();
        let end = text[offset as usize..]
            .chars()
            .next()
            .map_or(offset, |c| offset + c.len_utf8() as u32);
        Diagnostic::at(
            Span {
                file,
                start: offset,
                end,
            },
            format!("syntax error: {}", e.error),
        )
    })
}

impl Interp {
    /// Reads and registers a source file.
    pub fn load_source(&mut self, path: &Path) -> Result<FileId, Diagnostic> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Diagnostic::error(None, format!("cannot read {}: {e}", path.display())))?;
        Ok(self.sources.add(path, text))
    }

    /// Creates a module object for a file and runs its body.
    pub fn exec_file_as_module(
        &mut self,
        name: &str,
        path: &Path,
        package: Option<&Path>,
    ) -> R<ObjRef> {
        let file = self.load_source(path)?;
        let text = self.sources.get(file).text.clone();
        let suite = parse(&self.sources, file, &text)?;
        let mut dict = Namespace::new();
        dict.insert("__name__".into(), Constant::Str(name.into()));
        dict.insert(
            "__file__".into(),
            Constant::Str(path.display().to_string().into()),
        );
        let pkg_name: &str = if package.is_some() {
            name
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        dict.insert("__package__".into(), Constant::Str(pkg_name.into()));
        if let Some(dir) = package {
            dict.insert(
                "__path__".into(),
                Constant::Str(dir.display().to_string().into()),
            );
        }
        let module = self.heap.alloc(Object::Module(Module {
            name: name.into(),
            dict,
            file: Some(file),
            native: false,
        }));
        self.modules.insert(name.into(), module);
        if let Err(e) = self.exec_module_body(module, file, &suite) {
            self.modules.shift_remove(name);
            return Err(e);
        }
        Ok(module)
    }

    /// `import name` (with `level` leading dots): loads every package on the
    /// way and returns the named module.
    pub fn import_module(&mut self, name: &str, level: u32, span: Span) -> R<ObjRef> {
        let full = if level > 0 {
            let here = self.frame().module;
            let package = match self.module_dict(here).get("__package__") {
                Some(Constant::Str(p)) => p.to_string(),
                _ => String::new(),
            };
            let mut base: Vec<&str> = if package.is_empty() {
                vec![]
            } else {
                package.split('.').collect()
            };
            for _ in 1..level {
                base.pop();
            }
            if base.is_empty() && package.is_empty() {
                return Err(Diagnostic::at(span, "relative import outside of a package").into());
            }
            let mut s = base.join(".");
            if !name.is_empty() {
                s.push('.');
                s.push_str(name);
            }
            s
        } else {
            name.to_string()
        };
        let mut prefix = String::new();
        let mut module = None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = match self.modules.get(prefix.as_str()) {
                Some(m) => *m,
                None => {
                    let m = self.find_and_load(&prefix, module, span)?;
                    if let Some(parent) = module {
                        self.module_dict_mut(parent)
                            .insert(part.into(), Constant::Obj(m));
                    }
                    m
                }
            };
            module = Some(m);
        }
        Ok(module.expect("module name is not empty"))
    }

    fn find_and_load(&mut self, full: &str, parent: Option<ObjRef>, span: Span) -> R<ObjRef> {
        let last = full.rsplit('.').next().unwrap_or(full);
        let dirs: Vec<PathBuf> = match parent {
            Some(p) => match self.module_dict(p).get("__path__") {
                Some(Constant::Str(d)) => vec![PathBuf::from(&**d)],
                _ => vec![],
            },
            None => self.search_path.clone(),
        };
        for dir in dirs {
            let pkg = dir.join(last);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return self.exec_file_as_module(full, &init, Some(&pkg));
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return self.exec_file_as_module(full, &file, None);
            }
        }
        let known = crate::eval::builtins::NATIVE_MODULES.join(", ");
        Err(Diagnostic::at(span, format!("no module named '{full}'"))
            .with_label("imported here")
            .with_note(format!(
                "modules are looked up in the target's directory; the translator also provides: {known}"
            ))
            .into())
    }

    /// `from module import name`: an attribute, or a submodule.
    pub fn import_from(&mut self, module: ObjRef, name: &str, span: Span) -> R<Constant> {
        if let Some(v) = self.module_dict(module).get(name) {
            return Ok(v.clone());
        }
        let (mod_name, native) = match self.heap.get(module) {
            Object::Module(m) => (m.name.clone(), m.native),
            _ => unreachable!(),
        };
        let sub = format!("{mod_name}.{name}");
        if !native || self.modules.contains_key(sub.as_str()) {
            if let Ok(m) = self.import_module(&sub, 0, span) {
                return Ok(Constant::Obj(m));
            }
        }
        let what = if native { "not supported yet: " } else { "" };
        Err(Diagnostic::at(
            span,
            format!("{what}cannot import name '{name}' from '{mod_name}'"),
        )
        .with_label("imported here")
        .into())
    }
}

pub type ModuleName = Rc<str>;
