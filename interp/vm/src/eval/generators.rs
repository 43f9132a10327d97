//! Generator and coroutine instructions: `RETURN_GENERATOR` (the frame becomes a generator's),
//! `YIELD_VALUE`, `SEND` (one step of `yield from`/`await`, as `PyIter_Send`),
//! `GET_YIELD_FROM_ITER`, `GET_AWAITABLE` (`_PyCoro_GetAwaitableIter`) and the `async for` /
//! `async with` helpers.

use std::cell::{Cell, RefCell};

use krait_compiler::code::flags::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE};
use krait_compiler::opcode::Opcode;

use super::Event;
use super::code::{Code, Instr};
use super::dispatch::Step;
use super::exceptions::lookup_special;
use super::frame::Frame;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::generator::{GenKind, Generator, SendResult, send_ex};

/// Wraps a frame that ran `RETURN_GENERATOR` into a generator, coroutine or async generator.
pub fn new_generator(vm: &Vm, frame: Box<Frame>, func: &ObjRef) -> ObjRef {
    let flags = frame.code.flags();
    let kind = if flags & CO_COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & CO_ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let (name, qualname) = match func.as_function() {
        Some(f) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
        None => (frame.code.name.clone(), frame.code.qualname.clone()),
    };
    let ty = match kind {
        GenKind::Generator => &vm.types.generator,
        GenKind::Coroutine => &vm.types.coroutine,
        GenKind::AsyncGenerator => &vm.types.async_generator,
    };
    let code = frame.code.clone();
    // `_Py_MakeCoro`: with origin tracking on, a coroutine records where it was made.
    let depth = crate::builtins::oslevel::asyncgen::origin_depth();
    let origin = (kind == GenKind::Coroutine && depth > 0)
        .then(|| crate::types::generator::compute_origin(vm, depth));
    let obj = Obj::new(
        ty.clone(),
        Payload::Generator(Box::new(Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            kind,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
            exc_state: RefCell::new(None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(None),
            origin,
            throwing_into: RefCell::new(None),
        })),
    );
    // A generator dropped while suspended is closed, running its `finally` blocks.
    obj.set_finalize(true);
    // An unawaited coroutine's warning names it by its repr, which must be the one it had.
    if kind == GenKind::Coroutine {
        crate::object::finalize::reserve_identity(&obj);
    }
    // Its frame can hold the generator itself (`g = yield`): it is a container the cycle
    // collector must see, as `gen_new_with_qualname` tracks it.
    vm.gc_track(&obj);
    obj
}

fn is_kind(o: &ObjRef, kind: GenKind) -> bool {
    matches!(&o.payload, Payload::Generator(g) if g.kind == kind)
}

/// `_PyCoro_GetAwaitableIter`: the iterator `await x` drives.
pub fn awaitable_iter(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    if is_kind(o, GenKind::Coroutine) {
        return Ok(Some(o.clone()));
    }
    if let Payload::Generator(g) = &o.payload
        && g.kind == GenKind::Generator
        && g.code.flags() & CO_ITERABLE_COROUTINE != 0
    {
        return Ok(Some(o.clone()));
    }
    let Some(await_) = lookup_special(vm, o, &vm.names.__await__)? else {
        return Ok(None);
    };
    let res = vm.call0(&await_)?;
    if is_kind(&res, GenKind::Coroutine) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !res.slot(|s| s.next.is_present()) {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&res)
        )));
    }
    Ok(Some(res))
}

/// Runs a generator or `async` instruction.
pub fn execute(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<Step> {
    match ins.op {
        Opcode::RETURN_GENERATOR => return Ok(Step::Event(Event::NewGenerator)),
        Opcode::YIELD_VALUE => {
            let v = frame.pop(vm)?;
            return Ok(Step::Event(Event::Yield(v)));
        }
        Opcode::SEND => {
            let v = frame.pop(vm)?;
            let receiver = frame.peek(vm, 1)?;
            let v = match super::resume::take_frame(vm, receiver, v, true) {
                Ok(gen_frame) => return Ok(Step::Event(Event::Resume(gen_frame))),
                Err(v) => v,
            };
            let receiver = receiver.clone();
            match iter_send(vm, &receiver, v)? {
                SendResult::Yield(r) => frame.push(r),
                SendResult::Return(r) => {
                    frame.pop(vm)?;
                    frame.push(r);
                    frame.pc = ins.arg as usize;
                }
            }
        }
        Opcode::GET_YIELD_FROM_ITER => {
            let it = frame.pop(vm)?;
            if is_kind(&it, GenKind::Coroutine) {
                if code.flags() & (CO_COROUTINE | CO_ITERABLE_COROUTINE) == 0 {
                    return Err(vm.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                frame.push(it);
            } else if is_kind(&it, GenKind::Generator) {
                frame.push(it);
            } else {
                frame.push(vm.iter(&it)?);
            }
        }
        Opcode::GET_AWAITABLE => {
            let o = frame.pop(vm)?;
            let Some(it) = awaitable_iter(vm, &o)? else {
                return Err(match ins.arg {
                    1 => vm.type_error(format!(
                        "'async with' received an object from __aenter__ that does not implement __await__: {}",
                        vm.type_name(&o)
                    )),
                    2 => vm.type_error(format!(
                        "'async with' received an object from __aexit__ that does not implement __await__: {}",
                        vm.type_name(&o)
                    )),
                    _ => vm.type_error(format!(
                        "object {} can't be used in 'await' expression",
                        vm.type_name(&o)
                    )),
                });
            };
            if let Payload::Generator(g) = &it.payload
                && g.kind == GenKind::Coroutine
                && crate::types::generator::yield_from_target(g).is_some()
            {
                return Err(vm.runtime_error("coroutine is being awaited already"));
            }
            frame.push(it);
        }
        _ => return async_ops(vm, frame, ins),
    }
    Ok(Step::Next)
}

/// `PyIter_Send`.
fn iter_send(vm: &Vm, receiver: &ObjRef, v: ObjRef) -> PyResult<SendResult> {
    if let Payload::Generator(g) = &receiver.payload
        && g.kind != GenKind::AsyncGenerator
    {
        return send_ex(vm, receiver, v, None);
    }
    let r = if vm.is_none(&v) && receiver.slot(|s| s.next.is_present()) {
        match receiver.slot(|s| s.next) {
            crate::object::slots::Slot::Native(f) => f(vm, receiver),
            _ => vm.call_dunder(receiver, &vm.names.__next__, &[]).map(Some),
        }
    } else {
        vm.call_method(receiver, "send", &[v]).map(Some)
    };
    match r {
        Ok(Some(x)) => Ok(SendResult::Yield(x)),
        Ok(None) => Ok(SendResult::Return(vm.none.clone())),
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
            let value =
                crate::types::exception::field(e.exc(), "value").unwrap_or_else(|| vm.none.clone());
            Ok(SendResult::Return(value))
        }
        Err(e) => Err(e),
    }
}

/// `async for` and `async with`.
fn async_ops(vm: &Vm, frame: &mut Frame, ins: Instr) -> PyResult<Step> {
    match ins.op {
        Opcode::GET_AITER => {
            let o = frame.pop(vm)?;
            let Some(aiter) = lookup_special(vm, &o, &vm.names.__aiter__)? else {
                return Err(vm.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    vm.type_name(&o)
                )));
            };
            let it = vm.call0(&aiter)?;
            if lookup_special(vm, &it, &vm.names.__anext__)?.is_none() {
                return Err(vm.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    vm.type_name(&it)
                )));
            }
            frame.push(it);
        }
        Opcode::GET_ANEXT => {
            let aiter = frame.peek(vm, 1)?.clone();
            let Some(anext) = lookup_special(vm, &aiter, &vm.names.__anext__)? else {
                return Err(vm.type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    vm.type_name(&aiter)
                )));
            };
            let awaitable = vm.call0(&anext)?;
            // An object that cannot be awaited, or whose `__await__` fails, is reported with
            // that failure as the cause (`GET_ANEXT`'s `_PyErr_FormatFromCause`).
            let cause = match awaitable_iter(vm, &awaitable) {
                Ok(Some(it)) => {
                    frame.push(it);
                    return Ok(Step::Next);
                }
                Ok(None) => vm.type_error(format!(
                    "object {} can't be used in 'await' expression",
                    vm.type_name(&awaitable)
                )),
                Err(e) => e,
            };
            return Err(vm.error_from_cause(
                &vm.exc.type_error,
                format!(
                    "'async for' received an invalid object from __anext__: {}",
                    vm.type_name(&awaitable)
                ),
                cause,
            ));
        }
        Opcode::BEFORE_ASYNC_WITH => {
            let mgr = frame.pop(vm)?;
            let Some(enter) = lookup_special(vm, &mgr, &vm.names.__aenter__)? else {
                return Err(vm.type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol",
                    vm.type_name(&mgr)
                )));
            };
            let Some(exit) = lookup_special(vm, &mgr, &vm.names.__aexit__)? else {
                return Err(vm.type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    vm.type_name(&mgr)
                )));
            };
            frame.push(exit);
            let res = vm.call0(&enter)?;
            frame.push(res);
        }
        Opcode::END_ASYNC_FOR => {
            let exc = frame.pop(vm)?;
            if !vm.is_instance_of(&exc, &vm.exc.stop_async_iteration) {
                return Ok(Step::Reraise(crate::object::PyErr::reraise(exc)));
            }
            frame.pop(vm)?;
        }
        Opcode::ASYNC_GEN_WRAP => {
            let v = frame.pop(vm)?;
            frame.push(crate::types::async_gen::wrap(vm, v));
        }
        _ => return Err(vm.system_error(format!("unknown opcode {}", ins.op as u8))),
    }
    Ok(Step::Next)
}

/// Calling a generator, coroutine or async generator function runs only its prologue —
/// `MAKE_CELL`/`COPY_FREE_VARS`, then `RETURN_GENERATOR` — so the frame is wrapped into its
/// generator here, without entering the loop and linking the frame only to unlink it again
/// (the outcome `RETURN_GENERATOR` gives: the frame stopped after that instruction, off the
/// chain). Like a call, it passes the recursion check `_Py_EnterRecursivePy` makes on entering
/// the frame. The frame comes back when its code starts otherwise.
pub fn start_generator(vm: &Vm, mut frame: Box<Frame>) -> PyResult<Result<ObjRef, Box<Frame>>> {
    let code = frame.code.clone();
    let Some(at) = code
        .instrs
        .iter()
        .position(|i| !matches!(i.op, Opcode::MAKE_CELL | Opcode::COPY_FREE_VARS))
        .filter(|&i| code.instrs[i].op == Opcode::RETURN_GENERATOR)
    else {
        return Ok(Err(frame));
    };
    let Some(func) = frame.func.clone() else {
        return Ok(Err(frame));
    };
    vm.enter_recursion("")?;
    vm.leave_recursion();
    for &ins in &code.instrs[..at] {
        super::names::execute(vm, &mut frame, &code, ins)?;
    }
    frame.lasti = at;
    frame.pc = at + 1;
    Ok(Ok(new_generator(vm, frame, &func)))
}
