//! Exception handling statements: `try`/`except`/`else`/`finally`, `try`/`except*`, `with` and
//! `async with` (`compiler_try*`, `compiler_with`, `compiler_async_with`).

use krait_syntax::ast::Stmt;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// `compiler_try`.
    pub fn compile_try(&mut self, s: &'a Stmt) -> CResult {
        let _ = s;
        Err(super::system_error("try is not compiled yet (#5)"))
    }

    /// `compiler_try_star`.
    pub fn compile_try_star(&mut self, s: &'a Stmt) -> CResult {
        let _ = s;
        Err(super::system_error("try/except* is not compiled yet (#5)"))
    }

    /// `compiler_with`: items from `pos` on.
    pub fn compile_with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let _ = (s, pos);
        Err(super::system_error("with is not compiled yet (#5)"))
    }

    /// `compiler_async_with`: items from `pos` on.
    pub fn compile_async_with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let _ = (s, pos);
        Err(super::system_error("async with is not compiled yet (#5)"))
    }
}
