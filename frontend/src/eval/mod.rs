//! The compile-time evaluator: runs module bodies, class bodies, decorators
//! and whatever they call (import-time code is unrestricted Python), building
//! the compile-time heap.
//!
//! After loading, module globals are frozen: later stages only read them.
//! Errors come in two kinds: a Python exception raised by the user's
//! import-time code ([`Unwind::Exception`], catchable by `try`), and a
//! translator diagnostic ([`Unwind::Error`]: something the evaluator does not
//! support), which stops evaluation.

pub mod builtins;
mod call;
pub(crate) mod expr;
pub mod format;
mod importfs;
pub mod methods;
pub mod ops;
mod stmt;

use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use flowgraph::{Constant, FileId, ObjRef, Span};
use indexmap::IndexMap;
use rustc_hash::FxHashMap;
use rustpython_parser::ast;

use crate::diag::Diagnostic;
use crate::heap::{FuncCode, FuncDef, Heap, Namespace, Object};
use crate::scope::Scope;
use crate::source::SourceMap;

/// A Python exception raised at compile time.
#[derive(Clone, Debug)]
pub struct PyException {
    /// The exception instance.
    pub value: Constant,
    /// Where it was raised and the call sites it passed through, innermost
    /// first.
    pub traceback: Vec<Span>,
}

#[derive(Clone, Debug)]
pub enum Unwind {
    Exception(PyException),
    Error(Box<Diagnostic>),
}

impl From<Diagnostic> for Unwind {
    fn from(d: Diagnostic) -> Unwind {
        Unwind::Error(Box::new(d))
    }
}

pub type R<T> = Result<T, Unwind>;

/// The maximum depth of nested compile-time calls.
const MAX_CALL_DEPTH: usize = 400;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Module,
    Class,
    Function,
}

/// One activation of module, class or function code.
pub(crate) struct Frame {
    pub kind: FrameKind,
    pub module: ObjRef,
    pub file: FileId,
    pub code: Option<Rc<FuncCode>>,
    pub locals: FxHashMap<Rc<str>, Constant>,
    /// Cell and free variables.
    pub cells: FxHashMap<Rc<str>, ObjRef>,
    /// The namespace of a class body.
    pub class_ns: Namespace,
    /// Comprehension variables currently bound (innermost last).
    pub comp_vars: Vec<(Rc<str>, Constant)>,
    /// Exceptions being handled by enclosing `except` clauses.
    pub handling: Vec<PyException>,
    /// Prefix for qualified names of functions and classes defined here.
    pub qualname: String,
    /// Enclosing function scopes (for scope analysis of nested functions).
    pub scope_chain: Vec<Rc<FuncCode>>,
}

/// Result of executing a statement.
pub(crate) enum Flow {
    Normal,
    Return(Constant),
    Break,
    Continue,
}

pub struct Interp {
    pub heap: Heap,
    pub sources: SourceMap,
    /// Loaded modules by dotted name (like `sys.modules`).
    pub modules: IndexMap<Rc<str>, ObjRef>,
    /// Directories searched for user modules.
    pub search_path: Vec<PathBuf>,
    code_cache: HashMap<(FileId, u32), Rc<FuncCode>>,
    pub(crate) frames: Vec<Frame>,
    /// Builtin functions by `module.name`, one heap object each.
    builtin_objs: FxHashMap<(&'static str, &'static str), ObjRef>,
    /// Containers whose repr is being computed (to show cycles as `[...]`).
    pub(crate) repr_stack: Vec<ObjRef>,
    /// The classes synthesized for generator functions.
    pub(crate) generators: crate::flow::Generators,
}

impl Interp {
    pub fn new(search_path: Vec<PathBuf>) -> Interp {
        let mut interp = Interp {
            heap: Heap::new(),
            sources: SourceMap::default(),
            modules: IndexMap::new(),
            search_path,
            code_cache: HashMap::new(),
            frames: Vec::new(),
            builtin_objs: FxHashMap::default(),
            repr_stack: Vec::new(),
            generators: Default::default(),
        };
        builtins::bootstrap(&mut interp);
        interp
    }

    /// The heap object of a builtin function.
    pub fn builtin(&self, module: &'static str, name: &'static str) -> ObjRef {
        self.builtin_objs[&(module, name)]
    }
    /// The heap object of one of [`builtins::LAZY_BUILTIN_FUNCS`], created
    /// on first use.
    pub(crate) fn lazy_builtin(&mut self, module: &'static str, name: &'static str) -> ObjRef {
        if let Some(r) = self.builtin_objs.get(&(module, name)) {
            return *r;
        }
        let desc = builtins::LAZY_BUILTIN_FUNCS
            .iter()
            .find(|d| d.is(module, name))
            .expect("a lazy builtin");
        self.register_builtin(desc)
    }
    pub(crate) fn register_builtin(&mut self, desc: &'static crate::heap::BuiltinDesc) -> ObjRef {
        let r = self.heap.alloc(Object::Builtin(desc));
        self.builtin_objs.insert((desc.module, desc.name), r);
        r
    }

    pub fn builtins_module(&self) -> ObjRef {
        self.heap.known().builtins_module
    }

    /// Looks up a builtin name (`len`, `ValueError`...).
    pub fn lookup_builtin_name(&self, name: &str) -> Option<Constant> {
        match self.heap.get(self.builtins_module()) {
            Object::Module(m) => m.dict.get(name).cloned(),
            _ => None,
        }
    }

    pub fn module_dict(&self, module: ObjRef) -> &Namespace {
        match self.heap.get(module) {
            Object::Module(m) => &m.dict,
            _ => panic!("not a module"),
        }
    }
    pub fn module_dict_mut(&mut self, module: ObjRef) -> &mut Namespace {
        match self.heap.get_mut(module) {
            Object::Module(m) => &mut m.dict,
            _ => panic!("not a module"),
        }
    }

    pub(crate) fn frame(&self) -> &Frame {
        self.frames.last().expect("a frame")
    }
    pub(crate) fn frame_mut(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame")
    }

    pub fn span(&self, file: FileId, range: rustpython_parser::text_size::TextRange) -> Span {
        Span {
            file,
            start: range.start().into(),
            end: range.end().into(),
        }
    }
    pub(crate) fn here(&self, range: rustpython_parser::text_size::TextRange) -> Span {
        self.span(self.frame().file, range)
    }

    /// The (cached) code object of a `def` or `lambda`.
    pub fn func_code(
        &mut self,
        file: FileId,
        def: FuncDef,
        enclosing: &[Rc<FuncCode>],
    ) -> Rc<FuncCode> {
        let (start, header_end) = match &def {
            FuncDef::Def(d) => {
                let start: u32 = d.range.start().into();
                // The header: from `def` to the end of the first line.
                let text = &self.sources.get(file).text;
                let line_end = text[start as usize..]
                    .find('\n')
                    .map_or(text.len(), |i| start as usize + i);
                (start, line_end as u32)
            }
            FuncDef::Lambda(l) => (l.range.start().into(), l.range.end().into()),
        };
        if let Some(code) = self.code_cache.get(&(file, start)) {
            return code.clone();
        }
        let chain: Vec<&Scope> = enclosing.iter().map(|c| &c.scope).collect();
        let scope = match &def {
            FuncDef::Def(d) => crate::scope::analyze(&d.args, &d.body, &chain),
            FuncDef::Lambda(l) => {
                let body = [ast::Stmt::Return(ast::StmtReturn {
                    range: l.range,
                    value: Some(l.body.clone()),
                })];
                crate::scope::analyze(&l.args, &body, &chain)
            }
        };
        let code = Rc::new(FuncCode {
            file,
            def,
            scope,
            span: Span {
                file,
                start,
                end: header_end,
            },
        });
        self.code_cache.insert((file, start), code.clone());
        code
    }

    // ----- exceptions -----

    /// Creates an instance of the builtin exception class `name` with one
    /// message argument.
    pub fn new_exception(&mut self, name: &str, message: &str) -> Constant {
        self.new_exception_with(name, Constant::Str(message.into()))
    }

    /// Creates an instance of the builtin exception class `name` whose one
    /// argument is `arg` (`KeyError(key)`).
    pub fn new_exception_with(&mut self, name: &str, arg: Constant) -> Constant {
        let cls = match self.lookup_builtin_name(name) {
            Some(Constant::Obj(c)) => c,
            _ => panic!("unknown builtin exception {name}"),
        };
        let args = self.heap.tuple(vec![arg]);
        let mut attrs = Namespace::new();
        attrs.insert("args".into(), args);
        Constant::Obj(self.heap.alloc(Object::Instance(crate::heap::Instance {
            class: cls,
            attrs,
        })))
    }

    /// An `Unwind` raising the builtin exception `name(message)` at `span`.
    pub fn raise(&mut self, name: &str, message: impl AsRef<str>, span: Span) -> Unwind {
        self.raise_with(name, Constant::Str(message.as_ref().into()), span)
    }

    /// An `Unwind` raising the builtin exception `name(arg)` at `span`.
    pub fn raise_with(&mut self, name: &str, arg: Constant, span: Span) -> Unwind {
        let value = self.new_exception_with(name, arg);
        Unwind::Exception(PyException {
            value,
            traceback: vec![span],
        })
    }

    /// A `KeyError` for a missing key (its argument is the key itself).
    pub fn key_error(&mut self, key: &Constant, span: Span) -> Unwind {
        self.raise_with("KeyError", key.clone(), span)
    }

    pub(crate) fn op_error(&mut self, e: ops::OpError, span: Span) -> Unwind {
        self.raise(e.exc, e.message, span)
    }

    /// The class name and message of an exception instance.
    pub fn describe_exception(&self, exc: &Constant) -> (String, String) {
        let cls = self.heap.type_of(exc);
        let name = self
            .heap
            .as_class(cls)
            .map_or("?".into(), |c| c.name.to_string());
        (name, format::str_of(&self.heap, exc))
    }

    /// Turns an uncaught compile-time exception into a diagnostic.
    pub fn exception_diagnostic(&self, exc: &PyException) -> Diagnostic {
        let (name, msg) = self.describe_exception(&exc.value);
        let text = if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
        let mut d = Diagnostic::error(
            exc.traceback.first().copied(),
            format!("exception at import time: {text}"),
        )
        .with_label("raised here");
        for s in exc.traceback.iter().skip(1) {
            d = d.with_related(*s, "called from here");
        }
        d.with_note("module-level code runs at translation time; it must not raise")
    }

    /// Runs `f` in a new frame.
    pub(crate) fn with_frame<T>(
        &mut self,
        frame: Frame,
        f: impl FnOnce(&mut Interp) -> R<T>,
    ) -> R<(T, Frame)> {
        if self.frames.len() >= MAX_CALL_DEPTH {
            let span = Span {
                file: frame.file,
                start: 0,
                end: 0,
            };
            return Err(self.raise(
                "RecursionError",
                "maximum recursion depth exceeded at import time",
                span,
            ));
        }
        self.frames.push(frame);
        let r = f(self);
        let frame = self.frames.pop().expect("pushed frame");
        r.map(|v| (v, frame))
    }

    pub(crate) fn new_frame(
        &self,
        kind: FrameKind,
        module: ObjRef,
        file: FileId,
        qualname: String,
    ) -> Frame {
        Frame {
            kind,
            module,
            file,
            code: None,
            locals: FxHashMap::default(),
            cells: FxHashMap::default(),
            class_ns: Namespace::new(),
            comp_vars: Vec::new(),
            handling: Vec::new(),
            qualname,
            scope_chain: Vec::new(),
        }
    }

    /// Executes a module body in `module`'s namespace.
    pub fn exec_module_body(&mut self, module: ObjRef, file: FileId, body: &[ast::Stmt]) -> R<()> {
        let frame = self.new_frame(FrameKind::Module, module, file, String::new());
        self.with_frame(frame, |interp| {
            interp.exec_block(body)?;
            Ok(())
        })?;
        Ok(())
    }

    // ----- names -----

    pub(crate) fn load_name(&mut self, name: &str, span: Span) -> R<Constant> {
        let frame = self.frame();
        if let Some((_, v)) = frame.comp_vars.iter().rev().find(|(n, _)| &**n == name) {
            return Ok(v.clone());
        }
        match frame.kind {
            FrameKind::Function => {
                if let Some(cell) = frame.cells.get(name) {
                    return match self.heap.get(*cell) {
                        Object::Cell(Some(v)) => Ok(v.clone()),
                        _ => Err(self.raise(
                            "NameError",
                            format!("free variable '{name}' referenced before assignment"),
                            span,
                        )),
                    };
                }
                let code = frame.code.as_ref().expect("function frame has code");
                if code.scope.is_local(name) && !code.scope.globals.contains(name) {
                    return match frame.locals.get(name) {
                        Some(v) => Ok(v.clone()),
                        None => Err(self.raise(
                            "UnboundLocalError",
                            format!("local variable '{name}' referenced before assignment"),
                            span,
                        )),
                    };
                }
            }
            FrameKind::Class => {
                if let Some(v) = frame.class_ns.get(name) {
                    return Ok(v.clone());
                }
                if let Some(cell) = frame.cells.get(name) {
                    if let Object::Cell(Some(v)) = self.heap.get(*cell) {
                        return Ok(v.clone());
                    }
                }
            }
            FrameKind::Module => {}
        }
        self.load_global(frame.module, name)
            .ok_or_else(|| self.raise("NameError", format!("name '{name}' is not defined"), span))
    }

    /// A module global or a builtin.
    pub fn load_global(&self, module: ObjRef, name: &str) -> Option<Constant> {
        self.module_dict(module)
            .get(name)
            .cloned()
            .or_else(|| self.lookup_builtin_name(name))
    }

    pub(crate) fn store_name(&mut self, name: &str, value: Constant) {
        let frame = self.frame_mut();
        if let Some(slot) = frame.comp_vars.iter_mut().rev().find(|(n, _)| &**n == name) {
            slot.1 = value;
            return;
        }
        match frame.kind {
            FrameKind::Module => {
                let m = frame.module;
                self.module_dict_mut(m).insert(name.into(), value);
            }
            FrameKind::Class => {
                frame.class_ns.insert(name.into(), value);
            }
            FrameKind::Function => {
                let code = frame.code.clone().expect("function frame has code");
                if code.scope.globals.contains(name) {
                    let m = frame.module;
                    self.module_dict_mut(m).insert(name.into(), value);
                } else if let Some(cell) = frame.cells.get(name).copied() {
                    *self.heap.get_mut(cell) = Object::Cell(Some(value));
                } else {
                    frame.locals.insert(name.into(), value);
                }
            }
        }
    }

    pub(crate) fn delete_name(&mut self, name: &str, span: Span) -> R<()> {
        let frame = self.frame_mut();
        let removed = match frame.kind {
            FrameKind::Module => {
                let m = frame.module;
                self.module_dict_mut(m).shift_remove(name).is_some()
            }
            FrameKind::Class => frame.class_ns.shift_remove(name).is_some(),
            FrameKind::Function => frame.locals.remove(name).is_some(),
        };
        if removed {
            Ok(())
        } else {
            Err(self.raise("NameError", format!("name '{name}' is not defined"), span))
        }
    }
}
