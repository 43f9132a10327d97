//! Free lists of dead `float` and `int` objects, reused by the next ones made: CPython keeps a
//! free list of floats (`PyFloat_MAXFREELIST`, 100 objects) so that arithmetic, which makes and
//! drops a float per operation, mostly skips its allocator. Here a number the interpreter is
//! about to drop (an operand consumed by `BINARY_OP`, a local overwritten by `STORE_FAST`) is
//! kept instead when nothing else can reach it: no other reference, no weak reference, no
//! finalizer, an exact `float` or `int` with a machine-word value. Taking one back writes the
//! new value into it; its type is already the right one, so neither the allocation nor the
//! type's reference count is touched. A reused object may take a dead one's `id()`, as a
//! float from CPython's free list does.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ObjRef, Payload};
use crate::runtime::Vm;
use crate::types::int::Int;

/// How many dead objects of each kind are kept (CPython's float free list holds 100).
const LIMIT: usize = 100;

/// The two free lists.
#[derive(Default)]
pub(crate) struct FreeLists {
    floats: RefCell<Vec<ObjRef>>,
    ints: RefCell<Vec<ObjRef>>,
}

impl FreeLists {
    /// A kept float, holding `f`.
    #[inline]
    fn take_float(&self, f: f64) -> Option<ObjRef> {
        let mut o = self.floats.try_borrow_mut().ok()?.pop()?;
        // Only objects nothing else reaches are kept, so `get_mut` always succeeds.
        if let Some(Payload::Float(x)) = Rc::get_mut(&mut o).map(|m| &mut m.payload) {
            *x = f;
        }
        Some(o)
    }

    /// A kept int, holding `i`.
    #[inline]
    fn take_int(&self, i: i64) -> Option<ObjRef> {
        let mut o = self.ints.try_borrow_mut().ok()?.pop()?;
        if let Some(Payload::Int(Int::Small(x))) = Rc::get_mut(&mut o).map(|m| &mut m.payload) {
            *x = i;
        }
        Some(o)
    }
}

impl Vm<'_> {
    /// A `float`, from the free list when it has one.
    #[inline]
    pub fn new_float(&self, f: f64) -> ObjRef {
        match self.free_lists.take_float(f) {
            Some(o) => o,
            None => super::Obj::new(self.types.float.clone(), Payload::Float(f)),
        }
    }

    /// An `int` outside the cached small ints, from the free list when it has one.
    #[inline]
    pub(crate) fn new_word_int(&self, i: i64) -> ObjRef {
        match self.free_lists.take_int(i) {
            Some(o) => o,
            None => super::Obj::new(self.types.int.clone(), Payload::Int(Int::Small(i))),
        }
    }

    /// Drops `v`, keeping it on a free list instead when it is a number nothing else reaches.
    #[inline]
    pub fn release(&self, v: ObjRef) {
        if Rc::strong_count(&v) == 1 {
            self.release_last(v);
        }
    }

    /// [`Vm::release`] of the last reference.
    #[inline(never)]
    fn release_last(&self, v: ObjRef) {
        let list = match &v.payload {
            Payload::Float(_) if v.is_exact(&self.types.float) => &self.free_lists.floats,
            Payload::Int(Int::Small(_)) if v.is_exact(&self.types.int) => &self.free_lists.ints,
            _ => return drop(v),
        };
        if Rc::weak_count(&v) != 0 || v.finalize.get() || v.weakrefd.get() {
            return drop(v);
        }
        if let Ok(mut l) = list.try_borrow_mut()
            && l.len() < LIMIT
        {
            crate::eval::frame::push_inline(&mut l, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::runtime::{Streams, Vm};
    use crate::types::int::Int;

    /// Runs `f` with a fresh interpreter whose streams go nowhere.
    fn with_vm(f: impl FnOnce(&Vm)) {
        let mut stdin: &[u8] = &[];
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let streams = Streams {
            stdin: &mut stdin,
            stdout: &mut out,
            stderr: &mut err,
        };
        f(&Vm::new(streams, &[]));
    }

    #[test]
    fn a_released_float_is_reused_with_the_new_value() {
        with_vm(|vm| {
            let a = vm.new_float(1.5);
            let addr = Rc::as_ptr(&a) as usize;
            vm.release(a);
            let b = vm.new_float(2.5);
            assert_eq!(Rc::as_ptr(&b) as usize, addr);
            assert_eq!(b.as_float(), Some(2.5));
        });
    }

    #[test]
    fn a_shared_or_weakly_referenced_number_is_not_kept() {
        with_vm(|vm| {
            let a = vm.new_float(1.5);
            let other = a.clone();
            vm.release(a);
            assert_eq!(Rc::strong_count(&other), 1);
            let weak = Rc::downgrade(&other);
            vm.release(other);
            assert!(weak.upgrade().is_none());
            let b = vm.new_float(3.0);
            assert!(!std::ptr::eq(Rc::as_ptr(&b), weak.as_ptr()));
        });
    }

    #[test]
    fn a_released_int_is_reused_and_small_ints_stay_shared() {
        with_vm(|vm| {
            let a = vm.new_int(1 << 40);
            let addr = Rc::as_ptr(&a) as usize;
            vm.release(a);
            let b = vm.new_int(-(1 << 41));
            assert_eq!(Rc::as_ptr(&b) as usize, addr);
            assert!(matches!(b.as_int(), Some(Int::Small(v)) if *v == -(1 << 41)));
            let s = vm.new_int(7);
            vm.release(s);
            assert!(Rc::ptr_eq(&vm.new_int(7), &vm.new_int(7)));
        });
    }
}
