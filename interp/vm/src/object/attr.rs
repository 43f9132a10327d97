//! Attribute access: `getattr`/`setattr`/`delattr` through the type's slots, the generic
//! algorithm with data and non-data descriptors (`PyObject_GenericGetAttr`/`SetAttr`), type
//! attributes with metaclass descriptors (`type_getattro`), the `__getattr__` hook, and the
//! method lookup `LOAD_METHOD` uses to skip making bound methods (`_PyObject_GetMethod`).

use super::attr_cache::AttrEntry;
use super::slots::Slot;
use super::typeobj::{self, HAS_DICT, lookup};
use super::{ObjRef, Payload, PyResult, values};
use crate::runtime::Vm;

impl Vm<'_> {
    /// `getattr(obj, name)`.
    pub fn getattr(&self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        match obj.slot(|s| s.getattro) {
            Slot::Native(f) => f(self, obj, name),
            Slot::Python => self.getattr_hook(obj, name).inspect_err(|e| {
                // `set_attribute_error_context`: an `AttributeError` a Python `__getattr__` or
                // `__getattribute__` raised without them learns the name and object, so that
                // the traceback can offer suggestions.
                if self.err_matches(e, &self.exc.attribute_error) {
                    crate::types::exception::augment_attribute_error(e.exc(), name, obj);
                }
            }),
            Slot::Absent => generic_getattr(self, obj, name),
        }
    }

    /// `getattr(obj, name)` with a Rust name.
    pub fn getattr_str(&self, obj: &ObjRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: None when the attribute is missing (`AttributeError`
    /// swallowed), other errors propagate.
    pub fn getattr_opt(&self, obj: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&self, obj: &ObjRef, name: &ObjRef, value: &ObjRef) -> PyResult<()> {
        self.set_or_del_attr(obj, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&self, obj: &ObjRef, name: &ObjRef) -> PyResult<()> {
        self.set_or_del_attr(obj, name, None)
    }

    fn set_or_del_attr(&self, obj: &ObjRef, name: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
        match obj.slot(|s| s.setattro) {
            Slot::Native(f) => f(self, obj, name, value),
            Slot::Python => {
                let args: Vec<ObjRef> = match value {
                    Some(v) => vec![name.clone(), v.clone()],
                    None => vec![name.clone()],
                };
                let dunder = if value.is_some() {
                    &self.names.__setattr__
                } else {
                    &self.names.__delattr__
                };
                self.call_dunder(obj, dunder, &args)?;
                Ok(())
            }
            Slot::Absent => generic_setattr(self, obj, name, value),
        }
    }

    /// `slot_tp_getattr_hook`: `__getattribute__`, then `__getattr__` on `AttributeError`.
    fn getattr_hook(&self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        let ty = obj.class();
        let first = match lookup(&ty, &self.names.__getattribute__) {
            Some(ga)
                if matches!(&ga.payload, Payload::SlotWrapper(w)
                if matches!(w.func, super::slots::SlotFn::GetAttr(_))) =>
            {
                match &ga.payload {
                    Payload::SlotWrapper(w) => match w.func {
                        super::slots::SlotFn::GetAttr(f) => f(self, obj, name),
                        _ => generic_getattr(self, obj, name),
                    },
                    _ => generic_getattr(self, obj, name),
                }
            }
            Some(ga) => self.call_descriptor_method(&ga, obj, &ty, std::slice::from_ref(name)),
            None => generic_getattr(self, obj, name),
        };
        match first {
            Err(e) if self.err_matches(&e, &self.exc.attribute_error) => {
                match lookup(&ty, &self.names.__getattr__) {
                    Some(hook) => {
                        self.call_descriptor_method(&hook, obj, &ty, std::slice::from_ref(name))
                    }
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// Calls a method found on `ty` with `obj` as `self`: a function is called with `obj`
    /// prepended, any other descriptor is bound with `__get__` first.
    pub fn call_descriptor_method(
        &self,
        meth: &ObjRef,
        obj: &ObjRef,
        ty: &ObjRef,
        args: &[ObjRef],
    ) -> PyResult {
        if meth.is_unbound_method() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            return self.call(meth, super::native::Args::positional(&all));
        }
        let bound = self.bind_descriptor(meth, Some(obj), ty)?;
        self.call(&bound, super::native::Args::positional(args))
    }

    /// `descr.__get__(obj, ty)` when `descr` is a descriptor, else `descr` itself.
    pub fn bind_descriptor(&self, descr: &ObjRef, obj: Option<&ObjRef>, ty: &ObjRef) -> PyResult {
        match descr.slot(|s| s.descr_get) {
            Slot::Native(f) => f(self, descr, obj, ty),
            Slot::Python => {
                let o = obj.cloned().unwrap_or_else(|| self.none.clone());
                let r = self.call_dunder(descr, &self.names.__get__, &[o, ty.clone()])?;
                Ok(r)
            }
            Slot::Absent => Ok(descr.clone()),
        }
    }

    /// Looks a dunder up on `type(obj)` and calls it with `obj` as `self` (`vectorcall_method`);
    /// an `AttributeError` naming the dunder when the type lacks it.
    pub fn call_dunder(&self, obj: &ObjRef, name: &ObjRef, args: &[ObjRef]) -> PyResult {
        let ty = obj.class();
        match lookup(&ty, name) {
            Some(m) => self.call_descriptor_method(&m, obj, &ty, args),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// Like [`Vm::call_dunder`] but None when the type lacks the dunder.
    pub fn call_dunder_opt(
        &self,
        obj: &ObjRef,
        name: &ObjRef,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let ty = obj.class();
        match lookup(&ty, name) {
            Some(m) => self.call_descriptor_method(&m, obj, &ty, args).map(Some),
            None => Ok(None),
        }
    }

    /// `_PyObject_GetMethod`: for `LOAD_METHOD`. Returns `(callable, true)` when the callable
    /// is a plain method found on the type, to be called with `obj` prepended, or
    /// `(attribute, false)` otherwise.
    pub fn get_method(&self, obj: &ObjRef, name: &ObjRef) -> PyResult<(ObjRef, bool)> {
        self.get_method_in(obj, name, None)
    }

    /// [`Vm::get_method`] through a code object's cache entry for `name` (`LOAD_METHOD`).
    pub fn get_method_cached(
        &self,
        obj: &ObjRef,
        name: &ObjRef,
        cache: &AttrEntry,
    ) -> PyResult<(ObjRef, bool)> {
        self.get_method_in(obj, name, Some(cache))
    }

    fn get_method_in(
        &self,
        obj: &ObjRef,
        name: &ObjRef,
        cache: Option<&AttrEntry>,
    ) -> PyResult<(ObjRef, bool)> {
        let generic = match obj.slot(|s| s.getattro) {
            Slot::Absent => true,
            Slot::Native(f) => std::ptr::fn_addr_eq(f, generic_getattr as super::slots::GetAttrFn),
            Slot::Python => false,
        };
        if !generic {
            return Ok((self.getattr(obj, name)?, false));
        }
        let ty = obj.class();
        let descr = class_lookup(&ty, name, cache);
        if let Some(d) = &descr
            && d.is_unbound_method()
        {
            let shadowed = match obj.inline_values() {
                Some(vals) => {
                    values::get(obj, vals, name, cache.map(AttrEntry::values_hint)).is_some()
                }
                None => match &obj.dict() {
                    Some(dict) => instance_dict_get(self, dict, name, cache).is_some(),
                    None => false,
                },
            };
            if !shadowed {
                return Ok((d.clone(), true));
            }
        }
        Ok((generic_getattr_with(self, obj, name, descr, cache)?, false))
    }

    /// [`Vm::getattr`] through a code object's cache entry for `name` (`LOAD_ATTR`): the
    /// generic lookup with its class lookup and instance-dict probe cached, any other
    /// `__getattribute__` as usual.
    pub fn getattr_cached(&self, obj: &ObjRef, name: &ObjRef, cache: &AttrEntry) -> PyResult {
        match obj.slot(|s| s.getattro) {
            Slot::Absent => {}
            Slot::Native(f)
                if std::ptr::fn_addr_eq(f, generic_getattr as super::slots::GetAttrFn) => {}
            Slot::Native(f)
                if std::ptr::fn_addr_eq(
                    f,
                    crate::types::module::module_getattro as super::slots::GetAttrFn,
                ) =>
            {
                return self.module_getattr_cached(obj, name, cache);
            }
            _ => return self.getattr(obj, name),
        }
        let descr = cache.class_lookup(&obj.class(), name);
        generic_getattr_with(self, obj, name, descr, Some(cache))
    }

    /// A module's attribute (`math.sin`): `module_getattro` begins with the generic lookup,
    /// so a name in the module's dict that no data descriptor of its class shadows is the
    /// answer, found through the cache; anything else (a data descriptor, a missing name with
    /// the module's `__getattr__` and messages) takes the full path. Nothing here runs Python
    /// code, so the full path never repeats a side effect.
    fn module_getattr_cached(&self, obj: &ObjRef, name: &ObjRef, cache: &AttrEntry) -> PyResult {
        let data_descr = cache
            .class_lookup(&obj.class(), name)
            .is_some_and(|d| d.slot(|s| s.descr_get.is_present() && s.descr_set.is_present()));
        if !data_descr
            && let Some(dict) = &obj.dict()
            && let Some(v) = cache.dict_get(dict, name)
        {
            return Ok(v);
        }
        self.getattr(obj, name)
    }

    /// [`Vm::setattr`] through a code object's cache entry for `name` (`STORE_ATTR`): when the
    /// generic `__setattr__` applies, no class of the MRO has a data descriptor for the name and
    /// the instance dict already holds it, the value is replaced in place, which is what
    /// `PyObject_GenericSetAttr` ends in; every other case takes the full path.
    pub fn setattr_cached(
        &self,
        obj: &ObjRef,
        name: &ObjRef,
        value: &ObjRef,
        cache: &AttrEntry,
    ) -> PyResult<()> {
        let generic = match obj.slot(|s| s.setattro) {
            Slot::Absent => true,
            Slot::Native(f) => std::ptr::fn_addr_eq(f, generic_setattr as super::slots::SetAttrFn),
            Slot::Python => false,
        };
        if generic {
            let ty = obj.class();
            let no_data_descr = match cache.class_lookup(&ty, name) {
                None => true,
                Some(d) => !matches!(d.slot(|s| s.descr_set), Slot::Native(_) | Slot::Python),
            };
            if no_data_descr
                && name.is_exact(&self.types.str)
                && ty.as_type().is_some_and(|t| t.has(HAS_DICT))
            {
                if let Some(vals) = obj.inline_values() {
                    let hint = Some(cache.values_hint());
                    return values::set(self, obj, vals, name, Some(value), hint).map(drop);
                }
                // What `PyObject_GenericSetAttr` does here: the instance dict (made on the
                // first attribute, as `_PyObject_GetDictPtr`'s caller does) takes the value.
                let dict = match obj.dict() {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict();
                        obj.set_dict(Some(d.clone()));
                        d
                    }
                };
                if cache.dict_replace(&dict, name, value) {
                    return Ok(());
                }
                return self.dict_set(&dict, name.clone(), value.clone());
            }
        }
        self.setattr(obj, name, value)
    }
}

/// The class lookup, through the cache entry when there is one.
fn class_lookup(ty: &ObjRef, name: &ObjRef, cache: Option<&AttrEntry>) -> Option<ObjRef> {
    match cache {
        Some(c) => c.class_lookup(ty, name),
        None => lookup(ty, name),
    }
}

/// The instance dict's value for `name`, through the cache entry's hint when there is one.
fn instance_dict_get(
    vm: &Vm,
    dict: &ObjRef,
    name: &ObjRef,
    cache: Option<&AttrEntry>,
) -> Option<ObjRef> {
    match cache {
        Some(c) => c.dict_get(dict, name),
        None => vm.dict_get_str(dict, name),
    }
}

/// Whether a type's `tp_getattro` is the generic one (`PyObject_GenericGetAttr`): absent, or
/// [`generic_getattr`] itself.
pub fn is_generic_getattr(slot: Slot<super::slots::GetAttrFn>) -> bool {
    match slot {
        Slot::Absent => true,
        Slot::Native(f) => std::ptr::fn_addr_eq(f, generic_getattr as super::slots::GetAttrFn),
        Slot::Python => false,
    }
}

/// `PyObject_GenericGetAttr`.
pub fn generic_getattr(vm: &Vm, obj: &ObjRef, name: &ObjRef) -> PyResult {
    let descr = lookup(&obj.class(), name);
    generic_getattr_with(vm, obj, name, descr, None)
}

fn generic_getattr_with(
    vm: &Vm,
    obj: &ObjRef,
    name: &ObjRef,
    descr: Option<ObjRef>,
    cache: Option<&AttrEntry>,
) -> PyResult {
    if let Some(d) = &descr {
        let (get, set) = d.slot(|s| (s.descr_get, s.descr_set));
        if get.is_present() && set.is_present() {
            return vm.bind_descriptor(d, Some(obj), &obj.class());
        }
    }
    let own = match obj.inline_values() {
        Some(vals) => values::get(obj, vals, name, cache.map(AttrEntry::values_hint)),
        None => match &obj.dict() {
            Some(dict) => instance_dict_get(vm, dict, name, cache),
            None => None,
        },
    };
    if let Some(v) = own {
        return Ok(v);
    }
    if let Some(d) = descr {
        return vm.bind_descriptor(&d, Some(obj), &obj.class());
    }
    Err(vm.no_attribute(obj, name))
}

/// `PyObject_GenericSetAttr` (value None deletes).
pub fn generic_setattr(
    vm: &Vm,
    obj: &ObjRef,
    name: &ObjRef,
    value: Option<&ObjRef>,
) -> PyResult<()> {
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    }
    let ty = obj.class();
    let descr = lookup(&ty, name);
    if let Some(d) = &descr
        && let Slot::Native(_) | Slot::Python = d.slot(|s| s.descr_set)
    {
        return vm.descr_set(d, obj, value);
    }
    let has_dict_type = ty.as_type().is_some_and(|t| t.has(HAS_DICT));
    if has_dict_type && let Some(vals) = obj.inline_values() {
        drop(ty);
        drop(descr);
        return match values::set(vm, obj, vals, name, value, None)? {
            true => Ok(()),
            false => Err(vm.no_attribute(obj, name)),
        };
    }
    // A built-in subclass's `__slots__` may live in the dict cell (see `side_slot_get` in
    // `types/descriptors.rs`); that dict takes no other attribute.
    let side_slots = !has_dict_type
        && !crate::types::type_new::slots_in_payload(obj)
        && crate::types::type_new::slot_count(&ty) > 0;
    let dict = match obj.dict() {
        Some(_) if side_slots => None,
        Some(d) => Some(d),
        None if has_dict_type => {
            let d = vm.new_dict();
            obj.set_dict(Some(d.clone()));
            Some(d)
        }
        None => None,
    };
    match dict {
        Some(dict) => match value {
            Some(v) => vm.dict_set(&dict, name.clone(), v.clone()),
            None => match vm.dict_del_str(&dict, name) {
                true => Ok(()),
                false => Err(vm.no_attribute(obj, name)),
            },
        },
        None => Err(match descr {
            Some(_) => vm.error(
                &vm.exc.attribute_error,
                format!(
                    "'{}' object attribute '{}' is read-only",
                    vm.type_name(obj),
                    vm.str_lossy(name)
                ),
            ),
            None => vm.no_attribute(obj, name),
        }),
    }
}

impl Vm<'_> {
    /// `descr.__set__(obj, value)` / `descr.__delete__(obj)`.
    pub fn descr_set(&self, descr: &ObjRef, obj: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
        match descr.slot(|s| s.descr_set) {
            Slot::Native(f) => f(self, descr, obj, value),
            Slot::Python => {
                match value {
                    Some(v) => {
                        self.call_dunder(descr, &self.names.__set__, &[obj.clone(), v.clone()])?
                    }
                    None => {
                        self.call_dunder(descr, &self.names.__delete__, std::slice::from_ref(obj))?
                    }
                };
                Ok(())
            }
            Slot::Absent => Err(self.internal("descriptor without __set__")),
        }
    }
}

/// `type_getattro`: metaclass data descriptors, then the class's MRO (binding descriptors with
/// no instance), then other metaclass attributes.
pub fn type_getattro(vm: &Vm, cls: &ObjRef, name: &ObjRef) -> PyResult {
    let meta = cls.class();
    let meta_attr = lookup(&meta, name);
    if let Some(ma) = &meta_attr {
        let (get, set) = ma.slot(|s| (s.descr_get, s.descr_set));
        if get.is_present() && set.is_present() {
            return vm.bind_descriptor(ma, Some(cls), &meta);
        }
    }
    if let Some(attr) = lookup(cls, name) {
        return match attr.slot(|s| s.descr_get) {
            Slot::Absent => Ok(attr),
            _ => vm.bind_descriptor(&attr, None, cls),
        };
    }
    if let Some(ma) = meta_attr {
        return vm.bind_descriptor(&ma, Some(cls), &meta);
    }
    Err(vm.error(
        &vm.exc.attribute_error,
        format!(
            "type object '{}' has no attribute '{}'",
            typeobj::type_name(cls),
            vm.str_lossy(name)
        ),
    ))
    .inspect_err(|e| {
        crate::types::exception::set_attribute_error_info(e.exc(), name, cls);
    })
}

/// `type_setattro`: built-in types are immutable; a class's namespace changes and its slots (and
/// its subclasses') are re-resolved when a dunder changes.
pub fn type_setattro(vm: &Vm, cls: &ObjRef, name: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let Some(t) = cls.as_type() else {
        return Err(vm.internal("type_setattro on a non-type"));
    };
    if !t.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            vm.str_lossy(name),
            t.name()
        )));
    }
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    }
    let meta = cls.class();
    if let Some(d) = lookup(&meta, name)
        && d.slot(|s| s.descr_set).is_present()
    {
        return vm.descr_set(&d, cls, value);
    }
    let name = vm.intern_obj(name);
    match value {
        Some(v) => vm.type_dict_set(cls, name.clone(), v.clone()),
        None => {
            if !vm.type_dict_del(cls, &name) {
                return Err(vm.error(
                    &vm.exc.attribute_error,
                    format!(
                        "type object '{}' has no attribute '{}'",
                        t.name(),
                        vm.str_lossy(&name)
                    ),
                ));
            }
        }
    }
    super::slot_resolve::on_type_attr_change(vm, cls, &name);
    Ok(())
}
