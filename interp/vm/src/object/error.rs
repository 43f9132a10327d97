//! `PyErr`, a raised exception travelling up as a Rust `Err`, and the constructors for the
//! errors the interpreter raises itself, with implicit exception chaining done at raise time as
//! `_PyErr_SetObject` does.

use std::rc::Rc;

use super::ObjRef;
use crate::runtime::Vm;

/// A raised exception: the exception instance (its traceback accumulates on it while it
/// unwinds, as `__traceback__`).
#[derive(Debug, Clone)]
pub struct PyErr(ObjRef);

/// The result of anything that can raise.
pub type PyResult<T = ObjRef> = Result<T, PyErr>;

impl PyErr {
    /// The exception instance.
    #[inline]
    pub fn exc(&self) -> &ObjRef {
        &self.0
    }

    /// Consumes into the exception instance.
    pub fn into_exc(self) -> ObjRef {
        self.0
    }

    /// Wraps an exception instance being re-raised as it is (no new context is set).
    pub(crate) fn reraise(exc: ObjRef) -> PyErr {
        PyErr(exc)
    }
}

impl Vm<'_> {
    /// Raises `exc`: sets its `__context__` to the exception being handled, if any (cutting a
    /// cycle through the context chain, as `_PyErr_SetObject` does).
    pub fn raise(&self, exc: ObjRef) -> PyErr {
        if let Some(handled) = self.current_exception()
            && !Rc::ptr_eq(&handled, &exc)
        {
            cut_context_cycle(&handled, &exc);
            if let Some(e) = exc.as_exception() {
                *e.context.borrow_mut() = Some(handled);
            }
        }
        PyErr(exc)
    }

    /// Raises a new exception of type `ty` with the single argument `msg`.
    pub fn error(&self, ty: &ObjRef, msg: impl Into<String>) -> PyErr {
        let arg = self.new_str(msg.into());
        let exc = self.new_exception(ty, vec![arg]);
        self.raise(exc)
    }

    /// `_PyErr_FormatFromCause`: raises `ty(msg)` with the pending error `cause` as both its
    /// `__cause__` and its `__context__`.
    pub fn error_from_cause(&self, ty: &ObjRef, msg: impl Into<String>, cause: PyErr) -> PyErr {
        let arg = self.new_str(msg.into());
        let exc = self.new_exception(ty, vec![arg]);
        if let Some(d) = exc.as_exception() {
            let cause = cause.into_exc();
            *d.cause.borrow_mut() = Some(cause.clone());
            *d.context.borrow_mut() = Some(cause);
            d.suppress_context.set(true);
        }
        PyErr(exc)
    }

    /// Raises a new exception of type `ty` with no arguments.
    pub fn error_noargs(&self, ty: &ObjRef) -> PyErr {
        let exc = self.new_exception(ty, Vec::new());
        self.raise(exc)
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.type_error, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.value_error, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.index_error, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.overflow_error, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.zero_division_error, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.runtime_error, msg)
    }

    /// `SystemError(msg)`: an internal inconsistency (bad bytecode, a broken invariant).
    pub fn system_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(&self.exc.system_error, msg)
    }

    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error(&self, key: ObjRef) -> PyErr {
        let exc = self.new_exception(&self.exc.key_error, vec![key]);
        self.raise(exc)
    }

    /// `StopIteration(value)` (no argument when the value is None? No: CPython passes it).
    pub fn stop_iteration(&self, value: Option<ObjRef>) -> PyErr {
        let args = value.into_iter().collect();
        let exc = self.new_exception(&self.exc.stop_iteration, args);
        self.raise(exc)
    }

    /// `AttributeError("'T' object has no attribute 'name'")` with `name` and `obj` set.
    pub fn no_attribute(&self, obj: &ObjRef, name: &ObjRef) -> PyErr {
        let msg = format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            self.str_lossy(name)
        );
        let err = self.error(&self.exc.attribute_error, msg);
        crate::types::exception::set_attribute_error_info(err.exc(), name, obj);
        err
    }

    /// `NameError("name 'x' is not defined")` with `name` set.
    pub fn name_error(&self, name: &ObjRef) -> PyErr {
        let msg = format!("name '{}' is not defined", self.str_lossy(name));
        let err = self.error(&self.exc.name_error, msg);
        crate::types::exception::set_name_error_name(err.exc(), name);
        err
    }

    /// Whether `err` is an instance of the exception class `ty` (or a subclass).
    pub fn err_matches(&self, err: &PyErr, ty: &ObjRef) -> bool {
        super::typeobj::is_subtype(&err.exc().class(), ty)
    }
}

/// Before `exc.__context__ = handled`: if `exc` already appears in `handled`'s context chain,
/// cut the chain there so no cycle forms; stops on a pre-existing cycle (Floyd's algorithm).
fn cut_context_cycle(handled: &ObjRef, exc: &ObjRef) {
    let context_of = |o: &ObjRef| -> Option<ObjRef> {
        o.as_exception().and_then(|e| e.context.borrow().clone())
    };
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut toggle = false;
    while let Some(ctx) = context_of(&o) {
        if Rc::ptr_eq(&ctx, exc) {
            if let Some(e) = o.as_exception() {
                *e.context.borrow_mut() = None;
            }
            break;
        }
        o = ctx;
        if Rc::ptr_eq(&o, &slow) {
            break;
        }
        if toggle {
            match context_of(&slow) {
                Some(s) => slow = s,
                None => break,
            }
        }
        toggle = !toggle;
    }
}
