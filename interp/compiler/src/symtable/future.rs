//! `from __future__` features (`Python/future.c`): which features a module turns on, and the errors
//! raised while collecting them, before the symbol table is built.

use krait_syntax::ast::{Constant, ExprKind, Mod, Stmt, StmtKind};
use krait_syntax::parser::ParseError;

use super::errors::{Result, at};

/// `CO_FUTURE_BARRY_AS_BDFL`: `<>` is the inequality operator.
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
/// `CO_FUTURE_ANNOTATIONS`: annotations are kept as strings (PEP 563).
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// CPython's `PyFutureFeatures`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `CO_FUTURE_*` bits in effect (`ff_features`). Of the features a 3.11 module can name, only
    /// `annotations` and `barry_as_FLUFL` set a bit; the others are mandatory already.
    pub features: u32,
    /// Line of the last `from __future__` statement of the module's header (`ff_lineno`); the
    /// compiler rejects any later one.
    pub lineno: Option<u32>,
}

impl FutureFeatures {
    /// `from __future__ import annotations` is in effect.
    pub fn annotations(&self) -> bool {
        self.features & CO_FUTURE_ANNOTATIONS != 0
    }

    /// `from __future__ import barry_as_FLUFL` is in effect.
    pub fn barry_as_flufl(&self) -> bool {
        self.features & CO_FUTURE_BARRY_AS_BDFL != 0
    }
}

/// Features that are accepted and need no flag in 3.11 (all mandatory by now).
const MANDATORY: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// `_PyFuture_FromAST`: scans the module's leading statements (after an optional docstring) for
/// `from __future__ import` statements.
///
/// Only one misplacement is caught here, as in `future.c`: a `__future__` import on the same line
/// as, and after, another statement of the header (`import a; from __future__ import b`). A
/// `__future__` import on a later line is left to the compiler, which rejects it with the same
/// message when it reaches it.
pub fn parse_future(module: &Mod) -> Result<FutureFeatures> {
    let mut ff = FutureFeatures::default();
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let start = usize::from(has_docstring(body));
    let mut done = false;
    let mut prev_line = 0;
    for stmt in &body[start..] {
        if done && stmt.range.lineno > prev_line {
            break;
        }
        prev_line = stmt.range.lineno;
        // The module name alone decides, whatever the level: `from .__future__ import x` counts,
        // as it does in CPython.
        match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    // `future.c` passes the column without the usual `+ 1`.
                    return Err(at(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.range.lineno,
                        i64::from(stmt.range.col_offset),
                    ));
                }
                for alias in names {
                    check_feature(&mut ff, &alias.name, stmt)?;
                }
                ff.lineno = Some(stmt.range.lineno);
            }
            _ => done = true,
        }
    }
    Ok(ff)
}

/// `future_check_features` for one imported name; errors point at the statement.
fn check_feature(ff: &mut FutureFeatures, feature: &str, stmt: &Stmt) -> Result<()> {
    let error = |msg: String| -> ParseError {
        at(msg, stmt.range.lineno, i64::from(stmt.range.col_offset) + 1)
    };
    match feature {
        f if MANDATORY.contains(&f) => {}
        "barry_as_FLUFL" => ff.features |= CO_FUTURE_BARRY_AS_BDFL,
        "annotations" => ff.features |= CO_FUTURE_ANNOTATIONS,
        "braces" => return Err(error("not a chance".into())),
        other => {
            // `%.100s`: at most 100 bytes of the name (a cut character decodes as U+FFFD).
            let shown = String::from_utf8_lossy(&other.as_bytes()[..other.len().min(100)]);
            return Err(error(format!("future feature {shown} is not defined")));
        }
    }
    Ok(())
}

/// `_PyAST_GetDocString` is not None: the body starts with a string expression statement.
fn has_docstring(body: &[Stmt]) -> bool {
    matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr { value }) if matches!(
            &value.kind,
            ExprKind::Constant { value: Constant::Str(_), .. }
        )
    )
}
