//! Low-level graphs: the flow-graph shape (SSA blocks with input arguments,
//! links, a return block and an except block) over typed variables and
//! low-level operations.
//!
//! Differences from flow graphs: every variable has an [`LlType`]; constants
//! are low-level ([`LlConst`]: machine values, pointers to prebuilt objects,
//! and `Void` operands naming a field, a type, a graph or a helper); switches
//! are on `Bool`, integer or char values; and a block protected by `except`
//! clauses ([`LlSwitch::LastException`]) names the first op of its
//! *protected region*: an exception raised by any op from there to the end
//! of the block goes to the exception exits, one raised earlier propagates
//! to the caller. (One flow-graph operation may become several low-level
//! ones; all of them are protected.)
//!
//! Before the exception transform, raising is implicit: an op that raises
//! outside a protected region leaves the function with that exception, and
//! links to the except block pass `(vtable, instance)`.

use std::rc::Rc;

use flowgraph::{entity, BlockId, Span};

use crate::llops::LlOpName;
use crate::lltype::{LlType, TypeId};

entity!(
    /// A variable of one low-level graph.
    LlVarId
);
entity!(
    /// A low-level graph of the program.
    LlGraphId
);
entity!(
    /// A prebuilt object (static data).
    PrebuiltId
);
entity!(
    /// A row of the runtime helper table used by this program.
    HelperId
);

/// A low-level constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LlConst {
    /// The only value of `Void`.
    Void,
    Bool(bool),
    /// Any integer type, as its bit pattern sign- or zero-extended.
    Int(i64),
    Float(f64),
    /// A `Char` or `UniChar`.
    Char(u32),
    /// The null pointer of a pointer type.
    Null,
    /// A pointer to a prebuilt object.
    Prebuilt(PrebuiltId),
    /// A function pointer (type `FuncPtr`), or the `Void` callee operand of
    /// `direct_call`.
    Graph(LlGraphId),
    /// `Void` operands.
    Field(u32),
    Type(TypeId),
    Helper(HelperId),
    /// A static string operand (`ll_assert` messages, JIT marker names).
    Text(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub enum LlValue {
    Var(LlVarId),
    Const(LlConst, LlType),
}

impl LlValue {
    pub fn void(c: LlConst) -> LlValue {
        LlValue::Const(c, LlType::Void)
    }
    pub fn int(i: i64) -> LlValue {
        LlValue::Const(LlConst::Int(i), LlType::Signed)
    }
    pub fn as_var(&self) -> Option<LlVarId> {
        match self {
            LlValue::Var(v) => Some(*v),
            LlValue::Const(..) => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct LlOp {
    pub op: LlOpName,
    pub args: Vec<LlValue>,
    pub result: LlVarId,
    /// The source of the flow-graph operation this op was lowered from.
    pub span: Option<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LlSwitch {
    None,
    /// On a Bool, integer or char value; exits' cases are constants.
    Value(LlValue),
    /// Exceptions raised by ops `from..` go to exits 1.. (cases are class
    /// vtables, tested in order); exit 0 is taken when none raises.
    LastException {
        from: usize,
    },
    /// Control never reaches the end of this block (its last op never
    /// returns normally): a fatal error if it does.
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LlCase {
    Default,
    Const(LlConst),
    /// Exception exit: the vtable of the class caught.
    Exception(PrebuiltId),
}

#[derive(Clone, Debug)]
pub struct LlLink {
    pub args: Vec<LlValue>,
    pub target: BlockId,
    pub case: LlCase,
    /// For exception exits: variables bound to the caught exception's
    /// vtable and instance, usable in `args`.
    pub exc_vars: Option<(LlVarId, LlVarId)>,
}

#[derive(Clone, Debug)]
pub struct LlBlock {
    pub inputargs: Vec<LlVarId>,
    pub ops: Vec<LlOp>,
    pub switch: LlSwitch,
    pub exits: Vec<LlLink>,
}

#[derive(Clone, Debug)]
pub struct LlVar {
    pub ty: LlType,
    pub name: Option<Rc<str>>,
}

/// The `rpython.rlib.objectmodel` inlining decorators of a graph's
/// function (read by the backend inliner).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InlineHint {
    #[default]
    Default,
    /// `@always_inline` (and `@try_inline`).
    Always,
    /// `@dont_inline`.
    Never,
}

/// One low-level function.
#[derive(Clone, Debug)]
pub struct LlGraph {
    /// Unique readable name (also the Rust function name, sanitized).
    pub name: String,
    /// The Python function it comes from (for the source comment).
    pub span: Option<Span>,
    pub blocks: Vec<LlBlock>,
    pub vars: Vec<LlVar>,
    pub start: BlockId,
    pub return_block: BlockId,
    pub except_block: BlockId,
    pub inline: InlineHint,
}

impl LlGraph {
    pub fn new(name: String, span: Option<Span>) -> LlGraph {
        LlGraph {
            name,
            span,
            blocks: Vec::new(),
            vars: Vec::new(),
            start: BlockId(0),
            return_block: BlockId(0),
            except_block: BlockId(0),
            inline: InlineHint::Default,
        }
    }
    pub fn new_var(&mut self, ty: LlType, name: Option<Rc<str>>) -> LlVarId {
        self.vars.push(LlVar { ty, name });
        LlVarId::new(self.vars.len() - 1)
    }
    pub fn new_block(&mut self, inputargs: Vec<LlVarId>) -> BlockId {
        self.blocks.push(LlBlock {
            inputargs,
            ops: Vec::new(),
            switch: LlSwitch::None,
            exits: Vec::new(),
        });
        BlockId::new(self.blocks.len() - 1)
    }
    pub fn block(&self, b: BlockId) -> &LlBlock {
        &self.blocks[b.index()]
    }
    pub fn block_mut(&mut self, b: BlockId) -> &mut LlBlock {
        &mut self.blocks[b.index()]
    }
    pub fn var_type(&self, v: LlVarId) -> LlType {
        self.vars[v.index()].ty
    }
    pub fn value_type(&self, v: &LlValue) -> LlType {
        match v {
            LlValue::Var(v) => self.var_type(*v),
            LlValue::Const(_, t) => *t,
        }
    }
    pub fn params(&self) -> &[LlVarId] {
        &self.block(self.start).inputargs
    }
    pub fn result_type(&self) -> LlType {
        self.var_type(self.block(self.return_block).inputargs[0])
    }
    /// Blocks reachable from the start, depth-first preorder (deterministic).
    pub fn reachable_blocks(&self) -> Vec<BlockId> {
        flowgraph::preorder(self.start, self.blocks.len(), |b| {
            self.block(b).exits.iter().map(|l| l.target).collect()
        })
    }
}

/// The operand naming field `i` of a struct (`getfield(p, .i)`).
pub fn fld(i: u32) -> LlValue {
    LlValue::void(LlConst::Field(i))
}
