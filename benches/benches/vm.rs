//! The VM on compute-bound programs, pyperformance-style (`corpus/run/bench/*.py` at benchmark sizes): krait compiling and
//! running each in-process against the embedded CPython `exec`-ing the same source, measured in
//! the same run. A program whose krait output differs from CPython's is not timed.

use criterion::{Criterion, criterion_group};
use krait_benches::vm::{Row, print_table, run_cpython, run_krait, verified};
use std::hint::black_box;
use std::time::Duration;

fn vm_programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("vm");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    for p in verified(&[]) {
        group.bench_function(format!("{}/krait", p.name), |b| {
            b.iter(|| black_box(run_krait(&p)))
        });
        group.bench_function(format!("{}/cpython", p.name), |b| {
            b.iter(|| black_box(run_cpython(&p)))
        });
    }
    group.finish();
}

criterion_group!(benches, vm_programs);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    let rows: Vec<Row> = krait_benches::vm::PROGRAMS
        .iter()
        .filter_map(|p| {
            Some(Row {
                name: p.name.to_string(),
                krait: krait_benches::mean_ns("vm", &format!("{}/krait", p.name))? / 1e9,
                cpython: krait_benches::mean_ns("vm", &format!("{}/cpython", p.name))? / 1e9,
            })
        })
        .collect();
    print_table(&rows);
}
