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
    // CPython's stdout is block-buffered on a pipe or file, line-buffered on a terminal, and
    // writes through under `-u`/`PYTHONUNBUFFERED` (so its text interleaves with stderr's).
    let mode = if krait_cli::unbuffered(&args) {
        Flush::Always
    } else if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        Flush::Lines
    } else {
        Flush::Block
    };
    let mut stdout = Stdout {
        inner: std::io::BufWriter::new(std::io::stdout().lock()),
        mode,
    };
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

/// When standard output hands its text to the system.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flush {
    Block,
    Lines,
    Always,
}

/// Standard output with CPython's buffering policy over a `BufWriter`.
struct Stdout<W: Write> {
    inner: std::io::BufWriter<W>,
    mode: Flush,
}

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        let written = &buf[..n];
        match self.mode {
            Flush::Always => self.inner.flush()?,
            Flush::Lines if written.iter().any(|&b| b == b'\n' || b == b'\r') => {
                self.inner.flush()?
            }
            _ => {}
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
