//! Parse errors as CPython 3.11 raises them, and the location arithmetic of `Parser/pegen_errors.c`.

use crate::lexer::{ErrorClass, LexError};

/// A `SyntaxError` (or subclass) with the attributes CPython sets on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub class: ErrorClass,
    /// `msg`.
    pub msg: String,
    /// `lineno` (None where CPython leaves it None).
    pub lineno: Option<i64>,
    /// `offset`: 1-based, in characters (or bytes, see [`super::ParseOptions::char_offsets`]).
    pub offset: Option<i64>,
    /// `end_lineno`.
    pub end_lineno: Option<i64>,
    /// `end_offset`.
    pub end_offset: Option<i64>,
    /// `text`: the source line the error points at.
    pub text: Option<String>,
}

impl SyntaxError {
    /// `text`, or for an error that has none but a line number (the compiler's and the symbol
    /// table's errors), the line CPython reads from the file `filename` names
    /// ([`program_text`]).
    pub fn text_or_program_text(&self, filename: &str) -> Option<String> {
        match (&self.text, self.lineno) {
            (Some(t), _) => Some(t.clone()),
            (None, Some(lineno)) => program_text(filename, lineno),
            (None, None) => None,
        }
    }
}

/// `PyErr_ProgramTextObject`: line `lineno` (1-based) of the file `filename`, newline kept,
/// decoded as UTF-8 with replacement characters (`err_programtext` reads it with `fgets`);
/// None when there is no such file or line.
pub fn program_text(filename: &str, lineno: i64) -> Option<String> {
    let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
    let data = std::fs::read(filename).ok()?;
    let line = data.split_inclusive(|&b| b == b'\n').nth(index)?;
    Some(String::from_utf8_lossy(line).into_owned())
}

/// Why parsing failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// A `SyntaxError` or one of its subclasses.
    Syntax(SyntaxError),
    /// `MemoryError()`: CPython's parser stack (`MAXSTACK`, 6000 rule calls) overflowed.
    Memory,
    /// `RecursionError(msg)`: the tree is too deep for CPython to build (`ast2obj`, compiler).
    Recursion(String),
    /// `UnicodeDecodeError`, str() of it: undeclared non-UTF-8 source whose bad bytes CPython's
    /// tokenizer decodes outside the parser's error handling (see `source.rs`).
    UnicodeDecode(String),
}

impl ParseError {
    /// The Python class name of the exception.
    pub fn type_name(&self) -> &'static str {
        match self {
            ParseError::Syntax(e) => e.class.name(),
            ParseError::Memory => "MemoryError",
            ParseError::Recursion(_) => "RecursionError",
            ParseError::UnicodeDecode(_) => "UnicodeDecodeError",
        }
    }
}

impl From<LexError> for SyntaxError {
    fn from(e: LexError) -> Self {
        let loc = e.location;
        SyntaxError {
            class: e.class,
            msg: e.msg,
            lineno: loc.map(|l| i64::from(l.lineno)),
            offset: loc.map(|l| l.offset),
            end_lineno: loc.map(|l| i64::from(l.end_lineno)),
            end_offset: loc.map(|l| l.end_offset),
            text: None,
        }
    }
}

/// `_PyPegen_byte_offset_to_character_offset`: the number of characters in the first `col` bytes
/// of `line` (decoded with replacement, so a cut multi-byte sequence counts as one character), with
/// `col` clamped to the line length plus one.
pub fn byte_to_char_offset(line: &str, col: i64) -> i64 {
    let bytes = line.as_bytes();
    let col = col.clamp(0, bytes.len() as i64 + 1) as usize;
    let prefix = &bytes[..col.min(bytes.len())];
    let chars = String::from_utf8_lossy(prefix).chars().count();
    // Past the end, CPython decodes `len + 1` bytes of a NUL-terminated buffer: one more character.
    chars as i64 + i64::from(col > bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters() {
        assert_eq!(byte_to_char_offset("abc", 2), 2);
        assert_eq!(byte_to_char_offset("é = 1", 3), 2);
        assert_eq!(byte_to_char_offset("é = 1", 1), 1);
        assert_eq!(byte_to_char_offset("ab", 3), 3);
        assert_eq!(byte_to_char_offset("ab", 10), 3);
    }
}
