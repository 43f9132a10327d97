//! `krait_compiler::dis` against the oracle's `dis.dis`: code objects compiled by CPython
//! (`marshal.dumps(compile(...))`, read with `krait_compiler::marshal`) are rendered by krait and
//! compared line for line with the text `dis.dis` prints for the same objects, object addresses
//! masked. This checks the renderer alone, whatever state krait's own code generation is in.

mod common;

use std::path::PathBuf;

use krait_compiler::dis::dis_into;
use krait_compiler::dis::repr::repr;
use krait_compiler::marshal::load_code;
use krait_compiler::value::{PyFloat, Value};
use krait_syntax::ast::repr::{repr_bytes, repr_float, repr_str};

/// Python: `dis_text(code)` is `dis.dis`'s text of `code` with addresses masked, an exception
/// `dis` raises appended as `!! Class: message`.
const DIS_TEXT: &str = r#"
import dis, io, re
ADDRESS = re.compile(r'at 0x[0-9a-f]+')
def dis_text(code):
    out = io.StringIO()
    try:
        dis.dis(code, file=out)
    except Exception as e:
        out.write(f'!! {type(e).__name__}: {e}\n')
    return ADDRESS.sub('at 0x...', out.getvalue())
"#;

/// Python: for each path (or, with `-s`, each framed source) compiles it and emits the name,
/// `marshal.dumps(code)` and the `dis_text` of the code marshal loads back. Sources CPython
/// rejects are left out.
const PRODUCE: &str = r#"
import os, warnings
warnings.simplefilter('ignore')
if sys.argv[1:] == ['-s']:
    items = [(f'<snippet {i}>', s) for i, s in enumerate(read_frames(sys.stdin.buffer.read()))]
else:
    items = [(p, None) for p in sys.stdin.read().splitlines()]
records = []
for name, src in items:
    try:
        if src is None:
            src = open(name, 'rb').read()
        code = compile(src, name, 'exec', dont_inherit=True)
    except Exception:
        continue
    # Shown as krait holds it: marshal writes set items sorted by their marshalled bytes
    # (bpo-37596), so a set read back can iterate in another order than the compiled one.
    code = marshal.loads(marshal.dumps(code))
    text = dis_text(code)
    records += [os.fsencode(name), marshal.dumps(code), text.encode('utf-8', 'surrogatepass')]
write_frames(records)
"#;

/// `at 0x` followed by hex digits becomes `at 0x...`, as on the Python side.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("at 0x") {
        let after = &rest[i + 5..];
        let digits = after
            .find(|c: char| !matches!(c, '0'..='9' | 'a'..='f'))
            .unwrap_or(after.len());
        out.push_str(&rest[..i + 5]);
        if digits > 0 {
            out.push_str("...");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Renders one marshalled code object as the Python side does.
fn render(data: &[u8], name: &str) -> String {
    let code = load_code(data).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    if let Err(e) = dis_into(&code, &mut text) {
        text.push_str(&format!("!! {e}\n"));
    }
    mask_addresses(&text)
}

/// The first differing line of two renderings, with its neighbours.
fn first_difference(mine: &str, theirs: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (mine.lines().collect(), theirs.lines().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let lo = at.saturating_sub(2);
    let show = |v: &[&str]| {
        v.iter()
            .skip(lo)
            .take(at + 2 - lo)
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
    };
    format!(
        "line {at}\n  krait:   {:?}\n  cpython: {:?}",
        show(&a),
        show(&b)
    )
}

/// Counts of one comparison and its failures.
#[derive(Default)]
struct Tally {
    compared: usize,
    /// Renderings that differ only in the order of sets holding `None` or `...`.
    address_hashed: usize,
    failures: Vec<String>,
}

/// Whether two differing lines show the same set constant holding `None` or `...` with its items
/// in another order. CPython hashes those two by address, so their slots cannot be reproduced
/// and krait keeps such a set's items in the order it holds them.
fn address_hashed_set_order(mine: &str, theirs: &str) -> bool {
    let split = |line: &str| -> Option<(String, Vec<String>, String)> {
        let open = line.find("frozenset({")? + "frozenset({".len();
        let close = line.rfind("})")?;
        let mut items: Vec<String> = line
            .get(open..close)?
            .split(", ")
            .map(str::to_owned)
            .collect();
        items.sort();
        Some((line[..open].to_owned(), items, line[close..].to_owned()))
    };
    let holds_address_hashed = |items: &[String]| {
        items
            .iter()
            .any(|i| i.contains("None") || i.contains("Ellipsis"))
    };
    match (split(mine), split(theirs)) {
        (Some(a), Some(b)) => a == b && holds_address_hashed(&a.1),
        _ => false,
    }
}

impl Tally {
    fn check_records(&mut self, produced: &[u8]) {
        let frames = common::unframe(produced);
        for rec in frames.chunks(3) {
            let name = String::from_utf8_lossy(rec[0]).into_owned();
            let expected = String::from_utf8_lossy(rec[2]);
            let mine = render(rec[1], &name);
            self.compared += 1;
            if mine == expected {
                continue;
            }
            let same_lines = mine.lines().count() == expected.lines().count();
            if same_lines
                && mine
                    .lines()
                    .zip(expected.lines())
                    .all(|(a, b)| a == b || address_hashed_set_order(a, b))
            {
                self.address_hashed += 1;
            } else {
                self.failures
                    .push(format!("{name}: {}", first_difference(&mine, &expected)));
            }
        }
    }

    /// Compares the files in `paths`, a batch of Python calls at a time to bound memory.
    fn files(paths: &[PathBuf]) -> Tally {
        let mut tally = Tally::default();
        let script = format!("{}{DIS_TEXT}{PRODUCE}", common::PY_HELPERS);
        for batch in paths.chunks(150) {
            let list: Vec<&str> = batch.iter().filter_map(|p| p.to_str()).collect();
            let produced = common::python(&script, &[], list.join("\n").as_bytes());
            tally.check_records(&produced);
        }
        tally
    }

    fn report(&self, what: &str) {
        eprintln!(
            "{what}: {}/{} renderings identical, {} differing only in the order of a set \
             holding None or ...",
            self.compared - self.failures.len() - self.address_hashed,
            self.compared,
            self.address_hashed
        );
        for f in self.failures.iter().take(15) {
            eprintln!("{f}");
        }
    }
}

#[test]
fn corpus_renders_as_cpython_does() {
    let paths = common::py_files(&common::repo_root().join("corpus"));
    let tally = Tally::files(&paths);
    tally.report("corpus");
    assert!(tally.compared > 200, "only {} compiled", tally.compared);
    assert!(tally.failures.is_empty(), "{} differ", tally.failures.len());
}

/// Every n-th file of CPython's `Lib` (sorted), about 150 files; `DIS_LIB_FILES=N` asks for about
/// N (0 for all of `Lib`).
#[test]
fn lib_sample_renders_as_cpython_does() {
    let wanted: usize = std::env::var("DIS_LIB_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let all = common::py_files(&common::stdlib_dir());
    let step = all.len().checked_div(wanted).unwrap_or(1).max(1);
    let paths: Vec<PathBuf> = all.into_iter().step_by(step).collect();
    let tally = Tally::files(&paths);
    tally.report("Lib");
    assert!(tally.failures.is_empty(), "{} differ", tally.failures.len());
}

/// Sources aimed at each formatting rule: argument kinds, `EXTENDED_ARG`, wide line and offset
/// columns, constants of every type (set orders with collisions and resizes, nested frozensets,
/// special floats), closures, exception tables.
const SNIPPETS: &[&str] = &[
    "def f(a, /, b, *c, d=1, **e):\n    global g\n    g = a + b; del g\n    return a @ b",
    "x = 1\nx += 2; x -= 3; x *= 4; x /= 5; x //= 6; x %= 7; x **= 8; x <<= 9; x >>= 1\n\
     x &= 1; x |= 2; x ^= 3; x @= 4\ny = x < 1, x <= 1, x == 1, x != 1, x > 1, x >= 1\n\
     z = x is None, x is not None, x in y, x not in y",
    "print(f'{a!r:>{w}} {b!s} {c!a} {d:x} {e}')",
    "def outer():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    \
     return C",
    "try:\n    a()\nexcept (E1, E2) as e:\n    b()\nexcept E3:\n    pass\nelse:\n    c()\n\
     finally:\n    d()\ntry:\n    f()\nexcept* E4 as g:\n    h()",
    "with a as b, c as d:\n    e()\nasync def f():\n    async with x:\n        await y\n    \
     async for i in z:\n        yield i",
    "x in {1, 2.5, 'a', b'b', (1, (2, 3)), 3j, -0.0, frozenset({1, 2})}",
    "x in {8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 0, 1, 2, 3}",
    "x in {1, 1.0, True, 0, False, 0.0, 0j, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'}",
    "x in {2**61 - 1, 2**61, -1, -2, 2**100, 1e300, -1e-300, float('inf')}",
    "x = (1e999, -1e999, 1e999 - 1e999, 1e999j, 0.1, 1e16, 1e-5, 123456789012345678.0)",
    "x = ('\\'', \"'\\\"\", 'é\\x00\\u200b\\U0001f600', '\\ud800', b'\\x00\\'\\xff', 10**40, -7)",
    "x = [f(k=1, *a, **b) for i in y if i]; z = {k: v for k, v in w}; s = {i for i in w}",
    "if a:\n    pass\nwhile b:\n    if c: break\n    continue\nfor i in d:\n    pass\nelse:\n    e()",
    "match p:\n    case [1, *r] | {'k': 2, **r}: pass\n    case C(a, b=c) if c: pass\n    case _: pass",
    "import a.b as c\nfrom . import d\nfrom e import *\nassert x, 'm'\nlambda: (yield)",
];

#[test]
fn snippets_render_as_cpython_does() {
    let mut sources: Vec<String> = SNIPPETS.iter().map(|s| s.to_string()).collect();
    // Over 256 constants and names: EXTENDED_ARG prefixes.
    let many: Vec<String> = (0..300).map(|i| format!("v{i} = {i}.5")).collect();
    sources.push(many.join("\n"));
    // Line numbers past 999 widen the line column; over 10000 bytes of code widen offsets.
    sources.push(format!("{}x = 1\nif y:\n    z = 2", "\n".repeat(1200)));
    let long: Vec<String> = (0..1500).map(|i| format!("a.b{} = c", i % 7)).collect();
    sources.push(format!("def f():\n    {}", long.join("\n    ")));
    // A large backward jump and jumps over EXTENDED_ARG.
    sources.push(format!(
        "while x:\n    {}\n",
        (0..200)
            .map(|i| format!("y{i} = z"))
            .collect::<Vec<_>>()
            .join("\n    ")
    ));
    let records: Vec<&[u8]> = sources.iter().map(|s| s.as_bytes()).collect();
    let script = format!("{}{DIS_TEXT}{PRODUCE}", common::PY_HELPERS);
    let produced = common::python(&script, &["-s"], &common::frame(&records));
    let mut tally = Tally::default();
    tally.check_records(&produced);
    tally.report("snippets");
    assert_eq!(tally.compared, sources.len(), "every snippet compiles");
    assert!(tally.failures.is_empty(), "{} differ", tally.failures.len());
}

/// A small deterministic generator (64-bit LCG) for the set-order test.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A random hashable constant and its Python literal.
fn random_constant(rng: &mut Lcg, depth: u32) -> (Value, String) {
    match rng.below(if depth > 1 { 6 } else { 8 }) {
        0 | 1 => {
            let n: i64 = match rng.below(4) {
                0 => rng.below(64) as i64 - 32,
                1 => (rng.below(40) * 8) as i64,
                2 => rng.next() as i64 * if rng.below(2) == 0 { 1 } else { -1 },
                _ => (rng.next() as i64) << 30,
            };
            (Value::int(n), n.to_string())
        }
        2 => {
            let x = (rng.below(2000) as f64 - 1000.0) / 8.0 * 10f64.powi(rng.below(40) as i32 - 20);
            (Value::Float(PyFloat(x)), repr_float(x))
        }
        3 => {
            let (re, im) = (rng.below(10) as f64 - 5.0, rng.below(10) as f64 / 2.0);
            (
                Value::Complex(PyFloat(re), PyFloat(im)),
                format!("complex({}, {})", repr_float(re), repr_float(im)),
            )
        }
        4 | 5 => {
            let alphabet = ['a', 'b', 'é', 'ÿ', 'Ā', '€', '😀', '0'];
            let len = rng.below(4);
            let text: String = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
                .collect();
            if rng.below(4) == 0 {
                let b = text.bytes().take(3).collect::<Vec<u8>>();
                (Value::Bytes(b.clone()), repr_bytes(&b))
            } else {
                (Value::str(text.as_str()), repr_str(&text))
            }
        }
        kind => {
            let n = rng.below(4);
            let (items, texts): (Vec<Value>, Vec<String>) =
                (0..n).map(|_| random_constant(rng, depth + 1)).unzip();
            if kind == 6 {
                let comma = if n == 1 { "," } else { "" };
                (
                    Value::Tuple(items),
                    format!("({}{comma})", texts.join(", ")),
                )
            } else {
                (
                    Value::FrozenSet(items),
                    format!("frozenset([{}])", texts.join(", ")),
                )
            }
        }
    }
}

/// `frozenset(items)` iterates as CPython's would when built from the items in order (what
/// `compile()` does for a constant set, and what krait's code generation gives the renderer):
/// random mixes of numbers, strings, bytes, tuples and nested frozensets, with duplicates, equal
/// numbers of different types, and sizes that force collisions and several resizes.
#[test]
fn frozenset_order_matches_cpython() {
    let mut rng = Lcg(5);
    let mut mine = Vec::new();
    let mut literals = Vec::new();
    for case in 0..400 {
        let size = match case % 4 {
            0 => rng.below(6),
            1 => rng.below(30),
            2 => rng.below(120),
            _ => rng.below(700),
        };
        let (items, texts): (Vec<Value>, Vec<String>) =
            (0..size).map(|_| random_constant(&mut rng, 0)).unzip();
        mine.push(repr(&Value::FrozenSet(items)).expect("repr"));
        literals.push(format!("[{}]", texts.join(", ")));
    }
    let script = "import sys\nfor line in sys.stdin.read().splitlines():\n    \
                  print(repr(frozenset(eval(line))))";
    let out = common::python(script, &[], literals.join("\n").as_bytes());
    let theirs = String::from_utf8(out).unwrap();
    let theirs: Vec<&str> = theirs.lines().collect();
    assert_eq!(theirs.len(), mine.len());
    let differ: Vec<usize> = (0..mine.len()).filter(|&i| mine[i] != theirs[i]).collect();
    for &i in differ.iter().take(3) {
        eprintln!("case {i}\n  krait:   {}\n  cpython: {}", mine[i], theirs[i]);
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ",
        differ.len(),
        mine.len()
    );
}

/// Python: random code objects (`code.replace` of a compiled function) — any `opmap` opcode
/// with its caches, random arguments and `EXTENDED_ARG` chains, jumps anywhere, indexes past
/// the end of `co_consts`/`co_names`/localsplus, well-formed location tables of every entry
/// kind, exception tables with truncated entries, odd `co_firstlineno`s — each emitted with the
/// text `dis.dis` prints for it (an exception it raises appended as `!! Class: message`).
const RANDOM_CODE: &str = r#"
import opcode, random
rng = random.Random(int(sys.argv[1]))
OPS = [op for op in range(256) if not opcode.opname[op].startswith('<')]
base = compile('def f(a, b):\n    x = 1\n    def g(): return x\n', 's', 'exec').co_consts[0]
LOCALSPLUS = len(base.co_varnames) + len(base.co_cellvars) + len(base.co_freevars)
POOL = [None, True, False, ..., 0, 1, -5, 2**70, 10**4300, 2.5, -0.0, float('inf'), 1j,
        complex(-1, 2), 'a', "it's", '\u20ac\n', b'x\x00', (), (1,), (1, 'b', (2.0,)),
        frozenset(), frozenset({1, 2, 'c'}), base.co_consts[-1]]
def varint(n, more=0x40):
    chunks = [n & 63]
    n >>= 6
    while n:
        chunks.append(n & 63)
        n >>= 6
    return chunks
def loc_varint(n):
    c = varint(n)
    return bytes([b | 0x40 for b in c[:-1]] + [c[-1]])
def loc_svarint(n):
    return loc_varint((n << 1) if n >= 0 else ((-n) << 1) | 1)
def linetable(units):
    out = bytearray()
    while units > 0:
        length = min(units, rng.randint(1, 8))
        units -= length
        kind = rng.randrange(16)
        out.append(0x80 | kind << 3 | (length - 1))
        if kind < 10:
            out.append(rng.randrange(128))
        elif kind < 13:
            out += bytes([rng.randrange(128), rng.randrange(128)])
        elif kind == 13:
            out += loc_svarint(rng.choice([0, 1, 2, -1, -3, 40, 700, 5000]))
        elif kind == 14:
            out += loc_svarint(rng.choice([0, 1, -2, 900]))
            out += loc_varint(rng.randrange(3)) + loc_varint(rng.randrange(80)) + loc_varint(rng.randrange(80))
    return bytes(out)
def exc_varint(n, start):
    c = varint(n)[::-1]
    b = [x | 0x40 for x in c[:-1]] + [c[-1]]
    if start:
        b[0] |= 0x80
    return bytes(b)
def exctable(units):
    out = bytearray()
    for _ in range(rng.choice([0, 0, 1, 2, 4])):
        start = rng.randrange(units + 2)
        out += exc_varint(start, True) + exc_varint(rng.randrange(units + 2), False)
        out += exc_varint(rng.randrange(units + 2), False) + exc_varint(rng.randrange(300), False)
    if rng.random() < 0.2:
        out += bytes([0x81, 0x42])
    return bytes(out)
def arg(op, consts, names, valid):
    # Most codes keep indexes in range so that whole disassemblies are compared; the others
    # end in the IndexError dis raises.
    bound = {**{o: len(consts) for o in opcode.hasconst}, **{o: len(names) for o in opcode.hasname},
             **{o: LOCALSPLUS for o in opcode.haslocal + opcode.hasfree},
             opcode.opmap['LOAD_GLOBAL']: 2 * len(names), opcode.opmap['COMPARE_OP']: 6,
             opcode.opmap['BINARY_OP']: 26}.get(op)
    if valid and bound is not None:
        return rng.randrange(bound) if bound else None
    return rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 25, 26, rng.randrange(256)])
NAMES = ['x', 'y', 'z', 'print', 'len', '\u00e9t\u00e9']
INDEXED = set(opcode.hasconst + opcode.hasname + opcode.haslocal + opcode.hasfree
              + opcode.hascompare + [opcode.opmap['BINARY_OP']])
def bound_free(op):
    return op not in INDEXED
records = []
for case in range(int(sys.argv[2])):
    consts = tuple(rng.sample(POOL, rng.randrange(len(POOL))))
    names = tuple(rng.sample(NAMES, rng.randrange(len(NAMES) + 1)))
    valid = rng.random() < 0.8
    code = bytearray()
    for _ in range(rng.randrange(70)):
        op = rng.choice(OPS)
        a = arg(op, consts, names, valid) if op >= opcode.HAVE_ARGUMENT else rng.randrange(3)
        if a is None:
            continue
        if rng.random() < 0.1:
            wide = not valid or op in opcode.hasjrel or bound_free(op)
            for _ in range(rng.randint(1, 3) if valid else rng.randint(1, 6)):
                code += bytes([opcode.EXTENDED_ARG, rng.randrange(256) if wide else 0])
        code += bytes([op, a])
        code += bytes(2 * opcode._inline_cache_entries[op])
    units = len(code) // 2
    co = base.replace(
        co_code=bytes(code),
        co_consts=consts,
        co_names=names,
        co_linetable=linetable(units) if rng.random() < 0.9 else b'',
        co_exceptiontable=exctable(units),
        co_firstlineno=rng.choice([0, 1, 7, 998, 1000, 123456]),
    )
    co = marshal.loads(marshal.dumps(co))
    records += [f'<random {case}>'.encode(), marshal.dumps(co), dis_text(co).encode()]
write_frames(records)
"#;

/// Random and corrupt code objects render as `dis.dis` renders them, errors included.
#[test]
fn random_code_renders_as_cpython_does() {
    let cases: usize = std::env::var("DIS_RANDOM_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let script = format!("{}{DIS_TEXT}{RANDOM_CODE}", common::PY_HELPERS);
    let produced = common::python(&script, &["11", &cases.to_string()], b"");
    let mut tally = Tally::default();
    tally.check_records(&produced);
    tally.report("random code");
    assert_eq!(tally.compared, cases);
    assert!(tally.failures.is_empty(), "{} differ", tally.failures.len());
}
