//! f-strings in `strings`: a token's literal parts and `{...}` fields become `JoinedStr` values,
//! each expression parsed by a sub-parser placed where CPython 3.11 places it
//! (`_PyPegen_FstringParser_ConcatFstring`, `fstring_find_expr`, `fstring_compile_expr` and
//! `fstring_find_expr_location` of `Parser/string_parser.c`).

use std::ops::Range;

use super::core::{FStringOrigin, Parser, Tok};
use super::run_parser;
use super::strings::{Concat, span};
use crate::ast::fstring::{FStringError, FStringPart, split_fstring_with};
use crate::ast::literal::StringToken;
use crate::ast::{Expr, ExprKind};

impl Parser<'_> {
    /// Adds the f-string token `t` (its text `text`, split into `parts`) to `state`. `first` (with
    /// whether its text starts with `u`) and `last` are the ends of the whole concatenation.
    pub(super) fn concat_fstring(
        &mut self,
        state: &mut Concat,
        text: &str,
        parts: &StringToken<'_>,
        first: (&Tok, bool),
        t: &Tok,
        last: &Tok,
    ) -> Option<()> {
        state.fmode = true;
        let mut exprs = Vec::new();
        let split = split_fstring_with(parts.body, parts.raw, &mut |range| {
            match self.compile_fstring_expr(text, parts.body_offset, range.clone(), t) {
                Some(e) => {
                    exprs.push(e);
                    Ok(())
                }
                // The sub-parser's error is already the parser's.
                None => Err(FStringError {
                    message: String::new(),
                    offset: range.start,
                }),
            }
        });
        let split = match split {
            Ok(split) => split,
            Err(e) => {
                if self.error.is_none() {
                    // Every error of the f-string scanner is a RAISE_SYNTAX_ERROR: at the last
                    // token read, the one after the strings.
                    self.raise_syntax(&e.message);
                }
                return None;
            }
        };
        for w in split.warnings {
            self.warn_escape(w, t);
        }
        let mut exprs = exprs.into_iter();
        let ends = Ends { first, t, last };
        self.fstring_values(&split.parts, parts.body, state, &mut exprs, &ends);
        Some(())
    }

    /// Adds `parts` to `state`: literal text (and `{x=}` debug text) accumulates, and each field
    /// flushes it as a Constant before its FormattedValue. `exprs` holds the fields' expressions in
    /// the order they were compiled (each field's before those of its format spec).
    fn fstring_values(
        &mut self,
        parts: &[FStringPart],
        body: &str,
        state: &mut Concat,
        exprs: &mut impl Iterator<Item = Expr>,
        ends: &Ends<'_>,
    ) {
        for part in parts {
            match part {
                FStringPart::Literal { value, .. } => state.push(value),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        state.push_str(&body[debug.clone()]);
                    }
                    let Some(value) = exprs.next() else { return };
                    let format_spec = field.format_spec.as_ref().map(|spec| {
                        // `fstring_parse`: the spec's own JoinedStr, whose trailing text and
                        // location come from the token alone.
                        let mut inner = Concat::fstring();
                        self.fstring_values(spec, body, &mut inner, exprs, ends);
                        Box::new(inner.finish((ends.t, false), ends.t))
                    });
                    let conversion = field.conversion.map_or(-1, |c| c as i32);
                    state.flush(ends.first, ends.last);
                    state.values.push(Expr::new(
                        ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion,
                            format_spec,
                        },
                        span(ends.first.0, ends.last),
                    ));
                }
            }
        }
    }

    /// `fstring_compile_expr`: parses the expression at `expr` (a range of the token's body, whose
    /// text starts at `body_offset` of `text`) as `(expr)` with a sub-parser whose tokens carry
    /// the positions CPython gives them.
    fn compile_fstring_expr(
        &mut self,
        text: &str,
        body_offset: usize,
        expr: Range<usize>,
        t: &Tok,
    ) -> Option<Expr> {
        let brace = body_offset + expr.start - 1;
        let (lines, cols) = expr_location(text, brace);
        let origin = FStringOrigin {
            line_base: t.lineno + lines - 1,
            starting_lineno: t.lineno + lines,
            starting_col_offset: if lines != 0 { cols } else { t.col + cols },
        };
        // `fstring_compile_expr` tokenizes the text as exec input, which gets a final `\n`.
        let src = format!(
            "({})\n",
            &text[body_offset + expr.start..body_offset + expr.end]
        );
        // As a top-level parse, the first pass is tried in fast mode first.
        if let Some(e) = Parser::new_fstring(&src, self.opts, origin).run_fast(Parser::rule_fstring)
        {
            return Some(e);
        }
        let mut sub = Parser::new_fstring(&src, self.opts, origin);
        let result = run_parser(&mut sub, Parser::rule_fstring);
        if !self.call_invalid_rules {
            self.warnings.append(&mut sub.warnings);
        }
        match result {
            Ok(e) => Some(e),
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }
}

/// The tokens an f-string's nodes are located by: the first and last of the concatenation (the
/// first with whether its text starts with `u`) and the f-string token itself.
struct Ends<'a> {
    first: (&'a Tok, bool),
    t: &'a Tok,
    last: &'a Tok,
}

/// `fstring_find_expr_location`: how many lines of the token precede the `{` at `brace`, and the
/// column the expression's first line is shifted by: the `{`'s column within its line of the token
/// — or 0 when only blanks separate the `{` from a line break or the closing `}`.
fn expr_location(text: &str, brace: usize) -> (u32, i64) {
    let bytes = text.as_bytes();
    let newline_after_brace = bytes[brace + 1..]
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| b == b'\n' || b == b'}');
    let cols = if newline_after_brace {
        0
    } else {
        match text[..brace].rfind('\n') {
            Some(nl) => (brace - nl - 1) as i64,
            None => brace as i64,
        }
    };
    let lines = bytes[..brace].iter().filter(|&&b| b == b'\n').count() as u32;
    (lines, cols)
}

#[cfg(test)]
mod tests {
    use super::super::{Mode, ParseError, ParseOptions, parse};
    use super::*;
    use crate::ast::tests::{py_literal, python};
    use crate::ast::{DumpOptions, dump};

    /// What CPython's `ast.parse` gives for each source: the dump with locations, or the error.
    fn oracle(sources: &[&str]) -> Vec<String> {
        let literals: Vec<String> = sources.iter().map(|s| py_literal(s)).collect();
        let code = format!(
            "import ast, warnings\n\
             warnings.simplefilter('ignore')\n\
             for src in [{}]:\n\
             \x20   try:\n\
             \x20       print(ast.dump(ast.parse(src), include_attributes=True))\n\
             \x20   except SyntaxError as e:\n\
             \x20       print(f'{{e.msg}} {{(e.lineno, e.offset, e.end_lineno, e.end_offset)}}')\n",
            literals.join(", ")
        );
        python(&code).lines().map(str::to_owned).collect()
    }

    fn mine(source: &str) -> String {
        match parse(source, Mode::Exec, ParseOptions::default()) {
            Ok(m) => dump(
                &m,
                DumpOptions {
                    include_attributes: true,
                    ..DumpOptions::default()
                },
            ),
            Err(ParseError::Syntax(e)) => format!(
                "{} ({}, {}, {}, {})",
                e.msg,
                e.lineno.unwrap_or(0),
                e.offset.unwrap_or(0),
                e.end_lineno.unwrap_or(0),
                e.end_offset.unwrap_or(0)
            ),
            Err(e) => e.type_name().to_owned(),
        }
    }

    #[test]
    fn fstring_nodes_and_errors_match_oracle() {
        let sources = [
            "u'a' f'{x}b{y:c{z}d}e'\n",
            "u'' f'{x:a{y}b}'\n",
            "'a' f'' 'b'\n",
            "f'{x=}' f'{y = !s:>{w}}'\n",
            "f'{f\"{f'''{x}'''}\"}'\n",
            "f'''\n{x}\n  {y +\n z}\n'''\n",
            "f\"\"\"{\n    x}\"\"\"\n",
            "  (f'é{x}'\n   f'{y}'\n       '{z}')\n",
            "f'{x}\\r\\n'\r\nf'''a\r\n{y}'''\r\n",
            "f'{a b}'\n",
            "f'''{x}\n{a b}'''\n",
            "f'''{a\n$}'''\n",
            "f'{é $}'\n",
            "f'{0x}'\n",
            "f'{f\"{a b}\"}'\n",
            "f'{x}' 'é\\xg0'\n",
            "b'a' 'b' f'{x}'\n",
            "b'''x\nnaïve'''\n",
            "f'{!r}'\n",
            "f'{ }'\n",
            "f'{x:{y:{z}}}'\n",
            "f'{a!r=}'\n",
        ];
        let expected = oracle(&sources);
        for (source, expected) in sources.iter().zip(expected) {
            assert_eq!(mine(source), expected, "{source:?}");
        }
    }

    #[test]
    fn escape_warnings_match_oracle() {
        let sources = [
            "'\\d' '\\q' b'\\d'\n",
            "f'\\d{x}\\q{y:\\w}'\n",
            "f'\\{x}'\n",
            "x(\n'\\777',\n f'''\n\\d{x}''')\n",
            "rf'\\d{x}'\n",
            "f'{x}' '\\d' f'{y' \n",
        ];
        let literals: Vec<String> = sources.iter().map(|s| py_literal(s)).collect();
        let code = format!(
            "import ast, warnings\n\
             for src in [{}]:\n\
             \x20   with warnings.catch_warnings(record=True) as w:\n\
             \x20       warnings.simplefilter('always')\n\
             \x20       try:\n\
             \x20           ast.parse(src)\n\
             \x20       except SyntaxError:\n\
             \x20           pass\n\
             \x20   print(';'.join(f'{{x.category.__name__}}|{{x.message}}|{{x.lineno}}' for x in w))\n",
            literals.join(", ")
        );
        let expected = python(&code);
        for (source, expected) in sources.iter().zip(expected.lines()) {
            let mut p = Parser::new(source, Mode::Exec, ParseOptions::default());
            let _ = run_parser(&mut p, Parser::start_rule);
            let got: Vec<String> = p
                .warnings
                .iter()
                .map(|w| format!("{}|{}|{}", w.category, w.message, w.lineno))
                .collect();
            assert_eq!(got.join(";"), expected, "{source:?}");
        }
    }

    #[test]
    fn expression_location_follows_the_brace() {
        assert_eq!(expr_location("f'ab{x}'", 4), (0, 4));
        assert_eq!(expr_location("f'''a\n  {x}'''", 8), (1, 2));
        assert_eq!(expr_location("f'''{ \n x}'''", 4), (0, 0));
    }
}
