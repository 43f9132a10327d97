//! Async generators and the awaitables around coroutines (`Objects/genobject.c`,
//! `Objects/iterobject.c`): an async generator's `yield` hands out its value wrapped
//! (`ASYNC_GEN_WRAP`) so that the `asend`/`athrow` awaitable driving it can tell a value the
//! generator yields (it finishes the `await` with `StopIteration(value)`) from one an `await`
//! inside it passes up to the event loop (handed on as is). Also here: `coroutine.__await__()`'s
//! `coroutine_wrapper`, and `anext(it, default)`'s `anext_awaitable`.

use std::cell::Cell;

use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;
use crate::types::generator::{self, GenKind, Generator, gen_of, send_or_stop};

/// The helper objects.
#[derive(Debug)]
pub enum AsyncHelper {
    /// A value an async generator yields (`_PyAsyncGenWrappedValue`).
    Wrapped(ObjRef),
    /// An `asend()`/`__anext__()` or `athrow()`/`aclose()` awaitable.
    Op(AsyncGenOp),
    /// `coroutine.__await__()`.
    CoroWrapper(ObjRef),
    /// `anext(iterator, default)`.
    Anext {
        /// What `__anext__()` returned.
        wrapped: ObjRef,
        /// The value for an exhausted iterator.
        default: ObjRef,
    },
}

/// Where an `asend`/`athrow` awaitable is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    /// Not started.
    Init,
    /// Started.
    Iter,
    /// Finished.
    Closed,
}

/// An `asend`/`athrow` awaitable.
#[derive(Debug)]
pub struct AsyncGenOp {
    /// The async generator.
    pub generator: ObjRef,
    /// `asend(value)` or `athrow(args)` / `aclose()` (None).
    pub mode: OpMode,
    /// Its state.
    pub state: Cell<AwaitState>,
}

/// What an [`AsyncGenOp`] does.
#[derive(Debug)]
pub enum OpMode {
    /// `asend(value)` (`__anext__()` sends None).
    Send(ObjRef),
    /// `athrow(*args)`, or `aclose()` when None.
    Throw(Option<Vec<ObjRef>>),
}

fn new_helper(vm: &Vm, ty: &ObjRef, h: AsyncHelper) -> ObjRef {
    let o = Obj::new(ty.clone(), Payload::Async(Box::new(h)));
    vm.gc_track(&o);
    o
}

/// The objects a helper references, for the cycle collector.
pub fn traverse(h: &AsyncHelper, f: &mut dyn FnMut(&ObjRef)) {
    match h {
        AsyncHelper::Wrapped(v) | AsyncHelper::CoroWrapper(v) => f(v),
        AsyncHelper::Op(op) => {
            f(&op.generator);
            match &op.mode {
                OpMode::Send(v) => f(v),
                OpMode::Throw(args) => args.iter().flatten().for_each(&mut *f),
            }
        }
        AsyncHelper::Anext { wrapped, default } => {
            f(wrapped);
            f(default);
        }
    }
}

/// `ASYNC_GEN_WRAP`.
pub fn wrap(vm: &Vm, v: ObjRef) -> ObjRef {
    new_helper(
        vm,
        &vm.types.async_generator_wrapped_value,
        AsyncHelper::Wrapped(v),
    )
}

fn helper<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a AsyncHelper> {
    match &o.payload {
        Payload::Async(h) => Ok(h),
        _ => Err(vm.internal("expected an async helper object")),
    }
}

fn agen<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Generator> {
    let g = gen_of(vm, o)?;
    if g.kind != GenKind::AsyncGenerator {
        return Err(vm.internal("expected an async generator"));
    }
    Ok(g)
}

fn wrapped_value(r: &ObjRef) -> Option<&ObjRef> {
    match &r.payload {
        Payload::Async(h) => match &**h {
            AsyncHelper::Wrapped(v) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

fn stop_with(vm: &Vm, v: &ObjRef) -> PyErr {
    vm.stop_iteration((!vm.is_none(v)).then(|| v.clone()))
}

/// `async_gen_unwrap_value`: a yielded value finishes the awaitable with `StopIteration`; the
/// generator's end or `GeneratorExit` marks it closed.
fn unwrap_value(vm: &Vm, g: &Generator, r: PyResult) -> PyResult {
    match r {
        Err(e) => {
            if vm.err_matches(&e, &vm.exc.stop_async_iteration)
                || vm.err_matches(&e, &vm.exc.generator_exit)
            {
                g.closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
        Ok(v) => match wrapped_value(&v) {
            Some(x) => {
                g.running_async.set(false);
                Err(stop_with(vm, x))
            }
            None => Ok(v),
        },
    }
}

fn new_op(vm: &Vm, generator: &ObjRef, mode: OpMode) -> ObjRef {
    let ty = match mode {
        OpMode::Send(_) => &vm.types.async_generator_asend,
        OpMode::Throw(_) => &vm.types.async_generator_athrow,
    };
    new_helper(
        vm,
        ty,
        AsyncHelper::Op(AsyncGenOp {
            generator: generator.clone(),
            mode,
            state: Cell::new(AwaitState::Init),
        }),
    )
}

/// `async_gen_anext`: the awaitable `__anext__()` returns.
pub fn anext(vm: &Vm, generator: &ObjRef) -> ObjRef {
    new_op(vm, generator, OpMode::Send(vm.none.clone()))
}

fn op<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a AsyncGenOp> {
    match helper(vm, o)? {
        AsyncHelper::Op(op) => Ok(op),
        _ => Err(vm.internal("expected an asend/athrow object")),
    }
}

/// `send(arg)` on an `asend` or `athrow` awaitable (`arg` None for `__next__`).
fn op_send(vm: &Vm, o: &ObjRef, arg: Option<ObjRef>) -> PyResult {
    let op = op(vm, o)?;
    let g = agen(vm, &op.generator)?;
    match &op.mode {
        OpMode::Send(sendval) => {
            if op.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let mut arg = arg.unwrap_or_else(|| vm.none.clone());
            if op.state.get() == AwaitState::Init {
                if g.running_async.get() {
                    return Err(
                        vm.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                if vm.is_none(&arg) {
                    arg = sendval.clone();
                }
                op.state.set(AwaitState::Iter);
            }
            g.running_async.set(true);
            let r = unwrap_value(vm, g, send_or_stop(vm, &op.generator, arg, None));
            if r.is_err() {
                op.state.set(AwaitState::Closed);
            }
            r
        }
        OpMode::Throw(args) => athrow_send(vm, op, g, args.as_deref(), arg),
    }
}

/// `async_gen_athrow_send`.
fn athrow_send(
    vm: &Vm,
    op: &AsyncGenOp,
    g: &Generator,
    args: Option<&[ObjRef]>,
    arg: Option<ObjRef>,
) -> PyResult {
    if op.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.frame.borrow().is_none() && !g.running.get() {
        op.state.set(AwaitState::Closed);
        return Err(vm.stop_iteration(None));
    }
    let arg = arg.unwrap_or_else(|| vm.none.clone());
    let r = if op.state.get() == AwaitState::Init {
        if g.running_async.get() {
            op.state.set(AwaitState::Closed);
            return Err(vm.runtime_error(match args {
                None => "aclose(): asynchronous generator is already running",
                Some(_) => "athrow(): asynchronous generator is already running",
            }));
        }
        if g.closed.get() {
            op.state.set(AwaitState::Closed);
            return Err(vm.error_noargs(&vm.exc.stop_async_iteration));
        }
        if !vm.is_none(&arg) {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        op.state.set(AwaitState::Iter);
        g.running_async.set(true);
        match args {
            None => {
                g.closed.set(true);
                // `aclose()` throws the class, made into an instance where it is raised.
                let exit = [vm.exc.generator_exit.clone()];
                generator::throw_ex(vm, &op.generator, &exit, false)
            }
            Some(a) => {
                let r = generator::throw_ex(vm, &op.generator, a, false);
                return finish_athrow(vm, op, g, unwrap_value(vm, g, r), false);
            }
        }
    } else {
        let r = send_or_stop(vm, &op.generator, arg, None);
        if args.is_some() {
            return unwrap_value(vm, g, r);
        }
        r
    };
    finish_athrow(vm, op, g, r, true)
}

/// The end of `async_gen_athrow_send`: in `aclose()` mode a value the generator yields is an
/// ignored `GeneratorExit`, and its end completes the `aclose()` with `StopIteration`.
fn finish_athrow(vm: &Vm, op: &AsyncGenOp, g: &Generator, r: PyResult, aclose: bool) -> PyResult {
    match r {
        Ok(v) if aclose && wrapped_value(&v).is_some() => {
            g.running_async.set(false);
            op.state.set(AwaitState::Closed);
            Err(vm.runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(v) => Ok(v),
        Err(e) => {
            g.running_async.set(false);
            op.state.set(AwaitState::Closed);
            if aclose
                && (vm.err_matches(&e, &vm.exc.stop_async_iteration)
                    || vm.err_matches(&e, &vm.exc.generator_exit))
            {
                return Err(vm.stop_iteration(None));
            }
            Err(e)
        }
    }
}

/// `throw(...)` on an `asend` or `athrow` awaitable.
fn op_throw(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "throw", 1, 3)?;
    let op = op(vm, o)?;
    let g = agen(vm, &op.generator)?;
    if op.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error(match op.mode {
            OpMode::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            OpMode::Throw(_) => "cannot reuse already awaited aclose()/athrow()",
        }));
    }
    let r = generator::throw(vm, &op.generator, a);
    match &op.mode {
        OpMode::Send(_) => {
            let r = unwrap_value(vm, g, r);
            if r.is_err() {
                op.state.set(AwaitState::Closed);
            }
            r
        }
        OpMode::Throw(Some(_)) => unwrap_value(vm, g, r),
        OpMode::Throw(None) => match r {
            Ok(v) if wrapped_value(&v).is_some() => {
                g.running_async.set(false);
                op.state.set(AwaitState::Closed);
                Err(vm.runtime_error("async generator ignored GeneratorExit"))
            }
            Err(e)
                if vm.err_matches(&e, &vm.exc.stop_async_iteration)
                    || vm.err_matches(&e, &vm.exc.generator_exit) =>
            {
                Err(vm.stop_iteration(None))
            }
            r => r,
        },
    }
}

fn op_m_send(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "send", 1)?;
    op_send(vm, o, Some(a[0].clone()))
}

fn op_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    op_send(vm, o, None).map(Some)
}

fn op_close(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "close", 0)?;
    op(vm, o)?.state.set(AwaitState::Closed);
    Ok(vm.none.clone())
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn self_await(_vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(o.clone())
}

fn ag_aiter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__aiter__", 0)?;
    Ok(o.clone())
}

/// `async_gen_init_hooks`: the first `__anext__`/`asend`/`athrow`/`aclose` of an async
/// generator keeps the current `finalizer` hook for its finalization and calls the
/// `firstiter` hook with it (asyncio registers the generator for `shutdown_asyncgens`).
fn init_hooks(vm: &Vm, o: &ObjRef) -> PyResult<()> {
    let g = agen(vm, o)?;
    if g.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = crate::builtins::oslevel::asyncgen::hooks();
    if let Some(fin) = finalizer {
        *g.finalizer.borrow_mut() = Some(fin);
    }
    if let Some(first) = firstiter {
        vm.call_pos(&first, std::slice::from_ref(o))?;
    }
    Ok(())
}

fn ag_anext(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__anext__", 0)?;
    init_hooks(vm, o)?;
    Ok(anext(vm, o))
}

fn ag_asend(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "asend", 1)?;
    init_hooks(vm, o)?;
    Ok(new_op(vm, o, OpMode::Send(a[0].clone())))
}

fn ag_athrow(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "athrow", 1, 3)?;
    init_hooks(vm, o)?;
    Ok(new_op(vm, o, OpMode::Throw(Some(a.to_vec()))))
}

fn ag_aclose(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "aclose", 0)?;
    init_hooks(vm, o)?;
    Ok(new_op(vm, o, OpMode::Throw(None)))
}

fn ag_running(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(agen(vm, o)?.running_async.get()))
}

/// The coroutine a `coroutine_wrapper` drives.
fn wrapped_coro<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a ObjRef> {
    match helper(vm, o)? {
        AsyncHelper::CoroWrapper(c) => Ok(c),
        _ => Err(vm.internal("expected a coroutine_wrapper")),
    }
}

/// `coroutine.__await__()`.
pub fn coro_await(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__await__", 0)?;
    Ok(new_helper(
        vm,
        &vm.types.coroutine_wrapper,
        AsyncHelper::CoroWrapper(o.clone()),
    ))
}

fn cw_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = wrapped_coro(vm, o)?;
    send_or_stop(vm, c, vm.none.clone(), None).map(Some)
}

fn cw_send(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "send", 1)?;
    send_or_stop(vm, wrapped_coro(vm, o)?, a[0].clone(), None)
}

fn cw_throw(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "throw", 1, 3)?;
    generator::throw(vm, wrapped_coro(vm, o)?, a)
}

fn cw_close(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "close", 0)?;
    generator::close(vm, wrapped_coro(vm, o)?)?;
    Ok(vm.none.clone())
}

/// `anext(iterator[, default])`.
pub fn builtin_anext(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "anext", 1, 2)?;
    let it = &a[0];
    let Some(m) = crate::eval::exceptions::lookup_special(vm, it, &vm.names.__anext__)? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(it)
        )));
    };
    let awaitable = vm.call0(&m)?;
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(new_helper(
            vm,
            &vm.types.anext_awaitable,
            AsyncHelper::Anext {
                wrapped: awaitable,
                default: d.clone(),
            },
        )),
    }
}

/// `aiter(async_iterable)`.
pub fn builtin_aiter(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "aiter", 1)?;
    let o = &a[0];
    let Some(m) = crate::eval::exceptions::lookup_special(vm, o, &vm.names.__aiter__)? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(o)
        )));
    };
    let it = vm.call0(&m)?;
    if crate::eval::exceptions::lookup_special(vm, &it, &vm.names.__anext__)?.is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anextawaitable_getiter`: the iterator to drive for an `anext_awaitable`.
fn anext_iter(vm: &Vm, o: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    let AsyncHelper::Anext { wrapped, default } = helper(vm, o)? else {
        return Err(vm.internal("expected an anext_awaitable"));
    };
    let Some(mut it) = crate::eval::generators::awaitable_iter(vm, wrapped)? else {
        return Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(wrapped)
        )));
    };
    if !it.slot(|s| s.next.is_present()) {
        it = vm.call_method(&it, "__await__", &[])?;
        if !it.slot(|s| s.next.is_present()) {
            return Err(vm.type_error("__await__ returned a non-iterable"));
        }
    }
    Ok((it, default.clone()))
}

fn anext_default(vm: &Vm, r: PyResult, default: &ObjRef) -> PyResult {
    match r {
        Err(e) if vm.err_matches(&e, &vm.exc.stop_async_iteration) => Err(stop_with(vm, default)),
        r => r,
    }
}

/// `anextawaitable_iternext`: the wrapped iterator's `tp_iternext` is called directly, so the
/// `StopIteration(value)` that finishes an `__anext__()` awaitable reaches the `await` with its
/// value (`PyIter_Next` would swallow it).
fn aw_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let (it, default) = anext_iter(vm, o)?;
    let r = match it.slot(|s| s.next) {
        Slot::Native(f) => match f(vm, &it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.stop_iteration(None)),
            Err(e) => Err(e),
        },
        _ => vm.call_dunder(&it, &vm.names.__next__, &[]),
    };
    anext_default(vm, r, &default).map(Some)
}

fn aw_proxy(vm: &Vm, o: &ObjRef, meth: &str, args: &[ObjRef]) -> PyResult {
    let (it, default) = anext_iter(vm, o)?;
    let r = vm.call_method(&it, meth, args);
    anext_default(vm, r, &default)
}

fn aw_send(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "send", 1)?;
    aw_proxy(vm, o, "send", a)
}

fn aw_throw(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "throw", 1, 3)?;
    aw_proxy(vm, o, "throw", a)
}

fn aw_close(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "close", 0)?;
    aw_proxy(vm, o, "close", &[])
}

/// Fills the namespaces of `async_generator` and the helper types.
pub fn init(vm: &Vm) {
    let t = &vm.types.async_generator;
    vm.add_methods(
        t,
        &[
            ("__aiter__", ag_aiter),
            ("__anext__", ag_anext),
            ("asend", ag_asend),
            ("athrow", ag_athrow),
            ("aclose", ag_aclose),
        ],
    );
    vm.add_getset(t, "ag_running", ag_running, None);
    generator::add_common_getsets(vm, t, "ag");
    // The docs of `async_gen_methods` and `async_gen_getsetlist`.
    vm.set_docs(
        t,
        &[
            ("asend", "asend(v) -> send 'v' in generator."),
            (
                "athrow",
                "athrow(typ[,val[,tb]]) -> raise exception in generator.",
            ),
            (
                "aclose",
                "aclose() -> raise GeneratorExit inside generator.",
            ),
            ("__name__", "name of the async generator"),
            ("__qualname__", "qualified name of the async generator"),
            ("ag_await", "object being awaited on, or None"),
        ],
    );
    let iter_slots = |next| Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(next),
        ..Slots::default()
    };
    for t in [
        &vm.types.async_generator_asend,
        &vm.types.async_generator_athrow,
    ] {
        vm.add_methods(
            t,
            &[
                ("send", op_m_send),
                ("throw", op_throw),
                ("close", op_close),
                ("__await__", self_await),
            ],
        );
        crate::object::slot_resolve::install_static(vm, t, iter_slots(op_next));
    }
    let t = &vm.types.coroutine_wrapper;
    vm.add_methods(
        t,
        &[("send", cw_send), ("throw", cw_throw), ("close", cw_close)],
    );
    crate::object::slot_resolve::install_static(vm, t, iter_slots(cw_next));
    let t = &vm.types.anext_awaitable;
    vm.add_methods(
        t,
        &[
            ("send", aw_send),
            ("throw", aw_throw),
            ("close", aw_close),
            ("__await__", self_await),
        ],
    );
    crate::object::slot_resolve::install_static(vm, t, iter_slots(aw_next));
    let t = &vm.types.async_generator_wrapped_value;
    crate::object::slot_resolve::install_static(vm, t, Slots::default());
}
