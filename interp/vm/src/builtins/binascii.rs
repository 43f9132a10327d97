//! The `binascii` module (`Modules/binascii.c`): hex, base64, quoted-printable and uuencode
//! conversions, `crc32` and `crc_hqx`, and the `Error`/`Incomplete` exceptions. `base64`,
//! `quopri` and `uu` are built on it; `zlib` shares its CRC-32.

use std::sync::OnceLock;

use num_bigint::BigInt;

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// `binascii.Error`, a `ValueError`, made once per interpreter.
fn error_type(vm: &Vm) -> ObjRef {
    vm.native_type("binascii.Error", || {
        new_exception(vm, "binascii", "Error", &vm.exc.value_error)
    })
}

/// `binascii.Incomplete`, raised by no function here but exported as CPython does.
fn incomplete_type(vm: &Vm) -> ObjRef {
    vm.native_type("binascii.Incomplete", || {
        new_exception(vm, "binascii", "Incomplete", &vm.exc.exception)
    })
}

/// A new exception class `module.name` deriving from `base`, as `PyErr_NewException` makes.
pub(crate) fn new_exception(vm: &Vm, module: &str, name: &str, base: &ObjRef) -> ObjRef {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str(module));
    let bases = vm.new_tuple(vec![base.clone()]);
    let args = [vm.new_str(name), bases, ns];
    vm.call_pos(&vm.types.type_, &args)
        .unwrap_or_else(|_| base.clone())
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.error(&error_type(vm), msg)
}

/// A bytes-like argument (`Py_buffer`), refusing `str` with CPython's message.
pub(crate) fn bytes_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))
    })
}

/// The `ascii_buffer_converter` of the `a2b_*` functions: a bytes-like object or an ASCII str.
fn ascii_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(s) = o.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(o)
        ))
    })
}

/// An `unsigned int` parameter converted bitwise (`PyLong_AsUnsignedLongMask`): the low 32
/// bits of any integer, negative ones in two's complement.
pub(crate) fn u32_mask(vm: &Vm, o: &ObjRef) -> PyResult<u32> {
    let i = vm.index(o)?.to_bigint();
    let low = i & BigInt::from(u32::MAX);
    Ok(low.iter_u32_digits().next().unwrap_or(0))
}

fn flag(vm: &Vm, o: &Option<ObjRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn hexlify(vm: &Vm, args: Args<'_>, name: &str) -> PyResult {
    let [data, sep, per] = args.bind(vm, name, ["data", "sep", "bytes_per_sep"], 0, 3, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let text = crate::types::bytes::hex_with_sep(vm, &data, sep.as_ref(), per.as_ref())?;
    Ok(vm.new_bytes(vm.str_lossy(&text).into_bytes()))
}

fn b2a_hex(vm: &Vm, args: Args<'_>) -> PyResult {
    hexlify(vm, args, "b2a_hex")
}

fn hexlify_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    hexlify(vm, args, "hexlify")
}

fn unhexlify(vm: &Vm, args: Args<'_>, name: &str) -> PyResult {
    let [h] = args.bind(vm, name, ["hexstr"], 1, 1, 1)?;
    let data = ascii_arg(vm, h.as_ref().unwrap_or(&vm.none))?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn a2b_hex(vm: &Vm, args: Args<'_>) -> PyResult {
    unhexlify(vm, args, "a2b_hex")
}

fn unhexlify_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    unhexlify(vm, args, "unhexlify")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The value of a base64 digit, or None for anything else (including `=`).
fn b64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decodes base64 as binascii_a2b_base64_impl does: outside strict mode, characters that are
/// not base64 digits are skipped and a complete pad sequence ends the input; in strict mode
/// each irregularity is an error.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0u32;
    let mut left = 0u32;
    let mut pads = 0u32;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn a2b_base64(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, strict] = args.bind(vm, "a2b_base64", ["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let strict = flag(vm, &strict, false)?;
    decode_base64(&data, strict)
        .map(|b| vm.new_bytes(b))
        .map_err(|m| error(vm, m))
}

/// Standard base64 with `=` padding.
pub(crate) fn encode_base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digits = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for (k, d) in digits.iter().enumerate() {
            out.push(if k <= chunk.len() {
                B64[*d as usize]
            } else {
                b'='
            });
        }
    }
    out
}

fn b2a_base64(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, newline] = args.bind(vm, "b2a_base64", ["data", "newline"], 1, 1, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let mut out = encode_base64(&data);
    if flag(vm, &newline, true)? {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn a2b_uu(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data] = args.bind(vm, "a2b_uu", ["data"], 1, 1, 1)?;
    let data = ascii_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    // An empty line reads its length byte from the C string's terminating NUL, which
    // (0 - ' ') & 63 turns into 32 bytes of zeros.
    let first = data.first().copied().unwrap_or(0);
    let mut need = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(need);
    let (mut left, mut bits) = (0u32, 0u32);
    while need > 0 {
        let c = match rest.next() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                // '`' (space + 64) stands for zero in some encoders.
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                u32::from(c.wrapping_sub(b' ') & 0o77)
            }
        };
        left = (left << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
            need -= 1;
        }
    }
    for &c in rest {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(vm.new_bytes(out))
}

fn b2a_uu(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, backtick] = args.bind(vm, "b2a_uu", ["data", "backtick"], 1, 1, 1)?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let backtick = flag(vm, &backtick, false)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let put = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![put(data.len() as u32 & 0o77)];
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for shift in [18, 12, 6, 0] {
            out.push(put((n >> shift) & 63));
        }
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

fn a2b_qp(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, header] = args.bind(vm, "a2b_qp", ["data", "header"], 0, 2, 1)?;
    let data = ascii_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let header = flag(vm, &header, false)?;
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            match data[i] {
                // A soft line break: skip to just past the end of the line.
                b'\n' | b'\r' => {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                    if i < data.len() {
                        i += 1;
                    }
                }
                // "==" decodes to "=", a leniency for an old broken encoder.
                b'=' => {
                    out.push(b'=');
                    i += 1;
                }
                a => match (hex(a), data.get(i + 1).and_then(|&b| hex(b))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'='),
                },
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

const QP_MAXLINE: usize = 76;

fn push_hex(out: &mut Vec<u8>, c: u8) {
    const H: &[u8; 16] = b"0123456789ABCDEF";
    out.push(H[(c >> 4) as usize]);
    out.push(H[(c & 15) as usize]);
}

/// The options of `b2a_qp`.
struct QpOpts {
    quotetabs: bool,
    istext: bool,
    header: bool,
}

/// Whether byte `i` of `data` must be written as `=XX` (binascii_b2a_qp_impl's test).
fn qp_needs_quote(data: &[u8], i: usize, linelen: usize, o: &QpOpts) -> bool {
    let c = data[i];
    let next = data.get(i + 1).copied();
    c > 126
        || c == b'='
        || (o.header && c == b'_')
        || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
        || (!o.istext && (c == b'\r' || c == b'\n'))
        || ((c == b'\t' || c == b' ') && next.is_none())
        || (c < 33 && c != b'\r' && c != b'\n' && (o.quotetabs || (c != b'\t' && c != b' ')))
}

fn encode_qp(data: &[u8], o: &QpOpts) -> Vec<u8> {
    // The line ends written follow the first one in the data.
    let crlf = memchr::memchr(b'\n', data).is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(data.len() * 3 / 2);
    let mut linelen = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if qp_needs_quote(data, i, linelen, o) {
            if linelen + 3 >= QP_MAXLINE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.push(b'=');
            push_hex(&mut out, c);
            i += 1;
            linelen += 3;
        } else if o.istext && (c == b'\n' || (c == b'\r' && data.get(i + 1) == Some(&b'\n'))) {
            linelen = 0;
            // Whitespace before a line end would be lost in transit: quote it.
            if let Some(&last) = out.last()
                && (last == b' ' || last == b'\t')
            {
                out.pop();
                out.push(b'=');
                push_hex(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != data.len() && data[i + 1] != b'\n' && linelen + 1 >= QP_MAXLINE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if o.header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn b2a_qp(vm: &Vm, args: Args<'_>) -> PyResult {
    let [data, quotetabs, istext, header] = args.bind(
        vm,
        "b2a_qp",
        ["data", "quotetabs", "istext", "header"],
        0,
        4,
        1,
    )?;
    let data = bytes_arg(vm, data.as_ref().unwrap_or(&vm.none))?;
    let o = QpOpts {
        quotetabs: flag(vm, &quotetabs, false)?,
        istext: flag(vm, &istext, true)?,
        header: flag(vm, &header, false)?,
    };
    Ok(vm.new_bytes(encode_qp(&data, &o)))
}

/// The reflected CRC-32 table (polynomial 0xEDB88320) of zlib's `crc32`.
fn crc_table() -> &'static [u32; 256] {
    static T: OnceLock<[u32; 256]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

/// zlib's `crc32(crc, data)`: continues the checksum `crc`.
pub(crate) fn crc32(crc: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    for &b in data {
        c = t[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "crc32", 1, 2)?;
    let data = bytes_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(c) => u32_mask(vm, c)?,
        None => 0,
    };
    Ok(vm.new_int(i64::from(crc32(start, &data))))
}

/// The CRC-CCITT (polynomial 0x1021, not reflected) of BinHex.
fn crc_hqx(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "crc_hqx", 2)?;
    let data = bytes_arg(vm, &a[0])?;
    let mut crc = (u32_mask(vm, &a[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(vm.new_int(i64::from(crc)))
}

/// Creates the `binascii` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("binascii");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("a2b_base64", a2b_base64),
        ("a2b_hex", a2b_hex),
        ("a2b_qp", a2b_qp),
        ("a2b_uu", a2b_uu),
        ("b2a_base64", b2a_base64),
        ("b2a_hex", b2a_hex),
        ("b2a_qp", b2a_qp),
        ("b2a_uu", b2a_uu),
        ("crc32", crc32_fn),
        ("crc_hqx", crc_hqx),
        ("hexlify", hexlify_fn),
        ("unhexlify", unhexlify_fn),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "binascii"));
    }
    vm.dict_set_str(&d, "Error", error_type(vm));
    vm.dict_set_str(&d, "Incomplete", incomplete_type(vm));
    m
}
