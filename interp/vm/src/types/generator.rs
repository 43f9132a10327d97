//! Generators and coroutines (`Objects/genobject.c`): each owns its suspended frame and its own
//! handled-exception item; `send`, `throw` and `close` resume the frame on the loop, a
//! `StopIteration` escaping the body becomes `RuntimeError` (PEP 479), and a frame suspended in
//! `yield from`/`await` exposes its delegate (`gi_yieldfrom`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use krait_compiler::opcode::Opcode;

use crate::eval::code::Code;
use crate::eval::frame::Frame;
use crate::eval::{Exit, run_with};
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// Which kind of generator object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use.
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// A generator, coroutine or async generator.
#[derive(Debug)]
pub struct Generator {
    /// The suspended frame; None while running or once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Running now (`gi_running`).
    pub running: Cell<bool>,
    /// Resumed at least once.
    pub started: Cell<bool>,
    /// The kind.
    pub kind: GenKind,
    /// `__name__`.
    pub name: RefCell<ObjRef>,
    /// `__qualname__`.
    pub qualname: RefCell<ObjRef>,
    /// The code.
    pub code: Rc<Code>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Option<ObjRef>>,
    /// An async generator's `ag_running`: an `asend`/`athrow` awaitable is driving it.
    pub running_async: Cell<bool>,
    /// An async generator's `ag_closed`: it has finished or been closed.
    pub closed: Cell<bool>,
    /// An async generator's `ag_hooks_inited`: the `sys.set_asyncgen_hooks` hooks were
    /// consulted (at its first `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// The `finalizer` hook an async generator took then, called instead of closing it when
    /// it is finalized (`ag_origin_or_finalizer`).
    pub finalizer: RefCell<Option<ObjRef>>,
    /// A coroutine's `cr_origin`: `(filename, lineno, name)` of the frames that created it,
    /// innermost first, when origin tracking was on.
    pub origin: Option<ObjRef>,
    /// The delegate a `throw()` is being passed to while the frame is out of its slot
    /// (linked on the chain), for `gi_yieldfrom`/`cr_await`.
    pub throwing_into: RefCell<Option<ObjRef>>,
}

/// The outcome of resuming a generator.
#[derive(Debug)]
pub enum SendResult {
    /// It yielded this value.
    Yield(ObjRef),
    /// It returned this value.
    Return(ObjRef),
}

pub fn gen_of<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Generator> {
    match &o.payload {
        Payload::Generator(g) => Ok(g),
        _ => Err(vm.internal("expected a generator")),
    }
}

/// `gen_send_ex2`: resumes the generator with `value` sent in, or with `throw` raised at its
/// suspension point.
pub fn send_ex(
    vm: &Vm,
    g_obj: &ObjRef,
    value: ObjRef,
    throw: Option<ObjRef>,
) -> PyResult<SendResult> {
    let g = gen_of(vm, g_obj)?;
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.kind.word())));
    }
    let frame = g.frame.borrow_mut().take();
    let Some(mut frame) = frame else {
        if g.kind == GenKind::Coroutine {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        return match throw {
            Some(exc) => Err(PyErr::reraise(exc)),
            None => Ok(SendResult::Return(vm.none.clone())),
        };
    };
    if !g.started.get() && throw.is_none() && !vm.is_none(&value) {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.type_error(format!(
            "can't send non-None value to a just-started {}",
            g.kind.word()
        )));
    }
    let chain = begin_run(vm, g);
    // A thrown exception takes as its context only an exception the generator itself was
    // handling where it paused (`_PyErr_ChainStackItem` in `gen_send_ex2`), never one being
    // handled where `throw()` was called.
    let pending = throw.map(|exc| {
        if chain {
            vm.raise(exc)
        } else {
            PyErr::reraise(exc)
        }
    });
    if pending.is_none() {
        frame.push(value);
    }
    let r = run_with(vm, frame, pending);
    let saved = end_run(vm, g);
    match r {
        Ok(Exit::Yield(v, frame)) => {
            suspend(g_obj, g, frame, saved);
            Ok(SendResult::Yield(v))
        }
        Ok(Exit::Return(v)) => Ok(SendResult::Return(v)),
        Ok(Exit::Generator(_)) => Err(vm.internal("generator frame made a generator")),
        Err(e) => Err(pep479(vm, g.kind, e)),
    }
}

/// Starts one run of the generator's frame (`gen_send_ex2`): it is started and running, and
/// its own handled exception is the innermost one. Whether it had one.
pub(crate) fn begin_run(vm: &Vm, g: &Generator) -> bool {
    g.started.set(true);
    g.running.set(true);
    let own_handled = g.exc_state.borrow_mut().take();
    let had = own_handled.is_some();
    vm.exc_stack.borrow_mut().push(own_handled);
    had
}

/// Ends a run begun by [`begin_run`]: no longer running; returns the handled exception the
/// frame leaves behind.
pub(crate) fn end_run(vm: &Vm, g: &Generator) -> Option<ObjRef> {
    let saved = vm.exc_stack.borrow_mut().pop().flatten();
    g.running.set(false);
    saved
}

/// Keeps the frame that yielded, with the handled exception it suspends with.
pub(crate) fn suspend(g_obj: &ObjRef, g: &Generator, frame: Box<Frame>, saved: Option<ObjRef>) {
    if let Some(obj) = &frame.obj {
        crate::types::frame::set_generator(obj, g_obj);
    }
    *g.exc_state.borrow_mut() = saved;
    *g.frame.borrow_mut() = Some(frame);
}

/// A `StopIteration` (or `StopAsyncIteration` from an async generator) leaving the body
/// becomes `RuntimeError` with it as the cause.
pub fn pep479(vm: &Vm, kind: GenKind, e: PyErr) -> PyErr {
    let stop = vm.err_matches(&e, &vm.exc.stop_iteration);
    let stop_async =
        kind == GenKind::AsyncGenerator && vm.err_matches(&e, &vm.exc.stop_async_iteration);
    if !stop && !stop_async {
        return e;
    }
    let what = if stop {
        "StopIteration"
    } else {
        "StopAsyncIteration"
    };
    let cause = e.into_exc();
    let msg = vm.new_str(format!("{} raised {what}", kind.word()));
    let new = vm.new_exception(&vm.exc.runtime_error, vec![msg]);
    if let Some(d) = new.as_exception() {
        *d.cause.borrow_mut() = Some(cause.clone());
        *d.context.borrow_mut() = Some(cause);
        d.suppress_context.set(true);
    }
    PyErr::reraise(new)
}

/// `gen_send_ex`: a return becomes `StopIteration(value)`.
pub fn send_or_stop(vm: &Vm, g: &ObjRef, value: ObjRef, throw: Option<ObjRef>) -> PyResult {
    match send_ex(vm, g, value, throw)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => {
            let is_async = gen_of(vm, g)?.kind == GenKind::AsyncGenerator;
            if is_async {
                return Err(vm.error_noargs(&vm.exc.stop_async_iteration));
            }
            Err(vm.stop_iteration((!vm.is_none(&v)).then_some(v)))
        }
    }
}

/// The object a suspended generator delegates to (`_PyGen_yf`): the top of its stack when it
/// is paused in `yield from` or `await` (the next instruction is `RESUME 2` or `RESUME 3`).
pub fn yield_from_target(g: &Generator) -> Option<ObjRef> {
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    if !g.started.get() {
        return None;
    }
    let next = f.code.instrs.get(f.pc)?;
    if next.op != Opcode::RESUME || next.arg < 2 {
        return None;
    }
    f.slots.last().cloned().flatten()
}

fn gen_iternext(vm: &Vm, g: &ObjRef) -> PyResult<Option<ObjRef>> {
    match send_ex(vm, g, vm.none.clone(), None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(v) if vm.is_none(&v) => Ok(None),
        SendResult::Return(v) => Err(vm.stop_iteration(Some(v))),
    }
}

fn self_iter(_vm: &Vm, g: &ObjRef) -> PyResult {
    Ok(g.clone())
}

fn m_send(vm: &Vm, g: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "send", 1)?;
    send_or_stop(vm, g, a[0].clone(), None)
}

/// Makes the exception `throw(typ, val, tb)` raises (`_gen_throw`'s normalisation).
pub fn throw_value(vm: &Vm, a: &[ObjRef]) -> PyResult<ObjRef> {
    let typ = &a[0];
    let val = a.get(1).filter(|v| !vm.is_none(v)).cloned();
    let tb = a.get(2).filter(|v| !vm.is_none(v)).cloned();
    if let Some(t) = &tb
        && !matches!(t.payload, Payload::Traceback(_))
    {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let exc = if typ.as_type().is_some()
        && crate::object::typeobj::is_subtype(typ, &vm.exc.base_exception)
    {
        let made = match val {
            None => vm.call0(typ),
            Some(v) if vm.is_instance_of(&v, typ) => Ok(v),
            Some(v) => match v.as_tuple() {
                Some(items) => vm.call_pos(typ, items),
                None => vm.call_pos(typ, &[v]),
            },
        };
        // Instantiating the class is `PyErr_NormalizeException`, whose failures replace the
        // exception being thrown instead of being raised by `throw` itself: a class whose
        // `__new__` returns a non-exception, or whose constructor raises, has that error
        // thrown into the generator (`_PyErr_CreateException`'s message).
        match made {
            Ok(m) if m.as_exception().is_some() => m,
            Ok(m) => vm
                .type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr_string(typ)?,
                    vm.type_name(&m)
                ))
                .exc()
                .clone(),
            Err(e) => e.exc().clone(),
        }
    } else if typ.as_exception().is_some() {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if let (Some(t), Some(e)) = (tb, exc.as_exception()) {
        *e.traceback.borrow_mut() = Some(t);
    }
    Ok(exc)
}

/// `gen.throw(...)`, delegating to a `yield from` target first. `args` are `throw()`'s own
/// arguments (type, value, traceback): a delegate gets them as they are, and they are made
/// into the exception only where it is raised (`_gen_throw`'s `throw_here`).
pub fn throw(vm: &Vm, g_obj: &ObjRef, args: &[ObjRef]) -> PyResult {
    throw_ex(vm, g_obj, args, true)
}

/// `PyErr_GivenExceptionMatches(typ, GeneratorExit)` for `throw()`'s first argument, a class
/// or an instance.
fn is_generator_exit(vm: &Vm, typ: &ObjRef) -> bool {
    if typ.as_type().is_some() {
        return crate::object::typeobj::is_subtype(typ, &vm.exc.generator_exit);
    }
    vm.is_instance_of(typ, &vm.exc.generator_exit)
}

/// `_gen_throw`: with `close_on_genexit` false (an async generator's `aclose()`), a
/// `GeneratorExit` is thrown into the delegate instead of closing it.
pub fn throw_ex(vm: &Vm, g_obj: &ObjRef, args: &[ObjRef], close_on_genexit: bool) -> PyResult {
    let g = gen_of(vm, g_obj)?;
    let Some(typ) = args.first() else {
        return Err(vm.internal("throw() without an exception"));
    };
    if let Some(yf) = yield_from_target(g) {
        if close_on_genexit && is_generator_exit(vm, typ) {
            g.running.set(true);
            let r = close_iter(vm, &yf);
            g.running.set(false);
            if let Err(e) = r {
                return send_or_stop(vm, g_obj, vm.none.clone(), Some(e.into_exc()));
            }
            let exc = throw_value(vm, args)?;
            return send_or_stop(vm, g_obj, vm.none.clone(), Some(exc));
        }
        g.running.set(true);
        let r = if let Payload::Generator(_) = &yf.payload {
            throw_linked(vm, g, &yf, args, close_on_genexit).map(Some)
        } else {
            match vm.getattr_opt(&yf, &vm.intern("throw")) {
                Ok(Some(m)) => vm.call_pos(&m, args).map(Some),
                Ok(None) => Ok(None),
                Err(e) => {
                    g.running.set(false);
                    return Err(e);
                }
            }
        };
        g.running.set(false);
        match r {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) => {
                if vm.err_matches(&e, &vm.exc.stop_iteration) {
                    // The delegate finished: resume after the `SEND` with its value.
                    let val = crate::types::exception::field(e.exc(), "value")
                        .unwrap_or_else(|| vm.none.clone());
                    skip_send(g);
                    return send_or_stop(vm, g_obj, val, None);
                }
                return send_or_stop(vm, g_obj, vm.none.clone(), Some(e.into_exc()));
            }
        }
    }
    let exc = throw_value(vm, args)?;
    send_or_stop(vm, g_obj, vm.none.clone(), Some(exc))
}

/// Throws into the generator or coroutine `yf` that `g` delegates to, with `g`'s frame linked
/// as the current frame meanwhile (`_gen_throw` sets `current_frame` so tracebacks and
/// `f_back` inside the delegate show the delegating frame).
fn throw_linked(
    vm: &Vm,
    g: &Generator,
    yf: &ObjRef,
    args: &[ObjRef],
    close_on_genexit: bool,
) -> PyResult {
    let Some(frame) = g.frame.borrow_mut().take() else {
        return throw_ex(vm, yf, args, close_on_genexit);
    };
    vm.link_suspended(frame);
    *g.throwing_into.borrow_mut() = Some(yf.clone());
    let r = throw_ex(vm, yf, args, close_on_genexit);
    g.throwing_into.borrow_mut().take();
    match vm.unlink_suspended() {
        Some(frame) => *g.frame.borrow_mut() = Some(frame),
        None => return Err(vm.internal("delegating generator frame lost during throw()")),
    }
    r
}

/// After a delegate finished during `throw`: pops it and resumes at the exit of the `SEND`
/// before the suspended `YIELD_VALUE`, as `_gen_throw` moves `prev_instr` there; the value
/// sent next takes the delegate's place.
fn skip_send(g: &Generator) {
    let mut frame = g.frame.borrow_mut();
    let Some(f) = frame.as_mut() else { return };
    f.slots.pop();
    if let Some(send) = f.code.instrs.get(f.lasti.wrapping_sub(1))
        && send.op == Opcode::SEND
    {
        f.pc = send.arg as usize;
    }
}

fn m_throw(vm: &Vm, g: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "throw", 1, 3)?;
    throw(vm, g, a)
}

/// Closes a delegate (`gen_close_iter`). A delegate whose `close` cannot even be looked up
/// (its `__getattr__` fails other than with `AttributeError`) has the failure reported as
/// unraisable and is treated as having no `close`.
fn close_iter(vm: &Vm, yf: &ObjRef) -> PyResult<()> {
    if let Payload::Generator(_) = &yf.payload {
        return close(vm, yf);
    }
    match vm.getattr_opt(yf, &vm.names.close) {
        Ok(Some(m)) => {
            vm.call0(&m)?;
        }
        Ok(None) => {}
        Err(e) => crate::object::finalize::write_unraisable(vm, None, Some(yf), e),
    }
    Ok(())
}

/// `gen.close()`.
pub fn close(vm: &Vm, g_obj: &ObjRef) -> PyResult<()> {
    let g = gen_of(vm, g_obj)?;
    if !g.started.get() {
        let f = g.frame.borrow_mut().take();
        drop(f);
        return Ok(());
    }
    // A running generator's frame is out of its slot; closing it fails as the resumption
    // `gen_close` attempts would (`gen_send_ex2`'s "already executing").
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.kind.word())));
    }
    if g.frame.borrow().is_none() {
        return Ok(());
    }
    let mut thrown = None;
    if let Some(yf) = yield_from_target(g) {
        g.running.set(true);
        let r = close_iter(vm, &yf);
        g.running.set(false);
        if let Err(e) = r {
            thrown = Some(e.into_exc());
        }
    }
    let exc = thrown.unwrap_or_else(|| vm.new_exception(&vm.exc.generator_exit, Vec::new()));
    match send_ex(vm, g_obj, vm.none.clone(), Some(exc)) {
        Ok(SendResult::Yield(_)) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", g.kind.word())))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, &vm.exc.stop_iteration)
                || vm.err_matches(&e, &vm.exc.generator_exit) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// `_PyGen_Finalize`, for a generator dropped, found in a garbage cycle or whose frame is
/// cleared: an async generator that took a `finalizer` hook and is not closed is handed to
/// it; a coroutine that never started is reported with a `RuntimeWarning`; anything else
/// still suspended is closed. Errors are reported as unraisable.
pub fn finalize(vm: &Vm, g_obj: &ObjRef) {
    let Ok(g) = gen_of(vm, g_obj) else { return };
    if g.frame.borrow().is_none() {
        return;
    }
    let hook = g.finalizer.borrow().clone();
    let r = match hook {
        Some(hook) if g.kind == GenKind::AsyncGenerator && !g.closed.get() => {
            vm.call_pos(&hook, std::slice::from_ref(g_obj)).map(drop)
        }
        _ if g.kind == GenKind::Coroutine && !g.started.get() => {
            warn_unawaited(vm, g_obj, g);
            Ok(())
        }
        _ => close(vm, g_obj),
    };
    if let Err(e) = r {
        crate::object::finalize::write_unraisable(vm, None, Some(g_obj), e);
    }
}

/// `_PyErr_WarnUnawaitedCoroutine`: the warning goes through
/// `warnings._warn_unawaited_coroutine` (which adds the `cr_origin` lines); if that fails
/// other than with the warning itself turned error, the failure is reported as unraisable and
/// the plain warning issued directly. krait imports `warnings` for it only when there is an
/// origin to show: without one, the direct warning says the same.
fn warn_unawaited(vm: &Vm, g_obj: &ObjRef, g: &Generator) {
    let module = match vm.dict_get_name(&vm.modules, "warnings") {
        Some(m) => Some(m),
        None if g.origin.is_some() => {
            crate::builtins::import::import_module(vm, &vm.intern("warnings")).ok()
        }
        None => None,
    };
    let hook = module.and_then(|m| {
        vm.getattr_opt(&m, &vm.intern("_warn_unawaited_coroutine"))
            .ok()
            .flatten()
    });
    if let Some(hook) = hook {
        match vm.call_pos(&hook, std::slice::from_ref(g_obj)) {
            Ok(_) => return,
            Err(e) => {
                let warned = vm.err_matches(&e, &vm.exc.runtime_warning);
                crate::object::finalize::write_unraisable(vm, None, Some(g_obj), e);
                if warned {
                    return;
                }
            }
        }
    }
    let msg = format!(
        "coroutine '{}' was never awaited",
        vm.str_lossy(&g.qualname.borrow())
    );
    if let Err(e) = crate::warnings::warn(vm, &vm.exc.runtime_warning, &msg, 1, Some(g_obj)) {
        crate::object::finalize::write_unraisable(vm, None, Some(g_obj), e);
    }
}

/// `compute_cr_origin`: `(filename, lineno, name)` for up to `depth` of the Python frames
/// running now, innermost first (the caller of the coroutine function comes first).
pub fn compute_origin(vm: &Vm, depth: usize) -> ObjRef {
    let links: Vec<(usize, Rc<Code>)> = vm
        .frames
        .borrow()
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, l)| !l.code.hidden.get())
        .take(depth)
        .map(|(i, l)| (i, l.code.clone()))
        .collect();
    let items = links
        .into_iter()
        .map(|(i, code)| {
            let lasti = vm.link_lasti(i).unwrap_or(0);
            let line = code.line_at(code.offset_of(lasti));
            vm.new_tuple(vec![
                code.filename.clone(),
                vm.new_int(i64::from(line)),
                code.name.clone(),
            ])
        })
        .collect();
    vm.new_tuple(items)
}

fn get_origin(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(gen_of(vm, o)?
        .origin
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn m_close(vm: &Vm, g: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "close", 0)?;
    close(vm, g)?;
    Ok(vm.none.clone())
}

fn gen_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let g = gen_of(vm, o)?;
    Ok(vm.new_str(format!(
        "<{} object {} at {:#x}>",
        vm.type_name(o),
        vm.str_lossy(&g.qualname.borrow()),
        o.id()
    )))
}

fn get_name(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(gen_of(vm, o)?.name.borrow().clone())
}

fn get_qualname(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(gen_of(vm, o)?.qualname.borrow().clone())
}

/// `gen_set_name`/`gen_set_qualname`: a str only; deleting is refused with the same message.
fn set_name_field(vm: &Vm, v: Option<ObjRef>, field: &RefCell<ObjRef>, what: &str) -> PyResult<()> {
    match v {
        Some(v) if v.as_str().is_some() => {
            *field.borrow_mut() = v;
            Ok(())
        }
        _ => Err(vm.type_error(format!("{what} must be set to a string object"))),
    }
}

fn set_name(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    set_name_field(vm, v, &gen_of(vm, o)?.name, "__name__")
}

fn set_qualname(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    set_name_field(vm, v, &gen_of(vm, o)?.qualname, "__qualname__")
}

fn get_running(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(gen_of(vm, o)?.running.get()))
}

fn get_yieldfrom(vm: &Vm, o: &ObjRef) -> PyResult {
    let g = gen_of(vm, o)?;
    // While a `throw()` passes through it, the frame is still paused at its `yield from`
    // (`_PyGen_yf` looks at the instruction after the current one).
    let during_throw = g.throwing_into.borrow().clone();
    Ok(during_throw
        .or_else(|| yield_from_target(g))
        .unwrap_or_else(|| vm.none.clone()))
}

fn get_suspended(vm: &Vm, o: &ObjRef) -> PyResult {
    let g = gen_of(vm, o)?;
    Ok(vm.new_bool(g.started.get() && g.frame.borrow().is_some() && !g.running.get()))
}

fn get_code(vm: &Vm, o: &ObjRef) -> PyResult {
    let g = gen_of(vm, o)?;
    Ok(Code::object(vm, &g.code))
}

/// `gi_frame`: the frame object of the suspended (or running) frame; None once finished.
fn get_frame(vm: &Vm, o: &ObjRef) -> PyResult {
    let g = gen_of(vm, o)?;
    if g.running.get() {
        let i = vm
            .frames
            .borrow()
            .iter()
            .rposition(|l| Rc::ptr_eq(&l.code, &g.code));
        return Ok(i
            .and_then(|i| vm.link_object(i))
            .unwrap_or_else(|| vm.none.clone()));
    }
    let mut fr = g.frame.borrow_mut();
    let Some(f) = fr.as_mut() else {
        return Ok(vm.none.clone());
    };
    let obj = match &f.obj {
        Some(obj) => {
            crate::types::frame::sync_lasti(obj, f.lasti);
            obj.clone()
        }
        None => {
            let obj = crate::types::frame::new_frame_object(vm, f, Some(o));
            f.obj = Some(obj.clone());
            obj
        }
    };
    Ok(obj)
}

/// Adds `__name__`, `__qualname__` and the delegate, code and frame attributes of a
/// generator-like type (`gi_yieldfrom`/`gi_code`/`gi_frame` and the like).
pub fn add_common_getsets(vm: &Vm, t: &ObjRef, prefix: &str) {
    vm.add_getset(t, "__name__", get_name, Some(set_name));
    vm.add_getset(t, "__qualname__", get_qualname, Some(set_qualname));
    let names = match prefix {
        "gi" => ["gi_yieldfrom", "gi_code", "gi_frame"],
        "cr" => ["cr_await", "cr_code", "cr_frame"],
        _ => ["ag_await", "ag_code", "ag_frame"],
    };
    vm.add_getset(t, names[0], get_yieldfrom, None);
    vm.add_getset(t, names[1], get_code, None);
    vm.add_getset(t, names[2], get_frame, None);
    crate::object::slot_resolve::install_static(
        vm,
        t,
        Slots {
            repr: Slot::Native(gen_repr),
            ..Slots::default()
        },
    );
}

/// The `__doc__` of the generator methods and attributes (genobject.c's `send_doc`,
/// `throw_doc`, `close_doc`, `gen_getsetlist`).
const GEN_DOCS: [(&str, &str); 6] = [
    (
        "send",
        "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside generator."),
    ("__name__", "name of the generator"),
    ("__qualname__", "qualified name of the generator"),
    (
        "gi_yieldfrom",
        "object being iterated by yield from, or None",
    ),
];

/// The `__doc__` of the coroutine methods and attributes (`coro_send_doc`,
/// `coro_throw_doc`, `coro_close_doc`, `coro_getsetlist`).
const CORO_DOCS: [(&str, &str); 6] = [
    (
        "send",
        "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside coroutine."),
    ("__name__", "name of the coroutine"),
    ("__qualname__", "qualified name of the coroutine"),
    ("cr_await", "object being awaited on, or None"),
];

/// Fills the namespaces of `generator` and `coroutine`.
pub fn init(vm: &Vm) {
    for (t, prefix) in [(&vm.types.generator, "gi"), (&vm.types.coroutine, "cr")] {
        vm.add_methods(
            t,
            &[("send", m_send), ("throw", m_throw), ("close", m_close)],
        );
        add_common_getsets(vm, t, prefix);
        vm.set_docs(
            t,
            if prefix == "gi" {
                &GEN_DOCS
            } else {
                &CORO_DOCS
            },
        );
        if prefix == "gi" {
            vm.add_getset(t, "gi_running", get_running, None);
            vm.add_getset(t, "gi_suspended", get_suspended, None);
            let s = Slots {
                repr: Slot::Native(gen_repr),
                iter: Slot::Native(self_iter),
                next: Slot::Native(gen_iternext),
                ..Slots::default()
            };
            crate::object::slot_resolve::install_static(vm, t, s);
        } else {
            vm.add_getset(t, "cr_running", get_running, None);
            vm.add_getset(t, "cr_suspended", get_suspended, None);
            vm.add_getset(t, "cr_origin", get_origin, None);
            vm.add_methods(t, &[("__await__", crate::types::async_gen::coro_await)]);
        }
    }
}
