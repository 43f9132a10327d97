//! krait's native `_sre` against CPython 3.11.7's (the oracle): `sre/driver.py` runs each test
//! body under `python3` with `re.compile` (its output is the expected output) and writes the same
//! body for krait with `_sre.compile` called on the code lists `re._compiler` produced there, so
//! krait's engine runs exactly CPython's compiled patterns; both outputs must be identical.

use std::path::PathBuf;
use std::process::Command;

const DRIVER: &str = include_str!("sre/driver.py");

/// The test bodies: name and text.
const BODIES: &[(&str, &str)] = &[
    ("api_and_opcodes", include_str!("sre/api_and_opcodes.py")),
    (
        "marks_and_subjects",
        include_str!("sre/marks_and_subjects.py"),
    ),
    ("fuzz", include_str!("sre/fuzz.py")),
];

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-sre-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

/// stdout and stderr of a command run with `PYTHONHASHSEED=0`.
fn output(program: &str, args: &[&str]) -> (String, String) {
    let out = Command::new(program)
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check(name: &str, body: &str) {
    let driver = scratch("driver.py");
    std::fs::write(&driver, DRIVER).expect("driver written");
    let body_path = scratch(&format!("{name}.py"));
    std::fs::write(&body_path, body).expect("body written");
    let program = scratch(&format!("{name}_krait.py"));
    let (expected, py_err) = output(
        "python3",
        &[
            driver.to_str().expect("path"),
            body_path.to_str().expect("path"),
            program.to_str().expect("path"),
        ],
    );
    assert!(py_err.is_empty(), "{name}: the oracle failed: {py_err}");
    let (actual, krait_err) = output(
        env!("CARGO_BIN_EXE_krait"),
        &[program.to_str().expect("path")],
    );
    assert!(krait_err.is_empty(), "{name}: krait failed: {krait_err}");
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    if let Some(i) =
        (0..expected.len().max(actual.len())).find(|&i| expected.get(i) != actual.get(i))
    {
        panic!(
            "{name}: first difference at line {i}:\n  python3: {:?}\n  krait:   {:?}",
            expected.get(i),
            actual.get(i)
        );
    }
}

#[test]
fn sre_matches_the_oracle() {
    for (name, body) in BODIES {
        check(name, body);
    }
}
