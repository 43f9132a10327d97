//! The `module` type: a namespace dict with `__name__`, attribute lookup that falls back to a
//! module-level `__getattr__` (PEP 562), and CPython's repr and error message.

use crate::object::attr::generic_getattr;
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

impl Vm<'_> {
    /// A new module named `name` with an empty namespace (plus `__name__`, `__doc__`,
    /// `__package__`, `__loader__`, `__spec__`).
    pub fn new_module(&self, name: &str) -> ObjRef {
        let d = self.new_dict();
        let m = Obj::with_dict(self.types.module.clone(), d.clone(), Payload::Plain);
        self.dict_set_str(&d, "__name__", self.new_str(name));
        self.dict_set_str(&d, "__doc__", self.none.clone());
        self.dict_set_str(&d, "__package__", self.none.clone());
        self.dict_set_str(&d, "__loader__", self.none.clone());
        self.dict_set_str(&d, "__spec__", self.none.clone());
        m
    }

    /// The builtins module's namespace.
    pub fn builtins_dict(&self) -> ObjRef {
        self.builtins.dict().unwrap_or_else(|| self.new_dict())
    }
}

fn module_name(vm: &Vm, m: &ObjRef) -> Option<String> {
    let d = m.dict()?;
    let n = vm.dict_get_str(&d, &vm.names.__name__)?;
    n.as_str().map(|s| s.to_string_lossy().into_owned())
}

fn initializing(vm: &Vm, m: &ObjRef) -> bool {
    let Some(spec) = m.dict().and_then(|d| vm.dict_get_name(&d, "__spec__")) else {
        return false;
    };
    if vm.is_none(&spec) {
        return false;
    }
    match vm.getattr_opt(&spec, &vm.intern("_initializing")) {
        Ok(Some(v)) => vm.truthy(&v).unwrap_or(false),
        _ => false,
    }
}

/// `module_getattro`: the generic lookup, then the module's `__getattr__`, then CPython's
/// messages.
pub(crate) fn module_getattro(vm: &Vm, m: &ObjRef, name: &ObjRef) -> PyResult {
    match generic_getattr(vm, m, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => {
            if let Some(d) = m.dict()
                && let Some(hook) = vm.dict_get_str(&d, &vm.names.__getattr__)
            {
                return vm.call_pos(&hook, std::slice::from_ref(name));
            }
            let msg = match module_name(vm, m) {
                // A module still running its body (`__spec__._initializing`, as
                // `_PyModuleSpec_IsInitializing` checks) hints at a circular import.
                Some(n) if initializing(vm, m) => format!(
                    "partially initialized module '{n}' has no attribute '{}' (most likely due to a circular import)",
                    vm.str_lossy(name)
                ),
                Some(n) => format!("module '{n}' has no attribute '{}'", vm.str_lossy(name)),
                None => format!("module has no attribute '{}'", vm.str_lossy(name)),
            };
            let err = vm.error(&vm.exc.attribute_error, msg);
            crate::types::exception::set_attribute_error_info(err.exc(), name, m);
            Err(err)
        }
        Err(e) => Err(e),
    }
}

fn module_repr(vm: &Vm, m: &ObjRef) -> PyResult {
    let name = module_name(vm, m).unwrap_or_else(|| "?".into());
    let file = m
        .dict()
        .and_then(|d| vm.dict_get_str(&d, &vm.names.__file__))
        .filter(|f| f.as_str().is_some());
    Ok(vm.new_str(match file {
        Some(f) => format!("<module '{name}' from '{}'>", vm.str_lossy(&f)),
        None if name == "sys" || name == "builtins" => format!("<module '{name}' (built-in)>"),
        None => format!("<module '{name}'>"),
    }))
}

fn module_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(Obj::with_dict(cls.clone(), vm.new_dict(), Payload::Plain))
}

fn module_init(vm: &Vm, m: &ObjRef, args: Args<'_>) -> PyResult {
    let [name, doc] = args.bind(vm, "module", ["name", "doc"], 0, 2, 1)?;
    let d = crate::types::type_methods::instance_dict(vm, m)?;
    if let Some(n) = name {
        vm.dict_set(&d, vm.names.__name__.clone(), n)?;
    }
    vm.dict_set(
        &d,
        vm.names.__doc__.clone(),
        doc.unwrap_or_else(|| vm.none.clone()),
    )?;
    Ok(vm.none.clone())
}

fn get_dict(vm: &Vm, m: &ObjRef) -> PyResult {
    crate::types::type_methods::instance_dict(vm, m)
}

/// `module.__annotations__` (`module_get_annotations`): the module's own, made empty and
/// stored at first read when its code annotated nothing.
fn get_annotations(vm: &Vm, m: &ObjRef) -> PyResult {
    let d = crate::types::type_methods::instance_dict(vm, m)?;
    let name = vm.intern("__annotations__");
    if let Some(a) = vm.dict_get(&d, &name)? {
        return Ok(a);
    }
    let a = vm.new_dict();
    vm.dict_set(&d, name, a.clone())?;
    Ok(a)
}

/// `module.__annotations__ = v` / `del` (`module_set_annotations`).
fn set_annotations(vm: &Vm, m: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let d = crate::types::type_methods::instance_dict(vm, m)?;
    let name = vm.intern("__annotations__");
    match v {
        Some(v) => vm.dict_set(&d, name, v),
        None => {
            if vm.dict_del(&d, &name)? {
                Ok(())
            } else {
                Err(vm.error(&vm.exc.attribute_error, "__annotations__"))
            }
        }
    }
}

/// `module_dir`: the `__dict__` attribute's keys, or what a module-level `__dir__` (PEP 562)
/// returns.
fn m_dir(vm: &Vm, m: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__dir__", 0)?;
    let d = vm.getattr(m, &vm.names.__dict__)?;
    if d.as_dict().is_none() {
        return Err(vm.type_error("<module>.__dict__ is not a dictionary"));
    }
    if let Some(f) = vm.dict_get(&d, &vm.names.__dir__)? {
        return vm.call_pos(&f, &[]);
    }
    let keys: Vec<ObjRef> = vm.dict_items(&d).into_iter().map(|(k, _)| k).collect();
    Ok(vm.new_list(keys))
}

/// Fills the `module` type.
pub fn init(vm: &Vm) {
    let t = &vm.types.module;
    let s = Slots {
        repr: Slot::Native(module_repr),
        getattro: Slot::Native(module_getattro),
        new: Slot::Native(module_new),
        init: Slot::Native(module_init),
        ..Slots::default()
    };
    vm.add_getset(t, "__dict__", get_dict, None);
    vm.add_getset(t, "__annotations__", get_annotations, Some(set_annotations));
    vm.add_methods(t, &[("__dir__", m_dir)]);
    crate::object::slot_resolve::install_static(vm, t, s);
}
