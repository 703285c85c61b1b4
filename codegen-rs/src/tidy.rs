//! Removes the parentheses rustc's `unused_parens` lint would report.
//!
//! The op emitters wrap every expression in parentheses so that any
//! expression can be nested in any other without precedence questions. In a
//! position that delimits a whole expression by itself (a `let` initializer,
//! the right side of an assignment, a call or method argument, a `return`
//! value, a struct field value, an array or tuple element, an `if`/`while`
//! condition, a `match` scrutinee) the parentheses are redundant, and rustc
//! pays dearly for them: even when the lint is allowed, each report copies
//! the source text before the span (quadratic in the file size: on the
//! Python interpreter's 36 MB of generated code this was most of a 15-minute
//! build).
//!
//! After [`strip_redundant_parens`], no expression in those positions is an
//! `Expr::Paren` (nested parentheses are all removed); parentheses inside
//! operator expressions are kept.

use syn::visit_mut::{self, VisitMut};
use syn::Expr;

/// Removes redundant parentheses from every item of `file`.
pub fn strip_redundant_parens(file: &mut syn::File) {
    Tidy.visit_file_mut(file);
}

struct Tidy;

/// `(((e)))` becomes `e`.
fn unwrap(e: &mut Expr) {
    while let Expr::Paren(p) = e {
        let inner = std::mem::replace(&mut *p.expr, Expr::Verbatim(Default::default()));
        *e = inner;
    }
}

/// Like [`unwrap`], but keeps the parentheses around an expression a
/// condition or scrutinee cannot hold bare (a struct literal, which would
/// be parsed as the block).
fn unwrap_condition(e: &mut Expr) {
    let mut inner = &*e;
    while let Expr::Paren(p) = inner {
        inner = &p.expr;
    }
    if !matches!(inner, Expr::Struct(_)) {
        unwrap(e);
    }
}

impl VisitMut for Tidy {
    fn visit_local_mut(&mut self, l: &mut syn::Local) {
        visit_mut::visit_local_mut(self, l);
        if let Some(init) = &mut l.init {
            if init.diverge.is_none() {
                unwrap(&mut init.expr);
            }
        }
    }

    fn visit_expr_assign_mut(&mut self, e: &mut syn::ExprAssign) {
        visit_mut::visit_expr_assign_mut(self, e);
        unwrap(&mut e.right);
    }

    fn visit_expr_call_mut(&mut self, e: &mut syn::ExprCall) {
        visit_mut::visit_expr_call_mut(self, e);
        e.args.iter_mut().for_each(unwrap);
    }

    fn visit_expr_method_call_mut(&mut self, e: &mut syn::ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, e);
        e.args.iter_mut().for_each(unwrap);
    }

    fn visit_expr_return_mut(&mut self, e: &mut syn::ExprReturn) {
        visit_mut::visit_expr_return_mut(self, e);
        if let Some(v) = &mut e.expr {
            unwrap(v);
        }
    }

    fn visit_field_value_mut(&mut self, f: &mut syn::FieldValue) {
        visit_mut::visit_field_value_mut(self, f);
        unwrap(&mut f.expr);
    }

    fn visit_expr_array_mut(&mut self, e: &mut syn::ExprArray) {
        visit_mut::visit_expr_array_mut(self, e);
        e.elems.iter_mut().for_each(unwrap);
    }

    fn visit_expr_tuple_mut(&mut self, e: &mut syn::ExprTuple) {
        visit_mut::visit_expr_tuple_mut(self, e);
        // `(x,)` stays a tuple: only its elements lose their parentheses.
        e.elems.iter_mut().for_each(unwrap);
    }

    fn visit_expr_if_mut(&mut self, e: &mut syn::ExprIf) {
        visit_mut::visit_expr_if_mut(self, e);
        unwrap_condition(&mut e.cond);
    }

    fn visit_expr_while_mut(&mut self, e: &mut syn::ExprWhile) {
        visit_mut::visit_expr_while_mut(self, e);
        unwrap_condition(&mut e.cond);
    }

    fn visit_expr_match_mut(&mut self, e: &mut syn::ExprMatch) {
        visit_mut::visit_expr_match_mut(self, e);
        unwrap_condition(&mut e.expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tidy(src: &str) -> String {
        let mut f: syn::File = syn::parse_str(src).unwrap();
        strip_redundant_parens(&mut f);
        prettyplease::unparse(&f)
    }

    #[test]
    fn delimited_positions_lose_their_parentheses() {
        let out = tidy(
            "fn f() { let x = ((0 as i64)); y = (a + b); g((x), (1)); \
             if (c) { return ((x) * 2); } match (k) { _ => S { a: (1) } } }",
        );
        assert_eq!(
            out,
            "fn f() {\n    let x = 0 as i64;\n    y = a + b;\n    g(x, 1);\n    \
             if c {\n        return (x) * 2;\n    }\n    match k {\n        \
             _ => S { a: 1 },\n    }\n}\n"
        );
    }

    #[test]
    fn operands_and_struct_conditions_keep_them() {
        let out = tidy("fn f() { let x = (a as u8) as i64; if (S { a: 1 }).b { } }");
        assert_eq!(
            out,
            "fn f() {\n    let x = (a as u8) as i64;\n    if (S { a: 1 }).b {}\n}\n"
        );
    }
}
