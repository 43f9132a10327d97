//! `.pyc` files as CPython 3.11 reads and writes them: the 16-byte header (magic 3495, PEP 552
//! flags, then mtime and source size or a SipHash-1-3 source hash) followed by a marshalled code
//! object.

use std::fmt;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

use crate::code::CodeObject;
use crate::marshal::{self, MarshalError};

/// The magic number of CPython 3.11 (3495), as `importlib.util.MAGIC_NUMBER` holds it.
pub const MAGIC: [u8; 4] = [0xA7, 0x0D, 0x0D, 0x0A];

/// The `.pyc` magic as a number (the first two bytes, little-endian).
pub const MAGIC_NUMBER: u16 = 3495;

/// Length of the header before the marshalled code.
pub const HEADER_LEN: usize = 16;

/// How a `.pyc` says whether it is stale (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// Flags 0: the source's modification time (seconds, low 32 bits) and size (low 32 bits).
    Timestamp {
        /// Source mtime.
        mtime: u32,
        /// Source size in bytes.
        source_size: u32,
    },
    /// Flags bit 0: the source's hash; bit 1 (`check_source`) asks the importer to verify it.
    Hash {
        /// Whether the importer checks the hash against the source (flags 3, else 1).
        checked: bool,
        /// [`source_hash`] of the source.
        hash: [u8; 8],
    },
}

impl Validation {
    /// The flags word (`0`, `0b01` unchecked hash, `0b11` checked hash).
    pub fn flags(&self) -> u32 {
        match self {
            Validation::Timestamp { .. } => 0,
            Validation::Hash { checked, .. } => 0b01 | u32::from(*checked) << 1,
        }
    }
}

/// Why a `.pyc` could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PycError {
    /// Shorter than the header.
    Truncated,
    /// Not CPython 3.11's magic ("bad magic number", what importlib reports).
    BadMagic([u8; 4]),
    /// Flag bits beyond the two PEP 552 defines ("invalid flags").
    InvalidFlags(u32),
    /// The body is not a marshalled code object.
    Marshal(MarshalError),
}

impl fmt::Display for PycError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PycError::Truncated => f.write_str("reached EOF while reading the .pyc header"),
            PycError::BadMagic(m) => write!(f, "bad magic number {m:?}"),
            PycError::InvalidFlags(x) => write!(f, "invalid flags {x:#x}"),
            PycError::Marshal(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for PycError {}

/// `importlib.util.source_hash(source)`: SipHash-1-3 of the source bytes keyed with
/// (`_RAW_MAGIC_NUMBER`, 0) — the magic's four bytes read as a little-endian number — as
/// `_imp.source_hash` computes it through `_Py_KeyedHash`; the 64-bit result little-endian.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let key = u64::from(u32::from_le_bytes(MAGIC));
    let mut hasher = SipHasher13::new_with_keys(key, 0);
    hasher.write(source);
    hasher.finish().to_le_bytes()
}

/// Parses the header of a `.pyc`.
pub fn read_header(data: &[u8]) -> Result<Validation, PycError> {
    let header = data.get(..HEADER_LEN).ok_or(PycError::Truncated)?;
    let word =
        |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    if header[..4] != MAGIC {
        return Err(PycError::BadMagic([
            header[0], header[1], header[2], header[3],
        ]));
    }
    let flags = word(4);
    if flags & !0b11 != 0 {
        return Err(PycError::InvalidFlags(flags));
    }
    // As importlib's `_classify_pyc`: bit 0 selects hash-based; bit 1 alone is a timestamp pyc.
    if flags & 0b01 != 0 {
        let mut hash = [0u8; 8];
        hash.copy_from_slice(&header[8..16]);
        Ok(Validation::Hash {
            checked: flags & 0b10 != 0,
            hash,
        })
    } else {
        Ok(Validation::Timestamp {
            mtime: word(8),
            source_size: word(12),
        })
    }
}

/// Reads a whole `.pyc`: its validation header and its code object.
pub fn read_pyc(data: &[u8]) -> Result<(Validation, CodeObject), PycError> {
    let validation = read_header(data)?;
    let code = marshal::load_code(&data[HEADER_LEN..]).map_err(PycError::Marshal)?;
    Ok((validation, code))
}

/// Writes a whole `.pyc` (`importlib._bootstrap_external._code_to_timestamp_pyc` /
/// `_code_to_hash_pyc`).
pub fn write_pyc(validation: &Validation, code: &CodeObject) -> Result<Vec<u8>, MarshalError> {
    let mut out = Vec::with_capacity(HEADER_LEN + 1024);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&validation.flags().to_le_bytes());
    match validation {
        Validation::Timestamp { mtime, source_size } => {
            out.extend_from_slice(&mtime.to_le_bytes());
            out.extend_from_slice(&source_size.to_le_bytes());
        }
        Validation::Hash { hash, .. } => out.extend_from_slice(hash),
    }
    out.extend_from_slice(&marshal::dump_code(code)?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hash_matches_importlib() {
        // importlib.util.source_hash(b'print(1)\n').hex() in CPython 3.11.7.
        assert_eq!(
            source_hash(b"print(1)\n"),
            [0xda, 0x81, 0x2d, 0x7f, 0x40, 0x7a, 0x30, 0x59]
        );
    }

    #[test]
    fn magic_is_3495() {
        assert_eq!(u16::from_le_bytes([MAGIC[0], MAGIC[1]]), MAGIC_NUMBER);
        assert_eq!(
            Validation::Hash {
                checked: true,
                hash: [0; 8]
            }
            .flags(),
            3
        );
        assert_eq!(
            Validation::Hash {
                checked: false,
                hash: [0; 8]
            }
            .flags(),
            1
        );
    }
}
