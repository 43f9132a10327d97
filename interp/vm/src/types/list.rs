//! `list`: item and slice access and assignment (extended slices included), the methods, and
//! `sort` — a stable sort that compares with `<` only and, for short lists, makes the very
//! comparisons CPython's timsort makes (its initial run then binary insertion).

use std::cell::RefCell;
use std::rc::Rc;

use super::tuple::{index_arg, norm_index, repeat_count, repr_items, resolve_slice};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

fn cell<'a>(vm: &Vm, l: &'a ObjRef) -> PyResult<&'a RefCell<Vec<ObjRef>>> {
    l.as_list().ok_or_else(|| vm.internal("expected a list"))
}

fn snapshot(vm: &Vm, l: &ObjRef) -> PyResult<Vec<ObjRef>> {
    Ok(cell(vm, l)?.borrow().clone())
}

fn list_repr(vm: &Vm, l: &ObjRef) -> PyResult {
    let items = snapshot(vm, l)?;
    if items.is_empty() {
        return Ok(vm.new_str("[]"));
    }
    Ok(vm.new_str(repr_items(vm, l, &items, "[", "]")?))
}

fn list_len(vm: &Vm, l: &ObjRef) -> PyResult<usize> {
    Ok(cell(vm, l)?.borrow().len())
}

/// Releases the items a list let go of from the last one, as `_list_clear` and
/// `list_ass_slice` do (and `list_dealloc`, see `finalize`): the order their finalizers run in.
pub(crate) fn release_from_last(mut items: Vec<ObjRef>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

/// `list_ass_slice`'s change: items `start..stop` of `list` replaced by `items`. Returns the
/// removed items, to be given to [`release_from_last`] once the list's borrow has ended (their
/// finalizers may reach the list). A replacement of the same length trades the items in place.
pub(crate) fn replace_range(
    list: &mut Vec<ObjRef>,
    start: usize,
    stop: usize,
    mut items: Vec<ObjRef>,
) -> Vec<ObjRef> {
    if items.len() == stop - start {
        list[start..stop].swap_with_slice(&mut items);
        items
    } else {
        list.splice(start..stop, items).collect()
    }
}

fn list_getitem(vm: &Vm, l: &ObjRef, key: &ObjRef) -> PyResult {
    let c = cell(vm, l)?;
    if let Payload::Slice(_) = key.payload {
        let len = c.borrow().len();
        let s = resolve_slice(vm, key, len)?;
        let out = s.select(&c.borrow());
        return Ok(vm.new_list(out));
    }
    let i = index_arg(vm, key, "list")?;
    let v = c.borrow();
    match norm_index(i, v.len()) {
        Some(j) => Ok(v[j].clone()),
        None => Err(vm.index_error("list index out of range")),
    }
}

fn list_setitem(vm: &Vm, l: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let c = cell(vm, l)?;
    if let Payload::Slice(_) = key.payload {
        return match value {
            Some(v) => assign_slice(vm, l, key, v),
            None => {
                let len = c.borrow().len();
                let s = resolve_slice(vm, key, len)?;
                if s.step == 1 {
                    // `list_ass_slice`, which releases what it removed from the last item.
                    let len = c.borrow().len();
                    let start = s.start.clamp(0, len as isize) as usize;
                    let stop = (s.start + s.len as isize).clamp(0, len as isize) as usize;
                    let removed = replace_range(&mut c.borrow_mut(), start, stop, Vec::new());
                    release_from_last(removed);
                    return Ok(());
                }
                let removed: Vec<ObjRef> = {
                    let mut v = c.borrow_mut();
                    let mut doomed = vec![false; v.len()];
                    for i in s.indices() {
                        if let Some(d) = doomed.get_mut(i) {
                            *d = true;
                        }
                    }
                    // One pass, not one `remove` per item: `del l[::2]` on a big list stays linear.
                    let (mut kept, mut out) = (Vec::with_capacity(v.len()), Vec::new());
                    for (item, gone) in v.drain(..).zip(doomed) {
                        if gone {
                            out.push(item)
                        } else {
                            kept.push(item)
                        }
                    }
                    *v = kept;
                    out
                };
                // Released in ascending index order, as list_ass_subscript decrefs the garbage
                // of an extended slice.
                drop(removed);
                Ok(())
            }
        };
    }
    let i = index_arg(vm, key, "list")?;
    let len = c.borrow().len();
    let Some(j) = norm_index(i, len) else {
        return Err(vm.index_error("list assignment index out of range"));
    };
    let old = match value {
        Some(v) => std::mem::replace(&mut c.borrow_mut()[j], v.clone()),
        None => c.borrow_mut().remove(j),
    };
    drop(old);
    Ok(())
}

/// `l[slice] = iterable` (`list_ass_slice` / `list_ass_subscript`).
fn assign_slice(vm: &Vm, l: &ObjRef, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
    let c = cell(vm, l)?;
    // The items are taken first: `l[:] = l` must see the old contents.
    let items = if Rc::ptr_eq(l, value) {
        c.borrow().clone()
    } else {
        match vm.collect(value) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) && vm.iter(value).is_err() => {
                return Err(vm.type_error("can only assign an iterable"));
            }
            Err(e) => return Err(e),
        }
    };
    let len = c.borrow().len();
    let s = resolve_slice(vm, key, len)?;
    if s.step == 1 {
        // The bounds' `__index__` may have changed the list: clamp to what it holds now.
        let len = c.borrow().len();
        let start = s.start.clamp(0, len as isize) as usize;
        let stop = (s.stop.max(s.start)).clamp(0, len as isize) as usize;
        let removed = replace_range(&mut c.borrow_mut(), start, stop, items);
        release_from_last(removed);
        return Ok(());
    }
    if items.len() != s.len {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            s.len
        )));
    }
    let mut old = Vec::with_capacity(items.len());
    {
        let mut v = c.borrow_mut();
        for (i, item) in s.indices().zip(items) {
            if i < v.len() {
                old.push(std::mem::replace(&mut v[i], item));
            }
        }
    }
    drop(old);
    Ok(())
}

fn list_contains(vm: &Vm, l: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let c = cell(vm, l)?;
    let mut i = 0;
    loop {
        let item = match c.borrow().get(i) {
            Some(it) => it.clone(),
            None => return Ok(false),
        };
        if vm.eq(&item, x)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn list_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if b.as_list().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (cell(vm, a)?, cell(vm, b)?);
    let lens = || (x.borrow().len(), y.borrow().len());
    let (n, m) = lens();
    if n != m && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    // Items are read afresh at each step, and the lengths again after the scan, since an
    // item's `__eq__` may resize either list (`list_richcompare`, bpo-38588).
    let item = |i: usize| -> Option<(ObjRef, ObjRef)> {
        Some((x.borrow().get(i)?.clone(), y.borrow().get(i)?.clone()))
    };
    let mut i = 0;
    while let Some((v, w)) = item(i) {
        if !Rc::ptr_eq(&v, &w) && !vm.eq(&v, &w)? {
            break;
        }
        i += 1;
    }
    let (n, m) = lens();
    let Some((v, w)) = item(i).filter(|_| i < n && i < m) else {
        return Ok(vm.new_bool(op.test(n.cmp(&m))));
    };
    match op {
        CompareOp::Eq => Ok(vm.new_bool(false)),
        CompareOp::Ne => Ok(vm.new_bool(true)),
        _ => vm.rich_compare(&v, &w, op),
    }
}

fn list_iter(vm: &Vm, l: &ObjRef) -> PyResult {
    Ok(super::iter::new_list_iter(vm, l.clone()))
}

fn list_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.alloc_instance(cls, Payload::List(RefCell::new(Vec::new()))))
}

fn list_init(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let (cls, list) = (l.class(), &vm.types.list);
    let refuse_kw = Rc::ptr_eq(&cls, list) || super::tuple::same_attr_as(vm, &cls, list, "__new__");
    let iterable = super::tuple::ctor_args(vm, &args, "list", refuse_kw)?;
    let old = std::mem::take(&mut *cell(vm, l)?.borrow_mut());
    release_from_last(old);
    if let Some(src) = iterable {
        let items = vm.collect(&src)?;
        cell(vm, l)?.borrow_mut().extend(items);
    }
    Ok(vm.none.clone())
}

fn list_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let Some(y) = b.as_list() else {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(b)
        )));
    };
    let mut v = snapshot(vm, a)?;
    v.extend(y.borrow().iter().cloned());
    Ok(vm.new_list(v))
}

fn list_inplace_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    extend(vm, a, b)?;
    Ok(a.clone())
}

fn list_repeat(vm: &Vm, l: &ObjRef, n: &ObjRef) -> PyResult {
    let items = snapshot(vm, l)?;
    let n = repeat_count(vm, n, items.len(), std::mem::size_of::<ObjRef>())?;
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(vm.new_list(v))
}

fn list_inplace_repeat(vm: &Vm, l: &ObjRef, n: &ObjRef) -> PyResult {
    let items = snapshot(vm, l)?;
    let n = repeat_count(vm, n, items.len(), std::mem::size_of::<ObjRef>())?;
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    // The copy goes first, so that `l *= 0` releases the items from the list's own order.
    drop(items);
    let old = std::mem::replace(&mut *cell(vm, l)?.borrow_mut(), v);
    release_from_last(old);
    Ok(l.clone())
}

fn extend(vm: &Vm, l: &ObjRef, src: &ObjRef) -> PyResult<()> {
    let items = if Rc::ptr_eq(l, src) {
        snapshot(vm, l)?
    } else {
        vm.collect(src)?
    };
    cell(vm, l)?.borrow_mut().extend(items);
    Ok(())
}

fn m_append(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "append", 1)?;
    cell(vm, l)?.borrow_mut().push(a[0].clone());
    Ok(vm.none.clone())
}

fn m_extend(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "extend", 1)?;
    extend(vm, l, &a[0])?;
    Ok(vm.none.clone())
}

fn m_insert(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "insert", 2, 2)?;
    let i = vm.index_isize(&a[0])?;
    let c = cell(vm, l)?;
    let len = c.borrow().len() as isize;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    c.borrow_mut().insert(pos as usize, a[1].clone());
    Ok(vm.none.clone())
}

fn m_pop(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "pop", 0, 1)?;
    let c = cell(vm, l)?;
    let len = c.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.first() {
        Some(x) => vm.index_isize(x)?,
        None => -1,
    };
    match norm_index(i, len) {
        Some(j) => Ok(c.borrow_mut().remove(j)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn m_remove(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "remove", 1)?;
    let c = cell(vm, l)?;
    let mut i = 0;
    loop {
        let item = match c.borrow().get(i) {
            Some(it) => it.clone(),
            None => return Err(vm.value_error("list.remove(x): x not in list")),
        };
        if vm.eq(&item, &a[0])? {
            let removed = {
                let mut v = c.borrow_mut();
                (i < v.len()).then(|| v.remove(i))
            };
            drop(removed);
            return Ok(vm.none.clone());
        }
        i += 1;
    }
}

/// An index argument counted from the end when negative and clamped to `0..=cap`, huge ints
/// included (`_PyEval_SliceIndex` then `ADJUST_INDICES`).
fn bound(vm: &Vm, v: &ObjRef, len: usize, cap: usize) -> PyResult<usize> {
    let i = vm.index(v)?;
    let i = i.as_i64().unwrap_or(if i.is_negative() {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    Ok(if i < 0 {
        (i + len as i64).max(0)
    } else {
        i.min(cap as i64)
    } as usize)
}

/// The `start`/`stop` arguments of `index` methods, clamped like `_PyEval_SliceIndex`.
pub fn index_bounds(vm: &Vm, a: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |o: Option<&ObjRef>, default: usize| match o {
        None => Ok(default),
        Some(v) => bound(vm, v, len, len),
    };
    Ok((clamp(a.get(1), 0)?, clamp(a.get(2), len)?))
}

/// The optional start and end of `find`, `count`, `startswith` and the like of `str`,
/// `bytes` and `bytearray`, read as slice indices (None or any int) except that a start past
/// the end stays past it, so that nothing is found there, not even an empty string
/// (`ADJUST_INDICES`).
pub fn search_bounds(vm: &Vm, a: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let start = match a.get(1).filter(|x| !vm.is_none(x)) {
        None => 0,
        Some(x) => bound(vm, x, len, len + 1)?,
    };
    let end = match a.get(2).filter(|x| !vm.is_none(x)) {
        None => len,
        Some(x) => bound(vm, x, len, len)?,
    };
    Ok((start, end))
}

fn m_index(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "index", 1, 3)?;
    let c = cell(vm, l)?;
    let (start, stop) = index_bounds(vm, a, c.borrow().len())?;
    let mut i = start;
    while i < stop {
        let item = match c.borrow().get(i) {
            Some(it) => it.clone(),
            None => break,
        };
        if vm.eq(&item, &a[0])? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    Err(vm.value_error(format!("{} is not in list", vm.repr_string(&a[0])?)))
}

fn m_count(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "count", 1)?;
    let mut n = 0;
    for item in snapshot(vm, l)? {
        if vm.eq(&item, &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn m_clear(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    let old = std::mem::take(&mut *cell(vm, l)?.borrow_mut());
    release_from_last(old);
    Ok(vm.none.clone())
}

fn m_copy(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    Ok(vm.new_list(snapshot(vm, l)?))
}

fn m_reverse(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "reverse", 0)?;
    cell(vm, l)?.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn m_reversed(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    Ok(super::iter::new_list_reverse_iter(vm, l.clone()))
}

fn m_sort(vm: &Vm, l: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.pos().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = args.bind(vm, "sort", ["key", "reverse"], 0, 0, 0)?;
    let key = key.filter(|k| !vm.is_none(k));
    // `reverse` is parsed as a C int (`_PyLong_AsInt`).
    let reverse = match reverse {
        Some(r) => vm.index_c_int(&r)? != 0,
        None => false,
    };
    // The list is emptied while sorting, as CPython does, so changes are detected.
    let c = cell(vm, l)?;
    let items = std::mem::take(&mut *c.borrow_mut());
    let result = super::list_sort::sort_items(vm, items, key.as_ref(), reverse);
    // The keys are released by now; CPython runs their finalizers there, before it checks the
    // list, so a `__del__` that changes the list is caught as a change during the sort.
    if crate::object::finalize::pending() {
        crate::object::finalize::run(vm);
    }
    // CPython marks the emptied list (`allocated = -1`), so any growth counts even if it
    // was undone; a fresh empty vector has no capacity until something is appended.
    let modified = {
        let v = c.borrow();
        !v.is_empty() || v.capacity() != 0
    };
    match result {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *c.borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(vm.none.clone())
        }
        Err((e, original)) => {
            let old = std::mem::replace(&mut *c.borrow_mut(), original);
            drop(old);
            Err(e)
        }
    }
}

/// Fills `list`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.list;
    let s = Slots {
        repr: Slot::Native(list_repr),
        len: Slot::Native(list_len),
        getitem: Slot::Native(list_getitem),
        setitem: Slot::Native(list_setitem),
        contains: Slot::Native(list_contains),
        richcompare: Slot::Native(list_richcompare),
        iter: Slot::Native(list_iter),
        new: Slot::Native(list_new),
        init: Slot::Native(list_init),
        sq_concat: Slot::Native(list_concat),
        sq_repeat: Slot::Native(list_repeat),
        sq_inplace_concat: Slot::Native(list_inplace_concat),
        sq_inplace_repeat: Slot::Native(list_inplace_repeat),
        ..Slots::default()
    };
    vm.add_methods(
        t,
        &[
            ("append", m_append),
            ("extend", m_extend),
            ("insert", m_insert),
            ("pop", m_pop),
            ("remove", m_remove),
            ("index", m_index),
            ("count", m_count),
            ("clear", m_clear),
            ("copy", m_copy),
            ("reverse", m_reverse),
            ("sort", m_sort),
            ("__reversed__", m_reversed),
        ],
    );
    crate::object::slot_resolve::install_static(vm, t, s);
    vm.set_unhashable(t);
}
