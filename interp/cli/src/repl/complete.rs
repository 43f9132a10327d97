//! Whether the lines typed so far at the prompt make a whole statement, need more lines, or
//! already hold a syntax error — the decision CPython's interactive tokenizer and parser make
//! as they pull one line at a time (`Parser/tokenizer.c` with a prompt, `PyRun_InteractiveOne`).
//!
//! krait's parser reads whole texts, so the decision is made from the text so far: a lexical
//! scan says whether a bracket, a triple-quoted string or a backslash continues the last line,
//! and whether the statement is compound (which only an empty line ends, since `'single'`
//! wants the `NEWLINE` after a compound statement). A continued line is probed with two
//! continuations (the string and brackets closed, with and without a name before them): an
//! error both place inside the lines so far is one the prompt's parser meets at once. A
//! tokenizer error that a whole-text parse finds past the point where the prompt's parser
//! stops is checked by parsing the text cut before it ([`parse_interactive`]).
//!
//! Known gap: inside open brackets, CPython's second parser pass (the `invalid_*` rules) does
//! not read further lines (`IUNDERFLOW_STOP`) and falls back to "invalid syntax" at the first
//! pass's last token, where the probes here may find a specific message that needs tokens
//! beyond the lines read (e.g. `{` then `x = [`); matching it needs a parser option that ends
//! the token stream of the second pass at the end of the text.

use krait_syntax::parser::{Mode, ParseError, ParseOptions, Parsed, parse_full};

/// What to do with the lines read so far.
#[derive(Debug)]
pub enum Verdict {
    /// Compile and run them.
    Complete,
    /// Read another line (with `sys.ps2`).
    More,
    /// Report this error now; the lines are dropped.
    Error(ParseError),
}

/// What the lexical scan of the text learns.
#[derive(Debug, Default)]
struct Scan {
    /// The closers of the brackets still open, innermost last.
    closers: Vec<char>,
    /// The quote of the triple-quoted string the text ends inside.
    in_triple: Option<char>,
    /// Where that string's token begins (line, 1-based column of its prefix).
    triple_at: (usize, usize),
    /// The last line ends with a line-continuation backslash.
    backslash: bool,
    /// The first logical line, stripped of comments, ends with `:`.
    header_colon: bool,
}

/// The keywords that open compound statements (`match` is soft, so it counts through
/// `header_colon`); a decorator line opens one too.
const COMPOUND: &[&str] = &["if", "while", "for", "try", "with", "def", "class", "async"];

/// Scans `text` as the tokenizer sees brackets, strings, comments and continuations.
fn scan(text: &str) -> Scan {
    let chars: Vec<char> = text.chars().collect();
    let mut s = Scan::default();
    let mut i = 0;
    let mut first_done = false;
    let mut last_sig: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' | '"' => {
                let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                i = skip_string(&chars, i, c, triple, &mut s);
                last_sig = Some(c);
                continue;
            }
            '(' => s.closers.push(')'),
            '[' => s.closers.push(']'),
            '{' => s.closers.push('}'),
            ')' | ']' | '}' if s.closers.last() == Some(&c) => {
                s.closers.pop();
            }
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                s.backslash = i + 2 == chars.len();
                i += 2;
                continue;
            }
            '\n' if s.closers.is_empty() && !first_done => {
                first_done = true;
                s.header_colon = last_sig == Some(':');
            }
            _ => {}
        }
        if !c.is_whitespace() {
            last_sig = Some(c);
        }
        i += 1;
    }
    s
}

/// Skips the string literal whose quote is at `start`; returns the index after it. An
/// unterminated triple-quoted string sets `in_triple`; an unterminated one-line string stops
/// at its newline (the parser reports it).
fn skip_string(chars: &[char], start: usize, q: char, triple: bool, s: &mut Scan) -> usize {
    let mut i = start + if triple { 3 } else { 1 };
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '\n' if !triple => return i,
            c if c == q => {
                if !triple {
                    return i + 1;
                }
                if chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q) {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    if triple {
        s.in_triple = Some(q);
        let mut begin = start;
        while begin > 0 && start - begin < 3 && chars[begin - 1].is_ascii_alphabetic() {
            begin -= 1;
        }
        let line = 1 + chars[..begin].iter().filter(|c| **c == '\n').count();
        let line_start = chars[..begin]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |p| p + 1);
        s.triple_at = (line, begin - line_start + 1);
    }
    chars.len()
}

/// Whether the statement begun by `text` is compound, judged by its first word or by the
/// colon that ends its first logical line (lines holding no token before it left aside).
fn is_compound(text: &str) -> bool {
    let start = text
        .split_inclusive('\n')
        .take_while(|l| {
            let t = l.trim_matches([' ', '\t', '\x0c', '\r', '\n']);
            t.is_empty() || t == "\\" || t.starts_with('#')
        })
        .map(str::len)
        .sum::<usize>();
    let body = &text[start..];
    let t = body.trim_start();
    if t.starts_with('@') || scan(body).header_colon {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    COMPOUND.contains(&word.as_str())
}

/// Messages of the tokenizer's errors that the scan after a failed parse reports (the flag
/// `tokenizer_error` covers the parse stopped by the tokenizer itself).
const TOKENIZER_ERRORS: &[&str] = &[
    "unmatched '",
    "closing parenthesis",
    "unterminated string literal",
    "unterminated triple-quoted string literal",
    "invalid character",
    "invalid non-printable character",
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid octal literal",
    "invalid binary literal",
    "unexpected character after line continuation character",
    "unindent does not match any outer indentation level",
];

/// Parses `text` in mode `'single'` as the prompt's parser would have. When a parse fails,
/// CPython scans the rest of the source for a tokenizer error to report instead — but not at
/// the prompt (`_PyPegen_tokenize_full_source_to_check_for_errors` returns at once there). So
/// a tokenizer error is checked by parsing the text cut just before it: an error that comes
/// earlier in the cut text is the one the prompt reports.
pub fn parse_interactive(text: &str) -> Parsed {
    let parsed = parse_full(text, Mode::Single, ParseOptions::default());
    let Err(ParseError::Syntax(e)) = &parsed.result else {
        return parsed;
    };
    if !parsed.tokenizer_error && !TOKENIZER_ERRORS.iter().any(|m| e.msg.starts_with(m)) {
        return parsed;
    }
    let (Some(line), Some(offset)) = (e.lineno, e.offset) else {
        return parsed;
    };
    let (line, offset) = (line.max(1) as usize, offset.max(1) as usize);
    let mut cut = String::new();
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 < line {
            cut.push_str(l);
        } else {
            cut.extend(l.chars().take(offset - 1));
            cut.push('\n');
            break;
        }
    }
    let retry = parse_full(&cut, Mode::Single, ParseOptions::default());
    if retry.tokenizer_error {
        // The cut itself ended a string or left a bracket open.
        return parsed;
    }
    match retry.result {
        // Only a grammar error at a token before the cut counts (one at the cut's end, or at
        // column 0 of an empty cut, is the cut's own).
        Err(ParseError::Syntax(mut r))
            if !r.msg.ends_with("was never closed")
                && r.offset.is_some_and(|o| o >= 1)
                && (r.lineno.is_some_and(|l| (l as usize) < line)
                    || (r.lineno == Some(line as i64)
                        && r.offset.is_some_and(|o| (o as usize) < offset))) =>
        {
            // The line shown is the whole line as typed, not its cut.
            if let Some(l) = r.lineno {
                let whole = text.split_inclusive('\n').nth(l.max(1) as usize - 1);
                if let Some(whole) = whole {
                    r.text = Some(whole.to_string());
                }
            }
            Parsed {
                result: Err(ParseError::Syntax(r)),
                warnings: parsed.warnings,
                tokenizer_error: false,
            }
        }
        _ => parsed,
    }
}

fn parse_error(text: &str) -> Option<ParseError> {
    parse_interactive(text).result.err()
}

/// The error a parse of `text` followed by `tail` reports inside `text` (its first `lines`
/// lines), if any.
fn error_within(text: &str, tail: &str, lines: usize) -> Option<ParseError> {
    match parse_error(&format!("{text}{tail}")) {
        Some(ParseError::Syntax(e)) if e.lineno.is_some_and(|l| (l as usize) <= lines) => {
            Some(ParseError::Syntax(e))
        }
        Some(e @ (ParseError::Memory | ParseError::Recursion(_))) => Some(e),
        _ => None,
    }
}

/// Errors that only say the block is not there yet: the parser met the end of the input
/// (past the last line's text) where a block or a clause must follow; a decorator still
/// waiting for its `def` fails at the end marker, which CPython places at column 0.
fn waits_for_more(e: &ParseError, text: &str) -> bool {
    let ParseError::Syntax(s) = e else {
        return false;
    };
    let lines = text.lines().count();
    let last_len = text.lines().last().map_or(0, |l| l.chars().count());
    let past_end = s.lineno.is_some_and(|l| l as usize >= lines)
        && s.offset.is_some_and(|o| o == 0 || o as usize > last_len);
    past_end
        && (s.msg.starts_with("expected an indented block")
            || s.msg == "expected 'except' or 'finally' block"
            || (s.msg == "invalid syntax" && s.offset == Some(0)))
}

/// Whether `e` lies before the unterminated triple-quoted string, if there is one.
fn before_string(e: &ParseError, s: &Scan) -> bool {
    let ParseError::Syntax(e) = e else {
        return true;
    };
    if s.in_triple.is_none() {
        return true;
    }
    let (line, col) = s.triple_at;
    let (el, eo) = (e.lineno.unwrap_or(0), e.offset.unwrap_or(0));
    (el as usize) < line || (el as usize == line && (eo as usize) < col)
}

/// Whether two errors are reported at the same place with the same message.
fn same_place(a: &ParseError, b: &ParseError) -> bool {
    match (a, b) {
        (ParseError::Syntax(a), ParseError::Syntax(b)) => {
            (&a.msg, a.lineno, a.offset) == (&b.msg, b.lineno, b.offset)
        }
        _ => true,
    }
}

/// Decides what the lines in `text` (each ending with `\n`) call for; `last_empty` says the
/// last line read was empty, `eof` that no more lines will come.
pub fn decide(text: &str, last_empty: bool, eof: bool) -> Verdict {
    let s = scan(text);
    let lines = text.lines().count();
    if eof {
        return Verdict::Complete;
    }
    if s.in_triple.is_some() || s.backslash || !s.closers.is_empty() {
        // The line goes on (a triple-quoted string, brackets, a backslash), yet the
        // interactive parser fails as soon as a token cannot continue the statement. Two
        // continuations — the string and brackets closed on a new line, with or without a
        // name before the closing brackets — must both fail at the same place inside the
        // lines so far (an error that one of them mends, like `{1:` waiting for its value,
        // only means the input stopped early).
        let quote: String = s
            .in_triple
            .map_or(String::new(), |q| q.to_string().repeat(3));
        let closers: String = s.closers.iter().rev().collect();
        let first = error_within(text, &format!("{quote}{closers}\n"), lines);
        let second = error_within(text, &format!("{quote}_{closers}\n"), lines);
        return match (first, second) {
            // The string becomes a token only once it is closed: the parser can have failed
            // before it, never at it.
            (Some(a), Some(b)) if same_place(&a, &b) && before_string(&a, &s) => Verdict::Error(a),
            _ => Verdict::More,
        };
    }
    if is_compound(text) && !last_empty {
        return match parse_error(text) {
            Some(e) if !waits_for_more(&e, text) => Verdict::Error(e),
            _ => Verdict::More,
        };
    }
    Verdict::Complete
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> &'static str {
        match decide(text, text.ends_with("\n\n"), false) {
            Verdict::Complete => "complete",
            Verdict::More => "more",
            Verdict::Error(_) => "error",
        }
    }

    #[test]
    fn verdicts() {
        assert_eq!(v("1 + 2\n"), "complete");
        assert_eq!(v("1 +\n"), "complete");
        assert_eq!(v("foo(\n"), "more");
        assert_eq!(v("foo(\n1 +\n"), "more");
        assert_eq!(v("foo(\n1 +\nif x:\n"), "error");
        assert_eq!(v("x = [1,\n 2\n"), "more");
        assert_eq!(v("'''abc\n"), "more");
        assert_eq!(v("x = \\\n"), "more");
        assert_eq!(v("for x in y:\n"), "more");
        assert_eq!(v("for x in y:\n  x\n"), "more");
        assert_eq!(v("for x in y:\n  x\n\n"), "complete");
        assert_eq!(v("if 1: pass\n"), "more");
        assert_eq!(v("@d\n"), "more");
        assert_eq!(v("try:\n  pass\n"), "more");
        assert_eq!(v("if 1:\n  pass\n  1 bad\n"), "error");
        assert_eq!(v("x = '#('\n"), "complete");
        assert_eq!(v("match x:\n"), "more");
        assert_eq!(v("match = 1\n"), "complete");
        assert_eq!(v("if 1:\nprint(2)\n"), "error");
        assert_eq!(v("if x:\n  pass\nelse:\n"), "more");
        assert_eq!(v("a = {1:\n"), "more");
        assert_eq!(v("for i in x:\n2,)\n"), "error");
        assert_eq!(v("def f(a):\nx = \\\n"), "error");
        assert_eq!(v("def f(a):\nx = '''a\n"), "error");
        assert_eq!(v("def f(a):\n'''a\n"), "more");
        assert_eq!(v("x = '''a\n"), "more");
        assert_eq!(v("f('''a\n"), "more");
    }
}
