//! Statement parsing against the live CPython oracle, in the modes and options the file corpora do
//! not reach: `single` mode (`statement_newline`) and `type_comments=True`.

use super::super::{Mode, ParseError, ParseOptions, parse};
use crate::ast::{DumpOptions, dump};

/// CPython's `ast.dump(..., include_attributes=True)` or the SyntaxError of each case, one line
/// each; None when no `python3` can be run.
fn oracle(cases: &[(&str, bool, &str)]) -> Option<Vec<String>> {
    let script = "import ast,sys,json\n\
        for mode, tc, s in json.load(sys.stdin):\n\
        \x20try: print(ast.dump(ast.parse(s, mode=mode, type_comments=tc), include_attributes=True))\n\
        \x20except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, sep='|')\n";
    let json = format!(
        "[{}]",
        cases
            .iter()
            .map(
                |(m, tc, s)| format!("[{m:?}, {}, {:?}]", if *tc { "true" } else { "false" }, s)
                    .replace("\\'", "'")
            )
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(json.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

/// krait's answer in the oracle's format.
fn krait(mode: &str, type_comments: bool, src: &str) -> String {
    let mode = match mode {
        "single" => Mode::Single,
        "eval" => Mode::Eval,
        "func_type" => Mode::FuncType,
        _ => Mode::Exec,
    };
    let opts = ParseOptions {
        type_comments,
        ..ParseOptions::default()
    };
    match parse(src, mode, opts) {
        Ok(m) => dump(
            &m,
            DumpOptions {
                include_attributes: true,
                ..DumpOptions::default()
            },
        ),
        Err(ParseError::Syntax(e)) => format!(
            "{}|{}|{}|{}|{}|{}",
            e.class.name(),
            e.msg,
            e.lineno.unwrap_or(0),
            e.offset.unwrap_or(0),
            e.end_lineno.unwrap_or(0),
            e.end_offset.unwrap_or(0)
        ),
        Err(e) => e.type_name().to_string(),
    }
}

fn check(cases: &[(&str, bool, &str)]) {
    let Some(expected) = oracle(cases) else {
        return;
    };
    assert_eq!(
        expected.len(),
        cases.len(),
        "the oracle answered every case"
    );
    for ((mode, tc, src), want) in cases.iter().zip(expected) {
        assert_eq!(krait(mode, *tc, src), want, "{mode} {src:?}");
    }
}

#[test]
fn type_comments_agree_with_cpython() {
    check(&[
        ("exec", true, "x = 1  # type: int\n"),
        ("exec", true, "for x in y:  # type: int\n    pass\n"),
        ("exec", true, "with a as b:  # type: int\n    pass\n"),
        ("exec", true, "with (a as b):  # type: int\n    pass\n"),
        ("exec", true, "def f():  # type: () -> None\n    pass\n"),
        ("exec", true, "def f():\n    # type: () -> None\n    pass\n"),
        (
            "exec",
            true,
            "async def f():  # type: () -> None\n    pass\n",
        ),
        (
            "exec",
            true,
            "def f():  # type: () -> None\n    # type: () -> None\n    pass\n",
        ),
        (
            "exec",
            true,
            "x = 1  # type: ignore\ny = 2  # type: ignore[x]\n",
        ),
        ("exec", true, "x: int = 1  # type: int\n"),
        ("exec", false, "x = 1  # type: int\n"),
        ("func_type", false, "(int, *str, **bytes) -> None"),
        ("func_type", false, "(*int) -> None"),
        ("func_type", false, "() -> None"),
    ]);
}

#[test]
fn single_mode_agrees_with_cpython() {
    check(&[
        ("single", false, "x = 1\n"),
        ("single", false, "x = 1; y = 2\n"),
        ("single", false, "if x:\n  pass\n"),
        ("single", false, "if x:\n  pass\n\n"),
        ("single", false, "@d\ndef f(): pass\n"),
        ("single", false, "x\ny\n"),
        ("single", false, "\n"),
        ("single", false, "pass"),
        ("single", false, "x\n# c\n"),
        ("single", false, "x  # c\n\n"),
        ("single", false, "if x:\n  pass\nelse:\n  pass\n"),
        ("single", false, "x = (1,\n2)\n"),
        ("single", false, "def f():\n  pass\nx\n"),
        ("single", false, "x;\n"),
        ("single", false, "x\n\ny"),
        ("single", false, "if x:\n"),
        ("single", false, "x = \n"),
        ("single", false, "while x:\n  for y in z:\n    pass\n"),
        ("single", false, "try:\n  pass\nfinally:\n  pass"),
    ]);
}
