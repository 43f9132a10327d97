//! The values a code object can hold and marshal can carry (`Value`), with `PyStrBuf`, the
//! representation of Python `str` that admits lone surrogates, and `PyFloat`, compared by bits.

use std::fmt;

use num_bigint::BigInt;

use crate::code::CodeObject;

/// A Python `str`, stored as "surrogate-permissive UTF-8": every code point, U+D800..U+DFFF
/// included, written with the ordinary UTF-8 bit pattern for its value (surrogates take three
/// bytes, `ED A0..BF xx`), and a surrogate pair is never combined into one four-byte sequence.
/// These are exactly the bytes `str.encode('utf-8', 'surrogatepass')` gives and marshal's `u`/`t`
/// types carry, so marshal reads and writes them unchanged. When the string has no surrogates the
/// bytes are plain UTF-8 and [`PyStrBuf::as_str`] borrows them as `&str`.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyStrBuf {
    bytes: Vec<u8>,
}

/// Bytes that are not surrogate-permissive UTF-8 (what the `surrogatepass` decoder rejects).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidStrBytes {
    /// Offset of the first bad byte.
    pub offset: usize,
}

impl PyStrBuf {
    /// The empty string.
    pub fn new() -> PyStrBuf {
        PyStrBuf::default()
    }

    /// Validates surrogate-permissive UTF-8 (as `bytes.decode('utf-8', 'surrogatepass')` does:
    /// shortest forms only, at most U+10FFFF, surrogates allowed one by one).
    pub fn from_surrogatepass_utf8(bytes: Vec<u8>) -> Result<PyStrBuf, InvalidStrBytes> {
        let mut i = 0;
        while i < bytes.len() {
            i += decode_one(&bytes, i)
                .ok_or(InvalidStrBytes { offset: i })?
                .1;
        }
        Ok(PyStrBuf { bytes })
    }

    /// One byte per code point, U+0000..U+00FF (how marshal's ASCII types are read: CPython builds
    /// them as one-byte-kind strings without checking that they are ASCII).
    pub fn from_latin1(bytes: &[u8]) -> PyStrBuf {
        if bytes.is_ascii() {
            return PyStrBuf {
                bytes: bytes.to_vec(),
            };
        }
        bytes
            .iter()
            .map(|&b| char::from(b))
            .collect::<String>()
            .into()
    }

    /// Builds from code points; None if one is above U+10FFFF.
    pub fn from_code_points(points: impl IntoIterator<Item = u32>) -> Option<PyStrBuf> {
        let mut bytes = Vec::new();
        for cp in points {
            push_code_point(&mut bytes, cp)?;
        }
        Some(PyStrBuf { bytes })
    }

    /// The surrogate-permissive UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Consumes into the surrogate-permissive UTF-8 bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The text as `&str`, or None if it holds a surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The code points, in order.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let (cp, len) = decode_one(&self.bytes, i)?;
            i += len;
            Some(cp)
        })
    }

    /// `len(s)`: the number of code points.
    pub fn char_len(&self) -> usize {
        // Every code point has exactly one byte that is not a continuation byte.
        self.bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }

    /// Whether every code point is ASCII (`str.isascii()`; what selects marshal's ASCII types).
    pub fn is_ascii(&self) -> bool {
        self.bytes.is_ascii()
    }
}

impl From<&str> for PyStrBuf {
    fn from(s: &str) -> PyStrBuf {
        PyStrBuf {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<String> for PyStrBuf {
    fn from(s: String) -> PyStrBuf {
        PyStrBuf {
            bytes: s.into_bytes(),
        }
    }
}

impl fmt::Debug for PyStrBuf {
    /// Python's `repr` when there are no surrogates; otherwise the same with `\udxxx` escapes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            Some(s) => f.write_str(&krait_syntax::pyrepr::repr_str(s)),
            None => {
                f.write_str("'")?;
                for cp in self.code_points() {
                    match char::from_u32(cp) {
                        Some(c) if c != '\'' && c != '\\' && !c.is_control() => write!(f, "{c}")?,
                        Some(c) if c == '\'' || c == '\\' => write!(f, "\\{c}")?,
                        _ if cp <= 0xFF => write!(f, "\\x{cp:02x}")?,
                        _ => write!(f, "\\u{cp:04x}")?,
                    }
                }
                f.write_str("'")
            }
        }
    }
}

/// Decodes the code point at `i`: (code point, byte length), or None if the bytes there are not
/// a shortest-form sequence for a value up to U+10FFFF.
fn decode_one(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let lead = *b.get(i)?;
    let cont = |k: usize, lo: u8, hi: u8| -> Option<u32> {
        let c = *b.get(i + k)?;
        (lo..=hi).contains(&c).then_some(u32::from(c & 0x3F))
    };
    let lead32 = u32::from(lead);
    match lead {
        0x00..=0x7F => Some((lead32, 1)),
        0xC2..=0xDF => Some(((lead32 & 0x1F) << 6 | cont(1, 0x80, 0xBF)?, 2)),
        0xE0..=0xEF => {
            // E0 needs A0.. to be shortest form; ED A0..BF (surrogates) is allowed on purpose.
            let lo = if lead == 0xE0 { 0xA0 } else { 0x80 };
            let cp = (lead32 & 0x0F) << 12 | cont(1, lo, 0xBF)? << 6 | cont(2, 0x80, 0xBF)?;
            Some((cp, 3))
        }
        0xF0..=0xF4 => {
            let (lo, hi) = match lead {
                0xF0 => (0x90, 0xBF),
                0xF4 => (0x80, 0x8F),
                _ => (0x80, 0xBF),
            };
            let cp = (lead32 & 0x07) << 18
                | cont(1, lo, hi)? << 12
                | cont(2, 0x80, 0xBF)? << 6
                | cont(3, 0x80, 0xBF)?;
            Some((cp, 4))
        }
        _ => None,
    }
}

/// Appends one code point's UTF-8 bit pattern (surrogates included); None above U+10FFFF.
fn push_code_point(out: &mut Vec<u8>, cp: u32) -> Option<()> {
    // Truncating casts are intended: each byte takes the low bits of its shifted slice.
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend([0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend([
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        0x10000..=0x10FFFF => out.extend([
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => return None,
    }
    Some(())
}

/// A Python `float`, compared and hashed by its bits: constants `0.0` and `-0.0` are different
/// values to the compiler and marshal (CPython keeps both in `co_consts`), and a NaN constant
/// equals itself, so a value tree can be compared with `==`.
#[derive(Clone, Copy, Debug)]
pub struct PyFloat(pub f64);

impl PartialEq for PyFloat {
    fn eq(&self, other: &PyFloat) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for PyFloat {}

impl std::hash::Hash for PyFloat {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

/// A value marshal can carry and `co_consts` can hold.
///
/// Marshal's `NULL` type code is not a value: it only ends a dict, and CPython rejects it
/// anywhere else ("NULL object in marshal data"). Containers keep marshal's order (dict items as
/// read, set elements as written, duplicates included), so a tree read and written back is the
/// same bytes' structure; sets are not deduplicated because the tree is not evaluated.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// The `StopIteration` class itself (marshal's `S`).
    StopIteration,
    /// `...`.
    Ellipsis,
    /// An `int` of any size.
    Int(BigInt),
    /// A `float`.
    Float(PyFloat),
    /// A `complex` (real, imaginary).
    Complex(PyFloat, PyFloat),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// A `str`; `interned` records whether it is (or is to be) interned, which marshal writes as
    /// a distinct type code and CPython's code objects rely on for names.
    Str {
        /// The text.
        value: PyStrBuf,
        /// Interned (`sys.intern`).
        interned: bool,
    },
    /// A `tuple`.
    Tuple(Vec<Value>),
    /// A `list`.
    List(Vec<Value>),
    /// A `dict`, items in order.
    Dict(Vec<(Value, Value)>),
    /// A `set`.
    Set(Vec<Value>),
    /// A `frozenset`.
    FrozenSet(Vec<Value>),
    /// A code object.
    Code(Box<CodeObject>),
}

impl Value {
    /// A non-interned `str` value.
    pub fn str(s: impl Into<PyStrBuf>) -> Value {
        Value::Str {
            value: s.into(),
            interned: false,
        }
    }

    /// An interned `str` value.
    pub fn interned(s: impl Into<PyStrBuf>) -> Value {
        Value::Str {
            value: s.into(),
            interned: true,
        }
    }

    /// An `int` value.
    pub fn int(i: impl Into<BigInt>) -> Value {
        Value::Int(i.into())
    }

    /// A `bool` value.
    pub fn bool(b: bool) -> Value {
        if b { Value::True } else { Value::False }
    }

    /// The Python type name (`type(v).__name__`), for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::False | Value::True => "bool",
            Value::StopIteration => "type",
            Value::Ellipsis => "ellipsis",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Bytes(_) => "bytes",
            Value::Str { .. } => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let s = PyStrBuf::from_code_points([0x61, 0xD800, 0xDC00, 0x1F600]).unwrap();
        assert_eq!(s.as_str(), None);
        assert_eq!(s.char_len(), 4);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            [0x61, 0xD800, 0xDC00, 0x1F600]
        );
        let again = PyStrBuf::from_surrogatepass_utf8(s.as_bytes().to_vec()).unwrap();
        assert_eq!(again, s);
        assert_eq!(format!("{s:?}"), "'a\\ud800\\udc00\u{1F600}'");
        assert_eq!(PyStrBuf::from("héllo").as_str(), Some("héllo"));
    }

    #[test]
    fn rejects_what_surrogatepass_rejects() {
        for bad in [
            &b"\xC0\x80"[..],
            b"\xE0\x80\x80",
            b"\xF4\x90\x80\x80",
            b"\x80",
            b"\xE1\x80",
        ] {
            assert!(
                PyStrBuf::from_surrogatepass_utf8(bad.to_vec()).is_err(),
                "{bad:?}"
            );
        }
        assert_eq!(PyStrBuf::from_latin1(b"\xE9").as_str(), Some("é"));
    }
}
