//! Unit tests of the lexer: expected values were observed with CPython 3.11.7 (`_tokenize.TokenizerIter`
//! for token streams, `compile()` for errors); one test re-checks errors against a live `python3` if present.

use super::*;
use TokenType::*;
use proptest::prelude::*;

/// All tokens up to and including ENDMARKER, as `(type, text)`, or the first error.
fn lex(src: &str, mode: LexMode) -> Result<Vec<(TokenType, &str)>, LexError> {
    let mut lexer = Lexer::new(src, mode);
    let mut out = Vec::new();
    loop {
        let tok = lexer.next_token()?;
        out.push((tok.kind, tok.text(src)));
        if tok.kind == ENDMARKER {
            return Ok(out);
        }
    }
}

fn kinds(src: &str) -> Vec<TokenType> {
    lex(src, LexMode::default())
        .expect("lexes")
        .into_iter()
        .map(|t| t.0)
        .collect()
}

/// `(class, msg, lineno, offset, end_lineno, end_offset)` of the first error.
fn err(src: &str) -> (&'static str, String, u32, i64, u32, i64) {
    let e = lex(src, LexMode::default()).expect_err("fails");
    let l = e.location.expect("has a location");
    (
        e.class.name(),
        e.msg,
        l.lineno,
        l.offset,
        l.end_lineno,
        l.end_offset,
    )
}

#[test]
fn simple_statement_with_indentation() {
    assert_eq!(
        kinds("if x:\n  y = 1\nz\n"),
        [
            NAME, NAME, COLON, NEWLINE, INDENT, NAME, EQUAL, NUMBER, NEWLINE, DEDENT, NAME,
            NEWLINE, ENDMARKER
        ]
    );
}

#[test]
fn blank_lines_comments_and_brackets_produce_no_tokens() {
    assert_eq!(
        kinds("# c\n\n  # d\nx = (1, # e\n\n 2)\n"),
        [
            NAME, EQUAL, LPAR, NUMBER, COMMA, NUMBER, RPAR, NEWLINE, ENDMARKER
        ]
    );
}

#[test]
fn newline_spans_a_trailing_comment() {
    let src = "x # c\ny\n";
    let mut lexer = Lexer::new(src, LexMode::default());
    lexer.next_token().unwrap();
    let nl = lexer.next_token().unwrap();
    assert_eq!((nl.kind, nl.start, nl.end), (NEWLINE, 2, 5));
}

#[test]
fn missing_final_newline_is_supplied() {
    assert_eq!(kinds("x"), [NAME, NEWLINE, ENDMARKER]);
    assert_eq!(kinds(""), [ENDMARKER]);
    assert_eq!(
        kinds("if x:\n  y"),
        [
            NAME, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, ENDMARKER
        ]
    );
}

#[test]
fn carriage_returns_end_lines() {
    assert_eq!(
        kinds("x\r\ny\rz"),
        [NAME, NEWLINE, NAME, NEWLINE, NAME, NEWLINE, ENDMARKER]
    );
}

#[test]
fn operators_take_the_longest_form() {
    let toks = lex("a**=b//c...d..e->f:=g<>h!i$", LexMode::default()).unwrap();
    let ops: Vec<_> = toks
        .iter()
        .filter(|t| t.0 != NAME)
        .map(|t| (t.0, t.1))
        .collect();
    assert_eq!(
        ops,
        [
            (DOUBLESTAREQUAL, "**="),
            (DOUBLESLASH, "//"),
            (ELLIPSIS, "..."),
            (DOT, "."),
            (DOT, "."),
            (RARROW, "->"),
            (COLONEQUAL, ":="),
            (NOTEQUAL, "<>"),
            (OP, "!"),
            (OP, "$"),
            (NEWLINE, ""),
            (ENDMARKER, ""),
        ]
    );
}

#[test]
fn strings_with_prefixes_and_continuations() {
    let toks = lex("rb'a' f\"b\" '''c\nd''' 'e\\\nf' ub''", LexMode::default()).unwrap();
    let texts: Vec<_> = toks.iter().map(|t| (t.0, t.1)).collect();
    assert_eq!(
        texts[..6],
        [
            (STRING, "rb'a'"),
            (STRING, "f\"b\""),
            (STRING, "'''c\nd'''"),
            (STRING, "'e\\\nf'"),
            (NAME, "ub"),
            (STRING, "''")
        ]
    );
}

#[test]
fn numbers_and_keywords_after_them() {
    let toks = lex(
        "0xFF 0o17 0b1_0 1e-5 .5j 00 1if x else 2 1else",
        LexMode::default(),
    )
    .unwrap();
    let texts: Vec<_> = toks.iter().map(|t| t.1).collect();
    assert_eq!(
        texts[..12],
        [
            "0xFF", "0o17", "0b1_0", "1e-5", ".5j", "00", "1", "if", "x", "else", "2", "1"
        ]
    );
    let mut lexer = Lexer::new("1if x else 2\n", LexMode::default());
    while lexer.next_token().unwrap().kind != ENDMARKER {}
    assert_eq!(lexer.warnings().len(), 1);
    assert_eq!(lexer.warnings()[0].msg, "invalid decimal literal");
    assert_eq!(lexer.warnings()[0].location.offset, 1);
}

#[test]
fn async_and_await_are_their_own_tokens() {
    assert_eq!(
        kinds("async def f(): await x"),
        [
            ASYNC, NAME, NAME, LPAR, RPAR, COLON, AWAIT, NAME, NEWLINE, ENDMARKER
        ]
    );
}

#[test]
fn type_comments_only_in_type_comment_mode() {
    let src = "def f(a):  # type: (int) -> None\n  pass  # type: ignore[x]\n#type:int\nx = 1 # type: ignored\n";
    assert!(!kinds(src).contains(&TYPE_COMMENT));
    let toks = lex(
        src,
        LexMode {
            type_comments: true,
            ..LexMode::default()
        },
    )
    .unwrap();
    let special: Vec<_> = toks
        .iter()
        .filter(|t| matches!(t.0, TYPE_COMMENT | TYPE_IGNORE))
        .copied()
        .collect();
    assert_eq!(
        special,
        [
            (TYPE_COMMENT, "(int) -> None"),
            (TYPE_IGNORE, "[x]"),
            (TYPE_COMMENT, "int"),
            (TYPE_COMMENT, "ignored")
        ]
    );
    // A type comment alone on its line is followed by a NEWLINE of its own, as CPython's grammar expects.
    let toks = lex(
        "#type:int\n",
        LexMode {
            type_comments: true,
            ..LexMode::default()
        },
    )
    .unwrap();
    assert_eq!(
        toks.iter().map(|t| t.0).collect::<Vec<_>>(),
        [TYPE_COMMENT, NEWLINE, ENDMARKER]
    );
    let toks = lex(
        "# type: ignore\nx\n",
        LexMode {
            type_comments: true,
            ..LexMode::default()
        },
    )
    .unwrap();
    assert_eq!(
        toks.iter().map(|t| t.0).collect::<Vec<_>>(),
        [TYPE_IGNORE, NAME, NEWLINE, ENDMARKER]
    );
}

#[test]
fn indentation_errors() {
    let dedent = "unindent does not match any outer indentation level".to_owned();
    assert_eq!(
        err("if x:\n        a\n    éb\n"),
        ("IndentationError", dedent, 3, 7, 3, -1)
    );
    let tab = "inconsistent use of tabs and spaces in indentation".to_owned();
    assert_eq!(
        err("if x:\n\ta\n        b\n"),
        ("TabError", tab, 3, 1, 3, 0)
    );
    let deep: String = (0..101)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(101);
    assert_eq!(
        err(&deep),
        (
            "IndentationError",
            "too many levels of indentation".to_owned(),
            101,
            1,
            101,
            0
        )
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(
        err(")\n"),
        ("SyntaxError", "unmatched ')'".to_owned(), 1, 1, 1, 1)
    );
    let msg = "closing parenthesis ']' does not match opening parenthesis '(' on line 1".to_owned();
    assert_eq!(err("(\n]\n"), ("SyntaxError", msg, 2, 1, 2, 1));
    assert_eq!(
        err("x = (é, [\n"),
        ("SyntaxError", "'[' was never closed".to_owned(), 1, 9, 1, 0)
    );
    let deep = format!("x = {}\n", "(".repeat(201));
    assert_eq!(
        err(&deep),
        (
            "SyntaxError",
            "too many nested parentheses".to_owned(),
            1,
            205,
            1,
            205
        )
    );
    let mut lexer = Lexer::new("f(a, [\n", LexMode::default());
    for _ in 0..5 {
        lexer.next_token().unwrap();
    }
    let open: Vec<_> = lexer
        .open_brackets()
        .iter()
        .map(|b| (b.ch, b.lineno, b.col))
        .collect();
    assert_eq!(open, [(b'(', 1, 1), (b'[', 1, 5)]);
}

#[test]
fn string_errors_point_at_the_token_start() {
    let msg = "unterminated triple-quoted string literal (detected at line 2)".to_owned();
    assert_eq!(err("é = '''abc\n\n"), ("SyntaxError", msg, 1, 5, 1, 5));
    let msg = "unterminated string literal (detected at line 1)".to_owned();
    assert_eq!(
        err("x = 'a\rb'\n"),
        ("SyntaxError", msg.clone(), 1, 5, 1, 5)
    );
    assert_eq!(err("b'abc\n"), ("SyntaxError", msg, 1, 1, 1, 1));
}

#[test]
fn number_errors() {
    let e = |s| {
        let (_, msg, _, off, _, end) = err(s);
        (msg, off, end)
    };
    assert_eq!(
        e("0b12\n"),
        ("invalid digit '2' in binary literal".to_owned(), 4, 4)
    );
    assert_eq!(
        e("0o_8\n"),
        ("invalid digit '8' in octal literal".to_owned(), 4, 4)
    );
    assert_eq!(e("0x\n"), ("invalid hexadecimal literal".to_owned(), 2, 2));
    assert_eq!(e("1__0\n"), ("invalid decimal literal".to_owned(), 2, 2));
    assert_eq!(e("1ex\n"), ("invalid decimal literal".to_owned(), 1, 1));
    assert_eq!(e("1jx\n"), ("invalid imaginary literal".to_owned(), 2, 2));
    let zeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    assert_eq!(e("é = 012\n"), (zeros.to_owned(), 6, 7));
    assert_eq!(kinds("1é\n"), [NUMBER, NAME, NEWLINE, ENDMARKER]);
}

#[test]
fn character_errors() {
    assert_eq!(err("a€b = 1\n").1, "invalid character '€' (U+20AC)");
    assert_eq!(err("a€b = 1\n").3, 2);
    assert_eq!(
        err("a\u{a0}b\n").1,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(
        err("x = \x01\n").1,
        "invalid non-printable character U+0001"
    );
    let e = lex("a\0b", LexMode::default()).unwrap_err();
    assert_eq!((e.kind, e.location), (LexErrorKind::NullBytes, None));
}

#[test]
fn continuation_errors() {
    let msg = "unexpected character after line continuation character".to_owned();
    assert_eq!(
        err("é = 1 \\ y\n"),
        ("SyntaxError", msg.clone(), 1, 8, 1, 0)
    );
    assert_eq!(
        err("x = '''a\nb''' \\ y\n"),
        ("SyntaxError", msg, 2, 16, 2, 0)
    );
    let eof = "unexpected EOF while parsing".to_owned();
    assert_eq!(err("x = 1 \\"), ("SyntaxError", eof, 1, 8, 1, -1));
}

#[test]
fn errors_are_lazy_and_sticky() {
    let mut lexer = Lexer::new("x = 1\ny = )\n", LexMode::default());
    for _ in 0..6 {
        assert!(lexer.next_token().is_ok());
    }
    let first = lexer.next_token().unwrap_err();
    assert_eq!(first.msg, "unmatched ')'");
    assert_eq!(lexer.next_token().unwrap_err(), first);
}

#[test]
fn long_lines_and_deep_nesting_do_not_recurse() {
    let long = format!("x = {}\n", "1 + ".repeat(25_000) + "1");
    assert_eq!(lex(&long, LexMode::default()).unwrap().len(), 50_005);
    let nested = format!("x = {}{}\n", "(".repeat(200), ")".repeat(200));
    assert!(lex(&nested, LexMode::default()).is_ok());
}

/// Re-checks a few error locations against the `python3` on PATH (skipped when there is none).
#[test]
fn errors_agree_with_live_cpython() {
    let cases = [
        "if x:\n  a\n b\n",
        "x = (1,\n",
        "0b2\n",
        "x = '''\n",
        "é€\n",
        "x = 1 \\ y\n",
        "(]\n",
        "07\n",
    ];
    let script = "import sys,json\nfor s in json.load(sys.stdin):\n try: compile(s,'<s>','exec'); print('OK')\n except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, sep='|')\n";
    let json = format!(
        "[{}]",
        cases
            .iter()
            .map(|c| format!("{:?}", c).replace("\\'", "'"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let Ok(mut child) = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        return;
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(json.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let expected = String::from_utf8(out.stdout).unwrap();
    for (case, want) in cases.iter().zip(expected.lines()) {
        let (class, msg, l, o, el, eo) = err(case);
        assert_eq!(
            format!("{class}|{msg}|{l}|{o}|{el}|{eo}"),
            want,
            "for {case:?}"
        );
    }
}

/// Characters likely to upset a lexer, for mutation.
const NASTY: &[char] = &[
    '(', ')', '[', ']', '{', '}', '\'', '"', '\\', '\n', '\r', '\t', '\x0c', '#', '0', '1', '_',
    'e', 'j', 'x', '.', ' ', 'é', '€', '\u{a0}', '\u{2028}', '\x01', 'f', 'b', 'r', ':', '=', '<',
    '>',
];

const SEEDS: &[&str] = &[
    "def f(a, b=1, *c, **d):\n    '''doc'''\n    return a + b  # comment\n",
    "class A(B):\n\tx = [1, 2,\n\t     3]\n\tif x:\n\t\tpass\n",
    "x = 0x1f + 0o17 + 0b1 + 1_000.5e-3j + .5\ns = rb'a' f\"{x}\" '''t\nu'''\n",
    "if a:\n  b = (c\n   + d) \\\n   + e\nelse:\n  f\n",
    "@dec\nasync def g():\n    await h(x, *y, **z); return ...\n",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Mutated sources never panic, and every call makes progress: lexing ends within a bounded number
    /// of tokens, with ENDMARKER or an error.
    #[test]
    fn mutations_never_panic_or_stall(
        seed in 0..SEEDS.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..NASTY.len(), any::<bool>()), 1..6),
    ) {
        let mut chars: Vec<char> = SEEDS[seed].chars().collect();
        for (at, with, insert) in edits {
            let i = at.index(chars.len() + 1);
            if insert || i == chars.len() {
                chars.insert(i, NASTY[with]);
            } else {
                chars[i] = NASTY[with];
            }
        }
        let src: String = chars.into_iter().collect();
        let mut lexer = Lexer::new(&src, LexMode { type_comments: seed % 2 == 0, ..LexMode::default() });
        let mut steps = 0;
        loop {
            steps += 1;
            prop_assert!(steps < 4 * src.len() + 200, "no progress on {:?}", src);
            match lexer.next_token() {
                Ok(tok) => {
                    prop_assert!(tok.start <= tok.end && tok.end as usize <= src.len());
                    if tok.kind == ENDMARKER {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    }
}
