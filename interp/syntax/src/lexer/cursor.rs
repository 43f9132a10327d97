//! The character cursor: CPython's `tok_nextc`/`tok_backup` over a `&str`, one physical line at a time.
//!
//! The C tokenizer reads its input line by line and only advances `lineno`/`line_start` when it reads the
//! first character of the next line; error locations depend on that (an unterminated string is "detected
//! at" the line holding the newline, not the one after it), so the cursor does the same. Like CPython's
//! `translate_newlines`, `\r\n` and lone `\r` read as one `\n`, and a source not ending in a line break gets a
//! virtual `\n` at offset `len` (positions past `len` only ever denote that virtual newline).

use super::Lexer;
use super::error::char_len_lossy;

/// What [`Lexer::nextc`] returns at the end of input (C's `EOF`).
pub(super) const EOF: i32 = -1;
/// `'\n'` as returned by [`Lexer::nextc`].
pub(super) const NL: i32 = b'\n' as i32;

impl Lexer<'_> {
    /// Length of the input including the virtual final newline, if any.
    fn total_len(&self) -> usize {
        self.bytes.len() + usize::from(self.virtual_newline)
    }

    /// Reads the next character (a byte, with every line break read as `'\n'`), or [`EOF`].
    /// Called for every character, so it is inlined; entering a line is not.
    #[inline]
    pub(super) fn nextc(&mut self) -> i32 {
        if self.pos == self.line_end && !self.enter_next_line() {
            return EOF;
        }
        if self.pos == self.nl_start {
            self.pos = self.line_end;
            return NL;
        }
        let c = self.bytes[self.pos];
        self.pos += 1;
        i32::from(c)
    }

    /// At the end of a line: enters the next one, or returns false at the end of input.
    #[cold]
    #[inline(never)]
    fn enter_next_line(&mut self) -> bool {
        if self.line_end >= self.total_len() {
            return false;
        }
        self.start_line();
        true
    }

    /// Un-reads `c`, the character the last [`Lexer::nextc`] returned (a no-op for [`EOF`], as in C).
    #[inline]
    pub(super) fn backup(&mut self, c: i32) {
        if c == EOF {
            return;
        }
        if c == NL && self.pos == self.line_end {
            self.pos = self.nl_start;
        } else {
            self.pos -= 1;
        }
    }

    /// Enters the physical line starting at `self.pos` (C's underflow: `lineno++`, new `line_start`).
    fn start_line(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
        if !self.token_open {
            self.buf_start = self.pos;
        }
        let rest = &self.bytes[self.pos..];
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                self.nl_start = self.pos + i;
                let crlf = rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n');
                self.line_end = self.nl_start + 1 + usize::from(crlf);
            }
            // The last line ends at the virtual `\n` if there is one, else at the end of input.
            None => {
                self.nl_start = self.bytes.len();
                self.line_end = self.total_len();
            }
        }
    }

    /// The bytes `from..to` as CPython's line buffer holds them: every line break (`\r\n` included) is one
    /// `\n`, and an offset past the end of the source includes the virtual final newline.
    pub(super) fn normalized(&self, from: usize, to: usize) -> Vec<u8> {
        let len = self.bytes.len();
        let (from, end) = (from.min(len), to.min(len));
        let mut out = Vec::with_capacity(end.saturating_sub(from) + 1);
        let mut i = from;
        while i < end {
            let b = self.bytes[i];
            if b == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') && i + 1 < end {
                i += 1;
            }
            out.push(if b == b'\r' { b'\n' } else { b });
            i += 1;
        }
        if to > len {
            out.push(b'\n');
        }
        out
    }

    /// Characters between byte offsets `from` and `to` as CPython counts them in its line buffer (see
    /// [`Lexer::normalized`]); a cursor inside a multi-byte character counts a replacement character.
    pub(super) fn chars_between(&self, from: usize, to: usize) -> u32 {
        char_len_lossy(&self.normalized(from, to))
    }

    /// A byte offset clamped into the source (the virtual newline sits at `len`).
    pub(super) fn clamp(&self, pos: usize) -> u32 {
        u32::try_from(pos.min(self.bytes.len())).unwrap_or(u32::MAX)
    }
}
