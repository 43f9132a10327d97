//! The numeric operators (`Objects/abstract.c`): `binary_op1` tries the right operand's
//! reflected slot first when its type is a proper subclass, the generic slot calls `__op__` /
//! `__rop__` as `SLOT1BINFULL` does, sequences fall back to concatenation and repetition, and
//! in-place operators try `__iop__` first. Unary operators go through their slots.

use std::rc::Rc;

use super::slots::{NbOp, NbSlot, Slot};
use super::typeobj::{self, is_subtype, lookup};
use super::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

impl Vm<'_> {
    /// `a <op> b`.
    pub fn binary_op(&self, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        match op {
            NbOp::Add => {
                if let Slot::Native(f) = a.slot(|s| s.sq_concat) {
                    return f(self, a, b);
                }
            }
            NbOp::Mul => {
                if a.slot(|s| s.sq_repeat).is_present() {
                    return self.sequence_repeat(a, b, false);
                }
                if b.slot(|s| s.sq_repeat).is_present() {
                    return self.sequence_repeat(b, a, false);
                }
            }
            _ => {}
        }
        Err(self.binop_type_error(a, b, op.symbol()))
    }

    /// `a <op>= b`.
    pub fn inplace_op(&self, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
        match a.slot(|s| s.nb_inplace[op as usize]) {
            NbSlot::Native(f, _) => {
                let r = f(self, a, b)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            NbSlot::Python => {
                let (_, _, iname) = op.dunders(self);
                if let Some(r) = self.call_dunder_opt(a, iname, std::slice::from_ref(b))?
                    && !self.is_not_implemented(&r)
                {
                    return Ok(r);
                }
            }
            NbSlot::Absent => {}
        }
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        match op {
            NbOp::Add => {
                if let Slot::Native(f) = a.slot(|s| s.sq_inplace_concat) {
                    return f(self, a, b);
                }
                if let Slot::Native(f) = a.slot(|s| s.sq_concat) {
                    return f(self, a, b);
                }
            }
            NbOp::Mul => {
                if a.slot(|s| s.sq_inplace_repeat).is_present() {
                    return self.sequence_repeat(a, b, true);
                }
                if a.slot(|s| s.sq_repeat).is_present() {
                    return self.sequence_repeat(a, b, false);
                }
                if b.slot(|s| s.sq_repeat).is_present() {
                    return self.sequence_repeat(b, a, false);
                }
            }
            _ => {}
        }
        Err(self.binop_type_error(a, b, op.inplace_symbol()))
    }

    /// `binary_op1`: may return `NotImplemented`.
    pub fn binary_op1(&self, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
        let i = op as usize;
        let slotv = a.slot(|s| s.nb[i]);
        let (ta, tb) = (a.class(), b.class());
        let mut slotw = if Rc::ptr_eq(&ta, &tb) {
            NbSlot::Absent
        } else {
            b.slot(|s| s.nb[i])
        };
        if slotw.same(&slotv) {
            slotw = NbSlot::Absent;
        }
        if !matches!(slotv, NbSlot::Absent) {
            if !matches!(slotw, NbSlot::Absent) && is_subtype(&tb, &ta) {
                let x = self.call_nb(slotw, a, b, op)?;
                if !self.is_not_implemented(&x) {
                    return Ok(x);
                }
                slotw = NbSlot::Absent;
            }
            let x = self.call_nb(slotv, a, b, op)?;
            if !self.is_not_implemented(&x) {
                return Ok(x);
            }
        }
        if !matches!(slotw, NbSlot::Absent) {
            return self.call_nb(slotw, a, b, op);
        }
        Ok(self.not_implemented.clone())
    }

    fn call_nb(&self, slot: NbSlot, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
        match slot {
            NbSlot::Native(f, _) => f(self, a, b),
            NbSlot::Python => self.slot_binary(a, b, op),
            NbSlot::Absent => Ok(self.not_implemented.clone()),
        }
    }

    /// The generic binary slot of a class (`SLOT1BINFULL`).
    fn slot_binary(&self, a: &ObjRef, b: &ObjRef, op: NbOp) -> PyResult {
        let i = op as usize;
        let (name, rname, _) = op.dunders(self);
        let (ta, tb) = (a.class(), b.class());
        let same = Rc::ptr_eq(&ta, &tb);
        let mut do_other = !same && matches!(b.slot(|s| s.nb[i]), NbSlot::Python);
        if matches!(a.slot(|s| s.nb[i]), NbSlot::Python) {
            if do_other && is_subtype(&tb, &ta) && method_is_overloaded(&ta, &tb, rname) {
                let r = self.call_maybe(b, rname, a)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
                do_other = false;
            }
            let r = self.call_maybe(a, name, b)?;
            if !self.is_not_implemented(&r) || same {
                return Ok(r);
            }
        }
        if do_other {
            return self.call_maybe(b, rname, a);
        }
        Ok(self.not_implemented.clone())
    }

    /// Calls `type(obj).name(obj, arg)`, or returns `NotImplemented` if the type lacks it.
    fn call_maybe(&self, obj: &ObjRef, name: &ObjRef, arg: &ObjRef) -> PyResult {
        let ty = obj.class();
        match lookup(&ty, name) {
            Some(m) => self.call_descriptor_method(&m, obj, &ty, std::slice::from_ref(arg)),
            None => Ok(self.not_implemented.clone()),
        }
    }

    /// `sequence_repeat`: `seq * n` needs an integer count.
    fn sequence_repeat(&self, seq: &ObjRef, n: &ObjRef, inplace: bool) -> PyResult {
        if !n.slot(|s| s.index).is_present() && n.as_int().is_none() {
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(n)
            )));
        }
        let count = self.index(n)?;
        if count.as_i64().is_none() {
            return Err(self.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(n)
            )));
        }
        let count = self.new_int_from(count);
        let slot = if inplace {
            seq.slot(|s| s.sq_inplace_repeat)
        } else {
            seq.slot(|s| s.sq_repeat)
        };
        match slot {
            Slot::Native(f) => f(self, seq, &count),
            _ => Err(self.internal("sequence repeat slot")),
        }
    }

    /// `pow(a, b, m)` with a modulus other than None (`ternary_op` on `nb_power`): the
    /// slots of `a`, `b` and `m` in turn, as for binary operators.
    pub fn ternary_pow(&self, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult {
        let i = NbOp::Pow as usize;
        let slotv = a.slot(|s| s.nb[i]);
        let (ta, tb) = (a.class(), b.class());
        let mut slotw = if Rc::ptr_eq(&ta, &tb) {
            NbSlot::Absent
        } else {
            b.slot(|s| s.nb[i])
        };
        if slotw.same(&slotv) {
            slotw = NbSlot::Absent;
        }
        if !matches!(slotv, NbSlot::Absent) {
            if !matches!(slotw, NbSlot::Absent) && is_subtype(&tb, &ta) {
                let x = self.call_pow3(slotw, a, b, m)?;
                if !self.is_not_implemented(&x) {
                    return Ok(x);
                }
                slotw = NbSlot::Absent;
            }
            let x = self.call_pow3(slotv, a, b, m)?;
            if !self.is_not_implemented(&x) {
                return Ok(x);
            }
        }
        if !matches!(slotw, NbSlot::Absent) {
            let x = self.call_pow3(slotw, a, b, m)?;
            if !self.is_not_implemented(&x) {
                return Ok(x);
            }
        }
        let slotz = m.slot(|s| s.nb[i]);
        if !matches!(slotz, NbSlot::Absent) && !slotz.same(&slotv) && !slotz.same(&slotw) {
            let x = self.call_pow3(slotz, a, b, m)?;
            if !self.is_not_implemented(&x) {
                return Ok(x);
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(a),
            self.type_name(b),
            self.type_name(m)
        )))
    }

    fn call_pow3(&self, slot: NbSlot, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult {
        match slot {
            NbSlot::Native(_, owner) => {
                let t = &self.types;
                let kind = if owner == Rc::as_ptr(&t.int) as usize {
                    PowKind::Int
                } else if owner == Rc::as_ptr(&t.float) as usize {
                    PowKind::Float
                } else if owner == Rc::as_ptr(&t.complex) as usize {
                    PowKind::Complex
                } else {
                    return Ok(self.not_implemented.clone());
                };
                self.native_pow3(kind, a, b, m)
            }
            // `slot_nb_power`: only the left operand's `__pow__` takes a modulus.
            NbSlot::Python => {
                if !matches!(a.slot(|s| s.nb[NbOp::Pow as usize]), NbSlot::Python) {
                    return Ok(self.not_implemented.clone());
                }
                let ty = a.class();
                match lookup(&ty, &self.names.__pow__) {
                    Some(f) => self.call_descriptor_method(&f, a, &ty, &[b.clone(), m.clone()]),
                    None => Ok(self.not_implemented.clone()),
                }
            }
            NbSlot::Absent => Ok(self.not_implemented.clone()),
        }
    }

    /// The three-argument `nb_power` of `int`, `float` and `complex` (`long_pow`, `float_pow`,
    /// `complex_pow` with a modulus).
    pub fn native_pow3(&self, kind: PowKind, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult {
        let is_num = |o: &ObjRef, complex: bool| {
            o.as_int().is_some()
                || o.as_float().is_some()
                || (complex && matches!(o.payload, super::Payload::Complex(..)))
        };
        match kind {
            PowKind::Int => match (a.as_int(), b.as_int(), m.as_int()) {
                (Some(x), Some(y), Some(z)) => crate::types::int::pow_mod(x, y, z)
                    .map(|r| self.new_int_from(r))
                    .map_err(|e| crate::types::int_type::arith_err(self, e)),
                _ => Ok(self.not_implemented.clone()),
            },
            PowKind::Float if is_num(a, false) && is_num(b, false) => {
                Err(self
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            PowKind::Complex if is_num(a, true) && is_num(b, true) => {
                Err(self.value_error("complex modulo"))
            }
            _ => Ok(self.not_implemented.clone()),
        }
    }

    /// `unsupported operand type(s) for +: 'A' and 'B'` (with the hint for `print >> x`).
    pub fn binop_type_error(&self, a: &ObjRef, b: &ObjRef, symbol: &str) -> PyErr {
        let mut msg = format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        );
        if symbol == ">>"
            && let super::Payload::Builtin(f) = &a.payload
            && f.name == "print"
        {
            msg.push_str(". Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        self.type_error(msg)
    }

    /// A unary operator through its slot: `-a`, `+a`, `~a`, `abs(a)`.
    pub fn unary_op(&self, a: &ObjRef, which: Unary) -> PyResult {
        let (slot, name, sym) = match which {
            Unary::Neg => (a.slot(|s| s.neg), &self.names.__neg__, "unary -"),
            Unary::Pos => (a.slot(|s| s.pos), &self.names.__pos__, "unary +"),
            Unary::Invert => (a.slot(|s| s.invert), &self.names.__invert__, "unary ~"),
            Unary::Abs => (a.slot(|s| s.abs), &self.names.__abs__, "abs()"),
        };
        match slot {
            Slot::Native(f) => f(self, a),
            Slot::Python => self.call_dunder(a, name, &[]),
            Slot::Absent => Err(self.type_error(format!(
                "bad operand type for {sym}: '{}'",
                self.type_name(a)
            ))),
        }
    }
}

/// Which built-in `nb_power` takes a modulus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowKind {
    /// `long_pow`.
    Int,
    /// `float_pow`.
    Float,
    /// `complex_pow`.
    Complex,
}

/// The unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    /// `-a`
    Neg,
    /// `+a`
    Pos,
    /// `~a`
    Invert,
    /// `abs(a)`
    Abs,
}

/// `method_is_overloaded`: whether the right operand's type defines `__rop__` differently from
/// the left operand's.
fn method_is_overloaded(left: &ObjRef, right: &ObjRef, name: &ObjRef) -> bool {
    let Some(b) = lookup(right, name) else {
        return false;
    };
    match lookup(left, name) {
        Some(a) => !Rc::ptr_eq(&a, &b),
        None => true,
    }
}

/// The type name for messages (re-exported for the type modules).
pub fn tname(ty: &ObjRef) -> String {
    typeobj::type_name(ty)
}
