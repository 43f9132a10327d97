//! The `invalid_*` rules of statements, blocks and targets: CPython's targeted messages such as
//! "expected ':'" and "expected an indented block after 'if' statement on line N".

use super::core::Parser;

impl Parser<'_> {}
