//! `Frame`: one activation of a code object — the localsplus slots and the value stack in one
//! vector (as CPython's `_PyInterpreterFrame` lays them out), the instruction pointer, globals,
//! builtins and, for module and class bodies, the locals mapping.

use std::mem::MaybeUninit;
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
    /// Where the value stack starts in `slots` (`code.nlocalsplus`, kept here because every
    /// pop checks it: read through `code`, it cost a load more per instruction).
    stack_base: usize,
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
    /// The generator whose frame this is, while `FOR_ITER` or `SEND` runs it on the caller's
    /// loop (see [`super::resume`]); None otherwise, and always while it is suspended.
    pub generator: Option<ObjRef>,
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
        Frame::with_slots(
            Vec::with_capacity(slot_capacity(&code)),
            &mut [],
            code,
            globals,
            builtins,
            locals,
            func,
        )
    }

    /// A frame for `code` whose slots are built in `slots` (an empty vector), its first
    /// locals moved out of `first` (see [`init_slots`]).
    fn with_slots(
        mut slots: Vec<Option<ObjRef>>,
        first: &mut [Option<ObjRef>],
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) -> Frame {
        init_slots(&mut slots, &code, first);
        Frame {
            stack_base: code.nlocalsplus,
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
            generator: None,
        }
    }

    /// Number of localsplus slots (the stack starts after them).
    #[inline]
    pub fn base(&self) -> usize {
        self.stack_base
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

    /// Pushes a value, with `Vec::push` inlined for certain: outside the instruction loop the
    /// optimiser left it out of line in places (measured: a resumed generator's first push).
    #[inline(always)]
    pub fn push_inlined(&mut self, v: ObjRef) {
        push_inline(&mut self.slots, Some(v));
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
    #[inline]
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

    /// Drops the stack from slot `from` on, every slot of which a call has emptied (its
    /// callable, `self` or NULL, and its arguments moved into the new frame): nothing there
    /// needs dropping, so the slots are only forgotten. Truncating looked at each of them
    /// (measured: a twentieth of a Python-to-Python call).
    #[inline]
    pub(crate) fn forget_taken(&mut self, from: usize) {
        debug_assert!(
            self.slots
                .get(from..)
                .is_none_or(|s| s.iter().all(Option::is_none))
        );
        if from < self.slots.len() {
            #[allow(unsafe_code)]
            // SAFETY: `from` is below the length, so the vector only shrinks; the slots cut
            // off are all None (the caller's contract, checked in debug builds), so forgetting
            // them leaks nothing, and a Some among them would only be leaked, never freed.
            unsafe {
                self.slots.set_len(from);
            }
        }
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

/// `Vec::push`, always inlined: in large functions the optimiser may leave `Vec::push` out of
/// line, a call for each push (measured: `release_last` called it for each number it kept,
/// a fifth of its cost in `nbody`).
#[inline(always)]
pub(crate) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    let len = v.len();
    v.spare_capacity_mut()[0].write(x);
    #[allow(unsafe_code)]
    // SAFETY: the element at `len` was just written, so the first `len + 1` are initialised,
    // and the capacity holds them (it exceeded `len` after the check above).
    unsafe {
        v.set_len(len + 1);
    }
}

/// Room for `code`'s localsplus slots, its value stack and one more.
fn slot_capacity(code: &Code) -> usize {
    code.nlocalsplus + code.co.stacksize.max(0) as usize + 1
}

/// Fills an empty slot vector with `code`'s locals: the values moved out of `first`, then
/// unbound slots. The values are pushed rather than written over slots cleared beforehand,
/// which the processor would have to finish clearing first.
fn init_slots(slots: &mut Vec<Option<ObjRef>>, code: &Code, first: &mut [Option<ObjRef>]) {
    let n = code.nlocalsplus;
    let m = first.len().min(n);
    slots.extend(first[..m].iter_mut().map(Option::take));
    // Pushed inline: `resize` was a call of its own for each frame with locals beyond its
    // arguments (measured: a hundredth of `chaos`).
    while slots.len() < n {
        push_inline(slots, None);
    }
}

/// How many finished frames' allocations are kept for reuse: enough for the depth a
/// call-heavy program oscillates over, few enough that the memory kept is small.
const POOL_SIZE: usize = 32;

/// The smallest slot vector made for the pool: most functions' locals and stack fit.
const MIN_CAPACITY: usize = 24;

/// The largest slot vector worth keeping (a frame of a huge function keeps its own).
const POOL_MAX_CAPACITY: usize = 256;

/// A finished frame's allocation, kept for the next call. Of the frame, only `slots` is
/// still initialised: an empty vector that keeps its capacity. CPython carves frames from a
/// per-thread data stack so that a call allocates nothing; a pooled frame gives a call the
/// same, and filling its fields in place copies no frame through the stack (measured: making
/// a frame on the stack, then moving it and a pooled slot vector into place, was a fifth of a
/// Python-to-Python call).
pub(crate) struct PooledFrame(Box<MaybeUninit<Frame>>);

impl PooledFrame {
    /// The frame's slot vector (the one initialised field).
    fn slots(&mut self) -> &mut Vec<Option<ObjRef>> {
        let p = self.0.as_mut_ptr();
        #[allow(unsafe_code)]
        // SAFETY: a `PooledFrame` always holds an initialised `slots` field (made so by
        // `Vm::recycle_frame`, the only constructor), and `&mut self` makes this the only
        // reference into the allocation.
        unsafe {
            &mut *std::ptr::addr_of_mut!((*p).slots)
        }
    }

    /// The frame the pooled allocation becomes: every field but `slots` written in place, then
    /// `slots` given room for `capacity` slots and its locals (see [`init_slots`]). The fields
    /// go in first so that the frame owns them while its slot vector may grow: written after
    /// it, they were kept aside on the stack for an unwinding in between (measured: a fifth
    /// of the frame's allocation).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn fill(
        self,
        capacity: usize,
        first: &mut [Option<ObjRef>],
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) -> Box<Frame> {
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the box is taken out of it exactly once.
        #[allow(unsafe_code)]
        let raw = Box::into_raw(unsafe { std::ptr::read(&this.0) }).cast::<Frame>();
        #[allow(unsafe_code)]
        // SAFETY: `raw` is a live, uniquely owned allocation with `Frame`'s layout whose
        // `slots` field is initialised (see `PooledFrame`); each other field is written once
        // here, without reading or dropping what the memory held, so afterwards every field
        // is initialised and the box may be rebuilt as a `Box<Frame>`.
        let mut frame = unsafe {
            use std::ptr::addr_of_mut;
            addr_of_mut!((*raw).stack_base).write(code.nlocalsplus);
            addr_of_mut!((*raw).code).write(code);
            addr_of_mut!((*raw).pc).write(0);
            addr_of_mut!((*raw).lasti).write(0);
            addr_of_mut!((*raw).globals).write(globals);
            addr_of_mut!((*raw).builtins).write(builtins);
            addr_of_mut!((*raw).locals).write(locals);
            addr_of_mut!((*raw).func).write(func);
            addr_of_mut!((*raw).kwnames).write(None);
            addr_of_mut!((*raw).obj).write(None);
            addr_of_mut!((*raw).locals_dict).write(std::cell::OnceCell::new());
            addr_of_mut!((*raw).generator).write(None);
            Box::from_raw(raw)
        };
        let Frame { slots, code, .. } = &mut *frame;
        slots.reserve(capacity);
        init_slots(slots, code, first);
        frame
    }
}

impl Drop for PooledFrame {
    fn drop(&mut self) {
        drop(std::mem::take(self.slots()));
    }
}

impl Vm<'_> {
    /// A new frame for `code`, in a finished frame's allocation when the pool has one: its
    /// first locals are moved out of `first` (the arguments of a call that binds them in
    /// order), the others unbound. Always inlined, with the allocation of a new frame out of
    /// line: called, its arguments were stored aside on the stack (a tenth of its cost).
    #[inline(always)]
    pub fn alloc_frame(
        &self,
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
        first: &mut [Option<ObjRef>],
    ) -> Box<Frame> {
        let pooled = self
            .frame_pool
            .try_borrow_mut()
            .ok()
            .and_then(|mut p| p.pop());
        match pooled {
            Some(p) => {
                let capacity = slot_capacity(&code);
                p.fill(capacity, first, code, globals, builtins, locals, func)
            }
            None => new_frame(code, globals, builtins, locals, func, first),
        }
    }
}

/// A frame in a new allocation (the pool is empty).
#[cold]
#[inline(never)]
fn new_frame(
    code: Rc<Code>,
    globals: ObjRef,
    builtins: ObjRef,
    locals: Option<ObjRef>,
    func: Option<ObjRef>,
    first: &mut [Option<ObjRef>],
) -> Box<Frame> {
    let capacity = slot_capacity(&code);
    Box::new(Frame::with_slots(
        Vec::with_capacity(capacity.max(MIN_CAPACITY)),
        first,
        code,
        globals,
        builtins,
        locals,
        func,
    ))
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

    /// Drops a finished frame (slots first, in slot order, then its other fields in
    /// declaration order, as dropping the box would) and keeps its allocation, with its
    /// emptied slot vector, for the next call. Always inlined (into the two returns that
    /// use it): called, its entry and exit were a sixth of its cost.
    #[inline(always)]
    pub fn recycle_frame(&self, mut frame: Box<Frame>) {
        frame.slots.clear();
        if frame.slots.capacity() > POOL_MAX_CAPACITY {
            return;
        }
        let raw = Box::into_raw(frame);
        #[allow(unsafe_code)]
        // SAFETY: `raw` comes from `Box::into_raw` of a live, initialised frame; each field but
        // `slots` is dropped in place exactly once (naming every field, as the pattern must,
        // keeps this in step with `Frame`), in declaration order as dropping the box would, and
        // afterwards the memory is handled only as `MaybeUninit<Frame>` (same layout) whose
        // `slots` field alone is initialised, which is `PooledFrame`'s invariant.
        let pooled = unsafe {
            use std::ptr::drop_in_place;
            let Frame {
                code,
                pc: _,
                lasti: _,
                slots: _,
                stack_base: _,
                globals,
                builtins,
                locals,
                func,
                kwnames,
                obj,
                locals_dict,
                generator,
            } = &mut *raw;
            drop_in_place(code);
            drop_in_place(globals);
            drop_in_place(builtins);
            drop_in_place(locals);
            drop_in_place(func);
            drop_in_place(kwnames);
            drop_in_place(obj);
            drop_in_place(locals_dict);
            drop_in_place(generator);
            PooledFrame(Box::from_raw(raw.cast::<MaybeUninit<Frame>>()))
        };
        // Checked after the fields are dropped, which may have run Python code (a `__del__`)
        // that filled the pool; a full pool frees the allocation (`PooledFrame`'s drop).
        if let Ok(mut p) = self.frame_pool.try_borrow_mut()
            && p.len() < POOL_SIZE
        {
            push_inline(&mut p, pooled);
        }
    }
}

/// The error for a stack the bytecode does not match.
pub fn bad_stack(vm: &Vm) -> PyErr {
    vm.system_error("bad value stack: malformed bytecode")
}
