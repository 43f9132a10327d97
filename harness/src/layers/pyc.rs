//! Layer `pyc`: krait writes the case's `.pyc` (`krait_compiler::pyc`, hash-based and checked, so
//! that the oracle verifies krait's `source_hash` too); the oracle checks its header as importlib
//! would, loads the code with `marshal.loads(data[16:])`, and the result must equal its own
//! `compile()` of the source, by `==` and by the `bytecode` layer's field-by-field records (which
//! also show string interning as the loaded objects carry it).
//!
//! A source either side rejects is the `bytecode` layer's business: skipped when both reject,
//! a failure when only one does.
//!
//! `marshal.loads` interns the strings krait marks interned for the rest of the worker's life; a
//! single-character string wrongly marked would stay interned in later cases too (CPython shares
//! those objects), so a wrongly interned constant can show up in later cases of the same worker.

use super::Layer;
use super::ast::{Exc, krait_exc};
use super::bytecode::{compare_trees, dis_of_marshalled, helper_call, krait_compile};
use super::code_render::Record;
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;
use krait_compiler::pyc::{HEADER_LEN, Validation, source_hash, write_pyc};

/// See the module documentation.
#[derive(Debug)]
pub struct Pyc;

impl Layer for Pyc {
    fn name(&self) -> &'static str {
        "pyc"
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        match std::fs::read(&case.path) {
            Ok(source) => check_source(&source, &case.path.to_string_lossy(), oracle),
            Err(e) => Outcome::Skipped(format!("unreadable: {e}")),
        }
    }
}

/// What `check_pyc` in `bytecode.py` answers: a refusal, the `==` verdict (None when `==`
/// cannot judge: NaN constants), the loaded tree's records and `compile()`'s.
type PycAnswer = (Option<String>, Option<bool>, Vec<Record>, Vec<Record>);

fn check_source(source: &[u8], filename: &str, oracle: &Oracle) -> Outcome {
    let compiled = match krait_compile(source, filename) {
        Ok(c) => c,
        Err(panic) => return panic,
    };
    let code = match compiled.result {
        Ok(code) => code,
        Err(e) => return krait_rejects(&krait_exc(&e), source, filename, oracle),
    };
    let validation = Validation::Hash {
        checked: true,
        hash: source_hash(source),
    };
    let data = match write_pyc(&validation, &code) {
        Ok(d) => d,
        Err(e) => return Outcome::Fail(format!("krait cannot write the .pyc\n  {e}\n")),
    };
    let (problem, equal, loaded, expected): PycAnswer =
        match helper_call(oracle, "check_pyc", (data.as_slice(), source, filename)) {
            Ok(v) => v,
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
    if let Some(p) = problem {
        return match p.strip_prefix("CPython cannot compile the source: ") {
            Some(exc) => Outcome::Fail(format!("CPython rejects, krait compiles\n  {exc}\n")),
            None => Outcome::Fail(format!("CPython refuses krait's .pyc\n  {p}\n")),
        };
    }
    let outcome = compare_trees(&loaded, &expected, |index| {
        dis_of_marshalled(oracle, &data[HEADER_LEN..], index, source, filename)
    });
    match (outcome, equal) {
        (Outcome::Pass, Some(false)) => {
            Outcome::Fail("loaded code != compile() though every field renders the same\n".into())
        }
        (o, _) => o,
    }
}

/// krait could not compile: a skip when CPython cannot either, else a failure.
fn krait_rejects(krait: &Exc, source: &[u8], filename: &str, oracle: &Oracle) -> Outcome {
    type Answer = (
        Option<Vec<Record>>,
        Option<Exc>,
        bool,
        Vec<(String, String, i64)>,
    );
    match helper_call::<_, Answer>(oracle, "compile_records", (source, filename)) {
        Ok((None, _, _, _)) => Outcome::Skipped("rejected by both: compared by bytecode".into()),
        Ok(_) => Outcome::Fail(format!(
            "krait rejects, CPython compiles: {}: {}\n",
            krait.0, krait.1
        )),
        Err(e) => Outcome::Fail(format!("oracle error: {e}")),
    }
}
