//! The `krait` binary: a thin wrapper that hands the process's arguments and streams to [`krait_cli::run`].

use std::io::Write;

fn main() {
    // Parsing, dumping and dropping deeply nested trees recurse once per level; run everything on
    // a stack large enough to reach CPython's own limits (which then raise Python errors).
    let code = krait_syntax::stack::with_big_stack(run);
    std::process::exit(code);
}

fn run() -> i32 {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let stdin = std::io::stdin();
    let mut stdin = stdin.lock();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut stderr = std::io::stderr().lock();
    let code = {
        let mut io = krait_cli::Io {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
        };
        krait_cli::run(&args, &mut io)
    };
    let _ = stdout.flush();
    code
}
