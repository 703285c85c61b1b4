//! The flow graph model shared by every translation stage.
//!
//! A [`Graph`] is one function (or one specialization of it) in SSA form with
//! block arguments instead of phis, as in RPython's flow space: a unique
//! start block, a unique return block (one input argument: the result) and a
//! unique except block (two input arguments: exception type and value).
//! Blocks end with an [`ExitSwitch`] choosing among their [`Link`]s; links pass
//! values to the target block's input arguments.
//!
//! Values are [`Value::Var`] (an SSA variable of this graph) or
//! [`Value::Const`] (a [`Constant`]: a primitive, or a reference to an object
//! of the compile-time heap owned by the front end, seen here only as an
//! opaque [`ObjRef`]).
//!
//! Invariants (checked by [`verify::verify`]): every variable is defined once
//! (as a block input argument, an op result, or an exception link's extra
//! variable) and used only in the block that defines it; link arity matches
//! the target's input arguments; a link's `spans` are empty or one per
//! argument; the return and except blocks have no exits.

pub mod ops;
pub mod print;
pub mod verify;

use std::rc::Rc;

pub use ops::{OpDesc, OpName};

/// Declares a typed `u32` index into an arena.
#[macro_export]
macro_rules! entity {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("arena overflow"))
            }
        }
    };
}

entity!(
    /// A variable of one graph.
    VarId
);
entity!(
    /// A block of one graph.
    BlockId
);
entity!(
    /// A loaded source file (index into the front end's source map).
    FileId
);
entity!(
    /// An object of the compile-time heap (owned by the front end).
    ObjRef
);

/// A byte range in a source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

/// A compile-time constant appearing in a graph.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer that does not fit a machine word (only legal where the
    /// program never uses it at run time, e.g. folded away).
    BigInt(Rc<num_bigint::BigInt>),
    /// A sized or unsigned integer (`r_uint(5)`, ...): kind and bit pattern.
    SizedInt(IntKind, u64),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    /// An object of the compile-time heap: function, class, module, tuple,
    /// prebuilt instance, list, dict, builtin...
    Obj(ObjRef),
}

/// The integer types of `rpython.rlib.rarithmetic` other than plain `int`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum IntKind {
    Unsigned,
    LongLong,
    ULongLong,
    Int32,
    UInt32,
    Int16,
    UInt16,
    Int8,
    UInt8,
}

impl IntKind {
    pub fn bits(self) -> u32 {
        match self {
            IntKind::Unsigned | IntKind::LongLong | IntKind::ULongLong => 64,
            IntKind::Int32 | IntKind::UInt32 => 32,
            IntKind::Int16 | IntKind::UInt16 => 16,
            IntKind::Int8 | IntKind::UInt8 => 8,
        }
    }
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::LongLong | IntKind::Int32 | IntKind::Int16 | IntKind::Int8
        )
    }
    /// The name of the constructor in `rpython.rlib.rarithmetic`.
    pub fn py_name(self) -> &'static str {
        match self {
            IntKind::Unsigned => "r_uint",
            IntKind::LongLong => "r_longlong",
            IntKind::ULongLong => "r_ulonglong",
            IntKind::Int32 => "r_int32",
            IntKind::UInt32 => "r_uint32",
            IntKind::Int16 => "r_int16",
            IntKind::UInt16 => "r_uint16",
            IntKind::Int8 => "r_int8",
            IntKind::UInt8 => "r_uint8",
        }
    }
    /// Wraps `v` to this kind's width; the result is the bit pattern,
    /// sign-extended to 64 bits for signed kinds.
    pub fn wrap(self, v: i128) -> u64 {
        let bits = self.bits();
        let masked = if bits == 64 {
            v as u64
        } else {
            (v as u64) & ((1u64 << bits) - 1)
        };
        if self.signed() && bits < 64 && masked & (1u64 << (bits - 1)) != 0 {
            masked | !((1u64 << bits) - 1)
        } else {
            masked
        }
    }
    /// The mathematical value of a bit pattern of this kind.
    pub fn value(self, bits: u64) -> i128 {
        if self.signed() {
            bits as i64 as i128
        } else {
            bits as i128
        }
    }
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (SizedInt(k1, a), SizedInt(k2, b)) => k1 == k2 && a == b,
            // Constants are equal when they are the same constant, so
            // compare floats by bits (distinguishes 0.0 and -0.0, NaN == NaN).
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Obj(a), Obj(b)) => a == b,
            _ => false,
        }
    }
}
impl Eq for Constant {}

/// An operand: a variable or a constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Var(VarId),
    Const(Constant),
}

impl Value {
    pub fn as_var(&self) -> Option<VarId> {
        match self {
            Value::Var(v) => Some(*v),
            Value::Const(_) => None,
        }
    }
    pub fn as_const(&self) -> Option<&Constant> {
        match self {
            Value::Const(c) => Some(c),
            Value::Var(_) => None,
        }
    }
}

impl From<VarId> for Value {
    fn from(v: VarId) -> Value {
        Value::Var(v)
    }
}
impl From<Constant> for Value {
    fn from(c: Constant) -> Value {
        Value::Const(c)
    }
}

/// One operation: `result = name(args...)`.
#[derive(Clone, Debug)]
pub struct Op {
    pub name: OpName,
    pub args: Vec<Value>,
    pub result: VarId,
    pub span: Span,
}

/// How a block chooses its exit.
#[derive(Clone, Debug, PartialEq)]
pub enum ExitSwitch {
    /// Exactly one exit (or none for the return and except blocks).
    None,
    /// Switch on a value; each exit's [`ExitCase`] is a constant.
    Value(Value),
    /// The block's last operation is protected: `exits[0]` is taken when it
    /// does not raise, the other exits (whose cases are exception classes)
    /// when it raises an instance of that class.
    LastException,
}

/// Which exit a link is.
#[derive(Clone, Debug, PartialEq)]
pub enum ExitCase {
    /// The only exit, or the no-exception exit of a `LastException` switch.
    Default,
    /// A switch value (`True`/`False` for an `if`).
    Const(Constant),
    /// An exception exit: taken when the last op raises an instance of this
    /// class (a heap class object).
    Exception(Constant),
}

/// An edge to `target` passing `args` to its input arguments.
#[derive(Clone, Debug)]
pub struct Link {
    pub args: Vec<Value>,
    pub target: BlockId,
    pub exitcase: ExitCase,
    /// For exception exits: fresh variables bound to the exception's type
    /// and value, usable in `args`.
    pub exc_vars: Option<(VarId, VarId)>,
    /// For each of `args`, where that value was produced: the assignment
    /// statement that last bound the local it comes from, the
    /// `return`/`raise` statement for links to the return/except block,
    /// `None` when unknown. Either empty (no information) or as long as
    /// `args`.
    pub spans: Vec<Option<Span>>,
}

impl Link {
    /// The recorded source location of argument `i`, if any.
    pub fn span_of(&self, i: usize) -> Option<Span> {
        self.spans.get(i).copied().flatten()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub inputargs: Vec<VarId>,
    pub ops: Vec<Op>,
    pub exitswitch: Option<ExitSwitch>,
    pub exits: Vec<Link>,
}

impl Block {
    pub fn switch(&self) -> &ExitSwitch {
        self.exitswitch.as_ref().unwrap_or(&ExitSwitch::None)
    }
}

/// Debug information about a variable.
#[derive(Clone, Debug, Default)]
pub struct VarData {
    /// The source name this variable holds, if any (`x` for a local `x`).
    pub name: Option<Rc<str>>,
}

/// One function graph.
#[derive(Clone, Debug)]
pub struct Graph {
    /// A readable name (`module.Class.method`).
    pub name: String,
    /// Where the function is defined.
    pub span: Span,
    pub blocks: Vec<Block>,
    pub vars: Vec<VarData>,
    pub start: BlockId,
    pub return_block: BlockId,
    pub except_block: BlockId,
}

impl Graph {
    /// A graph with an empty start block taking `params`, a return block and
    /// an except block.
    pub fn new(name: String, span: Span, params: &[Rc<str>]) -> Graph {
        let mut g = Graph {
            name,
            span,
            blocks: Vec::new(),
            vars: Vec::new(),
            start: BlockId(0),
            return_block: BlockId(0),
            except_block: BlockId(0),
        };
        let args = params.iter().map(|p| g.new_var(Some(p.clone()))).collect();
        g.start = g.new_block(args);
        let r = g.new_var(None);
        g.return_block = g.new_block(vec![r]);
        let (et, ev) = (
            g.new_var(Some("etype".into())),
            g.new_var(Some("evalue".into())),
        );
        g.except_block = g.new_block(vec![et, ev]);
        g
    }
    pub fn new_var(&mut self, name: Option<Rc<str>>) -> VarId {
        self.vars.push(VarData { name });
        VarId::new(self.vars.len() - 1)
    }
    pub fn new_block(&mut self, inputargs: Vec<VarId>) -> BlockId {
        self.blocks.push(Block {
            inputargs,
            ..Block::default()
        });
        BlockId::new(self.blocks.len() - 1)
    }
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.index()]
    }
    pub fn block_mut(&mut self, b: BlockId) -> &mut Block {
        &mut self.blocks[b.index()]
    }
    pub fn params(&self) -> &[VarId] {
        &self.block(self.start).inputargs
    }
    /// Blocks reachable from the start block, in depth-first preorder
    /// following exits in order (deterministic).
    pub fn reachable_blocks(&self) -> Vec<BlockId> {
        preorder(self.start, self.blocks.len(), |b| {
            self.block(b).exits.iter().map(|l| l.target).collect()
        })
    }
}

/// The blocks reachable from `start` in depth-first preorder, visiting the
/// successors of each block in the order `successors` lists them (shared by
/// flow graphs and low-level graphs).
pub fn preorder(
    start: BlockId,
    nblocks: usize,
    successors: impl Fn(BlockId) -> Vec<BlockId>,
) -> Vec<BlockId> {
    let mut seen = vec![false; nblocks];
    let mut order = Vec::new();
    let mut stack = vec![start];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        order.push(b);
        for t in successors(b).into_iter().rev() {
            if !seen[t.index()] {
                stack.push(t);
            }
        }
    }
    order
}
