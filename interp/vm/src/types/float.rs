//! The `float` type (`Objects/floatobject.c`): arithmetic with ints converted exactly or with
//! `OverflowError`, Python's floor division and modulo, `**` (complex for a negative base and a
//! fractional exponent), exact comparison with ints, parsing and the methods.

use std::rc::Rc;

use super::float_repr;
use super::int::{self, Int};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Compares two floats (NaN compares unequal to everything).
pub fn compare_f64(x: f64, y: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// An operand as a float: floats as they are, ints converted (`OverflowError` when too
/// large); None for other types (the operation is then not implemented).
fn operand(vm: &Vm, o: &ObjRef) -> PyResult<Option<f64>> {
    match &o.payload {
        Payload::Float(f) => Ok(Some(*f)),
        Payload::Int(i) => match i.to_f64() {
            Some(f) => Ok(Some(f)),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
        _ => Ok(None),
    }
}

fn fval(vm: &Vm, o: &ObjRef) -> PyResult<f64> {
    o.as_float().ok_or_else(|| vm.internal("expected a float"))
}

fn float_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(float_repr::repr(fval(vm, o)?)))
}

fn float_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    // A NaN hashes by identity (`_Py_HashPointer`: the address rotated by 4 bits).
    let id = (o.id() as u64).rotate_right(4) as i64;
    let id = if id == -1 { -2 } else { id };
    Ok(krait_compiler::pyhash::hash_float(fval(vm, o)?, id))
}

fn float_bool(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(fval(vm, o)? != 0.0)
}

fn float_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let x = fval(vm, a)?;
    match &b.payload {
        Payload::Float(y) => Ok(vm.new_bool(compare_f64(x, *y, op))),
        Payload::Int(i) => {
            let r = match int::cmp_float(i, x) {
                Some(o) => op.test(o.reverse()),
                None => op == CompareOp::Ne,
            };
            Ok(vm.new_bool(r))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! float_binop {
    ($name:ident, |$vm:ident, $x:ident, $y:ident| $body:expr) => {
        fn $name($vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
            let (Some($x), Some($y)) = (operand($vm, a)?, operand($vm, b)?) else {
                return Ok($vm.not_implemented.clone());
            };
            $body
        }
    };
}

float_binop!(float_add, |vm, x, y| Ok(vm.new_float(x + y)));
float_binop!(float_sub, |vm, x, y| Ok(vm.new_float(x - y)));
float_binop!(float_mul, |vm, x, y| Ok(vm.new_float(x * y)));
float_binop!(float_truediv, |vm, x, y| {
    if y == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(vm.new_float(x / y))
});
float_binop!(float_floordiv, |vm, x, y| {
    if y == 0.0 {
        return Err(vm.zero_division("float floor division by zero"));
    }
    Ok(vm.new_float(divmod(x, y).0))
});
float_binop!(float_mod, |vm, x, y| {
    if y == 0.0 {
        return Err(vm.zero_division("float modulo"));
    }
    Ok(vm.new_float(divmod(x, y).1))
});
float_binop!(float_pow, |vm, x, y| pow(vm, x, y));

/// `divmod(x, y)` for floats.
pub fn float_divmod(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, r) = divmod(x, y);
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
}

/// `float_divmod`'s arithmetic: the remainder takes the divisor's sign and the quotient is
/// the exact floor, with signed zeros as CPython gives them.
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float ** float` (`float_pow`).
fn pow(vm: &Vm, iv: f64, iw: f64) -> PyResult {
    if iw == 0.0 {
        return Ok(vm.new_float(1.0));
    }
    if iv.is_nan() {
        return Ok(vm.new_float(if iw == 0.0 { 1.0 } else { iv }));
    }
    if iw.is_nan() {
        return Ok(vm.new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iv == 0.0 && iw < 0.0 && iw.is_finite() {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    // Infinite bases are settled by `powf` as C's `pow` settles them (`float_pow` handles
    // them before the negative-base case), so only a finite negative base goes complex.
    if iv < 0.0 && iv.is_finite() && iw.is_finite() && iw != iw.floor() {
        // A negative base with a fractional exponent has a complex result.
        return super::complex::complex_pow(vm, (iv, 0.0), (iw, 0.0));
    }
    let r = iv.powf(iw);
    if r.is_infinite() && iv.is_finite() && iw.is_finite() {
        let args = vec![vm.new_int(34), vm.new_str("Numerical result out of range")];
        let exc = vm.new_exception(&vm.exc.overflow_error, args);
        return Err(vm.raise(exc));
    }
    Ok(vm.new_float(r))
}

fn float_neg(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_float(-fval(vm, o)?))
}

fn float_pos(vm: &Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.types.float) {
        return Ok(o.clone());
    }
    Ok(vm.new_float(fval(vm, o)?))
}

fn float_abs(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_float(fval(vm, o)?.abs()))
}

/// `int(x)` for a float: truncation, with CPython's errors for infinities and NaN.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(Int::from_bigint(int::float_to_bigint(x.trunc())))
}

fn float_int(vm: &Vm, o: &ObjRef) -> PyResult {
    let i = float_to_int(vm, fval(vm, o)?)?;
    Ok(vm.new_int_from(i))
}

/// Parses the text of `float(s)`: surrounding whitespace, sign, digits with single underscores
/// between them, `inf`/`infinity`/`nan` in any case. None when malformed.
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || krait_syntax::unicode::is_space(c));
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    // One sign only: Rust's parser would accept the second of "++3.14".
    if body.starts_with(['+', '-']) {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let mut clean = String::with_capacity(body.len());
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'_' => {
                let ok = i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if !ok {
                    return None;
                }
            }
            b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-' => clean.push(b as char),
            _ => return None,
        }
    }
    if clean.is_empty() || !clean.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok().map(|v| sign * v)
}

fn float_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let float = &vm.types.float;
    let refuse_kw =
        Rc::ptr_eq(cls, float) || super::tuple::same_attr_as(vm, cls, float, "__init__");
    let v = match super::tuple::ctor_args(vm, &args, "float", refuse_kw)? {
        None => 0.0,
        Some(x) => convert(vm, &x)?,
    };
    if Rc::ptr_eq(cls, &vm.types.float) {
        return Ok(vm.new_float(v));
    }
    Ok(vm.alloc_instance(cls, Payload::Float(v)))
}

/// `float(text)` for the text of a `str` or the bytes of a buffer (`PyFloat_FromString`).
fn from_text(vm: &Vm, x: &ObjRef, text: &str) -> PyResult<f64> {
    parse(text).ok_or_else(|| {
        let shown = vm.repr_string(x).unwrap_or_default();
        vm.value_error(format!("could not convert string to float: {shown}"))
    })
}

/// `float(x)` (`PyNumber_Float`).
pub fn convert(vm: &Vm, x: &ObjRef) -> PyResult<f64> {
    if let Payload::Float(f) = &x.payload
        && x.has_builtin_type()
    {
        return Ok(*f);
    }
    match x.slot(|s| s.float) {
        Slot::Native(f) => {
            let r = f(vm, x)?;
            return fval(vm, &r);
        }
        Slot::Python => {
            let r = vm.call_dunder(x, &vm.names.__float__, &[])?;
            return match r.as_float() {
                Some(f) => {
                    let prefix = format!("{}.__float__", vm.type_name(x));
                    vm.warn_strict_subclass(&r, &prefix, "float")?;
                    Ok(f)
                }
                None => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                ))),
            };
        }
        Slot::Absent => {}
    }
    match &x.payload {
        Payload::Str(s) => {
            // `_PyUnicode_TransformDecimalAndSpaceToASCII`: other scripts' decimal digits
            // read as ASCII digits, Unicode spaces as spaces.
            let text: String = s
                .to_string_lossy()
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c
                    } else if krait_syntax::unicode::is_space(c) {
                        ' '
                    } else if krait_syntax::unicode::is_decimal(c) {
                        super::int_type::unicode_decimal_value(c)
                            .and_then(|d| char::from_digit(d, 10))
                            .unwrap_or('?')
                    } else {
                        '?'
                    }
                })
                .collect();
            return from_text(vm, x, &text);
        }
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            if let Some(data) = super::bytes::buffer(x) {
                return from_text(vm, x, &String::from_utf8_lossy(&data));
            }
        }
        _ => {}
    }
    if x.slot(|s| s.index).is_present() {
        let i = vm.index(x)?;
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    // Any other object exporting a buffer (an `array.array`) is read as its bytes
    // (`PyFloat_FromString`'s `PyObject_GetBuffer` branch).
    if let Payload::Native(_) = &x.payload
        && let Some(data) = super::bytes::buffer(x)
    {
        return from_text(vm, x, &String::from_utf8_lossy(&data));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn m_is_integer(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "is_integer", 0)?;
    let x = fval(vm, o)?;
    Ok(vm.new_bool(x.is_finite() && x == x.floor()))
}

fn m_conjugate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "conjugate", 0)?;
    float_pos(vm, o)
}

fn m_trunc(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__trunc__", 0)?;
    float_int(vm, o)
}

fn m_floor(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__floor__", 0)?;
    let i = float_to_int(vm, fval(vm, o)?.floor())?;
    Ok(vm.new_int_from(i))
}

fn m_ceil(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__ceil__", 0)?;
    let i = float_to_int(vm, fval(vm, o)?.ceil())?;
    Ok(vm.new_int_from(i))
}

/// `round(x)` / `round(x, n)` for floats: ties to even, exact on the decimal value.
fn m_round(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "__round__", 0, 1)?;
    let x = fval(vm, o)?;
    let Some(nd) = a.first().filter(|n| !vm.is_none(n)) else {
        let r = x.round_ties_even();
        return Ok(vm.new_int_from(float_to_int(vm, r)?));
    };
    let nd = vm.index(nd)?;
    let nd = nd
        .as_i64()
        .unwrap_or(if nd.is_negative() { -400 } else { 400 });
    if !x.is_finite() || x == 0.0 {
        return Ok(vm.new_float(x));
    }
    if nd > 323 {
        return Ok(vm.new_float(x));
    }
    if nd < -308 {
        return Ok(vm.new_float(0.0_f64.copysign(x)));
    }
    let r = if nd >= 0 {
        // Correctly rounded decimal digits, read back.
        format!("{x:.prec$}", prec = nd as usize)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        // `x / 10**k` rounded half-even on the exact value, then `q * 10**k` read back.
        use num_traits::{One, Zero};
        let k = (-nd) as u32;
        let (num, den) = integer_ratio(x);
        let div = den * num_bigint::BigInt::from(10u8).pow(k);
        let two = num_bigint::BigInt::from(2u8);
        let (mut q, r) = (&num / &div, &num % &div);
        let twice = (&r * &two).magnitude().clone();
        let d = div.magnitude().clone();
        if twice > d || (twice == d && (&q % &two) != num_bigint::BigInt::zero()) {
            if num < num_bigint::BigInt::zero() {
                q -= num_bigint::BigInt::one();
            } else {
                q += num_bigint::BigInt::one();
            }
        }
        let r: f64 = format!("{q}e{k}").parse().unwrap_or(x);
        if q.is_zero() { 0.0_f64.copysign(x) } else { r }
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("rounded value too large to represent"));
    }
    Ok(vm.new_float(r))
}

fn m_as_integer_ratio(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "as_integer_ratio", 0)?;
    let x = fval(vm, o)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (num, den) = integer_ratio(x);
    Ok(vm.new_tuple(vec![vm.new_bigint(num), vm.new_bigint(den)]))
}

/// The exact fraction of a finite float, in lowest terms.
pub fn integer_ratio(x: f64) -> (num_bigint::BigInt, num_bigint::BigInt) {
    use num_bigint::BigInt;
    if x == 0.0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    (num, den)
}

fn m_hex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "hex", 0)?;
    Ok(vm.new_str(super::misc::float_hex(fval(vm, o)?)))
}

/// Parses `float.fromhex`'s text: `[sign][0x]digits[.digits][p[sign]exp]`, `inf`, `nan`.
fn parse_hex(text: &str) -> Option<Result<f64, ()>> {
    let t = text.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Ok(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Some(Ok(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let m = num_bigint::BigInt::parse_bytes(digits.as_bytes(), 16)
        .unwrap_or_else(|| num_bigint::BigInt::from(0));
    let e = exp.checked_sub(4 * frac_part.len() as i64)?;
    let mi = Int::from_bigint(m);
    let v = if e >= 0 {
        if e > 1 << 20 {
            return if mi.is_zero() {
                Some(Ok(0.0))
            } else {
                Some(Err(()))
            };
        }
        match int::lshift(&mi, &Int::Small(e)) {
            Ok(x) => match x.to_f64() {
                Some(f) => f,
                None => return Some(Err(())),
            },
            Err(_) => return Some(Err(())),
        }
    } else if -e > 1 << 20 {
        0.0
    } else {
        let den = int::lshift(&Int::Small(1), &Int::Small(-e)).ok()?;
        int::truediv(&mi, &den).ok()?
    };
    Some(Ok(sign * v))
}

fn m_fromhex(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fromhex", 1)?;
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    let v = match parse_hex(&s.to_string_lossy()) {
        Some(Ok(v)) => v,
        Some(Err(())) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
        None => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    if Rc::ptr_eq(cls, &vm.types.float) {
        return Ok(vm.new_float(v));
    }
    vm.call_pos(cls, &[vm.new_float(v)])
}

/// `float.__getformat__(typestr)`: how the platform stores `'double'` and `'float'`. krait runs
/// only where both are IEEE 754 binary formats stored little-endian, which CPython reports as
/// `'IEEE, little-endian'` (`float___getformat___impl`).
fn m_getformat(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__getformat__", 1)?;
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    match s.to_string_lossy().as_ref() {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn m_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__format__", 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| vm.type_error("__format__() argument must be str"))?;
    // An empty spec is `str(self)`, a subclass's `__str__` included (`float___format___impl`).
    if spec.is_empty() {
        return vm.str(o);
    }
    let text = crate::format::format_float(vm, fval(vm, o)?, &spec.to_string_lossy())?;
    Ok(vm.new_str(text))
}

fn m_getnewargs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![vm.new_float(fval(vm, o)?)]))
}

fn get_real(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_float(fval(vm, o)?))
}

fn get_imag(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.new_float(0.0))
}

/// Fills `float`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.float;
    let id = Rc::as_ptr(t) as usize;
    let mut s = Slots {
        repr: Slot::Native(float_repr),
        hash: Slot::Native(float_hash),
        bool: Slot::Native(float_bool),
        richcompare: Slot::Native(float_richcompare),
        neg: Slot::Native(float_neg),
        pos: Slot::Native(float_pos),
        abs: Slot::Native(float_abs),
        int: Slot::Native(float_int),
        float: Slot::Native(float_pos),
        new: Slot::Native(float_new),
        ..Slots::default()
    };
    let ops: [(NbOp, crate::object::slots::BinFn); 8] = [
        (NbOp::Divmod, float_divmod),
        (NbOp::Add, float_add),
        (NbOp::Sub, float_sub),
        (NbOp::Mul, float_mul),
        (NbOp::TrueDiv, float_truediv),
        (NbOp::FloorDiv, float_floordiv),
        (NbOp::Mod, float_mod),
        (NbOp::Pow, float_pow),
    ];
    for (op, f) in ops {
        s.nb[op as usize] = NbSlot::Native(f, id);
    }
    vm.add_methods(
        t,
        &[
            ("is_integer", m_is_integer),
            ("conjugate", m_conjugate),
            ("__trunc__", m_trunc),
            ("__floor__", m_floor),
            ("__ceil__", m_ceil),
            ("__round__", m_round),
            ("as_integer_ratio", m_as_integer_ratio),
            ("hex", m_hex),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
        ],
    );
    vm.add_classmethod(t, "fromhex", m_fromhex);
    vm.add_classmethod(t, "__getformat__", m_getformat);
    vm.add_getset(t, "real", get_real, None);
    vm.add_getset(t, "imag", get_imag, None);
    crate::object::slot_resolve::install_static(vm, t, s);
}
