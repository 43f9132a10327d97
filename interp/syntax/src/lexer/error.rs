//! Lexer errors and warnings, with locations computed exactly as CPython 3.11 reports them.
//!
//! CPython produces tokenizer errors along two paths, and the locations differ in shape:
//! * `syntaxerror()` in `Parser/tokenizer.c` sets the exception itself: `offset` is the number of characters
//!   from the start of the current line up to the tokenizer's cursor, and `end_offset` equals `offset`;
//! * the tokenizer sets `tok->done` (`E_EOF`, `E_DEDENT`, `E_TABSPACE`, `E_TOODEEP`, `E_LINECONT`) and
//!   `_Pypegen_tokenizer_error` in `Parser/pegen_errors.c` builds the exception, converting byte columns to
//!   character columns with `_PyPegen_byte_offset_to_character_offset`.
//!
//! The constructors here name those paths so each call site says which CPython behaviour it follows.

use std::fmt;

/// The Python exception class of a lexer error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`).
    TabError,
}

impl ErrorClass {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// Which tokenizer condition produced an error; the parser uses it where CPython's parser inspects
/// `tok->done` (for instance to prefer "'(' was never closed" over a grammar error).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LexErrorKind {
    /// A `syntaxerror()` raised by the tokenizer itself (literals, characters, brackets, ...).
    Token,
    /// End of input right after a line continuation (`E_EOF` outside brackets).
    UnexpectedEof,
    /// End of input inside brackets (`E_EOF` with `tok->level > 0`): "'(' was never closed".
    UnclosedBracket,
    /// `E_DEDENT`: a dedent to a column that is not on the indentation stack.
    Dedent,
    /// `E_TABSPACE`: indentation that depends on the tab size.
    TabSpace,
    /// `E_TOODEEP`: 100 levels of indentation.
    TooDeep,
    /// `E_LINECONT`: a character after a line-continuation backslash.
    LineContinuation,
    /// The source contains a NUL character, which `compile()` rejects before tokenizing.
    NullBytes,
}

/// Where CPython's `SyntaxError` points: `lineno`/`end_lineno` are 1-based; `offset`/`end_offset` are what
/// the exception attributes hold (usually 1-based characters; some paths yield 0 or -1, reproduced as is).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorLocation {
    /// `SyntaxError.lineno`.
    pub lineno: u32,
    /// `SyntaxError.offset`.
    pub offset: i64,
    /// `SyntaxError.end_lineno`.
    pub end_lineno: u32,
    /// `SyntaxError.end_offset`.
    pub end_offset: i64,
}

/// A tokenizer error as CPython's `compile()` would raise it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// The exception class.
    pub class: ErrorClass,
    /// What produced it.
    pub kind: LexErrorKind,
    /// `SyntaxError.msg`.
    pub msg: String,
    /// The location attributes; `None` where CPython leaves them `None` (NUL bytes).
    pub location: Option<ErrorLocation>,
    /// For the errors pegen builds from `tok->done` (`_Pypegen_tokenizer_error`), `offset` as CPython
    /// reports it when the tokenizer knows no source encoding (plain `bytes` input): a byte count,
    /// not converted to characters.
    pub byte_offset: Option<i64>,
}

impl LexError {
    pub(crate) fn new(
        class: ErrorClass,
        kind: LexErrorKind,
        msg: impl Into<String>,
        loc: ErrorLocation,
    ) -> Self {
        LexError {
            class,
            kind,
            msg: msg.into(),
            location: Some(loc),
            byte_offset: None,
        }
    }

    /// Records the byte-counted `offset` of an error pegen builds from `tok->done`.
    pub(crate) fn with_byte_offset(mut self, offset: usize) -> Self {
        self.byte_offset = Some(offset as i64);
        self
    }

    /// `syntaxerror()` in `tokenizer.c`: `offset == end_offset == col`, the character count of the current
    /// line up to the cursor.
    pub(crate) fn at_cursor(msg: impl Into<String>, lineno: u32, col: u32) -> Self {
        let col = i64::from(col);
        let loc = ErrorLocation {
            lineno,
            offset: col,
            end_lineno: lineno,
            end_offset: col,
        };
        LexError::new(ErrorClass::SyntaxError, LexErrorKind::Token, msg, loc)
    }

    /// `syntaxerror_known_range()`: raw byte columns, used only by the leading-zeros message.
    pub(crate) fn byte_range(
        msg: impl Into<String>,
        lineno: u32,
        col: usize,
        end_col: usize,
    ) -> Self {
        let loc = ErrorLocation {
            lineno,
            offset: col as i64,
            end_lineno: lineno,
            end_offset: end_col as i64,
        };
        LexError::new(ErrorClass::SyntaxError, LexErrorKind::Token, msg, loc)
    }

    /// `tok->done` codes whose `SyntaxError` points at column 1 with `end_offset` 0
    /// (`RAISE_ERROR_KNOWN_LOCATION(p, ..., lineno, 0, lineno, -1, msg)`).
    pub(crate) fn line_start(
        class: ErrorClass,
        kind: LexErrorKind,
        msg: &str,
        lineno: u32,
    ) -> Self {
        let loc = ErrorLocation {
            lineno,
            offset: 1,
            end_lineno: lineno,
            end_offset: 0,
        };
        LexError::new(class, kind, msg, loc)
    }

    /// `E_EOF`/`E_DEDENT`: pegen reports them at the error token, whose column is unknown (-1), so it uses
    /// the cursor (which the tokenizer moved to the end of the line, newline included) and `end_offset` -1.
    pub(crate) fn whole_line(
        class: ErrorClass,
        kind: LexErrorKind,
        msg: &str,
        lineno: u32,
        col: u32,
    ) -> Self {
        let loc = ErrorLocation {
            lineno,
            offset: i64::from(col),
            end_lineno: lineno,
            end_offset: -1,
        };
        LexError::new(class, kind, msg, loc)
    }

    /// The NUL-byte rejection `compile()` performs before tokenizing: a `SyntaxError` without location.
    pub(crate) fn null_bytes() -> Self {
        LexError {
            class: ErrorClass::SyntaxError,
            kind: LexErrorKind::NullBytes,
            msg: "source code string cannot contain null bytes".to_owned(),
            location: None,
            byte_offset: None,
        }
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class.name(), self.msg)?;
        if let Some(loc) = self.location {
            write!(f, " (line {}, offset {})", loc.lineno, loc.offset)?;
        }
        Ok(())
    }
}

impl std::error::Error for LexError {}

/// A warning the tokenizer emits while still producing a token: in 3.11.7 a number directly followed by one
/// of the keywords `and else for if in is not or` gives `SyntaxWarning("invalid decimal literal")` (and so
/// on for the other literal kinds), which `-W error` turns into a `SyntaxError` at this location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    /// The warning message.
    pub msg: String,
    /// Where a `SyntaxError` made from it would point (as [`LexError::at_cursor`]).
    pub location: ErrorLocation,
}

impl LexWarning {
    /// The error `parser_warn` raises in its place when a filter turns the warning into an
    /// error: `syntaxerror()` at the same place.
    pub fn as_error(&self) -> LexError {
        LexError::new(
            ErrorClass::SyntaxError,
            LexErrorKind::Token,
            self.msg.clone(),
            self.location,
        )
    }
}

/// Characters in `bytes` decoded as UTF-8 with replacement, as CPython's `PyUnicode_DecodeUTF8(...,
/// "replace")` counts them: the tokenizer's cursor can sit inside a multi-byte character.
pub(crate) fn char_len_lossy(bytes: &[u8]) -> u32 {
    let n = match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().count(),
        Err(_) => String::from_utf8_lossy(bytes).chars().count(),
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}
