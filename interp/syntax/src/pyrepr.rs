//! Python's `repr()` of `str` and `bytes`, character for character as CPython 3.11 writes them.

use crate::pystr::PyStrBuf;
use crate::unicode;
use std::fmt::Write;

/// The quote `repr` picks: `'` unless the text has `'` and no `"` (CPython's `unicode_repr`).
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// `repr(s)` for a `str`.
pub fn repr_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_repr_str(&mut out, s);
    out
}

/// Appends `repr(s)` to `out`.
pub fn write_repr_str(out: &mut String, s: &str) {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    write_repr_code_points(out, quote, s.chars().map(u32::from));
}

/// `repr(s)` for a `str` that may hold lone surrogates.
pub fn repr_pystr(s: &PyStrBuf) -> String {
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    // Quotes are ASCII, so they can be looked for in the bytes.
    let bytes = s.as_bytes();
    let quote = pick_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    write_repr_code_points(&mut out, quote, s.code_points());
    out
}

/// The quoted body of `unicode_repr`. A lone surrogate is not a `char`; like every other
/// non-printable code point below U+10000 it is written `\uXXXX`.
fn write_repr_code_points(out: &mut String, quote: char, cps: impl Iterator<Item = u32>) {
    out.push(quote);
    for n in cps {
        match char::from_u32(n) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c @ ' '..='~') => out.push(c),
            Some(c) if !c.is_ascii() && unicode::is_printable(c) => out.push(c),
            _ => {
                // Writing to a String cannot fail.
                let _ = if n < 0x100 {
                    write!(out, "\\x{n:02x}")
                } else if n < 0x10000 {
                    write!(out, "\\u{n:04x}")
                } else {
                    write!(out, "\\U{n:08x}")
                };
            }
        }
    }
    out.push(quote);
}

/// `repr(b)` for a `bytes`.
pub fn repr_bytes(b: &[u8]) -> String {
    bytes_literal(b, false)
}

/// The `b'...'` part of a `bytearray`'s repr: as [`repr_bytes`], except that a single quote is
/// escaped whichever quote encloses the literal (`bytearray_repr` escapes it unconditionally).
pub fn repr_bytearray_literal(b: &[u8]) -> String {
    bytes_literal(b, true)
}

fn bytes_literal(b: &[u8], always_escape_apostrophe: bool) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(byte) == quote || (always_escape_apostrophe && byte == b'\'') => {
                out.push('\\');
                out.push(char::from(byte));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_quotes_and_escapes() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\\b\n\r\t"), "'a\\\\b\\n\\r\\t'");
        assert_eq!(repr_str("\0\x7f\u{a0}é"), "'\\x00\\x7f\\xa0é'");
        assert_eq!(
            repr_str("\u{2028}\u{e000}😀\u{10ffff}"),
            "'\\u2028\\ue000😀\\U0010ffff'"
        );
        assert_eq!(repr_str(""), "''");
    }

    #[test]
    fn pystr_surrogates_are_escaped() {
        let s = PyStrBuf::from_code_points([0x27, 0xD800, 0xE9, 0xDFFF]).unwrap();
        assert_eq!(repr_pystr(&s), "\"'\\ud800é\\udfff\"");
        assert_eq!(repr_pystr(&PyStrBuf::from("a'\"")), repr_str("a'\""));
    }

    #[test]
    fn bytes_repr() {
        assert_eq!(repr_bytes(b"a'\xff\n"), "b\"a'\\xff\\n\"");
        assert_eq!(repr_bytes(b"'\"\\"), "b'\\'\"\\\\'");
        assert_eq!(repr_bytes(b""), "b''");
    }
}
