//! The `_string` module (`Objects/stringlib/unicode_format.h`'s iterators) that
//! `string.Formatter` uses: `formatter_parser` splits a format string into
//! `(literal, field_name, format_spec, conversion)` tuples and `formatter_field_name_split`
//! splits a field name into its first part and `(is_attribute, key)` steps.
//!
//! Both walk the text as `MarkupIterator_next`/`FieldNameIterator_next` do; the items are
//! computed up front and an error is kept for the step where CPython's iterator raises it.

use std::cell::Cell;

use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Items produced so far and the error that ends the iteration, if any.
struct Steps {
    items: Vec<ObjRef>,
    error: Option<String>,
    next: Cell<usize>,
}

impl NativeData for Steps {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        self.items.iter().for_each(f);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn text_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<char>> {
    match o.as_str() {
        Some(s) => Ok(s.to_string_lossy().chars().collect()),
        None => Err(vm.type_error(format!("expected str, got {}", vm.type_name(o)))),
    }
}

fn s(vm: &Vm, chars: &[char]) -> ObjRef {
    vm.new_str(chars.iter().collect::<String>())
}

/// `parse_field` from just after a `{`: (field name, format spec, conversion), with `pos`
/// moved past the closing `}`.
/// A parsed replacement field: name, format spec (None when absent) and conversion.
type Field = (
    std::ops::Range<usize>,
    Option<std::ops::Range<usize>>,
    Option<char>,
);

fn parse_field(text: &[char], pos: &mut usize) -> Result<Field, &'static str> {
    let start = *pos;
    let mut c = '\0';
    while *pos < text.len() {
        c = text[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < text.len() && text[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = start..pos.saturating_sub(1).max(start);
    let name = if c == '}' || c == ':' || c == '!' {
        name
    } else {
        start..*pos
    };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err("expected '}' before end of string");
        }
        return Ok((name, None, None));
    }
    let mut conversion = None;
    if c == '!' {
        let Some(&conv) = text.get(*pos) else {
            return Err("end of string while looking for conversion specifier");
        };
        *pos += 1;
        conversion = Some(conv);
        if let Some(&next) = text.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok((name, None, conversion));
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < text.len() {
        let ch = text[*pos];
        *pos += 1;
        if ch == '{' {
            depth += 1;
        } else if ch == '}' {
            depth -= 1;
            if depth == 0 {
                return Ok((name, Some(spec_start..*pos - 1), conversion));
            }
        }
    }
    Err("unmatched '{' in format spec")
}

/// `formatter_parser(str)`: the tuples `MarkupIterator_next` produces.
fn formatter_parser(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "formatter_parser", 1)?;
    let text = text_arg(vm, &a[0])?;
    let mut items = Vec::new();
    let mut error = None;
    let mut pos = 0;
    while pos < text.len() {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < text.len() {
            c = text[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= text.len();
        let mut len = pos - start;
        if c == '}' && (at_end || text[pos] != '}') {
            error = Some("Single '}' encountered in format string");
            break;
        }
        if at_end && c == '{' {
            error = Some("Single '{' encountered in format string");
            break;
        }
        if !at_end {
            if text[pos] == c && markup {
                // An escaped brace: the literal keeps one, no field follows.
                pos += 1;
                markup = false;
            } else if markup {
                len -= 1;
            }
        }
        let literal = s(vm, &text[start..start + len]);
        if !markup {
            items.push(vm.new_tuple(vec![
                literal,
                vm.none.clone(),
                vm.none.clone(),
                vm.none.clone(),
            ]));
            continue;
        }
        match parse_field(&text, &mut pos) {
            Ok((name, spec, conv)) => {
                let spec = spec
                    .map(|r| s(vm, &text[r]))
                    .unwrap_or_else(|| vm.new_str(""));
                let conv = conv.map_or_else(|| vm.none.clone(), |c| vm.new_str(c.to_string()));
                items.push(vm.new_tuple(vec![literal, s(vm, &text[name]), spec, conv]));
            }
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    Ok(new_steps(
        vm,
        "formatteriterator",
        items,
        error.map(String::from),
    ))
}

/// `get_integer`: a field part made only of decimal digits is an index.
fn integer(part: &[char]) -> Result<Option<i64>, &'static str> {
    if part.is_empty() || !part.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: i64 = 0;
    for c in part {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(c.to_digit(10).unwrap_or(0) as i64))
            .ok_or("Too many decimal digits in format string")?;
    }
    Ok(Some(n))
}

fn key_obj(vm: &Vm, part: &[char], idx: Option<i64>) -> ObjRef {
    match idx {
        Some(i) => vm.new_int(i),
        None => s(vm, part),
    }
}

/// The `(is_attribute, key)` steps after the first part (`FieldNameIterator_next`).
fn field_steps(vm: &Vm, text: &[char], mut pos: usize) -> (Vec<ObjRef>, Option<String>) {
    let mut items = Vec::new();
    while pos < text.len() {
        let c = text[pos];
        pos += 1;
        let (is_attr, part) = match c {
            '.' => {
                let start = pos;
                while pos < text.len() && text[pos] != '[' && text[pos] != '.' {
                    pos += 1;
                }
                (true, &text[start..pos])
            }
            '[' => {
                let start = pos;
                while pos < text.len() && text[pos] != ']' {
                    pos += 1;
                }
                if pos >= text.len() {
                    return (items, Some("Missing ']' in format string".into()));
                }
                pos += 1;
                (false, &text[start..pos - 1])
            }
            _ => {
                let msg = "Only '.' or '[' may follow ']' in format field specifier";
                return (items, Some(msg.into()));
            }
        };
        let idx = if is_attr {
            None
        } else {
            match integer(part) {
                Ok(i) => i,
                Err(e) => return (items, Some(e.into())),
            }
        };
        if part.is_empty() {
            return (items, Some("Empty attribute in format string".into()));
        }
        items.push(vm.new_tuple(vec![vm.new_bool(is_attr), key_obj(vm, part, idx)]));
    }
    (items, None)
}

/// `formatter_field_name_split(str)`: `(first, iterator of (is_attribute, key))`.
fn formatter_field_name_split(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "formatter_field_name_split", 1)?;
    let text = text_arg(vm, &a[0])?;
    let end = text
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(text.len());
    let first = &text[..end];
    let idx = integer(first).map_err(|e| vm.value_error(e))?;
    let (items, error) = field_steps(vm, &text, end);
    let rest = new_steps(vm, "fieldnameiterator", items, error);
    Ok(vm.new_tuple(vec![key_obj(vm, first, idx), rest]))
}

fn new_steps(vm: &Vm, kind: &'static str, items: Vec<ObjRef>, error: Option<String>) -> ObjRef {
    let t = vm.native_type(kind, || make_iter_type(vm, kind));
    let st = Steps {
        items,
        error,
        next: Cell::new(0),
    };
    Obj::new(t, Payload::Native(Box::new(st)))
}

fn steps_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Payload::Native(n) = &o.payload else {
        return Err(vm.internal("_string iterator"));
    };
    let st = n
        .as_any()
        .downcast_ref::<Steps>()
        .ok_or_else(|| vm.internal("_string iterator"))?;
    let i = st.next.get();
    if let Some(v) = st.items.get(i) {
        st.next.set(i + 1);
        return Ok(Some(v.clone()));
    }
    match &st.error {
        Some(e) => Err(vm.value_error(e.clone())),
        None => Ok(None),
    }
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn make_iter_type(vm: &Vm, name: &str) -> ObjRef {
    let t =
        crate::types::new_static_type(&vm.types.type_, name, &vm.types.object, Layout::Opaque, 0);
    let s = Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(steps_next),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("formatter_parser", formatter_parser),
    ("formatter_field_name_split", formatter_field_name_split),
];

/// Creates the `_string` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_string");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_string"));
    }
    m
}
