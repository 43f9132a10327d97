//! `krait -O`/`-OO` and `PYTHONOPTIMIZE` against `python3`'s: `__debug__`, `sys.flags.optimize`,
//! asserts and docstrings removed, `compile()`'s `optimize` argument and the `.opt-N.pyc`
//! cache names (krait's cache tag is read as CPython's for the comparison).

use std::process::Command;

const PROGRAM: &str = r#""""module doc"""
import sys
def f():
    """f doc"""
    assert False, "assert ran"
    return 1
print(__debug__, sys.flags.optimize, f.__doc__, __doc__)
print(f())
if __debug__:
    print("debug block")
print(compile("assert 0", "s", "exec", optimize=0).co_consts)
print(compile("'''d'''\nassert 0", "s", "exec").co_consts)
print(eval("__debug__"))
try:
    compile("1", "s", "exec", optimize=3)
except ValueError as e:
    print(e)
import importlib.util
print(importlib.util.cache_from_source('/a/b.py'))
print(importlib.util.cache_from_source('/a/b.py', optimization=0))
print(importlib.util.cache_from_source('/a/b.py', debug_override=False))
"#;

fn run(program: &str, flags: &[&str], env: Option<&str>, file: &str) -> (String, i32) {
    let mut cmd = Command::new(program);
    cmd.args(flags).arg(file).env("PYTHONHASHSEED", "0");
    match env {
        Some(v) => cmd.env("PYTHONOPTIMIZE", v),
        None => cmd.env_remove("PYTHONOPTIMIZE"),
    };
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (
        text.replace("krait-311", "cpython-311"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn optimize_levels_match_python3() {
    let dir = std::env::temp_dir().join(format!("krait-optimize-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("opt.py");
    std::fs::write(&file, PROGRAM).expect("file");
    let file = file.to_string_lossy().into_owned();
    let cases: &[(&[&str], Option<&str>)] = &[
        (&[], None),
        (&["-O"], None),
        (&["-OO"], None),
        (&["-O", "-O"], None),
        (&[], Some("1")),
        (&[], Some("2")),
        (&[], Some("yes")),
        (&["-E"], Some("2")),
        (&["-O"], Some("2")),
    ];
    let mut failures = Vec::new();
    for (flags, env) in cases {
        let mine = run(env!("CARGO_BIN_EXE_krait"), flags, *env, &file);
        let theirs = run("python3", flags, *env, &file);
        if mine != theirs {
            failures.push(format!(
                "{flags:?} PYTHONOPTIMIZE={env:?}\n--- python3\n{}\n--- krait\n{}",
                theirs.0, mine.0
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
