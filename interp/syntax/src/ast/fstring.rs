//! The f-string splitter: an f-string body → decoded literal parts and `{...}` replacement fields
//! (expression byte range, `=` debug text, `!r/!s/!a` conversion, nested format spec), with CPython
//! 3.11's errors (`fstring_find_literal` / `fstring_find_expr` in `Parser/string_parser.c`).
//!
//! Parsing the expressions themselves is the parser's job (issue #4): it gets each expression's byte
//! range within the body so it can parse it in place with the right positions.

use std::ops::Range;

use super::literal::{LiteralError, LiteralWarning, decode_str};
use crate::pystr::PyStrBuf;

/// One piece of an f-string body (or of a format spec).
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text, escapes decoded and `{{`/`}}` collapsed; adjacent pieces are merged.
    Literal {
        /// The decoded text (which may hold lone surrogates).
        value: PyStrBuf,
        /// Its source bytes within the body.
        range: Range<usize>,
    },
    /// A `{...}` replacement field.
    Field(ReplacementField),
}

/// A `{expr=!c:spec}` replacement field.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplacementField {
    /// The expression's bytes within the body (without the braces; not trimmed).
    pub expr: Range<usize>,
    /// For `{expr=}`: the text from the expression start through `=` and the spaces after it, which
    /// CPython prepends to the preceding literal (and which makes the conversion default to `r`).
    pub debug_text: Option<Range<usize>>,
    /// `'s'`, `'r'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself split (an empty spec is `Some(vec![])`).
    pub format_spec: Option<Vec<FStringPart>>,
    /// The field from `{` through `}`.
    pub range: Range<usize>,
}

/// The split of an f-string body, with the invalid-escape warnings (offsets within the body).
#[derive(Clone, Debug, PartialEq)]
pub struct SplitFString {
    /// The parts, in order.
    pub parts: Vec<FStringPart>,
    /// `DeprecationWarning`s to issue, in CPython's order.
    pub warnings: Vec<LiteralWarning>,
}

/// A malformed f-string: the `SyntaxError` message and the body offset where scanning stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FStringError {
    /// The message, as CPython 3.11 words it.
    pub message: String,
    /// Byte offset within the body.
    pub offset: usize,
}

/// Splits the body of an f-string token (the text between the quotes; `raw` for an `rf` prefix).
pub fn split_fstring(body: &str, raw: bool) -> Result<SplitFString, FStringError> {
    split_fstring_with(body, raw, &mut |_| Ok(()))
}

/// [`split_fstring`], calling `compile` with each field's expression range as soon as its end is
/// found, before its `=`, conversion and format spec are scanned: CPython compiles the expression
/// at that point, so its errors come before the errors of what follows it. An error `compile`
/// returns stops the split.
pub fn split_fstring_with(
    body: &str,
    raw: bool,
    compile: &mut dyn FnMut(Range<usize>) -> Result<(), FStringError>,
) -> Result<SplitFString, FStringError> {
    let mut splitter = Splitter {
        body,
        bytes: body.as_bytes(),
        raw,
        pos: 0,
        warnings: Vec::new(),
        compile,
    };
    let parts = splitter.parts(0)?;
    Ok(SplitFString {
        parts,
        warnings: splitter.warnings,
    })
}

struct Splitter<'a, 'c> {
    body: &'a str,
    bytes: &'a [u8],
    raw: bool,
    pos: usize,
    warnings: Vec<LiteralWarning>,
    compile: &'c mut dyn FnMut(Range<usize>) -> Result<(), FStringError>,
}

/// How deeply brackets may nest inside one expression (CPython's `MAXLEVEL`).
const MAX_NESTING: usize = 200;

impl Splitter<'_, '_> {
    fn error(&self, message: impl Into<String>) -> FStringError {
        FStringError {
            message: message.into(),
            offset: self.pos,
        }
    }

    /// Literal and field parts up to the end of the body (level 0) or to the `}` closing a format spec.
    fn parts(&mut self, level: usize) -> Result<Vec<FStringPart>, FStringError> {
        let mut parts: Vec<FStringPart> = Vec::new();
        loop {
            let (literal, doubled) = self.literal(level)?;
            if let Some((value, range)) = literal {
                match parts.last_mut() {
                    Some(FStringPart::Literal {
                        value: previous,
                        range: previous_range,
                    }) => {
                        previous.extend(&value);
                        previous_range.end = range.end;
                    }
                    _ => parts.push(FStringPart::Literal { value, range }),
                }
            }
            if doubled {
                continue;
            }
            if self.pos >= self.bytes.len() || self.bytes[self.pos] == b'}' {
                break;
            }
            let field = self.field(level)?;
            parts.push(FStringPart::Field(field));
        }
        if level > 0 && self.bytes.get(self.pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(parts)
    }

    /// Scans literal text up to a `{` or `}` (`fstring_find_literal`); returns the decoded literal and
    /// whether it ended at a doubled brace (top level only), whose second brace is skipped.
    #[allow(clippy::type_complexity)]
    fn literal(
        &mut self,
        level: usize,
    ) -> Result<(Option<(PyStrBuf, Range<usize>)>, bool), FStringError> {
        let start = self.pos;
        let mut doubled = false;
        while self.pos < self.bytes.len() {
            let mut c = self.bytes[self.pos];
            self.pos += 1;
            if !self.raw && c == b'\\' && self.pos < self.bytes.len() {
                c = self.bytes[self.pos];
                self.pos += 1;
                if c == b'N' {
                    // `\N{name}`: its braces are not replacement-field braces.
                    if self.bytes.get(self.pos) == Some(&b'{') {
                        self.pos += 1;
                        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'}' {
                            self.pos += 1;
                        }
                        self.pos = (self.pos + 1).min(self.bytes.len());
                    } else if self.pos < self.bytes.len() {
                        self.pos += 1;
                    }
                    continue;
                }
                if c == b'{' {
                    // CPython warns here, then still treats the brace as a brace.
                    let message = "invalid escape sequence '\\{'".to_owned();
                    self.warnings.push(LiteralWarning {
                        message,
                        offset: self.pos - 2,
                    });
                }
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if self.bytes.get(self.pos) == Some(&c) {
                        doubled = true;
                        break;
                    }
                    if c == b'}' {
                        self.pos -= 1;
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                self.pos -= 1;
                break;
            }
        }
        let end = self.pos;
        if doubled {
            self.pos += 1;
        }
        if start == end {
            return Ok((None, doubled));
        }
        let (value, warning) = decode_str(&self.body[start..end], self.raw)
            .map_err(|e| self.literal_error(e, start))?;
        if let Some(warning) = warning {
            self.warnings.push(LiteralWarning {
                offset: warning.offset + start,
                ..warning
            });
        }
        Ok((Some((value, start..end)), doubled))
    }

    fn literal_error(&self, error: LiteralError, start: usize) -> FStringError {
        FStringError {
            message: error.message,
            offset: start,
        }
    }

    /// Scans one `{...}` field starting at its `{` (`fstring_find_expr`).
    fn field(&mut self, level: usize) -> Result<ReplacementField, FStringError> {
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        self.scan_expression()?;
        let expr = expr_start..self.pos;
        if self.pos >= self.bytes.len() {
            return Err(self.error("f-string: expecting '}'"));
        }
        // `fstring_compile_expr` counts only these four as blank (the tokenizer already turned `\r` into `\n`).
        if self.body[expr.clone()]
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let end = self.bytes[self.pos];
            if matches!(end, b'!' | b':' | b'=') {
                let message = format!("f-string: expression required before '{}'", end as char);
                return Err(self.error(message));
            }
            return Err(self.error("f-string: empty expression not allowed"));
        }
        (self.compile)(expr.clone())?;
        let mut debug_text = None;
        if self.bytes[self.pos] == b'=' {
            self.pos += 1;
            while self.pos < self.bytes.len() && is_py_space(self.bytes[self.pos]) {
                self.pos += 1;
            }
            if self.pos >= self.bytes.len() {
                return Err(self.error("f-string: expecting '}'"));
            }
            debug_text = Some(expr_start..self.pos);
        }
        let mut conversion = None;
        if self.bytes[self.pos] == b'!' {
            self.pos += 1;
            let Some(&c) = self.bytes.get(self.pos) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            self.pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c as char);
        }
        let mut format_spec = None;
        if self.bytes.get(self.pos) == Some(&b':') {
            self.pos += 1;
            if self.pos >= self.bytes.len() {
                return Err(self.error("f-string: expecting '}'"));
            }
            format_spec = Some(self.parts(level + 1)?);
        }
        if self.bytes.get(self.pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(ReplacementField {
            expr,
            debug_text,
            conversion,
            format_spec,
            range: open..self.pos,
        })
    }

    /// Advances over the expression text to the `!`, `:`, `=` or `}` that ends it, tracking strings and
    /// brackets only as far as needed to find that end and to report CPython's early errors.
    fn scan_expression(&mut self) -> Result<(), FStringError> {
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        while self.pos < self.bytes.len() {
            let c = self.bytes[self.pos];
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q && !triple {
                    quote = None;
                } else if c == q
                    && self.pos + 2 < self.bytes.len()
                    && self.bytes[self.pos..].starts_with(&[q, q, q])
                {
                    self.pos += 2;
                    quote = None;
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.pos + 2 < self.bytes.len()
                        && self.bytes[self.pos + 1] == c
                        && self.bytes[self.pos + 2] == c;
                    if triple {
                        self.pos += 2;
                    }
                    quote = Some((c, triple));
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_NESTING {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    // `!=`, `==`, `<=`, `>=` are operators, and lone `<` / `>` never end the expression.
                    if self.bytes.get(self.pos + 1) == Some(&b'=') && c != b':' && c != b'}' {
                        self.pos += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(opening) = brackets.pop() else {
                        return Err(self.error(format!("f-string: unmatched '{}'", c as char)));
                    };
                    if !matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(self.error(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, opening as char
                        )));
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&opening) = brackets.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", opening as char)));
        }
        Ok(())
    }
}

/// `Py_ISSPACE`: the ASCII whitespace skipped after `=` in `{expr=}`.
fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::literal::split_string_token;
    use crate::ast::tests::{py_literal, python};

    /// Renders a split as the Python literal the oracle script compares with the real `JoinedStr`:
    /// `('L', text)` and `('F', expr_text, conversion, spec)`, with `{x=}` debug text moved into the
    /// preceding literal as CPython's parser does.
    fn render(body: &str, parts: &[FStringPart]) -> String {
        let mut items: Vec<(String, Option<PyStrBuf>)> = Vec::new();
        for part in parts {
            match part {
                FStringPart::Literal { value, .. } => push_literal(&mut items, value),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        push_literal(&mut items, &PyStrBuf::from(&body[debug.clone()]));
                    }
                    let conversion = field.conversion.map_or(-1, |c| c as i32);
                    let spec = field
                        .format_spec
                        .as_ref()
                        .map_or("None".to_owned(), |spec| render(body, spec));
                    let text = format!(
                        "('F', {}, {conversion}, {spec})",
                        py_literal(&body[field.expr.clone()])
                    );
                    items.push((text, None));
                }
            }
        }
        let rendered: Vec<String> = items
            .into_iter()
            // `Debug` of a PyStrBuf is Python's repr, a literal the oracle can read back.
            .map(|(text, literal)| literal.map_or(text, |l| format!("('L', {l:?})")))
            .collect();
        format!("[{}]", rendered.join(", "))
    }

    fn push_literal(items: &mut Vec<(String, Option<PyStrBuf>)>, text: &PyStrBuf) {
        match items.last_mut() {
            Some((_, Some(previous))) => previous.extend(text),
            _ => items.push((String::new(), Some(text.clone()))),
        }
    }

    fn mine(token: &str) -> String {
        let parts = split_string_token(token).unwrap();
        match split_fstring(parts.body, parts.raw) {
            Ok(split) => {
                let warnings: Vec<String> = split
                    .warnings
                    .iter()
                    .map(|w| py_literal(&w.message))
                    .collect();
                format!(
                    "({}, [{}])",
                    render(parts.body, &split.parts),
                    warnings.join(", ")
                )
            }
            Err(e) => format!("('E', {})", py_literal(&e.message)),
        }
    }

    #[test]
    fn splits_match_oracle_joined_strs_and_errors() {
        let tokens = [
            r"f'abc'",
            r"f'{x}'",
            r"f'a{x!r}b{y:>{w}.{p}}c'",
            r"f'{{}}{{x}}'",
            r"f'{x=}'",
            r"f'{x = !s}'",
            r"f'{x=:>5}'",
            r"f'{x!a:}'",
            r"f'{a!=b}'",
            r"f'{a<b}{c>=d}{e==f}'",
            r"f'{d[1:2]}'",
            r"f'{ {1: 2}[1] }'",
            r"f'{x:{{}}}'",
            r#"f"{'a' + '}'}""#,
            r#"f'''{"""a"""}'''"#,
            r"f'\N{DIGIT ONE}{x}\t'",
            r"rf'\d{x}\n'",
            r"f'\d{x}\q'",
            r"f'\{x}'",
            r"f'a\{{'",
            r"f'{x!}'",
            r"f'{x!z}'",
            r"f'{ }'",
            r"f'{x'",
            r"f'}'",
            r"f'{x:{y:{z}}}'",
            r"f'{#}'",
            r"f'{a[}'",
            r"f'{a)}'",
            r"f'{\'a\'}'",
            r"f'{x!r'",
            r"f'{x!'",
            r"f'{x:'",
            r"f'{'",
            r"f'{(}'",
            r"f'{x!r:a}}'",
            r"f'{a:}}'",
            r"f'{x!r=}'",
            r"f'{x:\xg0}'",
            r"f'é{x}\xg0'",
            r"f'{x}}}'",
            r"f'{{{x}'",
            r"f'{x:a{y!r}b}'",
            r"f'{x:}}'",
            r"F'{x}'",
            r"f'\ud800{x}\udfff'",
            r"f'\ud83d\ude00{x!r:\udc80}'",
            r"f'{x=}\U0000dbff'",
            r"rf'\ud800{x}'",
        ];
        let sources: Vec<String> = tokens.iter().map(|t| py_literal(t)).collect();
        let mine: Vec<String> = tokens.iter().map(|t| mine(t)).collect();
        let code = format!(
            "import ast, warnings\n\
             def conv(values):\n\
             \x20   return [('L', v.value) if isinstance(v, ast.Constant) else ('F', ast.unparse(v.value), v.conversion,\n\
             \x20           conv(v.format_spec.values) if v.format_spec else None) for v in values]\n\
             def norm(parts):\n\
             \x20   return [p if p[0] == 'L' else ('F', ast.unparse(ast.parse('(' + p[1] + ')', mode='eval').body), p[2],\n\
             \x20           norm(p[3]) if p[3] is not None else None) for p in parts]\n\
             for src, mine in zip([{}], [{}]):\n\
             \x20   with warnings.catch_warnings(record=True) as w:\n\
             \x20       warnings.simplefilter('always')\n\
             \x20       try:\n\
             \x20           node = ast.parse(src, mode='eval').body\n\
             \x20           expected = (conv(node.values), [str(x.message) for x in w])\n\
             \x20       except SyntaxError as e:\n\
             \x20           expected = ('E', e.msg)\n\
             \x20   got = mine if mine[0] == 'E' else (norm(mine[0]), mine[1])\n\
             \x20   print('ok' if got == expected else f'MISMATCH {{src!r}}: krait {{got!r}} oracle {{expected!r}}')\n",
            sources.join(", "),
            mine.join(", ")
        );
        let report = python(&code);
        let mismatches: Vec<&str> = report.lines().filter(|l| *l != "ok").collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
        assert_eq!(report.lines().count(), tokens.len());
    }

    #[test]
    fn expression_ranges_point_into_the_body() {
        let split = split_fstring("a{x + 1!r:>{w}}", false).unwrap();
        let FStringPart::Field(field) = &split.parts[1] else {
            panic!("expected a field")
        };
        assert_eq!((field.expr.clone(), field.range.clone()), (2..7, 1..15));
        let spec = field.format_spec.as_ref().unwrap();
        let FStringPart::Field(inner) = &spec[1] else {
            panic!("expected a nested field")
        };
        assert_eq!(inner.expr, 12..13);
    }
}
