//! The first pass's fast path for the two most common simple statements, `assignment` and
//! `star_expressions` (see `fast.rs` for the engine and its contract).
//!
//! The PEG parser tries four `assignment` alternatives (each parsing its targets with the
//! memoised `t_primary` rules) before it parses the line as an expression. Every target form is
//! also an expression, so here the line is parsed once as `star_expressions` and the token after
//! it decides: `=` makes it assignment targets, `:` an annotated target, an augmented operator an
//! augmented target, anything else an expression statement.

use super::actions::set_context;
use super::core::Parser;
use super::fast::starts_star_expression;
use super::statements::AUGASSIGN;
use crate::ast::{Expr, ExprContext, ExprKind, Stmt, StmtKind};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `assignment | star_expressions` of `simple_stmt` starting at `start` (the mark): `None`
    /// without consuming anything when the line cannot start an expression (a keyword
    /// statement), so the caller goes on with the other alternatives.
    pub(super) fn fx_assignment_or_expression(&mut self, start: usize) -> Option<Stmt> {
        let first = self.peek()?;
        if !starts_star_expression(&first) {
            return None;
        }
        let e = self.fx_star_expressions()?;
        let t = self.peek()?;
        match t.kind {
            T::EQUAL => self.fx_assign(e, start),
            T::COLON => {
                // `NAME ':'` is a simple target; a parenthesised name, an attribute or a
                // subscript is not (`single_target` / `single_subscript_attribute_target`).
                let simple = match &e.kind {
                    ExprKind::Name { .. } => u32::from(first.kind == T::NAME),
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => 0,
                    _ => return self.fx_abort(),
                };
                self.mark += 1;
                let annotation = self.fx_annotation()?;
                let value = if self.at(T::EQUAL) {
                    self.mark += 1;
                    Some(Box::new(self.fx_yield_or_star_expressions()?))
                } else {
                    None
                };
                let range = self.extra(start);
                Some(Stmt::new(
                    StmtKind::AnnAssign {
                        target: Box::new(set_context(e, ExprContext::Store)),
                        annotation: Box::new(annotation),
                        value,
                        simple,
                    },
                    range,
                ))
            }
            kind => match AUGASSIGN.iter().find(|(k, _)| *k == kind) {
                Some(&(_, op)) => {
                    if !matches!(
                        e.kind,
                        ExprKind::Name { .. }
                            | ExprKind::Attribute { .. }
                            | ExprKind::Subscript { .. }
                    ) {
                        return self.fx_abort();
                    }
                    self.mark += 1;
                    let value = self.fx_yield_or_star_expressions()?;
                    let range = self.extra(start);
                    Some(Stmt::new(
                        StmtKind::AugAssign {
                            target: Box::new(set_context(e, ExprContext::Store)),
                            op,
                            value: Box::new(value),
                        },
                        range,
                    ))
                }
                None => {
                    let range = self.extra(start);
                    Some(Stmt::new(StmtKind::Expr { value: Box::new(e) }, range))
                }
            },
        }
    }

    /// `expression` where the mark must start one (an annotation), or an abort.
    fn fx_annotation(&mut self) -> Option<Expr> {
        match self.peek() {
            Some(t) if super::fast::starts_expression(&t) => self.fx_expression(),
            _ => self.fx_abort(),
        }
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions) !'='` after the first targets `e`,
    /// with the mark at the first `=`.
    fn fx_assign(&mut self, e: Expr, start: usize) -> Option<Stmt> {
        let mut targets = vec![self.fx_as_target(e, true)?];
        loop {
            self.mark += 1;
            let value = match self.peek() {
                Some(t)
                    if t.kw == Some(super::keywords::Kw::Yield) || starts_star_expression(&t) =>
                {
                    self.fx_yield_or_star_expressions()?
                }
                _ => return self.fx_abort(),
            };
            if !self.at(T::EQUAL) {
                let range = self.extra(start);
                return Some(Stmt::new(
                    StmtKind::Assign {
                        targets,
                        value: Box::new(value),
                        type_comment: None,
                    },
                    range,
                ));
            }
            targets.push(self.fx_as_target(value, true)?);
        }
    }
}
