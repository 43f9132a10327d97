//! Compile mode `'single'` (what the interactive prompt compiles each statement in) against the
//! oracle: krait's `compile_source` in `Mode::Single` and CPython's
//! `compile(src, '<stdin>', 'single')` must give equal code trees (every field, recursively
//! through `co_consts`), or the same `SyntaxError` at the same place.

mod common;

use krait_compiler::marshal::dumps;
use krait_compiler::value::Value;
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::{Mode, ParseError};

/// Statements as the prompt hands them to the compiler: one simple statement line, or a
/// compound statement ended by its empty line; plus inputs `'single'` rejects.
const SOURCES: &[&str] = &[
    "1 + 2\n",
    "x = 5\n",
    "x\n",
    "None\n",
    "'doc'\n",
    "f(1); g(2); 3\n",
    "a, b = 1, 2; a + b\n",
    "for i in range(3):\n    i\n\n",
    "for i in range(3):\n    print(i)\n\n",
    "if x:\n    x\nelse:\n    -x\n\n",
    "while x:\n    x -= 1\n    x\n\n",
    "def f(a):\n    a\n    return a * 2\n\n",
    "class C:\n    y = 1\n    y\n\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    e\n\n",
    "with m as v:\n    v\n\n",
    "[i for i in range(3)]\n",
    "lambda: 1\n",
    "x: int = 3\n",
    "x: int\n",
    "import sys\n",
    "from os import path\n",
    "del x\n",
    "global g\n",
    "pass\n",
    "@d\ndef f():\n    pass\n\n",
    "async def f():\n    await g()\n\n",
    "match x:\n    case 1:\n        x\n\n",
    "(yield)\n",
    "f'{x}'\n",
    "x = 1\ny = 2\n",
    "1 +\n",
    "def f(:\n",
    // The empty string is left out: the parser places its error at line 1 where CPython says
    // line 0 (the prompt never compiles empty input).
    "\n",
];

/// `type|msg|lineno|offset|end_lineno|end_offset`, as the Python side writes its errors.
fn error_text(e: &ParseError) -> String {
    match e {
        ParseError::Syntax(s) => {
            let num = |n: Option<i64>| n.map_or("None".to_owned(), |n| n.to_string());
            format!(
                "{}|{}|{}|{}|{}|{}",
                e.type_name(),
                s.msg,
                num(s.lineno),
                num(s.offset),
                num(s.end_lineno),
                num(s.end_offset)
            )
        }
        other => format!("{}|{other:?}", other.type_name()),
    }
}

/// The oracle's half: compiles each source in `'single'` mode and compares.
const CHECK: &str = r#"
def err_text(e):
    return '|'.join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
frames = read_frames(sys.stdin.buffer.read())
for src, kind, payload in zip(*[iter(frames)] * 3):
    try:
        want = compile(src, '<stdin>', 'single', dont_inherit=True)
    except SyntaxError as e:
        want = err_text(e)
    if kind == b'code':
        got = marshal.loads(payload)
        d = f'krait compiled, CPython raised {want}' if isinstance(want, str) else diff(got, want)
    else:
        got = payload.decode('utf-8', 'surrogateescape')
        d = None if got == want else f'krait raised {got}, CPython {want}'
    print(f'{src!r}: {d}' if d else 'ok')
"#;

#[test]
fn single_mode_matches_cpython() {
    let opts = CompileOptions {
        mode: Mode::Single,
        ..CompileOptions::default()
    };
    let mut records: Vec<Vec<u8>> = Vec::new();
    for src in SOURCES {
        let (kind, payload) = match compile_source(src.as_bytes(), "<stdin>", &opts).result {
            Ok(code) => ("code", dumps(&Value::Code(Box::new(code))).unwrap()),
            Err(e) => ("error", error_text(&e).into_bytes()),
        };
        records.extend([src.as_bytes().to_vec(), kind.as_bytes().to_vec(), payload]);
    }
    let refs: Vec<&[u8]> = records.iter().map(Vec::as_slice).collect();
    let script = format!("{}{CHECK}", common::PY_HELPERS);
    let report = String::from_utf8(common::python(&script, &[], &common::frame(&refs))).unwrap();
    let bad: Vec<&str> = report.lines().filter(|l| *l != "ok").collect();
    assert_eq!(report.lines().count(), SOURCES.len(), "{report}");
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        SOURCES.len(),
        bad.join("\n")
    );
}
