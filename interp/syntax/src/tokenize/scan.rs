//! Hand-written matchers for the regular expressions of `tokenize.py`: `PseudoToken`, `Number`,
//! the string prefixes and the `endpats` string tails.
//!
//! Each function returns what `re.match` would: the end of the match (byte offset into the line)
//! or `None`. Alternations are tried in the regex's order with the backtracking outcomes worked out
//! by hand (noted where it matters). Lines are `&str`, but every special character of these
//! patterns is ASCII and UTF-8 continuation bytes are never special, so scanning is byte-wise; only
//! `\w` (in `Name`) decodes non-ASCII characters.

use crate::TokenType;
use crate::unicode;

/// `[ \f\t]`, the `Whitespace` class.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\x0c' | b'\t')
}

/// Whether `p` (lowercased) is one of `_all_string_prefixes()`: '', b, r, u, f, br, rb, fr, rf.
pub(super) fn is_string_prefix(p: &[u8]) -> bool {
    match p {
        [] => true,
        [a] => matches!(a.to_ascii_lowercase(), b'b' | b'r' | b'u' | b'f'),
        [a, b] => matches!(
            (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
            (b'b', b'r') | (b'r', b'b') | (b'f', b'r') | (b'r', b'f')
        ),
        _ => false,
    }
}

/// `StringPrefix` followed by a quote at `i`: the offset of the quote. At most one prefix length
/// can be followed by a quote (prefixes are letters), so the regex's alternation order is moot.
pub(super) fn prefixed_quote(b: &[u8], i: usize) -> Option<usize> {
    // Fast exit for the common case of a name that does not start with a prefix letter.
    if !matches!(
        b.get(i)?.to_ascii_lowercase(),
        b'\'' | b'"' | b'b' | b'r' | b'u' | b'f'
    ) {
        return None;
    }
    (0..=2)
        .map(|p| i + p)
        .find(|&q| q < b.len() && matches!(b[q], b'\'' | b'"') && is_string_prefix(&b[i..q]))
}

/// Which alternative of `PseudoToken` matched; `_tokenize` classifies a token by its text, and
/// each alternative lands in exactly one of its branches, so the scanner can tell it directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Alt {
    /// `\Z`: an empty match at the end of the line.
    End,
    /// `\\\r?\n`.
    Continuation,
    Comment,
    Number,
    /// `\r?\n`.
    Newline,
    /// An opening triple quote (with prefix); the quote character.
    Triple(u8),
    /// A complete single-quoted string or one continued by a backslash; the quote character.
    ContStr(u8),
    Name,
    /// An operator with its exact type.
    Op(TokenType),
}

/// `PseudoToken` matched at `pos`: the span of its group 1 (start == end for `\Z`) and which
/// alternative matched.
pub(super) fn pseudo_token(line: &str, pos: usize) -> Option<(usize, usize, Alt)> {
    let b = line.as_bytes();
    let mut i = pos;
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    // After `Whitespace`, no alternative can start with whitespace, so backtracking it never helps.
    let (end, alt) = token_at(line, i)?;
    Some((i, end, alt))
}

/// The group of `PseudoToken` at `i`: PseudoExtras, Number, Funny, ContStr, Name, in that order.
/// Apart from the cases noted, the alternatives are told apart by their first character, so the
/// first byte picks the only one that can match.
fn token_at(line: &str, i: usize) -> Option<(usize, Alt)> {
    let b = line.as_bytes();
    let Some(&c) = b.get(i) else {
        return Some((i, Alt::End));
    };
    let op = |b: &[u8], i: usize| operator(b, i).map(|(n, t)| (i + n, Alt::Op(t)));
    match c {
        // `\\\r?\n`; nothing else starts with a backslash.
        b'\\' => match (b.get(i + 1), b.get(i + 2)) {
            (Some(b'\n'), _) => Some((i + 2, Alt::Continuation)),
            (Some(b'\r'), Some(b'\n')) => Some((i + 3, Alt::Continuation)),
            _ => None,
        },
        b'#' => {
            let len = b[i..]
                .iter()
                .position(|&x| x == b'\r' || x == b'\n')
                .unwrap_or(b.len() - i);
            Some((i + len, Alt::Comment))
        }
        // Number comes before Funny, so `.5` is a number and `.` / `...` are operators.
        b'0'..=b'9' => number(b, i).map(|e| (e, Alt::Number)),
        b'.' => number(b, i).map(|e| (e, Alt::Number)).or_else(|| op(b, i)),
        b'\n' => Some((i + 1, Alt::Newline)),
        b'\r' => (b.get(i + 1) == Some(&b'\n')).then_some((i + 2, Alt::Newline)),
        b'\'' | b'"' => string(b, i),
        c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
            string(b, i).or_else(|| name(line, i).map(|e| (e, Alt::Name)))
        }
        _ => op(b, i),
    }
}

/// Triple (a string prefix and an opening triple quote) or ContStr at `i`.
fn string(b: &[u8], i: usize) -> Option<(usize, Alt)> {
    let q = prefixed_quote(b, i)?;
    let quote = b[q];
    if b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote {
        return Some((q + 3, Alt::Triple(quote)));
    }
    cont_str(b, q).map(|e| (e, Alt::ContStr(quote)))
}

/// `Special`: the longest operator of `EXACT_TOKEN_TYPES` at `i` (the regex lists them in reverse
/// sorted order, which puts every operator before its prefixes), with its length.
pub(super) fn operator(b: &[u8], i: usize) -> Option<(usize, TokenType)> {
    use TokenType as T;
    let c0 = *b.get(i)?;
    let c1 = b.get(i + 1).copied().unwrap_or(0);
    let c2 = b.get(i + 2).copied().unwrap_or(0);
    let three = match (c0, c1, c2) {
        (b'*', b'*', b'=') => Some(T::DOUBLESTAREQUAL),
        (b'.', b'.', b'.') => Some(T::ELLIPSIS),
        (b'/', b'/', b'=') => Some(T::DOUBLESLASHEQUAL),
        (b'<', b'<', b'=') => Some(T::LEFTSHIFTEQUAL),
        (b'>', b'>', b'=') => Some(T::RIGHTSHIFTEQUAL),
        _ => None,
    };
    if let Some(t) = three {
        return Some((3, t));
    }
    let two = match (c0, c1) {
        (b'!', b'=') => Some(T::NOTEQUAL),
        (b'%', b'=') => Some(T::PERCENTEQUAL),
        (b'&', b'=') => Some(T::AMPEREQUAL),
        (b'*', b'*') => Some(T::DOUBLESTAR),
        (b'*', b'=') => Some(T::STAREQUAL),
        (b'+', b'=') => Some(T::PLUSEQUAL),
        (b'-', b'=') => Some(T::MINEQUAL),
        (b'-', b'>') => Some(T::RARROW),
        (b'/', b'/') => Some(T::DOUBLESLASH),
        (b'/', b'=') => Some(T::SLASHEQUAL),
        (b':', b'=') => Some(T::COLONEQUAL),
        (b'<', b'<') => Some(T::LEFTSHIFT),
        (b'<', b'=') => Some(T::LESSEQUAL),
        (b'=', b'=') => Some(T::EQEQUAL),
        (b'>', b'=') => Some(T::GREATEREQUAL),
        (b'>', b'>') => Some(T::RIGHTSHIFT),
        (b'@', b'=') => Some(T::ATEQUAL),
        (b'^', b'=') => Some(T::CIRCUMFLEXEQUAL),
        (b'|', b'=') => Some(T::VBAREQUAL),
        _ => None,
    };
    if let Some(t) = two {
        return Some((2, t));
    }
    let one = match c0 {
        b'%' => T::PERCENT,
        b'&' => T::AMPER,
        b'(' => T::LPAR,
        b')' => T::RPAR,
        b'*' => T::STAR,
        b'+' => T::PLUS,
        b',' => T::COMMA,
        b'-' => T::MINUS,
        b'.' => T::DOT,
        b'/' => T::SLASH,
        b':' => T::COLON,
        b';' => T::SEMI,
        b'<' => T::LESS,
        b'=' => T::EQUAL,
        b'>' => T::GREATER,
        b'@' => T::AT,
        b'[' => T::LSQB,
        b']' => T::RSQB,
        b'^' => T::CIRCUMFLEX,
        b'{' => T::LBRACE,
        b'|' => T::VBAR,
        b'}' => T::RBRACE,
        b'~' => T::TILDE,
        _ => return None,
    };
    Some((1, one))
}

/// `Name` = `\w+` (Unicode: `str.isalnum()` or `_`).
fn name(line: &str, i: usize) -> Option<usize> {
    let b = line.as_bytes();
    let mut j = i;
    while j < b.len() {
        let c = b[j];
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() || c == b'_' {
                j += 1;
                continue;
            }
            break;
        }
        match line[j..].chars().next() {
            Some(ch) if unicode::is_word(ch) => j += ch.len_utf8(),
            _ => break,
        }
    }
    (j > i).then_some(j)
}

/// `ContStr` after its prefix, with the opening quote at `q`: the body `[^\n'\\]*(?:\\.[^\n'\\]*)*`
/// then the quote or `\\\r?\n`.
fn cont_str(b: &[u8], q: usize) -> Option<usize> {
    let quote = b[q];
    let mut j = q + 1;
    while j < b.len() {
        match b[j] {
            c if c == quote => return Some(j + 1),
            b'\n' => return None,
            b'\\' => match (b.get(j + 1), b.get(j + 2)) {
                (None, _) => return None,
                (Some(b'\n'), _) => return Some(j + 2),
                // Greedy `\\.` takes `\\\r`, dead-ends at the `\n`, and backtracking then finds
                // the `\\\r?\n` ending.
                (Some(b'\r'), Some(b'\n')) => return Some(j + 3),
                _ => j += 2,
            },
            _ => j += 1,
        }
    }
    None
}

/// `[0-9](?:_?[0-9])*` at `i`.
fn digits(b: &[u8], i: usize) -> Option<usize> {
    if !b.get(i)?.is_ascii_digit() {
        return None;
    }
    let mut j = i + 1;
    loop {
        match b.get(j) {
            Some(c) if c.is_ascii_digit() => j += 1,
            Some(b'_') if b.get(j + 1).is_some_and(u8::is_ascii_digit) => j += 2,
            _ => return Some(j),
        }
    }
}

/// `(?:_?X)+` after a base prefix, for the hex/binary/octal digit class `X`.
fn radix_digits(b: &[u8], i: usize, ok: fn(u8) -> bool) -> Option<usize> {
    let mut j = i;
    loop {
        match b.get(j) {
            Some(&c) if ok(c) => j += 1,
            Some(b'_') if b.get(j + 1).is_some_and(|&c| ok(c)) => j += 2,
            _ => break,
        }
    }
    (j > i).then_some(j)
}

/// `Exponent` = `[eE][-+]?[0-9](?:_?[0-9])*`.
fn exponent(b: &[u8], i: usize) -> Option<usize> {
    if !matches!(b.get(i), Some(b'e' | b'E')) {
        return None;
    }
    let j = if matches!(b.get(i + 1), Some(b'-' | b'+')) {
        i + 2
    } else {
        i + 1
    };
    digits(b, j)
}

/// `Floatnumber` = Pointfloat | Expfloat. The two cannot both match (after the leading digits one
/// needs `.` and the other `e`), so the first success is the only one.
fn float(b: &[u8], i: usize) -> Option<usize> {
    let point = match digits(b, i) {
        Some(d) if b.get(d) == Some(&b'.') => Some(digits(b, d + 1).unwrap_or(d + 1)),
        Some(_) => None,
        None if b.get(i) == Some(&b'.') => digits(b, i + 1),
        None => None,
    };
    if let Some(p) = point {
        return Some(exponent(b, p).unwrap_or(p));
    }
    exponent(b, digits(b, i)?)
}

/// `Intnumber` = Hex | Bin | Oct | Dec; a failed `0x`/`0b`/`0o` falls back to Decnumber's `0`.
fn int(b: &[u8], i: usize) -> Option<usize> {
    if b[i] == b'0' {
        let radix: Option<fn(u8) -> bool> = match b.get(i + 1) {
            Some(b'x' | b'X') => Some(|c: u8| c.is_ascii_hexdigit()),
            Some(b'b' | b'B') => Some(|c: u8| matches!(c, b'0' | b'1')),
            Some(b'o' | b'O') => Some(|c: u8| matches!(c, b'0'..=b'7')),
            _ => None,
        };
        if let Some(end) = radix.and_then(|ok| radix_digits(b, i + 2, ok)) {
            return Some(end);
        }
        // `0(?:_?0)*`
        let mut j = i + 1;
        loop {
            match b.get(j) {
                Some(b'0') => j += 1,
                Some(b'_') if b.get(j + 1) == Some(&b'0') => j += 2,
                _ => return Some(j),
            }
        }
    }
    digits(b, i)
}

/// `Number` = Imagnumber | Floatnumber | Intnumber, first alternative that matches.
pub(super) fn number(b: &[u8], i: usize) -> Option<usize> {
    let is_j = |k: usize| matches!(b.get(k), Some(b'j' | b'J'));
    if let Some(d) = digits(b, i).filter(|&d| is_j(d)) {
        return Some(d + 1);
    }
    // `Floatnumber [jJ]`: giving back the exponent or fraction can never put a `j` next, so the
    // greedy float is the only candidate.
    let f = float(b, i);
    if let Some(f) = f {
        return Some(if is_j(f) { f + 1 } else { f });
    }
    int(b, i)
}

/// Which `endpats` tail to match: `Single`/`Double` or `Single3`/`Double3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct EndPat {
    pub quote: u8,
    pub triple: bool,
}

impl EndPat {
    /// `endprog.match(line, pos)`: the end of the string tail, or `None`.
    pub(super) fn matches(self, b: &[u8], pos: usize) -> Option<usize> {
        let q = self.quote;
        let mut j = pos;
        while j < b.len() {
            match b[j] {
                // `\\.`: `.` matches anything but `\n`; without it the tail cannot end.
                b'\\' => match b.get(j + 1) {
                    None | Some(b'\n') => return None,
                    Some(_) => j += 2,
                },
                c if c == q => {
                    if !self.triple {
                        return Some(j + 1);
                    }
                    // `'(?!'')` is consumed as body; `'''` ends the string.
                    if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                        return Some(j + 3);
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(s: &str) -> Option<&str> {
        pseudo_token(s, 0).map(|(a, b, _)| &s[a..b])
    }

    #[test]
    fn numbers_follow_regex_alternation() {
        for (src, want) in [
            ("0777", "0"),
            ("1_000j", "1_000j"),
            (".5e-3", ".5e-3"),
            ("1if", "1"),
            ("0x", "0"),
            ("0xfF_1", "0xfF_1"),
            ("0b102", "0b10"),
            ("00.5", "00.5"),
            ("1.__class__", "1."),
            ("1._5", "1."),
            ("1e", "1"),
            ("1e5j", "1e5j"),
            ("1.5ej", "1.5"),
            ("1_", "1"),
            ("1__0", "1"),
            ("0_0_", "0_0"),
            ("1..2", "1."),
            ("1.j", "1.j"),
            ("5E+1_0", "5E+1_0"),
        ] {
            assert_eq!(tok(src), Some(want), "{src}");
        }
        assert_eq!(tok(".."), Some("."));
        assert_eq!(tok("..."), Some("..."));
    }

    #[test]
    fn pseudo_tokens() {
        assert_eq!(tok("  \\\r\n"), Some("\\\r\n"));
        assert_eq!(tok("\\x"), None);
        assert_eq!(tok("   "), Some(""));
        assert_eq!(tok("# hi\r\n"), Some("# hi"));
        assert_eq!(tok("rb'''x"), Some("rb'''"));
        assert_eq!(tok("rb'x' y"), Some("rb'x'"));
        assert_eq!(tok("r'abc\n"), Some("r"));
        assert_eq!(tok("'abc\\\r\n"), Some("'abc\\\r\n"));
        assert_eq!(tok("'a\\'b'"), Some("'a\\'b'"));
        assert_eq!(tok("'abc\\"), None);
        assert_eq!(tok("\r\n"), Some("\r\n"));
        assert_eq!(tok("\rx"), None);
        assert_eq!(tok("**=="), Some("**="));
        assert_eq!(tok("!x"), None);
        assert_eq!(tok("$"), None);
        assert_eq!(tok("²abc def"), Some("²abc"));
        assert_eq!(tok("ab\u{301}"), Some("ab"));
        assert_eq!(tok("ur'x'"), Some("ur"));
        assert_eq!(tok("Rb\"x\""), Some("Rb\"x\""));
        assert_eq!(pseudo_token("x  ", 1), Some((3, 3, Alt::End)));
        assert_eq!(pseudo_token("²", 0), Some((0, 2, Alt::Name)));
    }

    #[test]
    fn operator_table_is_exact_token_types() {
        for t in TokenType::ALL {
            if let Some(op) = t.operator() {
                assert_eq!(operator(op.as_bytes(), 0), Some((op.len(), *t)), "{op}");
            }
        }
        for c in 0u8..128 {
            let s = [c];
            let want = std::str::from_utf8(&s)
                .ok()
                .and_then(TokenType::from_operator)
                .map(|t| (1, t));
            assert_eq!(operator(&s, 0), want);
        }
    }

    #[test]
    fn string_tails() {
        let single = EndPat {
            quote: b'\'',
            triple: false,
        };
        let triple = EndPat {
            quote: b'"',
            triple: true,
        };
        assert_eq!(single.matches(b"ab\\'c' d", 0), Some(6));
        assert_eq!(single.matches(b"abc\\\n", 0), None);
        assert_eq!(single.matches(b"abc\n", 0), None);
        assert_eq!(triple.matches(b"a\"\"b\"\"\"\"", 0), Some(7));
        assert_eq!(triple.matches(b"x\\\"\"\"\"", 0), Some(6));
        assert_eq!(triple.matches(b"x\\", 0), None);
    }
}
