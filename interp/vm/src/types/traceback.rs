//! Traceback objects: one entry per frame an exception passed through, newest first in the
//! `tb_next` chain from the exception's `__traceback__` (`PyTraceBack_Here` prepends as the
//! exception unwinds).

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::code::Code;
use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::slots::Slots;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A traceback entry.
#[derive(Debug)]
pub struct Traceback {
    /// `tb_next`: the entry for the frame this one called (older entries come first). Python
    /// code may rewrite it (`unittest` cuts its own frames off a chain this way).
    pub next: RefCell<Option<ObjRef>>,
    /// The code of the frame.
    pub code: Rc<Code>,
    /// `tb_frame`.
    pub frame: ObjRef,
    /// `tb_lasti`: byte offset of the instruction.
    pub lasti: u32,
    /// `tb_lineno`.
    pub lineno: i32,
}

/// Records `frame` (the running frame) in `exc`'s traceback (`PyTraceBack_Here`).
pub fn add_entry(vm: &Vm, exc: &ObjRef, frame: &Frame) {
    if frame.code.hidden.get() {
        return;
    }
    let Some(e) = exc.as_exception() else { return };
    let next = e.traceback.borrow_mut().take();
    let lasti = frame.lasti_offset();
    let tb = Obj::new(
        vm.types.traceback.clone(),
        Payload::Traceback(Box::new(Traceback {
            next: RefCell::new(next),
            code: frame.code.clone(),
            frame: vm.current_frame_object(frame),
            lasti,
            lineno: frame.code.line_at(lasti),
        })),
    );
    vm.gc_track(&tb);
    *e.traceback.borrow_mut() = Some(tb);
}

/// `_PyTraceBack_FromFrame(NULL, PyEval_GetFrame())`: a one-entry traceback for the innermost
/// Python frame now running (a C stand-in's frame is not one), or None when none runs.
pub fn from_current_frame(vm: &Vm) -> Option<ObjRef> {
    let (i, code) = {
        let frames = vm.frames.borrow();
        let i = frames.iter().rposition(|l| !l.code.hidden.get())?;
        (i, frames[i].code.clone())
    };
    let lasti = code.offset_of(vm.link_lasti(i)?);
    let frame = vm.link_object(i)?;
    let tb = Obj::new(
        vm.types.traceback.clone(),
        Payload::Traceback(Box::new(Traceback {
            next: RefCell::new(None),
            lineno: code.line_at(lasti),
            code,
            frame,
            lasti,
        })),
    );
    vm.gc_track(&tb);
    Some(tb)
}

fn tb<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Traceback> {
    match &o.payload {
        Payload::Traceback(t) => Ok(t),
        _ => Err(vm.internal("expected a traceback")),
    }
}

fn get_next(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(tb(vm, o)?
        .next
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `tb_next_set` of `Objects/traceback.c`: a traceback or None, and never a loop.
fn set_next(vm: &Vm, o: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let this = tb(vm, o)?;
    let Some(value) = value else {
        return Err(vm.type_error("can't delete tb_next attribute"));
    };
    let new = checked_next(vm, o, value)?;
    *this.next.borrow_mut() = new;
    Ok(())
}

/// The new `tb_next` of `o`: None, or a traceback whose chain does not come back to `o`.
fn checked_next(vm: &Vm, o: &ObjRef, value: ObjRef) -> PyResult<Option<ObjRef>> {
    if vm.is_none(&value) {
        return Ok(None);
    }
    if !matches!(value.payload, Payload::Traceback(_)) {
        return Err(vm.type_error(format!(
            "expected traceback object or None, got '{}'",
            vm.type_name(&value)
        )));
    }
    let mut cursor = Some(value.clone());
    while let Some(c) = cursor {
        if ObjRef::ptr_eq(&c, o) {
            return Err(vm.value_error("traceback loop detected"));
        }
        cursor = match &c.payload {
            Payload::Traceback(t) => t.next.borrow().clone(),
            _ => None,
        };
    }
    Ok(Some(value))
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)` (`tb_new_impl`).
fn tb_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [next, frame, lasti, lineno] = args.bind(
        vm,
        "TracebackType",
        ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
        0,
        4,
        4,
    )?;
    let (Some(next), Some(frame), Some(lasti), Some(lineno)) = (next, frame, lasti, lineno) else {
        return Err(vm.internal("traceback(): missing argument"));
    };
    if !vm.is_none(&next) && !matches!(next.payload, Payload::Traceback(_)) {
        return Err(vm.type_error(format!(
            "expected traceback object or None, got '{}'",
            vm.type_name(&next)
        )));
    }
    let Payload::Frame(fo) = &frame.payload else {
        return Err(vm.type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            vm.type_name(&frame)
        )));
    };
    let lasti = int_arg(vm, &lasti, "tb_lasti")?;
    let lineno = int_arg(vm, &lineno, "tb_lineno")?;
    let code = fo.code.clone();
    let tb = Obj::new(
        cls.clone(),
        Payload::Traceback(Box::new(Traceback {
            next: RefCell::new((!vm.is_none(&next)).then_some(next)),
            code,
            frame: frame.clone(),
            lasti: u32::try_from(lasti).unwrap_or(0),
            lineno: i32::try_from(lineno).unwrap_or(0),
        })),
    );
    vm.gc_track(&tb);
    Ok(tb)
}

/// An `int` argument of the constructor, as Argument Clinic's `_PyLong_AsInt` converter takes it.
fn int_arg(vm: &Vm, v: &ObjRef, name: &str) -> PyResult<i64> {
    match v.as_int() {
        Some(i) => i
            .as_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!(
            "TracebackType() argument '{name}' must be int, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `tb_lineno`: None where the location table gives the instruction no line.
fn get_lineno(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.line_number(tb(vm, o)?.lineno))
}

fn get_lasti(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(i64::from(tb(vm, o)?.lasti)))
}

fn get_frame(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(tb(vm, o)?.frame.clone())
}

/// `tb_dir`: a traceback lists only its four attributes.
fn m_dir(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__dir__", 0)?;
    tb(vm, o)?;
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
    Ok(vm.new_list(names.iter().map(|n| vm.new_str(*n)).collect()))
}

/// Fills the `traceback` type's namespace.
pub fn init(vm: &Vm) {
    let t = &vm.types.traceback;
    vm.add_methods(t, &[("__dir__", m_dir)]);
    vm.add_getset(t, "tb_next", get_next, Some(set_next));
    vm.add_getset(t, "tb_lineno", get_lineno, None);
    vm.add_getset(t, "tb_lasti", get_lasti, None);
    vm.add_getset(t, "tb_frame", get_frame, None);
    let slots = Slots {
        new: crate::object::slots::Slot::Native(tb_new),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, slots);
}
