//! Layer `cli-errors`: `krait F` against `python3 F` on the error corpus (`corpus/errors/`),
//! comparing stdout, stderr (the `File "F", line N` block, source line, carets and
//! `SyntaxError: msg`) and the exit status byte for byte.
//!
//! A case the oracle compiles is skipped rather than run: this layer is about rejected programs,
//! and running a valid one would execute it.

use super::Layer;
use super::tokenize_cli::{compare, krait, python3};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};

/// See the module documentation.
#[derive(Debug)]
pub struct CliErrors;

impl Layer for CliErrors {
    fn name(&self) -> &'static str {
        "cli-errors"
    }

    fn applies(&self, case: &Case) -> Result<(), String> {
        match case.corpus_stage() {
            Some("errors") => Ok(()),
            _ => Err("only error corpus cases are run as programs".into()),
        }
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        match oracle.call::<_, bool>("compiles", (path.as_str(),)) {
            Ok(false) => {}
            Ok(true) => return Outcome::Skipped("CPython compiles it: not run".into()),
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        }
        let args = [path.as_str()];
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
