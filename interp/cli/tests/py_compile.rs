//! `krait -m py_compile` against `python3 -m py_compile` (the oracle, CPython 3.11.7): the same
//! stdout, stderr and exit status for the same files and arguments, and a `.pyc` that CPython
//! validates, loads and runs with the same result as the source.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// stdout, stderr, exit status.
type Run = (Vec<u8>, Vec<u8>, i32);

fn run(program: &str, args: &[&str], cwd: &Path, stdin: &[u8], env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("stdin written");
    let out = child.wait_with_output().expect("finishes");
    (out.stdout, out.stderr, out.status.code().unwrap_or(-1))
}

fn krait(args: &[&str], cwd: &Path, stdin: &[u8], env: &[(&str, &str)]) -> Run {
    let mut all = vec!["-m", "py_compile"];
    all.extend_from_slice(args);
    run(env!("CARGO_BIN_EXE_krait"), &all, cwd, stdin, env)
}

fn python(args: &[&str], cwd: &Path, stdin: &[u8], env: &[(&str, &str)]) -> Run {
    let mut all = vec!["-m", "py_compile"];
    all.extend_from_slice(args);
    run("python3", &all, cwd, stdin, env)
}

/// A fresh directory holding `files` (relative path, bytes).
fn fresh_dir(tag: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-py-compile-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, bytes).expect("file");
    }
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

const FILES: &[(&str, &[u8])] = &[
    ("ok.py", b"print(1)\n"),
    ("noeol.py", b"x = 1"),
    ("bad.py", b"x = (\n"),
    ("ind.py", b"  x = 1\n"),
    ("ret.py", b"def f():\n    return\nreturn 1\n"),
    ("dup.py", b"def f(a, a): pass\n"),
    ("tab.py", b"if 1:\n\tx = 1\n        y = 2\n"),
    ("nul.py", b"x = 1\x00\n"),
    ("warn.py", b"x = '\\d'\nif x is 1: pass\n"),
    ("crlf.py", b"x = 1\r\ny = (1 +\r\n"),
    ("nonlocal.py", b"def f():\n    nonlocal q\n"),
    ("global.py", b"def f():\n    x = 1\n    global x\n"),
    (
        "latin1.py",
        b"# -*- coding: latin-1 -*-\ns = '\xe9'\nreturn s\n",
    ),
    ("sub/deep.py", b" x\n"),
    ("noext", b"pass\n"),
    ("list.txt", b"ok.py\nnoeol.py\n"),
];

/// Each row: the arguments and stdin of one invocation.
const CASES: &[(&[&str], &[u8])] = &[
    (&[], b""),
    (&["-h"], b""),
    (&["--help", "ok.py"], b""),
    (&["-x", "ok.py"], b""),
    (&["-x"], b""),
    (&["ok.py"], b""),
    (&["ok.py", "noeol.py", "noext"], b""),
    (&["bad.py", "ok.py"], b""),
    (&["-q", "bad.py"], b""),
    (&["--qu", "nope.py"], b""),
    (&["ind.py"], b""),
    (&["ret.py"], b""),
    (&["dup.py"], b""),
    (&["tab.py"], b""),
    (&["nul.py"], b""),
    (&["warn.py"], b""),
    (&["crlf.py"], b""),
    (&["nonlocal.py"], b""),
    (&["global.py"], b""),
    (&["latin1.py"], b""),
    (&["sub/deep.py"], b""),
    (&["nope.py"], b""),
    (&["."], b""),
    (&["ok.py", "-q", "ok.py"], b""),
    (&["ok.py", "ok.py", "-q"], b""),
    (&["-q=1", "ok.py"], b""),
    (&["--quiet=", "ok.py"], b""),
    (&["-qh"], b""),
    (&["-hq"], b""),
    (&["--"], b""),
    (&["--", "-q"], b""),
    (&["ok.py", "--", "-q"], b""),
    (&["-1"], b""),
    (&["-a b"], b""),
    (&["-"], b"ok.py\nnoeol.py\r\nbad.py\n"),
    (&["-", "ok.py"], b""),
];

#[test]
fn output_and_status_match_python3() {
    let mut failures = Vec::new();
    for (i, (args, stdin)) in CASES.iter().enumerate() {
        let theirs = fresh_dir(&format!("cpython-{i}"), FILES);
        let ours = fresh_dir(&format!("krait-{i}"), FILES);
        let expected = python(args, &theirs, stdin, &[]);
        let actual = krait(args, &ours, stdin, &[]);
        if actual != expected {
            failures.push(format!(
                "{args:?}:\n  krait  : {:?} {:?} {}\n  cpython: {:?} {:?} {}",
                String::from_utf8_lossy(&actual.0),
                String::from_utf8_lossy(&actual.1),
                actual.2,
                String::from_utf8_lossy(&expected.0),
                String::from_utf8_lossy(&expected.1),
                expected.2
            ));
        }
        // The same files are written, under the other cache tag.
        for (name, _) in FILES {
            let cpython = theirs.join(cache_name(name, "cpython-311"));
            let krait = ours.join(cache_name(name, "krait-311"));
            if cpython.exists() != krait.exists() {
                failures.push(format!("{args:?}: {name} cache written by one side only"));
            }
        }
        let _ = std::fs::remove_dir_all(&theirs);
        let _ = std::fs::remove_dir_all(&ours);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `importlib.util.cache_from_source` for the names of [`FILES`].
fn cache_name(name: &str, tag: &str) -> String {
    let (head, tail) = name.rsplit_once('/').map_or(("", name), |(h, t)| (h, t));
    let stem = match tail.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.{tag}.pyc"),
        None => format!("{tail}{tag}.pyc"),
    };
    if head.is_empty() {
        format!("__pycache__/{stem}")
    } else {
        format!("{head}/__pycache__/{stem}")
    }
}

/// A program krait's compiler handles completely today.
const PROGRAM: &[u8] = b"import sys\n\ndef fib(n):\n    a = 0\n    b = 1\n    while n > 0:\n        \
t = a + b\n        a = b\n        b = t\n        n -= 1\n    return a\n\nclass Greeter:\n    def __init__(self, name):\n        \
self.name = name\n\n    def hello(self, *, punct='!'):\n        return 'hello ' + self.name + punct\n\n\
print(fib(30), Greeter('pyc').hello(), Greeter('x').hello(punct='?'))\nsys.exit(fib(5))\n";

/// Validates `__pycache__/prog.krait-311.pyc` as importlib would, loads it with `marshal.loads`,
/// compares it with `compile()` of the source, and runs it; prints what the code printed.
const CHECK: &str = r#"
import importlib._bootstrap_external as ext, marshal, os, sys
src, pyc = sys.argv[1], sys.argv[2]
data = open(pyc, 'rb').read()
flags = ext._classify_pyc(data, 'prog', {})
st = os.stat(src)
source = open(src, 'rb').read()
if flags & 1:
    ext._validate_hash_pyc(data, importlib.util.source_hash(source), 'prog', {})
else:
    ext._validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, 'prog', {})
code = marshal.loads(data[16:])
assert code == compile(source, src, 'exec'), 'code differs from compile()'
sys.argv = [src]
exec(code, {'__name__': '__main__'})
"#;

#[test]
fn cpython_validates_loads_and_runs_the_pyc() {
    for (tag, env) in [
        ("timestamp", &[][..]),
        ("hash", &[("SOURCE_DATE_EPOCH", "1")][..]),
    ] {
        let dir = fresh_dir(&format!("run-{tag}"), &[("prog.py", PROGRAM)]);
        let (_, err, status) = krait(&["prog.py"], &dir, b"", env);
        assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
        let pyc = dir.join("__pycache__/prog.krait-311.pyc");
        let script = format!("import importlib.util\n{CHECK}");
        let args = [
            "-c",
            script.as_str(),
            "prog.py",
            "__pycache__/prog.krait-311.pyc",
        ];
        let loaded = run("python3", &args, &dir, b"", &[]);
        let direct = run("python3", &["prog.py"], &dir, b"", &[]);
        let text = |r: &Run| {
            format!(
                "{:?} {:?} {}",
                String::from_utf8_lossy(&r.0),
                String::from_utf8_lossy(&r.1),
                r.2
            )
        };
        assert_eq!(text(&loaded), text(&direct), "{tag}");
        assert_eq!(direct.2, 5);
        // The header is CPython's own, byte for byte: same flags, same stamp or hash.
        let (_, err, status) = python(&["prog.py"], &dir, b"", env);
        assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
        let ours = std::fs::read(&pyc).expect("krait's pyc");
        let theirs = std::fs::read(dir.join("__pycache__/prog.cpython-311.pyc")).expect("pyc");
        assert_eq!(ours[..16], theirs[..16], "{tag} header");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_write_is_atomic_and_keeps_the_source_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = fresh_dir("mode", &[("m.py", b"x = 1\n")]);
    let src = dir.join("m.py");
    std::fs::set_permissions(&src, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    assert_eq!(krait(&["m.py"], &dir, b"", &[]).2, 0);
    assert_eq!(python(&["m.py"], &dir, b"", &[]).2, 0);
    let mode = |name: &str| {
        std::fs::metadata(dir.join("__pycache__").join(name))
            .expect("pyc")
            .permissions()
            .mode()
    };
    assert_eq!(mode("m.krait-311.pyc"), mode("m.cpython-311.pyc"));
    // Writing again replaces the file; no temporary file is left behind.
    assert_eq!(krait(&["m.py"], &dir, b"", &[]).2, 0);
    let names: Vec<String> = std::fs::read_dir(dir.join("__pycache__"))
        .expect("cache dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
