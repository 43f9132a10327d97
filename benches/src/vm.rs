//! The VM benchmark programs (`corpus/run/bench/*.py` at benchmark sizes) and how each side runs them: krait compiling and
//! executing in-process through `krait_vm::run_main`, CPython `exec`-ing the same source in the
//! embedded interpreter, both with stdout captured so their outputs can be compared before any
//! timing.

use krait_compiler::{CompileOptions, compile_source};
use krait_harness::oracle::Oracle;
use krait_vm::{MainInfo, Streams, run_main};
use pyo3::prelude::*;
use pyo3::types::PyModule;
use std::sync::OnceLock;

/// A compute-bound program, pyperformance-style, printing a checksum of its work.
#[derive(Debug, Clone, Copy)]
pub struct Program {
    /// Its name (the file stem under `corpus/run/bench/`).
    pub name: &'static str,
    /// The size the benchmark runs it at: the value of its `N = ...` line.
    pub size: u32,
    /// The corpus copy, which `run` and `cross` check at a small `N`.
    pub corpus: &'static str,
}

impl Program {
    /// The source the benchmark times: the corpus program with its `N = ...` line set to
    /// [`Program::size`], so both check and time one text.
    pub fn source(&self) -> String {
        let mut out = String::with_capacity(self.corpus.len());
        for line in self.corpus.lines() {
            if line.starts_with("N = ") {
                out.push_str(&format!("N = {}", self.size));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out
    }
}

macro_rules! programs {
    ($($name:literal: $size:literal),* $(,)?) => {
        /// Every VM benchmark program, in reporting order.
        pub const PROGRAMS: &[Program] = &[$(Program {
            name: $name,
            size: $size,
            corpus: include_str!(concat!("../../corpus/run/bench/", $name, ".py")),
        }),*];
    };
}

programs!(
    "nbody": 40000,
    "richards": 12,
    "fannkuch": 8,
    "spectral_norm": 150,
    "float": 40000,
    "chaos": 40000,
    "nqueens": 8,
    "deltablue": 4000,
    "generators": 15,
    "recursion": 24,
);

/// The Python half: runs a source as `__main__` in a fresh namespace with `sys.stdout` captured.
const RUNNER_PY: &str = r#"
import io, sys, time

def cpu_time():
    return time.process_time()

def run(name, source):
    code = compile(source, name, "exec", dont_inherit=True)
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
    finally:
        sys.stdout = saved
    return out.getvalue()
"#;

static RUNNER: OnceLock<Py<PyModule>> = OnceLock::new();

fn runner() -> &'static Py<PyModule> {
    RUNNER.get_or_init(|| {
        Oracle::get().expect("the oracle starts");
        Python::attach(|py| {
            let code = std::ffi::CString::new(RUNNER_PY).expect("no NUL in the runner");
            PyModule::from_code(py, &code, c"krait_vm_bench.py", c"krait_vm_bench")
                .expect("the runner module loads")
                .unbind()
        })
    })
}

/// The process's CPU time in seconds (`time.process_time()` of the embedded CPython, which
/// counts every thread): on a loaded machine it measures the work, where wall time measures the
/// queue for the cores.
pub fn cpu_time() -> f64 {
    let runner = runner();
    Python::attach(|py| {
        runner
            .bind(py)
            .call_method0("cpu_time")
            .and_then(|r| r.extract::<f64>())
            .unwrap_or(0.0)
    })
}

/// Runs `p` under the embedded CPython; its stdout, or the exception's text.
pub fn run_cpython(p: &Program) -> Result<String, String> {
    let runner = runner();
    Python::attach(|py| {
        runner
            .bind(py)
            .call_method1("run", (p.name, p.source()))
            .and_then(|r| r.extract::<String>())
            .map_err(|e| format!("{}: {e}", p.name))
    })
}

/// Compiles and runs `p` under krait on a big-stack thread (as the `krait` binary does); its
/// stdout, or its stderr and exit status when it fails.
pub fn run_krait(p: &Program) -> Result<String, String> {
    krait_syntax::stack::with_big_stack(|| {
        let compiled = compile_source(p.source().as_bytes(), p.name, &CompileOptions::default());
        let code = compiled
            .result
            .map_err(|e| format!("{}: krait does not compile it: {e:?}", p.name))?;
        let mut stdin: &[u8] = &[];
        let mut stdout = Vec::new();
        let mut stderr = Vec::new();
        let streams = Streams {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
        };
        let status = run_main(streams, code, &MainInfo::default(), &[p.name.to_string()]);
        if status != 0 || !stderr.is_empty() {
            return Err(format!(
                "{}: krait exits with {status}: {}",
                p.name,
                String::from_utf8_lossy(&stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&stdout).into_owned())
    })
}

/// The programs whose krait output equals CPython's; each one that differs (or fails) is named
/// on stderr and left out, since timing a wrong answer means nothing.
pub fn verified(filter: &[String]) -> Vec<Program> {
    let mut ok = Vec::new();
    for p in PROGRAMS {
        if !filter.is_empty() && !filter.iter().any(|f| f == p.name) {
            continue;
        }
        match (run_krait(p), run_cpython(p)) {
            (Ok(k), Ok(c)) if k == c => ok.push(*p),
            (Ok(k), Ok(c)) => eprintln!(
                "{}: NOT TIMED, krait's output differs from CPython's:\n--- krait\n{k}--- cpython\n{c}",
                p.name
            ),
            (Err(e), _) | (_, Err(e)) => eprintln!("{}: NOT TIMED, {e}", p.name),
        }
    }
    ok
}

/// One row of the summary: a program's krait and CPython times in seconds.
#[derive(Debug, Clone)]
pub struct Row {
    /// The program.
    pub name: String,
    /// krait's time.
    pub krait: f64,
    /// CPython's time.
    pub cpython: f64,
}

/// Prints the table of krait/CPython time ratios and their geometric mean.
pub fn print_table(rows: &[Row]) {
    println!(
        "{:<16}{:>12}{:>12}{:>16}",
        "program", "krait ms", "cpython ms", "krait/cpython"
    );
    let mut logs = 0.0;
    for r in rows {
        let ratio = r.krait / r.cpython;
        logs += ratio.ln();
        println!(
            "{:<16}{:>12.1}{:>12.1}{:>16.2}",
            r.name,
            r.krait * 1e3,
            r.cpython * 1e3,
            ratio
        );
    }
    if !rows.is_empty() {
        let geo = (logs / rows.len() as f64).exp();
        println!("{:<16}{:>40.2}", "geometric mean", geo);
    }
}

#[cfg(test)]
mod tests {
    use super::PROGRAMS;

    /// Each corpus program has exactly one `N = ...` line, the one the benchmark resizes, and
    /// resizing changes that line only.
    #[test]
    fn programs_are_resized_on_their_size_line_only() {
        for p in PROGRAMS {
            let sized = p.source();
            assert_eq!(
                p.corpus.lines().filter(|l| l.starts_with("N = ")).count(),
                1,
                "{}",
                p.name
            );
            assert!(sized.lines().any(|l| l == format!("N = {}", p.size)));
            let differing = p
                .corpus
                .lines()
                .zip(sized.lines())
                .filter(|(a, b)| a != b)
                .count();
            assert!(differing <= 1, "{}", p.name);
            assert_eq!(p.corpus.lines().count(), sized.lines().count());
        }
    }
}
