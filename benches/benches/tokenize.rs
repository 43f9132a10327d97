//! Tokenizing all of CPython's `Lib`: krait's lexer against CPython's `tokenize` module, same run.

fn main() {}
