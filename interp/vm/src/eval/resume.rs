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
use crate::types::generator::{GenKind, Generator, begin_run, end_run, pep479, suspend};

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
    // At the recursion limit the slow path raises the `RecursionError`.
    if !vm.recursion_room() {
        return Err(value);
    }
    let Some(mut frame) = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take()) else {
        return Err(value);
    };
    vm.enter_recursion_unchecked();
    begin_run(vm, g);
    frame.push_inlined(value);
    frame.generator = Some(owner.clone());
    Ok(frame)
}

/// The generator a resumed frame belongs to (`Frame::generator` only ever holds one).
fn generator_of(owner: &ObjRef) -> Option<&Generator> {
    match &owner.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

/// Ends one run of a generator's frame: the run and its recursion level. The handled
/// exception the frame leaves behind.
fn leave(vm: &Vm, g: &Generator) -> Option<ObjRef> {
    vm.leave_recursion();
    end_run(vm, g)
}

/// The generator's frame yielded `v` (the frame is off the chain): it goes back into the
/// generator and `caller`'s `FOR_ITER` or `SEND` gets the value.
pub fn yielded(vm: &Vm, frame: Box<Frame>, owner: ObjRef, v: ObjRef, caller: &mut Frame) {
    if let Some(g) = generator_of(&owner) {
        let saved = leave(vm, g);
        suspend(&owner, g, frame, saved);
    }
    caller.push(v);
}

/// The generator's frame `cur` yielded `v` to the frame that resumed it on this run: that
/// frame becomes `cur` again, with the value. Gives `v` back, with nothing changed, when `cur`
/// is not such a frame (no generator, or no caller parked). Out of line: inlined into the
/// instruction loop's function, it made the loop's own code worse.
#[inline(never)]
pub fn yield_switch(vm: &Vm, cur: &mut Box<Frame>, v: ObjRef) -> Result<(), ObjRef> {
    let Some(owner) = cur.generator.take() else {
        return Err(v);
    };
    let Some(gen_frame) = vm.yield_to_caller(cur) else {
        cur.generator = Some(owner);
        return Err(v);
    };
    yielded(vm, gen_frame, owner, v, cur);
    Ok(())
}

/// The generator's frame returned `v`: `FOR_ITER` drops the iterator and leaves its loop,
/// `SEND` replaces its receiver with the value and jumps past the `yield from`.
pub fn returned(vm: &Vm, owner: &ObjRef, v: ObjRef, caller: &mut Frame) {
    if let Some(g) = generator_of(owner) {
        leave(vm, g);
    }
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
    match generator_of(owner) {
        Some(g) => {
            leave(vm, g);
            pep479(vm, g.kind, e)
        }
        None => e,
    }
}
