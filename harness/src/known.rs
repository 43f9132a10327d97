//! The known-failures file (`harness/known-failures.toml`): expected problems, each with a reason.
//!
//! It is a ratchet: an unlisted problem fails the run, and so does a listed case that now passes
//! ("now passes — remove it"), so the list can only shrink.

use crate::outcome::Outcome;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One expected failure.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The case key (`lib:test/badsyntax_x.py`).
    pub case: String,
    /// The layer it fails in.
    pub layer: String,
    /// Why it is expected to fail, and what would fix it.
    pub reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    failure: Vec<Entry>,
}

/// The loaded list, indexed by (layer, case).
#[derive(Debug, Default)]
pub struct KnownFailures {
    entries: BTreeMap<(String, String), Entry>,
}

/// How one result stands against the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Pass or skip, and not listed.
    Fine,
    /// A problem that is listed.
    Expected,
    /// A problem that is not listed.
    Unexpected,
    /// Listed, but it passes now: the entry must go.
    NowPasses,
}

impl KnownFailures {
    /// The checked-in file's path.
    pub fn default_path() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("known-failures.toml")
    }

    /// Loads the list; a missing file is an empty list, a malformed one an error.
    pub fn load(path: &Path) -> Result<KnownFailures, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses the TOML text of the list.
    pub fn parse(text: &str) -> Result<KnownFailures, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut entries = BTreeMap::new();
        for e in file.failure {
            if e.reason.trim().is_empty() {
                return Err(format!("{} / {}: an entry needs a reason", e.layer, e.case));
            }
            let key = (e.layer.clone(), e.case.clone());
            if entries.insert(key, e.clone()).is_some() {
                return Err(format!("{} / {}: listed twice", e.layer, e.case));
            }
        }
        Ok(KnownFailures { entries })
    }

    /// The entry for `case` in `layer`, if listed.
    pub fn get(&self, layer: &str, case: &str) -> Option<&Entry> {
        self.entries.get(&(layer.to_string(), case.to_string()))
    }

    /// Judges one outcome against the list.
    pub fn verdict(&self, layer: &str, case: &str, outcome: &Outcome) -> Verdict {
        let listed = self.get(layer, case).is_some();
        match (outcome.is_problem(), listed) {
            (true, true) => Verdict::Expected,
            (true, false) => Verdict::Unexpected,
            (false, true) if *outcome == Outcome::Pass => Verdict::NowPasses,
            (false, _) => Verdict::Fine,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"
[[failure]]
case = "lib:a.py"
layer = "tokens"
reason = "why"
"#;

    #[test]
    fn verdicts_form_a_ratchet() {
        let k = KnownFailures::parse(TEXT).unwrap();
        let fail = Outcome::Fail("d".into());
        assert_eq!(k.verdict("tokens", "lib:a.py", &fail), Verdict::Expected);
        assert_eq!(
            k.verdict("tokens", "lib:a.py", &Outcome::Pass),
            Verdict::NowPasses
        );
        assert_eq!(k.verdict("tokens", "lib:b.py", &fail), Verdict::Unexpected);
        assert_eq!(
            k.verdict("ast", "lib:a.py", &Outcome::Timeout),
            Verdict::Unexpected
        );
        assert_eq!(
            k.verdict("tokens", "lib:b.py", &Outcome::Pass),
            Verdict::Fine
        );
        let skip = Outcome::Skipped("n/a".into());
        assert_eq!(k.verdict("tokens", "lib:a.py", &skip), Verdict::Fine);
    }

    #[test]
    fn entries_need_reasons_and_are_unique() {
        let no_reason = TEXT.replace("\"why\"", "\"  \"");
        assert!(KnownFailures::parse(&no_reason).is_err());
        let twice = format!("{TEXT}{TEXT}");
        assert!(
            KnownFailures::parse(&twice)
                .unwrap_err()
                .contains("listed twice")
        );
        assert!(KnownFailures::parse("[[failure]]\ncase='x'\n").is_err());
    }

    #[test]
    fn the_checked_in_list_parses() {
        KnownFailures::load(&KnownFailures::default_path()).expect("known-failures.toml is valid");
    }
}
