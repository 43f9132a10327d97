//! `memoryview` over `bytes`, `bytearray` and native exporters such as `array.array`
//! (`Objects/memoryobject.c`): a window (start, length, stride) on the exporter's bytes read
//! and written in a native single-character `struct` format, slicing without copying, `cast`
//! (to another format, or with a shape to an N-dimensional or 0-dimensional view with a
//! stride per dimension), `release` and the context manager. A `bytearray` counts the views
//! exporting it and refuses to resize while any is alive (`BufferError`).

use std::cell::{Cell, RefCell};
use std::ops::Deref;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A `bytearray`'s state: the bytes, and how many buffer views export them.
#[derive(Debug, Default)]
pub struct ByteArrayData {
    /// The bytes.
    pub data: RefCell<Vec<u8>>,
    /// Live exports (`ob_exports`).
    pub exports: Cell<usize>,
}

impl ByteArrayData {
    /// A bytearray state holding `data`.
    pub fn new(data: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }
}

impl Deref for ByteArrayData {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.data
    }
}

/// `_canresize`: a bytearray with live exports cannot change size.
pub fn check_resize(vm: &Vm, b: &ByteArrayData) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(vm.error(
            &vm.exc.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// A memoryview.
#[derive(Debug)]
pub struct MemoryView {
    /// The exporting `bytes` or `bytearray`.
    pub obj: ObjRef,
    /// Byte offset of the first item.
    pub start: usize,
    /// Number of items.
    pub len: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    pub stride: isize,
    /// The `struct` format character.
    pub format: char,
    /// Bytes per item.
    pub itemsize: usize,
    /// Whether writes are refused.
    pub readonly: bool,
    /// Released (`release()` or the `with` block ended).
    pub released: Cell<bool>,
    /// The dimensions of a view made by `cast(format, shape)`, each with its byte stride
    /// (`len` items in all, `stride` unused); None for a one-dimensional view of `len` items.
    pub shape: Option<Box<[(usize, isize)]>>,
    /// The hash, once computed: a released view still answers it (`memory_hash`).
    pub hash: Cell<Option<i64>>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.obj);
        }
    }
}

fn export(obj: &ObjRef) {
    match &obj.payload {
        Payload::ByteArray(b) => b.exports.set(b.exports.get() + 1),
        Payload::Native(n) => n.export(1),
        _ => {}
    }
}

fn unexport(obj: &ObjRef) {
    match &obj.payload {
        Payload::ByteArray(b) => b.exports.set(b.exports.get().saturating_sub(1)),
        Payload::Native(n) => n.export(-1),
        _ => {}
    }
}

/// Bytes per item of a native format character.
fn itemsize_of(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn new_view(vm: &Vm, mv: MemoryView) -> ObjRef {
    export(&mv.obj);
    Obj::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(mv)),
    )
}

/// A one-dimensional view of the whole of `obj`: `len` items of `itemsize` bytes each.
fn whole(obj: &ObjRef, len: usize, format: char, itemsize: usize, readonly: bool) -> MemoryView {
    MemoryView {
        obj: obj.clone(),
        start: 0,
        len,
        stride: itemsize as isize,
        format,
        itemsize,
        readonly,
        released: Cell::new(false),
        shape: None,
        hash: Cell::new(None),
    }
}

/// `memoryview(obj)`.
fn mv_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [object] = args.bind(vm, "memoryview", ["object"], 0, 1, 1)?;
    let obj = object.ok_or_else(|| vm.internal("memoryview"))?;
    match &obj.payload {
        Payload::Bytes(b) => Ok(new_view(vm, whole(&obj, b.len(), 'B', 1, true))),
        Payload::ByteArray(b) => {
            let len = b.borrow().len();
            Ok(new_view(vm, whole(&obj, len, 'B', 1, false)))
        }
        Payload::MemoryView(m) => {
            live(vm, m)?;
            Ok(new_view(vm, copy_of(m)))
        }
        // A native exporter (`array.array`): its items in their own format; the wide
        // characters of a `u` array are the `w` format, which item access refuses.
        Payload::Native(n) if let Some((code, itemsize)) = n.buffer_format() => {
            let mut bytes = 0;
            n.read_buffer(&mut |b| bytes = b.len());
            let format = if code == 'u' { 'w' } else { code };
            let len = bytes / itemsize.max(1);
            Ok(new_view(vm, whole(&obj, len, format, itemsize, false)))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&obj)
        ))),
    }
}

fn copy_of(m: &MemoryView) -> MemoryView {
    MemoryView {
        obj: m.obj.clone(),
        start: m.start,
        len: m.len,
        stride: m.stride,
        format: m.format,
        itemsize: m.itemsize,
        readonly: m.readonly,
        released: Cell::new(false),
        shape: m.shape.clone(),
        hash: Cell::new(None),
    }
}

/// The view's dimensions.
fn dims(m: &MemoryView) -> Vec<usize> {
    match &m.shape {
        Some(d) => d.iter().map(|&(n, _)| n).collect(),
        None => vec![m.len],
    }
}

/// The view's number of dimensions.
fn ndim(m: &MemoryView) -> usize {
    m.shape.as_ref().map_or(1, |d| d.len())
}

/// The byte strides of the view's dimensions.
fn strides(m: &MemoryView) -> Vec<isize> {
    match &m.shape {
        Some(d) => d.iter().map(|&(_, s)| s).collect(),
        None => vec![m.stride],
    }
}

/// The dimensions of a C-contiguous view of `dims` items of `itemsize` bytes, with their
/// strides (`init_strides_from_shape`).
fn c_strides(dims: &[usize], itemsize: usize) -> Box<[(usize, isize)]> {
    let mut out = vec![(0, 0); dims.len()];
    let mut step = itemsize as isize;
    for (slot, &n) in out.iter_mut().zip(dims).rev() {
        *slot = (n, step);
        step *= n as isize;
    }
    out.into_boxed_slice()
}

fn view<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a MemoryView> {
    match &o.payload {
        Payload::MemoryView(m) => {
            live(vm, m)?;
            Ok(m)
        }
        _ => Err(vm.internal("expected a memoryview")),
    }
}

fn live(vm: &Vm, m: &MemoryView) -> PyResult<()> {
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// Runs `f` on the exporter's bytes.
fn with_bytes<R>(m: &MemoryView, f: impl FnOnce(&[u8]) -> R) -> R {
    match &m.obj.payload {
        Payload::Bytes(b) => f(b),
        Payload::ByteArray(b) => f(&b.borrow()),
        Payload::Native(n) => {
            let mut f = Some(f);
            let mut out = None;
            n.read_buffer(&mut |b| out = f.take().map(|f| f(b)));
            match (out, f) {
                (Some(r), _) => r,
                (None, Some(f)) => f(&[]),
                (None, None) => unreachable!("the closure ran or it did not"),
            }
        }
        _ => f(&[]),
    }
}

/// Overwrites the exporter's bytes from `at` on; false when they cannot take them.
fn write_bytes(m: &MemoryView, at: usize, data: &[u8]) -> bool {
    match &m.obj.payload {
        Payload::ByteArray(b) => match b.borrow_mut().get_mut(at..at + data.len()) {
            Some(dst) => {
                dst.copy_from_slice(data);
                true
            }
            None => false,
        },
        Payload::Native(n) => n.write_buffer(at, data),
        _ => false,
    }
}

/// The byte length of a live, writable, contiguous memoryview, which [`write_into`] can fill
/// (`PyBUF_WRITABLE` requests such as `struct.pack_into`'s); None for any other object.
pub fn writable_len(o: &ObjRef) -> Option<usize> {
    match &o.payload {
        Payload::MemoryView(m) if !m.released.get() && !m.readonly && contiguity(m).0 => {
            Some(m.len * m.itemsize)
        }
        _ => None,
    }
}

/// Writes `data` at byte `at` of a view [`writable_len`] accepts; false when it cannot.
pub fn write_into(o: &ObjRef, at: usize, data: &[u8]) -> bool {
    match (&o.payload, writable_len(o)) {
        (Payload::MemoryView(m), Some(len)) if at + data.len() <= len => {
            write_bytes(m, m.start + at, data)
        }
        _ => false,
    }
}

/// Item access on a format it cannot convert (the `w` of a `u` array).
fn check_format(vm: &Vm, m: &MemoryView) -> PyResult<()> {
    if m.format == 'w' {
        return Err(vm.error(
            &vm.exc.not_implemented_error,
            "memoryview: format w not supported",
        ));
    }
    Ok(())
}

/// The byte offset of item `i` of a one-dimensional view, or of item `i` in C order of a
/// shaped one.
fn offset(m: &MemoryView, i: usize) -> usize {
    let Some(d) = &m.shape else {
        return (m.start as isize + i as isize * m.stride) as usize;
    };
    let mut rest = i;
    let mut at = m.start as isize;
    for &(n, stride) in d.iter().rev() {
        at += (rest % n.max(1)) as isize * stride;
        rest /= n.max(1);
    }
    at as usize
}

/// The viewed bytes, in item order.
pub fn view_bytes(m: &MemoryView) -> Vec<u8> {
    with_bytes(m, |data| {
        let mut out = Vec::with_capacity(m.len * m.itemsize);
        for i in 0..m.len {
            let at = offset(m, i);
            out.extend_from_slice(data.get(at..at + m.itemsize).unwrap_or(&[]));
        }
        out
    })
}

/// The bytes of a memoryview, for `bytes(mv)` and bytes-like arguments.
pub fn buffer_of(o: &ObjRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::MemoryView(m) if !m.released.get() => Some(view_bytes(m)),
        _ => None,
    }
}

/// One item's value.
fn unpack(vm: &Vm, f: char, b: &[u8]) -> ObjRef {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(w);
    match f {
        'B' | 'H' | 'I' | 'L' | 'Q' | 'N' | 'P' => {
            vm.new_int_from(crate::types::int::Int::from_u64(u))
        }
        'b' => vm.new_int(i64::from(b[0] as i8)),
        'h' => vm.new_int(i64::from(i16::from_le_bytes([b[0], b[1]]))),
        'i' => vm.new_int(i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
        'c' => vm.new_bytes(b.to_vec()),
        '?' => vm.new_bool(b[0] != 0),
        'f' => vm.new_float(f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
        'd' => vm.new_float(f64::from_le_bytes(w)),
        _ => vm.new_int(u as i64),
    }
}

/// One item's bytes for `value` (`pack_single`).
fn pack(vm: &Vm, f: char, value: &ObjRef) -> PyResult<Vec<u8>> {
    let bad_type = || vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    let bad_value = || vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    Ok(match f {
        'c' => match &value.payload {
            Payload::Bytes(b) if b.len() == 1 => b.to_vec(),
            _ => return Err(bad_type()),
        },
        '?' => vec![u8::from(vm.truthy(value)?)],
        'f' | 'd' => {
            let x = match (value.as_float(), value.as_int()) {
                (Some(x), _) => x,
                (_, Some(i)) => i.to_f64().ok_or_else(bad_value)?,
                _ => return Err(bad_type()),
            };
            if f == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            }
        }
        _ => {
            if value.as_int().is_none() && !value.slot(|s| s.index.is_present()) {
                return Err(bad_type());
            }
            let i = vm.index(value)?;
            let size = itemsize_of(f).unwrap_or(1);
            let signed = f.is_ascii_lowercase();
            let bits = size as u32 * 8;
            let v = i.as_i64();
            let ok = match (v, signed) {
                (Some(v), true) => bits == 64 || (v >= -(1 << (bits - 1)) && v < (1 << (bits - 1))),
                (Some(v), false) => v >= 0 && (bits == 64 || v < (1 << bits)),
                (None, false) => bits == 64 && !i.is_negative() && i.to_u64().is_some(),
                (None, true) => false,
            };
            if !ok {
                return Err(bad_value());
            }
            let raw = match v {
                Some(v) => v as u64,
                None => i.to_u64().unwrap_or(0),
            };
            raw.to_le_bytes()[..size].to_vec()
        }
    })
}

fn mv_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    let m = view(vm, o)?;
    // A 0-dimensional view has length 1 (`memory_length`).
    Ok(match &m.shape {
        None => m.len,
        Some(d) => d.first().map_or(1, |&(n, _)| n),
    })
}

/// The item number `key` (an index) names along a dimension of `n` items (`dim` counted
/// from 1 in the error, as `lookup_dimension` does).
fn dim_index(vm: &Vm, key: &ObjRef, n: usize, dim: usize) -> PyResult<usize> {
    let i = vm.index_isize(key)?;
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        return Err(vm.index_error(format!("index out of bounds on dimension {dim}")));
    }
    Ok(j as usize)
}

/// What a subscript names (`memory_subscript`'s cases).
enum Key {
    /// One item, by its byte offset.
    Item(usize),
    /// A slice of the first dimension.
    Slice,
    /// `...` on a 0-dimensional view: the view itself.
    Whole,
}

fn is_index(o: &ObjRef) -> bool {
    o.as_int().is_some() || o.slot(|s| s.index.is_present())
}

/// Resolves a subscript to one item or a slice, with CPython's errors for the rest.
fn resolve_key(vm: &Vm, m: &MemoryView, key: &ObjRef, storing: bool) -> PyResult<Key> {
    let nd = ndim(m);
    if nd == 0 {
        // `m[()]` is the item; `m[...]` the view itself, or the item when storing.
        let ellipsis = std::rc::Rc::ptr_eq(key, &vm.ellipsis);
        return match key.as_tuple() {
            _ if ellipsis && !storing => Ok(Key::Whole),
            Some([]) => Ok(Key::Item(m.start)),
            _ if ellipsis => Ok(Key::Item(m.start)),
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    if is_index(key) {
        if nd > 1 {
            let what = if storing {
                "sub-views are not implemented"
            } else {
                "multi-dimensional sub-views are not implemented"
            };
            return Err(vm.error(&vm.exc.not_implemented_error, what));
        }
        let i = dim_index(vm, key, m.len, 1)?;
        return Ok(Key::Item(offset(m, i)));
    }
    if let Payload::Slice(_) = key.payload {
        if storing && nd > 1 {
            return Err(vm.error(
                &vm.exc.not_implemented_error,
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        return Ok(Key::Slice);
    }
    if let Some(t) = key.as_tuple() {
        if !t.is_empty() && t.iter().all(is_index) {
            if t.len() < nd {
                return Err(vm.error(
                    &vm.exc.not_implemented_error,
                    "sub-views are not implemented",
                ));
            }
            if t.len() > nd {
                return Err(vm.type_error(format!(
                    "cannot index {nd}-dimension view with {}-element tuple",
                    t.len()
                )));
            }
            let mut at = m.start as isize;
            for (k, ((ix, n), stride)) in t.iter().zip(dims(m)).zip(strides(m)).enumerate() {
                at += dim_index(vm, ix, n, k + 1)? as isize * stride;
            }
            return Ok(Key::Item(at as usize));
        }
        if !t.is_empty() && t.iter().all(|x| matches!(x.payload, Payload::Slice(_))) {
            let what = if storing {
                "memoryview slice assignments are currently restricted to ndim = 1"
            } else {
                "multi-dimensional slicing is not implemented"
            };
            return Err(vm.error(&vm.exc.not_implemented_error, what));
        }
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn mv_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let m = view(vm, o)?;
    match resolve_key(vm, m, key, false)? {
        Key::Whole => Ok(o.clone()),
        Key::Item(at) => {
            check_format(vm, m)?;
            Ok(with_bytes(m, |d| {
                unpack(vm, m.format, &d[at..at + m.itemsize])
            }))
        }
        Key::Slice => slice_view(vm, m, key),
    }
}

/// A slice of the first dimension. A shaped view stays C-contiguous only with a step of 1
/// (or at most one item), the only case that representation holds.
fn slice_view(vm: &Vm, m: &MemoryView, key: &ObjRef) -> PyResult {
    let d = dims(m);
    let s = crate::types::tuple::resolve_slice(vm, key, d[0])?;
    let n = s.len;
    let mut v = copy_of(m);
    if let Some(shape) = &mut v.shape {
        let (_, stride) = shape[0];
        shape[0] = (n, stride * s.step);
        if n > 0 {
            v.start = (m.start as isize + s.start * stride) as usize;
        }
        v.len = n * (m.len / d[0].max(1));
        return Ok(new_view(vm, v));
    }
    v.start = if n == 0 {
        m.start
    } else {
        offset(m, s.start as usize)
    };
    v.len = n;
    v.stride = m.stride * s.step;
    Ok(new_view(vm, v))
}

fn mv_setitem(vm: &Vm, o: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let m = view(vm, o)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete memory"));
    };
    if !matches!(m.obj.payload, Payload::ByteArray(_) | Payload::Native(_)) {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let at = match resolve_key(vm, m, key, true)? {
        Key::Item(at) => at,
        Key::Whole => m.start,
        Key::Slice => return assign_slice(vm, m, key, value),
    };
    check_format(vm, m)?;
    let bytes = pack(vm, m.format, value)?;
    write_bytes(m, at, &bytes);
    Ok(())
}

/// `m[a:b:c] = buffer` on a one-dimensional view.
fn assign_slice(vm: &Vm, m: &MemoryView, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
    let s = crate::types::tuple::resolve_slice(vm, key, m.len)?;
    let n = s.len;
    let src = match crate::types::bytes::buffer(value) {
        Some(src) => src,
        None => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            )));
        }
    };
    if src.len() != n * m.itemsize {
        return Err(
            vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
        );
    }
    for k in 0..n {
        let at = offset(m, (s.start + k as isize * s.step) as usize);
        write_bytes(m, at, &src[k * m.itemsize..(k + 1) * m.itemsize]);
    }
    Ok(())
}

fn items(vm: &Vm, m: &MemoryView) -> Vec<ObjRef> {
    with_bytes(m, |d| {
        (0..m.len)
            .map(|i| {
                let at = offset(m, i);
                unpack(vm, m.format, &d[at..at + m.itemsize])
            })
            .collect()
    })
}

fn m_tolist(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "tolist", 0)?;
    let m = view(vm, o)?;
    check_format(vm, m)?;
    let flat = items(vm, m);
    let d = dims(m);
    if d.is_empty() {
        return flat
            .into_iter()
            .next()
            .ok_or_else(|| vm.internal("a 0-dim view without its item"));
    }
    Ok(nest(vm, &d, &mut flat.into_iter()))
}

/// Nested lists of the given dimensions, filled in C order from `flat`.
fn nest(vm: &Vm, d: &[usize], flat: &mut std::vec::IntoIter<ObjRef>) -> ObjRef {
    let items = match d {
        [n] => flat.take(*n).collect(),
        [n, rest @ ..] => (0..*n).map(|_| nest(vm, rest, flat)).collect(),
        [] => Vec::new(),
    };
    vm.new_list(items)
}

fn m_tobytes(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [order] = args.bind(vm, "tobytes", ["order"], 0, 1, 0)?;
    let m = view(vm, o)?;
    let order = match &order {
        Some(x) if !vm.is_none(x) => vm.str_lossy(x),
        _ => "C".into(),
    };
    let bytes = view_bytes(m);
    match order.as_ref() {
        "C" | "A" => Ok(vm.new_bytes(bytes)),
        "F" => Ok(vm.new_bytes(fortran_order(m, &bytes))),
        _ => Err(vm.value_error("order must be 'C', 'F' or 'A'")),
    }
}

/// The items of a shaped view's C-ordered bytes rearranged in Fortran order (first index
/// varying fastest).
fn fortran_order(m: &MemoryView, c_bytes: &[u8]) -> Vec<u8> {
    let d = dims(m);
    if d.len() <= 1 {
        return c_bytes.to_vec();
    }
    let size = m.itemsize;
    let mut out = Vec::with_capacity(c_bytes.len());
    let mut index = vec![0usize; d.len()];
    for _ in 0..m.len {
        // The C-order position of the item at `index`.
        let pos = index.iter().zip(&d).fold(0, |acc, (&i, &n)| acc * n + i);
        out.extend_from_slice(&c_bytes[pos * size..(pos + 1) * size]);
        for (i, &n) in index.iter_mut().zip(&d) {
            *i += 1;
            if *i < n {
                break;
            }
            *i = 0;
        }
    }
    out
}

fn m_hex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [sep, per] = args.bind(vm, "hex", ["sep", "bytes_per_sep"], 0, 2, 0)?;
    let data = view_bytes(view(vm, o)?);
    crate::types::bytes::hex_with_sep(vm, &data, sep.as_ref(), per.as_ref())
}

fn m_release(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "release", 0)?;
    if let Payload::MemoryView(m) = &o.payload
        && !m.released.replace(true)
    {
        unexport(&m.obj);
    }
    Ok(vm.none.clone())
}

fn m_enter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__enter__", 0)?;
    view(vm, o)?;
    Ok(o.clone())
}

fn m_exit(vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    m_release(vm, o, Args::positional(&[]))
}

fn m_toreadonly(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "toreadonly", 0)?;
    let m = view(vm, o)?;
    let mut v = copy_of(m);
    v.readonly = true;
    Ok(new_view(vm, v))
}

fn m_cast(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [format, shape] = args.bind(vm, "cast", ["format", "shape"], 0, 2, 1)?;
    let m = view(vm, o)?;
    let fmt = vm.str_lossy(&format.ok_or_else(|| vm.internal("cast"))?);
    let f = match fmt.strip_prefix('@').unwrap_or(&fmt) {
        s if s.chars().count() == 1 => s.chars().next().filter(|c| itemsize_of(*c).is_some()),
        _ => None,
    };
    let Some(f) = f else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !contiguity(m).0 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = match &shape {
        Some(sh) => Some(shape_arg(vm, m, sh)?),
        None => None,
    };
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(f) && !byte_fmt(m.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = itemsize_of(f).unwrap_or(1);
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut v = copy_of(m);
    v.len = nbytes / size;
    v.stride = size as isize;
    v.format = f;
    v.itemsize = size;
    v.shape = None;
    if let Some(d) = shape {
        let mut total = size;
        for &n in d.iter() {
            total = total
                .checked_mul(n)
                .ok_or_else(|| vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
        }
        if total != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if d.len() != 1 {
            v.shape = Some(c_strides(&d, size));
        }
    }
    Ok(new_view(vm, v))
}

/// The `shape` argument of `cast`, checked as `memory_cast` and `copy_shape` check it.
fn shape_arg(vm: &Vm, m: &MemoryView, sh: &ObjRef) -> PyResult<Vec<usize>> {
    let items = match (&sh.payload, sh.as_tuple()) {
        (Payload::List(l), _) => l.borrow().clone(),
        (_, Some(t)) => t.to_vec(),
        _ => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if items.len() > 64 {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    if ndim(m) != 1 && items.len() != 1 {
        return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        if x.as_int().is_none() {
            return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
        }
        match vm.index_isize(x) {
            Ok(n) if n > 0 => out.push(n as usize),
            _ => {
                return Err(
                    vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
        }
    }
    Ok(out)
}

fn get_obj(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(view(vm, o)?.obj.clone())
}

fn get_nbytes(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_int((m.len * m.itemsize) as i64))
}

fn get_readonly(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(view(vm, o)?.readonly))
}

fn get_itemsize(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(view(vm, o)?.itemsize as i64))
}

fn get_format(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(view(vm, o)?.format.to_string()))
}

fn get_ndim(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(ndim(view(vm, o)?) as i64))
}

fn get_shape(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = view(vm, o)?;
    let d = dims(m).into_iter().map(|n| vm.new_int(n as i64)).collect();
    Ok(vm.new_tuple(d))
}

fn get_strides(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = view(vm, o)?;
    let d = strides(m)
        .into_iter()
        .map(|n| vm.new_int(n as i64))
        .collect();
    Ok(vm.new_tuple(d))
}

fn get_suboffsets(vm: &Vm, o: &ObjRef) -> PyResult {
    view(vm, o)?;
    Ok(vm.empty_tuple.clone())
}

/// Contiguity in C order and in Fortran order (`PyBuffer_IsContiguous`).
fn contiguity(m: &MemoryView) -> (bool, bool) {
    let Some(d) = &m.shape else {
        let c = m.len <= 1 || m.stride == m.itemsize as isize;
        return (c, c);
    };
    if m.len == 0 {
        return (true, true);
    }
    // A dimension of one item may have any stride (`_IsCContiguous`).
    let matches = |dims: &mut dyn Iterator<Item = &(usize, isize)>| {
        let mut step = m.itemsize as isize;
        for &(n, stride) in dims {
            if n > 1 && stride != step {
                return false;
            }
            step *= n as isize;
        }
        true
    };
    (matches(&mut d.iter().rev()), matches(&mut d.iter()))
}

fn get_c_contiguous(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(contiguity(view(vm, o)?).0))
}

fn get_f_contiguous(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(contiguity(view(vm, o)?).1))
}

fn get_contiguous(vm: &Vm, o: &ObjRef) -> PyResult {
    let (c, f) = contiguity(view(vm, o)?);
    Ok(vm.new_bool(c || f))
}

fn get_released(vm: &Vm, o: &ObjRef) -> PyResult {
    match &o.payload {
        Payload::MemoryView(m) => Ok(vm.new_bool(m.released.get())),
        _ => Err(vm.internal("memoryview")),
    }
}

fn mv_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let released = matches!(&o.payload, Payload::MemoryView(m) if m.released.get());
    Ok(vm.new_str(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        o.id()
    )))
}

fn mv_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let Payload::MemoryView(m) = &a.payload else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = if std::rc::Rc::ptr_eq(a, b) {
        true
    } else if m.released.get() {
        false
    } else {
        let other = match &b.payload {
            Payload::MemoryView(o) if o.released.get() => {
                return Ok(vm.new_bool(op == CompareOp::Ne));
            }
            Payload::MemoryView(o) if dims(o) != dims(m) => {
                return Ok(vm.new_bool(op == CompareOp::Ne));
            }
            Payload::MemoryView(o) => Some(items(vm, o)),
            _ => match crate::types::bytes::buffer(b) {
                // Another exporter's buffer is one-dimensional (`equiv_shape`).
                Some(_) if ndim(m) != 1 => return Ok(vm.new_bool(op == CompareOp::Ne)),
                d => d.map(|d| d.iter().map(|&x| vm.new_int(i64::from(x))).collect()),
            },
        };
        match other {
            None => return Ok(vm.not_implemented.clone()),
            Some(o) => {
                let mine = items(vm, m);
                mine.len() == o.len() && {
                    let mut all = true;
                    for (x, y) in mine.iter().zip(&o) {
                        if !vm.eq(x, y)? {
                            all = false;
                            break;
                        }
                    }
                    all
                }
            }
        }
    };
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn mv_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    if let Payload::MemoryView(m) = &o.payload
        && let Some(h) = m.hash.get()
    {
        return Ok(h);
    }
    let m = view(vm, o)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, 'B' | 'b' | 'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = krait_compiler::pyhash::hash_bytes(&view_bytes(m));
    m.hash.set(Some(h));
    Ok(h)
}

fn mv_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = view(vm, o)?;
    match ndim(m) {
        0 => return Err(vm.type_error("invalid indexing of 0-dim memory")),
        1 => {}
        _ => {
            return Err(vm.error(
                &vm.exc.not_implemented_error,
                "multi-dimensional sub-views are not implemented",
            ));
        }
    }
    let list = vm.new_list(items(vm, m));
    vm.iter(&list)
}

/// Fills the `memoryview` type.
pub fn init(vm: &Vm) {
    let t = &vm.types.memoryview;
    vm.add_methods(
        t,
        &[
            ("tolist", m_tolist),
            ("tobytes", m_tobytes),
            ("hex", m_hex),
            ("release", m_release),
            ("cast", m_cast),
            ("toreadonly", m_toreadonly),
            ("__enter__", m_enter),
            ("__exit__", m_exit),
        ],
    );
    for (name, get) in [
        ("obj", get_obj as crate::object::native::Getter),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_c_contiguous),
        ("f_contiguous", get_f_contiguous),
        ("contiguous", get_contiguous),
        ("released", get_released),
    ] {
        vm.add_getset(t, name, get, None);
    }
    let s = Slots {
        repr: Slot::Native(mv_repr),
        len: Slot::Native(mv_len),
        getitem: Slot::Native(mv_getitem),
        setitem: Slot::Native(mv_setitem),
        richcompare: Slot::Native(mv_richcompare),
        hash: Slot::Native(mv_hash),
        iter: Slot::Native(mv_iter),
        new: Slot::Native(mv_new),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
