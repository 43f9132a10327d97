//! Creating classes (`type.__new__`, `Objects/typeobject.c`'s `type_new`): the winning
//! metaclass, the best base and instance layout, `__slots__`, the namespace copied in with
//! `__module__`, `__qualname__`, `__doc__` and `__classcell__` handled, the MRO, the slots
//! resolved, then `__set_name__` and `__init_subclass__`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::Slot;
use crate::object::typeobj::{self, BASETYPE, HAS_DICT, HEAPTYPE, Layout, TypeData, is_subtype};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A `__slots__` member: the value lives in the instance's slot vector at `index`.
#[derive(Debug)]
pub struct Member {
    /// The attribute name.
    pub name: String,
    /// The class that declared it.
    pub owner: ObjRef,
    /// Index in the instance's slot storage.
    pub index: usize,
}

/// `_PyType_CalculateMetaclass`: the most derived metaclass of `meta` and the bases' types.
pub fn calculate_metaclass(vm: &Vm, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let t = b.class();
        if is_subtype(&winner, &t) {
            continue;
        }
        if is_subtype(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The number of slot values instances of `ty` carry.
pub fn slot_count(ty: &ObjRef) -> usize {
    ty.as_type().map_or(0, |t| t.nslots.get())
}

/// `solid_base`: the nearest base (or the type itself) that adds instance state.
pub fn solid_base(ty: &ObjRef) -> ObjRef {
    let Some(t) = ty.as_type() else {
        return ty.clone();
    };
    let base = t.base.borrow().clone();
    let Some(base) = base else {
        return ty.clone();
    };
    let sb = solid_base(&base);
    let adds = match (t.layout, base.as_type().map(|b| b.layout)) {
        (a, Some(b)) if a != b => true,
        _ => t.own_slots.get() > 0,
    };
    if adds { ty.clone() } else { sb }
}

/// `best_base`.
pub fn best_base(vm: &Vm, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner: Option<ObjRef> = None;
    let mut base: Option<ObjRef> = None;
    for b in bases {
        let Some(bt) = b.as_type() else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has(BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
        let candidate = solid_base(b);
        match &winner {
            None => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(w) if is_subtype(w, &candidate) => {}
            Some(w) if is_subtype(&candidate, w) => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(_) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    base.ok_or_else(|| vm.internal("best_base of no bases"))
}

/// `mro_internal` for a class whose metaclass overrides `mro()`: its result becomes `__mro__`.
fn custom_mro(vm: &Vm, cls: &ObjRef, meta: &ObjRef) -> PyResult<()> {
    if Rc::ptr_eq(meta, &vm.types.type_) {
        return Ok(());
    }
    let name = vm.intern("mro");
    let (Some(m), Some(default)) = (
        typeobj::lookup(meta, &name),
        vm.types.type_.as_type().and_then(|t| t.get_own(&name)),
    ) else {
        return Ok(());
    };
    if Rc::ptr_eq(&m, &default) {
        return Ok(());
    }
    let r = vm.call_descriptor_method(&m, cls, meta, &[])?;
    let items = vm.collect(&r)?;
    for c in &items {
        if c.as_type().is_none() {
            return Err(vm.type_error(format!(
                "mro() returned a non-class ('{}')",
                vm.type_name(c)
            )));
        }
    }
    if let Some(t) = cls.as_type() {
        *t.mro.borrow_mut() = items;
        crate::object::type_cache::invalidate();
    }
    Ok(())
}

/// `type.__new__(metatype, name, bases, namespace, **kwds)`.
pub fn type_new(vm: &Vm, metatype: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if Rc::ptr_eq(metatype, &vm.types.type_) && pos.len() == 1 && !args.has_kw() {
        return Ok(pos[0].class());
    }
    if pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (&pos[0], &pos[1], &pos[2]);
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.arg_type_name(name)
        )));
    }
    let Some(bases) = bases.as_tuple() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    };
    if ns.as_dict().is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    }
    let winner = calculate_metaclass(vm, metatype, bases)?;
    if !Rc::ptr_eq(&winner, metatype)
        && let Slot::Python = winner
            .as_type()
            .map_or(Slot::Absent, |t| t.slots.borrow().new)
    {
        // The keyword arguments go along (`enum`'s `type(name, bases, ns, _simple=True)`).
        let new = vm.getattr_str(&winner, "__new__")?;
        let mut values = vec![
            winner.clone(),
            pos[0].clone(),
            pos[1].clone(),
            pos[2].clone(),
        ];
        let mut names = Vec::new();
        for (k, v) in args.kw() {
            names.push(k.clone());
            values.push(v.clone());
        }
        return vm.call(
            &new,
            Args {
                values: &values,
                kwnames: &names,
            },
        );
    }
    let bases: Vec<ObjRef> = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases.to_vec()
    };
    let base = best_base(vm, &bases)?;
    // A `__doc__` string must encode to UTF-8 too (`type_new_set_doc`).
    check_type_name(vm, name)?;
    if let Some(doc) = vm.dict_get_str(ns, &vm.names.__doc__)
        && doc.as_str().is_some()
    {
        crate::types::codecs::encode(vm, &doc, "utf-8", "strict")?;
    }
    // type_new works on `PyDict_Copy(ns)`: a dict subclass that iterates its own way (an
    // OrderedDict) gives its own order.
    let copied;
    let ns = if ns.is_exact(&vm.types.dict) {
        ns
    } else {
        copied = vm.new_dict();
        crate::types::dict::update_from(vm, &copied, ns, "type")?;
        &copied
    };
    let cls = create(vm, &winner, &vm.str_lossy(name), &bases, &base, ns)?;
    finish(vm, &cls, ns, args)?;
    Ok(cls)
}

/// Builds the type object and its namespace.
fn create(
    vm: &Vm,
    meta: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    base: &ObjRef,
    ns: &ObjRef,
) -> PyResult<ObjRef> {
    let base_t = base.as_type().ok_or_else(|| vm.internal("base"))?;
    let slots = match vm.dict_get_str(ns, &vm.names.__slots__) {
        Some(s) => Some(parse_slots(vm, &s, base)?),
        None => None,
    };
    // Type objects keep their namespace as their `__dict__` already.
    let base_has_dict = bases
        .iter()
        .any(|b| b.as_type().is_some_and(|t| has_dict(vm, t)));
    let wants_dict = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| n == "__dict__"),
    };
    let mut flags = HEAPTYPE | BASETYPE;
    if wants_dict || base_has_dict {
        flags |= HAS_DICT;
    }
    let data = TypeData::new(name, flags, base_t.layout);
    // type_new_copy_slots: the slot names are mangled with the class name (`__x` of class C is
    // `_C__x`, as the methods' code spells it), then sorted.
    let mut own: Vec<String> = slots
        .clone()
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n != "__dict__" && n != "__weakref__")
        .map(|n| krait_compiler::symtable::mangle(Some(name), &n).into_owned())
        .collect();
    own.sort();
    let inherited = bases.iter().map(slot_count).max().unwrap_or(0);
    data.own_slots.set(own.len());
    data.nslots.set(inherited + own.len());
    let cls = Obj::new(meta.clone(), Payload::Type(Box::new(data)));
    let t = cls.as_type().ok_or_else(|| vm.internal("new type"))?;
    *t.bases.borrow_mut() = bases.to_vec();
    *t.base.borrow_mut() = Some(base.clone());
    let mut mro = vec![cls.clone()];
    mro.extend(typeobj::c3_mro(vm, bases)?);
    // The collection flag comes from the first base along the MRO that has one, as
    // typeobject.c's inherit_patma_flags does.
    let inherited_flag = mro[1..]
        .iter()
        .filter_map(|b| b.as_type().map(typeobj::collection_flag))
        .find(|f| *f != 0)
        .unwrap_or(0);
    t.flags.set(t.flags.get() | inherited_flag);
    *t.mro.borrow_mut() = mro;
    crate::object::type_cache::invalidate();
    copy_namespace(vm, &cls, ns)?;
    custom_mro(vm, &cls, meta)?;
    for (i, n) in own.iter().enumerate() {
        // typeobject.c's type_new_slots_impl checks the class namespace only: a name listed
        // twice (as `datetime`'s `date.__slots__ + time.__slots__` does) is no conflict.
        if vm.dict_get_str(ns, &vm.intern(n)).is_some() {
            return Err(vm.value_error(format!("'{n}' in __slots__ conflicts with class variable")));
        }
        let m = Obj::new(
            vm.types.member_descriptor.clone(),
            Payload::Member(Box::new(Member {
                name: n.clone(),
                owner: cls.clone(),
                index: inherited + i,
            })),
        );
        vm.gc_track(&m);
        vm.type_dict_set(&cls, vm.intern(n), m);
    }
    // type_add_getset puts the descriptors in with PyDict_SetDefault: a `__dict__` or
    // `__weakref__` the class body defines (a property, say) stays.
    if wants_dict && !base_has_dict && t.get_own(&vm.names.__dict__).is_none() {
        let d = crate::types::type_methods::dict_descriptor(vm, &cls);
        vm.gc_track(&d);
        vm.type_dict_set(&cls, vm.names.__dict__.clone(), d);
    }
    // Weak references: by default, or when `__slots__` names `__weakref__`; not for
    // variable-size instances (`tp_itemsize != 0`) or bases that have them already.
    let wants_weak = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| n == "__weakref__"),
    };
    let var_sized = bases.iter().any(|b| b.as_type().is_some_and(var_sized));
    let base_has_weak = bases.iter().any(|b| {
        b.as_type()
            .is_some_and(|t| matches!(t.layout, Layout::Type))
            || typeobj::lookup(b, &vm.names.__weakref__).is_some()
    });
    if wants_weak && !var_sized && !base_has_weak && t.get_own(&vm.names.__weakref__).is_none() {
        let w = crate::types::misc::weakref_descriptor(vm, &cls);
        vm.gc_track(&w);
        vm.type_dict_set(&cls, vm.names.__weakref__.clone(), w);
    }
    // `type_dict_set_doc` in `PyType_Ready`, after the descriptors.
    if t.get_own(&vm.names.__doc__).is_none() {
        vm.type_dict_set(&cls, vm.names.__doc__.clone(), vm.none.clone());
    }
    for b in bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    crate::object::slot_resolve::resolve_heap(vm, &cls);
    vm.gc_track(&cls);
    Ok(cls)
}

/// `type_new_set_name`, `type_set_name`: a type's name must encode to UTF-8 and hold no NUL.
pub(crate) fn check_type_name(vm: &Vm, name: &ObjRef) -> PyResult<()> {
    if crate::types::codecs::encode(vm, name, "utf-8", "strict")?.contains(&0) {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    Ok(())
}

/// Whether instances of `t` carry a `__dict__` already (`tp_dictoffset != 0`): a class with
/// one, `type`, or a built-in type that defines its own `__dict__` (`functools.partial`).
fn has_dict(vm: &Vm, t: &TypeData) -> bool {
    t.has(HAS_DICT)
        || matches!(t.layout, Layout::Type)
        || (!t.is_heap() && t.get_own(&vm.names.__dict__).is_some())
}

/// Whether instances of `t` are of variable size (`tp_itemsize != 0`: ints, tuples, bytes and
/// types), which leaves no room for slots or a weak-reference list.
fn var_sized(t: &TypeData) -> bool {
    matches!(
        t.layout,
        Layout::Int | Layout::Tuple | Layout::Bytes | Layout::Type
    )
}

/// The names of `__slots__` (a string or an iterable of strings), validated as
/// `type_new_slots` does for a class whose best base is `base`.
fn parse_slots(vm: &Vm, s: &ObjRef, base: &ObjRef) -> PyResult<Vec<String>> {
    let items = if s.as_str().is_some() {
        vec![s.clone()]
    } else {
        vm.collect(s)?
    };
    let base_t = base.as_type().ok_or_else(|| vm.internal("base"))?;
    // Instances of variable size have no room for slots.
    let var_sized = var_sized(base_t);
    if !items.is_empty() && var_sized {
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            base_t.name()
        )));
    }
    // `type_new_visit_slots`: `__dict__` and `__weakref__` once each, and only when the base
    // has none yet.
    let mut may_add_dict = !has_dict(vm, base_t);
    let mut may_add_weak = !var_sized
        && !matches!(base_t.layout, Layout::Type)
        && typeobj::lookup(base, &vm.names.__weakref__).is_none();
    let mut out = Vec::new();
    for it in items {
        let Some(text) = it.as_str() else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(&it)
            )));
        };
        let name = text.to_string_lossy().into_owned();
        if !krait_syntax::unicode::is_identifier(&name) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if name == "__dict__" {
            if !may_add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            may_add_dict = false;
        }
        if name == "__weakref__" {
            if !may_add_weak {
                return Err(vm.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            may_add_weak = false;
        }
        out.push(name);
    }
    Ok(out)
}

/// Copies the class body's namespace into the type, applying `type_new`'s special names.
fn copy_namespace(vm: &Vm, cls: &ObjRef, ns: &ObjRef) -> PyResult<()> {
    let t = cls.as_type().ok_or_else(|| vm.internal("type"))?;
    for (k, v) in vm.dict_items(ns) {
        let hash = vm.hash(&k)?;
        let key = if k.as_str().is_some() {
            vm.intern_obj(&k)
        } else {
            k
        };
        t.dict.borrow_mut().insert_new(hash, key, v);
        crate::object::type_cache::invalidate();
    }
    let n = &vm.names;
    if t.get_own(&n.__module__).is_none()
        && let Some(g) = vm.current_globals()
        && let Some(m) = vm.dict_get_str(&g, &n.__name__)
    {
        vm.type_dict_set(cls, n.__module__.clone(), m);
    }
    if let Some(q) = t.get_own(&n.__qualname__) {
        match q.as_str() {
            Some(s) => *t.qualname.borrow_mut() = s.to_string_lossy().into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    vm.type_name(&q)
                )));
            }
        }
        vm.type_dict_del(cls, &n.__qualname__);
    }
    for special in [&n.__init_subclass__, &n.__class_getitem__] {
        if let Some(f) = t.get_own(special)
            && f.as_function().is_some()
        {
            let cm = Obj::new(vm.types.classmethod.clone(), Payload::ClassMethod(f));
            vm.type_dict_set(cls, special.clone(), cm);
        }
    }
    if let Some(f) = t.get_own(&n.__new__)
        && f.as_function().is_some()
    {
        let sm = Obj::new(vm.types.staticmethod.clone(), Payload::StaticMethod(f));
        vm.type_dict_set(cls, n.__new__.clone(), sm);
    }
    if t.get_own(&n.__eq__).is_some() && t.get_own(&n.__hash__).is_none() {
        vm.type_dict_set(cls, n.__hash__.clone(), vm.none.clone());
    }
    if let Some(cell) = t.get_own(&n.__classcell__) {
        match &cell.payload {
            Payload::Cell(c) => *c.borrow_mut() = Some(cls.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.repr_string(&cell.class())?
                )));
            }
        }
        vm.type_dict_del(cls, &n.__classcell__);
    }
    Ok(())
}

/// `__set_name__` on the namespace's values, then the parent's `__init_subclass__`.
fn finish(vm: &Vm, cls: &ObjRef, ns: &ObjRef, args: Args<'_>) -> PyResult<()> {
    let t = cls.as_type().ok_or_else(|| vm.internal("type"))?;
    let items = t.namespace_items();
    let _ = ns;
    for (k, v) in items {
        let vt = v.class();
        let Some(set_name) = typeobj::lookup(&vt, &vm.names.__set_name__) else {
            continue;
        };
        if let Err(e) = vm.call_descriptor_method(&set_name, &v, &vt, &[cls.clone(), k.clone()]) {
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                vm.type_name(&v),
                vm.repr_string(&k)?,
                t.name()
            );
            let new = vm.new_exception(&vm.exc.runtime_error, vec![vm.new_str(msg)]);
            if let Some(d) = new.as_exception() {
                let cause = e.into_exc();
                *d.cause.borrow_mut() = Some(cause.clone());
                *d.context.borrow_mut() = Some(cause);
                d.suppress_context.set(true);
            }
            return Err(crate::object::PyErr::reraise(new));
        }
    }
    // `super(cls, cls).__init_subclass__(**kwds)`: the first definition after `cls`.
    let mro = t.mro.borrow().clone();
    for b in mro.iter().skip(1) {
        let Some(f) = b
            .as_type()
            .and_then(|bt| bt.get_own(&vm.names.__init_subclass__))
        else {
            continue;
        };
        let bound = vm.bind_descriptor(&f, None, cls)?;
        let kw_values: Vec<ObjRef> = args.kw().map(|(_, v)| v.clone()).collect();
        vm.call(
            &bound,
            Args {
                values: &kw_values,
                kwnames: args.kwnames,
            },
        )?;
        break;
    }
    Ok(())
}

/// Whether `o`'s payload stores its slots (a plain instance's slot vector, a struct sequence's
/// items); a built-in subclass's slots live elsewhere (see `side_slot_get` in `descriptors.rs`).
pub fn slots_in_payload(o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Slots(_) | Payload::Tuple(_))
}

/// Reads slot `index` of an instance (`__slots__` storage).
pub fn slot_get(o: &ObjRef, index: usize) -> Option<ObjRef> {
    match &o.payload {
        Payload::Slots(s) => s.borrow().get(index).cloned().flatten(),
        // Struct sequences (`sys.version_info`) name their tuple items with members.
        Payload::Tuple(t) => t.get(index).cloned(),
        _ => None,
    }
}

/// Writes (or clears) slot `index` of an instance; false when the object has no such slot.
pub fn slot_set(o: &ObjRef, index: usize, v: Option<ObjRef>) -> bool {
    match &o.payload {
        Payload::Slots(s) => match s.borrow_mut().get_mut(index) {
            Some(slot) => {
                let old = std::mem::replace(slot, v);
                drop(old);
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// The payload a new plain instance of `cls` starts with: slot storage when it has slots,
/// else inline values when its instances have a dict.
pub fn plain_payload(cls: &ObjRef) -> Payload {
    match slot_count(cls) {
        0 if cls
            .as_type()
            .is_some_and(|t| t.has(crate::object::typeobj::HAS_DICT)) =>
        {
            crate::object::values::new_values(cls)
        }
        0 => Payload::Plain,
        n => Payload::Slots(RefCell::new(vec![None; n])),
    }
}
