//! The parser's lexer: CPython 3.11's C tokenizer (`Parser/tokenizer.c`) behaviour, pulled one token at a time.
//!
//! [`Lexer::next_token`] yields what the C tokenizer hands the PEG parser: NAME, NUMBER, STRING (f-strings
//! are single STRING tokens in 3.11), operators with their exact types, NEWLINE, INDENT, DEDENT and
//! ENDMARKER, plus TYPE_COMMENT/TYPE_IGNORE when [`LexMode::type_comments`] is set. Comments and blank lines
//! produce nothing, and line breaks inside brackets are skipped. Errors surface only when the token that
//! contains them is requested, with CPython's class, message and location ([`LexError`]); after an error
//! every further call returns the same error, as the C tokenizer stays in its error state.
//!
//! Quirks kept on purpose because CPython's parser observes them:
//! * NEWLINE spans from a trailing comment's `#` (if any) to the line break, zero-width otherwise;
//! * INDENT and DEDENT are zero-width at the first character of the line's first token;
//! * `<>` lexes as NOTEQUAL: as in CPython, the parser decides (from the token text and the
//!   `barry_as_FLUFL` future) whether it is allowed;
//! * characters that are no operator (`$`, `?`, `!`, `` ` ``) are generic [`TokenType::OP`] tokens, which
//!   the parser rejects as "invalid syntax";
//! * `async` and `await` are ASYNC and AWAIT tokens (3.11's grammar matches those token types).

mod cursor;
mod error;
mod ident;
mod indent;
mod line_index;
mod numbers;
mod operators;
mod strings;
#[cfg(test)]
mod tests;

pub use error::{ErrorClass, ErrorLocation, LexError, LexErrorKind, LexWarning};
pub use line_index::LineIndex;

use crate::token::TokenType;
use cursor::{EOF, NL};

/// Lexer options (CPython's `PyCF_*` flags that reach the tokenizer).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LexMode {
    /// `PyCF_TYPE_COMMENTS`: emit TYPE_COMMENT and TYPE_IGNORE tokens for `# type: ...` comments.
    pub type_comments: bool,
    /// String input for the `eval` and `single` start rules: CPython 3.11's `translate_newlines`
    /// adds the final `\n` only to exec input (`exec_input`), so such text ends without one.
    pub no_final_newline: bool,
}

/// One token: its exact type and the byte range it covers in the source.
///
/// For TYPE_COMMENT the range is the comment text after the `# type:` prefix; for TYPE_IGNORE it is
/// what follows `ignore` (the tag, e.g. `[attr]`). Offsets never exceed the source length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// The exact token type (operators carry their own type, e.g. [`TokenType::LPAR`]).
    pub kind: TokenType,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset just past the last byte.
    pub end: u32,
}

impl Token {
    /// The token's text in `source` (the string the lexer was created with).
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        source
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// An open bracket, as the tokenizer's `parenstack`/`parenlinenostack`/`parencolstack` record it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenBracket {
    /// `b'('`, `b'['` or `b'{'`.
    pub ch: u8,
    /// 1-based line of the bracket.
    pub lineno: u32,
    /// 0-based byte column of the bracket.
    pub col: u32,
}

/// Where the lexer is in its life.
#[derive(Clone, Debug)]
enum State {
    /// Not yet checked the source for NUL bytes.
    Fresh,
    Running,
    /// ENDMARKER was produced; it is produced again on every call.
    Done,
    Failed(LexError),
}

/// CPython's `MAXINDENT`: the indentation stack holds at most this many levels (including column 0).
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: brackets nest at most this deep.
const MAX_LEVEL: usize = 200;

/// The pull-based lexer; see the module documentation.
#[derive(Debug)]
pub struct Lexer<'src> {
    src: &'src str,
    bytes: &'src [u8],
    mode: LexMode,
    state: State,
    /// The source lacks a final line break, so a virtual `\n` follows it (as CPython appends one).
    virtual_newline: bool,
    /// The cursor (C's `tok->cur`).
    pos: usize,
    /// Start of the current physical line (C's `tok->line_start`).
    line_start: usize,
    /// Offset of the current line's line break (or `len` for the virtual one).
    nl_start: usize,
    /// Just past the current line's line break (C's `tok->inp`).
    line_end: usize,
    /// Start of C's `tok->buf`: the first line read since the last token boundary. Lines read while a token
    /// is open (a multi-line string, or a backslash continuation between tokens) extend it instead.
    buf_start: usize,
    /// A token is being read (C: `tok->start != NULL`), so a newly read line does not move `buf_start`.
    token_open: bool,
    /// 1-based number of the current line, 0 before the first is read.
    lineno: u32,
    /// At the beginning of a logical line, so indentation must be measured (C's `atbol`).
    at_bol: bool,
    /// Indentation stack of `(col, altcol)`; `altcol` uses tab size 1 to detect tab/space inconsistency.
    indents: Vec<(u32, u32)>,
    /// INDENT (positive) or DEDENT (negative) tokens still to emit (C's `pendin`).
    pending: i32,
    brackets: Vec<OpenBracket>,
    warnings: Vec<LexWarning>,
}

impl<'src> Lexer<'src> {
    /// A lexer over decoded source text.
    pub fn new(source: &'src str, mode: LexMode) -> Self {
        Lexer::with_raw_bytes(source, source.as_bytes(), mode)
    }

    /// A lexer that scans `raw`, the undecoded bytes `source` was made from by replacing each byte
    /// of an invalid UTF-8 sequence with one ASCII character (so both have the same length): like
    /// CPython's tokenizer it then sees those bytes as they are (identifier characters, not
    /// letters that could continue a number), while token text is sliced from `source`.
    pub fn with_raw_bytes(source: &'src str, raw: &'src [u8], mode: LexMode) -> Self {
        let bytes = if raw.len() == source.len() {
            raw
        } else {
            source.as_bytes()
        };
        // CPython's `translate_newlines` appends `\n` unless the source ends in one; a final `\r\n` does not
        // count (its scan stops on the `\n` it skips), so such a source gets an extra empty line.
        let virtual_newline = !mode.no_final_newline
            && (bytes.ends_with(b"\r\n") || !matches!(bytes.last(), Some(b'\n' | b'\r')));
        Lexer {
            src: source,
            bytes,
            mode,
            state: State::Fresh,
            virtual_newline,
            pos: 0,
            line_start: 0,
            nl_start: 0,
            line_end: 0,
            buf_start: 0,
            token_open: false,
            lineno: 0,
            at_bol: true,
            indents: vec![(0, 0)],
            pending: 0,
            brackets: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The source this lexer reads.
    pub fn source(&self) -> &'src str {
        self.src
    }

    /// The next token, or the error CPython's tokenizer raises when asked for it.
    pub fn next_token(&mut self) -> Result<Token, LexError> {
        match &self.state {
            State::Failed(e) => return Err(e.clone()),
            State::Done => return Ok(self.endmarker()),
            State::Fresh => {
                if self.bytes.contains(&0) {
                    self.state = State::Failed(LexError::null_bytes());
                    return Err(LexError::null_bytes());
                }
                self.state = State::Running;
            }
            State::Running => {}
        }
        match self.scan() {
            Ok(tok) => {
                if tok.kind == TokenType::ENDMARKER {
                    self.state = State::Done;
                }
                Ok(tok)
            }
            Err(e) => {
                self.state = State::Failed(e.clone());
                Err(e)
            }
        }
    }

    /// What `_PyPegen_fill_token` does when `single` input ends while indented (`tok->pendin =
    /// -tok->indent`): the open blocks are closed by DEDENTs before the ENDMARKER comes again.
    pub fn imply_dedents(&mut self) {
        let open = self.indents.len() - 1;
        if open > 0 && matches!(self.state, State::Done) {
            self.pending = -(open as i32);
            self.indents.truncate(1);
            self.state = State::Running;
        }
    }

    /// Brackets open at this point, innermost last (the parser reports "'(' was never closed" from them).
    pub fn open_brackets(&self) -> &[OpenBracket] {
        &self.brackets
    }

    /// Warnings emitted so far, in order.
    pub fn warnings(&self) -> &[LexWarning] {
        &self.warnings
    }

    /// Removes and returns the warnings emitted so far.
    pub fn take_warnings(&mut self) -> Vec<LexWarning> {
        std::mem::take(&mut self.warnings)
    }

    /// The cursor as CPython's parser sees it when it reports errors: byte offsets of `tok->cur` and
    /// `tok->line_start`, and `tok->lineno`.
    pub fn cursor(&self) -> (usize, usize, u32) {
        (self.pos, self.line_start, self.lineno)
    }

    /// The tokenizer's line buffer, C's `tok->buf` up to `tok->inp`: the current line, preceded by
    /// the earlier lines of a token that spans lines (a triple-quoted string, a line continued
    /// with a backslash), line breaks as `\n`, undecodable bytes replaced.
    pub fn buffer_text(&self) -> String {
        String::from_utf8_lossy(&self.normalized(self.buf_start, self.line_end)).into_owned()
    }

    /// The bytes `from..to` of the input as the tokenizer reads them (a source that is not
    /// UTF-8 keeps its own bytes here), decoded with replacement.
    pub fn raw_text(&self, from: usize, to: usize) -> String {
        let to = to.min(self.bytes.len());
        String::from_utf8_lossy(&self.bytes[from.min(to)..to]).into_owned()
    }

    /// The current 1-based line number (C's `tok->lineno`).
    pub fn lineno(&self) -> u32 {
        self.lineno
    }

    fn token(&self, kind: TokenType, start: usize, end: usize) -> Token {
        Token {
            kind,
            start: self.clamp(start),
            end: self.clamp(end),
        }
    }

    fn endmarker(&self) -> Token {
        let end = self.clamp(self.bytes.len());
        Token {
            kind: TokenType::ENDMARKER,
            start: end,
            end,
        }
    }

    /// `syntaxerror()` at the cursor on the current line.
    fn error_here(&self, msg: impl Into<String>) -> LexError {
        LexError::at_cursor(
            msg,
            self.lineno,
            self.chars_between(self.line_start, self.pos),
        )
    }

    /// CPython's `tok_get`: one token, after any indentation bookkeeping at the start of a line.
    fn scan(&mut self) -> Result<Token, LexError> {
        'nextline: loop {
            let mut blankline = false;
            if self.at_bol {
                self.at_bol = false;
                blankline = self.measure_indentation()?;
            }
            if self.pending != 0 {
                return Ok(self.indent_token());
            }
            loop {
                let mut c = self.nextc();
                while c == i32::from(b' ') || c == i32::from(b'\t') || c == 0x0c {
                    c = self.nextc();
                }
                // The token starts at the character just read (C: `tok->start = tok->cur - 1`).
                let start = if c == NL {
                    self.nl_start
                } else {
                    self.pos.saturating_sub(1)
                };
                let start = if c == EOF { self.pos } else { start };
                if c == i32::from(b'#') {
                    c = self.skip_comment();
                    if let Some(tok) = self.type_comment(start, c, blankline) {
                        return Ok(tok);
                    }
                }
                if c == EOF {
                    return self.at_eof();
                }
                if let Some(tok) = self.name_or_string(c, start)? {
                    return Ok(tok);
                }
                if c == NL {
                    self.at_bol = true;
                    if blankline || !self.brackets.is_empty() {
                        continue 'nextline;
                    }
                    return Ok(self.token(TokenType::NEWLINE, start, self.nl_start));
                }
                if c == i32::from(b'\\') {
                    self.token_open = true;
                    self.continuation_line()?;
                    self.token_open = false;
                    continue;
                }
                return self.number_or_operator(c, start);
            }
        }
    }

    /// End of input: ENDMARKER, or the unclosed-bracket error (C: `E_EOF` with `tok->level > 0`).
    fn at_eof(&mut self) -> Result<Token, LexError> {
        if let Some(open) = self.brackets.last().copied() {
            return Err(self.unclosed_bracket(open));
        }
        Ok(self.endmarker())
    }

    /// `raise_unclosed_parentheses_error` in `pegen_errors.c`: points at the innermost open bracket.
    fn unclosed_bracket(&self, open: OpenBracket) -> LexError {
        let line_start = LineIndex::new(self.src)
            .line_start(open.lineno)
            .unwrap_or(0) as usize;
        let upto = line_start + open.col as usize + 1;
        let col =
            error::char_len_lossy(&self.bytes[line_start.min(upto)..upto.min(self.bytes.len())]);
        let loc = ErrorLocation {
            lineno: open.lineno,
            offset: i64::from(col),
            end_lineno: open.lineno,
            end_offset: 0,
        };
        let msg = format!("'{}' was never closed", char::from(open.ch));
        LexError::new(
            ErrorClass::SyntaxError,
            LexErrorKind::UnclosedBracket,
            msg,
            loc,
        )
        .with_byte_offset(open.col as usize + 1)
    }

    /// Consumes the rest of a comment; returns the character that ended it (`'\n'` or [`EOF`]).
    fn skip_comment(&mut self) -> i32 {
        loop {
            let c = self.nextc();
            if c == EOF || c == NL {
                return c;
            }
        }
    }

    /// CPython's type-comment recognition: the comment at `start` matches `# type: ` where each space of
    /// the prefix stands for zero or more blanks. `c` is the newline just read after the comment. Only in
    /// [`LexMode::type_comments`] mode; otherwise comments are skipped like any other.
    fn type_comment(&mut self, start: usize, c: i32, blankline: bool) -> Option<Token> {
        if !self.mode.type_comments {
            return None;
        }
        const PREFIX: &[u8] = b"# type: ";
        // The C loop may look at the newline itself (it bounds the scan by the cursor past it), so a
        // comment ending right after `type:` still matches; beyond the comment every byte reads as `\n`.
        let text_end = self.nl_start.min(self.pos);
        let at = |i: usize| if i < text_end { self.bytes[i] } else { b'\n' };
        let mut p = start;
        for &want in PREFIX {
            if p > text_end {
                return None;
            }
            if want == b' ' {
                while at(p) == b' ' || at(p) == b'\t' {
                    p += 1;
                }
            } else if at(p) == want {
                p += 1;
            } else {
                return None;
            }
        }
        self.backup(c);
        let end = self.pos;
        let ignore_end = p + 6;
        let is_ignore = end >= ignore_end
            && &self.bytes[p..ignore_end] == b"ignore"
            && !(end > ignore_end
                && (self.bytes[ignore_end] >= 128
                    || self.bytes[ignore_end].is_ascii_alphanumeric()));
        if is_ignore {
            let tok = self.token(TokenType::TYPE_IGNORE, ignore_end, end);
            if blankline {
                // A `# type: ignore` alone on its line also consumes the line break (C: `atbol = 1`).
                self.nextc();
                self.at_bol = true;
            }
            return Some(tok);
        }
        Some(self.token(TokenType::TYPE_COMMENT, p.min(end), end))
    }

    /// `tok_continuation_line`: after a backslash, the line must end; input must go on after it.
    fn continuation_line(&mut self) -> Result<(), LexError> {
        let c = self.nextc();
        if c != NL {
            // E_LINECONT: pegen points one past the offending character's first byte, counted from the start
            // of C's `tok->buf` (which may hold earlier lines of the same token), in characters.
            let col = self.chars_between(self.buf_start, self.pos);
            let loc = ErrorLocation {
                lineno: self.lineno,
                offset: i64::from(col),
                end_lineno: self.lineno,
                end_offset: 0,
            };
            let msg = "unexpected character after line continuation character";
            return Err(LexError::new(
                ErrorClass::SyntaxError,
                LexErrorKind::LineContinuation,
                msg,
                loc,
            )
            .with_byte_offset(self.pos - self.buf_start));
        }
        let c = self.nextc();
        if c == EOF {
            return Err(self.eof_error());
        }
        self.backup(c);
        Ok(())
    }

    /// `E_EOF` raised mid-token: an unclosed bracket if any, else "unexpected EOF while parsing" at the end
    /// of the last line.
    fn eof_error(&mut self) -> LexError {
        if let Some(open) = self.brackets.last().copied() {
            return self.unclosed_bracket(open);
        }
        // The error token has no column, so pegen takes the cursor's byte offset in the current line and
        // converts it to characters against the text of `tok->buf`, which may start on an earlier line.
        self.pos = self.line_end;
        let col_bytes = self.normalized(self.line_start, self.line_end).len();
        let buf = self.normalized(self.buf_start, self.line_end);
        let col = error::char_len_lossy(&buf[..col_bytes.min(buf.len())]);
        let msg = "unexpected EOF while parsing";
        LexError::whole_line(
            ErrorClass::SyntaxError,
            LexErrorKind::UnexpectedEof,
            msg,
            self.lineno,
            col,
        )
        .with_byte_offset(col_bytes)
    }

    /// Identifiers and string literals (which may start with a prefix that looks like an identifier).
    /// Returns `None` (consuming nothing more) when `c` starts neither.
    fn name_or_string(&mut self, c: i32, start: usize) -> Result<Option<Token>, LexError> {
        if c == i32::from(b'"') || c == i32::from(b'\'') {
            return self.string(c, start).map(Some);
        }
        if !ident::is_potential_identifier_start(c) {
            return Ok(None);
        }
        let mut c = c;
        let mut prefix = strings::Prefix::default();
        while prefix.accept(c) {
            c = self.nextc();
            if c == i32::from(b'"') || c == i32::from(b'\'') {
                return self.string(c, start).map(Some);
            }
        }
        let mut nonascii = false;
        while ident::is_potential_identifier_char(c) {
            nonascii |= c >= 128;
            c = self.nextc();
        }
        self.backup(c);
        if nonascii {
            self.verify_identifier(start)?;
        }
        // CPython 3.11's tokenizer always returns `async`/`await` as ASYNC/AWAIT (its `async_hacks` mode,
        // which would make them names outside `async def`, is only for `feature_version < 7`).
        let kind = match &self.bytes[start..self.pos] {
            b"async" => TokenType::ASYNC,
            b"await" => TokenType::AWAIT,
            _ => TokenType::NAME,
        };
        Ok(Some(self.token(kind, start, self.pos)))
    }

    /// `verify_identifier`: PEP 3131 validity of the identifier `start..pos`; the error points just past
    /// the first invalid character.
    fn verify_identifier(&mut self, start: usize) -> Result<(), LexError> {
        let text = &self.src[start..self.pos];
        // CPython decodes the identifier before checking it: bytes that are not UTF-8 (scanned raw,
        // see `with_raw_bytes`) fail that decoding first, which the parser reports.
        if self.bytes[start..self.pos] != *text.as_bytes() {
            return Ok(());
        }
        if let Some((at, ch)) = ident::first_invalid(text) {
            self.pos = start + at + ch.len_utf8();
            let msg = if crate::unicode::is_printable(ch) {
                format!("invalid character '{ch}' (U+{:04X})", u32::from(ch))
            } else {
                format!("invalid non-printable character U+{:04X}", u32::from(ch))
            };
            return Err(self.error_here(msg));
        }
        Ok(())
    }
}
