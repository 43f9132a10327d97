//! krait's front end: source bytes → tokens (both the C tokenizer's and the `tokenize` module's view) → AST.

pub mod ast;
pub mod token;

pub use token::TokenType;
