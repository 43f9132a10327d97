//! Code generation of `match` statements against the oracle: krait compiles each program, and
//! CPython's `compile()` of the same source must give an equal code tree (bytecode, constants,
//! names, line and exception tables, stack size, flags of every code object, compared through
//! marshal)
//! or the same `SyntaxError` (class, message, line, offset, end line, end offset).

mod common;

use std::path::{Path, PathBuf};

use krait_compiler::marshal::dumps;
use krait_compiler::value::Value;
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::ParseError;

/// Python: reads (name, source, kind, payload) records; compiles each source and compares it
/// with krait's result. Prints `ok N` then one line per difference.
const CHECK: &str = r#"
import dis, io, os, warnings
warnings.simplefilter('ignore')
def err_text(e):
    return '|'.join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
def dis_text(code):
    out = io.StringIO()
    dis.dis(code, file=out, show_caches=False)
    return out.getvalue()
# What code generation of `match` decides; names of units (`co_name`, `co_qualname`) and the
# file name are left to the tests of scopes.
MATCH_ATTRS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize',
    'co_flags', 'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars',
    'co_firstlineno', 'co_linetable', 'co_exceptiontable')
def code_diff(a, b, path='top'):
    for attr in MATCH_ATTRS:
        d = diff(getattr(a, attr), getattr(b, attr), f'{path}.{attr}')
        if d:
            return d
    if len(a.co_consts) != len(b.co_consts):
        return f'{path}.co_consts: {a.co_consts!r} vs {b.co_consts!r}'
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        p = f'{path}.co_consts[{i}]'
        d = code_diff(x, y, p) if isinstance(x, types.CodeType) and isinstance(y, types.CodeType) else diff(x, y, p)
        if d:
            return d
    return None
frames = read_frames(sys.stdin.buffer.read())
ok, bad, agreed, wants = 0, [], {'code': 0, 'error': 0}, []
verbose = os.environ.get('KRAIT_MATCH_VERBOSE')
for name, src, kind, payload in zip(*[iter(frames)] * 4):
    name = os.fsdecode(name)
    try:
        want = compile(src, name, 'exec', dont_inherit=True)
    except SyntaxError as e:
        want = err_text(e)
    wants.append(want)
    if kind == b'code':
        got = marshal.loads(payload)
        d = code_diff(got, want) if not isinstance(want, str) else f'krait compiled, CPython raised {want}'
        if d and verbose and not isinstance(want, str):
            d += '\n--- krait\n' + dis_text(got) + '--- CPython\n' + dis_text(want)
    elif kind == b'error':
        got = payload.decode('utf-8', 'surrogateescape')
        d = None if got == want else f'krait raised {got}, CPython ' + (want if isinstance(want, str) else 'compiled')
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

/// Programs whose code objects must equal CPython's.
const CODE: &[&str] = &[
    // Literals, captures, the trailing wildcard.
    "match x:\n    case 1:\n        y = 1\n    case 'a':\n        y = 2\n    case b'b':\n        y = 3\n    case _:\n        y = 4\n",
    "match x:\n    case 1.5:\n        pass\n    case 2j:\n        pass\n",
    "match x:\n    case n:\n        print(n)\n",
    "match x:\n    case _:\n        print(1)\n",
    "match x:\n    case 1:\n        pass\n",
    "match x:\n    case None:\n        a = 1\n    case True:\n        a = 2\n    case False:\n        a = 3\n",
    "match x:\n    case 1:\n        pass\n    case other:\n        print(other)\n",
    // Guards.
    "match x:\n    case n if n > 0:\n        print(n)\n    case n if n < 0:\n        print(-n)\n    case _:\n        print(0)\n",
    "match x:\n    case 1 if y:\n        pass\n    case _ if z:\n        pass\n",
    "match x:\n    case [a, b] if a and b or not a:\n        pass\n    case _:\n        pass\n",
    // Sequences.
    "match x:\n    case []:\n        pass\n    case [a]:\n        pass\n    case [a, b]:\n        pass\n    case (a, b, c):\n        pass\n",
    "match x:\n    case [a, *rest]:\n        pass\n    case [*init, last]:\n        pass\n    case [f, *mid, l]:\n        pass\n",
    "match x:\n    case [first, *_]:\n        pass\n    case [*_, last]:\n        pass\n    case [f, *_, l]:\n        pass\n    case [_, *_, _, l]:\n        pass\n",
    "match x:\n    case [_, _]:\n        pass\n    case [*_]:\n        pass\n    case [_, *_]:\n        pass\n",
    "match x:\n    case [1, [2, a], (b, *c)]:\n        pass\n    case [[[d]]]:\n        pass\n",
    "match x:\n    case [1, 2, *_]:\n        pass\n    case [*rest]:\n        pass\n",
    "match x:\n    case [a, b, *_, c, d]:\n        pass\n",
    // Mappings.
    "match x:\n    case {}:\n        pass\n    case {'a': 1}:\n        pass\n    case {'a': a, 'b': b}:\n        pass\n",
    "match x:\n    case {'a': a, **rest}:\n        pass\n    case {**rest}:\n        pass\n",
    "match x:\n    case {1: _, 'b': [y, *z], None: q, b'k': r}:\n        pass\n",
    "match x:\n    case {C.K: v, D.E.F: w, **kw}:\n        pass\n",
    "match x:\n    case {'a': {'b': c}, 'd': [e]}:\n        pass\n",
    // Class patterns.
    "match x:\n    case C():\n        pass\n    case C(a):\n        pass\n    case C(a, b):\n        pass\n",
    "match x:\n    case C(x=1):\n        pass\n    case C(a, y=b):\n        pass\n    case m.C(_, _, z=_):\n        pass\n",
    "match x:\n    case Point(x=0, y=0):\n        print('origin')\n    case Point(x=0, y=y):\n        print(y)\n    case Point(x=x, y=0):\n        print(x)\n    case Point():\n        pass\n    case _:\n        raise ValueError\n",
    "match x:\n    case int(n) | float(n):\n        pass\n    case str() as s:\n        pass\n",
    // Or-patterns.
    "match x:\n    case 1 | 2 | 3:\n        pass\n    case 'a' | 'b':\n        pass\n",
    "match x:\n    case [a] | (a,):\n        pass\n",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n",
    "match x:\n    case [a, b, c] | [c, b, a] | [b, c, a] | (a, c, b):\n        pass\n",
    "match x:\n    case {'x': a, 'y': b} | [b, a] | C(b, a):\n        pass\n",
    "match x:\n    case None | True | False:\n        pass\n",
    "match x:\n    case [1 | 2, (a | a)] | [3, a]:\n        pass\n",
    "match x:\n    case [q, (1 | 2) as w, [e, r] | (r, e)]:\n        pass\n",
    "match x:\n    case (a, 1) | (a, 2) if a:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case {'k': [a, b] | [b, a], **rest}:\n        pass\n",
    "match x:\n    case [*a, b] | [b, *a]:\n        pass\n",
    "match x:\n    case C(a, b=c) | D(c, b=a):\n        pass\n",
    "match x:\n    case 1 | z:\n        pass\n",
    // As-patterns.
    "match x:\n    case [a, b] as whole:\n        pass\n    case (1 | 2) as n:\n        pass\n    case ((1 as one) as uno) as eins:\n        pass\n",
    "match x:\n    case [1, 2] as y if y:\n        pass\n    case {'a': (b as c)} as d:\n        pass\n",
    // Values.
    "match x:\n    case Color.RED:\n        pass\n    case a.b.c.d:\n        pass\n",
    "match x:\n    case -1:\n        pass\n    case 1+2j:\n        pass\n    case -1.5-2j:\n        pass\n    case {-1: a}:\n        pass\n",
    "match x:\n    case 'a' 'b':\n        pass\n    case f'{1}':\n        pass\n",
    // Scopes: fast locals, cells, globals, classes, mangling.
    "def f(x):\n    match x:\n        case [a, *b]:\n            return a, b\n        case {'k': v}:\n            return v\n        case C(y=y):\n            return y\n    return None\n",
    "def f(x):\n    match x:\n        case [a, b]:\n            return lambda: a + b\n",
    "def f(x):\n    global g\n    match x:\n        case g:\n            pass\n",
    "def f(x):\n    a = 1\n    def h():\n        nonlocal a\n        match x:\n            case [a]:\n                pass\n    return h\n",
    "class K:\n    match x:\n        case [__a, b]:\n            pass\n        case C(__y=__z):\n            pass\n",
    "async def f(x):\n    match await x:\n        case [a]:\n            await a\n",
    // Control flow around and inside cases.
    "for i in y:\n    match i:\n        case 1:\n            break\n        case 2:\n            continue\n        case [a]:\n            pass\n    else:\n        pass\n",
    "def f(x):\n    for i in x:\n        match i:\n            case 1:\n                return 1\n            case n if n:\n                continue\n            case _:\n                break\n",
    "try:\n    match x:\n        case [a]:\n            raise E\n        case _:\n            pass\nexcept E:\n    pass\nfinally:\n    pass\n",
    "with m as n:\n    match n:\n        case 1:\n            pass\n",
    "match x:\n    case [a]:\n        match a:\n            case 1:\n                pass\n            case [b]:\n                pass\n    case _:\n        match y:\n            case z:\n                pass\n",
    "match x:\n    case 1:\n        pass\nmatch y:\n    case 2:\n        pass\n    case _:\n        pass\n",
    "while x:\n    match x:\n        case 0:\n            x = None\n        case _:\n            x -= 1\n",
    "match (x, y):\n    case (0, 0):\n        pass\n    case (a, b) if a == b:\n        pass\n",
    "match x, y:\n    case 0, 0:\n        pass\n    case a, *b:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case 2:\n        pass\n    case _:\n        pass\nprint(1)\n",
    "match x:\n    case 1:\n        pass\n    case _ if f():\n        pass\nprint(2)\n",
    "def f():\n    match x:\n        case _:\n            return 1\n",
    "def f():\n    match x:\n        case 1:\n            return 1\n        case _:\n            return 2\n",
    // Locations: patterns across lines.
    "match (\n    x\n):\n    case [\n        a,\n        b,\n    ]:\n        pass\n    case {\n        'k':\n            v,\n        **r\n    }:\n        pass\n    case (\n        C(\n            y=q,\n        )\n        | D()\n    ):\n        pass\n",
    "match x:\n    case [a,\n          *rest] if (a and\n                     rest):\n        pass\n    case _:\n        pass\n",
    "match x:\n    case (\n        1\n        | 2\n        | 3\n    ):\n        pass\n",
    "match x:\n    case C(\n        x=1,\n        y=[\n            a,\n        ],\n    ):\n        pass\n",
    "match x: \n    case {'a': 1, 'b': 2, 'c': 3, 'd': 4} | {'e': 5}: pass\n",
    "match x:\n    case [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, y, z, aa, bb, cc, dd, ee, ff, gg, hh]:\n        pass\n",
    "if c:\n    match x:\n        case 1:\n            pass\nelse:\n    pass\n",
    // Mapping keys equal as a set sees them: exactly, even between big ints and floats.
    "match x:\n    case {9007199254740993: a, 9007199254740992.0: b}:\n        pass\n",
    "match x:\n    case {1e400: a, 1e999j: b, 1000000000000000000000000000000000000000000: c, 1e42: d}:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case 2:\n        if y:\n            pass\n        else:\n            pass\n",
];

/// Programs `compile()` rejects during code generation of their `match`.
const ERRORS: &[&str] = &[
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (_):\n        pass\n    case _:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case y as z:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | [a, b]:\n        pass\n",
    "match x:\n    case [a, b] | [a, c]:\n        pass\n",
    "match x:\n    case [a] | 1:\n        pass\n",
    "match x:\n    case 1 | [a]:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case C(a, b=a):\n        pass\n",
    "match x:\n    case [a, [b, (c as a)]]:\n        pass\n",
    "match x:\n    case [a, (a | a)]:\n        pass\n",
    "match x:\n    case [(b | b), b]:\n        pass\n",
    "match x:\n    case [a] as a:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, b=2, c=3, b=4, a=5):\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [*__debug__]:\n        pass\n",
    "match x:\n    case {**__debug__}:\n        pass\n",
    "match x:\n    case 1 as __debug__:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {1: a, 1.0: b}:\n        pass\n",
    "match x:\n    case {True: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': 1, 'b': 2, 'a': 3}:\n        pass\n",
    "match x:\n    case {0: a, -0.0: b}:\n        pass\n",
    "match x:\n    case {0: a, 0.0: b}:\n        pass\n",
    "match x:\n    case {1099511627776: a, 1099511627776.0: b}:\n        pass\n",
    "match x:\n    case {'a': a, b'a': b, 0j: c, False: d}:\n        pass\n",
    "match x:\n    case {None: a, None: b}:\n        pass\n",
    "match x:\n    case {b'\\x00': a, b'\\0': b}:\n        pass\n",
    "match x:\n    case {'\\u00e9': a, '\u{e9}': b}:\n        pass\n",
    "match x:\n    case {1j: a, 1j: b}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case [a, a]:\n        pass\n",
    "match x:\n    case [\n        a,\n        b,\n    ] | [\n        c,\n        d\n    ]:\n        pass\n",
    "match x:\n    case C(\n        a=1,\n        a=2,\n    ):\n        pass\n",
    "def f():\n    match x:\n        case y:\n            pass\n        case z:\n            pass\n",
    "match x:\n    case {'a': b, 'c': [d, {'e': b}]}:\n        pass\n",
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `.py` files under `dir`, sorted, recursively (none if it does not exist).
fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

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

/// Compiles every (name, source) with krait and has the oracle judge the results; returns how
/// many agreed (code objects, errors) and the differences.
fn check(sources: &[(String, Vec<u8>)]) -> ((usize, usize), Vec<String>) {
    let mut records: Vec<Vec<u8>> = Vec::new();
    for (name, src) in sources {
        let outcome = std::panic::catch_unwind(|| {
            compile_source(src, name, &CompileOptions::default()).result
        });
        let (kind, payload): (&str, Vec<u8>) = match outcome {
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
        };
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

fn snippets(prefix: &str, list: &[&str]) -> Vec<(String, Vec<u8>)> {
    list.iter()
        .enumerate()
        .map(|(i, s)| (format!("{prefix}_{i}.py"), s.as_bytes().to_vec()))
        .collect()
}

fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut paths = Vec::new();
    py_files(&repo_root().join(dir), &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let src = std::fs::read(&p).unwrap();
            (p.to_string_lossy().into_owned(), src)
        })
        .collect()
}

fn assert_all_agree(what: &str, sources: &[(String, Vec<u8>)]) {
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

#[test]
fn match_code_objects_equal_cpython() {
    let mut sources = snippets("match_code", CODE);
    sources.extend(files("corpus/compile/match"));
    assert_all_agree("match programs", &sources);
}

#[test]
fn match_compile_errors_equal_cpython() {
    let mut sources = snippets("match_error", ERRORS);
    sources.extend(files("corpus/errors/match"));
    assert_all_agree("match errors", &sources);
}

/// Too many items before a starred capture for `UNPACK_EX`.
#[test]
fn match_star_unpack_limit_equals_cpython() {
    let many = |n: usize| {
        let names: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
        format!(
            "match x:\n    case [{}, *rest]:\n        pass\n",
            names.join(", ")
        )
    };
    let sources = vec![
        ("star_255.py".to_owned(), many(255).into_bytes()),
        ("star_256.py".to_owned(), many(256).into_bytes()),
        ("star_257.py".to_owned(), many(257).into_bytes()),
    ];
    assert_all_agree("star-unpacking limits", &sources);
}

/// Big and deep patterns: hundreds of items, alternatives and keywords (arguments and jumps past
/// one byte), and deep nesting (stack depth).
#[test]
fn large_patterns_equal_cpython() {
    let list = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>();
    let case =
        |p: String| format!("match x:\n    case {p}:\n        pass\n    case _:\n        pass\n");
    let names = list(300, &|i| format!("a{i}")).join(", ");
    let mut programs = vec![
        case(format!("[{names}]")),
        case(format!("[*_, {names}]")),
        case(format!("[{names}, *_, z]")),
        case(format!("C({names})")),
        case(list(300, &|i| i.to_string()).join(" | ")),
        case(
            list(40, &|i| {
                format!("[a, b, c, {i}] | [c, {i}, b, a] | C({i}, b, c, a)")
            })
            .join(" | "),
        ),
        case(format!(
            "{{{}}}",
            list(300, &|i| format!("{i}: a{i}")).join(", ")
        )),
        case(format!(
            "{{{}, **rest}}",
            list(260, &|i| format!("'k{i}': _")).join(", ")
        )),
        case(format!(
            "C({})",
            list(300, &|i| format!("k{i}=a{i}")).join(", ")
        )),
    ];
    for depth in [10, 50, 90] {
        let nest = |open: &str, leaf: &str, close: &str| {
            format!("{}{leaf}{}", open.repeat(depth), close.repeat(depth))
        };
        programs.push(case(nest("[", "a", "]")));
        programs.push(case(nest("C(", "a", ")")));
        programs.push(case(nest("{'k': ", "a", "}")));
        programs.push(case(nest("(1 | ", "2", ")")));
        programs.push(case(nest("([1] | ", "[2]", ")")));
        let open = list(depth, &|i| format!("[b{i}, "));
        let close = list(depth, &|i| format!(", *c{}]", depth - i));
        programs.push(case(format!("{}a{}", open.concat(), close.concat())));
    }
    let sources: Vec<(String, Vec<u8>)> = programs
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("large_{i}.py"), p.into_bytes()))
        .collect();
    assert_all_agree("large patterns", &sources);
}

/// A small deterministic generator of random `match` statements (xorshift64).
struct Gen {
    state: u64,
    /// Names captured so far in the current pattern (kept mostly distinct).
    used: Vec<String>,
}

impl Gen {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.below(items.len())]
    }

    /// A capture name not used yet in this pattern (rarely a repeated one).
    fn name(&mut self) -> String {
        const NAMES: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m"];
        if !self.used.is_empty() && self.chance(2) {
            let i = self.below(self.used.len());
            return self.used[i].clone();
        }
        for _ in 0..20 {
            let n = self.pick(NAMES).to_owned();
            if !self.used.contains(&n) {
                self.used.push(n.clone());
                return n;
            }
        }
        let n = format!("n{}", self.used.len());
        self.used.push(n.clone());
        n
    }

    fn literal(&mut self) -> String {
        const LITS: &[&str] = &[
            "0", "1", "42", "-1", "1.5", "-0.0", "'s'", "b'b'", "None", "True", "False", "E.X",
            "m.E.Y", "2j", "-3-4j", "1+0j", "'t' 'u'",
        ];
        self.pick(LITS).to_owned()
    }

    /// Items separated by commas, sometimes across lines.
    fn join(&mut self, items: Vec<String>, depth: usize) -> String {
        let sep = if self.chance(15) {
            format!(",\n{}", "    ".repeat(depth + 3))
        } else {
            ", ".to_owned()
        };
        items.join(&sep)
    }

    fn pattern(&mut self, depth: usize, captures: bool) -> String {
        let leaf = depth >= 3 || self.chance(35);
        if leaf {
            return match self.below(10) {
                0..=3 => self.literal(),
                4..=6 if captures => self.name(),
                // Alternatives other than the last must not be irrefutable.
                _ if !captures && self.chance(85) => self.literal(),
                _ => "_".to_owned(),
            };
        }
        match self.below(6) {
            0 | 1 => self.sequence(depth, captures),
            2 => self.mapping(depth, captures),
            3 => self.class(depth, captures),
            4 => self.or(depth, captures),
            _ if captures => {
                let inner = self.pattern(depth + 1, captures);
                format!("({inner}) as {}", self.name())
            }
            _ => self.literal(),
        }
    }

    fn sequence(&mut self, depth: usize, captures: bool) -> String {
        let n = self.below(5);
        let mut items: Vec<String> = (0..n).map(|_| self.pattern(depth + 1, captures)).collect();
        if self.chance(40) {
            let star = if captures && self.chance(50) {
                format!("*{}", self.name())
            } else {
                "*_".to_owned()
            };
            let at = self.below(items.len() + 1);
            items.insert(at, star);
        }
        let one = items.len() == 1;
        let body = self.join(items, depth);
        match self.below(3) {
            0 => format!("({body}{})", if one { "," } else { "" }),
            _ => format!("[{body}]"),
        }
    }

    fn mapping(&mut self, depth: usize, captures: bool) -> String {
        const KEYS: &[&str] = &[
            "'x'", "'y'", "1", "None", "b'z'", "K.A", "K.B", "2.5", "3j", "-7", "-0.0", "0", "1-1j",
        ];
        let n = self.below(4);
        let mut keys: Vec<&str> = Vec::new();
        while keys.len() < n {
            let k = self.pick(KEYS);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let mut items: Vec<String> = keys
            .iter()
            .map(|k| format!("{k}: {}", self.pattern(depth + 1, captures)))
            .collect();
        if captures && self.chance(30) {
            items.push(format!("**{}", self.name()));
        }
        format!("{{{}}}", self.join(items, depth))
    }

    fn class(&mut self, depth: usize, captures: bool) -> String {
        const ATTRS: &[&str] = &["x", "y", "z", "w"];
        let cls = self.pick(&["C", "m.D", "int", "Point"]);
        let npos = self.below(3);
        let mut items: Vec<String> = (0..npos)
            .map(|_| self.pattern(depth + 1, captures))
            .collect();
        let mut attrs: Vec<&str> = Vec::new();
        for _ in 0..self.below(3) {
            let a = self.pick(ATTRS);
            if !attrs.contains(&a) {
                attrs.push(a);
            }
        }
        for a in attrs {
            items.push(format!("{a}={}", self.pattern(depth + 1, captures)));
        }
        format!("{cls}({})", self.join(items, depth))
    }

    /// Alternatives without captures, or alternatives binding the same names in varying
    /// orders and shapes.
    fn or(&mut self, depth: usize, captures: bool) -> String {
        let n = 2 + self.below(3);
        if !captures || self.chance(40) {
            let alts: Vec<String> = (0..n).map(|_| self.pattern(depth + 1, false)).collect();
            return format!("({})", alts.join(" | "));
        }
        let names: Vec<String> = (0..1 + self.below(3)).map(|_| self.name()).collect();
        let mut alts = Vec::new();
        for _ in 0..n {
            let mut order = names.clone();
            for i in (1..order.len()).rev() {
                let j = self.below(i + 1);
                order.swap(i, j);
            }
            if self.chance(40) {
                let lit = self.literal();
                let at = self.below(order.len() + 1);
                order.insert(at, lit);
            }
            alts.push(match self.below(3) {
                0 => format!("[{}]", order.join(", ")),
                1 => format!("C({})", order.join(", ")),
                _ => format!(
                    "({}{})",
                    order.join(", "),
                    if order.len() == 1 { "," } else { "" }
                ),
            });
        }
        format!("({})", alts.join(" | "))
    }

    /// A whole program: a `match` (sometimes in a function or loop) with a few cases.
    fn program(&mut self) -> String {
        let wrapper = self.below(3);
        let bodies: &[&str] = if wrapper == 1 {
            &["pass", "y = 1", "print(1)", "break", "continue"]
        } else {
            &["pass", "y = 1", "print(1)", "return 1", "break"]
        };
        let ncases = 1 + self.below(4);
        let mut cases = String::new();
        for i in 0..ncases {
            self.used.clear();
            let last = i + 1 == ncases;
            let pattern = if last && self.chance(30) {
                self.pick(&["_", "z", "other"]).to_owned()
            } else {
                self.pattern(0, true)
            };
            let guard = if self.chance(25) {
                format!(
                    " if {}",
                    self.pick(&["g", "a", "g and h", "not g", "g or h()"])
                )
            } else {
                String::new()
            };
            let body = self.pick(bodies);
            cases.push_str(&format!("    case {pattern}{guard}:\n        {body}\n"));
        }
        let stmt = format!(
            "match {}:\n{cases}",
            self.pick(&["x", "x, y", "f(x)", "x.y"])
        );
        let indent = |s: &str, n: usize| {
            s.lines()
                .map(|l| format!("{}{l}\n", "    ".repeat(n)))
                .collect::<String>()
        };
        match wrapper {
            0 => format!(
                "def f(x):\n    for q in x:\n{}    return 2\n",
                indent(&stmt, 2)
            ),
            1 => format!("for q in x:\n{}", indent(&stmt, 1)),
            _ => format!("def f(x, g, h):\n    while x:\n{}", indent(&stmt, 2)),
        }
    }
}

/// Random `match` statements (patterns of every kind, nested, with guards, captures in or
/// alternatives in varying orders, locations across lines): code or error as CPython's.
#[test]
fn random_match_statements_equal_cpython() {
    let mut g = Gen {
        state: 0x9E37_79B9_7F4A_7C15,
        used: Vec::new(),
    };
    let sources: Vec<(String, Vec<u8>)> = (0..1000)
        .map(|i| (format!("random_{i}.py"), g.program().into_bytes()))
        .collect();
    assert_all_agree("random match programs", &sources);
}

/// Python: every `match` statement of the oracle's Lib (third-party packages left out), cut
/// out with its lines, dedented and put in a loop in a function (so that `return`, `break`,
/// `continue` stay valid); framed as (name, source).
const EXTRACT: &str = r#"
import ast, os, sysconfig, textwrap, warnings
warnings.simplefilter('ignore')
root = sysconfig.get_paths()['stdlib']
records = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
    for fn in sorted(filenames):
        if not fn.endswith('.py'):
            continue
        path = os.path.join(dirpath, fn)
        try:
            src = open(path, encoding='utf-8').read()
            if 'match' not in src:
                continue
            tree = ast.parse(src)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        lines = src.splitlines(keepends=True)
        for node in ast.walk(tree):
            if isinstance(node, ast.Match):
                text = textwrap.dedent(''.join(lines[node.lineno - 1:node.end_lineno]))
                body = textwrap.indent(text, ' ' * 8)
                name = f'{os.path.relpath(path, root)}:{node.lineno}'
                records += [name.encode(), f'def f():\n    for _ in x:\n{body}'.encode()]
write_frames(records)
"#;

/// The `match` statements of CPython's own Lib (`test_patma` above all).
#[test]
fn stdlib_match_statements_equal_cpython() {
    let script = format!("{}{EXTRACT}", common::PY_HELPERS);
    let out = common::python(&script, &[], b"");
    let frames = common::unframe(&out);
    let sources: Vec<(String, Vec<u8>)> = frames
        .chunks(2)
        .map(|r| (String::from_utf8_lossy(r[0]).into_owned(), r[1].to_vec()))
        .collect();
    assert!(
        sources.len() > 200,
        "only {} match statements",
        sources.len()
    );
    assert_all_agree("Lib's match statements", &sources);
}
