//! Python's operators on constant values as the optimiser applies them: `PyNumber_*`, the
//! sequence operations of `str`, `bytes` and `tuple`, `PyObject_GetItem`, truth values and `==`
//! (for building frozensets), plus `ast_opt.c`'s guards (`safe_multiply`, `safe_power`,
//! `safe_lshift`, `safe_mod`) that keep folding from building huge constants. `None` means
//! CPython raises (or refuses to fold), and the expression stays as written.

use std::collections::HashMap;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use krait_syntax::ast::{Constant, Operator, UnaryOp};
use krait_syntax::pystr::PyStrBuf;

use super::arith::{self, Num};
use crate::pyhash;

/// `MAX_INT_SIZE`: bits of an int result of `*`, `**` or `<<`.
const MAX_INT_SIZE: u64 = 128;
/// `MAX_COLLECTION_SIZE`: items of a repeated tuple.
const MAX_COLLECTION_SIZE: i64 = 256;
/// `MAX_STR_SIZE`: characters (or bytes) of a repeated string.
const MAX_STR_SIZE: i64 = 4096;
/// `MAX_TOTAL_ITEMS`: items of a repeated tuple counting nested tuples and frozensets.
const MAX_TOTAL_ITEMS: i64 = 1024;

/// The number a constant is to arithmetic (`bool` counts as `int`), if it is one.
fn num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::Int(i) => Constant::Int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

/// The int a constant is (`bool` included), for the guards and sequence repetition.
fn int_of(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Constant::Int(i) => Some(i.clone()),
        _ => None,
    }
}

/// `_PyLong_NumBits`: the bit length of |n|.
fn num_bits(n: &BigInt) -> u64 {
    n.bits()
}

/// `PyObject_IsTrue`.
pub(super) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

/// `fold_unaryop` on a constant operand: `~`, `not`, unary `+` and `-`.
pub(super) fn unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(c)));
    }
    let n = num(c)?;
    Some(from_num(match (op, n) {
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - 1),
        (UnaryOp::Invert, _) => return None,
        (UnaryOp::UAdd, n) => n,
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (UnaryOp::Not, _) => return None,
    }))
}

/// `fold_binop` once both operands are constants: the operation with CPython's guards.
pub(super) fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    match op {
        Operator::Mult => safe_multiply(l, r),
        Operator::Pow => safe_power(l, r),
        Operator::LShift => safe_lshift(l, r),
        // `safe_mod`: `%` on a str or bytes is formatting, which is not folded.
        Operator::Mod if matches!(l, Constant::Str(_) | Constant::Bytes(_)) => None,
        Operator::Add => add(l, r),
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => bitwise(op, l, r),
        Operator::MatMult => None,
        _ => numeric(op, l, r),
    }
}

fn numeric(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    arith::binary(op, &num(l)?, &num(r)?).map(from_num)
}

/// `+`: numbers, or the concatenation of two sequences of the same type.
fn add(l: &Constant, r: &Constant) -> Option<Constant> {
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) => {
            let mut s = a.clone();
            s.extend(b);
            Some(Constant::Str(s))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes([&a[..], b].concat())),
        (Constant::Tuple(a), Constant::Tuple(b)) => {
            Some(Constant::Tuple(a.iter().chain(b).cloned().collect()))
        }
        _ => numeric(Operator::Add, l, r),
    }
}

/// `&`, `|`, `^`: ints, where two bools give a bool.
fn bitwise(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        return Some(Constant::Bool(match op {
            Operator::BitAnd => a & b,
            Operator::BitOr => a | b,
            _ => a ^ b,
        }));
    }
    numeric(op, l, r)
}

/// `check_complexity`: `limit` less the items of `c` and of every tuple or frozenset inside it,
/// stopping once it is negative.
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
        }
    }
    limit
}

/// `PyLong_AsLong`, failing (as CPython does, with an error set) outside a C long.
fn as_long(n: &BigInt) -> Option<i64> {
    n.to_i64()
}

/// `safe_multiply`: an int product of at most `MAX_INT_SIZE` bits, a repeated tuple of at most
/// `MAX_COLLECTION_SIZE` items (and `MAX_TOTAL_ITEMS` nested ones), a repeated string of at most
/// `MAX_STR_SIZE` characters; then `PyNumber_Multiply`.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    let (vi, wi) = (int_of(v), int_of(w));
    match (&vi, &wi) {
        (Some(a), Some(b))
            if !a.is_zero() && !b.is_zero() && num_bits(a) + num_bits(b) > MAX_INT_SIZE =>
        {
            return None;
        }
        (Some(a), None) => match w {
            Constant::Tuple(items) | Constant::FrozenSet(items) if !items.is_empty() => {
                let n = as_long(a)?;
                if n < 0 || n > MAX_COLLECTION_SIZE / items.len() as i64 {
                    return None;
                }
                if n != 0 && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0 {
                    return None;
                }
            }
            Constant::Str(_) | Constant::Bytes(_) => {
                let size = seq_len(w) as i64;
                if size != 0 {
                    let n = as_long(a)?;
                    if n < 0 || n > MAX_STR_SIZE / size {
                        return None;
                    }
                }
            }
            _ => {}
        },
        (None, Some(_))
            if matches!(
                v,
                Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Str(_) | Constant::Bytes(_)
            ) =>
        {
            return safe_multiply(w, v);
        }
        _ => {}
    }
    multiply(v, w)
}

/// `PyNumber_Multiply`: numbers, or a sequence repeated an int number of times (either side).
fn multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    match (int_of(v), int_of(w)) {
        (Some(n), None) if is_sequence(w) => repeat(w, &n),
        (None, Some(n)) if is_sequence(v) => repeat(v, &n),
        _ => numeric(Operator::Mult, v, w),
    }
}

fn is_sequence(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
    )
}

/// `len()` of a str (code points), bytes or tuple.
fn seq_len(c: &Constant) -> usize {
    match c {
        Constant::Str(s) => s.char_len(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => t.len(),
        _ => 0,
    }
}

/// `sq_repeat`: the count must fit a `Py_ssize_t` (`OverflowError` otherwise); none or fewer
/// repetitions give the empty sequence.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let n = n.to_i64()?;
    let times = if seq_len(seq) == 0 {
        0
    } else {
        usize::try_from(n.max(0)).ok()?
    };
    if seq_len(seq)
        .checked_mul(times)
        .is_none_or(|t| t > (1 << 40))
    {
        // CPython runs out of memory long before; the guards never let such a product through.
        return None;
    }
    Some(match seq {
        Constant::Str(s) => {
            let mut out = PyStrBuf::new();
            for _ in 0..times {
                out.extend(s);
            }
            Constant::Str(out)
        }
        Constant::Bytes(b) => Constant::Bytes(b.repeat(times)),
        Constant::Tuple(t) => {
            Constant::Tuple(std::iter::repeat_n(t, times).flatten().cloned().collect())
        }
        _ => return None,
    })
}

/// `safe_power`: for two ints with a nonzero base and a positive exponent, the result's bits
/// (about bits(base) × exponent) must stay within `MAX_INT_SIZE`.
fn safe_power(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (int_of(v), int_of(w))
        && !a.is_zero()
        && b.sign() == Sign::Plus
    {
        // `PyLong_AsSize_t` fails for an exponent past a machine word.
        let wbits = b.to_u64()?;
        if num_bits(&a) > MAX_INT_SIZE / wbits {
            return None;
        }
    }
    numeric(Operator::Pow, v, w)
}

/// `safe_lshift`: for two nonzero ints the result must stay within `MAX_INT_SIZE` bits.
fn safe_lshift(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (int_of(v), int_of(w))
        && !a.is_zero()
        && !b.is_zero()
    {
        // `PyLong_AsSize_t` fails for a negative or huge count.
        let wbits = if b.is_negative() { None } else { b.to_u64() }?;
        let vbits = num_bits(&a);
        if wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits {
            return None;
        }
    }
    numeric(Operator::LShift, v, w)
}

/// `PyObject_GetItem(value, index)` for an int (or bool) index into a str, bytes or tuple;
/// anything else raises in CPython (out of range, an index past `Py_ssize_t`, a bad type).
pub(super) fn subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    let i = int_of(index)?.to_i64()?;
    let len = match value {
        Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_) => seq_len(value) as i64,
        _ => return None,
    };
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    Some(match value {
        Constant::Str(s) => {
            let cp = s.code_points().nth(i)?;
            Constant::Str(PyStrBuf::from_code_points([cp])?)
        }
        Constant::Bytes(b) => Constant::Int(BigInt::from(b[i])),
        Constant::Tuple(t) => t[i].clone(),
        _ => return None,
    })
}

/// `==` between constants as a set compares its keys: numbers by exact value across bool, int,
/// float and complex (a NaN equals nothing, every constant being its own object), sequences
/// item by item, frozensets as sets.
pub(super) fn py_eq(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return arith::num_eq(&x, &y);
    }
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        _ => false,
    }
}

/// `hash()` of a constant, which equal constants share (`1`, `1.0`, `True` and `1+0j` alike).
/// A NaN hashes by identity in CPython; it equals nothing, so any fixed value serves here.
fn py_hash(c: &Constant) -> i64 {
    match c {
        Constant::None => 0x5eed,
        Constant::Ellipsis => 0xe111,
        Constant::Bool(b) => pyhash::hash_bool(*b),
        Constant::Int(i) => pyhash::hash_bigint(i),
        Constant::Float(f) => pyhash::hash_float(*f, 0),
        Constant::Complex { real, imag } => pyhash::hash_complex(*real, *imag, 0),
        Constant::Str(s) => pyhash::hash_str(s.code_points().collect::<Vec<_>>().into_iter()),
        Constant::Bytes(b) => pyhash::hash_bytes(b),
        Constant::Tuple(items) => {
            pyhash::hash_tuple(&items.iter().map(py_hash).collect::<Vec<_>>())
        }
        Constant::FrozenSet(items) => {
            pyhash::hash_frozenset(&items.iter().map(py_hash).collect::<Vec<_>>())
        }
    }
}

/// `PyFrozenSet_New(tuple)`: the items without duplicates, each kept where it first occurs
/// (`{1, 1.0}` keeps the int), looked up by hash as a set does.
pub(super) fn frozenset(items: Vec<Constant>) -> Constant {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    let mut by_hash: HashMap<i64, Vec<usize>> = HashMap::new();
    for item in items {
        let slot = by_hash.entry(py_hash(&item)).or_default();
        if !slot.iter().any(|&i| py_eq(&out[i], &item)) {
            slot.push(out.len());
            out.push(item);
        }
    }
    Constant::FrozenSet(out)
}
