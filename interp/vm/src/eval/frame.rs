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
        let n = code.nlocalsplus;
        let mut slots = Vec::with_capacity(n + code.co.stacksize.max(0) as usize + 1);
        slots.resize(n, None);
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

/// The error for a stack the bytecode does not match.
pub fn bad_stack(vm: &Vm) -> PyErr {
    vm.system_error("bad value stack: malformed bytecode")
}
