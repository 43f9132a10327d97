//! Pattern nodes of `match` statements (`pattern` of Python 3.11's ASDL).

use super::constant::Constant;
use super::macros::located_sum;
use super::{Expr, Identifier};

located_sum! {
    /// A `case` pattern (`ast.pattern`).
    Pattern / PatternKind = "pattern" {
        /// A value pattern (a literal or dotted name).
        MatchValue { value: Box<Expr> },
        /// `None`, `True` or `False`.
        MatchSingleton { value: Constant },
        /// `[p, q, *rest]`
        MatchSequence { patterns: Vec<Pattern> },
        /// `{key: p, **rest}`
        MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> },
        /// `Cls(p, attr=q)`
        MatchClass {
            cls: Box<Expr>,
            patterns: Vec<Pattern>,
            kwd_attrs: Vec<Identifier>,
            kwd_patterns: Vec<Pattern>,
        },
        /// `*name` (name None for `*_`)
        MatchStar { name: Option<Identifier> },
        /// `pattern as name`, a capture `name`, or the wildcard `_` (both None).
        MatchAs { pattern: Option<Box<Pattern>>, name: Option<Identifier> },
        /// `p | q`
        MatchOr { patterns: Vec<Pattern> },
    }
}
