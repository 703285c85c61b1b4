//! One Rust function per low-level graph.
//!
//! Every variable is declared up front (block input arguments are assigned
//! by the links that enter the block). The control flow is structured
//! (`crate::structure`: loops and labelled blocks) when the graph is
//! reducible; otherwise the body is a dispatch loop where `__b` names the
//! current block and each block's code ends by assigning the target's
//! input arguments and setting `__b`, or by returning. The shadow-stack
//! slots the GC transform assigned (`__ss[k]`) form the frame taken on
//! entry (`gc::shadow_frame`: not zeroed, the top is set before each op
//! that may collect) and released before every return. A graph that
//! starts with its recursion guard takes it without the overflow test
//! (`gc::shadow_frame_guarded`: the guard also watches the shadow stack).
//!
//! Operations become Rust expressions through [`crate::ops`].

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rtyper::llgraph::{LlCase, LlConst, LlGraph, LlLink, LlSwitch, LlValue};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::LlType;
use rtyper::LlProgram;

use crate::data::{const_expr, int_literal};
use crate::names::{ident, var_names, Names};
use crate::ops::Raised;
use crate::structure::Cfg;
use crate::types::{rust_type, zero};

/// What the emitters of one graph share.
pub struct FnCx<'a> {
    pub p: &'a LlProgram,
    pub n: &'a Names,
    pub g: &'a LlGraph,
    pub vars: Vec<Ident>,
    pub slots: u32,
    /// The structured form of the control flow (`None`: dispatch loop).
    pub cfg: Option<Cfg>,
    /// A function with more than [`BIG_BLOCKS`] blocks (see
    /// [`FnCx::frame_base`]).
    pub big: bool,
}

/// Functions with more blocks than this read their shadow-stack frame's
/// address back from memory at each use.
const BIG_BLOCKS: usize = 1000;

impl FnCx<'_> {
    /// A value as an expression.
    pub fn val(&self, v: &LlValue) -> TokenStream {
        match v {
            LlValue::Var(x) => {
                let id = &self.vars[x.index()];
                quote!(#id)
            }
            LlValue::Const(c, t) => const_expr(self.p, self.n, c, *t),
        }
    }
    pub fn ty(&self, t: LlType) -> TokenStream {
        rust_type(self.p, self.n, t)
    }
    pub fn value_type(&self, v: &LlValue) -> LlType {
        self.g.value_type(v)
    }

    /// Releasing the shadow-stack frame, then `return value`.
    fn ret(&self, value: TokenStream) -> TokenStream {
        let release = self.release();
        quote!({ #release return #value; })
    }

    fn release(&self) -> TokenStream {
        if self.slots > 0 {
            let base = self.frame_base();
            if self.big {
                quote!({ #base ::runtime::gc::shadow_set_top(__ss); })
            } else {
                quote!(::runtime::gc::shadow_set_top(__ss_frame);)
            }
        } else {
            quote!()
        }
    }

    /// The code of following `link` out of block `from`.
    fn jump(&self, from: usize, link: &LlLink) -> TokenStream {
        let g = self.g;
        if link.target == g.return_block {
            let v = match link.args.first() {
                Some(a) => self.val(a),
                None => quote!(()),
            };
            return self.ret(v);
        }
        if link.target == g.except_block {
            let (t, v) = (self.val(&link.args[0]), self.val(&link.args[1]));
            let z = zero(self.p, self.n, g.result_type());
            let r = self.ret(z);
            return quote!({
                ::runtime::exc::raise(#t as *const u8, #v as ::runtime::GcPtr);
                #r
            });
        }
        let target = g.block(link.target);
        let dests: Vec<&Ident> = target
            .inputargs
            .iter()
            .map(|v| &self.vars[v.index()])
            .collect();
        let srcs: Vec<TokenStream> = link.args.iter().map(|a| self.val(a)).collect();
        let t = link.target.index() as u32;
        if let Some(cfg) = &self.cfg {
            let ti = link.target.index();
            let go = if cfg.rpo[ti] <= cfg.rpo[from] {
                let l = label('l', ti);
                quote!(continue #l;)
            } else if cfg.merge[ti] {
                let l = label('b', ti);
                quote!(break #l;)
            } else {
                self.do_tree(ti)
            };
            if ti == from {
                let tmps: Vec<Ident> = (0..srcs.len()).map(|i| ident(&format!("__t{i}"))).collect();
                return quote!({
                    #(let #tmps = #srcs;)*
                    #(#dests = #tmps;)*
                    #go
                });
            }
            return quote!({
                #(#dests = #srcs;)*
                #go
            });
        }
        if link.target.index() == from {
            // A self-loop: the sources are the destinations' old values.
            let tmps: Vec<Ident> = (0..srcs.len()).map(|i| ident(&format!("__t{i}"))).collect();
            quote!({
                #(let #tmps = #srcs;)*
                #(#dests = #tmps;)*
                __b = #t;
                continue;
            })
        } else {
            quote!({
                #(#dests = #srcs;)*
                __b = #t;
                continue;
            })
        }
    }

    /// The code of block `x` and of the blocks it dominates (Ramsey's
    /// `doTree`).
    fn do_tree(&self, x: usize) -> TokenStream {
        let cfg = self.cfg.as_ref().expect("structured");
        let merges: Vec<usize> = cfg.dom_children[x]
            .iter()
            .copied()
            .filter(|c| cfg.merge[*c])
            .collect();
        let inner = self.node_within(x, &merges);
        if cfg.loop_header[x] {
            let l = label('l', x);
            quote!(#l: loop { #inner })
        } else {
            inner
        }
    }

    fn node_within(&self, x: usize, merges: &[usize]) -> TokenStream {
        match merges.split_last() {
            None => self.block_code(x),
            Some((&y, rest)) => {
                let inner = self.node_within(x, rest);
                let after = self.do_tree(y);
                let l = label('b', y);
                quote!(#l: { #inner } #after)
            }
        }
    }

    fn block_code(&self, b: usize) -> TokenStream {
        let block = &self.g.blocks[b];
        let mut code = TokenStream::new();
        // `exc_occurred()` after an op that raises only under a known
        // condition tests that condition (see `ops::raised_condition`).
        let mut after: Option<TokenStream> = None;
        let mut i = 0;
        while i < block.ops.len() {
            let op = &block.ops[i];
            i += 1;
            match op.op {
                L::ExcOccurred if after.is_some() => {
                    let r = &self.vars[op.result.index()];
                    let cond = after.take();
                    code.extend(quote!(#r = #cond;));
                    continue;
                }
                // Reloading roots after an allocation changes nothing.
                L::GcRestoreRoot => {
                    if !(i >= 2 && self.uses_frame(&block.ops[i - 2])) {
                        code.extend(self.frame_base());
                    }
                    code.extend(crate::ops::emit_op(self, op));
                    continue;
                }
                _ => {}
            }
            if matches!(op.op, L::GcSaveRoot | L::GcShadowReserve) {
                if let Some((c, next, null_test)) = self.malloc_with_roots(&block.ops, i - 1) {
                    code.extend(c);
                    after = Some(null_test);
                    i = next;
                    continue;
                }
            }
            if self.uses_frame(op) && !(i >= 2 && self.uses_frame(&block.ops[i - 2])) {
                code.extend(self.frame_base());
            }
            after = None;
            match crate::ops::raised_condition(self, op) {
                Some(Raised::Fused(f))
                    if block.ops.get(i).is_some_and(|o| o.op == L::ExcOccurred) =>
                {
                    code.extend(f(&self.vars[block.ops[i].result.index()]));
                    i += 1;
                }
                Some(Raised::After(cond)) => {
                    code.extend(crate::ops::emit_op(self, op));
                    after = Some(cond);
                }
                _ => code.extend(crate::ops::emit_op(self, op)),
            }
        }
        let tail = match &block.switch {
            LlSwitch::None => match block.exits.first() {
                Some(l) => self.jump(b, l),
                None => quote!(::runtime::stack::fatal("fell off the end of a block")),
            },
            LlSwitch::Unreachable => {
                let msg = format!("{}: reached an unreachable block", self.g.name);
                quote!(::runtime::stack::fatal(#msg))
            }
            LlSwitch::LastException { .. } => {
                panic!("codegen runs after the exception transform")
            }
            LlSwitch::Value(v) => self.switch(b, v, &block.exits),
        };
        code.extend(tail);
        code
    }

    /// Whether `op` addresses the shadow-stack frame (`__ss`).
    fn uses_frame(&self, op: &rtyper::llgraph::LlOp) -> bool {
        self.slots > 0 && matches!(op.op, L::GcSaveRoot | L::GcRestoreRoot | L::GcShadowReserve)
    }

    /// `let __ss = ...;`: the frame's first slot, before a run of ops that
    /// use it. In a big function (the interpreter's dispatch loop) it is
    /// read back from the stack each time (a volatile read): otherwise the
    /// compiler precomputes the address of every slot at entry and keeps
    /// them all in stack slots across the whole function.
    fn frame_base(&self) -> TokenStream {
        if self.slots == 0 {
            quote!()
        } else if self.big {
            quote!(let __ss = ::runtime::gc::frame_base(&raw const __ss_frame);)
        } else {
            quote!(let __ss = __ss_frame;)
        }
    }

    /// `ops[start..]` = saves of GC roots, the frame's root count
    /// (`gc_shadow_reserve`), an allocation, reloads of the roots (the GC
    /// transform's shape around an op that may collect): the
    /// allocation's fast path, then only if it failed the saves, the slow
    /// path and the reloads; on the fast path the reloaded variables are the
    /// saved values (no shadow-stack traffic: no collection happened).
    /// Returns the code, the index of the op after the reloads and the
    /// allocation's null test (its MemoryError condition).
    fn malloc_with_roots(
        &self,
        ops: &[rtyper::llgraph::LlOp],
        start: usize,
    ) -> Option<(TokenStream, usize, TokenStream)> {
        let mut j = start;
        while ops.get(j).is_some_and(|o| o.op == L::GcSaveRoot) {
            j += 1;
        }
        let saves = &ops[start..j];
        let reserve = ops.get(j).filter(|o| o.op == L::GcShadowReserve)?;
        j += 1;
        let alloc = ops.get(j)?;
        if !matches!(alloc.op, L::Malloc | L::MallocVarsize) {
            return None;
        }
        let mut end = j + 1;
        while ops.get(end).is_some_and(|o| o.op == L::GcRestoreRoot) {
            end += 1;
        }
        let restores = &ops[j + 1..end];
        let slot = |o: &rtyper::llgraph::LlOp| match &o.args[0] {
            LlValue::Const(LlConst::Int(k), _) => *k,
            other => panic!("shadow-stack slot {other:?}"),
        };
        // Each reload's value on the fast path: what was saved in its slot.
        let mut fast_moves = Vec::new();
        for r in restores {
            let save = saves.iter().rev().find(|s| slot(s) == slot(r))?;
            let dst = &self.vars[r.result.index()];
            let src = self.val(&save.args[1]);
            let t = self.ty(self.g.var_type(r.result));
            fast_moves.push(quote!(#dst = #src as #t;));
        }
        let (fast, slow) = crate::ops::malloc_split(self, alloc);
        let res = &self.vars[alloc.result.index()];
        let save_code: Vec<TokenStream> = saves
            .iter()
            .chain([reserve])
            .map(|o| crate::ops::emit_op(self, o))
            .collect();
        let restore_code: Vec<TokenStream> = restores
            .iter()
            .map(|o| crate::ops::emit_op(self, o))
            .collect();
        let base = self.frame_base();
        let code = quote! {
            #res = #fast;
            if #res.is_null() {
                ::std::hint::cold_path();
                #base
                #(#save_code)*
                #res = #slow;
                #(#restore_code)*
            } else {
                #(#fast_moves)*
            }
        };
        Some((code, end, quote!(#res.is_null())))
    }

    /// Whether `v` is the result of an `exc_occurred()` of block `b`.
    fn is_exc_flag(&self, b: usize, v: &LlValue) -> bool {
        let LlValue::Var(x) = v else {
            return false;
        };
        self.g.blocks[b]
            .ops
            .iter()
            .any(|o| o.result == *x && o.op == L::ExcOccurred)
    }

    fn switch(&self, b: usize, v: &LlValue, exits: &[LlLink]) -> TokenStream {
        let sel = self.val(v);
        let ty = self.value_type(v);
        if ty == LlType::Bool {
            let find = |want: bool| {
                exits.iter().find(|l| match &l.case {
                    LlCase::Const(LlConst::Bool(x)) => *x == want,
                    LlCase::Const(LlConst::Int(i)) => (*i != 0) == want,
                    _ => false,
                })
            };
            let default = exits.iter().find(|l| l.case == LlCase::Default);
            let t = find(true).or(default).map(|l| self.jump(b, l));
            let f = find(false).or(default).map(|l| self.jump(b, l));
            let unreachable = quote!(::runtime::stack::fatal("no exit for a switch value"));
            let t = t.unwrap_or_else(|| unreachable.clone());
            let f = f.unwrap_or(unreachable);
            // A pending exception is the unlikely case: the compiler lays
            // the handler/exit path out of line (and spills there).
            if self.is_exc_flag(b, v) {
                return quote!(if #sel { ::std::hint::cold_path(); #t } else { #f });
            }
            return quote!(if #sel { #t } else { #f });
        }
        let mut arms = Vec::new();
        let mut default = None;
        for l in exits {
            match &l.case {
                LlCase::Const(c) => {
                    let pat = match c {
                        LlConst::Int(i) => int_literal(*i, ty),
                        LlConst::Char(ch) => int_literal(*ch as i64, ty),
                        other => panic!("switch case {other:?}"),
                    };
                    let j = self.jump(b, l);
                    arms.push(quote!(#pat => #j));
                }
                LlCase::Default => default = Some(self.jump(b, l)),
                LlCase::Exception(_) => panic!("exception exit after the exception transform"),
            }
        }
        let default = default
            .unwrap_or_else(|| quote!(::runtime::stack::fatal("no exit for a switch value")));
        quote!(match #sel { #(#arms,)* _ => #default })
    }
}

/// The function of graph `gi`.
pub fn emit_graph(
    p: &LlProgram,
    n: &Names,
    gi: usize,
    slots: u32,
    origin: Option<String>,
) -> TokenStream {
    let g = &p.graphs[gi];
    let cx = FnCx {
        p,
        n,
        g,
        vars: var_names(g),
        slots,
        cfg: crate::structure::analyze(g),
        big: g.blocks.len() > BIG_BLOCKS,
    };
    let name = ident(&n.graphs[gi]);
    let params = g.params();
    let param_decls: Vec<TokenStream> = params
        .iter()
        .map(|v| {
            let id = &cx.vars[v.index()];
            let t = cx.ty(g.var_type(*v));
            quote!(mut #id: #t)
        })
        .collect();
    let ret = cx.ty(g.result_type());
    let blocks = g.reachable_blocks();
    // Declare every variable of the emitted blocks but the parameters.
    let mut declared = vec![false; g.vars.len()];
    for v in params {
        declared[v.index()] = true;
    }
    let mut decls = TokenStream::new();
    let mut declare = |v: rtyper::llgraph::LlVarId, decls: &mut TokenStream| {
        if !declared[v.index()] {
            declared[v.index()] = true;
            let id = &cx.vars[v.index()];
            let t = g.var_type(v);
            let ty = cx.ty(t);
            let z = zero(p, n, t);
            decls.extend(quote!(let mut #id: #ty = #z;));
        }
    };
    for &b in &blocks {
        if b == g.return_block || b == g.except_block {
            continue;
        }
        let block = g.block(b);
        for v in &block.inputargs {
            declare(*v, &mut decls);
        }
        for op in &block.ops {
            declare(op.result, &mut decls);
        }
    }
    let body = if cx.cfg.is_some() {
        cx.do_tree(g.start.index())
    } else {
        let mut arms = Vec::new();
        for &b in &blocks {
            if b == g.return_block || b == g.except_block {
                continue;
            }
            let code = cx.block_code(b.index());
            let k = b.index() as u32;
            arms.push(quote!(#k => { #code }));
        }
        let start = g.start.index() as u32;
        quote! {
            let mut __b: u32 = #start;
            loop {
                match __b {
                    #(#arms)*
                    _ => ::core::hint::unreachable_unchecked(),
                }
            }
        }
    };
    let reserve = if slots > 0 {
        let k = slots as usize;
        if starts_with_stack_check(g) && k <= GUARDED_FRAME_MAX {
            quote!(let __ss_frame: *mut ::runtime::GcPtr = ::runtime::gc::shadow_frame_guarded::<#k>();)
        } else {
            quote!(let __ss_frame: *mut ::runtime::GcPtr = ::runtime::gc::shadow_frame(#k);)
        }
    } else {
        quote!()
    };
    let doc = match origin {
        Some(o) => format!(" `{}` ({o})", g.name),
        None => format!(" `{}`", g.name),
    };
    quote! {
        #[doc = #doc]
        unsafe fn #name(#(#param_decls),*) -> #ret {
            #reserve
            #decls
            #body
        }
    }
}

/// `runtime::gc::GUARDED_FRAME_MAX`: frames up to this size skip their
/// overflow test in graphs that start with their recursion guard.
const GUARDED_FRAME_MAX: usize = 4096;

/// Whether the graph's first op is its recursion guard (`stack_check`,
/// which also fails when the shadow stack is nearly full).
fn starts_with_stack_check(g: &LlGraph) -> bool {
    g.block(g.start)
        .ops
        .first()
        .is_some_and(|o| o.op == L::StackCheck)
}

/// A loop (`'l7`) or block (`'b7`) label for block `b`.
fn label(kind: char, b: usize) -> proc_macro2::TokenStream {
    let l = syn::Lifetime::new(&format!("'{kind}{b}"), proc_macro2::Span::call_site());
    quote!(#l)
}
