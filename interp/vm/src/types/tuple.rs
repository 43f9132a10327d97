//! `tuple`, and the sequence helpers `list`, `str` and `bytes` share: index normalisation,
//! slice resolution (`PySlice_Unpack` + `PySlice_AdjustIndices`), element-wise comparison.

use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A resolved slice: start, stop, step and the number of items it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    /// First index.
    pub start: isize,
    /// Stop index (exclusive).
    pub stop: isize,
    /// Step (never 0).
    pub step: isize,
    /// How many indices.
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as isize * self.step) as usize)
    }
}

/// Resolves `slice` against a sequence of length `len`.
pub fn resolve_slice(vm: &Vm, slice: &ObjRef, len: usize) -> PyResult<SliceIdx> {
    let Payload::Slice(s) = &slice.payload else {
        return Err(vm.internal("expected a slice"));
    };
    let bound = |o: &ObjRef| -> PyResult<Option<isize>> {
        if vm.is_none(o) {
            return Ok(None);
        }
        // An int (a subclass too: `PyNumber_Index` gives it as it is) needs no `__index__`.
        if let Some(i) = o.as_int().and_then(crate::types::int::Int::as_i64) {
            return Ok(Some(i as isize));
        }
        if o.as_int().is_none() && !o.slot(|s| s.index).is_present() {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        // Out-of-range bounds clamp, as `_PyEval_SliceIndex` saturates.
        let i = vm.index(o)?;
        Ok(Some(match i.as_i64() {
            Some(v) => v as isize,
            None if i.is_negative() => isize::MIN + 1,
            None => isize::MAX,
        }))
    };
    let step = bound(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let start = bound(&s.start)?;
    let stop = bound(&s.stop)?;
    Ok(SliceIdx::resolve(start, stop, step, len))
}

impl SliceIdx {
    /// The selected items of `items`, in slice order; indices past its end (a sequence that a
    /// bound's `__index__` shrank after the slice was resolved) are left out. A step of 1 is
    /// one copy of a range.
    pub fn select<T: Clone>(&self, items: &[T]) -> Vec<T> {
        if self.step == 1 {
            let start = (self.start.max(0) as usize).min(items.len());
            let stop = (start + self.len).min(items.len());
            return items[start..stop].to_vec();
        }
        if self.len == 0 {
            return Vec::new();
        }
        // The last index selected (computed only when there is one: with no items, a step of
        // `-PY_SSIZE_T_MAX` would overflow it).
        let last = self.start + (self.len as isize - 1) * self.step;
        let in_range = |i: isize| (0..items.len() as isize).contains(&i);
        if in_range(self.start) && in_range(last) {
            // Every index lies between the two ends: the collect knows its length.
            return self.indices().map(|i| items[i].clone()).collect();
        }
        // Sized up front: `filter_map` promises no length, so collecting would grow the vector.
        let mut out = Vec::with_capacity(self.len);
        out.extend(self.indices().filter_map(|i| items.get(i).cloned()));
        out
    }

    /// `PySlice_AdjustIndices`: the bounds (None where the slice has None) clamped to a
    /// sequence of length `len`. `step` must not be 0.
    #[inline]
    pub fn resolve(start: Option<isize>, stop: Option<isize>, step: isize, len: usize) -> Self {
        // `PySlice_Unpack` raises the step to `-PY_SSIZE_T_MAX` so that `-step` cannot overflow.
        let step = step.max(-isize::MAX);
        let len = len as isize;
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let adjust = |v: Option<isize>, default: isize| -> isize {
            match v {
                None => default,
                Some(mut v) => {
                    if v < 0 {
                        v += len;
                        if v < 0 {
                            v = if step < 0 { -1 } else { 0 };
                        }
                    } else if v >= len {
                        v = if step < 0 { len - 1 } else { len };
                    }
                    v
                }
            }
        };
        let start = adjust(start, lo_default);
        let stop = adjust(stop, hi_default);
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        SliceIdx {
            start,
            stop,
            step,
            len: count as usize,
        }
    }
}

/// Normalises a sequence index (negative counts from the end); None when out of range.
pub fn norm_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as isize } else { i };
    (0..len as isize).contains(&j).then_some(j as usize)
}

/// Reads an index argument for `seq[i]`: ints and `__index__`, else the type's message.
pub fn index_arg(vm: &Vm, key: &ObjRef, what: &str) -> PyResult<isize> {
    if let Some(i) = key.as_int() {
        return i.as_i64().map(|v| v as isize).ok_or_else(|| {
            vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(key)
            ))
        });
    }
    if key.slot(|s| s.index).is_present() {
        return vm.index_isize(key);
    }
    Err(vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        vm.type_name(key)
    )))
}

/// Compares two sequences item by item (`tuplerichcompare`/`list_richcompare`).
pub fn compare_seq(vm: &Vm, a: &[ObjRef], b: &[ObjRef], op: CompareOp) -> PyResult {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if !vm.eq(&a[i], &b[i])? {
            break;
        }
        i += 1;
    }
    if i >= a.len() || i >= b.len() {
        return Ok(vm.new_bool(op.test(a.len().cmp(&b.len()))));
    }
    match op {
        CompareOp::Eq => Ok(vm.new_bool(false)),
        CompareOp::Ne => Ok(vm.new_bool(true)),
        // The first differing items decide, and their comparison's result is returned as it
        // is, not made a bool (`tuplerichcompare` ends in `PyObject_RichCompare`).
        _ => vm.rich_compare(&a[i], &b[i], op),
    }
}

/// `repr` of a sequence's items between brackets, guarding against self-reference.
pub fn repr_items(
    vm: &Vm,
    obj: &ObjRef,
    items: &[ObjRef],
    open: &str,
    close: &str,
) -> PyResult<String> {
    if !vm.repr_enter(obj) {
        return Ok(format!("{open}...{close}"));
    }
    let r = join_reprs(vm, items, open, close);
    vm.repr_leave(obj);
    r
}

/// The reprs of `items` between `open` and `close`, comma-separated.
pub fn join_reprs(vm: &Vm, items: &[ObjRef], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(it)?);
    }
    out.push_str(close);
    Ok(out)
}

fn items(vm: &Vm, t: &ObjRef) -> PyResult<Rc<[ObjRef]>> {
    match &t.payload {
        Payload::Tuple(items) => Ok(items.iter().cloned().collect()),
        _ => Err(vm.internal("expected a tuple")),
    }
}

fn tuple_repr(vm: &Vm, t: &ObjRef) -> PyResult {
    let it = items(vm, t)?;
    if it.is_empty() {
        return Ok(vm.new_str("()"));
    }
    if it.len() == 1 {
        if !vm.repr_enter(t) {
            return Ok(vm.new_str("(...)"));
        }
        let r = vm.repr_string(&it[0]);
        vm.repr_leave(t);
        return Ok(vm.new_str(format!("({},)", r?)));
    }
    Ok(vm.new_str(repr_items(vm, t, &it, "(", ")")?))
}

fn tuple_hash(vm: &Vm, t: &ObjRef) -> PyResult<i64> {
    let it = items(vm, t)?;
    let mut hashes = Vec::with_capacity(it.len());
    for x in it.iter() {
        hashes.push(vm.hash(x)?);
    }
    Ok(krait_compiler::pyhash::hash_tuple(&hashes))
}

fn tuple_len(vm: &Vm, t: &ObjRef) -> PyResult<usize> {
    Ok(t.as_tuple().ok_or_else(|| vm.internal("tuple"))?.len())
}

fn tuple_getitem(vm: &Vm, t: &ObjRef, key: &ObjRef) -> PyResult {
    let it = t.as_tuple().ok_or_else(|| vm.internal("tuple"))?;
    if let Payload::Slice(_) = key.payload {
        let s = resolve_slice(vm, key, it.len())?;
        if s.step == 1 && s.len == it.len() && t.is_exact(&vm.types.tuple) {
            return Ok(t.clone());
        }
        return Ok(vm.new_tuple(s.select(it)));
    }
    let i = index_arg(vm, key, "tuple")?;
    match norm_index(i, it.len()) {
        Some(j) => Ok(it[j].clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

fn tuple_contains(vm: &Vm, t: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    for item in items(vm, t)?.iter() {
        if vm.eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.as_tuple(), b.as_tuple()) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x.to_vec(), y.to_vec());
    compare_seq(vm, &x, &y, op)
}

fn tuple_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let x = items(vm, a)?;
    let Some(y) = b.as_tuple() else {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(b)
        )));
    };
    if y.is_empty() && a.is_exact(&vm.types.tuple) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.is_exact(&vm.types.tuple) {
        return Ok(b.clone());
    }
    let mut v = x.to_vec();
    v.extend_from_slice(y);
    Ok(vm.new_tuple(v))
}

/// The repeat count of `seq * n` (negative counts as 0), with CPython's overflow guard and
/// `MemoryError` for a result of `item_len * n` elements of `elem_size` bytes that cannot be
/// allocated.
pub fn repeat_count(vm: &Vm, n: &ObjRef, item_len: usize, elem_size: usize) -> PyResult<usize> {
    let n = vm.index_isize(n)?.max(0) as usize;
    if item_len > 0 && n > (isize::MAX as usize) / item_len / 8 {
        return Err(vm.error_noargs(&vm.exc.memory_error));
    }
    crate::allocator::check_items(vm, item_len.saturating_mul(n), elem_size)?;
    Ok(n)
}

fn tuple_repeat(vm: &Vm, t: &ObjRef, n: &ObjRef) -> PyResult {
    let it = items(vm, t)?;
    let n = repeat_count(vm, n, it.len(), std::mem::size_of::<ObjRef>())?;
    if n == 1 && t.is_exact(&vm.types.tuple) {
        return Ok(t.clone());
    }
    let mut v = Vec::with_capacity(it.len() * n);
    for _ in 0..n {
        v.extend(it.iter().cloned());
    }
    Ok(vm.new_tuple(v))
}

fn tuple_iter(vm: &Vm, t: &ObjRef) -> PyResult {
    Ok(super::iter::new_tuple_iter(vm, t.clone()))
}

/// Whether `cls` finds the same `name` as `base` does: CPython compares slots
/// (`type->tp_init == PyTuple_Type.tp_init`) to let a subclass that takes its own keyword
/// arguments pass them through a built-in constructor that otherwise refuses them.
pub fn same_attr_as(vm: &Vm, cls: &ObjRef, base: &ObjRef, name: &str) -> bool {
    let name = vm.intern(name);
    match (
        crate::object::typeobj::lookup(cls, &name),
        crate::object::typeobj::lookup(base, &name),
    ) {
        (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
        _ => false,
    }
}

/// The positional arguments of a constructor taking at most one, where keyword arguments
/// are refused only when `refuse_kw` (the class has not redefined the other half of
/// construction, so nothing else could consume them).
pub fn ctor_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    refuse_kw: bool,
) -> PyResult<Option<ObjRef>> {
    if refuse_kw {
        return Ok(args.range(vm, fname, 0, 1)?.first().cloned());
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(pos.first().cloned())
}

fn tuple_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let tuple = &vm.types.tuple;
    let refuse_kw = Rc::ptr_eq(cls, tuple) || same_attr_as(vm, cls, tuple, "__init__");
    let iterable = ctor_args(vm, &args, "tuple", refuse_kw)?;
    let items = match &iterable {
        None => Vec::new(),
        Some(src) => {
            if Rc::ptr_eq(cls, &vm.types.tuple) && src.is_exact(&vm.types.tuple) {
                return Ok(src.clone());
            }
            vm.collect(src)?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.alloc_instance(cls, Payload::Tuple(items.into_boxed_slice())))
}

fn m_index(vm: &Vm, t: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "index", 1, 3)?;
    let it = items(vm, t)?;
    let (start, stop) = super::list::index_bounds(vm, a, it.len())?;
    for (i, item) in it.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &a[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn m_count(vm: &Vm, t: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "count", 1)?;
    let mut n = 0;
    for item in items(vm, t)?.iter() {
        if vm.eq(item, &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn m_getnewargs(vm: &Vm, t: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    let it = items(vm, t)?;
    Ok(vm.new_tuple(vec![vm.new_tuple(it.to_vec())]))
}

/// Fills `tuple`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.tuple;
    let s = Slots {
        repr: Slot::Native(tuple_repr),
        hash: Slot::Native(tuple_hash),
        len: Slot::Native(tuple_len),
        getitem: Slot::Native(tuple_getitem),
        contains: Slot::Native(tuple_contains),
        richcompare: Slot::Native(tuple_richcompare),
        iter: Slot::Native(tuple_iter),
        new: Slot::Native(tuple_new),
        sq_concat: Slot::Native(tuple_concat),
        sq_repeat: Slot::Native(tuple_repeat),
        ..Slots::default()
    };
    vm.add_methods(
        t,
        &[
            ("index", m_index),
            ("count", m_count),
            ("__getnewargs__", m_getnewargs),
        ],
    );
    crate::object::slot_resolve::install_static(vm, t, s);
    let _ = (NbOp::Add, NbSlot::Absent);
}
