//! The `krait` process: the binary's arguments and standard streams handed to [`crate::run`],
//! with CPython's stdout buffering policy.

use crate::{Io, run, unbuffered};
use std::io::Write;

/// What the `krait` binary does with its arguments (`argv[1:]`): [`run`] over the process's own
/// standard streams, stdout buffered as CPython buffers it; returns the exit status. Call it on
/// a big stack (`krait_syntax::stack::with_big_stack`).
pub fn process_main(args: &[String]) -> i32 {
    // `config_init_hash_seed`: a seed that is neither `random` nor in range stops the start.
    let seed = std::env::var("PYTHONHASHSEED").ok();
    if krait_compiler::pyhash::parse_hash_seed(seed.as_deref()).is_err() {
        eprint!(
            "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an \
             integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n"
        );
        return 1;
    }
    krait_vm::builtins::oslevel::install_interrupt_handler();
    let stdin = std::io::stdin();
    let mut stdin = stdin.lock();
    // CPython's stdout is block-buffered on a pipe or file, line-buffered on a terminal, and
    // writes through under `-u`/`PYTHONUNBUFFERED` (so its text interleaves with stderr's).
    let mode = if unbuffered(args) {
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
        let mut io = Io {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
        };
        run(args, &mut io)
    };
    let _ = stdout.flush();
    let code = if code == krait_vm::EXIT_BY_SIGINT {
        let _ = stderr.flush();
        krait_vm::builtins::oslevel::exit_by_sigint()
    } else {
        code
    };
    // A child of `os.fork` runs on the interpreter's thread alone: no other thread waits to
    // take the status and exit with it, so this one does.
    if krait_vm::builtins::oslevel::spawn::in_forked_child() {
        let _ = stderr.flush();
        std::process::exit(code);
    }
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
