//! Shared helpers of krait's criterion benchmarks: inputs gathered once, and the oracle loaded with them.

pub mod vm;

use krait_harness::case::{self, Source};
use krait_harness::oracle::Oracle;

/// Every `.py` file of the oracle's `Lib` (site-packages excluded): (path, bytes).
pub fn lib_sources() -> Vec<(String, Vec<u8>)> {
    sources(&Source::Lib)
}

/// Every `.py` file of `source`, as the harness finds them: (path, bytes).
pub fn sources(source: &Source) -> Vec<(String, Vec<u8>)> {
    let cases = case::discover(source).expect("the sources are readable");
    cases
        .into_iter()
        .filter_map(|c| {
            let bytes = std::fs::read(&c.path).ok()?;
            Some((c.path.to_string_lossy().into_owned(), bytes))
        })
        .collect()
}

/// The verified oracle, with `sources` stored inside it under `name`.
pub fn oracle_with(name: &str, sources: &[(String, Vec<u8>)]) -> &'static Oracle {
    let oracle = Oracle::get().expect("the oracle starts");
    let datas: Vec<&[u8]> = sources.iter().map(|(_, b)| b.as_slice()).collect();
    oracle
        .call::<_, bool>("store", (name, datas))
        .expect("the oracle stores the inputs");
    oracle
}

/// Criterion's mean estimate, in nanoseconds, of `group/function` from the run just finished.
pub fn mean_ns(group: &str, function: &str) -> Option<f64> {
    let target = std::env::var("CARGO_TARGET_DIR")
        .unwrap_or_else(|_| format!("{}/../target", env!("CARGO_MANIFEST_DIR")));
    // Criterion stores `NAME/krait` under the directory `NAME_krait`.
    let function = function.replace('/', "_");
    let path = format!("{target}/criterion/{group}/{function}/new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

/// Prints `cpython / krait` for each benchmark of `group` (functions `NAME/krait` and
/// `NAME/cpython`, or plain `krait`/`cpython`), and their geometric mean.
pub fn report_ratios(group: &str, names: &[&str]) {
    let mut logs = Vec::new();
    for name in names {
        let (k, c) = if name.is_empty() {
            ("krait".to_string(), "cpython".to_string())
        } else {
            (format!("{name}/krait"), format!("{name}/cpython"))
        };
        match (mean_ns(group, &k), mean_ns(group, &c)) {
            (Some(k), Some(c)) if k > 0.0 => {
                let ratio = c / k;
                logs.push(ratio.ln());
                println!(
                    "{group} {name}: krait {:.3} ms, cpython {:.3} ms, krait is {ratio:.1}x faster",
                    k / 1e6,
                    c / 1e6
                );
            }
            _ => println!("{group} {name}: no estimate found"),
        }
    }
    if !logs.is_empty() {
        let geo = (logs.iter().sum::<f64>() / logs.len() as f64).exp();
        println!("{group}: geometric mean of cpython/krait = {geo:.2}");
    }
}
