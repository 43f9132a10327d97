//! Every corpus case × layer as its own libtest-mimic trial named `LAYER::PATH`.

fn main() {}
