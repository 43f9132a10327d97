//! Standard stream buffering against `python3`'s: with `-u` or `PYTHONUNBUFFERED` stdout writes
//! through, so its text interleaves with stderr's in one pipe; without, stdout's text comes out
//! when the buffer is flushed (at exit, `flush()`, or `input()`'s prompt). Also the flags
//! `sys` reports for `-u`, `-B`, `-E` and the two environment variables.

use std::process::Command;

const PROGRAM: &str = r#"import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2", flush=True)
sys.stderr.write("err 2\n")
print("out 3", end="")
sys.stderr.write("err 3\n")
print(sys.stdout.write_through, sys.stdout.line_buffering, sys.stderr.line_buffering)
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, type(sys.stdout.buffer).__name__)
"#;

/// Runs `program` through `sh` with stderr merged into stdout.
fn merged(program: &str, flags: &str, env: &[(&str, &str)], file: &str) -> String {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("'{program}' {flags} '{file}' 2>&1"))
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .envs(env.iter().copied())
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn buffering_matches_python3() {
    let dir = std::env::temp_dir().join(format!("krait-stdio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("buffering.py");
    std::fs::write(&file, PROGRAM).expect("file");
    let file = file.to_string_lossy().into_owned();
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("", &[]),
        ("-u", &[]),
        ("", &[("PYTHONUNBUFFERED", "1")]),
        ("-E", &[("PYTHONUNBUFFERED", "1")]),
        ("-B", &[]),
        ("", &[("PYTHONDONTWRITEBYTECODE", "x")]),
        ("-I", &[("PYTHONDONTWRITEBYTECODE", "x")]),
    ];
    let mut failures = Vec::new();
    for (flags, env) in cases {
        let mine = merged(env!("CARGO_BIN_EXE_krait"), flags, env, &file);
        let theirs = merged("python3", flags, env, &file);
        if mine != theirs {
            failures.push(format!(
                "{flags:?} {env:?}\n--- python3\n{theirs}\n--- krait\n{mine}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
