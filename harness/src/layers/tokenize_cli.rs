//! Layer `tokenize-cli`: `krait -m tokenize -e F` against `python3 -m tokenize -e F`, byte for byte.
//!
//! The oracle side is a real `python3` process (the interpreter the oracle is pinned to), because the
//! command's output includes what `python3` itself prints around the module (exit status, uncaught
//! tracebacks). krait's side runs the same code path as the `krait` binary, in-process.

use super::{Layer, first_difference};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};

/// See the module documentation.
#[derive(Debug)]
pub struct TokenizeCli;

/// stdout, stderr and exit status of one invocation.
pub(super) type Run = (Vec<u8>, Vec<u8>, i32);

impl Layer for TokenizeCli {
    fn name(&self) -> &'static str {
        "tokenize-cli"
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let args = ["-m", "tokenize", "-e", path.as_str()];
        let expected = match python3(&args) {
            Ok(r) => r,
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
        match catch_krait(|| krait(&args)) {
            Ok(actual) => compare(&actual, &expected),
            Err(panic) => panic,
        }
    }
}

/// Runs the real `python3` with `args`.
pub(super) fn python3(args: &[&str]) -> Result<Run, String> {
    let out = std::process::Command::new("python3")
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    Ok((out.stdout, out.stderr, out.status.code().unwrap_or(-1)))
}

/// Runs `krait` with `args` in-process, through the binary's code path.
pub(super) fn krait(args: &[&str]) -> Run {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut stdin = std::io::empty();
    let code = {
        let mut io = krait_cli::Io {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
        };
        krait_cli::run(&args, &mut io)
    };
    (stdout, stderr, code)
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .split_inclusive('\n')
        .map(|l| format!("{l:?}"))
        .collect()
}

/// Compares two runs byte for byte, showing the first differing line of each stream.
pub(super) fn compare(actual: &Run, expected: &Run) -> Outcome {
    if actual == expected {
        return Outcome::Pass;
    }
    let mut detail = String::new();
    for (name, a, b) in [
        ("stdout line", &actual.0, &expected.0),
        ("stderr line", &actual.1, &expected.1),
    ] {
        if a != b {
            detail.push_str(&first_difference(name, &lines(a), &lines(b)).unwrap_or_default());
        }
    }
    // A traceback's last line names the exception, which the first difference rarely reaches.
    if actual.1 != expected.1 {
        for (side, err) in [("krait", &actual.1), ("cpython", &expected.1)] {
            let err = lines(err);
            if err.len() > 3 {
                detail.push_str(&format!("{side}'s stderr ends:\n"));
                for line in &err[err.len() - 2..] {
                    detail.push_str(&format!("  {line}\n"));
                }
            }
        }
    }
    if actual.2 != expected.2 {
        detail.push_str(&format!(
            "exit status differs: krait {} cpython {}\n",
            actual.2, expected.2
        ));
    }
    Outcome::Fail(detail)
}
