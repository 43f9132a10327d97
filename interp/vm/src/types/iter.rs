//! The built-in iterators — over lists, tuples, strings, bytes, ranges, dicts and sets, the
//! `__getitem__` sequence iterator, `iter(callable, sentinel)`, `enumerate`, `zip`, `map`,
//! `filter`, `reversed` — and the dict views (`keys()`, `values()`, `items()`), with CPython's
//! "changed size during iteration" checks.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::int::Int;
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` pairs.
    Items,
}

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum NativeIter {
    /// Index-based iteration over a list, tuple, str, bytes or bytearray (by payload), or via
    /// `__getitem__` for other sequences.
    Seq {
        /// The sequence.
        seq: ObjRef,
        /// Next index.
        index: usize,
    },
    /// `reversed(list)`.
    ListRev {
        /// The list.
        list: ObjRef,
        /// Next index (counting down; exhausted below 0).
        index: isize,
    },
    /// `iter(range)` for machine-sized ranges.
    Range {
        /// Next value.
        next: i64,
        /// Step.
        step: i64,
        /// Values left.
        remaining: u64,
        /// Values yielded (the `index` that `__reduce__` reports).
        index: u64,
    },
    /// `iter(range)` beyond machine size.
    LongRange {
        /// Next value.
        next: BigInt,
        /// Step.
        step: BigInt,
        /// Values left.
        remaining: BigInt,
        /// Values yielded.
        index: BigInt,
    },
    /// Over a dict.
    Dict {
        /// The dict.
        dict: ObjRef,
        /// Next entry slot (reverse iteration counts down from the end).
        pos: usize,
        /// The dict's size when iteration started.
        used: usize,
        /// Items still to yield.
        remaining: usize,
        /// What to yield.
        kind: DictIterKind,
        /// Newest first.
        reversed: bool,
        /// The items iterator's result tuple, for reuse (see [`result_tuple`]).
        result: Option<ObjRef>,
    },
    /// Over a set.
    Set {
        /// The set.
        set: ObjRef,
        /// Next table position.
        pos: usize,
        /// The set's size when iteration started.
        used: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The callable.
        func: ObjRef,
        /// Stop when it returns this.
        sentinel: ObjRef,
    },
    /// `enumerate`.
    Enumerate {
        /// The underlying iterator.
        it: ObjRef,
        /// Next count.
        count: Int,
        /// The result tuple, for reuse (see [`result_tuple`]).
        result: Option<ObjRef>,
    },
    /// `zip`.
    Zip {
        /// The iterators.
        its: Vec<ObjRef>,
        /// `strict=True`.
        strict: bool,
        /// The result tuple, for reuse (see [`result_tuple`]).
        result: Option<ObjRef>,
    },
    /// `map`.
    Map {
        /// The function.
        func: ObjRef,
        /// The iterators.
        its: Vec<ObjRef>,
    },
    /// `filter`; `func` None keeps truthy items.
    Filter {
        /// The predicate.
        func: Option<ObjRef>,
        /// The iterator.
        it: ObjRef,
    },
    /// `reversed(seq)` via `__len__`/`__getitem__`.
    Reversed {
        /// The sequence.
        seq: ObjRef,
        /// Next index (exhausted below 0).
        index: isize,
    },
    /// A dict view (not an iterator).
    View {
        /// The dict.
        dict: ObjRef,
        /// Which part.
        kind: DictIterKind,
    },
    /// Done.
    Exhausted,
}

impl NativeIter {
    /// Calls `f` on every object the iterator holds (its `tp_traverse`).
    pub fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        match self {
            NativeIter::Seq { seq: o, .. }
            | NativeIter::ListRev { list: o, .. }
            | NativeIter::Set { set: o, .. }
            | NativeIter::Reversed { seq: o, .. }
            | NativeIter::View { dict: o, .. } => f(o),
            NativeIter::Dict {
                dict: o, result, ..
            }
            | NativeIter::Enumerate { it: o, result, .. } => {
                f(o);
                result.iter().for_each(f);
            }
            NativeIter::Callable { func, sentinel } => {
                f(func);
                f(sentinel);
            }
            NativeIter::Zip { its, result, .. } => {
                its.iter().for_each(&mut *f);
                result.iter().for_each(f);
            }
            NativeIter::Map { func, its } => {
                f(func);
                its.iter().for_each(f);
            }
            NativeIter::Filter { func, it } => {
                if let Some(func) = func {
                    f(func);
                }
                f(it);
            }
            NativeIter::Range { .. } | NativeIter::LongRange { .. } | NativeIter::Exhausted => {}
        }
    }
}

fn new_iter(vm: &Vm, ty: &ObjRef, state: NativeIter) -> ObjRef {
    let _ = vm;
    Obj::new(ty.clone(), Payload::Iter(Box::new(RefCell::new(state))))
}

/// `iter(list)`.
pub fn new_list_iter(vm: &Vm, l: ObjRef) -> ObjRef {
    new_iter(
        vm,
        &vm.types.list_iterator,
        NativeIter::Seq { seq: l, index: 0 },
    )
}

/// `reversed(list)`.
pub fn new_list_reverse_iter(vm: &Vm, l: ObjRef) -> ObjRef {
    let n = l.as_list().map_or(0, |v| v.borrow().len()) as isize;
    new_iter(
        vm,
        &vm.types.list_reverseiterator,
        NativeIter::ListRev {
            list: l,
            index: n - 1,
        },
    )
}

/// `iter(tuple)`.
pub fn new_tuple_iter(vm: &Vm, t: ObjRef) -> ObjRef {
    new_iter(
        vm,
        &vm.types.tuple_iterator,
        NativeIter::Seq { seq: t, index: 0 },
    )
}

/// `iter(str)`.
pub fn new_str_iter(vm: &Vm, s: ObjRef) -> ObjRef {
    let ascii = s.as_str().is_some_and(|p| p.is_ascii());
    let ty = if ascii {
        &vm.types.str_ascii_iterator
    } else {
        &vm.types.str_iterator
    };
    new_iter(vm, ty, NativeIter::Seq { seq: s, index: 0 })
}

/// `iter(bytes)` / `iter(bytearray)`.
pub fn new_bytes_iter(vm: &Vm, b: ObjRef) -> ObjRef {
    let ty = if matches!(b.payload, Payload::ByteArray(_)) {
        &vm.types.bytearray_iterator
    } else {
        &vm.types.bytes_iterator
    };
    new_iter(vm, ty, NativeIter::Seq { seq: b, index: 0 })
}

/// The `__getitem__`-based iterator of `iter(seq)`.
pub fn new_seq_iter(vm: &Vm, seq: ObjRef) -> ObjRef {
    new_iter(
        vm,
        &vm.types.seq_iterator,
        NativeIter::Seq { seq, index: 0 },
    )
}

/// `iter(range)`.
pub fn new_range_iter(vm: &Vm, start: &Int, step: &Int, len: &Int) -> ObjRef {
    // Every value yielded, up to the last `start + (len - 1) * step`, must fit a machine
    // integer (a saturated product could hide an overflow of the last one).
    let fits = |a: i64, s: i64, n: i64| {
        let last = i128::from(a) + i128::from(s) * (i128::from(n) - 1).max(0);
        i64::try_from(last).is_ok()
    };
    if let (Some(a), Some(s), Some(n)) = (start.as_i64(), step.as_i64(), len.as_i64())
        && fits(a, s, n)
    {
        return new_iter(
            vm,
            &vm.types.range_iterator,
            NativeIter::Range {
                next: a,
                step: s,
                remaining: n as u64,
                index: 0,
            },
        );
    }
    new_iter(
        vm,
        &vm.types.longrange_iterator,
        NativeIter::LongRange {
            next: start.to_bigint(),
            step: step.to_bigint(),
            remaining: len.to_bigint(),
            index: BigInt::from(0),
        },
    )
}

/// Iterates a dict (forward or newest first).
pub fn new_dict_iter(vm: &Vm, d: ObjRef, kind: DictIterKind, reversed: bool) -> ObjRef {
    let (used, slots) = d
        .as_dict()
        .map_or((0, 0), |t| (t.borrow().len(), t.borrow().entry_slots()));
    let t = &vm.types;
    let ty = match (kind, reversed) {
        (DictIterKind::Keys, false) => &t.dict_keyiterator,
        (DictIterKind::Values, false) => &t.dict_valueiterator,
        (DictIterKind::Items, false) => &t.dict_itemiterator,
        (DictIterKind::Keys, true) => &t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => &t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => &t.dict_reverseitemiterator,
    };
    let it = new_iter(
        vm,
        ty,
        NativeIter::Dict {
            dict: d,
            pos: if reversed { slots } else { 0 },
            used,
            remaining: used,
            kind,
            reversed,
            result: None,
        },
    );
    // Dict and set iterators and dict views are containers the collector sees (CPython's
    // `dictiter_traverse`, `dictview_traverse`, `setiter_traverse`): a cycle through one, such
    // as an object holding an iterator over a dict keyed by the object, is collected.
    vm.gc_track(&it);
    it
}

/// A dict view.
pub fn new_dict_view(vm: &Vm, d: ObjRef, kind: DictIterKind) -> ObjRef {
    let ty = match kind {
        DictIterKind::Keys => &vm.types.dict_keys,
        DictIterKind::Values => &vm.types.dict_values,
        DictIterKind::Items => &vm.types.dict_items,
    };
    let view = Obj::new(
        ty.clone(),
        Payload::Iter(Box::new(RefCell::new(NativeIter::View { dict: d, kind }))),
    );
    vm.gc_track(&view);
    view
}

/// Iterates a set in table order.
pub fn new_set_iter(vm: &Vm, s: ObjRef) -> ObjRef {
    let used = super::set::set_len(&s);
    let it = new_iter(
        vm,
        &vm.types.set_iterator,
        NativeIter::Set {
            set: s,
            pos: 0,
            used,
        },
    );
    vm.gc_track(&it);
    it
}

pub(super) fn state<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<NativeIter>> {
    match &o.payload {
        Payload::Iter(s) => Ok(s),
        _ => Err(vm.internal("expected an iterator")),
    }
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `tp_iternext` of every built-in iterator.
fn iter_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let cell = state(vm, o)?;
    let r = step(vm, cell);
    if let Ok(None) = r {
        // Exhausted iterators drop their source, as CPython's do; range iterators hold no
        // source and keep their position, which `__reduce__` reports; `zip`, `map` and
        // `filter` keep their iterators and ask them again on the next call.
        let old = std::mem::replace(&mut *cell.borrow_mut(), NativeIter::Exhausted);
        if matches!(
            old,
            NativeIter::View { .. }
                | NativeIter::Range { .. }
                | NativeIter::LongRange { .. }
                | NativeIter::Zip { .. }
                | NativeIter::Map { .. }
                | NativeIter::Filter { .. }
        ) {
            *cell.borrow_mut() = old;
        }
    }
    r
}

/// `FOR_ITER`'s shortcut for the iterators loops use most (3.11's `FOR_ITER_RANGE` and
/// `FOR_ITER_LIST`): the next value of a range iterator or of an iterator over a list or tuple,
/// `Some(None)` when it is exhausted (its source dropped, as `iter_next` does), and None for
/// every other object, which takes the general `tp_iternext` path.
#[inline]
pub fn fast_next(vm: &Vm, o: &ObjRef) -> Option<Option<ObjRef>> {
    let Payload::Iter(cell) = &o.payload else {
        return None;
    };
    if !o.has_builtin_type() {
        return None;
    }
    let mut st = cell.try_borrow_mut().ok()?;
    if let Some(v) = advance_range(&mut st) {
        return Some(Some(vm.new_int(v)));
    }
    let v = match &mut *st {
        // Exhausted (a range with values left was advanced above).
        NativeIter::Range { .. } => None,
        NativeIter::Seq { seq, index } => {
            let v = match &seq.payload {
                Payload::List(l) => l.try_borrow().ok()?.get(*index).cloned(),
                Payload::Tuple(t) => t.get(*index).cloned(),
                _ => return None,
            };
            *index += 1;
            if v.is_some() {
                return Some(v);
            }
            None
        }
        _ => return None,
    };
    // Exhausted: the state (and with it the sequence) is released after the borrow ends.
    let old = std::mem::replace(&mut *st, NativeIter::Exhausted);
    drop(st);
    drop(old);
    Some(v)
}

/// The next value of a built-in range iterator that has one, advancing it; None for any other
/// iterator or an exhausted one (which [`fast_next`] then finishes).
#[inline]
pub fn next_range_value(o: &ObjRef) -> Option<i64> {
    let Payload::Iter(cell) = &o.payload else {
        return None;
    };
    if !o.has_builtin_type() {
        return None;
    }
    let mut st = cell.try_borrow_mut().ok()?;
    advance_range(&mut st)
}

/// Takes the next value of range iterator state that has one; None for an exhausted range or
/// any other state.
#[inline]
fn advance_range(st: &mut NativeIter) -> Option<i64> {
    match st {
        NativeIter::Range {
            next,
            step,
            remaining,
            index,
        } if *remaining != 0 => {
            let v = *next;
            *remaining -= 1;
            *index += 1;
            *next = next.wrapping_add(*step);
            Some(v)
        }
        _ => None,
    }
}

fn seq_item(vm: &Vm, seq: &ObjRef, index: usize) -> PyResult<Option<ObjRef>> {
    Ok(match &seq.payload {
        Payload::List(l) => l.borrow().get(index).cloned(),
        Payload::Tuple(t) => t.get(index).cloned(),
        Payload::Str(s) => (index < s.len()).then(|| vm.new_char(s.char_at(index))),
        Payload::Bytes(b) => b.get(index).map(|&x| vm.new_int(i64::from(x))),
        Payload::ByteArray(b) => b.borrow().get(index).map(|&x| vm.new_int(i64::from(x))),
        _ => {
            let key = vm.new_int(index as i64);
            match vm.getitem(seq, &key) {
                Ok(v) => Some(v),
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error)
                        || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        }
    })
}

pub(super) fn step(vm: &Vm, cell: &RefCell<NativeIter>) -> PyResult<Option<ObjRef>> {
    let mut st = cell.borrow_mut();
    match &mut *st {
        NativeIter::Seq { seq, index } => {
            let (seq, i) = (seq.clone(), *index);
            *index += 1;
            drop(st);
            seq_item(vm, &seq, i)
        }
        NativeIter::ListRev { list, index } => {
            let i = *index;
            *index -= 1;
            let v = match list.as_list() {
                Some(l) if i >= 0 => l.borrow().get(i as usize).cloned(),
                _ => None,
            };
            Ok(v)
        }
        NativeIter::Range {
            next,
            step,
            remaining,
            index,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *index += 1;
            *next = next.wrapping_add(*step);
            drop(st);
            Ok(Some(vm.new_int(v)))
        }
        NativeIter::LongRange {
            next,
            step,
            remaining,
            index,
        } => {
            if *remaining <= BigInt::from(0) {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1;
            *index += 1;
            *next += &*step;
            drop(st);
            Ok(Some(vm.new_bigint(v)))
        }
        NativeIter::Dict { .. } => {
            drop(st);
            dict_step(vm, cell)
        }
        NativeIter::Set { set, pos, used } => {
            let s = set.clone();
            if super::set::set_len(&s) != *used {
                *used = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            let r = super::set::entry_from(&s, pos);
            Ok(r)
        }
        _ => {
            drop(st);
            step_composite(vm, cell)
        }
    }
}

fn dict_step(vm: &Vm, cell: &RefCell<NativeIter>) -> PyResult<Option<ObjRef>> {
    let mut st = cell.borrow_mut();
    let NativeIter::Dict {
        dict,
        pos,
        used,
        remaining,
        kind,
        reversed,
        ..
    } = &mut *st
    else {
        return Ok(None);
    };
    let Some(t) = dict.as_dict() else {
        return Ok(None);
    };
    let t = t.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let entry = if *reversed {
        let mut found = None;
        while *pos > 0 {
            *pos -= 1;
            if let Some(e) = t.entry(*pos) {
                found = Some(e.clone());
                break;
            }
        }
        found
    } else {
        t.next_from(pos).cloned()
    };
    let Some(e) = entry else {
        return Ok(None);
    };
    // dictiter_iternextkey: an element found after as many as the dict held were produced
    // means keys were removed and others added; the iterator is then exhausted for good.
    if *remaining == 0 && !*reversed {
        *pos = usize::MAX;
        return Err(vm.runtime_error("dictionary keys changed during iteration"));
    }
    *remaining = remaining.saturating_sub(1);
    let kind = *kind;
    drop(t);
    drop(st);
    Ok(Some(match kind {
        DictIterKind::Keys => e.key,
        DictIterKind::Values => e.value,
        DictIterKind::Items => {
            let mut items = vm.take_args();
            items.extend([e.key, e.value]);
            let t = match &mut *cell.borrow_mut() {
                NativeIter::Dict { result, .. } => result_tuple(vm, result, &mut items),
                _ => vm.new_tuple(std::mem::take(&mut items)),
            };
            vm.give_args(items);
            t
        }
    }))
}

/// The result tuple of an `enumerate`, `zip` or dict items iterator, made of `items`. CPython's
/// iterators keep the tuple they made and refill it in place when they hold the only reference
/// to it (`Py_REFCNT(result) == 1` in `enum_next`, `zip_next` and `dictiter_iternextitem`), so
/// a loop that unpacks each item allocates nothing, and `id()` sees the tuple come back. After
/// a refill `items` holds the tuple's old items, which the caller drops once it holds no borrow
/// (a drop can run Python code).
fn result_tuple(vm: &Vm, slot: &mut Option<ObjRef>, items: &mut Vec<ObjRef>) -> ObjRef {
    if let Some(t) = slot
        && let Some(obj) = Rc::get_mut(t)
        && let Payload::Tuple(old) = &mut obj.payload
        && old.len() == items.len()
    {
        old.swap_with_slice(items);
        return t.clone();
    }
    let t = vm.new_tuple_untracked(std::mem::take(items));
    if slot.is_none() {
        *slot = Some(t.clone());
    }
    t
}

fn step_composite(vm: &Vm, cell: &RefCell<NativeIter>) -> PyResult<Option<ObjRef>> {
    let snapshot = {
        let st = cell.borrow();
        match &*st {
            NativeIter::Callable { func, sentinel } => {
                Composite::Callable(func.clone(), sentinel.clone())
            }
            NativeIter::Enumerate { it, count, .. } => {
                Composite::Enumerate(it.clone(), count.clone())
            }
            NativeIter::Zip { its, strict, .. } => {
                // A pooled vector: a step allocates nothing for the iterators' list.
                let mut v = vm.take_args();
                v.extend(its.iter().cloned());
                Composite::Zip(v, *strict)
            }
            NativeIter::Map { func, its } => {
                let mut v = vm.take_args();
                v.extend(its.iter().cloned());
                Composite::Map(func.clone(), v)
            }
            NativeIter::Filter { func, it } => Composite::Filter(func.clone(), it.clone()),
            NativeIter::Reversed { seq, index } => Composite::Reversed(seq.clone(), *index),
            _ => return Ok(None),
        }
    };
    match snapshot {
        Composite::Callable(func, sentinel) => {
            let v = match vm.call0(&func) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => return Ok(None),
                Err(e) => return Err(e),
            };
            if vm.eq(&v, &sentinel)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        Composite::Enumerate(it, count) => {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let next = super::int::add(&count, &Int::Small(1));
            let mut items = vm.take_args();
            items.extend([vm.new_int_from(count), v]);
            let t = match &mut *cell.borrow_mut() {
                NativeIter::Enumerate {
                    count: c, result, ..
                } => {
                    *c = next;
                    result_tuple(vm, result, &mut items)
                }
                _ => vm.new_tuple(std::mem::take(&mut items)),
            };
            vm.give_args(items);
            Ok(Some(t))
        }
        Composite::Zip(its, strict) => {
            let r = zip_step(vm, cell, &its, strict);
            vm.give_args(its);
            r
        }
        Composite::Map(func, its) => {
            let mut args = vm.take_args();
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.give_args(its);
            let r = vm.call_pos(&func, &args);
            vm.give_args(args);
            r.map(Some)
        }
        Composite::Filter(func, it) => loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = match &func {
                None => vm.truthy(&v)?,
                Some(f) => {
                    let r = vm.call_pos(f, std::slice::from_ref(&v))?;
                    vm.truthy(&r)?
                }
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Composite::Reversed(seq, index) => {
            if index < 0 {
                return Ok(None);
            }
            if let NativeIter::Reversed { index: i, .. } = &mut *cell.borrow_mut() {
                *i -= 1;
            }
            let key = vm.new_int(index as i64);
            match vm.getitem(&seq, &key) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error)
                        || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

enum Composite {
    Callable(ObjRef, ObjRef),
    Enumerate(ObjRef, Int),
    Zip(Vec<ObjRef>, bool),
    Map(ObjRef, Vec<ObjRef>),
    Filter(Option<ObjRef>, ObjRef),
    Reversed(ObjRef, isize),
}

/// One step of `zip`, with `strict=True`'s length checks.
fn zip_step(
    vm: &Vm,
    cell: &RefCell<NativeIter>,
    its: &[ObjRef],
    strict: bool,
) -> PyResult<Option<ObjRef>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut out = vm.take_args();
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => out.push(v),
            None => {
                if strict {
                    if i > 0 {
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{} 1{}",
                            i + 1,
                            if i == 1 { "" } else { "s" },
                            if i == 1 {
                                String::new()
                            } else {
                                format!("-{i}")
                            }
                        )));
                    }
                    for (j, rest) in its.iter().enumerate().skip(1) {
                        if vm.next(rest)?.is_some() {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{} 1{}",
                                j + 1,
                                if j == 1 { "" } else { "s" },
                                if j == 1 {
                                    String::new()
                                } else {
                                    format!("-{j}")
                                }
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    let t = match &mut *cell.borrow_mut() {
        NativeIter::Zip { result, .. } => result_tuple(vm, result, &mut out),
        _ => vm.new_tuple(std::mem::take(&mut out)),
    };
    vm.give_args(out);
    Ok(Some(t))
}

fn enumerate_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [iterable, start] = args.bind(vm, "enumerate", ["iterable", "start"], 0, 2, 1)?;
    let it = vm.iter(&iterable.ok_or_else(|| vm.internal("enumerate"))?)?;
    let count = match start {
        Some(s) => vm.index(&s)?,
        None => Int::Small(0),
    };
    Ok(vm.alloc_instance(
        cls,
        Payload::Iter(Box::new(RefCell::new(NativeIter::Enumerate {
            it,
            count,
            result: None,
        }))),
    ))
}

fn zip_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kw() {
        if vm.str_lossy(k) == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                vm.str_lossy(k)
            )));
        }
    }
    let mut its = Vec::new();
    for a in args.pos() {
        its.push(vm.iter(a)?);
    }
    Ok(vm.alloc_instance(
        cls,
        Payload::Iter(Box::new(RefCell::new(NativeIter::Zip {
            its,
            strict,
            result: None,
        }))),
    ))
}

fn map_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let args = args.no_kw_for_new(vm, cls, "map")?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &pos[1..] {
        its.push(vm.iter(a)?);
    }
    let func = pos[0].clone();
    Ok(vm.alloc_instance(
        cls,
        Payload::Iter(Box::new(RefCell::new(NativeIter::Map { func, its }))),
    ))
}

fn filter_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let args = args.no_kw_for_new(vm, cls, "filter")?;
    let a = args.range(vm, "filter", 2, 2)?;
    let func = (!vm.is_none(&a[0])).then(|| a[0].clone());
    let it = vm.iter(&a[1])?;
    Ok(vm.alloc_instance(
        cls,
        Payload::Iter(Box::new(RefCell::new(NativeIter::Filter { func, it }))),
    ))
}

fn reversed_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "reversed")?;
    let a = args.range(vm, "reversed", 1, 1)?;
    let seq = &a[0];
    if let Some(r) = vm.call_dunder_opt(seq, &vm.names.__reversed__, &[])?
        && !vm.is_none(&r)
    {
        return Ok(r);
    }
    let has_getitem = seq.slot(|s| s.getitem.is_present());
    if !has_getitem || matches!(seq.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)? as isize;
    Ok(vm.alloc_instance(
        cls,
        Payload::Iter(Box::new(RefCell::new(NativeIter::Reversed {
            seq: seq.clone(),
            index: n - 1,
        }))),
    ))
}

fn iter_length_hint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__length_hint__", 0)?;
    let st = state(vm, o)?.borrow();
    let n = match &*st {
        NativeIter::Seq { seq, index } => match &seq.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index),
            Payload::Tuple(t) => t.len().saturating_sub(*index),
            Payload::Str(s) => s.len().saturating_sub(*index),
            _ => 0,
        },
        NativeIter::Range { remaining, .. } => *remaining as usize,
        NativeIter::ListRev { index, .. } => (*index + 1).max(0) as usize,
        NativeIter::Dict { remaining, .. } => *remaining,
        NativeIter::Set { .. } => super::iter_pickle::set_remaining(vm, &st),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn view_parts(vm: &Vm, o: &ObjRef) -> PyResult<(ObjRef, DictIterKind)> {
    match &*state(vm, o)?.borrow() {
        NativeIter::View { dict, kind } => Ok((dict.clone(), *kind)),
        _ => Err(vm.internal("expected a dict view")),
    }
}

fn view_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    let (d, _) = view_parts(vm, o)?;
    Ok(d.as_dict().map_or(0, |t| t.borrow().len()))
}

fn view_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    let (d, kind) = view_parts(vm, o)?;
    Ok(new_dict_iter(vm, d, kind, false))
}

fn view_items(vm: &Vm, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let it = view_iter(vm, o)?;
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(v);
    }
    Ok(out)
}

/// `dictview_repr`: `dict_keys([...])`, and `...` for a view met again inside its own repr
/// (`Py_ReprEnter`).
fn view_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.new_str("..."));
    }
    let text = view_items(vm, o).and_then(|items| vm.repr_string(&vm.new_list(items)));
    vm.repr_leave(o);
    Ok(vm.new_str(format!("{}({})", vm.type_name(o), text?)))
}

fn view_contains(vm: &Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let (d, kind) = view_parts(vm, o)?;
    match kind {
        DictIterKind::Keys => vm.contains(&d, x),
        DictIterKind::Items => {
            let Some(pair) = x.as_tuple().filter(|t| t.len() == 2) else {
                return Ok(false);
            };
            match vm.dict_get(&d, &pair[0])? {
                Some(v) => vm.eq(&v, &pair[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            for v in view_items(vm, o)? {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `dictviews_isdisjoint`: whether no element of `other` is in the view.
fn view_isdisjoint(vm: &Vm, v: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isdisjoint", 1)?;
    let other = &a[0];
    if Rc::ptr_eq(v, other) {
        return Ok(vm.new_bool(vm.len(v)? == 0));
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(v, &x)? {
            return Ok(vm.false_obj.clone());
        }
    }
    Ok(vm.true_obj.clone())
}

fn view_reversed(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    let (d, kind) = view_parts(vm, o)?;
    Ok(new_dict_iter(vm, d, kind, true))
}

fn view_mapping(vm: &Vm, o: &ObjRef) -> PyResult {
    let (d, _) = view_parts(vm, o)?;
    Ok(Obj::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(d),
    ))
}

/// `_PyDictView_Intersect`: the elements of the other operand (or of the smaller view) that
/// the view contains, asked through the view's containment, which compares an item's value
/// with `==`; a set at least as big as the view does the work itself.
fn view_intersect(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (mut view, mut other) = if is_set_view(vm, a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    if other.is_exact(&vm.types.set) && len_view <= vm.len(other)? {
        return vm.call_method(other, "intersection", std::slice::from_ref(view));
    }
    if is_set_view(vm, other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = super::set::new_set_from(vm, Vec::new(), false)?;
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, view, &x)? {
            vm.call_method(&result, "add", &[x])?;
        }
    }
    Ok(result)
}

/// `dictitems_xor`: the symmetric difference of two items views, found by key lookups so that
/// unhashable values work.
fn items_xor(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (d1, _) = view_parts(vm, a)?;
    let (d2, _) = view_parts(vm, b)?;
    let temp = vm.new_dict();
    for (k, v) in vm.dict_items(&d2) {
        vm.dict_set(&temp, k, v)?;
    }
    let result = super::set::new_set_from(vm, Vec::new(), false)?;
    for (key, v1) in vm.dict_items(&d1) {
        let same = match vm.dict_get(&temp, &key)? {
            Some(v2) => vm.eq(&v1, &v2)?,
            None => false,
        };
        if same {
            vm.call_method(&temp, "pop", &[key])?;
        } else {
            vm.call_method(&result, "add", &[vm.new_tuple(vec![key, v1])])?;
        }
    }
    for (k, v) in vm.dict_items(&temp) {
        vm.call_method(&result, "add", &[vm.new_tuple(vec![k, v])])?;
    }
    Ok(result)
}

/// Set operations on key and item views produce sets.
fn view_setop(vm: &Vm, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
    let (left, right) = if is_set_view(vm, a) { (a, b) } else { (b, a) };
    if !is_set_view(vm, left) {
        return Ok(vm.not_implemented.clone());
    }
    if right.slot(|s| !s.iter.is_present()) && !matches!(right.payload, Payload::Iter(_)) {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        NbOp::And => return view_intersect(vm, a, b),
        NbOp::Xor if a.is_exact(&vm.types.dict_items) && b.is_exact(&vm.types.dict_items) => {
            return items_xor(vm, a, b);
        }
        _ => {}
    }
    let sa = super::set::new_set_from(vm, vm.collect(a)?, false)?;
    let name = match op {
        NbOp::And => "intersection_update",
        NbOp::Or => "update",
        NbOp::Sub => "difference_update",
        _ => "symmetric_difference_update",
    };
    vm.call_method(&sa, name, std::slice::from_ref(b))?;
    Ok(sa)
}

macro_rules! view_op {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
            view_setop(vm, a, b, $op)
        }
    };
}

view_op!(view_and, NbOp::And);
view_op!(view_or, NbOp::Or);
view_op!(view_sub, NbOp::Sub);
view_op!(view_xor, NbOp::Xor);

/// Whether `o` is a keys or items view (`PyDictViewSet_Check`).
fn is_set_view(vm: &Vm, o: &ObjRef) -> bool {
    o.is_exact(&vm.types.dict_keys) || o.is_exact(&vm.types.dict_items)
}

/// `all_contained_in`: whether every element of `a` is in `b`, asked in `a`'s order.
fn all_contained_in(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`: sizes first, then containment of one side's elements in the
/// other's, so an items view compares values with `==` and never hashes them.
fn view_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !is_set_view(vm, a) {
        return Ok(vm.not_implemented.clone());
    }
    let other_ok =
        matches!(b.payload, Payload::Set(_) | Payload::FrozenSet(..)) || is_set_view(vm, b);
    if !other_ok {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let ok = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let same = la == lb && all_contained_in(vm, a, b)?;
            same == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.new_bool(ok))
}

/// Fills the iterator and view types.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    let iter_slots = Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(iter_next),
        ..Slots::default()
    };
    for ty in [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.set_iterator,
        &t.callable_iterator,
        &t.seq_iterator,
    ] {
        vm.add_methods(ty, &[("__length_hint__", iter_length_hint)]);
        super::iter_pickle::install(vm, ty);
        crate::object::slot_resolve::install_static(vm, ty, iter_slots);
    }
    for (ty, new) in [
        (&t.enumerate, enumerate_new as crate::object::slots::NewFn),
        (&t.zip, zip_new),
        (&t.map, map_new),
        (&t.filter, filter_new),
        (&t.reversed, reversed_new),
    ] {
        let s = Slots {
            new: Slot::Native(new),
            ..iter_slots
        };
        crate::object::slot_resolve::install_static(vm, ty, s);
    }
    super::iter_pickle::install_composite(vm);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        let mut s = Slots {
            len: Slot::Native(view_len),
            iter: Slot::Native(view_iter),
            repr: Slot::Native(view_repr),
            contains: Slot::Native(view_contains),
            richcompare: Slot::Native(view_richcompare),
            ..Slots::default()
        };
        if !Rc::ptr_eq(ty, &t.dict_values) {
            let id = Rc::as_ptr(ty) as usize;
            s.nb[NbOp::And as usize] = NbSlot::Native(view_and, id);
            s.nb[NbOp::Or as usize] = NbSlot::Native(view_or, id);
            s.nb[NbOp::Sub as usize] = NbSlot::Native(view_sub, id);
            s.nb[NbOp::Xor as usize] = NbSlot::Native(view_xor, id);
        }
        vm.add_methods(ty, &[("__reversed__", view_reversed)]);
        if !Rc::ptr_eq(ty, &t.dict_values) {
            vm.add_methods(ty, &[("isdisjoint", view_isdisjoint)]);
        }
        vm.add_getset(ty, "mapping", view_mapping, None);
        crate::object::slot_resolve::install_static(vm, ty, s);
    }
    vm.set_unhashable(&t.dict_keys);
    vm.set_unhashable(&t.dict_items);
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(vm: &Vm, func: ObjRef, sentinel: ObjRef) -> ObjRef {
    new_iter(
        vm,
        &vm.types.callable_iterator,
        NativeIter::Callable { func, sentinel },
    )
}
