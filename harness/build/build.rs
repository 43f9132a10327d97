//! Build script of the harness: pins the embedded oracle (see `oracle_link.rs`).

include!("oracle_link.rs");

fn main() {
    link_oracle();
}
