//! Starred assignment: `a, *rest, z = seq`.
//!
//! RPython unpacks a list this way (the starred target gets a new list, as
//! in CPython); a constant tuple is unpacked at flow time. For a list:
//!
//! ```text
//! seq = hint(value, 'unpack_list')      the annotator checks it is a list
//! n = len(seq); m = n - AFTER
//! if not (m >= BEFORE):                 proves m >= 0 for the slice
//!     raise ValueError("not enough values to unpack (expected at least K, got %d)" % n)
//! a = seq[0] ...; rest = seq[BEFORE:m]; z = seq[m] ...
//! ```
//!
//! All items are read before the targets are assigned, left to right.
//!
//! Plain unpacking `a, b = value` checks the length first (as PyPy's flow
//! space does); for a tuple the annotator knows `len` and the raising
//! branch disappears:
//!
//! ```text
//! n = len(value)
//! if not (n == K):
//!     if n > K: raise ValueError("too many values to unpack (expected K)")
//!     raise ValueError("not enough values to unpack (expected K, got %d)" % n)
//! a = value[0]; b = value[1] ...
//! ```

use flowgraph::ops::HINT_UNPACK_LIST;
use flowgraph::{Constant, OpName, Span, Value};
use rustpython_parser::ast::{Expr, Ranged};

use super::{BResult, Builder, Join};
use crate::diag::Diagnostic;

impl Builder<'_> {
    /// Assigns `v` to the targets `elts`, one of which is starred.
    pub(super) fn assign_starred(
        &mut self,
        elts: &[Expr],
        v: Value,
        span: Span,
        origin: Option<Span>,
    ) -> BResult<()> {
        let stars: Vec<usize> = (0..elts.len())
            .filter(|&i| matches!(elts[i], Expr::Starred(_)))
            .collect();
        if stars.len() > 1 {
            return Err(Diagnostic::at(
                self.span(elts[stars[1]].range()),
                "multiple starred expressions in assignment",
            ));
        }
        let star = stars[0];
        let (before, after) = (star, elts.len() - star - 1);
        let expected = before + after;
        if let Value::Const(c) = &v {
            if let Some(items) = self.interp.heap.tuple_items(c) {
                let items = items.to_vec();
                if items.len() < expected {
                    return Err(Diagnostic::at(
                        span,
                        format!(
                            "not enough values to unpack (expected at least {expected}, got {})",
                            items.len()
                        ),
                    ));
                }
                let mid = items.len() - after;
                for (t, item) in elts[..before].iter().zip(&items[..before]) {
                    self.assign(t, Value::Const(item.clone()), origin)?;
                }
                let rest: Vec<Value> = items[before..mid]
                    .iter()
                    .map(|c| Value::Const(c.clone()))
                    .collect();
                let list = self.emit(OpName::NewList, rest, span)?;
                self.assign(starred_target(&elts[star]), list, origin)?;
                for (t, item) in elts[star + 1..].iter().zip(&items[mid..]) {
                    self.assign(t, Value::Const(item.clone()), origin)?;
                }
                return Ok(());
            }
        }
        let kind = Value::Const(Constant::Str(HINT_UNPACK_LIST.into()));
        let seq = self.emit(OpName::Hint, vec![v, kind], span)?;
        self.push(seq.clone());
        let n = self.emit(OpName::Len, vec![seq], span)?;
        self.push(n.clone());
        let m = self.emit(
            OpName::Sub,
            vec![n, Value::Const(Constant::Int(after as i64))],
            span,
        )?;
        self.push(m.clone());
        let ok = self.emit(
            OpName::Ge,
            vec![m, Value::Const(Constant::Int(before as i64))],
            span,
        )?;
        let (mut yes, mut no) = (Join::default(), Join::default());
        self.branch(ok, &mut yes, &mut no)?;
        if self.resolve(no).is_some() {
            self.raise_too_few(expected, span)?;
        }
        if self.resolve(yes).is_none() {
            return Ok(());
        }
        // Stack: seq, n, m. Read every item, then assign.
        let depth = self.state().stack.len();
        let seq_at = depth - 3;
        let stack_value = |b: &mut Self, i: usize| b.state().stack[i].clone();
        for i in 0..before {
            let seq = stack_value(self, seq_at);
            let item = self.emit(
                OpName::GetItem,
                vec![seq, Value::Const(Constant::Int(i as i64))],
                span,
            )?;
            self.push(item);
        }
        let (seq, m) = (stack_value(self, seq_at), stack_value(self, seq_at + 2));
        let rest = self.emit(
            OpName::GetSlice,
            vec![seq, Value::Const(Constant::Int(before as i64)), m],
            span,
        )?;
        self.push(rest);
        for j in 0..after {
            let m = stack_value(self, seq_at + 2);
            let index = if j == 0 {
                m
            } else {
                self.emit(
                    OpName::Add,
                    vec![m, Value::Const(Constant::Int(j as i64))],
                    span,
                )?
            };
            let seq = stack_value(self, seq_at);
            let item = self.emit(OpName::GetItem, vec![seq, index], span)?;
            self.push(item);
        }
        let values = self.state().stack.split_off(depth);
        self.state().stack.truncate(seq_at);
        for (k, (t, item)) in elts.iter().zip(values).enumerate() {
            let t = if k == star { starred_target(t) } else { t };
            self.assign(t, item, origin)?;
        }
        Ok(())
    }

    /// The length check of `a, b, ... = value` (`expected` targets) with
    /// `value` at the top of the stack, which it leaves there. False when
    /// no path continues (the length is always wrong).
    pub(super) fn check_unpack_length(&mut self, expected: usize, span: Span) -> BResult<bool> {
        let seq = self.state().stack.last().cloned().expect("unpacked value");
        let n = self.emit(OpName::Len, vec![seq], span)?;
        self.push(n.clone());
        let k = Value::Const(Constant::Int(expected as i64));
        let ok = self.emit(OpName::Eq, vec![n, k.clone()], span)?;
        let (mut yes, mut no) = (Join::default(), Join::default());
        self.branch(ok, &mut yes, &mut no)?;
        if self.resolve(no).is_some() {
            let n = self.state().stack.last().cloned().expect("length");
            let many = self.emit(OpName::Gt, vec![n, k], span)?;
            let (mut more, mut fewer) = (Join::default(), Join::default());
            self.branch(many, &mut more, &mut fewer)?;
            if self.resolve(more).is_some() {
                let msg = format!("too many values to unpack (expected {expected})");
                let msg = Value::Const(Constant::Str(msg.into()));
                self.raise_value_error(msg, span)?;
            }
            if self.resolve(fewer).is_some() {
                let n = self.state().stack.last().cloned().expect("length");
                let fmt = format!("not enough values to unpack (expected {expected}, got %d)");
                let msg = self.emit(
                    OpName::Mod,
                    vec![Value::Const(Constant::Str(fmt.into())), n],
                    span,
                )?;
                self.raise_value_error(msg, span)?;
            }
        }
        if self.resolve(yes).is_none() {
            return Ok(false);
        }
        self.pop();
        Ok(true)
    }

    /// `raise ValueError(msg)`.
    fn raise_value_error(&mut self, msg: Value, span: Span) -> BResult<()> {
        let cls = self
            .interp
            .lookup_builtin_name("ValueError")
            .expect("builtin");
        let exc = self.emit(
            OpName::SimpleCall,
            vec![Value::Const(cls.clone()), msg],
            span,
        )?;
        if self.cur.is_some() {
            self.raise(Value::Const(cls), exc, [Some(span); 2])?;
        }
        Ok(())
    }

    /// `raise ValueError("not enough values to unpack ...")` with the
    /// length at the top of the stack (below it: the sequence).
    fn raise_too_few(&mut self, expected: usize, span: Span) -> BResult<()> {
        let depth = self.state().stack.len();
        let n = self.state().stack[depth - 2].clone();
        let fmt = format!("not enough values to unpack (expected at least {expected}, got %d)");
        let msg = self.emit(
            OpName::Mod,
            vec![Value::Const(Constant::Str(fmt.into())), n],
            span,
        )?;
        self.raise_value_error(msg, span)
    }
}

/// The expression inside `*target`.
fn starred_target(e: &Expr) -> &Expr {
    match e {
        Expr::Starred(s) => &s.value,
        other => other,
    }
}
