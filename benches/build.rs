//! Build script of the benchmarks: pins the embedded oracle like the harness does.

include!("../harness/build/oracle_link.rs");

fn main() {
    link_oracle();
}
