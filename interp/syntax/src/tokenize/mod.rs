//! The `tokenize`-module view of the lexer: the token stream of CPython 3.11's `Lib/tokenize.py`
//! (`tokenize.tokenize` over bytes, `tokenize.generate_tokens` over text), quirks included.
//!
//! Tokens are small `Copy` values with positions as `tokenize` reports them (rows from 1, columns
//! in code points) and byte ranges into the decoded text, which [`Tokenized`] owns.

mod driver;
mod scan;

use crate::TokenType;
use crate::encoding::{self, DecodeError};
use crate::pyrepr;

/// One `TokenInfo`: type, exact type, start and end, and byte ranges of `string` and `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokInfo {
    /// `tok.type`.
    pub kind: TokenType,
    /// `tok.exact_type`.
    pub exact: TokenType,
    /// `tok.start`: (row, column in code points).
    pub start: (u32, u32),
    /// `tok.end`: (row, column in code points).
    pub end: (u32, u32),
    /// Byte range of `tok.string` in [`Tokenized::text`] (empty for ENCODING; see [`Tokenized::string`]).
    pub string_range: (u32, u32),
    /// Byte range of `tok.line` in [`Tokenized::text`].
    pub line_range: (u32, u32),
}

/// The exception `tokenize` raised, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenizeError {
    /// `TokenError(msg, (row, col))`.
    Token { msg: &'static str, pos: (u32, u32) },
    /// `IndentationError(msg, ("<tokenize>", row, col, line))`.
    Indentation {
        msg: &'static str,
        row: u32,
        col: u32,
        line: String,
    },
    /// `SyntaxError(msg)` from `detect_encoding`.
    Syntax(String),
    /// An error of `bytes.decode` on a later line (`UnicodeDecodeError`, `LookupError`...).
    Decode(DecodeError),
}

impl TokenizeError {
    /// `type(exc).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            TokenizeError::Token { .. } => "TokenError",
            TokenizeError::Indentation { .. } => "IndentationError",
            TokenizeError::Syntax(_) => "SyntaxError",
            TokenizeError::Decode(e) => e.type_name(),
        }
    }

    /// `repr(exc.args)`.
    pub fn args_repr(&self) -> String {
        match self {
            TokenizeError::Token { msg, pos } => format!("('{msg}', ({}, {}))", pos.0, pos.1),
            TokenizeError::Indentation {
                msg,
                row,
                col,
                line,
            } => format!(
                "('{msg}', ('<tokenize>', {row}, {col}, {}))",
                pyrepr::repr_str(line)
            ),
            TokenizeError::Syntax(msg) => format!("({},)", pyrepr::repr_str(msg)),
            TokenizeError::Decode(e) => e.args_repr(),
        }
    }

    /// `str(exc)`.
    pub fn message(&self) -> String {
        match self {
            // A plain Exception with two args prints as its args tuple.
            TokenizeError::Token { .. } => self.args_repr(),
            // SyntaxError.__str__: "msg (<tokenize>, line N)".
            TokenizeError::Indentation { msg, row, .. } => {
                format!("{msg} (<tokenize>, line {row})")
            }
            TokenizeError::Syntax(msg) => msg.clone(),
            TokenizeError::Decode(e) => e.message(),
        }
    }

    /// `err.args[0]` and the (line, column) that `tokenize.main` reports for its located errors.
    pub fn located(&self) -> Option<(&'static str, (u32, u32))> {
        match self {
            TokenizeError::Token { msg, pos } => Some((msg, *pos)),
            TokenizeError::Indentation { msg, row, col, .. } => Some((msg, (*row, *col))),
            _ => None,
        }
    }
}

/// The result of one tokenization: the tokens produced before the end or the error.
#[derive(Clone, Debug, Default)]
pub struct Tokenized {
    /// The encoding `detect_encoding` chose (`None` for [`generate_tokens`]).
    pub encoding: Option<String>,
    /// The tokens, in order.
    pub tokens: Vec<TokInfo>,
    /// The exception that ended tokenization, if any.
    pub error: Option<TokenizeError>,
    /// The decoded text of every line read.
    pub text: String,
}

impl Tokenized {
    /// Token `i`'s `string` (the encoding name for ENCODING).
    pub fn string(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        if t.kind == TokenType::ENCODING {
            return self.encoding.as_deref().unwrap_or("");
        }
        &self.text[t.string_range.0 as usize..t.string_range.1 as usize]
    }

    /// Token `i`'s `line`.
    pub fn line(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.line_range.0 as usize..t.line_range.1 as usize]
    }
}

/// `list(tokenize.tokenize(open(filename, 'rb').readline))` over `source`; `filename` is what
/// `open()` got (it only appears in `detect_encoding`'s messages), `None` for a nameless reader.
pub fn tokenize(source: &[u8], filename: Option<&str>) -> Tokenized {
    let detected = match encoding::detect_encoding(source, filename) {
        Ok(d) => d,
        Err(msg) => {
            return Tokenized {
                error: Some(TokenizeError::Syntax(msg)),
                ..Tokenized::default()
            };
        }
    };
    // `_tokenize` reports utf-8-sig as utf-8 (the BOM is already gone) and decodes with that name.
    let name = if detected.encoding == "utf-8-sig" {
        "utf-8".to_string()
    } else {
        detected.encoding
    };
    // detect_encoding only returns names that `codecs.lookup` accepts.
    let codec = encoding::lookup(&name).unwrap_or(encoding::Codec {
        name: "utf-8",
        kind: encoding::CodecKind::Utf8,
    });
    let body = &source[detected.body_start..];
    let mut out = match (codec.kind, std::str::from_utf8(body)) {
        // The common case: every line decodes, so decode the whole text at once.
        (encoding::CodecKind::Utf8, Ok(text)) => {
            driver::run(driver::Lines::text(text.to_string()), true)
        }
        _ => driver::run(driver::Lines::bytes(body, codec, &name), true),
    };
    out.encoding = Some(name);
    out
}

/// `tokenize.generate_tokens(io.StringIO(text).readline)`: no ENCODING token.
pub fn generate_tokens(text: &str) -> Tokenized {
    driver::run(driver::Lines::text(text.to_string()), false)
}

#[cfg(test)]
mod tests;
