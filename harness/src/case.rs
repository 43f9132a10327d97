//! Cases and where they come from: the `corpus/` tree, CPython's own `Lib`, or explicit paths.
//!
//! A case is keyed by `SOURCE:RELATIVE/PATH` (`corpus:tokens/strings/prefixes.py`,
//! `lib:asyncio/events.py`), stable across machines and runs, so JSON results and the known-failures
//! file can name it.

use std::path::{Path, PathBuf};

/// One source of cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The repository's `corpus/` tree.
    Corpus,
    /// Every `.py` file of the oracle's standard library (site-packages excluded).
    Lib,
    /// A file or a directory given on the command line.
    Path(PathBuf),
}

impl Source {
    /// Parses a `--source` argument.
    pub fn parse(s: &str) -> Source {
        match s {
            "corpus" => Source::Corpus,
            "lib" => Source::Lib,
            other => Source::Path(PathBuf::from(other)),
        }
    }

    /// The prefix of this source's case keys.
    fn prefix(&self) -> &'static str {
        match self {
            Source::Corpus => "corpus",
            Source::Lib => "lib",
            Source::Path(_) => "path",
        }
    }
}

/// One input file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Case {
    /// `SOURCE:RELATIVE/PATH`, with `/` separators.
    pub key: String,
    /// The path handed to both sides (absolute for corpus and Lib cases).
    pub path: PathBuf,
}

impl Case {
    /// The case's path relative to its source root (the part of the key after `SOURCE:`).
    pub fn rel(&self) -> &str {
        self.key.split_once(':').map_or(&self.key, |(_, r)| r)
    }

    /// The first folder of a corpus case (`tokens` for `corpus:tokens/x.py`), if it is one.
    pub fn corpus_stage(&self) -> Option<&str> {
        self.key
            .strip_prefix("corpus:")
            .and_then(|r| r.split('/').next())
    }
}

/// The repository's `corpus/` directory.
pub fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(|p| p.join("corpus"))
        .unwrap_or_else(|| PathBuf::from("corpus"))
}

/// The oracle's standard library directory, `sysconfig.get_path("stdlib")` of `python3`.
pub fn lib_root() -> Result<PathBuf, String> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_path('stdlib'))",
        ])
        .output()
        .map_err(|e| format!("`python3` could not be run: {e}"))?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if p.is_empty() {
        return Err("`python3` did not report its stdlib path".into());
    }
    Ok(PathBuf::from(p))
}

/// Every case of `source`, sorted by key.
///
/// A path inside the repository's `corpus/` (a chapter folder, one file) gives the same
/// `corpus:` keys as the whole corpus, so its cases get the layers, known failures and report
/// lines they have there.
pub fn discover(source: &Source) -> Result<Vec<Case>, String> {
    let (root, single) = match source {
        Source::Corpus => (corpus_root(), false),
        Source::Lib => (lib_root()?, false),
        Source::Path(p) if p.is_file() => (p.clone(), true),
        Source::Path(p) if p.is_dir() => (p.clone(), false),
        Source::Path(p) => return Err(format!("{}: no such file or directory", p.display())),
    };
    let mut files = Vec::new();
    if single {
        files.push(root.clone());
    } else {
        walk(&root, &mut files, *source == Source::Lib)?;
    }
    let corpus = match source {
        Source::Path(_) => std::fs::canonicalize(corpus_root()).ok(),
        _ => None,
    };
    let mut cases = Vec::new();
    for path in files {
        let in_corpus = corpus.as_ref().and_then(|c| {
            let abs = std::fs::canonicalize(&path).ok()?;
            abs.strip_prefix(c).ok().map(slash_path)
        });
        let key = match in_corpus {
            Some(rel) => format!("corpus:{rel}"),
            None if single => format!("path:{}", path.display()),
            None => {
                let rel = path.strip_prefix(&root).map_err(|e| e.to_string())?;
                format!("{}:{}", source.prefix(), slash_path(rel))
            }
        };
        cases.push(Case { key, path });
    }
    cases.sort();
    Ok(cases)
}

/// A relative path with `/` separators.
fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Collects `.py` files below `dir`; for Lib, skips `site-packages` (not part of CPython's Lib).
fn walk(dir: &Path, out: &mut Vec<PathBuf>, is_lib: bool) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        let ty = entry.file_type().map_err(|e| e.to_string())?;
        if ty.is_dir() {
            if is_lib && entry.file_name() == "site-packages" {
                continue;
            }
            walk(&path, out, is_lib)?;
        } else if ty.is_file() && path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_paths_keep_corpus_keys() {
        let dir = corpus_root().join("run").join("vm");
        let cases = discover(&Source::Path(dir)).expect("corpus/run/vm is readable");
        assert!(!cases.is_empty());
        assert!(cases.iter().all(|c| c.corpus_stage() == Some("run")));
        let one = cases[0].path.clone();
        let single = discover(&Source::Path(one)).expect("a corpus file is readable");
        assert_eq!(single, vec![cases[0].clone()]);
    }

    #[test]
    fn keys_split_into_source_and_path() {
        let c = Case {
            key: "corpus:tokens/a/b.py".into(),
            path: PathBuf::from("/x"),
        };
        assert_eq!(c.rel(), "tokens/a/b.py");
        assert_eq!(c.corpus_stage(), Some("tokens"));
        let l = Case {
            key: "lib:os.py".into(),
            path: PathBuf::from("/x"),
        };
        assert_eq!(l.corpus_stage(), None);
    }

    #[test]
    fn corpus_discovery_is_sorted_and_relative() {
        let cases = discover(&Source::Corpus).expect("corpus is readable");
        assert!(cases.windows(2).all(|w| w[0].key < w[1].key));
        assert!(
            cases
                .iter()
                .all(|c| c.key.starts_with("corpus:") && c.path.is_absolute())
        );
    }
}
