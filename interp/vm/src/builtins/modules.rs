//! Modules the interpreter provides natively until the standard library runs on the VM:
//! `gc` (the cycle collector's controls). `import` finds them by name.

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

fn gc_collect(vm: &Vm, args: Args<'_>) -> PyResult {
    let _ = args.bind(vm, "collect", ["generation"], 0, 1, 0)?;
    Ok(vm.new_int(vm.gc_collect() as i64))
}

fn gc_enable(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "enable", 0)?;
    vm.gc.borrow_mut().enabled = true;
    Ok(vm.none.clone())
}

fn gc_disable(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "disable", 0)?;
    vm.gc.borrow_mut().enabled = false;
    Ok(vm.none.clone())
}

fn gc_isenabled(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "isenabled", 0)?;
    Ok(vm.new_bool(vm.gc.borrow().enabled))
}

fn gc_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("gc");
    if let Some(d) = m.dict() {
        let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
        ];
        for &(name, f) in fns {
            let b = vm.new_builtin(name, f);
            vm.dict_set_str(&d, name, b);
        }
        vm.dict_set_str(&d, "garbage", vm.new_list(Vec::new()));
    }
    m
}

/// Creates the native module `name`, if there is one.
pub fn native_module(vm: &Vm, name: &str) -> Option<ObjRef> {
    match name {
        "gc" => Some(gc_module(vm)),
        "math" => Some(super::math::module(vm)),
        "itertools" => Some(super::itertools::module(vm)),
        "_thread" => crate::importer::thread_module(vm),
        "posix" => crate::importer::posix::module(vm),
        "importlib" => Some(crate::importer::importlib_module(vm)),
        "_weakref" => Some(crate::types::weakref::module(vm, name)),
        _ => None,
    }
}
