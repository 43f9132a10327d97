//! Differential tests of the symbol table against CPython 3.11's own (`symtable.symtable`, plus the
//! `co_flags` bits and `__class__` cells of `compile()`'s code objects, which carry the generator,
//! coroutine and class-closure facts the `symtable` module does not expose): over every file of
//! `corpus/ast/` and `corpus/symtable/`, a sample of CPython's `Lib`, and a snippet for every error.

mod common;

use std::path::{Path, PathBuf};

use krait_compiler::symtable::{self, BlockType, SymbolTable, SymtableOptions};
use krait_syntax::parser::{Mode, ParseError, ParseOptions, parse, parse_bytes};

const ORACLE: &str = include_str!("symtable_oracle.py");

/// The `co_flags` bits that come from the symbol table (see `symtable_oracle.py`).
const CO_VARARGS: u32 = 0x4;
const CO_VARKEYWORDS: u32 = 0x8;
const CO_NESTED: u32 = 0x10;
const CO_GENERATOR: u32 = 0x20;
const CO_COROUTINE: u32 = 0x80;
const CO_ASYNC_GENERATOR: u32 = 0x200;

/// Runs the oracle script over `paths`; returns one rendering per path.
fn oracle(paths: &[PathBuf]) -> Vec<String> {
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let out = common::python(ORACLE, &[], list.join("\n").as_bytes());
    let text = String::from_utf8(out).expect("UTF-8 output");
    let mut renderings: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("=== ") {
            renderings.push(String::new());
        } else if let Some(last) = renderings.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    assert_eq!(renderings.len(), paths.len(), "one rendering per file");
    renderings
}

fn error_line(e: &ParseError) -> String {
    let opt = |v: Option<i64>| v.map_or("None".to_owned(), |v| v.to_string());
    match e {
        ParseError::Syntax(e) => format!(
            "error {} {} {} {} {} {}",
            e.class.name(),
            py_repr(&e.msg),
            opt(e.lineno),
            opt(e.offset),
            opt(e.end_lineno),
            opt(e.end_offset)
        ),
        ParseError::Recursion(msg) => format!("error RecursionError {}", py_repr(msg)),
        ParseError::Memory => "error MemoryError".to_owned(),
        ParseError::UnicodeDecode(msg) => format!("error UnicodeDecodeError {}", py_repr(msg)),
    }
}

/// Python's `repr` of a message (enough for ours: they hold no control characters).
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

fn render_table(table: &SymbolTable, id: usize, depth: usize, out: &mut Vec<String>) {
    let block = table.block(id);
    let pad = "  ".repeat(depth);
    out.push(format!(
        "{pad}block type={} name={} line={} nested={} children={} varnames={}",
        block.kind as u8,
        block.name,
        block.range.lineno,
        u8::from(block.nested),
        block.children.len(),
        block.varnames.join(",")
    ));
    let mut symbols: Vec<_> = block.symbols.iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    for s in symbols {
        out.push(format!("{pad}  {} {}", s.name, s.packed()));
    }
    for &child in &block.children {
        render_table(table, child, depth + 1, out);
    }
}

/// What `compile()` would report for a block's code object: `co_name`, the symtable's `co_flags`
/// bits (`compute_code_flags`) and whether `__class__` is a cell.
fn render_code(table: &SymbolTable, id: usize, out: &mut Vec<String>) {
    let b = table.block(id);
    let (name, flags, cell) = match b.kind {
        BlockType::Module => ("<module>".to_owned(), 0, false),
        BlockType::Class => (b.name.clone(), 0, b.needs_class_closure),
        BlockType::Annotation => return,
        BlockType::Function => {
            let name = match b.name.as_str() {
                n @ ("lambda" | "listcomp" | "setcomp" | "dictcomp" | "genexpr")
                    if b.symbol(".0").is_some() || n == "lambda" =>
                {
                    format!("<{n}>")
                }
                n => n.to_owned(),
            };
            let mut flags = 0;
            if b.nested {
                flags |= CO_NESTED;
            }
            flags |= match (b.generator, b.coroutine) {
                (true, false) => CO_GENERATOR,
                (false, true) => CO_COROUTINE,
                (true, true) => CO_ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if b.varargs {
                flags |= CO_VARARGS;
            }
            if b.varkeywords {
                flags |= CO_VARKEYWORDS;
            }
            let cell = b.scope("__class__") == Some(symtable::Scope::Cell);
            (name, flags, cell)
        }
    };
    out.push(format!(
        "code {name} flags={flags} class_cell={}",
        u8::from(cell)
    ));
    for &child in &b.children {
        render_code(table, child, out);
    }
}

/// krait's rendering of a file, in the oracle's form (None: krait's parser rejects the file).
fn krait(src: &[u8]) -> Option<String> {
    let module = parse_bytes(src, Mode::Exec, ParseOptions::default(), "f").ok()?;
    let mut out = Vec::new();
    match symtable::build(&module, SymtableOptions::default()) {
        Err(e) => out.push(error_line(&e)),
        Ok(table) => {
            render_table(&table, 0, 0, &mut out);
            let mut codes = Vec::new();
            render_code(&table, 0, &mut codes);
            codes.sort();
            out.push(String::new());
            out.extend(codes);
        }
    }
    Some(out.join("\n"))
}

/// The oracle's table part, and its code part (None when `compile()` fails past the symtable).
fn split_oracle(text: &str) -> (String, Option<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let split = lines
        .iter()
        .position(|l| l.starts_with("code"))
        .unwrap_or(lines.len());
    let table = lines[..split].join("\n");
    let code = lines[split..].join("\n");
    (table, (code != "code-error").then_some(code))
}

#[derive(Default, Debug)]
struct Tally {
    files: usize,
    /// CPython's parser rejects the file (nothing to compare).
    skipped: usize,
    /// krait's parser rejects a file CPython parses (a parser gap, not the symtable's).
    krait_rejects: Vec<String>,
    tables_equal: usize,
    codes_compared: usize,
    codes_equal: usize,
    failures: Vec<String>,
}

fn compare(paths: &[PathBuf]) -> Tally {
    let expected = oracle(paths);
    let mut tally = Tally::default();
    for (path, expected) in paths.iter().zip(expected) {
        tally.files += 1;
        let src = std::fs::read(path).expect("read case");
        if expected.trim() == "parse-error" {
            tally.skipped += 1;
            continue;
        }
        let Some(mine) = krait(&src) else {
            tally.krait_rejects.push(path.display().to_string());
            continue;
        };
        let (want_table, want_code) = split_oracle(&expected);
        let (my_table, my_code) = mine.split_once("\n\n").unwrap_or((&mine, ""));
        if my_table.trim() == want_table.trim() {
            tally.tables_equal += 1;
        } else {
            tally
                .failures
                .push(first_difference(path, my_table, &want_table));
        }
        if let Some(want_code) = want_code
            && !want_table.starts_with("error")
        {
            tally.codes_compared += 1;
            if code_lines_cover(my_code, &want_code) {
                tally.codes_equal += 1;
            } else {
                tally
                    .failures
                    .push(first_difference(path, my_code, &want_code));
            }
        }
    }
    tally
}

/// Whether every code object CPython made has its twin among krait's blocks. CPython may have
/// fewer: 3.11 drops the constants of unreachable code (`remove_unused_consts`), so a lambda or
/// comprehension after a `return` has a symbol table but no code object.
fn code_lines_cover(mine: &str, want: &str) -> bool {
    let mut mine: Vec<&str> = mine.lines().filter(|l| !l.is_empty()).collect();
    for line in want.lines().filter(|l| !l.is_empty()) {
        match mine.iter().position(|m| *m == line) {
            Some(i) => {
                mine.swap_remove(i);
            }
            None => return false,
        }
    }
    true
}

fn first_difference(path: &Path, mine: &str, want: &str) -> String {
    let (m, w): (Vec<&str>, Vec<&str>) = (mine.lines().collect(), want.lines().collect());
    let i = (0..m.len().max(w.len()))
        .find(|&i| m.get(i) != w.get(i))
        .unwrap_or(0);
    format!(
        "{}:\n  krait:   {}\n  cpython: {}",
        path.display(),
        m.get(i).unwrap_or(&"<end>"),
        w.get(i).unwrap_or(&"<end>")
    )
}

fn report(what: &str, tally: &Tally) {
    println!(
        "{what}: {} files, {} rejected by CPython's parser, {} by krait's only, tables equal \
         {}/{}, code flags equal {}/{}",
        tally.files,
        tally.skipped,
        tally.krait_rejects.len(),
        tally.tables_equal,
        tally.files - tally.skipped - tally.krait_rejects.len(),
        tally.codes_equal,
        tally.codes_compared
    );
    for f in tally.failures.iter().take(20) {
        println!("{f}");
    }
    for f in tally.krait_rejects.iter().take(5) {
        println!("krait's parser rejects {f}");
    }
}

#[test]
fn corpus_tables_match_cpython() {
    let mut paths = common::py_files(&common::repo_root().join("corpus/ast"));
    paths.extend(common::py_files(
        &common::repo_root().join("corpus/symtable"),
    ));
    let tally = compare(&paths);
    report("corpus", &tally);
    assert!(
        tally.failures.is_empty(),
        "{} differences",
        tally.failures.len()
    );
}

/// Every n-th file of CPython's `Lib` (sorted), about 400 files; `SYMTABLE_LIB_FILES=N` asks for
/// about N instead (a large N runs all of `Lib`).
#[test]
fn lib_sample_tables_match_cpython() {
    let wanted: usize = std::env::var("SYMTABLE_LIB_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let all = common::py_files(&common::stdlib_dir());
    let step = (all.len() / wanted.max(1)).max(1);
    let paths: Vec<PathBuf> = all.into_iter().step_by(step).collect();
    let tally = compare(&paths);
    report("Lib sample", &tally);
    assert!(
        tally.failures.is_empty(),
        "{} differences",
        tally.failures.len()
    );
}

/// Snippets for every error the `__future__` and symtable stages raise, compared with
/// `compile(src, 'f', 'exec')`'s exception (class, msg, lineno, offset, end_lineno, end_offset).
#[test]
fn errors_match_cpython() {
    let snippets: Vec<&str> = ERROR_SNIPPETS.to_vec();
    let program = format!(
        "import sys\nsrcs = {}\nfor s in srcs:\n    try:\n        compile(s, 'f', 'exec')\n        \
         print('ok')\n    except (SyntaxError, RecursionError) as e:\n        \
         print('error %s %r %s %s %s %s' % (type(e).__name__, e.msg if isinstance(e, SyntaxError) \
         else str(e), getattr(e, 'lineno', None), getattr(e, 'offset', None), \
         getattr(e, 'end_lineno', None), getattr(e, 'end_offset', None)))\n",
        py_list(&snippets)
    );
    let expected = String::from_utf8(common::python(&program, &[], b"")).expect("UTF-8");
    let mut failures = Vec::new();
    for (src, want) in snippets.iter().zip(expected.lines()) {
        let module = parse(src, Mode::Exec, ParseOptions::default())
            .unwrap_or_else(|e| panic!("krait cannot parse {src:?}: {e:?}"));
        let mine = match symtable::build(&module, SymtableOptions::default()) {
            Ok(_) => "ok".to_owned(),
            Err(e) => error_line(&e),
        };
        if mine != want {
            failures.push(format!("{src:?}\n  krait:   {mine}\n  cpython: {want}"));
        }
    }
    println!(
        "errors: {}/{} snippets agree",
        snippets.len() - failures.len(),
        snippets.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The recursion budget: a tree deeper than the limit raises CPython's `RecursionError` (the exact
/// budget depends on the caller's stack, so it is an option rather than compared with the oracle).
#[test]
fn deep_trees_raise_recursion_error() {
    let src = format!("a{}\n", ".b".repeat(20));
    let module = parse(&src, Mode::Exec, ParseOptions::default()).expect("parses");
    let limited = |limit| SymtableOptions {
        recursion_limit: limit,
        ..SymtableOptions::default()
    };
    // One statement plus 21 nested expressions.
    assert!(symtable::build(&module, limited(22)).is_ok());
    let err = symtable::build(&module, limited(21)).expect_err("too deep");
    assert_eq!(
        error_line(&err),
        "error RecursionError 'maximum recursion depth exceeded during compilation'"
    );
}

fn py_list(items: &[&str]) -> String {
    let literals: Vec<String> = items
        .iter()
        .map(|s| {
            let escaped: String = s.chars().map(|c| format!("\\U{:08x}", c as u32)).collect();
            format!("'{escaped}'")
        })
        .collect();
    format!("[{}]", literals.join(", "))
}

/// One snippet per symtable/future error (several where the location or a variant differs).
const ERROR_SNIPPETS: &[&str] = &[
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1\n",
    "def f():\n    def g():\n        x = 2\n        nonlocal x\n    x = 1\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    def g():\n        x: int\n        nonlocal x\n    x = 1\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "def f():\n    def g():\n        nonlocal  zz, y\n",
    "def f(a, a): pass\n",
    "def f(a, *, a): pass\n",
    "def f(a, *a): pass\n",
    "def f(a, **a): pass\n",
    "lambda a, a: 1\n",
    "def f(é, é): pass\n",
    "class C:\n    def f(__a, __a): pass\n",
    "[(yield x) for x in y]\n",
    "{(yield x) for x in y}\n",
    "{x: (yield) for x in y}\n",
    "((yield x) for x in y)\n",
    "def f():\n    [(yield from x) for x in y]\n",
    "[x for x in (y := [1])]\n",
    "[x for a in b for x in (y := [1])]\n",
    "[[z for z in (w := a)] for a in b]\n",
    "[x for x in [lambda: (y := 1)]]\n",
    "class C:\n    [(y := 1) for x in z]\n",
    "[(x := 1) for x in z]\n",
    "[[(x := 1) for a in b] for x in c]\n",
    "[(a := 1) for x in z for a in w]\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "from __future__ import annotations\nx: (yield)\n",
    "from __future__ import annotations\ndef f(a: (yield from b)): pass\n",
    "from __future__ import annotations\nasync def f() -> (await x): pass\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "from __future__ import annotations, nope\n",
    "'doc'; from __future__ import braces\n",
    "import os; from __future__ import annotations\n",
    "from __future__ import annotations; import os; from __future__ import division\n",
    "from .__future__ import braces\n",
    "def f():\n    x = 1\n    global x, y\n",
    "def f():\n    (x) = 1\n    global y, x\n",
    "x = 1\nglobal x\n",
    "class C:\n    x = 1\n    global x\n",
    "def f():\n    try: pass\n    except E as x: pass\n    global x\n",
    "def f():\n    import x\n    global x\n",
    "def f():\n    for x in y: pass\n    nonlocal x\n",
    "def f():\n    del x\n    global x\n",
    "def f():\n    match y:\n        case [*x]: pass\n    global x\n",
    "def f():\n    with a as x: pass\n    global x\n",
    "def f():\n    x += 1\n    global x\n",
    "def f():\n    def x(): pass\n    global x\n",
    "def f():\n    class x: pass\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    [x := 1 for a in b]\n    global x\n",
    "def f():\n    lambda: [(y := 1) for x in z]\n    y = 2\n",
    "[(y := 1) for x in [(z := 2) for w in v]]\n",
    "[x for x in y if (z := x)]\n[z for x in y]\n",
    "[[(j := 0) for i in range(5)] for j in range(5)]\n",
    "class C:\n    def m(self):\n        [(x := 1) for a in b]\n",
    "class C:\n    x = [y for y in (z := 1,)]\n",
    "def f():\n    global __x\n    __x = 1\n    class C:\n        global __y\n        __y: int\n",
    "from __future__ import annotations\nclass C:\n    x: [(y := 1) for z in w]\n",
    "def f():\n    async def g():\n        return [await x for x in y]\n",
    "from __future__ import generator_stop, nested_scopes, barry_as_FLUFL\nx = 1\n",
    "\"\"\"doc\"\"\"\nfrom __future__ import annotations\nfrom __future__ import braces\n",
];
