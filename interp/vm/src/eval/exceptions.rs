//! Exception instructions and unwinding: a raised exception records the frame in its traceback
//! (`PyTraceBack_Here`), then the frame's exception table decides where it is handled — the
//! stack is cut to the handler's depth, the raising offset pushed if asked, the exception
//! pushed. Also `raise` (`do_raise`), the handled-exception stack (`PUSH_EXC_INFO`,
//! `POP_EXCEPT`), `except` matching and the two `with` instructions.

use krait_compiler::opcode::Opcode;

use super::code::{Code, Instr};
use super::dispatch::Step;
use super::frame::Frame;
use crate::object::typeobj::is_subtype;
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// Handles `err` in `frame`: Ok when a handler takes it (the frame continues there), the
/// error back when it leaves the frame.
pub fn unwind(vm: &Vm, frame: &mut Frame, err: PyErr, add_tb: bool) -> Result<(), PyErr> {
    if add_tb {
        crate::types::traceback::add_entry(vm, err.exc(), frame);
    }
    // The handler is chosen by the instruction being run, not by `lasti`: `RERAISE` restores
    // `lasti` to where the exception first happened (for tracebacks and nested handlers that
    // push it), as `exception_unwind` looks handlers up from `next_instr`.
    let Some(h) = frame.code.handler_for(frame.pc.saturating_sub(1)).copied() else {
        return Err(err);
    };
    frame.truncate_stack(h.depth as usize);
    if h.lasti {
        let unit = frame.lasti_offset() / 2;
        frame.push(vm.new_int(i64::from(unit)));
    }
    frame.push(err.into_exc());
    frame.pc = h.target as usize;
    Ok(())
}

/// Whether `cls` is an exception class.
fn is_exc_class(vm: &Vm, cls: &ObjRef) -> bool {
    cls.as_type().is_some() && is_subtype(cls, &vm.exc.base_exception)
}

/// Runs an exception or `with` instruction.
pub fn execute(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<Step> {
    match ins.op {
        Opcode::RAISE_VARARGS => raise_varargs(vm, frame, ins.arg),
        Opcode::RERAISE => {
            let exc = frame.pop(vm)?;
            if ins.arg > 0 {
                let lasti = frame.peek(vm, ins.arg as usize)?;
                match lasti.as_int().and_then(|i| i.as_i64()) {
                    Some(unit) => {
                        frame.lasti = code.index_of_unit(unit as usize);
                    }
                    None => return Err(vm.system_error("lasti is not an int")),
                }
            }
            if exc.as_exception().is_none() {
                return Err(vm.system_error("RERAISE of a non-exception"));
            }
            Ok(Step::Reraise(PyErr::reraise(exc)))
        }
        Opcode::PUSH_EXC_INFO => {
            let value = frame.pop(vm)?;
            let prev = {
                let mut stack = vm.exc_stack.borrow_mut();
                let top = stack.last_mut();
                match top {
                    Some(slot) => slot.replace(value.clone()),
                    None => None,
                }
            };
            frame.push(prev.unwrap_or_else(|| vm.none.clone()));
            frame.push(value);
            Ok(Step::Next)
        }
        Opcode::POP_EXCEPT => {
            let value = frame.pop(vm)?;
            let value = (!vm.is_none(&value)).then_some(value);
            let old = vm
                .exc_stack
                .borrow_mut()
                .last_mut()
                .map(|slot| std::mem::replace(slot, value));
            drop(old);
            Ok(Step::Next)
        }
        Opcode::CHECK_EXC_MATCH => {
            let right = frame.pop(vm)?;
            let left = frame.peek(vm, 1)?.clone();
            check_except_type(vm, &right)?;
            let m = exception_matches(&left, &right);
            frame.push(vm.new_bool(m));
            Ok(Step::Next)
        }
        Opcode::BEFORE_WITH => before_with(vm, frame),
        Opcode::WITH_EXCEPT_START => {
            let val = frame.peek(vm, 1)?.clone();
            let exit = frame.peek(vm, 4)?.clone();
            let tb = val
                .as_exception()
                .and_then(|e| e.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            let r = vm.call_pos(&exit, &[val.class(), val, tb])?;
            frame.push(r);
            Ok(Step::Next)
        }
        Opcode::CHECK_EG_MATCH | Opcode::PREP_RERAISE_STAR => {
            crate::types::exception_group::execute(vm, frame, ins)?;
            Ok(Step::Next)
        }
        _ => Err(vm.system_error("unknown exception opcode")),
    }
}

/// `check_except_type_valid`: `except X` needs exception classes.
fn check_except_type(vm: &Vm, right: &ObjRef) -> PyResult<()> {
    let ok = match right.as_tuple() {
        Some(items) => items.iter().all(|c| is_exc_class(vm, c)),
        None => is_exc_class(vm, right),
    };
    if ok {
        Ok(())
    } else {
        Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"))
    }
}

/// `PyErr_GivenExceptionMatches`: the exception's class is a subclass of `cls` (or of one in a
/// tuple, recursively).
pub fn exception_matches(exc: &ObjRef, cls: &ObjRef) -> bool {
    if let Some(items) = cls.as_tuple() {
        return items.iter().any(|c| exception_matches(exc, c));
    }
    let ty = if exc.as_type().is_some() {
        exc.clone()
    } else {
        exc.class()
    };
    is_subtype(&ty, cls)
}

/// `do_raise`.
fn raise_varargs(vm: &Vm, frame: &mut Frame, n: u32) -> PyResult<Step> {
    let (exc, cause) = match n {
        0 => (None, None),
        1 => (Some(frame.pop(vm)?), None),
        2 => {
            let cause = frame.pop(vm)?;
            (Some(frame.pop(vm)?), Some(cause))
        }
        _ => return Err(vm.system_error("bad RAISE_VARARGS oparg")),
    };
    let Some(exc) = exc else {
        return match vm.current_exception() {
            Some(e) => Ok(Step::Reraise(PyErr::reraise(e))),
            None => Err(vm.runtime_error("No active exception to reraise")),
        };
    };
    let value = instantiate(vm, &exc, "exceptions must derive from BaseException")?;
    if let Some(cause) = cause {
        let fixed = if vm.is_none(&cause) {
            None
        } else if cause.as_type().is_some() && is_exc_class(vm, &cause) {
            Some(instantiate(vm, &cause, "")?)
        } else if cause.as_exception().is_some() {
            Some(cause)
        } else {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        };
        if let Some(e) = value.as_exception() {
            *e.cause.borrow_mut() = fixed;
            e.suppress_context.set(true);
        }
    }
    Err(vm.raise(value))
}

/// An exception instance from `raise X`: a class is called with no arguments.
fn instantiate(vm: &Vm, exc: &ObjRef, msg: &str) -> PyResult {
    if exc.as_type().is_some() {
        if !is_exc_class(vm, exc) {
            return Err(vm.type_error(msg.to_string()));
        }
        let value = vm.call0(exc)?;
        if value.as_exception().is_none() {
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_string(exc)?,
                vm.type_name(&value)
            )));
        }
        return Ok(value);
    }
    if exc.as_exception().is_some() {
        return Ok(exc.clone());
    }
    Err(vm.type_error(msg.to_string()))
}

/// `_PyObject_LookupSpecial`: a dunder found on the type, bound to the object.
pub fn lookup_special(vm: &Vm, obj: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let ty = obj.class();
    match crate::object::typeobj::lookup(&ty, name) {
        Some(d) => Ok(Some(vm.bind_descriptor(&d, Some(obj), &ty)?)),
        None => Ok(None),
    }
}

fn before_with(vm: &Vm, frame: &mut Frame) -> PyResult<Step> {
    let mgr = frame.pop(vm)?;
    let Some(enter) = lookup_special(vm, &mgr, &vm.names.__enter__)? else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let Some(exit) = lookup_special(vm, &mgr, &vm.names.__exit__)? else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            vm.type_name(&mgr)
        )));
    };
    frame.push(exit);
    let res = vm.call0(&enter)?;
    frame.push(res);
    Ok(Step::Next)
}

/// Whether an object is a traceback.
pub fn is_traceback(o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Traceback(_))
}
