//! The AST optimiser (`ast_opt.c`) and the annotation unparser (`ast_unparse.c`) against the
//! oracle: krait compiles each program and CPython's `compile()` of the same source must give an
//! equal code tree (every attribute of every code object, constants compared by type and
//! `repr`), or the same error. Folded constants, the guards that stop folding, `in`/`for`
//! rewrites, `not` inversions, `__debug__`, the recursion limit and PEP 563 annotation strings
//! all show in the code objects. The `%`-format rewrite produces f-strings, so it is also
//! checked one level down: the f-string parts krait's optimiser builds against the
//! instructions CPython emits for them.

mod common;

use krait_compiler::marshal::dumps;
use krait_compiler::value::Value;
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::ast::{Constant, ExprKind, Mod, StmtKind};
use krait_syntax::parser::{Mode, ParseError, ParseOptions, parse};

/// Python: reads (name, source, optimize, kind, payload) records, compiles each source and
/// compares it with krait's result. Prints `ok N P E` (agreeing, pending, agreeing errors) then one
/// line per difference (and, with `KRAIT_OPT_VERBOSE`, a note per error both raised).
const CHECK: &str = r#"
import os, warnings
warnings.simplefilter('ignore')
def err_text(e):
    if isinstance(e, SyntaxError):
        return '|'.join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
    return f'{type(e).__name__}|{e}'
frames = read_frames(sys.stdin.buffer.read())
ok, pending, errors, bad = 0, 0, 0, []
for name, src, opt, kind, payload in zip(*[iter(frames)] * 5):
    name = os.fsdecode(name)
    try:
        want = compile(src, name, 'exec', dont_inherit=True, optimize=int(opt))
    except (SyntaxError, RecursionError, ValueError, MemoryError) as e:
        want = err_text(e)
    if kind == b'code':
        got = marshal.loads(payload)
        d = diff(got, want) if not isinstance(want, str) else f'krait compiled, CPython raised {want}'
    elif kind == b'error':
        got = payload.decode('utf-8', 'surrogateescape')
        d = None if got == want else f'krait raised {got}, CPython ' + (want if isinstance(want, str) else 'compiled')
    elif kind == b'pending':
        pending += 1
        continue
    else:
        d = f'krait failed: {payload.decode(errors="replace")}'
    if d:
        bad.append(f'{name}: {d}')
    else:
        ok += 1
        errors += kind == b'error'
        if kind == b'error' and os.environ.get('KRAIT_OPT_VERBOSE'):
            print(f'note: {name}: both raised {want}: {src.decode(errors="replace")[:300]!r}')
print(f'ok {ok} {pending} {errors}')
for b in bad:
    print(b)
"#;

/// The code generator's placeholder for constructs other work is filling in (#5: f-strings,
/// comprehensions, `try`, `with`): programs marked as needing them are counted as pending
/// rather than compared.
const PENDING: &str = "not compiled yet (#5)";

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
        ParseError::Recursion(msg) => format!("RecursionError|{msg}"),
        other => format!("{}|{other:?}", other.type_name()),
    }
}

/// A program and the `optimize` level it is compiled at.
struct Case {
    name: String,
    source: String,
    optimize: i32,
    /// Whether it may be left pending on code generation not written yet.
    may_pend: bool,
}

fn case(name: impl Into<String>, source: impl Into<String>) -> Case {
    Case {
        name: name.into(),
        source: source.into(),
        optimize: 0,
        may_pend: false,
    }
}

/// Compiles every case with krait and has the oracle judge; returns (agreeing, pending, of the
/// agreeing those that are errors) and the differences.
fn check(cases: &[Case]) -> ((usize, usize, usize), Vec<String>) {
    let mut records: Vec<Vec<u8>> = Vec::new();
    let mut unexpected_pending = Vec::new();
    for c in cases {
        let opts = CompileOptions {
            optimize: c.optimize,
            ..CompileOptions::default()
        };
        let outcome =
            std::panic::catch_unwind(|| compile_source(c.source.as_bytes(), &c.name, &opts).result);
        let (kind, payload): (&str, Vec<u8>) = match outcome {
            Ok(Ok(code)) => match dumps(&Value::Code(Box::new(code))) {
                Ok(bytes) => ("code", bytes),
                Err(e) => ("failed", format!("marshal: {e}").into_bytes()),
            },
            Ok(Err(e)) if error_text(&e).contains(PENDING) => {
                if !c.may_pend {
                    unexpected_pending.push(format!("{}: {}", c.name, error_text(&e)));
                }
                ("pending", Vec::new())
            }
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
            c.name.as_bytes().to_vec(),
            c.source.as_bytes().to_vec(),
            c.optimize.to_string().into_bytes(),
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
    let mut bad = Vec::new();
    for line in lines {
        match line.strip_prefix("note: ") {
            Some(note) => eprintln!("{note}"),
            None => bad.push(line.to_owned()),
        }
    }
    bad.extend(unexpected_pending);
    match counts[..] {
        [ok, pending, errors] => ((ok, pending, errors), bad),
        _ => ((0, 0, 0), bad),
    }
}

fn assert_all_agree(what: &str, cases: &[Case]) {
    let ((ok, pending, errors), bad) = check(cases);
    eprintln!(
        "{what}: {ok} of {} agree with CPython ({errors} of them errors), {pending} pending on \
         code generation (#5)",
        cases.len()
    );
    assert!(
        bad.is_empty() && ok + pending == cases.len(),
        "{} of {} {what} differ from CPython:\n{}",
        cases.len() - ok - pending,
        cases.len(),
        bad.join("\n")
    );
}

/// One-line expressions, each compiled as `x = EXPR`.
const EXPRESSIONS: &[&str] = &[
    // Ints: the 128-bit guards of `*`, `**` and `<<`.
    "2**64",
    "2**65",
    "2**63 * 2**63",
    "2**64 * 2**64",
    "(-2)**63",
    "3**80",
    "7**45",
    "1**128",
    "1**129",
    "(-1)**1000",
    "0**0",
    "0**1000000000000000000000000000000",
    "1<<127",
    "1<<128",
    "2<<127",
    "-1<<127",
    "5<<-1",
    "0<<100000000000000000000000000000000000",
    "5<<0",
    "1>>100",
    "-1>>100",
    "-5>>1",
    "-5>>100000000000000000000000000000000000000",
    "5>>-1",
    "-5 & 3",
    "-5 | 3",
    "-5 ^ 3",
    "12345678901234567890123 * 98765",
    "123456789012345678901234567890123456789 * 2",
    "340282366920938463463374607431768211455 + 1",
    // Division and modulo: floor rules for ints and floats, correctly rounded true division.
    "1/3",
    "2/3",
    "-7//2",
    "-7%2",
    "7%-2",
    "7//-2",
    "-7.5//2",
    "7.5%-2",
    "-0.0//1",
    "0.0//-1",
    "0.0%-1",
    "-0.0%1",
    "1e308/1e-308",
    "5.0%0.0",
    "1//0",
    "1%0",
    "1/0",
    "0/-5",
    "10**20/3",
    "(1<<127)/3",
    "1/(1<<127)",
    "12345678901234567890123456789/1234567",
    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368/2",
    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368/1",
    "1/179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    "9007199254740993/1",
    "9007199254740993*1.0",
    "9007199254740995+0.0",
    "-9007199254740993/3",
    "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 * 1.0",
    "7 // 2.5",
    "7 % 2.5",
    "1e300 * 1e300",
    "-1e300 * 1e300",
    "1e999 - 1e999",
    "1e-320 / 2",
    "1e-320 * 1e-10",
    // Powers: ints to negative powers, floats, complex results, overflow.
    "2**-1",
    "2**-1075",
    "10**-400",
    "0**-1",
    "2**0.5",
    "(-8)**(1/3)",
    "(-2)**0.5",
    "(-1)**0.5",
    "(-2)**2.0",
    "(-2)**3.0",
    "1e300**2",
    "(-1e300)**3",
    "2.0**-1075",
    "0.0**-1",
    "(-0.0)**3",
    "(-0.0)**2",
    "(-0.0)**-3",
    "1e999**0",
    "1e999**-1",
    "(-1e999)**3",
    "(-1e999)**2",
    "(-1e999)**-3",
    "0.5**1e999",
    "2**1e999",
    "2**-1e999",
    "(-1)**1e999",
    "1**(1e999-1e999)",
    "(1e999-1e999)**0",
    "10**400.0",
    "(-1.5)**1001",
    "1.0000001**1e10",
    // Complex arithmetic.
    "1j*1j",
    "(1+2j)/(3-4j)",
    "1j/0",
    "1j/0j",
    "1/1j",
    "(1e300+1e300j)/(1e-300+1e300j)",
    "1j**2",
    "(1+1j)**0.5",
    "(1+1j)**101",
    "(1+1j)**100",
    "(1+1j)**-3",
    "(1+1j)**-100",
    "0j**-1",
    "0j**0",
    "0j**2",
    "0j**1j",
    "0j**-1.5",
    "(2+3j)**(1+1j)",
    "(1e200j)**2",
    "(1e200j)**2.5",
    "2**1j",
    "1j**1e308",
    "(-1+1j)**1e308",
    "1e308j*10",
    "(1+1e999j)*2",
    "1j - 1",
    "2.5 + 1j",
    "-(1j)",
    "-(0j)",
    "+1j",
    "1j // 2",
    "1j % 2",
    "1j ** (1e999-1e999)",
    // Strings, bytes, tuples: repetition guards, concatenation, indexing.
    "'a'*3",
    "'ab'*2048",
    "'ab'*2049",
    "'a'*-1",
    "3*'a'",
    "''*1000000000000000000000000000000",
    "''*10000000000000000000",
    "''*-10000000000000000000",
    "'a'+'b'",
    "'a'*True",
    "False*'a'",
    "'a'*4000 + 'b'*4000",
    "'\\ud800' + '\\udc00'",
    "'\\ud83d' '\\ude00' * 2",
    "'é' * 3",
    "b'ab' * 3",
    "b'x' * 4097",
    "b'x' * 4096",
    "b'a' + b'b'",
    "'a' + b'b'",
    "'abc'[1]",
    "'abc'[-1]",
    "'abc'[-4]",
    "'abc'[3]",
    "'é€😀'[2]",
    "'\\ud800x'[0]",
    "b'abc'[1]",
    "b'abc'[-3]",
    "(1,2,3)[True]",
    "(1,2,3)[False]",
    "'x'[2**70]",
    "'x'[1.0]",
    "(1,(2,3))[1]",
    "'abc'[1:2]",
    "'abc'[(1,)]",
    "1[0]",
    "None[0]",
    "(1,)*256",
    "(1,)*257",
    "(1,2)*128",
    "(1,2)*129",
    "((1,2),)*100",
    "((1,2,3),)*200",
    "((1,2,3,4,5),)*200",
    "(((1,2),(3,4)),)*200",
    "3*(1,2)",
    "(1,2)+(3,)",
    "()*5",
    "(1,)*0",
    "(1,)*-1",
    "()*-1",
    "(1,)*True",
    "'%s' % 1",
    "b'%s' % 1",
    "(1,) % 2",
    "'a' - 'b'",
    "'a' * 'b'",
    "1.5 * 'a'",
    "(1,) * 2.0",
    // Bools as ints, unary operators, `not`.
    "True+True",
    "True&False",
    "True|False",
    "True^True",
    "True|1",
    "True&3",
    "~True",
    "-True",
    "+True",
    "-False",
    "True/2",
    "True//2",
    "True**10",
    "True<<3",
    "not 0",
    "not ''",
    "not (1,)",
    "not ()",
    "not None",
    "not 0.0",
    "not 0j",
    "not ...",
    "not b''",
    "not 'a'",
    "not (1e999-1e999)",
    "-(1,)",
    "~1.5",
    "~1j",
    "+'a'",
    "-'a'",
    "--5",
    "-(-0.0)",
    "-0",
    "-0.0",
    "- 0j",
    "~-1",
    "1 @ 2",
    "... + 1",
    "None + 1",
    // Tuples of constants, nested, in every position.
    "(1, 2, 3)",
    "((1, 2), (3, (4,)))",
    "(1, [2])",
    "(1, -2, 3+4j, 'a' * 2, (b'x',))",
    "(1, *(2, 3))",
    "(u'a' + 'b', u'c')",
    "(__debug__, not __debug__)",
    "(...,)",
    "((),)",
    // Equality of set members while building frozensets.
    "y in {1, 2}",
    "y not in {1, 2, 2.0, True}",
    "y in {1, 1.0}",
    "y in {1.0, 1}",
    "y in {True, 1, 1.0, 1+0j}",
    "y in {0, -0.0, 0j, False}",
    "y in {(1, 2), (1.0, 2.0)}",
    "y in {1e999-1e999, 1e999-1e999}",
    "y in {9007199254740993, 9007199254740992.0, 9007199254740992}",
    "y in {'a', 'a', b'a'}",
    "y in {(), (), ((),)}",
    "y in {None, ..., None}",
    "y in {1, y}",
    "y in [1, 2]",
    "y in [1, y]",
    "y in [*z]",
    "y in [*z, 1]",
    "y in []",
    "y in {*z}",
    "y in [[1], [2]]",
    "y in [(1, 2), {3}]",
    "y in [1, 2] in [3, 4]",
    "y in (1, 2)",
    "y < [1, 2]",
    "y == {1, 2}",
    // Comparisons turned around by `not`.
    "not a in b",
    "not a not in b",
    "not a is b",
    "not a is not b",
    "not a == b",
    "not a != b",
    "not a < b",
    "not (a in b in c)",
    "not (a in [1, 2])",
    "not not a in b",
    "not (a is None)",
    // `__debug__`.
    "__debug__",
    "not __debug__",
    "1 if __debug__ else 2",
    "__debug__ + 1",
];

/// Whole programs for the optimiser's other rules.
const PROGRAMS: &[&str] = &[
    "for i in [1, 2]:\n    pass\n",
    "for i in {1, 2, 1}:\n    pass\n",
    "for i in [a, b]:\n    pass\n",
    "for i in [*a]:\n    pass\n",
    "for i in {a, 1}:\n    pass\n",
    "for i in [1, 2]:\n    for j in [i, 3]:\n        pass\nelse:\n    pass\n",
    "async def f():\n    async for i in [1, 2]:\n        pass\n",
    "if not a in b:\n    pass\n",
    "while not a is None:\n    pass\n",
    "if __debug__:\n    x = 1\n",
    "if not __debug__:\n    x = 1\nelse:\n    x = 2\n",
    "assert 1 + 1 == 2, 'a' * 3\n",
    "def f(x=1+1, *, y=-1, z=2**10):\n    return x + y * (1, 2)[0]\n",
    "f = lambda x=2*3, y=('a',)*2: x\n",
    "@d(1 + 1)\ndef f():\n    pass\n",
    "class C(B[1 + 1], metaclass=m(2 ** 3)):\n    x = -1\n",
    "x: 1 + 1 = 2\n",
    "def f(a: 2 * 3, *b: -1, c: (1, 2), **d: ~0) -> 2 ** 8:\n    pass\n",
    "class C:\n    x: (1, 2)[0]\n    y: 'a' * 2 = 3\n",
    "(1, 2)[0] = 3\n",
    "'abc'[0] = 1\n",
    "del (1, 2)[0]\n",
    "a, b = 1, 2\n",
    "[a, b] = (1, 2)\n",
    "(a, b), c = (1, 2), 3\n",
    "x = [1, 2]\n",
    "x = {1, 2}\n",
    "x = {1: 2 + 3}\n",
    "x = f(1 + 2, k=3 * 4, *(5, 6), **{'a': -1})\n",
    "x = a[1 + 1:2 * 3:-1]\n",
    "x = a[1 + 1, 2 * 3]\n",
    "x = (y := 1 + 1)\n",
    "x = a if 1 + 1 else b\n",
    "x = 1 + 1 and 2 * 2 or -3\n",
    "def f():\n    return -1\n",
    "def f():\n    yield 1 + 1\n    yield from (1, 2)\n",
    "async def f():\n    await g(-1)\n",
    "raise E(1 + 1) from F(-1)\n",
    "def f():\n    '''doc'''\n    return 2 ** 8\n",
    "def f():\n    'a' 'b'\n    return 1\n",
    "class C:\n    'doc' \n    x = -1\n",
    "'module doc'\nx = 1 + 1\n",
    "global_x = -1\ndef g():\n    global global_x\n    global_x = 2 * 2\n",
    "x = 1 + \\\n    2\n",
    "x = (1 +\n     2 +\n     3)\n",
    "x = (\n    a in [\n        1,\n        2,\n    ]\n)\n",
    "x = (not\n     a\n     in b)\n",
    "if (not\n    a is b):\n    pass\n",
    "x = [1, 2][0]\n",
    "x = (1, 2)[0:1]\n",
    "x = u'a'\ny = u'a' + u'b'\n",
    "x = 1\nx += 2 * 3\nx -= -1\n",
    "print(1 + 2, -3, 'a' * 2, b'b' * 2, (1, 2) * 2, not 1)\n",
];

/// Programs with constructs whose code generation is still being written (f-strings, which
/// the docstring guard and `%`-formats produce, comprehensions, `try`, `with`): compared once
/// they compile, pending until then.
const PENDING_PROGRAMS: &[&str] = &[
    "with a(1 + 1) as b:\n    pass\n",
    "try:\n    x = 1 + 1\nexcept (E, F):\n    y = -1\nelse:\n    z = 2 * 2\nfinally:\n    w = ~0\n",
    "try:\n    pass\nfinally:\n    x = 1e999 - 1e999\n",
    "def f():\n    'a' + 'b'\n    return 1\n",
    "'a' + 'b'\nx = 1\n",
    "class C:\n    'a' * 2\n",
    "def f():\n    ('%s' % (x,))\n",
    "x = '%s and %r' % (a, b)\n",
    "x = [i for i in [1, 2]]\n",
    "x = {i for i in {1, 2}}\n",
    "x = (i for i in [a, b])\n",
];

fn expression_cases() -> Vec<Case> {
    EXPRESSIONS
        .iter()
        .enumerate()
        .map(|(i, e)| case(format!("expr_{i}.py"), format!("x = {e}\n")))
        .collect()
}

#[test]
fn folded_expressions_equal_cpython() {
    assert_all_agree("expressions", &expression_cases());
}

#[test]
fn folded_expressions_at_optimize_levels_equal_cpython() {
    let mut cases = Vec::new();
    for level in [1, 2] {
        for (i, e) in EXPRESSIONS.iter().enumerate() {
            if e.contains("__debug__") {
                let mut c = case(format!("expr_O{level}_{i}.py"), format!("x = {e}\n"));
                c.optimize = level;
                cases.push(c);
            }
        }
        for (i, p) in PROGRAMS.iter().enumerate() {
            let mut c = case(format!("prog_O{level}_{i}.py"), *p);
            c.optimize = level;
            cases.push(c);
        }
    }
    assert_all_agree("programs at -O and -OO", &cases);
}

#[test]
fn optimised_programs_equal_cpython() {
    let mut cases: Vec<Case> = PROGRAMS
        .iter()
        .enumerate()
        .map(|(i, p)| case(format!("prog_{i}.py"), *p))
        .collect();
    for (i, p) in PENDING_PROGRAMS.iter().enumerate() {
        let mut c = case(format!("pending_prog_{i}.py"), *p);
        c.may_pend = true;
        cases.push(c);
    }
    assert_all_agree("programs", &cases);
}

/// Trees at the optimiser's nesting limit: chains that fold to one constant (only the optimiser
/// walks them), just inside and just past the budget; and a chain of names for the symbol
/// table's budget, counted alike. The first programs are trivial: they let CPython specialise
/// its call of `compile()`, after which the C-level call no longer counts (see
/// `RECURSION_BUDGET` in `ast_opt`).
#[test]
fn recursion_limit_equals_cpython() {
    let mut cases: Vec<Case> = (0..20)
        .map(|i| case(format!("warm_{i}.py"), "pass\n"))
        .collect();
    for n in [2993, 2996, 2997, 2998] {
        cases.push(case(
            format!("sum_{n}.py"),
            format!("{}\n", vec!["1"; n].join("+")),
        ));
        cases.push(case(
            format!("names_{n}.py"),
            format!("{}\n", vec!["a"; n].join("+")),
        ));
    }
    for n in [2994, 2995, 2996] {
        cases.push(case(format!("neg_{n}.py"), format!("{}1\n", "-".repeat(n))));
        cases.push(case(
            format!("not_{n}.py"),
            format!("x = {}1\n", "not ".repeat(n)),
        ));
    }
    assert_all_agree("nesting limits", &cases);
}

/// A small deterministic generator of constant expressions (xorshift64).
struct Gen {
    state: u64,
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

    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.below(items.len())]
    }

    fn atom(&mut self) -> String {
        const ATOMS: &[&str] = &[
            "0",
            "1",
            "2",
            "3",
            "7",
            "-3",
            "64",
            "127",
            "128",
            "255",
            "256",
            "1000",
            "12345678901234567890123",
            "0x7fffffffffffffff",
            "9007199254740993",
            "True",
            "False",
            "None",
            "...",
            "0.0",
            "-0.0",
            "1.5",
            "2.5",
            "0.1",
            "3.0",
            "1e308",
            "1e-320",
            "1e999",
            "-1e999",
            "1e16",
            "1j",
            "2.5j",
            "0j",
            "1e999j",
            "'a'",
            "'abc'",
            "''",
            "'é'",
            "'\\ud800'",
            "b''",
            "b'xy'",
            "(1, 2)",
            "()",
            "(1,)",
            "('a', (2.5, None))",
            "x",
            "[1]",
        ];
        self.pick(ATOMS).to_owned()
    }

    fn expr(&mut self, depth: usize) -> String {
        if depth >= 3 || self.below(100) < 30 {
            return self.atom();
        }
        const BINARY: &[&str] = &[
            "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@",
        ];
        match self.below(10) {
            0..=5 => {
                let (a, b) = (self.expr(depth + 1), self.expr(depth + 1));
                format!("({a} {} {b})", self.pick(BINARY))
            }
            6 | 7 => {
                let a = self.expr(depth + 1);
                format!("({}{a})", self.pick(&["-", "+", "~", "not "]))
            }
            8 => {
                let (a, b) = (self.expr(depth + 1), self.expr(depth + 1));
                format!("{a}[{b}]")
            }
            _ => {
                let items: Vec<String> = (0..self.below(4)).map(|_| self.expr(depth + 1)).collect();
                match self.below(3) {
                    0 => format!("(y in [{}])", items.join(", ")),
                    1 => format!("(y not in {{{}}})", items.join(", ")),
                    _ if items.is_empty() => "()".to_owned(),
                    _ => format!("({},)", items.join(", ")),
                }
            }
        }
    }
}

/// Random expressions over every kind of constant and operator, ten assignments a program.
#[test]
fn random_expressions_equal_cpython() {
    let mut g = Gen {
        state: 0x2545_F491_4F6C_DD1D,
    };
    let cases: Vec<Case> = (0..400)
        .map(|i| {
            let body: String = (0..10).map(|j| format!("v{j} = {}\n", g.expr(0))).collect();
            case(format!("random_{i}.py"), body)
        })
        .collect();
    assert_all_agree("random expressions", &cases);
}

/// Numbers close to the edges of each operation: powers of two around the 53-bit and 128-bit
/// boundaries, mixed with small and fractional operands, through every arithmetic operator.
#[test]
fn arithmetic_edges_equal_cpython() {
    const LEFT: &[&str] = &[
        "(2**53+1)",
        "(2**63-1)",
        "(-2**63)",
        "(2**64+3)",
        "(1<<126)",
        "-(1<<127)",
        "(2**60*3+1)",
        "1e16",
        "-2.5",
        "0.1",
        "7",
        "-7",
        "5e-324",
        "1.7976931348623157e308",
        "(1+1j)",
        "(-0.0+0j)",
    ];
    const RIGHT: &[&str] = &[
        "3",
        "-3",
        "7",
        "0.5",
        "-0.5",
        "(2**53-1)",
        "(1<<64)",
        "1e-300",
        "2",
        "-1",
        "0.0",
        "1j",
        "(2**62)",
    ];
    const OPS: &[&str] = &["+", "-", "*", "/", "//", "%", "**"];
    let mut cases = Vec::new();
    for (i, l) in LEFT.iter().enumerate() {
        let mut body = String::new();
        for r in RIGHT {
            for op in OPS {
                body.push_str(&format!("x = {l} {op} {r}\n"));
            }
        }
        cases.push(case(format!("edges_{i}.py"), body));
    }
    assert_all_agree("arithmetic edges", &cases);
}

/// A random number literal: ints of every size and sign, floats from random bit patterns
/// (normal, subnormal, huge), small "round" floats, imaginary literals.
fn random_number(g: &mut Gen) -> String {
    match g.below(6) {
        0 => {
            let digits = 1 + g.below(45);
            let mut s: String = (0..digits)
                .map(|_| char::from(b'0' + g.below(10) as u8))
                .collect();
            s = s.trim_start_matches('0').to_owned();
            if s.is_empty() {
                s.push('0');
            }
            if g.below(3) == 0 {
                format!("(-{s})")
            } else {
                s
            }
        }
        1 => {
            let n = g.below(40) as i64 - 20;
            if n < 0 {
                format!("({n})")
            } else {
                n.to_string()
            }
        }
        2 | 3 => {
            let x = f64::from_bits(g.next());
            let x = if x.is_finite() { x } else { 1.5 };
            let text = format!("{:e}", x.abs());
            if x < 0.0 { format!("(-{text})") } else { text }
        }
        4 => {
            let x = (g.below(2000) as f64 - 1000.0) / 8.0;
            if x < 0.0 {
                format!("({x:?})")
            } else {
                format!("{x:?}")
            }
        }
        _ => format!("{:?}j", g.below(50) as f64 / 4.0),
    }
}

/// Random arithmetic between random numbers of every kind: correctly rounded division and
/// int-to-float conversion, floor division and modulo signs, powers, overflow.
#[test]
fn random_numbers_equal_cpython() {
    let mut g = Gen {
        state: 0x9E37_79B9_7F4A_7C15,
    };
    const OPS: &[&str] = &[
        "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
    ];
    let cases: Vec<Case> = (0..300)
        .map(|i| {
            let body: String = (0..20)
                .map(|j| {
                    let (a, b) = (random_number(&mut g), random_number(&mut g));
                    format!("v{j} = {a} {} {b}\n", g.pick(OPS))
                })
                .collect();
            case(format!("numbers_{i}.py"), body)
        })
        .collect();
    assert_all_agree("random numbers", &cases);
}

/// Large displays: sets of hundreds of constants equal across types, long `in` lists, and
/// tuples at the repetition limits.
#[test]
fn large_collections_equal_cpython() {
    let ints: Vec<String> = (0..600).map(|i| i.to_string()).collect();
    let floats: Vec<String> = (0..600).map(|i| format!("{i}.0")).collect();
    let mixed: Vec<String> = (0..600)
        .map(|i| match i % 4 {
            0 => format!("{}", i / 2),
            1 => format!("{}.0", i / 3),
            2 => format!("'s{}'", i / 5),
            _ => format!("({}, {}.0)", i / 7, i / 7),
        })
        .collect();
    let programs = [
        format!("x = y in {{{}}}\n", ints.join(", ")),
        format!("x = y in {{{}, {}}}\n", ints.join(", "), floats.join(", ")),
        format!("x = y in {{{}, {}}}\n", floats.join(", "), ints.join(", ")),
        format!("x = y not in {{{}}}\n", mixed.join(", ")),
        format!("x = y in [{}]\n", mixed.join(", ")),
        format!("for i in [{}]:\n    pass\n", ints.join(", ")),
        format!("x = ({},) * 4\n", ints[..64].join(", ")),
        format!("x = ({},) * 5\n", ints[..64].join(", ")),
        format!("x = (({},),) * 64\n", ints[..15].join(", ")),
        format!("x = (({},),) * 64\n", ints[..16].join(", ")),
    ];
    let cases: Vec<Case> = programs
        .iter()
        .enumerate()
        .map(|(i, p)| case(format!("large_{i}.py"), p.as_str()))
        .collect();
    assert_all_agree("large collections", &cases);
}

/// Annotations kept as text (`from __future__ import annotations`), on variables, parameters
/// and return values: every kind of expression, precedence and constant repr.
const ANNOTATIONS: &[&str] = &[
    "a",
    "a.b",
    "a.b.c",
    "a[b]",
    "a[b, c]",
    "a[b:c]",
    "a[::2]",
    "a[1:2, ::3]",
    "a[()]",
    "a[(b, c)]",
    "a[b][c]",
    "a(b)(c)",
    "a[*b]",
    "a[1:2, *b]",
    "List[int]",
    "Dict[str, List[int]]",
    "int | None",
    "a + b * c",
    "(a + b) * c",
    "a - (b - c)",
    "(a - b) - c",
    "a ** b ** c",
    "(a ** b) ** c",
    "-a ** b",
    "(-a) ** b",
    "a ** -b",
    "not a",
    "not (a and b)",
    "a and b or c",
    "a and (b or c)",
    "(a or b) and c",
    "not a or not b",
    "a if b else c",
    "(a if b else c) if d else e",
    "a if (b if c else d) else e",
    "a if b else (c if d else e)",
    "lambda: 1",
    "lambda x, y=1, *a, z, w=2, **k: x",
    "lambda *, k: 0",
    "lambda *a: 0",
    "lambda **k: 0",
    "lambda a, /, b: 0",
    "lambda a=1, /, b=2, *c, d, **e: 0",
    "lambda a, b=(1, 2): a",
    "(lambda: 1)()",
    "a if b else lambda: c",
    "(lambda: a) if b else c",
    "[1, 2]",
    "{1, 2}",
    "{1: 2, **d}",
    "{}",
    "{**a, 'b': c}",
    "()",
    "(1,)",
    "(1, 2)",
    "((1, 2),)",
    "[x for x in y if x if z]",
    "{x: y for x, y in z}",
    "{x for x in y for z in x}",
    "(x for x in y)",
    "f(x for x in y)",
    "f((x for x in y), 1)",
    "[x async for x in y]",
    "[x for x in (a if b else c)]",
    "[x for x in lambda: y]",
    "[(x, y) for (x, y) in z]",
    "[x for x, in y]",
    "f(a, *b, c=1, **d)",
    "f(*a, *b)",
    "f(**a, b=1)",
    "f()",
    "a < b <= c",
    "a is not b",
    "a not in b",
    "a in b",
    "(a < b) < c",
    "a < (b < c)",
    "not a < b",
    "(not a) < b",
    "a == b != c > d >= e",
    "1 .real",
    "(1).real",
    "1.5.real",
    "True.real",
    "'a'.b",
    "None.x",
    "1j.imag",
    "(-1).real",
    "f'{a}'",
    "f'{a!r:>{w}}'",
    "f'{{}} {a}'",
    "f'{ {1} }'",
    "f'{x=}'",
    "f'{x = !s:^5}'",
    "f'{3.0!s:.2f}'",
    "f'{(lambda: 1)}'",
    "f'{(a, b)}'",
    "f'{a:{b}{c}}'",
    "f'{a}' f'{b}' 'c'",
    "f'{a:{b!r}}'",
    "f'{a!a}'",
    "f'\\n{a}\\t'",
    "f'{a}\\'\"'",
    "f\"{'a'}\"",
    "f'{a if b else c}'",
    "f'{a:=^10}'",
    "f'{a:{{}}>10}'",
    "f'{[a for a in b]}'",
    "f'{ {a: b} }'",
    "f'{a}{{'",
    "b'x'",
    "b'\\x00\\xff\\''",
    "'a' 'b'",
    "'\\ud800'",
    "'é'",
    "'\\n'",
    "\"'\"",
    "'\"'",
    "'\\''",
    "'\\\\'",
    "1e999",
    "1e999j",
    "-1e999",
    "1+2j",
    "1e999 + 1e999j",
    "0x10",
    "1_000",
    "0o777",
    "0b101",
    "1.0",
    "1e16",
    "1e-5",
    "0.1",
    "12345678901234567890",
    "...",
    "None",
    "True",
    "False",
    "a @ b",
    "a // b % c",
    "a % (b // c)",
    "~a",
    "+a",
    "-(-a)",
    "- -a",
    "~~a",
    "-~a",
    "a << b >> c",
    "a << (b >> c)",
    "a | b ^ c & d",
    "(a | b) & c",
    "a & (b ^ c)",
    "a ^ (b | c)",
    "a | (b | c)",
    "(a | b) | c",
    "a * (b @ c)",
    "(a + b).c",
    "(a + b)[c]",
    "(a + b)(c)",
    "(a)(b)",
    "a[b + c]",
    "a[b:c + d]",
    "a[lambda: 1]",
    "a[b if c else d]",
    "a[b, c:d]",
    "*a",
    "(*a, b)",
    "[*a, *b]",
    "{*a}",
    "{**a}",
    "a.b[c](d).e",
    "Callable[[int, str], None]",
    "Tuple[int, ...]",
    "Literal['a', 'b']",
    "Optional['Tree']",
    "'Forward'",
    "typing.Union[int, str]",
];

#[test]
fn annotation_strings_equal_cpython() {
    let mut cases = Vec::new();
    for (i, a) in ANNOTATIONS.iter().enumerate() {
        let prelude = "from __future__ import annotations\n";
        cases.push(case(
            format!("ann_var_{i}.py"),
            format!("{prelude}x: {a}\n"),
        ));
        cases.push(case(
            format!("ann_def_{i}.py"),
            format!("{prelude}def f(p: {a}, *q: {a}, r: {a} = 1, **s: {a}) -> {a}:\n    pass\n"),
        ));
        cases.push(case(
            format!("ann_class_{i}.py"),
            format!("{prelude}class C:\n    x: {a} = 1\n    y: {a}\n"),
        ));
    }
    // Annotations that may not be evaluated, and errors inside annotations.
    for (i, a) in [
        "(yield)",
        "(yield a)",
        "(yield from a)",
        "(a := 1)",
        "await a",
        "__debug__",
        "1 + 1",
        "(1, 2)[0]",
        "a in [1, 2]",
        "not a in b",
    ]
    .iter()
    .enumerate()
    {
        cases.push(case(
            format!("ann_special_{i}.py"),
            format!(
                "from __future__ import annotations\nasync def f(p: {a}) -> {a}:\n    x: {a}\n"
            ),
        ));
    }
    assert_all_agree("annotation strings", &cases);
}

/// Python: for each framed source `x = FMT % (...)`, the f-string parts CPython compiled it to,
/// read from its instructions (`L<repr>` text, `F<conversion><spec repr>:<name>` a value), or
/// `unfolded` when the `%` stayed.
const FORMAT_PARTS: &str = r#"
import dis
out = []
for src in read_frames(sys.stdin.buffer.read()):
    code = compile(src, 'm', 'exec', dont_inherit=True)
    ins = [i for i in dis.get_instructions(code) if i.opname not in ('RESUME', 'CACHE')]
    ins = ins[:next(k for k, i in enumerate(ins) if i.opname == 'STORE_NAME')]
    if any(i.opname in ('BINARY_OP', 'BUILD_TUPLE', 'LIST_TO_TUPLE') for i in ins) or (
            ins and ins[-1].opname == 'LOAD_CONST' and len(ins) == 1 and not isinstance(ins[0].argval, str)):
        out.append('unfolded'); continue
    parts, k = [], 0
    while k < len(ins):
        i = ins[k]
        value = i.opname == 'LOAD_NAME' or (i.opname == 'LOAD_CONST' and k + 1 < len(ins) and (
            ins[k + 1].opname == 'FORMAT_VALUE' or (ins[k + 1].opname == 'LOAD_CONST' and k + 2 < len(ins)
            and ins[k + 2].opname == 'FORMAT_VALUE' and ins[k + 2].arg & 4)))
        if i.opname == 'LOAD_CONST' and not value:
            parts.append('L' + repr(i.argval)); k += 1
        elif value:
            spec = ''
            if ins[k + 1].opname == 'LOAD_CONST':
                spec = repr(ins[k + 1].argval); k += 1
            fv = ins[k + 1]
            conv = {0: '-', 1: 's', 2: 'r', 3: 'a'}[fv.arg & 3]
            name = i.argval if i.opname == 'LOAD_NAME' else repr(i.argval)
            parts.append(f'F{conv}{spec}:{name}'); k += 2
        elif i.opname == 'BUILD_STRING':
            k += 1
        else:
            parts.append('?' + i.opname); k += 1
    out.append(' '.join(parts))
write_frames([o.encode('utf-8', 'surrogatepass') for o in out])
"#;

/// The parts krait's optimiser made of the statement's value, in `FORMAT_PARTS`'s notation.
fn krait_format_parts(src: &str) -> String {
    let mut module = parse(src, Mode::Exec, ParseOptions::default()).expect("parses");
    krait_compiler::ast_opt::optimize(&mut module, 0, 0).expect("optimises");
    let Mod::Module { body, .. } = &module else {
        unreachable!("exec mode gives a module")
    };
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        unreachable!("the source is an assignment")
    };
    let ExprKind::JoinedStr { values } = &value.kind else {
        return "unfolded".to_owned();
    };
    let parts: Vec<String> = values
        .iter()
        .map(|v| match &v.kind {
            ExprKind::Constant { value, .. } => format!("L{}", value.repr()),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let conv = char::from_u32(*conversion as u32).unwrap_or('-');
                let spec = match format_spec.as_deref().map(|s| &s.kind) {
                    Some(ExprKind::Constant {
                        value: c @ Constant::Str(_),
                        ..
                    }) => c.repr(),
                    Some(_) => "?spec".to_owned(),
                    None => String::new(),
                };
                let name = match &value.kind {
                    ExprKind::Name { id, .. } => id.clone(),
                    ExprKind::Constant { value, .. } => value.repr(),
                    _ => "?".to_owned(),
                };
                format!("F{conv}{spec}:{name}")
            }
            _ => "?".to_owned(),
        })
        .collect();
    parts.join(" ")
}

/// `'...' % (a, b)` rewritten into f-strings exactly where CPython rewrites it, with the same
/// parts: every flag, width and precision form, `%%`, too many or too few items, starred items.
#[test]
fn percent_formats_equal_cpython() {
    let mut formats: Vec<String> = [
        "%s",
        "%r",
        "%a",
        "%d",
        "%i",
        "%x",
        "%f",
        "%c",
        "%-5s",
        "%5s",
        "%05s",
        "%+s",
        "% s",
        "%#s",
        "%-+ #0s",
        "%99s",
        "%100s",
        "%9s",
        "%.3s",
        "%.s",
        "%5.s",
        "%-5.3r",
        "%.99a",
        "%.100a",
        "%010s",
        "%00s",
        "%-0s",
        "%%",
        "a%%b%s",
        "%s%s",
        "%s %s",
        "%(a)s",
        "%*s",
        "%ls",
        "%s%",
        "%",
        "",
        "abc",
        "%s and %r or %a!",
        "%%%s%%",
        "é%s€",
        "\\ud800%s",
        "%-s",
        "%-",
        "%5",
        "%.",
        "%s%%%",
        "{%s}",
        "%s\\n",
        "%1s%22s%-3s",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    formats.sort();
    let mut sources = Vec::new();
    for f in &formats {
        let units = f.matches('%').count();
        for n in [units.saturating_sub(1), units, units + 1] {
            for star in [false, true] {
                let mut items: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
                if star {
                    if items.is_empty() {
                        continue;
                    }
                    items[0] = format!("*{}", items[0]);
                }
                let tuple = match items.len() {
                    1 => format!("({},)", items[0]),
                    _ => format!("({})", items.join(", ")),
                };
                sources.push(format!("x = '{f}' % {tuple}\n"));
            }
        }
    }
    sources.push("x = '%s' % a\n".to_owned());
    sources.push("x = '%s' % (1,)\n".to_owned());
    sources.push("x = '%s %s' % (1, a)\n".to_owned());
    sources.push("x = b'%s' % (a,)\n".to_owned());
    sources.push("x = '%s' % [a]\n".to_owned());
    let refs: Vec<&[u8]> = sources.iter().map(|s| s.as_bytes()).collect();
    let script = format!("{}{FORMAT_PARTS}", common::PY_HELPERS);
    let out = common::python(&script, &[], &common::frame(&refs));
    let want = common::unframe(&out);
    assert_eq!(want.len(), sources.len());
    let mut bad = Vec::new();
    for (src, want) in sources.iter().zip(want) {
        let want = String::from_utf8_lossy(want);
        let got = krait_format_parts(src);
        if got != want {
            bad.push(format!("{}: krait {got} oracle {want}", src.trim_end()));
        }
    }
    eprintln!(
        "%-formats: {} of {} agree with CPython",
        sources.len() - bad.len(),
        sources.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
