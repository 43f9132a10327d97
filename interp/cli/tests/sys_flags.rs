//! `sys.flags` as the command line and the environment set it (`-I`, `-E`, `-s`, `-S`, `-P`,
//! `-q`, `-d`, `-v`, `-i` and their `PYTHON*` variables, which `-E`/`-I` silence), against
//! `python3`'s.

use std::process::{Command, Stdio};

const PROGRAM: &str = "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, \
    f.no_user_site, f.safe_path, f.no_site, f.quiet, f.debug, f.verbose, f.inspect, \
    f.interactive, f.optimize, f.bytes_warning)";

/// The last line `program` prints to stdout (`-v` and `-d` write their traces to stderr).
fn flags_line(program: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .args(["-c", PROGRAM])
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null());
    for var in [
        "PYTHONVERBOSE",
        "PYTHONDEBUG",
        "PYTHONNOUSERSITE",
        "PYTHONSAFEPATH",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().last().unwrap_or_default().to_string()
}

/// Environment variables a case sets.
type Env<'a> = &'a [(&'a str, &'a str)];

#[test]
fn sys_flags_match_python3() {
    let env_all: Env = &[
        ("PYTHONVERBOSE", "2"),
        ("PYTHONDEBUG", "1"),
        ("PYTHONNOUSERSITE", "1"),
        ("PYTHONSAFEPATH", "x"),
    ];
    let cases: &[(&[&str], Env)] = &[
        (&[], &[]),
        (&["-I"], &[]),
        (&["-E", "-s"], &[]),
        (&["-S", "-P", "-q"], &[]),
        (&["-i", "-q"], &[]),
        (&["-b", "-b", "-O"], &[]),
        (&[], env_all),
        (&["-E"], env_all),
        (&["-I"], env_all),
        (&["-sSq"], &[]),
    ];
    let mut failures = Vec::new();
    for (args, env) in cases {
        let mine = flags_line(env!("CARGO_BIN_EXE_krait"), args, env);
        let theirs = flags_line("python3", args, env);
        if mine != theirs {
            failures.push(format!(
                "{args:?} {env:?}: python3 {theirs:?}, krait {mine:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
