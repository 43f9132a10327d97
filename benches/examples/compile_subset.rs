//! `STAGE=parse|compile|none STEP=N cargo run --release -p krait-benches --example compile_subset`:
//! one pass of a stage over every N-th file of the oracle's `Lib` (default 20), for instruction
//! counts under `valgrind --tool=callgrind`, which stay the same from run to run where wall time
//! on a shared machine does not. Subtract the `none` run (start-up and reading the files).
//! `LIST=FILE` writes the chosen paths, one per line, so CPython can compile the same files.

use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::{ParseOptions, parse_file_full};

fn main() {
    let step = std::env::var("STEP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let stage = std::env::var("STAGE").unwrap_or_else(|_| "compile".into());
    let sources: Vec<_> = krait_benches::lib_sources()
        .into_iter()
        .step_by(step)
        .collect();
    if let Ok(list) = std::env::var("LIST") {
        let names: Vec<&str> = sources.iter().map(|(p, _)| p.as_str()).collect();
        std::fs::write(list, names.join("\n")).expect("the list file is writable");
    }
    let opts = CompileOptions::default();
    krait_syntax::stack::with_big_stack(|| {
        let mut ok = 0usize;
        for (_, bytes) in &sources {
            ok += usize::from(match stage.as_str() {
                "none" => true,
                "parse" => parse_file_full(bytes, "<b>", ParseOptions::default())
                    .result
                    .is_ok(),
                _ => compile_source(bytes, "<b>", &opts).result.is_ok(),
            });
        }
        println!("{stage}: {ok} of {} files", sources.len());
    });
}
