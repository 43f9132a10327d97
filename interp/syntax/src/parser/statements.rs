//! Statement rules ("GENERAL STATEMENTS", "SIMPLE STATEMENTS" and "COMPOUND STATEMENTS" of
//! `Grammar/python.gram`; <https://docs.python.org/3.11/reference/simple_stmts.html> and
//! <https://docs.python.org/3.11/reference/compound_stmts.html>).

use super::core::Parser;
use crate::ast::{Expr, Stmt, StmtKind};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `statements: statement+`
    pub(super) fn rule_statements(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let v = p.repeat1(|p| p.rule_statement())?;
            Some(v.into_iter().flatten().collect())
        })
    }

    /// `statement: compound_stmt | simple_stmts`
    fn rule_statement(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| p.rule_simple_stmts())
    }

    /// `statement_newline`
    pub(super) fn rule_statement_newline(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| p.rule_simple_stmts())
    }

    /// `simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE`
    fn rule_simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let v = p.gather(T::SEMI, |p| p.rule_simple_stmt())?;
            p.expect(T::SEMI);
            p.expect(T::NEWLINE)?;
            Some(v)
        })
    }

    /// `simple_stmt` (only expression statements so far)
    fn rule_simple_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            let e = p.rule_star_expressions()?;
            let range = p.extra(start);
            Some(Stmt::new(StmtKind::Expr { value: Box::new(e) }, range))
        })
    }

    /// `block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block`
    pub(super) fn rule_block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| p.rule_simple_stmts())
    }

    /// `type_expressions`
    pub(super) fn rule_type_expressions(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_expression()))
    }
}
