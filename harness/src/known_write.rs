//! `krait-harness run --write-known`: regenerates the known-failures file from a run, so that the
//! lead can re-baseline the list after a merge instead of editing it by hand.
//!
//! Every problem of the run that is not listed is appended with a reason derived from the first
//! line of its detail (the layers put the cause there: "co_code differs", "krait rejects, CPython
//! compiles: ..."), grouped by layer and cause under one comment line per group; entries of the
//! run's cases that pass now are removed. Entries of layers and cases the run did not cover are
//! left alone. The result is parsed back before it replaces the file, atomically.

use crate::known::KnownFailures;
use crate::outcome::Outcome;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The start of the comment line above each written group.
const GROUP_MARK: &str = "# --write-known: ";

/// The longest reason written (characters).
const REASON_CHARS: usize = 200;

/// What [`write_known`] changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Entries appended.
    pub added: usize,
    /// Groups (layer × cause) they fall in.
    pub causes: usize,
    /// Entries removed because they pass now.
    pub removed: usize,
}

/// The reason recorded for a problem: the cause its first line names.
pub fn cause(outcome: &Outcome) -> String {
    let first = |d: &str| {
        d.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .trim_end_matches(':')
            .to_string()
    };
    let text = match outcome {
        Outcome::Fail(d) => first(d),
        Outcome::KraitPanic(d) => format!("krait panics: {}", first(d)),
        Outcome::Timeout => "times out".to_string(),
        Outcome::Pass | Outcome::Skipped(_) => String::new(),
    };
    let text = if text.is_empty() {
        format!("{} without detail", outcome.name())
    } else {
        text
    };
    match text.char_indices().nth(REASON_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

/// Updates the file at `path`: `unexpected` (layer, case, outcome) appended, `now_passing`
/// (layer, case) removed.
pub fn write_known(
    path: &Path,
    unexpected: &[(String, String, Outcome)],
    now_passing: &[(String, String)],
) -> Result<Written, String> {
    let old = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let (text, written) = rewrite(&old, unexpected, now_passing)?;
    KnownFailures::parse(&text).map_err(|e| format!("the rewritten list does not parse: {e}"))?;
    let tmp = path.with_extension(format!("toml.{}", std::process::id()));
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("{}: {e}", path.display())
        })?;
    Ok(written)
}

#[derive(Deserialize)]
struct OneEntry {
    failure: Vec<EntryKey>,
}

#[derive(Deserialize)]
struct EntryKey {
    case: String,
    layer: String,
}

/// The new text of the list.
fn rewrite(
    old: &str,
    unexpected: &[(String, String, Outcome)],
    now_passing: &[(String, String)],
) -> Result<(String, Written), String> {
    let gone: BTreeSet<(&str, &str)> = now_passing
        .iter()
        .map(|(l, c)| (l.as_str(), c.as_str()))
        .collect();
    let mut written = Written::default();
    let mut kept = String::new();
    for block in blocks(old) {
        let key = toml::from_str::<OneEntry>(block)
            .ok()
            .and_then(|e| e.failure.into_iter().next());
        match key {
            Some(k) if gone.contains(&(k.layer.as_str(), k.case.as_str())) => {
                written.removed += 1;
                // Keep the comments that introduce whatever follows the dropped entry.
                kept.push_str(&trailing_comments(block));
            }
            _ => kept.push_str(block),
        }
    }
    let mut text = drop_empty_groups(&kept);
    let mut groups: BTreeMap<(&str, String), Vec<&str>> = BTreeMap::new();
    for (layer, case, outcome) in unexpected {
        groups
            .entry((layer.as_str(), cause(outcome)))
            .or_default()
            .push(case.as_str());
    }
    for ((layer, reason), mut cases) in groups {
        cases.sort_unstable();
        written.causes += 1;
        if !text.is_empty() && !text.ends_with("\n\n") {
            text.push('\n');
        }
        let _ = writeln!(text, "{GROUP_MARK}{layer} — {reason} ({})", cases.len());
        for case in cases {
            written.added += 1;
            let _ = write!(
                text,
                "[[failure]]\ncase = {}\nlayer = {}\nreason = {}\n\n",
                toml_str(case),
                toml_str(layer),
                toml_str(&reason)
            );
        }
    }
    Ok((text, written))
}

/// The file cut before each `[[failure]]` line: a header, then one block per entry.
fn blocks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "[[failure]]" && at > start {
            out.push(&text[start..at]);
            start = at;
        }
        at += line.len();
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The comment and blank lines that end a block.
fn trailing_comments(block: &str) -> String {
    let lines: Vec<&str> = block.split_inclusive('\n').collect();
    let keep = lines
        .iter()
        .rev()
        .take_while(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        .count();
    lines[lines.len() - keep..].concat()
}

/// Removes group comments this option wrote whose entries have all gone.
fn drop_empty_groups(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with(GROUP_MARK) {
            let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
            if next.is_none_or(|l| l.trim_end() != "[[failure]]") {
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "# header\n\n[[failure]]\ncase = \"lib:a.py\"\nlayer = \"tokens\"\n\
                       reason = \"r\"\n\n# next group\n[[failure]]\ncase = \"lib:b.py\"\n\
                       layer = \"tokens\"\nreason = \"s\"\n";

    #[test]
    fn appends_grouped_and_removes_passing() {
        let unexpected = vec![
            (
                "bytecode".to_string(),
                "lib:z.py".to_string(),
                Outcome::Fail("co_code differs\n  in code object #0".into()),
            ),
            (
                "bytecode".to_string(),
                "lib:y.py".to_string(),
                Outcome::Fail("co_code differs\n  elsewhere".into()),
            ),
            (
                "pyc".to_string(),
                "lib:\"q\".py".to_string(),
                Outcome::Timeout,
            ),
        ];
        let passing = vec![("tokens".to_string(), "lib:a.py".to_string())];
        let (text, w) = rewrite(OLD, &unexpected, &passing).unwrap();
        assert_eq!(
            w,
            Written {
                added: 3,
                causes: 2,
                removed: 1
            }
        );
        let k = KnownFailures::parse(&text).unwrap();
        assert_eq!(k.len(), 4);
        assert!(k.get("tokens", "lib:a.py").is_none());
        assert_eq!(
            k.get("bytecode", "lib:y.py").unwrap().reason,
            "co_code differs"
        );
        assert_eq!(k.get("pyc", "lib:\"q\".py").unwrap().reason, "times out");
        assert!(text.starts_with("# header\n"));
        assert!(text.contains("# next group\n[[failure]]\ncase = \"lib:b.py\""));
        assert!(text.contains("# --write-known: bytecode — co_code differs (2)\n"));
        // Written groups whose entries all pass later disappear with them.
        let later = vec![
            ("bytecode".to_string(), "lib:y.py".to_string()),
            ("bytecode".to_string(), "lib:z.py".to_string()),
        ];
        let (again, w) = rewrite(&text, &[], &later).unwrap();
        assert_eq!(w.removed, 2);
        assert!(!again.contains("bytecode"));
        assert!(again.contains("# --write-known: pyc — times out (1)"));
    }

    #[test]
    fn causes_come_from_the_first_line() {
        assert_eq!(
            cause(&Outcome::Fail("\n  x differs:\n more".into())),
            "x differs"
        );
        assert_eq!(
            cause(&Outcome::KraitPanic("index out of bounds".into())),
            "krait panics: index out of bounds"
        );
        assert_eq!(cause(&Outcome::Fail(String::new())), "fail without detail");
        assert!(cause(&Outcome::Fail("y".repeat(500))).ends_with('…'));
    }
}
