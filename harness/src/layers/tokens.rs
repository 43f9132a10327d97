//! Layer `tokens`: krait's `tokenize` view against `list(tokenize.tokenize(f.readline))`.
//!
//! Every token is compared on type, exact type, string, start, end and line; an exception ends both
//! streams and is compared on its class and `repr(args)`.

use super::{Layer, first_difference};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};
use krait_syntax::tokenize::Tokenized;

/// One token as both sides report it: (type, exact_type, string, start, end, line).
type Tok = (u8, u8, String, (u32, u32), (u32, u32), String);
/// The exception, if any: (class name, `repr(args)`).
type Exc = Option<(String, String)>;

/// See the module documentation.
#[derive(Debug)]
pub struct Tokens;

impl Layer for Tokens {
    fn name(&self) -> &'static str {
        "tokens"
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let expected: (Vec<Tok>, Exc) = match oracle.call("tokens_of_file", (path.as_str(),)) {
            Ok(v) => v,
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
        let source = match std::fs::read(&case.path) {
            Ok(s) => s,
            Err(e) => return Outcome::Skipped(format!("unreadable: {e}")),
        };
        match catch_krait(|| krait_view(&krait_syntax::tokenize::tokenize(&source, Some(&path)))) {
            Ok(actual) => compare(&actual, &expected),
            Err(panic) => panic,
        }
    }

    fn check_bytes(&self, source: &[u8], oracle: &Oracle) -> Option<Outcome> {
        let expected: (Vec<Tok>, Exc) = match oracle.call_bytes("tokens_of_bytes", source) {
            Ok(v) => v,
            Err(e) => return Some(Outcome::Fail(format!("oracle error: {e}"))),
        };
        Some(
            match catch_krait(|| krait_view(&krait_syntax::tokenize::tokenize(source, None))) {
                Ok(actual) => compare(&actual, &expected),
                Err(panic) => panic,
            },
        )
    }
}

/// krait's result in the oracle's shape.
fn krait_view(t: &Tokenized) -> (Vec<Tok>, Exc) {
    let toks = t
        .tokens
        .iter()
        .enumerate()
        .map(|(i, tok)| {
            (
                tok.kind as u8,
                tok.exact as u8,
                t.string(i).to_string(),
                tok.start,
                tok.end,
                t.line(i).to_string(),
            )
        })
        .collect();
    let exc = t
        .error
        .as_ref()
        .map(|e| (e.type_name().to_string(), e.args_repr()));
    (toks, exc)
}

/// One token rendered like `python -m tokenize -e` plus its line, for difference reports.
fn render(t: &Tok) -> String {
    let name = |n: u8| {
        krait_syntax::TokenType::from_number(n).map_or_else(|| format!("#{n}"), |t| t.name().into())
    };
    format!(
        "{},{}-{},{}: {} ({}) {:?} line={:?}",
        t.3.0,
        t.3.1,
        t.4.0,
        t.4.1,
        name(t.0),
        name(t.1),
        t.2,
        t.5
    )
}

fn compare(actual: &(Vec<Tok>, Exc), expected: &(Vec<Tok>, Exc)) -> Outcome {
    if actual == expected {
        return Outcome::Pass;
    }
    let mut detail = String::new();
    if actual.0 != expected.0 {
        let a: Vec<String> = actual.0.iter().map(render).collect();
        let b: Vec<String> = expected.0.iter().map(render).collect();
        detail.push_str(&first_difference("token", &a, &b).unwrap_or_default());
    }
    if actual.1 != expected.1 {
        detail.push_str(&format!(
            "exception differs:\n  krait  : {:?}\n  cpython: {:?}\n",
            actual.1, expected.1
        ));
    }
    Outcome::Fail(detail)
}
