//! Marshal and `.pyc` against the oracle: CPython's `marshal.dumps(compile(...))` of the corpus
//! and of Lib read by krait, written back by krait and loaded by CPython must give an equal code
//! tree; krait's reading of CPython's own `.pyc` files must equal its reading of a fresh
//! compile; values (big ints, special floats, surrogates, nested containers) cross both ways.

mod common;

use std::path::PathBuf;

use krait_compiler::CodeObject;
use krait_compiler::bytecode::instructions;
use krait_compiler::marshal::{dumps, loads};
use krait_compiler::pyc::{self, Validation};
use krait_compiler::value::{PyFloat, PyStrBuf, Value};

/// Python: compiles every path on stdin; emits (path, marshal.dumps(code), pyc bytes or b'')
/// where the pyc is CPython's own `__pycache__` file, present and fresh (mtime and size match).
const PRODUCE: &str = r#"
import os, warnings, importlib.util
warnings.simplefilter('ignore')
records = []
for p in sys.stdin.read().splitlines():
    try:
        src = open(p, 'rb').read()
        code = compile(src, p, 'exec', dont_inherit=True)
    except Exception:
        continue
    pyc = b''
    try:
        cached = importlib.util.cache_from_source(p)
        with open(cached, 'rb') as f:
            data = f.read()
        st = os.stat(p)
        if (data[4:8] == b'\0\0\0\0' and int.from_bytes(data[8:12], 'little') == int(st.st_mtime) & 0xFFFFFFFF
                and int.from_bytes(data[12:16], 'little') == st.st_size & 0xFFFFFFFF):
            pyc = data
    except OSError:
        pass
    records += [os.fsencode(p), marshal.dumps(code), pyc]
write_frames(records)
"#;

/// Python: for each (path, krait's marshal bytes) recompiles the path and compares; prints
/// `ok N` or the differences.
const CHECK: &str = r#"
import os, warnings
warnings.simplefilter('ignore')
frames = read_frames(sys.stdin.buffer.read())
ok, bad = 0, []
for path, data in zip(frames[::2], frames[1::2]):
    p = os.fsdecode(path)
    want = compile(open(p, 'rb').read(), p, 'exec', dont_inherit=True)
    try:
        got = marshal.loads(data)
        d = diff(got, want)
    except Exception as e:
        d = f'load failed: {e!r}'
    if d:
        bad.append(f'{p}: {d}')
    else:
        ok += 1
print(f'ok {ok}')
for b in bad[:20]:
    print(b)
"#;

/// The corpus and the oracle's whole Lib (test suites included) except site-packages.
fn sources() -> (Vec<PathBuf>, usize) {
    let mut files = common::py_files(&common::repo_root().join("corpus"));
    let corpus = files.len();
    files.extend(common::py_files(&common::stdlib_dir()));
    assert!(
        corpus > 1000 && files.len() - corpus > 500,
        "{corpus} corpus, {} Lib",
        files.len() - corpus
    );
    (files, corpus)
}

#[test]
fn code_objects_round_trip_and_pyc_trees_match() {
    let (files, corpus) = sources();
    let list = files
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let script = format!("{}{PRODUCE}", common::PY_HELPERS);
    let produced = common::python(&script, &[], list.as_bytes());
    let frames = common::unframe(&produced);
    let mut back: Vec<Vec<u8>> = Vec::new();
    let (mut compiled, mut pycs) = (0, 0);
    for rec in frames.chunks(3) {
        let (path, data, pyc_bytes) = (rec[0], rec[1], rec[2]);
        let name = String::from_utf8_lossy(path);
        let tree = loads(data).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Value::Code(top) = &tree else {
            panic!("{name}: not a code object")
        };
        for code in std::iter::once(&**top).chain(top.nested_code()) {
            check_bytecode(code, &name);
        }
        if !pyc_bytes.is_empty() {
            let (validation, code) =
                pyc::read_pyc(pyc_bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(matches!(validation, Validation::Timestamp { .. }));
            let from_pyc = latin1_singletons_uninterned(Value::Code(Box::new(code)));
            let fresh = latin1_singletons_uninterned(tree.clone());
            if let Some(d) = first_difference(&from_pyc, &fresh, "top") {
                panic!("{name}: .pyc tree differs from compile(): {d}");
            }
            pycs += 1;
        }
        back.push(path.to_vec());
        back.push(dumps(&tree).unwrap_or_else(|e| panic!("{name}: {e}")));
        compiled += 1;
    }
    // Every truncation of a real module's marshal data is an error, never a panic or a value.
    let sample = frames
        .chunks(3)
        .map(|r| r[1])
        .find(|d| d.len() > 2000)
        .expect("a sizeable module");
    for end in 0..sample.len() {
        assert!(
            loads(&sample[..end]).is_err(),
            "prefix of {end} bytes read as a value"
        );
    }
    let refs: Vec<&[u8]> = back.iter().map(Vec::as_slice).collect();
    // KRAIT_MARSHAL_DUMP=FILE keeps krait's framed output for debugging the Python side.
    if let Some(file) = std::env::var_os("KRAIT_MARSHAL_DUMP") {
        std::fs::write(file, common::frame(&refs)).unwrap();
    }
    let script = format!("{}{CHECK}", common::PY_HELPERS);
    let report = String::from_utf8(common::python(&script, &[], &common::frame(&refs))).unwrap();
    eprintln!(
        "{} files ({corpus} corpus), {compiled} compiled by CPython, {pycs} CPython .pyc trees compared",
        files.len()
    );
    assert_eq!(report.trim(), format!("ok {compiled}"), "{report}");
    assert!(pycs > 300, "only {pycs} fresh .pyc files found");
}

/// Real bytecode agrees with the opcode table: every opcode byte is in `opmap`, the code units
/// the table says are inline caches are `CACHE 0`, and every jump lands on an instruction.
fn check_bytecode(code: &CodeObject, file: &str) {
    let ins: Vec<_> = instructions(&code.code).collect();
    let starts: std::collections::HashSet<usize> = ins.iter().map(|i| i.offset).collect();
    for i in &ins {
        let op = i
            .opcode()
            .unwrap_or_else(|| panic!("{file}: unknown opcode {} at {}", i.op, i.offset));
        let caches = 2 * usize::from(op.cache_entries());
        let cache_bytes = &code.code[i.offset + 2..i.offset + 2 + caches];
        assert!(
            cache_bytes.iter().all(|&b| b == 0),
            "{file}: {op} at {} has non-CACHE caches",
            i.offset
        );
        if let Some(target) = i.jump_target() {
            assert!(
                starts.contains(&target),
                "{file}: {op} at {} jumps to {target}",
                i.offset
            );
        }
    }
}

/// Clears the interned flag of strings of at most one code point below U+0100. CPython shares
/// one object per such string across the process, so whether a constant `'é'` is interned (and
/// so marshalled as interned) depends on what else the writing process interned: the `.pyc` and
/// a fresh compile can legitimately disagree there.
fn latin1_singletons_uninterned(v: Value) -> Value {
    let all = |items: Vec<Value>| {
        items
            .into_iter()
            .map(latin1_singletons_uninterned)
            .collect()
    };
    match v {
        Value::Str { value, interned } => {
            let singleton = value.char_len() <= 1 && value.code_points().all(|c| c < 0x100);
            Value::Str {
                value,
                interned: interned && !singleton,
            }
        }
        Value::Tuple(items) => Value::Tuple(all(items)),
        Value::FrozenSet(items) => Value::FrozenSet(all(items)),
        Value::Code(mut code) => {
            code.consts = all(std::mem::take(&mut code.consts));
            Value::Code(code)
        }
        other => other,
    }
}

/// Where two value trees first differ (a path and both sides), for failure messages.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    let seq = |x: &[Value], y: &[Value]| {
        if x.len() != y.len() {
            return Some(format!("{path}: length {} vs {}", x.len(), y.len()));
        }
        x.iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]")))
    };
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) | (Value::List(x), Value::List(y)) => seq(x, y),
        (Value::Code(x), Value::Code(y)) => {
            let consts = seq(&x.consts, &y.consts);
            let path = format!("{path}<{:?}>", x.qualname);
            consts.or_else(|| (x != y).then(|| format!("{path}: {x:?}\n vs {y:?}")))
        }
        _ => (a != b).then(|| format!("{path}: {a:?} vs {b:?}")),
    }
}

/// Python literals exercising every value type, evaluated by the oracle.
const VALUES: &str = r#"(
    None, True, False, ..., StopIteration, 0, -5, 256, 257, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**64 + 1, 3**200, -(7**300), 2**15, 2**30, -(2**45),
    0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1e-310, 1.5, 1j, complex(-0.0, float('inf')),
    b'', b'\x00\xff' * 200, '', 'a', 'abc', 'x' * 300, 'é' * 3, '\ud800', 'a\udc80b\U0001f600',
    '\ud83d\ude00', 'ÿ' * 256, [1, [2, [3, []]]], {'a': 1, 2: (3, 4), None: {}}, {1, 2, 3},
    frozenset({'a'}), frozenset(), (), ((),), tuple(range(300)), [None] * 3,
    compile('def f(a, *b, c, **d):\n  def g(): return a\n  return g', 'v.py', 'exec'),
)"#;

#[test]
fn values_cross_both_ways() {
    // CPython writes, krait reads and writes, CPython reads: equal.
    let script = format!(
        "{}\nv = {VALUES}\nsys.stdout.buffer.write(marshal.dumps(v))",
        common::PY_HELPERS
    );
    let data = common::python(&script, &[], b"");
    let tree = loads(&data).expect("krait reads CPython's values");
    let again = dumps(&tree).unwrap();
    assert_eq!(loads(&again).unwrap(), tree, "krait's own round trip");
    let check = format!(
        "{}\nv = {VALUES}\nd = diff(marshal.loads(sys.stdin.buffer.read()), v)\nprint(d or 'same')",
        common::PY_HELPERS
    );
    let out = common::python(&check, &[], &again);
    assert_eq!(String::from_utf8_lossy(&out).trim(), "same");

    // krait builds, CPython reads.
    let ours = Value::Tuple(vec![
        Value::Int("-123456789012345678901234567890".parse().unwrap()),
        Value::Float(PyFloat(-0.0)),
        Value::Float(PyFloat(f64::NAN)),
        Value::Complex(PyFloat(1.0), PyFloat(f64::NEG_INFINITY)),
        Value::str(PyStrBuf::from_code_points([0xD800, 0x61, 0xDFFF]).unwrap()),
        Value::interned("name"),
        Value::interned("name"),
        Value::Dict(vec![(
            Value::int(1),
            Value::List(vec![Value::Set(vec![Value::int(2)])]),
        )]),
        Value::FrozenSet(vec![Value::Bytes(b"\x00".to_vec())]),
    ]);
    let expected = "(-123456789012345678901234567890, -0.0, float('nan'), complex(1.0, float('-inf')), \
                    '\\ud800a\\udfff', 'name', 'name', {1: [{2}]}, frozenset({b'\\x00'}))";
    let check = format!(
        "{}\nd = diff(marshal.loads(sys.stdin.buffer.read()), {expected})\nprint(d or 'same')",
        common::PY_HELPERS
    );
    let out = common::python(&check, &[], &dumps(&ours).unwrap());
    assert_eq!(String::from_utf8_lossy(&out).trim(), "same");
}

#[test]
fn krait_pyc_files_load_in_cpython() {
    let source = b"def f(x):\n    return [y * 2 for y in x]\nprint(f(range(3)))\n";
    let data = common::python(
        &format!(
            "{}\nsys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.buffer.read(), 'm.py', 'exec')))",
            common::PY_HELPERS
        ),
        &[],
        source,
    );
    let Value::Code(code) = loads(&data).unwrap() else {
        panic!("not code")
    };
    let checked = Validation::Hash {
        checked: true,
        hash: pyc::source_hash(source),
    };
    let stamped = Validation::Timestamp {
        mtime: 1_700_000_000,
        source_size: source.len() as u32,
    };
    for validation in [checked, stamped] {
        let file = pyc::write_pyc(&validation, &code).unwrap();
        assert_eq!(pyc::read_pyc(&file).unwrap(), (validation, (*code).clone()));
        // importlib classifies and validates the header, then CPython runs the code.
        let check = r#"
import sys, marshal, importlib.util
from importlib._bootstrap_external import _classify_pyc, _validate_hash_pyc, _validate_timestamp_pyc
data = sys.stdin.buffer.read()
src = b"def f(x):\n    return [y * 2 for y in x]\nprint(f(range(3)))\n"
flags = _classify_pyc(data, 'm', {})
if flags & 1:
    _validate_hash_pyc(data, importlib.util.source_hash(src), 'm', {})
else:
    _validate_timestamp_pyc(data, 1_700_000_000, len(src), 'm', {})
exec(marshal.loads(data[16:]), {})
"#;
        let out = common::python(check, &[], &file);
        assert_eq!(String::from_utf8_lossy(&out), "[0, 2, 4]\n");
    }
}
