//! Type objects: `TypeData` (name, bases, MRO, namespace, layout, flags), lookups along the MRO,
//! subtype tests and the C3 linearisation (`Objects/typeobject.c`'s `mro_implementation`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::slots::Slots;
use super::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::dict_table::DictTable;

/// `Py_TPFLAGS_HEAPTYPE`: created by a `class` statement or `type()`.
pub const HEAPTYPE: u32 = 1 << 0;
/// `Py_TPFLAGS_BASETYPE`: may be subclassed.
pub const BASETYPE: u32 = 1 << 1;
/// Instances carry a `__dict__`.
pub const HAS_DICT: u32 = 1 << 2;
/// `Py_TPFLAGS_IS_ABSTRACT`: has abstract methods left.
pub const ABSTRACT: u32 = 1 << 3;
/// Instances of this type cannot be created from Python (`cannot create 'X' instances`).
pub const NO_NEW: u32 = 1 << 4;
/// `Py_TPFLAGS_SEQUENCE`: matched by sequence patterns (set by `_abc` from `__abc_tpflags__`).
pub const SEQUENCE: u32 = 1 << 5;
/// `Py_TPFLAGS_MAPPING`: matched by mapping patterns.
pub const MAPPING: u32 = 1 << 6;
/// Both collection flags, which exclude each other.
pub const COLLECTION: u32 = SEQUENCE | MAPPING;

/// The collection flag a type has for `match`: its own, or for a built-in type the one its
/// layout implies (`list`, `tuple` → sequence; `dict` → mapping), as CPython sets them
/// statically on those types.
pub fn collection_flag(t: &TypeData) -> u32 {
    let own = t.flags.get() & COLLECTION;
    if own != 0 || t.has(HEAPTYPE) {
        return own;
    }
    match t.layout {
        Layout::List | Layout::Tuple => SEQUENCE,
        Layout::Dict => MAPPING,
        _ => 0,
    }
}

/// The built-in layout a type's instances have, i.e. which [`Payload`] `__new__` gives them. A
/// class can only have bases whose layouts are compatible (CPython's "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `object` and plain classes: the state is the `__dict__`.
    Object,
    /// `int` and `bool`.
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `type` (metaclasses).
    Type,
    /// `BaseException` and its subclasses, with the fields their class adds.
    Exception(crate::types::exception::ExcKind),
    /// `property`.
    Property,
    /// `classmethod` / `staticmethod`.
    Wrapper,
    /// `super`.
    Super,
    /// `module`.
    Module,
    /// Built-in iterators that may be subclassed (`enumerate`, `zip`, `map`, `filter`,
    /// `reversed`).
    Iter,
    /// Any other built-in layout (instances are only made by the interpreter).
    Opaque,
}

/// The data of a type object.
#[derive(Debug)]
pub struct TypeData {
    name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`, the type itself first.
    pub mro: RefCell<Vec<ObjRef>>,
    /// `__base__`: the base whose layout instances have.
    pub base: RefCell<Option<ObjRef>>,
    /// The namespace (`__dict__`, shown through a mappingproxy).
    pub dict: RefCell<DictTable>,
    /// `HEAPTYPE`, `BASETYPE`, ...
    pub flags: Cell<u32>,
    /// The instance layout.
    pub layout: Layout,
    /// Subclasses (weak, as `__subclasses__()` reports them).
    pub subclasses: RefCell<Vec<std::rc::Weak<Obj>>>,
    /// How the type implements each protocol.
    pub slots: RefCell<Slots>,
    /// `__slots__` members this class adds.
    pub own_slots: Cell<usize>,
    /// `__slots__` members its instances carry in all (its own and inherited).
    pub nslots: Cell<usize>,
    /// The type's key in the attribute cache (`tp_version_tag`, never reused).
    pub tag: u64,
    /// The attribute names its instances keep inline (`ht_cached_keys`), in the order first
    /// stored; a name's index never changes (see [`super::values`]).
    pub shared_keys: super::values::SharedKeys,
}

impl TypeData {
    /// A type named `name` with the given flags and layout; bases and MRO are filled in by
    /// the caller.
    pub fn new(name: &str, flags: u32, layout: Layout) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            base: RefCell::new(None),
            dict: RefCell::new(DictTable::new()),
            flags: Cell::new(flags),
            layout,
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(Slots::default()),
            own_slots: Cell::new(0),
            nslots: Cell::new(0),
            tag: super::type_cache::new_tag(),
            shared_keys: Default::default(),
        }
    }

    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Replaces `__name__`.
    pub fn set_name(&self, name: String) {
        *self.name.borrow_mut() = name;
    }

    /// Whether a flag is set.
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    /// Whether this is a heap type (made by a class statement).
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.has(HEAPTYPE)
    }

    /// A snapshot of the type's own namespace, in order (to iterate while code that may change
    /// the namespace runs).
    pub fn namespace_items(&self) -> Vec<(ObjRef, ObjRef)> {
        self.dict
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Looks `name` up in this type's own namespace only.
    pub fn get_own(&self, name: &ObjRef) -> Option<ObjRef> {
        let s = name.as_str()?;
        self.dict
            .borrow()
            .get_str(s.hash(), name, s.as_bytes())
            .cloned()
    }
}

impl Obj {
    /// Reads one slot of this object taken as a type (its own slots, not its metatype's).
    pub fn slot_of_type<T>(&self, f: impl FnOnce(&Slots) -> T) -> T {
        match &self.payload {
            Payload::Type(t) => f(&t.slots.borrow()),
            _ => f(&Slots::default()),
        }
    }

    /// Reads one slot of the object's type (copied out, so the type may change while it runs).
    #[inline]
    pub fn slot<T>(&self, f: impl FnOnce(&Slots) -> T) -> T {
        match &self.class.get() {
            Some(c) => match &c.payload {
                Payload::Type(t) => f(&t.slots.borrow()),
                _ => f(&Slots::default()),
            },
            None => f(&Slots::default()),
        }
    }

    /// Whether the object, found on a type, is a method that takes the instance as its first
    /// argument when called unbound: a Python function or an instance method descriptor of a
    /// built-in type (CPython's `Py_TPFLAGS_METHOD_DESCRIPTOR`). Class and static method
    /// descriptors (`dict.fromkeys`, `str.maketrans`) are not: they bind through `__get__`.
    #[inline]
    pub fn is_unbound_method(&self) -> bool {
        match &self.payload {
            Payload::Function(_) | Payload::SlotWrapper(_) => true,
            Payload::MethodDescr(d) => matches!(
                d.kind,
                super::native::DescrKind::Method | super::native::DescrKind::Slot
            ),
            _ => false,
        }
    }

    /// Whether the object's type is a built-in (static) type, whose behaviour the interpreter
    /// knows without looking at dunder methods.
    #[inline]
    pub fn has_builtin_type(&self) -> bool {
        let f = |class: Option<&ObjRef>| match class {
            Some(c) => match &c.payload {
                Payload::Type(t) => !t.is_heap(),
                _ => false,
            },
            None => true,
        };
        #[allow(unsafe_code)]
        // SAFETY: `f` only reads the type's flags.
        unsafe {
            self.peek_class(f)
        }
    }
}

/// Looks an attribute name up along `ty`'s MRO (`_PyType_Lookup`): the first namespace that
/// has it wins.
pub fn lookup(ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    lookup_with_owner(ty, name).map(|(v, _)| v)
}

/// Like [`lookup`], also returning the type in whose namespace the name was found. Answers
/// come from the attribute cache when it has them.
pub fn lookup_with_owner(ty: &ObjRef, name: &ObjRef) -> Option<(ObjRef, ObjRef)> {
    let s = name.as_str()?;
    let (hash, text) = (s.hash(), s.as_bytes());
    let t = ty.as_type()?;
    if let Some(found) = super::type_cache::get(t.tag, name, hash) {
        return found;
    }
    let found = {
        let mro = t.mro.borrow();
        mro.iter().find_map(|base| {
            let bt = base.as_type()?;
            let v = bt.dict.borrow().get_str(hash, name, text).cloned()?;
            Some((v, base.clone()))
        })
    };
    super::type_cache::put(t.tag, name, hash, &found);
    found
}

/// `PyType_IsSubtype`: whether `b` is in `a`'s MRO.
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match a.as_type() {
        Some(t) => t.mro.borrow().iter().any(|m| Rc::ptr_eq(m, b)),
        None => false,
    }
}

/// The type's name (`tp_name` for a built-in type, `__name__` for a class).
pub fn type_name(ty: &ObjRef) -> String {
    match ty.as_type() {
        Some(t) => t.name(),
        None => "?".to_string(),
    }
}

/// The C3 linearisation of a class with bases `bases` (the class itself not included), or the
/// `TypeError` CPython raises when none exists.
pub fn c3_mro(vm: &Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    if bases.len() > 1 {
        // `check_duplicates`.
        for (i, b) in bases.iter().enumerate() {
            if bases[i + 1..].iter().any(|x| Rc::ptr_eq(x, b)) {
                return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
            }
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = Vec::with_capacity(bases.len() + 1);
    for b in bases {
        match b.as_type() {
            Some(t) => seqs.push(t.mro.borrow().clone()),
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that is in no other sequence's tail.
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|head| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, head)))
        });
        let Some(next) = candidate else {
            return Err(mro_conflict(vm, &seqs));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// `set_mro_error`: names the bases still unmerged, in order and without repeats.
fn mro_conflict(vm: &Vm, seqs: &[Vec<ObjRef>]) -> super::PyErr {
    let mut names: Vec<ObjRef> = Vec::new();
    for s in seqs {
        let head = &s[0];
        if !names.iter().any(|n| Rc::ptr_eq(n, head)) {
            names.push(head.clone());
        }
    }
    let list: Vec<String> = names.iter().map(type_name).collect();
    vm.type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        list.join(", ")
    ))
}
