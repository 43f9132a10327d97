//! `PyStr`, the value of a `str`: surrogate-permissive UTF-8 text ([`PyStrBuf`]) with its
//! length in code points, whether it is ASCII (then indexing is by byte) and its hash once
//! computed (`str` hashes are cached as CPython caches them). Non-ASCII text also keeps a
//! sparse index of code point offsets, built on first use, so that indexing it is O(1) as
//! CPython's fixed-width storage makes it.

use std::cell::{Cell, OnceCell};

use krait_syntax::pystr::PyStrBuf;

/// A `str` value. Three words: the text, the cached hash, and for non-ASCII text only a box
/// with its length in code points and index (ASCII text, the common case, is its own length,
/// so most strings fit the object's payload without the extra words).
#[derive(Debug)]
pub struct PyStr {
    buf: PyStrBuf,
    hash: Cell<i64>,
    /// None for ASCII text.
    wide: Option<Box<Wide>>,
}

/// What non-ASCII text needs beside its bytes.
#[derive(Debug)]
struct Wide {
    /// The length in code points.
    len: usize,
    /// The byte offset of every [`STRIDE`]th code point, built on first use.
    index: OnceCell<Box<[usize]>>,
}

impl Wide {
    fn boxed(len: usize) -> Option<Box<Wide>> {
        Some(Box::new(Wide {
            len,
            index: OnceCell::new(),
        }))
    }
}

/// Code points between entries of [`PyStr`]'s index: an index costs 1/8 of a byte per code
/// point at most, and a lookup scans at most this many code points.
const STRIDE: usize = 64;

/// Whether `b` starts a UTF-8 sequence (is not a continuation byte).
#[inline]
fn is_lead(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// The code point whose (valid, surrogate-permissive) UTF-8 sequence starts at `b[0]`.
fn decode_at(b: &[u8]) -> u32 {
    let cont = |k: usize| b.get(k).map_or(0, |&c| u32::from(c & 0x3F));
    let lead = u32::from(b[0]);
    match b[0] {
        0x00..=0x7F => lead,
        0xC0..=0xDF => (lead & 0x1F) << 6 | cont(1),
        0xE0..=0xEF => (lead & 0x0F) << 12 | cont(1) << 6 | cont(2),
        _ => (lead & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
    }
}

impl PyStr {
    /// Wraps a buffer.
    pub fn new(buf: PyStrBuf) -> PyStr {
        let wide = if buf.is_ascii() {
            None
        } else {
            Wide::boxed(buf.char_len())
        };
        PyStr {
            buf,
            hash: Cell::new(-1),
            wide,
        }
    }

    /// The text as surrogate-permissive UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.buf.as_bytes()
    }

    /// The text as `&str`, None when it holds a lone surrogate.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        if self.is_ascii() {
            // ASCII is valid UTF-8.
            std::str::from_utf8(self.buf.as_bytes()).ok()
        } else {
            self.buf.as_str()
        }
    }

    /// The text with lone surrogates shown as U+FFFD.
    pub fn to_string_lossy(&self) -> std::borrow::Cow<'_, str> {
        self.buf.to_string_lossy()
    }

    /// The buffer.
    pub fn buf(&self) -> &PyStrBuf {
        &self.buf
    }

    /// `len(s)`.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.wide {
            None => self.buf.as_bytes().len(),
            Some(w) => w.len,
        }
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.buf.as_bytes().is_empty()
    }

    /// Whether every character is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.wide.is_none()
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = if self.is_ascii() {
            krait_compiler::pyhash::hash_bytes(self.buf.as_bytes())
        } else {
            krait_compiler::pyhash::hash_str(self.to_code_points().into_iter())
        };
        self.hash.set(h);
        h
    }

    /// The code points.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.buf.code_points()
    }

    /// The code points collected (for indexing and slicing non-ASCII text).
    pub fn to_code_points(&self) -> Vec<u32> {
        if self.is_ascii() {
            self.buf.as_bytes().iter().map(|&b| u32::from(b)).collect()
        } else {
            self.buf.code_points().collect()
        }
    }

    /// The code point at index `i` (`0 <= i < len`).
    pub fn char_at(&self, i: usize) -> u32 {
        if self.is_ascii() {
            u32::from(self.buf.as_bytes()[i])
        } else {
            decode_at(&self.buf.as_bytes()[self.byte_offset(i)..])
        }
    }

    /// The byte offset of code point index `i` (`0 <= i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let bytes = self.buf.as_bytes();
        if i >= self.len() {
            return bytes.len();
        }
        let (mut pos, mut left) = if i < STRIDE {
            (0, i)
        } else {
            (self.index()[i / STRIDE - 1], i % STRIDE)
        };
        // `pos` starts code point `i - left`: step over `left` more sequences.
        while left > 0 {
            pos += 1;
            while !is_lead(bytes[pos]) {
                pos += 1;
            }
            left -= 1;
        }
        pos
    }

    /// The index: entry `k` is the byte offset of code point `(k + 1) * STRIDE`.
    fn index(&self) -> &[usize] {
        let Some(wide) = &self.wide else {
            return &[];
        };
        wide.index.get_or_init(|| {
            let bytes = self.buf.as_bytes();
            let mut out = Vec::with_capacity(wide.len / STRIDE);
            let mut n = 0;
            for (pos, &b) in bytes.iter().enumerate() {
                if is_lead(b) {
                    if n > 0 && n % STRIDE == 0 {
                        out.push(pos);
                    }
                    n += 1;
                }
            }
            out.into_boxed_slice()
        })
    }

    /// Appends `other` in place (for `s += t` on a string nothing else refers to).
    pub fn push(&mut self, other: &PyStr) {
        let len = self.len() + other.len();
        self.buf.extend(other.buf());
        self.hash.set(-1);
        match &mut self.wide {
            Some(w) => {
                w.len = len;
                w.index = OnceCell::new();
            }
            None if other.is_ascii() => {}
            None => self.wide = Wide::boxed(len),
        }
    }

    /// The largest code point (0 for the empty string), which decides CPython's storage width.
    pub fn max_char(&self) -> u32 {
        if self.is_ascii() {
            self.buf
                .as_bytes()
                .iter()
                .copied()
                .max()
                .map_or(0, u32::from)
        } else {
            self.buf.code_points().max().unwrap_or(0)
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::new(PyStrBuf::from(s))
    }
}

impl From<char> for PyStr {
    fn from(c: char) -> PyStr {
        PyStr::new(PyStrBuf::from(c))
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::new(PyStrBuf::from(s))
    }
}

/// Builds a buffer from code points known to be valid (taken from existing strings).
pub fn buf_from_code_points(cps: impl IntoIterator<Item = u32>) -> PyStrBuf {
    let mut b = PyStrBuf::new();
    for cp in cps {
        let _ = b.push_code_point(cp);
    }
    b
}

/// Concatenates two buffers.
pub fn concat(a: &PyStrBuf, b: &PyStrBuf) -> PyStrBuf {
    let mut out = a.clone();
    out.extend(b);
    out
}
