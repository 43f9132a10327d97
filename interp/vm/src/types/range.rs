//! `range`: arbitrary-precision start/stop/step with the length computed once, indexing,
//! slicing to another range, `in` by arithmetic for ints, equality by the values produced,
//! `index`/`count` and reversal.

use std::rc::Rc;

use super::int::{self, Int};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A range's values.
#[derive(Debug)]
pub struct Range {
    /// `start`.
    pub start: Int,
    /// `stop`.
    pub stop: Int,
    /// `step` (never 0).
    pub step: Int,
    /// The number of values.
    pub len: Int,
}

/// `compute_range_length`.
fn length(start: &Int, stop: &Int, step: &Int) -> Int {
    let (lo, hi, st) = if step.is_negative() {
        (stop.clone(), start.clone(), int::neg(step))
    } else {
        (start.clone(), stop.clone(), step.clone())
    };
    if int::cmp(&lo, &hi) != std::cmp::Ordering::Less {
        return Int::Small(0);
    }
    let diff = int::sub(&int::sub(&hi, &lo), &Int::Small(1));
    match int::floordiv(&diff, &st) {
        Ok(q) => int::add(&q, &Int::Small(1)),
        Err(_) => Int::Small(0),
    }
}

fn rng<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Range> {
    match &o.payload {
        Payload::Range(r) => Ok(r),
        _ => Err(vm.internal("expected a range")),
    }
}

/// A new range object.
pub fn new_range(vm: &Vm, start: Int, stop: Int, step: Int) -> ObjRef {
    let len = length(&start, &stop, &step);
    Obj::new(
        vm.types.range.clone(),
        Payload::Range(Box::new(Range {
            start,
            stop,
            step,
            len,
        })),
    )
}

fn range_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "range")?;
    let a = args.pos();
    let idx = |o: &ObjRef| vm.index(o);
    let (start, stop, step) = match a.len() {
        1 => (Int::Small(0), idx(&a[0])?, Int::Small(1)),
        2 => (idx(&a[0])?, idx(&a[1])?, Int::Small(1)),
        3 => (idx(&a[0])?, idx(&a[1])?, idx(&a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

fn range_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let r = rng(vm, o)?;
    let s = if r.step == Int::Small(1) {
        format!("range({}, {})", r.start.to_decimal(), r.stop.to_decimal())
    } else {
        format!(
            "range({}, {}, {})",
            r.start.to_decimal(),
            r.stop.to_decimal(),
            r.step.to_decimal()
        )
    };
    Ok(vm.new_str(s))
}

fn range_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    let r = rng(vm, o)?;
    r.len
        .as_i64()
        .map(|n| n as usize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_bool(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(!rng(vm, o)?.len.is_zero())
}

fn item_at(r: &Range, i: &Int) -> Int {
    int::add(&r.start, &int::mul(i, &r.step))
}

/// `_PySlice_GetLongIndices`: a slice's start, stop and step against `length`, in integers
/// of any size.
fn long_indices(vm: &Vm, s: &super::misc::Slice, length: &Int) -> PyResult<(Int, Int, Int)> {
    use std::cmp::Ordering::*;
    let step = if vm.is_none(&s.step) {
        Int::Small(1)
    } else {
        vm.index(&s.step)?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (Int::Small(-1), int::sub(length, &Int::Small(1)))
    } else {
        (Int::Small(0), length.clone())
    };
    let bound = |v: &ObjRef, default: &Int| -> PyResult<Int> {
        if vm.is_none(v) {
            return Ok(default.clone());
        }
        let mut i = vm.index(v)?;
        if i.is_negative() {
            i = int::add(&i, length);
            if int::cmp(&i, &lower) == Less {
                i = lower.clone();
            }
        } else if int::cmp(&i, &upper) == Greater {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = bound(&s.start, if back { &upper } else { &lower })?;
    let stop = bound(&s.stop, if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn range_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let r = rng(vm, o)?;
    if let Payload::Slice(s) = &key.payload {
        let (start, stop, step) = long_indices(vm, s, &r.len)?;
        let substart = item_at(r, &start);
        let substep = int::mul(&r.step, &step);
        let substop = item_at(r, &stop);
        return Ok(new_range(vm, substart, substop, substep));
    }
    if key.as_int().is_none() && !key.slot(|s| s.index.is_present()) {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let mut i = vm.index(key)?;
    if i.is_negative() {
        i = int::add(&i, &r.len);
    }
    if i.is_negative() || int::cmp(&i, &r.len) != std::cmp::Ordering::Less {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int_from(item_at(r, &i)))
}

/// Whether int `x` is one of the range's values.
fn contains_int(r: &Range, x: &Int) -> bool {
    use std::cmp::Ordering::*;
    let in_bounds = if r.step.is_negative() {
        int::cmp(x, &r.start) != Greater && int::cmp(x, &r.stop) == Greater
    } else {
        int::cmp(x, &r.start) != Less && int::cmp(x, &r.stop) == Less
    };
    if !in_bounds {
        return false;
    }
    matches!(
        int::modulo(&int::sub(x, &r.start), &r.step),
        Ok(Int::Small(0))
    )
}

fn range_contains(vm: &Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let r = rng(vm, o)?;
    if let Some(i) = x.as_int()
        && x.has_builtin_type()
    {
        return Ok(contains_int(r, i));
    }
    let it = range_iter(vm, o)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    let r = rng(vm, o)?;
    Ok(super::iter::new_range_iter(vm, &r.start, &r.step, &r.len))
}

fn range_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Payload::Range(x), Payload::Range(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = Rc::ptr_eq(a, b)
        || (x.len == y.len
            && (x.len.is_zero()
                || (x.start == y.start && (x.len == Int::Small(1) || x.step == y.step))));
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn range_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let r = rng(vm, o)?;
    let len = vm.new_int_from(r.len.clone());
    let t = if r.len.is_zero() {
        vm.new_tuple(vec![len, vm.none.clone(), vm.none.clone()])
    } else if r.len == Int::Small(1) {
        vm.new_tuple(vec![len, vm.new_int_from(r.start.clone()), vm.none.clone()])
    } else {
        vm.new_tuple(vec![
            len,
            vm.new_int_from(r.start.clone()),
            vm.new_int_from(r.step.clone()),
        ])
    };
    vm.hash(&t)
}

fn m_reversed(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    let r = rng(vm, o)?;
    let last = int::sub(&item_at(r, &r.len), &r.step);
    let step = int::neg(&r.step);
    Ok(super::iter::new_range_iter(vm, &last, &step, &r.len))
}

/// `PyLong_CheckExact(ob) || PyBool_Check(ob)`: the values `range` answers arithmetically.
fn exact_int<'a>(vm: &Vm, ob: &'a ObjRef) -> Option<&'a Int> {
    if ob.is_exact(&vm.types.int) || ob.is_exact(&vm.types.bool) {
        ob.as_int()
    } else {
        None
    }
}

/// `range.index(x)`: arithmetic for an int, else `_PySequence_IterSearch` comparing with `==`.
fn m_index(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "index", 1)?;
    let r = rng(vm, o)?;
    let Some(i) = exact_int(vm, &a[0]) else {
        let it = range_iter(vm, o)?;
        let mut n: i64 = 0;
        while let Some(v) = vm.next(&it)? {
            if vm.eq(&v, &a[0])? {
                return Ok(vm.new_int(n));
            }
            n += 1;
        }
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    };
    if contains_int(r, i) {
        let idx = int::floordiv(&int::sub(i, &r.start), &r.step)
            .map_err(|e| super::int_type::arith_err(vm, e))?;
        return Ok(vm.new_int_from(idx));
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a[0])?)))
}

/// `range.count(x)`: 0 or 1 for an int, else the number of items equal to `x`.
fn m_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "count", 1)?;
    let r = rng(vm, o)?;
    if let Some(i) = exact_int(vm, &a[0]) {
        return Ok(vm.new_int(i64::from(contains_int(r, i))));
    }
    let it = range_iter(vm, o)?;
    let mut n: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

/// `range.__reduce__`: `(range, (start, stop, step))`.
fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let parts = vec![get_start(vm, o)?, get_stop(vm, o)?, get_step(vm, o)?];
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(parts)]))
}

fn get_start(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(rng(vm, o)?.start.clone()))
}

fn get_stop(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(rng(vm, o)?.stop.clone()))
}

fn get_step(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(rng(vm, o)?.step.clone()))
}

/// Fills `range`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.range;
    let s = Slots {
        repr: Slot::Native(range_repr),
        len: Slot::Native(range_len),
        bool: Slot::Native(range_bool),
        getitem: Slot::Native(range_getitem),
        contains: Slot::Native(range_contains),
        iter: Slot::Native(range_iter),
        richcompare: Slot::Native(range_richcompare),
        hash: Slot::Native(range_hash),
        new: Slot::Native(range_new),
        ..Slots::default()
    };
    vm.add_methods(
        t,
        &[
            ("__reversed__", m_reversed),
            ("index", m_index),
            ("count", m_count),
            ("__reduce__", m_reduce),
        ],
    );
    vm.add_getset(t, "start", get_start, None);
    vm.add_getset(t, "stop", get_stop, None);
    vm.add_getset(t, "step", get_step, None);
    crate::object::slot_resolve::install_static(vm, t, s);
}
