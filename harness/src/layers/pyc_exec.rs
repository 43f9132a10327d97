//! Layer `pyc-exec`: a program compiled by krait, written as a `.pyc`, run by CPython
//! (`python3 PROG.pyc`) must print what CPython's own `.pyc` of the same source prints: stdout,
//! stderr (tracebacks included, whose carets come from `co_linetable`) and exit status, byte for
//! byte. This checks krait's compiler end to end before krait's VM exists (issue #5, acceptance
//! 3).
//!
//! CPython's side is `py_compile` run by the oracle, not the source itself: a frozenset constant
//! rebuilt by `marshal.loads` can iterate in another order than the one `compile()` built, so
//! only two loaded `.pyc` files are comparable. Both files are written in turn at the same path
//! in a fresh directory (so `__file__` and `sys.argv[0]` agree) and run from it with
//! `PYTHONHASHSEED=0`, no stdin and a time limit. Applies to `corpus/run/` and `corpus/compile/`.

use super::Layer;
use super::ast::krait_exc;
use super::bytecode::{helper_call, krait_compile};
use super::tokenize_cli::{Run, compare};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::Outcome;
use krait_compiler::pyc::{Validation, write_pyc};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long one run of a `.pyc` may take.
const RUN_LIMIT: Duration = Duration::from_secs(20);

/// See the module documentation.
#[derive(Debug)]
pub struct PycExec;

impl Layer for PycExec {
    fn name(&self) -> &'static str {
        "pyc-exec"
    }

    fn applies(&self, case: &Case) -> Result<(), String> {
        match case.corpus_stage() {
            Some("run" | "compile") => Ok(()),
            _ => Err("only corpus/run and corpus/compile programs are executed".into()),
        }
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        let dir = match TempDir::new() {
            Ok(d) => d,
            Err(e) => return Outcome::Fail(format!("harness error: no temporary directory: {e}")),
        };
        let stem = case
            .path
            .file_stem()
            .map_or("prog".into(), |s| s.to_string_lossy().into_owned());
        let pyc = dir.0.join(format!("{stem}.pyc"));
        check_case(&case.path, &pyc, oracle)
    }
}

fn check_case(source_path: &Path, pyc: &Path, oracle: &Oracle) -> Outcome {
    let source = match std::fs::read(source_path) {
        Ok(s) => s,
        Err(e) => return Outcome::Skipped(format!("unreadable: {e}")),
    };
    let filename = source_path.to_string_lossy();
    let pyc_name = pyc.to_string_lossy();
    let refused: Option<String> = match helper_call(
        oracle,
        "write_cpython_pyc",
        (filename.as_ref(), pyc_name.as_ref()),
    ) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
    };
    if let Some(msg) = refused {
        let first = msg.lines().last().unwrap_or("").to_string();
        return Outcome::Skipped(format!("CPython does not compile it: {first}"));
    }
    let expected = match run_pyc(pyc) {
        Ok(Some(r)) => r,
        Ok(None) => {
            return Outcome::Skipped(format!(
                "CPython's own .pyc runs past {} s",
                RUN_LIMIT.as_secs()
            ));
        }
        Err(e) => return Outcome::Fail(format!("harness error: cannot run python3: {e}")),
    };
    let compiled = match krait_compile(&source, &filename) {
        Ok(c) => c,
        Err(panic) => return panic,
    };
    let code = match compiled.result {
        Ok(code) => code,
        Err(e) => {
            let e = krait_exc(&e);
            return Outcome::Fail(format!(
                "krait rejects, CPython compiles: {}: {}\n",
                e.0, e.1
            ));
        }
    };
    let validation = match source_stamp(source_path) {
        Ok(v) => v,
        Err(e) => return Outcome::Fail(format!("harness error: {e}")),
    };
    let written = write_pyc(&validation, &code)
        .map_err(|e| e.to_string())
        .and_then(|data| std::fs::write(pyc, data).map_err(|e| e.to_string()));
    if let Err(e) = written {
        return Outcome::Fail(format!("krait cannot write the .pyc\n  {e}\n"));
    }
    match run_pyc(pyc) {
        Ok(Some(actual)) => match compare(&actual, &expected) {
            Outcome::Fail(d) => {
                Outcome::Fail(format!("krait's .pyc runs differently from CPython's\n{d}"))
            }
            other => other,
        },
        Ok(None) => Outcome::Fail(format!(
            "krait's .pyc runs past {} s, CPython's does not\n",
            RUN_LIMIT.as_secs()
        )),
        Err(e) => Outcome::Fail(format!("harness error: cannot run python3: {e}")),
    }
}

/// The timestamp validation `py_compile` writes: the source's mtime (seconds) and size, each
/// truncated to 32 bits.
pub(super) fn source_stamp(path: &Path) -> Result<Validation, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    Ok(Validation::Timestamp {
        mtime: mtime as u32,
        source_size: meta.len() as u32,
    })
}

/// `python3 PYC` from the `.pyc`'s directory; `None` when it outlives [`RUN_LIMIT`].
fn run_pyc(pyc: &Path) -> Result<Option<Run>, String> {
    let mut child = Command::new("python3")
        .arg(pyc)
        .current_dir(pyc.parent().unwrap_or(Path::new(".")))
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // Drain both pipes from threads so a chatty program cannot block on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + RUN_LIMIT;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let (stdout, stderr) = (
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    );
    Ok(status.map(|s| (stdout, stderr, s.code().unwrap_or(-1))))
}

/// A fresh directory under the system's temporary directory, removed when dropped.
#[derive(Debug)]
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("krait-pyc-exec-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&path)?;
        Ok(TempDir(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
