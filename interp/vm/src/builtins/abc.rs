//! The `_abc` module (`Modules/_abc.c`) behind `abc.ABCMeta`: abstract-method computation,
//! `register`, and the cached `isinstance`/`issubclass` checks (positive cache, negative cache
//! invalidated by a global counter bumped on every `register`), in CPython's order of steps.
//!
//! The registry and caches hold classes weakly (Rust weak pointers: a class held only there is
//! freed), as CPython's sets of weak references do.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{self, Layout};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A set of classes held weakly, in insertion order.
#[derive(Default)]
struct WeakSet(RefCell<Vec<Weak<Obj>>>);

impl WeakSet {
    fn contains(&self, o: &ObjRef) -> bool {
        let p = Rc::as_ptr(o);
        self.0
            .borrow()
            .iter()
            .any(|w| std::ptr::eq(w.as_ptr(), p) && w.strong_count() > 0)
    }

    fn add(&self, o: &ObjRef) {
        if !self.contains(o) {
            let mut v = self.0.borrow_mut();
            v.retain(|w| w.strong_count() > 0);
            v.push(Rc::downgrade(o));
        }
    }

    fn live(&self) -> Vec<ObjRef> {
        self.0.borrow().iter().filter_map(Weak::upgrade).collect()
    }

    fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

/// `_abc_data`: one ABC's registry, caches and the counter value of its negative cache.
#[derive(Default)]
struct AbcData {
    registry: WeakSet,
    cache: WeakSet,
    negative: WeakSet,
    negative_version: Cell<u64>,
}

impl NativeData for AbcData {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The global invalidation counter (`abc_invalidation_counter`), kept per interpreter as a
/// module attribute would be: stored in the native-type table's counter object.
fn counter(vm: &Vm) -> ObjRef {
    vm.native_type("_abc.counter", || vm.new_list(vec![vm.new_int(0)]))
}

fn token(vm: &Vm) -> u64 {
    counter(vm)
        .as_list()
        .and_then(|l| l.borrow().first().and_then(|v| v.as_int()?.as_i64()))
        .unwrap_or(0) as u64
}

fn bump_token(vm: &Vm) {
    let next = vm.new_int(token(vm) as i64 + 1);
    if let Some(l) = counter(vm).as_list() {
        let old = std::mem::replace(&mut l.borrow_mut()[0], next);
        drop(old);
    }
}

fn data_type(vm: &Vm) -> ObjRef {
    vm.native_type("_abc._abc_data", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "_abc._abc_data",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        crate::object::slot_resolve::install_static(
            vm,
            &t,
            Slots {
                new: Slot::Absent,
                ..Slots::default()
            },
        );
        crate::object::slot_resolve::inherit_static(&t);
        t
    })
}

/// `_get_impl`: the class's `_abc_impl`.
fn impl_of(vm: &Vm, cls: &ObjRef) -> PyResult<ObjRef> {
    let d = vm.getattr(cls, &vm.intern("_abc_impl"))?;
    match &d.payload {
        Payload::Native(n) if n.as_any().is::<AbcData>() => Ok(d),
        _ => Err(vm.type_error("_abc_impl is set to a wrong type")),
    }
}

fn data(o: &ObjRef) -> Option<&AbcData> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<AbcData>(),
        _ => None,
    }
}

fn is_abstract(vm: &Vm, v: &ObjRef) -> PyResult<bool> {
    match vm.getattr_opt(v, &vm.intern("__isabstractmethod__"))? {
        Some(flag) => vm.truthy(&flag),
        None => Ok(false),
    }
}

/// `compute_abstract_methods`: abstract names of the namespace, then inherited abstract names
/// the class still resolves to abstract values.
fn compute_abstracts(vm: &Vm, cls: &ObjRef) -> PyResult<()> {
    let mut names = Vec::new();
    let ns = vm.getattr(cls, &vm.names.__dict__)?;
    let items = vm.call_method(&ns, "items", &[])?;
    for pair in vm.collect(&items)? {
        if let Some([k, v]) = pair
            .as_tuple()
            .and_then(|t| <&[ObjRef; 2]>::try_from(t).ok())
            && is_abstract(vm, v)?
        {
            names.push(k.clone());
        }
    }
    let bases = vm.getattr(cls, &vm.intern("__bases__"))?;
    for base in vm.collect(&bases)? {
        let Some(inherited) = vm.getattr_opt(&base, &vm.names.__abstractmethods__)? else {
            continue;
        };
        for key in vm.collect(&inherited)? {
            if let Some(v) = vm.getattr_opt(cls, &key)?
                && is_abstract(vm, &v)?
            {
                names.push(key);
            }
        }
    }
    let set = vm.call_pos(&vm.types.frozenset, &[vm.new_list(names)])?;
    vm.setattr(cls, &vm.names.__abstractmethods__, &set)
}

/// CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING` values, which
/// `_collections_abc` writes into `__abc_tpflags__`.
const PY_SEQUENCE: i64 = 1 << 5;
const PY_MAPPING: i64 = 1 << 6;

fn abc_init(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_abc_init", 1)?;
    let cls = &a[0];
    compute_abstracts(vm, cls)?;
    let d = Obj::new(data_type(vm), Payload::Native(Box::<AbcData>::default()));
    vm.setattr(cls, &vm.intern("_abc_impl"), &d)?;
    // The collection flags are for pattern matching: `_abc_init` moves the namespace's
    // `__abc_tpflags__` into the type's flags and drops the marker.
    if let Some(t) = cls.as_type() {
        let key = vm.intern("__abc_tpflags__");
        if let Some(v) = t.get_own(&key) {
            if let Some(n) = v.as_int().and_then(|i| i.as_i64()) {
                let flags = match n & (PY_SEQUENCE | PY_MAPPING) {
                    w if w == PY_SEQUENCE | PY_MAPPING => {
                        return Err(vm.type_error(
                            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and \
                             Py_TPFLAGS_MAPPING",
                        ));
                    }
                    PY_SEQUENCE => typeobj::SEQUENCE,
                    PY_MAPPING => typeobj::MAPPING,
                    _ => 0,
                };
                t.flags.set(t.flags.get() | flags);
            }
            vm.delattr(cls, &key)?;
        }
    }
    Ok(vm.none.clone())
}

/// Gives a registered class (and its subclasses) the ABC's collection flag, replacing the
/// other one, but not built-in types, as `_abc.c`'s `set_collection_flag_recursive` does.
fn set_collection_flag(child: &ObjRef, flag: u32) {
    let Some(t) = child.as_type() else { return };
    if !t.has(typeobj::HEAPTYPE) || t.flags.get() & typeobj::COLLECTION == flag {
        return;
    }
    t.flags.set((t.flags.get() & !typeobj::COLLECTION) | flag);
    let subs: Vec<ObjRef> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for s in &subs {
        set_collection_flag(s, flag);
    }
}

fn abc_register(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_abc_register", 2)?;
    let (cls, sub) = (&a[0], &a[1]);
    if sub.as_type().is_none() {
        return Err(vm.type_error("Can only register classes"));
    }
    if vm.issubclass(sub, cls)? {
        return Ok(sub.clone());
    }
    if vm.issubclass(cls, sub)? {
        return Err(vm.runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(vm, cls)?;
    if let Some(d) = data(&imp) {
        d.registry.add(sub);
    }
    if let Some(t) = cls.as_type() {
        let flag = t.flags.get() & typeobj::COLLECTION;
        if flag != 0 {
            set_collection_flag(sub, flag);
        }
    }
    bump_token(vm);
    Ok(sub.clone())
}

fn abc_instancecheck(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_abc_instancecheck", 2)?;
    let (cls, inst) = (&a[0], &a[1]);
    let imp = impl_of(vm, cls)?;
    let d = data(&imp).ok_or_else(|| vm.internal("_abc_data"))?;
    let subclass = vm.getattr(inst, &vm.intern("__class__"))?;
    if d.cache.contains(&subclass) {
        return Ok(vm.new_bool(true));
    }
    let subtype = inst.class();
    if Rc::ptr_eq(&subtype, &subclass) {
        if d.negative_version.get() == token(vm) && d.negative.contains(&subclass) {
            return Ok(vm.new_bool(false));
        }
        return vm.call_method(cls, "__subclasscheck__", &[subclass]);
    }
    let r = vm.call_method(cls, "__subclasscheck__", &[subclass])?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    vm.call_method(cls, "__subclasscheck__", &[subtype])
}

/// `_abc_subclasscheck`: caches, `__subclasshook__`, the MRO, the registry, then the
/// subclasses, remembering a negative answer.
fn abc_subclasscheck(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_abc_subclasscheck", 2)?;
    let (cls, sub) = (&a[0], &a[1]);
    if sub.as_type().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let imp = impl_of(vm, cls)?;
    let d = data(&imp).ok_or_else(|| vm.internal("_abc_data"))?;
    if d.cache.contains(sub) {
        return Ok(vm.new_bool(true));
    }
    let tok = token(vm);
    if d.negative_version.get() < tok {
        d.negative.clear();
        d.negative_version.set(tok);
    } else if d.negative.contains(sub) {
        return Ok(vm.new_bool(false));
    }
    let hook = vm.call_method(cls, "__subclasshook__", std::slice::from_ref(sub))?;
    if !vm.is_not_implemented(&hook) {
        if !hook.is_exact(&vm.types.bool) {
            return Err(vm.error(
                &vm.exc.assertion_error,
                "__subclasshook__ must return either False, True, or NotImplemented",
            ));
        }
        if vm.truthy(&hook)? {
            d.cache.add(sub);
        } else {
            d.negative.add(sub);
        }
        return Ok(hook);
    }
    let mro = vm.getattr_opt(sub, &vm.intern("__mro__"))?;
    if let Some(mro) = mro.filter(|m| m.as_tuple().is_some())
        && mro
            .as_tuple()
            .is_some_and(|t| t.iter().any(|c| Rc::ptr_eq(c, cls)))
    {
        d.cache.add(sub);
        return Ok(vm.new_bool(true));
    }
    for rcls in d.registry.live() {
        if vm.issubclass(sub, &rcls)? {
            d.cache.add(sub);
            return Ok(vm.new_bool(true));
        }
    }
    let subs = vm.call_method(cls, "__subclasses__", &[])?;
    for scls in vm.collect(&subs)? {
        if vm.issubclass(sub, &scls)? {
            d.cache.add(sub);
            return Ok(vm.new_bool(true));
        }
    }
    d.negative.add(sub);
    Ok(vm.new_bool(false))
}

fn get_cache_token(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_cache_token", 0)?;
    Ok(vm.new_int(token(vm) as i64))
}

/// `_get_dump(cls)`: the registry, caches and negative-cache version (for tests); the sets
/// hold the classes themselves.
fn get_dump(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_get_dump", 1)?;
    let imp = impl_of(vm, &a[0])?;
    let d = data(&imp).ok_or_else(|| vm.internal("_abc_data"))?;
    let set = |w: &WeakSet| vm.call_pos(&vm.types.set, &[vm.new_list(w.live())]);
    Ok(vm.new_tuple(vec![
        set(&d.registry)?,
        set(&d.cache)?,
        set(&d.negative)?,
        vm.new_int(d.negative_version.get() as i64),
    ]))
}

fn reset_registry(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_reset_registry", 1)?;
    let imp = impl_of(vm, &a[0])?;
    if let Some(d) = data(&imp) {
        d.registry.clear();
    }
    Ok(vm.none.clone())
}

fn reset_caches(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_reset_caches", 1)?;
    let imp = impl_of(vm, &a[0])?;
    if let Some(d) = data(&imp) {
        d.cache.clear();
        d.negative.clear();
    }
    Ok(vm.none.clone())
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("get_cache_token", get_cache_token),
    ("_abc_init", abc_init),
    ("_abc_register", abc_register),
    ("_abc_instancecheck", abc_instancecheck),
    ("_abc_subclasscheck", abc_subclasscheck),
    ("_get_dump", get_dump),
    ("_reset_registry", reset_registry),
    ("_reset_caches", reset_caches),
];

/// Creates the `_abc` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_abc");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_abc"));
    }
    vm.dict_set_str(&d, "_abc_data", data_type(vm));
    m
}
