//! Descriptor types (`Objects/descrobject.c`, `funcobject.c`): method descriptors and slot
//! wrappers of built-in types and what they bind to, computed attributes (`getset_descriptor`),
//! `__slots__` members, and `property`, `classmethod`, `staticmethod`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::native::{Args, Builtin, DescrKind, NativeKind};
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{is_subtype, type_name};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// `property(fget, fset, fdel, doc)`.
#[derive(Debug)]
pub struct Property {
    /// Getter.
    pub fget: RefCell<Option<ObjRef>>,
    /// Setter.
    pub fset: RefCell<Option<ObjRef>>,
    /// Deleter.
    pub fdel: RefCell<Option<ObjRef>>,
    /// `__doc__`.
    pub doc: RefCell<Option<ObjRef>>,
    /// The attribute name, from `__set_name__`.
    pub name: RefCell<Option<ObjRef>>,
    /// `getter_doc`: the doc came from the getter, so a copy with a new getter takes the new
    /// getter's.
    pub getter_doc: std::cell::Cell<bool>,
}

fn owner_name(o: &ObjRef) -> String {
    crate::types::type_methods::short_name(o)
}

fn method_descr_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, ty: &ObjRef) -> PyResult {
    let Payload::MethodDescr(m) = &d.payload else {
        return Err(vm.internal("method descriptor"));
    };
    match m.kind {
        DescrKind::Class => {
            let cls = match obj {
                Some(o) if ty.as_type().is_none() => o.class(),
                _ => ty.clone(),
            };
            if !is_subtype(&cls, &m.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for type '{}' needs a subtype of '{}', not '{}'",
                    m.name,
                    owner_name(&m.owner),
                    owner_name(&m.owner),
                    owner_name(&cls)
                )));
            }
            Ok(bound_builtin(vm, m.name, m.func, cls))
        }
        DescrKind::Static => Ok(bound_builtin(vm, m.name, m.func, m.owner.clone())),
        DescrKind::Method | DescrKind::Slot => match obj {
            None => Ok(d.clone()),
            Some(o) => {
                vm.check_descr_self(m.name, &m.owner, o)?;
                Ok(bound_builtin(vm, m.name, m.func, o.clone()))
            }
        },
    }
}

fn bound_builtin(
    vm: &Vm,
    name: &'static str,
    func: crate::object::native::NativeMethod,
    this: ObjRef,
) -> ObjRef {
    Obj::new(
        vm.types.builtin_function.clone(),
        Payload::Builtin(Box::new(Builtin {
            name,
            func: NativeKind::Method(func),
            bound: Some(this),
            module: None,
            counted: false,
        })),
    )
}

fn method_descr_repr(vm: &Vm, d: &ObjRef) -> PyResult {
    let Payload::MethodDescr(m) = &d.payload else {
        return Err(vm.internal("method descriptor"));
    };
    Ok(vm.new_str(format!(
        "<method '{}' of '{}' objects>",
        m.name,
        owner_name(&m.owner)
    )))
}

/// `getattr(owner, name)` as a pickling recipe: what a descriptor or a bound slot wrapper
/// reduces to.
fn getattr_recipe(vm: &Vm, owner: ObjRef, name: ObjRef) -> PyResult {
    let getattr = vm.getattr(&vm.builtins, &vm.intern("getattr"))?;
    Ok(vm.new_tuple(vec![getattr, vm.new_tuple(vec![owner, name])]))
}

/// `descr_reduce`: a method or slot descriptor pickles as `getattr(its type, its name)`.
fn descr_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let owner = vm.getattr(o, &vm.intern("__objclass__"))?;
    let name = vm.getattr(o, &vm.intern("__name__"))?;
    getattr_recipe(vm, owner, name)
}

/// `wrapper_reduce`: a bound slot wrapper pickles as `getattr(its object, its name)`.
fn method_wrapper_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let owner = vm.getattr(o, &vm.intern("__self__"))?;
    let name = vm.getattr(o, &vm.intern("__name__"))?;
    getattr_recipe(vm, owner, name)
}

fn descr_call(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    vm.call(d, args)
}

fn slot_wrapper_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    let Payload::SlotWrapper(w) = &d.payload else {
        return Err(vm.internal("slot wrapper"));
    };
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            vm.check_descr_self(w.name, &w.owner, o)?;
            Ok(Obj::new(
                vm.types.method_wrapper.clone(),
                Payload::Method(Box::new(crate::types::function::Method {
                    func: d.clone(),
                    self_: o.clone(),
                })),
            ))
        }
    }
}

fn slot_wrapper_repr(vm: &Vm, d: &ObjRef) -> PyResult {
    let Payload::SlotWrapper(w) = &d.payload else {
        return Err(vm.internal("slot wrapper"));
    };
    Ok(vm.new_str(format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.name,
        owner_name(&w.owner)
    )))
}

fn method_wrapper_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let Payload::Method(m) = &o.payload else {
        return Err(vm.internal("method-wrapper"));
    };
    let name = match &m.func.payload {
        Payload::SlotWrapper(w) => w.name,
        _ => "?",
    };
    Ok(vm.new_str(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        name,
        vm.type_name(&m.self_),
        m.self_.id()
    )))
}

/// `method-wrapper.__self__`: the object the slot wrapper was bound to.
fn method_wrapper_self(vm: &Vm, o: &ObjRef) -> PyResult {
    match &o.payload {
        Payload::Method(m) => Ok(m.self_.clone()),
        _ => Err(vm.internal("method-wrapper")),
    }
}

fn method_wrapper_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    vm.call(o, args)
}

fn getset_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    let Payload::GetSet(g) = &d.payload else {
        return Err(vm.internal("getset"));
    };
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            vm.check_descr_self(g.name, &g.owner, o)?;
            (g.get)(vm, o)
        }
    }
}

fn getset_set(vm: &Vm, d: &ObjRef, obj: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let Payload::GetSet(g) = &d.payload else {
        return Err(vm.internal("getset"));
    };
    vm.check_descr_self(g.name, &g.owner, obj)?;
    match g.set {
        Some(f) => f(vm, obj, value.cloned()),
        None if g.member => Err(vm.error(&vm.exc.attribute_error, "readonly attribute")),
        None => Err(vm.error(
            &vm.exc.attribute_error,
            format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name,
                owner_name(&g.owner)
            ),
        )),
    }
}

fn getset_repr(vm: &Vm, d: &ObjRef) -> PyResult {
    let Payload::GetSet(g) = &d.payload else {
        return Err(vm.internal("getset"));
    };
    let kind = if g.member { "member" } else { "attribute" };
    Ok(vm.new_str(format!(
        "<{kind} '{}' of '{}' objects>",
        g.name,
        owner_name(&g.owner)
    )))
}

// A `member_descriptor` is either a `__slots__` member or a built-in type's read-only member
// (a `GetSet` marked `member`, as `function.__closure__` is), which reads like a getset.
fn member_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, ty: &ObjRef) -> PyResult {
    let m = match &d.payload {
        Payload::Member(m) => m,
        Payload::GetSet(_) => return getset_get(vm, d, obj, ty),
        _ => return Err(vm.internal("member")),
    };
    let Some(o) = obj else { return Ok(d.clone()) };
    if !is_subtype(&o.class(), &m.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            owner_name(&m.owner),
            vm.type_name(o)
        )));
    }
    match crate::types::type_new::slot_get(o, m.index).or_else(|| side_slot_get(vm, o, &m.name)) {
        Some(v) => Ok(v),
        // `PyMember_GetOne` (without the attribute's name and object set).
        None => Err(vm.error(
            &vm.exc.attribute_error,
            format!("'{}' object has no attribute '{}'", vm.type_name(o), m.name),
        )),
    }
}

fn member_set(vm: &Vm, d: &ObjRef, obj: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let m = match &d.payload {
        Payload::Member(m) => m,
        Payload::GetSet(_) => return getset_set(vm, d, obj, value),
        _ => return Err(vm.internal("member")),
    };
    if value.is_none()
        && crate::types::type_new::slot_get(obj, m.index).is_none()
        && side_slot_get(vm, obj, &m.name).is_none()
    {
        // 3.11's `PyMember_SetOne` names only the attribute.
        return Err(vm.error(&vm.exc.attribute_error, m.name.clone()));
    }
    if !crate::types::type_new::slot_set(obj, m.index, value.cloned())
        && !side_slot_set(vm, obj, &m.name, value)
    {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            owner_name(&m.owner),
            vm.type_name(obj)
        )));
    }
    Ok(())
}

/// A slot of an instance whose payload is its built-in base's (a `list` or `weakref.ref`
/// subclass with `__slots__`, as `functools._HashedSeq` and `weakref.KeyedRef` are): CPython puts
/// such slots after the base's struct; krait keeps them in the object's dict cell, under the
/// slot's name. The type has no `__dict__` descriptor, so that dict is not seen as one (a
/// subclass that adds a `__dict__` would show them in it).
fn side_slot_get(vm: &Vm, o: &ObjRef, name: &str) -> Option<ObjRef> {
    if crate::types::type_new::slots_in_payload(o) {
        return None;
    }
    let d = o.dict()?;
    vm.dict_get_str(&d, &vm.new_str(name))
}

/// Writes (or, with `None`, deletes) a slot kept as [`side_slot_get`] describes.
fn side_slot_set(vm: &Vm, o: &ObjRef, name: &str, value: Option<&ObjRef>) -> bool {
    if crate::types::type_new::slots_in_payload(o) {
        return false;
    }
    let d = match o.dict() {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            o.set_dict(Some(d.clone()));
            d
        }
    };
    match value {
        Some(v) => vm.dict_set_str(&d, name, v.clone()),
        None => {
            vm.dict_del_str(&d, &vm.new_str(name));
        }
    }
    true
}

/// The name and defining type of a built-in descriptor.
fn descr_info(o: &ObjRef) -> Option<(String, ObjRef)> {
    Some(match &o.payload {
        Payload::MethodDescr(m) => (m.name.to_string(), m.owner.clone()),
        Payload::SlotWrapper(w) => (w.name.to_string(), w.owner.clone()),
        Payload::GetSet(g) => (g.name.to_string(), g.owner.clone()),
        Payload::Member(m) => (m.name.clone(), m.owner.clone()),
        _ => return None,
    })
}

fn descr_name(vm: &Vm, o: &ObjRef) -> PyResult {
    let (name, _) = descr_info(o).ok_or_else(|| vm.internal("descriptor"))?;
    Ok(vm.new_str(name))
}

fn descr_qualname(vm: &Vm, o: &ObjRef) -> PyResult {
    let (name, owner) = descr_info(o).ok_or_else(|| vm.internal("descriptor"))?;
    Ok(vm.new_str(format!(
        "{}.{name}",
        crate::types::type_methods::qualname(&owner)
    )))
}

fn descr_objclass(vm: &Vm, o: &ObjRef) -> PyResult {
    let (_, owner) = descr_info(o).ok_or_else(|| vm.internal("descriptor"))?;
    Ok(owner)
}

/// The slot wrapper a `method-wrapper` binds, whose name and owner it answers with.
fn bound_wrapper(vm: &Vm, o: &ObjRef) -> PyResult<ObjRef> {
    match &o.payload {
        Payload::Method(m) => Ok(m.func.clone()),
        _ => Err(vm.internal("method-wrapper")),
    }
}

fn bound_wrapper_name(vm: &Vm, o: &ObjRef) -> PyResult {
    descr_name(vm, &bound_wrapper(vm, o)?)
}

fn bound_wrapper_qualname(vm: &Vm, o: &ObjRef) -> PyResult {
    descr_qualname(vm, &bound_wrapper(vm, o)?)
}

fn bound_wrapper_objclass(vm: &Vm, o: &ObjRef) -> PyResult {
    descr_objclass(vm, &bound_wrapper(vm, o)?)
}

/// A descriptor's `__doc__`: a slot wrapper has its special method's text from the slot
/// table (`wrapperdescr_get_doc`); a method or computed attribute the one it was given
/// ([`Vm::set_docs`]), if any.
fn descr_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    // A text given with `Vm::set_docs` first, else CPython's for the owner's attribute.
    let given = |doc: Option<&'static str>, owner: &ObjRef, name: &str| {
        doc.or_else(|| documented(owner, name)?.doc)
    };
    let doc = match &o.payload {
        Payload::SlotWrapper(w) => crate::types::slot_docs::slot_doc(w.name),
        Payload::MethodDescr(m) => given(m.doc.get(), &m.owner, m.name),
        Payload::GetSet(g) => given(g.doc.get(), &g.owner, g.name),
        _ => None,
    };
    Ok(doc.map_or_else(|| vm.none.clone(), |d| vm.new_str(d)))
}

/// What CPython documents about attribute `name` of the built-in type `owner`.
fn documented(owner: &ObjRef, name: &str) -> Option<crate::types::builtin_docs::Doc> {
    owner.as_type().filter(|t| !t.is_heap())?;
    // Recorded under the type's `__name__` (`count`, not `itertools.count`).
    let short = crate::types::type_methods::short_name(owner);
    crate::types::builtin_docs::lookup(&short, name)
}

/// A method descriptor's `__text_signature__` (what `inspect.signature` reads).
fn descr_text_signature(vm: &Vm, o: &ObjRef) -> PyResult {
    let sig = match &o.payload {
        Payload::MethodDescr(m) => documented(&m.owner, m.name).and_then(|d| d.text_signature),
        _ => None,
    };
    Ok(sig.map_or_else(|| vm.none.clone(), |s| vm.new_str(s)))
}

fn bound_wrapper_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    descr_doc(vm, &bound_wrapper(vm, o)?)
}

fn member_repr(vm: &Vm, d: &ObjRef) -> PyResult {
    let m = match &d.payload {
        Payload::Member(m) => m,
        Payload::GetSet(_) => return getset_repr(vm, d),
        _ => return Err(vm.internal("member")),
    };
    Ok(vm.new_str(format!(
        "<member '{}' of '{}' objects>",
        m.name,
        owner_name(&m.owner)
    )))
}

fn prop<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Property> {
    match &o.payload {
        Payload::Property(p) => Ok(p),
        _ => Err(vm.internal("property")),
    }
}

fn prop_error(vm: &Vm, p: &Property, obj: &ObjRef, what: &str) -> PyResult<crate::object::PyErr> {
    let qualname = vm.new_str(crate::types::type_methods::qualname(&obj.class()));
    let owner = vm.repr_string(&qualname)?;
    let msg = match &*p.name.borrow() {
        Some(n) => format!(
            "property {} of {owner} object has no {what}",
            vm.repr_string(n)?
        ),
        None => format!("property of {owner} object has no {what}"),
    };
    Ok(vm.error(&vm.exc.attribute_error, msg))
}

fn property_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    let Some(o) = obj else { return Ok(d.clone()) };
    let p = prop(vm, d)?;
    let fget = p.fget.borrow().clone();
    match fget {
        Some(f) => vm.call_pos(&f, std::slice::from_ref(o)),
        None => Err(prop_error(vm, p, o, "getter")?),
    }
}

fn property_set(vm: &Vm, d: &ObjRef, obj: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    let p = prop(vm, d)?;
    match value {
        Some(v) => match p.fset.borrow().clone() {
            Some(f) => vm.call_pos(&f, &[obj.clone(), v.clone()]).map(|_| ()),
            None => Err(prop_error(vm, p, obj, "setter")?),
        },
        None => match p.fdel.borrow().clone() {
            Some(f) => vm.call_pos(&f, std::slice::from_ref(obj)).map(|_| ()),
            None => Err(prop_error(vm, p, obj, "deleter")?),
        },
    }
}

fn new_property(vm: &Vm, cls: &ObjRef) -> ObjRef {
    vm.alloc_instance(
        cls,
        Payload::Property(Box::new(Property {
            fget: RefCell::new(None),
            fset: RefCell::new(None),
            fdel: RefCell::new(None),
            doc: RefCell::new(None),
            name: RefCell::new(None),
            getter_doc: std::cell::Cell::new(false),
        })),
    )
}

fn property_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(new_property(vm, cls))
}

/// `property_init_impl` (3.11): an explicit `doc` is the property's own; without one the
/// getter's `__doc__` is taken (`getter_doc`), and a subclass instance keeps that in its own
/// `__dict__`, where the class's `__doc__` would otherwise shadow it (one without a
/// `__dict__`, `__slots__ = ()`, raises AttributeError).
fn property_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [fget, fset, fdel, doc] =
        args.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 0, 4, 0)?;
    let p = prop(vm, o)?;
    let some = |v: Option<ObjRef>| v.filter(|v| !vm.is_none(v));
    let fget = some(fget);
    let doc = some(doc);
    *p.fget.borrow_mut() = fget.clone();
    *p.fset.borrow_mut() = some(fset);
    *p.fdel.borrow_mut() = some(fdel);
    *p.doc.borrow_mut() = doc.clone();
    p.getter_doc.set(false);
    if doc.is_none()
        && let Some(g) = &fget
        && let Some(get_doc) = vm.getattr_opt(g, &vm.names.__doc__)?
    {
        if o.is_exact(&vm.types.property) {
            *p.doc.borrow_mut() = some(Some(get_doc));
        } else {
            vm.setattr(o, &vm.names.__doc__, &get_doc)?;
        }
        p.getter_doc.set(true);
    }
    Ok(vm.none.clone())
}

/// `property_copy`: `type(old)(fget, fset, fdel, doc)` with one function replaced, so a
/// subclass's `__init__` runs; a doc taken from the old getter is taken afresh.
fn property_copy(vm: &Vm, o: &ObjRef, which: usize, f: &ObjRef) -> PyResult {
    let p = prop(vm, o)?;
    let or_none = |v: Option<ObjRef>| v.unwrap_or_else(|| vm.none.clone());
    let pick = |i: usize, cur: &RefCell<Option<ObjRef>>| {
        if i == which && !vm.is_none(f) {
            f.clone()
        } else {
            or_none(cur.borrow().clone())
        }
    };
    let (get, set, del) = (pick(0, &p.fget), pick(1, &p.fset), pick(2, &p.fdel));
    let doc = if p.getter_doc.get() && !vm.is_none(&get) {
        vm.none.clone()
    } else {
        or_none(p.doc.borrow().clone())
    };
    let name = p.name.borrow().clone();
    let np = vm.call_pos(&o.class(), &[get, set, del, doc])?;
    if let Payload::Property(q) = &np.payload {
        *q.name.borrow_mut() = name;
    }
    Ok(np)
}

fn m_getter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getter", 1)?;
    property_copy(vm, o, 0, &a[0])
}

fn m_setter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setter", 1)?;
    property_copy(vm, o, 1, &a[0])
}

fn m_deleter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "deleter", 1)?;
    property_copy(vm, o, 2, &a[0])
}

fn m_prop_set_name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "__set_name__")?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    *prop(vm, o)?.name.borrow_mut() = Some(a[1].clone());
    Ok(vm.none.clone())
}

macro_rules! prop_field {
    ($get:ident, $field:ident) => {
        fn $get(vm: &Vm, o: &ObjRef) -> PyResult {
            Ok(prop(vm, o)?
                .$field
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        }
    };
}

prop_field!(get_fget, fget);
prop_field!(get_fset, fset);
prop_field!(get_fdel, fdel);
prop_field!(get_pdoc, doc);

/// `property.__doc__` is a writable member in CPython (`property_members`): assignment and
/// deletion replace the stored docstring.
fn set_pdoc(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    *prop(vm, o)?.doc.borrow_mut() = v.filter(|d| !vm.is_none(d));
    Ok(())
}

/// `property.__isabstractmethod__`: whether any of its functions is abstract
/// (`property_get___isabstractmethod__`).
fn get_prop_abstract(vm: &Vm, o: &ObjRef) -> PyResult {
    let p = prop(vm, o)?;
    let funcs = [&p.fget, &p.fset, &p.fdel].map(|f| f.borrow().clone());
    let name = vm.intern("__isabstractmethod__");
    for f in funcs.into_iter().flatten() {
        if let Some(v) = vm.getattr_opt(&f, &name)?
            && vm.truthy(&v)?
        {
            return Ok(vm.true_obj.clone());
        }
    }
    Ok(vm.new_bool(false))
}

fn wrapped(o: &ObjRef) -> Option<&ObjRef> {
    match &o.payload {
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => Some(f),
        _ => None,
    }
}

fn classmethod_get(vm: &Vm, d: &ObjRef, obj: Option<&ObjRef>, ty: &ObjRef) -> PyResult {
    let f = wrapped(d).ok_or_else(|| vm.internal("classmethod"))?;
    let cls = match (obj, ty.as_type()) {
        (_, Some(_)) => ty.clone(),
        (Some(o), None) => o.class(),
        (None, None) => ty.clone(),
    };
    if f.slot(|s| s.descr_get.is_present()) {
        let meta = cls.class();
        return vm.bind_descriptor(f, Some(&cls), &meta);
    }
    Ok(vm.new_method(f.clone(), cls))
}

fn staticmethod_get(vm: &Vm, d: &ObjRef, _obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    wrapped(d)
        .cloned()
        .ok_or_else(|| vm.internal("staticmethod"))
}

fn staticmethod_call(vm: &Vm, d: &ObjRef, args: Args<'_>) -> PyResult {
    let f = wrapped(d).ok_or_else(|| vm.internal("staticmethod"))?;
    vm.call(f, args)
}

/// A classmethod or staticmethod object: it has an instance dict (`cm_dict`, `sm_dict`).
fn new_wrapper(vm: &Vm, cls: &ObjRef, payload: Payload) -> ObjRef {
    if Rc::ptr_eq(cls, &vm.types.classmethod) || Rc::ptr_eq(cls, &vm.types.staticmethod) {
        return Obj::with_dict(cls.clone(), vm.new_dict(), payload);
    }
    vm.alloc_instance(cls, payload)
}

fn wrapper_new_cm(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "classmethod", 1, 1)?;
    Ok(new_wrapper(vm, cls, Payload::ClassMethod(a[0].clone())))
}

fn wrapper_new_sm(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "staticmethod", 1, 1)?;
    Ok(new_wrapper(vm, cls, Payload::StaticMethod(a[0].clone())))
}

/// `cm_init`/`sm_init`: `functools_wraps` copies the callable's `__module__`, `__name__`,
/// `__qualname__`, `__doc__` and `__annotations__` into the wrapper (its dict, unless a
/// subclass handles the attribute); `__wrapped__` is a member, not a dict entry.
fn wrapper_init(vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    let Some(f) = wrapped(o).cloned() else {
        return Ok(vm.none.clone());
    };
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let name = vm.intern(name);
        if let Some(v) = vm.getattr_opt(&f, &name)? {
            vm.setattr(o, &name, &v)?;
        }
    }
    Ok(vm.none.clone())
}

fn get_func(vm: &Vm, o: &ObjRef) -> PyResult {
    wrapped(o).cloned().ok_or_else(|| vm.internal("wrapper"))
}

fn get_isabstract(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = wrapped(o).ok_or_else(|| vm.internal("wrapper"))?;
    match vm.getattr_opt(f, &vm.names.__isabstractmethod__)? {
        Some(v) => Ok(vm.new_bool(vm.truthy(&v)?)),
        None => Ok(vm.false_obj.clone()),
    }
}

fn cm_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = wrapped(o).ok_or_else(|| vm.internal("wrapper"))?;
    let kind = if matches!(o.payload, Payload::ClassMethod(_)) {
        "classmethod"
    } else {
        "staticmethod"
    };
    Ok(vm.new_str(format!("<{kind}({})>", vm.repr_string(f)?)))
}

/// Fills the namespaces of the descriptor types.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    let install = |ty: &ObjRef, s: Slots| crate::object::slot_resolve::install_static(vm, ty, s);
    install(
        &t.method_descriptor,
        Slots {
            descr_get: Slot::Native(method_descr_get),
            repr: Slot::Native(method_descr_repr),
            call: Slot::Native(descr_call),
            ..Slots::default()
        },
    );
    install(
        &t.classmethod_descriptor,
        Slots {
            descr_get: Slot::Native(method_descr_get),
            repr: Slot::Native(method_descr_repr),
            call: Slot::Native(descr_call),
            ..Slots::default()
        },
    );
    install(
        &t.wrapper_descriptor,
        Slots {
            descr_get: Slot::Native(slot_wrapper_get),
            repr: Slot::Native(slot_wrapper_repr),
            call: Slot::Native(descr_call),
            ..Slots::default()
        },
    );
    vm.add_getset(&t.method_wrapper, "__self__", method_wrapper_self, None);
    install(
        &t.method_wrapper,
        Slots {
            repr: Slot::Native(method_wrapper_repr),
            call: Slot::Native(method_wrapper_call),
            ..Slots::default()
        },
    );
    install(
        &t.getset_descriptor,
        Slots {
            descr_get: Slot::Native(getset_get),
            descr_set: Slot::Native(getset_set),
            repr: Slot::Native(getset_repr),
            ..Slots::default()
        },
    );
    install(
        &t.member_descriptor,
        Slots {
            descr_get: Slot::Native(member_get),
            descr_set: Slot::Native(member_set),
            repr: Slot::Native(member_repr),
            ..Slots::default()
        },
    );
    for ty in [
        &t.method_descriptor,
        &t.classmethod_descriptor,
        &t.wrapper_descriptor,
        &t.getset_descriptor,
        &t.member_descriptor,
    ] {
        vm.add_getset(ty, "__name__", descr_name, None);
        vm.add_getset(ty, "__qualname__", descr_qualname, None);
        vm.add_getset(ty, "__objclass__", descr_objclass, None);
        vm.add_getset(ty, "__doc__", descr_doc, None);
    }
    for ty in [&t.method_descriptor, &t.classmethod_descriptor] {
        vm.add_getset(ty, "__text_signature__", descr_text_signature, None);
    }
    for ty in [
        &t.method_descriptor,
        &t.classmethod_descriptor,
        &t.wrapper_descriptor,
    ] {
        vm.add_methods(ty, &[("__reduce__", descr_reduce)]);
    }
    vm.add_methods(&t.method_wrapper, &[("__reduce__", method_wrapper_reduce)]);
    vm.add_getset(&t.method_wrapper, "__name__", bound_wrapper_name, None);
    vm.add_getset(&t.method_wrapper, "__doc__", bound_wrapper_doc, None);
    vm.add_getset(
        &t.method_wrapper,
        "__qualname__",
        bound_wrapper_qualname,
        None,
    );
    vm.add_getset(
        &t.method_wrapper,
        "__objclass__",
        bound_wrapper_objclass,
        None,
    );
    vm.add_methods(
        &t.property,
        &[
            ("getter", m_getter),
            ("setter", m_setter),
            ("deleter", m_deleter),
            ("__set_name__", m_prop_set_name),
        ],
    );
    vm.add_readonly_member(&t.property, "fget", get_fget);
    vm.add_readonly_member(&t.property, "fset", get_fset);
    vm.add_readonly_member(&t.property, "fdel", get_fdel);
    vm.add_getset(&t.property, "__doc__", get_pdoc, Some(set_pdoc));
    vm.add_getset(&t.property, "__isabstractmethod__", get_prop_abstract, None);
    install(
        &t.property,
        Slots {
            descr_get: Slot::Native(property_get),
            descr_set: Slot::Native(property_set),
            new: Slot::Native(property_new),
            init: Slot::Native(property_init),
            ..Slots::default()
        },
    );
    for (ty, new) in [
        (
            &t.classmethod,
            wrapper_new_cm as crate::object::slots::NewFn,
        ),
        (&t.staticmethod, wrapper_new_sm),
    ] {
        vm.add_readonly_member(ty, "__func__", get_func);
        vm.add_readonly_member(ty, "__wrapped__", get_func);
        vm.add_getset(ty, "__isabstractmethod__", get_isabstract, None);
        let dict = crate::types::type_methods::dict_descriptor(vm, ty);
        vm.type_dict_set(ty, vm.names.__dict__.clone(), dict);
        let is_cm = Rc::ptr_eq(ty, &t.classmethod);
        install(
            ty,
            Slots {
                descr_get: Slot::Native(if is_cm {
                    classmethod_get
                } else {
                    staticmethod_get
                }),
                call: if is_cm {
                    Slot::Absent
                } else {
                    Slot::Native(staticmethod_call)
                },
                new: Slot::Native(new),
                init: Slot::Native(wrapper_init),
                repr: Slot::Native(cm_repr),
                ..Slots::default()
            },
        );
    }
    let _ = type_name;
    init_builtin_type(vm);
}

fn builtin<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Builtin> {
    match &o.payload {
        Payload::Builtin(b) => Ok(b),
        _ => Err(vm.internal("expected a built-in function")),
    }
}

/// `<built-in function len>` or `<built-in method append of list object at 0x...>`.
fn builtin_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let b = builtin(vm, o)?;
    Ok(vm.new_str(match &b.bound {
        Some(s) if b.module.is_none() => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            vm.type_name(s),
            s.id()
        ),
        _ => format!("<built-in function {}>", b.name),
    }))
}

fn builtin_name(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(builtin(vm, o)?.name))
}

fn builtin_qualname(vm: &Vm, o: &ObjRef) -> PyResult {
    let b = builtin(vm, o)?;
    Ok(vm.new_str(match &b.bound {
        Some(s) if b.module.is_none() => {
            let owner = if s.as_type().is_some() {
                s.clone()
            } else {
                s.class()
            };
            format!("{}.{}", owner_name(&owner), b.name)
        }
        _ => b.name.to_string(),
    }))
}

/// Whether `b` is a Python function of an embedded stand-in module dressed as a built-in
/// (see `importer::dress_as_builtins`): its `__self__` is its module, as a C function's is.
fn stands_in(b: &crate::object::native::Builtin) -> bool {
    b.module.is_some() && b.bound.as_ref().is_some_and(|s| s.as_function().is_some())
}

fn builtin_self(vm: &Vm, o: &ObjRef) -> PyResult {
    let b = builtin(vm, o)?;
    if stands_in(b)
        && let Some(m) = b.module
        && let Some(module) = vm.dict_get(&vm.modules, &vm.new_str(m))?
    {
        return Ok(module);
    }
    Ok(match (&b.bound, b.module) {
        (Some(s), _) => s.clone(),
        // A native module's function has its module as `__self__` (the `m_self` of
        // `PyCFunction`s a module definition makes), found by name in `sys.modules`: once the
        // module is dropped from there, `builtins` stands in where CPython still has it.
        (None, Some(m)) if m != "builtins" => match vm.dict_get(&vm.modules, &vm.new_str(m))? {
            Some(module) => module,
            None => vm.builtins.clone(),
        },
        (None, Some(_)) => vm.builtins.clone(),
        (None, None) => vm.none.clone(),
    })
}

fn builtin_module(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(match builtin(vm, o)?.module {
        Some(m) => vm.new_str(m),
        None => vm.none.clone(),
    })
}

/// A built-in method bound to an object has the `__doc__` of the method descriptor it was
/// bound from (`meth_get__doc__` reads the same `ml_doc`), found by name on the object's type.
fn builtin_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    let doc = builtin_documented(vm, o)?
        .map(|(descr_doc, doc)| descr_doc.or(doc.and_then(|d| d.doc)))
        .unwrap_or_default();
    Ok(doc.map_or_else(|| vm.none.clone(), |d| vm.new_str(d)))
}

/// A built-in's `__text_signature__`.
fn builtin_text_signature(vm: &Vm, o: &ObjRef) -> PyResult {
    let sig = builtin_documented(vm, o)?.and_then(|(_, doc)| doc?.text_signature);
    Ok(sig.map_or_else(|| vm.none.clone(), |s| vm.new_str(s)))
}

/// What documents a built-in: the docstring its method descriptor was given, if any, and
/// CPython's record for it (a module function by module and name, a method bound to an
/// object by its type and name, a type's `__new__` by the type).
type BuiltinDocs = (
    Option<&'static str>,
    Option<crate::types::builtin_docs::Doc>,
);

fn builtin_documented(vm: &Vm, o: &ObjRef) -> PyResult<Option<BuiltinDocs>> {
    let b = builtin(vm, o)?;
    if let Some(m) = b.module.filter(|_| b.bound.is_none() || stands_in(b)) {
        // `open` is `_io.open` (module `io`), found in `builtins` too.
        let doc = crate::types::builtin_docs::lookup(m, b.name)
            .or_else(|| crate::types::builtin_docs::lookup("builtins", b.name));
        return Ok(Some((None, doc)));
    }
    let Some(s) = &b.bound else {
        return Ok(None);
    };
    // A class method (`int.from_bytes`) or `__new__` is bound to the type that has it, any
    // other method to an instance of its type.
    let name = vm.intern(b.name);
    let on_type = s.as_type().and_then(|_| {
        let d = crate::object::typeobj::lookup(s, &name);
        let class_method =
            |d: &ObjRef| matches!(&d.payload, Payload::MethodDescr(m) if m.kind == DescrKind::Class);
        (b.name == "__new__" || d.as_ref().is_some_and(class_method)).then_some(d)
    });
    let (owner, descr) = match on_type {
        Some(d) => (s.clone(), d),
        None => {
            let ty = s.class();
            let d = crate::object::typeobj::lookup(&ty, &name);
            (ty, d)
        }
    };
    let (descr_doc, owner) = match descr.as_ref().map(|d| &d.payload) {
        Some(Payload::MethodDescr(m)) => (m.doc.get(), m.owner.clone()),
        _ => (None, owner),
    };
    Ok(Some((descr_doc, documented(&owner, b.name))))
}

fn builtin_richcompare(
    vm: &Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: crate::object::slots::CompareOp,
) -> PyResult {
    use crate::object::slots::CompareOp;
    let (Payload::Builtin(x), Payload::Builtin(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let same_self = match (&x.bound, &y.bound) {
        (Some(p), Some(q)) => Rc::ptr_eq(p, q),
        (None, None) => true,
        _ => false,
    };
    let eq = same_self && x.name == y.name;
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

/// `meth_hash`: the bound object's identity hash mixed with the function's identity (here its
/// name, which `builtin_richcompare` compares), so equal built-ins hash equally.
fn builtin_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let Payload::Builtin(b) = &o.payload else {
        return Ok(0);
    };
    let base = match &b.bound {
        Some(s) => crate::types::type_methods::object_hash(vm, s)?,
        None => 0,
    };
    let name = b.name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, c| {
        (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3)
    });
    let h = base ^ (name >> 1) as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// `__call__` in the type's namespace (`collections.abc.Callable` looks for it); calls go
/// straight to the function as `vm.call` dispatches built-ins before any slot.
fn builtin_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    vm.call(o, args)
}

/// `meth_reduce`: a function (unbound, or bound to a module) pickles as its name, found
/// again as a global of its `__module__`; a method as `getattr(self, name)`.
fn builtin_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let b = builtin(vm, o)?;
    match &b.bound {
        Some(s)
            if !stands_in(b)
                && !crate::object::typeobj::is_subtype(&s.class(), &vm.types.module) =>
        {
            let getattr = vm.getattr(&vm.builtins, &vm.intern("getattr"))?;
            let args = vm.new_tuple(vec![s.clone(), vm.new_str(b.name)]);
            Ok(vm.new_tuple(vec![getattr, args]))
        }
        _ => Ok(vm.new_str(b.name)),
    }
}

/// Fills `builtin_function_or_method`.
pub fn init_builtin_type(vm: &Vm) {
    let t = &vm.types.builtin_function;
    vm.add_getset(t, "__name__", builtin_name, None);
    vm.add_getset(t, "__qualname__", builtin_qualname, None);
    vm.add_getset(t, "__self__", builtin_self, None);
    vm.add_getset(t, "__module__", builtin_module, None);
    vm.add_getset(t, "__doc__", builtin_doc, None);
    vm.add_getset(t, "__text_signature__", builtin_text_signature, None);
    vm.add_methods(t, &[("__reduce__", builtin_reduce)]);
    let s = Slots {
        repr: Slot::Native(builtin_repr),
        richcompare: Slot::Native(builtin_richcompare),
        hash: Slot::Native(builtin_hash),
        call: Slot::Native(builtin_call),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
