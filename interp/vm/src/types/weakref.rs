//! Weak references (`Objects/weakrefobject.c`): `weakref.ref` holds a `Weak` pointer to its
//! referent; a registry keyed by the referent's address lists the references to it, so that
//! when the referent is freed (its `Drop`) the callbacks are queued — most recent reference
//! first — and run at the next instruction boundary with the finalizers. A basic reference
//! (no callback) is shared, as CPython shares it. The `_weakref` module exposes the type and
//! `getweakrefcount`/`getweakrefs`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A weak reference.
#[derive(Debug)]
pub struct WeakRef {
    /// The referent (re-pointed when a finalizer moves the referent's state).
    pub target: RefCell<Weak<Obj>>,
    /// Called with the reference when the referent dies.
    pub callback: Option<ObjRef>,
    /// `hash(ref)`, computed from the referent once.
    pub hash: Cell<Option<i64>>,
    /// Cleared by the cycle collector as garbage itself: its callback will not run.
    pub disarmed: Cell<bool>,
}

/// The collector found `r` (a weak reference) to be garbage: like CPython's
/// `handle_weakrefs`, its callback is not called when its referent dies with it.
pub fn disarm(r: &ObjRef) {
    if let Some(w) = wref(r) {
        w.disarmed.set(true);
    }
}

thread_local! {
    /// Referent address → the weak reference objects to it, oldest first.
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<Obj>>>> = RefCell::new(HashMap::new());
}

fn wref(o: &ObjRef) -> Option<&WeakRef> {
    match &o.payload {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// Whether `o` can be weakly referenced (its type has a `__weakref__` slot).
fn weakrefable(vm: &Vm, o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Type(_)
        | Payload::Function(_)
        | Payload::Method(_)
        | Payload::Set(_)
        | Payload::FrozenSet(..)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Builtin(_)
        | Payload::Property(_)
        | Payload::MemoryView(_) => true,
        Payload::Native(n) if n.weakrefable() => true,
        // `gaobject` keeps a weak-reference list; unions do not.
        Payload::Alias(a) if matches!(**a, super::alias::Alias::Generic { .. }) => true,
        // Compiled patterns keep a weak-reference list (`pattern_weakreflist`).
        Payload::Sre(s) if matches!(**s, crate::builtins::sre::SreObj::Pattern(_)) => true,
        // `tee` objects keep a weak-reference list (`tee_weakreflist`).
        Payload::Itertool(t) if matches!(**t, crate::builtins::itertools::Tool::Tee { .. }) => true,
        _ => {
            let cls = o.class();
            // Modules keep a weak-reference list (`md_weaklist`).
            if crate::object::typeobj::is_subtype(&cls, &vm.types.module) {
                return true;
            }
            cls.as_type().is_some_and(|t| t.is_heap())
                && crate::object::typeobj::lookup(&cls, &vm.names.__weakref__).is_some()
        }
    }
}

/// The live reference objects to `target`, oldest first.
fn refs_to(target: &ObjRef) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        r.borrow()
            .get(&address(target))
            .map(|v| v.iter().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    })
}

/// `weakref.ref(obj, callback=None)`.
pub fn new_ref(vm: &Vm, cls: &ObjRef, target: &ObjRef, callback: Option<ObjRef>) -> PyResult {
    let exact = Rc::ptr_eq(cls, &vm.types.weakref);
    new_weak(vm, cls, target, callback, exact)
}

/// A reference of the built-in class `cls` (a proxy type): without a callback, the existing
/// one of that class is shared, as `weakref.ref` shares its basic reference.
pub(crate) fn new_shared(
    vm: &Vm,
    cls: &ObjRef,
    target: &ObjRef,
    callback: Option<ObjRef>,
) -> PyResult {
    new_weak(vm, cls, target, callback, true)
}

fn new_weak(
    vm: &Vm,
    cls: &ObjRef,
    target: &ObjRef,
    callback: Option<ObjRef>,
    exact: bool,
) -> PyResult {
    if !weakrefable(vm, target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    let callback = callback.filter(|c| !vm.is_none(c));
    if callback.is_none() && exact {
        let shared = refs_to(target)
            .into_iter()
            .find(|r| r.is_exact(cls) && wref(r).is_some_and(|w| w.callback.is_none()));
        if let Some(r) = shared {
            return Ok(r);
        }
    }
    let payload = Payload::WeakRef(Box::new(WeakRef {
        target: RefCell::new(Rc::downgrade(target)),
        callback,
        hash: Cell::new(None),
        disarmed: Cell::new(false),
    }));
    let r = if exact {
        Obj::new(cls.clone(), payload)
    } else {
        vm.alloc_instance(cls, payload)
    };
    vm.gc_track(&r);
    REGISTRY.with(|reg| {
        reg.borrow_mut()
            .entry(address(target))
            .or_default()
            .push(Rc::downgrade(&r));
    });
    target.set_weakly_referenced();
    Ok(r)
}

/// The registry's key for an object: its allocation's address (which `Obj`'s `Drop` passes),
/// not its `id()`, which for an object revived by its finalizer is the old allocation's.
fn address(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

/// The referent at `addr` is being freed: the callbacks to run, each with its reference,
/// most recent reference first.
pub fn referent_died(addr: usize) -> Vec<(ObjRef, ObjRef)> {
    let refs = REGISTRY
        .with(|r| r.borrow_mut().remove(&addr))
        .unwrap_or_default();
    refs.iter()
        .rev()
        .filter_map(Weak::upgrade)
        .filter_map(|r| {
            let w = wref(&r)?;
            if w.disarmed.get() {
                return None;
            }
            let cb = w.callback.clone()?;
            Some((cb, r))
        })
        .collect()
}

/// The referent's state moved from `old` to `new` (a finalizer revived it): its references
/// follow it.
pub fn referent_moved(old: usize, new: &ObjRef) {
    let refs = REGISTRY
        .with(|r| r.borrow_mut().remove(&old))
        .unwrap_or_default();
    for r in refs.iter().filter_map(Weak::upgrade) {
        if let Some(w) = wref(&r) {
            *w.target.borrow_mut() = Rc::downgrade(new);
        }
    }
    REGISTRY.with(|r| r.borrow_mut().insert(address(new), refs));
    new.set_weakly_referenced();
}

/// `weakref___new__` reads the positional arguments only: a subclass's `__init__` may take
/// keywords.
fn ref_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = Args::positional(args.pos());
    let a = pos.range(vm, "__new__", 1, 2)?;
    new_ref(vm, cls, &a[0], a.get(1).cloned())
}

/// `weakref___init__`: no keywords, one or two positional arguments.
fn ref_init(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "ref")?;
    unpack_count(vm, "__init__", args.pos().len())?;
    Ok(vm.none.clone())
}

/// `PyArg_UnpackTuple(args, name, 1, 2)`'s count check and messages.
fn unpack_count(vm: &Vm, name: &str, n: usize) -> PyResult<()> {
    match n {
        0 => Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 | 2 => Ok(()),
        _ => Err(vm.type_error(format!("{name} expected at most 2 arguments, got {n}"))),
    }
}

pub(crate) fn referent(o: &ObjRef) -> Option<ObjRef> {
    wref(o)?.target.borrow().upgrade()
}

fn ref_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "weakref", 0)?;
    Ok(referent(o).unwrap_or_else(|| vm.none.clone()))
}

fn ref_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(match referent(o) {
        None => format!("<weakref at {:#x}; dead>", o.id()),
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            o.id(),
            vm.type_name(&t),
            t.id()
        ),
    }))
}

fn ref_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let w = wref(o).ok_or_else(|| vm.internal("weakref"))?;
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(t) = referent(o) else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&t)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `weakref_richcompare`: live references compare their referents, dead ones by identity.
fn ref_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || wref(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let eq = match (referent(a), referent(b)) {
        (Some(x), Some(y)) => vm.eq(&x, &y)?,
        _ => Rc::ptr_eq(a, b),
    };
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

/// `__callback__`: None once the referent is gone (`clear_weakref` drops the callback).
fn get_callback(vm: &Vm, o: &ObjRef) -> PyResult {
    if referent(o).is_none() {
        return Ok(vm.none.clone());
    }
    Ok(wref(o)
        .and_then(|w| w.callback.clone())
        .unwrap_or_else(|| vm.none.clone()))
}

fn getweakrefcount(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getweakrefcount", 1)?;
    Ok(vm.new_int(refs_to(&a[0]).len() as i64))
}

fn getweakrefs(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getweakrefs", 1)?;
    Ok(vm.new_list(list_order(vm, refs_to(&a[0]))))
}

/// The head of `target`'s weak-reference list (what `obj.__weakref__` answers), if any.
pub fn list_head(vm: &Vm, target: &ObjRef) -> Option<ObjRef> {
    list_order(vm, refs_to(target)).into_iter().next()
}

/// The order of CPython's weak-reference list (`weakref___new__`'s insertion): the basic
/// reference first, then the basic proxy, then every other reference, newest first.
fn list_order(vm: &Vm, oldest_first: Vec<ObjRef>) -> Vec<ObjRef> {
    let basic = |r: &ObjRef| wref(r).is_some_and(|w| w.callback.is_none());
    let rank = |r: &ObjRef| {
        if r.is_exact(&vm.types.weakref) && basic(r) {
            0
        } else if !crate::object::typeobj::is_subtype(&r.class(), &vm.types.weakref) && basic(r) {
            1
        } else {
            2
        }
    };
    let mut refs: Vec<ObjRef> = oldest_first.into_iter().rev().collect();
    refs.sort_by_key(rank);
    refs
}

/// The `_weakref` module (and, until the standard library's `weakref` runs on the VM, the
/// `weakref` module's core).
/// `_weakref.proxy(object[, callback])` (see `weakproxy`).
fn proxy(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    let a = args.range(vm, "proxy", 1, 2)?;
    super::weakproxy::new_proxy(vm, &a[0], a.get(1).cloned())
}

/// `_weakref._remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak
/// reference (what `WeakValueDictionary`'s callbacks use).
fn remove_dead_weakref(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    let a = args.exact(vm, "_remove_dead_weakref", 2)?;
    if let Some(v) = vm.dict_get(&a[0], &a[1])?
        && matches!(v.payload, Payload::WeakRef(_))
        && referent(&v).is_none()
    {
        vm.dict_del(&a[0], &a[1])?;
    }
    Ok(vm.none.clone())
}

pub fn module(vm: &Vm, name: &str) -> ObjRef {
    let m = vm.new_module(name);
    if let Some(d) = m.dict() {
        vm.dict_set_str(&d, "ref", vm.types.weakref.clone());
        vm.dict_set_str(&d, "ReferenceType", vm.types.weakref.clone());
        let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("proxy", proxy),
            ("_remove_dead_weakref", remove_dead_weakref),
        ];
        for &(n, f) in fns {
            vm.dict_set_str(&d, n, vm.new_module_builtin(n, f, "_weakref"));
        }
        vm.dict_set_str(&d, "ProxyType", super::weakproxy::proxy_type(vm, false));
        vm.dict_set_str(
            &d,
            "CallableProxyType",
            super::weakproxy::proxy_type(vm, true),
        );
    }
    m
}

/// Fills the `weakref.ReferenceType` type.
pub fn init(vm: &Vm) {
    let t = &vm.types.weakref;
    vm.add_getset(t, "__callback__", get_callback, None);
    let s = Slots {
        new: Slot::Native(ref_new),
        init: Slot::Native(ref_init),
        call: Slot::Native(ref_call),
        repr: Slot::Native(ref_repr),
        hash: Slot::Native(ref_hash),
        richcompare: Slot::Native(ref_richcompare),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
