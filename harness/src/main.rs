//! The `krait-harness` command line: `run`, `compare`, `fuzz` and the internal `worker`.

fn main() {}
