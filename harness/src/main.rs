//! The `krait-harness` command line: `run`, `compare`, `fuzz` and the internal `worker`.

use krait_harness::case::{self, Source};
use krait_harness::known::KnownFailures;
use krait_harness::pool::{self, Task};
use krait_harness::{fuzz, known_write, layers, report};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage:
  krait-harness run [--layer L]... [--source corpus|lib|PATH]... [--json FILE] [-j N] [--timeout SECS] [--verbose] [--write-known]
  krait-harness compare OLD.json NEW.json [--markdown]
  krait-harness fuzz [--layer L] [--cases N] [--seed S] [--save]
  krait-harness layers";

fn main() -> ExitCode {
    krait_harness::child::run_if_child();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The oracle must start with PYTHONHASHSEED=0; rather than fail when run by hand without it,
    // run again with it set (the environment is read-only once threads may exist).
    if std::env::var("PYTHONHASHSEED").as_deref() != Ok("0") {
        return reexec_with_hash_seed(&args);
    }
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("compare") => compare(&args[1..]),
        Some("fuzz") => fuzz::main(&args[1..]),
        Some("worker") => return ExitCode::from(pool::worker_main() as u8),
        Some("layers") => {
            for l in layers::ALL {
                println!("{}", l.name());
            }
            Ok(true)
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(msg) => {
            eprintln!("krait-harness: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Runs this program again with `PYTHONHASHSEED=0` and the same arguments; returns its status.
fn reexec_with_hash_seed(args: &[String]) -> ExitCode {
    let status = std::env::current_exe().and_then(|exe| {
        std::process::Command::new(exe)
            .args(args)
            .env("PYTHONHASHSEED", "0")
            .status()
    });
    match status {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("krait-harness: cannot re-run with PYTHONHASHSEED=0: {e}");
            ExitCode::from(2)
        }
    }
}

/// Options of `run`.
struct RunOptions {
    layers: Vec<String>,
    sources: Vec<Source>,
    json: Option<PathBuf>,
    jobs: usize,
    timeout: Duration,
    verbose: bool,
    /// Record the run's unlisted problems in the known-failures file, drop its passing entries.
    write_known: bool,
}

fn parse_run(args: &[String]) -> Result<RunOptions, String> {
    let mut o = RunOptions {
        layers: Vec::new(),
        sources: Vec::new(),
        json: None,
        jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
        timeout: Duration::from_secs(60),
        verbose: false,
        write_known: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--layer" => o.layers.push(value()?),
            "--source" => o.sources.push(Source::parse(&value()?)),
            "--json" => o.json = Some(PathBuf::from(value()?)),
            "-j" | "--jobs" => o.jobs = value()?.parse().map_err(|_| "-j takes a number")?,
            "--timeout" => {
                o.timeout =
                    Duration::from_secs(value()?.parse().map_err(|_| "--timeout takes seconds")?)
            }
            "--verbose" | "-v" => o.verbose = true,
            "--write-known" => o.write_known = true,
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    if o.layers.is_empty() {
        o.layers = layers::ALL.iter().map(|l| l.name().to_string()).collect();
    }
    if let Some(bad) = o.layers.iter().find(|l| layers::by_name(l).is_none()) {
        return Err(format!("unknown layer {bad} (see `krait-harness layers`)"));
    }
    if o.sources.is_empty() {
        o.sources.push(Source::Corpus);
    }
    Ok(o)
}

fn run(args: &[String]) -> Result<bool, String> {
    let o = parse_run(args)?;
    let known = KnownFailures::load(&KnownFailures::default_path())?;
    let mut tasks = Vec::new();
    for source in &o.sources {
        for c in case::discover(source)? {
            for layer in &o.layers {
                tasks.push(Task {
                    layer: layer.clone(),
                    key: c.key.clone(),
                    path: c.path.clone(),
                });
            }
        }
    }
    let total = tasks.len();
    eprintln!(
        "krait-harness: {total} case × layer runs on {} workers",
        o.jobs
    );
    let progress = |done: usize, total: usize| {
        if done.is_multiple_of(500) || done == total {
            eprint!("\r  {done}/{total}");
            let _ = std::io::stderr().flush();
            if done == total {
                eprintln!();
            }
        }
    };
    let (records, oracle) = pool::run_tasks(tasks, o.jobs, o.timeout, &progress)?;
    let judged = report::judge(records, &known, oracle);
    let r = &judged.results;
    println!(
        "krait-harness — oracle: CPython {} — krait: {}",
        r.oracle, r.krait_commit
    );
    println!();
    print!("{}", report::table(&r.summary));
    for (layer, key, outcome) in &judged.unexpected {
        println!("\nUNEXPECTED {} {layer}::{key}", outcome.name());
        if let Some(d) = outcome
            .detail()
            .filter(|_| o.verbose || judged.unexpected.len() <= 20)
        {
            println!("{}", d.trim_end());
        }
    }
    for (layer, key) in &judged.now_passing {
        println!("\nNOW PASSES — remove it from harness/known-failures.toml: {layer}::{key}");
    }
    if let Some(path) = &o.json {
        let text = serde_json::to_string_pretty(r).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if o.write_known {
        let path = KnownFailures::default_path();
        let w = known_write::write_known(&path, &judged.unexpected, &judged.now_passing)?;
        println!(
            "\n--write-known: {} entries added in {} causes, {} passing entries removed: {}",
            w.added,
            w.causes,
            w.removed,
            path.display()
        );
        return Ok(true);
    }
    let ok = !judged.failed();
    println!(
        "\n{}: {} unexpected, {} now passing",
        if ok { "OK" } else { "FAILED" },
        judged.unexpected.len(),
        judged.now_passing.len()
    );
    Ok(ok)
}

fn compare(args: &[String]) -> Result<bool, String> {
    let markdown = args.iter().any(|a| a == "--markdown");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--markdown").collect();
    let [old, new] = files.as_slice() else {
        return Err(USAGE.to_string());
    };
    let load = |p: &str| -> Result<report::Results, String> {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("{p}: {e}"))
    };
    print!("{}", report::compare(&load(old)?, &load(new)?, markdown));
    Ok(true)
}
