//! The `_codecs` module (Modules/_codecsmodule.c, Python/codecs.c): `codecs.py` and the
//! `encodings` package import it. The codec search registry, the error-handler registry with
//! its built-in handlers as callables, `encode`/`decode`, and the charmap and escape codecs are
//! `codecs.py` next to this file; the UTF-8/16/32, ASCII and Latin-1 encoders and decoders are
//! the native ones `str.encode` uses (`types::codecs`), bound here with CPython's signatures
//! and `(result, consumed)` answers.

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;
use crate::types::codecs::{Kind, Order, decode_kind, encode_kind};

const SOURCE: &str = include_str!("codecs.py");

/// The `errors` argument: a str, or `None` for "strict" (Argument Clinic's `str(accept={str,
/// NoneType})`).
fn errors_arg(vm: &Vm, fname: &str, n: usize, o: Option<&ObjRef>) -> PyResult<String> {
    match o {
        None => Ok("strict".into()),
        Some(o) if vm.is_none(o) => Ok("strict".into()),
        Some(o) => match o.as_str() {
            Some(s) => Ok(s.to_string_lossy().into_owned()),
            None => Err(vm.type_error(format!(
                "{fname}() argument {n} must be str or None, not {}",
                vm.arg_type_name(o)
            ))),
        },
    }
}

/// The text argument of an encoder, which must be a str.
fn text_arg(vm: &Vm, fname: &str, o: Option<ObjRef>) -> PyResult<ObjRef> {
    let o = o.ok_or_else(|| vm.internal("text argument"))?;
    if o.as_str().is_none() {
        return Err(vm.type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            vm.arg_type_name(&o)
        )));
    }
    Ok(o)
}

/// The data argument of a decoder, which must be a bytes-like object.
pub(crate) fn data_arg(vm: &Vm, o: Option<&ObjRef>) -> PyResult<Vec<u8>> {
    let o = o.ok_or_else(|| vm.internal("data argument"))?;
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))
    })
}

fn byteorder_kind(vm: &Vm, o: Option<&ObjRef>, utf16: bool) -> PyResult<(Kind, isize)> {
    let bo = match o {
        Some(o) => vm.index_isize(o)?,
        None => 0,
    };
    let order = match bo {
        0 => Order::Bom,
        b if b < 0 => Order::Little,
        _ => Order::Big,
    };
    Ok((
        if utf16 {
            Kind::Utf16(order)
        } else {
            Kind::Utf32(order)
        },
        bo,
    ))
}

/// The positional-only arguments of an Argument Clinic function, `min` to `N` of them, with
/// `_PyArg_CheckPositional`'s messages.
fn positional<const N: usize>(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<[Option<ObjRef>; N]> {
    let pos = args.range(vm, fname, min, max)?;
    Ok(std::array::from_fn(|i| pos.get(i).cloned()))
}

/// `X_encode(str, errors=None)` → `(bytes, len(str))`.
fn encode_as(vm: &Vm, args: Args<'_>, fname: &str, kind: Kind) -> PyResult {
    let [s, errors] = positional(vm, &args, fname, 1, 2)?;
    let s = text_arg(vm, fname, s)?;
    let errors = errors_arg(vm, fname, 2, errors.as_ref())?;
    let n = vm.len(&s)?;
    let b = encode_kind(vm, kind, &s, &errors)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(b), vm.new_int(n as i64)]))
}

/// `X_decode(data, errors=None[, final=False])` → `(str, consumed)`.
fn decode_as(vm: &Vm, args: Args<'_>, fname: &str, kind: Kind, stateful: bool) -> PyResult {
    let [data, errors, final_] = positional(vm, &args, fname, 1, if stateful { 3 } else { 2 })?;
    let data = data_arg(vm, data.as_ref())?;
    let errors = errors_arg(vm, fname, 2, errors.as_ref())?;
    let final_ = match final_ {
        Some(f) => vm.truthy(&f)?,
        None => !stateful,
    };
    let d = decode_kind(vm, kind, &data, &errors, final_)?;
    Ok(vm.new_tuple(vec![d.text, vm.new_int(d.consumed as i64)]))
}

/// `utf_16_encode(str, errors=None, byteorder=0)` and the UTF-32 one: a byte order mark and
/// native order for 0, little-endian below, big-endian above.
fn encode_ordered(vm: &Vm, args: Args<'_>, fname: &str, utf16: bool) -> PyResult {
    let [s, errors, bo] = positional(vm, &args, fname, 1, 3)?;
    let s = text_arg(vm, fname, s)?;
    let errors = errors_arg(vm, fname, 2, errors.as_ref())?;
    let (kind, _) = byteorder_kind(vm, bo.as_ref(), utf16)?;
    let n = vm.len(&s)?;
    let b = encode_kind(vm, kind, &s, &errors)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(b), vm.new_int(n as i64)]))
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` → `(str, consumed,
/// byteorder)`, the order a byte order mark chose (-1 little, 1 big) or the one given.
fn decode_ex(vm: &Vm, args: Args<'_>, fname: &str, utf16: bool) -> PyResult {
    let [data, errors, bo, final_] = positional(vm, &args, fname, 1, 4)?;
    let data = data_arg(vm, data.as_ref())?;
    let errors = errors_arg(vm, fname, 2, errors.as_ref())?;
    let (kind, mut bo) = byteorder_kind(vm, bo.as_ref(), utf16)?;
    let final_ = match final_ {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let d = decode_kind(vm, kind, &data, &errors, final_)?;
    match d.bom {
        Some(Order::Big) => bo = 1,
        Some(_) => bo = -1,
        None => {}
    }
    Ok(vm.new_tuple(vec![
        d.text,
        vm.new_int(d.consumed as i64),
        vm.new_int(bo as i64),
    ]))
}

/// One encoder/decoder pair per fixed codec, each a plain function as `NativeFn` needs.
macro_rules! fixed_codecs {
    ($($enc:ident $dec:ident $kind:expr, $stateful:literal;)*) => {
        $(
            fn $enc(vm: &Vm, args: Args<'_>) -> PyResult {
                encode_as(vm, args, stringify!($enc), $kind)
            }
            fn $dec(vm: &Vm, args: Args<'_>) -> PyResult {
                decode_as(vm, args, stringify!($dec), $kind, $stateful)
            }
        )*
        const FIXED: &[(&'static str, NativeFn)] = &[
            $((stringify!($enc), $enc), (stringify!($dec), $dec),)*
        ];
    };
}

fixed_codecs! {
    utf_8_encode utf_8_decode Kind::Utf8, true;
    utf_16_le_encode utf_16_le_decode Kind::Utf16(Order::Little), true;
    utf_16_be_encode utf_16_be_decode Kind::Utf16(Order::Big), true;
    utf_32_le_encode utf_32_le_decode Kind::Utf32(Order::Little), true;
    utf_32_be_encode utf_32_be_decode Kind::Utf32(Order::Big), true;
    latin_1_encode latin_1_decode Kind::Latin1, false;
    ascii_encode ascii_decode Kind::Ascii, false;
}

fn utf_16_encode(vm: &Vm, args: Args<'_>) -> PyResult {
    encode_ordered(vm, args, "utf_16_encode", true)
}

fn utf_32_encode(vm: &Vm, args: Args<'_>) -> PyResult {
    encode_ordered(vm, args, "utf_32_encode", false)
}

fn utf_16_decode(vm: &Vm, args: Args<'_>) -> PyResult {
    decode_as(vm, args, "utf_16_decode", Kind::Utf16(Order::Bom), true)
}

fn utf_32_decode(vm: &Vm, args: Args<'_>) -> PyResult {
    decode_as(vm, args, "utf_32_decode", Kind::Utf32(Order::Bom), true)
}

fn utf_16_ex_decode(vm: &Vm, args: Args<'_>) -> PyResult {
    decode_ex(vm, args, "utf_16_ex_decode", true)
}

fn utf_32_ex_decode(vm: &Vm, args: Args<'_>) -> PyResult {
    decode_ex(vm, args, "utf_32_ex_decode", false)
}

/// `_bytes_of(obj)`: the bytes of a bytes-like object, or the `TypeError` a decoder raises;
/// the Python half's decoders take their input through it.
fn bytes_of(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_bytes_of", 1)?;
    Ok(vm.new_bytes(data_arg(vm, a.first())?))
}

/// `_char_by_name(name)`: the character `\N{name}` names, or `None` (the name database of the
/// parser's escapes, as `unicode_escape_decode` uses `unicodedata`'s).
fn char_by_name(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_char_by_name", 1)?;
    let name = a[0].as_str().map(|s| s.to_string_lossy().into_owned());
    Ok(
        match name.and_then(|n| krait_syntax::ast::unicode_names::lookup(&n)) {
            Some(c) => vm.new_str(c.to_string()),
            None => vm.none.clone(),
        },
    )
}

/// Creates `_codecs`: the Python half run over the native functions.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let others: &[(&'static str, NativeFn)] = &[
        ("utf_16_encode", utf_16_encode),
        ("utf_32_encode", utf_32_encode),
        ("utf_16_decode", utf_16_decode),
        ("utf_32_decode", utf_32_decode),
        ("utf_16_ex_decode", utf_16_ex_decode),
        ("utf_32_ex_decode", utf_32_ex_decode),
        ("_bytes_of", bytes_of),
        ("_char_by_name", char_by_name),
    ];
    let mut pre = Vec::new();
    for &(name, f) in FIXED.iter().chain(others) {
        pre.push((name, vm.new_module_builtin(name, f, "_codecs")));
    }
    crate::importer::exec_embedded_with(vm, "_codecs", SOURCE, "<frozen _codecs>", &pre).ok()
}
