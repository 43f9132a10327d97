//! krait's front end: source bytes → tokens (both the C tokenizer's and the `tokenize` module's view) → AST.

pub mod ast;
pub mod encoding;
pub mod lexer;
pub mod parser;
pub mod pyrepr;
pub mod pystr;
pub mod stack;
pub mod token;
pub mod tokenize;
pub mod unicode;

pub use token::TokenType;
