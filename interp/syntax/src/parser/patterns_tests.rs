//! Unit tests of the `match` rules: each source's first statement, parsed by `rule_match_stmt`
//! alone (two passes, as `_PyPegen_run_parser` runs them), against CPython 3.11.7's
//! `ast.dump(ast.parse(SRC).body[0], include_attributes=True)` or its SyntaxError, asked of the
//! oracle when the tests run.

use super::super::core::Parser;
use super::super::{Mode, ParseError, ParseOptions};
use crate::ast::DumpOptions;
use crate::ast::dump::dump_node;
use crate::ast::tests::{py_literal, python};

/// The dump of the `Match` statement of `src`, or its error as "Class: msg (l, o, el, eo)".
fn parse_match(src: &str) -> String {
    let mut p = Parser::new(src, Mode::Exec, ParseOptions::default());
    if let Some(s) = p.rule_match_stmt()
        && p.error.is_none()
    {
        let opts = DumpOptions {
            include_attributes: true,
            ..DumpOptions::default()
        };
        return dump_node(&s, &opts);
    }
    if p.error.is_none() {
        let last = p.toks.last().copied();
        p.reset_for_error_pass();
        let _ = p.rule_match_stmt();
        p.set_syntax_error(last);
    }
    match p.error {
        Some(ParseError::Syntax(e)) => format!(
            "{}: {} ({}, {}, {}, {})",
            e.class.name(),
            e.msg,
            e.lineno.unwrap_or(0),
            e.offset.unwrap_or(0),
            e.end_lineno.unwrap_or(0),
            e.end_offset.unwrap_or(0)
        ),
        Some(e) => e.type_name().to_string(),
        None => "no error".to_string(),
    }
}

/// Match statements, valid and invalid; the expected dump or error of each is asked of the
/// oracle (`python3`) when the test runs.
const SOURCES: &[&str] = &[
    "match x:\n case 1: y\n",
    "match x, *y:\n case [1, 2, *rest]: ...\n case (a, b, *_): ...\n",
    "match (x):\n case -1 | 1.5 | -2j | 3 + 4j | -3 - 4j: ...\n",
    "match x:\n case 'a' 'b' | b'c': ...\n",
    "match x:\n case None | True | False: ...\n",
    "match x:\n case a.b.c | d.e: ...\n",
    "match x:\n case _: ...\n case __: ...\n",
    "match x:\n case {}: ...\n case {**rest}: ...\n case {1: a, 'k': b, c.d: e, None: f, -1: g, 1+2j: h, **r,}: ...\n case {1: _,}: ...\n",
    "match x:\n case C(): ...\n case m.C(1, 2,): ...\n case C(a=1, b=[c]): ...\n case C(1, *(), a=b,): ...\n",
    "match x:\n case (1 | 2) as y if y > 1: ...\n",
    "match x:\n case [a, [b, *c], (d, e), ()]: ...\n",
    "match x:\n case 1, 2: ...\n case *a, b: ...\n case a,: ...\n",
    "match x:\n case (a as b) | (c as b): ...\n",
    "match [match, case]:\n case case if (match := case): ...\n",
    "match x:\n case (\n  1\n  | 2\n ): ...\n",
    "match x:\n case a as _: ...\n",
    "match x:\n case a as 1: ...\n",
    "match x:\n case 1 + 1: ...\n",
    "match x:\n case 1j + 1j: ...\n",
    "match x:\n case -1 - 2: ...\n",
    "match x:\n case C(a=1, b): ...\n",
    "match x:\n case m.C(a, b=1, c, d): ...\n",
    "match x\n case 1: ...\n",
    "match x, y\n case 1: ...\n",
    "match x:\n case 1\n",
    "match x:\n case y if y > 0\n",
    "match x:\nx\n",
    "match x:\n case 1:\nx\n",
    "match x:\n case {1: a, 2}: ...\n",
    "match x:\n case {**rest, 'a': 1}: ...\n",
];

/// CPython's `ast.dump(ast.parse(src).body[0], include_attributes=True)` for each source, or its
/// error in `parse_match`'s format, one per line.
fn oracle(sources: &[&str]) -> Vec<String> {
    let literals: Vec<String> = sources.iter().map(|s| py_literal(s)).collect();
    let code = format!(
        "import ast\n\
         for src in [{}]:\n\
         \x20   try:\n\
         \x20       print(ast.dump(ast.parse(src).body[0], include_attributes=True))\n\
         \x20   except SyntaxError as e:\n\
         \x20       print(f'{{type(e).__name__}}: {{e.msg}} ({{e.lineno}}, {{e.offset}}, {{e.end_lineno}}, {{e.end_offset}})')\n",
        literals.join(", ")
    );
    python(&code).lines().map(str::to_owned).collect()
}

#[test]
fn match_statements_agree_with_cpython() {
    let expected = oracle(SOURCES);
    assert_eq!(expected.len(), SOURCES.len(), "one oracle line per source");
    let mut failures = Vec::new();
    for (src, want) in SOURCES.iter().zip(&expected) {
        let got = parse_match(src);
        if got != *want {
            failures.push(format!("{src:?}\n  got  {got}\n  want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deeply_nested_patterns_do_not_overflow() {
    let depth = 150;
    let src = format!(
        "match x:\n case {}1{}: y\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert!(parse_match(&src).starts_with("Match("));
}
