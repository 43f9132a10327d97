//! Searching `str` values on their UTF-8 bytes: `find`, `rfind`, `count`, `split`, `replace`
//! and the like run in place with `memchr`, converting between code point indices and byte
//! offsets only at the ends, instead of first copying the text out as code points (which
//! made `s.find(x, i)` or `s.startswith(x, i)` cost O(len(s)) however little they read).
//!
//! Matching bytes is matching code points: surrogate-permissive UTF-8 encodes each code point
//! (a lone surrogate included) by one byte sequence and no sequence starts inside another, so a
//! match found on the bytes always begins and ends on code point boundaries.

use krait_syntax::pystr::PyStrBuf;
use memchr::memmem;

use super::str::PyStr;

/// The number of code points in a run of whole UTF-8 sequences.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// The byte offset of code point index `i`, or the end when `i >= len(p)`.
pub fn byte_at(p: &PyStr, i: usize) -> usize {
    if i >= p.len() {
        p.as_bytes().len()
    } else {
        p.byte_offset(i)
    }
}

/// The byte range of code points `start..end` (`start <= end <= len(p)`).
fn byte_range(p: &PyStr, start: usize, end: usize) -> (usize, usize) {
    (byte_at(p, start), byte_at(p, end))
}

/// The code point index of byte offset `b`, given that byte offset `base` is code point `at`.
fn index_of(p: &PyStr, base: usize, at: usize, b: usize) -> usize {
    if p.is_ascii() {
        b
    } else {
        at + chars_in(&p.as_bytes()[base..b])
    }
}

/// A `str` buffer of whole UTF-8 sequences cut from another.
pub fn sub_buf(bytes: &[u8]) -> PyStrBuf {
    if bytes.is_ascii() {
        return PyStrBuf::from_latin1(bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => PyStrBuf::from(t),
        // Lone surrogates: the slice came from a valid buffer, so this cannot fail.
        Err(_) => PyStrBuf::from_surrogatepass_utf8(bytes.to_vec()).unwrap_or_default(),
    }
}

/// The first (or with `right`, last) index of `needle` in `hay[start..end]` (code point
/// indices, `end <= len(hay)`; a start past the end finds nothing, not even `""`, as
/// `ADJUST_INDICES` leaves it).
pub fn find(hay: &PyStr, needle: &PyStr, start: usize, end: usize, right: bool) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(if right { end } else { start });
    }
    let (bs, be) = byte_range(hay, start, end);
    let window = &hay.as_bytes()[bs..be];
    let p = if right {
        memmem::rfind(window, needle.as_bytes())?
    } else {
        memmem::find(window, needle.as_bytes())?
    };
    Some(index_of(hay, bs, start, bs + p))
}

/// How many times `needle` occurs in `hay[start..end]` without overlapping.
pub fn count(hay: &PyStr, needle: &PyStr, start: usize, end: usize) -> usize {
    if start > end || end > hay.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let (bs, be) = byte_range(hay, start, end);
    memmem::find_iter(&hay.as_bytes()[bs..be], needle.as_bytes()).count()
}

/// Whether `hay[start..end]` starts (or, with `ends`, ends) with `affix`.
pub fn has_affix(hay: &PyStr, affix: &PyStr, start: usize, end: usize, ends: bool) -> bool {
    if start > hay.len() || start > end {
        return false;
    }
    let (bs, be) = byte_range(hay, start, end.min(hay.len()));
    let window = &hay.as_bytes()[bs..be];
    if ends {
        window.ends_with(affix.as_bytes())
    } else {
        window.starts_with(affix.as_bytes())
    }
}

/// The pieces of `hay` between occurrences of the non-empty `sep`, at most `max + 1` of
/// them when `max >= 0`, cut from the right with `reverse` (`str.split`/`str.rsplit`).
pub fn split(hay: &PyStr, sep: &PyStr, max: isize, reverse: bool) -> Vec<PyStrBuf> {
    let bytes = hay.as_bytes();
    let limit = usize::try_from(max).unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    if reverse {
        let mut end = bytes.len();
        for p in memmem::rfind_iter(bytes, sep.as_bytes()) {
            if parts.len() == limit {
                break;
            }
            // rfind_iter may report a match overlapping the one cut before it.
            if p + sep.as_bytes().len() > end {
                continue;
            }
            parts.push(sub_buf(&bytes[p + sep.as_bytes().len()..end]));
            end = p;
        }
        parts.push(sub_buf(&bytes[..end]));
        parts.reverse();
    } else {
        let mut start = 0;
        for p in memmem::find_iter(bytes, sep.as_bytes()) {
            if parts.len() == limit {
                break;
            }
            parts.push(sub_buf(&bytes[start..p]));
            start = p + sep.as_bytes().len();
        }
        parts.push(sub_buf(&bytes[start..]));
    }
    parts
}

/// `hay` with up to `max` (all when negative) occurrences of the non-empty `old` replaced.
pub fn replace(hay: &PyStr, old: &PyStr, new: &PyStr, max: isize) -> PyStrBuf {
    let bytes = hay.as_bytes();
    let limit = usize::try_from(max).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    for p in memmem::find_iter(bytes, old.as_bytes()).take(limit) {
        out.extend_from_slice(&bytes[i..p]);
        out.extend_from_slice(new.as_bytes());
        i = p + old.as_bytes().len();
    }
    out.extend_from_slice(&bytes[i..]);
    sub_buf(&out)
}
