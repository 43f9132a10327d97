//! `str.format` and `str.format_map` (`Objects/stringlib/unicode_format.h`): literal text with
//! `{{`/`}}` escapes, replacement fields with automatic or manual numbering, attribute and
//! index lookups, `!s`/`!r`/`!a` conversions and nested fields inside format specs. The text
//! is handled as code points, so lone surrogates (`surrogateescape`d bytes) pass through.

use krait_syntax::pystr::PyStrBuf;

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// A code point of the format string.
type Cp = u32;

const LBRACE: Cp = '{' as Cp;
const RBRACE: Cp = '}' as Cp;
const LBRACKET: Cp = '[' as Cp;
const RBRACKET: Cp = ']' as Cp;
const DOT: Cp = '.' as Cp;
const COLON: Cp = ':' as Cp;
const BANG: Cp = '!' as Cp;

/// The str object holding these code points (taken from str objects, so all valid).
fn new_str_of(vm: &Vm, cps: &[Cp]) -> ObjRef {
    vm.new_str_buf(crate::types::str::buf_from_code_points(cps.iter().copied()))
}

/// `get_integer`: a field name or index made only of decimal digits is a number (None when
/// it is empty or has anything else), and one past `Py_ssize_t` is an error.
fn field_number(vm: &Vm, cps: &[Cp]) -> PyResult<Option<usize>> {
    if cps.is_empty() || !cps.iter().all(|&c| (0x30..=0x39).contains(&c)) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in cps {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((c - 0x30) as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Where replacement fields get their values.
struct Source<'a> {
    /// The positional arguments; None for `format_map`, which has none to give.
    args: Option<&'a [ObjRef]>,
    kwargs: Option<&'a ObjRef>,
    /// Next automatic index, or None once a manual index was used (and Some after auto).
    auto: AutoState,
}

#[derive(PartialEq, Eq)]
enum AutoState {
    Unused,
    Auto(usize),
    Manual,
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &Vm, fmt: &ObjRef, args: Args<'_>) -> PyResult {
    let kwargs = if args.has_kw() {
        let d = vm.new_dict();
        for (k, v) in args.kw() {
            vm.dict_set(&d, k.clone(), v.clone())?;
        }
        Some(d)
    } else {
        None
    };
    let mut src = Source {
        args: Some(args.pos()),
        kwargs: kwargs.as_ref(),
        auto: AutoState::Unused,
    };
    finish(vm, fmt, &mut src)
}

/// Renders `fmt` and makes the result as `_PyUnicodeWriter` does, which keeps the one str
/// object written when nothing else is (its "readonly" mode): a format string without fields
/// gives itself (a `str` subclass included), and one whose last piece is a field, everything
/// before it empty, gives the object that field formatted to (`'{}'.format(s) is s`).
fn finish(vm: &Vm, fmt: &ObjRef, src: &mut Source<'_>) -> PyResult {
    let text: Vec<Cp> = fmt.as_str().map(|s| s.to_code_points()).unwrap_or_default();
    // Without braces there is nothing to render and nothing that can fail.
    if !text.is_empty() && !text.contains(&LBRACE) && !text.contains(&RBRACE) {
        return Ok(fmt.clone());
    }
    let mut last = None;
    let out = render(vm, &text, src, 2, Some(&mut last))?;
    Ok(match last {
        Some(obj) => obj,
        None => vm.new_str_buf(out),
    })
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &Vm, fmt: &ObjRef, mapping: &ObjRef) -> PyResult {
    let mut src = Source {
        args: None,
        kwargs: Some(mapping),
        auto: AutoState::Unused,
    };
    finish(vm, fmt, &mut src)
}

/// The text `text` renders to. With `last`, that gets the str object the final field
/// formatted to when it is the last piece and all before it rendered empty (see [`finish`]).
fn render(
    vm: &Vm,
    text: &[Cp],
    src: &mut Source<'_>,
    depth: usize,
    mut last: Option<&mut Option<ObjRef>>,
) -> PyResult<PyStrBuf> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = PyStrBuf::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c == LBRACE {
            if text.get(i + 1) == Some(&LBRACE) {
                let _ = out.push_code_point(LBRACE);
                i += 2;
                continue;
            }
            let (field, next) = parse_field(vm, text, i + 1)?;
            let r = render_field(vm, &field, src, depth)?;
            if next == text.len()
                && out.is_empty()
                && let Some(last) = last.as_deref_mut()
            {
                *last = Some(r.clone());
            }
            if let Some(r) = r.as_str() {
                out.extend(r.buf());
            }
            i = next;
        } else if c == RBRACE {
            if text.get(i + 1) == Some(&RBRACE) {
                let _ = out.push_code_point(RBRACE);
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            let _ = out.push_code_point(c);
            i += 1;
        }
    }
    Ok(out)
}

/// A parsed replacement field.
struct Field {
    name: Vec<Cp>,
    conversion: Option<Cp>,
    spec: Vec<Cp>,
}

/// `parse_field`: the field starting after `{`, and the index after its closing `}`, with
/// CPython's errors for malformed fields.
fn parse_field(vm: &Vm, text: &[Cp], start: usize) -> PyResult<(Field, usize)> {
    if start >= text.len() {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    let mut i = start;
    let mut c = 0;
    while i < text.len() {
        c = text[i];
        i += 1;
        match c {
            LBRACE => return Err(vm.value_error("unexpected '{' in field name")),
            LBRACKET => {
                while i < text.len() && text[i] != RBRACKET {
                    i += 1;
                }
            }
            RBRACE | COLON | BANG => break,
            _ => {}
        }
    }
    let name = text[start..i.saturating_sub(1).max(start)].to_vec();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
    };
    if c == BANG || c == COLON {
        if c == BANG {
            if i >= text.len() {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(text[i]);
            i += 1;
            if i < text.len() {
                let c2 = text[i];
                i += 1;
                if c2 == RBRACE {
                    return Ok((field, i));
                }
                if c2 != COLON {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = i;
        let mut count = 1;
        while i < text.len() {
            let ch = text[i];
            i += 1;
            match ch {
                LBRACE => count += 1,
                RBRACE => {
                    count -= 1;
                    if count == 0 {
                        field.spec = text[spec_start..i - 1].to_vec();
                        return Ok((field, i));
                    }
                }
                _ => {}
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    if c != RBRACE {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    Ok((field, i))
}

fn render_field(vm: &Vm, field: &Field, src: &mut Source<'_>, depth: usize) -> PyResult {
    let name = &field.name[..];
    let conversion = field.conversion;
    let spec = &field.spec[..];
    let value = get_field(vm, name, src)?;
    let value = match conversion.map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')) {
        None => value,
        Some('s') => vm.str(&value)?,
        Some('r') => vm.repr(&value)?,
        Some('a') => crate::builtins::ascii_of(vm, &value)?,
        Some(c) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec_obj = if spec.contains(&LBRACE) {
        vm.new_str_buf(render(vm, spec, src, depth - 1, None)?)
    } else {
        new_str_of(vm, spec)
    };
    vm.format(&value, &spec_obj)
}

/// Resolves a field name: a positional index or keyword, then `.attr` / `[key]` steps.
fn get_field(vm: &Vm, name: &[Cp], src: &mut Source<'_>) -> PyResult<ObjRef> {
    let first_end = name
        .iter()
        .position(|c| *c == DOT || *c == LBRACKET)
        .unwrap_or(name.len());
    let number = field_number(vm, &name[..first_end])?;
    let mut obj = if first_end == 0 {
        let idx = match src.auto {
            AutoState::Manual => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            AutoState::Unused => 0,
            AutoState::Auto(n) => n,
        };
        src.auto = AutoState::Auto(idx + 1);
        positional(vm, src, idx)?
    } else if let Some(idx) = number {
        if let AutoState::Auto(_) = src.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        src.auto = AutoState::Manual;
        positional(vm, src, idx)?
    } else {
        let key = new_str_of(vm, &name[..first_end]);
        match src.kwargs {
            Some(m) => vm.getitem(m, &key)?,
            None => return Err(vm.key_error(key)),
        }
    };
    let mut i = first_end;
    while i < name.len() {
        match name[i] {
            DOT => {
                let end = name[i + 1..]
                    .iter()
                    .position(|c| *c == DOT || *c == LBRACKET)
                    .map_or(name.len(), |p| p + i + 1);
                if end == i + 1 {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.getattr(&obj, &new_str_of(vm, &name[i + 1..end]))?;
                i = end;
            }
            LBRACKET => {
                let Some(close) = name[i + 1..].iter().position(|c| *c == RBRACKET) else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let close = close + i + 1;
                let key = &name[i + 1..close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key_obj = match field_number(vm, key)? {
                    Some(n) => vm.new_int(n as i64),
                    None => new_str_of(vm, key),
                };
                obj = vm.getitem(&obj, &key_obj)?;
                i = close + 1;
                if i < name.len() && name[i] != DOT && name[i] != LBRACKET {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

fn positional(vm: &Vm, src: &Source<'_>, idx: usize) -> PyResult<ObjRef> {
    let Some(args) = src.args else {
        return Err(vm.value_error("Format string contains positional fields"));
    };
    args.get(idx).cloned().ok_or_else(|| {
        vm.index_error(format!(
            "Replacement index {idx} out of range for positional args tuple"
        ))
    })
}
