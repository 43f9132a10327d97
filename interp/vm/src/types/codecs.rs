//! Text encodings for `str.encode`, `bytes.decode`, `str(b, encoding)` and
//! `bytes(s, encoding)`: codec names and aliases as `codecs.lookup` resolves them (the tables of
//! `krait_syntax::encoding`), UTF-8, UTF-16, UTF-32, ASCII, Latin-1 and the single-byte
//! charmaps, the standard error handlers, and `UnicodeDecodeError`/`UnicodeEncodeError` with
//! CPython's ranges and reasons. The `_codecs` module's UTF/ASCII/Latin-1 functions run on the
//! same encoders; a name krait does not know natively goes to the `_codecs` registry, and an
//! error handler name that is not built in to the handlers `codecs.register_error` recorded.

use krait_syntax::encoding::{self as enc, CodecKind};
use krait_syntax::pystr::PyStrBuf;

use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// Byte order of a UTF-16/32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    /// With a byte order mark (`utf-16`): native order, BOM written and read.
    Bom,
    /// `-le`.
    Little,
    /// `-be`.
    Big,
}

/// How a codec works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Charmap(usize),
    Utf16(Order),
    Utf32(Order),
}

/// The codec named `name` when krait runs it natively, `None` when the `_codecs` registry must
/// find it, or the `LookupError` CPython raises for a codec that is not a text encoding.
fn lookup(vm: &Vm, name: &str, encoding: bool) -> PyResult<Option<Kind>> {
    let Some(c) = enc::lookup(name) else {
        return Ok(None);
    };
    Ok(Some(match c.kind {
        CodecKind::Utf8 => Kind::Utf8,
        CodecKind::Utf8Sig => Kind::Utf8Sig,
        CodecKind::Ascii => Kind::Ascii,
        CodecKind::Latin1 => Kind::Latin1,
        CodecKind::Charmap(i) => Kind::Charmap(i),
        CodecKind::NotText => {
            let what = if encoding { "encode" } else { "decode" };
            return Err(vm.error(
                &vm.exc.lookup_error,
                format!(
                    "'{name}' is not a text encoding; use codecs.{what}() to handle arbitrary codecs"
                ),
            ));
        }
        _ => match c.name {
            "utf-16" => Kind::Utf16(Order::Bom),
            "utf-16-le" => Kind::Utf16(Order::Little),
            "utf-16-be" => Kind::Utf16(Order::Big),
            "utf-32" => Kind::Utf32(Order::Bom),
            "utf-32-le" => Kind::Utf32(Order::Little),
            "utf-32-be" => Kind::Utf32(Order::Big),
            _ => return Ok(None),
        },
    }))
}

/// A decoding error found at `[start, end)`.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// The name a codec's errors carry.
fn error_name(kind: Kind, order_seen: Option<Order>) -> &'static str {
    match kind {
        Kind::Utf8 | Kind::Utf8Sig => "utf-8",
        Kind::Ascii => "ascii",
        Kind::Latin1 => "latin-1",
        Kind::Charmap(_) => "charmap",
        Kind::Utf16(o) => match order_seen.unwrap_or(o) {
            Order::Big => "utf-16-be",
            _ => "utf-16-le",
        },
        Kind::Utf32(o) => match order_seen.unwrap_or(o) {
            Order::Big => "utf-32-be",
            _ => "utf-32-le",
        },
    }
}

/// Decodes one code point of `data` at `i`: `Ok((cp, len))` or the error.
fn decode_one(kind: Kind, order: Order, data: &[u8], i: usize) -> Result<(u32, usize), Bad> {
    let bad = |len: usize, reason| Bad {
        start: i,
        end: i + len,
        reason,
    };
    match kind {
        Kind::Utf8 | Kind::Utf8Sig => {
            let rest = &data[i..];
            let n = match rest[0] {
                0x00..=0x7F => return Ok((u32::from(rest[0]), 1)),
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => return Err(bad(1, "invalid start byte")),
            };
            let take = n.min(rest.len());
            match std::str::from_utf8(&rest[..take]) {
                Ok(s) => Ok((s.chars().next().map_or(0, u32::from), n)),
                Err(e) => match e.error_len() {
                    None => Err(Bad {
                        start: i,
                        end: data.len(),
                        reason: "unexpected end of data",
                    }),
                    Some(k) => Err(bad(k, "invalid continuation byte")),
                },
            }
        }
        Kind::Ascii if data[i] < 0x80 => Ok((u32::from(data[i]), 1)),
        Kind::Ascii => Err(bad(1, "ordinal not in range(128)")),
        Kind::Latin1 => Ok((u32::from(data[i]), 1)),
        Kind::Charmap(t) => {
            let mut s = String::new();
            let codec = enc::Codec {
                name: "charmap",
                kind: CodecKind::Charmap(t),
            };
            match enc::decode_into(codec, "charmap", &data[i..=i], &mut s) {
                Ok(()) => Ok((s.chars().next().map_or(0, u32::from), 1)),
                Err(_) => Err(bad(1, "character maps to <undefined>")),
            }
        }
        Kind::Utf16(_) => {
            let unit = |j: usize| -> Option<u32> {
                let b = data.get(j..j + 2)?;
                Some(u32::from(match order {
                    Order::Big => u16::from_be_bytes([b[0], b[1]]),
                    _ => u16::from_le_bytes([b[0], b[1]]),
                }))
            };
            let Some(u) = unit(i) else {
                return Err(Bad {
                    start: i,
                    end: data.len(),
                    reason: "truncated data",
                });
            };
            match u {
                0xD800..=0xDBFF => match unit(i + 2) {
                    None => Err(Bad {
                        start: i,
                        end: data.len(),
                        reason: "unexpected end of data",
                    }),
                    Some(lo @ 0xDC00..=0xDFFF) => {
                        Ok((0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), 4))
                    }
                    Some(_) => Err(bad(2, "illegal UTF-16 surrogate")),
                },
                0xDC00..=0xDFFF => Err(bad(2, "illegal encoding")),
                _ => Ok((u, 2)),
            }
        }
        Kind::Utf32(_) => {
            let Some(b) = data.get(i..i + 4) else {
                return Err(Bad {
                    start: i,
                    end: data.len(),
                    reason: "truncated data",
                });
            };
            let cp = match order {
                Order::Big => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
                _ => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            };
            match cp {
                0xD800..=0xDFFF => Err(bad(
                    4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )),
                0x110000.. => Err(bad(4, "code point not in range(0x110000)")),
                _ => Ok((cp, 4)),
            }
        }
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let Some(kind) = lookup(vm, encoding, false)? else {
        return registry_call(
            vm,
            "_decode_text",
            vm.new_bytes(data.to_vec()),
            encoding,
            errors,
        );
    };
    if let (Kind::Utf8, Ok(s)) = (kind, std::str::from_utf8(data)) {
        return Ok(vm.new_str(s));
    }
    Ok(decode_kind(vm, kind, data, errors, true)?.text)
}

/// What a native decoder made of its input.
pub(crate) struct Decoded {
    pub text: ObjRef,
    /// How many bytes it used (fewer than given when an unfinished sequence ends a non-final
    /// chunk, as the incremental decoders need).
    pub consumed: usize,
    /// The byte order mark a `utf-16`/`utf-32` decoder found.
    pub bom: Option<Order>,
}

/// Decodes `data` with codec `kind`; with `final_` false an incomplete sequence at the end is
/// left for the next call, as `PyUnicode_DecodeUTF8Stateful` and its siblings do.
pub(crate) fn decode_kind(
    vm: &Vm,
    kind: Kind,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<Decoded> {
    let mut start = 0;
    let mut bom = None;
    let mut order = match kind {
        Kind::Utf16(o) | Kind::Utf32(o) => o,
        _ => Order::Little,
    };
    match kind {
        Kind::Utf8Sig if data.starts_with(b"\xEF\xBB\xBF") => start = 3,
        Kind::Utf16(Order::Bom) => match data.get(..2) {
            Some([0xFF, 0xFE]) => (start, bom) = (2, Some(Order::Little)),
            Some([0xFE, 0xFF]) => (start, bom) = (2, Some(Order::Big)),
            _ => {}
        },
        Kind::Utf32(Order::Bom) => match data.get(..4) {
            Some([0xFF, 0xFE, 0, 0]) => (start, bom) = (4, Some(Order::Little)),
            Some([0, 0, 0xFE, 0xFF]) => (start, bom) = (4, Some(Order::Big)),
            _ => {}
        },
        _ => {}
    }
    if let Some(o) = bom {
        order = o;
    }
    let mut out = PyStrBuf::new();
    let mut i = start;
    while i < data.len() {
        match decode_one(kind, order, data, i) {
            Ok((cp, n)) => {
                let _ = out.push_code_point(cp);
                i += n;
            }
            Err(bad)
                if !final_
                    && bad.end == data.len()
                    && matches!(bad.reason, "unexpected end of data" | "truncated data") =>
            {
                break;
            }
            Err(bad) => {
                i = decode_error(vm, kind, order, data, &bad, errors, &mut out)?;
            }
        }
    }
    Ok(Decoded {
        text: vm.new_str_buf(out),
        consumed: i.min(data.len()),
        bom,
    })
}

/// Calls the `_codecs` registry's helper `name(obj, encoding, errors)` for a codec krait does
/// not run natively (one registered from Python, or one of `encodings` written in Python).
fn registry_call(vm: &Vm, name: &str, obj: ObjRef, encoding: &str, errors: &str) -> PyResult {
    let m = crate::importer::import_module(vm, &vm.new_str("_codecs"), None)?;
    let f = vm.getattr_str(&m, name)?;
    vm.call_pos(&f, &[obj, vm.new_str(encoding), vm.new_str(errors)])
}

/// The handler `codecs.register_error` recorded under `name` (or the `LookupError`).
fn registered_handler(vm: &Vm, name: &str) -> PyResult {
    let m = crate::importer::import_module(vm, &vm.new_str("_codecs"), None)?;
    let f = vm.getattr_str(&m, "lookup_error")?;
    vm.call_pos(&f, &[vm.new_str(name)])
}

/// Calls a handler written in Python on the exception `exc`, checking its answer as
/// `unicode_encode_call_errorhandler` and `unicode_decode_call_errorhandler_writer` do:
/// `(replacement, newpos)` with `newpos` made absolute and checked against `len`.
fn call_handler(
    vm: &Vm,
    name: &str,
    exc: ObjRef,
    len: usize,
    encoding: bool,
) -> PyResult<(ObjRef, usize)> {
    let handler = registered_handler(vm, name)?;
    let r = vm.call_pos(&handler, &[exc])?;
    let shape_ok = r.as_tuple().is_some_and(|t| {
        t.len() == 2
            && t[1].as_int().is_some()
            && (t[0].as_str().is_some() || (encoding && t[0].as_bytes().is_some()))
    });
    let t = match r.as_tuple() {
        Some(t) if shape_ok => t,
        _ => {
            return Err(vm.type_error(if encoding {
                "encoding error handler must return (str/bytes, int) tuple"
            } else {
                "decoding error handler must return (str, int) tuple"
            }));
        }
    };
    let mut pos = vm.index_isize(&t[1])?;
    if pos < 0 {
        pos += len as isize;
    }
    if pos < 0 || pos as usize > len {
        return Err(vm.error(
            &vm.exc.index_error,
            format!("position {pos} from error handler out of bounds"),
        ));
    }
    Ok((t[0].clone(), pos as usize))
}

/// Applies the error handler to a decoding error; returns where decoding resumes.
fn decode_error(
    vm: &Vm,
    kind: Kind,
    order: Order,
    data: &[u8],
    bad: &Bad,
    errors: &str,
    out: &mut PyStrBuf,
) -> PyResult<usize> {
    let make = || {
        vm.call_pos(
            &vm.exc.unicode_decode_error,
            &[
                vm.new_str(error_name(kind, Some(order))),
                vm.new_bytes(data.to_vec()),
                vm.new_int(bad.start as i64),
                vm.new_int(bad.end as i64),
                vm.new_str(bad.reason),
            ],
        )
    };
    let raise = || -> PyErr {
        match make() {
            Ok(e) => vm.raise(e),
            Err(e) => e,
        }
    };
    let span = &data[bad.start..bad.end];
    match errors {
        "strict" => return Err(raise()),
        "ignore" => {}
        "replace" => out.push_char('\u{FFFD}'),
        "backslashreplace" => {
            for b in span {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        "surrogateescape" => {
            if span.iter().any(|&b| b < 0x80) {
                return Err(raise());
            }
            for &b in span {
                let _ = out.push_code_point(0xDC00 + u32::from(b));
            }
        }
        "surrogatepass" => {
            // An encoded surrogate where the codec allows none.
            let cp = match kind {
                Kind::Utf8 | Kind::Utf8Sig
                    if data.len() >= bad.start + 3
                        && data[bad.start] == 0xED
                        && (0xA0..=0xBF).contains(&data[bad.start + 1])
                        && (0x80..=0xBF).contains(&data[bad.start + 2]) =>
                {
                    Some((
                        0xD000
                            + (u32::from(data[bad.start + 1] & 0x3F) << 6)
                            + u32::from(data[bad.start + 2] & 0x3F),
                        3,
                    ))
                }
                Kind::Utf16(_) if data.len() >= bad.start + 2 => {
                    let b = [data[bad.start], data[bad.start + 1]];
                    let u = match order {
                        Order::Big => u16::from_be_bytes(b),
                        _ => u16::from_le_bytes(b),
                    };
                    (0xD800..=0xDFFF).contains(&u).then_some((u32::from(u), 2))
                }
                _ => None,
            };
            let Some((cp, n)) = cp else {
                return Err(raise());
            };
            let _ = out.push_code_point(cp);
            return Ok(bad.start + n);
        }
        "xmlcharrefreplace" | "namereplace" => {
            return Err(
                vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
            );
        }
        other => {
            let (rep, pos) = call_handler(vm, other, make()?, data.len(), false)?;
            if let Some(r) = rep.as_str() {
                for cp in r.code_points() {
                    let _ = out.push_code_point(cp);
                }
            }
            return Ok(pos);
        }
    }
    Ok(bad.end)
}

/// Whether `kind` can encode code point `cp`.
fn encodable(kind: Kind, cp: u32) -> bool {
    match kind {
        Kind::Ascii => cp < 0x80,
        Kind::Latin1 => cp < 0x100,
        Kind::Charmap(t) => charmap_byte(t, cp).is_some(),
        _ => !(0xD800..0xE000).contains(&cp),
    }
}

fn charmap_byte(t: usize, cp: u32) -> Option<u8> {
    (0u8..=255).find(|&b| {
        let mut s = String::new();
        let codec = enc::Codec {
            name: "charmap",
            kind: CodecKind::Charmap(t),
        };
        enc::decode_into(codec, "charmap", &[b], &mut s).is_ok()
            && s.chars().next().map(u32::from) == Some(cp)
    })
}

fn push_encoded(kind: Kind, order: Order, cp: u32, out: &mut Vec<u8>) {
    match kind {
        Kind::Utf8 | Kind::Utf8Sig => {
            if let Some(c) = char::from_u32(cp) {
                let mut b = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            } else {
                // A surrogate (surrogatepass).
                out.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
            }
        }
        Kind::Ascii | Kind::Latin1 => out.push(cp as u8),
        Kind::Charmap(t) => out.extend(charmap_byte(t, cp)),
        Kind::Utf16(_) => {
            let mut units = [0u16; 2];
            let units: &[u16] = match char::from_u32(cp) {
                Some(c) => c.encode_utf16(&mut units),
                None => {
                    units[0] = cp as u16;
                    &units[..1]
                }
            };
            for u in units {
                out.extend_from_slice(&match order {
                    Order::Big => u.to_be_bytes(),
                    _ => u.to_le_bytes(),
                });
            }
        }
        Kind::Utf32(_) => out.extend_from_slice(&match order {
            Order::Big => cp.to_be_bytes(),
            _ => cp.to_le_bytes(),
        }),
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &ObjRef, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(kind) = lookup(vm, encoding, true)? else {
        let b = registry_call(vm, "_encode_text", s.clone(), encoding, errors)?;
        return super::bytes::buffer(&b).ok_or_else(|| vm.internal("encoder result"));
    };
    encode_kind(vm, kind, s, errors)
}

/// Encodes the str `s` with codec `kind` (a `Bom` order writes the mark, then native order).
pub(crate) fn encode_kind(vm: &Vm, kind: Kind, s: &ObjRef, errors: &str) -> PyResult<Vec<u8>> {
    let text = s
        .as_str()
        .ok_or_else(|| vm.internal("encode of a non-str"))?;
    if matches!(kind, Kind::Utf8)
        && let Some(t) = text.as_str()
    {
        return Ok(t.as_bytes().to_vec());
    }
    let cps: Vec<u32> = text.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    let order = match kind {
        Kind::Utf16(Order::Bom) | Kind::Utf32(Order::Bom) => {
            // Native order (little-endian) with a byte order mark.
            push_encoded(kind, Order::Little, 0xFEFF, &mut out);
            Order::Little
        }
        Kind::Utf16(o) | Kind::Utf32(o) => o,
        _ => Order::Little,
    };
    if matches!(kind, Kind::Utf8Sig) {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut i = 0;
    while i < cps.len() {
        if encodable(kind, cps[i]) {
            push_encoded(kind, order, cps[i], &mut out);
            i += 1;
            continue;
        }
        // The UTF-16/32 encoders report one character at a time, the others a whole run.
        let start = i;
        let mut end = i + 1;
        while !matches!(kind, Kind::Utf16(_) | Kind::Utf32(_))
            && end < cps.len()
            && !encodable(kind, cps[end])
        {
            end += 1;
        }
        let run = Run {
            s,
            cps: &cps,
            start,
            end,
        };
        i = encode_error(vm, kind, order, &run, errors, &mut out)?;
    }
    Ok(out)
}

/// An unencodable run `cps[start..end]` of the str `s`.
struct Run<'a> {
    s: &'a ObjRef,
    cps: &'a [u32],
    start: usize,
    end: usize,
}

/// Applies the error handler to an unencodable run; returns where encoding resumes.
fn encode_error(
    vm: &Vm,
    kind: Kind,
    order: Order,
    r: &Run<'_>,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<usize> {
    let (start, end) = (r.start, r.end);
    let run = &r.cps[start..end];
    let make = |start: usize, end: usize| {
        let (name, reason) = match kind {
            Kind::Ascii => ("ascii", "ordinal not in range(128)"),
            Kind::Latin1 => ("latin-1", "ordinal not in range(256)"),
            Kind::Charmap(_) => ("charmap", "character maps to <undefined>"),
            Kind::Utf16(Order::Bom) => ("utf-16", "surrogates not allowed"),
            Kind::Utf32(Order::Bom) => ("utf-32", "surrogates not allowed"),
            _ => (error_name(kind, Some(order)), "surrogates not allowed"),
        };
        vm.call_pos(
            &vm.exc.unicode_encode_error,
            &[
                vm.new_str(name),
                r.s.clone(),
                vm.new_int(start as i64),
                vm.new_int(end as i64),
                vm.new_str(reason),
            ],
        )
    };
    let raise = |start: usize, end: usize| -> PyErr {
        match make(start, end) {
            Ok(e) => vm.raise(e),
            Err(e) => e,
        }
    };
    match errors {
        "strict" => return Err(raise(start, end)),
        "ignore" => {}
        "replace" => {
            for _ in run {
                push_encoded(kind, order, u32::from('?'), out);
            }
        }
        "backslashreplace" => {
            for &cp in run {
                let esc = match cp {
                    0..=0xFF => format!("\\x{cp:02x}"),
                    0x100..=0xFFFF => format!("\\u{cp:04x}"),
                    _ => format!("\\U{cp:08x}"),
                };
                for c in esc.chars() {
                    push_encoded(kind, order, u32::from(c), out);
                }
            }
        }
        "xmlcharrefreplace" => {
            for &cp in run {
                for c in format!("&#{cp};").chars() {
                    push_encoded(kind, order, u32::from(c), out);
                }
            }
        }
        // A handler that cannot help re-raises the error for the whole run; a UTF-16/32
        // encoder cannot take the single bytes `surrogateescape` gives.
        "surrogateescape" => {
            if matches!(kind, Kind::Utf16(_) | Kind::Utf32(_))
                || run.iter().any(|cp| !(0xDC80..=0xDCFF).contains(cp))
            {
                return Err(raise(start, end));
            }
            out.extend(run.iter().map(|cp| (cp - 0xDC00) as u8));
        }
        "surrogatepass" => {
            let utf = matches!(
                kind,
                Kind::Utf8 | Kind::Utf8Sig | Kind::Utf16(_) | Kind::Utf32(_)
            );
            if !utf || run.iter().any(|cp| !(0xD800..0xE000).contains(cp)) {
                return Err(raise(start, end));
            }
            for &cp in run {
                push_encoded(kind, order, cp, out);
            }
        }
        other => {
            let (rep, pos) = call_handler(vm, other, make(start, end)?, r.cps.len(), true)?;
            if let Some(b) = rep.as_bytes() {
                out.extend_from_slice(b);
            } else if let Some(t) = rep.as_str() {
                // A replacement the codec cannot encode fails the original run, as
                // `unicode_encode_ucs1` does.
                for cp in t.code_points() {
                    if !encodable(kind, cp) {
                        return Err(raise(start, end));
                    }
                    push_encoded(kind, order, cp, out);
                }
            }
            return Ok(pos);
        }
    }
    Ok(end)
}
