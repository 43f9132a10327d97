//! krait's AST: the nodes of Python 3.11's `ast` module (same classes, fields, field order and
//! attributes), `ast.dump`, and the literal evaluation the parser needs to build `Constant`s.
//!
//! Every node is defined once through the macros of [`macros`], which derive the Rust type, its dump and
//! its field table from one field list. `Stmt`, `Expr` and `Pattern` are a [`Range`] plus a `kind` enum
//! whose children are boxed, so a node is small and the parser can build it in one move.

mod macros;

pub mod constant;
pub mod convert;
pub mod dump;
mod expr;
pub mod fstring;
pub mod ident;
pub mod literal;
mod pattern;
pub mod repr;
mod stmt;
pub mod unicode_names;

#[cfg(test)]
pub(crate) mod tests;

pub use constant::Constant;
pub use dump::{DumpOptions, dump};
pub use expr::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Expr, ExprContext, ExprKind, Keyword, Operator,
    UnaryOp,
};
pub use pattern::{Pattern, PatternKind};
pub use stmt::{Alias, ExceptHandler, MatchCase, Stmt, StmtKind, TypeIgnore, WithItem};

use macros::plain_sum;

/// An identifier (a name already NFKC-normalised by the parser, see [`ident::normalize_identifier`]).
pub type Identifier = String;

/// A node's location: 1-based lines, and columns as UTF-8 byte offsets within the line, as CPython
/// stores them (`lineno`, `col_offset`, `end_lineno`, `end_col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    /// First line (1-based).
    pub lineno: u32,
    /// Byte offset of the first byte within the first line.
    pub col_offset: u32,
    /// Last line (1-based).
    pub end_lineno: u32,
    /// Byte offset just past the last byte within the last line.
    pub end_col_offset: u32,
}

impl Range {
    /// A range from its four attributes, in `_attributes` order.
    pub fn new(lineno: u32, col_offset: u32, end_lineno: u32, end_col_offset: u32) -> Self {
        Range {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
}

plain_sum! {
    /// A whole parse result (`ast.mod`).
    Mod = "mod" {
        /// `mode='exec'`: a file.
        Module { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
        /// `mode='single'`: one interactive statement.
        Interactive { body: Vec<Stmt> },
        /// `mode='eval'`: one expression.
        Expression { body: Box<Expr> },
        /// `mode='func_type'`: a function type comment.
        FunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
    }
}
