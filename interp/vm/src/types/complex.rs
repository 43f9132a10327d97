//! The `complex` type (`Objects/complexobject.c`): repr, arithmetic with ints and floats
//! converted, CPython's division and power algorithms, equality only, hash, and parsing.

use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

type C = (f64, f64);

fn val(vm: &Vm, o: &ObjRef) -> PyResult<C> {
    match o.payload {
        Payload::Complex(re, im) => Ok((re, im)),
        _ => Err(vm.internal("expected a complex")),
    }
}

/// An operand as a complex: complex, float or int; None for other types.
fn operand(vm: &Vm, o: &ObjRef) -> PyResult<Option<C>> {
    match &o.payload {
        Payload::Complex(re, im) => Ok(Some((*re, *im))),
        Payload::Float(f) => Ok(Some((*f, 0.0))),
        Payload::Int(i) => match i.to_f64() {
            Some(f) => Ok(Some((f, 0.0))),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
        _ => Ok(None),
    }
}

/// `repr` of a component: shortest digits without a forced `.0`.
fn part(x: f64) -> String {
    let r = super::float_repr::repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `complex.__repr__`.
pub fn repr_of(re: f64, im: f64) -> String {
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    // `complex_repr` formats the imaginary part with `Py_DTSF_SIGN`: a NaN is written
    // "+nan" whatever its sign bit (only numbers carry a '-').
    let sign = if im.is_sign_negative() && !im.is_nan() {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{imag}j)", part(re))
}

fn m_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__format__", 1)?;
    let Some(spec) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    // An empty spec is `str(self)`, a subclass's `__str__` included (`complex___format___impl`).
    if spec.is_empty() {
        return vm.str(o);
    }
    let (re, im) = val(vm, o)?;
    let text = crate::format::format_complex(vm, re, im, &spec.to_string_lossy())?;
    Ok(vm.new_str(text))
}

fn complex_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let (re, im) = val(vm, o)?;
    Ok(vm.new_str(repr_of(re, im)))
}

fn complex_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let (re, im) = val(vm, o)?;
    let id = (o.id() as u64).rotate_right(4) as i64;
    Ok(krait_compiler::pyhash::hash_complex(re, im, id))
}

fn complex_bool(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    let (re, im) = val(vm, o)?;
    Ok(re != 0.0 || im != 0.0)
}

fn complex_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (re, im) = val(vm, a)?;
    let eq = match &b.payload {
        Payload::Complex(r2, i2) => re == *r2 && im == *i2,
        Payload::Float(f) => im == 0.0 && re == *f,
        Payload::Int(i) => im == 0.0 && super::int::eq_float(i, re),
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's algorithm, as CPython divides.
fn quot(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1i64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `complex ** complex` (`complex_pow`).
pub fn complex_pow(vm: &Vm, a: C, b: C) -> PyResult {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else if n == 0 {
            (1.0, 0.0)
        } else {
            let p = powu(a, -n);
            quot(vm, (1.0, 0.0), p)
                .map_err(|_| vm.zero_division("0.0 to a negative or complex power"))?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(vm.new_complex(r.0, r.1))
}

macro_rules! cbinop {
    ($name:ident, |$vm:ident, $x:ident, $y:ident| $body:expr) => {
        fn $name($vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
            let (Some($x), Some($y)) = (operand($vm, a)?, operand($vm, b)?) else {
                return Ok($vm.not_implemented.clone());
            };
            $body
        }
    };
}

cbinop!(c_add, |vm, x, y| Ok(vm.new_complex(x.0 + y.0, x.1 + y.1)));
cbinop!(c_sub, |vm, x, y| Ok(vm.new_complex(x.0 - y.0, x.1 - y.1)));
cbinop!(c_mul, |vm, x, y| {
    let r = mul(x, y);
    Ok(vm.new_complex(r.0, r.1))
});
cbinop!(c_div, |vm, x, y| {
    let r = quot(vm, x, y)?;
    Ok(vm.new_complex(r.0, r.1))
});
cbinop!(c_pow, |vm, x, y| complex_pow(vm, x, y));

fn c_neg(vm: &Vm, o: &ObjRef) -> PyResult {
    let (re, im) = val(vm, o)?;
    Ok(vm.new_complex(-re, -im))
}

fn c_pos(vm: &Vm, o: &ObjRef) -> PyResult {
    let (re, im) = val(vm, o)?;
    Ok(vm.new_complex(re, im))
}

fn c_abs(vm: &Vm, o: &ObjRef) -> PyResult {
    let (re, im) = val(vm, o)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(r))
}

/// Parses `complex(s)`: `1`, `2j`, `1+2j`, `(1-2j)`, with surrounding whitespace.
fn parse(text: &str) -> Option<C> {
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the sign separating real and imaginary parts (not one after an exponent).
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (super::float::parse(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            s => super::float::parse(s)?,
        };
        return Some((re, im));
    }
    super::float::parse(t).map(|r| (r, 0.0))
}

fn complex_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [real, imag] = args.bind(vm, "complex", ["real", "imag"], 0, 2, 0)?;
    let mk = |re: f64, im: f64| {
        if Rc::ptr_eq(cls, &vm.types.complex) {
            vm.new_complex(re, im)
        } else {
            vm.alloc_instance(cls, Payload::Complex(re, im))
        }
    };
    // `complex(z)` of an exact complex is `z` itself (`complex_new_impl`).
    if let Some(r) = &real
        && imag.is_none()
        && Rc::ptr_eq(cls, &vm.types.complex)
        && r.is_exact(&vm.types.complex)
    {
        return Ok(r.clone());
    }
    if let Some(r) = &real
        && let Some(s) = r.as_str()
    {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(&s.to_string_lossy()) {
            Some((re, im)) => Ok(mk(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    // One part as a number: read directly, else through `__float__`/`__index__`; anything
    // without them is refused with `what` (`complex_new_impl`'s checks).
    let number = |o: &ObjRef, what: &str| -> PyResult<C> {
        if let Some(c) = operand(vm, o)? {
            return Ok(c);
        }
        if !o.slot(|s| s.float.is_present() || s.index.is_present()) {
            return Err(vm.type_error(format!("complex() {what}, not '{}'", vm.type_name(o))));
        }
        Ok((super::float::convert(vm, o)?, 0.0))
    };
    // The first part: any object but an exact number is asked `__complex__` first (a
    // subclass of `complex` included), as `try_complex_special_method` does.
    let first_part = |o: &ObjRef| -> PyResult<C> {
        let exact = [&vm.types.complex, &vm.types.float, &vm.types.int]
            .iter()
            .any(|t| o.is_exact(t));
        if !exact && let Some(m) = vm.call_dunder_opt(o, &vm.names.__complex__, &[])? {
            // `try_complex_special_method`'s checks on the result.
            if !matches!(m.payload, Payload::Complex(..)) {
                return Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&m)
                )));
            }
            vm.warn_strict_subclass(&m, "__complex__", "complex")?;
            return val(vm, &m);
        }
        number(o, "first argument must be a string or a number")
    };
    // `complex_new_impl`: the parts are combined arithmetically only where one is itself
    // complex, so signed zeros survive.
    let is_complex = |o: &ObjRef| matches!(o.payload, Payload::Complex(..));
    let (cr, r_complex) = match &real {
        None => ((0.0, 0.0), false),
        Some(r) => (first_part(r)?, is_complex(r)),
    };
    let (mut re, mut im) = (cr.0, cr.1);
    match &imag {
        None => {}
        Some(i) => {
            if i.as_str().is_some() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let ci = number(i, "second argument must be a number")?;
            im = ci.0;
            if is_complex(i) {
                re -= ci.1;
            }
            if r_complex {
                im += cr.1;
            }
        }
    }
    Ok(mk(re, im))
}

fn get_real(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_float(val(vm, o)?.0))
}

fn get_imag(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_float(val(vm, o)?.1))
}

/// `complex.__getnewargs__`: `(real, imag)` as floats.
fn m_getnewargs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![get_real(vm, o)?, get_imag(vm, o)?]))
}

fn m_conjugate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "conjugate", 0)?;
    let (re, im) = val(vm, o)?;
    Ok(vm.new_complex(re, -im))
}

/// `complex.__complex__()`: the value as an exact `complex` (the object itself when it is one).
fn m_complex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__complex__", 0)?;
    if o.is_exact(&vm.types.complex) {
        return Ok(o.clone());
    }
    let (re, im) = val(vm, o)?;
    Ok(vm.new_complex(re, im))
}

/// Fills `complex`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.complex;
    let id = Rc::as_ptr(t) as usize;
    let mut s = Slots {
        repr: Slot::Native(complex_repr),
        hash: Slot::Native(complex_hash),
        bool: Slot::Native(complex_bool),
        richcompare: Slot::Native(complex_richcompare),
        neg: Slot::Native(c_neg),
        pos: Slot::Native(c_pos),
        abs: Slot::Native(c_abs),
        new: Slot::Native(complex_new),
        ..Slots::default()
    };
    for (op, f) in [
        (NbOp::Add, c_add as crate::object::slots::BinFn),
        (NbOp::Sub, c_sub),
        (NbOp::Mul, c_mul),
        (NbOp::TrueDiv, c_div),
        (NbOp::Pow, c_pow),
    ] {
        s.nb[op as usize] = NbSlot::Native(f, id);
    }
    // `PyMemberDef`s in CPython (`member_descriptor`).
    vm.add_readonly_member(t, "real", get_real);
    vm.add_readonly_member(t, "imag", get_imag);
    vm.add_methods(
        t,
        &[
            ("conjugate", m_conjugate),
            ("__complex__", m_complex),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
        ],
    );
    crate::object::slot_resolve::install_static(vm, t, s);
}
