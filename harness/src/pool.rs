//! Worker processes: the runner's isolation, parallelism and per-case timeouts.
//!
//! `krait-harness run` starts `-j N` copies of itself as `krait-harness worker`; each initialises the
//! oracle once and then answers one JSON request per line on stdin with one JSON response per line
//! on stdout. A case that hangs is killed with its worker (outcome "timeout"), a worker that dies
//! (abort, stack overflow) yields "krait-panic", and in both cases a fresh worker takes over, so no
//! case can stop, crash or hang the run.

use crate::case::Case;
use crate::layers;
use crate::oracle::Oracle;
use crate::outcome::Outcome;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One case × layer to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Task {
    /// The layer's name.
    pub layer: String,
    /// The case.
    pub key: String,
    /// The case's file.
    pub path: std::path::PathBuf,
}

/// The result of one task.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    /// The layer's name.
    pub layer: String,
    /// The case key.
    pub key: String,
    /// What happened.
    pub outcome: Outcome,
}

/// The first line a worker prints: the oracle it runs, or why it could not start.
#[derive(Debug, Serialize, Deserialize)]
enum Hello {
    Ready { oracle: String },
    Broken { error: String },
}

/// The body of `krait-harness worker`; returns the process exit status.
pub fn worker_main() -> i32 {
    // krait panics are caught and reported as outcomes; the default hook would only add noise.
    std::panic::set_hook(Box::new(|_| {}));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let hello = match Oracle::get().and_then(|o| o.isolate_stdout().map(|()| o)) {
        Ok(o) => Hello::Ready {
            oracle: o.version().to_string(),
        },
        Err(error) => Hello::Broken { error },
    };
    let ready = matches!(hello, Hello::Ready { .. });
    if writeln!(out, "{}", json(&hello))
        .and_then(|()| out.flush())
        .is_err()
        || !ready
    {
        return 3;
    }
    let Ok(oracle) = Oracle::get() else { return 3 };
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let task: Task = match serde_json::from_str(&line) {
            Ok(t) => t,
            Err(_) => return 2,
        };
        let outcome = match layers::by_name(&task.layer) {
            Some(layer) => layers::run_one(
                layer,
                &Case {
                    key: task.key,
                    path: task.path,
                },
                oracle,
            ),
            None => Outcome::Skipped(format!("unknown layer {}", task.layer)),
        };
        if writeln!(out, "{}", json(&outcome))
            .and_then(|()| out.flush())
            .is_err()
        {
            return 1;
        }
    }
    0
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_else(|e| format!("{{\"serialisation error\":{:?}}}", e.to_string()))
}

/// A running worker: its stdin and a channel of its stdout lines.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
}

impl Worker {
    fn spawn() -> Result<(Worker, String), String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut child = Command::new(exe)
            .arg("worker")
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start a worker: {e}"))?;
        let stdin = child.stdin.take().ok_or("worker has no stdin")?;
        let stdout = child.stdout.take().ok_or("worker has no stdout")?;
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut w = Worker {
            child,
            stdin,
            lines,
        };
        let hello = w
            .lines
            .recv_timeout(Duration::from_secs(120))
            .map_err(|_| "a worker did not start".to_string())?;
        match serde_json::from_str::<Hello>(&hello) {
            Ok(Hello::Ready { oracle }) => Ok((w, oracle)),
            Ok(Hello::Broken { error }) => {
                w.kill();
                Err(error)
            }
            Err(e) => {
                w.kill();
                Err(format!("a worker said something unexpected ({e}): {hello}"))
            }
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends one task and waits for its outcome; `Err` means this worker must be replaced.
    fn run(&mut self, task: &Task, timeout: Duration) -> Result<Outcome, Outcome> {
        if writeln!(self.stdin, "{}", json(task))
            .and_then(|()| self.stdin.flush())
            .is_err()
        {
            return Err(self.died());
        }
        match self.lines.recv_timeout(timeout) {
            Ok(line) => serde_json::from_str(&line).map_err(|e| {
                Outcome::KraitPanic(format!("unreadable worker answer ({e}): {line}"))
            }),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(Outcome::Timeout)
            }
            Err(RecvTimeoutError::Disconnected) => Err(self.died()),
        }
    }

    fn died(&mut self) -> Outcome {
        let status = self.child.wait().map(|s| s.to_string()).unwrap_or_default();
        Outcome::KraitPanic(format!("worker process died ({status})"))
    }
}

/// Runs every task on `jobs` workers; `progress` is called after each task with (done, total).
pub fn run_tasks(
    tasks: Vec<Task>,
    jobs: usize,
    timeout: Duration,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Vec<Record>, String), String> {
    let total = tasks.len();
    let queue = Arc::new(Mutex::new(tasks.into_iter().collect::<VecDeque<_>>()));
    let results = Mutex::new(Vec::with_capacity(total));
    let oracle = Mutex::new(String::new());
    let fatal = Mutex::new(None::<String>);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                if let Err(e) = drain(&queue, &results, &oracle, timeout, total, progress) {
                    queue.lock().map(|mut q| q.clear()).ok();
                    *fatal.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                }
            });
        }
    });
    if let Some(e) = fatal.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    let mut records = results.into_inner().unwrap_or_else(|p| p.into_inner());
    records.sort_by(|a, b| (&a.layer, &a.key).cmp(&(&b.layer, &b.key)));
    Ok((
        records,
        oracle.into_inner().unwrap_or_else(|p| p.into_inner()),
    ))
}

/// One runner thread: owns one worker at a time and takes tasks until the queue is empty.
fn drain(
    queue: &Mutex<VecDeque<Task>>,
    results: &Mutex<Vec<Record>>,
    oracle: &Mutex<String>,
    timeout: Duration,
    total: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(), String> {
    let mut worker: Option<Worker> = None;
    loop {
        let Some(task) = queue.lock().map_err(|e| e.to_string())?.pop_front() else {
            break;
        };
        let w = match worker.as_mut() {
            Some(w) => w,
            None => {
                let (w, version) = Worker::spawn()?;
                *oracle.lock().map_err(|e| e.to_string())? = version;
                worker.insert(w)
            }
        };
        let outcome = match w.run(&task, timeout) {
            Ok(o) => o,
            Err(o) => {
                worker = None;
                o
            }
        };
        let done = {
            let mut r = results.lock().map_err(|e| e.to_string())?;
            r.push(Record {
                layer: task.layer,
                key: task.key,
                outcome,
            });
            r.len()
        };
        progress(done, total);
    }
    if let Some(mut w) = worker {
        drop(w.stdin);
        let _ = w.child.wait();
    }
    Ok(())
}
