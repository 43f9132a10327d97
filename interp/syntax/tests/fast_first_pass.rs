//! The fast first pass (`parser/fast.rs`) against the PEG parser alone: for every corpus file
//! and for snippets that reach the engine's corners and its aborts, both parses must give the
//! same result — the same tree with the same locations, or the same error — and the same
//! warnings.

use krait_syntax::parser::{Mode, ParseOptions, Parsed, parse_file_full, parse_str_full};
use std::path::{Path, PathBuf};

fn outcome(p: &Parsed) -> String {
    format!("{:?}\n{:?}", p.result, p.warnings)
}

fn pure() -> ParseOptions {
    ParseOptions {
        pure_peg: true,
        ..ParseOptions::default()
    }
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("corpus folder is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn every_corpus_file_parses_as_with_the_peg_parser_alone() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    assert!(files.len() > 1000, "the corpus is found");
    let differ: Vec<_> = krait_syntax::stack::with_big_stack(|| {
        files
            .iter()
            .filter(|path| {
                let bytes = std::fs::read(path).expect("case is readable");
                let name = path.to_string_lossy();
                let fast = parse_file_full(&bytes, &name, ParseOptions::default());
                let slow = parse_file_full(&bytes, &name, pure());
                outcome(&fast) != outcome(&slow)
            })
            .cloned()
            .collect()
    });
    assert!(differ.is_empty(), "fast and PEG parses differ: {differ:?}");
}

/// Valid code through every fast rule, code the engine aborts on, and errors of both passes.
const SNIPPETS: &[&str] = &[
    "a = b = c, *d = e\nx: int = 1\n(y): 'T'\nz.w[0]: f(x) = yield\nq += 1\n(r) //= 2\n",
    "*a, (b, [c, *d]), e.f, g[h:i:j, ::k, *l] = m\n[] = ()\n() = []\n",
    "f(a, *b, c=1, *d, **e, g=2)\nf(x for x in y if z)\nf(a,)\nf(a := 1)\nf(**k)\n",
    "x = {1: 2, **a, 3: 4,}\ny = {*a, b, (c := 1)}\nz = {k: v for k, v in w}\ns = {q for q in r}\n",
    "x = [a for b in c for d in e if f if g]\ny = (a async for b in c)\nz = [*a, *b]\n",
    "x = a if b else c if d else lambda e=1, *f, g, **h: i\ny = not a == b < c is not d not in e\n",
    "x = -a ** -b * c // d % e @ f + g - h << i >> j & k ^ l | m\ny = await a.b(c)[d] ** 2\n",
    "x = 'a' 'b' f'{c!r:>{d}}' 'e'\ny = b'x' b'y'\nz = ... , None, True, False, 0x1f, 1e3j\n",
    "x = a[1:2, 3]\ny = a[:]\nz = a[::2]\nw = a[*b]\nv = a[b:=1]\nu = a[b, *c,]\n",
    "match = 1\nmatch x:\n    case [a, *b] if a > 0:\n        pass\n    case {'k': v, **r}:\n        pass\n",
    "print >> f, x\n",
    "f(**a, *b)\n",
    "f(a=1, b)\n",
    "f(x for x in y, 1)\n",
    "a + 1 = 2\n",
    "f() = 1\n",
    "x = {a: 1, b}\n",
    "(*a) = 1\n",
    "x = a if b\n",
    "a, *b += 1\n",
    "x: a, b = 1\n",
    "x = 1 +\n",
    "x = (1,\n",
    "x = '\\d'\n",
    "x = 1if y else 2\n",
    "for x in *a, *b: pass\nfor (x, y), z in w: pass\nwith a as (b, c), d as e.f: pass\n",
    "def f(a, /, b=1, *c, d, e=2, **g) -> h: return a\nclass C(A, metaclass=M): x = 1\n",
    "del a, (b), [c, d], e.f, g[0]\nassert x, y\nraise E from e\nglobal q\n",
    "x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))\n",
];

#[test]
fn snippets_parse_as_with_the_peg_parser_alone() {
    krait_syntax::stack::with_big_stack(|| {
        for src in SNIPPETS {
            for mode in [Mode::Exec, Mode::Eval] {
                let fast = parse_str_full(src, mode, ParseOptions::default());
                let slow = parse_str_full(src, mode, pure());
                assert_eq!(outcome(&fast), outcome(&slow), "{mode:?}: {src}");
            }
        }
    });
}

#[test]
fn nesting_beyond_the_engine_depth_is_left_to_the_peg_parser() {
    for depth in [100, 160, 200, 260, 400] {
        let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        let (fast, slow) = krait_syntax::stack::with_big_stack(|| {
            (
                parse_str_full(&src, Mode::Exec, ParseOptions::default()),
                parse_str_full(&src, Mode::Exec, pure()),
            )
        });
        assert_eq!(outcome(&fast), outcome(&slow), "depth {depth}");
    }
}
