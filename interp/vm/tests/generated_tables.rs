//! The tables generated from the oracle (docstrings, Unicode properties) are current: regenerating each with the
//! oracle's interpreter gives the file in the tree byte for byte.

use std::process::Command;

fn regenerated(script: &str) -> String {
    let out = Command::new("python3")
        .arg(script)
        .output()
        .expect("python3 (the oracle) runs");
    assert!(out.status.success(), "{script} fails");
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn generated_tables_match_the_oracle() {
    for (script, file) in [
        ("gen/slot_docs.py", "src/types/slot_docs.rs"),
        ("gen/builtin_docs.py", "src/types/builtin_docs.rs"),
        (
            "gen/unicodedata_tables.py",
            "src/builtins/unicodedata_tables.rs",
        ),
    ] {
        let current = std::fs::read_to_string(file).expect("the table exists");
        assert!(
            regenerated(script) == current,
            "{file} is stale: run `python3 interp/vm/{script} > interp/vm/{file}`"
        );
    }
}
