//! Shared helpers of krait's criterion benchmarks (inputs gathered once, oracle set-up).
