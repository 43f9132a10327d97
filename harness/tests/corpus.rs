//! Every corpus case × layer as its own libtest-mimic trial named `LAYER::PATH`, so
//! `cargo test -p krait-harness -- tokens::` filters by layer and nextest can shard.
//!
//! Trials run in-process against the embedded oracle and honour the known-failures ratchet exactly
//! like `krait-harness run`: a listed failure passes, a listed case that passes fails.

use krait_harness::case::{self, Case, Source};
use krait_harness::known::{KnownFailures, Verdict};
use krait_harness::layers;
use krait_harness::oracle::Oracle;
use krait_harness::outcome::Outcome;
use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;

fn main() -> std::process::ExitCode {
    // The run and cross layers start this executable again as `krait` (see `child`).
    krait_harness::child::run_if_child();
    let args = Arguments::from_args();
    std::panic::set_hook(Box::new(|_| {}));
    let known = match KnownFailures::load(&KnownFailures::default_path()) {
        Ok(k) => Arc::new(k),
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let cases = match case::discover(&Source::Corpus) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut trials = Vec::new();
    for layer in layers::ALL {
        for c in &cases {
            let skipped = layer.applies(c).is_err();
            let (c, known) = (c.clone(), Arc::clone(&known));
            let name = format!("{}::{}", layer.name(), c.rel());
            trials.push(
                Trial::test(name, move || trial(*layer, &c, &known)).with_ignored_flag(skipped),
            );
        }
    }
    libtest_mimic::run(&args, trials).exit_code()
}

fn trial(layer: &dyn layers::Layer, case: &Case, known: &KnownFailures) -> Result<(), Failed> {
    let oracle = Oracle::get().map_err(Failed::from)?;
    let outcome = layers::run_one(layer, case, oracle);
    match known.verdict(layer.name(), &case.key, &outcome) {
        Verdict::Fine | Verdict::Expected => Ok(()),
        Verdict::NowPasses => Err("now passes — remove it from harness/known-failures.toml".into()),
        Verdict::Unexpected => Err(match outcome {
            Outcome::Fail(d) => d.into(),
            Outcome::KraitPanic(d) => format!("krait panicked: {d}").into(),
            other => other.name().into(),
        }),
    }
}
