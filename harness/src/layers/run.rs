//! Layer `run`: each `corpus/run/` program runs as `krait F` and as `python3 F`; stdout, stderr
//! (tracebacks included) and the exit status must be identical.
//!
//! The oracle side is a real `python3` process with `PYTHONHASHSEED=0`; krait runs in a process
//! of its own too (see [`crate::child`]), through the binary's code path, with a time limit, so a
//! program that loops forever is reported as a timeout and one that crashes as a panic, and no
//! program can disturb another that runs at the same time.

use std::time::Duration;

use super::Layer;
use super::tokenize_cli::{Run, compare};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;

/// How long either side may run.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// See the module documentation.
#[derive(Debug)]
pub struct RunLayer;

/// Whether a case is a `corpus/run/` program.
pub fn is_run_case(case: &Case) -> Result<(), String> {
    match case.corpus_stage() {
        Some("run") => Ok(()),
        _ => Err("only corpus/run programs are executed".into()),
    }
}

impl Layer for RunLayer {
    fn name(&self) -> &'static str {
        "run"
    }

    fn applies(&self, case: &Case) -> Result<(), String> {
        is_run_case(case)
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let expected = match python3_limited(&[path.as_str()]) {
            Ok(r) => r,
            Err(o) => return o,
        };
        match krait_limited(&[path.as_str()]) {
            Ok(actual) => compare(&actual, &expected),
            Err(o) => o,
        }
    }
}

/// Runs `krait ARGS` in a child process (see [`crate::child`]) within [`TIME_LIMIT`].
pub fn krait_limited(args: &[&str]) -> Result<Run, Outcome> {
    crate::child::krait_child(args, TIME_LIMIT)
}

/// Runs the real `python3 ARGS` (`PYTHONHASHSEED=0`, no stdin) within [`TIME_LIMIT`].
pub fn python3_limited(args: &[&str]) -> Result<Run, Outcome> {
    crate::child::python3_child(args, TIME_LIMIT)
}
