//! `object` and `type`: the root type's default behaviours (repr, hash by identity, generic
//! attribute access, `__new__`/`__init__` argument checks, `__class__` assignment) and the
//! metatype's (calling, class attributes, `mro()`, `__subclasses__()`, instance and subclass
//! checks), plus `__new__` of built-in types and `types.GenericAlias` for `list[int]`.

use std::rc::Rc;

use crate::object::attr::{generic_getattr, generic_setattr, type_getattro, type_setattro};
use crate::object::compare::object_richcompare;
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{self, HAS_DICT, is_subtype, lookup, type_name};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// `type.__module__`: a class's `__module__` entry, `builtins` for built-in types (or the part
/// of the name before the last dot).
pub fn type_module(vm: &Vm, cls: &ObjRef) -> Option<String> {
    let t = cls.as_type()?;
    if t.is_heap() {
        return t
            .get_own(&vm.names.__module__)
            .filter(|m| m.as_str().is_some())
            .map(|m| vm.str_lossy(&m));
    }
    let name = t.name();
    Some(match name.rfind('.') {
        Some(i) => name[..i].to_string(),
        None => "builtins".to_string(),
    })
}

/// `type.__name__`: for a built-in type, the part of its name after the last dot.
pub fn short_name(cls: &ObjRef) -> String {
    let n = type_name(cls);
    match cls.as_type() {
        Some(t) if !t.is_heap() => n.rsplit('.').next().unwrap_or(&n).to_string(),
        _ => n,
    }
}

/// `type.__qualname__`.
pub fn qualname(cls: &ObjRef) -> String {
    match cls.as_type() {
        Some(t) if t.is_heap() => t.qualname.borrow().clone(),
        _ => short_name(cls),
    }
}

fn object_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let cls = o.class();
    let module = type_module(vm, &cls);
    let name = qualname(&cls);
    Ok(vm.new_str(match module {
        Some(m) if m != "builtins" => format!("<{m}.{name} object at {:#x}>", o.id()),
        _ => format!("<{name} object at {:#x}>", o.id()),
    }))
}

fn object_str(vm: &Vm, o: &ObjRef) -> PyResult {
    vm.repr(o)
}

/// `_Py_HashPointer`: the address rotated right by four bits.
pub fn object_hash(_vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let h = (o.id() as u64).rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn excess_args(args: &Args<'_>) -> bool {
    !args.values.is_empty()
}

fn is_own(vm: &Vm, cls: &ObjRef, name: &ObjRef) -> bool {
    match (
        lookup(cls, name),
        vm.types.object.as_type().and_then(|t| t.get_own(name)),
    ) {
        (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
        _ => false,
    }
}

/// Whether `cls` instantiates through object's own `tp_new` and a Python `__init__`: the
/// common class, for which `object_new`'s argument check always passes (`tp_new` is
/// object's, `tp_init` is not), decided from the slots without the two name lookups.
fn python_init_only(cls: &ObjRef) -> bool {
    let Some(t) = cls.as_type() else {
        return false;
    };
    let slots = t.slots.borrow();
    matches!(slots.init, Slot::Python)
        && matches!(slots.new, Slot::Native(f)
            if std::ptr::fn_addr_eq(f, object_new as crate::object::slots::NewFn))
}

/// `object.__new__`.
pub fn object_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    if excess_args(&args) && !python_init_only(cls) {
        if !is_own(vm, cls, &vm.names.__new__) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_own(vm, cls, &vm.names.__init__) {
            return Err(vm.type_error(format!("{}() takes no arguments", short_name(cls))));
        }
    }
    let Some(t) = cls.as_type() else {
        return Err(vm.internal("object.__new__ of a non-type"));
    };
    if t.has(typeobj::ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    Ok(vm.alloc_instance(cls, crate::types::type_new::plain_payload(cls)))
}

fn abstract_error(vm: &Vm, cls: &ObjRef) -> crate::object::PyErr {
    let names = lookup(cls, &vm.names.__abstractmethods__)
        .and_then(|a| vm.collect(&a).ok())
        .unwrap_or_default();
    let mut names: Vec<String> = names.iter().map(|n| vm.str_lossy(n)).collect();
    names.sort();
    // 3.11 lists the names bare (`object_new`'s `%U` of `", ".join(sorted(...))`).
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        short_name(cls),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__init__`.
fn object_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    if excess_args(&args) {
        let cls = o.class();
        if !is_own(vm, &cls, &vm.names.__init__) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_own(vm, &cls, &vm.names.__new__) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                short_name(&cls)
            )));
        }
    }
    Ok(vm.none.clone())
}

/// The `__dict__` of an object, made on first use.
pub fn instance_dict(vm: &Vm, o: &ObjRef) -> PyResult {
    if let Some(d) = o.dict() {
        return Ok(d);
    }
    if let Payload::Values(_) = o.payload {
        return Ok(crate::object::values::materialize(vm, o));
    }
    let d = vm.new_dict();
    o.set_dict(Some(d.clone()));
    Ok(d)
}

fn set_instance_dict(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(d) if d.as_dict().is_some() => {
            o.set_dict(Some(d));
            Ok(())
        }
        Some(d) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&d)
        ))),
        // `subtype_setdict`: `del obj.__dict__` drops the dict; the next use makes an empty one.
        None => {
            o.set_dict(None);
            Ok(())
        }
    }
}

/// `PyObject_GenericSetDict`, the `__dict__` setter of built-in types with a dict
/// (`functools.partial`, `classmethod`...): the dict can be replaced but not deleted.
pub(crate) fn set_builtin_instance_dict(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(d) => set_instance_dict(vm, o, Some(d)),
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

fn get_class(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.class())
}

/// `object.__class__ = cls` (`object_set_class`): only between classes of the same layout.
fn set_class(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(new) = v else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = new.as_type() else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&new)
        )));
    };
    let old = o.class();
    let ot = old.as_type().ok_or_else(|| vm.internal("class"))?;
    if !(nt.is_heap() && ot.is_heap()) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if nt.layout != ot.layout
        || nt.has(HAS_DICT) != ot.has(HAS_DICT)
        || slot_layout(&new) != slot_layout(&old)
        || lookup(&new, &vm.names.__weakref__).is_some()
            != lookup(&old, &vm.names.__weakref__).is_some()
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            short_name(&new),
            short_name(&old)
        )));
    }
    // Inline values are indexed by the old class's shared keys.
    if let Payload::Values(_) = o.payload {
        crate::object::values::materialize(vm, o);
    }
    o.set_class(new);
    Ok(())
}

/// How `__slots__` lay out `cls`'s instances, for `__class__` assignment (`same_slots_added`
/// after `compatible_for_assignment`'s walk to the solid bases): the members the nearest
/// slot-adding class adds, names sorted as `ht_slots` keeps them, and the identity of every
/// slot-adding class above it, which must be the very same classes.
fn slot_layout(cls: &ObjRef) -> (Vec<String>, Vec<usize>) {
    let Some(t) = cls.as_type() else {
        return (Vec::new(), Vec::new());
    };
    let mro = t.mro.borrow().clone();
    let mut adders = mro.iter().filter_map(|c| {
        let ct = c.as_type()?;
        let mut names: Vec<String> = ct
            .dict
            .borrow()
            .iter()
            .filter_map(|e| match &e.value.payload {
                Payload::Member(m) if Rc::ptr_eq(&m.owner, c) => Some(m.name.clone()),
                _ => None,
            })
            .collect();
        names.sort();
        (!names.is_empty()).then(|| (names, c.id()))
    });
    let first = adders.next().map(|(names, _)| names).unwrap_or_default();
    (first, adders.map(|(_, id)| id).collect())
}

fn m_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__format__", 1)?;
    let Some(spec) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(o)
        )));
    }
    vm.str(o)
}

fn m_dir(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__dir__", 0)?;
    let names = crate::builtins::introspect::object_dir(vm, o)?;
    Ok(vm.new_list(names))
}

fn m_sizeof(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__sizeof__", 0)?;
    Ok(vm.new_int(16))
}

/// `object.__init_subclass__()` (a `METH_NOARGS` class method: the errors name the class).
fn m_init_subclass(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let name = format!("{}.__init_subclass__", qualname(cls));
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.pos().is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.pos().len()
        )));
    }
    Ok(vm.none.clone())
}

fn m_subclasshook(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.not_implemented.clone())
}

/// `type.__repr__`: `<class 'module.qualname'>`.
fn type_repr(vm: &Vm, cls: &ObjRef) -> PyResult {
    let module = type_module(vm, cls);
    let name = qualname(cls);
    Ok(vm.new_str(match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{name}'>"),
        _ => format!("<class '{name}'>"),
    }))
}

fn type_call_slot(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    vm.type_call(cls, args)
}

fn type_init(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let n = args.pos().len();
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none.clone())
}

fn t<'a>(vm: &Vm, cls: &'a ObjRef) -> PyResult<&'a typeobj::TypeData> {
    cls.as_type().ok_or_else(|| vm.internal("expected a type"))
}

fn get_name(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(vm.new_str(short_name(cls)))
}

fn set_name(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    match v.as_ref().and_then(|v| v.as_str().map(|s| (v, s))) {
        Some((obj, s)) => {
            crate::types::type_new::check_type_name(vm, obj)?;
            td.set_name(s.to_string_lossy().into_owned());
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            td.name(),
            v.map(|v| vm.type_name(&v)).unwrap_or_default()
        ))),
    }
}

fn get_qualname(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(vm.new_str(qualname(cls)))
}

fn set_qualname(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    match v.as_ref().and_then(|v| v.as_str()) {
        Some(s) if td.is_heap() => {
            *td.qualname.borrow_mut() = s.to_string_lossy().into_owned();
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__",
            td.name()
        ))),
    }
}

fn get_bases(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(vm.new_tuple(t(vm, cls)?.bases.borrow().clone()))
}

/// Whether instances of `ty` are garbage-collected containers (`tp_free` is the GC's): every
/// class, and the built-in containers.
fn gc_layout(vm: &Vm, ty: &ObjRef) -> bool {
    let Some(t) = ty.as_type() else { return false };
    if t.is_heap() {
        return true;
    }
    let ts = &vm.types;
    [
        &ts.list,
        &ts.dict,
        &ts.set,
        &ts.frozenset,
        &ts.tuple,
        &ts.type_,
    ]
    .iter()
    .any(|x| Rc::ptr_eq(x, ty))
}

/// `type_set_bases`: checks the new bases, then recomputes the MRO and the slots of the class
/// and of every subclass.
fn set_bases(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let name = short_name(cls);
    let ct = t(vm, cls)?;
    if !ct.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{name}'"
        )));
    }
    let Some(v) = v else {
        return Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{name}'"
        )));
    };
    let Some(bases) = v.as_tuple().map(|b| b.to_vec()) else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            vm.type_name(&v)
        )));
    };
    if bases.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for b in &bases {
        if b.as_type().is_none() {
            return Err(vm.type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                vm.type_name(b)
            )));
        }
        if is_subtype(b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let new_base = crate::types::type_new::best_base(vm, &bases)?;
    let old_base = ct
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.types.object.clone());
    if gc_layout(vm, &new_base) != gc_layout(vm, &old_base) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            short_name(&new_base),
            short_name(&old_base)
        )));
    }
    let (ns, os) = (
        crate::types::type_new::solid_base(&new_base),
        crate::types::type_new::solid_base(&old_base),
    );
    if !Rc::ptr_eq(&ns, &os) && ns.as_type().map(|x| x.layout) != os.as_type().map(|x| x.layout) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            short_name(&new_base),
            short_name(&old_base)
        )));
    }
    let old_bases = std::mem::replace(&mut *ct.bases.borrow_mut(), bases.clone());
    let old_base_saved = ct.base.replace(Some(new_base));
    // The new MRO of the class and its subclasses; on a conflict everything is put back.
    if let Err(e) = remro(vm, cls) {
        *ct.bases.borrow_mut() = old_bases;
        *ct.base.borrow_mut() = old_base_saved;
        let _ = remro(vm, cls);
        return Err(e);
    }
    for b in &old_bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses
                .borrow_mut()
                .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, cls)));
        }
    }
    for b in &bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(cls));
        }
    }
    crate::object::slot_resolve::on_type_attr_change(vm, cls, &vm.names.__init__);
    Ok(())
}

/// Recomputes the MRO of `cls` and its subclasses from their bases.
fn remro(vm: &Vm, cls: &ObjRef) -> PyResult<()> {
    let Some(ct) = cls.as_type() else {
        return Ok(());
    };
    let bases = ct.bases.borrow().clone();
    let mut mro = vec![cls.clone()];
    mro.extend(typeobj::c3_mro(vm, &bases)?);
    *ct.mro.borrow_mut() = mro;
    crate::object::type_cache::invalidate();
    let subs: Vec<ObjRef> = ct
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for s in subs {
        remro(vm, &s)?;
    }
    Ok(())
}

fn get_base(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(t(vm, cls)?
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn get_mro(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(vm.new_tuple(t(vm, cls)?.mro.borrow().clone()))
}

fn get_dict(vm: &Vm, cls: &ObjRef) -> PyResult {
    Ok(Obj::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(cls.clone()),
    ))
}

fn get_module(vm: &Vm, cls: &ObjRef) -> PyResult {
    let td = t(vm, cls)?;
    if td.is_heap() {
        return match td.get_own(&vm.names.__module__) {
            Some(m) => Ok(m),
            None => Err(vm.error(&vm.exc.attribute_error, "__module__")),
        };
    }
    Ok(vm.new_str(type_module(vm, cls).unwrap_or_default()))
}

/// `type_set_module`: the value goes straight into the class's own namespace (going through
/// `type_setattro` would find this very descriptor on the metaclass again).
fn set_module(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let Some(v) = v else {
        return Err(vm.type_error(format!(
            "cannot delete '__module__' attribute of immutable type '{}'",
            td.name()
        )));
    };
    vm.type_dict_set(cls, vm.names.__module__.clone(), v);
    crate::object::slot_resolve::on_type_attr_change(vm, cls, &vm.names.__module__);
    Ok(())
}

fn get_doc(vm: &Vm, cls: &ObjRef) -> PyResult {
    match t(vm, cls)?.get_own(&vm.names.__doc__) {
        Some(d) => vm.bind_descriptor(&d, None, cls),
        None => Ok(vm.none.clone()),
    }
}

/// `cls.__text_signature__` (`type_get_text_signature`): the signature that heads the type's
/// docstring in C, `(real=0, imag=0)` for `complex`, which `inspect.signature` reads; None when
/// the docstring has none. A class statement's docstring may carry one too, written the same
/// way (`C(a, b)` then a `--` line and a blank line).
fn get_text_signature(vm: &Vm, cls: &ObjRef) -> PyResult {
    let td = t(vm, cls)?;
    let sig = if td.is_heap() {
        // A heap type's `tp_doc` is the string its class body gave `__doc__`; read here from
        // the class's `__doc__` as it is now, where CPython keeps reading the class body's
        // string after `C.__doc__` is assigned.
        let doc = td.get_own(&vm.names.__doc__);
        let text = doc.as_ref().and_then(|d| d.as_str()?.as_str());
        text.and_then(|doc| signature_in_doc(&td.name(), doc))
            .map(str::to_owned)
    } else {
        crate::types::builtin_docs::lookup(&short_name(cls), "")
            .and_then(|d| d.text_signature)
            .map(str::to_owned)
    };
    Ok(sig.map_or_else(|| vm.none.clone(), |s| vm.new_str(s)))
}

/// The signature heading `doc` (`find_signature` and `skip_signature` of typeobject.c): the
/// docstring starts with the last dotted part of `name` and `(`, and a `)` line ending
/// followed by `--` and a blank line closes the signature before any blank line does.
fn signature_in_doc<'a>(name: &str, doc: &'a str) -> Option<&'a str> {
    let name = name.rsplit('.').next().unwrap_or(name);
    let rest = doc.strip_prefix(name)?;
    if !rest.starts_with('(') {
        return None;
    }
    let end = rest.find(")\n--\n\n")?;
    if rest[..end].contains("\n\n") {
        return None;
    }
    Some(&rest[..=end])
}

/// `cls.__doc__ = v` stores it in the class's own dict, for heap types only, as
/// typeobject.c's type_set_doc does.
fn set_doc(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    let verb = if v.is_some() { "set" } else { "delete" };
    let (true, Some(v)) = (td.is_heap(), v) else {
        return Err(vm.type_error(format!(
            "cannot {verb} '__doc__' attribute of immutable type '{}'",
            td.name()
        )));
    };
    vm.type_dict_set(cls, vm.names.__doc__.clone(), v);
    crate::object::slot_resolve::on_type_attr_change(vm, cls, &vm.names.__doc__);
    Ok(())
}

/// `cls.__annotations__` (`type_get_annotations`): the class's own, never a base's; a class
/// that has none gets an empty dict stored in its namespace at first read. Built-in types
/// have none.
fn get_annotations(vm: &Vm, cls: &ObjRef) -> PyResult {
    let td = t(vm, cls)?;
    if !td.is_heap() {
        return Err(vm.error(
            &vm.exc.attribute_error,
            format!(
                "type object '{}' has no attribute '__annotations__'",
                td.name()
            ),
        ));
    }
    let name = vm.intern("__annotations__");
    if let Some(a) = td.get_own(&name) {
        return vm.bind_descriptor(&a, None, cls);
    }
    let a = vm.new_dict();
    vm.type_dict_set(cls, name, a.clone());
    Ok(a)
}

/// `cls.__annotations__ = v` / `del cls.__annotations__` (`type_set_annotations`).
fn set_annotations(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let name = vm.intern("__annotations__");
    match v {
        Some(v) => vm.type_dict_set(cls, name.clone(), v),
        None => {
            if !vm.type_dict_del(cls, &name) {
                return Err(vm.error(&vm.exc.attribute_error, "__annotations__"));
            }
        }
    }
    crate::object::slot_resolve::on_type_attr_change(vm, cls, &name);
    Ok(())
}

/// `type.__flags__`: the `tp_flags` bits that carry facts krait's types know — heap or
/// immutable, subclassable, abstract (`inspect.isabstract` tests it), sequence or mapping
/// for `match`, no instantiation, and the fast-subclass bits of the built-in bases — with
/// `Py_TPFLAGS_READY` and, for classes, `Py_TPFLAGS_HAVE_GC`.
fn get_flags(vm: &Vm, cls: &ObjRef) -> PyResult {
    let td = t(vm, cls)?;
    let mut f: u64 = 1 << 12;
    f |= if td.is_heap() {
        1 << 9 | 1 << 14
    } else {
        1 << 8
    };
    for (flag, bit) in [
        (typeobj::BASETYPE, 10),
        (typeobj::ABSTRACT, 20),
        (typeobj::NO_NEW, 7),
    ] {
        if td.has(flag) {
            f |= 1 << bit;
        }
    }
    match typeobj::collection_flag(td) {
        typeobj::SEQUENCE => f |= 1 << 5,
        typeobj::MAPPING => f |= 1 << 6,
        _ => {}
    }
    let bases = [
        (&vm.types.int, 24),
        (&vm.types.list, 25),
        (&vm.types.tuple, 26),
        (&vm.types.bytes, 27),
        (&vm.types.str, 28),
        (&vm.types.dict, 29),
        (&vm.exc.base_exception, 30),
        (&vm.types.type_, 31),
    ];
    for (base, bit) in bases {
        if typeobj::is_subtype(cls, base) {
            f |= 1 << bit;
        }
    }
    Ok(vm.new_int(f as i64))
}

fn get_abstractmethods(vm: &Vm, cls: &ObjRef) -> PyResult {
    match t(vm, cls)?.get_own(&vm.names.__abstractmethods__) {
        Some(d) if !Rc::ptr_eq(cls, &vm.types.type_) => Ok(d),
        _ => Err(vm.error(&vm.exc.attribute_error, "__abstractmethods__")),
    }
}

fn set_abstractmethods(vm: &Vm, cls: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let td = t(vm, cls)?;
    let is_abstract = match &v {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match v {
        Some(v) => vm.type_dict_set(cls, vm.names.__abstractmethods__.clone(), v),
        None => {
            if !vm.type_dict_del(cls, &vm.names.__abstractmethods__) {
                return Err(vm.error(&vm.exc.attribute_error, "__abstractmethods__"));
            }
        }
    }
    let f = td.flags.get();
    td.flags.set(if is_abstract {
        f | typeobj::ABSTRACT
    } else {
        f & !typeobj::ABSTRACT
    });
    Ok(())
}

fn m_mro(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "mro", 0)?;
    let bases = t(vm, cls)?.bases.borrow().clone();
    let mut out = vec![cls.clone()];
    out.extend(typeobj::c3_mro(vm, &bases)?);
    Ok(vm.new_list(out))
}

fn m_subclasses(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__subclasses__", 0)?;
    let subs: Vec<ObjRef> = t(vm, cls)?
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    Ok(vm.new_list(subs))
}

fn m_instancecheck(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__instancecheck__", 1)?;
    Ok(vm.new_bool(vm.recursive_isinstance(&a[0], cls)?))
}

fn m_subclasscheck(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__subclasscheck__", 1)?;
    Ok(vm.new_bool(vm.recursive_issubclass(&a[0], cls)?))
}

fn m_prepare(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.new_dict())
}

fn m_dir_type(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__dir__", 0)?;
    let names = crate::builtins::introspect::type_dir(vm, cls)?;
    Ok(vm.new_list(names))
}

/// `tp_new_wrapper`: `T.__new__(S, ...)` checks that `S` is a subtype of `T`, then runs
/// `T`'s allocation for `S`.
pub fn tp_new_wrapper(vm: &Vm, ty: &ObjRef, args: Args<'_>) -> PyResult {
    let name = short_name(ty);
    let pos = args.pos();
    let Some(sub) = pos.first() else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if sub.as_type().is_none() {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(sub)
        )));
    }
    if !is_subtype(sub, ty) {
        return Err(vm.type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            short_name(sub),
            short_name(sub)
        )));
    }
    // `tp_new_wrapper`'s safety check: the nearest base of `sub` not built by a class
    // statement must allocate the way `ty` does.
    let mut staticbase = Some(sub.clone());
    while let Some(b) = staticbase.clone() {
        match b.as_type() {
            Some(bt) if bt.is_heap() => staticbase = bt.base.borrow().clone(),
            _ => break,
        }
    }
    let new = t(vm, ty)?.slots.borrow().new;
    if let (Some(sb), Slot::Native(f)) = (&staticbase, new) {
        let sb_new = sb.as_type().map(|bt| bt.slots.borrow().new);
        if let Some(Slot::Native(g)) = sb_new
            && !std::ptr::fn_addr_eq(f, g)
        {
            return Err(vm.type_error(format!(
                "{name}.__new__({}) is not safe, use {}.__new__()",
                short_name(sub),
                short_name(sb)
            )));
        }
    }
    match new {
        Slot::Native(f) => f(
            vm,
            sub,
            Args {
                values: &args.values[1..],
                kwnames: args.kwnames,
            },
        ),
        _ => Err(vm.internal("tp_new_wrapper without a native __new__")),
    }
}

/// Fills `object`'s and `type`'s namespaces and slots.
pub fn init(vm: &Vm) {
    let o = &vm.types.object;
    let s = Slots {
        repr: Slot::Native(object_repr),
        str: Slot::Native(object_str),
        hash: Slot::Native(object_hash),
        richcompare: Slot::Native(object_richcompare),
        getattro: Slot::Native(generic_getattr),
        setattro: Slot::Native(generic_setattr),
        init: Slot::Native(object_init),
        new: Slot::Native(object_new),
        ..Slots::default()
    };
    vm.add_methods(
        o,
        &[
            ("__format__", m_format),
            ("__dir__", m_dir),
            ("__sizeof__", m_sizeof),
            ("__reduce_ex__", super::object_reduce::reduce_ex),
            ("__reduce__", super::object_reduce::reduce),
            ("__getstate__", super::object_reduce::getstate),
        ],
    );
    vm.add_classmethod(o, "__init_subclass__", m_init_subclass);
    vm.add_classmethod(o, "__subclasshook__", m_subclasshook);
    vm.add_getset(o, "__class__", get_class, Some(set_class));
    crate::object::slot_resolve::install_static(vm, o, s);

    let ty = &vm.types.type_;
    let mut ts = Slots {
        repr: Slot::Native(type_repr),
        call: Slot::Native(type_call_slot),
        getattro: Slot::Native(type_getattro),
        setattro: Slot::Native(type_setattro),
        init: Slot::Native(type_init),
        new: Slot::Native(crate::types::type_new::type_new),
        ..Slots::default()
    };
    vm.add_getset(ty, "__name__", get_name, Some(set_name));
    vm.add_getset(ty, "__qualname__", get_qualname, Some(set_qualname));
    vm.add_getset(ty, "__bases__", get_bases, Some(set_bases));
    vm.add_getset(ty, "__base__", get_base, None);
    vm.add_getset(ty, "__mro__", get_mro, None);
    vm.add_getset(ty, "__flags__", get_flags, None);
    vm.add_getset(ty, "__dict__", get_dict, None);
    vm.add_getset(ty, "__module__", get_module, Some(set_module));
    vm.add_getset(ty, "__doc__", get_doc, Some(set_doc));
    vm.add_getset(ty, "__text_signature__", get_text_signature, None);
    vm.add_getset(
        ty,
        "__annotations__",
        get_annotations,
        Some(set_annotations),
    );
    vm.add_getset(
        ty,
        "__abstractmethods__",
        get_abstractmethods,
        Some(set_abstractmethods),
    );
    vm.add_methods(
        ty,
        &[
            ("mro", m_mro),
            ("__subclasses__", m_subclasses),
            ("__instancecheck__", m_instancecheck),
            ("__subclasscheck__", m_subclasscheck),
            ("__dir__", m_dir_type),
        ],
    );
    vm.add_classmethod(ty, "__prepare__", m_prepare);
    crate::types::alias::type_or_slots(vm, &mut ts);
    crate::object::slot_resolve::install_static(vm, ty, ts);

    crate::types::alias::init(vm);
    let _ = (instance_dict, set_instance_dict);
}

/// The `__dict__` descriptor of `owner`: a class's (`subtype_dict`), or a built-in type's
/// (`PyObject_GenericGetDict`), whose dict cannot be deleted.
pub fn dict_descriptor(vm: &Vm, owner: &ObjRef) -> ObjRef {
    let heap = owner.as_type().is_some_and(|t| t.is_heap());
    Obj::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(Box::new(crate::object::native::GetSet {
            name: "__dict__",
            owner: owner.clone(),
            get: instance_dict,
            set: Some(if heap {
                set_instance_dict
            } else {
                set_builtin_instance_dict
            }),
            member: false,
            doc: std::cell::Cell::new(Some("dictionary for instance variables")),
        })),
    )
}
