//! Results: the per-layer conformance table, the JSON results file, and `compare` of two runs.

use crate::known::{KnownFailures, Verdict};
use crate::outcome::Outcome;
use crate::pool::Record;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Counts of one layer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub total: usize,
    pub passed: usize,
    pub failed: usize,
    pub panics: usize,
    pub timeouts: usize,
    pub skipped: usize,
    /// Problems listed in the known-failures file.
    pub known: usize,
}

impl Counts {
    fn add(&mut self, o: &Outcome, v: Verdict) {
        self.total += 1;
        match o {
            Outcome::Pass => self.passed += 1,
            Outcome::Fail(_) => self.failed += 1,
            Outcome::KraitPanic(_) => self.panics += 1,
            Outcome::Timeout => self.timeouts += 1,
            Outcome::Skipped(_) => self.skipped += 1,
        }
        if v == Verdict::Expected {
            self.known += 1;
        }
    }

    /// Passed over the cases the layer applied to, in percent.
    pub fn percent(&self) -> f64 {
        let ran = self.total - self.skipped;
        if ran == 0 {
            100.0
        } else {
            100.0 * self.passed as f64 / ran as f64
        }
    }
}

/// A whole run, as written to `--json FILE`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Results {
    /// The oracle's `sys.version`.
    pub oracle: String,
    /// `git describe`-like identification of the krait tree that ran.
    pub krait_commit: String,
    /// Per-layer counts.
    pub summary: BTreeMap<String, Counts>,
    /// Per-layer, per-case outcomes, keyed by stable case keys.
    pub results: BTreeMap<String, BTreeMap<String, Outcome>>,
}

/// A run judged against the known-failures list.
#[derive(Debug)]
pub struct Judged {
    pub results: Results,
    /// (layer, case, outcome) of problems not listed.
    pub unexpected: Vec<(String, String, Outcome)>,
    /// (layer, case) of listed entries that pass now.
    pub now_passing: Vec<(String, String)>,
}

impl Judged {
    /// Whether the run must exit non-zero.
    pub fn failed(&self) -> bool {
        !self.unexpected.is_empty() || !self.now_passing.is_empty()
    }
}

/// Tallies `records` and judges them against `known`.
pub fn judge(records: Vec<Record>, known: &KnownFailures, oracle: String) -> Judged {
    let mut summary: BTreeMap<String, Counts> = BTreeMap::new();
    let mut results: BTreeMap<String, BTreeMap<String, Outcome>> = BTreeMap::new();
    let (mut unexpected, mut now_passing) = (Vec::new(), Vec::new());
    for r in records {
        let v = known.verdict(&r.layer, &r.key, &r.outcome);
        summary
            .entry(r.layer.clone())
            .or_default()
            .add(&r.outcome, v);
        match v {
            Verdict::Unexpected => {
                unexpected.push((r.layer.clone(), r.key.clone(), r.outcome.clone()))
            }
            Verdict::NowPasses => now_passing.push((r.layer.clone(), r.key.clone())),
            Verdict::Fine | Verdict::Expected => {}
        }
        results.entry(r.layer).or_default().insert(r.key, r.outcome);
    }
    Judged {
        results: Results {
            oracle,
            krait_commit: krait_commit(),
            summary,
            results,
        },
        unexpected,
        now_passing,
    }
}

/// The commit of the krait tree, with `-dirty` when it has uncommitted changes.
pub fn krait_commit() -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    match git(&["rev-parse", "HEAD"]) {
        Some(head) => {
            let dirty = git(&["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|s| !s.is_empty());
            if dirty { format!("{head}-dirty") } else { head }
        }
        None => "unknown".to_string(),
    }
}

/// The per-layer table printed at the end of a run.
pub fn table(summary: &BTreeMap<String, Counts>) -> String {
    let mut out = format!(
        "{:<14} {:>7} {:>7} {:>7} {:>7} {:>8} {:>7} {:>6} {:>8}\n",
        "layer", "total", "passed", "failed", "panics", "timeouts", "skipped", "known", "%"
    );
    for (layer, c) in summary {
        let _ = writeln!(
            out,
            "{:<14} {:>7} {:>7} {:>7} {:>7} {:>8} {:>7} {:>6} {:>7.2}%",
            layer,
            c.total,
            c.passed,
            c.failed,
            c.panics,
            c.timeouts,
            c.skipped,
            c.known,
            c.percent()
        );
    }
    out
}

/// The body of `krait-harness compare OLD NEW [--markdown]`.
pub fn compare(old: &Results, new: &Results, markdown: bool) -> String {
    let mut out = String::new();
    let layers: std::collections::BTreeSet<&String> =
        old.summary.keys().chain(new.summary.keys()).collect();
    let pct = |r: &Results, l: &str| {
        r.summary
            .get(l)
            .map(|c| (c.passed, c.total - c.skipped, c.percent()))
    };
    if markdown {
        out.push_str(
            "| layer | old passed | new passed | old % | new % |\n|---|---:|---:|---:|---:|\n",
        );
    } else {
        let _ = writeln!(
            out,
            "old: {} ({})\nnew: {} ({})\n",
            old.krait_commit, old.oracle, new.krait_commit, new.oracle
        );
        let _ = writeln!(
            out,
            "{:<14} {:>14} {:>14} {:>9} {:>9}",
            "layer", "old passed", "new passed", "old %", "new %"
        );
    }
    for l in layers {
        let (o, n) = (pct(old, l), pct(new, l));
        let cell = |x: Option<(usize, usize, f64)>| {
            x.map_or(("-".to_string(), "-".to_string()), |(p, t, c)| {
                (format!("{p}/{t}"), format!("{c:.2}%"))
            })
        };
        let ((op, oc), (np, nc)) = (cell(o), cell(n));
        if markdown {
            let _ = writeln!(out, "| {l} | {op} | {np} | {oc} | {nc} |");
        } else {
            let _ = writeln!(out, "{l:<14} {op:>14} {np:>14} {oc:>9} {nc:>9}");
        }
    }
    let (mut fixed, mut broken, mut panics) = (Vec::new(), Vec::new(), Vec::new());
    for (layer, cases) in &new.results {
        for (key, now) in cases {
            let before = old.results.get(layer).and_then(|c| c.get(key));
            let was_problem = before.is_some_and(Outcome::is_problem);
            let was_pass = before == Some(&Outcome::Pass);
            let name = format!("{layer}::{key}");
            match now {
                Outcome::Pass if was_problem => fixed.push(name),
                Outcome::KraitPanic(_) if !matches!(before, Some(Outcome::KraitPanic(_))) => {
                    panics.push(name)
                }
                o if o.is_problem() && was_pass => broken.push(name),
                _ => {}
            }
        }
    }
    for (title, list) in [("fixed", fixed), ("broken", broken), ("new panics", panics)] {
        let _ = writeln!(
            out,
            "\n{}{title} ({}):",
            if markdown { "### " } else { "" },
            list.len()
        );
        for name in list {
            let _ = writeln!(out, "{}{name}", if markdown { "- " } else { "  " });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(layer: &str, key: &str, outcome: Outcome) -> Record {
        Record {
            layer: layer.into(),
            key: key.into(),
            outcome,
        }
    }

    #[test]
    fn judging_counts_and_flags() {
        let known =
            KnownFailures::parse("[[failure]]\ncase='lib:k.py'\nlayer='tokens'\nreason='r'\n")
                .unwrap();
        let j = judge(
            vec![
                rec("tokens", "lib:a.py", Outcome::Pass),
                rec("tokens", "lib:k.py", Outcome::Fail("d".into())),
                rec("tokens", "lib:b.py", Outcome::Timeout),
                rec("tokens", "lib:s.py", Outcome::Skipped("n/a".into())),
            ],
            &known,
            "3.11.7".into(),
        );
        let c = &j.results.summary["tokens"];
        assert_eq!(
            (c.total, c.passed, c.failed, c.timeouts, c.skipped, c.known),
            (4, 1, 1, 1, 1, 1)
        );
        assert!((c.percent() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(j.unexpected.len(), 1);
        assert!(j.failed());
        assert!(table(&j.results.summary).contains("tokens"));
    }

    #[test]
    fn compare_lists_fixed_broken_and_panics() {
        let known = KnownFailures::default();
        let old = judge(
            vec![
                rec("tokens", "a", Outcome::Fail("x".into())),
                rec("tokens", "b", Outcome::Pass),
                rec("tokens", "c", Outcome::Pass),
            ],
            &known,
            "v".into(),
        )
        .results;
        let new = judge(
            vec![
                rec("tokens", "a", Outcome::Pass),
                rec("tokens", "b", Outcome::Fail("y".into())),
                rec("tokens", "c", Outcome::KraitPanic("p".into())),
            ],
            &known,
            "v".into(),
        )
        .results;
        let text = compare(&old, &new, false);
        assert!(text.contains("fixed (1):\n  tokens::a"));
        assert!(text.contains("broken (1):\n  tokens::b"));
        assert!(text.contains("new panics (1):\n  tokens::c"));
        assert!(compare(&old, &new, true).contains("| tokens |"));
    }
}
