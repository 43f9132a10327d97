//! The `_json` module (`Modules/_json.c`), the accelerator `json` uses when it exists:
//! `scanstring`, `encode_basestring`, `encode_basestring_ascii`, and the `make_scanner`
//! (`scanner.rs`) and `make_encoder` (`encoder.rs`) types. Error texts, the positions errors
//! report and the recursion messages are the C module's, which is what `python3` runs.

mod encoder;
mod scanner;

use krait_syntax::pystr::PyStrBuf;

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// `raise_errmsg`: `json.decoder.JSONDecodeError(msg, doc, pos)`.
pub(crate) fn decode_error(vm: &Vm, msg: &str, doc: &ObjRef, pos: usize) -> PyErr {
    let err = (|| -> PyResult<PyErr> {
        let module = crate::importer::import_module(vm, &vm.new_str("json.decoder"), None)?;
        let module = match vm.dict_get(&vm.modules, &vm.new_str("json.decoder"))? {
            Some(m) => m,
            None => module,
        };
        let cls = vm.getattr_str(&module, "JSONDecodeError")?;
        let exc = vm.call_pos(
            &cls,
            &[vm.new_str(msg), doc.clone(), vm.new_int(pos as i64)],
        )?;
        Ok(vm.raise(exc))
    })();
    err.unwrap_or_else(|e| e)
}

/// The code points of a `str` argument, or the C module's TypeError.
pub(crate) fn code_points(vm: &Vm, s: &ObjRef) -> PyResult<Vec<u32>> {
    match s.as_str() {
        Some(p) => Ok(p.to_code_points()),
        None => Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(s)
        ))),
    }
}

/// A `str` made of `points` (which may hold lone surrogates, as JSON `\ud800` escapes do).
pub(crate) fn str_of(vm: &Vm, points: &[u32]) -> PyResult<ObjRef> {
    match PyStrBuf::from_code_points(points.iter().copied()) {
        Some(buf) => Ok(vm.new_str_buf(buf)),
        None => Err(vm.internal("_json: invalid code point")),
    }
}

/// The value of one hexadecimal digit.
fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

/// Reads the four hex digits at `at`; the error position is the C module's (`end - 5`).
fn four_hex(vm: &Vm, doc: &ObjRef, s: &[u32], at: usize) -> PyResult<u32> {
    let mut v = 0;
    for &c in &s[at..at + 4] {
        match hex_value(c) {
            Some(d) => v = (v << 4) | d,
            None => return Err(decode_error(vm, "Invalid \\uXXXX escape", doc, at - 1)),
        }
    }
    Ok(v)
}

/// `scanstring_unicode`: the string whose opening quote is just before `end`; returns it and
/// the index after its closing quote.
pub(crate) fn scan_string(
    vm: &Vm,
    doc: &ObjRef,
    s: &[u32],
    end: usize,
    strict: bool,
) -> PyResult<(ObjRef, usize)> {
    let len = s.len();
    let begin = end.wrapping_sub(1);
    let mut out: Vec<u32> = Vec::new();
    let mut end = end;
    loop {
        // Up to the closing quote or the next escape; control characters are errors when strict.
        let mut next = end;
        let mut c = 0;
        while next < len {
            c = s[next];
            if c == u32::from(b'"') || c == u32::from(b'\\') {
                break;
            }
            if c <= 0x1f && strict {
                return Err(decode_error(vm, "Invalid control character at", doc, next));
            }
            next += 1;
        }
        if next >= len || (c != u32::from(b'"') && c != u32::from(b'\\')) {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin,
            ));
        }
        out.extend_from_slice(&s[end..next]);
        if c == u32::from(b'"') {
            return Ok((str_of(vm, &out)?, next + 1));
        }
        next += 1;
        if next == len {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin,
            ));
        }
        let esc = s[next];
        if esc != u32::from(b'u') {
            end = next + 1;
            let ch = match char::from_u32(esc) {
                Some('"') => '"',
                Some('\\') => '\\',
                Some('/') => '/',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                _ => return Err(decode_error(vm, "Invalid \\escape", doc, end - 2)),
            };
            out.push(ch as u32);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(decode_error(vm, "Invalid \\uXXXX escape", doc, next - 1));
        }
        let mut cp = four_hex(vm, doc, s, next)?;
        // A high surrogate followed by `\u` and a low one is one character; otherwise the
        // surrogate stays alone and the following text is read normally.
        if (0xD800..0xDC00).contains(&cp)
            && end + 6 < len
            && s[end] == u32::from(b'\\')
            && s[end + 1] == u32::from(b'u')
        {
            let low = four_hex(vm, doc, s, end + 2)?;
            if (0xDC00..0xE000).contains(&low) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                end += 6;
            }
        }
        out.push(cp);
    }
}

/// `_json.scanstring(string, end, strict=True)`.
fn scanstring(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "scanstring")?;
    let a = args.range(vm, "scanstring", 2, 3)?;
    // Argument Clinic's `n` and `i` converters: OverflowError for what a C integer cannot hold.
    let end = vm.ssize(&a[1])?;
    let strict = match a.get(2) {
        Some(v) => vm.ssize(v)? != 0,
        None => true,
    };
    let s = code_points(vm, &a[0])?;
    if end < 0 || end as usize > s.len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let (v, next) = scan_string(vm, &a[0], &s, end as usize, strict)?;
    Ok(vm.new_tuple(vec![v, vm.new_int(next as i64)]))
}

/// Appends `\uXXXX` for one UTF-16 unit, lower-case hex as the C module writes it.
fn push_u_escape(out: &mut String, unit: u32) {
    out.push_str(&format!("\\u{unit:04x}"));
}

/// `ascii_escape_unicode`: a JSON string literal with everything outside printable ASCII
/// escaped (astral characters as surrogate pairs).
pub(crate) fn escape_ascii(points: &[u32]) -> String {
    let mut out = String::with_capacity(points.len() + 2);
    out.push('"');
    for &c in points {
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x20..=0x7e => out.push(c as u8 as char),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0x10000.. => {
                let v = c - 0x10000;
                push_u_escape(&mut out, 0xD800 | (v >> 10));
                push_u_escape(&mut out, 0xDC00 | (v & 0x3ff));
            }
            _ => push_u_escape(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// `escape_unicode`: a JSON string literal escaping only quotes, backslashes and control
/// characters (other characters, lone surrogates included, are kept).
pub(crate) fn escape_unicode(points: &[u32], out: &mut PyStrBuf) {
    out.push_char('"');
    for &c in points {
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0..=0x1f => out.push_str(&format!("\\u{c:04x}")),
            _ => {
                let _ = out.push_code_point(c);
            }
        }
    }
    out.push_char('"');
}

/// `_json.encode_basestring_ascii(s)`.
fn encode_basestring_ascii(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "encode_basestring_ascii", 1)?;
    let points = code_points(vm, &a[0])?;
    Ok(vm.new_str(escape_ascii(&points)))
}

/// `_json.encode_basestring(s)`.
fn encode_basestring(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "encode_basestring", 1)?;
    let points = code_points(vm, &a[0])?;
    let mut out = PyStrBuf::new();
    escape_unicode(&points, &mut out);
    Ok(vm.new_str_buf(out))
}

/// Which of the module's escaping functions `f` is, if it is one (the encoder's fast path).
pub(crate) fn fast_escape(f: &ObjRef) -> Option<bool> {
    match &f.payload {
        Payload::Builtin(b) if b.module == Some("_json") => match b.name {
            "encode_basestring_ascii" => Some(true),
            "encode_basestring" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("scanstring", scanstring),
    ("encode_basestring_ascii", encode_basestring_ascii),
    ("encode_basestring", encode_basestring),
];

/// Creates the `_json` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_json");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_json"));
    }
    vm.dict_set_str(&d, "make_scanner", scanner::scanner_type(vm));
    vm.dict_set_str(&d, "make_encoder", encoder::encoder_type(vm));
    m
}
