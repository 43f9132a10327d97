//! Type-variable substitution for `types.GenericAlias` and `types.UnionType` subscripts
//! (`list[T][int]`, `dict[str, T][int]`, `(T | None)[int]`): `_Py_subs_parameters` of
//! `Objects/genericaliasobject.c` in 3.11. The type variables themselves (`TypeVar`,
//! `ParamSpec`, `TypeVarTuple`) are the `typing` module's Python classes; this code only
//! calls their `__typing_subst__` / `__typing_prepare_subst__` hooks, as CPython does.

use std::rc::Rc;

use super::alias::Alias;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The items of a subscript: a tuple's elements, or the one object.
fn items_of(item: &ObjRef) -> Vec<ObjRef> {
    match item.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![item.clone()],
    }
}

fn is_tuple(vm: &Vm, o: &ObjRef) -> bool {
    o.as_tuple().is_some() && vm.isinstance(o, &vm.types.tuple).unwrap_or(false)
}

/// `_unpacked_tuple_args`: the arguments of `*tuple[...]` (a starred alias of `tuple`, or an
/// object answering `__typing_unpacked_tuple_args__`), None for anything else.
fn unpacked_tuple_args(vm: &Vm, arg: &ObjRef) -> PyResult<Option<ObjRef>> {
    if let Some(args) = super::alias::starred_tuple_args(vm, arg) {
        return Ok(Some(args));
    }
    match vm.getattr_opt(arg, &vm.intern("__typing_unpacked_tuple_args__"))? {
        Some(r) if !vm.is_none(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// `_unpack_args`: the subscript's items with every `*tuple[X, Y]` of fixed length spliced in.
fn unpack_args(vm: &Vm, item: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let mut out = Vec::new();
    for it in items_of(item) {
        if it.as_type().is_none()
            && let Some(sub) = unpacked_tuple_args(vm, &it)?
            && let Some(t) = sub.as_tuple()
            && !t.last().is_some_and(|l| Rc::ptr_eq(l, &vm.ellipsis))
        {
            out.extend(t.iter().cloned());
            continue;
        }
        out.push(it);
    }
    Ok(out)
}

/// `_is_unpacked_typevartuple`.
fn is_unpacked_typevartuple(vm: &Vm, arg: &ObjRef) -> PyResult<bool> {
    if arg.as_type().is_some() {
        return Ok(false);
    }
    match vm.getattr_opt(arg, &vm.intern("__typing_is_unpacked_typevartuple__"))? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

fn index_of(params: &[ObjRef], p: &ObjRef) -> Option<usize> {
    params.iter().position(|q| Rc::ptr_eq(q, p))
}

/// `subs_tvars`: `arg` (itself generic, like `list[T]` inside `dict[str, list[T]]`) with its
/// own parameters replaced, by subscripting it with their values.
fn subs_tvars(vm: &Vm, obj: &ObjRef, params: &[ObjRef], items: &[ObjRef]) -> PyResult {
    let sub = vm.getattr_opt(obj, &vm.intern("__parameters__"))?;
    let Some(subparams) = sub
        .as_ref()
        .and_then(|s| s.as_tuple())
        .filter(|t| !t.is_empty())
    else {
        return Ok(obj.clone());
    };
    let mut subargs = Vec::new();
    for p in subparams {
        if let Some(i) = index_of(params, p) {
            let value = &items[i];
            // A `TypeVarTuple` (an iterable parameter) given a tuple spreads it.
            if params[i].slot(|s| s.iter.is_present()) && is_tuple(vm, value) {
                subargs.extend(value.as_tuple().unwrap_or(&[]).iter().cloned());
                continue;
            }
            subargs.push(value.clone());
        } else {
            subargs.push(p.clone());
        }
    }
    let key = vm.new_tuple(subargs);
    vm.getitem(obj, &key)
}

/// `_Py_subs_parameters(self, args, parameters, item)`: the new `__args__` of `self[item]`.
pub fn subs_parameters(
    vm: &Vm,
    this: &ObjRef,
    args: &[ObjRef],
    params: &[ObjRef],
    item: &ObjRef,
) -> PyResult<Vec<ObjRef>> {
    if params.is_empty() {
        return Err(vm.type_error(format!("{} is not a generic class", vm.repr_string(this)?)));
    }
    let mut item = vm.new_tuple(unpack_args(vm, item)?);
    for p in params {
        if let Some(prepare) = vm.getattr_opt(p, &vm.intern("__typing_prepare_subst__"))?
            && !vm.is_none(&prepare)
        {
            let arg = if is_tuple(vm, &item) {
                item.clone()
            } else {
                vm.new_tuple(vec![item.clone()])
            };
            item = vm.call_pos(&prepare, &[this.clone(), arg])?;
        }
    }
    let items = items_of(&item);
    if items.len() != params.len() {
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            vm.repr_string(this)?,
            items.len(),
            params.len()
        )));
    }
    let mut out = Vec::with_capacity(args.len());
    for arg in args {
        if arg.as_type().is_some() {
            out.push(arg.clone());
            continue;
        }
        let unpack = is_unpacked_typevartuple(vm, arg)?;
        let new = match vm.getattr_opt(arg, &vm.intern("__typing_subst__"))? {
            Some(subst) => {
                let i = index_of(params, arg).ok_or_else(|| {
                    vm.internal("a type variable of __args__ is missing from __parameters__")
                })?;
                vm.call_pos(&subst, &[items[i].clone()])?
            }
            None => subs_tvars(vm, arg, params, &items)?,
        };
        if unpack {
            out.extend(vm.collect(&new)?);
        } else {
            out.push(new);
        }
    }
    Ok(out)
}

/// `generic_alias_iterator` (`gaiterobject`): what iterating `tuple[int]` gives, one starred
/// alias and done. Its own `__reduce__` pickles it as `iter(alias)`, so a starred alias,
/// which pickles as `next(iter(alias))`, does not reach itself.
struct AliasIter {
    /// The alias iterated, until the one item is taken.
    alias: std::cell::RefCell<Option<ObjRef>>,
}

impl crate::object::payload::NativeData for AliasIter {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Some(a) = &*self.alias.borrow() {
            f(a);
        }
    }

    fn clear(&self) {
        let old = self.alias.borrow_mut().take();
        drop(old);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn alias_iter<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a AliasIter> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<AliasIter>()
            .ok_or_else(|| vm.internal("expected a generic_alias_iterator")),
        _ => Err(vm.internal("expected a generic_alias_iterator")),
    }
}

fn alias_iter_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let taken = alias_iter(vm, o)?.alias.borrow_mut().take();
    let Some(alias) = taken else {
        return Ok(None);
    };
    let Payload::Alias(a) = &alias.payload else {
        return Err(vm.internal("expected a generic alias"));
    };
    let Alias::Generic { origin, args, .. } = &**a else {
        return Err(vm.internal("expected a generic alias"));
    };
    super::alias::new_generic_starred(vm, origin, args, true).map(Some)
}

fn alias_iter_self(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `ga_iter_reduce`: `iter(alias)`, or `iter(())` once exhausted.
fn alias_iter_reduce(vm: &Vm, o: &ObjRef, args: crate::object::native::Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let iter = vm.getattr(&vm.builtins, &vm.intern("iter"))?;
    let target = alias_iter(vm, o)?
        .alias
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.new_tuple(Vec::new()));
    Ok(vm.new_tuple(vec![iter, vm.new_tuple(vec![target])]))
}

/// `iter(alias)` for a generic alias.
pub fn new_alias_iter(vm: &Vm, alias: &ObjRef) -> PyResult {
    let t = vm.native_type("generic_alias_iterator", || {
        let t = super::new_static_type(
            &vm.types.type_,
            "generic_alias_iterator",
            &vm.types.object,
            crate::object::typeobj::Layout::Opaque,
            0,
        );
        let s = crate::object::slots::Slots {
            iter: crate::object::slots::Slot::Native(alias_iter_self),
            next: crate::object::slots::Slot::Native(alias_iter_next),
            ..crate::object::slots::Slots::default()
        };
        vm.add_methods(&t, &[("__reduce__", alias_iter_reduce)]);
        crate::object::slot_resolve::install_static(vm, &t, s);
        t
    });
    Ok(vm.alloc_instance(
        &t,
        Payload::Native(Box::new(AliasIter {
            alias: std::cell::RefCell::new(Some(alias.clone())),
        })),
    ))
}
