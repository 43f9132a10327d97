//! The symtable's error messages (the `#define`s at the top of `Python/symtable.c`) and the
//! exceptions it raises, located as `PyErr_RangedSyntaxLocationObject` does.

use krait_syntax::ast::Range;
use krait_syntax::lexer::ErrorClass;
use krait_syntax::parser::{ParseError, SyntaxError};

pub(crate) type Result<T> = std::result::Result<T, ParseError>;

pub(crate) fn global_param(name: &str) -> String {
    format!("name '{name}' is parameter and global")
}
pub(crate) fn nonlocal_param(name: &str) -> String {
    format!("name '{name}' is parameter and nonlocal")
}
pub(crate) fn global_after_assign(name: &str) -> String {
    format!("name '{name}' is assigned to before global declaration")
}
pub(crate) fn nonlocal_after_assign(name: &str) -> String {
    format!("name '{name}' is assigned to before nonlocal declaration")
}
pub(crate) fn global_after_use(name: &str) -> String {
    format!("name '{name}' is used prior to global declaration")
}
pub(crate) fn nonlocal_after_use(name: &str) -> String {
    format!("name '{name}' is used prior to nonlocal declaration")
}
pub(crate) fn global_annot(name: &str) -> String {
    format!("annotated name '{name}' can't be global")
}
pub(crate) fn nonlocal_annot(name: &str) -> String {
    format!("annotated name '{name}' can't be nonlocal")
}
pub(crate) const IMPORT_STAR: &str = "import * only allowed at module level";
pub(crate) const NAMED_EXPR_COMP_IN_CLASS: &str =
    "assignment expression within a comprehension cannot be used in a class body";
pub(crate) fn named_expr_comp_conflict(name: &str) -> String {
    format!("assignment expression cannot rebind comprehension iteration variable '{name}'")
}
pub(crate) fn named_expr_inner_loop_conflict(name: &str) -> String {
    format!("comprehension inner loop cannot rebind assignment expression target '{name}'")
}
pub(crate) const NAMED_EXPR_COMP_ITER_EXPR: &str =
    "assignment expression cannot be used in a comprehension iterable expression";
pub(crate) fn annotation_not_allowed(what: &str) -> String {
    format!("'{what}' can not be used within an annotation")
}
pub(crate) fn duplicate_argument(name: &str) -> String {
    format!("duplicate argument '{name}' in function definition")
}

/// A `SyntaxError` spanning a node: `PyErr_RangedSyntaxLocationObject(lineno, col_offset + 1,
/// end_lineno, end_col_offset + 1)`. The columns stay UTF-8 byte offsets plus one — CPython does
/// not convert them to characters here, unlike the parser's errors. `text` is left None: CPython
/// reads it back from the file named by `filename`, which `compile()` of a string never has.
pub(crate) fn ranged(msg: impl Into<String>, range: Range) -> ParseError {
    ParseError::Syntax(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: msg.into(),
        lineno: Some(i64::from(range.lineno)),
        offset: Some(i64::from(range.col_offset) + 1),
        end_lineno: Some(i64::from(range.end_lineno)),
        end_offset: Some(i64::from(range.end_col_offset) + 1),
        text: None,
    })
}

/// A `SyntaxError` at a line and 1-based offset only (`PyErr_SyntaxLocationObject`), which
/// leaves `end_lineno` equal to `lineno` and `end_offset` None — `future.c`'s errors.
pub(crate) fn at(msg: impl Into<String>, lineno: u32, offset: i64) -> ParseError {
    ParseError::Syntax(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: msg.into(),
        lineno: Some(i64::from(lineno)),
        offset: Some(offset),
        end_lineno: Some(i64::from(lineno)),
        end_offset: None,
        text: None,
    })
}

/// The `RecursionError` of a tree nested deeper than the symtable's budget.
pub(crate) fn too_deep() -> ParseError {
    ParseError::Recursion("maximum recursion depth exceeded during compilation".into())
}
