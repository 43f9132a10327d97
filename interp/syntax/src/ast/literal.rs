//! Literal evaluation as CPython 3.11's parser does it (`parsenumber` in `Parser/pegen.c`, `parsestr`
//! and `decode_unicode_with_escapes` in `Parser/string_parser.c`): number tokens to values, string and
//! bytes tokens to their contents, with the same warnings and error messages.

use num_bigint::BigInt;

use super::constant::Constant;
use super::unicode_names;
use crate::pystr::PyStrBuf;

/// CPython's default `sys.get_int_max_str_digits()`: the longest decimal int literal accepted.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// A literal the parser must reject with a `SyntaxError` carrying `message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    /// The `SyntaxError` message, exactly as CPython 3.11 words it.
    pub message: String,
}

impl LiteralError {
    fn new(message: impl Into<String>) -> Self {
        LiteralError {
            message: message.into(),
        }
    }
}

/// A `DeprecationWarning` the parser must issue for a literal (CPython 3.11 reports only the first
/// invalid escape of each string token).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralWarning {
    /// The warning text, e.g. `invalid escape sequence '\d'`.
    pub message: String,
    /// Byte offset of the offending backslash within the text that was decoded.
    pub offset: usize,
}

/// Evaluates a NUMBER token (underscores allowed) to an int, float or imaginary constant, applying
/// `max_str_digits` (0 for no limit) to decimal ints as CPython does.
pub fn parse_number(text: &str, max_str_digits: usize) -> Result<Constant, LiteralError> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(imag) = clean.strip_suffix(['j', 'J']) {
        return Ok(Constant::Complex {
            real: 0.0,
            imag: parse_float_text(imag, text)?,
        });
    }
    let lower = clean.to_ascii_lowercase();
    let radix_digits = [("0x", 16), ("0o", 8), ("0b", 2)]
        .into_iter()
        .find_map(|(prefix, radix)| lower.strip_prefix(prefix).map(|digits| (radix, digits)));
    if let Some((radix, digits)) = radix_digits {
        let value = BigInt::parse_bytes(digits.as_bytes(), radix)
            .ok_or_else(|| LiteralError::new(format!("invalid number literal {text:?}")))?;
        return Ok(Constant::Int(value));
    }
    if lower.contains(['.', 'e']) {
        return Ok(Constant::Float(parse_float_text(&clean, text)?));
    }
    if max_str_digits > 0 && clean.len() > max_str_digits {
        // The message of `_PyLong_FromString` plus the hint `parsenumber_raw` appends (3.11.7).
        return Err(LiteralError::new(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits.",
            clean.len()
        )));
    }
    let value = BigInt::parse_bytes(clean.as_bytes(), 10)
        .ok_or_else(|| LiteralError::new(format!("invalid number literal {text:?}")))?;
    Ok(Constant::Int(value))
}

/// Rust's float parsing is correctly rounded, like CPython's `_Py_dg_strtod`; the tokenizer has already
/// rejected the spellings Rust would accept but Python would not (`inf`, `nan`).
fn parse_float_text(clean: &str, original: &str) -> Result<f64, LiteralError> {
    clean
        .parse::<f64>()
        .map_err(|_| LiteralError::new(format!("invalid number literal {original:?}")))
}

/// The value of one STRING token (not an f-string): its contents, `kind` (`Some("u")` for a
/// lower-case `u` prefix) and the warning to issue, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct StringLiteral {
    /// `Constant::Str` or `Constant::Bytes`.
    pub value: Constant,
    /// `Constant.kind`.
    pub kind: Option<String>,
    /// The invalid-escape warning, with its offset counted from the start of the token.
    pub warning: Option<LiteralWarning>,
}

/// The parts of a string token: prefix letters (lower-cased) and body between the quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StringToken<'a> {
    /// Whether the prefix has `b`.
    pub bytes: bool,
    /// Whether the prefix has `r`.
    pub raw: bool,
    /// Whether the prefix has `u`.
    pub unicode: bool,
    /// Whether the prefix has `f`.
    pub fstring: bool,
    /// The text between the quotes.
    pub body: &'a str,
    /// Byte offset of `body` within the token.
    pub body_offset: usize,
}

/// Splits a STRING token into prefix flags and body (`'`/`"`, single or triple quoted).
pub fn split_string_token(token: &str) -> Result<StringToken<'_>, LiteralError> {
    let quote_at = token
        .find(['\'', '"'])
        .ok_or_else(|| LiteralError::new("string token without quotes"))?;
    let prefix = token[..quote_at].to_ascii_lowercase();
    let rest = &token[quote_at..];
    let quote = &rest[..1];
    let triple = quote.repeat(3);
    let q_len = if rest.len() >= 6 && rest.starts_with(&triple) && rest.ends_with(&triple) {
        3
    } else {
        1
    };
    if rest.len() < 2 * q_len || !rest.ends_with(quote) {
        return Err(LiteralError::new("unterminated string token"));
    }
    Ok(StringToken {
        bytes: prefix.contains('b'),
        raw: prefix.contains('r'),
        unicode: prefix.contains('u'),
        fstring: prefix.contains('f'),
        body: &rest[q_len..rest.len() - q_len],
        body_offset: quote_at + q_len,
    })
}

/// Evaluates a STRING token that is not an f-string (`parsestr`).
pub fn parse_string_literal(token: &str) -> Result<StringLiteral, LiteralError> {
    let parts = split_string_token(token)?;
    if parts.fstring {
        return Err(LiteralError::new(
            "f-strings are split by ast::fstring, not evaluated here",
        ));
    }
    // `kind` is 'u' only for a lower-case `u` prefix: CPython tests the token's first byte against 'u'
    // (and, for implicitly concatenated strings, only the first token's; that is the parser's part).
    let kind = token.starts_with('u').then(|| "u".to_owned());
    let (value, warning) = if parts.bytes {
        let (bytes, warning) = decode_bytes(parts.body, parts.raw)?;
        (Constant::Bytes(bytes), warning)
    } else {
        let (text, warning) = decode_str(parts.body, parts.raw)?;
        (Constant::Str(text), warning)
    };
    let warning = warning.map(|w| LiteralWarning {
        offset: w.offset + parts.body_offset,
        ..w
    });
    Ok(StringLiteral {
        value,
        kind,
        warning,
    })
}

/// Decodes a str literal body (or an f-string's literal part): raw bodies are taken as they are,
/// others through the `unicode_escape` rules, whose `\u`, `\U` and octal escapes may give lone
/// surrogates (CPython keeps `'\ud83d\ude00'` as two code points, never one).
pub fn decode_str(
    body: &str,
    raw: bool,
) -> Result<(PyStrBuf, Option<LiteralWarning>), LiteralError> {
    if raw || !body.contains('\\') {
        return Ok((PyStrBuf::from(body), None));
    }
    UnicodeEscapes {
        body,
        bytes: body.as_bytes(),
        i: 0,
        tpos: 0,
        out: PyStrBuf::new(),
        warning: None,
    }
    .run()
}

/// Decodes a bytes literal body (`PyBytes_DecodeEscape` unless raw); the body must be ASCII.
pub fn decode_bytes(
    body: &str,
    raw: bool,
) -> Result<(Vec<u8>, Option<LiteralWarning>), LiteralError> {
    if !body.is_ascii() {
        return Err(LiteralError::new(
            "bytes can only contain ASCII literal characters",
        ));
    }
    let bytes = body.as_bytes();
    if raw || !bytes.contains(&b'\\') {
        return Ok((bytes.to_vec(), None));
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut warning = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let start = i - 1;
        let Some(&c) = bytes.get(i) else {
            return Err(LiteralError::new("(value error) Trailing \\ in string"));
        };
        i += 1;
        if let Some(simple) = simple_escape(c) {
            out.extend(simple.map(|ch| ch as u8));
        } else if c.is_ascii_digit() && c < b'8' {
            let (value, used) = octal_value(&bytes[i - 1..]);
            i += used - 1;
            if value > 0o377 && warning.is_none() {
                warning = Some(octal_warning(&body[i - 3..i], start));
            }
            // CPython stores the low byte of an out-of-range octal escape.
            out.push((value & 0xff) as u8);
        } else if c == b'x' {
            let hex = bytes
                .get(i..i + 2)
                .and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| {
                u8::from_str_radix(h, 16)
                    .ok()
                    .filter(|_| !h.starts_with('+'))
            }) {
                Some(value) => {
                    out.push(value);
                    i += 2;
                }
                None => {
                    return Err(LiteralError::new(format!(
                        "(value error) invalid \\x escape at position {start}"
                    )));
                }
            }
        } else {
            warning.get_or_insert_with(|| invalid_escape_warning(c as char, start));
            out.extend([b'\\', c]);
        }
    }
    Ok((out, warning))
}

/// The escapes shared by str and bytes that stand for one character, and backslash-newline (nothing).
fn simple_escape(c: u8) -> Option<Option<char>> {
    Some(Some(match c {
        b'\n' => return Some(None),
        b'\\' => '\\',
        b'\'' => '\'',
        b'"' => '"',
        b'a' => '\x07',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\x0b',
        _ => return None,
    }))
}

/// The value of up to three octal digits at the start of `digits` and how many were used.
fn octal_value(digits: &[u8]) -> (u32, usize) {
    let used = digits
        .iter()
        .take(3)
        .take_while(|d| (b'0'..=b'7').contains(d))
        .count();
    let value = digits[..used]
        .iter()
        .fold(0, |acc, d| acc * 8 + u32::from(d - b'0'));
    (value, used)
}

fn octal_warning(digits: &str, offset: usize) -> LiteralWarning {
    LiteralWarning {
        message: format!("invalid octal escape sequence '\\{digits}'"),
        offset,
    }
}

fn invalid_escape_warning(c: char, offset: usize) -> LiteralWarning {
    LiteralWarning {
        message: format!("invalid escape sequence '\\{c}'"),
        offset,
    }
}

/// The `unicode_escape` decoding of a str body. CPython first rewrites every non-ASCII character as a
/// ten-byte `\UXXXXXXXX` escape (and a backslash before one as `\u005c`), then decodes; error
/// positions count bytes of that rewritten text, which `tpos` tracks.
struct UnicodeEscapes<'a> {
    body: &'a str,
    bytes: &'a [u8],
    i: usize,
    tpos: usize,
    out: PyStrBuf,
    warning: Option<LiteralWarning>,
}

impl UnicodeEscapes<'_> {
    fn run(mut self) -> Result<(PyStrBuf, Option<LiteralWarning>), LiteralError> {
        while self.i < self.bytes.len() {
            let next = self.body[self.i..]
                .find('\\')
                .map_or(self.bytes.len(), |n| self.i + n);
            let plain = &self.body[self.i..next];
            self.out.push_str(plain);
            self.tpos += plain
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 10 })
                .sum::<usize>();
            self.i = next;
            if next < self.bytes.len() {
                self.escape()?;
            }
        }
        Ok((self.out, self.warning))
    }

    /// Decodes the escape whose backslash is at `self.i`.
    fn escape(&mut self) -> Result<(), LiteralError> {
        let start_byte = self.i;
        let start = self.tpos;
        self.i += 1;
        self.tpos += 1;
        let Some(&c) = self.bytes.get(self.i) else {
            // A trailing backslash (possible in an f-string's literal part, `f'\{x}'`) is rewritten as
            // `\u005c` too, so it stays a plain backslash.
            self.out.push_char('\\');
            self.tpos += 5;
            return Ok(());
        };
        if !c.is_ascii() {
            // The rewritten `\u005c` is a plain backslash; the character is then read normally.
            self.out.push_char('\\');
            self.tpos += 5;
            return Ok(());
        }
        self.i += 1;
        self.tpos += 1;
        if let Some(simple) = simple_escape(c) {
            if let Some(ch) = simple {
                self.out.push_char(ch);
            }
            return Ok(());
        }
        match c {
            b'0'..=b'7' => {
                let (value, used) = octal_value(&self.bytes[self.i - 1..]);
                self.i += used - 1;
                self.tpos += used - 1;
                if value > 0o377 && self.warning.is_none() {
                    self.warning = Some(octal_warning(&self.body[self.i - 3..self.i], start_byte));
                }
                self.push_code_point(value)
            }
            b'x' => self.hex_escape(start, 2, "truncated \\xXX escape"),
            b'u' => self.hex_escape(start, 4, "truncated \\uXXXX escape"),
            b'U' => self.hex_escape(start, 8, "truncated \\UXXXXXXXX escape"),
            b'N' => self.named_escape(start),
            _ => {
                self.warning
                    .get_or_insert_with(|| invalid_escape_warning(c as char, start_byte));
                self.out.push_char('\\');
                self.out.push_char(c as char);
                Ok(())
            }
        }
    }

    fn hex_escape(
        &mut self,
        start: usize,
        count: usize,
        message: &str,
    ) -> Result<(), LiteralError> {
        let mut value: u32 = 0;
        for _ in 0..count {
            match self
                .bytes
                .get(self.i)
                .and_then(|b| (*b as char).to_digit(16))
            {
                Some(digit) => {
                    value = value * 16 + digit;
                    self.i += 1;
                    self.tpos += 1;
                }
                None => return Err(self.error(start, message)),
            }
        }
        if value > 0x10ffff {
            return Err(self.error(start, "illegal Unicode character"));
        }
        self.push_code_point(value)
    }

    fn named_escape(&mut self, start: usize) -> Result<(), LiteralError> {
        const MALFORMED: &str = "malformed \\N character escape";
        if self.bytes.get(self.i) != Some(&b'{') {
            return Err(self.error(start, MALFORMED));
        }
        self.i += 1;
        self.tpos += 1;
        let name_start = self.i;
        let Some(close) = self.body[self.i..].find('}').map(|n| self.i + n) else {
            self.tpos += self.body[self.i..]
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 10 })
                .sum::<usize>();
            self.i = self.bytes.len();
            return Err(self.error(start, MALFORMED));
        };
        let name = &self.body[name_start..close];
        if name.is_empty() {
            return Err(self.error(start, MALFORMED));
        }
        self.tpos += name
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum::<usize>()
            + 1;
        self.i = close + 1;
        match unicode_names::lookup(name) {
            Some(ch) if name.is_ascii() => {
                self.out.push_char(ch);
                Ok(())
            }
            _ => Err(self.error(start, "unknown Unicode character name")),
        }
    }

    /// Appends an escape's value. Every value up to U+10FFFF is a valid `str` character,
    /// surrogates included (`unicode_escape` only rejects larger ones, which `hex_escape` has
    /// already reported; an octal escape is at most `\777`).
    fn push_code_point(&mut self, value: u32) -> Result<(), LiteralError> {
        self.out
            .push_code_point(value)
            .map_err(|_| LiteralError::new("illegal Unicode character"))
    }

    /// The `SyntaxError` text for a `UnicodeDecodeError` spanning `start..self.tpos` of the rewritten
    /// text (`UnicodeDecodeError.__str__`, prefixed as `_Pypegen_raise_decode_error` does).
    fn error(&self, start: usize, reason: &str) -> LiteralError {
        let end = self.tpos;
        let message = if end == start + 1 {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}"
            )
        } else {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        };
        LiteralError::new(message)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::ast::tests::{py_literal, python};

    /// The oracle's view of each token: `ok REPR KIND WARNING` or `err MESSAGE`.
    fn oracle(tokens: &[String]) -> Vec<String> {
        let literals: Vec<String> = tokens.iter().map(|t| py_literal(t)).collect();
        let code = format!(
            "import ast, warnings\n\
             for src in [{}]:\n\
             \x20   with warnings.catch_warnings(record=True) as w:\n\
             \x20       warnings.simplefilter('always')\n\
             \x20       try:\n\
             \x20           node = ast.parse(src, mode='eval').body\n\
             \x20           warning = str(w[0].message) if w else '-'\n\
             \x20           print('ok', repr(node.value), node.kind, warning)\n\
             \x20       except SyntaxError as e:\n\
             \x20           print('err', e.msg)\n",
            literals.join(", ")
        );
        python(&code).lines().map(str::to_owned).collect()
    }

    fn mine(token: &str) -> String {
        let first = token.as_bytes()[0];
        let result = if first.is_ascii_digit() || first == b'.' {
            parse_number(token, DEFAULT_MAX_STR_DIGITS).map(|value| (value, None, None))
        } else {
            parse_string_literal(token).map(|lit| (lit.value, lit.kind, lit.warning))
        };
        match result {
            Ok((value, kind, warning)) => format!(
                "ok {} {} {}",
                value.repr(),
                kind.unwrap_or_else(|| "None".into()),
                warning.map_or("-".into(), |w| w.message)
            ),
            Err(e) => format!("err {}", e.message),
        }
    }

    fn assert_matches_oracle(tokens: &[String]) {
        for (token, expected) in tokens.iter().zip(oracle(tokens)) {
            assert_eq!(mine(token), expected, "{token:?}");
        }
    }

    #[test]
    fn string_literals_match_oracle() {
        let tokens = [
            r#"'abc'"#,
            r#""it's""#,
            r#"'''a'b"c'''"#,
            r#"u'x'"#,
            r#"U"x""#,
            r#"r'\d\n'"#,
            r#"R"\x""#,
            r#"b'\x41\n'"#,
            r#"Br'\x41'"#,
            r#"rB"\d""#,
            r#"bR'\777'"#,
            r#"'\\\'\"\a\b\f\n\r\t\v'"#,
            "'a\\\nb'",
            r#"'\0\12\123\1234'"#,
            r#"'\777'"#,
            r#"'\400'"#,
            r#"b'\777'"#,
            r#"b'\400\101'"#,
            r#"'\d\q'"#,
            r#"b'\d\N'"#,
            r#"'\8'"#,
            r#"'\9x'"#,
            r#"'\x41\u00e9\U0001F600'"#,
            r#"'\xg0'"#,
            r#"'ä\x4'"#,
            r#"'\u12'"#,
            r#"'\U0011ffff'"#,
            r#"'\U00110000'"#,
            r#"'\N{DIGIT ONE}\N{latin small letter a}'"#,
            r#"'\N{foo}'"#,
            r#"'\N'"#,
            r#"'\N{'"#,
            r#"'\N{}'"#,
            r#"'\Nx'"#,
            r#"'a\N{DIGIT ONE}b\N{x}'"#,
            r#"'é\N{é}'"#,
            r#"'\N{ä'"#,
            r#"'\xä'"#,
            r#"'\ä'"#,
            r#"'\é\d'"#,
            r#"b'\x'"#,
            r#"b'\xg0'"#,
            r#"b'a\x4'"#,
            r#"b'ä'"#,
            r#"rb'ä'"#,
            r#"'日本\t語'"#,
            r#"'\u005c'"#,
            r#"'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'"#,
            r#"'''\
x'''"#,
            r#""\N{LATIN CAPITAL LETTER GHA}""#,
            r#"'\d\777'"#,
            r#"'\777\d'"#,
            r#"b'\x+f'"#,
            r#"'\ud800'"#,
            r#"'a\udcff\U0000DC80b'"#,
            r#"'\ud83d\ude00'"#,
            r#"u'\uDBFF\uDC00'"#,
            r#"r'\ud800'"#,
            r#"b'\ud800'"#,
        ];
        let tokens: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
        assert_matches_oracle(&tokens);
    }

    /// Python's `ascii()` of a decoded str: its repr with every non-ASCII character escaped.
    fn ascii(s: &PyStrBuf) -> String {
        crate::pyrepr::repr_pystr(s)
            .chars()
            .map(|c| match c as u32 {
                n if n < 0x80 => c.to_string(),
                n if n < 0x100 => format!("\\x{n:02x}"),
                n if n < 0x10000 => format!("\\u{n:04x}"),
                n => format!("\\U{n:08x}"),
            })
            .collect()
    }

    /// Escapes that give lone surrogates decode to exactly CPython's code points: `\u`, `\U`,
    /// mixed with other escapes and text, and a high+low pair kept as two code points.
    #[test]
    fn surrogate_escapes_match_oracle_ascii() {
        let tokens = [
            r"'\ud800'",
            r"'\uDFFF\udc00'",
            r"'\U0000d800x\U0000DCff'",
            r"'\ud83d\ude00'",
            r"'\ud83d\U0001F600\ude00'",
            r"'é\udca0\N{DIGIT ONE}\t\x80'",
            r"'\\ud800'",
            r"'\ud7ff\ue000\udbff\udc00'",
            r#""'\udead\"""#,
        ];
        let literals: Vec<String> = tokens.iter().map(|t| py_literal(t)).collect();
        let code = format!(
            "for src in [{}]:\n    print(ascii(eval(src)))",
            literals.join(", ")
        );
        let oracle = python(&code);
        assert_eq!(oracle.lines().count(), tokens.len());
        for (token, expected) in tokens.iter().zip(oracle.lines()) {
            let lit = parse_string_literal(token).unwrap();
            let Constant::Str(s) = &lit.value else {
                panic!("{token}: not a str")
            };
            assert_eq!(ascii(s), expected, "{token}");
        }
        let Constant::Str(pair) = parse_string_literal(r"'\ud83d\ude00'").unwrap().value else {
            panic!("not a str")
        };
        assert_eq!(pair.code_points().collect::<Vec<_>>(), [0xD83D, 0xDE00]);
    }

    #[test]
    fn number_literals_match_oracle() {
        let tokens = [
            "0",
            "00",
            "1_000",
            "0x_FF",
            "0XdeadBEEF",
            "0o777",
            "0O1_7",
            "0b1010",
            "0B_1",
            "1.5",
            "1.",
            ".5",
            "1e5",
            "1E-5",
            "1_0.0_1e1_0",
            "1e400",
            "2.5e-330",
            "1j",
            "1.5J",
            "0j",
            "1e5j",
            "1_0j",
            "123456789012345678901234567890123456789",
            "0.1",
            "1e16",
            "9007199254740993",
            "9007199254740993.0",
        ];
        let mut tokens: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
        tokens.push("1".repeat(4300));
        tokens.push("1".repeat(4301));
        tokens.push(
            format!("0x{}", "f".repeat(5000))
                .chars()
                .take(400)
                .collect(),
        );
        assert_matches_oracle(&tokens);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4))]
        #[test]
        fn float_text_parses_like_oracle(
            parts in proptest::collection::vec((0u64..10_000_000_000, 0u64..1_000_000_000_000u64, -340i32..340), 50)
        ) {
            let tokens: Vec<String> = parts.iter().map(|(int, frac, exp)| format!("{int}.{frac:012}e{exp}")).collect();
            assert_matches_oracle(&tokens);
        }
    }
}
