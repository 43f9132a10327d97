//! The `krait` binary: a thin wrapper that hands the process's arguments and streams to [`krait_cli::run`].

use std::io::Write;

fn main() {
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
    std::process::exit(code);
}
