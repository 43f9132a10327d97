//! Unit tests of the `tokenize` view: token streams checked against what CPython 3.11 produces.

use super::*;

/// `(type name, string, start, end)` of one token, like `python3 -m tokenize` shows it.
type Row = (String, String, (u32, u32), (u32, u32));

fn dump(t: &Tokenized) -> Vec<Row> {
    (0..t.tokens.len())
        .map(|i| {
            let k = &t.tokens[i];
            (
                k.exact.name().to_string(),
                t.string(i).to_string(),
                k.start,
                k.end,
            )
        })
        .collect()
}

fn names(t: &Tokenized) -> String {
    (0..t.tokens.len())
        .map(|i| {
            format!(
                "{}:{}",
                t.tokens[i].exact.name(),
                pyrepr::repr_str(t.string(i))
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn simple_statement() {
    let t = tokenize(b"x = 1\n", Some("f.py"));
    assert!(t.error.is_none());
    assert_eq!(
        names(&t),
        "ENCODING:'utf-8' NAME:'x' EQUAL:'=' NUMBER:'1' NEWLINE:'\\n' ENDMARKER:''"
    );
    assert_eq!(t.line(1), "x = 1\n");
    assert_eq!(dump(&t)[4].2, (1, 5));
}

#[test]
fn implicit_newline_and_comment_at_end() {
    let t = generate_tokens("if x:\n    y");
    assert_eq!(
        names(&t),
        "NAME:'if' NAME:'x' COLON:':' NEWLINE:'\\n' INDENT:'    ' NAME:'y' NEWLINE:'' DEDENT:'' ENDMARKER:''"
    );
    let d = dump(&t);
    assert_eq!((d[6].2, d[6].3), ((2, 5), (2, 6)));
    assert_eq!(d[7].2, (3, 0));
    let t = generate_tokens("x\n# c");
    assert_eq!(
        names(&t),
        "NAME:'x' NEWLINE:'\\n' COMMENT:'# c' NL:'' ENDMARKER:''"
    );
}

#[test]
fn errortokens_and_lone_cr() {
    let t = generate_tokens("a $\rb\n");
    assert_eq!(
        names(&t),
        "NAME:'a' ERRORTOKEN:' ' ERRORTOKEN:'$' ERRORTOKEN:'\\r' NAME:'b' NEWLINE:'\\n' ENDMARKER:''"
    );
    let t = generate_tokens("'abc\nx²y = 1\n");
    assert_eq!(
        names(&t),
        "ERRORTOKEN:\"'\" NAME:'abc' NEWLINE:'\\n' NAME:'x²y' EQUAL:'=' NUMBER:'1' NEWLINE:'\\n' ENDMARKER:''"
    );
    let t = generate_tokens("²\n");
    assert_eq!(names(&t), "OP:'²' NEWLINE:'\\n' ENDMARKER:''");
}

#[test]
fn continued_strings() {
    let t = generate_tokens("s = 'a\\\nb'\n");
    assert_eq!(
        names(&t),
        "NAME:'s' EQUAL:'=' STRING:\"'a\\\\\\nb'\" NEWLINE:'\\n' ENDMARKER:''"
    );
    assert_eq!(dump(&t)[2].3, (2, 2));
    assert_eq!(t.line(2), "s = 'a\\\nb'\n");
    let t = generate_tokens("'a\\\nb\nc\n");
    assert_eq!(
        names(&t),
        "ERRORTOKEN:\"'a\\\\\\nb\\n\" NAME:'c' NEWLINE:'\\n' ENDMARKER:''"
    );
    let t = generate_tokens("x = '''a\nb");
    assert_eq!(
        t.error,
        Some(TokenizeError::Token {
            msg: "EOF in multi-line string",
            pos: (1, 4)
        })
    );
    assert_eq!(
        t.error.as_ref().unwrap().args_repr(),
        "('EOF in multi-line string', (1, 4))"
    );
}

#[test]
fn statement_errors() {
    let t = generate_tokens("f(\n");
    assert_eq!(
        t.error.as_ref().unwrap().located(),
        Some(("EOF in multi-line statement", (2, 0)))
    );
    let t = generate_tokens("if x:\n    a\n  b\n");
    let e = t.error.unwrap();
    assert_eq!(e.type_name(), "IndentationError");
    assert_eq!(
        e.args_repr(),
        "('unindent does not match any outer indentation level', ('<tokenize>', 3, 2, '  b\\n'))"
    );
}

#[test]
fn tabs_formfeeds_and_columns() {
    let t = generate_tokens("if x:\n\tα = 'é'\n        b\n");
    let d = dump(&t);
    assert_eq!(d[4].0, "INDENT");
    assert_eq!((d[7].2, d[7].3), ((2, 5), (2, 8)));
    assert_eq!(d[9].0, "NAME");
    let t = generate_tokens("if x:\n  \x0c  a\n");
    assert_eq!(dump(&t)[4].3, (2, 5));
}

#[test]
fn decode_errors_keep_earlier_tokens() {
    let t = tokenize(b"a\nb\xff\n", Some("f.py"));
    assert_eq!(names(&t), "ENCODING:'utf-8' NAME:'a' NEWLINE:'\\n'");
    let e = t.error.unwrap();
    assert_eq!(e.type_name(), "UnicodeDecodeError");
    assert_eq!(
        e.args_repr(),
        "('utf-8', b'b\\xff\\n', 1, 2, 'invalid start byte')"
    );
    let t = tokenize(b"# coding: latin-1\nx = '\xe9'\n", None);
    assert_eq!(t.encoding.as_deref(), Some("iso-8859-1"));
    assert_eq!(t.string(5), "'é'");
    let t = tokenize(b"\xef\xbb\xbfx\n", None);
    assert_eq!(
        names(&t),
        "ENCODING:'utf-8' NAME:'x' NEWLINE:'\\n' ENDMARKER:''"
    );
}

#[test]
fn pathological_inputs_terminate() {
    let deep = "(".repeat(5000) + &")".repeat(5000) + "\n";
    assert!(generate_tokens(&deep).error.is_none());
    let long = "x".repeat(100_000) + " 'é" + &"\0".repeat(1000);
    let t = generate_tokens(&long);
    assert!(t.error.is_none());
    let t = tokenize(b"\xff\xfe\x00", None);
    assert_eq!(t.error.unwrap().type_name(), "SyntaxError");
    // A negative paren level keeps every later line "continued", as in CPython.
    let t = generate_tokens(")))\n");
    assert_eq!(
        t.error.unwrap().located(),
        Some(("EOF in multi-line statement", (2, 0)))
    );
}
