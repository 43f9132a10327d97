//! Layer `ast`: `krait_syntax::parser::parse_bytes` + `dump` against
//! `ast.dump(ast.parse(bytes), include_attributes=True)`.
//!
//! A case CPython rejects is skipped here (the `errors` layer compares the rejection) unless krait
//! accepts it, which is a failure. A difference is shown as the smallest differing subtree of each
//! dump, found by walking both as parenthesised trees, with the path of node names leading to it.

use super::Layer;
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};
use krait_syntax::ast::Mod;
use krait_syntax::ast::dump::{DumpOptions, dump};
use krait_syntax::parser::{Mode, ParseError, ParseOptions, check_ast_depth, parse_bytes};
use krait_syntax::stack::with_big_stack;

/// The depth `ast.parse` can build when the oracle's helper calls it (two Python frames deep):
/// CPython raises `RecursionError` past it (measured with python3 3.11.7).
const AST_DEPTH_LIMIT: u32 = 2993;

/// A parse failure as both sides report it: class, msg, lineno, offset, end_lineno, end_offset,
/// text.
pub type Exc = (
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
);
/// What the oracle's `ast_of_*` returns: the dump, or the exception.
pub type OracleAst = (Option<String>, Option<Exc>);

/// See the module documentation.
#[derive(Debug)]
pub struct Ast;

impl Layer for Ast {
    fn name(&self) -> &'static str {
        "ast"
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

/// `ast.parse(source)` on both sides (the oracle's answer first).
pub fn both_sides(
    source: &[u8],
    oracle: &Oracle,
) -> Result<(OracleAst, Result<Mod, ParseError>), Outcome> {
    let expected: OracleAst = oracle
        .call_bytes("ast_of_bytes", source)
        .map_err(|e| Outcome::Fail(format!("oracle error: {e}")))?;
    let actual = catch_krait(|| krait_parse(source))?;
    Ok((expected, actual))
}

/// krait's `ast.parse(source_bytes)` (run it on a big stack: the tree may be deep).
pub fn krait_parse(source: &[u8]) -> Result<Mod, ParseError> {
    parse_bytes(source, Mode::Exec, ParseOptions::default(), "<unknown>")
        .and_then(|m| check_ast_depth(&m, AST_DEPTH_LIMIT).map(|()| m))
}

/// krait's rejection in the oracle's shape.
pub fn krait_exc(e: &ParseError) -> Exc {
    match e {
        ParseError::Syntax(s) => (
            s.class.name().to_string(),
            s.msg.clone(),
            s.lineno,
            s.offset,
            s.end_lineno,
            s.end_offset,
            s.text.clone(),
        ),
        ParseError::Memory => bare("MemoryError", String::new()),
        ParseError::Recursion(_) => bare("RecursionError", String::new()),
        ParseError::UnicodeDecode(m) => bare("UnicodeDecodeError", m.clone()),
    }
}

/// An exception with a message and no location.
fn bare(class: &str, msg: String) -> Exc {
    (class.into(), msg, None, None, None, None, None)
}

fn check_source(source: &[u8], oracle: &Oracle) -> Outcome {
    let ((expected, exc), actual) = match both_sides(source, oracle) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let krait_dump = match &actual {
        Ok(m) => match catch_krait(|| {
            dump(
                m,
                DumpOptions {
                    include_attributes: true,
                    ..DumpOptions::default()
                },
            )
        }) {
            Ok(d) => Some(d),
            Err(panic) => return panic,
        },
        Err(_) => None,
    };
    match (expected, krait_dump) {
        (Some(a), Some(b)) if a == b => Outcome::Pass,
        (Some(cpython), Some(krait)) => Outcome::Fail(tree_difference(&krait, &cpython)),
        (Some(_), None) => Outcome::Fail(format!(
            "CPython accepts, krait rejects: {:?}",
            actual.err().map(|e| krait_exc(&e))
        )),
        (None, Some(_)) => Outcome::Fail(format!(
            "CPython rejects ({}), krait accepts",
            describe(exc.as_ref())
        )),
        (None, None) => {
            Outcome::Skipped(format!("rejected by CPython: {}", describe(exc.as_ref())))
        }
    }
}

fn describe(exc: Option<&Exc>) -> String {
    exc.map_or_else(|| "?".into(), |e| format!("{}: {}", e.0, e.1))
}

/// How much of a differing subtree is shown.
const SHOW: usize = 400;

/// The smallest differing subtree of two dumps, with the path of node heads leading to it.
pub fn tree_difference(krait: &str, cpython: &str) -> String {
    let (mut a, mut b) = (krait, cpython);
    let mut path: Vec<String> = Vec::new();
    // Descend while both sides are the same kind of node with the same number of children.
    while let (Some((ha, ca)), Some((hb, cb))) = (split_node(a), split_node(b)) {
        if ha != hb || ca.len() != cb.len() {
            break;
        }
        let Some(i) = ca.iter().zip(&cb).position(|(x, y)| x != y) else {
            break;
        };
        // A differing scalar (a position, a name) is shown with the node that holds it.
        if split_node(ca[i]).is_none() && split_node(cb[i]).is_none() {
            break;
        }
        // A list is named by its field (`body[1]`), a node by its head (`value=Constant`).
        path.push(if ha.is_empty() || ha.ends_with('=') {
            format!("{}[{i}]", ha.trim_end_matches('='))
        } else {
            ha.to_string()
        });
        a = ca[i];
        b = cb[i];
    }
    format!(
        "first differing subtree at {}:\n  krait  : {}\n  cpython: {}\n",
        if path.is_empty() {
            "the root".to_string()
        } else {
            path.join(" > ")
        },
        truncate(a),
        truncate(b)
    )
}

fn truncate(s: &str) -> String {
    match s.char_indices().nth(SHOW) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Splits `head(child, child, ...)` or `[child, ...]` (head "") into its head and top-level
/// children; `None` for a scalar. String literals (Python reprs) are skipped over.
fn split_node(s: &str) -> Option<(&str, Vec<&str>)> {
    let bytes = s.as_bytes();
    let open = scan(bytes, 0, |b, depth| depth == 0 && (b == b'(' || b == b'['))?;
    let close = match bytes[open] {
        b'(' => b')',
        _ => b']',
    };
    if bytes.last() != Some(&close) {
        return None;
    }
    let inner = &s[open + 1..s.len() - 1];
    let mut children = Vec::new();
    let ib = inner.as_bytes();
    let mut start = 0;
    while start < ib.len() {
        let end = scan(ib, start, |b, depth| depth == 0 && b == b',').unwrap_or(ib.len());
        children.push(inner[start..end].trim());
        start = end + 1;
    }
    Some((&s[..open], children))
}

/// The first index from `from` where `stop(byte, depth)` holds, outside string literals, with
/// `depth` the bracket nesting before that byte.
fn scan(b: &[u8], from: usize, stop: impl Fn(u8, usize) -> bool) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' || c == b'"' {
            i += 1;
            while i < b.len() && b[i] != c {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            continue;
        }
        if stop(c, depth) {
            return Some(i);
        }
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_smallest_differing_node() {
        let a = "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0)), \
                 Expr(value=Constant(value='a,(b', lineno=2, col_offset=0))], type_ignores=[])";
        let b = "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0)), \
                 Expr(value=Constant(value='a,(b', lineno=2, col_offset=1))], type_ignores=[])";
        let d = tree_difference(a, b);
        assert!(d.contains("at Module > body[1] > Expr"), "{d}");
        assert!(
            d.contains("krait  : value=Constant(value='a,(b', lineno=2, col_offset=0)"),
            "{d}"
        );
        assert!(
            d.contains("cpython: value=Constant(value='a,(b', lineno=2, col_offset=1)"),
            "{d}"
        );
    }

    #[test]
    fn scalars_do_not_split() {
        assert!(split_node("lineno=1").is_none());
        assert!(split_node("value='(x)'").is_none());
        let (h, c) = split_node("Load()").unwrap();
        assert_eq!((h, c.len()), ("Load", 0));
    }
}
