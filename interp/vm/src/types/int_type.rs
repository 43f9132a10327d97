//! The `int` and `bool` types: their slots (arithmetic returning `NotImplemented` for
//! non-ints, comparison, hash, repr under `sys.set_int_max_str_digits`), the constructor
//! (`int(x)`, `int(s, base)`) and the methods.

use std::rc::Rc;

use super::int::{self, ArithError, Int, PowResult};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// Turns an arithmetic failure into its exception.
pub fn arith_err(vm: &Vm, e: ArithError) -> PyErr {
    match e {
        ArithError::ZeroDivision(m) => vm.zero_division(m),
        ArithError::Overflow(m) => vm.overflow_error(m),
        ArithError::Value(m) => vm.value_error(m),
        ArithError::Memory => vm.error_noargs(&vm.exc.memory_error),
    }
}

/// `str(n)` honouring the digit limit (`sys.set_int_max_str_digits`).
pub fn int_to_decimal(vm: &Vm, i: &Int) -> PyResult<String> {
    let s = i.to_decimal();
    let limit = vm.int_max_str_digits.get();
    let digits = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

fn int_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let i = val(vm, o)?;
    Ok(vm.new_str(int_to_decimal(vm, i)?))
}

fn val<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Int> {
    o.as_int().ok_or_else(|| vm.internal("expected an int"))
}

fn int_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    Ok(val(vm, o)?.hash())
}

fn int_bool(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(!val(vm, o)?.is_zero())
}

fn int_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    match (a.as_int(), b.as_int()) {
        (Some(x), Some(y)) => Ok(vm.new_bool(op.test(int::cmp(x, y)))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! int_binop {
    ($name:ident, |$vm:ident, $x:ident, $y:ident| $body:expr) => {
        fn $name($vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
            let (Some($x), Some($y)) = (a.as_int(), b.as_int()) else {
                return Ok($vm.not_implemented.clone());
            };
            $body
        }
    };
}

int_binop!(int_add, |vm, x, y| Ok(vm.new_int_from(int::add(x, y))));
int_binop!(int_sub, |vm, x, y| Ok(vm.new_int_from(int::sub(x, y))));
int_binop!(int_mul, |vm, x, y| Ok(vm.new_int_from(int::mul(x, y))));
int_binop!(int_floordiv, |vm, x, y| int::floordiv(x, y)
    .map(|r| vm.new_int_from(r))
    .map_err(|e| arith_err(vm, e)));
int_binop!(int_mod, |vm, x, y| int::modulo(x, y)
    .map(|r| vm.new_int_from(r))
    .map_err(|e| arith_err(vm, e)));
int_binop!(int_truediv, |vm, x, y| int::truediv(x, y)
    .map(|r| vm.new_float(r))
    .map_err(|e| arith_err(vm, e)));
int_binop!(int_lshift, |vm, x, y| int::lshift(x, y)
    .map(|r| vm.new_int_from(r))
    .map_err(|e| arith_err(vm, e)));
int_binop!(int_rshift, |vm, x, y| int::rshift(x, y)
    .map(|r| vm.new_int_from(r))
    .map_err(|e| arith_err(vm, e)));
int_binop!(int_and, |vm, x, y| Ok(
    vm.new_int_from(int::bitop(x, y, b'&'))
));
int_binop!(int_or, |vm, x, y| Ok(
    vm.new_int_from(int::bitop(x, y, b'|'))
));
int_binop!(int_xor, |vm, x, y| Ok(
    vm.new_int_from(int::bitop(x, y, b'^'))
));
int_binop!(int_pow, |vm, x, y| match int::pow(x, y) {
    Ok(PowResult::Int(r)) => Ok(vm.new_int_from(r)),
    Ok(PowResult::Float(f)) => Ok(vm.new_float(f)),
    Err(e) => Err(arith_err(vm, e)),
});

/// `divmod(a, b)` for ints.
pub fn int_divmod(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (Some(x), Some(y)) = (a.as_int(), b.as_int()) else {
        return Ok(vm.not_implemented.clone());
    };
    let (q, r) = int::divmod(x, y).map_err(|e| arith_err(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_int_from(q), vm.new_int_from(r)]))
}

macro_rules! bool_binop {
    ($name:ident, $int:ident, $op:tt) => {
        fn $name(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
            if a.is_exact(&vm.types.bool) && b.is_exact(&vm.types.bool) {
                let x = Rc::ptr_eq(a, &vm.true_obj);
                let y = Rc::ptr_eq(b, &vm.true_obj);
                return Ok(vm.new_bool(x $op y));
            }
            $int(vm, a, b)
        }
    };
}

bool_binop!(bool_and, int_and, &);
bool_binop!(bool_or, int_or, |);
bool_binop!(bool_xor, int_xor, ^);

fn int_neg(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(int::neg(val(vm, o)?)))
}

/// `+n`, `int(n)`, `n.__index__()`: the value as an exact `int`.
pub fn int_exact(vm: &Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.types.int) {
        return Ok(o.clone());
    }
    Ok(vm.new_int_from(val(vm, o)?.clone()))
}

fn int_invert(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(int::invert(val(vm, o)?)))
}

fn int_abs(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(int::abs(val(vm, o)?)))
}

fn int_float(vm: &Vm, o: &ObjRef) -> PyResult {
    match val(vm, o)?.to_f64() {
        Some(f) => Ok(vm.new_float(f)),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn bool_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(if val(vm, o)?.is_zero() {
        "False"
    } else {
        "True"
    }))
}

/// `int(x=0)` / `int(x, base=10)` (`long_new_impl`).
fn int_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [x, base] = args.bind(vm, "int", ["x", "base"], 1, 2, 0)?;
    let value = match (x, base) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => convert(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.index(&b)?;
            let base = base
                .as_i64()
                .filter(|b| *b == 0 || (2..=36).contains(b))
                .ok_or_else(|| vm.value_error("int() base must be >= 2 and <= 36, or 0"))?;
            let text = match &x.payload {
                crate::object::Payload::Str(s) => s.to_string_lossy().into_owned(),
                crate::object::Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                crate::object::Payload::ByteArray(b) => {
                    String::from_utf8_lossy(&b.borrow()).into_owned()
                }
                _ => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"));
                }
            };
            parse_text(vm, &x, &text, base as u32)?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(vm.new_int_from(value));
    }
    Ok(vm.alloc_instance(cls, crate::object::Payload::Int(value)))
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn convert(vm: &Vm, x: &ObjRef) -> PyResult<Int> {
    use crate::object::Payload;
    if let Some(i) = x.as_int()
        && x.has_builtin_type()
    {
        return Ok(i.clone());
    }
    if let Slot::Native(_) | Slot::Python = x.slot(|s| s.int) {
        let r = match x.slot(|s| s.int) {
            Slot::Native(f) => f(vm, x)?,
            _ => vm.call_dunder(x, &vm.names.__int__, &[])?,
        };
        return match r.as_int() {
            Some(i) => {
                vm.warn_strict_subclass(&r, "__int__", "int")?;
                Ok(i.clone())
            }
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if x.slot(|s| s.index).is_present() {
        return vm.index(x);
    }
    if let Some(trunc) = crate::object::typeobj::lookup(&x.class(), &vm.names.__trunc__) {
        // 3.11 still delegates to `__trunc__`, with a warning (`PyNumber_Long`); its result
        // need only be `Integral`, so a non-int goes through `__index__`.
        let message = "The delegation of int() to __trunc__ is deprecated.";
        crate::warnings::warn(vm, &vm.exc.deprecation_warning, message, 1, None)?;
        let _ = trunc;
        let t = vm.call_dunder(x, &vm.names.__trunc__, &[])?;
        if let Some(i) = t.as_int() {
            return Ok(i.clone());
        }
        if !t.slot(|s| s.index).is_present() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&t)
            )));
        }
        return vm.index(&t);
    }
    if let Payload::MemoryView(_) | Payload::Native(_) = &x.payload
        && let Some(data) = crate::types::bytes::buffer(x)
    {
        // Any other buffer is read as the bytes it holds (`PyNumber_Long`'s
        // `PyObject_GetBuffer` branch).
        let text = String::from_utf8_lossy(&data).into_owned();
        let shown = vm.new_bytes(data);
        return parse_text(vm, &shown, &text, 10);
    }
    match &x.payload {
        Payload::Str(s) => {
            let text = s.to_string_lossy().into_owned();
            parse_text(vm, x, &text, 10)
        }
        Payload::Bytes(b) => parse_text(vm, x, &String::from_utf8_lossy(b), 10),
        Payload::ByteArray(b) => {
            // The error shows the bytes read, not the bytearray (`_PyLong_FromBytes`).
            let data = b.borrow().clone();
            let t = String::from_utf8_lossy(&data).into_owned();
            parse_text(vm, &vm.new_bytes(data), &t, 10)
        }
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// Parses `int(text, base)`, raising `ValueError("invalid literal for int() with base N: ...")`.
pub fn parse_text(vm: &Vm, orig: &ObjRef, text: &str, base: u32) -> PyResult<Int> {
    let stripped: String = text
        .trim_matches(|c: char| c.is_whitespace() || krait_syntax::unicode::is_space(c))
        .chars()
        .map(|c| {
            // Unicode decimal digits count as their ASCII value.
            if !c.is_ascii() && krait_syntax::unicode::is_decimal(c) {
                c.to_digit(10)
                    .or_else(|| unicode_decimal_value(c))
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    let ok_zeros = base != 0 || int::base0_leading_zero_ok(&stripped);
    let parsed = if ok_zeros {
        int::parse(&stripped, base)
    } else {
        None
    };
    match parsed {
        Some(v) => {
            let limit = vm.int_max_str_digits.get();
            let digits = stripped.chars().filter(|c| c.is_ascii_digit()).count();
            if limit > 0 && !matches!(base, 2 | 4 | 8 | 16 | 32) && digits > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(v)
        }
        None => {
            let shown = vm.repr_string(orig)?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

/// The value of a non-ASCII Unicode decimal digit: digits come in contiguous runs of ten
/// starting at zero (some runs are adjacent), so it is the distance from the block start mod 10.
pub(crate) fn unicode_decimal_value(c: char) -> Option<u32> {
    let is_dec = |cp: u32| char::from_u32(cp).is_some_and(krait_syntax::unicode::is_decimal);
    let cp = c as u32;
    let mut start = cp;
    while start > 0 && is_dec(start - 1) {
        start -= 1;
    }
    Some((cp - start) % 10)
}

fn bool_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "bool")?;
    let a = args.range(vm, "bool", 0, 1)?;
    match a.first() {
        Some(x) => Ok(vm.new_bool(vm.truthy(x)?)),
        None => Ok(vm.false_obj.clone()),
    }
}

fn m_bit_length(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "bit_length", 0)?;
    Ok(vm.new_int(val(vm, o)?.bit_length() as i64))
}

fn m_bit_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "bit_count", 0)?;
    let n = match val(vm, o)? {
        Int::Small(i) => i64::from(i.unsigned_abs().count_ones()),
        Int::Big(b) => b.magnitude().count_ones() as i64,
    };
    Ok(vm.new_int(n))
}

fn m_conjugate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "conjugate", 0)?;
    int_exact(vm, o)
}

fn m_as_integer_ratio(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "as_integer_ratio", 0)?;
    Ok(vm.new_tuple(vec![int_exact(vm, o)?, vm.new_int(1)]))
}

fn m_round(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "__round__", 0, 1)?;
    let Some(nd) = a.first().filter(|n| !vm.is_none(n)) else {
        return int_exact(vm, o);
    };
    let nd = vm.index(nd)?;
    if !nd.is_negative() {
        return int_exact(vm, o);
    }
    // Round to a multiple of 10**-nd, ties to even.
    let x = val(vm, o)?;
    let Some(p) = int::neg(&nd).as_i64().and_then(|p| u32::try_from(p).ok()) else {
        return Ok(vm.new_int(0));
    };
    let pow = Int::from_bigint(num_bigint::BigInt::from(10).pow(p));
    let (q, r) = int::divmod(x, &pow).map_err(|e| arith_err(vm, e))?;
    let twice = int::mul(&r, &Int::Small(2));
    let c = int::cmp(&twice, &pow);
    let q_odd = matches!(int::bitop(&q, &Int::Small(1), b'&'), Int::Small(1));
    let up = c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && q_odd);
    let q = if up { int::add(&q, &Int::Small(1)) } else { q };
    Ok(vm.new_int_from(int::mul(&q, &pow)))
}

fn m_trunc(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__trunc__", 0)?;
    int_exact(vm, o)
}

fn m_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__format__", 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| vm.type_error("__format__() argument must be str"))?;
    let text = crate::format::format_int(vm, o, &spec.to_string_lossy())?;
    Ok(vm.new_str(text))
}

fn m_getnewargs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![int_exact(vm, o)?]))
}

fn m_to_bytes(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [length, byteorder, signed] =
        args.bind(vm, "to_bytes", ["length", "byteorder", "signed"], 0, 2, 0)?;
    let length = match length {
        Some(l) => vm.index_isize(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, byteorder.as_ref())?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let x = val(vm, o)?.to_bigint();
    if !signed && x.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = x.to_signed_bytes_le();
    let len = length as usize;
    if !signed && bytes.len() == len + 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if bytes.len() > len && !(x == num_bigint::BigInt::from(0) && len == 0) {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if x.sign() == num_bigint::Sign::Minus {
        0xFF
    } else {
        0
    };
    bytes.resize(len, fill);
    if x == num_bigint::BigInt::from(0) {
        bytes = vec![0; len];
    }
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn byteorder_arg(vm: &Vm, b: Option<&ObjRef>) -> PyResult<bool> {
    match b.and_then(|b| b.as_str().map(|s| s.to_string_lossy().into_owned())) {
        None => Ok(false),
        Some(s) if s == "big" => Ok(false),
        Some(s) if s == "little" => Ok(true),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// The bytes `int.from_bytes` reads, as `PyObject_Bytes` gets them: a bytes-like object,
/// what `__bytes__` returns (which must be bytes), or the items of an iterable other than a
/// `str` (each in `range(256)`).
fn bytes_of(vm: &Vm, src: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = src.as_bytes() {
        return Ok(b.to_vec());
    }
    if let Some(f) = crate::object::typeobj::lookup(&src.class(), &vm.intern("__bytes__")) {
        let r = vm.call_pos(&f, std::slice::from_ref(src))?;
        return match r.as_bytes() {
            Some(b) if vm.is_instance_of(&r, &vm.types.bytes) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    let iterable = !vm.is_instance_of(src, &vm.types.str)
        && src.slot(|s| s.iter.is_present() || s.getitem.is_present());
    if !iterable {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(src)
        )));
    }
    let mut out = Vec::new();
    for item in vm.collect(src)? {
        let v = vm.index(&item)?;
        match v.as_i64() {
            Some(b @ 0..=255) => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn m_from_bytes(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [bytes, byteorder, signed] =
        args.bind(vm, "from_bytes", ["bytes", "byteorder", "signed"], 0, 2, 1)?;
    let little = byteorder_arg(vm, byteorder.as_ref())?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let src = bytes.ok_or_else(|| vm.internal("from_bytes"))?;
    let mut data = bytes_of(vm, &src)?;
    if !little {
        data.reverse();
    }
    let v = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let r = vm.new_bigint(v);
    if Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(r);
    }
    vm.call_pos(cls, &[r])
}

fn get_real(vm: &Vm, o: &ObjRef) -> PyResult {
    int_exact(vm, o)
}

fn get_imag(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.new_int(0))
}

fn get_one(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.new_int(1))
}

/// Fills `int`'s and `bool`'s namespaces and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.int;
    let id = Rc::as_ptr(t) as usize;
    let mut s = Slots {
        repr: Slot::Native(int_repr),
        hash: Slot::Native(int_hash),
        bool: Slot::Native(int_bool),
        richcompare: Slot::Native(int_richcompare),
        neg: Slot::Native(int_neg),
        pos: Slot::Native(int_exact),
        invert: Slot::Native(int_invert),
        abs: Slot::Native(int_abs),
        int: Slot::Native(int_exact),
        float: Slot::Native(int_float),
        index: Slot::Native(int_exact),
        new: Slot::Native(int_new),
        ..Slots::default()
    };
    let ops: [(NbOp, crate::object::slots::BinFn); 13] = [
        (NbOp::Divmod, int_divmod),
        (NbOp::Add, int_add),
        (NbOp::Sub, int_sub),
        (NbOp::Mul, int_mul),
        (NbOp::FloorDiv, int_floordiv),
        (NbOp::Mod, int_mod),
        (NbOp::TrueDiv, int_truediv),
        (NbOp::LShift, int_lshift),
        (NbOp::RShift, int_rshift),
        (NbOp::And, int_and),
        (NbOp::Or, int_or),
        (NbOp::Xor, int_xor),
        (NbOp::Pow, int_pow),
    ];
    for (op, f) in ops {
        s.nb[op as usize] = NbSlot::Native(f, id);
    }
    vm.add_methods(
        t,
        &[
            ("bit_length", m_bit_length),
            ("bit_count", m_bit_count),
            ("conjugate", m_conjugate),
            ("as_integer_ratio", m_as_integer_ratio),
            ("__round__", m_round),
            ("__trunc__", m_trunc),
            ("__floor__", m_trunc),
            ("__ceil__", m_trunc),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
            ("to_bytes", m_to_bytes),
        ],
    );
    vm.add_classmethod(t, "from_bytes", m_from_bytes);
    vm.add_getset(t, "real", get_real, None);
    vm.add_getset(t, "imag", get_imag, None);
    vm.add_getset(t, "numerator", get_real, None);
    vm.add_getset(t, "denominator", get_one, None);
    crate::object::slot_resolve::install_static(vm, t, s);

    let b = &vm.types.bool;
    let bid = Rc::as_ptr(b) as usize;
    let mut bs = Slots {
        repr: Slot::Native(bool_repr),
        new: Slot::Native(bool_new),
        ..Slots::default()
    };
    bs.nb[NbOp::And as usize] = NbSlot::Native(bool_and, bid);
    bs.nb[NbOp::Or as usize] = NbSlot::Native(bool_or, bid);
    bs.nb[NbOp::Xor as usize] = NbSlot::Native(bool_xor, bid);
    crate::object::slot_resolve::install_static(vm, b, bs);
}
