//! `collections.deque` and its two iterator types, as `Modules/_collectionsmodule.c` defines
//! them: the same methods, reprs and error texts, and the same mutation counter (`state`), so
//! that iterating or searching a deque that Python code changes meanwhile fails as in CPython.
//!
//! The items live in a `VecDeque`; it is never borrowed while Python code runs (comparisons,
//! reprs, iteration of an argument): items are cloned out first.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::CompareOp;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::tuple::{compare_seq, norm_index, repeat_count};

/// A deque's state.
pub struct Deque {
    items: RefCell<VecDeque<ObjRef>>,
    /// None when unbounded.
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length or order that iterators must notice (`deque->state`).
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(f);
        }
    }

    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    /// A deque has a weak-reference list (`deque_weakreflist`).
    fn weakrefable(&self) -> bool {
        true
    }
}

/// The state of a deque iterator (forward or reverse).
pub struct DequeIter {
    deque: ObjRef,
    /// Items already produced.
    index: Cell<usize>,
    /// Items left to produce (`counter`).
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        f(&self.deque);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn native<'a, T: 'static>(vm: &Vm, o: &'a ObjRef, what: &str) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<T>()
            .ok_or_else(|| vm.internal(what)),
        _ => Err(vm.internal(what)),
    }
}

fn dq<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Deque> {
    native::<Deque>(vm, o, "expected a deque")
}

fn is_deque(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Native(n) if n.as_any().is::<Deque>())
}

impl Deque {
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn snapshot(&self) -> Vec<ObjRef> {
        self.items.borrow().iter().cloned().collect()
    }

    /// `deque_append_internal`: appends, then drops from the left past `maxlen`.
    fn push_back(&self, v: ObjRef) {
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_back(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(trimmed);
    }

    fn push_front(&self, v: ObjRef) {
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_front(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(trimmed);
    }

    fn item(&self, i: usize) -> Option<ObjRef> {
        self.items.borrow().get(i).cloned()
    }

    fn rotate(&self, n: isize) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len > 1 {
            let k = n.rem_euclid(len as isize) as usize;
            items.rotate_right(k);
        }
    }

    fn take_all(&self) -> VecDeque<ObjRef> {
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

/// The qualified name of the deque type, also its key among the native types.
pub const DEQUE: &str = "collections.deque";
const ITER: &str = "_collections._deque_iterator";
const REV_ITER: &str = "_collections._deque_reverse_iterator";

fn new_deque_obj(vm: &Vm, cls: &ObjRef, maxlen: Option<usize>) -> ObjRef {
    let d = Deque {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    };
    vm.alloc_instance(cls, Payload::Native(Box::new(d)))
}

fn deque_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(new_deque_obj(vm, cls, None))
}

/// `deque(iterable=(), maxlen=None)`: clears a deque already filled, then extends it.
fn deque_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [iterable, maxlen] = args.bind(vm, "deque", ["iterable", "maxlen"], 0, 2, 0)?;
    let d = dq(vm, o)?;
    let maxlen = match maxlen.filter(|m| !vm.is_none(m)) {
        None => None,
        Some(m) => {
            if m.as_int().is_none() && !m.slot(|s| s.index.is_present()) {
                return Err(vm.type_error("an integer is required"));
            }
            let m = vm.ssize(&m)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        let old = d.take_all();
        d.bump();
        drop(old);
    }
    if let Some(src) = iterable {
        extend(vm, o, &src, false)?;
    }
    Ok(vm.none.clone())
}

/// `extend`/`extendleft`: a deque extended by itself reads a copy first.
fn extend(vm: &Vm, o: &ObjRef, src: &ObjRef, left: bool) -> PyResult<()> {
    let d = dq(vm, o)?;
    if Rc::ptr_eq(o, src) {
        let items = d.snapshot();
        for v in items {
            push(d, v, left);
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    while let Some(v) = vm.next(&it)? {
        push(d, v, left);
    }
    Ok(())
}

fn push(d: &Deque, v: ObjRef, left: bool) {
    if left {
        d.push_front(v)
    } else {
        d.push_back(v)
    }
}

fn m_append(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "append", 1)?;
    dq(vm, o)?.push_back(a[0].clone());
    Ok(vm.none.clone())
}

fn m_appendleft(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "appendleft", 1)?;
    dq(vm, o)?.push_front(a[0].clone());
    Ok(vm.none.clone())
}

fn m_extend(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "extend", 1)?;
    extend(vm, o, &a[0], false)?;
    Ok(vm.none.clone())
}

fn m_extendleft(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "extendleft", 1)?;
    extend(vm, o, &a[0], true)?;
    Ok(vm.none.clone())
}

fn pop_end(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, left: bool) -> PyResult {
    args.exact(vm, name, 0)?;
    let d = dq(vm, o)?;
    let v = {
        let mut items = d.items.borrow_mut();
        if left {
            items.pop_front()
        } else {
            items.pop_back()
        }
    };
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn m_pop(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pop_end(vm, o, args, "pop", false)
}

fn m_popleft(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pop_end(vm, o, args, "popleft", true)
}

fn m_rotate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "rotate", 0, 1)?;
    let n = match a.first() {
        Some(n) => vm.index_isize(n)?,
        None => 1,
    };
    let d = dq(vm, o)?;
    d.rotate(n);
    d.bump();
    Ok(vm.none.clone())
}

fn m_reverse(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "reverse", 0)?;
    let d = dq(vm, o)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none.clone())
}

fn m_clear(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    let d = dq(vm, o)?;
    let old = d.take_all();
    d.bump();
    drop(old);
    Ok(vm.none.clone())
}

/// `deque.copy()`: an exact deque copies directly; a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`.
fn copy_of(vm: &Vm, o: &ObjRef) -> PyResult {
    let d = dq(vm, o)?;
    let cls = o.class();
    if let Some(t) = vm.find_native_type(DEQUE)
        && Rc::ptr_eq(&cls, &t)
    {
        let new = new_deque_obj(vm, &cls, d.maxlen.get());
        let nd = dq(vm, &new)?;
        *nd.items.borrow_mut() = d.items.borrow().clone();
        return Ok(new);
    }
    match d.maxlen.get() {
        Some(m) => vm.call_pos(&cls, &[o.clone(), vm.new_int(m as i64)]),
        None => vm.call_pos(&cls, std::slice::from_ref(o)),
    }
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    copy_of(vm, o)
}

fn m_dunder_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__copy__", 0)?;
    copy_of(vm, o)
}

/// Compares `d[i]` with `v` for each `i` in `range`, failing when the deque changes meanwhile.
fn find(
    vm: &Vm,
    d: &Deque,
    v: &ObjRef,
    range: std::ops::Range<usize>,
    mutated: &ObjRef,
) -> PyResult<Option<usize>> {
    let start = d.state.get();
    for i in range {
        let Some(item) = d.item(i) else { break };
        let equal = vm.eq(&item, v)?;
        if d.state.get() != start {
            return Err(vm.error(mutated, "deque mutated during iteration"));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn m_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "count", 1)?;
    let d = dq(vm, o)?;
    let start = d.state.get();
    let mut n = 0;
    for i in 0..d.len() {
        let Some(item) = d.item(i) else { break };
        let equal = vm.eq(&item, &a[0])?;
        if d.state.get() != start {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        n += equal as i64;
    }
    Ok(vm.new_int(n))
}

fn deque_contains(vm: &Vm, o: &ObjRef, v: &ObjRef) -> PyResult<bool> {
    let d = dq(vm, o)?;
    Ok(find(vm, d, v, 0..d.len(), &vm.exc.runtime_error)?.is_some())
}

fn m_index(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "index", 1, 3)?;
    let d = dq(vm, o)?;
    let (start, stop) = crate::types::list::index_bounds(vm, a, d.len())?;
    let start = start.min(stop);
    match find(vm, d, &a[0], start..stop, &vm.exc.runtime_error)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&a[0])?))),
    }
}

fn m_remove(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "remove", 1)?;
    let d = dq(vm, o)?;
    match find(vm, d, &a[0], 0..d.len(), &vm.exc.index_error)? {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&a[0])?))),
    }
}

/// `deque.insert(i, x)`: positions clamp as `list.insert`'s do.
fn m_insert(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "insert", 2)?;
    let i = vm.index_isize(&a[0])?;
    let d = dq(vm, o)?;
    let n = d.len() as isize;
    if d.maxlen.get() == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.items.borrow_mut().insert(at, a[1].clone());
    d.bump();
    Ok(vm.none.clone())
}

/// Reads `d[i]`'s index: deques have only the sequence protocol.
fn seq_index(vm: &Vm, key: &ObjRef) -> PyResult<isize> {
    if key.as_int().is_some() || key.slot(|s| s.index.is_present()) {
        return vm.index_isize(key);
    }
    Err(vm.type_error(format!(
        "sequence index must be integer, not '{}'",
        vm.type_name(key)
    )))
}

fn deque_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let i = seq_index(vm, key)?;
    let d = dq(vm, o)?;
    norm_index(i, d.len())
        .and_then(|j| d.item(j))
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &Vm, o: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let i = seq_index(vm, key)?;
    let d = dq(vm, o)?;
    let Some(j) = norm_index(i, d.len()) else {
        return Err(vm.index_error("deque index out of range"));
    };
    let old = match value {
        Some(v) => std::mem::replace(&mut d.items.borrow_mut()[j], v.clone()),
        None => {
            let old = d.items.borrow_mut().remove(j);
            d.bump();
            old.ok_or_else(|| vm.internal("deque del"))?
        }
    };
    drop(old);
    Ok(())
}

fn deque_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(dq(vm, o)?.len())
}

/// `deque([1, 2], maxlen=3)`; a deque inside itself shows as `[...]`.
fn deque_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.new_str("[...]"));
    }
    let r = repr_body(vm, o);
    vm.repr_leave(o);
    Ok(vm.new_str(r?))
}

fn repr_body(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let d = dq(vm, o)?;
    let list = vm.new_list(d.snapshot());
    let items = vm.repr_string(&list)?;
    let full = vm.type_name(o);
    let name = full.rsplit('.').next().unwrap_or(&full);
    Ok(match d.maxlen.get() {
        Some(m) => format!("{name}({items}, maxlen={m})"),
        None => format!("{name}({items})"),
    })
}

fn deque_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !is_deque(a) || !is_deque(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (dq(vm, a)?.snapshot(), dq(vm, b)?.snapshot());
    compare_seq(vm, &x, &y, op)
}

fn deque_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if !is_deque(b) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(b)
        )));
    }
    let new = copy_of(vm, a)?;
    extend(vm, &new, b, false)?;
    Ok(new)
}

fn deque_inplace_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    extend(vm, a, b, false)?;
    Ok(a.clone())
}

/// `d *= n`: repeats in place, then trims to `maxlen` from the left as appends would.
fn deque_inplace_repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let d = dq(vm, a)?;
    let items = d.snapshot();
    let n = repeat_count(vm, n, items.len(), std::mem::size_of::<ObjRef>())?;
    if n == 1 {
        return Ok(a.clone());
    }
    if n == 0 || items.is_empty() {
        let old = d.take_all();
        d.bump();
        drop(old);
        return Ok(a.clone());
    }
    for _ in 1..n {
        for v in &items {
            d.push_back(v.clone());
        }
    }
    Ok(a.clone())
}

fn deque_repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let new = copy_of(vm, a)?;
    deque_inplace_repeat(vm, &new, n)
}

fn get_maxlen(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(match dq(vm, o)?.maxlen.get() {
        Some(m) => vm.new_int(m as i64),
        None => vm.none.clone(),
    })
}

fn new_iter(vm: &Vm, o: &ObjRef, reverse: bool) -> PyResult {
    let d = dq(vm, o)?;
    let st = DequeIter {
        deque: o.clone(),
        index: Cell::new(0),
        counter: Cell::new(d.len()),
        state: d.state.get(),
        reverse,
    };
    let name = if reverse { REV_ITER } else { ITER };
    let cls = vm.native_type(name, || make_iter_type(vm, name));
    let it = Obj::new(cls, Payload::Native(Box::new(st)));
    vm.gc_track(&it);
    Ok(it)
}

fn deque_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    new_iter(vm, o, false)
}

fn m_reversed(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    new_iter(vm, o, true)
}

/// `__getstate__` as `_PyObject_GetState` gives it for a deque: the instance dict of a
/// subclass when it holds anything, else None.
fn reduce_state(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(match o.dict() {
        Some(d) if vm.len(&d)? > 0 => d,
        _ => vm.none.clone(),
    })
}

/// `deque.__reduce__()`: `(type, (), state, iter(d))`, with `((), maxlen)` when bounded.
fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let d = dq(vm, o)?;
    let ctor_args = match d.maxlen.get() {
        Some(m) => vm.new_tuple(vec![vm.empty_tuple.clone(), vm.new_int(m as i64)]),
        None => vm.empty_tuple.clone(),
    };
    let state = reduce_state(vm, o)?;
    let it = vm.iter(o)?;
    Ok(vm.new_tuple(vec![o.class(), ctor_args, state, it]))
}

fn m_class_getitem(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__class_getitem__", 1)?;
    crate::types::alias::new_generic(vm, cls, &a[0])
}

/// `dequeiter_next`: a change of the deque is reported even after the end.
fn iter_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = native::<DequeIter>(vm, o, "expected a deque iterator")?;
    let d = dq(vm, &it.deque)?;
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return Ok(None);
    }
    let i = it.index.get();
    let len = d.len();
    let at = if it.reverse {
        len.checked_sub(i + 1)
    } else {
        Some(i)
    };
    let v = at.and_then(|j| d.item(j));
    it.index.set(i + 1);
    it.counter.set(it.counter.get() - 1);
    Ok(v)
}

fn iter_length_hint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__length_hint__", 0)?;
    let it = native::<DequeIter>(vm, o, "expected a deque iterator")?;
    Ok(vm.new_int(it.counter.get() as i64))
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn iter_new(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("cannot create '_collections._deque_iterator' instances"))
}

fn make_iter_type(vm: &Vm, name: &str) -> ObjRef {
    let t =
        crate::types::new_static_type(&vm.types.type_, name, &vm.types.object, Layout::Opaque, 0);
    let s = Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(iter_next),
        new: Slot::Native(iter_new),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    vm.add_methods(&t, &[("__length_hint__", iter_length_hint)]);
    t
}

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

/// Makes `collections.deque`.
pub fn make_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        DEQUE,
        &vm.types.object,
        Layout::Opaque,
        BASETYPE | crate::object::typeobj::SEQUENCE,
    );
    let s = Slots {
        repr: Slot::Native(deque_repr),
        len: Slot::Native(deque_len),
        getitem: Slot::Native(deque_getitem),
        setitem: Slot::Native(deque_setitem),
        contains: Slot::Native(deque_contains),
        richcompare: Slot::Native(deque_richcompare),
        iter: Slot::Native(deque_iter),
        new: Slot::Native(deque_new),
        init: Slot::Native(deque_init),
        sq_concat: Slot::Native(deque_concat),
        sq_repeat: Slot::Native(deque_repeat),
        sq_inplace_concat: Slot::Native(deque_inplace_concat),
        sq_inplace_repeat: Slot::Native(deque_inplace_repeat),
        ..Slots::default()
    };
    vm.add_methods(
        &t,
        &[
            ("append", m_append),
            ("appendleft", m_appendleft),
            ("extend", m_extend),
            ("extendleft", m_extendleft),
            ("pop", m_pop),
            ("popleft", m_popleft),
            ("rotate", m_rotate),
            ("reverse", m_reverse),
            ("clear", m_clear),
            ("copy", m_copy),
            ("__copy__", m_dunder_copy),
            ("count", m_count),
            ("index", m_index),
            ("insert", m_insert),
            ("remove", m_remove),
            ("__reversed__", m_reversed),
            ("__reduce__", m_reduce),
        ],
    );
    vm.add_classmethod(&t, "__class_getitem__", m_class_getitem);
    vm.add_getset(&t, "maxlen", get_maxlen, None);
    vm.type_dict_set(&t, vm.intern("__doc__"), vm.new_str(DOC));
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    vm.set_unhashable(&t);
    t
}

/// Makes the two iterator types (published by the module).
pub fn iter_types(vm: &Vm) -> [ObjRef; 2] {
    [
        vm.native_type(ITER, || make_iter_type(vm, ITER)),
        vm.native_type(REV_ITER, || make_iter_type(vm, REV_ITER)),
    ]
}
