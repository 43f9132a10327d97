//! Filling type slots: a built-in type publishes its own slots as slot wrappers and inherits the
//! rest from its base (`add_operators`, `inherit_slots`); a class resolves each slot from what
//! its MRO finds under the slot's dunder names (`update_one_slot`), again whenever one of those
//! names is assigned on the class or a base.

use std::rc::Rc;

use super::native::NativeKind;
use super::slots::{ALL_NB, NB_OPS, NbSlot, Slot, SlotFn, SlotWrapper, Slots};
use super::typeobj::lookup;
use super::{Obj, ObjRef, Payload};
use crate::runtime::Vm;

/// Adds a slot wrapper named `name` to a built-in type's namespace unless the name is taken.
fn add_wrapper(vm: &Vm, ty: &ObjRef, name: &'static str, func: SlotFn) {
    let Some(t) = ty.as_type() else { return };
    let key = vm.intern(name);
    if t.get_own(&key).is_some() {
        return;
    }
    let w = Obj::new(
        vm.types.wrapper_descriptor.clone(),
        Payload::SlotWrapper(Box::new(SlotWrapper {
            name,
            owner: ty.clone(),
            func,
        })),
    );
    vm.type_dict_set(ty, key, w);
}

/// Publishes a built-in type's own slots (`slots`) as wrappers in its namespace, then stores
/// them. Call before [`inherit_static`].
pub fn install_static(vm: &Vm, ty: &ObjRef, slots: Slots) {
    use SlotFn as F;
    macro_rules! unary {
        ($field:ident, $name:literal) => {
            if let Slot::Native(f) = slots.$field {
                add_wrapper(vm, ty, $name, F::Unary(f));
            }
        };
    }
    unary!(repr, "__repr__");
    unary!(str, "__str__");
    unary!(iter, "__iter__");
    unary!(neg, "__neg__");
    unary!(pos, "__pos__");
    unary!(invert, "__invert__");
    unary!(abs, "__abs__");
    unary!(int, "__int__");
    unary!(float, "__float__");
    unary!(index, "__index__");
    if let Slot::Native(f) = slots.hash {
        add_wrapper(vm, ty, "__hash__", F::Hash(f));
    }
    if let Slot::Native(f) = slots.bool {
        add_wrapper(vm, ty, "__bool__", F::Bool(f));
    }
    if let Slot::Native(f) = slots.len {
        add_wrapper(vm, ty, "__len__", F::Len(f));
    }
    if let Slot::Native(f) = slots.next {
        add_wrapper(vm, ty, "__next__", F::Next(f));
    }
    if let Slot::Native(f) = slots.getitem {
        add_wrapper(vm, ty, "__getitem__", F::GetItem(f));
    }
    if let Slot::Native(f) = slots.setitem {
        add_wrapper(vm, ty, "__setitem__", F::SetItem(f));
        add_wrapper(vm, ty, "__delitem__", F::DelItem(f));
    }
    if let Slot::Native(f) = slots.contains {
        add_wrapper(vm, ty, "__contains__", F::Contains(f));
    }
    if let Slot::Native(f) = slots.richcompare {
        use super::slots::CompareOp as C;
        for (name, op) in [
            ("__lt__", C::Lt),
            ("__le__", C::Le),
            ("__eq__", C::Eq),
            ("__ne__", C::Ne),
            ("__gt__", C::Gt),
            ("__ge__", C::Ge),
        ] {
            add_wrapper(vm, ty, name, F::Compare(f, op));
        }
    }
    if let Slot::Native(f) = slots.call {
        add_wrapper(vm, ty, "__call__", F::Call(f));
    }
    if let Slot::Native(f) = slots.init {
        add_wrapper(vm, ty, "__init__", F::Init(f));
    }
    if let Slot::Native(f) = slots.getattro {
        add_wrapper(vm, ty, "__getattribute__", F::GetAttr(f));
    }
    if let Slot::Native(f) = slots.setattro {
        add_wrapper(vm, ty, "__setattr__", F::SetAttr(f));
        add_wrapper(vm, ty, "__delattr__", F::DelAttr(f));
    }
    if let Slot::Native(f) = slots.descr_get {
        add_wrapper(vm, ty, "__get__", F::DescrGet(f));
    }
    if let Slot::Native(f) = slots.descr_set {
        add_wrapper(vm, ty, "__set__", F::DescrSet(f));
        add_wrapper(vm, ty, "__delete__", F::DescrDelete(f));
    }
    if let Slot::Native(f) = slots.del {
        add_wrapper(vm, ty, "__del__", F::Del(f));
    }
    for op in ALL_NB {
        let (name, rname, iname) = op.names();
        if let NbSlot::Native(f, _) = slots.nb[op as usize] {
            add_wrapper(vm, ty, name, F::Binary(f, op));
            add_wrapper(vm, ty, rname, F::RBinary(f, op));
        }
        if let NbSlot::Native(f, _) = slots.nb_inplace[op as usize] {
            add_wrapper(vm, ty, iname, F::InPlace(f, op));
        }
    }
    // Sequence concatenation and repetition show under the numeric names (after them, so a
    // type with both keeps the numeric one).
    if let Slot::Native(f) = slots.sq_concat {
        add_wrapper(vm, ty, "__add__", F::SqConcat(f));
    }
    if let Slot::Native(f) = slots.sq_repeat {
        add_wrapper(vm, ty, "__mul__", F::SqRepeat(f));
        add_wrapper(vm, ty, "__rmul__", F::SqRepeat(f));
    }
    if let Slot::Native(f) = slots.sq_inplace_concat {
        add_wrapper(vm, ty, "__iadd__", F::SqInplaceConcat(f));
    }
    if let Slot::Native(f) = slots.sq_inplace_repeat {
        add_wrapper(vm, ty, "__imul__", F::SqInplaceRepeat(f));
    }
    if let Slot::Native(_) = slots.new {
        let key = vm.intern("__new__");
        let f = Obj::new(
            vm.types.builtin_function.clone(),
            Payload::Builtin(Box::new(super::native::Builtin {
                name: "__new__",
                func: NativeKind::Method(crate::types::type_methods::tp_new_wrapper),
                bound: Some(ty.clone()),
                module: None,
                counted: false,
            })),
        );
        if let Some(t) = ty.as_type()
            && t.get_own(&key).is_none()
        {
            vm.type_dict_set(ty, key, f);
        }
    }
    if let Some(t) = ty.as_type() {
        *t.slots.borrow_mut() = slots;
    }
}

/// Fills a built-in type's absent slots from its base (`inherit_slots`). Bases are done first.
pub fn inherit_static(ty: &ObjRef) {
    let Some(t) = ty.as_type() else { return };
    let Some(base) = t.base.borrow().clone() else {
        return;
    };
    let Some(b) = base.as_type() else { return };
    let bs = *b.slots.borrow();
    let mut s = t.slots.borrow_mut();
    macro_rules! inherit {
        ($($f:ident),*) => { $( if !s.$f.is_present() { s.$f = bs.$f; } )* };
    }
    inherit!(
        repr,
        str,
        bool,
        len,
        iter,
        next,
        getitem,
        setitem,
        contains,
        call,
        init,
        new,
        getattro,
        setattro,
        descr_get,
        descr_set,
        neg,
        pos,
        invert,
        abs,
        int,
        float,
        index,
        sq_concat,
        sq_repeat,
        sq_inplace_concat,
        sq_inplace_repeat,
        del
    );
    // A type whose instances only the interpreter makes keeps no `tp_new`
    // (`Py_TPFLAGS_DISALLOW_INSTANTIATION`): calling it says it cannot create instances.
    if t.flags.get() & super::typeobj::NO_NEW != 0 {
        s.new = Slot::Absent;
    }
    // A type that defines neither comparison nor hash inherits both (`inherit_slots`).
    if !s.richcompare.is_present() && !s.hash.is_present() {
        s.richcompare = bs.richcompare;
        s.hash = bs.hash;
    }
    for i in 0..ALL_NB.len() {
        if matches!(s.nb[i], NbSlot::Absent) {
            s.nb[i] = bs.nb[i];
        }
        if matches!(s.nb_inplace[i], NbSlot::Absent) {
            s.nb_inplace[i] = bs.nb_inplace[i];
        }
    }
}

/// What one dunder name resolves to along a class's MRO.
enum Found {
    Missing,
    Wrapper(SlotFn, usize),
    NewOf(ObjRef),
    NoneValue,
    Other,
}

fn find(vm: &Vm, ty: &ObjRef, name: &ObjRef) -> Found {
    match lookup(ty, name) {
        None => Found::Missing,
        Some(v) => match &v.payload {
            Payload::SlotWrapper(w) => Found::Wrapper(w.func, Rc::as_ptr(&w.owner) as usize),
            // A built-in type's `__new__` is the only built-in method named so bound to a
            // built-in type (`tp_new_wrapper`).
            Payload::Builtin(b) if b.name == "__new__" => match &b.bound {
                Some(owner) if owner.as_type().is_some_and(|t| !t.is_heap()) => {
                    Found::NewOf(owner.clone())
                }
                _ => Found::Other,
            },
            _ if vm.is_none(&v) => Found::NoneValue,
            _ => Found::Other,
        },
    }
}

/// Resolves every slot of a class from its MRO (`fixup_slot_dispatchers`).
pub fn resolve_heap(vm: &Vm, ty: &ObjRef) {
    let n = &vm.names;
    let mut s = Slots::default();
    macro_rules! unary {
        ($field:ident, $name:ident) => {
            s.$field = match find(vm, ty, &n.$name) {
                Found::Missing => Slot::Absent,
                Found::Wrapper(SlotFn::Unary(f), _) => Slot::Native(f),
                _ => Slot::Python,
            };
        };
    }
    unary!(repr, __repr__);
    unary!(str, __str__);
    unary!(iter, __iter__);
    unary!(neg, __neg__);
    unary!(pos, __pos__);
    unary!(invert, __invert__);
    unary!(abs, __abs__);
    unary!(int, __int__);
    unary!(float, __float__);
    unary!(index, __index__);
    unary!(del, __del__);
    s.hash = match find(vm, ty, &n.__hash__) {
        Found::Missing | Found::NoneValue => Slot::Absent,
        Found::Wrapper(SlotFn::Hash(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.bool = match find(vm, ty, &n.__bool__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Bool(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.len = match find(vm, ty, &n.__len__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Len(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.next = match find(vm, ty, &n.__next__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Next(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.getitem = match find(vm, ty, &n.__getitem__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::GetItem(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.setitem = pair(
        find(vm, ty, &n.__setitem__),
        find(vm, ty, &n.__delitem__),
        |f| match f {
            SlotFn::SetItem(g) | SlotFn::DelItem(g) => Some(g),
            _ => None,
        },
    );
    s.contains = match find(vm, ty, &n.__contains__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Contains(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.richcompare = resolve_compare(vm, ty);
    s.call = match find(vm, ty, &n.__call__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Call(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.init = match find(vm, ty, &n.__init__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::Init(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.new = match find(vm, ty, &n.__new__) {
        Found::Missing => Slot::Absent,
        Found::NewOf(owner) => owner
            .as_type()
            .map_or(Slot::Python, |t| t.slots.borrow().new),
        _ => Slot::Python,
    };
    s.getattro = match (
        find(vm, ty, &n.__getattribute__),
        find(vm, ty, &n.__getattr__),
    ) {
        (Found::Wrapper(SlotFn::GetAttr(f), _), Found::Missing) => Slot::Native(f),
        (Found::Missing, Found::Missing) => Slot::Absent,
        _ => Slot::Python,
    };
    s.setattro = pair(
        find(vm, ty, &n.__setattr__),
        find(vm, ty, &n.__delattr__),
        |f| match f {
            SlotFn::SetAttr(g) | SlotFn::DelAttr(g) => Some(g),
            _ => None,
        },
    );
    s.descr_get = match find(vm, ty, &n.__get__) {
        Found::Missing => Slot::Absent,
        Found::Wrapper(SlotFn::DescrGet(f), _) => Slot::Native(f),
        _ => Slot::Python,
    };
    s.descr_set = pair(
        find(vm, ty, &n.__set__),
        find(vm, ty, &n.__delete__),
        |f| match f {
            SlotFn::DescrSet(g) | SlotFn::DescrDelete(g) => Some(g),
            _ => None,
        },
    );
    for op in ALL_NB {
        let (name, rname, _) = op.dunders(vm);
        s.nb[op as usize] = resolve_binary(find(vm, ty, name), find(vm, ty, rname));
    }
    for op in NB_OPS {
        let (_, _, iname) = op.dunders(vm);
        s.nb_inplace[op as usize] = match find(vm, ty, iname) {
            Found::Missing => NbSlot::Absent,
            Found::Wrapper(SlotFn::InPlace(f, _), owner) => NbSlot::Native(f, owner),
            _ => NbSlot::Python,
        };
    }
    inherit_sequence_slots(ty, &mut s);
    if let Some(t) = ty.as_type() {
        *t.slots.borrow_mut() = s;
    }
}

/// A slot fed by two dunders (`__setitem__`/`__delitem__`...): native when every one found is
/// a wrapper of the same built-in function.
fn pair<F: Copy>(a: Found, b: Found, get: impl Fn(SlotFn) -> Option<F>) -> Slot<F> {
    let mut native = None;
    let mut owner = None;
    for f in [a, b] {
        match f {
            Found::Missing => {}
            Found::Wrapper(func, o) => match get(func) {
                Some(g) if owner.is_none_or(|x| x == o) => {
                    native = Some(g);
                    owner = Some(o);
                }
                _ => return Slot::Python,
            },
            _ => return Slot::Python,
        }
    }
    match native {
        Some(g) => Slot::Native(g),
        None => Slot::Absent,
    }
}

fn resolve_binary(a: Found, b: Found) -> NbSlot {
    let mut native: Option<(super::slots::BinFn, usize)> = None;
    for f in [a, b] {
        match f {
            Found::Missing => {}
            Found::Wrapper(SlotFn::Binary(g, _) | SlotFn::RBinary(g, _), o) => match native {
                Some((_, x)) if x != o => return NbSlot::Python,
                _ => native = Some((g, o)),
            },
            _ => return NbSlot::Python,
        }
    }
    match native {
        Some((g, o)) => NbSlot::Native(g, o),
        None => NbSlot::Absent,
    }
}

fn resolve_compare(vm: &Vm, ty: &ObjRef) -> Slot<super::slots::CompareFn> {
    let n = &vm.names;
    let mut native = None;
    let mut owner = None;
    for name in [
        &n.__lt__, &n.__le__, &n.__eq__, &n.__ne__, &n.__gt__, &n.__ge__,
    ] {
        match find(vm, ty, name) {
            Found::Missing => {}
            Found::Wrapper(SlotFn::Compare(f, _), o) if owner.is_none_or(|x| x == o) => {
                native = Some(f);
                owner = Some(o);
            }
            _ => return Slot::Python,
        }
    }
    match native {
        Some(f) => Slot::Native(f),
        None => Slot::Absent,
    }
}

/// Sequence concatenation and repetition have no dunder of their own: a class takes them from
/// the first built-in type along its MRO that has them.
fn inherit_sequence_slots(ty: &ObjRef, s: &mut Slots) {
    let Some(t) = ty.as_type() else { return };
    for base in t.mro.borrow().iter().skip(1) {
        if let Some(bt) = base.as_type() {
            if bt.is_heap() {
                continue;
            }
            let bs = bt.slots.borrow();
            if !s.sq_concat.is_present() {
                s.sq_concat = bs.sq_concat;
            }
            if !s.sq_repeat.is_present() {
                s.sq_repeat = bs.sq_repeat;
            }
            if !s.sq_inplace_concat.is_present() {
                s.sq_inplace_concat = bs.sq_inplace_concat;
            }
            if !s.sq_inplace_repeat.is_present() {
                s.sq_inplace_repeat = bs.sq_inplace_repeat;
            }
        }
    }
}

/// After `name` was assigned or deleted on class `ty`: if it is a dunder, re-resolve the slots of
/// `ty` and every subclass (`update_slot`).
pub fn on_type_attr_change(vm: &Vm, ty: &ObjRef, name: &ObjRef) {
    let is_dunder = name.as_str().is_some_and(|s| {
        let b = s.as_bytes();
        b.len() > 4 && b.starts_with(b"__") && b.ends_with(b"__")
    });
    if !is_dunder {
        return;
    }
    let mut todo = vec![ty.clone()];
    while let Some(t) = todo.pop() {
        let Some(td) = t.as_type() else { continue };
        if td.is_heap() {
            resolve_heap(vm, &t);
        }
        for w in td.subclasses.borrow().iter() {
            if let Some(sub) = w.upgrade() {
                todo.push(sub);
            }
        }
    }
}
