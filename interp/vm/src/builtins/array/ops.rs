//! `array.array`'s methods and sequence slots: indexing and slice assignment, comparison,
//! `+`/`*` and their in-place forms, and the list-like and conversion methods.

use super::items::{Val, to_object, write};
use super::{
    ArrayData, data, extend_bytes, extend_iter, new_array, objects, try_data, unicode_bytes,
};
use crate::object::native::{Args, NativeMethod};
use crate::object::slots::CompareOp;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::tuple::{SliceIdx, compare_seq, norm_index, repeat_count, resolve_slice};

/// An index argument, with array's message for other types.
fn index_of(vm: &Vm, key: &ObjRef) -> PyResult<isize> {
    if key.as_int().is_some() || key.slot(|s| s.index).is_present() {
        return vm.index_isize(key);
    }
    Err(vm.type_error("array indices must be integers"))
}

fn slice_bytes(d: &ArrayData, s: &SliceIdx) -> Vec<u8> {
    let n = d.size();
    if s.step == 1 {
        let a = s.start as usize * n;
        return d.bytes[a..a + s.len * n].to_vec();
    }
    s.indices()
        .flat_map(|i| d.bytes[i * n..(i + 1) * n].iter().copied())
        .collect()
}

pub(super) fn getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let d = data(vm, o)?.borrow();
    if matches!(key.payload, Payload::Slice(_)) {
        let s = resolve_slice(vm, key, d.len())?;
        return Ok(new_array(vm, d.code, slice_bytes(&d, &s)));
    }
    let i = index_of(vm, key)?;
    let i = norm_index(i, d.len()).ok_or_else(|| vm.index_error("array index out of range"))?;
    Ok(to_object(vm, d.get(i)))
}

/// `a[slice] = other` (an array of the same typecode) or `del a[slice]`.
fn set_slice(vm: &Vm, o: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let cell = data(vm, o)?;
    let (code, len, n) = {
        let d = cell.borrow();
        (d.code, d.len(), d.size())
    };
    let src: Vec<u8> = match value {
        None => Vec::new(),
        Some(v) => {
            let Some(other) = try_data(v) else {
                return Err(vm.type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    vm.type_name(v)
                )));
            };
            let other = other.borrow();
            if other.code != code {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            other.bytes.clone()
        }
    };
    let s = resolve_slice(vm, key, len)?;
    let mut d = cell.borrow_mut();
    if s.step == 1 || (value.is_none() && s.len == 0) {
        let a = (s.start.max(0) as usize).min(len) * n;
        let b = a.max(if s.step == 1 {
            (s.stop.max(0) as usize).min(len) * n
        } else {
            a
        });
        d.resize(vm, |v| {
            v.splice(a..b, src);
        })?;
        return Ok(());
    }
    if value.is_none() {
        let mut drop_idx: Vec<usize> = s.indices().collect();
        drop_idx.sort_unstable();
        let mut out = Vec::with_capacity(d.bytes.len());
        let mut k = 0;
        for (i, item) in d.bytes.chunks_exact(n).enumerate() {
            if k < drop_idx.len() && drop_idx[k] == i {
                k += 1;
            } else {
                out.extend_from_slice(item);
            }
        }
        d.resize(vm, |v| *v = out)?;
        return Ok(());
    }
    let count = src.len() / n;
    if count != s.len {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {count} to extended slice of size {}",
            s.len
        )));
    }
    for (k, i) in s.indices().enumerate() {
        d.bytes[i * n..(i + 1) * n].copy_from_slice(&src[k * n..(k + 1) * n]);
    }
    Ok(())
}

pub(super) fn setitem(vm: &Vm, o: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    if matches!(key.payload, Payload::Slice(_)) {
        return set_slice(vm, o, key, value);
    }
    let cell = data(vm, o)?;
    let i = index_of(vm, key)?;
    let (code, len, n) = {
        let d = cell.borrow();
        (d.code, d.len(), d.size())
    };
    let Some(i) = norm_index(i, len) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    match value {
        Some(v) => {
            let mut b = Vec::new();
            write(vm, code, v, &mut b)?;
            cell.borrow_mut().bytes[i * n..(i + 1) * n].copy_from_slice(&b);
        }
        None => {
            cell.borrow_mut().resize(vm, |v| {
                v.drain(i * n..(i + 1) * n);
            })?;
        }
    }
    Ok(())
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(vm: &Vm, o: &ObjRef, x: &ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let cell = data(vm, o)?;
    let mut i = start;
    loop {
        let item = {
            let d = cell.borrow();
            if i >= stop.min(d.len()) {
                return Ok(None);
            }
            to_object(vm, d.get(i))
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

pub(super) fn contains(vm: &Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    Ok(find(vm, o, x, 0, usize::MAX)?.is_some())
}

pub(super) fn richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (try_data(a), try_data(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let xs = objects(vm, &x.borrow());
    let ys = objects(vm, &y.borrow());
    compare_seq(vm, &xs, &ys, op)
}

pub(super) fn concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let x = data(vm, a)?.borrow();
    let Some(y) = try_data(b) else {
        return Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(b)
        )));
    };
    let y = y.borrow();
    if x.code != y.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut bytes = x.bytes.clone();
    bytes.extend_from_slice(&y.bytes);
    Ok(new_array(vm, x.code, bytes))
}

pub(super) fn repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let (a, n) = if try_data(a).is_some() {
        (a, n)
    } else {
        (n, a)
    };
    let d = data(vm, a)?.borrow();
    let k = repeat_count(vm, n, d.bytes.len(), 1)?;
    Ok(new_array(vm, d.code, d.bytes.repeat(k)))
}

pub(super) fn inplace_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let Some(y) = try_data(b) else {
        return Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(b)
        )));
    };
    let add = {
        let y = y.borrow();
        if y.code != data(vm, a)?.borrow().code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        y.bytes.clone()
    };
    data(vm, a)?
        .borrow_mut()
        .resize(vm, |v| v.extend_from_slice(&add))?;
    Ok(a.clone())
}

pub(super) fn inplace_repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let cell = data(vm, a)?;
    let k = repeat_count(vm, n, cell.borrow().bytes.len(), 1)?;
    let mut d = cell.borrow_mut();
    d.resize(vm, |v| *v = v.repeat(k))?;
    drop(d);
    Ok(a.clone())
}

fn m_append(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "append", 1)?;
    let cell = data(vm, o)?;
    let code = cell.borrow().code;
    let mut b = Vec::new();
    write(vm, code, &a[0], &mut b)?;
    cell.borrow_mut().resize(vm, |v| v.extend_from_slice(&b))?;
    Ok(vm.none.clone())
}

fn m_extend(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "extend", 1)?;
    let cell = data(vm, o)?;
    if let Some(src) = try_data(&a[0]) {
        let add = {
            let s = src.borrow();
            if s.code != cell.borrow().code {
                return Err(vm.type_error("can only extend with array of same kind"));
            }
            s.bytes.clone()
        };
        cell.borrow_mut()
            .resize(vm, |v| v.extend_from_slice(&add))?;
    } else {
        extend_iter(vm, cell, &a[0])?;
    }
    Ok(vm.none.clone())
}

fn m_insert(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "insert", 2, 2)?;
    let i = vm.index_isize(&a[0])?;
    let cell = data(vm, o)?;
    let (code, len, n) = {
        let d = cell.borrow();
        (d.code, d.len(), d.size())
    };
    let mut b = Vec::new();
    write(vm, code, &a[1], &mut b)?;
    let at = if i < 0 {
        (i + len as isize).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    cell.borrow_mut().resize(vm, |v| {
        v.splice(at * n..at * n, b);
    })?;
    Ok(vm.none.clone())
}

fn m_pop(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => vm.index_isize(v)?,
        None => -1,
    };
    let cell = data(vm, o)?;
    let (len, n) = {
        let d = cell.borrow();
        (d.len(), d.size())
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = norm_index(i, len).ok_or_else(|| vm.index_error("pop index out of range"))?;
    let v = cell.borrow().get(i);
    cell.borrow_mut().resize(vm, |v| {
        v.drain(i * n..(i + 1) * n);
    })?;
    Ok(to_object(vm, v))
}

fn m_remove(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "remove", 1)?;
    let Some(i) = find(vm, o, &a[0], 0, usize::MAX)? else {
        return Err(vm.value_error("array.remove(x): x not in array"));
    };
    let cell = data(vm, o)?;
    let n = cell.borrow().size();
    cell.borrow_mut().resize(vm, |v| {
        v.drain(i * n..(i + 1) * n);
    })?;
    Ok(vm.none.clone())
}

/// A start/stop bound of `index`, clamped as list.index clamps.
fn bound(vm: &Vm, v: Option<&ObjRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.index_isize(v)?;
    Ok(if i < 0 {
        (i + len as isize).max(0) as usize
    } else {
        i as usize
    })
}

fn m_index(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "index", 1, 3)?;
    let len = data(vm, o)?.borrow().len();
    let start = bound(vm, a.get(1), len, 0)?;
    let stop = bound(vm, a.get(2), len, usize::MAX)?;
    match find(vm, o, &a[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn m_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "count", 1)?;
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find(vm, o, &a[0], at, usize::MAX)? {
        n += 1;
        at = i + 1;
    }
    Ok(vm.new_int(n))
}

fn m_reverse(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "reverse", 0)?;
    let mut d = data(vm, o)?.borrow_mut();
    let n = d.size();
    let rev: Vec<u8> = d.bytes.chunks_exact(n).rev().flatten().copied().collect();
    d.bytes = rev;
    Ok(vm.none.clone())
}

fn m_byteswap(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "byteswap", 0)?;
    let mut d = data(vm, o)?.borrow_mut();
    let n = d.size();
    for item in d.bytes.chunks_exact_mut(n) {
        item.reverse();
    }
    Ok(vm.none.clone())
}

fn m_tobytes(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "tobytes", 0)?;
    Ok(vm.new_bytes(data(vm, o)?.borrow().bytes.clone()))
}

fn m_frombytes(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "frombytes", 1)?;
    let b = super::super::binascii::bytes_arg(vm, &a[0])?;
    extend_bytes(vm, data(vm, o)?, &b)?;
    Ok(vm.none.clone())
}

/// `tofile(f)`: the items' bytes written to `f` in blocks of 64 KiB, as `array_array_tofile`.
fn m_tofile(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tofile", 1)?;
    let bytes = data(vm, o)?.borrow().bytes.clone();
    for block in bytes.chunks(64 * 1024) {
        vm.call_method(&a[0], "write", &[vm.new_bytes(block.to_vec())])?;
    }
    Ok(vm.none.clone())
}

/// `fromfile(f, n)`: `n` items read from `f` (`array_array_fromfile_impl`): what was read is
/// appended, then `EOFError` if it was short.
fn m_fromfile(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fromfile", 2)?;
    let n = vm.index_isize(&a[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let cell = data(vm, o)?;
    let size = cell.borrow().size();
    let Some(nbytes) = (n as usize)
        .checked_mul(size)
        .filter(|&b| b <= isize::MAX as usize)
    else {
        return Err(vm.error_noargs(&vm.exc.memory_error));
    };
    let b = vm.call_method(&a[0], "read", &[vm.new_int(nbytes as i64)])?;
    let Some(bytes) = b.as_bytes() else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let short = bytes.len() != nbytes;
    extend_bytes(vm, cell, bytes)?;
    if short {
        return Err(vm.error(&vm.exc.eof_error, "read() didn't return enough bytes"));
    }
    Ok(vm.none.clone())
}

fn m_tolist(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "tolist", 0)?;
    let items = objects(vm, &data(vm, o)?.borrow());
    Ok(vm.new_list(items))
}

fn m_fromlist(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fromlist", 1)?;
    let Payload::List(l) = &a[0].payload else {
        return Err(vm.type_error("arg must be list"));
    };
    let items: Vec<ObjRef> = l.borrow().to_vec();
    let cell = data(vm, o)?;
    let code = cell.borrow().code;
    let b = super::bytes_of(vm, code, &items)?;
    cell.borrow_mut().resize(vm, |v| v.extend_from_slice(&b))?;
    Ok(vm.none.clone())
}

fn m_tounicode(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "tounicode", 0)?;
    let d = data(vm, o)?.borrow();
    if d.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut s = String::new();
    for v in d.values() {
        match v {
            Val::Char(c) => match char::from_u32(c) {
                Some(ch) => s.push(ch),
                None => {
                    return Err(vm.value_error(format!(
                        "character U+{c:x} is not in range [U+0000; U+10ffff]"
                    )));
                }
            },
            _ => s.push('?'),
        }
    }
    Ok(vm.new_str(s))
}

fn m_fromunicode(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fromunicode", 1)?;
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let cell = data(vm, o)?;
    if cell.borrow().code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let b = unicode_bytes(s);
    cell.borrow_mut().resize(vm, |v| v.extend_from_slice(&b))?;
    Ok(vm.none.clone())
}

fn m_buffer_info(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "buffer_info", 0)?;
    let d = data(vm, o)?.borrow();
    let addr = d.bytes.as_ptr() as usize as i64;
    Ok(vm.new_tuple(vec![vm.new_int(addr), vm.new_int(d.len() as i64)]))
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let d = data(vm, o)?.borrow();
    let _ = args.range(vm, "__copy__", 0, 1)?;
    Ok(new_array(vm, d.code, d.bytes.clone()))
}

/// The methods of `array.array`.
pub(super) const METHODS: &[(&str, NativeMethod)] = &[
    ("append", m_append),
    ("extend", m_extend),
    ("insert", m_insert),
    ("pop", m_pop),
    ("remove", m_remove),
    ("index", m_index),
    ("count", m_count),
    ("reverse", m_reverse),
    ("byteswap", m_byteswap),
    ("tobytes", m_tobytes),
    ("frombytes", m_frombytes),
    ("tolist", m_tolist),
    ("tofile", m_tofile),
    ("fromfile", m_fromfile),
    ("fromlist", m_fromlist),
    ("tounicode", m_tounicode),
    ("fromunicode", m_fromunicode),
    ("buffer_info", m_buffer_info),
    ("__copy__", m_copy),
    ("__deepcopy__", m_copy),
];
