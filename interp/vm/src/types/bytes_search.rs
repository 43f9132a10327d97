//! `bytes`/`bytearray` searches (`Objects/bytes_methods.c`): `find`, `rfind`, `index`, `rindex`,
//! `count`, `startswith` and `endswith`, with their optional `start`/`end` bounds.

use super::bytes::{buf, buffer, bytes_arg, needle, with_buf};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// A `start`/`end` argument: None, or an int or `__index__` object saturated to the machine
/// range, as `_PyEval_SliceIndex` does.
fn slice_index(vm: &Vm, o: Option<&ObjRef>) -> PyResult<Option<i64>> {
    let Some(o) = o.filter(|o| !vm.is_none(o)) else {
        return Ok(None);
    };
    if o.as_int().is_none() && !o.slot(|s| s.index).is_present() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = vm.index(o)?;
    Ok(Some(i.as_i64().unwrap_or(if i.is_negative() {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    })))
}

/// The searched span `[start, end)` after `ADJUST_INDICES` (negative bounds count from the
/// end); `None` when `start > end`, where nothing matches, not even `b''`.
fn span(vm: &Vm, a: &[ObjRef], len: usize) -> PyResult<Option<(usize, usize)>> {
    let len = len as i64;
    let start = slice_index(vm, a.get(1))?.unwrap_or(0);
    let end = slice_index(vm, a.get(2))?.unwrap_or(len);
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    Ok((start <= end).then_some((start as usize, end as usize)))
}

/// A search's operands: the needle and the span from [`span`]. The searched bytes are read in
/// place afterwards (copying them made each search O(len)).
type Finds = (Vec<u8>, Option<(usize, usize)>);

/// Parses `(sub[, start[, end]])` like `stringlib_parse_args_finds_byte`: the bounds first,
/// then `sub` (a bytes-like object or an int byte); errors name the method, and a wrong count
/// gets the messages of the methods' `"O|O&O&:find"` `PyArg_ParseTuple` formats.
fn finds_args(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str) -> PyResult<Finds> {
    let a = args.parse_tuple(vm, name, 1, 3)?;
    let len = with_buf(vm, o, <[u8]>::len)?;
    let sp = span(vm, a, len)?;
    let sub = needle(vm, &a[0])?;
    Ok((sub, sp))
}

/// The first index of `needle` in `hay[start..end]`.
fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    memchr::memmem::find(hay.get(start..end)?, needle).map(|p| p + start)
}

/// The last index of `needle` within `hay[start..end]`.
pub(super) fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    memchr::memmem::rfind(hay.get(start..end)?, needle).map(|p| p + start)
}

fn search(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, right: bool) -> PyResult<Option<usize>> {
    let (sub, sp) = finds_args(vm, o, args, name)?;
    let Some((s, e)) = sp else {
        return Ok(None);
    };
    // The needle's `__index__` may have resized a bytearray receiver: the span is clamped.
    with_buf(vm, o, |data| {
        let e = e.min(data.len());
        if right {
            rfind_in(data, &sub, s, e)
        } else {
            find_in(data, &sub, s, e)
        }
    })
}

fn m_find(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let r = search(vm, o, args, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |p| p as i64)))
}

fn m_rfind(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let r = search(vm, o, args, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |p| p as i64)))
}

fn m_index(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    match search(vm, o, args, "index", false)? {
        Some(p) => Ok(vm.new_int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn m_rindex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    match search(vm, o, args, "rindex", true)? {
        Some(p) => Ok(vm.new_int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn m_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let (sub, sp) = finds_args(vm, o, args, "count")?;
    let Some((s, e)) = sp else {
        return Ok(vm.new_int(0));
    };
    if sub.is_empty() {
        return Ok(vm.new_int((e - s + 1) as i64));
    }
    let count = with_buf(vm, o, |data| {
        let e = e.min(data.len());
        data.get(s..e)
            .map_or(0, |hay| memchr::memmem::find_iter(hay, &sub).count())
    })?;
    Ok(vm.new_int(count as i64))
}

/// `_Py_bytes_tailmatch`: the prefix (or suffix) is a bytes-like object or a tuple of them,
/// tested against the adjusted `[start, end)` span.
fn tailmatch(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, suffix: bool) -> PyResult {
    let a = args.parse_tuple(vm, name, 1, 3)?;
    let data = buf(vm, o)?;
    let sp = span(vm, a, data.len())?;
    let matches = |p: &[u8]| match sp {
        Some((s, e)) if suffix => data[s..e].ends_with(p),
        Some((s, e)) => data[s..e].starts_with(p),
        None => false,
    };
    // Tuple items are checked in order, so a later non-bytes item is never inspected once
    // one matches.
    if let Some(t) = a[0].as_tuple() {
        for x in t.iter() {
            let p = bytes_arg(vm, x)?;
            if matches(&p) {
                return Ok(vm.true_obj.clone());
            }
        }
        return Ok(vm.false_obj.clone());
    }
    let p = buffer(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    Ok(vm.new_bool(matches(&p)))
}

fn m_startswith(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    tailmatch(vm, o, args, "startswith", false)
}

fn m_endswith(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    tailmatch(vm, o, args, "endswith", true)
}

/// Adds these methods to `bytes` and `bytearray`.
pub fn init(vm: &Vm) {
    let methods: &[(&'static str, crate::object::native::NativeMethod)] = &[
        ("find", m_find),
        ("rfind", m_rfind),
        ("index", m_index),
        ("rindex", m_rindex),
        ("count", m_count),
        ("startswith", m_startswith),
        ("endswith", m_endswith),
    ];
    for ty in [&vm.types.bytes, &vm.types.bytearray] {
        vm.add_methods(ty, methods);
    }
}
