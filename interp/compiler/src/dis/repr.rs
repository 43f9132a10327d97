//! `repr()` of the constants a code object holds, as `dis` shows them after `LOAD_CONST`:
//! CPython's reprs of every marshallable value, sets in their hash-table order, and code objects
//! as `code_repr` (`Objects/codeobject.c`) writes them.

use krait_syntax::ast::repr::{repr_bytes, repr_complex, repr_float, repr_pystr};

use super::DisError;
use crate::code::CodeObject;
use crate::setorder::iteration_order;
use crate::value::Value;

/// `sys.get_int_max_str_digits()` by default (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`): longer ints
/// make `repr` raise `ValueError`.
const MAX_STR_DIGITS: usize = 4300;

/// `repr(code)`: `<code object NAME at ADDRESS, file "FILENAME", line N>`, N being -1 when
/// `co_firstlineno` is 0. The address is where krait holds the object; like CPython's it only
/// tells objects apart.
pub fn code_repr(code: &CodeObject) -> String {
    let line = if code.firstlineno != 0 {
        code.firstlineno
    } else {
        -1
    };
    format!(
        "<code object {} at {:#x}, file \"{}\", line {line}>",
        code.name.to_string_lossy(),
        std::ptr::from_ref(code) as usize,
        code.filename.to_string_lossy()
    )
}

/// Appends `repr(v)` to `out`.
pub fn write_repr(out: &mut String, v: &Value) -> Result<(), DisError> {
    match v {
        Value::None => out.push_str("None"),
        Value::False => out.push_str("False"),
        Value::True => out.push_str("True"),
        Value::StopIteration => out.push_str("<class 'StopIteration'>"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Int(n) => {
            // More than 14300 bits is more than 4300 digits: refused before converting, as
            // CPython's own size estimate refuses it.
            let text = (n.bits() <= 14_300).then(|| n.to_string());
            match text {
                Some(t) if t.trim_start_matches('-').len() <= MAX_STR_DIGITS => out.push_str(&t),
                _ => {
                    return Err(DisError::new(
                        "ValueError",
                        format!(
                            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string \
                             conversion; use sys.set_int_max_str_digits() to increase the limit"
                        ),
                    ));
                }
            }
        }
        Value::Float(x) => out.push_str(&repr_float(x.0)),
        Value::Complex(re, im) => out.push_str(&repr_complex(re.0, im.0)),
        Value::Bytes(b) => out.push_str(&repr_bytes(b)),
        Value::Str { value, .. } => out.push_str(&repr_pystr(value)),
        Value::Tuple(items) => {
            out.push('(');
            write_items(out, items.iter())?;
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::List(items) => {
            out.push('[');
            write_items(out, items.iter())?;
            out.push(']');
        }
        Value::Dict(items) => {
            out.push('{');
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, k)?;
                out.push_str(": ");
                write_repr(out, v)?;
            }
            out.push('}');
        }
        Value::Set(items) if items.is_empty() => out.push_str("set()"),
        Value::Set(items) => {
            out.push('{');
            write_items(out, iteration_order(items).into_iter())?;
            out.push('}');
        }
        Value::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Value::FrozenSet(items) => {
            out.push_str("frozenset({");
            write_items(out, iteration_order(items).into_iter())?;
            out.push_str("})");
        }
        Value::Code(code) => out.push_str(&code_repr(code)),
    }
    Ok(())
}

/// The items' reprs separated by `", "`.
fn write_items<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Value>,
) -> Result<(), DisError> {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item)?;
    }
    Ok(())
}

/// `repr(v)`.
pub fn repr(v: &Value) -> Result<String, DisError> {
    let mut out = String::new();
    write_repr(&mut out, v)?;
    Ok(out)
}
