//! Weak proxies (`weakref.proxy`, Objects/weakrefobject.c's `_PyWeakref_ProxyType` and
//! `_PyWeakref_CallableProxyType`): a weak reference whose type hands every operation to the
//! referent — attributes, operators (with proxy operands unwrapped), comparisons, containers,
//! iteration, calls — and raises `ReferenceError` once the referent is gone. A proxy shares the
//! weak-reference payload, registry and callbacks of `weakref.ref`.

use std::rc::Rc;

use crate::object::arith::Unary;
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// The proxy types' qualified names (`tp_name`).
const PROXY: &str = "weakref.ProxyType";
const CALLABLE_PROXY: &str = "weakref.CallableProxyType";

/// `ProxyType` or `CallableProxyType`, made once per interpreter.
pub fn proxy_type(vm: &Vm, callable: bool) -> ObjRef {
    let name = if callable { CALLABLE_PROXY } else { PROXY };
    vm.native_type(name, || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            name,
            &vm.types.object,
            crate::object::typeobj::Layout::Opaque,
            crate::object::typeobj::NO_NEW,
        );
        install(vm, &t, callable);
        t
    })
}

/// `_weakref.proxy(object[, callback])`: a proxy of the callable kind for a callable referent;
/// a proxy without callback is shared, as a basic `ref` is.
pub fn new_proxy(vm: &Vm, target: &ObjRef, callback: Option<ObjRef>) -> PyResult {
    let ty = proxy_type(vm, crate::builtins::introspect::is_callable(target));
    super::weakref::new_shared(vm, &ty, target, callback)
}

fn dead(vm: &Vm) -> PyErr {
    vm.error(
        &vm.exc.reference_error,
        "weakly-referenced object no longer exists",
    )
}

/// The referent of a proxy, or `ReferenceError`.
fn obj(vm: &Vm, p: &ObjRef) -> PyResult<ObjRef> {
    super::weakref::referent(p).ok_or_else(|| dead(vm))
}

/// `UNWRAP`: an operand that is a proxy stands for its referent.
fn unwrap(vm: &Vm, o: &ObjRef) -> PyResult<ObjRef> {
    let is_proxy = matches!(o.payload, Payload::WeakRef(_))
        && !crate::object::typeobj::is_subtype(&o.class(), &vm.types.weakref);
    if is_proxy { obj(vm, o) } else { Ok(o.clone()) }
}

fn p_repr(vm: &Vm, p: &ObjRef) -> PyResult {
    // A dead proxy shows None as its referent (`PyWeakref_GET_OBJECT`).
    let target = super::weakref::referent(p).unwrap_or_else(|| vm.none.clone());
    Ok(vm.new_str(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        p.id(),
        vm.type_name(&target),
        target.id()
    )))
}

fn p_str(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.str(&obj(vm, p)?)
}

fn p_hash(vm: &Vm, p: &ObjRef) -> PyResult<i64> {
    Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(p))))
}

fn p_bool(vm: &Vm, p: &ObjRef) -> PyResult<bool> {
    vm.truthy(&obj(vm, p)?)
}

fn p_len(vm: &Vm, p: &ObjRef) -> PyResult<usize> {
    vm.len(&obj(vm, p)?)
}

fn p_iter(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.iter(&obj(vm, p)?)
}

fn p_next(vm: &Vm, p: &ObjRef) -> PyResult<Option<ObjRef>> {
    let o = obj(vm, p)?;
    if o.slot(|s| !s.next.is_present()) {
        return Err(vm.type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            vm.type_name(&o)
        )));
    }
    vm.next(&o)
}

fn p_getitem(vm: &Vm, p: &ObjRef, key: &ObjRef) -> PyResult {
    vm.getitem(&obj(vm, p)?, key)
}

fn p_setitem(vm: &Vm, p: &ObjRef, key: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let o = obj(vm, p)?;
    match value {
        Some(v) => vm.setitem(&o, key, v),
        None => vm.delitem(&o, key),
    }
}

fn p_contains(vm: &Vm, p: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    vm.contains(&obj(vm, p)?, x)
}

fn p_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    vm.rich_compare(&unwrap(vm, a)?, &unwrap(vm, b)?, op)
}

fn p_call(vm: &Vm, p: &ObjRef, args: Args<'_>) -> PyResult {
    vm.call(&obj(vm, p)?, args)
}

fn p_getattr(vm: &Vm, p: &ObjRef, name: &ObjRef) -> PyResult {
    vm.getattr(&obj(vm, p)?, name)
}

fn p_setattr(vm: &Vm, p: &ObjRef, name: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let o = obj(vm, p)?;
    match value {
        Some(v) => vm.setattr(&o, name, v),
        None => vm.delattr(&o, name),
    }
}

fn p_neg(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.unary_op(&obj(vm, p)?, Unary::Neg)
}

fn p_pos(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.unary_op(&obj(vm, p)?, Unary::Pos)
}

fn p_invert(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.unary_op(&obj(vm, p)?, Unary::Invert)
}

fn p_abs(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.unary_op(&obj(vm, p)?, Unary::Abs)
}

fn p_int(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.call_pos(&vm.types.int, &[obj(vm, p)?])
}

fn p_float(vm: &Vm, p: &ObjRef) -> PyResult {
    vm.call_pos(&vm.types.float, &[obj(vm, p)?])
}

fn p_index(vm: &Vm, p: &ObjRef) -> PyResult {
    Ok(vm.new_int_from(vm.index(&obj(vm, p)?)?))
}

fn m_bytes(vm: &Vm, p: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__bytes__", 0)?;
    vm.call_pos(&vm.types.bytes, &[obj(vm, p)?])
}

fn m_reversed(vm: &Vm, p: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reversed__", 0)?;
    let reversed = vm.getattr_str(&vm.builtins, "reversed")?;
    vm.call_pos(&reversed, &[obj(vm, p)?])
}

/// Binary and in-place operators: both operands unwrapped, then the ordinary operator
/// (`WRAP_BINARY` and `INPLACE_BINARY`).
macro_rules! proxy_ops {
    ($($op:ident: $bin:ident, $inplace:ident;)*) => {
        $(
            fn $bin(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
                vm.binary_op(&unwrap(vm, a)?, &unwrap(vm, b)?, NbOp::$op)
            }
            fn $inplace(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
                vm.inplace_op(&unwrap(vm, a)?, &unwrap(vm, b)?, NbOp::$op)
            }
        )*
        fn number_slots(s: &mut Slots, id: usize) {
            $(
                s.nb[NbOp::$op as usize] = NbSlot::Native($bin, id);
                s.nb_inplace[NbOp::$op as usize] = NbSlot::Native($inplace, id);
            )*
        }
    };
}

proxy_ops! {
    Add: p_add, p_iadd;
    And: p_and, p_iand;
    FloorDiv: p_floordiv, p_ifloordiv;
    LShift: p_lshift, p_ilshift;
    MatMul: p_matmul, p_imatmul;
    Mul: p_mul, p_imul;
    Mod: p_mod, p_imod;
    Or: p_or, p_ior;
    Pow: p_pow, p_ipow;
    RShift: p_rshift, p_irshift;
    Sub: p_sub, p_isub;
    TrueDiv: p_truediv, p_itruediv;
    Xor: p_xor, p_ixor;
}

fn install(vm: &Vm, t: &ObjRef, callable: bool) {
    let mut s = Slots {
        repr: Slot::Native(p_repr),
        str: Slot::Native(p_str),
        hash: Slot::Native(p_hash),
        bool: Slot::Native(p_bool),
        len: Slot::Native(p_len),
        iter: Slot::Native(p_iter),
        next: Slot::Native(p_next),
        getitem: Slot::Native(p_getitem),
        setitem: Slot::Native(p_setitem),
        contains: Slot::Native(p_contains),
        richcompare: Slot::Native(p_richcompare),
        getattro: Slot::Native(p_getattr),
        setattro: Slot::Native(p_setattr),
        neg: Slot::Native(p_neg),
        pos: Slot::Native(p_pos),
        invert: Slot::Native(p_invert),
        abs: Slot::Native(p_abs),
        int: Slot::Native(p_int),
        float: Slot::Native(p_float),
        index: Slot::Native(p_index),
        ..Slots::default()
    };
    if callable {
        s.call = Slot::Native(p_call);
    }
    number_slots(&mut s, Rc::as_ptr(t) as usize);
    vm.add_methods(t, &[("__bytes__", m_bytes), ("__reversed__", m_reversed)]);
    crate::object::slot_resolve::install_static(vm, t, s);
}
