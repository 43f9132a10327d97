//! Iteration builtins: `len`, `iter`, `next`, `sorted`, `any`, `all`.

use crate::object::native::Args;
use crate::object::slots::Slot;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `len`, which `CALL` recognises to run it without parsing arguments.
pub const LEN: crate::object::native::NativeFn = len;

fn len(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "len", 1)?;
    let n = vm.len(&a[0])?;
    Ok(vm.new_int(n as i64))
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        if !crate::builtins::introspect::is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter::new_callable_iter(
            vm,
            a[0].clone(),
            a[1].clone(),
        ));
    }
    vm.iter(&a[0])
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "next", 1, 2)?;
    let it = &a[0];
    let r = match it.slot(|s| s.next) {
        Slot::Native(f) => f(vm, it),
        Slot::Python => vm.call_dunder(it, &vm.names.__next__, &[]).map(Some),
        Slot::Absent => {
            return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
        }
    };
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
        Err(e) if a.len() == 2 && vm.err_matches(&e, &vm.exc.stop_iteration) => Ok(a[1].clone()),
        Err(e) => Err(e),
    }
}

fn sorted(vm: &Vm, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let list = vm.new_list(items);
    let sort = vm.getattr_str(&list, "sort")?;
    let kw_values: Vec<ObjRef> = args.kw().map(|(_, v)| v.clone()).collect();
    vm.call(
        &sort,
        Args {
            values: &kw_values,
            kwnames: args.kwnames,
        },
    )?;
    Ok(list)
}

fn any(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "any", 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(vm.true_obj.clone());
        }
    }
    Ok(vm.false_obj.clone())
}

fn all(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "all", 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(vm.false_obj.clone());
        }
    }
    Ok(vm.true_obj.clone())
}

/// Registers the iteration builtins.
pub fn register(vm: &Vm, d: &ObjRef) {
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("len", len),
        ("iter", iter),
        ("next", next),
        ("aiter", crate::types::async_gen::builtin_aiter),
        ("anext", crate::types::async_gen::builtin_anext),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(d, name, super::new_function(vm, name, f));
    }
}
