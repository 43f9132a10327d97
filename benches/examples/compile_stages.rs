//! `cargo run --release -p krait-benches --example compile_stages`: wall time of each compile
//! stage (parse, then parse + compile) over all of the oracle's `Lib`, to see where time goes.

use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::{ParseOptions, parse_file_full};
use std::time::Instant;

fn main() {
    let sources = krait_benches::lib_sources();
    let opts = CompileOptions::default();
    krait_syntax::stack::with_big_stack(|| {
        for round in 0..3 {
            let t = Instant::now();
            let mut ok = 0usize;
            for (_, bytes) in &sources {
                ok += usize::from(
                    parse_file_full(bytes, "<b>", ParseOptions::default())
                        .result
                        .is_ok(),
                );
            }
            let parse = t.elapsed();
            let t = Instant::now();
            for (_, bytes) in &sources {
                ok += usize::from(compile_source(bytes, "<b>", &opts).result.is_ok());
            }
            let all = t.elapsed();
            println!("round {round}: parse {parse:?}, parse+compile {all:?} ({ok} ok)");
        }
    });
}
