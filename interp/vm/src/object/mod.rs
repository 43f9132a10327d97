//! The object core: `Obj` (a type pointer, an optional instance `__dict__` and a built-in
//! payload) and `ObjRef`, the counted reference every Python value is held by.
//!
//! `ObjRef` is an `Rc`: single-threaded, and dropping the last reference frees the object at once,
//! which is CPython's reference-counting semantics. `id()` is the allocation's address and `is`
//! is `Rc::ptr_eq`.

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod compare;
pub mod error;
pub mod finalize;
pub mod freelist;
pub mod gc;
pub mod native;
pub mod objcell;
pub mod payload;
pub mod protocol;
pub mod slot_resolve;
pub mod slots;
pub mod type_cache;
pub mod typeobj;
pub mod values;

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

pub use error::{PyErr, PyResult};
use objcell::ObjCell;
pub use payload::Payload;

/// A counted reference to a Python object.
pub type ObjRef = Rc<Obj>;

/// A Python object.
pub struct Obj {
    /// `type(obj)`. Only the bootstrap leaves it empty for a moment: `type` is its own type, so
    /// it is created first and pointed at itself afterwards. A cell rather than a plain field so
    /// that `__class__` assignment can swap it.
    class: ObjCell,
    /// The instance `__dict__` (a dict object), for objects whose type gives them one.
    dict: ObjCell,
    /// The built-in layout's state. A subclass of a built-in type keeps its base's payload.
    pub payload: Payload,
    /// Whether the object still has a finalizer to run (`__del__`, or a suspended generator's
    /// `close()`) when its last reference goes (see [`finalize`]).
    finalize: Cell<bool>,
    /// Whether weak references to the object were made (see `types::weakref`).
    weakrefd: Cell<bool>,
    /// Whether the cycle collector tracks the object ([`gc`]): its release counts against
    /// the allocations that start a collection.
    tracked: Cell<bool>,
    /// The collector's scratch mark: the object's place (plus one) among those a running
    /// collection examines, 0 outside a collection (see [`gc`]).
    gc_index: Cell<u32>,
    /// Whether the object's identity is on record (see [`finalize::reserve_identity`]): an
    /// object with a `__del__` keeps its `id()` when its finalizer revives it.
    identity: Cell<bool>,
}

impl Obj {
    /// A new object of type `class`.
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        Rc::new(Obj {
            class: ObjCell::new(Some(class)),
            dict: ObjCell::new(None),
            payload,
            finalize: Cell::new(false),
            weakrefd: Cell::new(false),
            tracked: Cell::new(false),
            gc_index: Cell::new(0),
            identity: Cell::new(false),
        })
    }

    /// A new object of type `class` with an instance dictionary.
    pub fn with_dict(class: ObjRef, dict: ObjRef, payload: Payload) -> ObjRef {
        Rc::new(Obj {
            class: ObjCell::new(Some(class)),
            dict: ObjCell::new(Some(dict)),
            payload,
            finalize: Cell::new(false),
            weakrefd: Cell::new(false),
            tracked: Cell::new(false),
            gc_index: Cell::new(0),
            identity: Cell::new(false),
        })
    }

    /// An object whose type is set later ([`Obj::set_class`]): only the bootstrap of `type`.
    pub(crate) fn new_classless(payload: Payload) -> ObjRef {
        Rc::new(Obj {
            class: ObjCell::new(None),
            dict: ObjCell::new(None),
            payload,
            finalize: Cell::new(false),
            weakrefd: Cell::new(false),
            tracked: Cell::new(false),
            gc_index: Cell::new(0),
            identity: Cell::new(false),
        })
    }

    /// `type(obj)`.
    pub fn class(&self) -> ObjRef {
        match self.class.get() {
            Some(c) => c,
            None => unreachable!("an object's type is set during bootstrap"),
        }
    }

    /// Whether `type(obj) is t`, without touching reference counts.
    #[inline]
    pub fn is_exact(&self, t: &ObjRef) -> bool {
        self.class.is(t)
    }

    /// Replaces the type (`__class__` assignment, and the bootstrap).
    pub fn set_class(&self, class: ObjRef) {
        drop(self.class.replace(Some(class)));
    }

    /// The instance `__dict__`, if the object has one.
    pub fn dict(&self) -> Option<ObjRef> {
        self.dict.get()
    }

    /// Runs `f` on the instance dict slot without counting a reference.
    ///
    /// # Safety
    /// [`ObjCell::peek`]'s contract: `f` must not replace the object's dict, nor run
    /// anything (Python code, a drop) that could.
    #[inline]
    #[allow(unsafe_code)]
    pub(crate) unsafe fn peek_dict<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: passed on to the caller, above.
        unsafe { self.dict.peek(f) }
    }

    /// Runs `f` on the type without counting a reference.
    ///
    /// # Safety
    /// As for [`Obj::peek_dict`], for the object's type.
    #[inline]
    #[allow(unsafe_code)]
    pub(crate) unsafe fn peek_class<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: passed on to the caller, above.
        unsafe { self.class.peek(f) }
    }

    /// Replaces the instance `__dict__`. Inline values (see [`values`]) that were not moved
    /// into a dict go with the dict they stood for.
    pub fn set_dict(&self, dict: Option<ObjRef>) {
        let old = self.dict.replace(dict);
        let vals = match &self.payload {
            Payload::Values(v) => v.try_borrow_mut().map(|mut v| std::mem::take(&mut *v)).ok(),
            _ => None,
        };
        drop(old);
        drop(vals);
    }

    /// Stores `v` in a float that nothing else refers to (no other reference, no weak
    /// reference, no finalizer) and returns it; gives the float back otherwise. An arithmetic
    /// temporary that only the value stack held becomes the result, which saves the allocation
    /// CPython saves with its float free list (the result may take the dead operand's `id()`,
    /// as a recycled free-list float does there).
    #[inline]
    pub fn recycle_float(mut this: ObjRef, v: f64) -> Result<ObjRef, ObjRef> {
        match Rc::get_mut(&mut this) {
            // The value is written into the variant in place: assigning a whole payload would
            // run the payload's drop glue for the old one.
            Some(Obj {
                payload: Payload::Float(x),
                finalize,
                weakrefd,
                ..
            }) if !finalize.get() && !weakrefd.get() => {
                *x = v;
                Ok(this)
            }
            _ => Err(this),
        }
    }

    /// `this`, an exact `int` (of type `int_type`) nothing else refers to, made to hold `v`
    /// instead of a new int being allocated (a `BINARY_OP` intermediate, or `FOR_ITER` over a
    /// range into a local whose old value only the local held); gives `this` back otherwise. `v` must be outside
    /// [`crate::runtime::SMALL_INTS`], whose objects are always shared.
    #[inline]
    pub fn recycle_int(mut this: ObjRef, int_type: &ObjRef, v: i64) -> Result<ObjRef, ObjRef> {
        if !this.is_exact(int_type) {
            return Err(this);
        }
        match Rc::get_mut(&mut this) {
            Some(Obj {
                payload: Payload::Int(crate::types::int::Int::Small(x)),
                finalize,
                weakrefd,
                ..
            }) if !finalize.get() && !weakrefd.get() => {
                *x = v;
                Ok(this)
            }
            _ => Err(this),
        }
    }

    /// Appends `tail` to the exact `str` `this` in place when nothing else refers to it (no
    /// other reference, finalizer or weak reference), as CPython 3.11's
    /// `BINARY_OP_INPLACE_ADD_UNICODE` resizes the left string of `s += t` in place; this is
    /// what keeps building a string by `+=` in a loop linear rather than quadratic.
    #[inline]
    pub fn append_str(mut this: ObjRef, tail: &crate::types::str::PyStr) -> Result<ObjRef, ObjRef> {
        match Rc::get_mut(&mut this) {
            Some(o) if !o.finalize.get() && !o.weakrefd.get() => match &mut o.payload {
                Payload::Str(s) => {
                    s.push(tail);
                    Ok(this)
                }
                _ => Err(this),
            },
            _ => Err(this),
        }
    }

    /// The object's identity as `id()` reports it: the address of the allocation (for an
    /// object revived by its finalizer, of the allocation it had before, see
    /// [`finalize::reserve_identity`]).
    pub fn id(self: &ObjRef) -> usize {
        let addr = Rc::as_ptr(self) as *const u8 as usize;
        if self.identity.get() {
            return finalize::original_address(addr);
        }
        addr
    }
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = match self.class.get() {
            Some(c) => match &c.payload {
                Payload::Type(t) => t.name(),
                _ => "?".to_string(),
            },
            None => "<bootstrap>".to_string(),
        };
        write!(f, "<{class} object {}>", self.payload.kind_name())
    }
}

/// Whether two references are the same object (`is`).
#[inline]
pub fn is(a: &ObjRef, b: &ObjRef) -> bool {
    Rc::ptr_eq(a, b)
}
