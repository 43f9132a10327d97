//! Indentation at the start of a logical line: INDENT/DEDENT bookkeeping and the indentation errors.
//!
//! Follows the `atbol` block of `tok_get`: tabs advance to the next multiple of 8, a form feed resets the
//! column (for Emacs users), and a second column computed with tab size 1 must order the same way as the
//! first, otherwise the indentation depends on the tab size and CPython raises `TabError`.

use super::cursor::NL;
use super::{ErrorClass, LexError, LexErrorKind, Lexer, MAX_INDENT, Token};
use crate::token::TokenType;

const TABSIZE: u32 = 8;

impl Lexer<'_> {
    /// Measures the new line's indentation and queues INDENT/DEDENT tokens; returns whether the line is
    /// blank (only blanks and/or a comment), in which case the indentation is ignored.
    pub(super) fn measure_indentation(&mut self) -> Result<bool, LexError> {
        let (mut col, mut altcol) = (0u32, 0u32);
        // Indentation cannot be split with backslashes: the column where the first one appears counts.
        // As in `tok_get`, 0 means "not set": a backslash in column 0 leaves the next line's
        // indentation in charge (so `\` alone on a line before an indented one is an unexpected
        // indent).
        let mut cont_line_col = 0u32;
        let c = loop {
            let c = self.nextc();
            match u8::try_from(c) {
                Ok(b' ') => {
                    col = col.saturating_add(1);
                    altcol = altcol.saturating_add(1);
                }
                Ok(b'\t') => {
                    col = (col / TABSIZE).saturating_add(1).saturating_mul(TABSIZE);
                    altcol = altcol.saturating_add(1);
                }
                Ok(0x0c) => {
                    col = 0;
                    altcol = 0;
                }
                Ok(b'\\') => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.continuation_line()?;
                }
                _ => break c,
            }
        };
        self.backup(c);
        let blankline = c == i32::from(b'#') || c == NL;
        if blankline || !self.brackets.is_empty() {
            return Ok(blankline);
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        self.apply_indentation(col, altcol)?;
        Ok(false)
    }

    /// Compares the measured columns with the indentation stack.
    fn apply_indentation(&mut self, col: u32, altcol: u32) -> Result<(), LexError> {
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let msg = "too many levels of indentation";
                return Err(LexError::line_start(
                    ErrorClass::IndentationError,
                    LexErrorKind::TooDeep,
                    msg,
                    self.lineno,
                ));
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.pending -= 1;
                self.indents.pop();
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                // E_DEDENT: the C tokenizer moves its cursor to the end of the line before failing.
                self.pos = self.line_end;
                let col = self.chars_between(self.line_start, self.pos);
                let msg = "unindent does not match any outer indentation level";
                let class = ErrorClass::IndentationError;
                return Err(LexError::whole_line(
                    class,
                    LexErrorKind::Dedent,
                    msg,
                    self.lineno,
                    col,
                )
                .with_byte_offset(self.pos - self.line_start));
            }
            if altcol != alttop {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    /// `indenterror()`: E_TABSPACE, reported at column 1 of the current line.
    fn tab_error(&self) -> LexError {
        let msg = "inconsistent use of tabs and spaces in indentation";
        LexError::line_start(
            ErrorClass::TabError,
            LexErrorKind::TabSpace,
            msg,
            self.lineno,
        )
    }

    /// A queued INDENT or DEDENT, zero-width at the cursor (the line's first non-blank character).
    pub(super) fn indent_token(&mut self) -> Token {
        let kind = if self.pending < 0 {
            self.pending += 1;
            TokenType::DEDENT
        } else {
            self.pending -= 1;
            TokenType::INDENT
        };
        self.token(kind, self.pos, self.pos)
    }
}
