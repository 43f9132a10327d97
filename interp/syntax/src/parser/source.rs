//! Source text for the parser: bytes decoded as CPython's tokenizer decodes them (PEP 263 cookie,
//! UTF-8 BOM, default UTF-8), with CPython's errors for undecodable or mis-declared source.
//!
//! Two front doors, because CPython has two decoders with different rules and messages:
//! [`parse_bytes`] is `compile(bytes)`/`ast.parse(bytes)` (`decode_str` in `Parser/tokenizer.c`:
//! the whole buffer is translated at once, undeclared UTF-8 is *not* validated up front, so a bad
//! byte only fails where a literal or identifier is decoded), and [`parse_file`] is `python3 FILE`
//! (`tok_underflow_file`: every line is checked by `ensure_utf8`).

use std::borrow::Cow;

use super::{Mode, ParseError, ParseOptions, Parsed, SyntaxError, byte_to_char_offset, parse_full};
use crate::ast::Mod;
use crate::encoding::{self, DecodeError};
use crate::lexer::{ErrorClass, LexMode, Lexer, LineIndex};
use crate::token::TokenType;

/// `ast.parse(source_bytes, filename, mode)`: decodes like CPython's string tokenizer and parses.
///
/// `opts.char_offsets` is decided here: CPython reports error columns in characters only when the
/// tokenizer knows an encoding (`tok->encoding`, set by a BOM or a cookie), in bytes otherwise.
/// `filename` is accepted for symmetry with `compile()`; CPython's messages for string input do not
/// contain it.
pub fn parse_bytes(
    source: &[u8],
    mode: Mode,
    opts: ParseOptions,
    filename: &str,
) -> Result<Mod, ParseError> {
    parse_bytes_full(source, mode, opts, filename).result
}

/// [`parse_bytes`], with the warnings issued while parsing.
pub fn parse_bytes_full(source: &[u8], mode: Mode, opts: ParseOptions, _filename: &str) -> Parsed {
    let failed = |e: ParseError| Parsed {
        result: Err(e),
        warnings: Vec::new(),
        tokenizer_error: false,
    };
    // `_Py_SourceAsString` rejects NUL before the tokenizer exists: no location at all.
    if source.contains(&0) {
        return failed(bare_error("source code string cannot contain null bytes"));
    }
    let exec_input = mode == Mode::Exec;
    let mut text = translate_newlines(source);
    // CPython's translation gives exec input ending in `\r\n` one more empty line (see
    // `translate_str_newlines`); the rest of the final newline handling is the parser's.
    if exec_input && source.ends_with(b"\r\n") {
        text.to_mut().push(b'\n');
    }
    let (bom, body) = match text.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    let spec = coding_spec_of_str(body, exec_input);
    let mut opts = opts;
    opts.char_offsets = bom || spec.is_some();
    match spec.as_deref() {
        Some(cs) if bom && cs != "utf-8" => {
            failed(init_error(format!("encoding problem: {cs} with BOM")))
        }
        // `check_coding_spec` only installs a decoder for names other than exactly "utf-8"
        // (after `get_normal_name`); "utf8" therefore goes through the codec and is validated.
        Some(cs) if cs != "utf-8" => match decode_whole(body, cs) {
            Ok(decoded) => parse_full(&decoded, mode, opts),
            Err(e) => failed(init_error(e)),
        },
        _ => match std::str::from_utf8(body) {
            Ok(s) => parse_full(s, mode, opts),
            Err(_) => Parsed {
                result: parse_undeclared_invalid(body, mode, opts),
                warnings: Vec::new(),
                tokenizer_error: false,
            },
        },
    }
}

/// `compile(str)`, `exec(str)`, `ast.parse(str)`: the text is UTF-8 already (`PyCF_IGNORE_COOKIE`,
/// `_PyTokenizer_FromUTF8`), so a coding cookie is not read, and the tokenizer's encoding is
/// "utf-8", which makes error columns count characters. A BOM is an ordinary (invalid) character.
pub fn parse_str_full(source: &str, mode: Mode, opts: ParseOptions) -> Parsed {
    // `_Py_SourceAsString` rejects NUL before the tokenizer exists: no location at all.
    if source.contains('\0') {
        return Parsed {
            result: Err(bare_error("source code string cannot contain null bytes")),
            warnings: Vec::new(),
            tokenizer_error: false,
        };
    }
    let opts = ParseOptions {
        char_offsets: true,
        ..opts
    };
    super::parse_full(source, mode, opts)
}

/// `python3 FILE`: decodes like CPython's file tokenizer and parses (`filename` appears in the
/// "Non-UTF-8 code" message). Error columns follow the same rule as [`parse_bytes`]: bytes unless
/// a BOM or a cookie gave the tokenizer an encoding.
pub fn parse_file(source: &[u8], filename: &str, opts: ParseOptions) -> Result<Mod, ParseError> {
    parse_file_full(source, filename, opts).result
}

/// [`parse_file`], with the warnings issued while parsing.
pub fn parse_file_full(source: &[u8], filename: &str, opts: ParseOptions) -> Parsed {
    let opts = ParseOptions {
        file_input: true,
        ..opts
    };
    match decode_file(source, filename, opts) {
        Ok((decoded, opts)) => super::parse_translated(&decoded, Mode::Exec, opts),
        Err(e) => Parsed {
            result: Err(e),
            warnings: Vec::new(),
            tokenizer_error: false,
        },
    }
}

/// The file tokenizer's decoding: the text (with universal newlines) and the options to parse it
/// with, or the error CPython raises before parsing.
fn decode_file(
    source: &[u8],
    filename: &str,
    opts: ParseOptions,
) -> Result<(String, ParseOptions), ParseError> {
    let text = translate_newlines(source);
    let (bom, body) = match text.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    let spec = coding_spec_of_str(body, true);
    let mut opts = opts;
    opts.char_offsets = bom || spec.is_some();
    let decoded = match spec.as_deref() {
        Some(cs) if bom && cs != "utf-8" => {
            return Err(bare_error(&format!("encoding problem: {cs} with BOM")));
        }
        // `fp_setreadl` imports the codec; a failed lookup is reported as "encoding problem".
        Some(cs) if cs != "utf-8" => match encoding::lookup(cs) {
            None => return Err(bare_error(&format!("encoding problem: {cs}"))),
            Some(_) => decode_whole(body, cs).map_err(|m| bare_error(&m))?,
        },
        _ => match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => return Err(non_utf8_error(body, e.valid_up_to(), filename)),
        },
    };
    // The file reader stops at NUL with this message at column 0 of the line that holds it; the
    // line's text ends at the NUL (it went through a C string).
    if let Some(at) = decoded.find('\0') {
        let line_start = decoded[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = 1 + decoded[..at].matches('\n').count();
        let line = i64::try_from(line).unwrap_or(i64::MAX);
        return Err(ParseError::Syntax(SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            lineno: Some(line),
            offset: Some(0),
            end_lineno: Some(line),
            end_offset: Some(0),
            text: Some(decoded[line_start..at].to_string()),
        }));
    }
    // A file is read with universal newlines (`Py_UniversalNewlineFgets`): `\r\n` and `\r`
    // become `\n`, without the extra line the string tokenizer adds (see `translate_newlines`).
    let decoded = decoded.replace("\r\n", "\n").replace('\r', "\n");
    Ok((decoded, opts))
}

/// `ensure_utf8`: "Non-UTF-8 code starting with '\xNN' in file F on line N, but no encoding
/// declared; ..." for the first line that is not valid UTF-8.
fn non_utf8_error(body: &[u8], bad: usize, filename: &str) -> ParseError {
    let line = 1 + body[..bad].iter().filter(|&&b| b == b'\n').count();
    bare_error(&format!(
        "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
         encoding declared; see https://peps.python.org/pep-0263/ for details",
        body[bad]
    ))
}

/// A `SyntaxError` with every location attribute None.
fn bare_error(msg: &str) -> ParseError {
    ParseError::Syntax(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: msg.to_string(),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    })
}

/// `_PyPegen_raise_tokenizer_init_error`: `SyntaxError(str(exc), (filename, 0, -1, None))`.
fn init_error(msg: String) -> ParseError {
    ParseError::Syntax(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg,
        lineno: Some(0),
        offset: Some(-1),
        end_lineno: None,
        end_offset: None,
        text: None,
    })
}

/// `translate_newlines` without the final newline it appends for exec input (the parser adds its
/// own): `\r\n` and lone `\r` become `\n`.
fn translate_newlines(source: &[u8]) -> Cow<'_, [u8]> {
    // Most sources hold no `\r` at all: they are used as they are, without a copy.
    let Some(first) = memchr::memchr(b'\r', source) else {
        return Cow::Borrowed(source);
    };
    let mut out = Vec::with_capacity(source.len());
    out.extend_from_slice(&source[..first]);
    let mut i = first;
    while i < source.len() {
        match source[i] {
            b'\r' => {
                out.push(b'\n');
                if source.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    Cow::Owned(out)
}

/// `decode_str`'s cookie search: line 1, and line 2 only while line 1 held nothing but blanks or
/// a comment. A line counts only if a `\n` ends it (exec input has one appended).
fn coding_spec_of_str(body: &[u8], exec_input: bool) -> Option<String> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(b"");
    let complete = |l: &[u8], last: bool| l.ends_with(b"\n") || (last && exec_input);
    let first_is_last = first.len() == body.len();
    if !complete(first, first_is_last) {
        return None;
    }
    let first = first.strip_suffix(b"\n").unwrap_or(first);
    let (spec, seek_on) = check_coding_spec(first);
    if spec.is_some() || !seek_on {
        return spec;
    }
    let second = lines.next()?;
    let second_is_last = first.len() + 1 + second.len() == body.len();
    if !complete(second, second_is_last) {
        return None;
    }
    check_coding_spec(second.strip_suffix(b"\n").unwrap_or(second)).0
}

/// `check_coding_spec` + `get_coding_spec` on one line (without its `\n`): the normalised spec,
/// and whether the search may go on to the next line (`STATE_SEEK_CODING` kept).
fn check_coding_spec(line: &[u8]) -> (Option<String>, bool) {
    let size = line.len();
    let mut i = 0;
    // The comment must be the only thing on the line; the C loop looks at `size - 6` bytes only.
    while i + 6 < size {
        if line[i] == b'#' {
            break;
        }
        if !matches!(line[i], b' ' | b'\t' | b'\x0c') {
            return (None, false);
        }
        i += 1;
    }
    while i + 6 < size {
        if &line[i..i + 6] == b"coding" && matches!(line.get(i + 6), Some(b':' | b'=')) {
            let mut t = i + 7;
            while matches!(line.get(t), Some(b' ' | b'\t')) {
                t += 1;
            }
            let begin = t;
            while line
                .get(t)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            {
                t += 1;
            }
            if begin < t {
                let raw = String::from_utf8_lossy(&line[begin..t]).into_owned();
                return (Some(get_normal_name(&raw)), false);
            }
        }
        i += 1;
    }
    let seek_on = line
        .iter()
        .take_while(|&&b| !matches!(b, b'#' | b'\n' | b'\r'))
        .all(|&b| matches!(b, b' ' | b'\t' | b'\x0c'));
    (None, seek_on)
}

/// The C tokenizer's `get_normal_name`: compares a lower-cased, `_`→`-` copy of at most 12
/// characters, but returns the original spelling when it is neither UTF-8 nor Latin-1.
fn get_normal_name(s: &str) -> String {
    let buf: String = s
        .bytes()
        .take(12)
        .map(|b| {
            if b == b'_' {
                '-'
            } else {
                char::from(b.to_ascii_lowercase())
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin.contains(&buf.as_str()) || latin.iter().any(|l| buf.starts_with(&format!("{l}-"))) {
        return "iso-8859-1".into();
    }
    s.to_string()
}

/// `translate_into_utf8`: `PyUnicode_Decode(str, enc)` of the whole (newline-translated) buffer;
/// `Err` is `str(exc)`.
fn decode_whole(body: &[u8], cs: &str) -> Result<String, String> {
    let codec = encoding::lookup(cs).ok_or_else(|| format!("unknown encoding: {cs}"))?;
    let mut out = String::with_capacity(body.len());
    encoding::decode_into(codec, cs, body, &mut out).map_err(|e: DecodeError| e.message())?;
    Ok(out)
}

/// Undeclared (or BOM/`utf-8`-declared) source that is not valid UTF-8. CPython hands the raw
/// bytes to the tokenizer: bytes in comments pass unnoticed, an identifier holding one fails when
/// the tokenizer produces it (see [`super::core::BadName`]), and a string holding one fails when
/// the parser's action decodes it. krait parses a copy whose bad bytes are replaced by `x` (same
/// length, and like CPython's tokenizer an identifier character, so tokens and columns stay put)
/// and tells the parser which identifier is bad; for a bad string, the decoding error wins when
/// the parser's error does not lie wholly before the string.
fn parse_undeclared_invalid(
    body: &[u8],
    mode: Mode,
    opts: ParseOptions,
) -> Result<Mod, ParseError> {
    let (clean, bad) = sanitize(body);
    let clean = String::from_utf8(clean).unwrap_or_default();
    let (bad_name, bad_string) = find_triggers(body, &clean, &bad, mode, opts);
    let name_at = bad_name.as_ref().map(|b| b.at);
    let parsed = super::parse_with_bad_name(&clean, body, mode, opts, bad_name).result;
    let Some((string_at, at, decode_error)) = bad_string else {
        return parsed;
    };
    // A bad identifier before the bad string decides on its own (the parser met it first).
    if name_at.is_some_and(|n| n < string_at) {
        return parsed;
    }
    // The string's error comes from the `strings` action; a syntax error whose whole span lies
    // before the string was found without reaching it.
    let before = |e: &SyntaxError| {
        let end = match (e.end_lineno, e.end_offset) {
            (Some(l), Some(o)) if o > 0 => Some((l, o)),
            _ => e.lineno.zip(e.offset),
        };
        end.is_some_and(|end| end <= at)
    };
    match parsed {
        Err(ParseError::Syntax(e)) if before(&e) => Err(ParseError::Syntax(e)),
        Err(e @ (ParseError::Memory | ParseError::UnicodeDecode(_))) => Err(e),
        _ => Err(ParseError::Syntax(decode_error)),
    }
}

/// `body` with every byte of an invalid UTF-8 sequence replaced by `x`, and those byte ranges.
fn sanitize(body: &[u8]) -> (Vec<u8>, Vec<(usize, usize)>) {
    let mut out = body.to_vec();
    let mut bad = Vec::new();
    let mut i = 0;
    while i < body.len() {
        match std::str::from_utf8(&body[i..]) {
            Ok(_) => break,
            Err(e) => {
                let start = i + e.valid_up_to();
                let end = e.error_len().map_or(body.len(), |n| start + n);
                out[start..end].fill(b'x');
                bad.push((start, end));
                i = end;
            }
        }
    }
    (out, bad)
}

/// Where a string holding a bad byte starts (its byte offset, and (line, 1-based offset in the
/// error's units)), and the `SyntaxError` its decoding raises.
type BadString = (u32, (i64, i64), SyntaxError);

/// The first identifier and the first string that hold a bad byte: the identifier as a
/// [`BadName`](super::core::BadName), the string as (its byte offset, where it starts as (line,
/// 1-based offset in the error's units), the `SyntaxError` its decoding raises).
fn find_triggers(
    raw: &[u8],
    clean: &str,
    bad: &[(usize, usize)],
    mode: Mode,
    opts: ParseOptions,
) -> (Option<super::core::BadName>, Option<BadString>) {
    let index = LineIndex::new(clean);
    let mut lexer = Lexer::with_raw_bytes(clean, raw, LexMode::default());
    let mut toks = Vec::new();
    while let Ok(t) = lexer.next_token() {
        toks.push(t);
        if t.kind == TokenType::ENDMARKER {
            break;
        }
    }
    let bad_in = |s: u32, e: u32| {
        bad.iter()
            .map(|&(b, _)| b)
            .find(|&b| (s as usize..e as usize).contains(&b))
    };
    let loc = Locator {
        raw,
        index: &index,
        char_offsets: opts.char_offsets,
        // `translate_newlines` ends the tokenizer's buffer with a line break for `exec` input.
        final_newline: mode == Mode::Exec || opts.file_input,
    };
    let name = toks.iter().find_map(|t| {
        let at = bad_in(t.start, t.end).filter(|_| t.kind == TokenType::NAME)?;
        let fetch_error = identifier_error(raw, t.start as usize, &loc);
        let decode_message = fetch_error
            .msg
            .strip_prefix("(unicode error) ")
            .unwrap_or(&fetch_error.msg)
            .to_string();
        Some(super::core::BadName {
            at: at as u32,
            fetch_error,
            decode_message,
        })
    });
    let string = toks.iter().enumerate().find_map(|(i, t)| {
        bad_in(t.start, t.end).filter(|_| t.kind == TokenType::STRING)?;
        let (line, col) = index.line_col(t.start);
        let start = (i64::from(line), loc.offset(line, col));
        Some((t.start, start, string_error(raw, &toks, i, &loc)))
    });
    (name, string)
}

/// Turns byte columns into the 1-based offsets CPython reports.
struct Locator<'a> {
    raw: &'a [u8],
    index: &'a LineIndex,
    char_offsets: bool,
    /// A last line without a break reads as ending in one.
    final_newline: bool,
}

impl Locator<'_> {
    /// The raw bytes of line `line`, its break included.
    fn raw_line(&self, line: u32) -> &[u8] {
        let start = (self.index.line_start(line).unwrap_or(0) as usize).min(self.raw.len());
        let end = self.raw[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.raw.len(), |p| start + p + 1);
        &self.raw[start..end]
    }

    /// Line `line` with its break, decoded with replacement: the error line CPython shows for
    /// a raised error (the tokenizer's buffer, or the file's line, both decoded with
    /// "replace").
    fn line_text(&self, line: u32) -> String {
        let mut text = String::from_utf8_lossy(self.raw_line(line)).into_owned();
        if self.final_newline && !text.ends_with('\n') {
            text.push('\n');
        }
        text
    }

    /// `col` is already what CPython passes on (0-based for the `t->col_offset == -1` path, or
    /// `col + 1`): converted to characters over the line decoded with replacement when CPython
    /// knows the encoding.
    fn offset(&self, line: u32, col: u32) -> i64 {
        if !self.char_offsets {
            return i64::from(col);
        }
        let text = String::from_utf8_lossy(self.raw_line(line));
        byte_to_char_offset(&text, i64::from(col))
    }
}

/// `verify_identifier` failing with `E_DECODE`: the error token has no start, so the column is
/// the tokenizer's cursor (the end of the identifier run, unshifted) and `end_offset` is -1.
fn identifier_error(raw: &[u8], start: usize, loc: &Locator<'_>) -> SyntaxError {
    let end = start
        + raw[start..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
            .count();
    let (line, col) = loc.index.line_col(u32::try_from(end).unwrap_or(u32::MAX));
    SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: unicode_error(&raw[start..end]),
        lineno: Some(i64::from(line)),
        offset: Some(loc.offset(line, col)),
        end_lineno: Some(i64::from(line)),
        end_offset: Some(-1),
        text: Some(loc.line_text(line)),
    }
}

/// "(unicode error) " and the UTF-8 decoder's message for `bytes`.
fn unicode_error(bytes: &[u8]) -> String {
    let utf8 = encoding::lookup("utf-8").expect("utf-8 is always known");
    let mut sink = String::new();
    match encoding::decode_into(utf8, "utf-8", bytes, &mut sink) {
        Err(e) => format!("(unicode error) {}", e.message()),
        Ok(()) => "(unicode error)".to_string(),
    }
}

/// A string literal that does not decode. Bytes literals fail first on any non-ASCII byte, at
/// the literal itself; text literals fail in the `strings` action, which runs after the parser
/// has looked one token past the run of STRING tokens, and `RAISE_SYNTAX_ERROR` points there.
fn string_error(
    raw: &[u8],
    toks: &[crate::lexer::Token],
    i: usize,
    loc: &Locator<'_>,
) -> SyntaxError {
    let t = toks[i];
    let text = &raw[t.start as usize..t.end as usize];
    let prefix_len = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let span = |a: u32, b: u32, newline: bool| {
        let (l1, c1) = loc.index.line_col(a);
        let (l2, c2) = if newline {
            (l1, c1)
        } else {
            loc.index.line_col(b)
        };
        (l1, loc.offset(l1, c1 + 1), l2, loc.offset(l2, c2 + 1))
    };
    let (msg, (l1, o1, l2, o2)) = if prefix.contains(&b'b') {
        let msg = "bytes can only contain ASCII literal characters".to_string();
        (msg, span(t.start, t.end, false))
    } else {
        let after = toks[i..]
            .iter()
            .find(|t| t.kind != TokenType::STRING)
            .copied()
            .unwrap_or(t);
        let newline = after.kind == TokenType::NEWLINE;
        (
            string_body_error(&text[prefix_len..], &prefix),
            span(after.start, after.end, newline),
        )
    };
    SyntaxError {
        class: ErrorClass::SyntaxError,
        msg,
        lineno: Some(i64::from(l1)),
        offset: Some(o1),
        end_lineno: Some(i64::from(l2)),
        end_offset: Some(o2),
        text: Some(loc.line_text(l1)),
    }
}

/// The message of a text literal's failed decoding (`_PyPegen_parsestr`): raw literals and
/// literals without a backslash decode the whole body; others decode each run of non-ASCII bytes
/// on its own (`decode_unicode_with_escapes`), so positions count from the run.
fn string_body_error(quoted: &[u8], prefix: &[u8]) -> String {
    let q = if quoted.starts_with(b"'''") || quoted.starts_with(b"\"\"\"") {
        3
    } else {
        1
    };
    let body = if quoted.len() >= 2 * q {
        &quoted[q..quoted.len() - q]
    } else {
        &quoted[q.min(quoted.len())..]
    };
    if prefix.contains(&b'r') || !body.contains(&b'\\') {
        return unicode_error(body);
    }
    let mut i = 0;
    while i < body.len() {
        if body[i] & 0x80 != 0 {
            let run = body[i..].iter().take_while(|&&b| b & 0x80 != 0).count();
            if std::str::from_utf8(&body[i..i + run]).is_err() {
                return unicode_error(&body[i..i + run]);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    unicode_error(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &[u8]) -> SyntaxError {
        match parse_bytes(src, Mode::Exec, ParseOptions::default(), "<unknown>") {
            Err(ParseError::Syntax(e)) => e,
            other => panic!("expected a SyntaxError, got {other:?}"),
        }
    }

    fn loc(e: &SyntaxError) -> (Option<i64>, Option<i64>, Option<i64>, Option<i64>) {
        (e.lineno, e.offset, e.end_lineno, e.end_offset)
    }

    #[test]
    fn init_errors_have_cpythons_dummy_location() {
        let e = err(b"# coding: klingon\nx = 1\n");
        assert_eq!(e.msg, "unknown encoding: klingon");
        assert_eq!(loc(&e), (Some(0), Some(-1), None, None));
        let e = err(b"\xef\xbb\xbf# coding: latin-1\n");
        assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
        let e = err(b"# coding: ascii\nx = '\xc3\xa9'\n");
        assert_eq!(
            e.msg,
            "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)"
        );
        assert_eq!(err(b"x = 1\x00\n").lineno, None);
    }

    #[test]
    fn cookie_search_follows_the_c_tokenizer() {
        assert_eq!(
            coding_spec_of_str(b"#!x\n# coding: latin-1\n", true).as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(coding_spec_of_str(b"x=1\n# coding: latin-1\n", true), None);
        assert_eq!(
            coding_spec_of_str(b"# coding: utf8", true).as_deref(),
            Some("utf8")
        );
        assert_eq!(coding_spec_of_str(b"# coding: utf8", false), None);
        assert_eq!(coding_spec_of_str(b"\n\n# coding: klingon\n", true), None);
    }

    #[test]
    fn undeclared_bad_bytes_fail_where_decoded() {
        let e = err(b"f(\xff)\n");
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(loc(&e), (Some(1), Some(3), Some(1), Some(-1)));
        let e = err(b"\xe9 + (1,]\n");
        assert!(e.msg.ends_with("unexpected end of data"));
        assert_eq!(loc(&e), (Some(1), Some(1), Some(1), Some(-1)));
        let e = err(b"f('a\x80b' + 1)\n");
        assert!(e.msg.contains("position 1"));
        assert_eq!(loc(&e), (Some(1), Some(9), Some(1), Some(10)));
        let e = err(b"'\xc3'\n");
        assert_eq!(loc(&e), (Some(1), Some(4), Some(1), Some(4)));
        let e = err(b"\xef\xbb\xbf'\xff'\n");
        assert_eq!(loc(&e), (Some(1), Some(2), Some(1), Some(2)));
        let e = err(b"'a\\n\xe9\xff'\n");
        assert!(
            e.msg
                .contains("byte 0xe9 in position 0: invalid continuation byte")
        );
        let e = err(b"b'a\x80b'\n");
        assert_eq!(e.msg, "bytes can only contain ASCII literal characters");
        assert_eq!(loc(&e), (Some(1), Some(1), Some(1), Some(7)));
    }
}

/// `translate_newlines` of `Parser/tokenizer.c`, applied to string input: `\r\n` and `\r` become
/// `\n`, and exec input gets a final `\n` when the text does not end with one. CPython's loop
/// leaves its "last character" variable at NUL when the input ends in `\r\n`, so such input gets
/// an extra empty line (which shows in "detected at line N" of unterminated strings).
pub fn translate_str_newlines(src: &str, exec_input: bool) -> std::borrow::Cow<'_, str> {
    if !src.contains('\r') && (!exec_input || src.ends_with('\n')) {
        return std::borrow::Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len() + 2);
    let mut chars = src.chars().peekable();
    let mut last = '\0';
    while let Some(c) = chars.next() {
        if c == '\r' {
            out.push('\n');
            last = '\n';
            if chars.peek() == Some(&'\n') {
                chars.next();
                // CPython reads the character after the `\n` into its "last" variable: at the
                // end of the input that is the terminating NUL.
                last = if chars.peek().is_some() { '\n' } else { '\0' };
            }
        } else {
            out.push(c);
            last = c;
        }
    }
    if exec_input && last != '\n' {
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod newline_tests {
    use super::translate_str_newlines;

    #[test]
    fn translation_follows_cpython() {
        assert_eq!(translate_str_newlines("a\r\nb", true), "a\nb\n");
        assert_eq!(translate_str_newlines("a\r\nb\r\n", true), "a\nb\n\n");
        assert_eq!(translate_str_newlines("a\rb\r", true), "a\nb\n");
        assert_eq!(translate_str_newlines("a\n", true), "a\n");
        assert_eq!(translate_str_newlines("a", false), "a");
        assert_eq!(translate_str_newlines("a\r\n", false), "a\n");
    }
}
