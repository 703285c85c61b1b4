//! The annotation lattice: what the annotator knows about a value.
//!
//! A [`SomeValue`] describes every value a variable can hold at run time.
//! Bindings only grow (by [`crate::Annotator::union`]) until the fixpoint.
//! `Impossible` is the bottom (no value reaches the variable yet); there is
//! no top: a value RPython cannot type is an error, reported where the
//! incompatible sides meet.
//!
//! Container annotations refer to shared definitions by id (`ListId`,
//! `DictId`, `ClassId`): all lists flowing to one place share one item type,
//! unified through `ena` (see [`crate::containers`]).

use std::rc::Rc;

use flowgraph::{entity, IntKind, ObjRef, VarId};

entity!(
    /// A class definition of the annotator (one per user or exception class
    /// that the program uses).
    ClassId
);
entity!(
    /// A list definition (one per creation site, unified when they meet).
    ListId
);
entity!(
    /// A dict definition (one per creation site, unified when they meet).
    DictId
);
entity!(
    /// One annotated graph: a function, or one specialization of it.
    GraphId
);

/// Integer types: plain `int` (a machine word) or an `rarithmetic` sized
/// type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum IntType {
    Int,
    Sized(IntKind),
}

impl IntType {
    /// The type of `a OP b` (and of a variable holding both, when their
    /// signedness agrees): plain `int` adapts to the sized type; of two
    /// sized types the wider wins, and the unsigned one at equal width
    /// (as `rarithmetic.compute_restype`).
    pub fn combine(a: IntType, b: IntType) -> IntType {
        match (a, b) {
            (IntType::Int, t) | (t, IntType::Int) => t,
            (IntType::Sized(x), IntType::Sized(y)) => {
                if x.bits() != y.bits() {
                    if x.bits() > y.bits() {
                        a
                    } else {
                        b
                    }
                } else if !x.signed() {
                    a
                } else {
                    b
                }
            }
        }
    }
    pub fn signed(self) -> bool {
        match self {
            IntType::Int => true,
            IntType::Sized(k) => k.signed(),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            IntType::Int => "int",
            IntType::Sized(k) => k.py_name(),
        }
    }
}

/// An element of a set of prebuilt constants ("PBC").
#[derive(Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Desc {
    Func(ObjRef),
    Class(ObjRef),
    /// A method looked up on an instance: the function found in the class
    /// and the class whose instances it receives as `self`.
    Method {
        func: ObjRef,
        self_class: ClassId,
    },
    /// A method bound at import time to a prebuilt object.
    BoundConst {
        func: ObjRef,
        receiver: ObjRef,
    },
    /// A frozen prebuilt object (a module, a JitDriver...).
    Frozen(ObjRef),
}

/// What a condition proves about a variable along one branch.
#[derive(Clone, PartialEq, Debug)]
pub enum Narrow {
    /// `isinstance(x, C)` holds: an instance of `C` (not None).
    Instance(ClassId),
    /// `x is not None` / `x` is true.
    NotNone,
    /// `x is None`.
    IsNone,
    /// `x >= 0` (an int compared with a non-negative value).
    NonNeg,
}

/// Facts a boolean carries about other variables of its block ("known type
/// data"): used to narrow the variables passed along the `True`/`False`
/// exits of a switch on it.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct KnownTypeData {
    pub if_true: Vec<(VarId, Narrow)>,
    pub if_false: Vec<(VarId, Narrow)>,
}

impl KnownTypeData {
    pub fn negated(&self) -> KnownTypeData {
        KnownTypeData {
            if_true: self.if_false.clone(),
            if_false: self.if_true.clone(),
        }
    }
}

/// How an iterator walks its source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterHow {
    /// Items of a list, characters of a str, ints of bytes, keys of a dict,
    /// ints of a range.
    Plain,
    Keys,
    Values,
    Items,
    /// `enumerate(source)`.
    Enumerate,
    /// `reversed(source)`.
    Reversed,
    /// `zip(*source)`: the source is a tuple of iterables.
    Zip,
}

#[derive(Clone, PartialEq, Debug)]
pub enum SomeValue {
    /// No value (yet): the bottom of the lattice.
    Impossible,
    None,
    Bool {
        konst: Option<bool>,
        ktd: Option<Rc<KnownTypeData>>,
    },
    Int {
        ty: IntType,
        nonneg: bool,
        konst: Option<i128>,
    },
    Float {
        /// Bit pattern of a constant.
        konst: Option<u64>,
    },
    /// A str of length 1.
    Char {
        konst: Option<char>,
    },
    Str {
        nullable: bool,
        konst: Option<Rc<str>>,
    },
    Bytes {
        nullable: bool,
        konst: Option<Rc<[u8]>>,
    },
    List {
        def: ListId,
        nullable: bool,
    },
    Dict {
        def: DictId,
        nullable: bool,
    },
    Tuple(Rc<[SomeValue]>),
    Instance {
        class: ClassId,
        nullable: bool,
    },
    /// A set of prebuilt constants (sorted, no duplicates).
    Pbc {
        descs: Rc<[Desc]>,
        nullable: bool,
    },
    Iter {
        source: Rc<SomeValue>,
        how: IterHow,
    },
    /// `range(...)`: whether every item is provably non-negative.
    Range {
        nonneg: bool,
    },
    /// A class object obtained at run time (`type(x)`, a caught exception's
    /// type); `of` is the variable of the same block it is the type of.
    /// `nullable`: may also be None (`__exit__`'s `exc_type`).
    TypeOf {
        of: Option<VarId>,
        nullable: bool,
    },
    /// A native function (`len`, `os.write`...): its heap object.
    Builtin(ObjRef),
    /// A method of a builtin value (`s.join`, `lst.append`...).
    BuiltinMethod {
        name: Rc<str>,
        receiver: Rc<SomeValue>,
    },
    /// `rpython.rlib.rstring.StringBuilder` (`bytes`: a builder of bytes).
    StringBuilder {
        bytes: bool,
    },
    /// `super(C, obj)`: attribute lookups start after `C` in the MRO.
    Super {
        after: ObjRef,
        receiver: Rc<SomeValue>,
    },
    /// `rpython.rlib.rbigint.rbigint`: an immutable arbitrary-precision int.
    BigInt {
        nullable: bool,
    },
    /// `rpython.rlib.rfile.RFile` (`binary`: opened in a `b` mode).
    File {
        nullable: bool,
        binary: bool,
    },
    /// `weakref.ref(x)` of an instance of `class` (`None`: a reference
    /// that is always dead, `rweakref.dead_ref`). Calling it gives the
    /// instance or None.
    WeakRef {
        class: Option<ClassId>,
    },
}

impl SomeValue {
    pub fn int() -> SomeValue {
        SomeValue::Int {
            ty: IntType::Int,
            nonneg: false,
            konst: None,
        }
    }
    pub fn nonneg_int() -> SomeValue {
        SomeValue::Int {
            ty: IntType::Int,
            nonneg: true,
            konst: None,
        }
    }
    pub fn const_int(i: i128) -> SomeValue {
        SomeValue::Int {
            ty: IntType::Int,
            nonneg: i >= 0,
            konst: Some(i),
        }
    }
    pub fn bool() -> SomeValue {
        SomeValue::Bool {
            konst: None,
            ktd: None,
        }
    }
    pub fn float() -> SomeValue {
        SomeValue::Float { konst: None }
    }
    pub fn str() -> SomeValue {
        SomeValue::Str {
            nullable: false,
            konst: None,
        }
    }
    pub fn char() -> SomeValue {
        SomeValue::Char { konst: None }
    }
    pub fn bytes() -> SomeValue {
        SomeValue::Bytes {
            nullable: false,
            konst: None,
        }
    }
    pub fn instance(class: ClassId) -> SomeValue {
        SomeValue::Instance {
            class,
            nullable: false,
        }
    }
    pub fn pbc(desc: Desc) -> SomeValue {
        SomeValue::Pbc {
            descs: Rc::from(vec![desc]),
            nullable: false,
        }
    }
    pub fn is_impossible(&self) -> bool {
        matches!(self, SomeValue::Impossible)
    }

    /// Whether this annotation can be `None` (or is `None`).
    pub fn can_be_none(&self) -> bool {
        match self {
            SomeValue::None => true,
            SomeValue::Str { nullable, .. }
            | SomeValue::Bytes { nullable, .. }
            | SomeValue::List { nullable, .. }
            | SomeValue::Dict { nullable, .. }
            | SomeValue::Instance { nullable, .. }
            | SomeValue::BigInt { nullable }
            | SomeValue::File { nullable, .. }
            | SomeValue::TypeOf { nullable, .. }
            | SomeValue::Pbc { nullable, .. } => *nullable,
            _ => false,
        }
    }

    /// The same annotation, nullable or not. Returns `None` for kinds that
    /// cannot hold `None` (ints, floats, tuples...).
    pub fn with_nullable(&self, n: bool) -> Option<SomeValue> {
        let mut s = self.clone();
        match &mut s {
            SomeValue::Str { nullable, konst } => {
                *nullable = n;
                if n {
                    *konst = None;
                }
            }
            SomeValue::Bytes { nullable, konst } => {
                *nullable = n;
                if n {
                    *konst = None;
                }
            }
            SomeValue::Char { .. } if n => {
                return Some(SomeValue::Str {
                    nullable: true,
                    konst: None,
                })
            }
            SomeValue::Char { .. } => {}
            SomeValue::List { nullable, .. }
            | SomeValue::Dict { nullable, .. }
            | SomeValue::Instance { nullable, .. }
            | SomeValue::BigInt { nullable }
            | SomeValue::File { nullable, .. }
            | SomeValue::Pbc { nullable, .. } => *nullable = n,
            SomeValue::TypeOf { of, nullable } => {
                *nullable = n;
                if n {
                    *of = None;
                }
            }
            _ => return None,
        }
        Some(s)
    }

    /// The value without its constness (what a variable merging several
    /// constants holds).
    pub fn without_const(&self) -> SomeValue {
        match self {
            SomeValue::Bool { .. } => SomeValue::bool(),
            SomeValue::Int { ty, nonneg, .. } => SomeValue::Int {
                ty: *ty,
                nonneg: *nonneg,
                konst: None,
            },
            SomeValue::Float { .. } => SomeValue::float(),
            SomeValue::Char { .. } => SomeValue::char(),
            SomeValue::Str { nullable, .. } => SomeValue::Str {
                nullable: *nullable,
                konst: None,
            },
            SomeValue::Bytes { nullable, .. } => SomeValue::Bytes {
                nullable: *nullable,
                konst: None,
            },
            other => other.clone(),
        }
    }

    /// The constant this annotation stands for, if it is one.
    pub fn is_constant(&self) -> bool {
        match self {
            SomeValue::None => true,
            SomeValue::Bool { konst, .. } => konst.is_some(),
            SomeValue::Int { konst, .. } => konst.is_some(),
            SomeValue::Float { konst } => konst.is_some(),
            SomeValue::Char { konst } => konst.is_some(),
            SomeValue::Str { konst, .. } => konst.is_some(),
            SomeValue::Bytes { konst, .. } => konst.is_some(),
            SomeValue::Pbc { descs, nullable } => descs.len() == 1 && !nullable,
            SomeValue::Builtin(_) => true,
            _ => false,
        }
    }

    /// A one-word description for messages: "an int", "None", "a str"...
    pub fn kind_word(&self) -> &'static str {
        match self {
            SomeValue::Impossible => "no value",
            SomeValue::None => "None",
            SomeValue::Bool { .. } => "a bool",
            SomeValue::Int { ty, .. } => match ty {
                IntType::Int => "an int",
                IntType::Sized(k) if k.signed() => "a sized signed int",
                IntType::Sized(_) => "an unsigned int",
            },
            SomeValue::Float { .. } => "a float",
            SomeValue::Char { .. } => "a str of length 1",
            SomeValue::Str { .. } => "a str",
            SomeValue::Bytes { .. } => "a bytes",
            SomeValue::List { .. } => "a list",
            SomeValue::Dict { .. } => "a dict",
            SomeValue::Tuple(_) => "a tuple",
            SomeValue::Instance { .. } => "an instance",
            SomeValue::Pbc { .. } => "a prebuilt constant",
            SomeValue::Iter { .. } => "an iterator",
            SomeValue::Range { .. } => "a range",
            SomeValue::TypeOf { .. } => "a class",
            SomeValue::Builtin(_) => "a builtin function",
            SomeValue::BuiltinMethod { .. } => "a builtin method",
            SomeValue::StringBuilder { .. } => "a StringBuilder",
            SomeValue::BigInt { .. } => "an rbigint",
            SomeValue::Super { .. } => "a super object",
            SomeValue::File { .. } => "a file",
            SomeValue::WeakRef { .. } => "a weak reference",
        }
    }
}

/// A block of an annotated graph: the unit the fixpoint (re)flows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Pos {
    pub graph: GraphId,
    pub block: flowgraph::BlockId,
}

/// An operation of an annotated graph.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct OpPos {
    pub graph: GraphId,
    pub block: flowgraph::BlockId,
    pub index: usize,
}

impl OpPos {
    pub fn pos(self) -> Pos {
        Pos {
            graph: self.graph,
            block: self.block,
        }
    }
}
