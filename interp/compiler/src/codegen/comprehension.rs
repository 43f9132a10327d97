//! Comprehensions and generator expressions: `compiler_comprehension` and its sync/async
//! generator helpers (each comprehension is its own code object in 3.11).

use krait_syntax::ast::Expr;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// `compiler_genexp`, `compiler_listcomp`, `compiler_setcomp`, `compiler_dictcomp`.
    pub fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let _ = e;
        Err(super::system_error(
            "comprehensions are not compiled yet (#5)",
        ))
    }
}
