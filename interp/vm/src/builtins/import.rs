//! Imports. The standard library is not available yet, so `import` finds only the modules the
//! interpreter provides natively (`sys`, `builtins`) and modules already in `sys.modules`;
//! anything else is `ModuleNotFoundError`, as CPython reports a missing module.

use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Finds (or fails to find) the module `name`.
pub fn import_module(vm: &Vm, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(m) = vm.dict_get(&vm.modules, name)? {
        return Ok(m);
    }
    let text = vm.str_lossy(name);
    if let Some(m) = super::modules::native_module(vm, &text) {
        vm.dict_set(&vm.modules, name.clone(), m.clone())?;
        return Ok(m);
    }
    let err = vm.error(
        &vm.exc.module_not_found_error,
        format!("No module named '{text}'"),
    );
    if let Some(e) = err.exc().as_exception() {
        let mut f = e.fields.borrow_mut();
        if f.len() == 3 {
            f[1] = Some(name.clone());
        }
    }
    Err(err)
}

/// `IMPORT_NAME`: `import a.b` binds the top package, `from a.b import c` needs the leaf.
pub fn import_name(
    vm: &Vm,
    name: &ObjRef,
    fromlist: &ObjRef,
    level: &ObjRef,
    frame: &Frame,
) -> PyResult<ObjRef> {
    let level = level.as_int().and_then(|i| i.as_i64()).unwrap_or(0);
    if level > 0 {
        let _ = frame;
        return Err(vm.error(
            &vm.exc.import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let text = vm.str_lossy(name);
    let top = text.split('.').next().unwrap_or("").to_string();
    let module = import_module(vm, name)?;
    if (vm.is_none(fromlist) || vm.len(fromlist).unwrap_or(0) == 0) && top != text {
        return import_module(vm, &vm.new_str(top));
    }
    Ok(module)
}

/// `IMPORT_FROM`: an attribute of the module, else `ImportError`.
pub fn import_from(vm: &Vm, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match vm.getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = vm
                .getattr_opt(module, &vm.names.__name__)?
                .map(|n| vm.str_lossy(&n))
                .unwrap_or_else(|| "<unknown module name>".into());
            let file = vm
                .getattr_opt(module, &vm.names.__file__)?
                .filter(|f| f.as_str().is_some())
                .map(|f| vm.str_lossy(&f))
                .unwrap_or_else(|| "unknown location".into());
            Err(vm.error(
                &vm.exc.import_error,
                format!(
                    "cannot import name '{}' from '{mname}' ({file})",
                    vm.str_lossy(name)
                ),
            ))
        }
    }
}

/// `from m import *`: the names in `__all__`, or every name not starting with `_`.
pub fn import_star(vm: &Vm, module: &ObjRef, locals: &ObjRef) -> PyResult<()> {
    let names = match vm.getattr_opt(module, &vm.intern("__all__"))? {
        Some(all) => vm.collect(&all)?,
        None => {
            let d = module.dict().unwrap_or_else(|| vm.new_dict());
            vm.dict_items(&d)
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| k.as_str().is_some_and(|s| !s.as_bytes().starts_with(b"_")))
                .collect()
        }
    };
    for n in names {
        let v = vm.getattr(module, &n)?;
        vm.setitem(locals, &n, &v)?;
    }
    Ok(())
}

fn dunder_import(vm: &Vm, args: Args<'_>) -> PyResult {
    let [name, _globals, _locals, _fromlist, _level] = args.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        5,
        1,
    )?;
    let name = name.ok_or_else(|| vm.internal("__import__"))?;
    import_module(vm, &name)
}

/// Registers `__import__`.
pub fn register(vm: &Vm, d: &ObjRef) {
    vm.dict_set_str(d, "__import__", vm.new_builtin("__import__", dunder_import));
}
