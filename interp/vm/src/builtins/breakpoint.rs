//! `breakpoint()` and the default `sys.breakpointhook` (PEP 553): the builtin hands its
//! arguments to whatever `sys.breakpointhook` is now, and the default hook imports the callable
//! `$PYTHONBREAKPOINT` names (`pdb.set_trace` when it is unset or empty, nothing when it is `0`)
//! as `sysmodule.c`'s `sys_breakpointhook` does.

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook(*args, **kws)`; a deleted hook is
/// "lost sys.breakpointhook" (`builtin_breakpoint`).
pub fn breakpoint(vm: &Vm, args: Args<'_>) -> PyResult {
    let hook = vm.getattr_opt(&vm.sys, &vm.intern("breakpointhook"))?;
    let Some(hook) = hook else {
        return Err(vm.error(&vm.exc.runtime_error, "lost sys.breakpointhook"));
    };
    vm.call(&hook, args)
}

/// `$PYTHONBREAKPOINT` as `getenv` would read it: krait cannot change its process
/// environment, so what `os.putenv`/`os.unsetenv` left is in `posix._environ`; before `posix`
/// is imported the process environment is read directly.
fn env_breakpoint(vm: &Vm) -> PyResult<Option<String>> {
    let key = b"PYTHONBREAKPOINT";
    let posix = vm.dict_get_name(&vm.modules, "posix");
    let env = match posix {
        Some(p) => vm.getattr_opt(&p, &vm.intern("_environ"))?,
        None => None,
    };
    let Some(env) = env else {
        return Ok(std::env::var_os("PYTHONBREAKPOINT").map(|v| v.to_string_lossy().into_owned()));
    };
    let value = vm.dict_get(&env, &vm.new_bytes(key.to_vec()))?;
    Ok(value.and_then(|v| {
        v.as_bytes()
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }))
}

/// The hook `envar` names: `module.attr`, or a builtin when it has no dot. `None` when it
/// cannot be imported (an import or attribute error, or a leading dot).
fn load_hook(vm: &Vm, envar: &str) -> PyResult<Option<ObjRef>> {
    let (module, attr) = match envar.rfind('.') {
        None => ("builtins", envar),
        Some(0) => return Ok(None),
        Some(i) => (&envar[..i], &envar[i + 1..]),
    };
    // `PyImport_Import`: `__import__(module, fromlist=['__doc__'], level=0)`, so a leading dot
    // is part of an absolute name that is not found rather than a relative import.
    let import = vm.getattr(&vm.builtins, &vm.intern("__import__"))?;
    let none = vm.none.clone();
    let fromlist = vm.new_list(vec![vm.new_str("__doc__")]);
    let call_args = [
        vm.new_str(module),
        none.clone(),
        none,
        fromlist,
        vm.new_int(0),
    ];
    let m = match vm.call_pos(&import, &call_args) {
        Ok(m) => m,
        Err(e) if vm.err_matches(&e, &vm.exc.import_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    match vm.getattr(&m, &vm.new_str(attr)) {
        Ok(h) => Ok(Some(h)),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `sys.breakpointhook(*args, **kws)` (also `sys.__breakpointhook__`).
pub fn breakpointhook(vm: &Vm, args: Args<'_>) -> PyResult {
    let envar = match env_breakpoint(vm)? {
        Some(v) if v == "0" => return Ok(vm.none.clone()),
        Some(v) if !v.is_empty() => v,
        _ => "pdb.set_trace".to_string(),
    };
    match load_hook(vm, &envar)? {
        Some(hook) => vm.call(&hook, args),
        None => {
            let msg = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{envar}\"");
            crate::warnings::warn(vm, &vm.exc.runtime_warning, &msg, 1, None)?;
            Ok(vm.none.clone())
        }
    }
}
