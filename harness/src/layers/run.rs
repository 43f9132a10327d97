//! Layer `run`: each `corpus/run/` program runs as `krait F` and as `python3 F`; stdout, stderr
//! (tracebacks included) and the exit status must be identical.
//!
//! The oracle side is a real `python3` process with `PYTHONHASHSEED=0`. krait runs in-process,
//! through the binary's code path, on its own big-stack thread with a time limit, so a program
//! that loops forever is reported as a timeout even outside the worker pool (the thread is then
//! abandoned).

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use super::Layer;
use super::tokenize_cli::{Run, compare, krait};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};

/// How long either side may run.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// See the module documentation.
#[derive(Debug)]
pub struct RunLayer;

/// Whether a case is a `corpus/run/` program.
pub fn is_run_case(case: &Case) -> Result<(), String> {
    match case.corpus_stage() {
        Some("run") => Ok(()),
        _ => Err("only corpus/run programs are executed".into()),
    }
}

impl Layer for RunLayer {
    fn name(&self) -> &'static str {
        "run"
    }

    fn applies(&self, case: &Case) -> Result<(), String> {
        is_run_case(case)
    }

    fn check(&self, case: &Case, _oracle: &Oracle) -> Outcome {
        let path = case.path.to_string_lossy().into_owned();
        let expected = match python3_limited(&[path.as_str()]) {
            Ok(r) => r,
            Err(o) => return o,
        };
        match krait_limited(&[path.as_str()]) {
            Ok(actual) => compare(&actual, &expected),
            Err(o) => o,
        }
    }
}

/// Runs `krait ARGS` in-process on a big-stack thread within [`TIME_LIMIT`].
pub fn krait_limited(args: &[&str]) -> Result<Run, Outcome> {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (tx, rx) = channel();
    let spawned = std::thread::Builder::new()
        .name("krait-run".into())
        .stack_size(krait_syntax::stack::BIG_STACK_BYTES)
        .spawn(move || {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let _ = tx.send(catch_krait(|| krait(&refs)));
        });
    if let Err(e) = spawned {
        return Err(Outcome::KraitPanic(format!(
            "cannot start krait's thread: {e}"
        )));
    }
    match rx.recv_timeout(TIME_LIMIT) {
        Ok(Ok(run)) => Ok(run),
        Ok(Err(panic)) => Err(panic),
        Err(_) => Err(Outcome::Timeout),
    }
}

/// Runs the real `python3 ARGS` (`PYTHONHASHSEED=0`, no stdin) within [`TIME_LIMIT`].
pub fn python3_limited(args: &[&str]) -> Result<Run, Outcome> {
    let dir = std::env::temp_dir().join(format!("krait-run-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let out_path = dir.join(format!("{}.out", unique()));
    let err_path = dir.join(format!("{}.err", unique()));
    let result = spawn_and_wait(args, &out_path, &err_path);
    let run = result.map(|code| {
        let out = std::fs::read(&out_path).unwrap_or_default();
        let err = std::fs::read(&err_path).unwrap_or_default();
        (out, err, code)
    });
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    run
}

fn spawn_and_wait(args: &[&str], out_path: &Path, err_path: &Path) -> Result<i32, Outcome> {
    let oracle_error = |e: std::io::Error| Outcome::Fail(format!("oracle error: {e}"));
    let stdout = std::fs::File::create(out_path).map_err(oracle_error)?;
    let stderr = std::fs::File::create(err_path).map_err(oracle_error)?;
    let mut child = Command::new("python3")
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .map_err(oracle_error)?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status.code().unwrap_or(-1)),
            Ok(None) if start.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Outcome::Fail("python3 did not finish in time".into()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(oracle_error(e)),
        }
    }
}

/// A name unique within this process.
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
