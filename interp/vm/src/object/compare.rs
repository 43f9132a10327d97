//! Rich comparison (`do_richcompare` in `Objects/object.c`): the reflected operation of a
//! subclass first, then the left operand's, then the right's; `==`/`!=` fall back to identity,
//! ordering raises `TypeError`.

use std::rc::Rc;

use super::slots::{CompareOp, Slot};
use super::typeobj::{self, is_subtype, lookup};
use super::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

impl Vm<'_> {
    /// `a <op> b` as an object.
    pub fn rich_compare(&self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
        self.with_recursion(" in comparison", || self.do_rich_compare(a, b, op))
    }

    fn do_rich_compare(&self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
        let (ta, tb) = (a.class(), b.class());
        let mut checked_reverse = false;
        if !Rc::ptr_eq(&ta, &tb) && is_subtype(&tb, &ta) {
            let slot = b.slot(|s| s.richcompare);
            if slot.is_present() {
                checked_reverse = true;
                let r = self.call_compare_slot(slot, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let slot = a.slot(|s| s.richcompare);
        if slot.is_present() {
            let r = self.call_compare_slot(slot, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            let slot = b.slot(|s| s.richcompare);
            if slot.is_present() {
                let r = self.call_compare_slot(slot, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(self.new_bool(Rc::ptr_eq(a, b))),
            CompareOp::Ne => Ok(self.new_bool(!Rc::ptr_eq(a, b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                typeobj::type_name(&ta),
                typeobj::type_name(&tb)
            ))),
        }
    }

    fn call_compare_slot(
        &self,
        slot: Slot<super::slots::CompareFn>,
        a: &ObjRef,
        b: &ObjRef,
        op: CompareOp,
    ) -> PyResult {
        match slot {
            Slot::Native(f) => f(self, a, b, op),
            _ => slot_richcompare(self, a, b, op),
        }
    }

    /// Whether `obj` is `NotImplemented`.
    #[inline]
    pub fn is_not_implemented(&self, obj: &ObjRef) -> bool {
        Rc::ptr_eq(obj, &self.not_implemented)
    }

    /// `a <op> b` as a truth value (`PyObject_RichCompareBool`: identity implies equality).
    pub fn compare_bool(&self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<bool> {
        if Rc::ptr_eq(a, b) {
            match op {
                CompareOp::Eq => return Ok(true),
                CompareOp::Ne => return Ok(false),
                _ => {}
            }
        }
        if let Some(r) = fast_compare(a, b, op) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `a == b` as a truth value (identity first).
    pub fn eq(&self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        self.compare_bool(a, b, CompareOp::Eq)
    }
}

/// Comparisons of exact built-in ints, floats and strings without dispatch.
#[inline]
pub fn fast_compare(a: &ObjRef, b: &ObjRef, op: CompareOp) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if a.has_builtin_type() && b.has_builtin_type() => {
            Some(op.test(crate::types::int::cmp(x, y)))
        }
        (Payload::Float(x), Payload::Float(y)) if a.has_builtin_type() && b.has_builtin_type() => {
            Some(crate::types::float::compare_f64(*x, *y, op))
        }
        (Payload::Str(x), Payload::Str(y)) if a.has_builtin_type() && b.has_builtin_type() => {
            Some(op.test(x.as_bytes().cmp(y.as_bytes())))
        }
        _ => None,
    }
}

/// `slot_tp_richcompare`: calls the dunder for `op` if `type(a)` has one.
pub fn slot_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let ty = a.class();
    // A dunder set to None is called like any other value, failing with `TypeError` (how a
    // class blocks the fallback: `slot_tp_richcompare` calls what `lookup_maybe_method` found).
    match lookup(&ty, op.dunder(vm)) {
        Some(m) => {
            if m.is_unbound_method() {
                return vm.call_descriptor_method(&m, a, &ty, std::slice::from_ref(b));
            }
            // A failure to bind the attribute (a property that raises, say) reads as "not
            // implemented": `slot_tp_richcompare` clears the error of `lookup_maybe_method`.
            match vm.bind_descriptor(&m, Some(a), &ty) {
                Ok(bound) => vm.call_pos(&bound, std::slice::from_ref(b)),
                Err(_) => Ok(vm.not_implemented.clone()),
            }
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// `object_richcompare`: `==` is identity, `!=` inverts `==` unless that is not implemented.
pub fn object_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    match op {
        CompareOp::Eq => Ok(if Rc::ptr_eq(a, b) {
            vm.true_obj.clone()
        } else {
            vm.not_implemented.clone()
        }),
        CompareOp::Ne => {
            let r = match a.slot(|s| s.richcompare) {
                Slot::Native(f) => f(vm, a, b, CompareOp::Eq)?,
                Slot::Python => slot_richcompare(vm, a, b, CompareOp::Eq)?,
                Slot::Absent => return Ok(vm.not_implemented.clone()),
            };
            if vm.is_not_implemented(&r) {
                return Ok(r);
            }
            Ok(vm.new_bool(!vm.truthy(&r)?))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}
