//! The `krait` binary: a thin wrapper that hands the process's arguments to
//! [`krait_cli::process_main`].

fn main() {
    // Parsing, dumping and dropping deeply nested trees recurse once per level; run everything on
    // a stack large enough to reach CPython's own limits (which then raise Python errors).
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // That thread is also the one the process's signals go to, as CPython's main thread.
    let code = krait_vm::builtins::oslevel::with_big_stack_receiving_signals(|| {
        krait_cli::process_main(&args)
    });
    std::process::exit(code);
}
