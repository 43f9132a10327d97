//! Finalization: running `__del__` (and closing suspended generators) when an object's last
//! reference goes, as CPython's reference counting does.
//!
//! `Drop` cannot call Python code (it has no interpreter and the object is being freed), so an
//! object marked for finalization moves its state into a fresh object that is queued; the
//! interpreter runs the queue at its next instruction boundary, so `del x; print(...)` still
//! shows `__del__`'s output first. Each object is finalized once, as PEP 442 specifies.
//! Containers release their items in CPython's order (lists and tuples from the end).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::{Obj, ObjRef, Payload};
use crate::runtime::Vm;

/// What the queue runs at the next instruction boundary.
enum Job {
    /// A finalizer (the object's state, moved out of the freed object).
    Finalize(ObjRef),
    /// A weak reference's callback, with the reference.
    Callback(ObjRef, ObjRef),
}

thread_local! {
    /// The identities on record, by the address of the object holding them now: a weak
    /// reference to the allocation whose address is the object's `id()`.
    static IDENTITIES: RefCell<std::collections::HashMap<usize, Weak<Obj>>> =
        RefCell::new(std::collections::HashMap::new());
    static QUEUE: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Whether finalizers are waiting (checked at every instruction boundary).
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

impl Obj {
    /// Marks the object to be finalized when its last reference goes.
    pub fn set_finalize(&self, on: bool) {
        self.finalize.set(on);
    }

    /// Records that weak references to the object exist.
    pub fn set_weakly_referenced(&self) {
        self.weakrefd.set(true);
    }
}

/// Records the identity of `obj`, an object with a `__del__`. Its finalizer runs on a new
/// object that takes over its state (`Drop` cannot keep the old one alive), and CPython's
/// `__del__` sees the very object that died: its `id()`, and so its default hash and repr, are
/// the old ones. A weak reference keeps the old allocation reserved while the identity is in
/// use, so no other object can be given the same address meanwhile.
pub fn reserve_identity(obj: &ObjRef) {
    let addr = Rc::as_ptr(obj) as usize;
    IDENTITIES.with(|t| t.borrow_mut().insert(addr, Rc::downgrade(obj)));
    obj.identity.set(true);
}

/// The `id()` of the object at `addr` whose identity is on record.
pub(super) fn original_address(addr: usize) -> usize {
    IDENTITIES.with(|t| {
        t.borrow()
            .get(&addr)
            .map_or(addr, |w| w.as_ptr() as *const u8 as usize)
    })
}

/// Takes the identity on record for the object at `addr` off the record.
fn take_identity(addr: usize) -> Option<Weak<Obj>> {
    IDENTITIES.with(|t| t.borrow_mut().remove(&addr))
}

/// Whether an object marked for finalization still needs it: a generator only while it is
/// suspended (it is closed), a coroutine also when it was never awaited (it is reported), an
/// async generator also when it took a finalizer hook (the hook gets it).
fn needs_finalizer(payload: &Payload) -> bool {
    match payload {
        Payload::Generator(g) => {
            g.frame.borrow().is_some()
                && (g.started.get()
                    || g.kind == crate::types::generator::GenKind::Coroutine
                    || g.finalizer.borrow().is_some())
        }
        _ => true,
    }
}

impl Drop for Obj {
    fn drop(&mut self) {
        if self.tracked.get() {
            super::gc::released();
        }
        // The flag first: most objects have no finalizer, and it is one load.
        if self.finalize.get() && needs_finalizer(&self.payload) {
            // Keep the state alive in a new object for the finalizer to see.
            let class = self.class.take();
            let dict = self.dict.take();
            let payload = std::mem::replace(&mut self.payload, Payload::Plain);
            let revived = Rc::new(Obj {
                class: super::objcell::ObjCell::new(class),
                dict: super::objcell::ObjCell::new(dict),
                payload,
                finalize: Cell::new(false),
                weakrefd: Cell::new(false),
                tracked: Cell::new(false),
                gc_index: Cell::new(0),
                identity: Cell::new(false),
            });
            if self.identity.get()
                && let Some(original) = take_identity(self as *const Obj as usize)
            {
                // The revived object answers `id()` with this allocation's address, which the
                // weak reference keeps reserved until the revived object is freed.
                IDENTITIES.with(|t| {
                    t.borrow_mut()
                        .insert(Rc::as_ptr(&revived) as usize, original)
                });
                revived.identity.set(true);
            }
            if self.weakrefd.get() {
                // The weak references still reach the object while `__del__` runs.
                crate::types::weakref::referent_moved(self as *const Obj as usize, &revived);
            }
            QUEUE.with(|q| q.borrow_mut().push(Job::Finalize(revived)));
            PENDING.with(|p| p.set(true));
            return;
        }
        if self.identity.get() {
            // Releases the reserved allocation (this one's own, or a finalized object's).
            drop(take_identity(self as *const Obj as usize));
        }
        if self.weakrefd.get() {
            // `PyObject_ClearWeakRefs`: the callbacks run once the object is gone.
            let calls = crate::types::weakref::referent_died(self as *const Obj as usize);
            if !calls.is_empty() {
                QUEUE.with(|q| {
                    let mut q = q.borrow_mut();
                    for (cb, r) in calls {
                        q.push(Job::Callback(cb, r));
                    }
                });
                PENDING.with(|p| p.set(true));
            }
        }
        // `list_dealloc` and `tupledealloc` release their items from the last one.
        match &mut self.payload {
            Payload::List(l) => {
                let v = l.get_mut();
                while let Some(x) = v.pop() {
                    drop(x);
                }
            }
            Payload::Tuple(t) => {
                let mut v = std::mem::take(t).into_vec();
                while let Some(x) = v.pop() {
                    drop(x);
                }
            }
            _ => {}
        }
    }
}

/// Runs every queued finalizer, in the order the objects were released. Finalizers queued
/// while one runs wait for it to finish.
pub fn run(vm: &Vm) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    run_queue(vm);
    RUNNING.with(|r| r.set(false));
    // The cycle collector's automatic collections wait for this boundary too.
    if super::gc::take_due() {
        vm.gc_collect_due();
    }
}

/// Asks for [`run`] at the next instruction boundary (for a due collection).
pub fn request() {
    PENDING.with(|p| p.set(true));
}

fn run_queue(vm: &Vm) {
    loop {
        let next = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            if q.is_empty() {
                None
            } else {
                Some(q.remove(0))
            }
        });
        let Some(job) = next else {
            PENDING.with(|p| p.set(false));
            return;
        };
        match job {
            Job::Finalize(obj) => {
                finalize_one(vm, &obj);
                drop(obj);
            }
            Job::Callback(cb, r) => {
                if let Err(e) = vm.call_pos(&cb, std::slice::from_ref(&r)) {
                    write_unraisable(vm, None, Some(&cb), e);
                }
            }
        }
    }
}

/// Runs `obj`'s finalizer now (the cycle collector's first step).
pub fn finalize_now(vm: &Vm, obj: &ObjRef) {
    finalize_one(vm, obj);
}

/// Calls the object's finalizer; an exception is reported as "Exception ignored in" and
/// otherwise swallowed (`PyErr_WriteUnraisable`).
fn finalize_one(vm: &Vm, obj: &ObjRef) {
    if let Payload::Generator(_) = &obj.payload {
        crate::types::generator::finalize(vm, obj);
        return;
    }
    let ty = obj.class();
    let Some(del) = super::typeobj::lookup(&ty, &vm.names.__del__) else {
        return;
    };
    // Finalizers run with the handled exception saved, as `PyObject_CallFinalizer` does.
    let saved = vm.exc_stack.borrow_mut().pop();
    vm.exc_stack.borrow_mut().push(None);
    let r = vm.call_descriptor_method(&del, obj, &ty, &[]);
    vm.exc_stack.borrow_mut().pop();
    vm.exc_stack.borrow_mut().push(saved.flatten());
    if let Err(e) = r {
        write_unraisable(vm, None, Some(&del), e);
    }
}

/// Reports an exception that cannot propagate (`_PyErr_WriteUnraisableMsg`): it goes to
/// `sys.unraisablehook` as an `UnraisableHookArgs` when the hook was replaced; the built-in hook
/// (also used when the hook is missing or None) prints it. `err_msg` None is the default
/// "Exception ignored in", and `obj` is what it happened in. A hook that fails is reported in
/// turn by the built-in one, as "Exception ignored in sys.unraisablehook".
pub fn write_unraisable(vm: &Vm, err_msg: Option<&str>, obj: Option<&ObjRef>, e: super::PyErr) {
    // An exception raised without passing through a Python frame (a generator's "ignored
    // GeneratorExit") gets an entry for the frame running now, as
    // `_PyErr_WriteUnraisableMsg` gives it one.
    if let Some(d) = e.exc().as_exception()
        && d.traceback.borrow().is_none()
    {
        let tb = crate::types::traceback::from_current_frame(vm);
        *d.traceback.borrow_mut() = tb;
    }
    let hook = vm
        .getattr_opt(&vm.sys, &vm.intern("unraisablehook"))
        .ok()
        .flatten()
        .filter(|h| !vm.is_none(h));
    let custom =
        hook.filter(|h| !matches!(&h.payload, Payload::Builtin(b) if b.name == "unraisablehook"));
    if let Some(h) = custom {
        let args = crate::sys::unraisable_hook_args(vm, err_msg, obj, e.exc());
        if let Err(e2) = vm.call_pos(&h, &[args]) {
            default_unraisable(
                vm,
                Some("Exception ignored in sys.unraisablehook"),
                Some(&h),
                e2.exc(),
            );
        }
        return;
    }
    default_unraisable(vm, err_msg, obj, e.exc());
}

/// The built-in `sys.unraisablehook`'s output (`write_unraisable_exc_file`): the message and
/// the object's repr, then the exception with its traceback, on standard error.
pub fn default_unraisable(vm: &Vm, err_msg: Option<&str>, obj: Option<&ObjRef>, exc: &ObjRef) {
    let mut out = String::new();
    match (obj, err_msg) {
        (Some(o), _) => {
            let what = vm
                .repr_string(o)
                .unwrap_or_else(|_| "<object repr() failed>".to_string());
            out.push_str(err_msg.unwrap_or("Exception ignored in"));
            out.push_str(": ");
            out.push_str(&what);
            out.push('\n');
        }
        (None, Some(m)) => {
            out.push_str(m);
            out.push_str(":\n");
        }
        (None, None) => {}
    }
    out.push_str(&crate::traceback::format_exception(vm, exc));
    let _ = vm.flush_stream(1);
    // `write_unraisable_exc` writes to the current `sys.stderr`.
    if crate::sys::write_stderr(vm, &out).is_err() {
        let _ = crate::builtins::io::write_text(vm, 2, &out);
    }
}

/// Whether objects of class `cls` need finalizing.
pub fn class_has_finalizer(cls: &ObjRef) -> bool {
    cls.slot_of_type(|s| s.del.is_present())
}
