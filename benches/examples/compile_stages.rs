//! `cargo run --release -p krait-benches --example compile_stages`: wall time of each compile
//! stage (lex, parse, then parse + compile) over all of the oracle's `Lib`, to see where time goes.
//! Beside wall time it prints the thread's CPU time (Linux `schedstat`), which stays meaningful
//! on a machine whose cores other jobs share.

use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::TokenType;
use krait_syntax::lexer::{LexMode, Lexer};
use krait_syntax::parser::{ParseOptions, parse_file_full};
use std::time::{Duration, Instant};

/// The calling thread's CPU time so far, from `/proc/thread-self/schedstat` (0 elsewhere).
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn main() {
    let sources = krait_benches::lib_sources();
    let opts = CompileOptions::default();
    krait_syntax::stack::with_big_stack(|| {
        for round in 0..3 {
            let (t, c) = (Instant::now(), thread_cpu());
            let mut tokens = 0usize;
            for (_, bytes) in &sources {
                let Ok(text) = std::str::from_utf8(bytes) else {
                    continue;
                };
                let mut lexer = Lexer::new(text, LexMode::default());
                while let Ok(t) = lexer.next_token() {
                    tokens += 1;
                    if t.kind == TokenType::ENDMARKER {
                        break;
                    }
                }
            }
            let lex_cpu = thread_cpu() - c;
            println!(
                "round {round}: lex {:?} (cpu {lex_cpu:?}, {tokens} tokens)",
                t.elapsed()
            );
            let (t, c) = (Instant::now(), thread_cpu());
            let mut ok = 0usize;
            for (_, bytes) in &sources {
                ok += usize::from(
                    parse_file_full(bytes, "<b>", ParseOptions::default())
                        .result
                        .is_ok(),
                );
            }
            let (parse, parse_cpu) = (t.elapsed(), thread_cpu() - c);
            let (t, c) = (Instant::now(), thread_cpu());
            for (_, bytes) in &sources {
                ok += usize::from(compile_source(bytes, "<b>", &opts).result.is_ok());
            }
            let (all, all_cpu) = (t.elapsed(), thread_cpu() - c);
            println!(
                "round {round}: parse {parse:?} (cpu {parse_cpu:?}), parse+compile {all:?} (cpu {all_cpu:?}) ({ok} ok)"
            );
        }
    });
}
