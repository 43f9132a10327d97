//! The small built-in types: the singletons' types (`NoneType`, `NotImplementedType`,
//! `ellipsis`), `slice`, `super`, the `__weakref__` descriptor, the frame
//! summary traceback entries expose as `tb_frame`, and `float.hex`.

use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::typeobj::is_subtype;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// `slice(start, stop, step)`.
#[derive(Debug)]
pub struct Slice {
    /// `start`.
    pub start: ObjRef,
    /// `stop`.
    pub stop: ObjRef,
    /// `step`.
    pub step: ObjRef,
}

/// `super(type, obj)`: `obj_type` is the class the lookup starts after in, `obj`'s MRO.
#[derive(Debug)]
pub struct Super {
    /// The class given (`__thisclass__`).
    pub this: ObjRef,
    /// The instance or class bound (`__self__`), None when unbound.
    pub obj: Option<ObjRef>,
    /// The type whose MRO is searched (`__self_class__`).
    pub obj_type: Option<ObjRef>,
}

impl Vm<'_> {
    /// A new `slice`.
    pub fn new_slice(&self, start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        // A slice holding a tracked object can be part of a cycle (`o.s = slice(o)`), so the
        // collector tracks it, as it tracks every slice in CPython; one of numbers only could
        // never be garbage in a cycle and stays off the collector's list.
        let track = [&start, &stop, &step].iter().any(|x| self.gc_is_tracked(x));
        let s = Obj::new(
            self.types.slice.clone(),
            Payload::Slice(Box::new(Slice { start, stop, step })),
        );
        if track {
            self.gc_track(&s);
        }
        s
    }

    /// A new `object()`.
    pub fn new_object(&self) -> ObjRef {
        Obj::new(self.types.object.clone(), Payload::Plain)
    }
}

fn singleton_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(if vm.is_none(o) {
        "None"
    } else if Rc::ptr_eq(o, &vm.not_implemented) {
        "NotImplemented"
    } else {
        "Ellipsis"
    }))
}

/// `notimplemented_bool`: true, with a `DeprecationWarning`.
fn notimpl_bool(vm: &Vm, _o: &ObjRef) -> PyResult<bool> {
    crate::warnings::warn(
        vm,
        &vm.exc.deprecation_warning,
        "NotImplemented should not be used in a boolean context",
        1,
        None,
    )?;
    Ok(true)
}

fn none_bool(_vm: &Vm, _o: &ObjRef) -> PyResult<bool> {
    Ok(false)
}

fn none_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.values.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(vm.none.clone())
}

fn notimpl_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.values.is_empty() {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(vm.not_implemented.clone())
}

fn ellipsis_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.values.is_empty() {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(vm.ellipsis.clone())
}

fn sl<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Slice> {
    match &o.payload {
        Payload::Slice(s) => Ok(s),
        _ => Err(vm.internal("slice")),
    }
}

fn slice_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let s = sl(vm, o)?;
    Ok(vm.new_str(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}

fn slice_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "slice")?;
    let a = args.range(vm, "slice", 1, 3)?;
    let none = || vm.none.clone();
    Ok(match a.len() {
        1 => vm.new_slice(none(), a[0].clone(), none()),
        2 => vm.new_slice(a[0].clone(), a[1].clone(), none()),
        _ => vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn slice_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Payload::Slice(x), Payload::Slice(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    let t1 = vm.new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let t2 = vm.new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    vm.rich_compare(&t1, &t2, op)
}

/// `slice.indices(length)` (`_PySlice_GetLongIndices`): the bounds clamped to the length, in
/// arbitrary precision, so huge lengths and bounds come back as they are.
fn m_indices(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    use num_bigint::BigInt;
    let a = args.exact(vm, "indices", 1)?;
    let len = vm.index(&a[0])?.to_bigint();
    if len < BigInt::from(0) {
        return Err(vm.value_error("length should not be negative"));
    }
    let Payload::Slice(s) = &o.payload else {
        return Err(vm.internal("expected a slice"));
    };
    let bound = |v: &ObjRef| -> PyResult<Option<BigInt>> {
        if vm.is_none(v) {
            return Ok(None);
        }
        if v.as_int().is_none() && !v.slot(|s| s.index).is_present() {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        Ok(Some(vm.index(v)?.to_bigint()))
    };
    let step = bound(&s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step == BigInt::from(0) {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let negative = step < BigInt::from(0);
    let (lower, upper) = if negative {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::from(0), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x < BigInt::from(0) {
                    x += &len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = clamp(bound(&s.start)?, if negative { &upper } else { &lower });
    let stop = clamp(bound(&s.stop)?, if negative { &lower } else { &upper });
    let int = |b: BigInt| vm.new_int_from(super::int::Int::from_bigint(b));
    Ok(vm.new_tuple(vec![int(start), int(stop), int(step)]))
}

/// `slice.__reduce__`: `(slice, (start, stop, step))`.
fn m_slice_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let parts = vec![get_start(vm, o)?, get_stop(vm, o)?, get_step(vm, o)?];
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(parts)]))
}

fn get_start(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sl(vm, o)?.start.clone())
}

fn get_stop(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sl(vm, o)?.stop.clone())
}

fn get_step(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sl(vm, o)?.step.clone())
}

fn sup<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Super> {
    match &o.payload {
        Payload::Super(s) => Ok(s),
        _ => Err(vm.internal("super")),
    }
}

/// `supercheck`: the type whose MRO `super(type, obj)` searches.
pub fn super_check(vm: &Vm, this: &ObjRef, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.as_type().is_some() && is_subtype(obj, this) {
        return Ok(obj.clone());
    }
    if is_subtype(&obj.class(), this) {
        return Ok(obj.class());
    }
    if let Some(c) = vm.getattr_opt(obj, &vm.names.__class__)?
        && c.as_type().is_some()
        && is_subtype(&c, this)
    {
        return Ok(c);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// A bound `super` object.
pub fn new_super(vm: &Vm, this: ObjRef, obj: Option<ObjRef>) -> PyResult {
    if this.as_type().is_none() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&this)
        )));
    }
    let obj_type = match &obj {
        Some(o) => Some(super_check(vm, &this, o)?),
        None => None,
    };
    Ok(Obj::new(
        vm.types.super_.clone(),
        Payload::Super(Box::new(Super {
            this,
            obj,
            obj_type,
        })),
    ))
}

/// `super_getattro`: looks past `this` in the bound type's MRO, binding what it finds.
fn super_getattro(vm: &Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let s = sup(vm, o)?;
    let skip = name.as_str().is_some_and(|n| n.as_bytes() == b"__class__");
    if let (Some(obj_type), false) = (&s.obj_type, skip) {
        // The MRO is read in place: only namespaces are looked at while it is borrowed, and
        // the descriptor found is bound (which may run Python code) after.
        let found = obj_type.as_type().and_then(|t| {
            let mro = t.mro.borrow();
            let start = mro
                .iter()
                .position(|t| Rc::ptr_eq(t, &s.this))
                .map_or(mro.len(), |i| i + 1);
            mro[start..]
                .iter()
                .find_map(|base| base.as_type().and_then(|t| t.get_own(name)))
        });
        if let Some(found) = found {
            if !found.slot(|sl| sl.descr_get.is_present()) {
                return Ok(found);
            }
            let inst = match &s.obj {
                Some(ob) if !Rc::ptr_eq(ob, obj_type) => Some(ob),
                _ => None,
            };
            return vm.bind_descriptor(&found, inst, obj_type);
        }
    }
    crate::object::attr::generic_getattr(vm, o, name)
}

fn super_get(vm: &Vm, o: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    let s = sup(vm, o)?;
    match obj {
        // super_descr_get: a subclass of super is called to make the bound object.
        Some(ob) if s.obj.is_none() && !vm.is_none(ob) => {
            if !o.is_exact(&vm.types.super_) {
                return vm.call_pos(&o.class(), &[s.this.clone(), ob.clone()]);
            }
            new_super(vm, s.this.clone(), Some(ob.clone()))
        }
        _ => Ok(o.clone()),
    }
}

fn super_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let s = sup(vm, o)?;
    let this = vm.repr_string(&s.this)?;
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!(
            "<super: {this}, <{} object>>",
            crate::types::type_methods::short_name(t)
        ),
        None => format!("<super: {this}, NULL>"),
    }))
}

fn super_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "super", 0, 2)?;
    match a.len() {
        0 => Err(vm.runtime_error("super(): no arguments")),
        1 => new_super_of(vm, cls, a[0].clone(), None),
        _ => {
            let obj = (!vm.is_none(&a[1])).then(|| a[1].clone());
            new_super_of(vm, cls, a[0].clone(), obj)
        }
    }
}

/// A super object of class `cls` (a subclass of `super` keeps its class and gets a dict).
fn new_super_of(vm: &Vm, cls: &ObjRef, this: ObjRef, obj: Option<ObjRef>) -> PyResult {
    let made = new_super(vm, this, obj)?;
    if Rc::ptr_eq(cls, &vm.types.super_) {
        return Ok(made);
    }
    let Payload::Super(s) = &made.payload else {
        return Err(vm.internal("super"));
    };
    let s = Super {
        this: s.this.clone(),
        obj: s.obj.clone(),
        obj_type: s.obj_type.clone(),
    };
    Ok(vm.alloc_instance(cls, Payload::Super(Box::new(s))))
}

fn super_init(vm: &Vm, _o: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.none.clone())
}

fn get_thisclass(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sup(vm, o)?.this.clone())
}

fn get_super_self(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sup(vm, o)?.obj.clone().unwrap_or_else(|| vm.none.clone()))
}

fn get_self_class(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(sup(vm, o)?
        .obj_type
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `obj.__weakref__`: the head of the object's weak-reference list, None without one.
fn weakref_get(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(super::weakref::list_head(vm, o).unwrap_or_else(|| vm.none.clone()))
}

/// The `__weakref__` descriptor classes get.
pub fn weakref_descriptor(vm: &Vm, owner: &ObjRef) -> ObjRef {
    Obj::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(Box::new(crate::object::native::GetSet {
            name: "__weakref__",
            owner: owner.clone(),
            get: weakref_get,
            set: None,
            member: false,
            doc: std::cell::Cell::new(Some("list of weak references to the object")),
        })),
    )
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )
}

/// `NotImplemented.__reduce__()` and `Ellipsis.__reduce__()`: the singleton's name, which
/// pickle saves as a global (`notimplemented_reduce`, `ellipsis_reduce`).
fn m_singleton_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    Ok(vm.new_str(if std::rc::Rc::ptr_eq(o, &vm.ellipsis) {
        "Ellipsis"
    } else {
        "NotImplemented"
    }))
}

/// Fills the namespaces of the small types.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    let install = |ty: &ObjRef, s: Slots| crate::object::slot_resolve::install_static(vm, ty, s);
    install(
        &t.none_type,
        Slots {
            repr: Slot::Native(singleton_repr),
            bool: Slot::Native(none_bool),
            new: Slot::Native(none_new),
            ..Slots::default()
        },
    );
    install(
        &t.not_implemented_type,
        Slots {
            repr: Slot::Native(singleton_repr),
            bool: Slot::Native(notimpl_bool),
            new: Slot::Native(notimpl_new),
            ..Slots::default()
        },
    );
    install(
        &t.ellipsis_type,
        Slots {
            repr: Slot::Native(singleton_repr),
            new: Slot::Native(ellipsis_new),
            ..Slots::default()
        },
    );
    vm.add_methods(
        &t.not_implemented_type,
        &[("__reduce__", m_singleton_reduce)],
    );
    vm.add_methods(&t.ellipsis_type, &[("__reduce__", m_singleton_reduce)]);
    vm.add_methods(
        &t.slice,
        &[("indices", m_indices), ("__reduce__", m_slice_reduce)],
    );
    vm.add_getset(&t.slice, "start", get_start, None);
    vm.add_getset(&t.slice, "stop", get_stop, None);
    vm.add_getset(&t.slice, "step", get_step, None);
    install(
        &t.slice,
        Slots {
            repr: Slot::Native(slice_repr),
            new: Slot::Native(slice_new),
            richcompare: Slot::Native(slice_richcompare),
            ..Slots::default()
        },
    );
    vm.set_unhashable(&t.slice);
    vm.add_getset(&t.super_, "__thisclass__", get_thisclass, None);
    vm.add_getset(&t.super_, "__self__", get_super_self, None);
    vm.add_getset(&t.super_, "__self_class__", get_self_class, None);
    install(
        &t.super_,
        Slots {
            repr: Slot::Native(super_repr),
            getattro: Slot::Native(super_getattro),
            descr_get: Slot::Native(super_get),
            new: Slot::Native(super_new),
            init: Slot::Native(super_init),
            ..Slots::default()
        },
    );
}
