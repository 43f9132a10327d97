//! `types.GenericAlias` (`list[int]`, `Objects/genericaliasobject.c`) and `types.UnionType`
//! (`int | str`, `Objects/unionobject.c`): an alias forwards attribute reads to its origin and
//! calls it, a union flattens and de-duplicates its members; `isinstance`/`issubclass` accept a
//! union as the tuple of its members and refuse parameterized generics.

use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A generic alias or a union.
#[derive(Debug, Clone)]
pub enum Alias {
    /// `origin[args]`.
    Generic {
        /// `__origin__`.
        origin: ObjRef,
        /// `__args__` (a tuple).
        args: ObjRef,
        /// `__parameters__` (a tuple).
        parameters: ObjRef,
        /// `*alias`, as iterating an alias makes it (`__unpacked__`).
        starred: bool,
    },
    /// `a | b | ...`: `__args__` (a tuple).
    Union(ObjRef),
}

fn alias<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Alias> {
    match &o.payload {
        Payload::Alias(a) => Ok(a),
        _ => Err(vm.internal("expected an alias")),
    }
}

/// The members of a union.
pub fn union_args(o: &ObjRef) -> Option<&ObjRef> {
    match &o.payload {
        Payload::Alias(a) => match &**a {
            Alias::Union(args) => Some(args),
            Alias::Generic { .. } => None,
        },
        _ => None,
    }
}

fn is_generic(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Alias(a) if matches!(**a, Alias::Generic { .. }))
}

/// `_Py_make_parameters`: the type variables among `args` (what their `__parameters__` list).
fn make_parameters(vm: &Vm, args: &[ObjRef]) -> PyResult<ObjRef> {
    let mut params: Vec<ObjRef> = Vec::new();
    for a in args {
        if a.as_type().is_some() {
            continue;
        }
        if vm.getattr_opt(a, &vm.intern("__typing_subst__"))?.is_some() {
            if !params.iter().any(|p| Rc::ptr_eq(p, a)) {
                params.push(a.clone());
            }
            continue;
        }
        if let Some(sub) = vm.getattr_opt(a, &vm.intern("__parameters__"))?
            && let Some(t) = sub.as_tuple()
        {
            for p in t {
                if !params.iter().any(|q| Rc::ptr_eq(q, p)) {
                    params.push(p.clone());
                }
            }
        }
    }
    Ok(vm.new_tuple(params))
}

/// `types.GenericAlias(origin, args)`.
pub fn new_generic(vm: &Vm, origin: &ObjRef, item: &ObjRef) -> PyResult {
    new_generic_starred(vm, origin, item, false)
}

/// `origin[item]`, starred (`*origin[item]`) or not.
pub(super) fn new_generic_starred(
    vm: &Vm,
    origin: &ObjRef,
    item: &ObjRef,
    starred: bool,
) -> PyResult {
    let args = match item.as_tuple() {
        Some(_) => item.clone(),
        None => vm.new_tuple(vec![item.clone()]),
    };
    let parameters = make_parameters(vm, args.as_tuple().unwrap_or(&[]))?;
    Ok(Obj::new(
        vm.types.generic_alias.clone(),
        Payload::Alias(Box::new(Alias::Generic {
            origin: origin.clone(),
            args,
            parameters,
            starred,
        })),
    ))
}

/// `ga_new`: subclasses (`_collections_abc._CallableGenericAlias`) get the same payload.
fn ga_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "GenericAlias")?;
    let a = args.range(vm, "GenericAlias", 2, 2)?;
    let made = new_generic(vm, &a[0], &a[1])?;
    if Rc::ptr_eq(cls, &vm.types.generic_alias) {
        return Ok(made);
    }
    let Payload::Alias(data) = &made.payload else {
        return Err(vm.internal("expected an alias"));
    };
    Ok(vm.alloc_instance(cls, Payload::Alias(data.clone())))
}

/// How a union or alias shows a member (`union_repr_item` / `ga_repr_item`).
fn repr_item(vm: &Vm, p: &ObjRef) -> PyResult<String> {
    if Rc::ptr_eq(p, &vm.ellipsis) {
        return Ok("...".into());
    }
    if Rc::ptr_eq(p, &vm.types.none_type) {
        return Ok("None".into());
    }
    if is_generic(p) {
        return vm.repr_string(p);
    }
    let has = |n: &str| vm.getattr_opt(p, &vm.intern(n));
    if has("__origin__")?.is_some() && has("__args__")?.is_some() {
        return vm.repr_string(p);
    }
    let (Some(q), Some(m)) = (has("__qualname__")?, has("__module__")?) else {
        return vm.repr_string(p);
    };
    if m.as_str().is_some() && vm.str_lossy(&m) == "builtins" {
        return vm.str_string(&q);
    }
    Ok(format!("{}.{}", vm.str_string(&m)?, vm.str_string(&q)?))
}

fn alias_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    match alias(vm, o)? {
        Alias::Generic {
            origin,
            args,
            starred,
            ..
        } => {
            let mut parts = Vec::new();
            for a in args.as_tuple().unwrap_or(&[]) {
                parts.push(match a.as_list() {
                    // `Callable[[int], str]`'s argument list.
                    Some(items) => {
                        let items = items.borrow().clone();
                        let mut inner = Vec::new();
                        for i in &items {
                            inner.push(repr_item(vm, i)?);
                        }
                        format!("[{}]", inner.join(", "))
                    }
                    None => repr_item(vm, a)?,
                });
            }
            let shown = if parts.is_empty() {
                "()".to_string()
            } else {
                parts.join(", ")
            };
            let star = if *starred { "*" } else { "" };
            Ok(vm.new_str(format!("{star}{}[{shown}]", repr_item(vm, origin)?)))
        }
        Alias::Union(args) => {
            let mut parts = Vec::new();
            for a in args.as_tuple().unwrap_or(&[]) {
                parts.push(repr_item(vm, a)?);
            }
            Ok(vm.new_str(parts.join(" | ")))
        }
    }
}

fn alias_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let Alias::Generic { origin, .. } = alias(vm, o)? else {
        return Err(vm.type_error("'types.UnionType' object is not callable"));
    };
    let r = vm.call(origin, args)?;
    // `obj.__orig_class__ = alias`, where the object allows it.
    if let Err(e) = vm.setattr(&r, &vm.intern("__orig_class__"), o)
        && !vm.err_matches(&e, &vm.exc.attribute_error)
        && !vm.err_matches(&e, &vm.exc.type_error)
    {
        return Err(e);
    }
    Ok(r)
}

/// The names a generic alias answers itself; every other attribute is its origin's.
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn alias_getattro(vm: &Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    if let Alias::Generic { origin, .. } = alias(vm, o)?
        && let Some(n) = name.as_str().and_then(|s| s.as_str())
        && !OWN_ATTRS.contains(&n)
    {
        return vm.getattr(origin, name);
    }
    crate::object::attr::generic_getattr(vm, o, name)
}

/// `union_getattro`: `__module__` is the type's (`types`), everything else is generic.
fn union_getattro(vm: &Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    if name.as_str().and_then(|s| s.as_str()) == Some("__module__") {
        return vm.getattr(&o.class(), name);
    }
    crate::object::attr::generic_getattr(vm, o, name)
}

fn get_origin(vm: &Vm, o: &ObjRef) -> PyResult {
    match alias(vm, o)? {
        Alias::Generic { origin, .. } => Ok(origin.clone()),
        Alias::Union(_) => Err(vm.no_attribute(o, &vm.intern("__origin__"))),
    }
}

fn get_args(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(match alias(vm, o)? {
        Alias::Generic { args, .. } | Alias::Union(args) => args.clone(),
    })
}

fn get_parameters(vm: &Vm, o: &ObjRef) -> PyResult {
    match alias(vm, o)? {
        Alias::Generic { parameters, .. } => Ok(parameters.clone()),
        Alias::Union(args) => make_parameters(vm, args.as_tuple().unwrap_or(&[])),
    }
}

fn get_unpacked(vm: &Vm, o: &ObjRef) -> PyResult {
    let starred = matches!(alias(vm, o)?, Alias::Generic { starred: true, .. });
    Ok(vm.new_bool(starred))
}

/// The arguments of `o` when it is a starred `*tuple[...]` alias.
pub(super) fn starred_tuple_args(vm: &Vm, o: &ObjRef) -> Option<ObjRef> {
    match &o.payload {
        Payload::Alias(a) => match &**a {
            Alias::Generic {
                origin,
                args,
                starred: true,
                ..
            } if Rc::ptr_eq(origin, &vm.types.tuple) => Some(args.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `__typing_unpacked_tuple_args__`: the arguments of `*tuple[...]`, None otherwise.
fn get_unpacked_tuple_args(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(starred_tuple_args(vm, o).unwrap_or_else(|| vm.none.clone()))
}

/// `ga_iter`: iterating `tuple[int]` gives the one item `*tuple[int]` (so `*tuple[int]`
/// works in a subscript).
fn ga_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    if !matches!(alias(vm, o)?, Alias::Generic { .. }) {
        return Err(vm.type_error("'types.UnionType' object is not iterable"));
    }
    super::alias_subst::new_alias_iter(vm, o)
}

/// `ga_reduce`: `GenericAlias(origin, args)`, or `next(iter(origin[args]))` when starred.
fn ga_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let Alias::Generic {
        origin,
        args,
        starred,
        ..
    } = alias(vm, o)?
    else {
        return Err(vm.internal("expected a generic alias"));
    };
    if *starred {
        let plain = new_generic(vm, origin, args)?;
        let it = vm.iter(&plain)?;
        let next = vm.getattr(&vm.builtins, &vm.intern("next"))?;
        return Ok(vm.new_tuple(vec![next, vm.new_tuple(vec![it])]));
    }
    Ok(vm.new_tuple(vec![
        o.class(),
        vm.new_tuple(vec![origin.clone(), args.clone()]),
    ]))
}

fn ga_mro_entries(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__mro_entries__", 1)?;
    Ok(vm.new_tuple(vec![get_origin(vm, o)?]))
}

/// `GenericAlias.__dir__` (`ga_dir`): `dir(origin)` and the alias's own names.
fn ga_dir(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__dir__", 0)?;
    let Alias::Generic { origin, .. } = alias(vm, o)? else {
        return Err(vm.internal("ga_dir on a union"));
    };
    let dir = crate::builtins::introspect::dir_of(vm, origin)?;
    for name in OWN_ATTRS {
        let n = vm.new_str(*name);
        if !vm.contains(&dir, &n)? {
            vm.call_method(&dir, "append", &[n])?;
        }
    }
    Ok(dir)
}

fn ga_instancecheck(vm: &Vm, _o: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _o: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// `ga_getitem` and `union_getitem`: the alias with its type variables replaced.
fn alias_getitem(vm: &Vm, o: &ObjRef, item: &ObjRef) -> PyResult {
    let params = get_parameters(vm, o)?;
    let params = params.as_tuple().unwrap_or(&[]);
    match alias(vm, o)? {
        Alias::Generic {
            origin,
            args,
            starred,
            ..
        } => {
            let args = args.as_tuple().unwrap_or(&[]);
            let new = super::alias_subst::subs_parameters(vm, o, args, params, item)?;
            let new = vm.new_tuple(new);
            new_generic_starred(vm, origin, &new, *starred)
        }
        Alias::Union(args) => {
            let args = args.as_tuple().unwrap_or(&[]);
            let new = super::alias_subst::subs_parameters(vm, o, args, params, item)?;
            let mut it = new.into_iter();
            let Some(mut res) = it.next() else {
                return Ok(Obj::new(
                    vm.types.union_type.clone(),
                    Payload::Alias(Box::new(Alias::Union(vm.new_tuple(Vec::new())))),
                ));
            };
            for a in it {
                res = vm.binary_op(&res, &a, crate::object::slots::NbOp::Or)?;
            }
            Ok(res)
        }
    }
}

fn alias_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (Payload::Alias(x), Payload::Alias(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = match (&**x, &**y) {
        (
            Alias::Generic {
                origin: o1,
                args: a1,
                starred: s1,
                ..
            },
            Alias::Generic {
                origin: o2,
                args: a2,
                starred: s2,
                ..
            },
        ) => s1 == s2 && vm.eq(o1, o2)? && vm.eq(a1, a2)?,
        (Alias::Union(a1), Alias::Union(a2)) => {
            let s1 = crate::types::set::new_set_from(vm, vm.collect(a1)?, true)?;
            let s2 = crate::types::set::new_set_from(vm, vm.collect(a2)?, true)?;
            vm.eq(&s1, &s2)?
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn alias_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    match alias(vm, o)? {
        Alias::Generic { origin, args, .. } => Ok(vm.hash(origin)? ^ vm.hash(args)?),
        Alias::Union(args) => {
            let s = crate::types::set::new_set_from(vm, vm.collect(args)?, true)?;
            vm.hash(&s)
        }
    }
}

/// `is_unionable`.
fn unionable(vm: &Vm, o: &ObjRef) -> bool {
    vm.is_none(o) || o.as_type().is_some() || matches!(o.payload, Payload::Alias(_))
}

/// `_Py_union_type_or`: `a | b` for types, aliases, unions and None.
pub fn union_or(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut flat: Vec<ObjRef> = Vec::new();
    for x in [a, b] {
        let items = match union_args(x) {
            Some(t) => t.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            None => vec![x.clone()],
        };
        for mut i in items {
            if vm.is_none(&i) {
                i = vm.types.none_type.clone();
            }
            let mut dup = false;
            for j in &flat {
                dup = if is_generic(&i) && is_generic(j) {
                    vm.eq(&i, j)?
                } else {
                    Rc::ptr_eq(&i, j)
                };
                if dup {
                    break;
                }
            }
            if !dup {
                flat.push(i);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat.remove(0));
    }
    let args = vm.new_tuple(flat);
    Ok(Obj::new(
        vm.types.union_type.clone(),
        Payload::Alias(Box::new(Alias::Union(args))),
    ))
}

fn union_instancecheck(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__instancecheck__", 1)?;
    let members = get_args(vm, o)?;
    for m in members.as_tuple().unwrap_or(&[]) {
        if is_generic(m) {
            return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
    }
    Ok(vm.new_bool(vm.isinstance(&a[0], &members)?))
}

fn union_subclasscheck(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__subclasscheck__", 1)?;
    let members = get_args(vm, o)?;
    for m in members.as_tuple().unwrap_or(&[]) {
        if is_generic(m) {
            return Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"));
        }
    }
    Ok(vm.new_bool(vm.issubclass(&a[0], &members)?))
}

/// `__class_getitem__` of the generic built-in classes (`Py_GenericAlias`).
pub fn class_getitem(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__class_getitem__", 1)?;
    new_generic(vm, cls, &a[0])
}

/// Fills `types.GenericAlias`, `types.UnionType`, `type.__or__` and the `__class_getitem__`
/// of the generic built-in classes.
pub fn init(vm: &Vm) {
    for cls in [
        &vm.types.list,
        &vm.types.dict,
        &vm.types.tuple,
        &vm.types.set,
        &vm.types.frozenset,
        &vm.types.enumerate,
        &vm.types.async_generator,
        &vm.types.weakref,
        &vm.types.dict_keys,
        &vm.types.dict_values,
        &vm.types.dict_items,
        &vm.types.mappingproxy,
    ] {
        vm.add_classmethod(cls, "__class_getitem__", class_getitem);
    }
    let or_slot = |id: usize| {
        let mut nb = [NbSlot::Absent; 14];
        nb[NbOp::Or as usize] = NbSlot::Native(union_or, id);
        nb
    };
    for t in [&vm.types.generic_alias, &vm.types.union_type] {
        vm.add_getset(t, "__args__", get_args, None);
        vm.add_getset(t, "__parameters__", get_parameters, None);
        let s = Slots {
            repr: Slot::Native(alias_repr),
            hash: Slot::Native(alias_hash),
            richcompare: Slot::Native(alias_richcompare),
            getitem: Slot::Native(alias_getitem),
            nb: or_slot(Rc::as_ptr(t) as usize),
            ..Slots::default()
        };
        let s = if Rc::ptr_eq(t, &vm.types.generic_alias) {
            vm.add_getset(t, "__origin__", get_origin, None);
            vm.add_getset(t, "__unpacked__", get_unpacked, None);
            vm.add_getset(
                t,
                "__typing_unpacked_tuple_args__",
                get_unpacked_tuple_args,
                None,
            );
            vm.add_methods(
                t,
                &[
                    ("__reduce__", ga_reduce),
                    ("__dir__", ga_dir),
                    ("__mro_entries__", ga_mro_entries),
                    ("__instancecheck__", ga_instancecheck),
                    ("__subclasscheck__", ga_subclasscheck),
                ],
            );
            Slots {
                call: Slot::Native(alias_call),
                iter: Slot::Native(ga_iter),
                getattro: Slot::Native(alias_getattro),
                new: Slot::Native(ga_new),
                ..s
            }
        } else {
            vm.add_methods(
                t,
                &[
                    ("__instancecheck__", union_instancecheck),
                    ("__subclasscheck__", union_subclasscheck),
                ],
            );
            Slots {
                getattro: Slot::Native(union_getattro),
                ..s
            }
        };
        crate::object::slot_resolve::install_static(vm, t, s);
    }
}

/// `type`'s `nb_or` slot.
pub fn type_or_slots(vm: &Vm, s: &mut Slots) {
    s.nb[NbOp::Or as usize] = NbSlot::Native(union_or, Rc::as_ptr(&vm.types.type_) as usize);
}
