//! `__reduce__` and `__setstate__` of the built-in iterators, the protocol `pickle` and `copy`
//! save them by. CPython reduces an iterator to a call of the builtin `iter` (or `reversed`)
//! on its source plus the position `__setstate__` restores; a range iterator to `iter` of the
//! range it walks; a dict or set iterator to `iter` of a list of what it has left; an
//! exhausted one to `iter` of an empty container (`listiter_reduce_general`,
//! `rangeiter_reduce`, `dictiter_reduce`, `setiter_reduce`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::iter::{NativeIter, state, step};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Adds `__reduce__` (and `__setstate__` where CPython has one) to a built-in iterator type.
pub fn install(vm: &Vm, ty: &ObjRef) {
    vm.add_methods(ty, &[("__reduce__", iter_reduce)]);
    let t = &vm.types;
    let no_state = [
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.set_iterator,
        &t.callable_iterator,
    ];
    if !no_state.iter().any(|n| Rc::ptr_eq(n, ty)) {
        vm.add_methods(ty, &[("__setstate__", iter_setstate)]);
    }
}

/// Adds `__reduce__` to `enumerate`, `zip`, `map` and `filter`, and `zip`'s `__setstate__`
/// (its `strict` flag): each reduces to a call of its own type on the iterators it holds
/// (`enum_reduce`, `zip_reduce`, `map_reduce`, `filter_reduce`).
pub fn install_composite(vm: &Vm) {
    let t = &vm.types;
    for ty in [&t.enumerate, &t.zip, &t.map, &t.filter] {
        vm.add_methods(ty, &[("__reduce__", composite_reduce)]);
    }
    vm.add_methods(&t.zip, &[("__setstate__", zip_setstate)]);
    vm.add_methods(
        &t.reversed,
        &[
            ("__reduce__", reversed_reduce),
            ("__setstate__", reversed_setstate),
            ("__length_hint__", reversed_length_hint),
        ],
    );
}

/// `reversed.__length_hint__()`: the items left, 0 once exhausted or when the sequence
/// shrank below the position (`reversed_len`).
fn reversed_length_hint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__length_hint__", 0)?;
    let (seq, index) = match &*state(vm, o)?.borrow() {
        NativeIter::Reversed { seq, index } => (seq.clone(), *index),
        _ => return Ok(vm.new_int(0)),
    };
    let size = vm.len(&seq)? as isize;
    let position = index + 1;
    Ok(vm.new_int(if size < position { 0 } else { position } as i64))
}

/// `reversed.__reduce__`: `(reversed, (seq,), index)`, or `(reversed, ((),))` once exhausted
/// (`reversed_reduce`).
fn reversed_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let parts = match &*state(vm, o)?.borrow() {
        NativeIter::Reversed { seq, index } => vec![
            o.class(),
            vm.new_tuple(vec![seq.clone()]),
            vm.new_int(*index as i64),
        ],
        _ => vec![o.class(), vm.new_tuple(vec![vm.empty_tuple.clone()])],
    };
    Ok(vm.new_tuple(parts))
}

/// `reversed.__setstate__(index)`: clipped to `-1 ..= len(seq) - 1` (`reversed_setstate`).
fn reversed_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    let wanted = vm.ssize(&a[0])?;
    let seq = match &*state(vm, o)?.borrow() {
        NativeIter::Reversed { seq, .. } => seq.clone(),
        _ => return Ok(vm.none.clone()),
    };
    let n = vm.len(&seq)? as isize;
    let new = wanted.clamp(-1, (n - 1).max(-1));
    if let NativeIter::Reversed { index, .. } = &mut *state(vm, o)?.borrow_mut() {
        *index = new;
    }
    Ok(vm.none.clone())
}

fn composite_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let (call_args, strict) = match &*state(vm, o)?.borrow() {
        NativeIter::Zip { its, strict, .. } => (its.clone(), *strict),
        NativeIter::Enumerate { it, count, .. } => {
            (vec![it.clone(), vm.new_int_from(count.clone())], false)
        }
        NativeIter::Map { func, its } => {
            let mut all = vec![func.clone()];
            all.extend(its.iter().cloned());
            (all, false)
        }
        NativeIter::Filter { func, it } => {
            let func = func.clone().unwrap_or_else(|| vm.none.clone());
            (vec![func, it.clone()], false)
        }
        _ => (Vec::new(), false),
    };
    let mut parts = vec![o.class(), vm.new_tuple(call_args)];
    if strict {
        parts.push(vm.true_obj.clone());
    }
    Ok(vm.new_tuple(parts))
}

fn zip_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    let on = vm.truthy(&a[0])?;
    if let NativeIter::Zip { strict, .. } = &mut *state(vm, o)?.borrow_mut() {
        *strict = on;
    }
    Ok(vm.none.clone())
}

/// What a reduction needs, read out of the iterator's state before any Python code runs.
enum Shape {
    /// `(iter, (seq,), index)`, or `(reversed, (list,), index)`.
    Source(ObjRef, ObjRef, ObjRef),
    /// `(iter, (range(start, stop, step),), index)`.
    Range([ObjRef; 3], ObjRef),
    /// `(iter, (list(rest),))` of a dict or set iterator.
    Rest(NativeIter),
    /// `(iter, (callable, sentinel))`.
    Callable(ObjRef, ObjRef),
    /// Exhausted.
    Empty,
}

fn builtin(vm: &Vm, name: &str) -> PyResult {
    vm.getattr(&vm.builtins, &vm.intern(name))
}

fn shape(vm: &Vm, st: &NativeIter) -> PyResult<Shape> {
    Ok(match st {
        NativeIter::Seq { seq, index } => {
            Shape::Source(builtin(vm, "iter")?, seq.clone(), vm.new_int(*index as i64))
        }
        NativeIter::ListRev { list, index } => Shape::Source(
            vm.types.reversed.clone(),
            list.clone(),
            vm.new_int(*index as i64),
        ),
        NativeIter::Range {
            next,
            step,
            remaining,
            index,
        } => {
            // The range is rebuilt from where iteration began: `start + len * step` as stop.
            let (next, step) = (i128::from(*next), i128::from(*step));
            let start = next - i128::from(*index) * step;
            let stop = start + i128::from(*index + *remaining) * step;
            let parts = [start, stop, step].map(|v| vm.new_bigint(BigInt::from(v)));
            Shape::Range(parts, vm.new_int(*index as i64))
        }
        NativeIter::LongRange {
            next,
            step,
            remaining,
            index,
        } => {
            let start = next - index * step;
            let stop = &start + (index + remaining) * step;
            let parts = [start, stop, step.clone()].map(|v| vm.new_bigint(v));
            Shape::Range(parts, vm.new_bigint(index.clone()))
        }
        NativeIter::Dict {
            dict,
            pos,
            used,
            remaining,
            kind,
            reversed,
            ..
        } => Shape::Rest(NativeIter::Dict {
            dict: dict.clone(),
            pos: *pos,
            used: *used,
            remaining: *remaining,
            kind: *kind,
            reversed: *reversed,
            result: None,
        }),
        NativeIter::Set { set, pos, used } => Shape::Rest(NativeIter::Set {
            set: set.clone(),
            pos: *pos,
            used: *used,
        }),
        NativeIter::Callable { func, sentinel } => Shape::Callable(func.clone(), sentinel.clone()),
        _ => Shape::Empty,
    })
}

/// What a copy of a dict or set iterator would still yield.
fn rest(vm: &Vm, copy: NativeIter) -> PyResult<Vec<ObjRef>> {
    let cell = RefCell::new(copy);
    let mut out = Vec::new();
    while let Some(v) = step(vm, &cell)? {
        out.push(v);
    }
    Ok(out)
}

/// `set_iterator.__length_hint__`: what is left while the set keeps its size, else 0
/// (`setiter_len`).
pub fn set_remaining(vm: &Vm, st: &NativeIter) -> usize {
    match st {
        NativeIter::Set { set, pos, used } => rest(
            vm,
            NativeIter::Set {
                set: set.clone(),
                pos: *pos,
                used: *used,
            },
        )
        .map_or(0, |v| v.len()),
        _ => 0,
    }
}

/// The empty container an exhausted iterator of type `ty` reduces to.
fn empty_source(vm: &Vm, ty: &ObjRef) -> ObjRef {
    let t = &vm.types;
    if Rc::ptr_eq(ty, &t.str_iterator) || Rc::ptr_eq(ty, &t.str_ascii_iterator) {
        return vm.new_str("");
    }
    let lists = [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.set_iterator,
    ];
    if lists.iter().any(|l| Rc::ptr_eq(l, ty)) {
        return vm.new_list(Vec::new());
    }
    vm.new_tuple(Vec::new())
}

fn iter_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let shape = shape(vm, &state(vm, o)?.borrow())?;
    Ok(match shape {
        Shape::Source(f, seq, index) => vm.new_tuple(vec![f, vm.new_tuple(vec![seq]), index]),
        Shape::Range([start, stop, step], index) => {
            let range = vm.call_pos(&vm.types.range, &[start, stop, step])?;
            vm.new_tuple(vec![builtin(vm, "iter")?, vm.new_tuple(vec![range]), index])
        }
        Shape::Rest(copy) => {
            let items = vm.new_list(rest(vm, copy)?);
            vm.new_tuple(vec![builtin(vm, "iter")?, vm.new_tuple(vec![items])])
        }
        Shape::Callable(func, sentinel) => vm.new_tuple(vec![
            builtin(vm, "iter")?,
            vm.new_tuple(vec![func, sentinel]),
        ]),
        Shape::Empty => {
            let empty = empty_source(vm, &o.class());
            vm.new_tuple(vec![builtin(vm, "iter")?, vm.new_tuple(vec![empty])])
        }
    })
}

/// The length of a sequence an index iterator walks, where CPython clips the restored
/// index to it (lists, tuples, strings, bytes); None for `__getitem__` sequences.
fn source_len(seq: &ObjRef) -> Option<usize> {
    use crate::object::Payload;
    match &seq.payload {
        Payload::List(l) => Some(l.borrow().len()),
        Payload::Tuple(t) => Some(t.len()),
        Payload::Str(s) => Some(s.len()),
        Payload::Bytes(b) => Some(b.len()),
        Payload::ByteArray(b) => Some(b.borrow().len()),
        _ => None,
    }
}

/// `__setstate__(index)`: the position to resume from, silently clipped to the source
/// (`listiter_setstate`, `rangeiter_setstate`, ...); an exhausted iterator ignores it.
fn iter_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    let wanted = vm.index(&a[0])?.to_bigint();
    let cell = state(vm, o)?;
    let mut st = cell.borrow_mut();
    let clip = |lo: i128, hi: i128| -> i128 {
        let w = i128::try_from(&wanted).unwrap_or(if wanted.sign() == num_bigint::Sign::Minus {
            i128::MIN
        } else {
            i128::MAX
        });
        w.clamp(lo, hi.max(lo))
    };
    match &mut *st {
        NativeIter::Seq { seq, index } => {
            let hi = source_len(seq).map_or(i128::from(i64::MAX), |n| n as i128);
            *index = clip(0, hi) as usize;
        }
        NativeIter::ListRev { list, index } => {
            let n = list.as_list().map_or(0, |l| l.borrow().len()) as i128;
            *index = clip(-1, n - 1) as isize;
        }
        NativeIter::Range {
            next,
            step,
            remaining,
            index,
        } => {
            let total = i128::from(*index + *remaining);
            let start = i128::from(*next) - i128::from(*index) * i128::from(*step);
            let new = clip(0, total);
            *next = (start + new * i128::from(*step)) as i64;
            *index = new as u64;
            *remaining = (total - new) as u64;
        }
        NativeIter::LongRange {
            next,
            step,
            remaining,
            index,
        } => {
            let total = &*index + &*remaining;
            let start = &*next - &*index * &*step;
            let new = wanted.clone().clamp(BigInt::from(0), total.clone());
            *next = start + &new * &*step;
            *remaining = total - &new;
            *index = new;
        }
        _ => {}
    }
    Ok(vm.none.clone())
}
