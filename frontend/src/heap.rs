//! The compile-time heap: every object that import-time evaluation creates
//! (modules, functions, classes, prebuilt instances, containers, builtins).
//!
//! Objects live in one arena indexed by [`ObjRef`]; primitives (ints,
//! floats, strings, ...) are stored inline in [`Constant`]s. After loading,
//! the heap is the "prebuilt object graph" that flow graphs refer to through
//! `Constant::Obj`.

use std::rc::Rc;

use flowgraph::{Constant, FileId, IntKind, ObjRef, Span};
use indexmap::IndexMap;
use num_bigint::BigInt;

use crate::scope::Scope;

/// A namespace: module globals, class dicts, instance attributes.
pub type Namespace = IndexMap<Rc<str>, Constant>;

pub enum Object {
    Module(Module),
    Function(Function),
    Class(Class),
    Instance(Instance),
    List(Vec<Constant>),
    Tuple(Vec<Constant>),
    Dict(Dict),
    Set(Dict),
    /// A closure cell (`None` when empty).
    Cell(Option<Constant>),
    BoundMethod {
        func: Constant,
        receiver: Constant,
    },
    /// A native function of the translator (`len`, `os.write`,
    /// `rpython.rlib.jit.promote`...), recognised by identity.
    Builtin(&'static BuiltinDesc),
    /// A method of a builtin value or native object (`"x".join`, `lst.append`,
    /// `driver.jit_merge_point`).
    BuiltinMethod {
        name: Rc<str>,
        receiver: Constant,
    },
    StaticMethod(Constant),
    ClassMethod(Constant),
    Property {
        fget: Constant,
        fset: Constant,
    },
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Constant,
        stop: Constant,
        step: Constant,
    },
    Super {
        class: ObjRef,
        receiver: Constant,
    },
    /// `globals()`: a live view of a module's namespace.
    ModuleDict(ObjRef),
    Native(Native),
}

/// Objects of the `rpython` library with translator-defined meaning.
pub enum Native {
    JitDriver(JitDriverDesc),
    /// `unrolling_iterable(items)`: `for` loops over it are unrolled.
    Unrolling(Vec<Constant>),
    /// A decorator that sets `attr = value` on the function it decorates
    /// (`elidable`, `specialize.argtype(0)`, ...).
    TagDecorator {
        attr: Rc<str>,
        value: Constant,
    },
    /// `rpython.rlib.objectmodel.specialize` (its attributes are decorator
    /// factories).
    Specialize,
    /// `os.environ`: reading it is lowered to run-time environment lookups
    /// (`get` is `os.getenv`; `[]` and `in` are annotated specially).
    Environ,
    /// A weak reference made at import time: to a prebuilt instance, or
    /// dead (`rpython.rlib.rweakref.dead_ref`).
    WeakRef(Option<ObjRef>),
    /// A text file opened at import time (`open(path)`): its unread text,
    /// `None` once closed (see `eval::importfs`).
    ImportFile(Option<Rc<str>>),
}

pub struct JitDriverDesc {
    pub greens: Vec<Rc<str>>,
    /// `None` for `reds='auto'`.
    pub reds: Option<Vec<Rc<str>>>,
    pub name: Rc<str>,
    pub options: Namespace,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Namespace,
    pub file: Option<FileId>,
    /// Modules of the standard library or the `rpython` package implemented
    /// by the translator.
    pub native: bool,
}

pub enum FuncDef {
    Def(rustpython_parser::ast::StmtFunctionDef),
    Lambda(rustpython_parser::ast::ExprLambda),
}

/// The code of a function: its AST and its scope analysis.
pub struct FuncCode {
    pub file: FileId,
    pub def: FuncDef,
    pub scope: Scope,
    /// The `def name(...)` header (or the whole lambda).
    pub span: Span,
}

impl FuncCode {
    pub fn args(&self) -> &rustpython_parser::ast::Arguments {
        match &self.def {
            FuncDef::Def(d) => &d.args,
            FuncDef::Lambda(l) => &l.args,
        }
    }
}

pub struct Function {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub code: Rc<FuncCode>,
    /// The module whose dict is this function's globals.
    pub module: ObjRef,
    /// Defaults of the trailing positional parameters.
    pub defaults: Vec<Constant>,
    pub kwdefaults: Vec<(Rc<str>, Constant)>,
    /// Cells for `code.scope.freevars`, in order.
    pub closure: Vec<ObjRef>,
    /// Function attributes (`_annspecialcase_`, `_elidable_function_`...).
    pub dict: Namespace,
    /// The class whose body defined this function (for `super()`).
    pub defining_class: Option<ObjRef>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Module,
    /// `r_uint` and the other sized integers.
    SizedInt(IntKind),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClassKind {
    User,
    Builtin(BuiltinType),
    /// `BaseException` and the builtin exception classes.
    Exception,
}

pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module_name: Rc<str>,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the class itself.
    pub mro: Vec<ObjRef>,
    pub dict: Namespace,
    pub span: Option<Span>,
    pub kind: ClassKind,
}

pub struct Instance {
    pub class: ObjRef,
    pub attrs: Namespace,
}

/// A key of a compile-time dict or set, with Python's equality (`1 == 1.0
/// == True`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HashKey {
    None,
    Int(i128),
    Big(BigInt),
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<HashKey>),
    Obj(ObjRef),
}

#[derive(Default, Clone)]
pub struct Dict {
    pub entries: IndexMap<HashKey, (Constant, Constant)>,
}

impl Dict {
    /// `d[key] = value`: an entry whose key is equal to `key` keeps its key
    /// object and position (`d[1.0] = x` on `{1: y}` gives `{1: x}`), like
    /// CPython.
    pub fn set(&mut self, hk: HashKey, key: Constant, value: Constant) {
        match self.entries.get_mut(&hk) {
            Some(entry) => entry.1 = value,
            None => {
                self.entries.insert(hk, (key, value));
            }
        }
    }

    /// `s.add(key)` for sets: an equal element already present stays.
    pub fn add(&mut self, hk: HashKey, key: Constant) {
        self.entries.entry(hk).or_insert((key, Constant::None));
    }
}

/// A native function: its module and name (its identity is its heap object).
#[derive(Debug)]
pub struct BuiltinDesc {
    pub module: &'static str,
    pub name: &'static str,
    /// May be evaluated at flow time when all arguments are constants (pure
    /// and deterministic).
    pub foldable: bool,
}

impl BuiltinDesc {
    pub fn is(&self, module: &str, name: &str) -> bool {
        self.module == module && self.name == name
    }
}

/// Well-known objects created when the heap is set up.
pub struct Known {
    pub builtins_module: ObjRef,
    pub object: ObjRef,
    pub type_: ObjRef,
    pub base_exception: ObjRef,
    /// The builtin classes by type.
    pub types: Vec<(BuiltinType, ObjRef)>,
}

pub struct Heap {
    objects: Vec<Object>,
    pub known: Option<Known>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: Vec::new(),
            known: None,
        }
    }
    pub fn alloc(&mut self, obj: Object) -> ObjRef {
        self.objects.push(obj);
        ObjRef::new(self.objects.len() - 1)
    }
    pub fn get(&self, r: ObjRef) -> &Object {
        &self.objects[r.index()]
    }
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        &mut self.objects[r.index()]
    }
    pub fn len(&self) -> usize {
        self.objects.len()
    }
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }
    pub fn known(&self) -> &Known {
        self.known.as_ref().expect("heap not initialised")
    }
    pub fn builtin_type(&self, t: BuiltinType) -> ObjRef {
        self.known()
            .types
            .iter()
            .find(|(k, _)| *k == t)
            .map(|(_, r)| *r)
            .expect("builtin type registered")
    }

    pub fn tuple(&mut self, items: Vec<Constant>) -> Constant {
        Constant::Obj(self.alloc(Object::Tuple(items)))
    }
    pub fn list(&mut self, items: Vec<Constant>) -> Constant {
        Constant::Obj(self.alloc(Object::List(items)))
    }

    pub fn as_class(&self, r: ObjRef) -> Option<&Class> {
        match self.get(r) {
            Object::Class(c) => Some(c),
            _ => None,
        }
    }
    pub fn as_function(&self, r: ObjRef) -> Option<&Function> {
        match self.get(r) {
            Object::Function(f) => Some(f),
            _ => None,
        }
    }
    pub fn class_of_const(&self, c: &Constant) -> Option<&Class> {
        match c {
            Constant::Obj(r) => self.as_class(*r),
            _ => None,
        }
    }
    pub fn tuple_items(&self, c: &Constant) -> Option<&[Constant]> {
        match c {
            Constant::Obj(r) => match self.get(*r) {
                Object::Tuple(items) => Some(items),
                _ => None,
            },
            _ => None,
        }
    }

    /// The class of a value (`type(x)`).
    pub fn type_of(&self, v: &Constant) -> ObjRef {
        let t = match v {
            Constant::None => BuiltinType::NoneType,
            Constant::Bool(_) => BuiltinType::Bool,
            Constant::Int(_) | Constant::BigInt(_) => BuiltinType::Int,
            Constant::SizedInt(k, _) => BuiltinType::SizedInt(*k),
            Constant::Float(_) => BuiltinType::Float,
            Constant::Str(_) => BuiltinType::Str,
            Constant::Bytes(_) => BuiltinType::Bytes,
            Constant::Obj(r) => match self.get(*r) {
                Object::Instance(i) => return i.class,
                Object::Class(_) => BuiltinType::Type,
                Object::Module(_) => BuiltinType::Module,
                Object::List(_) => BuiltinType::List,
                Object::Tuple(_) => BuiltinType::Tuple,
                Object::Dict(_) => BuiltinType::Dict,
                Object::Set(_) => BuiltinType::Set,
                Object::Range { .. } => BuiltinType::Range,
                Object::Slice { .. } => BuiltinType::Slice,
                _ => BuiltinType::Function,
            },
        };
        self.builtin_type(t)
    }

    /// `issubclass(sub, sup)` for classes.
    pub fn is_subclass(&self, sub: ObjRef, sup: ObjRef) -> bool {
        if sub == sup || sup == self.known().object {
            return true;
        }
        match (self.get(sub), self.get(sup)) {
            (Object::Class(c), _) => c.mro.contains(&sup),
            _ => false,
        }
    }

    /// Looks an attribute up along a class's MRO.
    pub fn class_lookup(&self, class: ObjRef, name: &str) -> Option<(ObjRef, Constant)> {
        let c = self.as_class(class)?;
        for k in &c.mro {
            if let Some(v) = self.as_class(*k).and_then(|k| k.dict.get(name)) {
                return Some((*k, v.clone()));
            }
        }
        None
    }

    /// The hash key of a value, `None` if it is unhashable.
    pub fn hash_key(&self, v: &Constant) -> Option<HashKey> {
        Some(match v {
            Constant::None => HashKey::None,
            Constant::Bool(b) => HashKey::Int(*b as i128),
            Constant::Int(i) => HashKey::Int(*i as i128),
            Constant::SizedInt(k, bits) => HashKey::Int(k.value(*bits)),
            Constant::BigInt(b) => match i128::try_from(&**b) {
                Ok(i) => HashKey::Int(i),
                Err(_) => HashKey::Big((**b).clone()),
            },
            Constant::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e30 {
                    HashKey::Int(*f as i128)
                } else {
                    HashKey::Float(f.to_bits())
                }
            }
            Constant::Str(s) => HashKey::Str(s.clone()),
            Constant::Bytes(b) => HashKey::Bytes(b.clone()),
            Constant::Obj(r) => match self.get(*r) {
                Object::Tuple(items) => HashKey::Tuple(
                    items
                        .iter()
                        .map(|i| self.hash_key(i))
                        .collect::<Option<_>>()?,
                ),
                Object::List(_) | Object::Dict(_) | Object::Set(_) => return None,
                _ => HashKey::Obj(*r),
            },
        })
    }

    /// A short readable description of a constant (for graphs and messages).
    pub fn describe(&self, r: ObjRef) -> String {
        match self.get(r) {
            Object::Module(m) => format!("<module {}>", m.name),
            Object::Function(f) => format!("<function {}>", f.qualname),
            Object::Class(c) => match c.kind {
                ClassKind::User => format!("<class {}.{}>", c.module_name, c.qualname),
                _ => format!("<class {}>", c.name),
            },
            Object::Instance(i) => {
                let cls = self
                    .as_class(i.class)
                    .map_or("?".into(), |c| c.qualname.clone());
                format!("<{cls} instance #{}>", r.0)
            }
            Object::List(_) => format!("<prebuilt list #{}>", r.0),
            Object::Dict(_) => format!("<prebuilt dict #{}>", r.0),
            Object::Set(_) => format!("<prebuilt set #{}>", r.0),
            Object::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|i| self.repr_const(i)).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Object::Cell(_) => format!("<cell #{}>", r.0),
            Object::BoundMethod { func, receiver } => {
                format!(
                    "<bound method {} of {}>",
                    self.repr_const(func),
                    self.repr_const(receiver)
                )
            }
            Object::Builtin(b) => {
                if b.module == "builtins" {
                    format!("<builtin {}>", b.name)
                } else {
                    format!("<builtin {}.{}>", b.module, b.name)
                }
            }
            Object::BuiltinMethod { name, receiver } => {
                format!("<method {} of {}>", name, self.repr_const(receiver))
            }
            Object::StaticMethod(_) => format!("<staticmethod #{}>", r.0),
            Object::ClassMethod(_) => format!("<classmethod #{}>", r.0),
            Object::Property { .. } => format!("<property #{}>", r.0),
            Object::Range { start, stop, step } => format!("range({start}, {stop}, {step})"),
            Object::Slice { .. } => format!("<slice #{}>", r.0),
            Object::Super { .. } => format!("<super #{}>", r.0),
            Object::ModuleDict(m) => format!("<globals of {}>", self.describe(*m)),
            Object::Native(n) => match n {
                Native::JitDriver(d) => format!("<JitDriver {}>", d.name),
                Native::Unrolling(_) => format!("<unrolling_iterable #{}>", r.0),
                Native::TagDecorator { attr, .. } => format!("<decorator {attr}>"),
                Native::Specialize => "<specialize>".into(),
                Native::Environ => "os.environ".into(),
                Native::WeakRef(None) => "<dead weakref>".into(),
                Native::WeakRef(Some(t)) => format!("<weakref to {}>", self.describe(*t)),
                Native::ImportFile(_) => format!("<import-time file #{}>", r.0),
            },
        }
    }

    pub fn repr_const(&self, c: &Constant) -> String {
        match c {
            Constant::Obj(r) => self.describe(*r),
            other => flowgraph::print::constant_repr(other, &NoObjects),
        }
    }
}

struct NoObjects;
impl flowgraph::print::ConstNamer for NoObjects {
    fn obj_name(&self, obj: ObjRef) -> String {
        format!("<object #{}>", obj.0)
    }
    fn location(&self, _: Span) -> String {
        String::new()
    }
}
