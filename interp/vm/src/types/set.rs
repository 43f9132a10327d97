//! `set` and `frozenset`: lookups that may run `__eq__`, and every operation built the way
//! `Objects/setobject.c` builds it (which set is iterated, which is copied first), so results
//! have CPython's iteration order.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::set_table::{SetProbe, SetTable};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Runs `f` on the table of a set or frozenset.
fn with_table<R>(o: &ObjRef, f: impl FnOnce(&SetTable) -> R) -> Option<R> {
    match &o.payload {
        Payload::Set(t) => Some(f(&t.borrow())),
        Payload::FrozenSet(fz) => Some(f(&fz.0)),
        _ => None,
    }
}

/// Whether `o` is a set or frozenset (or a subclass).
pub fn is_anyset(o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(..))
}

/// `len(s)`.
pub fn set_len(o: &ObjRef) -> usize {
    with_table(o, |t| t.len()).unwrap_or(0)
}

/// The key at table position `*pos` or later (for iterators).
pub fn entry_from(o: &ObjRef, pos: &mut usize) -> Option<ObjRef> {
    with_table(o, |t| t.next_from(pos)).flatten()
}

/// A snapshot of the keys and hashes in table order.
pub(crate) fn entries(o: &ObjRef) -> Vec<(ObjRef, i64)> {
    with_table(o, |t| t.entries().map(|(k, h)| (k.clone(), h)).collect()).unwrap_or_default()
}

/// Looks `key` up, running `__eq__` as needed: the slot if present.
fn lookup(vm: &Vm, o: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<Option<usize>> {
    let mut state = None;
    loop {
        let Some((probe, version)) = with_table(o, |t| (t.probe(key, hash, state), t.version()))
        else {
            return Err(vm.internal("expected a set"));
        };
        match probe {
            SetProbe::Found(slot) => return Ok(Some(slot)),
            SetProbe::Missing { .. } => return Ok(None),
            SetProbe::Compare {
                slot,
                stored,
                state: st,
            } => {
                let eq = vm.eq(&stored, key)?;
                let same = with_table(o, |t| t.version() == version && t.slot_holds(slot, &stored))
                    .unwrap_or(false);
                if !same {
                    state = None;
                    continue;
                }
                if eq {
                    return Ok(Some(slot));
                }
                state = Some(st);
            }
        }
    }
}

/// `set_add_entry` on a mutable set.
fn add_entry(vm: &Vm, o: &ObjRef, key: ObjRef, hash: i64) -> PyResult<()> {
    let Payload::Set(cell) = &o.payload else {
        return add_frozen(vm, o, key, hash);
    };
    let mut state = None;
    loop {
        let (probe, version) = {
            let t = cell.borrow();
            (t.probe(&key, hash, state), t.version())
        };
        match probe {
            SetProbe::Found(_) => return Ok(()),
            SetProbe::Missing { slot, unused } => {
                cell.borrow_mut().insert_at(slot, unused, key, hash);
                return Ok(());
            }
            SetProbe::Compare {
                slot,
                stored,
                state: st,
            } => {
                let eq = vm.eq(&stored, &key)?;
                let t = cell.borrow();
                if t.version() != version || !t.slot_holds(slot, &stored) {
                    state = None;
                    continue;
                }
                if eq {
                    return Ok(());
                }
                state = Some(st);
            }
        }
    }
}

/// Filling a frozenset while it is being built (no one else can see it yet).
fn add_frozen(vm: &Vm, o: &ObjRef, key: ObjRef, hash: i64) -> PyResult<()> {
    let _ = (vm, o, key, hash);
    Err(vm.internal("frozensets are built through a mutable table"))
}

/// `set.add(key)`.
pub fn set_add(vm: &Vm, o: &ObjRef, key: ObjRef) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_entry(vm, o, key, hash)
}

/// A lookup key and its hash; an unhashable `set` (or subclass) key is looked up as the equal
/// frozenset, as `set_contains`, `set_remove` and `set_discard` do.
fn lookup_key(vm: &Vm, key: &ObjRef) -> PyResult<(ObjRef, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e)
            if vm.err_matches(&e, &vm.exc.type_error) && matches!(key.payload, Payload::Set(_)) =>
        {
            let f = new_set_from(vm, entries(key).into_iter().map(|(k, _)| k).collect(), true)?;
            let h = vm.hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

/// `key in s`.
pub fn set_contains(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let (key, hash) = lookup_key(vm, key)?;
    Ok(lookup(vm, o, &key, hash)?.is_some())
}

/// Removes `key` if present (`set_discard_key`): whether it was.
fn discard(vm: &Vm, o: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<bool> {
    match lookup(vm, o, key, hash)? {
        Some(slot) => {
            let old = match &o.payload {
                Payload::Set(c) => c.borrow_mut().remove_at(slot),
                _ => None,
            };
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A fresh mutable table holder for building results.
fn new_set_obj(vm: &Vm, cls: &ObjRef) -> ObjRef {
    vm.alloc_instance(cls, Payload::Set(Box::new(RefCell::new(SetTable::new()))))
}

impl Vm<'_> {
    /// `set()`.
    pub fn new_set_empty(&self) -> ObjRef {
        new_set_obj(self, &self.types.set)
    }
}

/// `set_update_internal`: merges another set, a dict's keys, or an iterable.
fn update_internal(vm: &Vm, o: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if is_anyset(other) {
        return merge(vm, o, other);
    }
    if other.is_exact(&vm.types.dict) {
        let items: Vec<(ObjRef, i64)> = other
            .as_dict()
            .map(|t| t.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect())
            .unwrap_or_default();
        if let Payload::Set(c) = &o.payload {
            c.borrow_mut().presize_for(items.len());
        }
        for (k, h) in items {
            add_entry(vm, o, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        set_add(vm, o, k)?;
    }
    Ok(())
}

/// `set.update(other)` (`set_update_internal`), as `SET_UPDATE` uses it.
pub fn update(vm: &Vm, o: &ObjRef, other: &ObjRef) -> PyResult<()> {
    update_internal(vm, o, other)
}

/// `set_merge`.
fn merge(vm: &Vm, o: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if Rc::ptr_eq(o, other) || set_len(other) == 0 {
        return Ok(());
    }
    let Payload::Set(cell) = &o.payload else {
        return Err(vm.internal("merge into a frozenset"));
    };
    let other_table = with_table(other, |t| t.clone()).unwrap_or_default();
    {
        let mut t = cell.borrow_mut();
        t.presize_for(other_table.len());
        if t.is_pristine() {
            t.merge_into_empty(&other_table);
            return Ok(());
        }
    }
    for (k, h) in other_table.entries() {
        add_entry(vm, o, k.clone(), h)?;
    }
    Ok(())
}

/// Builds a set or frozenset from items (as `BUILD_SET` and set displays do).
pub fn new_set_from(vm: &Vm, items: Vec<ObjRef>, frozen: bool) -> PyResult {
    let s = vm.new_set_empty();
    for it in items {
        set_add(vm, &s, it)?;
    }
    if frozen {
        return Ok(freeze(vm, &s, &vm.types.frozenset));
    }
    Ok(s)
}

/// Moves a built set's table into a new frozenset of class `cls`.
fn freeze(vm: &Vm, s: &ObjRef, cls: &ObjRef) -> ObjRef {
    let table = match &s.payload {
        Payload::Set(c) => c.borrow().clone(),
        Payload::FrozenSet(f) => f.0.clone(),
        _ => SetTable::new(),
    };
    vm.alloc_instance(cls, Payload::FrozenSet(Box::new((table, Cell::new(-1)))))
}

/// `make_new_set(type, iterable)` for a result of `o`'s kind (`make_new_set_basetype`).
fn make_like(vm: &Vm, o: &ObjRef, src: Option<&ObjRef>) -> PyResult {
    let s = vm.new_set_empty();
    if let Some(src) = src {
        update_internal(vm, &s, src)?;
    }
    if matches!(o.payload, Payload::FrozenSet(..)) {
        return Ok(freeze(vm, &s, &vm.types.frozenset));
    }
    Ok(s)
}

/// A mutable working copy of any set (results are built mutable, then frozen if needed).
fn working_copy(vm: &Vm, o: &ObjRef) -> PyResult {
    let s = vm.new_set_empty();
    merge(vm, &s, o)?;
    Ok(s)
}

fn finish_like(vm: &Vm, like: &ObjRef, s: ObjRef) -> ObjRef {
    if matches!(like.payload, Payload::FrozenSet(..)) {
        freeze(vm, &s, &vm.types.frozenset)
    } else {
        s
    }
}

/// `set_intersection`.
fn intersection(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult {
    if Rc::ptr_eq(so, other) {
        let c = working_copy(vm, so)?;
        return Ok(finish_like(vm, so, c));
    }
    let result = vm.new_set_empty();
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (k, h) in entries(small) {
            if lookup(vm, big, &k, h)?.is_some() {
                add_entry(vm, &result, k, h)?;
            }
        }
        return Ok(finish_like(vm, so, result));
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if lookup(vm, so, &k, h)?.is_some() {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(finish_like(vm, so, result))
}

/// `set_difference_update_internal`.
fn difference_update(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if Rc::ptr_eq(so, other) {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (set_len(other) >> 3) > set_len(so) {
            intersection(vm, so, other)?
        } else {
            other.clone()
        };
        for (k, h) in entries(&other) {
            discard(vm, so, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            discard(vm, so, &k, h)?;
        }
    }
    if let Payload::Set(c) = &so.payload {
        c.borrow_mut().shrink_dummies();
    }
    Ok(())
}

/// `set_difference`.
fn difference(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult {
    let other_size = if is_anyset(other) {
        Some(set_len(other))
    } else if other.is_exact(&vm.types.dict) {
        Some(other.as_dict().map_or(0, |t| t.borrow().len()))
    } else {
        None
    };
    let copy_and_difference = || -> PyResult {
        let r = working_copy(vm, so)?;
        difference_update(vm, &r, other)?;
        Ok(finish_like(vm, so, r))
    };
    let Some(other_size) = other_size else {
        return copy_and_difference();
    };
    if (set_len(so) >> 2) > other_size {
        return copy_and_difference();
    }
    let result = vm.new_set_empty();
    for (k, h) in entries(so) {
        let present = if is_anyset(other) {
            lookup(vm, other, &k, h)?.is_some()
        } else {
            super::dict::contains_hashed(vm, other, &k, h)?
        };
        if !present {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(finish_like(vm, so, result))
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if Rc::ptr_eq(so, other) {
        clear(so);
        return Ok(());
    }
    let items: Vec<(ObjRef, i64)> = if other.is_exact(&vm.types.dict) {
        other
            .as_dict()
            .map(|t| t.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect())
            .unwrap_or_default()
    } else if is_anyset(other) {
        entries(other)
    } else {
        let tmp = vm.new_set_empty();
        update_internal(vm, &tmp, other)?;
        entries(&tmp)
    };
    for (k, h) in items {
        if !discard(vm, so, &k, h)? {
            add_entry(vm, so, k, h)?;
        }
    }
    Ok(())
}

fn clear(o: &ObjRef) {
    if let Payload::Set(c) = &o.payload {
        let old = c.borrow_mut().take_all();
        drop(old);
    }
}

/// `set_issubset`.
fn issubset(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    let other = if is_anyset(other) {
        other.clone()
    } else {
        make_like(vm, &vm.new_set_empty(), Some(other))?
    };
    if set_len(so) > set_len(&other) {
        return Ok(false);
    }
    for (k, h) in entries(so) {
        if lookup(vm, &other, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let name = vm.type_name(o);
    let keys: Vec<ObjRef> = entries(o).into_iter().map(|(k, _)| k).collect();
    let base = o.is_exact(&vm.types.set);
    if keys.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    if !vm.repr_enter(o) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let body = super::tuple::join_reprs(vm, &keys, "{", "}");
    vm.repr_leave(o);
    let body = body?;
    Ok(vm.new_str(if base {
        body
    } else {
        format!("{name}({body})")
    }))
}

fn len_slot(_vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(set_len(o))
}

fn contains_slot(vm: &Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    set_contains(vm, o, k)
}

fn iter_slot(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(super::iter::new_set_iter(vm, o.clone()))
}

fn richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !is_anyset(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (set_len(a), set_len(b));
    let r = match op {
        CompareOp::Eq => la == lb && issubset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && issubset(vm, a, b)?),
        CompareOp::Le => issubset(vm, a, b)?,
        CompareOp::Ge => issubset(vm, b, a)?,
        CompareOp::Lt => la < lb && issubset(vm, a, b)?,
        CompareOp::Gt => la > lb && issubset(vm, b, a)?,
    };
    Ok(vm.new_bool(r))
}

fn frozenset_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let Payload::FrozenSet(fz) = &o.payload else {
        return Err(vm.internal("frozenset"));
    };
    let (t, cached) = (&fz.0, &fz.1);
    if cached.get() != -1 {
        return Ok(cached.get());
    }
    let hashes: Vec<i64> = t.entries().map(|(_, h)| h).collect();
    let h = krait_compiler::pyhash::hash_frozenset(&hashes);
    cached.set(h);
    Ok(h)
}

macro_rules! binop {
    ($name:ident, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        fn $name($vm: &Vm, $a: &ObjRef, $b: &ObjRef) -> PyResult {
            if !is_anyset($a) || !is_anyset($b) {
                return Ok($vm.not_implemented.clone());
            }
            $body
        }
    };
}

binop!(set_or, |vm, a, b| {
    let r = working_copy(vm, a)?;
    update_internal(vm, &r, b)?;
    Ok(finish_like(vm, a, r))
});
binop!(set_and, |vm, a, b| intersection(vm, a, b));
binop!(set_sub, |vm, a, b| difference(vm, a, b));
binop!(set_xor, |vm, a, b| {
    let r = vm.new_set_empty();
    update_internal(vm, &r, b)?;
    symmetric_difference_update(vm, &r, a)?;
    Ok(finish_like(vm, a, r))
});

fn mutable(vm: &Vm, a: &ObjRef) -> PyResult<()> {
    match a.payload {
        Payload::Set(_) => Ok(()),
        _ => Err(vm.internal("expected a mutable set")),
    }
}

binop!(set_ior, |vm, a, b| {
    mutable(vm, a)?;
    update_internal(vm, a, b)?;
    Ok(a.clone())
});
binop!(set_iand, |vm, a, b| {
    mutable(vm, a)?;
    intersection_update(vm, a, b)?;
    Ok(a.clone())
});
binop!(set_isub, |vm, a, b| {
    mutable(vm, a)?;
    difference_update(vm, a, b)?;
    Ok(a.clone())
});
binop!(set_ixor, |vm, a, b| {
    mutable(vm, a)?;
    symmetric_difference_update(vm, a, b)?;
    Ok(a.clone())
});

/// `set_intersection_update`: the intersection replaces the set's body.
fn intersection_update(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<()> {
    let r = intersection(vm, a, b)?;
    let table = with_table(&r, |t| t.clone()).unwrap_or_default();
    if let Payload::Set(c) = &a.payload {
        let old = std::mem::replace(&mut *c.borrow_mut(), table);
        drop(old);
    }
    Ok(())
}

fn set_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(new_set_obj(vm, cls))
}

fn set_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    // Unlike list's, set's `__init__` refuses keywords even under a subclass's `__new__`.
    args.no_kw(vm, "set")?;
    let a = args.range(vm, "set", 0, 1)?;
    clear(o);
    if let Some(src) = a.first() {
        update_internal(vm, o, src)?;
    }
    Ok(vm.none.clone())
}

fn frozenset_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let frozenset = &vm.types.frozenset;
    let exact = Rc::ptr_eq(cls, frozenset);
    // Keywords pass when a subclass's own `__init__` may take them (`frozenset_new`).
    let refuse_kw = exact || super::tuple::same_attr_as(vm, cls, frozenset, "__init__");
    let first = super::tuple::ctor_args(vm, &args, "frozenset", refuse_kw)?;
    let a = first.as_slice();
    if let Some(src) = a.first()
        && exact
        && src.is_exact(&vm.types.frozenset)
    {
        return Ok(src.clone());
    }
    let s = vm.new_set_empty();
    if let Some(src) = a.first() {
        update_internal(vm, &s, src)?;
    }
    Ok(freeze(vm, &s, cls))
}

fn m_add(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "add", 1)?;
    set_add(vm, o, a[0].clone())?;
    Ok(vm.none.clone())
}

fn m_remove(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "remove", 1)?;
    let (key, h) = lookup_key(vm, &a[0])?;
    if !discard(vm, o, &key, h)? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(vm.none.clone())
}

fn m_discard(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "discard", 1)?;
    let (key, h) = lookup_key(vm, &a[0])?;
    discard(vm, o, &key, h)?;
    Ok(vm.none.clone())
}

fn m_pop(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "pop", 0)?;
    let r = match &o.payload {
        Payload::Set(c) => c.borrow_mut().pop(),
        _ => None,
    };
    r.ok_or_else(|| vm.error(&vm.exc.key_error, "pop from an empty set"))
}

fn m_clear(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    clear(o);
    Ok(vm.none.clone())
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    if o.is_exact(&vm.types.frozenset) {
        return Ok(o.clone());
    }
    let c = working_copy(vm, o)?;
    Ok(finish_like(vm, o, c))
}

fn m_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "update")?;
    for other in args.pos() {
        update_internal(vm, o, other)?;
    }
    Ok(vm.none.clone())
}

fn m_union(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "union")?;
    let r = working_copy(vm, o)?;
    for other in args.pos() {
        if Rc::ptr_eq(other, o) {
            continue;
        }
        update_internal(vm, &r, other)?;
    }
    Ok(finish_like(vm, o, r))
}

fn m_intersection(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "intersection")?;
    let pos = args.pos();
    if pos.is_empty() {
        let c = working_copy(vm, o)?;
        return Ok(finish_like(vm, o, c));
    }
    let mut result = o.clone();
    for other in pos {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn m_intersection_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "intersection_update")?;
    let mut result = o.clone();
    for other in args.pos() {
        result = intersection(vm, &result, other)?;
    }
    if !Rc::ptr_eq(&result, o) {
        let table = with_table(&result, |t| t.clone()).unwrap_or_default();
        if let Payload::Set(c) = &o.payload {
            let old = std::mem::replace(&mut *c.borrow_mut(), table);
            drop(old);
        }
    }
    Ok(vm.none.clone())
}

fn m_difference(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "difference")?;
    let pos = args.pos();
    if pos.is_empty() {
        let c = working_copy(vm, o)?;
        return Ok(finish_like(vm, o, c));
    }
    let first = difference(vm, o, &pos[0])?;
    if pos.len() == 1 {
        return Ok(first);
    }
    let r = working_copy(vm, &first)?;
    for other in &pos[1..] {
        difference_update(vm, &r, other)?;
    }
    Ok(finish_like(vm, o, r))
}

fn m_difference_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "difference_update")?;
    for other in args.pos() {
        difference_update(vm, o, other)?;
    }
    Ok(vm.none.clone())
}

fn m_symmetric_difference(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "symmetric_difference", 1)?;
    let r = vm.new_set_empty();
    update_internal(vm, &r, &a[0])?;
    symmetric_difference_update(vm, &r, o)?;
    Ok(finish_like(vm, o, r))
}

fn m_symmetric_difference_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "symmetric_difference_update", 1)?;
    symmetric_difference_update(vm, o, &a[0])?;
    Ok(vm.none.clone())
}

fn m_issubset(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "issubset", 1)?;
    Ok(vm.new_bool(issubset(vm, o, &a[0])?))
}

fn m_issuperset(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "issuperset", 1)?;
    let other = if is_anyset(&a[0]) {
        a[0].clone()
    } else {
        make_like(vm, &vm.new_set_empty(), Some(&a[0]))?
    };
    Ok(vm.new_bool(issubset(vm, &other, o)?))
}

fn m_isdisjoint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isdisjoint", 1)?;
    let other = &a[0];
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(o) {
            (other, o)
        } else {
            (o, other)
        };
        for (k, h) in entries(small) {
            if lookup(vm, big, &k, h)?.is_some() {
                return Ok(vm.false_obj.clone());
            }
        }
        return Ok(vm.true_obj.clone());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if set_contains(vm, o, &k)? {
            return Ok(vm.false_obj.clone());
        }
    }
    Ok(vm.true_obj.clone())
}

fn m_contains(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__contains__", 1)?;
    Ok(vm.new_bool(set_contains(vm, o, &a[0])?))
}

/// Fills `set`'s and `frozenset`'s namespaces and slots.
/// `set.__reduce__`/`frozenset.__reduce__`: `(type, (list(self),), state)` as `set_reduce`.
fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let items = vm.new_list(vm.collect(o)?);
    let state = super::object_reduce::state_of(vm, o)?;
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![items]), state]))
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, crate::object::native::NativeMethod)] = &[
        ("copy", m_copy),
        ("union", m_union),
        ("intersection", m_intersection),
        ("difference", m_difference),
        ("symmetric_difference", m_symmetric_difference),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("isdisjoint", m_isdisjoint),
        ("__contains__", m_contains),
        ("__reduce__", m_reduce),
    ];
    for (ty, frozen) in [(&vm.types.set, false), (&vm.types.frozenset, true)] {
        let id = Rc::as_ptr(ty) as usize;
        let mut s = Slots {
            repr: Slot::Native(set_repr),
            len: Slot::Native(len_slot),
            contains: Slot::Native(contains_slot),
            iter: Slot::Native(iter_slot),
            richcompare: Slot::Native(richcompare),
            new: Slot::Native(if frozen { frozenset_new } else { set_new }),
            init: if frozen {
                Slot::Absent
            } else {
                Slot::Native(set_init)
            },
            hash: if frozen {
                Slot::Native(frozenset_hash)
            } else {
                Slot::Absent
            },
            ..Slots::default()
        };
        for (op, f) in [
            (NbOp::Or, set_or as crate::object::slots::BinFn),
            (NbOp::And, set_and),
            (NbOp::Sub, set_sub),
            (NbOp::Xor, set_xor),
        ] {
            s.nb[op as usize] = NbSlot::Native(f, id);
        }
        if !frozen {
            for (op, f) in [
                (NbOp::Or, set_ior as crate::object::slots::BinFn),
                (NbOp::And, set_iand),
                (NbOp::Sub, set_isub),
                (NbOp::Xor, set_ixor),
            ] {
                s.nb_inplace[op as usize] = NbSlot::Native(f, id);
            }
        }
        vm.add_methods(ty, common);
        if !frozen {
            vm.add_methods(
                ty,
                &[
                    ("add", m_add),
                    ("remove", m_remove),
                    ("discard", m_discard),
                    ("pop", m_pop),
                    ("clear", m_clear),
                    ("update", m_update),
                    ("intersection_update", m_intersection_update),
                    ("difference_update", m_difference_update),
                    ("symmetric_difference_update", m_symmetric_difference_update),
                ],
            );
        }
        crate::object::slot_resolve::install_static(vm, ty, s);
        if !frozen {
            vm.set_unhashable(ty);
        }
    }
    let _ = Obj::new;
}
