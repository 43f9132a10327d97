//! `Frame`: one activation of a code object — the localsplus slots and the value stack in one
//! vector (as CPython's `_PyInterpreterFrame` lays them out), the instruction pointer, globals,
//! builtins and, for module and class bodies, the locals mapping.

use std::rc::Rc;

use super::code::Code;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// A frame.
#[derive(Debug)]
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction being run (or last run): what tracebacks and `f_lasti` show.
    pub lasti: usize,
    /// `co_nlocalsplus` slots, then the value stack; `None` is an unbound local or a NULL.
    pub slots: Vec<Option<ObjRef>>,
    /// The globals dict.
    pub globals: ObjRef,
    /// The builtins dict.
    pub builtins: ObjRef,
    /// The locals mapping of a module or class body (`LOAD_NAME`...); None in functions.
    pub locals: Option<ObjRef>,
    /// The function being run, for its closure.
    pub func: Option<ObjRef>,
    /// The names of the keyword arguments of the next `CALL` (`KW_NAMES`).
    pub kwnames: Option<ObjRef>,
    /// The frame object, while the frame is off the chain (a suspended generator's); on the
    /// chain it is kept in the frame's link.
    pub obj: Option<ObjRef>,
    /// The dict `locals()` returns in a function (refreshed from the slots at each call).
    pub locals_dict: std::cell::OnceCell<ObjRef>,
}

impl Frame {
    /// A frame for `code` with empty locals.
    pub fn new(
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) -> Frame {
        let capacity = code.nlocalsplus + code.co.stacksize.max(0) as usize + 1;
        Frame::with_slots(
            Vec::with_capacity(capacity),
            code,
            globals,
            builtins,
            locals,
            func,
        )
    }

    /// A frame for `code` whose slots are built in `slots` (an empty vector, perhaps from
    /// the pool: see [`Vm::take_slots`]).
    pub fn with_slots(
        mut slots: Vec<Option<ObjRef>>,
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) -> Frame {
        let n = code.nlocalsplus;
        slots.extend(std::iter::repeat_n(None, n));
        Frame {
            code,
            pc: 0,
            lasti: 0,
            slots,
            globals,
            builtins,
            locals,
            func,
            kwnames: None,
            obj: None,
            locals_dict: std::cell::OnceCell::new(),
        }
    }

    /// Number of localsplus slots (the stack starts after them).
    #[inline]
    pub fn base(&self) -> usize {
        self.code.nlocalsplus
    }

    /// Current stack depth.
    #[inline]
    pub fn depth(&self) -> usize {
        self.slots.len() - self.base()
    }

    /// Pushes a value.
    #[inline]
    pub fn push(&mut self, v: ObjRef) {
        self.slots.push(Some(v));
    }

    /// Pushes a NULL.
    #[inline]
    pub fn push_null(&mut self) {
        self.slots.push(None);
    }

    /// Pops a value (a NULL or an empty stack is a `SystemError`: malformed bytecode).
    #[inline]
    pub fn pop(&mut self, vm: &Vm) -> PyResult<ObjRef> {
        if self.slots.len() > self.base()
            && let Some(Some(v)) = self.slots.pop()
        {
            return Ok(v);
        }
        Err(bad_stack(vm))
    }

    /// Pops a value or NULL.
    #[inline]
    pub fn pop_opt(&mut self, vm: &Vm) -> PyResult<Option<ObjRef>> {
        if self.slots.len() > self.base()
            && let Some(v) = self.slots.pop()
        {
            return Ok(v);
        }
        Err(bad_stack(vm))
    }

    /// The `n`th item from the top (1 is the top), which must not be NULL.
    #[inline]
    pub fn peek(&self, vm: &Vm, n: usize) -> PyResult<&ObjRef> {
        let len = self.slots.len();
        if n == 0 || n > len - self.base() {
            return Err(bad_stack(vm));
        }
        self.slots[len - n].as_ref().ok_or_else(|| bad_stack(vm))
    }

    /// The `n`th slot from the top (1 is the top), NULL allowed.
    pub fn peek_slot(&mut self, vm: &Vm, n: usize) -> PyResult<&mut Option<ObjRef>> {
        let len = self.slots.len();
        if n == 0 || n > len - self.base() {
            return Err(bad_stack(vm));
        }
        Ok(&mut self.slots[len - n])
    }

    /// Removes the top `n` items and returns them in stack order (bottom first).
    pub fn pop_n(&mut self, vm: &Vm, n: usize) -> PyResult<Vec<ObjRef>> {
        let len = self.slots.len();
        if n > len - self.base() {
            return Err(bad_stack(vm));
        }
        let mut out = Vec::with_capacity(n);
        for v in self.slots.drain(len - n..) {
            out.push(v.ok_or_else(|| bad_stack(vm))?);
        }
        Ok(out)
    }

    /// Truncates the stack to `depth` items.
    pub fn truncate_stack(&mut self, depth: usize) {
        let keep = self.base() + depth;
        if self.slots.len() > keep {
            self.slots.truncate(keep);
        }
    }

    /// The byte offset of the current instruction.
    pub fn lasti_offset(&self) -> u32 {
        self.code.offset_of(self.lasti)
    }

    /// The line being run (`f_lineno`).
    pub fn lineno(&self) -> i32 {
        self.code.line_at(self.lasti_offset())
    }
}

/// How many emptied slot vectors are kept for reuse: enough for the depth a call-heavy program
/// oscillates over, few enough that the memory kept is small.
const POOL_SIZE: usize = 32;

/// The smallest slot vector made for the pool: most functions' locals and stack fit.
const MIN_CAPACITY: usize = 24;

/// The largest slot vector worth keeping (a frame of a huge function keeps its own).
const POOL_MAX_CAPACITY: usize = 256;

impl Vm<'_> {
    /// An empty slot vector with room for `capacity` slots, from the pool when it has one: a
    /// Python-to-Python call reuses a finished frame's vector instead of allocating (CPython
    /// carves frames from a per-thread data stack for the same reason).
    pub fn take_slots(&self, capacity: usize) -> Vec<Option<ObjRef>> {
        let pooled = self
            .slot_pool
            .try_borrow_mut()
            .ok()
            .and_then(|mut p| p.pop());
        match pooled {
            Some(v) if v.capacity() >= capacity => v,
            // Too small: growing would copy the old allocation for nothing, so a fresh one is
            // made instead, never smaller than most frames need, to be reusable in turn.
            _ => Vec::with_capacity(capacity.max(MIN_CAPACITY)),
        }
    }
}

impl Vm<'_> {
    /// An empty vector for a call's arguments, from the pool when it has one.
    pub fn take_args(&self) -> Vec<ObjRef> {
        let pooled = self
            .args_pool
            .try_borrow_mut()
            .ok()
            .and_then(|mut p| p.pop());
        pooled.unwrap_or_else(|| Vec::with_capacity(MIN_CAPACITY))
    }

    /// Releases a call's arguments (in order, as dropping the vector would) and keeps the
    /// vector for the next call.
    pub fn give_args(&self, mut args: Vec<ObjRef>) {
        args.clear();
        if args.capacity() > POOL_MAX_CAPACITY {
            return;
        }
        if let Ok(mut p) = self.args_pool.try_borrow_mut()
            && p.len() < POOL_SIZE
        {
            p.push(args);
        }
    }

    /// `frame` on the heap, in a finished frame's allocation when the pool has one.
    pub fn box_frame(&self, frame: Frame) -> Box<Frame> {
        let pooled = self
            .frame_pool
            .try_borrow_mut()
            .ok()
            .and_then(|mut p| p.pop());
        match pooled {
            Some(b) => Box::write(b, frame),
            None => Box::new(frame),
        }
    }

    /// Drops a finished frame (slots first, in slot order, then its fields in declaration
    /// order, as dropping the box would) and keeps both its slot vector and its allocation.
    /// With mimalloc, a block freed and asked for again at once takes the allocator's slow
    /// path, which made the two allocations a large part of a Python-to-Python call.
    pub fn recycle_frame(&self, mut frame: Box<Frame>) {
        frame.recycle_slots(self);
        let raw = Box::into_raw(frame);
        #[allow(unsafe_code)]
        // SAFETY: `raw` comes from `Box::into_raw` of a live, initialised frame, so it is
        // valid for dropping in place exactly once; afterwards the memory is treated only as
        // `MaybeUninit<Frame>`, which has `Frame`'s layout, so rebuilding the box with that
        // type keeps the allocation's layout and never reads or drops the old value again.
        let emptied = unsafe {
            std::ptr::drop_in_place(raw);
            Box::from_raw(raw.cast::<std::mem::MaybeUninit<Frame>>())
        };
        if let Ok(mut p) = self.frame_pool.try_borrow_mut()
            && p.len() < POOL_SIZE
        {
            p.push(emptied);
        }
    }
}

impl Frame {
    /// Releases the frame's slots (in slot order, as dropping the vector would) and keeps the
    /// emptied vector for the next frame; the rest of the frame is dropped by the caller.
    pub fn recycle_slots(&mut self, vm: &Vm) {
        self.slots.clear();
        let v = std::mem::take(&mut self.slots);
        if v.capacity() == 0 || v.capacity() > POOL_MAX_CAPACITY {
            return;
        }
        if let Ok(mut p) = vm.slot_pool.try_borrow_mut()
            && p.len() < POOL_SIZE
        {
            p.push(v);
        }
    }
}

/// The error for a stack the bytecode does not match.
pub fn bad_stack(vm: &Vm) -> PyErr {
    vm.system_error("bad value stack: malformed bytecode")
}
