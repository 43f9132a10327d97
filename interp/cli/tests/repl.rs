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

/// Runs `program` with `args` on `input`; `startup` is `PYTHONSTARTUP` (unset when None).
fn run_with(program: &str, args: &[&str], input: &str, startup: Option<&str>) -> Output {
    let mut cmd = Command::new(program);
    cmd.args(args).env("PYTHONHASHSEED", "0");
    match startup {
        Some(path) => cmd.env("PYTHONSTARTUP", path),
        None => cmd.env_remove("PYTHONSTARTUP"),
    };
    let mut child = cmd
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

fn run(program: &str, args: &[&str], input: &str) -> Output {
    run_with(program, args, input, None)
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
    compare_with(name, args, input, None, bad);
}

/// [`compare`] with `PYTHONSTARTUP` set to `startup`.
fn compare_with(
    name: &str,
    args: &[&str],
    input: &str,
    startup: Option<&str>,
    bad: &mut Vec<String>,
) {
    let want = run_with("python3", args, input, startup);
    let got = run_with(env!("CARGO_BIN_EXE_krait"), args, input, startup);
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

/// `PYTHONSTARTUP` runs after the banner when no program is given (its errors printed, its
/// `SystemExit` final, a missing file reported), and not under `-E` or after a program.
#[test]
fn startup_file() {
    let dir = std::env::temp_dir().join(format!("krait-startup-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files = [
        ("defines", "print('startup')\nsu = 5\n"),
        ("raises", "print('s')\n1 / 0\n"),
        ("exits", "raise SystemExit(6)\n"),
        ("bad_syntax", "x = (\n"),
    ];
    let mut bad = Vec::new();
    let mut paths: Vec<(String, String)> = files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(format!("{name}.py"));
            std::fs::write(&path, text).unwrap();
            (name.to_string(), path.to_string_lossy().into_owned())
        })
        .collect();
    let missing = dir.join("missing.py").to_string_lossy().into_owned();
    paths.push(("missing".to_string(), missing));
    for (name, path) in &paths {
        compare_with(name, &["-i"], "su\n", Some(path), &mut bad);
    }
    let defines = &paths[0].1;
    compare_with(
        "ignored_env",
        &["-E", "-i"],
        "su\n",
        Some(defines),
        &mut bad,
    );
    compare_with(
        "after_command",
        &["-i", "-c", "1"],
        "su\n",
        Some(defines),
        &mut bad,
    );
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
    // `-q` leaves the banner out: the whole of standard error is then CPython's.
    let input = "1\n1 / 0\n";
    let want = run("python3", &["-q", "-i"], input);
    let got = run(env!("CARGO_BIN_EXE_krait"), &["-q", "-i"], input);
    assert_eq!(
        String::from_utf8_lossy(&got.stderr),
        String::from_utf8_lossy(&want.stderr)
    );
    assert!(
        first.starts_with(&format!(
            "krait {} (Python 3.11.7 compatible)",
            env!("CARGO_PKG_VERSION")
        )),
        "{first}"
    );
}

/// Lines random sessions are made of: statements, block pieces, open and stray brackets,
/// continuations, strings, errors.
const FRAGMENTS: &[&str] = &[
    "1 + 2",
    "x = 5",
    "x",
    "if x:",
    "    x",
    "  y",
    "else:",
    "for i in range(2):",
    "    i",
    "",
    "",
    "",
    "def f(a):",
    "    return a",
    "f(3)",
    "foo(",
    "1 +",
    ")",
    "]",
    "[1,",
    "'''",
    "abc",
    "\\",
    "x = \\",
    "try:",
    "except:",
    "finally:",
    "    pass",
    "pass",
    "@d",
    "class C:",
    "  1 bad",
    "# c",
    "  # c",
    "x if",
    "lambda: 1",
    "(yield)",
    "while 0:",
    "with a:",
    "  ",
    "\t1",
    "'a",
    "\"\"\"b\"\"\"",
    "print('p')",
    "1/0",
    "_",
    "None",
    "match x:",
    "  case 1:",
    "    2",
    "elif 1:",
    "async def g():",
    "  await 1",
    "x = [",
    "1,",
    "2]",
    "del",
    "}",
    "{",
    "a = {1:",
    "2}",
    "if 1: pass",
    "for j in 'ab': j",
    "return",
    "break",
    "import nosuch",
    "f(**",
    "x = (1,",
    "2,)",
    "def h(:",
    "u = 'é'",
    "u",
];

/// Hexadecimal addresses (`<function f at 0x...>`) differ between any two runs.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0x?");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// A report, not a gate: random sessions of [`FRAGMENTS`] lines piped to both interpreters;
/// prints how many agree and the first differences. The known gap: inside open brackets,
/// CPython's second (error-message) parser pass may not read further lines and falls back to
/// "invalid syntax" where a parse of the text so far finds a specific message.
/// `cargo test -p krait-cli --test repl random_sessions -- --ignored --nocapture`
/// (`REPL_SESSIONS=N`, default 100).
#[test]
#[ignore]
fn random_sessions() {
    let count: usize = std::env::var("REPL_SESSIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut bad = Vec::new();
    for k in 0..count {
        let lines = 3 + next(12);
        let input: String = (0..lines)
            .map(|_| format!("{}\n", FRAGMENTS[next(FRAGMENTS.len())]))
            .collect();
        let mut diffs = Vec::new();
        let want = run("python3", &["-i"], &input);
        let got = run(env!("CARGO_BIN_EXE_krait"), &["-i"], &input);
        let same_out = without_addresses(&String::from_utf8_lossy(&want.stdout))
            == without_addresses(&String::from_utf8_lossy(&got.stdout));
        if !same_out || after_banner(&want.stderr) != after_banner(&got.stderr) {
            diffs.push(format!("session {k}: {input:?}"));
        }
        if want.status.code() != got.status.code() {
            diffs.push(format!("session {k}: status differs"));
        }
        bad.extend(diffs);
    }
    eprintln!(
        "random sessions: {} of {count} agree with python3 -i",
        count - bad.len()
    );
    for b in bad.iter().take(10) {
        eprintln!("{b}");
    }
}
