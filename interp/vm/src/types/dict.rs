//! `dict`: lookups that may run `__eq__` (with the table released and re-checked afterwards, as
//! `lookdict` re-checks), item access, the methods, views and `repr`.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict_table::{DictEntry, DictTable, Probe};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Finds `key` in a table that may change while `__eq__` runs: the entry index, or None.
pub fn lookup(
    vm: &Vm,
    cell: &RefCell<DictTable>,
    key: &ObjRef,
    hash: i64,
) -> PyResult<Option<usize>> {
    let mut resume = None;
    loop {
        let (probe, version) = {
            let t = cell.borrow();
            (t.probe(hash, key, resume), t.version())
        };
        match probe {
            Probe::Found(ix) => return Ok(Some(ix)),
            Probe::Missing => return Ok(None),
            Probe::Compare {
                ix,
                stored,
                resume: r,
            } => {
                let equal = vm.eq(&stored, key)?;
                let t = cell.borrow();
                if t.version() != version || !t.entry_key_is(ix, &stored) {
                    // The table changed under `__eq__`: start over, as lookdict does.
                    resume = None;
                    continue;
                }
                if equal {
                    return Ok(Some(ix));
                }
                resume = Some(r);
            }
        }
    }
}

fn table<'a>(vm: &Vm, d: &'a ObjRef) -> PyResult<&'a RefCell<DictTable>> {
    d.as_dict().ok_or_else(|| vm.internal("expected a dict"))
}

impl Vm<'_> {
    /// `d.get(key)` for any key.
    pub fn dict_get(&self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        table(self, d)?;
        let hash = self.hash(key)?;
        self.dict_get_hashed(d, key, hash)
    }

    /// `d.get(key)` with the key's hash already known (`_PyDict_GetItem_KnownHash`).
    pub fn dict_get_hashed(&self, d: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        let t = table(self, d)?;
        Ok(
            lookup(self, t, key, hash)?
                .and_then(|ix| t.borrow().entry(ix).map(|e| e.value.clone())),
        )
    }

    /// `d[key] = value` with the key's hash already known (`_PyDict_SetItem_KnownHash`).
    pub fn dict_set_hashed(
        &self,
        d: &ObjRef,
        key: ObjRef,
        hash: i64,
        value: ObjRef,
    ) -> PyResult<()> {
        let t = table(self, d)?;
        dict_insert(self, t, key, hash, value)
    }

    /// `del d[key]` with the key's hash already known; whether it was there.
    pub fn dict_del_hashed(&self, d: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<bool> {
        let t = table(self, d)?;
        match lookup(self, t, key, hash)? {
            Some(ix) => {
                let removed = t.borrow_mut().remove_at(ix);
                drop(removed);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `d.get(name)` for a `str` key, compared natively (namespaces).
    pub fn dict_get_str(&self, d: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let s = name.as_str()?;
        d.as_dict()?
            .borrow()
            .get_str(s.hash(), name, s.as_bytes())
            .cloned()
    }

    /// `d.get(name)` with a Rust name.
    pub fn dict_get_name(&self, d: &ObjRef, name: &str) -> Option<ObjRef> {
        let k = self.intern(name);
        self.dict_get_str(d, &k)
    }

    /// `d[key] = value`.
    pub fn dict_set(&self, d: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        table(self, d)?;
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, key, hash, value)
    }

    /// `d[name] = value` for a `str` name.
    pub fn dict_set_str(&self, d: &ObjRef, name: &str, value: ObjRef) {
        let k = self.intern(name);
        let _ = self.dict_set(d, k, value);
    }

    /// `del d[name]` for a `str` key; whether it was there.
    pub fn dict_del_str(&self, d: &ObjRef, name: &ObjRef) -> bool {
        let (Some(t), Some(s)) = (d.as_dict(), name.as_str()) else {
            return false;
        };
        let ix = t.borrow().find_str(s.hash(), s.as_bytes());
        match ix {
            Some(ix) => {
                let removed = t.borrow_mut().remove_at(ix);
                drop(removed);
                true
            }
            None => false,
        }
    }

    /// `del d[key]`: whether it was there.
    pub fn dict_del(&self, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        table(self, d)?;
        let hash = self.hash(key)?;
        self.dict_del_hashed(d, key, hash)
    }

    /// A dict's items in order (a snapshot).
    pub fn dict_items(&self, d: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
        match d.as_dict() {
            Some(t) => t
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Sets `name` in a type's own namespace.
    pub fn type_dict_set(&self, ty: &ObjRef, name: ObjRef, value: ObjRef) {
        let Some(t) = ty.as_type() else { return };
        let Some(s) = name.as_str() else { return };
        let (hash, ix) = (s.hash(), t.dict.borrow().find_str(s.hash(), s.as_bytes()));
        let old = match ix {
            Some(ix) => t.dict.borrow_mut().set_value(ix, value),
            None => {
                t.dict.borrow_mut().insert_new(hash, name, value);
                None
            }
        };
        crate::object::type_cache::invalidate();
        drop(old);
    }

    /// Removes `name` from a type's own namespace; whether it was there.
    pub fn type_dict_del(&self, ty: &ObjRef, name: &ObjRef) -> bool {
        let (Some(t), Some(s)) = (ty.as_type(), name.as_str()) else {
            return false;
        };
        let ix = t.dict.borrow().find_str(s.hash(), s.as_bytes());
        match ix {
            Some(ix) => {
                let old = t.dict.borrow_mut().remove_at(ix);
                crate::object::type_cache::invalidate();
                drop(old);
                true
            }
            None => false,
        }
    }
}

/// Inserts or replaces, keeping the original key object when replacing (as `insertdict`).
pub fn dict_insert(
    vm: &Vm,
    t: &RefCell<DictTable>,
    key: ObjRef,
    hash: i64,
    value: ObjRef,
) -> PyResult<()> {
    match lookup(vm, t, &key, hash)? {
        Some(ix) => {
            let old = t.borrow_mut().set_value(ix, value);
            drop(old);
        }
        None => t.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

fn dict_len(vm: &Vm, d: &ObjRef) -> PyResult<usize> {
    Ok(table(vm, d)?.borrow().len())
}

fn dict_getitem(vm: &Vm, d: &ObjRef, key: &ObjRef) -> PyResult {
    if let Some(v) = vm.dict_get(d, key)? {
        return Ok(v);
    }
    if !d.has_builtin_type()
        && let Some(v) = vm.call_dunder_opt(d, &vm.names.__missing__, std::slice::from_ref(key))?
    {
        return Ok(v);
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &Vm, d: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    match value {
        Some(v) => vm.dict_set(d, key.clone(), v.clone()),
        None => {
            if vm.dict_del(d, key)? {
                Ok(())
            } else {
                Err(vm.key_error(key.clone()))
            }
        }
    }
}

fn dict_contains(vm: &Vm, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let t = table(vm, d)?;
    let hash = vm.hash(key)?;
    Ok(lookup(vm, t, key, hash)?.is_some())
}

fn dict_repr(vm: &Vm, d: &ObjRef) -> PyResult {
    let items = vm.dict_items(d);
    if items.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    if !vm.repr_enter(d) {
        return Ok(vm.new_str("{...}"));
    }
    let r = (|| {
        let mut out = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_string(v)?);
        }
        out.push('}');
        Ok(vm.new_str(out))
    })();
    vm.repr_leave(d);
    r
}

fn dict_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if b.as_dict().is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = dict_equal(vm, a, b)?;
    Ok(vm.new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn dict_equal(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if dict_len(vm, a)? != dict_len(vm, b)? {
        return Ok(false);
    }
    for (k, v) in vm.dict_items(a) {
        match vm.dict_get(b, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_iter(vm: &Vm, d: &ObjRef) -> PyResult {
    Ok(super::iter::new_dict_iter(
        vm,
        d.clone(),
        super::iter::DictIterKind::Keys,
        false,
    ))
}

fn dict_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    let table = Payload::Dict(RefCell::new(DictTable::new()));
    Ok(vm.alloc_instance(cls, table))
}

fn dict_init(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        update_from(vm, d, src, "dict")?;
    }
    for (k, v) in args.kw() {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}

/// `dict.update(src)` semantics: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &ObjRef, src: &ObjRef, _who: &str) -> PyResult<()> {
    if let Some(r) = merge_entries(vm, src, |e| {
        dict_insert(vm, table(vm, d)?, e.key, e.hash, e.value)
    }) {
        return r;
    }
    if vm.getattr_opt(src, &vm.names.keys)?.is_some() {
        let keys = vm.call_method(src, "keys", &[])?;
        for k in vm.collect(&keys)? {
            let v = vm.getitem(src, &k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            vm.dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// `dict_merge`'s walk of a source it reads directly (a dict, or a subclass that keeps dict's
/// own `__iter__`): `f` gets each entry as it was, and the walk gives up when an `__eq__` or
/// `__hash__` run by `f` changed the source's entry table. None, with `f` never called, for a
/// source read through `keys()` and `__getitem__` instead.
pub fn merge_entries(
    vm: &Vm,
    src: &ObjRef,
    f: impl FnMut(DictEntry) -> PyResult<()>,
) -> Option<PyResult<()>> {
    let st = src.as_dict()?;
    if !src.has_builtin_type() && !iterates_as_dict(vm, src) {
        return None;
    }
    Some(walk_entries(vm, st, f))
}

/// The rest of [`merge_entries`].
fn walk_entries(
    vm: &Vm,
    st: &RefCell<DictTable>,
    mut f: impl FnMut(DictEntry) -> PyResult<()>,
) -> PyResult<()> {
    let n = st.borrow().entry_slots();
    for i in 0..n {
        let Some(e) = st.borrow().entry(i).cloned() else {
            continue;
        };
        f(e)?;
        if st.borrow().entry_slots() != n {
            return Err(vm.runtime_error("dict mutated during update"));
        }
    }
    Ok(())
}

/// dict_merge's test for reading a dict subclass's table directly: its type keeps dict's own
/// `__iter__` (`tp_iter == dict_iter`); one that iterates its own way is read through
/// `keys()` and `__getitem__`.
fn iterates_as_dict(vm: &Vm, src: &ObjRef) -> bool {
    matches!(crate::object::typeobj::lookup(&src.class(), &vm.names.__iter__),
        Some(k) if matches!(&k.payload, Payload::SlotWrapper(w) if Rc::ptr_eq(&w.owner, &vm.types.dict))
            || matches!(&k.payload, Payload::MethodDescr(m) if Rc::ptr_eq(&m.owner, &vm.types.dict)))
}

fn m_get(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "get", 1, 2)?;
    Ok(vm
        .dict_get(d, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn m_setdefault(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "setdefault", 1, 2)?;
    // The key is hashed once (`PyDict_SetDefault`), for the lookup and the insertion.
    // The key is hashed once and compared once (`PyDict_SetDefault`): the lookup's answer
    // holds for the table as it is now, so a missing key goes in without a second search.
    let t = table(vm, d)?;
    let hash = vm.hash(&a[0])?;
    if let Some(ix) = lookup(vm, t, &a[0], hash)? {
        let e = t.borrow().entry(ix).map(|e| e.value.clone());
        return e.ok_or_else(|| vm.internal("dict entry vanished"));
    }
    let v = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    t.borrow_mut().insert_new(hash, a[0].clone(), v.clone());
    Ok(v)
}

fn m_pop(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "pop", 1, 2)?;
    let t = table(vm, d)?;
    let hash = vm.hash(&a[0])?;
    match lookup(vm, t, &a[0], hash)? {
        Some(ix) => {
            let e = t.borrow_mut().remove_at(ix);
            e.map(|e| e.value)
                .ok_or_else(|| vm.internal("dict entry vanished"))
        }
        None => match a.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn m_popitem(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "popitem", 0)?;
    let e = table(vm, d)?.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.error(&vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn m_keys(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "keys", 0)?;
    Ok(super::iter::new_dict_view(
        vm,
        d.clone(),
        super::iter::DictIterKind::Keys,
    ))
}

fn m_values(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "values", 0)?;
    Ok(super::iter::new_dict_view(
        vm,
        d.clone(),
        super::iter::DictIterKind::Values,
    ))
}

fn m_items(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "items", 0)?;
    Ok(super::iter::new_dict_view(
        vm,
        d.clone(),
        super::iter::DictIterKind::Items,
    ))
}

fn m_update(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        update_from(vm, d, src, "update")?;
    }
    for (k, v) in args.kw() {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}

fn m_clear(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    let old = table(vm, d)?.borrow_mut().take_all();
    drop(old);
    Ok(vm.none.clone())
}

fn m_copy(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    let t = table(vm, d)?.borrow().clone();
    Ok(vm.new_dict_from(t))
}

/// `_PyDict_FromKeys`: a new empty exact dict filled from an exact dict, set or frozenset
/// takes the hashes they already hold; anything else is iterated and stored key by key.
fn m_fromkeys(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "fromkeys", 1, 2)?;
    let (src, value) = (&a[0], a.get(1).cloned().unwrap_or_else(|| vm.none.clone()));
    let d = vm.call0(cls)?;
    let empty_exact = d.is_exact(&vm.types.dict) && table(vm, &d)?.borrow().is_empty();
    if empty_exact {
        let hashed: Option<Vec<(ObjRef, i64)>> = if src.is_exact(&vm.types.dict) {
            let t = table(vm, src)?.borrow();
            Some(t.iter().map(|e| (e.key.clone(), e.hash)).collect())
        } else if src.is_exact(&vm.types.set) || src.is_exact(&vm.types.frozenset) {
            Some(super::set::entries(src))
        } else {
            None
        };
        if let Some(items) = hashed {
            let t = table(vm, &d)?;
            for (k, h) in items {
                dict_insert(vm, t, k, h, value.clone())?;
            }
            return Ok(d);
        }
    }
    let it = vm.iter(src)?;
    while let Some(k) = vm.next(&it)? {
        vm.setitem(&d, &k, &value)?;
    }
    Ok(d)
}

/// Whether the dict `d` holds `key`, whose hash is known (`_PyDict_Contains_KnownHash`).
pub fn contains_hashed(vm: &Vm, d: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<bool> {
    Ok(lookup(vm, table(vm, d)?, key, hash)?.is_some())
}

fn m_reversed(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    Ok(super::iter::new_dict_iter(
        vm,
        d.clone(),
        super::iter::DictIterKind::Keys,
        true,
    ))
}

fn dict_or(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if a.as_dict().is_none() || b.as_dict().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let t = table(vm, a)?.borrow().clone();
    let out = vm.new_dict_from(t);
    update_from(vm, &out, b, "|")?;
    Ok(out)
}

fn dict_ior(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    update_from(vm, a, b, "|=")?;
    Ok(a.clone())
}

/// Fills `dict`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.dict;
    let mut s = Slots {
        repr: Slot::Native(dict_repr),
        len: Slot::Native(dict_len),
        getitem: Slot::Native(dict_getitem),
        setitem: Slot::Native(dict_setitem),
        contains: Slot::Native(dict_contains),
        richcompare: Slot::Native(dict_richcompare),
        iter: Slot::Native(dict_iter),
        new: Slot::Native(dict_new),
        init: Slot::Native(dict_init),
        ..Slots::default()
    };
    s.nb[crate::object::slots::NbOp::Or as usize] =
        crate::object::slots::NbSlot::Native(dict_or, Rc::as_ptr(t) as usize);
    s.nb_inplace[crate::object::slots::NbOp::Or as usize] =
        crate::object::slots::NbSlot::Native(dict_ior, Rc::as_ptr(t) as usize);
    vm.add_methods(
        t,
        &[
            ("get", m_get),
            ("setdefault", m_setdefault),
            ("pop", m_pop),
            ("popitem", m_popitem),
            ("keys", m_keys),
            ("values", m_values),
            ("items", m_items),
            ("update", m_update),
            ("clear", m_clear),
            ("copy", m_copy),
            ("__reversed__", m_reversed),
        ],
    );
    vm.add_classmethod(t, "fromkeys", m_fromkeys);
    crate::object::slot_resolve::install_static(vm, t, s);
    vm.set_unhashable(t);
}

/// A new dict object of class `cls` (a subclass allocation keeps the payload).
pub fn new_dict_of(vm: &Vm, cls: &ObjRef) -> ObjRef {
    vm.alloc_instance(cls, Payload::Dict(RefCell::new(DictTable::new())))
}
