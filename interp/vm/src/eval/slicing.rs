//! `BUILD_SLICE` run together with the `BINARY_SUBSCR` or `STORE_SUBSCR` right after it when
//! the container is an exact list and the bounds are ints or None: `l[a:b]`, `l[::-1]` and
//! `l[a:b] = other` then make no slice object (the work CPython 3.12's `BINARY_SLICE` and
//! `STORE_SLICE` save). Nothing can tell: list slicing with int bounds runs no Python code and
//! cannot fail, so no frame, traceback or finalizer sees the slice that was not made.

use krait_compiler::opcode::Opcode;

use super::code::Code;
use super::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::runtime::Vm;
use crate::types::tuple::SliceIdx;

/// A bound as `PySlice_Unpack` reads it, for bounds that need no `__index__` call: None for
/// `None`, the value for an exact int or bool that fits; the outer None sends the slice the
/// long way. (Only exact ones: releasing them can never run a finalizer, so the order the
/// operands are released in here cannot show.)
#[inline]
fn plain_bound(vm: &Vm, o: &ObjRef) -> Option<Option<isize>> {
    if vm.is_none(o) {
        return Some(None);
    }
    if !o.is_exact(&vm.types.int) && !o.is_exact(&vm.types.bool) {
        return None;
    }
    o.as_int()?.as_i64().map(|i| Some(i as isize))
}

/// The slice operands on top of the stack (`start, stop[, step]`, `n` of them, 2 or 3),
/// resolved against `len`; None when one needs `__index__` or the step is 0 (the long
/// way raises what CPython raises).
#[inline]
fn stack_bounds(vm: &Vm, frame: &Frame, n: usize, len: usize) -> Option<SliceIdx> {
    let step = match n {
        3 => plain_bound(vm, frame.peek(vm, 1).ok()?)?.unwrap_or(1),
        _ => 1,
    };
    if step == 0 {
        return None;
    }
    let stop = plain_bound(vm, frame.peek(vm, n - 1).ok()?)?;
    let start = plain_bound(vm, frame.peek(vm, n).ok()?)?;
    Some(SliceIdx::resolve(start, stop, step, len))
}

/// The exact list `n + 1` items down the stack (below the slice operands), if it is one.
#[inline]
fn list_below(vm: &Vm, frame: &Frame, n: usize) -> Option<ObjRef> {
    let c = frame.peek(vm, n + 1).ok()?;
    c.is_exact(&vm.types.list).then(|| c.clone())
}

/// `BUILD_SLICE` with `n` operands (the instruction after it not run yet): runs it together
/// with the subscript that follows when it can; false when `BUILD_SLICE` must run on its own.
pub fn fused(vm: &Vm, frame: &mut Frame, code: &Code, n: usize) -> bool {
    let Some(next) = code.instrs.get(frame.pc) else {
        return false;
    };
    let done = match next.op {
        Opcode::BINARY_SUBSCR => get(vm, frame, n),
        Opcode::STORE_SUBSCR => set(vm, frame, n),
        _ => false,
    };
    if done {
        // The subscript ran too: it is recorded as the last instruction run (as `fused_jump`
        // records its jump) and the frame goes on after it.
        frame.lasti = frame.pc;
        vm.cur_lasti.set(frame.pc);
        frame.pc += 1;
    }
    done
}

/// `l[start:stop:step]` for an exact list `l`: the list of the selected items replaces the
/// container and the operands on the stack.
fn get(vm: &Vm, frame: &mut Frame, n: usize) -> bool {
    let Some(l) = list_below(vm, frame, n) else {
        return false;
    };
    let Payload::List(cell) = &l.payload else {
        return false;
    };
    let Ok(items) = cell.try_borrow() else {
        return false;
    };
    let Some(s) = stack_bounds(vm, frame, n, items.len()) else {
        return false;
    };
    let out = s.select(&items);
    drop(items);
    // As `BINARY_SUBSCR`: the container is released, then the slice (whose bounds are
    // exact ints or None), and the result takes their place.
    let top = frame.slots.len();
    let container = frame.slots[top - n - 1].take();
    frame.slots.truncate(top - n - 1);
    drop(container);
    frame.push(vm.new_list(out));
    true
}

/// `l[start:stop] = v` for an exact list `l`, a step of 1 (or None) and `v` an exact list or
/// tuple: `list_ass_slice`. The items it replaces are released after the list holds the new
/// ones, from the last one, as CPython releases them.
fn set(vm: &Vm, frame: &mut Frame, n: usize) -> bool {
    let Some(l) = list_below(vm, frame, n) else {
        return false;
    };
    let Ok(value) = frame.peek(vm, n + 2) else {
        return false;
    };
    // `l[:] = l` takes a copy of the old items before any change, like the long way.
    let items: Vec<ObjRef> = match &value.payload {
        Payload::List(v) if value.is_exact(&vm.types.list) => match v.try_borrow() {
            Ok(v) => v.clone(),
            Err(_) => return false,
        },
        Payload::Tuple(t) if value.is_exact(&vm.types.tuple) => t.to_vec(),
        _ => return false,
    };
    let Payload::List(cell) = &l.payload else {
        return false;
    };
    let Ok(mut list) = cell.try_borrow_mut() else {
        return false;
    };
    let Some(s) = stack_bounds(vm, frame, n, list.len()).filter(|s| s.step == 1) else {
        return false;
    };
    let start = s.start as usize;
    let removed = crate::types::list::replace_range(&mut list, start, start + s.len, items);
    drop(list);
    crate::types::list::release_from_last(removed);
    // As `STORE_SUBSCR`: the value is released, then the container, then the slice.
    let top = frame.slots.len();
    let value = frame.slots[top - n - 2].take();
    let container = frame.slots[top - n - 1].take();
    frame.slots.truncate(top - n - 2);
    drop(value);
    drop(container);
    true
}
