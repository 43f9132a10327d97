//! Compiling all of CPython's `Lib` (source → code objects): krait's compiler against CPython's
//! `compile()`, measured in the same run so the ratio is meaningful on whatever machine runs it.

use criterion::{Criterion, criterion_group};
use krait_benches::{lib_sources, oracle_with};
use krait_compiler::{CompileOptions, compile_source};
use std::hint::black_box;
use std::time::Duration;

fn compile_lib(c: &mut Criterion) {
    let sources = lib_sources();
    let oracle = oracle_with("lib", &sources);
    let opts = CompileOptions::default();
    let mut group = c.benchmark_group("compile_lib");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("krait", |b| {
        // One big-stack thread for the whole run, as the `krait` command runs everything on one:
        // the compile stages then run on it instead of starting a thread per file.
        b.iter(|| {
            krait_syntax::stack::with_big_stack(|| {
                let mut n = 0usize;
                for (_, bytes) in &sources {
                    n += usize::from(compile_source(bytes, "<bench>", &opts).result.is_ok());
                }
                black_box(n)
            })
        })
    });
    group.bench_function("cpython", |b| {
        b.iter(|| {
            black_box(
                oracle
                    .call::<_, usize>("compile_stored", ("lib",))
                    .expect("oracle runs"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, compile_lib);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    krait_benches::report_ratios("compile_lib", &[""]);
}
