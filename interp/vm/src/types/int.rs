//! `Int`, the value of an `int` (and `bool`): a machine word while it fits, a big integer
//! beyond, always normalised so each value has one representation. The arithmetic here is pure
//! (errors are [`ArithError`]s the caller turns into exceptions) and follows
//! `Objects/longobject.c`: floor division and modulo take the divisor's sign, true division is
//! correctly rounded, shifts and bitwise operations act on two's complement.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An integer value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    /// Fits an `i64`.
    Small(i64),
    /// Does not fit an `i64` (never holds a value that would).
    Big(Box<BigInt>),
}

/// Why an integer operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithError {
    /// `ZeroDivisionError(msg)`.
    ZeroDivision(&'static str),
    /// `OverflowError(msg)`.
    Overflow(&'static str),
    /// `ValueError(msg)`.
    Value(&'static str),
    /// `MemoryError()`.
    Memory,
}

impl Int {
    /// Normalises a big integer.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(Box::new(b)),
        }
    }

    /// The value as a big integer.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => (**b).clone(),
        }
    }

    /// The value if it fits an `i64`.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(_) => None,
        }
    }

    /// From an unsigned machine integer.
    pub fn from_u64(u: u64) -> Int {
        match i64::try_from(u) {
            Ok(i) => Int::Small(i),
            Err(_) => Int::Big(Box::new(BigInt::from(u))),
        }
    }

    /// As an unsigned machine integer, when it fits.
    pub fn to_u64(&self) -> Option<u64> {
        match self {
            Int::Small(i) => u64::try_from(*i).ok(),
            Int::Big(b) => b.to_u64(),
        }
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// Whether the value is below 0.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(i) => i.signum(),
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    /// The nearest float (ties to even), or None when it is too large (`PyLong_AsDouble`'s
    /// OverflowError).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Int::Small(i) => Some(*i as f64),
            Int::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }

    /// `hash(n)`.
    pub fn hash(&self) -> i64 {
        match self {
            Int::Small(i) => krait_compiler::pyhash::hash_i64(*i),
            Int::Big(b) => krait_compiler::pyhash::hash_bigint(b),
        }
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    /// Decimal digits with a leading `-` when negative.
    pub fn to_decimal(&self) -> String {
        match self {
            Int::Small(i) => i.to_string(),
            Int::Big(b) => b.to_string(),
        }
    }

    /// Digits in `radix` (2..=36, lowercase) with a leading `-` when negative.
    pub fn to_radix(&self, radix: u32) -> String {
        self.to_bigint().to_str_radix(radix)
    }
}

impl From<i64> for Int {
    fn from(i: i64) -> Int {
        Int::Small(i)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

/// Compares two ints.
#[inline]
pub fn cmp(a: &Int, b: &Int) -> std::cmp::Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

/// Exact comparison of an int with a float (`float_richcompare`'s careful path): None when the
/// float is NaN.
pub fn cmp_float(i: &Int, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(s) = i {
        // Every i64 below 2**53 converts exactly.
        if s.unsigned_abs() < (1 << 53) {
            return (*s as f64).partial_cmp(&f);
        }
    }
    // Compare the integer with the float's integral part, then the fraction breaks ties.
    let int_part = f.trunc();
    let fi = float_to_bigint(int_part);
    let bi = i.to_bigint();
    match bi.cmp(&fi) {
        Ordering::Equal => {
            let frac = f - int_part;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// `int == float`.
pub fn eq_float(i: &Int, f: f64) -> bool {
    cmp_float(i, f) == Some(std::cmp::Ordering::Equal)
}

/// The exact integer value of a finite, integral float.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut v = BigInt::from(mant);
    if exp > 0 {
        v <<= exp as usize;
    } else {
        v >>= (-exp) as usize;
    }
    if f < 0.0 { -v } else { v }
}

/// `a + b`.
pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_add(*y)
    {
        return Int::Small(r);
    }
    Int::from_bigint(a.to_bigint() + b.to_bigint())
}

/// `a - b`.
pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_sub(*y)
    {
        return Int::Small(r);
    }
    Int::from_bigint(a.to_bigint() - b.to_bigint())
}

/// `a * b`.
pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_mul(*y)
    {
        return Int::Small(r);
    }
    Int::from_bigint(a.to_bigint() * b.to_bigint())
}

/// `-a`.
pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::from_bigint(-BigInt::from(*x)),
        },
        Int::Big(b) => Int::from_bigint(-(**b).clone()),
    }
}

/// `abs(a)`.
pub fn abs(a: &Int) -> Int {
    if a.is_negative() { neg(a) } else { a.clone() }
}

/// `~a`.
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(b) => Int::from_bigint(-((**b).clone()) - 1),
    }
}

/// Floor division and modulo together (`l_divmod`): the quotient rounds toward negative
/// infinity and the remainder has the divisor's sign.
pub fn divmod(a: &Int, b: &Int) -> Result<(Int, Int), ArithError> {
    if b.is_zero() {
        return Err(ArithError::ZeroDivision(
            "integer division or modulo by zero",
        ));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && !(*x == i64::MIN && *y == -1)
    {
        let (mut q, mut r) = (x / y, x % y);
        if r != 0 && ((r < 0) != (*y < 0)) {
            q -= 1;
            r += y;
        }
        return Ok((Int::Small(q), Int::Small(r)));
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    let (mut q, mut r) = (&x / &y, &x % &y);
    if !r.is_zero() && (r.is_negative() != y.is_negative()) {
        q -= 1;
        r += &y;
    }
    Ok((Int::from_bigint(q), Int::from_bigint(r)))
}

/// `a // b`.
pub fn floordiv(a: &Int, b: &Int) -> Result<Int, ArithError> {
    divmod(a, b).map(|(q, _)| q)
}

/// `a % b`.
pub fn modulo(a: &Int, b: &Int) -> Result<Int, ArithError> {
    if b.is_zero() {
        return Err(ArithError::ZeroDivision("integer modulo by zero"));
    }
    divmod(a, b).map(|(_, r)| r)
}

/// `a / b`, correctly rounded as `long_true_divide` rounds.
pub fn truediv(a: &Int, b: &Int) -> Result<f64, ArithError> {
    if b.is_zero() {
        return Err(ArithError::ZeroDivision("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && x.unsigned_abs() <= EXACT
        && y.unsigned_abs() <= EXACT
    {
        return Ok(*x as f64 / *y as f64);
    }
    let negative = a.is_negative() != b.is_negative();
    let n = a.to_bigint().abs();
    let d = b.to_bigint().abs();
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // As `long_true_divide`: find the quotient's binary exponent, take the integer quotient
    // with two bits beyond what the result can hold (fewer significant bits when it is
    // subnormal), and round once, half to even, with the remainder as a sticky bit. Rounding
    // at 53 bits and then again into the subnormal range would round twice.
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let mut diff = n.bits() as i64 - d.bits() as i64;
    let below = if diff >= 0 {
        n < (&d << diff as usize)
    } else {
        (&n << (-diff) as usize) < d
    };
    if below {
        diff -= 1;
    }
    // Now 2**diff <= n/d < 2**(diff+1).
    if diff >= MAX_EXP {
        return Err(ArithError::Overflow(
            "integer division result too large for a float",
        ));
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (num, den) = if shift >= 0 {
        (n, d << shift as usize)
    } else {
        (n << (-shift) as usize, d)
    };
    let mut q = &num / &den;
    let rem = &num % &den;
    let extra = (q.bits() as i64).max(MIN_EXP - shift) - MANT_DIG;
    let half = BigInt::one() << (extra - 1) as usize;
    let low_mask = (&half << 1usize) - BigInt::one();
    let low = &q & &low_mask;
    // Up when past half, or at half with a sticky remainder or an odd kept part.
    let kept_odd = !(&q & (&half << 1usize)).is_zero();
    if low > half || (low == half && (!rem.is_zero() || kept_odd)) {
        q += &half << 1usize;
    }
    q -= &q & &low_mask;
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = ldexp(qf, shift);
    if r.is_infinite() {
        return Err(ArithError::Overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -r } else { r })
}

/// `x * 2**e`, scaling in steps so no intermediate power overflows or underflows.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// The result of `int ** int`: an int, or a float for a negative exponent.
#[derive(Debug)]
pub enum PowResult {
    /// Non-negative exponent.
    Int(Int),
    /// Negative exponent (computed in floats).
    Float(f64),
}

/// `a ** b` without a modulus.
pub fn pow(a: &Int, b: &Int) -> Result<PowResult, ArithError> {
    if b.is_negative() {
        let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) else {
            return Err(ArithError::Overflow("int too large to convert to float"));
        };
        if x == 0.0 {
            return Err(ArithError::ZeroDivision(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(PowResult::Float(x.powf(y)));
    }
    if b.is_zero() {
        return Ok(PowResult::Int(Int::Small(1)));
    }
    match a {
        Int::Small(0) | Int::Small(1) => return Ok(PowResult::Int(a.clone())),
        Int::Small(-1) => {
            let odd = match b {
                Int::Small(e) => e & 1 == 1,
                Int::Big(e) => e.bit(0),
            };
            return Ok(PowResult::Int(Int::Small(if odd { -1 } else { 1 })));
        }
        _ => {}
    }
    let Some(e) = b.as_i64().and_then(|e| u32::try_from(e).ok()) else {
        return Err(ArithError::Memory);
    };
    if let Int::Small(x) = a
        && let Some(r) = x.checked_pow(e)
    {
        return Ok(PowResult::Int(Int::Small(r)));
    }
    // Refuse results that could not be allocated rather than trying for hours.
    if a.bit_length().saturating_mul(u64::from(e)) > 1 << 36 {
        return Err(ArithError::Memory);
    }
    Ok(PowResult::Int(Int::from_bigint(a.to_bigint().pow(e))))
}

/// `pow(a, b, m)`.
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> Result<Int, ArithError> {
    if m.is_zero() {
        return Err(ArithError::Value("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.to_bigint();
    let mabs = modulus.abs();
    let mut base = a.to_bigint();
    let mut exp = b.to_bigint();
    if mabs.is_one() {
        return Ok(Int::Small(0));
    }
    if exp.is_negative() {
        // A negative exponent asks for the modular inverse first.
        let inv = base
            .mod_floor_pos(&mabs)
            .modinv(&mabs)
            .ok_or(ArithError::Value(
                "base is not invertible for the given modulus",
            ))?;
        base = inv;
        exp = -exp;
    }
    let mut r = base.mod_floor_pos(&mabs).modpow(&exp, &mabs);
    // The result takes the modulus's sign.
    if modulus.is_negative() && !r.is_zero() {
        r -= &mabs;
    }
    Ok(Int::from_bigint(r))
}

trait ModFloorPos {
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt;
}

impl ModFloorPos for BigInt {
    /// The remainder in `0..m` for a positive `m`.
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt {
        let r = self % m;
        if r.is_negative() { r + m } else { r }
    }
}

/// `a << b`.
pub fn lshift(a: &Int, b: &Int) -> Result<Int, ArithError> {
    if b.is_negative() {
        return Err(ArithError::Value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    let Some(n) = b.as_i64().filter(|n| *n < (1 << 36)) else {
        return Err(ArithError::Memory);
    };
    if let Int::Small(x) = a
        && n < 63
    {
        let r = x.checked_shl(n as u32).filter(|r| r >> n == *x);
        if let Some(r) = r {
            return Ok(Int::Small(r));
        }
    }
    Ok(Int::from_bigint(a.to_bigint() << n as usize))
}

/// `a >> b` (arithmetic: rounds toward negative infinity).
pub fn rshift(a: &Int, b: &Int) -> Result<Int, ArithError> {
    if b.is_negative() {
        return Err(ArithError::Value("negative shift count"));
    }
    let n = match b.as_i64() {
        Some(n) => n,
        None => return Ok(Int::Small(if a.is_negative() { -1 } else { 0 })),
    };
    if let Int::Small(x) = a {
        return Ok(Int::Small(if n >= 64 {
            if *x < 0 { -1 } else { 0 }
        } else {
            x >> n
        }));
    }
    if n as u64 > a.bit_length() {
        return Ok(Int::Small(if a.is_negative() { -1 } else { 0 }));
    }
    Ok(Int::from_bigint(a.to_bigint() >> n as usize))
}

/// Bitwise `&`, `|`, `^` on two's complement.
pub fn bitop(a: &Int, b: &Int, op: u8) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Int::Small(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    Int::from_bigint(match op {
        b'&' => x & y,
        b'|' => x | y,
        _ => x ^ y,
    })
}

/// Parses the text of `int(s, base)` (already stripped of surrounding whitespace): optional
/// sign, optional base prefix when `base` is 0 or matches, digits with single underscores
/// between them. None when malformed.
pub fn parse(text: &str, base: u32) -> Option<Int> {
    let (neg, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = rest.get(..2).map(|p| p.to_ascii_lowercase());
    let prefixed = |p: &str| lower.as_deref() == Some(p);
    let (base, digits, had_prefix) = match base {
        0 if prefixed("0x") => (16, &rest[2..], true),
        0 if prefixed("0o") => (8, &rest[2..], true),
        0 if prefixed("0b") => (2, &rest[2..], true),
        16 if prefixed("0x") => (16, &rest[2..], true),
        8 if prefixed("0o") => (8, &rest[2..], true),
        2 if prefixed("0b") => (2, &rest[2..], true),
        0 => (10, rest, false),
        b => (b, rest, false),
    };
    // After a prefix one underscore may come first ("0x_1"); otherwise digits must start.
    let digits = if had_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') {
        return None;
    }
    let mut clean = String::with_capacity(digits.len());
    let mut prev_underscore = false;
    // The value while it fits a machine word, so that most texts need no big-number parse.
    let mut small: Option<i128> = Some(0);
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = c.to_digit(36)?;
        if d >= base {
            return None;
        }
        small = small
            .and_then(|v| v.checked_mul(i128::from(base)))
            .and_then(|v| v.checked_add(i128::from(d)))
            .filter(|v| *v <= i128::from(u64::MAX));
        clean.push(c);
    }
    if let Some(v) = small.and_then(|v| i64::try_from(if neg { -v } else { v }).ok()) {
        return Some(Int::Small(v));
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(Int::from_bigint(if neg { -v } else { v }))
}

/// Base 0's extra rule: a decimal literal may not have leading zeros unless it is zero.
pub fn base0_leading_zero_ok(text: &str) -> bool {
    let t = text.trim_start_matches(['+', '-']);
    let digits: String = t.chars().filter(|c| *c != '_').collect();
    !(digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0'))
        || t.len() > 1 && matches!(&t[..2], "0x" | "0X" | "0o" | "0O" | "0b" | "0B")
}
