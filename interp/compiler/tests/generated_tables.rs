//! The tables generated from the oracle are current: regenerating each with the oracle's
//! interpreter gives the file in the tree byte for byte.

use std::process::Command;

#[test]
fn startup_interned_strings_match_the_oracle() {
    let script = "gen/startup_interned.py";
    let file = "src/startup_interned.rs";
    let out = Command::new("python3")
        .arg(script)
        .output()
        .expect("python3 (the oracle) runs");
    assert!(out.status.success(), "{script} fails");
    let current = std::fs::read_to_string(file).expect("the table exists");
    assert!(
        out.stdout == current.as_bytes(),
        "{file} is stale: run `python3 interp/compiler/{script} > interp/compiler/{file}`"
    );
}
