//! `strings: STRING+`: implicit concatenation of string and bytes literals and f-strings
//! (`_PyPegen_concatenate_strings` of CPython 3.11).

use super::core::{Parser, Rule, Tok};
use crate::ast::literal::parse_string_literal;
use crate::ast::{Constant, Expr, ExprKind, Range};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `strings (memo): STRING+`
    pub(super) fn rule_strings(&mut self) -> Option<Expr> {
        self.memoized(Rule::Strings, |p| {
            let toks = p.repeat1(|p| p.expect(T::STRING))?;
            p.concatenate_strings(&toks)
        })
    }

    /// Joins the STRING tokens of one `strings` into a Constant (or, with f-strings, a JoinedStr).
    fn concatenate_strings(&mut self, toks: &[Tok]) -> Option<Expr> {
        let first = toks.first()?;
        let last = toks.last()?;
        let range = Range::new(
            first.lineno,
            first.col.max(0) as u32,
            last.end_lineno,
            last.end_col.max(0) as u32,
        );
        let mut text = String::new();
        let mut bytes = Vec::new();
        let mut is_bytes = None;
        let mut kind = None;
        for (i, t) in toks.iter().enumerate() {
            let lit = match parse_string_literal(self.text(t)) {
                Ok(l) => l,
                Err(e) => {
                    self.raise_at(t.range(), &e.message);
                    return None;
                }
            };
            if i == 0 {
                kind = lit.kind;
            }
            match lit.value {
                Constant::Str(s) => {
                    if is_bytes == Some(true) {
                        self.raise_at(range, "cannot mix bytes and nonbytes literals");
                        return None;
                    }
                    is_bytes = Some(false);
                    text.push_str(&s);
                }
                Constant::Bytes(b) => {
                    if is_bytes == Some(false) {
                        self.raise_at(range, "cannot mix bytes and nonbytes literals");
                        return None;
                    }
                    is_bytes = Some(true);
                    bytes.extend(b);
                }
                _ => return None,
            }
        }
        let value = if is_bytes == Some(true) {
            Constant::Bytes(bytes)
        } else {
            Constant::Str(text)
        };
        Some(Expr::new(ExprKind::Constant { value, kind }, range))
    }
}
