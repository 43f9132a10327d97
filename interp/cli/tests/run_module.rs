//! `krait -m NAME ARGS...` against `python3 -m NAME ARGS...` (the oracle): the same stdout,
//! stderr and exit status for modules, packages with `__main__`, relative and missing names,
//! `sys.exit` codes and uncaught exceptions (whose tracebacks run through `<frozen runpy>`).
//! The interpreter's own path, which runpy prints before "No module named ...", is masked.

use std::path::{Path, PathBuf};
use std::process::Command;

/// stdout, stderr, exit status.
type Run = (String, String, i32);

fn run(program: &str, args: &[&str], cwd: &Path) -> Run {
    let out = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        text(&out.stdout),
        text(&out.stderr),
        out.status.code().unwrap_or(-1),
    )
}

/// Replaces the interpreter's path at the start of runpy's error lines with `<exe>`.
fn mask_executable(stderr: &str) -> String {
    stderr
        .lines()
        .map(|line| match line.find(": No module named") {
            Some(i) if line.starts_with('/') => format!("<exe>{}", &line[i..]),
            _ => match line.find(": Error while finding module specification") {
                Some(i) if line.starts_with('/') => format!("<exe>{}", &line[i..]),
                _ => match line.find(": Relative module names not supported") {
                    Some(i) if line.starts_with('/') => format!("<exe>{}", &line[i..]),
                    _ => line.to_string(),
                },
            },
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A fresh directory holding `files` (relative path, text).
fn fresh_dir(files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-run-module-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, text).expect("file");
    }
    dir
}

const FILES: &[(&str, &str)] = &[
    ("modpkg/__init__.py", "print('modpkg init', __name__)\n"),
    (
        "modpkg/show.py",
        "import sys\nprint('show', __name__, __package__, sys.argv[1:])\n\
         print(__spec__.name, __spec__.parent)\nprint(__file__.endswith('show.py'))\n",
    ),
    ("runner/__init__.py", "print('runner init', __name__)\n"),
    (
        "runner/__main__.py",
        "from . import helper\nprint('runner main', __name__, __package__, helper.VALUE)\n",
    ),
    ("runner/helper.py", "VALUE = 42\n"),
    (
        "bad.py",
        "def fail(n):\n    return 10 // n\n\nprint('before')\nfail(0)\n",
    ),
    ("quits.py", "import sys\nprint('quitting')\nsys.exit(5)\n"),
    (
        "top.py",
        "import sys\nprint(__name__, sys.argv)\nif __name__ == '__main__':\n    print('main guard')\n",
    ),
    ("nomain/__init__.py", "x = 1\n"),
    ("deep/__init__.py", ""),
    ("deep/er/__init__.py", ""),
    ("deep/er/mod.py", "print('deep', __name__, __package__)\n"),
];

/// Each row: the arguments after `-m`.
const CASES: &[&[&str]] = &[
    &["modpkg.show", "a", "--b"],
    &["runner"],
    &["bad"],
    &["quits"],
    &["top", "x"],
    &["nomain"],
    &["missing_module_name"],
    &["modpkg.missing"],
    &[".relative"],
    &["deep.er.mod"],
    &["this"],
];

#[test]
fn krait_dash_m_matches_python3() {
    let dir = fresh_dir(FILES);
    let mut failures = Vec::new();
    for args in CASES {
        let mut all = vec!["-m"];
        all.extend_from_slice(args);
        let (k_out, k_err, k_code) = run(env!("CARGO_BIN_EXE_krait"), &all, &dir);
        let (p_out, p_err, p_code) = run("python3", &all, &dir);
        let (k_err, p_err) = (mask_executable(&k_err), mask_executable(&p_err));
        if (&k_out, &k_err, k_code) != (&p_out, &p_err, p_code) {
            failures.push(format!(
                "-m {}:\n--- python3 (exit {p_code})\n{p_out}{p_err}\n--- krait (exit {k_code})\n{k_out}{k_err}",
                args.join(" ")
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
