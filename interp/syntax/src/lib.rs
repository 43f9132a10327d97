//! krait's front end: source bytes → tokens (both the C tokenizer's and the `tokenize` module's view) → AST.

pub mod lexer;
pub mod token;

pub use token::TokenType;
