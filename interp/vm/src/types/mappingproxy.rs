//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping, as
//! Objects/descrobject.c's `mappingproxy` type. Every operation is handed to the mapping itself
//! (so a proxy of a dict subclass or of any other mapping sees its overrides); a class's
//! `__dict__` proxies the type's own namespace, read as a dict.

use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

fn proxied(vm: &Vm, o: &ObjRef) -> PyResult<ObjRef> {
    match &o.payload {
        Payload::MappingProxy(m) => Ok(m.clone()),
        _ => Err(vm.internal("mappingproxy")),
    }
}

/// The mapping the proxy hands operations to: the mapping given, or for a class's `__dict__`
/// a dict of the type's namespace as it is now.
fn target(vm: &Vm, o: &ObjRef) -> PyResult<ObjRef> {
    let m = proxied(vm, o)?;
    let Some(t) = m.as_type() else {
        return Ok(m);
    };
    let d = vm.new_dict();
    for (k, v) in t.namespace_items() {
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn proxy_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let m = proxied(vm, o)?;
    if let Some(t) = m.as_type() {
        return t.get_own(key).ok_or_else(|| vm.key_error(key.clone()));
    }
    vm.getitem(&m, key)
}

fn proxy_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    vm.len(&target(vm, o)?)
}

/// `mappingproxy_contains`: a dict is asked directly, any other mapping through
/// `PySequence_Contains`.
fn proxy_contains(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    vm.contains(&target(vm, o)?, key)
}

fn proxy_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    vm.iter(&target(vm, o)?)
}

/// `mappingproxy_richcompare`: the mapping compared with the other operand.
fn proxy_richcompare(vm: &Vm, o: &ObjRef, other: &ObjRef, op: CompareOp) -> PyResult {
    vm.rich_compare(&target(vm, o)?, other, op)
}

/// `mappingproxy_or`: either operand that is a proxy stands for its mapping.
fn proxy_or(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let unwrap = |x: &ObjRef| -> PyResult<ObjRef> {
        match &x.payload {
            Payload::MappingProxy(_) => target(vm, x),
            _ => Ok(x.clone()),
        }
    };
    vm.binary_op(&unwrap(a)?, &unwrap(b)?, NbOp::Or)
}

fn proxy_ior(vm: &Vm, a: &ObjRef, _b: &ObjRef) -> PyResult {
    Err(vm.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        vm.type_name(a)
    )))
}

/// `types.MappingProxyType(mapping)` (`mappingproxy_new`): any object with `__getitem__` but
/// a list or a tuple (`mappingproxy_check_mapping`).
fn proxy_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [mapping] = args.bind(vm, "mappingproxy", ["mapping"], 0, 1, 1)?;
    let m = mapping.ok_or_else(|| vm.internal("mapping"))?;
    let is_mapping = m.slot(|s| s.getitem.is_present())
        && !matches!(m.payload, Payload::List(_) | Payload::Tuple(_));
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(Obj::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(m),
    ))
}

fn proxy_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = target(vm, o)?;
    Ok(vm.new_str(format!("mappingproxy({})", vm.repr_string(&m)?)))
}

/// `str(proxy)` is the mapping's `str()` (`mappingproxy_str`), not the repr.
fn proxy_str(vm: &Vm, o: &ObjRef) -> PyResult {
    vm.str(&target(vm, o)?)
}

fn call_on_mapping(vm: &Vm, o: &ObjRef, name: &str, args: &[ObjRef]) -> PyResult {
    vm.call_method(&target(vm, o)?, name, args)
}

fn m_keys(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    a.exact(vm, "keys", 0)?;
    call_on_mapping(vm, o, "keys", &[])
}

fn m_values(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    a.exact(vm, "values", 0)?;
    call_on_mapping(vm, o, "values", &[])
}

fn m_items(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    a.exact(vm, "items", 0)?;
    call_on_mapping(vm, o, "items", &[])
}

fn m_copy(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    a.exact(vm, "copy", 0)?;
    call_on_mapping(vm, o, "copy", &[])
}

fn m_reversed(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    a.exact(vm, "__reversed__", 0)?;
    let reversed = vm.getattr_str(&vm.builtins, "reversed")?;
    vm.call_pos(&reversed, &[target(vm, o)?])
}

/// `get(key, default=None, /)`: the mapping's own `get` with both arguments.
fn m_get(vm: &Vm, o: &ObjRef, a: Args<'_>) -> PyResult {
    let a = a.range(vm, "get", 1, 2)?;
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    call_on_mapping(vm, o, "get", &[a[0].clone(), default])
}

/// Fills `mappingproxy`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.mappingproxy;
    vm.add_methods(
        t,
        &[
            ("keys", m_keys),
            ("values", m_values),
            ("items", m_items),
            ("get", m_get),
            ("copy", m_copy),
            ("__reversed__", m_reversed),
        ],
    );
    let mut s = Slots {
        new: Slot::Native(proxy_new),
        repr: Slot::Native(proxy_repr),
        str: Slot::Native(proxy_str),
        getitem: Slot::Native(proxy_getitem),
        len: Slot::Native(proxy_len),
        contains: Slot::Native(proxy_contains),
        iter: Slot::Native(proxy_iter),
        richcompare: Slot::Native(proxy_richcompare),
        ..Slots::default()
    };
    let id = Rc::as_ptr(t) as usize;
    s.nb[NbOp::Or as usize] = NbSlot::Native(proxy_or, id);
    s.nb_inplace[NbOp::Or as usize] = NbSlot::Native(proxy_ior, id);
    crate::object::slot_resolve::install_static(vm, t, s);
}
