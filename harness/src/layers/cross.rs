//! Layer `cross`: each `corpus/run/` program compiled by the oracle (`compile()` of the file with
//! its absolute path, written as a `.pyc`) runs as `krait F.pyc` and as `python3 F.pyc`. Both
//! execute the very same marshalled code, so a difference is the VM's (or marshal's), never the
//! compiler's.

use std::path::PathBuf;

use super::Layer;
use super::run::{is_run_case, krait_limited, python3_limited};
use super::tokenize_cli::compare;
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;

/// Compiles `argv[1]` as CPython would for `python3 FILE` and writes it as a timestamped
/// `.pyc` to `argv[2]`.
const MAKE_PYC: &str = "import sys, importlib._bootstrap_external as b
src, out = sys.argv[1], sys.argv[2]
with open(src, 'rb') as f:
    code = compile(f.read(), src, 'exec', dont_inherit=True)
with open(out, 'wb') as f:
    f.write(b._code_to_timestamp_pyc(code, 0, 0))
";

/// See the module documentation.
#[derive(Debug)]
pub struct Cross;

fn pyc_path(case: &Case) -> PathBuf {
    let name: String = case
        .key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let dir = std::env::temp_dir().join(format!("krait-cross-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir.join(format!("{name}.pyc"))
}

impl Layer for Cross {
    fn name(&self) -> &'static str {
        "cross"
    }

    fn applies(&self, case: &Case) -> Result<(), String> {
        is_run_case(case)
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let src = case.path.to_string_lossy().into_owned();
        let pyc = pyc_path(case);
        let pyc_str = pyc.to_string_lossy().into_owned();
        match python3_limited(&["-c", MAKE_PYC, &src, &pyc_str]) {
            Ok((_, _, 0)) => {}
            Ok(_) => return Outcome::Skipped("CPython does not compile it".into()),
            Err(o) => return o,
        }
        let expected = match python3_limited(&[pyc_str.as_str()]) {
            Ok(r) => r,
            Err(o) => return o,
        };
        let outcome = match krait_limited(&[pyc_str.as_str()]) {
            Ok(actual) => compare(&actual, &expected),
            Err(o) => o,
        };
        let _ = std::fs::remove_file(&pyc);
        outcome
    }
}
