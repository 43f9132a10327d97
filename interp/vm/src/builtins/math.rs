//! The `math` module (`Modules/mathmodule.c`): the libm functions with CPython's domain and
//! range errors (`math_1`, `math_2`), its own `gamma`/`lgamma` (Lanczos), `fsum` (Shewchuk's
//! exact partials), the accurate `hypot`/`dist` (`vector_norm`), `log` of huge integers, and
//! the integer functions (`factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::native::Args;
use crate::object::slots::NbOp;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;
use crate::types::int::Int;

const PI: f64 = std::f64::consts::PI;

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `PyFloat_AsDouble`.
pub(crate) fn real(vm: &Vm, o: &ObjRef) -> PyResult<f64> {
    if let Some(f) = o.as_float() {
        return Ok(f);
    }
    if let Some(i) = o.as_int() {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if o.slot(|s| s.float.is_present()) {
        return crate::types::float::convert(vm, o);
    }
    if o.slot(|s| s.index.is_present()) {
        let i = vm.index(o)?;
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// `math_1`: a one-argument libm function; a NaN from a number is a domain error, an infinity
/// from a finite number a range error (or a domain error for singularities).
fn math_1(vm: &Vm, args: Args<'_>, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let a = args.exact(vm, name, 1)?;
    let x = real(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.new_float(r))
}

/// `math_2`: a two-argument libm function.
fn math_2(vm: &Vm, args: Args<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let a = args.exact(vm, name, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

macro_rules! libm1 {
    ($($fname:ident = $name:literal, $f:expr, $over:expr;)*) => {
        $(
            fn $fname(vm: &Vm, args: Args<'_>) -> PyResult {
                math_1(vm, args, $name, $f, $over)
            }
        )*
    };
}

libm1! {
    m_acos = "acos", f64::acos, false;
    m_acosh = "acosh", acosh, false;
    m_asin = "asin", f64::asin, false;
    m_asinh = "asinh", asinh, false;
    m_atan = "atan", f64::atan, false;
    m_atanh = "atanh", atanh, false;
    m_cbrt = "cbrt", cbrt, false;
    m_cos = "cos", f64::cos, false;
    m_cosh = "cosh", f64::cosh, true;
    m_erf = "erf", erf, false;
    m_erfc = "erfc", erfc, false;
    m_exp = "exp", f64::exp, true;
    m_exp2 = "exp2", f64::exp2, true;
    m_expm1 = "expm1", f64::exp_m1, true;
    m_fabs = "fabs", f64::abs, false;
    m_log1p = "log1p", f64::ln_1p, false;
    m_sin = "sin", f64::sin, false;
    m_sinh = "sinh", f64::sinh, true;
    m_sqrt = "sqrt", f64::sqrt, false;
    m_tan = "tan", f64::tan, false;
    m_tanh = "tanh", f64::tanh, false;
}

const LN2: f64 = std::f64::consts::LN_2;

/// The C library's `acosh` (the classic reduction: `log(2x)` for huge x, `log(2x - 1/(x +
/// sqrt(x*x - 1)))` above 2, `log1p(t + sqrt(2t + t*t))` with `t = x - 1` below); Rust's own
/// formula differs in the last bit.
fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x >= 268_435_456.0 {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// The C library's `atanh`.
fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 3.725_290_298_461_914e-9 {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// The C library's `asinh`, by the same kind of reduction.
pub(crate) fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if a < 3.725_290_298_461_914e-9 || !x.is_finite() {
        return x;
    }
    let w = if a > 268_435_456.0 {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// The C library's `cbrt` (glibc's; constants as it writes them): a polynomial first guess on the mantissa, one rational refinement,
/// and the exponent divided by three.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    crate::types::int::ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

fn m_atan2(vm: &Vm, args: Args<'_>) -> PyResult {
    math_2(vm, args, "atan2", f64::atan2)
}

fn m_copysign(vm: &Vm, args: Args<'_>) -> PyResult {
    math_2(vm, args, "copysign", f64::copysign)
}

fn m_remainder(vm: &Vm, args: Args<'_>) -> PyResult {
    math_2(vm, args, "remainder", remainder)
}

/// `m_remainder`: the IEEE 754 remainder, ties to the even multiple.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_fmod(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fmod", 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.new_float(r))
}

/// `math.pow`, with C99's special values handled first.
fn m_pow(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "pow", 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(vm.new_float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

/// `floor`/`ceil`: a float directly, else the `__floor__`/`__ceil__` method, else the value as
/// a float.
fn round_to_int(vm: &Vm, args: Args<'_>, name: &'static str, up: bool) -> PyResult {
    let a = args.exact(vm, name, 1)?;
    let x = &a[0];
    let v = if x.is_exact(&vm.types.float) {
        x.as_float().unwrap_or(0.0)
    } else {
        let dunder = if up { "__ceil__" } else { "__floor__" };
        if let Some(m) = crate::eval::exceptions::lookup_special(vm, x, &vm.intern(dunder))? {
            return vm.call0(&m);
        }
        real(vm, x)?
    };
    let r = if up { v.ceil() } else { v.floor() };
    Ok(vm.new_int_from(crate::types::float::float_to_int(vm, r)?))
}

fn m_floor(vm: &Vm, args: Args<'_>) -> PyResult {
    round_to_int(vm, args, "floor", false)
}

fn m_ceil(vm: &Vm, args: Args<'_>) -> PyResult {
    round_to_int(vm, args, "ceil", true)
}

fn m_trunc(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "trunc", 1)?;
    let x = &a[0];
    if x.is_exact(&vm.types.float) {
        let v = x.as_float().unwrap_or(0.0);
        return Ok(vm.new_int_from(crate::types::float::float_to_int(vm, v)?));
    }
    match crate::eval::exceptions::lookup_special(vm, x, &vm.intern("__trunc__"))? {
        Some(m) => vm.call0(&m),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn m_frexp(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "frexp", 1)?;
    let (m, e) = frexp(real(vm, &a[0])?);
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e)]))
}

fn m_ldexp(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ldexp", 2)?;
    let x = real(vm, &a[0])?;
    if a[1].as_int().is_none() {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = vm.index(&a[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let e = e
        .as_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = crate::types::int::ldexp(x, e.clamp(-100_000, 100_000));
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_modf(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "modf", 1)?;
    let x = real(vm, &a[0])?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![vm.new_float(f), vm.new_float(i)]))
}

/// `loghelper`: the logarithm of an int of any size (through its mantissa and exponent), or of
/// a float.
fn loghelper(vm: &Vm, o: &ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = o.as_int() {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        return Ok(match i.to_f64() {
            Some(x) => f(x),
            None => {
                let b = i.to_bigint();
                let bits = b.bits() as i64;
                // The top 64 bits, correctly rounded enough for a logarithm.
                let shift = bits - 64;
                let top = (&b >> shift as usize).to_u64().unwrap_or(u64::MAX);
                let (m, e) = frexp(top as f64);
                f(m) + f(2.0) * (e + shift) as f64
            }
        });
    }
    let x = real(vm, o)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "log", 1, 2)?;
    let num = loghelper(vm, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = loghelper(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn m_log2(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "log2", 1)?;
    Ok(vm.new_float(loghelper(vm, &a[0], f64::log2)?))
}

fn m_log10(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "log10", 1)?;
    Ok(vm.new_float(loghelper(vm, &a[0], f64::log10)?))
}

fn m_degrees(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "degrees", 1)?;
    Ok(vm.new_float(real(vm, &a[0])? * (180.0 / PI)))
}

fn m_radians(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "radians", 1)?;
    Ok(vm.new_float(real(vm, &a[0])? * (PI / 180.0)))
}

fn m_isfinite(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isfinite", 1)?;
    Ok(vm.new_bool(real(vm, &a[0])?.is_finite()))
}

fn m_isinf(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isinf", 1)?;
    Ok(vm.new_bool(real(vm, &a[0])?.is_infinite()))
}

fn m_isnan(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isnan", 1)?;
    Ok(vm.new_bool(real(vm, &a[0])?.is_nan()))
}

fn m_isclose(vm: &Vm, args: Args<'_>) -> PyResult {
    let [a, b, rel, abs] = args.bind(vm, "isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let get = |o: &Option<ObjRef>, d: f64| -> PyResult<f64> {
        match o {
            Some(v) => real(vm, v),
            None => Ok(d),
        }
    };
    let (a, b) = (get(&a, 0.0)?, get(&b, 0.0)?);
    let (rel, abs) = (get(&rel, 1e-9)?, get(&abs, 0.0)?);
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.true_obj.clone());
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.false_obj.clone());
    }
    let diff = (b - a).abs();
    Ok(vm.new_bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

/// `math.fsum`: Shewchuk's exactly rounded sum of partials (`msum`).
fn m_fsum(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fsum", 1)?;
    let it = vm.iter(&a[0])?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = real(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    let mut hi = 0.0;
    let mut lo = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

/// `vector_norm`: the Euclidean norm without overflow and correctly rounded in practice.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = crate::types::int::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = (x * x, x.mul_add(x, -(x * x)));
        let s = csum + hi;
        let slo = (csum - s) + hi;
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = (-h * h, (-h).mul_add(h, h * h));
    let s = csum + phi;
    let slo = (csum - s) + phi;
    csum = s;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn norm_of(vm: &Vm, coords: impl Iterator<Item = PyResult<f64>>) -> PyResult<f64> {
    let mut vec = Vec::new();
    let (mut max, mut found_nan) = (0.0f64, false);
    for c in coords {
        let x = c?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    let _ = vm;
    Ok(vector_norm(&mut vec, max, found_nan))
}

fn m_hypot(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "hypot")?;
    let r = norm_of(vm, args.pos().iter().map(|o| real(vm, o)))?;
    Ok(vm.new_float(r))
}

fn m_dist(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "dist", 2)?;
    let (p, q) = (vm.collect(&a[0])?, vm.collect(&a[1])?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let r = norm_of(
        vm,
        p.iter()
            .zip(&q)
            .map(|(x, y)| Ok(real(vm, x)? - real(vm, y)?)),
    )?;
    Ok(vm.new_float(r))
}

fn m_nextafter(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "nextafter", 2)?;
    Ok(vm.new_float(nextafter(real(vm, &a[0])?, real(vm, &a[1])?)))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ulp", 1)?;
    let x = real(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    Ok(vm.new_float(if x2.is_infinite() {
        x - nextafter(x, -f64::INFINITY)
    } else {
        x2 - x
    }))
}

/// Euclid's greatest common divisor, non-negative.
fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a
}

/// An integer argument (`__index__`), as a big integer.
fn int_arg(vm: &Vm, o: &ObjRef) -> PyResult<BigInt> {
    Ok(vm.index(o)?.to_bigint())
}

fn m_factorial(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "factorial", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(vm.new_int_from(Int::from_bigint(r)))
}

fn m_gcd(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "gcd")?;
    let mut g = BigInt::zero();
    for o in args.pos() {
        g = gcd(&g, &int_arg(vm, o)?);
    }
    Ok(vm.new_int_from(Int::from_bigint(g)))
}

fn m_lcm(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "lcm")?;
    let mut l = BigInt::one();
    for o in args.pos() {
        let x = int_arg(vm, o)?;
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
        } else {
            l = (&l / gcd(&l, &x) * &x).abs();
        }
    }
    Ok(vm.new_int_from(Int::from_bigint(l)))
}

fn m_isqrt(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isqrt", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int_from(Int::from_bigint(n.sqrt())))
}

/// `n! / (n-k)!`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1;
    }
    r
}

fn nk_args(vm: &Vm, n: &ObjRef, k: &ObjRef) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (int_arg(vm, n)?, int_arg(vm, k)?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "comb", 2)?;
    let (n, k) = nk_args(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = falling(&n, k);
    for i in 2..=k {
        r /= i;
    }
    Ok(vm.new_int_from(Int::from_bigint(r)))
}

fn m_perm(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "perm", 1, 2)?;
    let k_obj = a.get(1).filter(|k| !vm.is_none(k)).unwrap_or(&a[0]);
    let (n, k) = nk_args(vm, &a[0], k_obj)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_int_from(Int::from_bigint(falling(&n, k))))
}

fn m_prod(vm: &Vm, args: Args<'_>) -> PyResult {
    let [iterable, start] = args.bind(vm, "prod", ["iterable", "start"], 1, 1, 1)?;
    let iterable = iterable.ok_or_else(|| vm.internal("prod"))?;
    let mut acc = start.unwrap_or_else(|| vm.new_int(1));
    let it = vm.iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, NbOp::Mul)?;
    }
    Ok(acc)
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `m_sinpi`: sin(pi * x), accurate for large x.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `m_tgamma`: Err(true) for a domain error, Err(false) for a range error.
fn tgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(true)
        };
    }
    if x == 0.0 {
        return Err(true);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(true);
        }
        if x <= 23.0 {
            let mut f = 1.0;
            for k in 2..(x as i64) {
                f *= k as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(false) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(false)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    if r.is_infinite() { Err(false) } else { Ok(r) }
}

/// `m_lgamma`.
fn lgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(true) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        const LOGPI: f64 = 1.144_729_885_849_400_2;
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { Err(false) } else { Ok(r) }
}

fn gamma_like(vm: &Vm, args: Args<'_>, name: &str, f: fn(f64) -> Result<f64, bool>) -> PyResult {
    let a = args.exact(vm, name, 1)?;
    match f(real(vm, &a[0])?) {
        Ok(r) => Ok(vm.new_float(r)),
        Err(true) => Err(domain(vm)),
        Err(false) => Err(range(vm)),
    }
}

fn m_gamma(vm: &Vm, args: Args<'_>) -> PyResult {
    gamma_like(vm, args, "gamma", tgamma)
}

fn m_lgamma(vm: &Vm, args: Args<'_>) -> PyResult {
    gamma_like(vm, args, "lgamma", lgamma)
}

/// The C library's error functions, which CPython 3.11's `math.erf`/`erfc` call
/// (`FUNC1(erf, erf, ...)`), so results agree to the last bit.
#[allow(unsafe_code)]
mod libm {
    // SAFETY: erf and erfc are pure functions of one double, defined for every input
    // (NaN and infinities included), with no pointers, state or errno contract used here.
    unsafe extern "C" {
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
    }
}

fn erf(x: f64) -> f64 {
    libm::erf(x)
}

fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

/// Creates the `math` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("math");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "math"));
    }
    vm.dict_set_str(&d, "pi", vm.new_float(PI));
    vm.dict_set_str(&d, "e", vm.new_float(std::f64::consts::E));
    vm.dict_set_str(&d, "tau", vm.new_float(std::f64::consts::TAU));
    vm.dict_set_str(&d, "inf", vm.new_float(f64::INFINITY));
    vm.dict_set_str(&d, "nan", vm.new_float(f64::NAN));
    m
}
