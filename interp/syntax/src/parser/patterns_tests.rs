//! Unit tests of the `match` rules: each source's first statement, parsed by `rule_match_stmt`
//! alone (two passes, as `_PyPegen_run_parser` runs them), against CPython 3.11.7's
//! `ast.dump(ast.parse(SRC).body[0], include_attributes=True)` or its SyntaxError.

use super::super::core::Parser;
use super::super::{Mode, ParseError, ParseOptions};
use crate::ast::DumpOptions;
use crate::ast::dump::dump_node;

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

/// (source, CPython's dump or error), generated with python3 3.11.7.
const CASES: &[(&str, &str)] = &[
    (
        "match x:\n case 1: y\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), body=[Expr(value=Name(id='y', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=10)",
    ),
    (
        "match x, *y:\n case [1, 2, *rest]: ...\n case (a, b, *_): ...\n",
        "Match(subject=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), MatchValue(value=Constant(value=2, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=19), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=21, end_lineno=2, end_col_offset=24), lineno=2, col_offset=21, end_lineno=2, end_col_offset=24)]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), MatchAs(name='b', lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), MatchStar(lineno=3, col_offset=13, end_lineno=3, end_col_offset=15)], lineno=3, col_offset=6, end_lineno=3, end_col_offset=16), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=18, end_lineno=3, end_col_offset=21), lineno=3, col_offset=18, end_lineno=3, end_col_offset=21)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=21)",
    ),
    (
        "match (x):\n case -1 | 1.5 | -2j | 3 + 4j | -3 - 4j: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=6, end_lineno=2, end_col_offset=8), lineno=2, col_offset=6, end_lineno=2, end_col_offset=8), MatchValue(value=Constant(value=1.5, lineno=2, col_offset=11, end_lineno=2, end_col_offset=14), lineno=2, col_offset=11, end_lineno=2, end_col_offset=14), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2j, lineno=2, col_offset=18, end_lineno=2, end_col_offset=20), lineno=2, col_offset=17, end_lineno=2, end_col_offset=20), lineno=2, col_offset=17, end_lineno=2, end_col_offset=20), MatchValue(value=BinOp(left=Constant(value=3, lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), op=Add(), right=Constant(value=4j, lineno=2, col_offset=27, end_lineno=2, end_col_offset=29), lineno=2, col_offset=23, end_lineno=2, end_col_offset=29), lineno=2, col_offset=23, end_lineno=2, end_col_offset=29), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=3, lineno=2, col_offset=33, end_lineno=2, end_col_offset=34), lineno=2, col_offset=32, end_lineno=2, end_col_offset=34), op=Sub(), right=Constant(value=4j, lineno=2, col_offset=37, end_lineno=2, end_col_offset=39), lineno=2, col_offset=32, end_lineno=2, end_col_offset=39), lineno=2, col_offset=32, end_lineno=2, end_col_offset=39)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=39), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=41, end_lineno=2, end_col_offset=44), lineno=2, col_offset=41, end_lineno=2, end_col_offset=44)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=44)",
    ),
    (
        "match x:\n case 'a' 'b' | b'c': ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value='ab', lineno=2, col_offset=6, end_lineno=2, end_col_offset=13), lineno=2, col_offset=6, end_lineno=2, end_col_offset=13), MatchValue(value=Constant(value=b'c', lineno=2, col_offset=16, end_lineno=2, end_col_offset=20), lineno=2, col_offset=16, end_lineno=2, end_col_offset=20)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=20), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=22, end_lineno=2, end_col_offset=25), lineno=2, col_offset=22, end_lineno=2, end_col_offset=25)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=25)",
    ),
    (
        "match x:\n case None | True | False: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None, lineno=2, col_offset=6, end_lineno=2, end_col_offset=10), MatchSingleton(value=True, lineno=2, col_offset=13, end_lineno=2, end_col_offset=17), MatchSingleton(value=False, lineno=2, col_offset=20, end_lineno=2, end_col_offset=25)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=25), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=27, end_lineno=2, end_col_offset=30), lineno=2, col_offset=27, end_lineno=2, end_col_offset=30)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=30)",
    ),
    (
        "match x:\n case a.b.c | d.e: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), attr='b', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=9), attr='c', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=11), lineno=2, col_offset=6, end_lineno=2, end_col_offset=11), MatchValue(value=Attribute(value=Name(id='d', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), attr='e', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=17), lineno=2, col_offset=14, end_lineno=2, end_col_offset=17)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=17), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=19, end_lineno=2, end_col_offset=22), lineno=2, col_offset=19, end_lineno=2, end_col_offset=22)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=22)",
    ),
    (
        "match x:\n case _: ...\n case __: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12)]), match_case(pattern=MatchAs(name='__', lineno=3, col_offset=6, end_lineno=3, end_col_offset=8), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=10, end_lineno=3, end_col_offset=13), lineno=3, col_offset=10, end_lineno=3, end_col_offset=13)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=13)",
    ),
    (
        "match x:\n case {}: ...\n case {**rest}: ...\n case {1: a, 'k': b, c.d: e, None: f, -1: g, 1+2j: h, **r,}: ...\n case {1: _,}: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchMapping(keys=[], patterns=[], lineno=2, col_offset=6, end_lineno=2, end_col_offset=8), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), lineno=2, col_offset=10, end_lineno=2, end_col_offset=13)]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='rest', lineno=3, col_offset=6, end_lineno=3, end_col_offset=14), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=16, end_lineno=3, end_col_offset=19), lineno=3, col_offset=16, end_lineno=3, end_col_offset=19)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=4, col_offset=7, end_lineno=4, end_col_offset=8), Constant(value='k', lineno=4, col_offset=13, end_lineno=4, end_col_offset=16), Attribute(value=Name(id='c', ctx=Load(), lineno=4, col_offset=21, end_lineno=4, end_col_offset=22), attr='d', ctx=Load(), lineno=4, col_offset=21, end_lineno=4, end_col_offset=24), Constant(value=None, lineno=4, col_offset=29, end_lineno=4, end_col_offset=33), UnaryOp(op=USub(), operand=Constant(value=1, lineno=4, col_offset=39, end_lineno=4, end_col_offset=40), lineno=4, col_offset=38, end_lineno=4, end_col_offset=40), BinOp(left=Constant(value=1, lineno=4, col_offset=45, end_lineno=4, end_col_offset=46), op=Add(), right=Constant(value=2j, lineno=4, col_offset=47, end_lineno=4, end_col_offset=49), lineno=4, col_offset=45, end_lineno=4, end_col_offset=49)], patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), MatchAs(name='b', lineno=4, col_offset=18, end_lineno=4, end_col_offset=19), MatchAs(name='e', lineno=4, col_offset=26, end_lineno=4, end_col_offset=27), MatchAs(name='f', lineno=4, col_offset=35, end_lineno=4, end_col_offset=36), MatchAs(name='g', lineno=4, col_offset=42, end_lineno=4, end_col_offset=43), MatchAs(name='h', lineno=4, col_offset=51, end_lineno=4, end_col_offset=52)], rest='r', lineno=4, col_offset=6, end_lineno=4, end_col_offset=59), body=[Expr(value=Constant(value=Ellipsis, lineno=4, col_offset=61, end_lineno=4, end_col_offset=64), lineno=4, col_offset=61, end_lineno=4, end_col_offset=64)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=5, col_offset=7, end_lineno=5, end_col_offset=8)], patterns=[MatchAs(lineno=5, col_offset=10, end_lineno=5, end_col_offset=11)], lineno=5, col_offset=6, end_lineno=5, end_col_offset=13), body=[Expr(value=Constant(value=Ellipsis, lineno=5, col_offset=15, end_lineno=5, end_col_offset=18), lineno=5, col_offset=15, end_lineno=5, end_col_offset=18)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=18)",
    ),
    (
        "match x:\n case C(): ...\n case m.C(1, 2,): ...\n case C(a=1, b=[c]): ...\n case C(1, *(), a=b,): ...\n",
        "SyntaxError: invalid syntax (5, 12, 5, 13)",
    ),
    (
        "match x:\n case (1 | 2) as y if y > 1: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), MatchValue(value=Constant(value=2, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12)], lineno=2, col_offset=7, end_lineno=2, end_col_offset=12), name='y', lineno=2, col_offset=6, end_lineno=2, end_col_offset=18), guard=Compare(left=Name(id='y', ctx=Load(), lineno=2, col_offset=22, end_lineno=2, end_col_offset=23), ops=[Gt()], comparators=[Constant(value=1, lineno=2, col_offset=26, end_lineno=2, end_col_offset=27)], lineno=2, col_offset=22, end_lineno=2, end_col_offset=27), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=29, end_lineno=2, end_col_offset=32), lineno=2, col_offset=29, end_lineno=2, end_col_offset=32)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=32)",
    ),
    (
        "match x:\n case [a, [b, *c], (d, e), ()]: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), MatchSequence(patterns=[MatchAs(name='b', lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), MatchStar(name='c', lineno=2, col_offset=14, end_lineno=2, end_col_offset=16)], lineno=2, col_offset=10, end_lineno=2, end_col_offset=17), MatchSequence(patterns=[MatchAs(name='d', lineno=2, col_offset=20, end_lineno=2, end_col_offset=21), MatchAs(name='e', lineno=2, col_offset=23, end_lineno=2, end_col_offset=24)], lineno=2, col_offset=19, end_lineno=2, end_col_offset=25), MatchSequence(patterns=[], lineno=2, col_offset=27, end_lineno=2, end_col_offset=29)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=30), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=32, end_lineno=2, end_col_offset=35), lineno=2, col_offset=32, end_lineno=2, end_col_offset=35)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=35)",
    ),
    (
        "match x:\n case 1, 2: ...\n case *a, b: ...\n case a,: ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), MatchValue(value=Constant(value=2, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=10), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=12, end_lineno=2, end_col_offset=15), lineno=2, col_offset=12, end_lineno=2, end_col_offset=15)]), match_case(pattern=MatchSequence(patterns=[MatchStar(name='a', lineno=3, col_offset=6, end_lineno=3, end_col_offset=8), MatchAs(name='b', lineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], lineno=3, col_offset=6, end_lineno=3, end_col_offset=11), body=[Expr(value=Constant(value=Ellipsis, lineno=3, col_offset=13, end_lineno=3, end_col_offset=16), lineno=3, col_offset=13, end_lineno=3, end_col_offset=16)]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=6, end_lineno=4, end_col_offset=7)], lineno=4, col_offset=6, end_lineno=4, end_col_offset=8), body=[Expr(value=Constant(value=Ellipsis, lineno=4, col_offset=10, end_lineno=4, end_col_offset=13), lineno=4, col_offset=10, end_lineno=4, end_col_offset=13)])], lineno=1, col_offset=0, end_lineno=4, end_col_offset=13)",
    ),
    (
        "match x:\n case (a as b) | (c as b): ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchAs(pattern=MatchAs(name='a', lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), name='b', lineno=2, col_offset=7, end_lineno=2, end_col_offset=13), MatchAs(pattern=MatchAs(name='c', lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), name='b', lineno=2, col_offset=18, end_lineno=2, end_col_offset=24)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=25), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=27, end_lineno=2, end_col_offset=30), lineno=2, col_offset=27, end_lineno=2, end_col_offset=30)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=30)",
    ),
    (
        "match [match, case]:\n case case if (match := case): ...\n",
        "Match(subject=List(elts=[Name(id='match', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), Name(id='case', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=19), cases=[match_case(pattern=MatchAs(name='case', lineno=2, col_offset=6, end_lineno=2, end_col_offset=10), guard=NamedExpr(target=Name(id='match', ctx=Store(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=20), value=Name(id='case', ctx=Load(), lineno=2, col_offset=24, end_lineno=2, end_col_offset=28), lineno=2, col_offset=15, end_lineno=2, end_col_offset=28), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=31, end_lineno=2, end_col_offset=34), lineno=2, col_offset=31, end_lineno=2, end_col_offset=34)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=34)",
    ),
    (
        "match x:\n case (\n  1\n  | 2\n ): ...\n",
        "Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), MatchValue(value=Constant(value=2, lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=2, end_lineno=4, end_col_offset=5), body=[Expr(value=Constant(value=Ellipsis, lineno=5, col_offset=4, end_lineno=5, end_col_offset=7), lineno=5, col_offset=4, end_lineno=5, end_col_offset=7)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=7)",
    ),
    (
        "match x:\n case a as _: ...\n",
        "SyntaxError: cannot use '_' as a target (2, 12, 2, 13)",
    ),
    (
        "match x:\n case a as 1: ...\n",
        "SyntaxError: invalid pattern target (2, 12, 2, 13)",
    ),
    (
        "match x:\n case 1 + 1: ...\n",
        "SyntaxError: imaginary number required in complex literal (2, 11, 2, 12)",
    ),
    (
        "match x:\n case 1j + 1j: ...\n",
        "SyntaxError: real number required in complex literal (2, 7, 2, 9)",
    ),
    (
        "match x:\n case -1 - 2: ...\n",
        "SyntaxError: imaginary number required in complex literal (2, 12, 2, 13)",
    ),
    (
        "match x:\n case C(a=1, b): ...\n",
        "SyntaxError: positional patterns follow keyword patterns (2, 14, 2, 15)",
    ),
    (
        "match x:\n case m.C(a, b=1, c, d): ...\n",
        "SyntaxError: positional patterns follow keyword patterns (2, 19, 2, 23)",
    ),
    (
        "match x\n case 1: ...\n",
        "SyntaxError: expected ':' (1, 8, 1, 8)",
    ),
    (
        "match x, y\n case 1: ...\n",
        "SyntaxError: expected ':' (1, 11, 1, 11)",
    ),
    (
        "match x:\n case 1\n",
        "SyntaxError: expected ':' (2, 8, 2, 8)",
    ),
    (
        "match x:\n case y if y > 0\n",
        "SyntaxError: expected ':' (2, 17, 2, 17)",
    ),
    (
        "match x:\nx\n",
        "IndentationError: expected an indented block after 'match' statement on line 1 (2, 1, 2, 2)",
    ),
    (
        "match x:\n case 1:\nx\n",
        "IndentationError: expected an indented block after 'case' statement on line 2 (3, 0, 3, -1)",
    ),
    (
        "match x:\n case {1: a, 2}: ...\n",
        "SyntaxError: invalid syntax (2, 15, 2, 16)",
    ),
    (
        "match x:\n case {**rest, 'a': 1}: ...\n",
        "SyntaxError: invalid syntax (2, 16, 2, 19)",
    ),
];

#[test]
fn match_statements_agree_with_cpython() {
    let mut failures = Vec::new();
    for (src, want) in CASES {
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
