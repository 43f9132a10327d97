//! Frame objects (`Objects/frameobject.c`): what Python code sees of a frame — `f_code`,
//! `f_globals`, `f_locals`, `f_lineno`, `f_back` — made on demand (`sys._getframe()`, a
//! traceback entry, `gi_frame`) and cached in the frame's link (see `eval::chain`). While the
//! frame lives, the object reads it where it is reachable (parked at a call, or a suspended
//! generator's frame); the running frame refreshes its object when it reads the object's
//! attributes itself. When the frame ends while the object is referenced elsewhere, the object
//! takes its locals (`take_ownership`): a traceback keeps a finished frame's locals alive, as
//! in CPython.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::eval::chain::Link;
use crate::eval::code::Code;
use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A frame object.
#[derive(Debug)]
pub struct FrameObject {
    /// The frame's code.
    pub code: Rc<Code>,
    /// Its globals.
    pub globals: ObjRef,
    /// Its builtins.
    pub builtins: ObjRef,
    /// The locals mapping of a module or class body.
    pub locals: Option<ObjRef>,
    /// What changes as the frame runs.
    pub state: RefCell<FrameState>,
}

/// The mutable part of a frame object.
#[derive(Debug, Default)]
pub struct FrameState {
    /// The instruction index last known.
    pub lasti: usize,
    /// The dict `f_locals` gives for a function's frame (the frame's `locals()` dict).
    pub fast_locals: Option<ObjRef>,
    /// The generator whose frame this is, to read the frame while the generator is suspended.
    pub generator: Option<Weak<Obj>>,
    /// The locals and cells of the finished frame, which the object now owns.
    pub owned: Option<Vec<Option<ObjRef>>>,
    /// `f_back` of a finished frame.
    pub back: Option<ObjRef>,
    /// `f_trace`.
    pub trace: Option<ObjRef>,
}

fn new_object(vm: &Vm, fo: FrameObject) -> ObjRef {
    let o = Obj::new(vm.types.frame.clone(), Payload::Frame(Box::new(fo)));
    vm.gc_track(&o);
    o
}

/// A frame object for `frame`.
pub fn new_frame_object(vm: &Vm, frame: &Frame, generator: Option<&ObjRef>) -> ObjRef {
    new_object(
        vm,
        FrameObject {
            code: frame.code.clone(),
            globals: frame.globals.clone(),
            builtins: frame.builtins.clone(),
            locals: frame.locals.clone(),
            state: RefCell::new(FrameState {
                lasti: frame.lasti,
                fast_locals: frame.locals_dict.get().cloned(),
                generator: generator.map(Rc::downgrade),
                ..FrameState::default()
            }),
        },
    )
}

/// A frame object for a running frame only its link describes.
pub fn new_from_link(vm: &Vm, link: &Link, lasti: usize) -> ObjRef {
    new_object(
        vm,
        FrameObject {
            code: link.code.clone(),
            globals: link.globals.clone(),
            builtins: crate::eval::builtins_of(vm, &link.globals),
            // A module's frame: its locals are its globals (a class body's mapping is not
            // recorded in the link).
            locals: (link.code.flags() & krait_compiler::code::flags::CO_OPTIMIZED == 0)
                .then(|| link.globals.clone()),
            state: RefCell::new(FrameState {
                lasti,
                ..FrameState::default()
            }),
        },
    )
}

fn fobj<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a FrameObject> {
    match &o.payload {
        Payload::Frame(f) => Ok(f),
        _ => Err(vm.internal("expected a frame object")),
    }
}

/// Records the running frame's instruction in its object.
pub fn sync_lasti(o: &ObjRef, lasti: usize) {
    if let Payload::Frame(f) = &o.payload {
        f.state.borrow_mut().lasti = lasti;
    }
}

/// Marks `o` as the frame object of generator `g`'s frame. An object made while the frame
/// was running (a traceback's `tb_frame`, `sys._getframe()`) is found through the generator
/// once the frame suspends, so `frame.clear()` can close it as `frame_clear` does.
pub fn set_generator(o: &ObjRef, g: &ObjRef) {
    if let Payload::Frame(f) = &o.payload {
        let mut st = f.state.borrow_mut();
        if st.generator.is_none() && st.owned.is_none() {
            st.generator = Some(Rc::downgrade(g));
        }
    }
}

/// `take_ownership`: the frame has finished and `o` outlives it; `o` keeps its locals.
pub fn take_ownership(vm: &Vm, o: &ObjRef, frame: &mut Frame, back: Option<ObjRef>) {
    let Payload::Frame(f) = &o.payload else {
        return;
    };
    let n = frame.code.nlocalsplus.min(frame.slots.len());
    let slots: Vec<Option<ObjRef>> = frame.slots.drain(..n).collect();
    let mut st = f.state.borrow_mut();
    st.lasti = frame.lasti;
    st.owned = Some(slots);
    st.generator = None;
    st.back = back;
    if st.fast_locals.is_none() {
        st.fast_locals = frame.locals_dict.get().cloned();
    }
    let _ = vm;
}

/// `PyFrame_FastToLocals`: refreshes the locals dict of a function's frame from its slots
/// (cells read through, unbound names removed).
pub fn fast_to_locals(vm: &Vm, code: &Code, slots: &[Option<ObjRef>], d: &ObjRef) -> PyResult<()> {
    for (i, name) in code.localsplus.iter().enumerate() {
        let v = match slots.get(i) {
            Some(Some(v)) if code.is_cell_or_free(i) => match &v.payload {
                Payload::Cell(c) => c.borrow().clone(),
                _ => Some(v.clone()),
            },
            Some(v) => v.clone(),
            None => None,
        };
        match v {
            Some(v) => vm.dict_set(d, name.clone(), v)?,
            None => {
                vm.dict_del(d, name)?;
            }
        }
    }
    Ok(())
}

/// The `locals()` of a running frame: its mapping, or for a function its locals dict
/// refreshed from its slots (the same dict every time, as in CPython 3.11).
pub fn frame_locals(vm: &Vm, frame: &Frame) -> PyResult {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let d = frame.locals_dict.get_or_init(|| vm.new_dict()).clone();
    fast_to_locals(vm, &frame.code, &frame.slots, &d)?;
    Ok(d)
}

/// Where a frame object's frame is now.
enum Where {
    /// On the chain at this index.
    Linked(usize),
    /// Suspended in this generator.
    Suspended(ObjRef),
    /// Finished.
    Done,
    /// Running and out of reach (its last synchronised state is what there is).
    Running,
}

fn locate(vm: &Vm, o: &ObjRef, f: &FrameObject) -> Where {
    if f.state.borrow().owned.is_some() {
        return Where::Done;
    }
    if let Some(i) = vm.link_index_of(o) {
        return Where::Linked(i);
    }
    let g = f.state.borrow().generator.as_ref().and_then(Weak::upgrade);
    if let Some(g) = g
        && let Payload::Generator(gn) = &g.payload
        && gn.frame.borrow().is_some()
    {
        return Where::Suspended(g);
    }
    if f.state.borrow().generator.is_some() {
        return Where::Done;
    }
    Where::Running
}

/// Runs `each` on the frame behind `o` when it can be reached.
fn with_frame<R>(vm: &Vm, o: &ObjRef, each: impl FnOnce(&Frame) -> R) -> Option<R> {
    let f = fobj(vm, o).ok()?;
    match locate(vm, o, f) {
        Where::Linked(i) => vm.with_parked(i, each),
        Where::Suspended(g) => match &g.payload {
            Payload::Generator(gn) => gn.frame.borrow().as_deref().map(each),
            _ => None,
        },
        Where::Done | Where::Running => None,
    }
}

/// The running frame reads an attribute of its own frame object: bring the object up to
/// date first (what CPython's frame object sees directly).
pub fn observe(vm: &Vm, frame: &Frame, o: &ObjRef, name: &ObjRef) -> PyResult<()> {
    let Payload::Frame(f) = &o.payload else {
        return Ok(());
    };
    if vm.link_index_of(o) != Some(vm.chain_len().saturating_sub(1)) {
        return Ok(());
    }
    if name.as_str().and_then(|s| s.as_str()) == Some("f_locals") && frame.locals.is_none() {
        let d = frame_locals(vm, frame)?;
        f.state.borrow_mut().fast_locals = Some(d);
    }
    Ok(())
}

fn get_code(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(Code::object(vm, &fobj(vm, o)?.code))
}

fn get_globals(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(fobj(vm, o)?.globals.clone())
}

fn get_builtins(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(fobj(vm, o)?.builtins.clone())
}

fn current_lasti(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    let f = fobj(vm, o)?;
    let now = match locate(vm, o, f) {
        Where::Linked(i) => vm.link_lasti(i),
        Where::Suspended(_) => with_frame(vm, o, |fr| fr.lasti),
        Where::Done | Where::Running => None,
    };
    if let Some(l) = now {
        f.state.borrow_mut().lasti = l;
    }
    Ok(f.state.borrow().lasti)
}

fn get_lineno(vm: &Vm, o: &ObjRef) -> PyResult {
    let lasti = current_lasti(vm, o)?;
    let f = fobj(vm, o)?;
    let line = f.code.line_at(f.code.offset_of(lasti));
    Ok(vm.line_number(line))
}

fn get_lasti(vm: &Vm, o: &ObjRef) -> PyResult {
    let lasti = current_lasti(vm, o)?;
    let f = fobj(vm, o)?;
    Ok(vm.new_int(i64::from(f.code.offset_of(lasti))))
}

fn get_locals(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = fobj(vm, o)?;
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    if let Some(d) = with_frame(vm, o, |fr| frame_locals(vm, fr)) {
        let d = d?;
        f.state.borrow_mut().fast_locals = Some(d.clone());
        return Ok(d);
    }
    let d = {
        let mut st = f.state.borrow_mut();
        st.fast_locals.get_or_insert_with(|| vm.new_dict()).clone()
    };
    let owned = f.state.borrow().owned.clone();
    if let Some(slots) = owned {
        fast_to_locals(vm, &f.code, &slots, &d)?;
    }
    Ok(d)
}

fn get_back(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = fobj(vm, o)?;
    let back = match locate(vm, o, f) {
        Where::Linked(i) if i > 0 => vm.link_object(i - 1),
        Where::Done => f.state.borrow().back.clone(),
        _ => None,
    };
    Ok(back.unwrap_or_else(|| vm.none.clone()))
}

fn get_trace(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = fobj(vm, o)?;
    let t = f.state.borrow().trace.clone();
    Ok(t.unwrap_or_else(|| vm.none.clone()))
}

fn set_trace(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let f = fobj(vm, o)?;
    f.state.borrow_mut().trace = v.filter(|v| !vm.is_none(v));
    Ok(())
}

fn frame_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = fobj(vm, o)?;
    let lasti = current_lasti(vm, o)?;
    let line = f.code.line_at(f.code.offset_of(lasti));
    let file = vm.repr_string(&f.code.filename)?;
    Ok(vm.new_str(format!(
        "<frame at {:#x}, file {file}, line {line}, code {}>",
        o.id(),
        f.code.co.name
    )))
}

/// `frame.clear()`: drops a finished frame's locals; a suspended generator's frame finalizes
/// the generator (`_PyGen_Finalize`: closed, or reported if a coroutine never started); a
/// running frame cannot be cleared.
fn frame_clear(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "clear", 0)?;
    let f = fobj(vm, o)?;
    match locate(vm, o, f) {
        Where::Linked(_) | Where::Running => {
            Err(vm.runtime_error("cannot clear an executing frame"))
        }
        Where::Suspended(g) => {
            crate::types::generator::finalize(vm, &g);
            Ok(vm.none.clone())
        }
        Where::Done => {
            let old = {
                let mut st = f.state.borrow_mut();
                (st.owned.as_mut().map(std::mem::take), st.fast_locals.take())
            };
            drop(old);
            Ok(vm.none.clone())
        }
    }
}

/// Fills the `frame` type's namespace.
pub fn init(vm: &Vm) {
    let t = &vm.types.frame;
    vm.add_getset(t, "f_code", get_code, None);
    vm.add_getset(t, "f_globals", get_globals, None);
    vm.add_getset(t, "f_builtins", get_builtins, None);
    vm.add_getset(t, "f_locals", get_locals, None);
    vm.add_getset(t, "f_lineno", get_lineno, None);
    vm.add_getset(t, "f_lasti", get_lasti, None);
    vm.add_getset(t, "f_back", get_back, None);
    vm.add_getset(t, "f_trace", get_trace, Some(set_trace));
    vm.add_methods(t, &[("clear", frame_clear)]);
    let s = Slots {
        repr: Slot::Native(frame_repr),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
