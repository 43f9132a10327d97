//! The import opcodes and `__import__`: `IMPORT_NAME` goes to the import system
//! (`crate::importer`), `IMPORT_FROM` and `IMPORT_STAR` read the imported module as
//! `ceval.c`'s `import_from`/`import_all_from` do.

use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Imports the module `name` (absolute), as `PyImport_Import` would.
pub fn import_module(vm: &Vm, name: &ObjRef) -> PyResult<ObjRef> {
    crate::importer::import_module(vm, name, None)
}

/// `IMPORT_NAME`: `import a.b` binds the top package, `from a.b import c` needs the leaf.
/// A `__import__` replaced in the frame's builtins is called instead, as `import_name` does.
pub fn import_name(
    vm: &Vm,
    name: &ObjRef,
    fromlist: &ObjRef,
    level: &ObjRef,
    frame: &Frame,
) -> PyResult<ObjRef> {
    let hook = vm.dict_get_str(&frame.builtins, &vm.intern("__import__"));
    match hook {
        Some(h) if !matches!(&h.payload, crate::object::Payload::Builtin(b) if b.name == "__import__") =>
        {
            let locals = frame.locals.clone().unwrap_or_else(|| vm.none.clone());
            vm.call_pos(
                &h,
                &[
                    name.clone(),
                    frame.globals.clone(),
                    locals,
                    fromlist.clone(),
                    level.clone(),
                ],
            )
        }
        None => Err(vm.error(&vm.exc.import_error, "__import__ not found")),
        Some(_) => {
            let level = level.as_int().and_then(|i| i.as_i64()).unwrap_or(0);
            crate::importer::import_level(vm, name, Some(&frame.globals), fromlist, level)
        }
    }
}

/// `IMPORT_FROM`: an attribute of the module, else the submodule `pkg.name` already in
/// `sys.modules` (a circular import's partial package), else `ImportError` naming a partially
/// initialised module when that is the likely cause.
pub fn import_from(vm: &Vm, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(v) = vm.getattr_opt(module, name)? {
        return Ok(v);
    }
    let pkgname = vm.getattr_opt(module, &vm.names.__name__)?;
    let pkg_text = pkgname
        .as_ref()
        .and_then(|n| n.as_str())
        .map(|s| s.to_string_lossy().into_owned());
    if let Some(p) = &pkg_text {
        let full = vm.new_str(format!("{p}.{}", vm.str_lossy(name)));
        if let Some(m) = vm.dict_get(&vm.modules, &full)? {
            return Ok(m);
        }
    }
    let mname = pkg_text.unwrap_or_else(|| "<unknown module name>".into());
    let file = vm
        .getattr_opt(module, &vm.names.__file__)?
        .filter(|f| f.as_str().is_some())
        .map(|f| vm.str_lossy(&f));
    let spec = vm.getattr_opt(module, &vm.intern("__spec__"))?;
    let initializing = match spec {
        Some(s) if !vm.is_none(&s) => match vm.getattr_opt(&s, &vm.intern("_initializing"))? {
            Some(v) => vm.truthy(&v)?,
            None => false,
        },
        _ => false,
    };
    let n = vm.str_lossy(name);
    let msg = if initializing {
        format!(
            "cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({})",
            file.unwrap_or_else(|| "unknown location".into())
        )
    } else {
        format!(
            "cannot import name '{n}' from '{mname}' ({})",
            file.unwrap_or_else(|| "unknown location".into())
        )
    };
    let err = vm.error(&vm.exc.import_error, msg);
    if let Some(e) = err.exc().as_exception() {
        let mut f = e.fields.borrow_mut();
        if f.len() == 3 {
            f[1] = pkgname.clone();
            f[2] = vm.getattr_opt(module, &vm.names.__file__)?;
        }
    }
    Err(err)
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
    let [name, globals, _locals, fromlist, level] = args.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        5,
        1,
    )?;
    let name = name.ok_or_else(|| vm.internal("__import__"))?;
    let level = match level {
        Some(l) => vm.index(&l)?.as_i64().unwrap_or(i64::MAX),
        None => 0,
    };
    let fromlist = fromlist.unwrap_or_else(|| vm.none.clone());
    crate::importer::import_level(vm, &name, globals.as_ref(), &fromlist, level)
}

/// Registers `__import__`.
pub fn register(vm: &Vm, d: &ObjRef) {
    vm.dict_set_str(d, "__import__", vm.new_builtin("__import__", dunder_import));
}
