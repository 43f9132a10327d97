//! The mutation fuzzer: `krait-harness fuzz --layer L --cases N [--seed S]`.
//!
//! Inputs are windows of real code (the corpus and CPython's `Lib`) mutated by proptest: bytes and
//! token-like chunks are inserted, deleted, swapped and duplicated, with a dictionary of lexically
//! interesting fragments (quotes, brackets, backslashes, line endings, tabs, form feeds, NUL, invalid
//! UTF-8). Each input goes through the layer's in-memory check; a divergence or panic is shrunk by
//! proptest and saved under `corpus/regressions/` so the corpus run keeps checking it.

use crate::case::{self, Source};
use crate::layers::{self, Layer};
use crate::oracle::Oracle;
use crate::outcome::Outcome;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use std::path::PathBuf;

/// Fragments worth inserting: each is a boundary some lexer rule cares about.
const DICTIONARY: &[&[u8]] = &[
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"f'",
    b"rb\"",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\\",
    b"\\\n",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\x0c",
    b"\x00",
    b" ",
    b"    ",
    b"#",
    b"# type: int\n",
    b"0x",
    b"1_",
    b"1e",
    b"0777",
    b".5j",
    b"...",
    b"->",
    b":=",
    b"**=",
    b"<>",
    b"$",
    b"?",
    b"`",
    b"\xc3\xa9",
    b"\xe2\x82\xac",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"# -*- coding: latin-1 -*-\n",
    b"if x:\n",
    b"\n  ",
    b"\n\t",
    b"async ",
    b"lambda",
    b"\xf0\x9f\x90\x8d",
    b"\xc2\xb2",
];

/// One edit of the input.
#[derive(Debug, Clone)]
enum Mutation {
    InsertByte(usize, u8),
    InsertFragment(usize, usize),
    DeleteBytes(usize, usize),
    SwapBytes(usize, usize),
    SwapChunks(usize, usize),
    DuplicateChunk(usize),
    DeleteChunk(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Mutation::InsertByte(p, b)),
        (any::<usize>(), 0..DICTIONARY.len()).prop_map(|(p, i)| Mutation::InsertFragment(p, i)),
        (any::<usize>(), 1usize..8).prop_map(|(p, n)| Mutation::DeleteBytes(p, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapBytes(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapChunks(a, b)),
        any::<usize>().prop_map(Mutation::DuplicateChunk),
        any::<usize>().prop_map(Mutation::DeleteChunk),
    ]
}

/// Splits `s` into token-like chunks: runs of identifier bytes, runs of blanks, single other bytes.
fn chunks(s: &[u8]) -> Vec<(usize, usize)> {
    let class = |b: u8| {
        if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
            0
        } else if b == b' ' || b == b'\t' {
            1
        } else {
            2
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = class(s[i]);
        let mut j = i + 1;
        while c != 2 && j < s.len() && class(s[j]) == c {
            j += 1;
        }
        out.push((i, j));
        i = j;
    }
    out
}

fn apply(input: &mut Vec<u8>, m: &Mutation) {
    let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
    match *m {
        Mutation::InsertByte(p, b) => input.insert(at(p, input.len()), b),
        Mutation::InsertFragment(p, i) => {
            let p = at(p, input.len());
            input.splice(p..p, DICTIONARY[i].iter().copied());
        }
        Mutation::DeleteBytes(p, n) if !input.is_empty() => {
            let p = p % input.len();
            input.drain(p..(p + n).min(input.len()));
        }
        Mutation::SwapBytes(a, b) if !input.is_empty() => {
            let n = input.len();
            input.swap(a % n, b % n);
        }
        Mutation::SwapChunks(a, b) => {
            let c = chunks(input);
            if c.len() >= 2 {
                let (x, y) = (c[a % c.len()], c[b % c.len()]);
                let (first, second) = if x.0 <= y.0 { (x, y) } else { (y, x) };
                if first.1 <= second.0 {
                    let mut out = input[..first.0].to_vec();
                    out.extend_from_slice(&input[second.0..second.1]);
                    out.extend_from_slice(&input[first.1..second.0]);
                    out.extend_from_slice(&input[first.0..first.1]);
                    out.extend_from_slice(&input[second.1..]);
                    *input = out;
                }
            }
        }
        Mutation::DuplicateChunk(a) => {
            let c = chunks(input);
            if !c.is_empty() {
                let (s, e) = c[a % c.len()];
                let piece = input[s..e].to_vec();
                input.splice(e..e, piece);
            }
        }
        Mutation::DeleteChunk(a) => {
            let c = chunks(input);
            if !c.is_empty() {
                let (s, e) = c[a % c.len()];
                input.drain(s..e);
            }
        }
        Mutation::DeleteBytes(..) | Mutation::SwapBytes(..) => {}
    }
}

/// A window of at most `lines` lines of `text` starting at line `start % line count`.
fn window(text: &[u8], start: usize, lines: usize) -> Vec<u8> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(newline_positions(text).map(|i| i + 1))
        .filter(|&i| i <= text.len())
        .collect();
    let first = starts[start % starts.len()];
    let last = starts
        .get((start % starts.len()) + lines)
        .copied()
        .unwrap_or(text.len());
    text[first..last].to_vec()
}

fn newline_positions(text: &[u8]) -> impl Iterator<Item = usize> + '_ {
    text.iter()
        .enumerate()
        .filter_map(|(i, &b)| (b == b'\n').then_some(i))
}

/// Options of `fuzz`.
struct FuzzOptions {
    layer: &'static dyn Layer,
    cases: u32,
    seed: u64,
    save: bool,
    /// `--stats`: measure agreement over all cases instead of stopping at the first divergence.
    stats: bool,
    /// `--min-acceptance P` / `--min-exact P`: the percentages `--stats` must reach.
    min_acceptance: f64,
    min_exact: f64,
    /// `--samples DIR`: where `--stats` writes inputs that disagree (at most 200).
    samples: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<FuzzOptions, String> {
    let mut o = FuzzOptions {
        layer: &layers::Tokens,
        cases: 1000,
        seed: 0,
        save: true,
        stats: false,
        min_acceptance: 100.0,
        min_exact: 0.0,
        samples: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--layer" => {
                let name = value()?;
                o.layer = layers::by_name(&name).ok_or(format!("unknown layer {name}"))?;
            }
            "--cases" => o.cases = value()?.parse().map_err(|_| "--cases takes a number")?,
            "--seed" => o.seed = value()?.parse().map_err(|_| "--seed takes a number")?,
            "--no-save" => o.save = false,
            "--stats" => o.stats = true,
            "--min-acceptance" => {
                o.min_acceptance = value()?
                    .parse()
                    .map_err(|_| "--min-acceptance takes a percentage")?
            }
            "--min-exact" => {
                o.min_exact = value()?
                    .parse()
                    .map_err(|_| "--min-exact takes a percentage")?
            }
            "--samples" => o.samples = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(o)
}

/// The seed inputs: every corpus case and every Lib file, read once.
fn seeds() -> Result<Vec<Vec<u8>>, String> {
    let mut out = Vec::new();
    for source in [Source::Corpus, Source::Lib] {
        for c in case::discover(&source)? {
            if let Ok(bytes) = std::fs::read(&c.path) {
                out.push(bytes);
            }
        }
    }
    if out.is_empty() {
        return Err("no seed inputs found".into());
    }
    Ok(out)
}

/// The body of `krait-harness fuzz`; `Ok(false)` when a divergence was found.
pub fn main(args: &[String]) -> Result<bool, String> {
    let o = parse(args)?;
    std::panic::set_hook(Box::new(|_| {}));
    let oracle = Oracle::get()?;
    if o.layer.check_bytes(b"", oracle).is_none() {
        return Err(format!(
            "layer {} cannot fuzz in-memory inputs",
            o.layer.name()
        ));
    }
    let seeds = seeds()?;
    let strategy = (
        0..seeds.len(),
        any::<usize>(),
        1usize..40,
        proptest::collection::vec(mutation(), 1..8),
    )
        .prop_map(|(i, start, lines, muts)| {
            let mut input = window(&seeds[i], start, lines);
            for m in &muts {
                apply(&mut input, m);
            }
            input
        });
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&o.seed.to_le_bytes());
    let config = Config {
        cases: o.cases,
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let layer = o.layer;
    if o.stats {
        return stats(&o, &strategy, &mut runner, oracle);
    }
    let result = runner.run(&strategy, |input| match layer.check_bytes(&input, oracle) {
        Some(Outcome::Pass) | Some(Outcome::Skipped(_)) | None => Ok(()),
        Some(other) => Err(TestCaseError::fail(format!(
            "{}: {}",
            other.name(),
            other.detail().unwrap_or("")
        ))),
    });
    match result {
        Ok(()) => {
            println!(
                "fuzz {}: {} cases, seed {}, no divergence and no panic",
                layer.name(),
                o.cases,
                o.seed
            );
            Ok(true)
        }
        Err(TestError::Fail(why, input)) => {
            println!("fuzz {}: divergence found (shrunk):\n{why}", layer.name());
            println!("input: {:?}", String::from_utf8_lossy(&input));
            if o.save {
                let path = save(layer.name(), &input)?;
                println!("saved as {}", path.display());
            }
            Ok(false)
        }
        Err(TestError::Abort(why)) => Err(format!("fuzzer aborted: {why}")),
    }
}

/// Counts of `--stats`.
#[derive(Debug, Default)]
struct Tally {
    total: u64,
    cpython_rejects: u64,
    acceptance_agrees: u64,
    exact_on_rejected: u64,
    panics: u64,
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// `fuzz --layer errors --stats`: agreement over every generated input.
fn stats(
    o: &FuzzOptions,
    strategy: &impl Strategy<Value = Vec<u8>>,
    runner: &mut TestRunner,
    oracle: &Oracle,
) -> Result<bool, String> {
    if o.layer.name() != "errors" {
        return Err("--stats measures the errors layer".into());
    }
    if let Some(dir) = &o.samples {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut t = Tally::default();
    let mut saved = 0;
    for _ in 0..o.cases {
        let input = strategy
            .new_tree(runner)
            .map_err(|e| format!("cannot generate an input: {e}"))?
            .current();
        t.total += 1;
        let a = match crate::layers::errors::agreement(&input, oracle) {
            Ok(a) => a,
            Err(Outcome::KraitPanic(_)) => {
                t.panics += 1;
                continue;
            }
            Err(other) => return Err(other.detail().unwrap_or("oracle failure").to_string()),
        };
        t.cpython_rejects += u64::from(a.cpython_rejects);
        t.acceptance_agrees += u64::from(a.cpython_rejects == a.krait_rejects);
        t.exact_on_rejected += u64::from(a.cpython_rejects && a.exact);
        // Acceptance disagreements are the rarer, more serious kind: always kept, named apart.
        let accept_differs = a.cpython_rejects != a.krait_rejects;
        if let (false, Some(dir), true) = (a.exact, &o.samples, saved < 200 || accept_differs) {
            saved += 1;
            let kind = if accept_differs {
                "acceptance"
            } else {
                "exception"
            };
            let _ = std::fs::write(dir.join(format!("{kind}-{saved:03}.py")), &input);
        }
    }
    let acceptance = percent(t.acceptance_agrees, t.total);
    let exact = percent(t.exact_on_rejected, t.cpython_rejects);
    println!("fuzz errors --stats: {} inputs, seed {}", t.total, o.seed);
    println!("  rejected by CPython: {}", t.cpython_rejects);
    println!(
        "  acceptance agrees: {}/{} ({acceptance:.2}%, required {:.2}%)",
        t.acceptance_agrees, t.total, o.min_acceptance
    );
    println!(
        "  class, msg, positions and text identical on rejected inputs: {}/{} ({exact:.2}%, required {:.2}%)",
        t.exact_on_rejected, t.cpython_rejects, o.min_exact
    );
    println!("  krait panics: {}", t.panics);
    Ok(t.panics == 0 && acceptance >= o.min_acceptance && exact >= o.min_exact)
}

/// Writes a shrunk input to `corpus/regressions/LAYER-HASH.py` (content-addressed, so re-finding
/// the same input does not add a file).
fn save(layer: &str, input: &[u8]) -> Result<PathBuf, String> {
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let dir = case::corpus_root().join("regressions");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(format!("{layer}-{hash:016x}.py"));
    std::fs::write(&path, input).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_input() {
        let s = b"ab  (c)\n";
        let c = chunks(s);
        assert_eq!(c, vec![(0, 2), (2, 4), (4, 5), (5, 6), (6, 7), (7, 8)]);
    }

    #[test]
    fn mutations_never_panic_on_small_inputs() {
        let muts = [
            Mutation::InsertByte(usize::MAX, 0),
            Mutation::InsertFragment(3, 0),
            Mutation::DeleteBytes(usize::MAX, 7),
            Mutation::SwapBytes(1, usize::MAX),
            Mutation::SwapChunks(0, 5),
            Mutation::DuplicateChunk(9),
            Mutation::DeleteChunk(2),
        ];
        for base in [&b""[..], b"x", b"a = (b)\n"] {
            for m in &muts {
                let mut v = base.to_vec();
                apply(&mut v, m);
            }
        }
        let mut v = b"ab cd".to_vec();
        apply(&mut v, &Mutation::SwapChunks(0, 2));
        assert_eq!(v, b"cd ab");
    }

    #[test]
    fn windows_take_whole_lines() {
        let t = b"a\nb\nc\n";
        assert_eq!(window(t, 1, 1), b"b\n");
        assert_eq!(window(t, 0, 10), t.to_vec());
        assert_eq!(window(b"", 5, 3), b"".to_vec());
    }
}
