//! Layer `ast-cli`: `krait -m ast -a F` against `python3 -m ast -a F` (which parses with
//! `type_comments=True`), comparing stdout, stderr (warnings such as invalid escape sequences)
//! and the exit status byte for byte.
//!
//! Sources CPython rejects are skipped: `python3 -m ast` then prints a traceback through runpy
//! and Lib/ast.py, which krait cannot show before its VM runs Lib/ast.py (issue #6); the error
//! itself is compared by the `errors` and `cli-errors` layers.

use super::Layer;
use super::tokenize_cli::{compare, krait, python3};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};

/// See the module documentation.
#[derive(Debug)]
pub struct AstCli;

impl Layer for AstCli {
    fn name(&self) -> &'static str {
        "ast-cli"
    }

    /// Only corpus cases: the `ast` layer already compares every Lib file's tree in-process, and
    /// starting two interpreters per Lib file would double the harness's run time for nothing
    /// but the indented layout, which the corpus exercises.
    fn applies(&self, case: &Case) -> Result<(), String> {
        match case.corpus_stage() {
            Some(_) => Ok(()),
            None => Err("ast-cli runs on the corpus; the ast layer covers Lib".into()),
        }
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let args = ["-m", "ast", "-a", path.as_str()];
        let expected = match python3(&args) {
            Ok(r) => r,
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
        if expected.2 != 0 {
            return Outcome::Skipped(
                "rejected by CPython: compared by errors and cli-errors".into(),
            );
        }
        match catch_krait(|| krait_syntax::stack::with_big_stack(|| krait(&args))) {
            Ok(actual) => compare(&actual, &expected),
            Err(panic) => panic,
        }
    }
}
