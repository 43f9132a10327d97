//! `bytes` and `bytearray`: construction, repr, indexing and slicing, comparison, hashing,
//! concatenation, and the common methods shared over their byte buffers.

use std::rc::Rc;

use super::tuple::{index_arg, norm_index, repeat_count, resolve_slice};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The bytes of a bytes-like object (copied out): `bytes`, `bytearray`, a memoryview, or a
/// native object that exports a buffer (`array.array`), as `PyObject_GetBuffer` takes them.
pub fn buffer(o: &ObjRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::MemoryView(_) => super::memoryview::buffer_of(o),
        Payload::Native(n) => n.buffer(),
        _ => None,
    }
}

/// Runs `f` over the bytes of a bytes-like object in place, so O(1) work such as indexing
/// does not first copy the whole buffer (CPython reads `ob_bytes` directly). A memoryview's
/// bytes are gathered first since its layout may be strided. `f` must not run Python code:
/// a bytearray stays borrowed while it runs.
pub fn with_buffer<R>(o: &ObjRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match &o.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        Payload::MemoryView(_) => super::memoryview::buffer_of(o).map(|v| f(&v)),
        Payload::Native(n) => n.buffer().map(|v| f(&v)),
        _ => None,
    }
}

/// [`with_buffer`] for a receiver known to be bytes-like.
pub(super) fn with_buf<R>(vm: &Vm, o: &ObjRef, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    with_buffer(o, f).ok_or_else(|| vm.internal("expected bytes"))
}

pub(super) fn buf(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    buffer(o).ok_or_else(|| vm.internal("expected bytes"))
}

/// Builds a result of the same kind as `like` (bytes or bytearray).
pub(super) fn make_like(vm: &Vm, like: &ObjRef, data: Vec<u8>) -> ObjRef {
    match like.payload {
        Payload::ByteArray(_) => vm.alloc_instance(
            &vm.types.bytearray,
            Payload::ByteArray(Box::new(super::memoryview::ByteArrayData::new(data))),
        ),
        _ => vm.new_bytes(data),
    }
}

/// Bytes from an object for `bytes(x)`: a buffer, an int count, or an iterable of ints.
pub(super) fn from_object(vm: &Vm, x: &ObjRef) -> PyResult<Vec<u8>> {
    from_object_as(vm, x, "bytes")
}

/// [`from_object`] for the `kind` constructor, whose messages name it.
fn from_object_as(vm: &Vm, x: &ObjRef, kind: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    fill_from_object(vm, x, kind, &mut |b| out.extend_from_slice(b))?;
    Ok(out)
}

/// Feeds `push` the bytes of `x` for the `kind` constructor (`bytes_new_impl`,
/// `bytearray___init___impl`) as they are produced, so a bytearray being initialised from
/// an iterator grows while that iterator runs, as CPython's appends one item at a time.
fn fill_from_object(vm: &Vm, x: &ObjRef, kind: &str, push: &mut dyn FnMut(&[u8])) -> PyResult<()> {
    if let Some(b) = buffer(x) {
        push(&b);
        return Ok(());
    }
    if x.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if x.as_int().is_some() || x.slot(|s| s.index.is_present()) {
        // A failing `__index__` propagates, except a TypeError, which falls back to iteration
        // (`PyNumber_AsSsize_t(x, PyExc_OverflowError)` then `PyErr_ExceptionMatches`).
        match vm.index(x) {
            Ok(i) => {
                let n = i.as_i64().ok_or_else(|| {
                    vm.overflow_error("cannot fit 'int' into an index-sized integer")
                })?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                crate::allocator::check_size(vm, n as usize)?;
                push(&vec![0; n as usize]);
                return Ok(());
            }
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let it = match vm.iter(x) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {kind}",
                vm.type_name(x)
            )));
        }
        Err(e) => return Err(e),
    };
    // Items are taken one at a time, so an `__index__` that mutates the source list is seen
    // (bpo-34973).
    while let Some(item) = vm.next(&it)? {
        match byte_value(vm, &item) {
            Err(e) if kind == "bytes" && vm.err_matches(&e, &vm.exc.value_error) => {
                return Err(vm.value_error("bytes must be in range(0, 256)"));
            }
            r => push(&[r?]),
        }
    }
    Ok(())
}

pub(super) fn byte_value(vm: &Vm, item: &ObjRef) -> PyResult<u8> {
    if item.as_int().is_none() && !item.slot(|s| s.index.is_present()) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(item)
        )));
    }
    let i = vm.index(item)?;
    match i.as_i64() {
        Some(b @ 0..=255) => Ok(b as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// `str` argument text of an encoding or errors parameter.
pub fn codec_arg(vm: &Vm, v: Option<&ObjRef>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(o) => match o.as_str() {
            Some(s) => Ok(s.to_string_lossy().into_owned()),
            None => Err(vm.type_error(format!("{what} must be str, not {}", vm.arg_type_name(o)))),
        },
    }
}

fn encode_arg(
    vm: &Vm,
    s: &ObjRef,
    encoding: Option<&ObjRef>,
    errors: Option<&ObjRef>,
    fname: &str,
) -> PyResult<Vec<u8>> {
    let enc = codec_arg(
        vm,
        encoding,
        &format!("{fname}() argument 'encoding'"),
        "utf-8",
    )?;
    let err = codec_arg(
        vm,
        errors,
        &format!("{fname}() argument 'errors'"),
        "strict",
    )?;
    super::codecs::encode(vm, s, &enc, &err)
}

/// The constructors' argument checks: `encoding` and `errors` only go with a `str` source,
/// and a `str` needs an `encoding` (`bytes_new_impl`).
fn codec_without_str(
    vm: &Vm,
    source: Option<&ObjRef>,
    encoding: Option<&ObjRef>,
    errors: Option<&ObjRef>,
) -> PyResult<()> {
    let is_str = source.is_some_and(|s| s.as_str().is_some());
    if encoding.is_some() && !is_str {
        return Err(vm.type_error("encoding without a string argument"));
    }
    // A str with neither argument is refused later, after `bytes` has tried `__bytes__`.
    if encoding.is_none() && is_str && errors.is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if errors.is_some() && !is_str {
        return Err(vm.type_error("errors without a string argument"));
    }
    Ok(())
}

fn bytes_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [source, encoding, errors] =
        args.bind(vm, "bytes", ["source", "encoding", "errors"], 0, 3, 0)?;
    codec_without_str(vm, source.as_ref(), encoding.as_ref(), errors.as_ref())?;
    let data = match source {
        None => Vec::new(),
        Some(s) if s.as_str().is_some() && encoding.is_some() => {
            encode_arg(vm, &s, encoding.as_ref(), errors.as_ref(), "bytes")?
        }
        Some(s) => {
            if let Some(r) = vm.call_dunder_opt(&s, &vm.names.__bytes__, &[])? {
                // Only a bytes (or subclass) result is accepted (`bytes_new_impl`).
                if !matches!(r.payload, Payload::Bytes(_)) {
                    return Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    )));
                }
                // `bytes(x)` returns what `__bytes__` gave, a subclass instance included.
                if Rc::ptr_eq(cls, &vm.types.bytes) {
                    return Ok(r);
                }
                buf(vm, &r)?
            } else {
                from_object_as(vm, &s, "bytes")?
            }
        }
    };
    if Rc::ptr_eq(cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.alloc_instance(cls, Payload::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.alloc_instance(
        cls,
        Payload::ByteArray(Box::new(super::memoryview::ByteArrayData::new(Vec::new()))),
    ))
}

fn bytearray_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [source, encoding, errors] =
        args.bind(vm, "bytearray", ["source", "encoding", "errors"], 0, 3, 0)?;
    codec_without_str(vm, source.as_ref(), encoding.as_ref(), errors.as_ref())?;
    let Payload::ByteArray(b) = &o.payload else {
        return Err(vm.internal("bytearray"));
    };
    // Re-initialising first empties the array, refused while it is exported.
    if !b.borrow().is_empty() {
        super::memoryview::check_resize(vm, b)?;
        b.borrow_mut().clear();
    }
    match source {
        None => {}
        Some(s) if s.as_str().is_some() && encoding.is_some() => {
            let data = encode_arg(vm, &s, encoding.as_ref(), errors.as_ref(), "bytearray")?;
            *b.borrow_mut() = data;
        }
        Some(s) => {
            fill_from_object(vm, &s, "bytearray", &mut |d| {
                b.borrow_mut().extend_from_slice(d)
            })?;
        }
    }
    Ok(vm.none.clone())
}

fn repr_of(vm: &Vm, o: &ObjRef, data: &[u8]) -> String {
    match o.payload {
        // `bytearray_repr`: the type's own name, a subclass's too.
        Payload::ByteArray(_) => format!(
            "{}({})",
            vm.type_name(o),
            krait_syntax::pyrepr::repr_bytearray_literal(data)
        ),
        _ => krait_syntax::pyrepr::repr_bytes(data),
    }
}

fn bytes_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let data = buf(vm, o)?;
    Ok(vm.new_str(repr_of(vm, o, &data)))
}

fn bytes_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    with_buf(vm, o, krait_compiler::pyhash::hash_bytes)
}

fn bytes_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(match &o.payload {
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        _ => return Err(vm.internal("bytes")),
    })
}

/// The result of a method that left the bytes as they were (stringlib's `return_self`):
/// exact `bytes` themselves, which `is` and the pickle memo observe, else a copy (a
/// bytearray's result is always a new object).
pub(super) fn unchanged(vm: &Vm, o: &ObjRef, data: Vec<u8>) -> ObjRef {
    if o.is_exact(&vm.types.bytes) {
        o.clone()
    } else {
        make_like(vm, o, data)
    }
}

fn bytes_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    if let Payload::Slice(_) = key.payload {
        let len = bytes_len(vm, o)?;
        let s = resolve_slice(vm, key, len)?;
        if o.is_exact(&vm.types.bytes) && s.start == 0 && s.step == 1 && s.len == len {
            return Ok(o.clone());
        }
        // The slice's `__index__` methods ran above and may have resized a bytearray.
        let part = with_buf(vm, o, |data| s.select(data))?;
        return Ok(make_like(vm, o, part));
    }
    let what = if matches!(o.payload, Payload::ByteArray(_)) {
        "bytearray"
    } else {
        "byte"
    };
    let i = index_arg(vm, key, what)?;
    let byte = with_buf(vm, o, |data| norm_index(i, data.len()).map(|j| data[j]))?;
    match byte {
        Some(b) => Ok(vm.new_int(i64::from(b))),
        // CPython says "index out of range" for bytes, "bytearray index out of range" for
        // bytearray.
        None if what == "byte" => Err(vm.index_error("index out of range")),
        None => Err(vm.index_error(format!("{what} index out of range"))),
    }
}

fn bytearray_setitem(vm: &Vm, o: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let Payload::ByteArray(cell) = &o.payload else {
        return Err(vm.internal("bytearray"));
    };
    if let Payload::Slice(_) = key.payload {
        let len = cell.borrow().len();
        let s = resolve_slice(vm, key, len)?;
        let new = match value {
            Some(v) if v.as_int().is_some() => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Some(v) => from_object(vm, v)?,
            None => Vec::new(),
        };
        if s.step == 1 {
            let start = s.start.clamp(0, len as isize) as usize;
            let stop = s.stop.max(s.start).clamp(0, len as isize) as usize;
            if stop - start != new.len() {
                super::memoryview::check_resize(vm, cell)?;
            }
            cell.borrow_mut().splice(start..stop, new);
            return Ok(());
        }
        // Assigning an empty value to an extended slice deletes it, as `del` does
        // (`bytearray_ass_subscript` treats `needed == 0` as a deletion).
        let delete = value.is_none() || new.is_empty();
        if delete && s.len > 0 {
            super::memoryview::check_resize(vm, cell)?;
        }
        let mut b = cell.borrow_mut();
        if delete {
            let mut idx: Vec<usize> = s.indices().collect();
            idx.sort_unstable();
            for i in idx.into_iter().rev() {
                b.remove(i);
            }
        } else {
            if new.len() != s.len {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    s.len
                )));
            }
            for (i, v) in s.indices().zip(new) {
                b[i] = v;
            }
        }
        return Ok(());
    }
    let i = index_arg(vm, key, "bytearray")?;
    // The value is converted before the bounds check, since its `__index__` may resize the
    // array (`bytearray_ass_subscript`, GH-91153).
    let byte = value.map(|v| byte_value(vm, v)).transpose()?;
    let len = cell.borrow().len();
    let Some(j) = norm_index(i, len) else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    match byte {
        Some(b) => {
            cell.borrow_mut()[j] = b;
        }
        None => {
            super::memoryview::check_resize(vm, cell)?;
            cell.borrow_mut().remove(j);
        }
    }
    Ok(())
}

fn bytes_contains(vm: &Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    if let Some(needle) = buffer(x) {
        return with_buf(vm, o, |data| find(data, &needle, 0).is_some());
    }
    // `_Py_bytes_contains`: an integer first, else a buffer, whose absence is the error.
    if x.as_int().is_none() && !x.slot(|s| s.index.is_present()) {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        )));
    }
    let b = byte_value(vm, x)?;
    with_buf(vm, o, |data| data.contains(&b))
}

fn bytes_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    // `bytes` compares only with `bytes` (`bytes_richcompare`); `bytearray` with any buffer,
    // so `b'a' == bytearray(b'a')` and `b'a' == memoryview(b'a')` are answered by the other
    // side, and `b'a' < memoryview(b'b')` is a TypeError.
    if matches!(a.payload, Payload::Bytes(_)) && !matches!(b.payload, Payload::Bytes(_)) {
        return Ok(vm.not_implemented.clone());
    }
    let ord = with_buffer(a, |x| with_buffer(b, |y| x.cmp(y))).flatten();
    match ord {
        Some(ord) => Ok(vm.new_bool(op.test(ord))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn bytes_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(super::iter::new_bytes_iter(vm, o.clone()))
}

fn bytes_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let Some(y) = buffer(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    };
    let mut x = buf(vm, a)?;
    x.extend(y);
    Ok(make_like(vm, a, x))
}

fn bytes_repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let x = buf(vm, a)?;
    let n = repeat_count(vm, n, x.len(), 1)?;
    // An exact bytes repeated to its own length is itself (`bytes_repeat`).
    if a.is_exact(&vm.types.bytes) && x.len() * n == x.len() {
        return Ok(a.clone());
    }
    Ok(make_like(vm, a, x.repeat(n)))
}

fn bytearray_iconcat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let Some(y) = buffer(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    };
    if let Payload::ByteArray(c) = &a.payload {
        super::memoryview::check_resize(vm, c)?;
        c.borrow_mut().extend(y);
    }
    Ok(a.clone())
}

fn bytes_mod(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if buffer(a).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let r = crate::format::percent_bytes(vm, a, b)?;
    // `bytearray % args` gives a bytearray (`bytearray_mod` converts the bytes result).
    if matches!(a.payload, Payload::ByteArray(_)) && !vm.is_not_implemented(&r) {
        return Ok(make_like(vm, a, buf(vm, &r)?));
    }
    Ok(r)
}

/// The first index of `needle` in `hay` at or after `start`.
pub fn find(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return (start <= hay.len()).then_some(start);
    }
    if start >= hay.len() {
        return None;
    }
    if let [b] = needle {
        // One byte (a newline, say): a plain scan instead of comparing windows.
        return hay[start..].iter().position(|c| c == b).map(|p| p + start);
    }
    hay[start..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

/// `Py_ISSPACE`: the ASCII whitespace `bytes` methods split and strip on, which includes
/// `\x0b` (unlike Rust's `is_ascii_whitespace`) but not the `\x1c`-`\x1f` separators.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// A bytes-like argument, refusing ints and str (`Py_buffer` converters): "a bytes-like
/// object is required".
pub(super) fn bytes_arg(vm: &Vm, x: &ObjRef) -> PyResult<Vec<u8>> {
    buffer(x).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        ))
    })
}

pub(super) fn needle(vm: &Vm, x: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(x) {
        return Ok(b);
    }
    if x.as_int().is_some() || x.slot(|s| s.index).is_present() {
        return Ok(vec![byte_value(vm, x)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(x)
    )))
}

fn m_decode(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [encoding, errors] = args.bind(vm, "decode", ["encoding", "errors"], 0, 2, 0)?;
    let data = buf(vm, o)?;
    let enc = codec_arg(
        vm,
        encoding.as_ref(),
        "decode() argument 'encoding'",
        "utf-8",
    )?;
    let err = codec_arg(vm, errors.as_ref(), "decode() argument 'errors'", "strict")?;
    super::codecs::decode(vm, &data, &enc, &err)
}

fn m_hex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [sep, per] = args.bind(vm, "hex", ["sep", "bytes_per_sep"], 0, 2, 0)?;
    hex_with_sep(vm, &buf(vm, o)?, sep.as_ref(), per.as_ref())
}

/// Two lowercase hex digits per byte.
pub fn hex_digits(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 2);
    for &b in data {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// `_Py_strhex_with_sep`: hex digits, with `sep` every `bytes_per_sep` bytes counted from
/// the right (from the left when negative).
pub fn hex_with_sep(vm: &Vm, data: &[u8], sep: Option<&ObjRef>, per: Option<&ObjRef>) -> PyResult {
    let Some(sep) = sep else {
        return Ok(vm.new_str(hex_digits(data)));
    };
    let hex: Vec<String> = data.iter().map(|&b| hex_digits(&[b])).collect();
    // `_Py_strhex_impl`: the length is asked first (so None or an int fail with len()'s
    // error), then the type, then ASCII-ness.
    if vm.len(sep)? != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let sep_char = match &sep.payload {
        Payload::Str(s) => s.code_points().next().unwrap_or(0),
        Payload::Bytes(b) => u32::from(b[0]),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    let Some(sep_text) = char::from_u32(sep_char)
        .filter(char::is_ascii)
        .map(String::from)
    else {
        return Err(vm.value_error("sep must be ASCII."));
    };
    let per = match per {
        Some(p) => vm.index_isize(p)?,
        None => 1,
    };
    if per == 0 || data.is_empty() {
        return Ok(vm.new_str(hex.concat()));
    }
    let n = per.unsigned_abs();
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let mut end = hex.len();
        while end > 0 {
            let start = end.saturating_sub(n);
            groups.push(hex[start..end].concat());
            end = start;
        }
        groups.reverse();
    } else {
        for chunk in hex.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(vm.new_str(groups.join(&sep_text)))
}

fn m_fromhex(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fromhex", 1)?;
    let Some(text) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    // `_PyBytes_FromHex`: pairs of hex digits, `Py_ISSPACE` whitespace between pairs.
    let cps: Vec<u32> = text.code_points().collect();
    let digit = |cp: u32| char::from_u32(cp).and_then(|c| c.to_digit(16));
    let bad = |pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        if u8::try_from(cps[i]).is_ok_and(is_space) {
            i += 1;
            continue;
        }
        let hi = digit(cps[i]).ok_or_else(|| bad(i))?;
        let lo = cps
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if Rc::ptr_eq(cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if Rc::ptr_eq(cls, &vm.types.bytearray) {
        return Ok(vm.alloc_instance(
            cls,
            Payload::ByteArray(Box::new(super::memoryview::ByteArrayData::new(out))),
        ));
    }
    // A subclass is called with the bytes (`type(cls)(bytes)`).
    vm.call_pos(cls, &[vm.new_bytes(out)])
}

fn m_join(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "join", 1)?;
    let sep = buf(vm, o)?;
    let items = vm.collect_fast(&a[0], "can only join an iterable")?;
    // A single exact bytes item is the result itself (stringlib's `join`).
    if let [only] = items.as_slice()
        && o.is_exact(&vm.types.bytes)
        && only.is_exact(&vm.types.bytes)
    {
        return Ok(only.clone());
    }
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer(item) {
            Some(b) => out.extend(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )));
            }
        }
    }
    Ok(make_like(vm, o, out))
}

fn m_split(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [sep, maxsplit] = args.bind(vm, "split", ["sep", "maxsplit"], 0, 2, 0)?;
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
            let mut rest: &[u8] = &data;
            let mut splits = 0;
            loop {
                let trimmed_start = rest.iter().position(|b| !is_space(*b));
                let Some(s) = trimmed_start else { break };
                rest = &rest[s..];
                if max >= 0 && splits >= max {
                    parts.push(rest.to_vec());
                    break;
                }
                let end = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
                splits += 1;
            }
        }
        Some(s) => {
            let sep = bytes_arg(vm, &s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut start = 0;
            let mut splits = 0;
            while max < 0 || splits < max {
                match find(&data, &sep, start) {
                    Some(p) => {
                        parts.push(data[start..p].to_vec());
                        start = p + sep.len();
                        splits += 1;
                    }
                    None => break,
                }
            }
            parts.push(data[start..].to_vec());
        }
    }
    // No split made: the list holds exact bytes themselves (stringlib's `split`), except for
    // a whitespace split stopped at once by `maxsplit=0`.
    if let [only] = parts.as_slice()
        && *only == data
        && (sep_given || max != 0)
    {
        return Ok(vm.new_list(vec![unchanged(vm, o, data)]));
    }
    let items = parts.into_iter().map(|p| make_like(vm, o, p)).collect();
    Ok(vm.new_list(items))
}

fn strip_impl(vm: &Vm, o: &ObjRef, args: Args<'_>, left: bool, right: bool) -> PyResult {
    let a = args.range(vm, "strip", 0, 1)?;
    let data = buf(vm, o)?;
    let chars = match a.first().filter(|c| !vm.is_none(c)) {
        Some(c) => bytes_arg(vm, c)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && chars.contains(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&data[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == data.len() {
        return Ok(unchanged(vm, o, data));
    }
    Ok(make_like(vm, o, data[s..e].to_vec()))
}

fn m_strip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, true, true)
}

fn m_lstrip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, true, false)
}

fn m_rstrip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, false, true)
}

fn m_replace(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "replace", 2, 3)?;
    let data = buf(vm, o)?;
    let (old, new) = (bytes_arg(vm, &a[0])?, bytes_arg(vm, &a[1])?);
    let max = match a.get(2) {
        Some(m) => vm.index_isize(m)?,
        None => -1,
    };
    // stringlib's `replace`: nothing to replace leaves the bytes themselves.
    let nothing = max == 0
        || (old.is_empty() && new.is_empty())
        || (!old.is_empty() && (data.is_empty() || find(&data, &old, 0).is_none()));
    if nothing {
        return Ok(unchanged(vm, o, data));
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut n = 0;
    while max < 0 || n < max {
        let Some(p) = find(&data, &old, i) else { break };
        if old.is_empty() && p >= data.len() {
            out.extend_from_slice(&new);
            i = data.len() + 1;
            break;
        }
        out.extend_from_slice(&data[i..p]);
        out.extend_from_slice(&new);
        if old.is_empty() {
            out.push(data[p]);
            i = p + 1;
        } else {
            i = p + old.len();
        }
        n += 1;
    }
    if i <= data.len() {
        out.extend_from_slice(&data[i..]);
    }
    Ok(make_like(vm, o, out))
}

macro_rules! byte_map {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
            args.exact(vm, stringify!($name), 0)?;
            let data = buf(vm, o)?;
            let f: fn(&u8) -> u8 = $f;
            Ok(make_like(vm, o, data.iter().map(f).collect()))
        }
    };
}

byte_map!(m_upper, |b| b.to_ascii_uppercase());
byte_map!(m_lower, |b| b.to_ascii_lowercase());

macro_rules! byte_test {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
            args.exact(vm, stringify!($name), 0)?;
            let data = buf(vm, o)?;
            let f: fn(&u8) -> bool = $f;
            Ok(vm.new_bool(!data.is_empty() && data.iter().all(f)))
        }
    };
}

byte_test!(m_isdigit, |b| b.is_ascii_digit());
byte_test!(m_isalpha, |b| b.is_ascii_alphabetic());
byte_test!(m_isalnum, |b| b.is_ascii_alphanumeric());
byte_test!(m_isspace, |b| is_space(*b));

fn m_append(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "append", 1)?;
    let b = byte_value(vm, &a[0])?;
    if let Payload::ByteArray(c) = &o.payload {
        super::memoryview::check_resize(vm, c)?;
        c.borrow_mut().push(b);
    }
    Ok(vm.none.clone())
}

fn m_extend(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "extend", 1)?;
    let data = from_object(vm, &a[0])?;
    if let Payload::ByteArray(c) = &o.payload {
        super::memoryview::check_resize(vm, c)?;
        c.borrow_mut().extend(data);
    }
    Ok(vm.none.clone())
}

fn m_pop(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "pop", 0, 1)?;
    let Payload::ByteArray(c) = &o.payload else {
        return Err(vm.internal("bytearray"));
    };
    let len = c.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    super::memoryview::check_resize(vm, c)?;
    let i = match a.first() {
        Some(x) => vm.index_isize(x)?,
        None => -1,
    };
    match norm_index(i, len) {
        Some(j) => Ok(vm.new_int(i64::from(c.borrow_mut().remove(j)))),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    let data = buf(vm, o)?;
    Ok(make_like(vm, o, data))
}

fn m_getnewargs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(buf(vm, o)?)]))
}

/// `bytearray`'s `_common_reduce`: below protocol 3 the contents travel as a Latin-1 `str`
/// (Python 2 compatibility), from 3 on as `bytes`; an empty array passes no argument.
fn bytearray_reduce(vm: &Vm, o: &ObjRef, proto: isize) -> PyResult {
    let state = super::object_reduce::state_of(vm, o)?;
    let data = buf(vm, o)?;
    let args = if proto < 3 {
        let latin1: String = data.iter().map(|&b| char::from(b)).collect();
        vec![vm.new_str(&latin1), vm.new_str("latin-1")]
    } else if data.is_empty() {
        Vec::new()
    } else {
        vec![vm.new_bytes(data)]
    };
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(args), state]))
}

fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    bytearray_reduce(vm, o, 2)
}

fn m_reduce_ex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(p) => vm.ssize(p)?,
        None => 0,
    };
    bytearray_reduce(vm, o, proto)
}

/// The types' docstrings, which `help()` and `test_bytes.test_doc` read (`bytes_doc`,
/// `bytearray_doc`).
const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes\n\
bytes(string, encoding[, errors]) -> bytes\n\
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n\
bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n\
bytes() -> empty bytes object\n\
\n\
Construct an immutable array of bytes from:\n\
\x20 - an iterable yielding integers in range(256)\n\
\x20 - a text string encoded using the specified encoding\n\
\x20 - any object implementing the buffer API.\n\
\x20 - an integer";
const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\n\
bytearray(string, encoding[, errors]) -> bytearray\n\
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n\
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n\
bytearray() -> empty bytes array\n\
\n\
Construct a mutable bytearray object from:\n\
\x20 - an iterable yielding integers in range(256)\n\
\x20 - a text string encoded using the specified encoding\n\
\x20 - a bytes or a buffer object\n\
\x20 - any object implementing the buffer API.\n\
\x20 - an integer";

/// Fills `bytes`' and `bytearray`'s namespaces and slots.
pub fn init(vm: &Vm) {
    let shared: &[(&'static str, crate::object::native::NativeMethod)] = &[
        ("decode", m_decode),
        ("hex", m_hex),
        ("join", m_join),
        ("split", m_split),
        ("strip", m_strip),
        ("lstrip", m_lstrip),
        ("rstrip", m_rstrip),
        ("replace", m_replace),
        ("upper", m_upper),
        ("lower", m_lower),
        ("isdigit", m_isdigit),
        ("isalpha", m_isalpha),
        ("isalnum", m_isalnum),
        ("isspace", m_isspace),
    ];
    for (ty, mutable) in [(&vm.types.bytes, false), (&vm.types.bytearray, true)] {
        let id = Rc::as_ptr(ty) as usize;
        let mut s = Slots {
            repr: Slot::Native(bytes_repr),
            str: Slot::Native(bytes_repr),
            len: Slot::Native(bytes_len),
            getitem: Slot::Native(bytes_getitem),
            contains: Slot::Native(bytes_contains),
            richcompare: Slot::Native(bytes_richcompare),
            iter: Slot::Native(bytes_iter),
            sq_concat: Slot::Native(bytes_concat),
            sq_repeat: Slot::Native(bytes_repeat),
            new: Slot::Native(if mutable { bytearray_new } else { bytes_new }),
            ..Slots::default()
        };
        s.nb[NbOp::Mod as usize] = NbSlot::Native(bytes_mod, id);
        if mutable {
            s.init = Slot::Native(bytearray_init);
            s.setitem = Slot::Native(bytearray_setitem);
            s.sq_inplace_concat = Slot::Native(bytearray_iconcat);
            s.sq_inplace_repeat = Slot::Native(super::bytes_methods::bytearray_irepeat);
        } else {
            s.hash = Slot::Native(bytes_hash);
        }
        vm.add_methods(ty, shared);
        let doc = if mutable { BYTEARRAY_DOC } else { BYTES_DOC };
        vm.type_dict_set(ty, vm.intern("__doc__"), vm.new_str(doc));
        vm.add_classmethod(ty, "fromhex", m_fromhex);
        if mutable {
            vm.add_methods(
                ty,
                &[
                    ("append", m_append),
                    ("extend", m_extend),
                    ("pop", m_pop),
                    ("copy", m_copy),
                    ("__reduce__", m_reduce),
                    ("__reduce_ex__", m_reduce_ex),
                ],
            );
        } else {
            vm.add_methods(ty, &[("__getnewargs__", m_getnewargs)]);
        }
        crate::object::slot_resolve::install_static(vm, ty, s);
        if mutable {
            vm.set_unhashable(ty);
        }
    }
    super::bytes_methods::init(vm);
    super::bytes_search::init(vm);
}
