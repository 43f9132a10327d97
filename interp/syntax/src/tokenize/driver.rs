//! The line loop of `tokenize._tokenize`: continued strings, indentation, the pseudo-token loop and
//! the tokens at end of input, over lines read like a binary file's `readline` (split on `\n` only).

use super::scan::{self, Alt, EndPat};
use super::{TokInfo, TokenizeError, Tokenized};
use crate::TokenType;
use crate::encoding::{self, Codec, DecodeError};
use crate::unicode::is_xid_start;

/// `tokenize.tabsize`.
const TABSIZE: u32 = 8;

/// Where lines come from: text already decoded, or bytes decoded one line at a time (so that a line
/// that does not decode stops tokenization exactly where `line.decode(encoding)` raises).
pub(super) struct Lines<'a> {
    text: String,
    pos: usize,
    bytes: Option<(&'a [u8], Codec, &'a str)>,
}

impl<'a> Lines<'a> {
    pub(super) fn text(text: String) -> Self {
        Lines {
            text,
            pos: 0,
            bytes: None,
        }
    }

    pub(super) fn bytes(src: &'a [u8], codec: Codec, requested: &'a str) -> Self {
        Lines {
            text: String::with_capacity(src.len()),
            pos: 0,
            bytes: Some((src, codec, requested)),
        }
    }

    /// The next line as a byte range of `self.text`, empty (at the end) once input is exhausted.
    fn next(&mut self) -> Result<(usize, usize), DecodeError> {
        match self.bytes {
            None => {
                let start = self.pos;
                let rest = &self.text.as_bytes()[start..];
                let len = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
                self.pos += len;
                Ok((start, start + len))
            }
            Some((src, codec, requested)) => {
                let rest = &src[self.pos..];
                let len = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
                let start = self.text.len();
                encoding::decode_into(codec, requested, &rest[..len], &mut self.text)?;
                self.pos += len;
                Ok((start, self.text.len()))
            }
        }
    }
}

/// Column (code points) of byte offsets in one line, counting incrementally on non-ASCII lines.
struct Cols<'t> {
    line: &'t str,
    ascii: bool,
    byte: usize,
    col: usize,
}

impl<'t> Cols<'t> {
    fn new(line: &'t str) -> Self {
        Cols {
            line,
            ascii: line.is_ascii(),
            byte: 0,
            col: 0,
        }
    }

    fn at(&mut self, byte: usize) -> u32 {
        if self.ascii {
            return byte as u32;
        }
        if byte < self.byte {
            self.byte = 0;
            self.col = 0;
        }
        self.col += self.line[self.byte..byte].chars().count();
        self.byte = byte;
        self.col as u32
    }
}

/// A string that continues on later lines (`contstr`, `strstart`, `contline`, `endprog`).
#[derive(Clone, Copy)]
struct ContStr {
    /// Byte offset in the text where the string starts.
    start: usize,
    /// `strstart`.
    strstart: (u32, u32),
    /// Byte offset of `contline`'s first line.
    line_start: usize,
    endprog: EndPat,
}

/// The state of `_tokenize` between lines.
struct State {
    tokens: Vec<TokInfo>,
    lnum: u32,
    parenlev: i64,
    continued: bool,
    contstr: Option<ContStr>,
    /// `needcont`: set by a single-quoted string continued with a backslash and cleared only when a
    /// continued string closes. A triple-quoted string leaves it alone, so after an unterminated
    /// single-quoted string a later triple-quoted one inherits it, as in `tokenize.py`.
    needcont: bool,
    indents: Vec<u32>,
}

/// Why the line loop stopped.
enum Stop {
    /// End of input: emit the final NEWLINE/DEDENT/ENDMARKER.
    Eof,
    Error(TokenizeError),
}

fn r32(a: usize, b: usize) -> (u32, u32) {
    (a as u32, b as u32)
}

impl State {
    fn push(
        &mut self,
        kind: TokenType,
        exact: TokenType,
        s: (usize, usize),
        pos: [(u32, u32); 2],
        line: (usize, usize),
    ) {
        self.tokens.push(TokInfo {
            kind,
            exact,
            start: pos[0],
            end: pos[1],
            string_range: r32(s.0, s.1),
            line_range: r32(line.0, line.1),
        });
    }
}

/// Runs `_tokenize` over `lines`; `with_encoding` adds the leading ENCODING token.
pub(super) fn run(mut lines: Lines<'_>, with_encoding: bool) -> Tokenized {
    let mut st = State {
        tokens: Vec::with_capacity(lines.text.len() / 4 + 8),
        lnum: 0,
        parenlev: 0,
        continued: false,
        contstr: None,
        needcont: false,
        indents: vec![0],
    };
    if with_encoding {
        st.push(
            TokenType::ENCODING,
            TokenType::ENCODING,
            (0, 0),
            [(0, 0), (0, 0)],
            (0, 0),
        );
    }
    let mut line = (0, 0);
    let mut last_line;
    let stop = loop {
        last_line = line;
        line = match lines.next() {
            Ok(r) => r,
            Err(e) => break Stop::Error(TokenizeError::Decode(e)),
        };
        st.lnum += 1;
        match one_line(&mut st, &lines.text, line) {
            Ok(true) => {}
            Ok(false) => break Stop::Eof,
            Err(e) => break Stop::Error(e),
        }
    };
    let error = match stop {
        Stop::Error(e) => Some(e),
        Stop::Eof => {
            finish(&mut st, &lines.text, last_line);
            None
        }
    };
    Tokenized {
        encoding: None,
        tokens: st.tokens,
        error,
        text: lines.text,
    }
}

/// The tokens after the last line: the implicit NEWLINE, the DEDENTs and ENDMARKER.
fn finish(st: &mut State, text: &str, last_line: (usize, usize)) {
    let last = &text[last_line.0..last_line.1];
    let end = text.len();
    if let Some(c) = last.chars().next_back() {
        let comment = last
            .trim_start_matches(crate::unicode::is_space)
            .starts_with('#');
        if c != '\r' && c != '\n' && !comment {
            let n = last.chars().count() as u32;
            let row = st.lnum - 1;
            st.push(
                TokenType::NEWLINE,
                TokenType::NEWLINE,
                (end, end),
                [(row, n), (row, n + 1)],
                (end, end),
            );
        }
    }
    let at = (st.lnum, 0);
    for _ in 1..st.indents.len() {
        st.push(
            TokenType::DEDENT,
            TokenType::DEDENT,
            (end, end),
            [at, at],
            (end, end),
        );
    }
    st.push(
        TokenType::ENDMARKER,
        TokenType::ENDMARKER,
        (end, end),
        [at, at],
        (end, end),
    );
}

/// One iteration of the line loop; `Ok(false)` when `_tokenize` breaks out of it.
fn one_line(st: &mut State, text: &str, (ls, le): (usize, usize)) -> Result<bool, TokenizeError> {
    let line = &text[ls..le];
    let b = line.as_bytes();
    let lnum = st.lnum;
    let mut cols = Cols::new(line);
    let mut pos = 0;
    if let Some(cs) = st.contstr {
        if line.is_empty() {
            return Err(TokenizeError::Token {
                msg: "EOF in multi-line string",
                pos: cs.strstart,
            });
        }
        match cs.endprog.matches(b, 0) {
            Some(end) => {
                pos = end;
                let at = (lnum, cols.at(end));
                st.push(
                    TokenType::STRING,
                    TokenType::STRING,
                    (cs.start, ls + end),
                    [cs.strstart, at],
                    (cs.line_start, le),
                );
                st.contstr = None;
                st.needcont = false;
            }
            None if st.needcont && !line.ends_with("\\\n") && !line.ends_with("\\\r\n") => {
                let at = (lnum, cols.at(b.len()));
                st.push(
                    TokenType::ERRORTOKEN,
                    TokenType::ERRORTOKEN,
                    (cs.start, le),
                    [cs.strstart, at],
                    (cs.line_start, ls),
                );
                st.contstr = None;
                return Ok(true);
            }
            None => return Ok(true),
        }
    } else if st.parenlev == 0 && !st.continued {
        if line.is_empty() {
            return Ok(false);
        }
        let mut column = 0u32;
        while pos < b.len() {
            match b[pos] {
                b' ' => column += 1,
                b'\t' => column = (column / TABSIZE + 1) * TABSIZE,
                b'\x0c' => column = 0,
                _ => break,
            }
            pos += 1;
        }
        if pos == b.len() {
            return Ok(false);
        }
        if matches!(b[pos], b'#' | b'\r' | b'\n') {
            if b[pos] == b'#' {
                let comment = line[pos..].trim_end_matches(['\r', '\n']);
                let end = pos + comment.len();
                let span = [(lnum, cols.at(pos)), (lnum, cols.at(end))];
                st.push(
                    TokenType::COMMENT,
                    TokenType::COMMENT,
                    (ls + pos, ls + end),
                    span,
                    (ls, le),
                );
                pos = end;
            }
            let span = [(lnum, cols.at(pos)), (lnum, cols.at(b.len()))];
            st.push(TokenType::NL, TokenType::NL, (ls + pos, le), span, (ls, le));
            return Ok(true);
        }
        indentation(st, text, (ls, le), pos, column)?;
    } else {
        if line.is_empty() {
            return Err(TokenizeError::Token {
                msg: "EOF in multi-line statement",
                pos: (lnum, 0),
            });
        }
        st.continued = false;
    }
    tokens_of_line(st, text, (ls, le), pos, &mut cols);
    Ok(true)
}

/// INDENT/DEDENT for a new logical line whose first token is at `pos` (ASCII whitespace before it).
fn indentation(
    st: &mut State,
    text: &str,
    (ls, le): (usize, usize),
    pos: usize,
    column: u32,
) -> Result<(), TokenizeError> {
    let lnum = st.lnum;
    let p = pos as u32;
    if column > *st.indents.last().unwrap_or(&0) {
        st.indents.push(column);
        st.push(
            TokenType::INDENT,
            TokenType::INDENT,
            (ls, ls + pos),
            [(lnum, 0), (lnum, p)],
            (ls, le),
        );
    }
    while column < *st.indents.last().unwrap_or(&0) {
        if !st.indents.contains(&column) {
            return Err(TokenizeError::Indentation {
                msg: "unindent does not match any outer indentation level",
                row: lnum,
                col: p,
                line: text[ls..le].to_string(),
            });
        }
        st.indents.pop();
        st.push(
            TokenType::DEDENT,
            TokenType::DEDENT,
            (ls + pos, ls + pos),
            [(lnum, p), (lnum, p)],
            (ls, le),
        );
    }
    Ok(())
}

/// The `while pos < max` loop: pseudo-tokens from `pos` to the end of the line.
fn tokens_of_line(
    st: &mut State,
    text: &str,
    (ls, le): (usize, usize),
    mut pos: usize,
    cols: &mut Cols<'_>,
) {
    let line = &text[ls..le];
    let b = line.as_bytes();
    let lnum = st.lnum;
    let whole = (ls, le);
    while pos < b.len() {
        let Some((start, end, alt)) = scan::pseudo_token(line, pos) else {
            // No match: the character at `pos` (often the whitespace before the culprit).
            let w = line[pos..].chars().next().map_or(1, char::len_utf8);
            let span = [(lnum, cols.at(pos)), (lnum, cols.at(pos + w))];
            let s = (ls + pos, ls + pos + w);
            st.push(TokenType::ERRORTOKEN, TokenType::ERRORTOKEN, s, span, whole);
            pos += w;
            continue;
        };
        pos = end;
        let span = [(lnum, cols.at(start)), (lnum, cols.at(end))];
        let s = (ls + start, ls + end);
        // The branches of `_tokenize`'s if-chain, keyed by the alternative that matched.
        let kind = match alt {
            Alt::End => continue,
            Alt::Number => TokenType::NUMBER,
            Alt::Newline if st.parenlev > 0 => TokenType::NL,
            Alt::Newline => TokenType::NEWLINE,
            Alt::Comment => TokenType::COMMENT,
            Alt::Triple(quote) => {
                let endprog = EndPat {
                    quote,
                    triple: true,
                };
                let Some(close) = endprog.matches(b, end) else {
                    st.contstr = Some(ContStr {
                        start: ls + start,
                        strstart: span[0],
                        line_start: ls,
                        endprog,
                    });
                    break;
                };
                pos = close;
                let span = [span[0], (lnum, cols.at(close))];
                let s = (ls + start, ls + close);
                st.push(TokenType::STRING, TokenType::STRING, s, span, whole);
                continue;
            }
            Alt::ContStr(quote) if b[end - 1] == b'\n' => {
                st.contstr = Some(ContStr {
                    start: ls + start,
                    strstart: span[0],
                    line_start: ls,
                    endprog: EndPat {
                        quote,
                        triple: false,
                    },
                });
                st.needcont = true;
                break;
            }
            Alt::ContStr(_) => TokenType::STRING,
            // `initial.isidentifier()`; otherwise (`²`, `١`...) the token falls through to OP.
            Alt::Name if b[start].is_ascii_alphabetic() || b[start] == b'_' => TokenType::NAME,
            Alt::Name
                if !b[start].is_ascii()
                    && line[start..].chars().next().is_some_and(is_xid_start) =>
            {
                TokenType::NAME
            }
            Alt::Name => {
                st.push(TokenType::OP, TokenType::OP, s, span, whole);
                continue;
            }
            Alt::Continuation => {
                st.continued = true;
                continue;
            }
            Alt::Op(exact) => {
                match b[start] {
                    b'(' | b'[' | b'{' => st.parenlev += 1,
                    b')' | b']' | b'}' => st.parenlev -= 1,
                    _ => {}
                }
                st.push(TokenType::OP, exact, s, span, whole);
                continue;
            }
        };
        st.push(kind, kind, s, span, whole);
    }
}
