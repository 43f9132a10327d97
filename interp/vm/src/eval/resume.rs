//! Generators resumed on the caller's loop: `FOR_ITER` over a generator and `SEND` to a
//! generator or coroutine push the generator's frame on the frame stack like a call, and its
//! `YIELD_VALUE`, return or escaping exception hands the outcome straight back to the waiting
//! instruction (what CPython 3.12 does with `FOR_ITER_GEN` and `SEND_GEN`). The observable
//! behaviour is `gen_send_ex2`'s, which the slow path (`generator::send_ex`, used by native
//! callers and in every unusual state) keeps: `gi_running` while the frame runs, the
//! generator's own handled exception swapped in, one recursion level, PEP 479.

use krait_compiler::opcode::Opcode;

use super::frame::Frame;
use crate::object::{ObjRef, Payload, PyErr};
use crate::runtime::Vm;
use crate::types::generator::{GenKind, pep479};

/// The frame of `owner`, ready to run with `value` sent in, when the fast path applies: a
/// generator (or, for `SEND`, a coroutine) that is suspended, not running, and either started
/// or sent None, with a recursion level to spare. Otherwise the value comes back and nothing
/// has changed.
#[inline]
pub fn take_frame(
    vm: &Vm,
    owner: &ObjRef,
    value: ObjRef,
    coroutine_too: bool,
) -> Result<Box<Frame>, ObjRef> {
    let Payload::Generator(g) = &owner.payload else {
        return Err(value);
    };
    let kind_ok = g.kind == GenKind::Generator || (coroutine_too && g.kind == GenKind::Coroutine);
    if !kind_ok || g.running.get() || (!g.started.get() && !vm.is_none(&value)) {
        return Err(value);
    }
    let Some(mut frame) = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take()) else {
        return Err(value);
    };
    if vm.enter_recursion("").is_err() {
        // The slow path raises the `RecursionError`.
        *g.frame.borrow_mut() = Some(frame);
        return Err(value);
    }
    g.started.set(true);
    g.running.set(true);
    let own_handled = g.exc_state.borrow_mut().take();
    vm.exc_stack.borrow_mut().push(own_handled);
    frame.push(value);
    frame.generator = Some(owner.clone());
    Ok(frame)
}

/// Ends one run of a generator's frame: its handled exception and the recursion level are
/// given back and it is no longer running.
fn leave(vm: &Vm, owner: &ObjRef) -> Option<ObjRef> {
    let saved = vm.exc_stack.borrow_mut().pop().flatten();
    vm.leave_recursion();
    if let Payload::Generator(g) = &owner.payload {
        g.running.set(false);
    }
    saved
}

/// The generator's frame yielded `v` (the frame is off the chain): it goes back into the
/// generator and `caller`'s `FOR_ITER` or `SEND` gets the value.
pub fn yielded(vm: &Vm, frame: Box<Frame>, owner: ObjRef, v: ObjRef, caller: &mut Frame) {
    let saved = leave(vm, &owner);
    if let Some(obj) = &frame.obj {
        crate::types::frame::set_generator(obj, &owner);
    }
    if let Payload::Generator(g) = &owner.payload {
        *g.exc_state.borrow_mut() = saved;
        *g.frame.borrow_mut() = Some(frame);
    } else {
        drop(frame);
    }
    caller.push(v);
}

/// The generator's frame returned `v`: `FOR_ITER` drops the iterator and leaves its loop,
/// `SEND` replaces its receiver with the value and jumps past the `yield from`.
pub fn returned(vm: &Vm, owner: &ObjRef, v: ObjRef, caller: &mut Frame) {
    leave(vm, owner);
    let Some(ins) = caller.code.instrs.get(caller.lasti).copied() else {
        return;
    };
    caller.slots.pop();
    if ins.op == Opcode::SEND {
        caller.push(v);
    }
    caller.pc = ins.arg as usize;
}

/// An exception escaped the generator's frame: the error its caller sees (PEP 479).
pub fn raised(vm: &Vm, owner: &ObjRef, e: PyErr) -> PyErr {
    leave(vm, owner);
    let kind = match &owner.payload {
        Payload::Generator(g) => g.kind,
        _ => GenKind::Generator,
    };
    pep479(vm, kind, e)
}
