//! The interactive prompt against the oracle: the same input piped to `python3 -i` and to
//! `krait -i` (prompts on standard error, as with any non-terminal input) must give the same
//! standard output, the same standard error apart from the banner's first line (krait names
//! itself there) and the same exit status. CPython is asked live for every session.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Sessions, each fed whole to both interpreters' standard input.
const SESSIONS: &[(&str, &str)] = &[
    (
        "expressions",
        "1 + 2\nx = 5\nx\nNone\n'text'\nx * 2; x - 1\n[i * i for i in range(4)]\n",
    ),
    (
        "for_block",
        "for i in range(3):\n    i\n    print('-', i)\n\nprint('after')\n",
    ),
    (
        "def_then_call",
        "def f(a):\n    return a * 2\n\nf(4)\nf('ab')\n",
    ),
    ("underscore", "10\n_ + 1\n_\nNone\n_\n"),
    (
        "exception",
        "1 / 0\nprint('still here')\ndef g():\n    return {}['k']\n\ng()\n_\n",
    ),
    (
        "syntax_errors",
        "1 +\nfoo(\n1 +\nif x:\n  pass\n  1 bad\n\n'abc\nx = = 1\nprint('ok')\n",
    ),
    (
        "indentation",
        "  1\nif 1:\nprint(2)\nfor i in 'ab':\n  i\nprint(9)\n\n",
    ),
    (
        "blocks",
        "class A:\n    def m(self):\n        return 7\n\nA().m()\nif 0:\n    1\nelse:\n    2\n\n",
    ),
    (
        "continuations",
        "[1,\n2,\n\n3]\ny = 1 + \\\n 2\ny\ns = '''a\nb'''\ns\n# comment\n\n",
    ),
    ("eof_in_block", "for c in 'xy':\n    c\n"),
    (
        "system_exit",
        "print('bye')\nraise SystemExit(3)\nprint('never')\n",
    ),
    ("exit_call", "exit()\n1\n"),
    (
        "exception_chain",
        "try:\n    1 / 0\nexcept Exception as e:\n    raise ValueError('v') from e\n\n2\n",
    ),
    (
        "prompts",
        "import sys\nsys.ps1 = 'K> '\nsys.ps2 = '.. '\nif 1:\n  3\n\n",
    ),
];

fn run(program: &str, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONSTARTUP")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let mut pipe = child.stdin.take().expect("stdin");
    let input = input.as_bytes().to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    // The interpreter may stop reading early (`SystemExit`); a closed pipe is not a failure.
    let _ = feeder.join();
    out
}

/// Standard error without its first line (the banner's, which names the interpreter).
fn after_banner(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.split_once('\n')
        .map_or(String::new(), |(_, rest)| rest.to_owned())
}

#[test]
fn sessions_match_python_i() {
    let mut bad = Vec::new();
    for (name, input) in SESSIONS {
        compare(name, &["-i"], input, &mut bad);
    }
    assert!(
        bad.is_empty(),
        "{} of {} sessions differ:\n{}",
        bad.len(),
        SESSIONS.len(),
        bad.join("\n")
    );
}

/// Compares one invocation of both interpreters; the differences are pushed to `bad`.
fn compare(name: &str, args: &[&str], input: &str, bad: &mut Vec<String>) {
    let want = run("python3", args, input);
    let got = run(env!("CARGO_BIN_EXE_krait"), args, input);
    let checks = [
        (
            "stdout",
            String::from_utf8_lossy(&want.stdout).into_owned(),
            String::from_utf8_lossy(&got.stdout).into_owned(),
        ),
        (
            "stderr",
            after_banner(&want.stderr),
            after_banner(&got.stderr),
        ),
        (
            "status",
            format!("{:?}", want.status.code()),
            format!("{:?}", got.status.code()),
        ),
    ];
    for (what, w, g) in checks {
        if w != g {
            bad.push(format!(
                "{name}: {what} differs\n--- python3\n{w}\n--- krait\n{g}"
            ));
        }
    }
}

/// `-i` after a program: a script or `-c` runs first (its uncaught exception, `SystemExit`
/// included, or its syntax error is printed) and the prompt opens in its namespace, without
/// the banner.
#[test]
fn inspect_after_program() {
    let dir = std::env::temp_dir().join(format!("krait-repl-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scripts = [
        ("runs", "x = 41\nprint('script')\n"),
        ("exits", "print('a')\nraise SystemExit(4)\n"),
        ("raises", "x = 2\n1 / 0\n"),
        ("bad_syntax", "x = (\n"),
    ];
    let mut bad = Vec::new();
    for (name, text) in scripts {
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, text).unwrap();
        let path = path.to_string_lossy().into_owned();
        compare(name, &["-i", &path], "x\nx + 1\n", &mut bad);
    }
    compare("command", &["-i", "-c", "x = 3"], "x\n", &mut bad);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn banner_has_cpythons_second_line() {
    let want = run("python3", &["-i"], "");
    let got = run(env!("CARGO_BIN_EXE_krait"), &["-i"], "");
    let second = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(second(&got.stderr), second(&want.stderr));
    let first = String::from_utf8_lossy(&got.stderr);
    assert!(
        first.starts_with(&format!(
            "krait {} (Python 3.11.7 compatible)",
            env!("CARGO_PKG_VERSION")
        )),
        "{first}"
    );
}
