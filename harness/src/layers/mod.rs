//! The pluggable layers: each compares one pipeline stage of krait with the oracle on one case.
//!
//! A layer is a value implementing [`Layer`]; [`ALL`] is the registry the runner, the libtest-mimic
//! target and the fuzzer share, so adding a stage means adding one file here.

mod ast;
mod ast_cli;
mod bytecode;
mod cli_errors;
mod code_render;
mod cross;
mod dis_cli;
pub mod errors;
mod pyc;
mod pyc_exec;
mod run;
mod tokenize_cli;
mod tokens;

use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;

pub use ast::Ast;
pub use ast_cli::AstCli;
pub use bytecode::Bytecode;
pub use cli_errors::CliErrors;
pub use cross::Cross;
pub use dis_cli::DisCli;
pub use errors::Errors;
pub use pyc::Pyc;
pub use pyc_exec::PycExec;
pub use run::RunLayer;
pub use tokenize_cli::TokenizeCli;
pub use tokens::Tokens;

/// One differential check.
pub trait Layer: Sync {
    /// The layer's name on the command line, in trial names and in JSON.
    fn name(&self) -> &'static str;

    /// `Err(reason)` when the layer does not apply to `case` (the outcome is then "skipped").
    fn applies(&self, _case: &Case) -> Result<(), String> {
        Ok(())
    }

    /// Runs both sides on `case` and compares them.
    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome;

    /// Runs both sides on an in-memory input (the fuzzer's entry point), if the layer supports it.
    fn check_bytes(&self, _source: &[u8], _oracle: &Oracle) -> Option<Outcome> {
        None
    }
}

/// Every layer, in pipeline order.
pub const ALL: &[&dyn Layer] = &[
    &Tokens,
    &TokenizeCli,
    &Ast,
    &AstCli,
    &Errors,
    &CliErrors,
    &DisCli,
    &Bytecode,
    &Pyc,
    &PycExec,
    &RunLayer,
    &Cross,
];

/// The layer called `name`.
pub fn by_name(name: &str) -> Option<&'static dyn Layer> {
    ALL.iter().copied().find(|l| l.name() == name)
}

/// Runs `layer` on `case`, honouring [`Layer::applies`].
pub fn run_one(layer: &dyn Layer, case: &Case, oracle: &Oracle) -> Outcome {
    match layer.applies(case) {
        Ok(()) => layer.check(case, oracle),
        Err(reason) => Outcome::Skipped(reason),
    }
}

/// Shows the lines around the first difference of two renderings, both sides, with line numbers.
pub fn first_difference(what: &str, krait: &[String], cpython: &[String]) -> Option<String> {
    let at = krait
        .iter()
        .zip(cpython)
        .position(|(a, b)| a != b)
        .or_else(|| (krait.len() != cpython.len()).then(|| krait.len().min(cpython.len())))?;
    let lo = at.saturating_sub(2);
    let mut out = format!("first difference at {what} {at}:\n");
    for (side, lines) in [("krait  ", krait), ("cpython", cpython)] {
        for (i, line) in lines.iter().enumerate().skip(lo).take(at + 3 - lo) {
            let mark = if i == at { ">" } else { " " };
            out.push_str(&format!("  {side} {mark}{i:>6}: {line}\n"));
        }
        if lines.len() <= at {
            out.push_str(&format!("  {side} >{at:>6}: <end>\n"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for l in ALL {
            assert!(std::ptr::eq(
                by_name(l.name()).unwrap() as *const dyn Layer as *const u8,
                *l as *const dyn Layer as *const u8
            ));
        }
        assert!(by_name("nope").is_none());
    }

    #[test]
    fn first_difference_marks_the_line() {
        let a: Vec<String> = ["x", "y", "z"].iter().map(|s| s.to_string()).collect();
        let b: Vec<String> = ["x", "Y", "z"].iter().map(|s| s.to_string()).collect();
        let d = first_difference("token", &a, &b).unwrap();
        assert!(d.contains("at token 1"));
        assert!(d.contains("krait   >     1: y"));
        assert!(d.contains("cpython >     1: Y"));
        assert!(first_difference("token", &a, &a).is_none());
        let short = &a[..2];
        assert!(
            first_difference("token", short, &a)
                .unwrap()
                .contains("<end>")
        );
    }
}
