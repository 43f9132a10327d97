//! krait's front end: source bytes → tokens (both the C tokenizer's and the `tokenize` module's view) → AST.

pub mod token;

pub use token::TokenType;
pub mod encoding;
pub mod pyrepr;
pub mod tokenize;
pub mod unicode;
