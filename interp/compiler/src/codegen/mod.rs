//! Code generation: CPython 3.11 `compile.c`'s front half, AST → one control-flow graph per code
//! unit, handed to the assembler.

use krait_syntax::ast::Mod;
use krait_syntax::parser::{ParseError, ParseWarning};

use crate::code::CodeObject;
use crate::compile::CompileOptions;
use crate::symtable::SymbolTable;

/// `compiler_mod`: the module's code object and the compiler's warnings.
pub fn compile_module(
    module: &Mod,
    st: &SymbolTable,
    filename: &str,
    opts: &CompileOptions,
) -> (Result<CodeObject, ParseError>, Vec<ParseWarning>) {
    let _ = (module, st, filename, opts);
    unimplemented!("code generation lands with issue #5")
}
