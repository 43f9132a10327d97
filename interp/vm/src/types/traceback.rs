//! Traceback objects: one entry per frame an exception passed through, newest first in the
//! `tb_next` chain from the exception's `__traceback__` (`PyTraceBack_Here` prepends as the
//! exception unwinds).

use std::rc::Rc;

use crate::eval::code::Code;
use crate::eval::frame::Frame;
use crate::object::slots::Slots;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A traceback entry.
#[derive(Debug)]
pub struct Traceback {
    /// `tb_next`: the entry for the frame this one called (older entries come first).
    pub next: Option<ObjRef>,
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
    let Some(e) = exc.as_exception() else { return };
    let next = e.traceback.borrow_mut().take();
    let lasti = frame.lasti_offset();
    let tb = Obj::new(
        vm.types.traceback.clone(),
        Payload::Traceback(Box::new(Traceback {
            next,
            code: frame.code.clone(),
            frame: vm.current_frame_object(frame),
            lasti,
            lineno: frame.code.line_at(lasti),
        })),
    );
    vm.gc_track(&tb);
    *e.traceback.borrow_mut() = Some(tb);
}

fn tb<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Traceback> {
    match &o.payload {
        Payload::Traceback(t) => Ok(t),
        _ => Err(vm.internal("expected a traceback")),
    }
}

fn get_next(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(tb(vm, o)?.next.clone().unwrap_or_else(|| vm.none.clone()))
}

fn get_lineno(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(i64::from(tb(vm, o)?.lineno)))
}

fn get_lasti(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(i64::from(tb(vm, o)?.lasti)))
}

fn get_frame(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(tb(vm, o)?.frame.clone())
}

/// Fills the `traceback` type's namespace.
pub fn init(vm: &Vm) {
    let t = &vm.types.traceback;
    vm.add_getset(t, "tb_next", get_next, None);
    vm.add_getset(t, "tb_lineno", get_lineno, None);
    vm.add_getset(t, "tb_lasti", get_lasti, None);
    vm.add_getset(t, "tb_frame", get_frame, None);
    crate::object::slot_resolve::install_static(vm, t, Slots::default());
}
