//! `ObjCell`: the one-word mutable slot an object keeps its type and its instance `__dict__`
//! in. A `RefCell<Option<ObjRef>>` costs two words (the borrow flag), and every object has
//! two such slots; dropping the flags takes an object from 120 to 104 bytes, which counts
//! because instances, their dicts and every float or int are objects.
//!
//! Soundness rests on the API, not on callers: values go in and out by value ([`ObjCell::get`]
//! clones the reference, [`ObjCell::replace`] hands the old one back for the caller to drop),
//! so no reference into the cell outlives a method call, and nothing inside a method can reach
//! the cell again (cloning an `Rc` runs no code). The exception is [`ObjCell::peek`], whose
//! contract says what its callback may do.

#![allow(unsafe_code)]

use super::ObjRef;
use std::cell::UnsafeCell;
use std::rc::Rc;

/// A slot holding an optional object reference (see the module documentation).
#[derive(Default)]
pub struct ObjCell(UnsafeCell<Option<ObjRef>>);

impl ObjCell {
    /// A slot holding `v`.
    #[inline]
    pub fn new(v: Option<ObjRef>) -> ObjCell {
        ObjCell(UnsafeCell::new(v))
    }

    /// A new reference to what the slot holds.
    #[inline]
    pub fn get(&self) -> Option<ObjRef> {
        // SAFETY: `Obj` is not `Sync`, so this thread is the only one touching the slot, and
        // no reference into it is alive (none leaves any method but `peek`, whose callback may
        // not call back into this slot); `Rc::clone` runs no code that could.
        unsafe { (*self.0.get()).clone() }
    }

    /// Stores `v` and gives back what the slot held, for the caller to drop once it is done
    /// (dropping an object may run `__del__`, which may read this slot again).
    #[inline]
    pub fn replace(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        // SAFETY: as in `get`: one thread, no live reference into the slot, and the swap runs
        // no code (the old value is returned, not dropped here).
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }

    /// Empties the slot, giving back what it held.
    #[inline]
    pub fn take(&self) -> Option<ObjRef> {
        self.replace(None)
    }

    /// Whether the slot holds the very object `t` (reference counts untouched).
    #[inline]
    pub fn is(&self, t: &ObjRef) -> bool {
        // SAFETY: as in `get`; the borrow ends within the expression.
        matches!(unsafe { &*self.0.get() }, Some(c) if Rc::ptr_eq(c, t))
    }

    /// Whether the slot is empty.
    #[inline]
    pub fn is_none(&self) -> bool {
        // SAFETY: as in `get`; the borrow ends within the expression.
        unsafe { (*self.0.get()).is_none() }
    }

    /// Runs `f` on what the slot holds without counting a reference: for the hot read-only
    /// paths (a type's tag, an instance dict probe) where an increment and decrement per
    /// instruction showed.
    ///
    /// # Safety
    /// `f` must not store into this slot, nor run anything that could (Python code, dropping
    /// an object, a finalizer): the reference it gets would dangle once the slot let go of it.
    #[inline]
    pub unsafe fn peek<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: one thread (`Obj` is not `Sync`), and the caller promises `f` leaves the
        // slot alone, so the shared reference stays valid for the call.
        f(unsafe { (*self.0.get()).as_ref() })
    }
}

impl std::fmt::Debug for ObjCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The contents' own `Debug` may read this very cell (an object's type), so only
        // whether it is filled is shown.
        f.write_str(if self.get().is_some() {
            "ObjCell(Some)"
        } else {
            "ObjCell(None)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Obj, Payload};

    /// The object stays at two one-word slots, a five-word payload and its flags: objects are
    /// the unit of allocation, and every word counts for floats, ints and instances.
    #[test]
    fn objects_stay_small() {
        assert_eq!(std::mem::size_of::<super::ObjCell>(), 8);
        // With `Rc`'s two counts, 80 bytes: one of mimalloc's size classes.
        assert_eq!(std::mem::size_of::<Payload>(), 40);
        assert_eq!(std::mem::size_of::<Obj>(), 64);
    }
}
