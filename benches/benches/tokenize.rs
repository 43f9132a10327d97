//! Tokenizing all of CPython's `Lib`: krait's `tokenize` view against CPython's `tokenize` module,
//! measured in the same run so the ratio is meaningful on whatever machine runs it.

use criterion::{Criterion, criterion_group};
use krait_benches::{lib_sources, oracle_with};
use std::hint::black_box;
use std::time::Duration;

fn tokenize_lib(c: &mut Criterion) {
    let sources = lib_sources();
    let oracle = oracle_with("lib", &sources);
    let mut group = c.benchmark_group("tokenize_lib");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("krait", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for (path, bytes) in &sources {
                n += krait_syntax::tokenize::tokenize(bytes, Some(path))
                    .tokens
                    .len();
            }
            black_box(n)
        })
    });
    group.bench_function("cpython", |b| {
        b.iter(|| {
            black_box(
                oracle
                    .call::<_, usize>("tokenize_stored", ("lib",))
                    .expect("oracle runs"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, tokenize_lib);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    krait_benches::report_ratios("tokenize_lib", &[""]);
}
