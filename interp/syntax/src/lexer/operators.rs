//! Operators, delimiters and bracket matching, plus numbers (which share the `.` decision with them).
//!
//! Mirrors the tail of `tok_get`: `.` may start a number or an ellipsis, two- and three-character
//! operators are tried before one-character ones (`PyToken_TwoChars`/`PyToken_ThreeChars`), brackets are
//! tracked on a stack of at most 200 (`MAXLEVEL`), and a leftover ASCII control character is reported as
//! non-printable.

use super::{LexError, Lexer, MAX_LEVEL, OpenBracket, Token};
use crate::token::TokenType;
use crate::unicode::is_printable;

fn byte(c: i32) -> Option<u8> {
    u8::try_from(c).ok()
}

/// The exact type of a two-character operator (`PyToken_TwoChars`), which includes `<>`.
fn two_chars(a: u8, b: u8) -> Option<TokenType> {
    if (a, b) == (b'<', b'>') {
        return Some(TokenType::NOTEQUAL);
    }
    TokenType::from_operator(std::str::from_utf8(&[a, b]).ok()?)
}

/// The exact type of a three-character operator (`PyToken_ThreeChars`).
fn three_chars(a: u8, b: u8, c: u8) -> Option<TokenType> {
    TokenType::from_operator(std::str::from_utf8(&[a, b, c]).ok()?)
}

impl Lexer<'_> {
    /// Everything after names, strings, newlines and continuations: `c` was read at `start`.
    pub(super) fn number_or_operator(&mut self, c: i32, start: usize) -> Result<Token, LexError> {
        let digit = |c: i32| byte(c).is_some_and(|b| b.is_ascii_digit());
        if c == i32::from(b'.') {
            let c2 = self.nextc();
            if digit(c2) {
                self.backup(c2);
                return self.number(c, start);
            }
            if c2 == i32::from(b'.') {
                let c3 = self.nextc();
                if c3 == i32::from(b'.') {
                    return Ok(self.token(TokenType::ELLIPSIS, start, self.pos));
                }
                self.backup(c3);
            }
            self.backup(c2);
            return Ok(self.token(TokenType::DOT, start, self.pos));
        }
        if digit(c) {
            return self.number(c, start);
        }
        // Anything else is one ASCII byte: bytes >= 128 went to the identifier path, and NUL was rejected.
        let a = byte(c).unwrap_or(0);
        let c2 = self.nextc();
        if let Some(kind2) = byte(c2).and_then(|b| two_chars(a, b)) {
            let c3 = self.nextc();
            let kind3 = byte(c3).and_then(|b3| three_chars(a, byte(c2).unwrap_or(0), b3));
            if kind3.is_none() {
                self.backup(c3);
            }
            return Ok(self.token(kind3.unwrap_or(kind2), start, self.pos));
        }
        self.backup(c2);
        self.track_bracket(a, start)?;
        if !is_printable(char::from(a)) {
            return Err(self.error_here(format!("invalid non-printable character U+{:04X}", a)));
        }
        let kind = TokenType::from_operator(std::str::from_utf8(&[a]).unwrap_or(""))
            .unwrap_or(TokenType::OP);
        Ok(self.token(kind, start, self.pos))
    }

    /// Pushes an opening bracket or pops the matching one for a closing bracket.
    fn track_bracket(&mut self, ch: u8, start: usize) -> Result<(), LexError> {
        match ch {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_LEVEL {
                    return Err(self.error_here("too many nested parentheses"));
                }
                let col = u32::try_from(start - self.line_start).unwrap_or(u32::MAX);
                self.brackets.push(OpenBracket {
                    ch,
                    lineno: self.lineno,
                    col,
                });
            }
            b')' | b']' | b'}' => {
                let Some(open) = self.brackets.pop() else {
                    return Err(self.error_here(format!("unmatched '{}'", char::from(ch))));
                };
                let expected = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    let (close, opening) = (char::from(ch), char::from(open.ch));
                    let msg = if open.lineno != self.lineno {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{opening}' on line {}",
                            open.lineno
                        )
                    } else {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{opening}'"
                        )
                    };
                    return Err(self.error_here(msg));
                }
            }
            _ => {}
        }
        Ok(())
    }
}
