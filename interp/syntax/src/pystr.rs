//! `PyStrBuf`, krait's representation of a Python `str`: any sequence of code points up to
//! U+10FFFF, lone surrogates included, which Rust's `String` cannot hold. The parser builds `str`
//! constants with it (`'\ud800'` is a valid literal) and the compiler and marshal carry it on.

use std::borrow::Cow;
use std::fmt;

use crate::pyrepr;

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

/// A value above U+10FFFF, which no Python `str` can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidCodePoint(pub u32);

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
            encode_code_point(&mut bytes, cp)?;
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

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Appends text (which cannot hold a surrogate).
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// Appends one character.
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0; 4];
        self.push_str(c.encode_utf8(&mut buf));
    }

    /// Appends one code point, U+0000..U+10FFFF. A surrogate is kept as itself, and a high
    /// surrogate followed by a low one stays two code points: CPython's `'\ud83d\ude00'` has
    /// length 2 and is not `'\U0001f600'`.
    pub fn push_code_point(&mut self, cp: u32) -> Result<(), InvalidCodePoint> {
        encode_code_point(&mut self.bytes, cp).ok_or(InvalidCodePoint(cp))
    }

    /// Appends another string (two separate surrogates stay separate, as in `str.__add__`).
    pub fn extend(&mut self, other: &PyStrBuf) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// The text with each lone surrogate replaced by U+FFFD, for places that need a Rust string
    /// (messages, file names); borrows when there is no surrogate.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        match self.as_str() {
            Some(s) => Cow::Borrowed(s),
            None => Cow::Owned(
                self.code_points()
                    .map(|cp| char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect(),
            ),
        }
    }
}

impl From<&str> for PyStrBuf {
    fn from(s: &str) -> PyStrBuf {
        PyStrBuf {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<char> for PyStrBuf {
    fn from(c: char) -> PyStrBuf {
        let mut s = PyStrBuf::new();
        s.push_char(c);
        s
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
    /// Python's `repr`, lone surrogates written `\udxxx` as CPython writes them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&pyrepr::repr_pystr(self))
    }
}

impl fmt::Display for PyStrBuf {
    /// The text, each lone surrogate shown as U+FFFD (see [`PyStrBuf::to_string_lossy`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
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
fn encode_code_point(out: &mut Vec<u8>, cp: u32) -> Option<()> {
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
    fn pushes_keep_surrogates_apart() {
        let mut s = PyStrBuf::new();
        assert!(s.is_empty());
        s.push_str("a");
        s.push_char('é');
        s.push_code_point(0xD83D).unwrap();
        s.push_code_point(0xDE00).unwrap();
        s.push_code_point(0x1F600).unwrap();
        s.push_code_point(0x10FFFF).unwrap();
        assert_eq!(s.push_code_point(0x110000), Err(InvalidCodePoint(0x110000)));
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            [0x61, 0xE9, 0xD83D, 0xDE00, 0x1F600, 0x10FFFF]
        );
        // A high+low pair is two code points, encoded one by one (`ED A0 BD ED B8 80`), never
        // the four-byte form of U+1F600 that follows it.
        assert_eq!(&s.as_bytes()[3..9], b"\xED\xA0\xBD\xED\xB8\x80");
        assert_eq!(s.char_len(), 6);
        let mut t = PyStrBuf::from_code_points([0xDC80]).unwrap();
        t.extend(&s);
        t.extend(&PyStrBuf::from('z'));
        assert_eq!(t.char_len(), 8);
        assert_eq!(
            t.to_string_lossy(),
            "\u{FFFD}aé\u{FFFD}\u{FFFD}\u{1F600}\u{10FFFF}z"
        );
        assert_eq!(format!("{t}"), t.to_string_lossy());
        assert_eq!(PyStrBuf::from("ok").to_string_lossy(), Cow::Borrowed("ok"));
    }

    /// `Debug` is CPython's `repr`, checked against the oracle for strings with surrogates.
    #[test]
    fn debug_is_python_repr() {
        let cases: [&[u32]; 5] = [
            &[0xD800],
            &[0x27, 0xDFFF, 0x22],
            &[0x27, 0xDC00, 0xE9, 0x0A],
            &[0xD83D, 0xDE00, 0x1F600, 0x7F, 0x2028],
            &[0x5C, 0xDBFF, 0xA0],
        ];
        let strs: Vec<PyStrBuf> = cases
            .iter()
            .map(|c| PyStrBuf::from_code_points(c.iter().copied()).unwrap())
            .collect();
        let code = format!("for cps in {cases:?}:\n    print(repr(''.join(map(chr, cps))))");
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(&code)
            .env("PYTHONIOENCODING", "utf-8")
            .output()
            .expect("python3 (the CPython 3.11 oracle) must be on PATH");
        let expected = String::from_utf8(out.stdout).expect("python3 printed UTF-8");
        let mine: Vec<String> = strs.iter().map(|s| format!("{s:?}")).collect();
        assert_eq!(mine, expected.lines().collect::<Vec<_>>());
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
