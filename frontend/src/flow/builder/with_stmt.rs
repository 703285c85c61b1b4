//! The `with` statement.
//!
//! `with m as x: body` becomes
//!
//! ```text
//! manager = m; x = manager.__enter__()
//! body                                  (protected: exceptions go below)
//! manager.__exit__(None, None, None)    on normal exit (and on return/break/continue)
//! ---- if body raised (etype, evalue):
//! r = manager.__exit__(etype, evalue, None); hint(r, 'with_exit')
//! re-raise (etype, evalue)
//! ```
//!
//! As in CPython, `__exit__` receives the exception class and instance (the
//! traceback is always None). As in RPython, it cannot suppress the
//! exception: the `with_exit` hint asks the annotator to check that the
//! result is always false (None or False). The caught exception lives in
//! two hidden slots so it survives the block splits of the calls to
//! `__exit__` (which can raise into an enclosing `try` or `with`).

use flowgraph::ops::HINT_WITH_EXIT;
use flowgraph::{Constant, OpName, Span, Value};
use rustpython_parser::ast::{self, Ranged, Stmt};

use super::{BResult, Builder, HandlerCtx, HandlerKind, Join};

impl<'a> Builder<'a> {
    /// Calls `__exit__` of the manager in `slot`, with the exception held in
    /// the slots `exc` = (etype slot, evalue slot), or with Nones. Returns
    /// the call's result.
    pub(super) fn call_exit(
        &mut self,
        slot: usize,
        exc: Option<(usize, usize)>,
        span: Span,
    ) -> BResult<Value> {
        let mgr = self.state().get(slot).cloned().expect("context manager");
        let exit = self.emit(
            OpName::GetAttr,
            vec![mgr, Value::Const(Constant::Str("__exit__".into()))],
            span,
        )?;
        // Read the exception after `getattr`, which may have split the block.
        let none = Value::Const(Constant::None);
        let (t, v) = match exc {
            Some((ts, vs)) => {
                let st = self.state();
                (
                    st.get(ts).cloned().expect("etype bound"),
                    st.get(vs).cloned().expect("evalue bound"),
                )
            }
            None => (none.clone(), none.clone()),
        };
        self.emit(OpName::SimpleCall, vec![exit, t, v, none], span)
    }

    pub(super) fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        span: Span,
    ) -> BResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(&item.context_expr)?;
        let slot = self.new_slot("manager");
        let mgr_span = self.span(item.context_expr.range());
        self.state().set(slot, Some(mgr.clone()), Some(mgr_span));
        let enter = self.emit(
            OpName::GetAttr,
            vec![mgr, Value::Const(Constant::Str("__enter__".into()))],
            span,
        )?;
        let v = self.emit(OpName::SimpleCall, vec![enter], span)?;
        if let Some(t) = &item.optional_vars {
            // `with open(p) as f`: the origin covers `open(p) as f`.
            let origin = Span {
                end: self.span(t.range()).end,
                ..mgr_span
            };
            self.assign(t, v, Some(origin))?;
        }
        let depth = self.state().stack.len();
        self.handlers.push(HandlerCtx {
            kind: HandlerKind::With(slot),
            join: Join::default(),
            stack_depth: depth,
        });
        self.with_stmt(rest, body, span)?;
        let ctx = self.handlers.pop().expect("with handler");
        let mut after = Join::default();
        if self.cur.is_some() {
            self.call_exit(slot, None, span)?;
            self.goto(&mut after, vec![]);
        }
        if let Some((extra, origins)) = self.resolve_with_origins(ctx.join) {
            let (ts, vs) = self.bind_exception(&extra, &origins);
            let result = self.call_exit(slot, Some((ts, vs)), span)?;
            // RPython's `__exit__` cannot suppress the exception: the
            // annotator checks that this result is always false.
            let kind = Value::Const(Constant::Str(HINT_WITH_EXIT.into()));
            let header = self.header_span(span);
            self.emit(OpName::Hint, vec![result, kind], header)?;
            self.reraise_from(ts, vs, None)?;
        }
        self.resolve(after);
        Ok(())
    }
}
