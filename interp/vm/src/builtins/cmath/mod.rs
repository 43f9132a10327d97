//! The `cmath` module (`Modules/cmathmodule.c`): the complex elementary functions by the same
//! formulas CPython uses (Kahan's branch-cut-correct reductions, rescaling near overflow and
//! underflow), so results agree to the bit; arguments with an infinite or NaN part answer
//! from the special-value tables of `special.rs`, read off the oracle; errors are CPython's
//! `errno` outcomes ("math domain error", "math range error").

mod special;

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

use special::Table;

type C = (f64, f64);

const INF: f64 = f64::INFINITY;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// `CM_LARGE_DOUBLE`: above this, squaring a part could overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// `DBL_MANT_DIG`.
const MANT_DIG: i32 = 53;
/// `CM_SCALE_UP` / `CM_SCALE_DOWN`: the exponents `sqrt` rescales tiny arguments by.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

/// What C's `errno` would say after the computation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// `ldexp`, exact for the scalings used here (powers of two well inside the range).
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// `special_type`: the table index of one part.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 { 5 } else { 0 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x > 0.0 {
        4
    } else {
        1
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn lookup(t: &Table, z: C) -> C {
    let (re, im) = t[class(z.0)][class(z.1)];
    (f64::from_bits(re), f64::from_bits(im))
}

fn c_sqrt(z: C) -> C {
    if !finite(z) {
        return lookup(&special::SQRT, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormal parts up so the hypot keeps its precision.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// `log(|z|) + 2 ln 2` for parts beyond `LARGE`, halved first so `hypot` cannot overflow.
fn big_log(z: C) -> f64 {
    (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0
}

fn c_acos(z: C) -> C {
    if !finite(z) {
        return lookup(&special::ACOS, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let im = if z.0 < 0.0 {
            -big_log(z).copysign(z.1)
        } else {
            big_log(z).copysign(-z.1)
        };
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    (
        2.0 * s1.0.atan2(s2.0),
        super::math::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn c_acosh(z: C) -> C {
    if !finite(z) {
        return lookup(&special::ACOSH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return (big_log(z), z.1.atan2(z.0));
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    (
        super::math::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    )
}

fn c_asinh(z: C) -> C {
    if !finite(z) {
        return lookup(&special::ASINH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = if z.1 >= 0.0 {
            big_log(z).copysign(z.0)
        } else {
            -big_log(z).copysign(-z.0)
        };
        return (re, z.1.atan2(z.0.abs()));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    (
        super::math::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

/// `asin(z) = -i asinh(iz)`.
fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&special::ATANH, z), Errno::Ok);
    }
    // atanh is odd: work with a non-negative real part.
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ((re, (2.0f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok);
    }
    let one_m = 1.0 - z.0;
    let re = (4.0 * z.0 / (one_m * one_m + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.1).atan2(one_m * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::Ok)
}

/// `atan(z) = -i atanh(iz)`.
fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = INF.copysign(z.1.sin());
            (INF.copysign(z.1.cos()), if z.0 > 0.0 { im } else { -im })
        } else {
            lookup(&special::COSH, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        // cosh(x) = cosh(x - 1) * e rescaled to avoid a premature overflow.
        let xm1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * xm1.cosh() * E, z.1.sin() * xm1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    (r, range_if_inf(r))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let re = INF.copysign(z.1.cos());
            (if z.0 > 0.0 { re } else { -re }, INF.copysign(z.1.sin()))
        } else {
            lookup(&special::SINH, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let xm1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * xm1.sinh() * E, z.1.sin() * xm1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    (r, range_if_inf(r))
}

fn range_if_inf(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(&special::TANH, z)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1.0f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

/// `cos(z) = cosh(iz)`.
fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

/// `sin(z) = -i sinh(iz)`.
fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// `tan(z) = -i tanh(iz)`.
fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let m = if z.0 > 0.0 { INF } else { 0.0 };
            (m.copysign(z.1.cos()), m.copysign(z.1.sin()))
        } else {
            lookup(&special::EXP, z)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    (r, range_if_inf(r))
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&special::LOG, z), Errno::Ok);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let mut errno = Errno::Ok;
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // Scale subnormal parts up by 2**53 before taking the modulus.
            let m = ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG));
            m.ln() - f64::from(MANT_DIG) * LN2
        } else {
            errno = Errno::Dom;
            -INF
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), errno)
}

fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN10, r.1 / LN10), e)
}

/// `_Py_c_quot` (Smith's algorithm); division by zero is a domain error here.
fn c_quot(a: C, b: C) -> (C, Errno) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}

/// `c_atan2`: the phase, with the C99 conventions for infinities made explicit.
fn c_atan2(z: C) -> f64 {
    if z.0.is_nan() || z.1.is_nan() {
        return f64::NAN;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            let q = if z.0.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(z.1);
        }
        return (0.5 * PI).copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() {
            0.0f64.copysign(z.1)
        } else {
            PI.copysign(z.1)
        };
    }
    z.1.atan2(z.0)
}

/// `_Py_c_abs`: infinities win over NaNs; an overflowing modulus is a range error.
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() || z.1.is_infinite() {
            return (INF, Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn c_rect(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let z = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
            if r > 0.0 { z } else { (-z.0, -z.1) }
        } else {
            lookup(&special::RECT, (r, phi))
        };
        let e = if phi.is_infinite() && !r.is_nan() && r != 0.0 {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (z, e);
    }
    if phi == 0.0 {
        // CPython multiplies rather than taking sin(-0.0) (bpo-18513's workaround).
        return ((r, r * phi), Errno::Ok);
    }
    ((r * phi.cos(), r * phi.sin()), Errno::Ok)
}

fn check(vm: &Vm, e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

/// `PyComplex_AsCComplex`: a complex (or subclass) as it is, else `__complex__` (which must
/// return a complex), else `PyFloat_AsDouble`.
fn to_c(vm: &Vm, o: &ObjRef) -> PyResult<C> {
    if let Payload::Complex(re, im) = o.payload {
        return Ok((re, im));
    }
    if let Some(r) = vm.call_dunder_opt(o, &vm.names.__complex__, &[])? {
        return match r.payload {
            Payload::Complex(re, im) => Ok((re, im)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Ok((super::math::real(vm, o)?, 0.0))
}

/// The one argument of a `METH_O` function, with Argument Clinic's messages.
fn one(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<C> {
    let full = format!("cmath.{name}");
    args.no_kw(vm, &full)?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{full}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    to_c(vm, &pos[0])
}

fn result(vm: &Vm, r: (C, Errno)) -> PyResult {
    check(vm, r.1)?;
    Ok(vm.new_complex(r.0.0, r.0.1))
}

macro_rules! unary {
    ($($fname:ident = $name:literal, $body:expr;)*) => {
        $(
            fn $fname(vm: &Vm, args: Args<'_>) -> PyResult {
                let z = one(vm, &args, $name)?;
                let f: fn(C) -> (C, Errno) = $body;
                result(vm, f(z))
            }
        )*
    };
}

unary! {
    m_acos = "acos", |z| (c_acos(z), Errno::Ok);
    m_acosh = "acosh", |z| (c_acosh(z), Errno::Ok);
    m_asin = "asin", |z| (c_asin(z), Errno::Ok);
    m_asinh = "asinh", |z| (c_asinh(z), Errno::Ok);
    m_atan = "atan", c_atan;
    m_atanh = "atanh", c_atanh;
    m_cos = "cos", c_cos;
    m_cosh = "cosh", c_cosh;
    m_exp = "exp", c_exp;
    m_log10 = "log10", c_log10;
    m_sin = "sin", c_sin;
    m_sinh = "sinh", c_sinh;
    m_sqrt = "sqrt", |z| (c_sqrt(z), Errno::Ok);
    m_tan = "tan", c_tan;
    m_tanh = "tanh", c_tanh;
}

fn m_log(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "cmath.log")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!(
            "log expected at {} {} argument{}, got {}",
            if a.is_empty() { "least" } else { "most" },
            if a.is_empty() { 1 } else { 2 },
            if a.is_empty() { "" } else { "s" },
            a.len()
        )));
    }
    let z = to_c(vm, &a[0])?;
    let base = a.get(1).map(|b| to_c(vm, b)).transpose()?;
    // cmath_log_impl checks errno once, after both logarithms and the division; the base's
    // logarithm resets it, so only its error and the division's can surface then.
    let (mut x, mut errno) = c_log(z);
    if let Some(b) = base {
        let (y, e1) = c_log(b);
        let (q, e2) = c_quot(x, y);
        x = q;
        errno = if e2 == Errno::Ok { e1 } else { e2 };
    }
    result(vm, (x, errno))
}

fn m_phase(vm: &Vm, args: Args<'_>) -> PyResult {
    let z = one(vm, &args, "phase")?;
    let phi = c_atan2(z);
    // The C library's atan2 reports ERANGE when a nonzero y/x underflows to zero, and
    // cmath_phase_impl turns that into "math range error".
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() && z.1.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(phi))
}

fn m_polar(vm: &Vm, args: Args<'_>) -> PyResult {
    let z = one(vm, &args, "polar")?;
    let (r, e) = c_abs(z);
    let phi = c_atan2(z);
    check(vm, e)?;
    Ok(vm.new_tuple(vec![vm.new_float(r), vm.new_float(phi)]))
}

fn m_rect(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "cmath.rect")?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", a.len())));
    }
    let r = super::math::real(vm, &a[0])?;
    let phi = super::math::real(vm, &a[1])?;
    result(vm, c_rect(r, phi))
}

fn predicate(vm: &Vm, args: Args<'_>, name: &str, f: fn(C) -> bool) -> PyResult {
    let z = one(vm, &args, name)?;
    Ok(vm.new_bool(f(z)))
}

fn m_isfinite(vm: &Vm, args: Args<'_>) -> PyResult {
    predicate(vm, args, "isfinite", finite)
}

fn m_isnan(vm: &Vm, args: Args<'_>) -> PyResult {
    predicate(vm, args, "isnan", |z| z.0.is_nan() || z.1.is_nan())
}

fn m_isinf(vm: &Vm, args: Args<'_>) -> PyResult {
    predicate(vm, args, "isinf", |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}

fn m_isclose(vm: &Vm, args: Args<'_>) -> PyResult {
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let [a, b, rel, abs] = args.bind(vm, "isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(vm.internal("isclose arguments"));
    };
    let (a, b) = (to_c(vm, &a)?, to_c(vm, &b)?);
    let rel_tol = rel
        .map(|o| super::math::real(vm, &o))
        .transpose()?
        .unwrap_or(1e-9);
    let abs_tol = abs
        .map(|o| super::math::real(vm, &o))
        .transpose()?
        .unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    // Two different infinities are never close, whatever the tolerances.
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = c_abs((b.0 - a.0, b.1 - a.1)).0;
    let close = diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol;
    Ok(vm.new_bool(close))
}

/// The `cmath` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("cmath");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atanh", m_atanh),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("exp", m_exp),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("log", m_log),
        ("log10", m_log10),
        ("phase", m_phase),
        ("polar", m_polar),
        ("rect", m_rect),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "cmath"));
    }
    let consts: [(&str, ObjRef); 7] = [
        ("e", vm.new_float(E)),
        ("pi", vm.new_float(PI)),
        ("tau", vm.new_float(2.0 * PI)),
        ("inf", vm.new_float(INF)),
        ("infj", vm.new_complex(0.0, INF)),
        ("nan", vm.new_float(f64::NAN)),
        ("nanj", vm.new_complex(0.0, f64::NAN)),
    ];
    for (name, v) in consts {
        vm.dict_set_str(&d, name, v);
    }
    m
}
