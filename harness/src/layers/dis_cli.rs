//! Layer `dis-cli`: `krait -m dis F` against `python3 -m dis F`, comparing stdout, stderr
//! (compile-time warnings) and the exit status byte for byte once object addresses are masked:
//! every `at 0x<hex>` becomes `at 0x...` on both sides, since the two interpreters' objects live
//! at different addresses.
//!
//! Sources CPython rejects are skipped: `python3 -m dis` then prints a traceback through runpy
//! and Lib/dis.py, which krait cannot show before its VM runs Lib/dis.py (issue #6); the error
//! itself is compared by the `errors` and `cli-errors` layers.

use super::Layer;
use super::tokenize_cli::{Run, compare, krait, python3};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};

/// See the module documentation.
#[derive(Debug)]
pub struct DisCli;

/// Replaces the hex digits after each `at 0x` with `...`.
fn mask_addresses(bytes: &[u8]) -> Vec<u8> {
    const MARK: &[u8] = b"at 0x";
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(MARK) {
            out.extend_from_slice(MARK);
            i += MARK.len();
            let digits = bytes[i..]
                .iter()
                .take_while(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                .count();
            if digits > 0 {
                out.extend_from_slice(b"...");
            }
            i += digits;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn masked(run: Run) -> Run {
    (mask_addresses(&run.0), run.1, run.2)
}

impl Layer for DisCli {
    fn name(&self) -> &'static str {
        "dis-cli"
    }

    /// Only corpus cases, as for `ast-cli`: two interpreter starts per Lib file would add much
    /// to a run; the compiler's own layers compare code objects over Lib.
    fn applies(&self, case: &Case) -> Result<(), String> {
        match case.corpus_stage() {
            Some(_) => Ok(()),
            None => Err("dis-cli runs on the corpus".into()),
        }
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let args = ["-m", "dis", path.as_str()];
        let expected = match python3(&args) {
            Ok(r) => masked(r),
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
        if expected.2 != 0 {
            return Outcome::Skipped(
                "rejected by CPython: compared by errors and cli-errors".into(),
            );
        }
        match catch_krait(|| krait_syntax::stack::with_big_stack(|| krait(&args))) {
            Ok(actual) => compare(&masked(actual), &expected),
            Err(panic) => panic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked() {
        let text = b"<code object f at 0x7f3a9c, file \"x\", line 1> at 0xZ at 0x";
        assert_eq!(
            mask_addresses(text),
            b"<code object f at 0x..., file \"x\", line 1> at 0xZ at 0x".to_vec()
        );
    }
}
