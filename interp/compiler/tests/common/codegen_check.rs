//! Judging krait's code generation by the oracle: each (name, source) is compiled by krait and
//! by CPython's `compile()`; the code trees must be equal (every field of every code object:
//! bytecode, constants, names, unit names and qualified names, line and exception tables, stack
//! size, flags, compared after a marshal round trip) or both sides must raise the same
//! `SyntaxError` (class, message, line, offset, end line, end offset). Also the sources to judge:
//! numbered snippets, corpus directories, pieces cut out of the oracle's Lib. Included by path
//! from the tests that need it.

#![allow(dead_code)]

use krait_compiler::marshal::dumps;
use krait_compiler::value::Value;
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::ParseError;

use super::common;

/// Python: reads (name, source, kind, payload) records and judges each; prints `ok N CODE ERR`
/// then one line per difference (`KRAIT_CODEGEN_VERBOSE=1`: with the source, both disassemblies
/// and a `note:` counting CPython's error messages).
const CHECK: &str = r#"
import dis, io, os, warnings
warnings.simplefilter('ignore')
def err_text(e):
    return '|'.join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
def dis_text(code):
    out = io.StringIO()
    dis.dis(code, file=out, show_caches=False)
    return out.getvalue()
# Every field but the constants, which are walked below so that a difference names its path.
GEN_ATTRS = tuple(a for a in CODE_ATTRS if a != 'co_consts')
def code_diff(a, b, path='top'):
    for attr in GEN_ATTRS:
        d = diff(getattr(a, attr), getattr(b, attr), f'{path}.{attr}')
        if d:
            return d
    if len(a.co_consts) != len(b.co_consts):
        return f'{path}.co_consts: {a.co_consts!r} vs {b.co_consts!r}'
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        p = f'{path}.co_consts[{i}]'
        both_code = isinstance(x, types.CodeType) and isinstance(y, types.CodeType)
        d = code_diff(x, y, p) if both_code else diff(x, y, p)
        if d:
            return d
    return None
frames = read_frames(sys.stdin.buffer.read())
ok, bad, agreed, wants = 0, [], {'code': 0, 'error': 0}, []
verbose = os.environ.get('KRAIT_CODEGEN_VERBOSE')
for name, src, kind, payload in zip(*[iter(frames)] * 4):
    name = os.fsdecode(name)
    try:
        want = compile(src, name, 'exec', dont_inherit=True)
    except SyntaxError as e:
        want = err_text(e)
    wants.append(want)
    if kind == b'code':
        got = marshal.loads(payload)
        if isinstance(want, str):
            d = f'krait compiled, CPython raised {want}'
        else:
            d = code_diff(got, want)
            if d and verbose:
                d += '\n--- source\n' + src.decode(errors='replace')
                d += '\n--- krait\n' + dis_text(got) + '--- CPython\n' + dis_text(want)
    elif kind == b'error':
        got = payload.decode('utf-8', 'surrogateescape')
        d = None if got == want else f'krait raised {got}, CPython ' + (want if isinstance(want, str) else 'compiled')
        if d and verbose:
            d += '\n--- source\n' + src.decode(errors='replace')
    else:
        d = f'krait failed: {payload.decode(errors="replace")}'
    if d:
        bad.append(f'{name}: {d}')
    else:
        ok += 1
        agreed['code' if kind == b'code' else 'error'] += 1
print(f'ok {ok} {agreed["code"]} {agreed["error"]}')
if verbose:
    import collections
    msgs = collections.Counter(w.split('|')[1] for w in wants if isinstance(w, str))
    print('note: CPython errors', msgs.most_common())
for b in bad:
    print(b)
"#;

/// `type|msg|lineno|offset|end_lineno|end_offset`, as the Python side writes its errors.
fn error_text(e: &ParseError) -> String {
    match e {
        ParseError::Syntax(s) => {
            let num = |n: Option<i64>| n.map_or("None".to_owned(), |n| n.to_string());
            format!(
                "{}|{}|{}|{}|{}|{}",
                e.type_name(),
                s.msg,
                num(s.lineno),
                num(s.offset),
                num(s.end_lineno),
                num(s.end_offset)
            )
        }
        other => format!("{}|{other:?}", other.type_name()),
    }
}

/// krait's outcome for one source, as (kind, payload): `code` with the marshalled code,
/// `error` with the error text, or `failed` (a panic or an unmarshallable result).
fn krait_outcome(name: &str, src: &[u8]) -> (&'static str, Vec<u8>) {
    let outcome =
        std::panic::catch_unwind(|| compile_source(src, name, &CompileOptions::default()).result);
    match outcome {
        Ok(Ok(code)) => match dumps(&Value::Code(Box::new(code))) {
            Ok(bytes) => ("code", bytes),
            Err(e) => ("failed", format!("marshal: {e}").into_bytes()),
        },
        Ok(Err(e)) => ("error", error_text(&e).into_bytes()),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            ("failed", format!("panic: {msg}").into_bytes())
        }
    }
}

/// Compiles every (name, source) with krait and has the oracle judge the results; returns how
/// many agreed (code objects, errors) and the differences.
pub fn check(sources: &[(String, Vec<u8>)]) -> ((usize, usize), Vec<String>) {
    let mut records: Vec<Vec<u8>> = Vec::new();
    for (name, src) in sources {
        let (kind, payload) = krait_outcome(name, src);
        records.extend([
            name.as_bytes().to_vec(),
            src.clone(),
            kind.as_bytes().to_vec(),
            payload,
        ]);
    }
    let refs: Vec<&[u8]> = records.iter().map(Vec::as_slice).collect();
    let script = format!("{}{CHECK}", common::PY_HELPERS);
    let report = String::from_utf8(common::python(&script, &[], &common::frame(&refs))).unwrap();
    let mut lines = report.lines();
    let counts: Vec<usize> = lines
        .next()
        .and_then(|l| l.strip_prefix("ok "))
        .map(|l| l.split(' ').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_default();
    let agreed = match counts[..] {
        [_, code, errors] => (code, errors),
        _ => (0, 0),
    };
    let mut bad = Vec::new();
    for line in lines {
        match line.strip_prefix("note: ") {
            Some(note) => eprintln!("{note}"),
            None => bad.push(line.to_owned()),
        }
    }
    (agreed, bad)
}

/// Numbered (name, source) pairs of snippets.
pub fn snippets(prefix: &str, list: &[&str]) -> Vec<(String, Vec<u8>)> {
    list.iter()
        .enumerate()
        .map(|(i, s)| (format!("{prefix}_{i}.py"), s.as_bytes().to_vec()))
        .collect()
}

/// The `.py` files under `dir` (relative to the repository's root) as (path, source) pairs.
pub fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    common::py_files(&common::repo_root().join(dir))
        .into_iter()
        .map(|p| {
            let src = std::fs::read(&p).unwrap();
            (p.to_string_lossy().into_owned(), src)
        })
        .collect()
}

/// Python: `lib_trees(*words)` yields (name, source, tree) for every `.py` file of the oracle's
/// Lib (third-party packages left out) that parses, in sorted order, the name relative to Lib;
/// with `words`, files containing none of them are passed over unparsed.
const LIB_TREES: &str = r#"
import ast, os, sysconfig, textwrap, warnings
warnings.simplefilter('ignore')
LIB = sysconfig.get_paths()['stdlib']
def lib_trees(*words):
    for dirpath, dirnames, filenames in os.walk(LIB):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
        for fn in sorted(filenames):
            if not fn.endswith('.py'):
                continue
            path = os.path.join(dirpath, fn)
            try:
                src = open(path, encoding='utf-8').read()
                if words and not any(w in src for w in words):
                    continue
                tree = ast.parse(src)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            yield os.path.relpath(path, LIB), src, tree
"#;

/// Runs `extract`, a Python script that frames (name, source) records built with `lib_trees`
/// (see `LIB_TREES`), and returns the pairs.
pub fn lib_extract(extract: &str) -> Vec<(String, Vec<u8>)> {
    let script = format!("{}{LIB_TREES}{extract}", common::PY_HELPERS);
    let out = common::python(&script, &[], b"");
    common::unframe(&out)
        .chunks(2)
        .map(|r| (String::from_utf8_lossy(r[0]).into_owned(), r[1].to_vec()))
        .collect()
}

/// Panics with the differences unless every source agrees with CPython.
pub fn assert_all_agree(what: &str, sources: &[(String, Vec<u8>)]) {
    let ((code, errors), bad) = check(sources);
    let ok = code + errors;
    eprintln!(
        "{what}: {ok} of {} agree with CPython ({code} code objects, {errors} errors)",
        sources.len()
    );
    assert!(
        bad.is_empty() && ok == sources.len(),
        "{} of {} {what} differ from CPython:\n{}",
        sources.len() - ok,
        sources.len(),
        bad.join("\n")
    );
}

/// The random-program generators' source of choices: xorshift64 over a state the generator
/// keeps, so that a fixed seed gives the same programs on every run.
pub trait Xorshift {
    /// The generator's state (never zero).
    fn state(&mut self) -> &mut u64;

    fn next(&mut self) -> u64 {
        let s = self.state();
        *s ^= *s << 13;
        *s ^= *s >> 7;
        *s ^= *s << 17;
        *s
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.below(items.len())]
    }
}
