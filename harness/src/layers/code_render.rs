//! Code objects as comparable records: one record per code object, in pre-order through
//! `co_consts`, each a map from field name to a rendered string.
//!
//! krait's tree is rendered here, the oracle's by `render_code` in `bytecode.py`, with the same
//! field names and renderings, so the two compare field by field. Constants are rendered
//! structurally, never as marshal bytes (CPython's marshal output depends on reference counts):
//! floats by `repr` (so `-0.0` and NaN stay apart), ints in hex (`repr` of a huge int is
//! refused past 4300 digits), `str` against `bytes` by their reprs, interned strings marked with
//! `i` (what marshal shows as type codes `t`/`A`/`Z`), frozensets as sorted sets, nested code
//! objects by qualified name (their own records follow).

use krait_compiler::value::PyStrBuf;
use krait_compiler::{CodeObject, Value};
use krait_syntax::ast::repr::{repr_bytes, repr_complex, repr_float, repr_pystr};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The fields of a record, in the order they are compared: what locates a code object first,
/// then its signature, then its body.
pub const FIELDS: &[&str] = &[
    "qualname",
    "name",
    "filename",
    "firstlineno",
    "argcount",
    "posonlyargcount",
    "kwonlyargcount",
    "nlocals",
    "stacksize",
    "flags",
    "varnames",
    "cellvars",
    "freevars",
    "names",
    "consts",
    "code",
    "exceptiontable",
    "linetable",
];

/// One code object's fields.
pub type Record = BTreeMap<String, String>;

/// The records of krait's tree: the module's code object, then every nested one in pre-order.
pub fn records(code: &CodeObject) -> Vec<Record> {
    std::iter::once(code)
        .chain(code.nested_code())
        .map(record)
        .collect()
}

fn record(c: &CodeObject) -> Record {
    let names = |v: Vec<&PyStrBuf>| tuple(v.into_iter().map(repr_pystr).collect());
    let fields = [
        ("name", repr_pystr(&c.name)),
        ("qualname", repr_pystr(&c.qualname)),
        ("filename", repr_pystr(&c.filename)),
        ("firstlineno", c.firstlineno.to_string()),
        ("argcount", c.argcount.to_string()),
        ("posonlyargcount", c.posonlyargcount.to_string()),
        ("kwonlyargcount", c.kwonlyargcount.to_string()),
        ("nlocals", c.nlocals().to_string()),
        ("stacksize", c.stacksize.to_string()),
        ("flags", format!("{:#x}", c.flags)),
        ("code", hex(&c.code)),
        (
            "consts",
            format!(
                "[{}]",
                c.consts.iter().map(value).collect::<Vec<_>>().join(", ")
            ),
        ),
        ("names", names(c.names.iter().collect())),
        ("varnames", names(c.varnames())),
        ("cellvars", names(c.cellvars())),
        ("freevars", names(c.freevars())),
        ("exceptiontable", hex(&c.exceptiontable)),
        ("linetable", hex(&c.linetable)),
    ];
    fields
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// `bytes.hex()`.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// A tuple's rendering from its rendered items (`(x,)` for one item).
fn tuple(items: Vec<String>) -> String {
    let trailer = if items.len() == 1 { ",)" } else { ")" };
    format!("({}{trailer}", items.join(", "))
}

/// One constant, as `render_value` in `bytecode.py` renders CPython's.
pub fn value(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::True => "True".into(),
        Value::False => "False".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::StopIteration => "type:<class 'StopIteration'>".into(),
        // Python's hex(): a sign, then 0x and the magnitude's lowercase digits.
        Value::Int(i) => format!("{i:#x}"),
        Value::Float(f) => repr_float(f.0),
        Value::Complex(re, im) => repr_complex(re.0, im.0),
        Value::Str { value, interned } => {
            // CPython shares one object per Latin-1 character, whose interning depends on the
            // process's history rather than on the compiler: not shown (as in `bytecode.py`).
            let shared = value.char_len() == 1 && value.code_points().all(|c| c < 256);
            let mark = if *interned && !shared { "i" } else { "" };
            format!("{mark}{}", repr_pystr(value))
        }
        Value::Bytes(b) => repr_bytes(b),
        Value::Tuple(items) => tuple(items.iter().map(value).collect()),
        Value::FrozenSet(items) if items.is_empty() => "frozenset()".into(),
        Value::FrozenSet(items) => {
            let mut r: Vec<String> = items.iter().map(value).collect();
            // Sorted as Python sorts str: by code point, which UTF-8 byte order preserves.
            r.sort();
            format!("frozenset({{{}}})", r.join(", "))
        }
        Value::Code(c) => format!("<code {}>", c.qualname.to_string_lossy()),
        // compile() never puts these in co_consts; shown so that a krait bug that does is seen.
        Value::List(items) => format!(
            "list:[{}]",
            items.iter().map(value).collect::<Vec<_>>().join(", ")
        ),
        Value::Set(items) => format!(
            "set:{{{}}}",
            items.iter().map(value).collect::<Vec<_>>().join(", ")
        ),
        Value::Dict(items) => format!(
            "dict:{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", value(k), value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use krait_compiler::PyFloat;

    #[test]
    fn constants_render_structurally() {
        assert_eq!(value(&Value::int(-255)), "-0xff");
        assert_eq!(value(&Value::int(0)), "0x0");
        assert_eq!(value(&Value::Float(PyFloat(-0.0))), "-0.0");
        assert_eq!(value(&Value::Float(PyFloat(f64::NAN))), "nan");
        assert_eq!(value(&Value::interned("ab")), "i'ab'");
        assert_eq!(value(&Value::interned("a")), "'a'");
        assert_eq!(value(&Value::str("a b")), "'a b'");
        assert_eq!(value(&Value::Bytes(b"a".to_vec())), "b'a'");
        let one = Value::Tuple(vec![Value::None]);
        assert_eq!(value(&one), "(None,)");
        let set = Value::FrozenSet(vec![Value::str("b"), Value::str("a")]);
        assert_eq!(value(&set), "frozenset({'a', 'b'})");
        assert_eq!(hex(&[0, 0xab]), "00ab");
    }
}
