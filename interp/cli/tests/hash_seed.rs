//! `PYTHONHASHSEED` against `python3`'s: an integer seed gives the same `str`/`bytes` hashes
//! and the same order of a set built at run time as the oracle under that seed, `sys.flags.hash_randomization` follows it, and
//! a value that is neither `random` nor an integer in range stops the start with CPython's
//! fatal error.

use std::process::Command;

const PROGRAM: &str = "import sys\n\
print(hash('krait'), hash(b'krait'), hash('\\u20ac\\u00e9'), hash(('a', 1)))\n\
print(list(set('alpha beta gamma delta epsilon zeta eta theta'.split())))\n\
print(sys.flags.hash_randomization)\n";

/// What `program -c PROGRAM` shows with `PYTHONHASHSEED=seed`: its exit status, then its
/// stdout and stderr.
fn run(program: &str, seed: &str) -> String {
    let out = Command::new(program)
        .args(["-c", PROGRAM])
        .env("PYTHONHASHSEED", seed)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    format!(
        "status {:?}\n{}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn seeds_match_python3() {
    for seed in [
        "0",
        "1",
        "42",
        " +7",
        "4294967295",
        "abc",
        "-1",
        "4294967296",
    ] {
        let ours = run(env!("CARGO_BIN_EXE_krait"), seed);
        let oracle = run("python3", seed);
        assert_eq!(ours, oracle, "PYTHONHASHSEED={seed:?}");
    }
}

#[test]
fn random_seeds_differ_between_runs() {
    let first = run(env!("CARGO_BIN_EXE_krait"), "random");
    let second = run(env!("CARGO_BIN_EXE_krait"), "random");
    assert!(first.starts_with("status Some(0)\n"), "{first}");
    assert!(first.ends_with("\n1\n"), "{first}");
    assert_ne!(first.lines().nth(1), second.lines().nth(1));
}
