//! `match` statements and their patterns ("Match statement" of `Grammar/python.gram`;
//! <https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>).

use super::core::Parser;
use crate::ast::Stmt;

impl Parser<'_> {
    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt`
    pub(super) fn rule_match_stmt(&mut self) -> Option<Stmt> {
        None
    }
}
