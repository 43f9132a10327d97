//! The `_contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context` (PEP 567),
//! run from the embedded `contextvars.py`, which follows Python/context.c's behaviour. The
//! current context is the running thread's (`Vm::context`, exchanged at each thread switch).

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

const SOURCE: &str = include_str!("contextvars.py");

/// `_get_context()`: the running thread's current context, None before its first use.
fn get_context(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "_get_context", 0)?;
    Ok(vm
        .context
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `_set_context(ctx)`: makes `ctx` the running thread's current context.
fn set_context(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_set_context", 1)?;
    let new = (!vm.is_none(&a[0])).then(|| a[0].clone());
    let old = vm.context.replace(new);
    drop(old);
    Ok(vm.none.clone())
}

/// The `_contextvars` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let f = |name: &'static str, func: NativeFn| {
        (name, vm.new_module_builtin(name, func, "_contextvars"))
    };
    let natives = [
        f("_get_context", get_context),
        f("_set_context", set_context),
    ];
    crate::importer::exec_embedded_with(
        vm,
        "_contextvars",
        SOURCE,
        "<frozen _contextvars>",
        &natives,
    )
    .ok()
}
