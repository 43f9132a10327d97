//! More `bytes`/`bytearray` methods (`Objects/bytes_methods.c`, `bytearrayobject.c`): padding,
//! case mapping and tests in ASCII, partition and right-hand searches and splits, `splitlines`,
//! `translate`/`maketrans`, and `bytearray`'s in-place list-like methods.

use std::cell::RefCell;

use super::bytes::{buf, byte_value, bytes_arg, find, is_space, make_like};
use super::bytes_search::rfind_in;
use crate::object::native::Args;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A clinic `char` argument: a bytes or bytearray of length 1.
fn fill_byte(vm: &Vm, fname: &str, o: Option<&ObjRef>) -> PyResult<u8> {
    let Some(o) = o else { return Ok(b' ') };
    match &o.payload {
        Payload::Bytes(b) if b.len() == 1 => Ok(b[0]),
        Payload::ByteArray(b) if b.borrow().len() == 1 => Ok(b.borrow()[0]),
        _ => Err(vm.type_error(format!(
            "{fname}() argument 2 must be a byte string of length 1, not {}",
            vm.arg_type_name(o)
        ))),
    }
}

fn pad(vm: &Vm, o: &ObjRef, args: Args<'_>, fname: &str, how: char) -> PyResult {
    let a = args.range(vm, fname, 1, 2)?;
    let width = vm.index_isize(&a[0])?;
    let fill = fill_byte(vm, fname, a.get(1))?;
    let data = buf(vm, o)?;
    let len = data.len() as isize;
    if width <= len {
        return Ok(super::bytes::unchanged(vm, o, data));
    }
    crate::allocator::check_size(vm, width as usize)?;
    let marg = (width - len) as usize;
    let left = match how {
        'l' => 0,
        'r' => marg,
        _ => marg / 2 + (marg & (width as usize) & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(make_like(vm, o, out))
}

fn m_center(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "center", 'c')
}

fn m_ljust(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "ljust", 'l')
}

fn m_rjust(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "rjust", 'r')
}

fn m_zfill(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "zfill", 1)?;
    let width = vm.index_isize(&a[0])?;
    let data = buf(vm, o)?;
    if width <= data.len() as isize {
        return Ok(super::bytes::unchanged(vm, o, data));
    }
    crate::allocator::check_size(vm, width as usize)?;
    let fill = width as usize - data.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&data);
    if let Some(&c) = data.first()
        && (c == b'+' || c == b'-')
    {
        out[0] = c;
        out[fill] = b'0';
    }
    Ok(make_like(vm, o, out))
}

fn m_expandtabs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [tabsize] = args.bind(vm, "expandtabs", ["tabsize"], 0, 1, 0)?;
    let tab = match tabsize {
        Some(t) => vm.index_c_int(&t)? as isize,
        None => 8,
    };
    let data = buf(vm, o)?;
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0isize;
    for &b in &data {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make_like(vm, o, out))
}

macro_rules! map_bytes {
    ($name:ident, $text:literal, |$data:ident| $body:expr) => {
        fn $name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
            args.exact(vm, $text, 0)?;
            let $data = buf(vm, o)?;
            Ok(make_like(vm, o, $body))
        }
    };
}

map_bytes!(m_capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, b)| if i == 0 {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    })
    .collect());
map_bytes!(m_swapcase, "swapcase", |d| d
    .iter()
    .map(|b| if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    })
    .collect());
map_bytes!(m_title, "title", |d| {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! test_bytes {
    ($name:ident, $text:literal, |$data:ident| $body:expr) => {
        fn $name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
            args.exact(vm, $text, 0)?;
            let $data = buf(vm, o)?;
            Ok(vm.new_bool($body))
        }
    };
}

test_bytes!(m_isascii, "isascii", |d| d.is_ascii());
test_bytes!(m_islower, "islower", |d| d
    .iter()
    .any(|b| b.is_ascii_lowercase())
    && !d.iter().any(|b| b.is_ascii_uppercase()));
test_bytes!(m_isupper, "isupper", |d| d
    .iter()
    .any(|b| b.is_ascii_uppercase())
    && !d.iter().any(|b| b.is_ascii_lowercase()));
test_bytes!(m_istitle, "istitle", |d| {
    let mut cased = false;
    let mut prev_cased = false;
    let mut ok = true;
    for b in &d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                ok = false;
                break;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                ok = false;
                break;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    ok && cased
});

fn sep_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    let b = bytes_arg(vm, o)?;
    if b.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok(b)
}

fn partition(vm: &Vm, o: &ObjRef, args: Args<'_>, right: bool) -> PyResult {
    let a = args.exact(vm, if right { "rpartition" } else { "partition" }, 1)?;
    let sep = sep_arg(vm, &a[0])?;
    let data = buf(vm, o)?;
    let found = if right {
        rfind_in(&data, &sep, 0, data.len())
    } else {
        find(&data, &sep, 0)
    };
    let parts = match found {
        Some(p) => [
            data[..p].to_vec(),
            sep.clone(),
            data[p + sep.len()..].to_vec(),
        ],
        None if right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    // Not found: exact bytes are the tuple's item themselves (stringlib's `partition`).
    let whole = usize::from(right) * 2;
    let items = parts.into_iter().enumerate().map(|(i, p)| {
        if found.is_none() && i == whole {
            super::bytes::unchanged(vm, o, p)
        } else {
            make_like(vm, o, p)
        }
    });
    Ok(vm.new_tuple(items.collect()))
}

fn m_partition(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    partition(vm, o, args, false)
}

fn m_rpartition(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    partition(vm, o, args, true)
}

fn strip_affix(vm: &Vm, o: &ObjRef, args: Args<'_>, prefix: bool) -> PyResult {
    let name = if prefix {
        "removeprefix"
    } else {
        "removesuffix"
    };
    let a = args.exact(vm, name, 1)?;
    let p = bytes_arg(vm, &a[0])?;
    let data = buf(vm, o)?;
    let rest = if prefix {
        data.strip_prefix(p.as_slice())
    } else {
        data.strip_suffix(p.as_slice())
    };
    match rest {
        Some(r) if !p.is_empty() => Ok(make_like(vm, o, r.to_vec())),
        _ => Ok(super::bytes::unchanged(vm, o, data)),
    }
}

fn m_removeprefix(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_affix(vm, o, args, true)
}

fn m_removesuffix(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_affix(vm, o, args, false)
}

fn m_rsplit(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [sep, maxsplit] = args.bind(vm, "rsplit", ["sep", "maxsplit"], 0, 2, 0)?;
    let data = buf(vm, o)?;
    let max = match maxsplit {
        Some(m) => vm.index_isize(&m)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let sep = sep.filter(|s| !vm.is_none(s));
    let sep_given = sep.is_some();
    match sep {
        None => {
            let mut end = data.len();
            let mut splits = 0;
            loop {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if max >= 0 && splits >= max {
                    parts.push(data[..end].to_vec());
                    break;
                }
                let mut start = end;
                while start > 0 && !is_space(data[start - 1]) {
                    start -= 1;
                }
                parts.push(data[start..end].to_vec());
                end = start;
                splits += 1;
            }
        }
        Some(s) => {
            let sep = sep_arg(vm, &s)?;
            let mut end = data.len();
            let mut splits = 0;
            while max < 0 || splits < max {
                match rfind_in(&data, &sep, 0, end) {
                    Some(p) => {
                        parts.push(data[p + sep.len()..end].to_vec());
                        end = p;
                        splits += 1;
                    }
                    None => break,
                }
            }
            parts.push(data[..end].to_vec());
        }
    }
    parts.reverse();
    // No split made: exact bytes themselves, as `split` (a whitespace split stopped at once
    // by `maxsplit=0` copies).
    if let [only] = parts.as_slice()
        && *only == data
        && (sep_given || max != 0)
    {
        return Ok(vm.new_list(vec![super::bytes::unchanged(vm, o, data)]));
    }
    Ok(vm.new_list(parts.into_iter().map(|p| make_like(vm, o, p)).collect()))
}

fn m_splitlines(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [keepends] = args.bind(vm, "splitlines", ["keepends"], 0, 1, 0)?;
    let keep = match keepends {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let data = buf(vm, o)?;
    // No line break at all: exact bytes are the one line themselves (stringlib).
    if !data.is_empty() && !data.iter().any(|&b| b == b'\n' || b == b'\r') {
        return Ok(vm.new_list(vec![super::bytes::unchanged(vm, o, data)]));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let eol = i;
        if i < data.len() {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        let end = if keep { i } else { eol };
        out.push(make_like(vm, o, data[start..end].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn m_translate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [table, delete] = args.bind(vm, "translate", ["table", "delete"], 1, 2, 1)?;
    let table = table.filter(|t| !vm.is_none(t));
    let table = match &table {
        Some(t) => match super::bytes::buffer(t) {
            Some(b) if b.len() == 256 => Some(b),
            Some(_) => {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(t)
                )));
            }
        },
        None => None,
    };
    let delete = match &delete {
        Some(d) => bytes_arg(vm, d)?,
        None => Vec::new(),
    };
    let data = buf(vm, o)?;
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect::<Vec<u8>>();
    // Nothing changed: exact bytes themselves (`bytes_translate_impl`).
    if out == data {
        return Ok(super::bytes::unchanged(vm, o, data));
    }
    Ok(make_like(vm, o, out))
}

fn m_maketrans(vm: &Vm, _ty: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "maketrans", 2)?;
    let mut bufs = Vec::new();
    for x in a {
        bufs.push(bytes_arg(vm, x)?);
    }
    if bufs[0].len() != bufs[1].len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in bufs[0].iter().zip(&bufs[1]) {
        table[usize::from(*f)] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn m_bytes(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__bytes__", 0)?;
    if o.is_exact(&vm.types.bytes) {
        return Ok(o.clone());
    }
    Ok(vm.new_bytes(buf(vm, o)?))
}

/// A bytearray's buffer, to be resized: refused while memoryviews export it.
fn cell<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<Vec<u8>>> {
    match &o.payload {
        Payload::ByteArray(b) => {
            super::memoryview::check_resize(vm, b)?;
            Ok(&b.data)
        }
        _ => Err(vm.internal("expected a bytearray")),
    }
}

fn m_insert(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "insert", 2)?;
    let i = vm.index_isize(&a[0])?;
    let b = byte_value(vm, &a[1])?;
    let c = cell(vm, o)?;
    let len = c.borrow().len() as isize;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    c.borrow_mut().insert(at as usize, b);
    Ok(vm.none.clone())
}

fn m_remove(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "remove", 1)?;
    let b = byte_value(vm, &a[0])?;
    let c = cell(vm, o)?;
    let pos = c.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            c.borrow_mut().remove(p);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn m_reverse(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "reverse", 0)?;
    if let Payload::ByteArray(b) = &o.payload {
        b.borrow_mut().reverse();
    }
    Ok(vm.none.clone())
}

fn m_clear(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    cell(vm, o)?.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn m_alloc(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__alloc__", 0)?;
    let Payload::ByteArray(b) = &o.payload else {
        return Err(vm.internal("bytearray"));
    };
    let c = b.borrow();
    Ok(vm.new_int(if c.is_empty() { 0 } else { c.len() as i64 + 1 }))
}

/// `bytearray *= n`.
pub fn bytearray_irepeat(vm: &Vm, o: &ObjRef, n: &ObjRef) -> PyResult {
    let n = vm.index_isize(n)?.max(0) as usize;
    let c = cell(vm, o)?;
    let data = c.borrow().clone();
    if data.len().checked_mul(n).is_none() {
        return Err(vm.error_noargs(&vm.exc.memory_error));
    }
    *c.borrow_mut() = data.repeat(n);
    Ok(o.clone())
}

/// Adds these methods to `bytes` and `bytearray`.
pub fn init(vm: &Vm) {
    let shared: &[(&'static str, crate::object::native::NativeMethod)] = &[
        ("center", m_center),
        ("ljust", m_ljust),
        ("rjust", m_rjust),
        ("zfill", m_zfill),
        ("expandtabs", m_expandtabs),
        ("capitalize", m_capitalize),
        ("swapcase", m_swapcase),
        ("title", m_title),
        ("isascii", m_isascii),
        ("islower", m_islower),
        ("isupper", m_isupper),
        ("istitle", m_istitle),
        ("partition", m_partition),
        ("rpartition", m_rpartition),
        ("removeprefix", m_removeprefix),
        ("removesuffix", m_removesuffix),
        ("rsplit", m_rsplit),
        ("splitlines", m_splitlines),
        ("translate", m_translate),
    ];
    for ty in [&vm.types.bytes, &vm.types.bytearray] {
        vm.add_methods(ty, shared);
        vm.add_staticmethod(ty, "maketrans", m_maketrans);
    }
    vm.add_methods(&vm.types.bytes, &[("__bytes__", m_bytes)]);
    vm.add_methods(
        &vm.types.bytearray,
        &[
            ("insert", m_insert),
            ("remove", m_remove),
            ("reverse", m_reverse),
            ("clear", m_clear),
            ("__alloc__", m_alloc),
        ],
    );
}
