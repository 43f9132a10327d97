//! Layer `errors`: whether `ast.parse(bytes)` accepts the case, and when either side rejects it,
//! the exception's class, `msg`, `lineno`, `offset`, `end_lineno`, `end_offset` and `text`.
//!
//! `MemoryError` and `RecursionError` (CPython's parser stack limits) are compared by class only:
//! their messages are not part of the parser's behaviour.

use super::Layer;
use super::ast::{Exc, both_sides, krait_exc};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;
use krait_syntax::stack::with_big_stack;

/// See the module documentation.
#[derive(Debug)]
pub struct Errors;

impl Layer for Errors {
    fn name(&self) -> &'static str {
        "errors"
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        match std::fs::read(&case.path) {
            Ok(source) => with_big_stack(|| check_source(&source, oracle)),
            Err(e) => Outcome::Skipped(format!("unreadable: {e}")),
        }
    }

    fn check_bytes(&self, source: &[u8], oracle: &Oracle) -> Option<Outcome> {
        Some(with_big_stack(|| check_source(source, oracle)))
    }
}

/// How both sides treated one source, for agreement statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agreement {
    /// CPython rejected the source.
    pub cpython_rejects: bool,
    /// krait rejected the source.
    pub krait_rejects: bool,
    /// Both sides gave the same outcome (acceptance, or the same exception).
    pub exact: bool,
}

/// Runs both sides on `source` and says how far they agree (an `Err` is an oracle failure or a
/// krait panic).
pub fn agreement(source: &[u8], oracle: &Oracle) -> Result<Agreement, Outcome> {
    with_big_stack(|| {
        let ((_, expected), actual) = both_sides(source, oracle)?;
        let actual = actual.err().map(|e| krait_exc(&e));
        Ok(Agreement {
            cpython_rejects: expected.is_some(),
            krait_rejects: actual.is_some(),
            exact: actual.as_ref().map(key) == expected.as_ref().map(key),
        })
    })
}

fn check_source(source: &[u8], oracle: &Oracle) -> Outcome {
    let ((_, expected), actual) = match both_sides(source, oracle) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let actual = actual.err().map(|e| krait_exc(&e));
    compare(actual.as_ref(), expected.as_ref())
}

/// The comparable part of an exception: limits compare by class only.
fn key(e: &Exc) -> Exc {
    if matches!(e.0.as_str(), "MemoryError" | "RecursionError") {
        (e.0.clone(), String::new(), None, None, None, None, None)
    } else {
        e.clone()
    }
}

fn show(e: Option<&Exc>) -> String {
    match e {
        None => "accepted".into(),
        Some((class, msg, l, o, el, eo, text)) => {
            let n = |v: &Option<i64>| v.map_or("None".into(), |v| v.to_string());
            format!(
                "{class}: {msg:?} lineno={} offset={} end_lineno={} end_offset={} text={text:?}",
                n(l),
                n(o),
                n(el),
                n(eo)
            )
        }
    }
}

/// The first line of a failure's detail when the two sides disagree on accepting the source
/// (the fuzzer's statistics tell the two kinds of failure apart by it).
pub const ACCEPTANCE_DIFFERS: &str = "acceptance differs";

fn compare(actual: Option<&Exc>, expected: Option<&Exc>) -> Outcome {
    if actual.map(key) == expected.map(key) {
        return Outcome::Pass;
    }
    let what = if actual.is_some() == expected.is_some() {
        "exception differs"
    } else {
        ACCEPTANCE_DIFFERS
    };
    Outcome::Fail(format!(
        "{what}:\n  krait  : {}\n  cpython: {}\n",
        show(actual),
        show(expected)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exc(class: &str, msg: &str, l: i64) -> Exc {
        (
            class.into(),
            msg.into(),
            Some(l),
            Some(1),
            Some(l),
            Some(2),
            None,
        )
    }

    #[test]
    fn limits_compare_by_class() {
        let a = exc("MemoryError", "", 1);
        let b = exc("MemoryError", "x", 2);
        assert_eq!(compare(Some(&a), Some(&b)), Outcome::Pass);
        assert_eq!(compare(None, None), Outcome::Pass);
        let s = exc("SyntaxError", "invalid syntax", 1);
        let t = exc("SyntaxError", "invalid syntax", 2);
        assert!(compare(Some(&s), Some(&t)).is_problem());
        let accept = compare(None, Some(&t));
        assert!(accept.detail().unwrap().starts_with(ACCEPTANCE_DIFFERS));
        assert!(
            compare(Some(&s), Some(&t))
                .detail()
                .unwrap()
                .starts_with("exception differs")
        );
    }
}
