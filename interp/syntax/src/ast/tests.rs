//! Oracle tests of the node tables, `dump` and `repr`: every expectation is computed by spawning the
//! CPython 3.11 `python3` on PATH, never pasted into the repo.

use num_bigint::BigInt;
use proptest::prelude::*;

use super::dump::{all_classes, dump_node};
use super::repr::{repr_bytes, repr_complex, repr_float, repr_str};
use super::*;

/// Runs `python3 -c CODE` and returns its stdout (panics on failure, showing stderr).
pub(crate) fn python(code: &str) -> String {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(code)
        .output()
        .expect("python3 (the CPython 3.11 oracle) must be on PATH");
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("python3 printed UTF-8")
}

/// A Python string literal holding `s` (so sources can be passed to the oracle safely).
pub(crate) fn py_literal(s: &str) -> String {
    let escaped: String = s.chars().map(|c| format!("\\U{:08x}", c as u32)).collect();
    format!("'{escaped}'")
}

#[test]
fn node_classes_match_oracle_fields_and_attributes() {
    let oracle = python(
        "import ast\n\
         def walk(c):\n\
         \x20   for s in c.__subclasses__():\n\
         \x20       if s.__module__ == 'ast' and s.__name__ not in ('Suite', 'slice', 'Index', 'ExtSlice',\n\
         \x20               'AugLoad', 'AugStore', 'Param', 'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis'):\n\
         \x20           if not s.__subclasses__() or s.__name__ == 'Constant':\n\
         \x20               opt = [f for f in s._fields if getattr(s, f, ...) is None]\n\
         \x20               print(s.__name__, ','.join(s._fields), ','.join(opt), ','.join(s._attributes))\n\
         \x20           walk(s)\n\
         walk(ast.AST)\n",
    );
    let mut expected: Vec<&str> = oracle.lines().collect();
    let mut mine: Vec<String> = all_classes()
        .iter()
        .map(|class| {
            let names: Vec<&str> = class.fields.iter().map(|f| f.py_name()).collect();
            let optional: Vec<&str> = class
                .fields
                .iter()
                .filter(|f| f.optional)
                .map(|f| f.py_name())
                .collect();
            let attrs = if class.has_attributes {
                dump::ATTRIBUTES.join(",")
            } else {
                String::new()
            };
            format!(
                "{} {} {} {}",
                class.name,
                names.join(","),
                optional.join(","),
                attrs
            )
        })
        .collect();
    expected.sort_unstable();
    mine.sort_unstable();
    assert_eq!(mine, expected);
}

fn r(lineno: u32, col: u32, end_lineno: u32, end_col: u32) -> Range {
    Range::new(lineno, col, end_lineno, end_col)
}

fn name(id: &str, ctx: ExprContext, range: Range) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: id.to_owned(),
            ctx,
        },
        range,
    )
}

fn constant(value: Constant, range: Range) -> Expr {
    Expr::new(ExprKind::Constant { value, kind: None }, range)
}

fn arg(id: &str, range: Range) -> Arg {
    Arg {
        arg: id.to_owned(),
        annotation: None,
        type_comment: None,
        range,
    }
}

fn stmt(kind: StmtKind, range: Range) -> Stmt {
    Stmt::new(kind, range)
}

fn module(body: Vec<Stmt>) -> Mod {
    Mod::Module {
        body,
        type_ignores: vec![],
    }
}

/// Compares our dump of `tree` with the oracle's dump of `ast.parse(source)` under several options.
fn assert_dump_matches(source: &str, tree: &Mod) {
    let variants = [
        (
            "include_attributes=True",
            DumpOptions {
                include_attributes: true,
                ..DumpOptions::default()
            },
        ),
        ("", DumpOptions::default()),
        (
            "indent=2",
            DumpOptions {
                indent: Some("  ".into()),
                ..DumpOptions::default()
            },
        ),
        (
            "include_attributes=True, indent='\\t'",
            DumpOptions {
                include_attributes: true,
                indent: Some("\t".into()),
                ..DumpOptions::default()
            },
        ),
        (
            "annotate_fields=False",
            DumpOptions {
                annotate_fields: false,
                ..DumpOptions::default()
            },
        ),
    ];
    for (py_options, options) in variants {
        let code = format!(
            "import ast, sys; sys.stdout.write(ast.dump(ast.parse({}), {py_options}))",
            py_literal(source)
        );
        assert_eq!(
            dump(tree, options),
            python(&code),
            "dump({py_options}) of {source:?}"
        );
    }
}

#[test]
fn dump_assignment() {
    let tree = module(vec![stmt(
        StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, r(1, 0, 1, 1))],
            value: Box::new(constant(Constant::Int(1.into()), r(1, 4, 1, 5))),
            type_comment: None,
        },
        r(1, 0, 1, 5),
    )]);
    assert_dump_matches("x = 1\n", &tree);
}

#[test]
fn dump_function_with_every_parameter_kind_and_constants() {
    let source = "def f(a, /, b=2.5, *c, d, **e) -> None:\n    return (a, u'é', b'q\\'', 1000000000000000000000000000000, 1j, ...)\n";
    let big: BigInt = "1000000000000000000000000000000".parse().unwrap();
    let elts = vec![
        name("a", ExprContext::Load, r(2, 12, 2, 13)),
        Expr::new(
            ExprKind::Constant {
                value: Constant::Str("é".into()),
                kind: Some("u".into()),
            },
            r(2, 15, 2, 20),
        ),
        constant(Constant::Bytes(b"q'".to_vec()), r(2, 22, 2, 28)),
        constant(Constant::Int(big), r(2, 30, 2, 61)),
        constant(
            Constant::Complex {
                real: 0.0,
                imag: 1.0,
            },
            r(2, 63, 2, 65),
        ),
        constant(Constant::Ellipsis, r(2, 67, 2, 70)),
    ];
    let tuple = Expr::new(
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
        r(2, 11, 2, 71),
    );
    let args = Arguments {
        posonlyargs: vec![arg("a", r(1, 6, 1, 7))],
        args: vec![arg("b", r(1, 12, 1, 13))],
        vararg: Some(Box::new(arg("c", r(1, 20, 1, 21)))),
        kwonlyargs: vec![arg("d", r(1, 23, 1, 24))],
        kw_defaults: vec![None],
        kwarg: Some(Box::new(arg("e", r(1, 28, 1, 29)))),
        defaults: vec![constant(Constant::Float(2.5), r(1, 14, 1, 17))],
    };
    let tree = module(vec![stmt(
        StmtKind::FunctionDef {
            name: "f".into(),
            args: Box::new(args),
            body: vec![stmt(
                StmtKind::Return {
                    value: Some(Box::new(tuple)),
                },
                r(2, 4, 2, 71),
            )],
            decorator_list: vec![],
            returns: Some(Box::new(constant(Constant::None, r(1, 34, 1, 38)))),
            type_comment: None,
        },
        r(1, 0, 2, 71),
    )]);
    assert_dump_matches(source, &tree);
}

#[test]
fn dump_dict_unpacking_and_slice() {
    let dict = Expr::new(
        ExprKind::Dict {
            keys: vec![
                None,
                Some(constant(Constant::Str("k".into()), r(1, 6, 1, 9))),
            ],
            values: vec![
                name("d", ExprContext::Load, r(1, 3, 1, 4)),
                name("v", ExprContext::Load, r(1, 11, 1, 12)),
            ],
        },
        r(1, 0, 1, 13),
    );
    let slice = Expr::new(
        ExprKind::Slice {
            lower: Some(Box::new(constant(Constant::Int(1.into()), r(1, 14, 1, 15)))),
            upper: Some(Box::new(constant(Constant::Int(2.into()), r(1, 16, 1, 17)))),
            step: None,
        },
        r(1, 14, 1, 17),
    );
    let subscript = Expr::new(
        ExprKind::Subscript {
            value: Box::new(dict),
            slice: Box::new(slice),
            ctx: ExprContext::Load,
        },
        r(1, 0, 1, 18),
    );
    let tree = module(vec![stmt(
        StmtKind::Expr {
            value: Box::new(subscript),
        },
        r(1, 0, 1, 18),
    )]);
    assert_dump_matches("{**d, 'k': v}[1:2]\n", &tree);
}

#[test]
fn dump_match_class_pattern() {
    let class_pattern = Pattern::new(
        PatternKind::MatchClass {
            cls: Box::new(name("C", ExprContext::Load, r(2, 9, 2, 10))),
            patterns: vec![Pattern::new(
                PatternKind::MatchValue {
                    value: Box::new(constant(Constant::Int(1.into()), r(2, 11, 2, 12))),
                },
                r(2, 11, 2, 12),
            )],
            kwd_attrs: vec!["x".into()],
            kwd_patterns: vec![Pattern::new(
                PatternKind::MatchSingleton {
                    value: Constant::None,
                },
                r(2, 16, 2, 20),
            )],
        },
        r(2, 9, 2, 21),
    );
    let pattern = Pattern::new(
        PatternKind::MatchAs {
            pattern: Some(Box::new(class_pattern)),
            name: Some("y".into()),
        },
        r(2, 9, 2, 26),
    );
    let case = MatchCase {
        pattern,
        guard: None,
        body: vec![stmt(StmtKind::Pass {}, r(3, 8, 3, 12))],
    };
    let subject = Box::new(name("p", ExprContext::Load, r(1, 6, 1, 7)));
    let tree = module(vec![stmt(
        StmtKind::Match {
            subject,
            cases: vec![case],
        },
        r(1, 0, 3, 12),
    )]);
    assert_dump_matches(
        "match p:\n    case C(1, x=None) as y:\n        pass\n",
        &tree,
    );
}

#[test]
fn dump_try_except_imports() {
    let source = "try:\n    import a.b as c\nexcept (E, F) as e:\n    raise\nfinally:\n    from .. import x\n";
    let import = stmt(
        StmtKind::Import {
            names: vec![Alias {
                name: "a.b".into(),
                asname: Some("c".into()),
                range: r(2, 11, 2, 19),
            }],
        },
        r(2, 4, 2, 19),
    );
    let types = Expr::new(
        ExprKind::Tuple {
            elts: vec![
                name("E", ExprContext::Load, r(3, 8, 3, 9)),
                name("F", ExprContext::Load, r(3, 11, 3, 12)),
            ],
            ctx: ExprContext::Load,
        },
        r(3, 7, 3, 13),
    );
    let handler = ExceptHandler {
        r#type: Some(Box::new(types)),
        name: Some("e".into()),
        body: vec![stmt(
            StmtKind::Raise {
                exc: None,
                cause: None,
            },
            r(4, 4, 4, 9),
        )],
        range: r(3, 0, 4, 9),
    };
    let import_from = stmt(
        StmtKind::ImportFrom {
            module: None,
            names: vec![Alias {
                name: "x".into(),
                asname: None,
                range: r(6, 19, 6, 20),
            }],
            level: Some(2),
        },
        r(6, 4, 6, 20),
    );
    let tree = module(vec![stmt(
        StmtKind::Try {
            body: vec![import],
            handlers: vec![handler],
            orelse: vec![],
            finalbody: vec![import_from],
        },
        r(1, 0, 6, 20),
    )]);
    assert_dump_matches(source, &tree);
}

#[test]
fn dump_node_of_a_bare_expression_and_expression_mode() {
    let tree = Mod::Expression {
        body: Box::new(name("x", ExprContext::Load, r(1, 0, 1, 1))),
    };
    let code = "import ast, sys; sys.stdout.write(ast.dump(ast.parse('x', mode='eval'), indent=4))";
    let options = DumpOptions {
        indent: Some("    ".into()),
        ..DumpOptions::default()
    };
    assert_eq!(dump(&tree, options.clone()), python(code));
    let stmts: Vec<Stmt> = vec![];
    assert_eq!(dump_node(&stmts, &options), "[]");
}

/// Checks `repr_float` against the oracle for every value in `values` (one python3 run).
fn assert_float_reprs(values: &[f64]) {
    let hex: Vec<String> = values
        .iter()
        .map(|v| format!("{:016x}", v.to_bits()))
        .collect();
    let code = format!(
        "import struct\nfor h in {hex:?}:\n    x = struct.unpack('>d', bytes.fromhex(h))[0]\n    print(repr(x), repr(complex(0.0, x)), repr(complex(x, x)), repr(complex(-0.0, -x)))"
    );
    let oracle = python(&code);
    for (value, line) in values.iter().zip(oracle.lines()) {
        let mine = format!(
            "{} {} {} {}",
            repr_float(*value),
            repr_complex(0.0, *value),
            repr_complex(*value, *value),
            repr_complex(-0.0, -*value)
        );
        assert_eq!(mine, line, "repr of {value:e}");
    }
}

#[test]
fn float_and_complex_repr_match_oracle_on_edge_values() {
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        1.5,
        1e16,
        1e15,
        9999999999999998.0,
        1e-4,
        1e-5,
        0.00012345,
        123456789.125,
        1e22,
        1e-7,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
        1.0 / 3.0,
        2.0f64.sqrt(),
        // Exactly -217638706374237.125: a tie between two 17-digit candidates (CPython picks the even one).
        -217_638_706_374_237.13,
        0.125,
        1e300,
        123e-310,
        100.0,
        12345678901234567.0,
    ];
    for e in -30..30 {
        values.push(10f64.powi(e));
        values.push(-1.7 * 10f64.powi(e));
    }
    assert_float_reprs(&values);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]
    #[test]
    fn float_repr_matches_oracle_on_random_bits(bits in proptest::collection::vec(any::<u64>(), 200)) {
        let values: Vec<f64> = bits.into_iter().map(f64::from_bits).collect();
        assert_float_reprs(&values);
    }
}

#[test]
fn str_and_bytes_repr_match_oracle() {
    let strings = [
        "",
        "a",
        "'",
        "\"",
        "'\"",
        "it's",
        "say \"hi\"",
        "\\",
        "\t\n\r\x0b\x0c\x00\x7f",
        "é\u{a0}\u{ad}ÿ",
        "\u{2028}\u{3000}\u{200b}\u{feff}",
        "日本語",
        "\u{e000}\u{f8ff}",
        "\u{1f600}\u{10ffff}\u{e0001}",
        "\u{85}\u{9f}",
        "\u{fffe}\u{ffff}\u{fdd0}",
        "\u{1680}x\u{2060}",
    ];
    let literals: Vec<String> = strings.iter().map(|s| py_literal(s)).collect();
    let code = format!(
        "for s in [{}]:\n    print(repr(s), repr(s.encode('utf-8')))",
        literals.join(", ")
    );
    let oracle = python(&code);
    for (s, line) in strings.iter().zip(oracle.lines()) {
        assert_eq!(
            format!("{} {}", repr_str(s), repr_bytes(s.as_bytes())),
            line
        );
    }
    let all_bytes: Vec<u8> = (0..=255).collect();
    assert_eq!(
        repr_bytes(&all_bytes),
        python("print(repr(bytes(range(256))), end='')")
    );
}

/// `repr` keeps exactly the characters `str.isprintable()` accepts, unassigned ones included.
#[test]
fn repr_printability_is_exact() {
    let oracle = python(
        "import sys\n\
         sys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))",
    );
    for (cp, flag) in oracle.bytes().enumerate() {
        let Some(c) = char::from_u32(cp as u32) else {
            continue;
        };
        assert_eq!(
            crate::unicode::is_printable(c),
            flag == b'1',
            "U+{cp:04X} printable"
        );
    }
}

#[test]
fn constant_reprs_of_folded_containers() {
    let tuple = Constant::Tuple(vec![Constant::Int(1.into()), Constant::Str("a".into())]);
    let single = Constant::Tuple(vec![Constant::Bool(true)]);
    let set = Constant::FrozenSet(vec![Constant::Float(1.5)]);
    let mine = format!(
        "{} {} {} {}",
        tuple.repr(),
        single.repr(),
        set.repr(),
        Constant::FrozenSet(vec![]).repr()
    );
    assert_eq!(
        mine,
        python("print((1, 'a'), (True,), frozenset({1.5}), frozenset(), end='')")
    );
}

#[test]
fn located_nodes_stay_small() {
    // The parser moves these around constantly; boxed children keep them small. A regression guard at
    // today's sizes (Stmt is bounded by FunctionDef's six fields).
    let sizes = [
        std::mem::size_of::<Expr>(),
        std::mem::size_of::<Stmt>(),
        std::mem::size_of::<Pattern>(),
    ];
    assert!(
        sizes[0] <= 80 && sizes[1] <= 136 && sizes[2] <= 96,
        "Expr, Stmt, Pattern sizes: {sizes:?}"
    );
}
