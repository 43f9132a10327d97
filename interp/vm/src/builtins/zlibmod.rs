//! The `zlib` module (`Modules/zlibmodule.c`): one-shot `compress`/`decompress`, the streaming
//! `compressobj`/`decompressobj` objects (`flush`, `copy`, `unused_data`, `unconsumed_tail`,
//! `eof`), `crc32`/`adler32`, the constants and `zlib.error` with zlib's messages.
//!
//! Deflate is flate2 over the C zlib (libz-sys: the system's, as CPython links it), so the
//! compressed bytes are zlib's own; `wbits` takes zlib's forms (zlib, raw, gzip). `memLevel`
//! and `strategy` are accepted and checked but flate2 does not pass them on (zlib's defaults,
//! `DEF_MEM_LEVEL` 8 and `Z_DEFAULT_STRATEGY`, are CPython's too), nor can it copy a running
//! stream (`deflateCopy`/`inflateCopy`).

use std::cell::RefCell;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::binascii::{bytes_arg, new_exception, u32_mask};
use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

const DEF_BUF_SIZE: i64 = 16384;
const CHUNK: usize = 16384;

/// `zlib.error`, made once per interpreter.
fn error_type(vm: &Vm) -> ObjRef {
    vm.native_type("zlib.error", || {
        new_exception(vm, "zlib", "error", &vm.exc.exception)
    })
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.error(&error_type(vm), msg)
}

/// zlib_error's text for a failed inflate: most failures are Z_DATA_ERROR (-3).
fn inflate_error(vm: &Vm, e: &flate2::DecompressError, what: &str) -> PyErr {
    if e.needs_dictionary().is_some() {
        return error(vm, format!("Error 2 while {what}"));
    }
    let msg = e.message().unwrap_or("invalid input data");
    error(vm, format!("Error -3 while {what}: {msg}"))
}

fn int_arg(vm: &Vm, o: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(v) => vm.index_c_int(v).map(i64::from),
    }
}

/// A `Py_ssize_t` argument (`max_length`, `length`): any int that fits a signed machine word.
fn ssize_arg(vm: &Vm, o: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(v) => vm
            .index(v)?
            .as_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// What a `wbits` value asks deflate for: the container and the window, or None when zlib's
/// deflateInit2 would refuse it (window 8 is only taken, as 9, with the zlib container).
fn deflate_setup(level: i64, wbits: i64) -> Option<Compress> {
    let level = match level {
        -1 => 6,
        0..=9 => level as u32,
        _ => return None,
    };
    let lv = Compression::new(level);
    match wbits {
        8 => Some(Compress::new_with_window_bits(lv, true, 9)),
        9..=15 => Some(Compress::new_with_window_bits(lv, true, wbits as u8)),
        -15..=-9 => Some(Compress::new_with_window_bits(lv, false, (-wbits) as u8)),
        25..=31 => Some(Compress::new_gzip(lv, (wbits - 16) as u8)),
        _ => None,
    }
}

/// The container an inflate stream reads, decided from `wbits` (and, for the automatic
/// forms 40..47, from the first bytes of input).
#[derive(Clone, Copy, PartialEq)]
enum Container {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    Auto(u8),
}

fn inflate_container(wbits: i64) -> Option<Container> {
    // zlib reads windows of 8 bits; a 9-bit window is a superset of one.
    let w = |b: i64| b.clamp(9, 15) as u8;
    match wbits {
        0 => Some(Container::Zlib(15)),
        8..=15 => Some(Container::Zlib(w(wbits))),
        -15..=-8 => Some(Container::Raw(w(-wbits))),
        24..=31 => Some(Container::Gzip(w(wbits - 16))),
        40..=47 => Some(Container::Auto(w(wbits - 32))),
        _ => None,
    }
}

fn make_inflater(c: Container, first: &[u8]) -> Decompress {
    match c {
        Container::Zlib(w) => Decompress::new_with_window_bits(true, w),
        Container::Raw(w) => Decompress::new_with_window_bits(false, w),
        Container::Gzip(w) => Decompress::new_gzip(w),
        Container::Auto(w) => {
            if first.starts_with(&[0x1f, 0x8b]) {
                Decompress::new_gzip(w)
            } else {
                Decompress::new_with_window_bits(true, w)
            }
        }
    }
}

/// Feeds all of `input` to the deflater with `flush`, collecting what it writes.
fn deflate_all(
    c: &mut Compress,
    input: &[u8],
    flush: FlushCompress,
) -> Result<Vec<u8>, flate2::CompressError> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let mut pos = 0;
    loop {
        let (in0, out0) = (c.total_in(), c.total_out());
        let st = c.compress(&input[pos..], &mut buf, flush)?;
        pos += (c.total_in() - in0) as usize;
        let wrote = (c.total_out() - out0) as usize;
        out.extend_from_slice(&buf[..wrote]);
        let stalled = wrote == 0 && c.total_in() == in0;
        // Finished when the stream ends, or (short of finishing) when the input is used up
        // and the output did not fill the buffer.
        let done = st == Status::StreamEnd
            || stalled
            || (flush != FlushCompress::Finish && pos >= input.len() && wrote < buf.len());
        if done {
            return Ok(out);
        }
    }
}

/// The result of an inflate run: output, input bytes used, whether the stream ended.
struct Inflated {
    out: Vec<u8>,
    used: usize,
    ended: bool,
}

/// Inflates `input` until it is used up, the stream ends, or `limit` bytes are out.
fn inflate_run(
    d: &mut Decompress,
    input: &[u8],
    limit: Option<usize>,
    zdict: Option<&[u8]>,
) -> Result<Inflated, flate2::DecompressError> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let mut pos = 0;
    loop {
        let room = match limit {
            Some(l) => (l - out.len()).min(CHUNK),
            None => CHUNK,
        };
        if room == 0 {
            break;
        }
        let (in0, out0) = (d.total_in(), d.total_out());
        let st = match d.decompress(&input[pos..], &mut buf[..room], FlushDecompress::None) {
            Ok(s) => s,
            Err(e) if e.needs_dictionary().is_some() && zdict.is_some() => {
                d.set_dictionary(zdict.unwrap_or_default())?;
                Status::Ok
            }
            Err(e) => return Err(e),
        };
        pos += (d.total_in() - in0) as usize;
        let wrote = (d.total_out() - out0) as usize;
        out.extend_from_slice(&buf[..wrote]);
        if st == Status::StreamEnd {
            return Ok(Inflated {
                out,
                used: pos,
                ended: true,
            });
        }
        let stalled = d.total_in() == in0 && wrote == 0;
        if (pos >= input.len() && wrote < room) || stalled {
            break;
        }
    }
    Ok(Inflated {
        out,
        used: pos,
        ended: false,
    })
}

fn compress_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, level, wbits] = args.bind(vm, "compress", ["data", "level", "wbits"], 1, 3, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let level = int_arg(vm, &level, -1)?;
    let wbits = int_arg(vm, &wbits, 15)?;
    let mut c = deflate_setup(level, wbits).ok_or_else(|| error(vm, "Bad compression level"))?;
    deflate_all(&mut c, &data, FlushCompress::Finish)
        .map(|out| vm.new_bytes(out))
        .map_err(|e| {
            let msg = e.message().unwrap_or("stream error").to_string();
            error(vm, format!("Error -2 while compressing data: {msg}"))
        })
}

fn decompress_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, wbits, bufsize] =
        args.bind(vm, "decompress", ["data", "wbits", "bufsize"], 1, 3, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let wbits = int_arg(vm, &wbits, 15)?;
    if let Some(b) = &bufsize
        && vm.index(b)?.to_bigint().sign() == num_bigint::Sign::Minus
    {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(c) = inflate_container(wbits) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut d = make_inflater(c, &data);
    let r = inflate_run(&mut d, &data, None, None)
        .map_err(|e| inflate_error(vm, &e, "decompressing data"))?;
    if !r.ended {
        return Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(vm.new_bytes(r.out))
}

/// The state of a compression object; `None` once `flush(Z_FINISH)` has ended the stream.
struct CompState(RefCell<Option<Compress>>);

/// The state of a decompression object.
struct DecompState(RefCell<Decomp>);

struct Decomp {
    container: Container,
    inner: Option<Decompress>,
    zdict: Option<Vec<u8>>,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
}

impl NativeData for CompState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl NativeData for DecompState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn native<'a, T: 'static>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<T>()
            .ok_or_else(|| vm.type_error("wrong zlib object")),
        _ => Err(vm.type_error("wrong zlib object")),
    }
}

fn compressobj_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let [level, method, wbits, mem, strategy, zdict] = args.bind(
        vm,
        "compressobj",
        ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        6,
        0,
    )?;
    let level = int_arg(vm, &level, -1)?;
    let method = int_arg(vm, &method, 8)?;
    let wbits = int_arg(vm, &wbits, 15)?;
    let mem = int_arg(vm, &mem, 8)?;
    let strategy = int_arg(vm, &strategy, 0)?;
    let bad = || vm.value_error("Invalid initialization option");
    if method != 8 || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        return Err(bad());
    }
    let mut c = deflate_setup(level, wbits).ok_or_else(bad)?;
    if let Some(z) = zdict.filter(|z| !vm.is_none(z)) {
        let z = bytes_arg(vm, &z)?;
        c.set_dictionary(&z)
            .map_err(|_| vm.value_error("Invalid dictionary"))?;
    }
    let t = comp_type(vm);
    Ok(Obj::new(
        t,
        Payload::Native(Box::new(CompState(RefCell::new(Some(c))))),
    ))
}

fn c_compress(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "compress", 1)?;
    let data = bytes_arg(vm, &a[0])?;
    let st = native::<CompState>(vm, o)?;
    let mut g = st.0.borrow_mut();
    let Some(c) = g.as_mut() else {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    };
    deflate_all(c, &data, FlushCompress::None)
        .map(|out| vm.new_bytes(out))
        .map_err(|_| {
            error(
                vm,
                "Error -2 while compressing data: inconsistent stream state",
            )
        })
}

fn c_flush(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "flush", 0, 1)?;
    let mode = match a.first() {
        Some(m) => int_arg(vm, &Some(m.clone()), 4)?,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(vm.new_bytes(Vec::new())),
        1 | 5 | 6 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    let st = native::<CompState>(vm, o)?;
    let mut g = st.0.borrow_mut();
    let Some(c) = g.as_mut() else {
        return Err(error(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        ));
    };
    let out = deflate_all(c, &[], flush)
        .map_err(|_| error(vm, "Error -2 while flushing: inconsistent stream state"))?;
    if flush == FlushCompress::Finish {
        *g = None;
    }
    Ok(vm.new_bytes(out))
}

fn c_copy(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    // flate2 cannot duplicate a running deflate stream (zlib's deflateCopy).
    Err(vm.value_error("Inconsistent stream state"))
}

fn decompressobj_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let [wbits, zdict] = args.bind(vm, "decompressobj", ["wbits", "zdict"], 0, 2, 0)?;
    let wbits = int_arg(vm, &wbits, 15)?;
    let container =
        inflate_container(wbits).ok_or_else(|| vm.value_error("Invalid initialization option"))?;
    let zdict = match zdict {
        Some(z) => Some(
            bytes_arg(vm, &z)
                .map_err(|_| vm.type_error("zdict argument must support the buffer protocol"))?,
        ),
        None => None,
    };
    let t = decomp_type(vm);
    let st = Decomp {
        container,
        inner: None,
        zdict,
        eof: false,
        unused: Vec::new(),
        tail: Vec::new(),
    };
    Ok(Obj::new(
        t,
        Payload::Native(Box::new(DecompState(RefCell::new(st)))),
    ))
}

/// Inflates `data` into the object's stream, keeping what is left over as CPython's
/// save_unconsumed_input does: after the end, in `unused_data`; before it, in
/// `unconsumed_tail`.
fn feed(vm: &Vm, s: &mut Decomp, data: &[u8], limit: Option<usize>) -> PyResult<Vec<u8>> {
    if s.eof {
        s.unused.extend_from_slice(data);
        return Ok(Vec::new());
    }
    if s.inner.is_none() {
        if data.is_empty() {
            return Ok(Vec::new());
        }
        let mut d = make_inflater(s.container, data);
        // A raw stream takes its dictionary up front; a zlib one asks for it.
        if let (Container::Raw(_), Some(z)) = (s.container, &s.zdict) {
            d.set_dictionary(z)
                .map_err(|e| inflate_error(vm, &e, "setting zdict"))?;
        }
        s.inner = Some(d);
    }
    let Some(d) = s.inner.as_mut() else {
        return Ok(Vec::new());
    };
    let r = inflate_run(d, data, limit, s.zdict.as_deref())
        .map_err(|e| inflate_error(vm, &e, "decompressing data"))?;
    let rest = &data[r.used..];
    if r.ended {
        s.eof = true;
        s.unused.extend_from_slice(rest);
        s.tail.clear();
    } else {
        s.tail = rest.to_vec();
    }
    Ok(r.out)
}

fn d_decompress(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [data, max] = args.bind(vm, "decompress", ["data", "max_length"], 1, 2, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let max = ssize_arg(vm, &max, 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let limit = (max > 0).then_some(max as usize);
    let st = native::<DecompState>(vm, o)?;
    let out = feed(vm, &mut st.0.borrow_mut(), &data, limit)?;
    Ok(vm.new_bytes(out))
}

fn d_flush(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "flush", 0, 1)?;
    if let Some(l) = a.first()
        && ssize_arg(vm, &Some(l.clone()), DEF_BUF_SIZE)? <= 0
    {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let st = native::<DecompState>(vm, o)?;
    let mut s = st.0.borrow_mut();
    let tail = std::mem::take(&mut s.tail);
    let out = feed(vm, &mut s, &tail, None)?;
    Ok(vm.new_bytes(out))
}

fn d_copy(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    // flate2 cannot duplicate a running inflate stream (zlib's inflateCopy).
    Err(vm.value_error("Inconsistent stream state"))
}

fn get_eof(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(native::<DecompState>(vm, o)?.0.borrow().eof))
}

fn get_unused(vm: &Vm, o: &ObjRef) -> PyResult {
    let s = native::<DecompState>(vm, o)?.0.borrow();
    Ok(vm.new_bytes(s.unused.clone()))
}

fn get_tail(vm: &Vm, o: &ObjRef) -> PyResult {
    let s = native::<DecompState>(vm, o)?.0.borrow();
    Ok(vm.new_bytes(s.tail.clone()))
}

/// `zlibVersion()` of the linked zlib.
#[allow(unsafe_code)]
fn zlib_version() -> String {
    // SAFETY: zlibVersion takes nothing and returns a pointer to a static NUL-terminated
    // string (the library's ZLIB_VERSION), never null.
    let v = unsafe { std::ffi::CStr::from_ptr(libz_sys::zlibVersion()) };
    v.to_string_lossy().into_owned()
}

fn no_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error(format!(
        "cannot create '{}' instances",
        cls.as_type().map(|t| t.name()).unwrap_or_default()
    )))
}

fn base_type(vm: &Vm, qualname: &str) -> ObjRef {
    crate::types::new_static_type(
        &vm.types.type_,
        qualname,
        &vm.types.object,
        Layout::Opaque,
        0,
    )
}

fn finish_type(vm: &Vm, t: &ObjRef) {
    let s = Slots {
        new: Slot::Native(no_new),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
    crate::object::slot_resolve::inherit_static(t);
}

fn comp_type(vm: &Vm) -> ObjRef {
    vm.native_type("zlib.Compress", || {
        let t = base_type(vm, "zlib.Compress");
        vm.add_methods(
            &t,
            &[
                ("compress", c_compress),
                ("flush", c_flush),
                ("copy", c_copy),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

fn decomp_type(vm: &Vm) -> ObjRef {
    vm.native_type("zlib.Decompress", || {
        let t = base_type(vm, "zlib.Decompress");
        vm.add_methods(
            &t,
            &[
                ("decompress", d_decompress),
                ("flush", d_flush),
                ("copy", d_copy),
            ],
        );
        vm.add_getset(&t, "eof", get_eof, None);
        vm.add_getset(&t, "unused_data", get_unused, None);
        vm.add_getset(&t, "unconsumed_tail", get_tail, None);
        finish_type(vm, &t);
        t
    })
}

fn crc32_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "crc32", 1, 2)?;
    let data = bytes_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => u32_mask(vm, v)?,
        None => 0,
    };
    Ok(vm.new_int(i64::from(super::binascii::crc32(start, &data))))
}

/// Adler-32 as zlib computes it: two sums modulo 65521, continuing from `start`.
fn adler32(start: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    // 5552 bytes is the longest run whose sums cannot overflow 32 bits before reduction.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

fn adler32_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "adler32", 1, 2)?;
    let data = bytes_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => u32_mask(vm, v)?,
        None => 1,
    };
    Ok(vm.new_int(i64::from(adler32(start, &data))))
}

/// Creates the `zlib` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("zlib");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("adler32", adler32_fn),
        ("compress", compress_fn),
        ("compressobj", compressobj_fn),
        ("crc32", crc32_fn),
        ("decompress", decompress_fn),
        ("decompressobj", decompressobj_fn),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "zlib"));
    }
    let ints: &[(&str, i64)] = &[
        ("DEFLATED", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("DEF_MEM_LEVEL", 8),
        ("MAX_WBITS", 15),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_BEST_SPEED", 1),
        ("Z_BLOCK", 5),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_FINISH", 4),
        ("Z_FIXED", 4),
        ("Z_FULL_FLUSH", 3),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_NO_COMPRESSION", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_RLE", 3),
        ("Z_SYNC_FLUSH", 2),
        ("Z_TREES", 6),
    ];
    for &(name, v) in ints {
        vm.dict_set_str(&d, name, vm.new_int(v));
    }
    // One zlib serves both: the library flate2 links, whose version is also its headers'.
    let version = zlib_version();
    vm.dict_set_str(&d, "ZLIB_VERSION", vm.new_str(version.as_str()));
    vm.dict_set_str(&d, "ZLIB_RUNTIME_VERSION", vm.new_str(version));
    vm.dict_set_str(&d, "error", error_type(vm));
    m
}
