//! Marshal format version 4 as CPython 3.11 reads and writes it (`Python/marshal.c`): the type
//! codes, the error type, and the `loads`/`dumps` entry points of `read.rs` and `write.rs`.

mod read;
mod write;

use std::fmt;

pub use read::{load_code, loads, loads_prefix};
pub use write::{dump_code, dumps};

/// The marshal version this module writes (`marshal.version` in 3.11).
pub const VERSION: u32 = 4;

/// Nesting limit on both reading and writing (`MAX_MARSHAL_STACK_DEPTH` on Unix).
pub const MAX_DEPTH: usize = 2000;

/// The type codes (`TYPE_*` in `Python/marshal.c`).
pub mod types {
    /// No object: ends a dict's items.
    pub const NULL: u8 = b'0';
    /// `None`.
    pub const NONE: u8 = b'N';
    /// `False`.
    pub const FALSE: u8 = b'F';
    /// `True`.
    pub const TRUE: u8 = b'T';
    /// The `StopIteration` class.
    pub const STOPITER: u8 = b'S';
    /// `Ellipsis`.
    pub const ELLIPSIS: u8 = b'.';
    /// An int in a signed 32-bit field.
    pub const INT: u8 = b'i';
    /// An int in a signed 64-bit field (read only; no longer written).
    pub const INT64: u8 = b'I';
    /// A float as text (versions 0 and 1; read only).
    pub const FLOAT: u8 = b'f';
    /// A float as 8 little-endian IEEE bytes.
    pub const BINARY_FLOAT: u8 = b'g';
    /// A complex as two texts (read only).
    pub const COMPLEX: u8 = b'x';
    /// A complex as two binary floats.
    pub const BINARY_COMPLEX: u8 = b'y';
    /// An int as signed size and base-2**15 digits.
    pub const LONG: u8 = b'l';
    /// `bytes`.
    pub const STRING: u8 = b's';
    /// Interned `str`, UTF-8 with surrogatepass.
    pub const INTERNED: u8 = b't';
    /// A back-reference to an earlier object flagged with `FLAG_REF`.
    pub const REF: u8 = b'r';
    /// Tuple, 32-bit length.
    pub const TUPLE: u8 = b'(';
    /// List.
    pub const LIST: u8 = b'[';
    /// Dict: key/value pairs up to a `NULL` key.
    pub const DICT: u8 = b'{';
    /// Code object.
    pub const CODE: u8 = b'c';
    /// `str`, UTF-8 with surrogatepass.
    pub const UNICODE: u8 = b'u';
    /// Unknown (never valid to read).
    pub const UNKNOWN: u8 = b'?';
    /// `set`.
    pub const SET: u8 = b'<';
    /// `frozenset`.
    pub const FROZENSET: u8 = b'>';
    /// ASCII `str`, 32-bit length.
    pub const ASCII: u8 = b'a';
    /// Interned ASCII `str`, 32-bit length.
    pub const ASCII_INTERNED: u8 = b'A';
    /// Tuple, 8-bit length.
    pub const SMALL_TUPLE: u8 = b')';
    /// ASCII `str`, 8-bit length.
    pub const SHORT_ASCII: u8 = b'z';
    /// Interned ASCII `str`, 8-bit length.
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    /// Or'ed into a type code: the object gets the next reference index.
    pub const FLAG_REF: u8 = 0x80;
}

/// The Python exception class `marshal` would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `EOFError`.
    Eof,
    /// `ValueError`.
    Value,
    /// `TypeError` (`NULL` where an object belongs).
    Type,
}

/// A marshal failure: CPython's exception class and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, CPython's where CPython has one.
    pub message: String,
    /// Byte offset in the input where reading failed (0 for writing).
    pub offset: usize,
}

impl MarshalError {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>, offset: usize) -> MarshalError {
        MarshalError {
            kind,
            message: message.into(),
            offset,
        }
    }
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = match self.kind {
            ErrorKind::Eof => "EOFError",
            ErrorKind::Value => "ValueError",
            ErrorKind::Type => "TypeError",
        };
        write!(f, "{class}: {} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for MarshalError {}
