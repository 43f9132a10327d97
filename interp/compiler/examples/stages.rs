//! Times each compile stage (tokenize, parse, future + AST optimisation, symbol table, code
//! generation with assembly, dropping the tree) over every `.py` file of a directory tree, by
//! default the oracle's `Lib`: `cargo run --release -p krait-compiler --example stages [DIR]`.
//! With `STAGES_STOP=tokenize|parse|ast_opt|symtable|codegen|whole` only that much runs (the tree
//! still dropped), so that `perf stat -e instructions:u` of successive stops splits the work
//! between stages even on a loaded machine, where wall-clock times are noise.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use krait_compiler::symtable::{self, SymtableOptions};
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::lexer::{LexMode, Lexer};
use krait_syntax::parser::{Mode, ParseOptions, parse_bytes};
use krait_syntax::token::TokenType;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "site-packages") {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn stdlib() -> PathBuf {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 runs");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

#[derive(Default)]
struct Times {
    tokenize: Duration,
    parse: Duration,
    ast_opt: Duration,
    symtable: Duration,
    codegen: Duration,
    drop: Duration,
    whole: Duration,
}

fn run(files: &[Vec<u8>], t: &mut Times, stop: u8) -> usize {
    let opts = CompileOptions::default();
    if stop == 6 {
        return files
            .iter()
            .map(|b| usize::from(compile_source(b, "<s>", &opts).result.is_ok()))
            .sum();
    }
    let mut ok = 0;
    for bytes in files {
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue;
        };
        let t0 = Instant::now();
        let mut lx = Lexer::new(text, LexMode::default());
        while let Ok(tok) = lx.next_token() {
            if tok.kind == TokenType::ENDMARKER {
                break;
            }
        }
        let t1 = Instant::now();
        if stop == 0 {
            continue;
        }
        let Ok(mut module) = parse_bytes(bytes, Mode::Exec, ParseOptions::default(), "<s>") else {
            continue;
        };
        let t2 = Instant::now();
        if stop == 1 {
            continue;
        }
        let Ok(future) = symtable::future::parse_future(&module) else {
            continue;
        };
        if krait_compiler::ast_opt::optimize(&mut module, 0, future.features).is_err() {
            continue;
        }
        let t3 = Instant::now();
        if stop == 2 {
            continue;
        }
        let Ok(st) = symtable::build(&module, SymtableOptions::default()) else {
            continue;
        };
        let t4 = Instant::now();
        if stop == 3 {
            continue;
        }
        let (code, _) = krait_compiler::codegen::compile_module(&module, &st, "<s>", &opts);
        ok += usize::from(code.is_ok());
        drop(code);
        drop(st);
        let t5 = Instant::now();
        drop(module);
        let t6 = Instant::now();
        if stop == 4 {
            continue;
        }
        ok += usize::from(compile_source(bytes, "<s>", &opts).result.is_ok());
        let t7 = Instant::now();
        t.tokenize += t1 - t0;
        t.parse += t2 - t1;
        t.ast_opt += t3 - t2;
        t.symtable += t4 - t3;
        t.codegen += t5 - t4;
        t.drop += t6 - t5;
        t.whole += t7 - t6;
    }
    ok
}

fn main() {
    let dir = std::env::args().nth(1).map_or_else(stdlib, PathBuf::from);
    let mut paths = Vec::new();
    collect(&dir, &mut paths);
    let files: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let stop = match std::env::var("STAGES_STOP").as_deref() {
        Ok("tokenize") => 0,
        Ok("parse") => 1,
        Ok("ast_opt") => 2,
        Ok("symtable") => 3,
        Ok("codegen") => 4,
        Ok("whole") => 6,
        _ => 5,
    };
    let mut t = Times::default();
    let ok = krait_syntax::stack::with_big_stack(|| run(&files, &mut t, stop));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{} files, {ok} compiled (twice: staged and whole)",
        files.len()
    );
    println!(
        "tokenize  {:9.1} ms (separate pass, also inside parse)",
        ms(t.tokenize)
    );
    println!("parse     {:9.1} ms", ms(t.parse));
    println!("ast_opt   {:9.1} ms (with __future__)", ms(t.ast_opt));
    println!("symtable  {:9.1} ms", ms(t.symtable));
    println!("codegen   {:9.1} ms (with assembly)", ms(t.codegen));
    println!("drop AST  {:9.1} ms", ms(t.drop));
    let staged = t.parse + t.ast_opt + t.symtable + t.codegen + t.drop;
    println!("staged    {:9.1} ms", ms(staged));
    println!(
        "compile_source {:9.1} ms (as the benchmark calls it)",
        ms(t.whole)
    );
}
