//! f-strings: `compiler_joined_str` and `compiler_formatted_value`.

use krait_syntax::ast::Expr;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// `compiler_joined_str`.
    pub fn compile_joined_str(&mut self, e: &'a Expr) -> CResult {
        let _ = e;
        Err(super::system_error("f-strings are not compiled yet (#5)"))
    }

    /// `compiler_formatted_value`.
    pub fn compile_formatted_value(&mut self, e: &'a Expr) -> CResult {
        let _ = e;
        Err(super::system_error("f-strings are not compiled yet (#5)"))
    }
}
