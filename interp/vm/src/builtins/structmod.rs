//! The `_struct` module (`Modules/_struct.c`): `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack`, `Struct` and `error`, for every format code in native (`@`,
//! with alignment) and standard (`=<>!`) modes, with CPython's error texts.
//!
//! CPython's error texts depend on which packing routine a code uses: byte codes always use
//! the native ones, and on a little-endian machine the `<`/`=` tables borrow the native
//! routines wherever the sizes agree (`init_struct`), so `<h` complains like `@h`, while `<l`
//! (4 bytes, not the native 8) and every `>` code use the standard ones.

use std::cell::Cell;

use num_bigint::BigInt;

use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout};
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// One format item: the code, its repeat count (for `s`/`p` the byte length), its offset.
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

/// A compiled format.
#[derive(Clone, Debug)]
struct Format {
    text: String,
    native: bool,
    little: bool,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nvalues: usize,
}

/// Size and alignment of `code` in native or standard mode; None when the code is unknown.
fn code_size(code: u8, native: bool) -> Option<(usize, usize)> {
    let s = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native && !matches!(code, b's' | b'p') {
        s
    } else {
        1
    };
    Some((s, align))
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.error(&error_type(vm), msg)
}

/// `struct.error`, made once per interpreter.
fn error_type(vm: &Vm) -> ObjRef {
    vm.native_type("struct.error", || {
        let ns = vm.new_dict();
        vm.dict_set_str(&ns, "__module__", vm.new_str("struct"));
        let bases = vm.new_tuple(vec![vm.exc.exception.clone()]);
        let args = [vm.new_str("error"), bases, ns];
        vm.call_pos(&vm.types.type_, &args)
            .unwrap_or_else(|_| vm.exc.exception.clone())
    })
}

/// `prepare_s`: parses a format (str or bytes).
fn compile(vm: &Vm, fmt: &ObjRef) -> PyResult<Format> {
    let text = if let Some(s) = fmt.as_str() {
        s.to_string_lossy().into_owned()
    } else if let Some(b) = fmt.as_bytes() {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(fmt)
        )));
    };
    let bytes = text.as_bytes();
    if bytes.contains(&0) {
        return Err(struct_error(vm, "embedded null character"));
    }
    let (native, little, start) = match bytes.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), 1),
        Some(b'=') => (false, cfg!(target_endian = "little"), 1),
        Some(b'<') => (false, true, 1),
        Some(b'>') | Some(b'!') => (false, false, 1),
        _ => (true, cfg!(target_endian = "little"), 0),
    };
    let too_long = || struct_error(vm, "total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    let mut i = start;
    while i < bytes.len() {
        let mut c = bytes[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = bytes.get(i) else {
                    return Err(struct_error(
                        vm,
                        "repeat count given without format specifier",
                    ));
                };
                if !d.is_ascii_digit() {
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .ok_or_else(too_long)?;
                i += 1;
            }
            c = bytes[i];
            i += 1;
        }
        let Some((isize_, align)) = code_size(c, native) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        size = size.div_ceil(align) * align;
        match c {
            b's' | b'p' => {
                items.push(Item {
                    code: c,
                    count,
                    offset: size,
                });
                nvalues += 1;
                size = size.checked_add(count).ok_or_else(too_long)?;
            }
            _ => {
                // One item per format character with its repeat count, as CPython's
                // `formatcode` keeps it: a huge count costs no memory until it fails the
                // size check below.
                items.push(Item {
                    code: c,
                    count,
                    offset: size,
                });
                let bytes = count.checked_mul(isize_).ok_or_else(too_long)?;
                size = size.checked_add(bytes).ok_or_else(too_long)?;
                if c != b'x' {
                    nvalues = nvalues.checked_add(count).ok_or_else(too_long)?;
                }
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long());
        }
    }
    Ok(Format {
        text,
        native,
        little,
        items,
        size,
        nvalues,
    })
}

impl Format {
    /// Every value slot in order: (code, byte count for `s`/`p`, offset), repeat counts
    /// expanded and pad bytes left out.
    fn slots(&self) -> impl Iterator<Item = (u8, usize, usize)> + '_ {
        self.items.iter().flat_map(move |it| {
            let (reps, step, count) = match it.code {
                b'x' => (0, 0, 0),
                b's' | b'p' => (1, 0, it.count),
                c => (it.count, code_size(c, self.native).map_or(1, |s| s.0), 1),
            };
            (0..reps).map(move |k| (it.code, count, it.offset + k * step))
        })
    }
}

/// Whether `code` is packed by the native routine in this format (see the module notes).
fn native_routine(f: &Format, code: u8) -> bool {
    f.native
        || matches!(code, b'b' | b'B')
        || (f.little == cfg!(target_endian = "little") && !matches!(code, b'l' | b'L'))
}

/// The integer to pack: ints and objects with `__index__`.
fn int_arg(vm: &Vm, v: &ObjRef) -> PyResult<BigInt> {
    if let Some(i) = v.as_int() {
        return Ok(i.to_bigint());
    }
    if v.slot(|s| s.index.is_present()) {
        return Ok(vm.index(v)?.to_bigint());
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

/// Checks an integer against its code's range, with the message the routine CPython uses
/// would give, and returns its two's-complement bits.
fn int_bits(vm: &Vm, n: &BigInt, code: u8, size: usize, native: bool) -> PyResult<u64> {
    let as_i64 = i64::try_from(n).ok();
    let as_u64 = u64::try_from(n).ok();
    let out_of_range = || struct_error(vm, "argument out of range");
    let signed = code.is_ascii_lowercase();
    let bits = (size * 8) as u32;
    let range_msg = |lo: i128, hi: i128| {
        struct_error(
            vm,
            format!("'{}' format requires {lo} <= number <= {hi}", code as char),
        )
    };
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let v: i128 = match code {
        b'b' | b'B' | b'h' | b'H' if native || matches!(code, b'b' | b'B') => {
            let v = as_i64.ok_or_else(out_of_range)? as i128;
            if v < lo || v > hi {
                let name = match code {
                    b'b' => "byte",
                    b'B' => "ubyte",
                    b'h' => "short",
                    _ => "ushort",
                };
                return Err(struct_error(
                    vm,
                    format!("{name} format requires {lo} <= number <= {hi}"),
                ));
            }
            v
        }
        b'P' => match (as_i64, as_u64) {
            (Some(v), _) => v as i128,
            (None, Some(u)) => u as i128,
            _ => return Err(struct_error(vm, "int too large to convert")),
        },
        b'q' | b'Q' if !native => {
            let v = if signed {
                as_i64.map(i128::from)
            } else {
                as_u64.map(i128::from)
            };
            v.ok_or_else(|| struct_error(vm, "int too large to convert"))?
        }
        _ if signed => {
            let v = as_i64.ok_or_else(out_of_range)? as i128;
            if v < lo || v > hi {
                return Err(range_msg(lo, hi));
            }
            v
        }
        _ => {
            let v = as_u64.ok_or_else(out_of_range)? as i128;
            if v > hi {
                return Err(range_msg(lo, hi));
            }
            v
        }
    };
    Ok(v as u64)
}

/// `PyFloat_AsDouble` as `_struct` reports its failure.
fn float_arg(vm: &Vm, v: &ObjRef) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.as_int() {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if v.slot(|s| s.float.is_present()) {
        return crate::types::float::convert(vm, v);
    }
    if v.slot(|s| s.index.is_present()) {
        return vm
            .index(v)?
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(struct_error(vm, "required argument is not a float"))
}

/// `PyFloat_Pack2`: a half float, rounded half to even.
fn pack_half(vm: &Vm, x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let ax = x.abs();
    if ax == 0.0 {
        return Ok(sign);
    }
    let overflow = || vm.overflow_error("float too large to pack with e format");
    // `ax = f * 2**e` with `f` in [1, 2).
    let mut e = ax.log2().floor() as i32;
    let mut f = ax / 2f64.powi(e);
    if f >= 2.0 {
        f /= 2.0;
        e += 1;
    } else if f < 1.0 {
        f *= 2.0;
        e -= 1;
    }
    if e >= 16 {
        return Err(overflow());
    }
    let (mut f, mut e) = if e < -25 {
        (0.0, 0)
    } else if e < -14 {
        (f * 2f64.powi(14 + e), 0)
    } else {
        (f - 1.0, e + 15)
    };
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return Err(overflow());
            }
        }
    }
    Ok(sign | ((e as u16) << 10) | bits)
}

fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0x1f if m == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        0 => m * 2f64.powi(-24),
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], at: usize, v: u64, size: usize, little: bool) {
    let bytes = v.to_le_bytes();
    for k in 0..size {
        let b = bytes[k];
        if little {
            out[at + k] = b;
        } else {
            out[at + size - 1 - k] = b;
        }
    }
}

fn get(data: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let b = if little {
            data[at + size - 1 - k]
        } else {
            data[at + k]
        };
        v = (v << 8) | b as u64;
    }
    v
}

/// Packs `values` into `out` (already `f.size` long).
fn pack_into_buf(vm: &Vm, f: &Format, values: &[ObjRef], out: &mut [u8]) -> PyResult<()> {
    let mut vals = values.iter();
    for (code, count, at) in f.slots() {
        let Some(v) = vals.next() else { break };
        let size = code_size(code, f.native).map_or(1, |s| s.0);
        match code {
            b's' | b'p' => {
                let data = match v.as_bytes() {
                    Some(b) => b.to_vec(),
                    None => match &v.payload {
                        Payload::ByteArray(_) => crate::types::bytes::buffer(v).unwrap_or_default(),
                        _ => {
                            return Err(struct_error(
                                vm,
                                format!("argument for '{}' must be a bytes object", code as char),
                            ));
                        }
                    },
                };
                if code == b's' {
                    let n = data.len().min(count);
                    out[at..at + n].copy_from_slice(&data[..n]);
                } else if count > 0 {
                    let n = data.len().min(count - 1);
                    out[at + 1..at + 1 + n].copy_from_slice(&data[..n]);
                    out[at] = n.min(255) as u8;
                }
            }
            b'c' => match v.as_bytes() {
                Some(b) if b.len() == 1 => out[at] = b[0],
                _ => {
                    return Err(struct_error(
                        vm,
                        "char format requires a bytes object of length 1",
                    ));
                }
            },
            b'?' => out[at] = vm.truthy(v)? as u8,
            b'e' => {
                let h = pack_half(vm, float_arg(vm, v)?)?;
                put(out, at, h as u64, 2, f.little);
            }
            b'f' => {
                let d = float_arg(vm, v)?;
                let x = d as f32;
                if x.is_infinite() && d.is_finite() {
                    return Err(vm.overflow_error("float too large to pack with f format"));
                }
                put(out, at, x.to_bits() as u64, 4, f.little);
            }
            b'd' => put(out, at, float_arg(vm, v)?.to_bits(), 8, f.little),
            code => {
                let n = int_arg(vm, v)?;
                let bits = int_bits(vm, &n, code, size, native_routine(f, code))?;
                put(out, at, bits, size, f.little);
            }
        }
    }
    Ok(())
}

fn unpack_buf(vm: &Vm, f: &Format, data: &[u8]) -> Vec<ObjRef> {
    let mut out = Vec::with_capacity(f.nvalues);
    for (code, count, at) in f.slots() {
        let size = code_size(code, f.native).map_or(1, |s| s.0);
        let v = match code {
            b's' => vm.new_bytes(data[at..at + count].to_vec()),
            b'p' => {
                let n = if count == 0 {
                    0
                } else {
                    (data[at] as usize).min(count - 1)
                };
                vm.new_bytes(data[at + 1..at + 1 + n].to_vec())
            }
            b'c' => vm.new_bytes(vec![data[at]]),
            b'?' => vm.new_bool(data[at] != 0),
            b'e' => vm.new_float(unpack_half(get(data, at, 2, f.little) as u16)),
            b'f' => vm.new_float(f32::from_bits(get(data, at, 4, f.little) as u32) as f64),
            b'd' => vm.new_float(f64::from_bits(get(data, at, 8, f.little))),
            code => {
                let raw = get(data, at, size, f.little);
                if code.is_ascii_lowercase() && code != b'p' {
                    let shift = 64 - 8 * size as u32;
                    vm.new_int(((raw << shift) as i64) >> shift)
                } else if raw > i64::MAX as u64 {
                    vm.new_bigint(BigInt::from(raw))
                } else {
                    vm.new_int(raw as i64)
                }
            }
        };
        out.push(v);
    }
    out
}

/// A zeroed buffer, or `MemoryError` when it cannot be had (a format may ask for terabytes).
fn zeroed(vm: &Vm, size: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(size)
        .map_err(|_| vm.error_noargs(&vm.exc.memory_error))?;
    out.resize(size, 0);
    Ok(out)
}

fn pack_values(vm: &Vm, f: &Format, values: &[ObjRef]) -> PyResult<Vec<u8>> {
    if values.len() != f.nvalues {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                values.len()
            ),
        ));
    }
    let mut out = zeroed(vm, f.size)?;
    pack_into_buf(vm, f, values, &mut out)?;
    Ok(out)
}

fn buffer_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))
    })
}

fn unpack_values(vm: &Vm, f: &Format, buf: &ObjRef) -> PyResult {
    let data = buffer_arg(vm, buf)?;
    if data.len() != f.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(vm.new_tuple(unpack_buf(vm, f, &data)))
}

fn unpack_from_values(vm: &Vm, f: &Format, buf: &ObjRef, offset: Option<&ObjRef>) -> PyResult {
    let data = buffer_arg(vm, buf)?;
    let len = data.len() as isize;
    let mut off = match offset {
        Some(o) => vm.index_isize(o)?,
        None => 0,
    };
    if off < 0 {
        if off + (f.size as isize) > 0 {
            return Err(struct_error(
                vm,
                format!("not enough data to unpack {} bytes at offset {off}", f.size),
            ));
        }
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < f.size as isize {
        // CPython adds in `size_t`, so a huge offset shows its true sum.
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
                f.size as i128 + off as i128,
                f.size
            ),
        ));
    }
    let off = off as usize;
    Ok(vm.new_tuple(unpack_buf(vm, f, &data[off..off + f.size])))
}

fn pack_into_values(vm: &Vm, f: &Format, args: &[ObjRef]) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error(if args.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    let values = &args[2..];
    if values.len() != f.nvalues {
        return Err(struct_error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.nvalues,
                values.len()
            ),
        ));
    }
    let not_writable = || {
        vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(&args[0])
        ))
    };
    let len = match &args[0].payload {
        Payload::ByteArray(ba) => ba.data.borrow().len(),
        Payload::Native(n) => n.buffer().ok_or_else(not_writable)?.len(),
        _ => crate::types::memoryview::writable_len(&args[0]).ok_or_else(not_writable)?,
    } as isize;
    let mut off = vm.index_isize(&args[1])?;
    let size = f.size as isize;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
                size as i128 + off as i128
            ),
        ));
    }
    let mut out = zeroed(vm, f.size)?;
    pack_into_buf(vm, f, values, &mut out)?;
    let off = off as usize;
    match &args[0].payload {
        Payload::ByteArray(ba) => ba.data.borrow_mut()[off..off + out.len()].copy_from_slice(&out),
        Payload::Native(n) if n.write_buffer(off, &out) => {}
        _ if crate::types::memoryview::write_into(&args[0], off, &out) => {}
        _ => return Err(not_writable()),
    }
    Ok(vm.none.clone())
}

/// A `Struct`'s compiled format.
struct StructState(Format);

impl NativeData for StructState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The iterator `iter_unpack` returns: the data and the next offset.
struct UnpackIter {
    format: Format,
    data: Vec<u8>,
    pos: Cell<usize>,
}

impl NativeData for UnpackIter {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn native_state<'a, T: 'static>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<T>()
            .ok_or_else(|| vm.internal("_struct object")),
        _ => Err(vm.internal("_struct object")),
    }
}

fn iter_unpack_values(vm: &Vm, f: &Format, buf: &ObjRef) -> PyResult {
    if f.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer_arg(vm, buf)?;
    if data.len() % f.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let t = vm.native_type("_struct.unpack_iterator", || make_iter_type(vm));
    let st = UnpackIter {
        format: f.clone(),
        data,
        pos: Cell::new(0),
    };
    Ok(Obj::new(t, Payload::Native(Box::new(st))))
}

fn iter_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = native_state::<UnpackIter>(vm, o)?;
    let at = it.pos.get();
    if at + it.format.size > it.data.len() {
        return Ok(None);
    }
    it.pos.set(at + it.format.size);
    let items = unpack_buf(vm, &it.format, &it.data[at..at + it.format.size]);
    Ok(Some(vm.new_tuple(items)))
}

fn iter_length_hint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__length_hint__", 0)?;
    let it = native_state::<UnpackIter>(vm, o)?;
    let left = (it.data.len() - it.pos.get().min(it.data.len())) / it.format.size.max(1);
    Ok(vm.new_int(left as i64))
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `unpackiter_new`: only `Struct.iter_unpack` makes these (the message is 3.11's, with its
/// missing quote).
fn iter_new(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("Cannot create 'unpack_iterator objects"))
}

fn make_iter_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        "_struct.unpack_iterator",
        &vm.types.object,
        Layout::Opaque,
        0,
    );
    let s = Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(iter_next),
        new: Slot::Native(iter_new),
        ..Slots::default()
    };
    vm.add_methods(&t, &[("__length_hint__", iter_length_hint)]);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// The format argument of the module functions.
fn format_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(Format, &'a [ObjRef])> {
    let pos = args.pos();
    let Some(fmt) = pos.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    Ok((compile(vm, fmt)?, &pos[1..]))
}

fn pack(vm: &Vm, args: Args<'_>) -> PyResult {
    let (f, rest) = format_of(vm, &args)?;
    Ok(vm.new_bytes(pack_values(vm, &f, rest)?))
}

fn pack_into(vm: &Vm, args: Args<'_>) -> PyResult {
    let (f, rest) = format_of(vm, &args)?;
    pack_into_values(vm, &f, rest)
}

fn unpack(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "unpack", 2)?;
    unpack_values(vm, &compile(vm, &a[0])?, &a[1])
}

fn unpack_from(vm: &Vm, args: Args<'_>) -> PyResult {
    let [fmt, buffer, offset] =
        args.bind(vm, "unpack_from", ["format", "buffer", "offset"], 1, 3, 2)?;
    let (Some(fmt), Some(buffer)) = (fmt, buffer) else {
        return Err(vm.internal("unpack_from"));
    };
    unpack_from_values(vm, &compile(vm, &fmt)?, &buffer, offset.as_ref())
}

fn iter_unpack(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "iter_unpack", 2)?;
    iter_unpack_values(vm, &compile(vm, &a[0])?, &a[1])
}

fn calcsize(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "calcsize", 1)?;
    Ok(vm.new_int(compile(vm, &a[0])?.size as i64))
}

fn struct_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [fmt] = args.bind(vm, "Struct", ["format"], 0, 1, 1)?;
    let fmt = fmt.ok_or_else(|| vm.internal("Struct"))?;
    let f = compile(vm, &fmt)?;
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(StructState(f)))))
}

fn fmt_of<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Format> {
    Ok(&native_state::<StructState>(vm, o)?.0)
}

fn s_pack(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "pack")?;
    Ok(vm.new_bytes(pack_values(vm, fmt_of(vm, o)?, args.pos())?))
}

fn s_pack_into(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "pack_into")?;
    pack_into_values(vm, fmt_of(vm, o)?, args.pos())
}

fn s_unpack(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "unpack", 1)?;
    unpack_values(vm, fmt_of(vm, o)?, &a[0])
}

fn s_unpack_from(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [buffer, offset] = args.bind(vm, "unpack_from", ["buffer", "offset"], 0, 2, 1)?;
    let buffer = buffer.ok_or_else(|| vm.internal("unpack_from"))?;
    unpack_from_values(vm, fmt_of(vm, o)?, &buffer, offset.as_ref())
}

fn s_iter_unpack(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "iter_unpack", 1)?;
    iter_unpack_values(vm, fmt_of(vm, o)?, &a[0])
}

fn s_format(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(fmt_of(vm, o)?.text.clone()))
}

fn s_size(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(fmt_of(vm, o)?.size as i64))
}

fn make_struct_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        "_struct.Struct",
        &vm.types.object,
        Layout::Opaque,
        BASETYPE,
    );
    let s = Slots {
        new: Slot::Native(struct_new),
        ..Slots::default()
    };
    vm.add_methods(
        &t,
        &[
            ("pack", s_pack),
            ("pack_into", s_pack_into),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("iter_unpack", s_iter_unpack),
        ],
    );
    vm.add_getset(&t, "format", s_format, None);
    vm.add_getset(&t, "size", s_size, None);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

fn clearcache(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "_clearcache", 0)?;
    Ok(vm.none.clone())
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("pack", pack),
    ("pack_into", pack_into),
    ("unpack", unpack),
    ("unpack_from", unpack_from),
    ("iter_unpack", iter_unpack),
    ("calcsize", calcsize),
    ("_clearcache", clearcache),
];

/// Creates the `_struct` module; its types are made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_struct");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_struct"));
    }
    let t = vm.native_type("_struct.Struct", || make_struct_type(vm));
    vm.dict_set_str(&d, "Struct", t);
    vm.dict_set_str(&d, "error", error_type(vm));
    vm.dict_set_str(&d, "__doc__", vm.new_str(DOC));
    m
}

/// The module's docstring (`struct.py` re-exports it).
const DOC: &str = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";
