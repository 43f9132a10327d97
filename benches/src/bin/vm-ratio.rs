//! `cargo run --release -p krait-benches --bin vm-ratio [--repeat N] [PROGRAM...]`: a quick table
//! of krait/CPython time ratios over the VM benchmark programs (best of N runs each, the two
//! sides' runs alternating, after the outputs are checked equal), without criterion's
//! statistics. Times are process CPU time, so the ratio holds on a machine whose cores other
//! jobs share.

use krait_benches::vm::{Row, cpu_time, print_table, run_cpython, run_krait, verified};

/// The CPU time of one call of `f`, in seconds.
fn timed(f: impl FnOnce()) -> f64 {
    let start = cpu_time();
    f();
    cpu_time() - start
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
        // The two sides alternate, run by run: on a machine whose speed drifts (other guests
        // on the host, frequency changes), a slow spell then slows both sides' runs alike
        // instead of every run of one side.
        let (mut krait, mut cpython) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..repeat.max(1) {
            krait = krait.min(timed(|| drop(run_krait(&p))));
            cpython = cpython.min(timed(|| drop(run_cpython(&p))));
        }
        rows.push(Row {
            name: p.name.to_string(),
            krait,
            cpython,
        });
    }
    print_table(&rows);
}
