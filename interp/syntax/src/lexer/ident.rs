//! Identifier character classes: the tokenizer's byte-level "potential identifier" test and PEP 3131 validity.
//!
//! Like `tok_get`, every byte >= 128 may be part of an identifier while scanning; only once the whole run
//! is known does `verify_identifier` check it with the Unicode XID properties (NFKC normalisation is
//! the parser's job, as in CPython's `_PyPegen_new_identifier`).

/// `is_potential_identifier_start` in `tokenizer.c` (`c` is a byte or `EOF`).
pub(super) fn is_potential_identifier_start(c: i32) -> bool {
    c >= 128 || c == i32::from(b'_') || u8::try_from(c).is_ok_and(|b| b.is_ascii_alphabetic())
}

/// `is_potential_identifier_char` in `tokenizer.c` (`c` is a byte or `EOF`).
pub(super) fn is_potential_identifier_char(c: i32) -> bool {
    c >= 128 || c == i32::from(b'_') || u8::try_from(c).is_ok_and(|b| b.is_ascii_alphanumeric())
}

/// `_PyUnicode_ScanIdentifier`: the byte index and value of the first character that makes `name` an
/// invalid identifier (the first must be XID_Start or `_`, the rest XID_Continue), or `None` if valid.
pub(super) fn first_invalid(name: &str) -> Option<(usize, char)> {
    name.char_indices().find(|&(i, ch)| {
        if i == 0 {
            !(ch == '_' || is_xid_start(ch))
        } else {
            !is_xid_continue(ch)
        }
    })
}

/// XID_Start as CPython 3.11's `_PyUnicode_IsXidStart` (Unicode 14.0, from the generated tables).
fn is_xid_start(ch: char) -> bool {
    crate::unicode::is_xid_start(ch)
}

/// XID_Continue as CPython 3.11's `_PyUnicode_IsXidContinue`.
fn is_xid_continue(ch: char) -> bool {
    crate::unicode::is_xid_continue(ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_identifier_like_cpython() {
        assert_eq!(first_invalid("abc"), None);
        assert_eq!(first_invalid("_x1"), None);
        assert_eq!(first_invalid("été"), None);
        assert_eq!(first_invalid("x·"), None);
        assert_eq!(first_invalid("·x"), Some((0, '·')));
        assert_eq!(first_invalid("a€b"), Some((1, '€')));
        assert_eq!(first_invalid("a\u{a0}"), Some((1, '\u{a0}')));
    }

    #[test]
    fn potential_classes_are_bytewise() {
        assert!(is_potential_identifier_start(0xE2));
        assert!(!is_potential_identifier_start(i32::from(b'1')));
        assert!(is_potential_identifier_char(i32::from(b'1')));
        assert!(!is_potential_identifier_char(-1));
    }
}
