//! The instruction loop of one frame: fetch, dispatch by opcode, and on an exception look for a
//! handler in the frame's exception table before reporting it to the frame stack. The hottest
//! instructions are handled inline; the rest live in the handler modules by theme.

use std::rc::Rc;

use krait_compiler::opcode::Opcode;

use super::code::{Code, Instr};
use super::frame::Frame;
use super::{Event, calls, containers, exceptions, generators, names};
use crate::object::slots::{CompareOp, NB_OPS};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// An instruction's outcome: continue, report an event, or an exception re-raised as it is
/// (`RERAISE`, which adds no traceback entry).
#[derive(Debug)]
pub enum Step {
    /// Go on with the next instruction.
    Next,
    /// Leave the loop with this event.
    Event(Event),
    /// Unwind with this exception without recording the frame in its traceback.
    Reraise(crate::object::PyErr),
}

/// Runs `cur` and the frames it calls until one yields, lets an exception out, starts a
/// generator, or returns to a frame outside this run (`floor`, see [`super::run_frames`]).
/// A Python-to-Python call and its return switch frames here, without leaving the function:
/// leaving and re-entering the instruction loop for each was a sixth of a call's cost. What
/// needs more (the recursion limit reached, a frame object to hand over, a generator's
/// frame) goes to the frame stack as the event.
pub fn execute(vm: &Vm, cur: &mut Box<Frame>, floor: usize) -> Event {
    loop {
        // A frame switch is an instruction boundary too: the finalizers a finished frame's
        // locals queued run before the caller goes on, as CPython's run while it clears the
        // frame.
        if crate::object::finalize::pending() {
            crate::object::finalize::run(vm);
        }
        match run_frame(vm, cur) {
            Event::Call(new) if vm.recursion_room() => {
                vm.enter_recursion_unchecked();
                let caller = std::mem::replace(cur, new);
                vm.call_link(caller, cur);
            }
            Event::Return(v) if cur.generator.is_none() && vm.return_to_caller(cur, floor) => {
                vm.leave_recursion();
                cur.push(v);
            }
            // A generator resumed by `FOR_ITER` or `SEND`, and its yield back to that
            // instruction, switch frames here too (see `resume`).
            Event::Resume(new) => {
                let caller = std::mem::replace(cur, new);
                vm.call_link(caller, cur);
            }
            Event::Yield(v) if cur.generator.is_some() => {
                if let Err(v) = super::resume::yield_switch(vm, cur, v) {
                    return Event::Yield(v);
                }
            }
            event => return event,
        }
    }
}

/// Runs `frame` until it calls, returns, yields or lets an exception out.
///
/// The commonest instructions run in the loop itself and go straight on to the next one
/// (`next!`), and a failing one leaves its block with the error (`t!`): materialising a
/// [`Step`] for each of them and decoding it again cost about a tenth of the loop's time.
#[inline(always)]
fn run_frame(vm: &Vm, frame: &mut Frame) -> Event {
    let code = frame.code.clone();
    // Straight on to the next instruction, after the finalizers the last one queued, if any.
    macro_rules! next {
        ($fetch:lifetime) => {{
            if crate::object::finalize::pending() {
                crate::object::finalize::run(vm);
            }
            continue $fetch;
        }};
    }
    // `?` for the instruction block: an error leaves it as the block's value.
    macro_rules! t {
        ($label:lifetime, $e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => break $label Err(e),
            }
        };
    }
    'fetch: loop {
        let pc = frame.pc;
        let Some(&ins) = code.instrs.get(pc) else {
            let e = vm.system_error("instruction pointer out of range");
            return Event::Raise(e);
        };
        frame.lasti = pc;
        vm.cur_lasti.set(pc);
        frame.pc = pc + 1;
        let arg = ins.arg;
        let r: PyResult<Step> = 'ins: {
            match ins.op {
                Opcode::LOAD_FAST => match frame.slots.get(arg as usize) {
                    Some(Some(v)) => {
                        let v = v.clone();
                        frame.push(v);
                        continue 'fetch;
                    }
                    _ => break 'ins Err(names::unbound_local(vm, &code, arg as usize)),
                },
                Opcode::STORE_FAST => {
                    let v = t!('ins, frame.pop(vm));
                    // A number only the local held goes to the free list.
                    if let Some(Some(old)) = frame.slots.get_mut(arg as usize).map(|s| s.replace(v))
                    {
                        vm.release(old);
                    }
                    next!('fetch)
                }
                Opcode::LOAD_CONST => {
                    let c = t!('ins, code.consts.get(arg as usize).ok_or_else(|| bad_arg(vm)));
                    frame.push(c.clone());
                    continue 'fetch;
                }
                Opcode::POP_TOP => {
                    t!('ins, frame.pop_opt(vm));
                    next!('fetch)
                }
                Opcode::BINARY_OP => {
                    let b = t!('ins, frame.pop(vm));
                    let a = t!('ins, frame.pop(vm));
                    let a = match str_append_in_place(vm, frame, &code, a, &b, arg) {
                        Ok(r) => {
                            frame.push(r);
                            next!('fetch)
                        }
                        Err(a) => a,
                    };
                    let r = t!('ins, binary_op(vm, a, b, arg));
                    frame.push(r);
                    next!('fetch)
                }
                Opcode::LOAD_GLOBAL => {
                    t!('ins, names::load_global_op(vm, frame, &code, arg));
                    next!('fetch)
                }
                Opcode::LOAD_ATTR => {
                    t!('ins, names::load_attr_op(vm, frame, &code, arg));
                    next!('fetch)
                }
                Opcode::STORE_ATTR => {
                    t!('ins, names::store_attr_op(vm, frame, &code, arg));
                    next!('fetch)
                }
                Opcode::LOAD_METHOD => {
                    t!('ins, names::load_method_op(vm, frame, &code, arg));
                    next!('fetch)
                }
                Opcode::BINARY_SUBSCR => {
                    t!('ins, containers::binary_subscr(vm, frame));
                    next!('fetch)
                }
                Opcode::STORE_SUBSCR => {
                    t!('ins, containers::store_subscr(vm, frame));
                    next!('fetch)
                }
                Opcode::UNPACK_SEQUENCE => {
                    t!('ins, containers::unpack_sequence(vm, frame, arg as usize));
                    next!('fetch)
                }
                Opcode::NOP | Opcode::PRECALL => continue 'fetch,
                Opcode::PUSH_NULL => {
                    frame.push_null();
                    continue 'fetch;
                }
                // A Ctrl-C is raised where CPython's eval breaker is checked: on entering a
                // frame and on a loop's backward jump.
                Opcode::RESUME => {
                    t!('ins, check_interrupt(vm));
                    continue 'fetch;
                }
                // The jump is taken before the check (`JUMPBY` then `CHECK_EVAL_BREAKER`), so
                // an interrupt here looks for its handler at the instruction before the jump's
                // target, as `exception_unwind` does from `next_instr`; the traceback shows
                // the jump.
                Opcode::JUMP_BACKWARD => {
                    frame.pc = arg as usize;
                    t!('ins, check_interrupt(vm));
                    continue 'fetch;
                }
                Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => {
                    frame.pc = arg as usize;
                    continue 'fetch;
                }
                Opcode::POP_JUMP_FORWARD_IF_FALSE
                | Opcode::POP_JUMP_BACKWARD_IF_FALSE
                | Opcode::POP_JUMP_FORWARD_IF_TRUE
                | Opcode::POP_JUMP_BACKWARD_IF_TRUE
                | Opcode::POP_JUMP_FORWARD_IF_NONE
                | Opcode::POP_JUMP_BACKWARD_IF_NONE
                | Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
                | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                    t!('ins, pop_jump(vm, frame, ins));
                    next!('fetch)
                }
                Opcode::COMPARE_OP => {
                    t!('ins, compare_op(vm, frame, &code, arg));
                    next!('fetch)
                }
                Opcode::FOR_ITER => {
                    if let Some(gen_frame) = t!('ins, for_iter(vm, frame, &code, arg)) {
                        return Event::Resume(gen_frame);
                    }
                    next!('fetch)
                }
                // The two instructions that leave the frame hand their event straight to the
                // frame stack (after the finalizers the last instruction queued).
                Opcode::RETURN_VALUE => {
                    let v = t!('ins, frame.pop(vm));
                    if crate::object::finalize::pending() {
                        crate::object::finalize::run(vm);
                    }
                    return Event::Return(v);
                }
                Opcode::YIELD_VALUE => {
                    let v = t!('ins, frame.pop(vm));
                    if crate::object::finalize::pending() {
                        crate::object::finalize::run(vm);
                    }
                    return Event::Yield(v);
                }
                Opcode::CALL => match calls::call(vm, frame, arg as usize) {
                    Ok(Step::Next) => next!('fetch),
                    Ok(Step::Event(ev)) => {
                        if crate::object::finalize::pending() {
                            crate::object::finalize::run(vm);
                        }
                        return ev;
                    }
                    r => break 'ins r,
                },
                Opcode::COPY => {
                    let v = t!('ins, frame.peek(vm, arg as usize)).clone();
                    frame.push(v);
                    continue 'fetch;
                }
                Opcode::SWAP => {
                    let n = frame.slots.len();
                    let i = arg as usize;
                    if i < 1 || i > frame.depth() {
                        break 'ins Err(super::frame::bad_stack(vm));
                    }
                    if i == 3 && aug_subscr_store(vm, frame, &code) {
                        t!('ins, containers::store_subscr(vm, frame));
                        next!('fetch)
                    }
                    frame.slots.swap(n - 1, n - i);
                    continue 'fetch;
                }
                Opcode::IS_OP => {
                    let b = t!('ins, frame.pop(vm));
                    let a = t!('ins, frame.pop(vm));
                    frame.push(vm.new_bool(Rc::ptr_eq(&a, &b) != (arg == 1)));
                    next!('fetch)
                }
                Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                    let t = t!('ins, truth(vm, t!('ins, frame.peek(vm, 1))));
                    if t == (ins.op == Opcode::JUMP_IF_TRUE_OR_POP) {
                        jump(frame, arg);
                        continue 'fetch;
                    }
                    t!('ins, frame.pop(vm));
                    next!('fetch)
                }
                // Every other opcode is named rather than left to a `_` arm: with no default
                // case the jump table needs no range check (two instructions of every dispatch).
                Opcode::CACHE
                | Opcode::UNARY_POSITIVE
                | Opcode::UNARY_NEGATIVE
                | Opcode::UNARY_NOT
                | Opcode::UNARY_INVERT
                | Opcode::GET_LEN
                | Opcode::MATCH_MAPPING
                | Opcode::MATCH_SEQUENCE
                | Opcode::MATCH_KEYS
                | Opcode::PUSH_EXC_INFO
                | Opcode::CHECK_EXC_MATCH
                | Opcode::CHECK_EG_MATCH
                | Opcode::WITH_EXCEPT_START
                | Opcode::GET_AITER
                | Opcode::GET_ANEXT
                | Opcode::BEFORE_ASYNC_WITH
                | Opcode::BEFORE_WITH
                | Opcode::END_ASYNC_FOR
                | Opcode::DELETE_SUBSCR
                | Opcode::GET_ITER
                | Opcode::GET_YIELD_FROM_ITER
                | Opcode::PRINT_EXPR
                | Opcode::LOAD_BUILD_CLASS
                | Opcode::LOAD_ASSERTION_ERROR
                | Opcode::RETURN_GENERATOR
                | Opcode::LIST_TO_TUPLE
                | Opcode::IMPORT_STAR
                | Opcode::SETUP_ANNOTATIONS
                | Opcode::ASYNC_GEN_WRAP
                | Opcode::PREP_RERAISE_STAR
                | Opcode::POP_EXCEPT
                | Opcode::STORE_NAME
                | Opcode::DELETE_NAME
                | Opcode::UNPACK_EX
                | Opcode::DELETE_ATTR
                | Opcode::STORE_GLOBAL
                | Opcode::DELETE_GLOBAL
                | Opcode::LOAD_NAME
                | Opcode::BUILD_TUPLE
                | Opcode::BUILD_LIST
                | Opcode::BUILD_SET
                | Opcode::BUILD_MAP
                | Opcode::IMPORT_NAME
                | Opcode::IMPORT_FROM
                | Opcode::CONTAINS_OP
                | Opcode::RERAISE
                | Opcode::SEND
                | Opcode::DELETE_FAST
                | Opcode::RAISE_VARARGS
                | Opcode::GET_AWAITABLE
                | Opcode::MAKE_FUNCTION
                | Opcode::BUILD_SLICE
                | Opcode::MAKE_CELL
                | Opcode::LOAD_CLOSURE
                | Opcode::LOAD_DEREF
                | Opcode::STORE_DEREF
                | Opcode::DELETE_DEREF
                | Opcode::CALL_FUNCTION_EX
                | Opcode::EXTENDED_ARG
                | Opcode::LIST_APPEND
                | Opcode::SET_ADD
                | Opcode::MAP_ADD
                | Opcode::LOAD_CLASSDEREF
                | Opcode::COPY_FREE_VARS
                | Opcode::MATCH_CLASS
                | Opcode::FORMAT_VALUE
                | Opcode::BUILD_CONST_KEY_MAP
                | Opcode::BUILD_STRING
                | Opcode::LIST_EXTEND
                | Opcode::SET_UPDATE
                | Opcode::DICT_MERGE
                | Opcode::DICT_UPDATE
                | Opcode::KW_NAMES => step(vm, frame, &code, ins),
            }
        };
        if crate::object::finalize::pending() {
            crate::object::finalize::run(vm);
        }
        let (err, add_tb) = match r {
            Ok(Step::Next) => continue,
            Ok(Step::Event(ev)) => return ev,
            Ok(Step::Reraise(e)) => (e, false),
            Err(e) => (e, true),
        };
        if let Err(e) = exceptions::unwind(vm, frame, err, add_tb) {
            return Event::Raise(e);
        }
    }
}

/// `KeyboardInterrupt` when the prompt's Ctrl-C handler asked for one; with threads started,
/// a count toward the running thread's forced switch.
#[inline]
fn check_interrupt(vm: &Vm) -> PyResult<()> {
    if crate::interrupt_requested() {
        return crate::take_interrupt(vm);
    }
    if crate::importer::green::threads_started() {
        return crate::importer::green::tick(vm);
    }
    Ok(())
}

#[inline]
fn jump(frame: &mut Frame, target: u32) {
    frame.pc = target as usize;
}

/// Executes one instruction not run inline by [`execute`].
#[inline]
fn step(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<Step> {
    let arg = ins.arg;
    match ins.op {
        Opcode::CONTAINS_OP => {
            let container = frame.pop(vm)?;
            let item = frame.pop(vm)?;
            let r = vm.contains(&container, &item)?;
            frame.push(vm.new_bool(r != (arg == 1)));
        }
        Opcode::KW_NAMES => {
            let c = code.consts.get(arg as usize).ok_or_else(|| bad_arg(vm))?;
            frame.kwnames = Some(c.clone());
        }
        Opcode::GET_ITER => {
            let v = frame.pop(vm)?;
            frame.push(vm.iter(&v)?);
        }
        _ => return step_rest(vm, frame, code, ins),
    }
    Ok(Step::Next)
}

/// The instructions not handled inline, by theme.
fn step_rest(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<Step> {
    let arg = ins.arg;
    match ins.op {
        Opcode::UNARY_POSITIVE | Opcode::UNARY_NEGATIVE | Opcode::UNARY_INVERT => {
            use crate::object::arith::Unary;
            let v = frame.pop(vm)?;
            let which = match ins.op {
                Opcode::UNARY_POSITIVE => Unary::Pos,
                Opcode::UNARY_NEGATIVE => Unary::Neg,
                _ => Unary::Invert,
            };
            frame.push(vm.unary_op(&v, which)?);
        }
        Opcode::UNARY_NOT => {
            let v = frame.pop(vm)?;
            frame.push(vm.new_bool(!vm.truthy(&v)?));
        }
        Opcode::LOAD_GLOBAL
        | Opcode::STORE_GLOBAL
        | Opcode::DELETE_GLOBAL
        | Opcode::LOAD_NAME
        | Opcode::STORE_NAME
        | Opcode::DELETE_NAME
        | Opcode::DELETE_FAST
        | Opcode::LOAD_ATTR
        | Opcode::STORE_ATTR
        | Opcode::DELETE_ATTR
        | Opcode::LOAD_METHOD
        | Opcode::MAKE_CELL
        | Opcode::LOAD_CLOSURE
        | Opcode::LOAD_DEREF
        | Opcode::STORE_DEREF
        | Opcode::DELETE_DEREF
        | Opcode::LOAD_CLASSDEREF
        | Opcode::COPY_FREE_VARS
        | Opcode::IMPORT_NAME
        | Opcode::IMPORT_FROM
        | Opcode::IMPORT_STAR
        | Opcode::SETUP_ANNOTATIONS
        | Opcode::LOAD_BUILD_CLASS
        | Opcode::LOAD_ASSERTION_ERROR => names::execute(vm, frame, code, ins)?,
        Opcode::CALL_FUNCTION_EX | Opcode::MAKE_FUNCTION => calls::execute(vm, frame, code, ins)?,
        Opcode::BINARY_SUBSCR
        | Opcode::STORE_SUBSCR
        | Opcode::DELETE_SUBSCR
        | Opcode::BUILD_TUPLE
        | Opcode::BUILD_LIST
        | Opcode::BUILD_SET
        | Opcode::BUILD_MAP
        | Opcode::BUILD_CONST_KEY_MAP
        | Opcode::BUILD_STRING
        | Opcode::BUILD_SLICE
        | Opcode::LIST_APPEND
        | Opcode::SET_ADD
        | Opcode::MAP_ADD
        | Opcode::LIST_EXTEND
        | Opcode::SET_UPDATE
        | Opcode::DICT_UPDATE
        | Opcode::DICT_MERGE
        | Opcode::LIST_TO_TUPLE
        | Opcode::UNPACK_SEQUENCE
        | Opcode::UNPACK_EX
        | Opcode::FORMAT_VALUE
        | Opcode::GET_LEN
        | Opcode::MATCH_MAPPING
        | Opcode::MATCH_SEQUENCE
        | Opcode::MATCH_KEYS
        | Opcode::MATCH_CLASS => containers::execute(vm, frame, code, ins)?,
        Opcode::RAISE_VARARGS
        | Opcode::RERAISE
        | Opcode::PUSH_EXC_INFO
        | Opcode::POP_EXCEPT
        | Opcode::CHECK_EXC_MATCH
        | Opcode::CHECK_EG_MATCH
        | Opcode::PREP_RERAISE_STAR
        | Opcode::BEFORE_WITH
        | Opcode::WITH_EXCEPT_START => return exceptions::execute(vm, frame, code, ins),
        Opcode::RETURN_GENERATOR
        | Opcode::YIELD_VALUE
        | Opcode::SEND
        | Opcode::GET_YIELD_FROM_ITER
        | Opcode::GET_AWAITABLE
        | Opcode::GET_AITER
        | Opcode::GET_ANEXT
        | Opcode::BEFORE_ASYNC_WITH
        | Opcode::END_ASYNC_FOR
        | Opcode::ASYNC_GEN_WRAP => return generators::execute(vm, frame, code, ins),
        Opcode::PRINT_EXPR => {
            let v = frame.pop(vm)?;
            crate::builtins::print_expr(vm, &v)?;
        }
        _ => {
            return Err(vm.system_error(format!("unknown opcode {}", ins.op as u8)));
        }
    }
    let _ = arg;
    Ok(Step::Next)
}

/// `POP_JUMP_*`: pops the condition and jumps when it holds.
#[inline(always)]
fn pop_jump(vm: &Vm, frame: &mut Frame, ins: Instr) -> PyResult<()> {
    let v = frame.pop(vm)?;
    let taken = match ins.op {
        Opcode::POP_JUMP_FORWARD_IF_FALSE | Opcode::POP_JUMP_BACKWARD_IF_FALSE => !truth(vm, &v)?,
        Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE => truth(vm, &v)?,
        Opcode::POP_JUMP_FORWARD_IF_NONE | Opcode::POP_JUMP_BACKWARD_IF_NONE => vm.is_none(&v),
        _ => !vm.is_none(&v),
    };
    if taken {
        jump(frame, ins.arg);
        // CPython's POP_JUMP_BACKWARD_* check the eval breaker when they jump: a `while`
        // loop's condition sits at its bottom, so this is where its signals are seen.
        if matches!(
            ins.op,
            Opcode::POP_JUMP_BACKWARD_IF_FALSE
                | Opcode::POP_JUMP_BACKWARD_IF_TRUE
                | Opcode::POP_JUMP_BACKWARD_IF_NONE
                | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE
        ) {
            check_interrupt(vm)?;
        }
    }
    Ok(())
}

/// `COMPARE_OP`, with built-in operands compared without dispatch (and a following
/// conditional jump fused, see [`fused_jump`]).
#[inline(always)]
fn compare_op(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let b = frame.pop(vm)?;
    let a = frame.pop(vm)?;
    let op = CompareOp::from_arg(arg).ok_or_else(|| bad_arg(vm))?;
    let r = match crate::object::compare::fast_compare(&a, &b, op) {
        Some(t) => {
            if fused_jump(vm, frame, code, t) {
                // A loop's backward jump passes the eval breaker, as below.
                if frame.pc < frame.lasti {
                    check_interrupt(vm)?;
                }
                return Ok(());
            }
            vm.new_bool(t)
        }
        None => vm.rich_compare(&a, &b, op)?,
    };
    frame.push(r);
    Ok(())
}

/// `FOR_ITER`: the next item, or the iterator popped and a jump past the loop. A generator's
/// frame is resumed on this loop instead: it is returned, to be pushed.
#[inline(always)]
fn for_iter(vm: &Vm, frame: &mut Frame, code: &Code, target: u32) -> PyResult<Option<Box<Frame>>> {
    if range_into_local(vm, frame, code).is_some() {
        return Ok(None);
    }
    let it = frame.peek(vm, 1)?;
    let next = match crate::types::iter::fast_next(vm, it) {
        Some(v) => v,
        None => {
            if let Ok(f) = super::resume::take_frame(vm, it, vm.none.clone(), false) {
                return Ok(Some(f));
            }
            let it = it.clone();
            vm.next(&it)?
        }
    };
    match next {
        Some(v) => frame.push(v),
        None => {
            frame.pop(vm)?;
            jump(frame, target);
        }
    }
    Ok(None)
}

/// `for x in range(...)` with `x` a fast local: the next value goes into the int object the
/// local holds when only the local refers to it, instead of a new int replacing one that dies
/// at the `STORE_FAST` after (the allocation and the release were most of such a loop's
/// cost), and the `STORE_FAST` runs here too (the value never goes through the stack). None
/// when this does not apply; the iterator has then not moved.
#[inline(never)]
fn range_into_local(vm: &Vm, frame: &mut Frame, code: &Code) -> Option<()> {
    let store = code
        .instrs
        .get(frame.pc)
        .filter(|n| n.op == Opcode::STORE_FAST)?;
    let slot = store.arg as usize;
    // One reference: the local's (a cached small int always has the cache's too).
    let reusable = frame
        .slots
        .get(slot)?
        .as_ref()
        .is_some_and(|o| Rc::strong_count(o) == 1);
    if !reusable {
        return None;
    }
    next_range_into(vm, frame, slot)
}

/// The rest of [`range_into_local`]. The `STORE_FAST` after the `FOR_ITER` is recorded as
/// run, as [`fused_jump`] records its jump.
#[inline]
fn next_range_into(vm: &Vm, frame: &mut Frame, slot: usize) -> Option<()> {
    let it = frame.slots.last()?.as_ref()?;
    let v = crate::types::iter::next_range_value(it)?;
    let old = frame.slots.get_mut(slot)?.take()?;
    let new = if crate::runtime::SMALL_INTS.contains(&v) {
        vm.release(old);
        vm.new_int(v)
    } else {
        match Obj::recycle_int(old, &vm.types.int, v) {
            Ok(o) => o,
            Err(old) => {
                vm.release(old);
                vm.new_int(v)
            }
        }
    };
    frame.slots[slot] = Some(new);
    frame.lasti = frame.pc;
    vm.cur_lasti.set(frame.pc);
    frame.pc += 1;
    Some(())
}

/// `SWAP 3; SWAP 2; STORE_SUBSCR`, the store of `c[k] op= v`: the two swaps turn
/// `container, key, value` into `value, container, key` at once, and the `STORE_SUBSCR` is
/// recorded as the instruction running (so its errors find their handler and line) and
/// left to the caller; false, with nothing changed, for any other `SWAP 3`.
#[inline]
fn aug_subscr_store(vm: &Vm, frame: &mut Frame, code: &Code) -> bool {
    let pc = frame.pc;
    let (Some(a), Some(b)) = (code.instrs.get(pc), code.instrs.get(pc + 1)) else {
        return false;
    };
    if a.op != Opcode::SWAP || a.arg != 2 || b.op != Opcode::STORE_SUBSCR {
        return false;
    }
    let n = frame.slots.len();
    frame.slots[n - 3..].rotate_right(1);
    frame.lasti = pc + 1;
    vm.cur_lasti.set(pc + 1);
    frame.pc = pc + 2;
    true
}

/// A comparison of built-in values followed by a conditional jump on its result runs the jump
/// at once, without making the bool (3.11's `COMPARE_OP_INT_JUMP` and its float and str
/// siblings). The jump is still recorded as the instruction run, so `f_lasti` and tracebacks
/// see what they would; it cannot raise, and the finalizer check it skips has nothing new to
/// run, since dropping built-in ints, floats and strs queues no finalizer.
#[inline]
fn fused_jump(vm: &Vm, frame: &mut Frame, code: &Code, t: bool) -> bool {
    let pc = frame.pc;
    let Some(next) = code.instrs.get(pc) else {
        return false;
    };
    let jump_if = match next.op {
        Opcode::POP_JUMP_FORWARD_IF_FALSE | Opcode::POP_JUMP_BACKWARD_IF_FALSE => false,
        Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE => true,
        _ => return false,
    };
    frame.lasti = pc;
    vm.cur_lasti.set(pc);
    frame.pc = if t == jump_if {
        next.arg as usize
    } else {
        pc + 1
    };
    true
}

/// The truth value, with the singletons decided without dispatch.
#[inline]
fn truth(vm: &Vm, v: &ObjRef) -> PyResult<bool> {
    if Rc::ptr_eq(v, &vm.true_obj) {
        return Ok(true);
    }
    if Rc::ptr_eq(v, &vm.false_obj) || vm.is_none(v) {
        return Ok(false);
    }
    vm.truthy(v)
}

/// An exact float's value, or an exact small int's exactly representable as a float.
#[inline]
fn float_operand(vm: &Vm, o: &ObjRef) -> Option<f64> {
    use crate::types::int::Int;
    match &o.payload {
        Payload::Float(f) if o.is_exact(&vm.types.float) => Some(*f),
        Payload::Int(Int::Small(i))
            if o.is_exact(&vm.types.int) && i.unsigned_abs() < (1 << 53) =>
        {
            Some(*i as f64)
        }
        _ => None,
    }
}

/// `x += t` for exact strs where `x` is a fast local stored right back (the next
/// instruction is `STORE_FAST x`): the local's reference is dropped first so the string can
/// grow in place, as CPython's `BINARY_OP_INPLACE_ADD_UNICODE` does. Gives `a` back when
/// this does not apply.
#[inline]
fn str_append_in_place(
    vm: &Vm,
    frame: &mut Frame,
    code: &Code,
    a: ObjRef,
    b: &ObjRef,
    arg: u32,
) -> Result<ObjRef, ObjRef> {
    // 13 is `NB_INPLACE_ADD`; two references are the popped operand and the local.
    if arg != 13 || Rc::strong_count(&a) != 2 || !a.is_exact(&vm.types.str) {
        return Err(a);
    }
    let Some(tail) = b.as_str().filter(|_| b.is_exact(&vm.types.str)) else {
        return Err(a);
    };
    let Some(next) = code
        .instrs
        .get(frame.pc)
        .filter(|n| n.op == Opcode::STORE_FAST)
    else {
        return Err(a);
    };
    let Some(slot) = frame.slots.get_mut(next.arg as usize) else {
        return Err(a);
    };
    if !slot.as_ref().is_some_and(|x| Rc::ptr_eq(x, &a)) {
        return Err(a);
    }
    // The `STORE_FAST` that follows fills the slot again with the result.
    drop(slot.take());
    Obj::append_str(a, tail).inspect_err(|a| *slot = Some(a.clone()))
}

/// `BINARY_OP`: small-int addition and subtraction inline, everything else dispatched.
#[inline]
fn binary_op(vm: &Vm, a: ObjRef, b: ObjRef, arg: u32) -> PyResult {
    use crate::types::int::Int;
    if let (Some(Int::Small(x)), Some(Int::Small(y))) = (a.as_int(), b.as_int())
        && a.is_exact(&vm.types.int)
        && b.is_exact(&vm.types.int)
    {
        let r = match arg {
            0 | 13 => x.checked_add(*y),
            10 | 23 => x.checked_sub(*y),
            5 | 18 => x.checked_mul(*y),
            _ => None,
        };
        if let Some(r) = r {
            if Rc::strong_count(&a) == 1 || Rc::strong_count(&b) == 1 {
                return Ok(int_result(vm, a, b, r));
            }
            return Ok(vm.new_int(r));
        }
    }
    // Exact floats (and a float with a small int): `+ - *` and `/` by a non-zero, as the
    // float type computes them.
    if let (Some(x), Some(y)) = (float_operand(vm, &a), float_operand(vm, &b))
        && (a.as_float().is_some() || b.as_float().is_some())
    {
        let r = match arg {
            0 | 13 => Some(x + y),
            10 | 23 => Some(x - y),
            5 | 18 => Some(x * y),
            11 | 24 if y != 0.0 => Some(x / y),
            // `**` of a positive finite base and a finite exponent with a finite result is
            // C's `pow()`, as `float_pow` computes it; the cases it treats specially (a zero or
            // negative base, infinities, overflow) take the full path.
            8 | 21 if x > 0.0 && x.is_finite() && y.is_finite() => {
                Some(x.powf(y)).filter(|r| r.is_finite())
            }
            _ => None,
        };
        if let Some(r) = r {
            // An operand only the stack held (float_operand made sure an exact float is exact)
            // takes the result instead of a new allocation.
            let b = match Obj::recycle_float(a, r) {
                Ok(v) => {
                    vm.release(b);
                    return Ok(v);
                }
                Err(_) => b,
            };
            return Ok(match Obj::recycle_float(b, r) {
                Ok(v) => v,
                Err(_) => vm.new_float(r),
            });
        }
    }
    let i = arg as usize;
    match NB_OPS.get(i) {
        Some(op) => vm.binary_op(&a, &b, *op),
        None => match NB_OPS.get(i.wrapping_sub(13)) {
            Some(op) => vm.inplace_op(&a, &b, *op),
            None => Err(bad_arg(vm)),
        },
    }
}

/// The int `r` computed from the exact ints `a` and `b`: an operand only the stack held (an
/// intermediate result) takes it instead of a new allocation, as floats do in [`binary_op`].
/// Out of line, so the loop's own code stays small.
#[inline(never)]
fn int_result(vm: &Vm, a: ObjRef, b: ObjRef, r: i64) -> ObjRef {
    if crate::runtime::SMALL_INTS.contains(&r) {
        return vm.new_int(r);
    }
    let b = match Obj::recycle_int(a, &vm.types.int, r) {
        Ok(v) => {
            vm.release(b);
            return v;
        }
        Err(_) => b,
    };
    match Obj::recycle_int(b, &vm.types.int, r) {
        Ok(v) => v,
        Err(_) => vm.new_int(r),
    }
}

/// An instruction argument out of range for its code object.
pub fn bad_arg(vm: &Vm) -> crate::object::PyErr {
    vm.system_error("bad instruction argument: malformed bytecode")
}
