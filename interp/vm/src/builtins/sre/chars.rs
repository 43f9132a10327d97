//! Character tests and case mappings of `_sre` (`sre.c`'s `sre_lower_*`/`sre_upper_*`,
//! `SRE_IS_*`/`SRE_UNI_IS_*` and `sre_category`), and the subject text the matcher reads.

use krait_syntax::unicode;

use crate::types::str_case;

/// The text being matched: bytes (or an ASCII `str`, one byte per character) or code points.
#[derive(Clone, Copy, Debug)]
pub enum Text<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

impl Text<'_> {
    /// The number of characters.
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Text::Narrow(b) => b.len(),
            Text::Wide(w) => w.len(),
        }
    }

    /// Whether there are no characters.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The character at `i` (0 past the end, as C's terminator reads).
    #[inline]
    pub fn at(&self, i: usize) -> u32 {
        match self {
            Text::Narrow(b) => b.get(i).map_or(0, |&c| u32::from(c)),
            Text::Wide(w) => w.get(i).copied().unwrap_or(0),
        }
    }
}

/// `sre_lower_ascii`.
#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if (u32::from(b'A')..=u32::from(b'Z')).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

/// `sre_upper_ascii` (used by the locale variants, since the oracle runs in the C locale).
#[inline]
fn upper_ascii(ch: u32) -> u32 {
    if (u32::from(b'a')..=u32::from(b'z')).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

/// `sre_lower_locale`: `tolower` of bytes; the C and UTF-8 locales change only ASCII letters.
#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    if ch < 256 { lower_ascii(ch) } else { ch }
}

/// `sre_upper_locale`.
#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    if ch < 256 { upper_ascii(ch) } else { ch }
}

/// The first character of a full case mapping, which is what `_PyUnicode_ToLowercase` and
/// `_PyUnicode_ToUppercase` return (their "extended case" entries start with it).
fn first_of(ch: u32, map: fn(char, &mut String)) -> u32 {
    let Some(c) = char::from_u32(ch) else {
        return ch;
    };
    let mut s = String::new();
    map(c, &mut s);
    s.chars().next().map_or(ch, u32::from)
}

/// `sre_lower_unicode` (`_PyUnicode_ToLowercase`).
#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    first_of(ch, str_case::lower)
}

/// `sre_upper_unicode` (`_PyUnicode_ToUppercase`).
#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    first_of(ch, str_case::upper)
}

/// `char_loc_ignore`: whether `ch` equals `pattern` under the locale's case mappings.
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

fn as_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

/// `SRE_IS_LINEBREAK`.
#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == u32::from(b'\n')
}

/// `SRE_IS_WORD`: ASCII letters, digits and `_`.
#[inline]
pub fn is_word(ch: u32) -> bool {
    ch < 128 && (as_char(ch).is_some_and(|c| c.is_ascii_alphanumeric()) || ch == 95)
}

/// `SRE_LOC_IS_WORD` in the C locale.
#[inline]
pub fn is_loc_word(ch: u32) -> bool {
    is_word(ch)
}

/// `SRE_UNI_IS_WORD`: `str.isalnum()` or `_`.
#[inline]
pub fn is_uni_word(ch: u32) -> bool {
    as_char(ch).is_some_and(unicode::is_word)
}

/// `Py_UNICODE_ISLINEBREAK`.
fn is_uni_linebreak(ch: u32) -> bool {
    matches!(
        ch,
        0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
    )
}

/// `sre_category`: the category codes in `_constants.CHCODES` order.
pub fn category(code: u32, ch: u32) -> bool {
    let digit = || (0x30..=0x39).contains(&ch);
    let space = || matches!(ch, 0x09..=0x0D | 0x20);
    let uni_digit = || as_char(ch).is_some_and(unicode::is_decimal);
    let uni_space = || as_char(ch).is_some_and(unicode::is_space);
    match code {
        0 => digit(),
        1 => !digit(),
        2 => space(),
        3 => !space(),
        4 => is_word(ch),
        5 => !is_word(ch),
        6 => is_linebreak(ch),
        7 => !is_linebreak(ch),
        8 => is_loc_word(ch),
        9 => !is_loc_word(ch),
        10 => uni_digit(),
        11 => !uni_digit(),
        12 => uni_space(),
        13 => !uni_space(),
        14 => is_uni_word(ch),
        15 => !is_uni_word(ch),
        16 => is_uni_linebreak(ch),
        17 => !is_uni_linebreak(ch),
        _ => false,
    }
}
