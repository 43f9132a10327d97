//! Structural pattern matching (PEP 634): `compiler_match` and the `compiler_pattern_*` helpers.

use krait_syntax::ast::{Expr, MatchCase};

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        let _ = (subject, cases);
        Err(super::system_error("match is not compiled yet (#5)"))
    }
}
