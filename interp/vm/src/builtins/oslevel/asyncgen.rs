//! `sys.get_asyncgen_hooks` / `sys.set_asyncgen_hooks` (sysmodule.c): the event loop's
//! first-iteration and finalizer hooks for asynchronous generators, kept per interpreter
//! thread; an async generator consults them at its first iteration (`types::async_gen`). The
//! coroutine origin tracking depth (`sys.set_coroutine_origin_tracking_depth`) is kept beside
//! them, per thread as well. Also
//! `sys.is_finalizing`, which the event loop's `close` asks.

use std::cell::{Cell, RefCell};

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

thread_local! {
    /// `(firstiter, finalizer)`.
    static HOOKS: RefCell<(Option<ObjRef>, Option<ObjRef>)> = const { RefCell::new((None, None)) };
    /// `coroutine_origin_tracking_depth`: how many frames a new coroutine records as
    /// `cr_origin` (0: none).
    static ORIGIN_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// How many frames a new coroutine records as its origin.
pub fn origin_depth() -> usize {
    ORIGIN_DEPTH.with(Cell::get)
}

/// `sys.get_coroutine_origin_tracking_depth()`.
pub fn get_origin_depth(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_coroutine_origin_tracking_depth", 0)?;
    Ok(vm.new_int(origin_depth() as i64))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: a C int, at least 0
/// (`_PyEval_SetCoroutineOriginTrackingDepth`).
pub fn set_origin_depth(vm: &Vm, args: Args<'_>) -> PyResult {
    let [depth] = args.bind(
        vm,
        "set_coroutine_origin_tracking_depth",
        ["depth"],
        0,
        1,
        1,
    )?;
    let depth = depth.ok_or_else(|| vm.internal("depth"))?;
    let depth = vm
        .index(&depth)?
        .as_i64()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    let Ok(depth) = usize::try_from(depth) else {
        return Err(vm.value_error("depth must be >= 0"));
    };
    ORIGIN_DEPTH.with(|d| d.set(depth));
    Ok(vm.none.clone())
}

/// The hooks set now, `(firstiter, finalizer)`.
pub fn hooks() -> (Option<ObjRef>, Option<ObjRef>) {
    HOOKS.with(|h| h.borrow().clone())
}

/// `sys.get_asyncgen_hooks()`: the pair `(firstiter, finalizer)`.
pub fn get_asyncgen_hooks(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_asyncgen_hooks", 0)?;
    let (a, b) = HOOKS.with(|h| h.borrow().clone());
    let or_none = |o: Option<ObjRef>| o.unwrap_or_else(|| vm.none.clone());
    Ok(vm.new_tuple(vec![or_none(a), or_none(b)]))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted hook is kept.
pub fn set_asyncgen_hooks(vm: &Vm, args: Args<'_>) -> PyResult {
    let [first, fin] = args.bind(
        vm,
        "set_asyncgen_hooks",
        ["firstiter", "finalizer"],
        0,
        2,
        0,
    )?;
    let check = |o: &Option<ObjRef>, what: &str| -> PyResult<()> {
        match o {
            Some(v) if !vm.is_none(v) && !crate::builtins::introspect::is_callable(v) => {
                Err(vm.type_error(format!("callable {what} expected, got {}", vm.type_name(v))))
            }
            _ => Ok(()),
        }
    };
    check(&fin, "finalizer")?;
    check(&first, "firstiter")?;
    let norm = |o: ObjRef| if vm.is_none(&o) { None } else { Some(o) };
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = first {
            h.0 = norm(f);
        }
        if let Some(f) = fin {
            h.1 = norm(f);
        }
    });
    Ok(vm.none.clone())
}

/// `sys.is_finalizing()`: false while a program runs (krait runs no code after shutdown).
pub fn is_finalizing(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "is_finalizing", 0)?;
    Ok(vm.new_bool(false))
}
