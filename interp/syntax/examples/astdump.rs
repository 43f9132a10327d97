//! Debug tool: parses a file with krait's parser and prints `ast.dump(..., include_attributes=True)`
//! or the SyntaxError, one line each, for comparison scripts.

use krait_syntax::ast::{DumpOptions, dump};
use krait_syntax::parser::{Mode, ParseError, ParseOptions, check_ast_depth, parse};

fn main() {
    krait_syntax::stack::with_big_stack(run);
}

fn run() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: astdump FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    let src = String::from_utf8_lossy(&bytes);
    // `ast.parse` called from a module-level script (measured: deeper trees raise RecursionError).
    let parsed = parse(&src, Mode::Exec, ParseOptions::default())
        .and_then(|m| check_ast_depth(&m, 2993).map(|()| m));
    match parsed {
        Ok(m) => println!(
            "{}",
            dump(
                &m,
                DumpOptions {
                    include_attributes: true,
                    ..DumpOptions::default()
                }
            )
        ),
        Err(ParseError::Syntax(e)) => println!(
            "{}: {} ({:?}, {:?}, {:?}, {:?})",
            e.class.name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset
        ),
        Err(e) => println!("{}", e.type_name()),
    }
}
