//! `strings: STRING+`: implicit concatenation of string and bytes literals and f-strings
//! (`_PyPegen_concatenate_strings` of CPython 3.11 and the non-f-string half of
//! `Parser/string_parser.c`); f-strings themselves are in [`super::fstrings`].

use std::borrow::Cow;

use super::core::{ParseWarning, Parser, Rule, Tok};
use super::error::ParseError;
use crate::ast::literal::{LiteralWarning, decode_bytes, decode_str, split_string_token};
use crate::ast::{Constant, Expr, ExprKind, Range};
use crate::pystr::PyStrBuf;
use crate::token::TokenType as T;

/// The literal parts gathered so far (`FstringParser` of `string_parser.h`).
#[derive(Default)]
pub(super) struct Concat {
    /// The pending text, never empty: empty pieces are dropped (`_PyPegen_FstringParser_ConcatAndDel`).
    last_str: Option<PyStrBuf>,
    /// The finished `JoinedStr` values.
    pub values: Vec<Expr>,
    /// An f-string was seen: the result is a `JoinedStr`.
    pub fmode: bool,
}

impl Concat {
    /// The state of a format spec (`fstring_parse`): always a JoinedStr.
    pub fn fstring() -> Self {
        Concat {
            fmode: true,
            ..Concat::default()
        }
    }

    /// Appends decoded literal text. Surrogates from different pieces stay separate code points:
    /// `'\ud83d' '\ude00'` has length 2 in CPython, as `str` concatenation never pairs them.
    pub fn push(&mut self, s: &PyStrBuf) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(last) => last.extend(s),
            None => self.last_str = Some(s.clone()),
        }
    }

    /// Appends source text taken as it is (an f-string's `{x=}` debug text).
    pub fn push_str(&mut self, s: &str) {
        self.push(&PyStrBuf::from(s));
    }

    /// Turns the pending text into a Constant value (`make_str_node_and_del`), located from `first`
    /// to `last`; `kind` is `'u'` when the text of `first` starts with `u`.
    pub fn flush(&mut self, first: (&Tok, bool), last: &Tok) {
        if let Some(s) = self.last_str.take() {
            self.values.push(str_constant(s, first, last));
        }
    }

    /// `_PyPegen_FstringParser_Finish`: a Constant without f-strings, else a JoinedStr.
    pub fn finish(mut self, first: (&Tok, bool), last: &Tok) -> Expr {
        if !self.fmode {
            let s = self.last_str.take().unwrap_or_default();
            return str_constant(s, first, last);
        }
        self.flush(first, last);
        Expr::new(
            ExprKind::JoinedStr {
                values: self.values,
            },
            span(first.0, last),
        )
    }
}

/// A str Constant spanning `first` to `last`; `first.1` says whether `first`'s text starts with `u`.
fn str_constant(s: PyStrBuf, first: (&Tok, bool), last: &Tok) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::Str(s),
            kind: first.1.then(|| "u".to_owned()),
        },
        span(first.0, last),
    )
}

/// The location from the start of `first` to the end of `last`.
pub(super) fn span(first: &Tok, last: &Tok) -> Range {
    Range::new(
        first.lineno,
        first.col.max(0) as u32,
        last.end_lineno,
        last.end_col.max(0) as u32,
    )
}

impl Parser<'_> {
    /// `strings (memo): STRING+`
    pub(super) fn rule_strings(&mut self) -> Option<Expr> {
        self.memoized(Rule::Strings, |p| {
            let toks = p.repeat1(|p| p.expect(T::STRING))?;
            p.concatenate_strings(&toks)
        })
    }

    /// `fstring: star_expressions` (the start rule of an f-string expression sub-parser).
    pub(super) fn rule_fstring(&mut self) -> Option<Expr> {
        self.rule(|p| p.rule_star_expressions())
    }

    /// The token's text as CPython's tokenizer buffers hold it: `\r\n` and `\r` read as `\n`.
    pub(super) fn token_text(&self, t: &Tok) -> Cow<'_, str> {
        let text = self.text(t);
        if text.contains('\r') {
            Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Records an invalid-escape `DeprecationWarning` for token `t` (`warn_invalid_escape_sequence`:
    /// not in the second pass, which would repeat it).
    pub(super) fn warn_escape(&mut self, w: LiteralWarning, t: &Tok) {
        if !self.call_invalid_rules {
            // The error `RAISE_SYNTAX_ERROR` would raise with `known_err_token = t`, made without
            // disturbing the parser's own error state.
            let saved = self.error.take();
            self.raise_at_token(t, &w.message);
            let made = std::mem::replace(&mut self.error, saved);
            let Some(ParseError::Syntax(as_error)) = made else {
                return;
            };
            self.warnings.push(ParseWarning {
                category: "DeprecationWarning",
                message: w.message,
                lineno: t.lineno,
                as_error,
            });
        }
    }

    /// `_PyPegen_concatenate_strings`: joins the STRING tokens of one `strings` into a Constant
    /// (or, with f-strings, a JoinedStr).
    pub(super) fn concatenate_strings(&mut self, toks: &[Tok]) -> Option<Expr> {
        let first = toks.first()?;
        let last = toks.last()?;
        let first_u = self.text(first).starts_with('u');
        let mut bytesmode = false;
        let mut bytes: Vec<u8> = Vec::new();
        let mut state = Concat::default();
        for (i, t) in toks.iter().enumerate() {
            let text = self.token_text(t).into_owned();
            let parts = match split_string_token(&text) {
                Ok(parts) => parts,
                Err(e) => return self.raise_syntax(&e.message).and(None),
            };
            let mut piece = None;
            if !parts.fstring {
                piece = Some(self.parse_plain_string(t, &parts)?);
            }
            // Checked after the token is decoded, so a bad escape in it is reported first.
            if i != 0 && bytesmode != parts.bytes {
                return self
                    .raise_syntax("cannot mix bytes and nonbytes literals")
                    .and(None);
            }
            bytesmode = parts.bytes;
            match piece {
                None => {
                    self.concat_fstring(&mut state, &text, &parts, (first, first_u), t, last)?
                }
                Some(Constant::Bytes(b)) => bytes.extend(b),
                Some(Constant::Str(s)) => state.push(&s),
                Some(_) => return None,
            }
        }
        if bytesmode {
            return Some(Expr::new(
                ExprKind::Constant {
                    value: Constant::Bytes(bytes),
                    kind: None,
                },
                span(first, last),
            ));
        }
        Some(state.finish((first, first_u), last))
    }

    /// `_PyPegen_parsestr` for a token that is not an f-string: its value, or None with the error
    /// raised.
    fn parse_plain_string(
        &mut self,
        t: &Tok,
        parts: &crate::ast::literal::StringToken<'_>,
    ) -> Option<Constant> {
        let decoded = if parts.bytes {
            if !parts.body.is_ascii() {
                return self
                    .raise_at(t.range(), "bytes can only contain ASCII literal characters")
                    .and(None);
            }
            decode_bytes(parts.body, parts.raw).map(|(b, w)| (Constant::Bytes(b), w))
        } else {
            decode_str(parts.body, parts.raw).map(|(s, w)| (Constant::Str(s), w))
        };
        match decoded {
            Ok((value, warning)) => {
                if let Some(w) = warning {
                    self.warn_escape(w, t);
                }
                Some(value)
            }
            // A decoding error becomes a SyntaxError at the last token read
            // (`_Pypegen_raise_decode_error`).
            Err(e) => self.raise_syntax(&e.message).and(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::tests::{py_literal, python};
    use crate::ast::{DumpOptions, dump};
    use crate::parser::{Mode, ParseOptions, parse};

    /// Implicit concatenation and f-strings carry lone surrogates through unchanged, and pieces
    /// that form a high+low pair stay two code points (`'\ud83d' '\ude00'` has length 2).
    #[test]
    fn surrogates_through_concatenation_and_fstrings_match_oracle() {
        let sources = [
            r"'\ud83d' '\ude00'",
            r"'a\udc80' 'b' u'\ud800'",
            r"u'\ud800' f'{x}\udfff' '\udc00'",
            r"f'\ud800{x=}\udc00{y:\udbff}'",
            r"f'{x!r:>{w}\ud800}' '\udc01'",
            r"'\ud800' rb'x'",
        ];
        let literals: Vec<String> = sources.iter().map(|s| py_literal(s)).collect();
        let code = format!(
            "import ast\n\
             for src in [{}]:\n\
             \x20   try: print(ast.dump(ast.parse(src, mode='eval'), include_attributes=True))\n\
             \x20   except SyntaxError as e: print(e.msg)\n",
            literals.join(", ")
        );
        let options = DumpOptions {
            include_attributes: true,
            ..DumpOptions::default()
        };
        let oracle = python(&code);
        assert_eq!(oracle.lines().count(), sources.len());
        for (src, expected) in sources.iter().zip(oracle.lines()) {
            let mine = match parse(src, Mode::Eval, ParseOptions::default()) {
                Ok(m) => dump(&m, options.clone()),
                Err(crate::parser::ParseError::Syntax(e)) => e.msg,
                Err(e) => e.type_name().to_owned(),
            };
            assert_eq!(mine, expected, "{src}");
        }
    }
}
