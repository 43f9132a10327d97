//! Inline instance values: a plain instance of a class keeps its attributes in an array
//! indexed by the class's *shared keys*, and has no dict object until something asks for its
//! `__dict__` (CPython 3.11's managed dicts: `_PyObject_InitializeDict`,
//! `_PyObject_StoreInstanceAttribute`, `make_dict_from_instance_attributes`). An attribute load
//! then reads the object, its values array and the value; with a dict object it would also read
//! the dict and its entry array, two more dependent memory loads on every `self.x`.
//!
//! The array only stands for a dict whose insertion order is the order of the shared keys'
//! indices: a name is stored in a free slot only when no slot after it is filled, and a store
//! that would break the order, a name the keys cannot take (not an exact `str`, or the keys are
//! full) or any request for the dict itself turns the values into a real dict (the object is
//! then *materialized* for good: its dict cell is filled, the array emptied). So the dict
//! `__dict__` shows, and the order in which attributes are released, are those of a dict that
//! got every store.

use super::{Obj, ObjRef, Payload};
use crate::runtime::Vm;
use crate::types::dict_table::DictTable;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The most names a class's shared keys hold (`SHARED_KEYS_MAX_SIZE`).
const SHARED_KEYS_MAX: usize = 30;

/// The mark of a shared-key hint (the attribute caches') saying the name is not among the
/// keys, or-ed with how many keys there were.
pub const ABSENT: u32 = 1 << 31;
/// A shared-key hint that says nothing.
pub const UNKNOWN: u32 = u32::MAX;

/// An instance's attribute values, by shared-key index (`None`: not set).
pub type Values = RefCell<Vec<Option<ObjRef>>>;

/// A class's shared keys: exact `str` names, only ever appended to.
#[derive(Default)]
pub struct SharedKeys {
    names: RefCell<Vec<ObjRef>>,
    /// `names.len()`, readable without a borrow on the instruction fast paths.
    len: Cell<u32>,
}

impl std::fmt::Debug for SharedKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedKeys({})", self.len())
    }
}

impl SharedKeys {
    /// How many names the keys hold.
    #[inline]
    pub fn len(&self) -> u32 {
        self.len.get()
    }

    /// Whether the keys hold no name.
    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    /// The index of `name` (an exact `str`).
    pub fn find(&self, name: &ObjRef) -> Option<usize> {
        let names = self.names.borrow();
        if let Some(ix) = names.iter().position(|k| Rc::ptr_eq(k, name)) {
            return Some(ix);
        }
        let s = name.as_str()?;
        names.iter().position(|k| {
            k.as_str()
                .is_some_and(|k| k.hash() == s.hash() && k.as_bytes() == s.as_bytes())
        })
    }

    /// The index of `name`, added at the end when it is new and there is room; None when the
    /// name cannot be a shared key.
    fn find_or_add(&self, vm: &Vm, name: &ObjRef) -> Option<usize> {
        if !name.is_exact(&vm.types.str) {
            return None;
        }
        if let Some(ix) = self.find(name) {
            return Some(ix);
        }
        let mut names = self.names.borrow_mut();
        if names.len() >= SHARED_KEYS_MAX {
            return None;
        }
        names.push(name.clone());
        self.len.set(names.len() as u32);
        Some(names.len() - 1)
    }

    /// The name at `ix`.
    fn name(&self, ix: usize) -> Option<ObjRef> {
        self.names.borrow().get(ix).cloned()
    }
}

impl Obj {
    /// The values array, while the object keeps its attributes inline (no dict made).
    #[inline]
    pub fn inline_values(&self) -> Option<&Values> {
        match &self.payload {
            Payload::Values(v) if self.dict.is_none() => Some(v),
            _ => None,
        }
    }
}

/// The payload of a new plain instance of `cls` whose instances have a dict: an empty values
/// array with room for every name the class's instances were given so far.
pub fn new_values(cls: &ObjRef) -> Payload {
    let cap = cls.as_type().map_or(0, |t| t.shared_keys.len() as usize);
    Payload::Values(RefCell::new(Vec::with_capacity(cap)))
}

/// What [`store`] did.
#[derive(Debug)]
pub enum Stored {
    /// The slot held this value, which the caller releases once it no longer borrows the array.
    Replaced(ObjRef),
    /// The empty slot took the value.
    Filled,
    /// The slot is empty and a later one is filled: storing would break the insertion order,
    /// so nothing was done.
    OutOfOrder,
}

/// Puts `value` in slot `ix` of `vals`: in place of what the slot held, or in the empty slot
/// when no later slot is filled (so the index order stays the insertion order).
#[inline]
pub fn store(vals: &mut Vec<Option<ObjRef>>, ix: usize, value: &ObjRef) -> Stored {
    if let Some(Some(slot)) = vals.get_mut(ix) {
        return Stored::Replaced(std::mem::replace(slot, value.clone()));
    }
    if vals
        .get(ix + 1..)
        .is_some_and(|rest| rest.iter().any(Option::is_some))
    {
        return Stored::OutOfOrder;
    }
    if vals.len() <= ix {
        vals.resize(ix + 1, None);
    }
    vals[ix] = Some(value.clone());
    Stored::Filled
}

/// The value of attribute `name` of an object with inline values, looked up in `cls`'s shared
/// keys; the index found goes to `hint` (the attribute cache's), when given.
pub fn get(obj: &Obj, vals: &Values, name: &ObjRef, hint: Option<&Cell<u32>>) -> Option<ObjRef> {
    let cls = obj.class();
    let keys = &cls.as_type()?.shared_keys;
    let found = keys.find(name);
    if let Some(h) = hint {
        h.set(found.map_or(ABSENT | keys.len(), |ix| ix as u32));
    }
    vals.borrow().get(found?).cloned().flatten()
}

/// `setattr(obj, name, value)` (`value` None: `delattr`) on an object with inline values,
/// whose class gives instances a dict and has no data descriptor for `name`. Ok(false) for a
/// delete of a name that is not set. A store the array cannot take in order materializes the
/// dict and goes there.
pub fn set(
    vm: &Vm,
    obj: &ObjRef,
    vals: &Values,
    name: &ObjRef,
    value: Option<&ObjRef>,
    hint: Option<&Cell<u32>>,
) -> crate::PyResult<bool> {
    let cls = obj.class();
    let Some(t) = cls.as_type() else {
        return Err(vm.internal("instance values without a type"));
    };
    let Some(value) = value else {
        let Some(ix) = t.shared_keys.find(name) else {
            return Ok(false);
        };
        let old = vals.borrow_mut().get_mut(ix).and_then(Option::take);
        let found = old.is_some();
        drop(old);
        return Ok(found);
    };
    if let Some(ix) = t.shared_keys.find_or_add(vm, name) {
        if let Some(h) = hint {
            h.set(ix as u32);
        }
        // The borrow ends with the statement: a replaced value is released after it.
        let stored = store(&mut vals.borrow_mut(), ix, value);
        match stored {
            Stored::Replaced(old) => {
                drop(old);
                return Ok(true);
            }
            Stored::Filled => return Ok(true),
            Stored::OutOfOrder => {}
        }
    }
    drop(cls);
    let dict = materialize(vm, obj);
    vm.dict_set(&dict, name.clone(), value.clone())?;
    Ok(true)
}

/// The object's `__dict__`: the dict it has, or one made now from its inline values (which it
/// keeps from then on), or a new empty one.
pub fn materialize(vm: &Vm, obj: &ObjRef) -> ObjRef {
    if let Some(d) = obj.dict() {
        return d;
    }
    let mut table = DictTable::new();
    if let Payload::Values(vals) = &obj.payload {
        let vals = std::mem::take(&mut *vals.borrow_mut());
        if let Some(t) = obj.class().as_type() {
            for (ix, v) in vals.into_iter().enumerate() {
                let (Some(v), Some(k)) = (v, t.shared_keys.name(ix)) else {
                    continue;
                };
                let hash = k.as_str().map_or(0, |s| s.hash());
                table.insert_new(hash, k, v);
            }
        }
    }
    // The instance's own dict is untracked, as `Vm::alloc_instance` made it: the collector
    // sees its items through the instance (`gc::traverse`).
    let d = vm.new_dict_from(table);
    obj.set_dict(Some(d.clone()));
    d
}

/// The object's own attribute `name` (its dict's item or inline value), without running code.
pub fn own_attr(vm: &Vm, obj: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    match obj.inline_values() {
        Some(vals) => get(obj, vals, name, None),
        None => vm.dict_get_str(&obj.dict()?, name),
    }
}

/// Stores the object's own attribute `name` in its inline values or its dict (nothing when it
/// has neither), bypassing descriptors: for native code that keeps state in the attributes of
/// instances of its own Python classes.
pub fn set_own(vm: &Vm, obj: &ObjRef, name: &ObjRef, value: ObjRef) -> crate::PyResult<()> {
    match obj.inline_values() {
        Some(vals) => set(vm, obj, vals, name, Some(&value), None).map(drop),
        None => match obj.dict() {
            Some(d) => vm.dict_set(&d, name.clone(), value),
            None => Ok(()),
        },
    }
}
