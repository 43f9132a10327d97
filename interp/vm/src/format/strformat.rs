//! `str.format` and `str.format_map` (`Objects/stringlib/unicode_format.h`): literal text with
//! `{{`/`}}` escapes, replacement fields with automatic or manual numbering, attribute and
//! index lookups, `!s`/`!r`/`!a` conversions and nested fields inside format specs.

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Where replacement fields get their values.
struct Source<'a> {
    args: &'a [ObjRef],
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
        args: args.pos(),
        kwargs: kwargs.as_ref(),
        auto: AutoState::Unused,
    };
    let text: Vec<char> = vm.str_lossy(fmt).chars().collect();
    let out = render(vm, &text, &mut src, 2)?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &Vm, fmt: &ObjRef, mapping: &ObjRef) -> PyResult {
    let mut src = Source {
        args: &[],
        kwargs: Some(mapping),
        auto: AutoState::Unused,
    };
    let text: Vec<char> = vm.str_lossy(fmt).chars().collect();
    let out = render(vm, &text, &mut src, 2)?;
    Ok(vm.new_str(out))
}

fn render(vm: &Vm, text: &[char], src: &mut Source<'_>, depth: usize) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c == '{' {
            if text.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let (field, next) = scan_field(vm, text, i + 1)?;
            out.push_str(&render_field(vm, &field, src, depth)?);
            i = next;
        } else if c == '}' {
            if text.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// The text of a replacement field starting after `{`, and the index after its `}`.
fn scan_field(vm: &Vm, text: &[char], start: usize) -> PyResult<(Vec<char>, usize)> {
    let mut depth = 1;
    let mut i = start;
    let mut in_brackets = false;
    while i < text.len() {
        match text[i] {
            '[' if depth == 1 => in_brackets = true,
            ']' if depth == 1 => in_brackets = false,
            '{' if !in_brackets => depth += 1,
            '}' if !in_brackets => {
                depth -= 1;
                if depth == 0 {
                    return Ok((text[start..i].to_vec(), i + 1));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if start >= text.len() {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    Err(vm.value_error("expected '}' before end of string"))
}

fn render_field(vm: &Vm, field: &[char], src: &mut Source<'_>, depth: usize) -> PyResult<String> {
    // Split into name, conversion and spec; brackets in the name may hold ':' or '!'.
    let mut i = 0;
    let mut in_brackets = false;
    while i < field.len() {
        match field[i] {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            ':' | '!' if !in_brackets => break,
            _ => {}
        }
        i += 1;
    }
    let name = &field[..i];
    let mut conversion = None;
    let mut spec: &[char] = &[];
    if i < field.len() && field[i] == '!' {
        if i + 1 >= field.len() {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        conversion = Some(field[i + 1]);
        if i + 2 < field.len() {
            if field[i + 2] != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
            spec = &field[i + 3..];
        }
    } else if i < field.len() {
        spec = &field[i + 1..];
    }
    let value = get_field(vm, name, src)?;
    let value = match conversion {
        None => value,
        Some('s') => vm.str(&value)?,
        Some('r') => vm.repr(&value)?,
        Some('a') => crate::builtins::ascii_of(vm, &value)?,
        Some(c) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec_text = if spec.contains(&'{') {
        render(vm, spec, src, depth - 1)?
    } else {
        spec.iter().collect()
    };
    let spec_obj = vm.new_str(spec_text);
    let r = vm.format(&value, &spec_obj)?;
    Ok(vm.str_lossy(&r))
}

/// Resolves a field name: a positional index or keyword, then `.attr` / `[key]` steps.
fn get_field(vm: &Vm, name: &[char], src: &mut Source<'_>) -> PyResult<ObjRef> {
    let first_end = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first: String = name[..first_end].iter().collect();
    let mut obj = if first.is_empty() {
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
    } else if let Ok(idx) = first.parse::<usize>() {
        if let AutoState::Auto(_) = src.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        src.auto = AutoState::Manual;
        positional(vm, src, idx)?
    } else {
        let key = vm.new_str(first.clone());
        match src.kwargs {
            Some(m) => vm.getitem(m, &key)?,
            None => return Err(vm.key_error(key)),
        }
    };
    let mut i = first_end;
    while i < name.len() {
        match name[i] {
            '.' => {
                let end = name[i + 1..]
                    .iter()
                    .position(|c| *c == '.' || *c == '[')
                    .map_or(name.len(), |p| p + i + 1);
                let attr: String = name[i + 1..end].iter().collect();
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.getattr(&obj, &vm.new_str(attr))?;
                i = end;
            }
            '[' => {
                let Some(close) = name[i + 1..].iter().position(|c| *c == ']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let close = close + i + 1;
                let key: String = name[i + 1..close].iter().collect();
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key_obj = match key.parse::<i64>() {
                    Ok(n) if !key.starts_with(['+', '-']) => vm.new_int(n),
                    _ => vm.new_str(key),
                };
                obj = vm.getitem(&obj, &key_obj)?;
                i = close + 1;
                if i < name.len() && name[i] != '.' && name[i] != '[' {
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
    src.args.get(idx).cloned().ok_or_else(|| {
        vm.index_error(format!(
            "Replacement index {idx} out of range for positional args tuple"
        ))
    })
}
