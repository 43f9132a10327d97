//! Unicode character properties exactly as CPython 3.11's `str` methods see them (Unicode 14.0).
//!
//! The range tables in `tables.rs` are generated from the oracle by `gen/unicode_tables.py`; every
//! predicate here has an ASCII fast path and otherwise binary-searches a sorted range table. The
//! lexer uses [`is_word`] (the `\w` of `re`) and [`is_xid_start`]; the VM reuses the rest for `str`.

#[rustfmt::skip]
mod tables;

pub use tables::UNIDATA_VERSION;

/// Whether `c` lies in one of the sorted, disjoint, inclusive `ranges`.
fn in_table(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::ALPHA, c)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DECIMAL, c)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DIGIT, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::NUMERIC, c)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric (CPython's `Py_UNICODE_ISALNUM`).
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    in_table(tables::ALNUM, c)
}

/// The `\w` class of `re` on `str` patterns: `c.isalnum() or c == '_'` (sre's `SRE_UNI_IS_WORD`).
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(tables::ALNUM, c)
}

/// `c.isidentifier()` for a single character: XID_Start or `_`.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(tables::XID_START, c)
}

/// Whether `c` may follow the first character of an identifier (XID_Continue as `str.isidentifier`).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(tables::XID_CONTINUE, c)
}

/// `s.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `c.isspace()` (what `str.strip()` removes).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    in_table(tables::SPACE, c)
}

/// `c.isprintable()`: what `repr()` keeps unescaped.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(tables::PRINTABLE, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_sorted(t: &[(u32, u32)]) {
        for w in t.windows(2) {
            assert!(w[0].0 <= w[0].1 && w[0].1 + 1 < w[1].0, "{w:?}");
        }
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        for t in [
            tables::ALPHA,
            tables::DECIMAL,
            tables::DIGIT,
            tables::NUMERIC,
            tables::ALNUM,
            tables::XID_START,
            tables::XID_CONTINUE,
            tables::PRINTABLE,
            tables::SPACE,
        ] {
            check_sorted(t);
        }
    }

    #[test]
    fn known_answers() {
        assert_eq!(UNIDATA_VERSION, "14.0.0");
        assert!(is_alnum('²') && is_digit('²') && !is_decimal('²') && !is_xid_start('²'));
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_decimal('١') && is_word('١'));
        assert!(is_xid_start('é') && is_xid_start('_') && !is_xid_start('1'));
        assert!(is_xid_continue('\u{0301}') && !is_alnum('\u{0301}'));
        assert!(!is_xid_start('℘') || is_identifier("℘"));
        assert!(is_printable('é') && !is_printable('\u{a0}') && !is_printable('\u{7f}'));
        assert!(!is_printable('\u{e000}') && is_printable('😀'));
        assert!(is_identifier("αβγ_1") && !is_identifier("1a") && !is_identifier(""));
    }

    /// Compares every code point with the oracle when `python3` is available.
    #[test]
    fn agrees_with_oracle() {
        let script = "import sys\nfor c in range(sys.maxunicode+1):\n s=chr(c)\n sys.stdout.write('%d%d%d%d%d%d%d%d%d' % (s.isspace(),s.isalpha(),s.isdecimal(),s.isdigit(),s.isnumeric(),s.isalnum(),s.isidentifier(),('a'+s).isidentifier(),s.isprintable()))\n";
        let Ok(out) = std::process::Command::new("python3")
            .args(["-c", script])
            .output()
        else {
            return;
        };
        let bits = out.stdout;
        assert_eq!(bits.len(), 9 * 0x110000);
        for (cp, row) in bits.chunks(9).enumerate() {
            let Some(c) = char::from_u32(cp as u32) else {
                continue;
            };
            let got = [
                is_space(c),
                is_alpha(c),
                is_decimal(c),
                is_digit(c),
                is_numeric(c),
                is_alnum(c),
                is_xid_start(c),
                is_xid_continue(c),
                is_printable(c),
            ];
            for (k, g) in got.iter().enumerate() {
                assert_eq!(row[k] == b'1', *g, "U+{cp:04X} property {k}");
            }
        }
    }
}
