//! String literals: prefixes, quotes, the scan to the closing quote, and the unterminated-string errors.
//!
//! In 3.11 the tokenizer does not look inside literals beyond skipping the character after a backslash;
//! f-strings are ordinary STRING tokens whose contents the parser examines later.

use super::cursor::{EOF, NL};
use super::{LexError, Lexer, Token};
use crate::token::TokenType;

/// The string prefix letters seen so far (`tok_get`'s `saw_b`, `saw_r`, `saw_u`, `saw_f`).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Prefix {
    b: bool,
    r: bool,
    u: bool,
    f: bool,
}

impl Prefix {
    /// Records `c` if it can extend a valid prefix (`b`, `r`, `u`, `f` in any case; `rb`, `br`, `fr`,
    /// `rf`; never `u` with another letter), returning whether it did.
    pub(super) fn accept(&mut self, c: i32) -> bool {
        let Ok(ch) = u8::try_from(c) else {
            return false;
        };
        match ch.to_ascii_lowercase() {
            b'b' if !(self.b || self.u || self.f) => self.b = true,
            b'u' if !(self.b || self.u || self.r || self.f) => self.u = true,
            b'r' if !(self.r || self.u) => self.r = true,
            b'f' if !(self.f || self.b || self.u) => self.f = true,
            _ => return false,
        }
        true
    }
}

impl Lexer<'_> {
    /// Scans a string literal whose opening quote `quote` was just read; the token begins at `start`
    /// (its prefix, if any).
    pub(super) fn string(&mut self, quote: i32, start: usize) -> Result<Token, LexError> {
        // The error, if any, points at the opening quote's line and column, so remember them.
        let first_lineno = self.lineno;
        let first_line_start = self.line_start;

        self.token_open = true;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }

        while end_quote_size != quote_size {
            let c = self.nextc();
            if c == EOF || (quote_size == 1 && c == NL) {
                let detected_at = self.lineno;
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected_at})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected_at})")
                };
                // CPython rewinds to just past the token's first character (the prefix or the quote).
                let col = self.chars_between(first_line_start, start + 1);
                return Err(LexError::at_cursor(msg, first_lineno, col));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == i32::from(b'\\') {
                    self.nextc();
                }
            }
        }
        self.token_open = false;
        Ok(self.token(TokenType::STRING, start, self.pos))
    }
}
