//! printf-style `%` formatting of `str` and `bytes` (`PyUnicode_Format`): `%(key)` mapping
//! lookups, flags, `*` widths and precisions, every conversion type, and CPython's errors for
//! missing, surplus or mistyped arguments.

use krait_syntax::pystr::PyStrBuf;

use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::float_repr;

struct Conv {
    left: bool,
    sign: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// The arguments: one object, a tuple of them, or a mapping for `%(key)`.
/// The arguments as `PyUnicode_Format` walks them: a tuple by index; anything else (or the
/// value a `%(key)` just looked up) once, with `arglen` -1 and `argidx` -2.
struct Values<'a> {
    items: Vec<ObjRef>,
    current: ObjRef,
    idx: isize,
    len: isize,
    mapping: Option<&'a ObjRef>,
}

impl Values<'_> {
    /// `unicode_format_getnextarg`.
    fn take(&mut self, vm: &Vm) -> PyResult<ObjRef> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.current.clone());
            }
            if let Some(v) = self.items.get((self.idx - 1) as usize) {
                return Ok(v.clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `str % args`.
pub fn percent_str(vm: &Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult {
    // Parsed as chars; the literal text and keys are copied from the code points, so that
    // lone surrogates (shown as U+FFFD in `text`) pass through.
    let raw: Vec<u32> = fmt.as_str().map(|s| s.to_code_points()).unwrap_or_default();
    let text: Vec<char> = raw
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
        .collect();
    let out = render(vm, &text, &raw, args, false)?;
    // `_PyUnicodeWriter` keeps the one str object written when nothing else is: a format
    // without conversions gives itself (a `str` subclass included), and a lone `%s` of an
    // exact str gives that str.
    if !text.is_empty() && !text.contains(&'%') {
        return Ok(fmt.clone());
    }
    if text == ['%', 's'] {
        let arg = match args.as_tuple() {
            Some([one]) if args.is_exact(&vm.types.tuple) => one,
            _ => args,
        };
        if arg.is_exact(&vm.types.str) {
            return Ok(arg.clone());
        }
    }
    Ok(vm.new_str_buf(out))
}

/// `bytes % args` (the text is handled as Latin-1).
pub fn percent_bytes(vm: &Vm, fmt: &ObjRef, args: &ObjRef) -> PyResult {
    let data = crate::types::bytes::buffer(fmt).unwrap_or_default();
    let text: Vec<char> = data.iter().map(|&b| char::from(b)).collect();
    let raw: Vec<u32> = data.iter().map(|&b| u32::from(b)).collect();
    let out = render(vm, &text, &raw, args, true)?;
    let bytes: Vec<u8> = out.code_points().map(|c| c as u8).collect();
    Ok(vm.new_bytes(bytes))
}

/// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)` (a list has a
/// subscript too, so it counts); bytes formatting also excludes `bytes` and `bytearray`
/// (`_PyBytes_FormatEx`).
fn is_mapping(vm: &Vm, args: &ObjRef, bytes: bool) -> bool {
    let binary = || {
        args.as_bytes().is_some()
            || crate::object::typeobj::is_subtype(&args.class(), &vm.types.bytearray)
    };
    args.as_tuple().is_none()
        && args.as_str().is_none()
        && args.slot(|s| s.getitem.is_present())
        && !(bytes && binary())
}

/// Renders the format `text` (whose code points, lone surrogates included, are `raw`).
fn render(vm: &Vm, text: &[char], raw: &[u32], args: &ObjRef, bytes: bool) -> PyResult<PyStrBuf> {
    let (items, len, idx) = match args.as_tuple() {
        Some(t) => (t.to_vec(), t.len() as isize, 0),
        None => (Vec::new(), -1, -2),
    };
    let mapping = is_mapping(vm, args, bytes).then_some(args);
    let mut vals = Values {
        items,
        current: args.clone(),
        idx,
        len,
        mapping,
    };
    let mut out = PyStrBuf::new();
    let mut i = 0;
    while i < text.len() {
        if text[i] != '%' {
            let _ = out.push_code_point(raw[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i < text.len() && text[i] == '(' {
            let Some(m) = vals.mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < text.len() && depth > 0 {
                match text[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = &raw[ks..i - 1];
            let key = if bytes {
                vm.new_bytes(key.iter().map(|&c| c as u8).collect())
            } else {
                vm.new_str_buf(crate::types::str::buf_from_code_points(key.iter().copied()))
            };
            vals.current = vm.getitem(m, &key)?;
            vals.len = -1;
            vals.idx = -2;
        }
        let mut c = Conv {
            left: false,
            sign: false,
            space: false,
            alt: false,
            zero: false,
            width: None,
            prec: None,
        };
        while i < text.len() {
            match text[i] {
                '-' => c.left = true,
                '+' => c.sign = true,
                ' ' => c.space = true,
                '#' => c.alt = true,
                '0' => c.zero = true,
                _ => break,
            }
            i += 1;
        }
        c.width = number_or_star(vm, text, &mut i, &mut vals, &mut c.left, None)?;
        if i < text.len() && text[i] == '.' {
            i += 1;
            let mut dummy = false;
            c.prec = Some(
                number_or_star(vm, text, &mut i, &mut vals, &mut dummy, Some(bytes))?.unwrap_or(0),
            );
        }
        while i < text.len() && matches!(text[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= text.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let ty = text[i];
        i += 1;
        // Only `%%` is a literal percent: after a key, flags, width or precision a `%` is a
        // conversion like any other, which takes an argument and then is unsupported.
        if ty == '%' && i == start + 2 {
            out.push_char('%');
            continue;
        }
        let v = vals.take(vm)?;
        if !bytes && matches!(ty, 's' | 'r' | 'a') {
            text_piece(vm, &mut out, ty, &v, &c)?;
            continue;
        }
        let piece = convert(vm, ty, &v, &c, bytes, start, i - 1)?;
        out.push_str(&pad(vm, &piece, &c, ty)?);
    }
    if vals.idx < vals.len && vals.mapping.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// A width or precision: digits, or `*` taking the next argument. CPython reads a `*` width
/// as a `Py_ssize_t` and a `*` precision as a C `int` (a negative width left-justifies, a
/// negative precision counts as 0), and refuses digit strings past those ranges with
/// "width too big" / "precision too big" ("prec too big" for bytes).
fn number_or_star(
    vm: &Vm,
    text: &[char],
    i: &mut usize,
    vals: &mut Values<'_>,
    left: &mut bool,
    precision: Option<bool>,
) -> PyResult<Option<usize>> {
    let (limit, c_type) = match precision {
        Some(_) => (i32::MAX as u64, "int"),
        None => (isize::MAX as u64, "ssize_t"),
    };
    if *i < text.len() && text[*i] == '*' {
        *i += 1;
        let v = vals.take(vm)?;
        let Some(n) = v.as_int() else {
            return Err(vm.type_error("* wants int"));
        };
        let n = n
            .as_i64()
            .filter(|n| n.unsigned_abs() <= limit)
            .ok_or_else(|| {
                vm.overflow_error(format!("Python int too large to convert to C {c_type}"))
            })?;
        if n < 0 && precision.is_some() {
            return Ok(Some(0));
        }
        if n < 0 {
            *left = true;
        }
        return Ok(Some(n.unsigned_abs() as usize));
    }
    let start = *i;
    let mut n: u128 = 0;
    while *i < text.len() && text[*i].is_ascii_digit() {
        n = n * 10 + (text[*i] as u128 - '0' as u128);
        if n > u128::from(limit) {
            return Err(vm.value_error(match precision {
                None => "width too big",
                Some(true) => "prec too big",
                Some(false) => "precision too big",
            }));
        }
        *i += 1;
    }
    Ok((*i > start).then_some(n as usize))
}

fn convert(
    vm: &Vm,
    ty: char,
    v: &ObjRef,
    c: &Conv,
    bytes: bool,
    _start: usize,
    at: usize,
) -> PyResult<String> {
    match ty {
        's' | 'r' | 'a' | 'b' if bytes || ty != 'b' => {
            let s = match ty {
                // `format_obj`: a buffer, or what `__bytes__` returns.
                's' | 'b' if bytes => {
                    let data = match crate::types::bytes::buffer(v) {
                        Some(b) => Some(b),
                        None => match vm.call_dunder_opt(v, &vm.names.__bytes__, &[])? {
                            Some(r) => match crate::types::bytes::buffer(&r) {
                                Some(b) if r.as_str().is_none() => Some(b),
                                _ => {
                                    return Err(vm.type_error(format!(
                                        "__bytes__ returned non-bytes (type {})",
                                        vm.type_name(&r)
                                    )));
                                }
                            },
                            None => None,
                        },
                    };
                    match data {
                        Some(b) => b.iter().map(|&x| char::from(x)).collect(),
                        None => {
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                vm.type_name(v)
                            )));
                        }
                    }
                }
                's' => vm.str_string(v)?,
                // In bytes, `%r` is `%a`.
                'r' if !bytes => vm.repr_string(v)?,
                _ => vm.str_lossy(&crate::builtins::ascii_of(vm, v)?),
            };
            Ok(match c.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let i = match (&v.payload, ty) {
                (Payload::Int(i), _) => i.clone(),
                (Payload::Float(f), 'd' | 'i' | 'u') => crate::types::float::float_to_int(vm, *f)?,
                _ => {
                    let ok = if matches!(ty, 'd' | 'i' | 'u') {
                        v.slot(|s| s.int.is_present() || s.index.is_present())
                    } else {
                        v.slot(|s| s.index.is_present())
                    };
                    if !ok {
                        return Err(vm.type_error(format!(
                            "%{ty} format: {} is required, not {}",
                            if matches!(ty, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            },
                            vm.type_name(v)
                        )));
                    }
                    if matches!(ty, 'd' | 'i' | 'u') {
                        crate::types::int_type::convert(vm, v)?
                    } else {
                        vm.index(v)?
                    }
                }
            };
            let radix = match ty {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 10,
            };
            let mut digits = super::int_digits(&i, radix);
            if ty == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = c.prec {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let prefix = match (c.alt, ty) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0o",
                _ => "",
            };
            Ok(format!("{}{prefix}{digits}", sign(c, i.is_negative())))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match &v.payload {
                Payload::Float(f) => *f,
                Payload::Int(i) => i
                    .to_f64()
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?,
                _ => {
                    if !v.slot(|s| s.float.is_present() || s.index.is_present()) {
                        return Err(
                            vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
                        );
                    }
                    crate::types::float::convert(vm, v)?
                }
            };
            let p = c.prec.unwrap_or(6);
            let upper = ty.is_ascii_uppercase();
            let mut body = match ty.to_ascii_lowercase() {
                'e' => float_repr::exponent(x.abs(), p, upper),
                'f' => float_repr::fixed(x.abs(), p, upper),
                _ => float_repr::general(x.abs(), p, upper, c.alt),
            };
            if c.alt && !body.contains('.') && x.is_finite() {
                match body.find(['e', 'E']) {
                    Some(k) => body.insert(k, '.'),
                    None => body.push('.'),
                }
            }
            Ok(format!(
                "{}{body}",
                sign(c, x.is_sign_negative() && !x.is_nan())
            ))
        }
        'c' => {
            // `formatchar` takes a one-character str; `byte_converter` a one-byte bytes or
            // bytearray (never a str). Otherwise both take an integer through `__index__`, and
            // a TypeError there becomes their own message.
            let wrong = || {
                vm.type_error(if bytes {
                    "%c requires an integer in range(256) or a single byte"
                } else {
                    "%c requires int or char"
                })
            };
            if bytes {
                if matches!(v.payload, Payload::Bytes(_) | Payload::ByteArray(_))
                    && let Some(b) = crate::types::bytes::buffer(v).filter(|b| b.len() == 1)
                {
                    return Ok(char::from(b[0]).to_string());
                }
            } else if let Some(s) = v.as_str() {
                if s.len() == 1 {
                    return Ok(s.to_string_lossy().into_owned());
                }
                return Err(wrong());
            }
            let i = match vm.index(v) {
                Ok(i) => i,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Err(wrong()),
                Err(e) => return Err(e),
            };
            let i = &i;
            let limit = if bytes { 256 } else { 0x110000 };
            match i.as_i64().filter(|n| (0..limit).contains(n)) {
                Some(n) => Ok(char::from_u32(n as u32)
                    .map(String::from)
                    .unwrap_or_default()),
                None if bytes => Err(vm.overflow_error("%c arg not in range(256)")),
                None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
            }
        }
        _ => Err(vm.value_error(format!(
            "unsupported format character '{ty}' ({:#x}) at index {at}",
            ty as u32
        ))),
    }
}

fn sign(c: &Conv, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if c.sign {
        "+"
    } else if c.space {
        " "
    } else {
        ""
    }
}

/// `%s`, `%r` or `%a` in a str format: the object's text, cut to the precision and padded with
/// spaces to the width, as code points (lone surrogates kept).
fn text_piece(vm: &Vm, out: &mut PyStrBuf, ty: char, v: &ObjRef, c: &Conv) -> PyResult<()> {
    let s = match ty {
        's' => vm.str(v)?,
        'r' => vm.repr(v)?,
        _ => crate::builtins::ascii_of(vm, v)?,
    };
    let Some(s) = s.as_str() else {
        return Err(vm.internal("str() gave a non-str"));
    };
    let align = if c.left { '<' } else { '>' };
    super::pad_text(vm, out, s, c.prec, c.width.unwrap_or(0), align, ' ')
}

/// Pads a converted value to the width: left-justified, zero-padded after the sign and
/// prefix for numbers (`inf` and `nan` too, as 3.11's `%010f` gives `0000000inf`), or
/// right-justified with spaces. A width too large to allocate is
/// CPython's `MemoryError`, not an abort.
fn pad(vm: &Vm, piece: &str, c: &Conv, ty: char) -> PyResult<String> {
    let n = piece.chars().count();
    let Some(w) = c.width.filter(|w| *w > n) else {
        return Ok(piece.to_string());
    };
    let fill = w - n;
    let mut out = String::new();
    if out.try_reserve_exact(piece.len() + fill).is_err() {
        return Err(vm.error_noargs(&vm.exc.memory_error));
    }
    let numeric = matches!(
        ty,
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    );
    if c.left {
        out.push_str(piece);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if c.zero && numeric {
        let mut rest = piece;
        if let Some(r) = rest.strip_prefix(['-', '+', ' ']) {
            out.push_str(&piece[..1]);
            rest = r;
        }
        for p in ["0x", "0X", "0o"] {
            if let Some(r) = rest.strip_prefix(p) {
                out.push_str(p);
                rest = r;
            }
        }
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(rest);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(piece);
    }
    Ok(out)
}
