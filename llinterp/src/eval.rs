//! The evaluator: runs one graph from its start block to a return.
//!
//! Each operation is evaluated by its handler from the operation table
//! ([`crate::table`]); its result is stored in the frame in the canonical
//! form of the result's type. Exceptions use the runtime's exception state,
//! as compiled code does: a handler that raises (a builtin exception, a
//! helper's, or a callee's that propagates) leaves it set. After every
//! operation the evaluator checks it: inside the block's protected region
//! (`LlSwitch::LastException { from }`) the exception is fetched and the
//! first exception exit whose class matches is taken with the exit's
//! `(vtable, instance)` variables bound; otherwise the graph returns
//! [`Raised`] with the exception still pending. A link to the except block
//! raises its `(vtable, instance)` arguments.

use flowgraph::BlockId;
use rtyper::llgraph::{LlCase, LlConst, LlGraph, LlGraphId, LlLink, LlOp, LlSwitch, LlValue};
use rtyper::lltype::LlType;
use rtyper::LlProgram;

use crate::frame::{Frame, GraphInfo};
use crate::heap::Heap;
use crate::table::Handler;
use crate::value::norm;

/// The exit a block leaves by, with the caught exception's
/// `(vtable, instance)` for an exception exit.
type Exit<'g> = (&'g LlLink, Option<(u64, u64)>);

/// A graph left with an exception pending in `runtime::exc`.
#[derive(Debug)]
pub struct Raised;

/// An interpreter for one program (its memory is the runtime's heap).
pub struct Interp<'p> {
    pub p: &'p LlProgram,
    pub heap: Heap,
    graphs: Vec<GraphInfo>,
    /// The registry entry of each helper the program uses.
    pub helpers: Vec<&'static runtime::helpers::Helper>,
    table: Vec<Handler>,
    /// `LLINTERP_TRACE=1`: print every operation on stderr.
    trace: bool,
}

/// What a handler sees: the operation and its argument words.
pub struct OpCx<'a> {
    pub it: &'a Interp<'a>,
    pub g: &'a LlGraph,
    pub op: &'a LlOp,
    pub args: &'a [u64],
}

impl OpCx<'_> {
    #[inline]
    pub fn arg(&self, i: usize) -> u64 {
        self.args[i]
    }
    /// The type of argument `i`.
    #[inline]
    pub fn ty(&self, i: usize) -> LlType {
        self.g.value_type(&self.op.args[i])
    }
    /// The type of the result.
    #[inline]
    pub fn rty(&self) -> LlType {
        self.g.var_type(self.op.result)
    }
    /// Argument `i` as a constant operand (field, type, graph, helper...).
    pub fn operand(&self, i: usize) -> &LlConst {
        match &self.op.args[i] {
            LlValue::Const(c, _) => c,
            LlValue::Var(_) => panic!("{}: operand {i} must be a constant", self.op.op),
        }
    }
}

impl<'p> Interp<'p> {
    /// Sets up the heap for `p`.
    ///
    /// # Safety
    /// As for [`Heap::new`].
    pub unsafe fn new(p: &'p LlProgram) -> Interp<'p> {
        let helpers = p
            .helpers
            .iter()
            .map(|d| {
                runtime::helpers::lookup(d.name).unwrap_or_else(|| {
                    panic!("runtime helper {} is not in the runtime's registry", d.name)
                })
            })
            .collect();
        Interp {
            p,
            heap: Heap::new(p),
            graphs: p.graphs.iter().map(|g| GraphInfo::new(p, g)).collect(),
            helpers,
            table: crate::table::build(),
            trace: std::env::var("LLINTERP_TRACE").is_ok_and(|v| v == "1"),
        }
    }

    /// Runs graph `g` with `args` (one word per parameter).
    pub fn call(&self, gid: LlGraphId, args: &[u64]) -> Result<u64, Raised> {
        let g = self.p.graph(gid);
        // SAFETY: frames are created and dropped in LIFO order (recursion).
        let mut frame = unsafe { Frame::new(&self.graphs[gid.index()]) };
        let params = g.params();
        assert_eq!(params.len(), args.len(), "arity of a call of {}", g.name);
        for (v, w) in params.iter().zip(args) {
            frame.set(*v, *w);
        }
        let mut block = g.start;
        let mut argbuf: Vec<u64> = Vec::with_capacity(8);
        loop {
            let b = g.block(block);
            let mut exit: Option<Exit> = None;
            for (i, op) in b.ops.iter().enumerate() {
                argbuf.clear();
                argbuf.extend(op.args.iter().map(|a| self.value(&frame, a)));
                let cx = OpCx {
                    it: self,
                    g,
                    op,
                    args: &argbuf,
                };
                if self.trace {
                    eprintln!("{}: {} {:x?}", g.name, op.op, argbuf);
                }
                let r = (self.table[op.op as usize])(&cx);
                if runtime::exc::occurred() {
                    match b.switch {
                        LlSwitch::LastException { from } if i >= from => {
                            exit = Some(self.catch(b.exits.as_slice())?);
                            break;
                        }
                        _ => return Err(Raised),
                    }
                }
                frame.set(op.result, norm(g.var_type(op.result), r));
            }
            let (link, caught) = match exit {
                Some(e) => e,
                None => (self.choose_exit(g, &frame, block)?, None),
            };
            // Link arguments are computed before any target variable is
            // assigned (a loop may pass its own variables around).
            argbuf.clear();
            for a in &link.args {
                let w = match (a, caught, link.exc_vars) {
                    (LlValue::Var(v), Some((t, val)), Some((tv, vv))) if *v == tv || *v == vv => {
                        if *v == tv {
                            t
                        } else {
                            val
                        }
                    }
                    _ => self.value(&frame, a),
                };
                argbuf.push(w);
            }
            if link.target == g.return_block {
                return Ok(argbuf.first().copied().unwrap_or(0));
            }
            if link.target == g.except_block {
                // SAFETY: the link passes a vtable and an instance.
                unsafe {
                    runtime::exc::raise(argbuf[0] as usize as *const u8, argbuf[1] as usize as _)
                };
                return Err(Raised);
            }
            let target = g.block(link.target);
            for (v, w) in target.inputargs.iter().zip(&argbuf) {
                frame.set(*v, *w);
            }
            block = link.target;
        }
    }

    /// The exit taken at the end of a block that raised nothing.
    fn choose_exit<'g>(
        &self,
        g: &'g LlGraph,
        frame: &Frame,
        block: BlockId,
    ) -> Result<&'g LlLink, Raised> {
        let b = g.block(block);
        match &b.switch {
            LlSwitch::None | LlSwitch::LastException { .. } => Ok(&b.exits[0]),
            LlSwitch::Value(v) => {
                let w = self.value(frame, v);
                let t = g.value_type(v);
                let found = b.exits.iter().find(|l| match &l.case {
                    LlCase::Const(c) => self.heap.const_word(c, t) == w,
                    LlCase::Default => true,
                    LlCase::Exception(_) => false,
                });
                Ok(found
                    .unwrap_or_else(|| panic!("{}: no exit of a switch matches {w:#x}", g.name)))
            }
            LlSwitch::Unreachable => runtime::stack::fatal(&format!(
                "control reached the end of a block of {} that never returns",
                g.name
            )),
        }
    }

    /// Catches the pending exception with the first matching exception
    /// exit (`exits[1..]`), or leaves it pending.
    fn catch<'g>(&self, exits: &'g [LlLink]) -> Result<Exit<'g>, Raised> {
        // SAFETY: the exception state holds a vtable of the program (or a
        // builtin kind the program never registered: a null vtable).
        let (t, v) = unsafe { runtime::exc::fetch() };
        let (t, v) = (t as u64, v as u64);
        for link in &exits[1..] {
            if let LlCase::Exception(class) = link.case {
                // SAFETY: `t` is null or a vtable.
                if unsafe { self.heap.is_subclass(t, class) } {
                    return Ok((link, Some((t, v))));
                }
            }
        }
        // SAFETY: re-raising what was fetched.
        unsafe { runtime::exc::raise(t as usize as *const u8, v as usize as _) };
        Err(Raised)
    }

    /// The word of an operand.
    #[inline]
    pub fn value(&self, frame: &Frame, v: &LlValue) -> u64 {
        match v {
            LlValue::Var(v) => frame.get(*v),
            LlValue::Const(c, t) => self.heap.const_word(c, *t),
        }
    }
}
