//! Layer `bytecode`: krait's `compile_source(src, path, "exec")` code object tree against the
//! oracle's `compile(src, path, "exec")`, field by field, recursively through `co_consts`.
//!
//! Both trees are rendered as records (`code_render.rs` for krait's, `bytecode.py` for
//! CPython's) and compared code object by code object in pre-order; the first difference names
//! the field and the code object, and shows both sides' `dis` of that code object with the
//! differing lines marked (the oracle disassembles krait's code after `marshal.loads` of krait's
//! own marshal output). Compile-time errors (symbol table and compiler `SyntaxError`s) are
//! compared like the `errors` layer compares the parser's; a source CPython's parser already
//! rejects is skipped, the `errors` layer owning it. When the code agrees, the warnings issued
//! while compiling (category, message, line) are compared too.

use super::Layer;
use super::ast::{Exc, krait_exc};
use super::code_render::{self, FIELDS, Record};
use crate::case::Case;
use crate::oracle::Oracle;
use crate::outcome::{Outcome, catch_krait};
use krait_compiler::{CodeObject, CompileOptions, Compiled, compile_source};
use krait_syntax::stack::with_big_stack;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyModule;

/// The Python half of this layer and of `pyc` and `pyc-exec`.
const HELPER_PY: &str = include_str!("bytecode.py");

/// See the module documentation.
#[derive(Debug)]
pub struct Bytecode;

impl Layer for Bytecode {
    fn name(&self) -> &'static str {
        "bytecode"
    }

    fn check(&self, case: &Case, oracle: &Oracle) -> Outcome {
        match std::fs::read(&case.path) {
            Ok(source) => check_source(&source, &case.path.to_string_lossy(), oracle),
            Err(e) => Outcome::Skipped(format!("unreadable: {e}")),
        }
    }

    fn check_bytes(&self, source: &[u8], oracle: &Oracle) -> Option<Outcome> {
        Some(check_source(source, "<unknown>", oracle))
    }
}

/// A warning as both sides report it: category, message, line.
type Warning = (String, String, i64);

/// What `compile_records` in `bytecode.py` answers: the records, the exception, whether the
/// parser alone rejects the source, and the warnings.
type OracleCompile = (Option<Vec<Record>>, Option<Exc>, bool, Vec<Warning>);

// A `PyOnceLock`: loading the module runs Python code, which may let another thread take the
// GIL; a plain `OnceLock` could then deadlock against it.
static HELPER: PyOnceLock<Result<Py<PyModule>, String>> = PyOnceLock::new();

/// Calls a function of `bytecode.py`, loading it into the (verified) oracle on first use.
pub(super) fn helper_call<A, R>(_oracle: &Oracle, name: &str, args: A) -> Result<R, String>
where
    A: for<'py> pyo3::call::PyCallArgs<'py>,
    R: for<'py> FromPyObjectOwned<'py>,
{
    Python::attach(|py| {
        let module = HELPER
            .get_or_init(py, || {
                let code = std::ffi::CString::new(HELPER_PY).map_err(|e| e.to_string())?;
                PyModule::from_code(
                    py,
                    &code,
                    c"krait_bytecode_oracle.py",
                    c"krait_bytecode_oracle",
                )
                .map(Bound::unbind)
                .map_err(|e| format!("the bytecode helper module failed to load: {e}"))
            })
            .as_ref()
            .map_err(Clone::clone)?;
        module
            .bind(py)
            .call_method1(name, args)
            .and_then(|r| r.extract::<R>().map_err(Into::into))
            .map_err(|e| format!("oracle call {name} failed: {e}"))
    })
}

/// krait's `compile(source, filename, "exec", dont_inherit=True, optimize=0)`, on a big stack,
/// a panic caught as [`Outcome::KraitPanic`].
pub(super) fn krait_compile(source: &[u8], filename: &str) -> Result<Compiled, Outcome> {
    catch_krait(|| with_big_stack(|| compile_source(source, filename, &CompileOptions::default())))
}

fn check_source(source: &[u8], filename: &str, oracle: &Oracle) -> Outcome {
    let (expected, exc, parse_rejects, cpython_warnings): OracleCompile =
        match helper_call(oracle, "compile_records", (source, filename)) {
            Ok(v) => v,
            Err(e) => return Outcome::Fail(format!("oracle error: {e}")),
        };
    let compiled = match krait_compile(source, filename) {
        Ok(c) => c,
        Err(panic) => return panic,
    };
    let outcome = match (expected, &compiled.result) {
        (Some(expected), Ok(code)) => {
            compare_trees(&code_render::records(code), &expected, |index| {
                dis_of(oracle, code, index, source, filename)
            })
        }
        (Some(_), Err(e)) => Outcome::Fail(format!(
            "krait rejects, CPython compiles: {}\n  krait: {}\n",
            short(&krait_exc(e)),
            show(&krait_exc(e))
        )),
        (None, result) => compare_errors(result.as_ref().err(), exc, parse_rejects),
    };
    if outcome != Outcome::Pass {
        return outcome;
    }
    let krait_warnings: Vec<Warning> = compiled
        .warnings
        .iter()
        .map(|w| {
            (
                w.category.to_string(),
                w.message.clone(),
                i64::from(w.lineno),
            )
        })
        .collect();
    compare_warnings(&krait_warnings, &cpython_warnings)
}

/// Both sides' `dis` of code object `index` of krait's tree, differing lines marked.
pub(super) fn dis_of(
    oracle: &Oracle,
    code: &CodeObject,
    index: usize,
    source: &[u8],
    filename: &str,
) -> String {
    match krait_compiler::marshal::dump_code(code) {
        Ok(bytes) => dis_of_marshalled(oracle, &bytes, index, source, filename),
        Err(e) => format!("(krait's code cannot be marshalled: {e})\n"),
    }
}

/// [`dis_of`] for krait's tree as marshal bytes.
pub(super) fn dis_of_marshalled(
    oracle: &Oracle,
    marshalled: &[u8],
    index: usize,
    source: &[u8],
    filename: &str,
) -> String {
    helper_call(oracle, "dis_diff", (marshalled, index, source, filename))
        .unwrap_or_else(|e| format!("(no dis: {e})\n"))
}

/// The first difference of two trees' records; `dis(index)` shows the code object at `index`.
pub(super) fn compare_trees(
    krait: &[Record],
    cpython: &[Record],
    dis: impl FnOnce(usize) -> String,
) -> Outcome {
    let Some((index, detail)) = first_tree_difference(krait, cpython) else {
        return Outcome::Pass;
    };
    Outcome::Fail(format!("{detail}{}", dis(index)))
}

/// The index of the first differing code object and a description whose first line names the
/// cause (the differing field), then where, then both values around the first difference.
pub fn first_tree_difference(krait: &[Record], cpython: &[Record]) -> Option<(usize, String)> {
    for (index, (k, c)) in krait.iter().zip(cpython).enumerate() {
        for &field in FIELDS {
            let (a, b) = (k.get(field), c.get(field));
            if a == b {
                continue;
            }
            let missing = String::from("<missing>");
            let (a, b) = (a.unwrap_or(&missing), b.unwrap_or(&missing));
            let at = c.get("qualname").map_or("?", String::as_str);
            let line = c.get("firstlineno").map_or("?", String::as_str);
            return Some((
                index,
                format!(
                    "co_{field} differs\n  in code object #{index} {at} (line {line})\n{}",
                    excerpt(a, b)
                ),
            ));
        }
    }
    if krait.len() != cpython.len() {
        let at = krait.len().min(cpython.len());
        return Some((
            at,
            format!(
                "number of code objects differs\n  krait {}, cpython {}\n",
                krait.len(),
                cpython.len()
            ),
        ));
    }
    None
}

/// How many characters of a differing value are shown on each side of the first difference.
const CONTEXT: usize = 80;

/// Both values around their first differing character (the whole values when short).
fn excerpt(a: &str, b: &str) -> String {
    let at = a
        .chars()
        .zip(b.chars())
        .position(|(x, y)| x != y)
        .unwrap_or_else(|| a.chars().count().min(b.chars().count()));
    let window = |s: &str| {
        let n = s.chars().count();
        let lo = at.saturating_sub(CONTEXT);
        let hi = (at + CONTEXT).min(n);
        let body: String = s.chars().skip(lo).take(hi - lo).collect();
        format!(
            "{}{body}{}",
            if lo > 0 { "…" } else { "" },
            if hi < n { "…" } else { "" }
        )
    };
    format!(
        "  first difference at character {at}:\n  krait  : {}\n  cpython: {}\n",
        window(a),
        window(b)
    )
}

/// The comparable part of a compile failure: limits compare by class only, as in `errors`.
/// The error line is left out: `compile()` of a file's source reads it back from the file,
/// which the `errors` layer's `ast.parse` of the same bytes does not.
fn key(e: &Exc) -> Exc {
    if matches!(e.0.as_str(), "MemoryError" | "RecursionError") {
        (e.0.clone(), String::new(), None, None, None, None, None)
    } else {
        (e.0.clone(), e.1.clone(), e.2, e.3, e.4, e.5, None)
    }
}

fn short(e: &Exc) -> String {
    format!("{}: {}", e.0, e.1)
}

fn show(e: &Exc) -> String {
    let n = |v: &Option<i64>| v.map_or("None".into(), |v| v.to_string());
    format!(
        "{}: {:?} lineno={} offset={} end_lineno={} end_offset={}",
        e.0,
        e.1,
        n(&e.2),
        n(&e.3),
        n(&e.4),
        n(&e.5)
    )
}

/// CPython rejected the source: skip parser rejections krait shares, compare the rest.
fn compare_errors(
    krait: Option<&krait_syntax::parser::ParseError>,
    cpython: Option<Exc>,
    parse_rejects: bool,
) -> Outcome {
    let Some(cpython) = cpython else {
        return Outcome::Fail("oracle error: neither code nor exception".into());
    };
    let krait = krait.map(krait_exc);
    match krait {
        None if parse_rejects => Outcome::Fail(format!(
            "CPython's parser rejects, krait compiles: {}\n",
            short(&cpython)
        )),
        None => Outcome::Fail(format!(
            "CPython rejects, krait compiles: {}\n  cpython: {}\n",
            short(&cpython),
            show(&cpython)
        )),
        Some(_) if parse_rejects => Outcome::Skipped(format!(
            "rejected by CPython's parser ({}): compared by the errors layer",
            short(&cpython)
        )),
        Some(k) if key(&k) == key(&cpython) => Outcome::Pass,
        Some(k) => Outcome::Fail(format!(
            "compile error differs\n  krait  : {}\n  cpython: {}\n",
            show(&k),
            show(&cpython)
        )),
    }
}

fn compare_warnings(krait: &[Warning], cpython: &[Warning]) -> Outcome {
    if krait == cpython {
        return Outcome::Pass;
    }
    let list = |ws: &[Warning]| {
        ws.iter()
            .map(|(c, m, l)| format!("    line {l}: {c}: {m}\n"))
            .collect::<String>()
    };
    Outcome::Fail(format!(
        "compile warnings differ\n  krait:\n{}  cpython:\n{}",
        list(krait),
        list(cpython)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(pairs: &[(&str, &str)]) -> Record {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn first_difference_names_field_and_code_object() {
        let a = vec![
            rec(&[("qualname", "'<module>'"), ("code", "0100")]),
            rec(&[("qualname", "'f'"), ("code", "0200")]),
        ];
        let mut b = a.clone();
        assert!(first_tree_difference(&a, &b).is_none());
        b[1].insert("code".into(), "0300".into());
        let (index, d) = first_tree_difference(&a, &b).unwrap();
        assert_eq!(index, 1);
        assert!(
            d.starts_with("co_code differs\n  in code object #1 'f'"),
            "{d}"
        );
        assert!(
            d.contains("krait  : 0200") && d.contains("cpython: 0300"),
            "{d}"
        );
        let (index, d) = first_tree_difference(&a[..1], &a).unwrap();
        assert_eq!(index, 1);
        assert!(d.starts_with("number of code objects differs"));
    }

    #[test]
    fn errors_skip_parser_rejections_and_compare_the_rest() {
        let e: Exc = (
            "SyntaxError".into(),
            "m".into(),
            Some(1),
            Some(1),
            Some(1),
            Some(2),
            None,
        );
        assert_eq!(compare_errors(None, Some(e.clone()), false).name(), "fail");
        let limit: Exc = (
            "RecursionError".into(),
            "x".into(),
            None,
            None,
            None,
            None,
            None,
        );
        let other: Exc = (
            "RecursionError".into(),
            "y".into(),
            None,
            None,
            None,
            None,
            None,
        );
        assert_eq!(key(&limit), key(&other));
        assert!(
            compare_warnings(&[("SyntaxWarning".into(), "m".into(), 1)], &[])
                .detail()
                .unwrap()
                .starts_with("compile warnings differ")
        );
    }

    /// Sources whose constants stress the renderings: signed zeros, NaN, infinities, complex
    /// parts, huge ints, surrogates, bytes against str, nested tuples and frozensets, interned
    /// and non-interned strings.
    const TRICKY: &[&str] = &[
        "x = (-0.0, 0.0, 1e400, -1e400, 1e400 - 1e400, -0j, 1-2j, 2**300, -2**70)\n",
        "s = ('a b', 'ab', '', '\\ud800', 'é', b'ab', b'', (1, ('x', b'x')))\n",
        "def f(a, *, b=2):\n    return a in {1, 'two', 3.0, (4,)} or b not in {0}\n",
        "class C:\n    def m(self):\n        return lambda q: __class__\n",
    ];

    /// Both renderings of one tree must agree: CPython's compile() marshalled by CPython, read
    /// by krait's marshal and rendered in Rust, against the oracle's own rendering.
    #[test]
    fn renderings_agree_on_cpython_trees() {
        let oracle = Oracle::get().expect("the oracle starts");
        let lib = crate::case::lib_root().expect("Lib is found");
        let mut sources: Vec<Vec<u8>> = TRICKY.iter().map(|s| s.as_bytes().to_vec()).collect();
        for name in [
            "os.py",
            "dataclasses.py",
            "enum.py",
            "string.py",
            "typing.py",
        ] {
            sources.push(std::fs::read(lib.join(name)).expect("a Lib file"));
        }
        for src in &sources {
            let data: Option<Vec<u8>> =
                helper_call(oracle, "marshal_of", (src.as_slice(), "m")).expect("marshal_of");
            let code = krait_compiler::marshal::load_code(&data.expect("compiles")).unwrap();
            let ours = code_render::records(&code);
            let (theirs, ..): OracleCompile =
                helper_call(oracle, "compile_records", (src.as_slice(), "m")).unwrap();
            let theirs = theirs.expect("compiles");
            let d = first_tree_difference(&ours, &theirs);
            assert!(
                d.is_none(),
                "{}: {d:?}",
                String::from_utf8_lossy(&src[..40.min(src.len())])
            );
        }
    }

    #[test]
    fn excerpts_window_long_values() {
        let a = "x".repeat(300) + "a";
        let b = "x".repeat(300) + "b";
        let e = excerpt(&a, &b);
        assert!(e.contains("character 300"));
        assert!(e.contains("…xxx"));
    }
}
