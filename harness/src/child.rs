//! krait as a child process of the harness: the isolation the `run` and `cross` layers need.
//!
//! A program shares its process with whatever else runs there: descriptors (a program that
//! closes a descriptor twice closes whatever another thread opened under that number in
//! between), signal dispositions and pending signals, the working directory, the umask and
//! resource limits. The trials of `cargo test` run side by side on threads of one process, so a
//! program executed in-process could disturb another that runs at the same time. Each program
//! therefore runs in a process of its own: the harness's own executable started again with
//! [`CHILD_FLAG`] as its first argument, which runs `krait_cli::process_main` exactly as the
//! `krait` binary does. Python itself is never initialised in the child.

use crate::outcome::Outcome;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The first argument that makes the harness's executable behave as `krait`.
pub const CHILD_FLAG: &str = "--krait-harness-child";

/// The line a panicking child writes to stderr before it exits with [`PANIC_STATUS`].
const PANIC_MARK: &str = "krait-harness-child: krait panicked: ";

/// The exit status of a child whose krait panicked.
const PANIC_STATUS: i32 = 250;

/// When this process was started as a child (`argv[1] == CHILD_FLAG`), runs krait with the rest
/// of the arguments and exits with its status; otherwise returns. Call it first in `main`.
pub fn run_if_child() {
    let mut args = std::env::args_os().skip(1);
    if args.next().is_none_or(|a| a != CHILD_FLAG) {
        return;
    }
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic payload".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("\n{PANIC_MARK}{msg}{place}");
    }));
    let run = std::panic::catch_unwind(|| {
        krait_vm::builtins::oslevel::with_big_stack_receiving_signals(|| {
            krait_cli::process_main(&args)
        })
    });
    std::process::exit(run.unwrap_or(PANIC_STATUS));
}

/// One finished run: stdout, stderr, exit status.
pub type Run = (Vec<u8>, Vec<u8>, i32);

/// Runs `krait ARGS` as a child process (`PYTHONHASHSEED=0`, no stdin) within `limit`.
pub fn krait_child(args: &[&str], limit: Duration) -> Result<Run, Outcome> {
    let exe = std::env::current_exe()
        .map_err(|e| Outcome::Fail(format!("cannot find the harness executable: {e}")))?;
    let mut cmd = Command::new(exe);
    cmd.arg(CHILD_FLAG).args(args);
    let run = run_captured(cmd, limit, |e| {
        Outcome::KraitPanic(format!("cannot start krait's process: {e}"))
    })?;
    match run.2 {
        PANIC_STATUS => {
            let err = String::from_utf8_lossy(&run.1);
            match err.lines().find_map(|l| l.strip_prefix(PANIC_MARK)) {
                Some(msg) => Err(Outcome::KraitPanic(msg.to_string())),
                None => Ok(run),
            }
        }
        // A crash (a stack overflow, an abort) rather than a signal the program asked for.
        status
            if [libc_sig::SEGV, libc_sig::BUS, libc_sig::ILL, libc_sig::ABRT]
                .contains(&-status) =>
        {
            Err(Outcome::KraitPanic(format!(
                "krait's process died of signal {}",
                -status
            )))
        }
        _ => Ok(run),
    }
}

/// Runs `python3 ARGS` (`PYTHONHASHSEED=0`, no stdin) within `limit`.
pub fn python3_child(args: &[&str], limit: Duration) -> Result<Run, Outcome> {
    let mut cmd = Command::new("python3");
    cmd.args(args);
    let run = run_captured(cmd, limit, |e| Outcome::Fail(format!("oracle error: {e}")))?;
    if run.2 == TIMED_OUT {
        return Err(Outcome::Fail("python3 did not finish in time".into()));
    }
    Ok(run)
}

/// The status [`run_captured`] gives a process it had to kill.
const TIMED_OUT: i32 = i32::MIN;

/// Runs `cmd` with stdout and stderr into files (a pipe could fill and stall it) and waits at
/// most `limit`. The status is the exit code, minus the signal number for a process a signal
/// ended, or [`TIMED_OUT`]. A child of krait that times out is reported as a timeout.
fn run_captured(
    mut cmd: Command,
    limit: Duration,
    start_error: impl Fn(std::io::Error) -> Outcome,
) -> Result<Run, Outcome> {
    let dir = std::env::temp_dir().join(format!("krait-run-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let n = unique();
    let (out_path, err_path) = (dir.join(format!("{n}.out")), dir.join(format!("{n}.err")));
    let status = spawn_and_wait(&mut cmd, &out_path, &err_path, limit).map_err(start_error);
    let out = std::fs::read(&out_path).unwrap_or_default();
    let err = std::fs::read(&err_path).unwrap_or_default();
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    let status = status?;
    let is_krait = cmd.get_args().next().is_some_and(|a| a == CHILD_FLAG);
    if status == TIMED_OUT && is_krait {
        return Err(Outcome::Timeout);
    }
    Ok((out, err, status))
}

fn spawn_and_wait(
    cmd: &mut Command,
    out_path: &Path,
    err_path: &Path,
    limit: Duration,
) -> std::io::Result<i32> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = cmd
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(out_path)?)
        .stderr(std::fs::File::create(err_path)?)
        .spawn()?;
    let start = Instant::now();
    // Poll quickly at first (most programs end within milliseconds), then back off.
    let mut nap = Duration::from_micros(200);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status
                .code()
                .unwrap_or_else(|| -status.signal().unwrap_or(0)));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(TIMED_OUT);
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(10));
    }
}

/// The signal numbers of a crash (Linux's).
mod libc_sig {
    pub const ILL: i32 = 4;
    pub const ABRT: i32 = 6;
    pub const BUS: i32 = 7;
    pub const SEGV: i32 = 11;
}

/// A name unique within this process.
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
