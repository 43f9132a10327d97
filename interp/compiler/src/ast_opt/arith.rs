//! Python's arithmetic on the numbers the optimiser folds — `int` of any size, `float` and
//! `complex` — with the exact results CPython 3.11 computes (`Objects/longobject.c`,
//! `floatobject.c`, `complexobject.c`). Every operation answers `None` where CPython raises
//! (`ZeroDivisionError`, `OverflowError`, `ValueError`): the optimiser then leaves the expression
//! alone, so that the error happens at run time as it would in CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use krait_syntax::ast::Operator;

/// A number as the numeric tower sees it; `bool` has already become `int`.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// `PyLong_AsDouble`: the nearest double (ties to even), or `None` where CPython raises
/// `OverflowError` ("int too large to convert to float").
pub(super) fn int_to_float(n: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let x = ratio_to_float(n.magnitude(), &BigUint::one())?;
    Some(if n.sign() == Sign::Minus { -x } else { x })
}

/// The double nearest to `n / d` (both positive), rounding ties to even, subnormals included;
/// `None` when it rounds past the largest finite double. Both CPython's int-to-float conversion
/// and its int true division are correctly rounded, so one exact computation serves both.
fn ratio_to_float(n: &BigUint, d: &BigUint) -> Option<f64> {
    // `e` is the exponent of the quotient's leading bit: 2**e <= n/d < 2**(e+1).
    let mut e = n.bits() as i64 - d.bits() as i64;
    let below = if e >= 0 {
        n < &(d << e as u64)
    } else {
        &(n << (-e) as u64) < d
    };
    if below {
        e -= 1;
    }
    if e > 1023 {
        return None;
    }
    // The weight of the last bit kept: 53 significant bits, fewer once subnormal.
    let p = (e - 52).max(-1074);
    let (num, den) = if p >= 0 {
        (n.clone(), d << p as u64)
    } else {
        (n << (-p) as u64, d.clone())
    };
    let mut q = &num / &den;
    let twice_r = (&num - &q * &den) << 1u32;
    if twice_r > den || (twice_r == den && q.bit(0)) {
        q += 1u32;
    }
    // With the last bit's weight fixed, the IEEE encoding is the exponent field shifted in plus
    // the significand; a carry out of the significand lands in the exponent, as it should.
    let q = q.to_u64()?;
    let bits = (((p + 1074) as u64) << 52) + q;
    if bits >= 0x7FF0_0000_0000_0000 {
        return None;
    }
    Some(f64::from_bits(bits))
}

/// `long_true_divide`: the correctly rounded quotient of two ints.
fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let x = if a.is_zero() {
        0.0
    } else {
        ratio_to_float(a.magnitude(), b.magnitude())?
    };
    Some(if negate { -x } else { x })
}

/// Floor division and modulo of ints (`l_divmod`): the remainder takes the divisor's sign.
fn int_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

/// `float_rem`.
fn float_mod(vx: f64, wx: f64) -> Option<f64> {
    if wx == 0.0 {
        return None;
    }
    let m = vx % wx;
    Some(if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) { m + wx } else { m }
    } else {
        // A zero remainder takes the divisor's sign, whatever the platform's fmod gives.
        0.0f64.copysign(wx)
    })
}

/// `float_floor_div` through `_float_div_mod`: the quotient is computed from the unadjusted
/// remainder, stepped down with it and snapped to the nearest integral value.
fn float_floor_div(vx: f64, wx: f64) -> Option<f64> {
    if wx == 0.0 {
        return None;
    }
    let m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 && (wx < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    Some(if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    })
}

/// `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `float_pow`: CPython settles the special values itself and leaves the rest to the C
/// library's `pow`, whose overflow (an infinite result) is an `OverflowError`. A negative base
/// with a fractional exponent is handed over to complex exponentiation.
fn float_pow(iv: f64, iw: f64) -> Option<Num> {
    let float = |x: f64| Some(Num::Float(x));
    if iw == 0.0 {
        return float(1.0);
    }
    if iv.is_nan() {
        return float(iv);
    }
    if iw.is_nan() {
        return float(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return float(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow((iv, 0.0), (iw, 0.0)).map(|(r, i)| Num::Complex(r, i));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    let x = base.powf(iw);
    if x.is_infinite() {
        return None;
    }
    float(if negate { -x } else { x })
}

/// `_Py_c_prod`.
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's division by the larger of the divisor's parts; `None` for a zero
/// divisor (CPython's `EDOM`, "complex division by zero").
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // One of the divisor's parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: square-and-multiply for a non-negative integer exponent.
fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask = mask.wrapping_shl(1);
        p = c_prod(p, p);
    }
    r
}

/// `c_powi`: a negative exponent is the reciprocal of the positive power; `None` when that
/// power is zero (`EDOM`).
fn c_powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `_Py_c_pow` in polar form. `None` stands for the `EDOM` CPython turns into
/// `ZeroDivisionError`: zero to a negative or complex power, or the C library's `cos`/`sin` of
/// an infinite phase (glibc reports a domain error there).
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `complex_pow`: small integral exponents by repeated multiplication, others in polar form;
/// an infinite part of the result is an `OverflowError`.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)?
    } else {
        c_pow(a, b)?
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return None;
    }
    Some(p)
}

/// An int raised to a non-negative int. The optimiser only asks for small results (see
/// `safe_power`), except for bases 0 and ±1 whose powers stay small whatever the exponent.
fn int_pow(v: &BigInt, w: &BigInt) -> Option<BigInt> {
    if w.is_zero() {
        return Some(BigInt::one());
    }
    if v.is_zero() || v.is_one() {
        return Some(v.clone());
    }
    if v == &BigInt::from(-1) {
        return Some(if w.bit(0) { v.clone() } else { BigInt::one() });
    }
    Some(v.pow(w.to_u32()?))
}

fn to_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_float(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((to_float(other)?, 0.0)),
    }
}

/// Which of int, float, complex an operation between `a` and `b` happens in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Int,
    Float,
    Complex,
}

fn rank(n: &Num) -> Rank {
    match n {
        Num::Int(_) => Rank::Int,
        Num::Float(_) => Rank::Float,
        Num::Complex(..) => Rank::Complex,
    }
}

/// `PyNumber_<op>(a, b)` for two numbers; `None` where CPython raises.
pub(super) fn binary(op: Operator, a: &Num, b: &Num) -> Option<Num> {
    let r = rank(a).max(rank(b));
    match (r, a, b) {
        (Rank::Int, Num::Int(x), Num::Int(y)) => int_binary(op, x, y),
        (Rank::Float, _, _) => float_binary(op, to_float(a)?, to_float(b)?),
        (Rank::Complex, _, _) => complex_binary(op, to_complex(a)?, to_complex(b)?),
        _ => None,
    }
}

fn int_binary(op: Operator, x: &BigInt, y: &BigInt) -> Option<Num> {
    let int = |i: BigInt| Some(Num::Int(i));
    match op {
        Operator::Add => int(x + y),
        Operator::Sub => int(x - y),
        Operator::Mult => int(x * y),
        Operator::Div => Some(Num::Float(int_true_div(x, y)?)),
        Operator::FloorDiv => int(int_divmod(x, y)?.0),
        Operator::Mod => int(int_divmod(x, y)?.1),
        Operator::Pow if y.is_negative() => float_pow(int_to_float(x)?, int_to_float(y)?),
        Operator::Pow => int(int_pow(x, y)?),
        Operator::LShift => int(int_lshift(x, y)?),
        Operator::RShift => int(int_rshift(x, y)?),
        Operator::BitAnd => int(x & y),
        Operator::BitOr => int(x | y),
        Operator::BitXor => int(x ^ y),
        Operator::MatMult => None,
    }
}

/// `long_lshift`: a negative count is a `ValueError`; zero shifted stays zero however far.
fn int_lshift(x: &BigInt, y: &BigInt) -> Option<BigInt> {
    if y.is_negative() {
        return None;
    }
    if x.is_zero() {
        return Some(BigInt::zero());
    }
    Some(x << y.to_u32()?)
}

/// `long_rshift`: an arithmetic shift (rounding towards minus infinity); a count past the
/// number's length leaves 0 or -1.
fn int_rshift(x: &BigInt, y: &BigInt) -> Option<BigInt> {
    if y.is_negative() {
        return None;
    }
    match y.to_u64() {
        Some(n) if n < x.bits() + 1 => Some(x >> n),
        _ => Some(if x.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

fn float_binary(op: Operator, x: f64, y: f64) -> Option<Num> {
    let float = |f: f64| Some(Num::Float(f));
    match op {
        Operator::Add => float(x + y),
        Operator::Sub => float(x - y),
        Operator::Mult => float(x * y),
        Operator::Div if y == 0.0 => None,
        Operator::Div => float(x / y),
        Operator::FloorDiv => float(float_floor_div(x, y)?),
        Operator::Mod => float(float_mod(x, y)?),
        Operator::Pow => float_pow(x, y),
        _ => None,
    }
}

fn complex_binary(op: Operator, x: (f64, f64), y: (f64, f64)) -> Option<Num> {
    let (r, i) = match op {
        Operator::Add => (x.0 + y.0, x.1 + y.1),
        Operator::Sub => (x.0 - y.0, x.1 - y.1),
        Operator::Mult => c_prod(x, y),
        Operator::Div => c_quot(x, y)?,
        Operator::Pow => complex_pow(x, y)?,
        _ => return None,
    };
    Some(Num::Complex(r, i))
}

/// Exact equality of two numbers as `==` sees them: an int equals a float only if the float is
/// finite, integral and of the same value (no rounding through a double).
pub(super) fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(r, im), other) | (other, Num::Complex(r, im)) => match other {
            Num::Complex(r2, im2) => r == r2 && im == im2,
            Num::Float(f) => r == f && *im == 0.0,
            Num::Int(i) => *im == 0.0 && int_eq_float(i, *r),
        },
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    use num_traits::FromPrimitive;
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|g| &g == i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_to_float_rounds_to_nearest_even() {
        let two = BigInt::from(2);
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins.
        let n = two.pow(53) + 1;
        assert_eq!(int_to_float(&n), Some(9007199254740992.0));
        let n = two.pow(53) + 3;
        assert_eq!(int_to_float(&n), Some(9007199254740996.0));
        assert_eq!(int_to_float(&two.pow(1023)), Some(2f64.powi(1023)));
        assert_eq!(int_to_float(&two.pow(1024)), None);
        assert_eq!(int_to_float(&BigInt::from(-5)), Some(-5.0));
    }

    #[test]
    fn int_true_division_reaches_subnormals() {
        let one = BigInt::one();
        let tiny = BigInt::from(2).pow(1074);
        assert_eq!(int_true_div(&one, &tiny), Some(f64::from_bits(1)));
        assert_eq!(int_true_div(&one, &(&tiny * 2)), Some(0.0));
        assert_eq!(int_true_div(&one, &BigInt::from(3)), Some(1.0 / 3.0));
        assert_eq!(
            int_true_div(&BigInt::zero(), &BigInt::from(-3)).map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
    }
}
