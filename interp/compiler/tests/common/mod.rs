//! Helpers for the oracle tests: run `python3` (CPython 3.11.7, the oracle) on a script with
//! stdin bytes, frame byte records between the two sides, and find the `.py` files of the
//! corpus and of the oracle's Lib.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository's root (where `corpus/` is).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The oracle's Lib directory (`sysconfig`'s `stdlib` path).
pub fn stdlib_dir() -> PathBuf {
    let out = python(
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        &[],
        b"",
    );
    PathBuf::from(String::from_utf8_lossy(&out).trim())
}

/// The `.py` files under `dir`, recursively, in sorted order, leaving out third-party packages
/// (`site-packages`) and `__pycache__`; none if `dir` does not exist.
pub fn py_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if !p.ends_with("site-packages") && !p.ends_with("__pycache__") {
                    walk(&p, out);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

/// Runs `python3 -c script args...` feeding `stdin`; returns stdout, panicking with stderr on
/// failure.
pub fn python(script: &str, args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 (CPython 3.11) must be on PATH");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // Feed stdin from a thread so a large output cannot deadlock against a large input.
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("python3 runs");
    feeder.join().expect("feeder").expect("write stdin");
    assert!(
        out.status.success(),
        "python3 failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Frames: each record is a little-endian u32 length and that many bytes.
pub fn frame(records: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        out.extend_from_slice(&u32::try_from(r.len()).unwrap().to_le_bytes());
        out.extend_from_slice(r);
    }
    out
}

/// Splits framed records.
pub fn unframe(mut data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let n = u32::from_le_bytes(data[..4].try_into().unwrap()) as usize;
        out.push(&data[4..4 + n]);
        data = &data[4 + n..];
    }
    out
}

/// The Python side's framing helpers and strict structural comparison (floats by `repr`, so
/// `-0.0` and NaN compare as constants do; code objects attribute by attribute, recursively).
pub const PY_HELPERS: &str = r#"
import sys, struct, types, marshal
def read_frames(data):
    out, i = [], 0
    while i < len(data):
        (n,) = struct.unpack_from('<I', data, i)
        out.append(data[i + 4:i + 4 + n]); i += 4 + n
    return out
def write_frames(records):
    w = sys.stdout.buffer
    for r in records:
        w.write(struct.pack('<I', len(r))); w.write(r)
CODE_ATTRS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize',
    'co_flags', 'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars',
    'co_nlocals', 'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
    'co_exceptiontable')
def code_depth(c):
    return 1 + max((code_depth(k) for k in c.co_consts if isinstance(k, types.CodeType)), default=0)
# CPython's code `==` costs about 4**depth (it rebuilds constant keys at every level), so it is
# asked only of shallow code; the attribute walk below covers deep code in linear time.
def diff(a, b, path='top'):
    if type(a) is not type(b):
        return f'{path}: {type(a).__name__} vs {type(b).__name__}'
    if isinstance(a, types.CodeType):
        # A NaN constant makes a code object unequal even to CPython's own marshal round trip
        # of it; then only the attribute walk (floats by repr) can judge.
        if code_depth(a) <= 8 and a != b and marshal.loads(marshal.dumps(b)) == b:
            return f'{path}: code objects differ by =='
        for attr in CODE_ATTRS:
            d = diff(getattr(a, attr), getattr(b, attr), f'{path}.{attr}')
            if d:
                return d
        return None
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f'{path}: length {len(a)} vs {len(b)}'
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, f'{path}[{i}]')
            if d:
                return d
        return None
    if isinstance(a, dict):
        return diff(list(a.items()), list(b.items()), path)
    if isinstance(a, (set, frozenset)):
        return None if sorted(map(repr, a)) == sorted(map(repr, b)) else f'{path}: {a!r} vs {b!r}'
    if isinstance(a, (float, complex)):
        return None if repr(a) == repr(b) else f'{path}: {a!r} vs {b!r}'
    return None if a == b else f'{path}: {a!r} vs {b!r}'
"#;
