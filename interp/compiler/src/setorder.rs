//! The order a `set` or `frozenset` constant iterates in, which is the order its `repr` lists the
//! items: CPython's hash table (`Objects/setobject.c`) rebuilt item by item with the exact hashes
//! of `crate::pyhash` (`PYTHONHASHSEED=0`), with Python's `==` deciding duplicates.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

use crate::pyhash;
use crate::value::Value;

/// `PySet_MINSIZE`: the table size of a new set.
const MIN_SIZE: usize = 8;
/// `LINEAR_PROBES`: slots tried after the home slot before the probe sequence jumps.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`: how fast the unused high bits of the hash enter the probe sequence.
const PERTURB_SHIFT: u32 = 5;

/// `hash(v)`, or None when CPython would hash the object by its address (`None`, `...`, classes,
/// code objects, NaNs; containers holding one) or cannot hash it at all (lists, dicts, sets).
pub fn value_hash(v: &Value) -> Option<i64> {
    match v {
        Value::False => Some(pyhash::hash_bool(false)),
        Value::True => Some(pyhash::hash_bool(true)),
        Value::Int(n) => Some(pyhash::hash_bigint(n)),
        Value::Float(x) if !x.0.is_nan() => Some(pyhash::hash_float(x.0, 0)),
        Value::Complex(re, im) if !re.0.is_nan() && !im.0.is_nan() => {
            Some(pyhash::hash_complex(re.0, im.0, 0))
        }
        Value::Str { value, .. } => {
            let points: Vec<u32> = value.code_points().collect();
            Some(pyhash::hash_str(points.iter().copied()))
        }
        Value::Bytes(b) => Some(pyhash::hash_bytes(b)),
        Value::Tuple(items) => {
            let hashes: Option<Vec<i64>> = items.iter().map(value_hash).collect();
            Some(pyhash::hash_tuple(&hashes?))
        }
        Value::FrozenSet(items) => {
            let order = hashed_order(items)?;
            let hashes: Vec<i64> = order.iter().map(|&(_, h)| h).collect();
            Some(pyhash::hash_frozenset(&hashes))
        }
        _ => None,
    }
}

/// A number as Python's numeric tower compares it.
enum Num<'a> {
    Int(std::borrow::Cow<'a, BigInt>),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    use std::borrow::Cow;
    match v {
        Value::False => Some(Num::Int(Cow::Owned(BigInt::zero()))),
        Value::True => Some(Num::Int(Cow::Owned(BigInt::from(1)))),
        Value::Int(n) => Some(Num::Int(Cow::Borrowed(n))),
        Value::Float(x) => Some(Num::Float(x.0)),
        Value::Complex(re, im) => Some(Num::Complex(re.0, im.0)),
        _ => None,
    }
}

/// `float == int` exactly, as `float_richcompare` decides it (no rounding of the int).
fn float_eq_int(x: f64, n: &BigInt) -> bool {
    x.is_finite() && x.fract() == 0.0 && BigInt::from_f64(x).is_some_and(|m| &m == n)
}

fn num_eq(a: &Num<'_>, b: &Num<'_>) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(n), Num::Float(x)) | (Num::Float(x), Num::Int(n)) => float_eq_int(*x, n),
        (Num::Float(x), Num::Float(y)) => x == y,
        // `complex_richcompare`: equal to a real number when the imaginary part is zero and the
        // real part equals it.
        (Num::Complex(re, im), Num::Int(n)) | (Num::Int(n), Num::Complex(re, im)) => {
            *im == 0.0 && float_eq_int(*re, n)
        }
        (Num::Complex(re, im), Num::Float(x)) | (Num::Float(x), Num::Complex(re, im)) => {
            *im == 0.0 && re == x
        }
        (Num::Complex(a, b), Num::Complex(c, d)) => a == c && b == d,
    }
}

/// Python's `a == b` for constants (what a set compares keys of equal hash with).
pub fn value_eq(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Value::Str { value: x, .. }, Value::Str { value: y, .. }) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) | (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| value_eq(p, q))
        }
        (Value::FrozenSet(x) | Value::Set(x), Value::FrozenSet(y) | Value::Set(y)) => {
            let (x, y) = (distinct(x), distinct(y));
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| value_eq(p, q)))
        }
        (Value::None, Value::None)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::StopIteration, Value::StopIteration) => true,
        (Value::Code(x), Value::Code(y)) => x == y,
        _ => false,
    }
}

/// The items without duplicates, first occurrences kept in the given order.
fn distinct(items: &[Value]) -> Vec<&Value> {
    let mut out: Vec<&Value> = Vec::new();
    for item in items {
        if !out.iter().any(|seen| value_eq(seen, item)) {
            out.push(item);
        }
    }
    out
}

/// The set's hash table: each slot holds an item's index and hash.
struct Table {
    slots: Vec<Option<(usize, i64)>>,
    fill: usize,
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` for a set without deleted entries: probe from the home slot, nine
    /// neighbours at a time when they fit, then jump by the perturbed recurrence; a key equal to
    /// one already present is dropped. After an insertion the table grows once it is three
    /// fifths full.
    fn add(&mut self, items: &[Value], index: usize, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in i..=i + probes {
                match self.slots[slot] {
                    None => {
                        self.slots[slot] = Some((index, hash));
                        self.fill += 1;
                        if self.fill * 5 >= mask * 3 {
                            let used = self.fill;
                            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
                        }
                        return;
                    }
                    Some((other, h)) if h == hash && value_eq(&items[other], &items[index]) => {
                        return;
                    }
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `min_used` (at least `PySet_MINSIZE`),
    /// the old entries reinserted in slot order by `set_insert_clean`.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for (index, hash) in old.into_iter().flatten() {
            self.insert_clean(index, hash);
        }
    }

    /// `set_insert_clean`: the first empty slot of the probe sequence (no comparisons needed).
    fn insert_clean(&mut self, index: usize, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            if let Some(slot) = (i..=last).find(|&s| self.slots[s].is_none()) {
                self.slots[slot] = Some((index, hash));
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

/// The items in iteration order with their hashes, when every item has a value hash.
fn hashed_order(items: &[Value]) -> Option<Vec<(&Value, i64)>> {
    let hashes: Vec<i64> = items.iter().map(value_hash).collect::<Option<_>>()?;
    let mut table = Table {
        slots: vec![None; MIN_SIZE],
        fill: 0,
    };
    for (index, &hash) in hashes.iter().enumerate() {
        table.add(items, index, hash);
    }
    Some(
        table
            .slots
            .iter()
            .flatten()
            .map(|&(index, hash)| (&items[index], hash))
            .collect(),
    )
}

/// The iteration order of a set built by adding `items` in order, as `PyFrozenSet_New` and
/// marshal's reader build one. Items CPython hashes by address (`None`, `...`) have no
/// reproducible slot, so a set holding any keeps the given order, duplicates dropped.
pub fn iteration_order(items: &[Value]) -> Vec<&Value> {
    match hashed_order(items) {
        Some(order) => order.into_iter().map(|(v, _)| v).collect(),
        None => distinct(items),
    }
}
