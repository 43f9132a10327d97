//! `cargo run --release -p krait-benches --bin vm-ratio [--repeat N] [PROGRAM...]`: a quick table
//! of krait/CPython time ratios over the VM benchmark programs (best of N runs each, after the
//! outputs are checked equal), without criterion's statistics. Times are process CPU time, so
//! the ratio holds on a machine whose cores other jobs share.

use krait_benches::vm::{Row, cpu_time, print_table, run_cpython, run_krait, verified};

fn best_of(repeat: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..repeat.max(1) {
        let start = cpu_time();
        f();
        best = best.min(cpu_time() - start);
    }
    best
}

fn main() {
    let mut repeat = 3;
    let mut filter = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--repeat" {
            repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(repeat);
        } else {
            filter.push(a);
        }
    }
    let mut rows = Vec::new();
    for p in verified(&filter) {
        let krait = best_of(repeat, || drop(run_krait(&p)));
        let cpython = best_of(repeat, || drop(run_cpython(&p)));
        rows.push(Row {
            name: p.name.to_string(),
            krait,
            cpython,
        });
    }
    print_table(&rows);
}
