//! The `_collections` module (`Modules/_collectionsmodule.c`) that `collections` imports:
//! `deque` and its iterators (`deque.rs`), `defaultdict`, `_count_elements` (`Counter`'s
//! counting loop) and `_tuplegetter` (the field descriptors of `namedtuple` classes).

mod deque;

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{NbOp, NbSlot, Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout, lookup};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::dict_table::DictTable;

const DEFAULTDICT: &str = "collections.defaultdict";
const TUPLEGETTER: &str = "_collections._tuplegetter";

/// A defaultdict keeps `default_factory` in a private instance dictionary under that name
/// (the dict payload has no room for it); the `default_factory` descriptor reads it.
fn factory(vm: &Vm, o: &ObjRef) -> ObjRef {
    o.dict()
        .and_then(|d| vm.dict_get_name(&d, "default_factory"))
        .unwrap_or_else(|| vm.none.clone())
}

fn set_factory(vm: &Vm, o: &ObjRef, f: ObjRef) {
    let d = match o.dict() {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            o.set_dict(Some(d.clone()));
            d
        }
    };
    vm.dict_set_str(&d, "default_factory", f);
}

fn defdict_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    let table = Payload::Dict(RefCell::new(DictTable::new()));
    let o = Obj::with_dict(cls.clone(), vm.new_dict(), table);
    if crate::object::finalize::class_has_finalizer(cls) {
        o.set_finalize(true);
    }
    vm.gc_track(&o);
    Ok(o)
}

/// `defaultdict(default_factory=None, /, ...)`: the rest goes to `dict.__init__`.
fn defdict_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    let f = match pos.first() {
        Some(f) if !vm.is_none(f) => {
            if !crate::builtins::introspect::is_callable(f) {
                return Err(vm.type_error("first argument must be callable or None"));
            }
            f.clone()
        }
        _ => vm.none.clone(),
    };
    set_factory(vm, o, f);
    let mut values = vec![o.clone()];
    values.extend_from_slice(&args.values[pos.len().min(1)..]);
    let init =
        lookup(&vm.types.dict, &vm.names.__init__).ok_or_else(|| vm.internal("dict.__init__"))?;
    vm.call(
        &init,
        Args {
            values: &values,
            kwnames: args.kwnames,
        },
    )
}

/// `defaultdict.__missing__(key)`: `self[key] = default_factory()`.
fn m_missing(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__missing__", 1)?;
    let f = factory(vm, o);
    if vm.is_none(&f) {
        return Err(vm.key_error(a[0].clone()));
    }
    let v = vm.call0(&f)?;
    vm.setitem(o, &a[0], &v)?;
    Ok(v)
}

/// `dict`'s lookup, then `__missing__` (found on the class, so subclasses may override it).
fn defdict_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    if let Some(v) = vm.dict_get(o, key)? {
        return Ok(v);
    }
    match vm.call_dunder_opt(o, &vm.names.__missing__, std::slice::from_ref(key))? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key.clone())),
    }
}

/// `defaultdict(<class 'list'>, {...})`; a factory whose repr recurses shows as `...`.
fn defdict_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = factory(vm, o);
    let frepr = if vm.is_none(&f) {
        "None".to_string()
    } else if !vm.repr_enter(&f) {
        "...".to_string()
    } else {
        let r = vm.repr_string(&f);
        vm.repr_leave(&f);
        r?
    };
    let repr = vm.types.dict.as_type().map(|t| t.slots.borrow().repr);
    let base = match repr {
        Some(Slot::Native(f)) => f(vm, o)?,
        _ => return Err(vm.internal("dict repr")),
    };
    let full = vm.type_name(o);
    let name = full.rsplit('.').next().unwrap_or(&full);
    Ok(vm.new_str(format!("{name}({frepr}, {})", vm.str_lossy(&base))))
}

/// `type(self)(self.default_factory, self)`.
fn copy_of(vm: &Vm, o: &ObjRef) -> PyResult {
    vm.call_pos(&o.class(), &[factory(vm, o), o.clone()])
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    copy_of(vm, o)
}

fn m_dunder_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__copy__", 0)?;
    copy_of(vm, o)
}

/// `defaultdict.__reduce__()`: `(type, (factory,) or (), None, None, iter(self.items()))`.
fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let f = factory(vm, o);
    let ctor_args = if vm.is_none(&f) {
        vm.empty_tuple.clone()
    } else {
        vm.new_tuple(vec![f])
    };
    let items = vm.call_method(o, "items", &[])?;
    let it = vm.iter(&items)?;
    Ok(vm.new_tuple(vec![
        o.class(),
        ctor_args,
        vm.none.clone(),
        vm.none.clone(),
        it,
    ]))
}

fn is_defdict(vm: &Vm, o: &ObjRef) -> bool {
    vm.find_native_type(DEFAULTDICT)
        .is_some_and(|t| vm.is_instance_of(o, &t))
}

/// `defdict_or`: the result copies whichever operand is the defaultdict (the left one first).
fn defdict_or(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if a.as_dict().is_none() || b.as_dict().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let this = if is_defdict(vm, a) { a } else { b };
    let new = vm.call_pos(&this.class(), &[factory(vm, this), a.clone()])?;
    crate::types::dict::update_from(vm, &new, b, "|")?;
    Ok(new)
}

fn get_factory(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(factory(vm, o))
}

fn put_factory(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    set_factory(vm, o, v.unwrap_or_else(|| vm.none.clone()));
    Ok(())
}

fn make_defaultdict(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        DEFAULTDICT,
        &vm.types.dict,
        Layout::Dict,
        BASETYPE,
    );
    let mut s = Slots {
        repr: Slot::Native(defdict_repr),
        getitem: Slot::Native(defdict_getitem),
        new: Slot::Native(defdict_new),
        init: Slot::Native(defdict_init),
        ..Slots::default()
    };
    s.nb[NbOp::Or as usize] = NbSlot::Native(defdict_or, Rc::as_ptr(&t) as usize);
    vm.add_methods(
        &t,
        &[
            ("__missing__", m_missing),
            ("copy", m_copy),
            ("__copy__", m_dunder_copy),
            ("__reduce__", m_reduce),
        ],
    );
    vm.add_getset(&t, "default_factory", get_factory, Some(put_factory));
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// `_count_elements(mapping, iterable)`: `mapping[e] = mapping.get(e, 0) + 1` for each element.
fn count_elements(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "_count_elements", 2, 2)?;
    let (mapping, it) = (&a[0], vm.iter(&a[1])?);
    let (zero, one) = (vm.new_int(0), vm.new_int(1));
    let get = vm.getattr(mapping, &vm.intern("get"))?;
    while let Some(e) = vm.next(&it)? {
        let old = vm.call_pos(&get, &[e.clone(), zero.clone()])?;
        let new = vm.binary_op(&old, &one, NbOp::Add)?;
        vm.setitem(mapping, &e, &new)?;
    }
    Ok(vm.none.clone())
}

/// A `_tuplegetter`: the index it reads and its `__doc__`.
struct TupleGetter {
    index: usize,
    doc: RefCell<ObjRef>,
}

impl NativeData for TupleGetter {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Ok(d) = self.doc.try_borrow() {
            f(&d);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn getter<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a TupleGetter> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<TupleGetter>()
            .ok_or_else(|| vm.internal("_tuplegetter")),
        _ => Err(vm.internal("_tuplegetter")),
    }
}

fn tuplegetter_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "_tuplegetter", 2, 2)?;
    let index = vm.ssize(&a[0])?;
    let st = TupleGetter {
        index: index.max(0) as usize,
        doc: RefCell::new(a[1].clone()),
    };
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(st))))
}

fn tuplegetter_get(vm: &Vm, o: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    let g = getter(vm, o)?;
    let Some(obj) = obj.filter(|x| !vm.is_none(x)) else {
        return Ok(o.clone());
    };
    let Some(items) = obj.as_tuple() else {
        return Err(vm.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            vm.type_name(obj)
        )));
    };
    items
        .get(g.index)
        .cloned()
        .ok_or_else(|| vm.index_error("tuple index out of range"))
}

fn tuplegetter_set(vm: &Vm, _o: &ObjRef, _obj: &ObjRef, value: Option<&ObjRef>) -> PyResult<()> {
    Err(vm.error(
        &vm.exc.attribute_error,
        match value {
            Some(_) => "can't set attribute",
            None => "can't delete attribute",
        },
    ))
}

fn get_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(getter(vm, o)?.doc.borrow().clone())
}

fn put_doc(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let old = getter(vm, o)?
        .doc
        .replace(v.unwrap_or_else(|| vm.none.clone()));
    drop(old);
    Ok(())
}

fn make_tuplegetter(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        TUPLEGETTER,
        &vm.types.object,
        Layout::Opaque,
        0,
    );
    let s = Slots {
        new: Slot::Native(tuplegetter_new),
        descr_get: Slot::Native(tuplegetter_get),
        descr_set: Slot::Native(tuplegetter_set),
        ..Slots::default()
    };
    vm.add_getset(&t, "__doc__", get_doc, Some(put_doc));
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// Creates the `_collections` module; its types are made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_collections");
    let Some(d) = m.dict() else { return m };
    let dq = vm.native_type(deque::DEQUE, || deque::make_type(vm));
    // `deque` is a sequence for `match`, as CPython's type sets Py_TPFLAGS_SEQUENCE.
    if let Some(t) = dq.as_type() {
        t.flags
            .set(t.flags.get() | crate::object::typeobj::SEQUENCE);
    }
    vm.dict_set_str(&d, "deque", dq);
    let [it, rev] = deque::iter_types(vm);
    vm.dict_set_str(&d, "_deque_iterator", it);
    vm.dict_set_str(&d, "_deque_reverse_iterator", rev);
    let dd = vm.native_type(DEFAULTDICT, || make_defaultdict(vm));
    vm.dict_set_str(&d, "defaultdict", dd);
    let tg = vm.native_type(TUPLEGETTER, || make_tuplegetter(vm));
    vm.dict_set_str(&d, "_tuplegetter", tg);
    let ce = vm.new_module_builtin("_count_elements", count_elements, "_collections");
    vm.dict_set_str(&d, "_count_elements", ce);
    m
}
