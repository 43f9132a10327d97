//! Per-name attribute caches of a code object, used by `LOAD_ATTR`, `LOAD_METHOD` and
//! `STORE_ATTR`: CPython 3.11 specialises those instructions (`LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_VALUES`, `STORE_ATTR_INSTANCE_VALUE`) with an inline cache keyed by the
//! type's version tag; this is the same idea, per name of `co_names`.
//!
//! An entry has two ways (one per class seen, the two latest), and a way remembers two things.
//! What the class lookup (`_PyType_Lookup`) found, valid while
//! the type's tag and the type cache's global epoch are the ones it was found under (the rule
//! of [`super::type_cache`], so it is invalidated exactly when that cache is). And where in the
//! instance dict the name was last found: a *hint* only, an entry index that is used when the
//! entry there still holds this very key object, so a changed or resized dict can never give a
//! wrong answer. Dict keys are unique, so the entry holding the key is the one a full probe would
//! find. Values are held weakly, as the type cache holds them, so a cache never keeps an object
//! alive and finalization order is untouched.

use super::slots::{SetAttrFn, Slot};
use super::typeobj::{HAS_DICT, TypeData, lookup};
use super::{Obj, ObjRef, values};
use crate::types::dict_table::StrProbe;
use std::cell::Cell;
use std::rc::{Rc, Weak};

/// The type's `__getattribute__` is the generic one (`PyObject_GenericGetAttr`).
const GET_GENERIC: u8 = 1;
/// What the class lookup found is a data descriptor (it wins over the instance dict).
const FOUND_DATA: u8 = 2;
/// What the class lookup found is a plain function or method descriptor (`LOAD_METHOD` may
/// skip the bound method).
const FOUND_METHOD: u8 = 4;
/// `STORE_ATTR` may write the instance dict directly: the generic `__setattr__`, no data
/// descriptor for the name, and instances with a dict.
const SET_DICT: u8 = 8;

/// The facts about `t` and what the lookup on it found that let the instruction fast paths
/// below skip the generic code; they hold while the way is current, since changing a class's
/// dunders or namespace advances the type cache's epoch.
fn way_flags(t: &TypeData, found: Option<&ObjRef>) -> u8 {
    let (get, set) = {
        let slots = t.slots.borrow();
        (slots.getattro, slots.setattro)
    };
    let mut flags = 0;
    if super::attr::is_generic_getattr(get) {
        flags |= GET_GENERIC;
    }
    let (data, has_set) = match found {
        Some(d) => d.slot(|s| {
            let has_set = matches!(s.descr_set, Slot::Native(_) | Slot::Python);
            (
                s.descr_get.is_present() && s.descr_set.is_present(),
                has_set,
            )
        }),
        None => (false, false),
    };
    if data {
        flags |= FOUND_DATA;
    }
    if found.is_some_and(|d| d.is_unbound_method()) {
        flags |= FOUND_METHOD;
    }
    let set_generic = match set {
        Slot::Absent => true,
        Slot::Native(f) => std::ptr::fn_addr_eq(f, super::attr::generic_setattr as SetAttrFn),
        Slot::Python => false,
    };
    if set_generic && !has_set && t.has(HAS_DICT) {
        flags |= SET_DICT;
    }
    flags
}

/// One remembered class lookup: the type it was made on and what it found.
struct Way {
    /// The tag of the type the lookup was made on (0: nothing cached; tags start at 1).
    tag: Cell<u64>,
    /// The type cache's epoch at that lookup.
    epoch: Cell<u64>,
    /// What the lookup found (`None`: the name is on no class of the MRO).
    found: Cell<Option<Weak<Obj>>>,
    /// The instance dict's entry index where the name was last found on this type's objects
    /// (classes lay their instances' dicts out differently, so each way keeps its own).
    hint: Cell<u32>,
    /// For objects with inline values: the name's index in this type's shared keys, or
    /// [`values::ABSENT`] with the number of keys among which the name was not found
    /// (`values::UNKNOWN` before any lookup). Shared keys only grow, so either stays true.
    vhint: Cell<u32>,
    /// `GET_GENERIC` and the other facts above, found with the lookup.
    flags: Cell<u8>,
}

impl Default for Way {
    fn default() -> Way {
        Way {
            tag: Cell::new(0),
            epoch: Cell::new(0),
            found: Cell::new(None),
            hint: Cell::new(0),
            vhint: Cell::new(values::UNKNOWN),
            flags: Cell::new(0),
        }
    }
}

impl Way {
    /// Moves `other`'s contents here (`other` keeps all but what it found).
    fn take_from(&self, other: &Way) {
        self.tag.set(other.tag.get());
        self.epoch.set(other.epoch.get());
        self.found.set(other.found.take());
        self.hint.set(other.hint.get());
        self.vhint.set(other.vhint.get());
        self.flags.set(other.flags.get());
    }

    /// The remembered answer, when the entry is for this type and still current; the inner
    /// None is "on no class".
    #[inline]
    fn answer(&self, tag: u64, epoch: u64) -> Option<Option<ObjRef>> {
        if self.tag.get() != tag || self.epoch.get() != epoch {
            return None;
        }
        let found = self.found.take();
        let answer = match &found {
            None => Some(None),
            Some(w) => w.upgrade().map(Some),
        };
        self.found.set(found);
        answer
    }
}

/// How many classes one name's cache remembers. The cache is per name of the code object, not
/// per instruction, so the sites of one name share it: a method name used on the several
/// subclasses of a base (richards' tasks) needs more than two.
const WAYS: usize = 4;

/// The cache of one name of a code object: [`WAYS`] ways, so the sites that see objects of
/// several classes (a method shared by subclasses) keep them all, as a polymorphic inline
/// cache does; one more class replaces the least recently filled.
#[derive(Default)]
pub struct AttrEntry {
    /// The ways, most recently filled first.
    ways: [Way; WAYS],
    /// The way the last class lookup used, whose hint the dict probes that follow it use.
    last: Cell<u8>,
}

impl std::fmt::Debug for AttrEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttrEntry")
            .field("tags", &self.ways.each_ref().map(|w| w.tag.get()))
            .field("last", &self.last.get())
            .finish_non_exhaustive()
    }
}

impl AttrEntry {
    /// `_PyType_Lookup(ty, name)`, answered from the entry while it is current.
    pub fn class_lookup(&self, ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let Some(t) = ty.as_type() else {
            return lookup(ty, name);
        };
        let epoch = super::type_cache::epoch();
        for (i, way) in self.ways.iter().enumerate() {
            if let Some(answer) = way.answer(t.tag, epoch) {
                self.last.set(i as u8);
                return answer;
            }
        }
        let answer = lookup(ty, name);
        // The newest lookup goes first and the others move down one way, the oldest falling
        // out; a stale way of this very type is the one given up instead.
        let stale = self.ways.iter().position(|w| w.tag.get() == t.tag);
        // A stale way's shared-key index is still right: the keys of a type only grow.
        let vhint = stale.map_or(values::UNKNOWN, |i| self.ways[i].vhint.get());
        for i in (1..=stale.unwrap_or(WAYS - 1)).rev() {
            self.ways[i].take_from(&self.ways[i - 1]);
        }
        let first = &self.ways[0];
        first.tag.set(t.tag);
        first.epoch.set(epoch);
        first.found.set(answer.as_ref().map(Rc::downgrade));
        first.flags.set(way_flags(t, answer.as_ref()));
        first.vhint.set(vhint);
        self.last.set(0);
        answer
    }

    /// The way for objects of type `t`, when it is current; it becomes the one whose hint
    /// the dict probes use.
    #[inline]
    fn current(&self, t: &TypeData) -> Option<&Way> {
        let epoch = super::type_cache::epoch();
        for (i, way) in self.ways.iter().enumerate() {
            if way.tag.get() == t.tag && way.epoch.get() == epoch {
                self.last.set(i as u8);
                return Some(way);
            }
        }
        None
    }

    /// The current way for `obj`'s type with all of `need` and none of `deny` among its
    /// flags.
    #[inline]
    fn way_for(&self, obj: &ObjRef, need: u8, deny: u8) -> Option<&Way> {
        let pick = |class: Option<&ObjRef>| {
            let way = self.current(class?.as_type()?)?;
            let f = way.flags.get();
            (f & need == need && f & deny == 0).then_some(way)
        };
        #[allow(unsafe_code)]
        // SAFETY: `pick` only reads the type's tag and this entry's cells.
        unsafe {
            obj.peek_class(pick)
        }
    }

    /// `LOAD_ATTR`'s fast path (3.11's `LOAD_ATTR_INSTANCE_VALUE`): with the generic
    /// `__getattribute__` and no data descriptor for the name on the class, an instance dict
    /// holding the name at the hinted entry gives the value. None sends the instruction down
    /// the full path, which also refreshes the entry.
    #[inline]
    pub fn load_attr_fast(&self, obj: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let way = self.way_for(obj, GET_GENERIC, FOUND_DATA)?;
        if let Some(vals) = obj.inline_values() {
            // SAFETY: as below for the dict's table: read and one value cloned, nothing run.
            #[allow(unsafe_code)]
            let vals = unsafe { vals.try_borrow_unguarded() }.ok()?;
            return vals.get(way.vhint.get() as usize)?.clone();
        }
        #[allow(unsafe_code)]
        let probe = |dict: Option<&ObjRef>| {
            // SAFETY: the table is read while no mutable borrow of it is live (the unguarded
            // borrow checks that), and only for the time it takes to compare one key and
            // clone one value, during which nothing can borrow it: no code runs and nothing
            // is dropped. Leaving the borrow flag alone keeps two dependent read-modify-writes
            // of one word off every attribute load.
            let table = unsafe { dict?.as_dict()?.try_borrow_unguarded() }.ok()?;
            let e = table.entry(way.hint.get() as usize)?;
            Rc::ptr_eq(&e.key, name).then(|| e.value.clone())
        };
        #[allow(unsafe_code)]
        // SAFETY: `probe` reads the dict's table and clones one value; nothing runs or drops.
        unsafe {
            obj.peek_dict(probe)
        }
    }

    /// `LOAD_METHOD`'s fast path (`LOAD_METHOD_WITH_VALUES`): with the generic
    /// `__getattribute__`, a plain function found on the class that the instance dict does
    /// not shadow is the method, unbound.
    #[inline]
    pub fn load_method_fast(&self, obj: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let way = self.way_for(obj, GET_GENERIC | FOUND_METHOD, 0)?;
        if let Some(vals) = obj.inline_values() {
            let h = way.vhint.get();
            let shadowed = if h < values::ABSENT {
                vals.try_borrow()
                    .ok()?
                    .get(h as usize)
                    .is_some_and(Option::is_some)
            } else {
                #[allow(unsafe_code)]
                // SAFETY: only the type's key count is read.
                let keys = unsafe { obj.peek_class(|c| c?.as_type().map(|t| t.shared_keys.len())) };
                h != values::ABSENT | keys?
            };
            if shadowed {
                return None;
            }
            let found = way.found.take();
            let m = found.as_ref().and_then(Weak::upgrade);
            way.found.set(found);
            return m;
        }
        #[allow(unsafe_code)]
        let shadowed = |dict: Option<&ObjRef>| match dict {
            Some(dict) => {
                // SAFETY: as in `load_attr_fast`: the table is only probed (string keys compare
                // natively), with no mutable borrow live and nothing run meanwhile.
                let table = unsafe { dict.as_dict()?.try_borrow_unguarded() }.ok()?;
                let s = name.as_str()?;
                Some(table.find_str(s.hash(), s.as_bytes()).is_some())
            }
            None => Some(false),
        };
        #[allow(unsafe_code)]
        // SAFETY: `shadowed` only probes the dict's table (string keys compare natively).
        if unsafe { obj.peek_dict(shadowed) } != Some(false) {
            return None;
        }
        let found = way.found.take();
        let m = found.as_ref().and_then(Weak::upgrade);
        way.found.set(found);
        m
    }

    /// `STORE_ATTR`'s fast path (`STORE_ATTR_INSTANCE_VALUE`): with the generic
    /// `__setattr__` and no data descriptor for the name, the instance dict takes the value,
    /// in place or as a new key (what `PyObject_GenericSetAttr` does with `PyDict_SetItem`).
    /// False when the full path must run.
    /// The value replaced goes to `release` once the dict is no longer peeked at.
    #[inline]
    pub fn store_attr_fast(
        &self,
        obj: &ObjRef,
        name: &ObjRef,
        value: &ObjRef,
        release: impl FnOnce(ObjRef),
    ) -> bool {
        let Some(way) = self.way_for(obj, SET_DICT, 0) else {
            return false;
        };
        if let Some(vals) = obj.inline_values() {
            let h = way.vhint.get();
            let Ok(mut v) = vals.try_borrow_mut() else {
                return false;
            };
            if h >= values::ABSENT {
                return false;
            }
            return match values::store(&mut v, h as usize, value) {
                values::Stored::Replaced(old) => {
                    drop(v);
                    release(old);
                    true
                }
                values::Stored::Filled => true,
                values::Stored::OutOfOrder => false,
            };
        }
        let store = |dict: Option<&ObjRef>| self.dict_store(dict?, name, value);
        #[allow(unsafe_code)]
        // SAFETY: `dict_store` changes the dict's table, which leaves the object's dict slot
        // alone, and runs no code; the value it replaces is returned, to be released only
        // once the slot is no longer peeked at.
        let replaced = unsafe { obj.peek_dict(store) };
        match replaced {
            Some(old) => {
                if let Some(old) = old {
                    release(old);
                }
                true
            }
            None => false,
        }
    }

    /// `dict[name] = value` for an exact `str` name, replacing or inserting: the value replaced,
    /// if any, for the caller to release once it no longer uses the dict. None (nothing done)
    /// when the dict is busy or a key of another type could equal the name.
    fn dict_store(&self, dict: &ObjRef, name: &ObjRef, value: &ObjRef) -> Option<Option<ObjRef>> {
        let (Some(cell), Some(s)) = (dict.as_dict(), name.as_str()) else {
            return None;
        };
        if !name.has_builtin_type() {
            return None;
        }
        let Ok(mut t) = cell.try_borrow_mut() else {
            return None;
        };
        let hint = self.hint();
        let hinted = hint.get() as usize;
        // One probe decides between replacing and inserting.
        let found = match t.entry(hinted) {
            Some(e) if Rc::ptr_eq(&e.key, name) => StrProbe::Found(hinted),
            _ => t.probe_exact_str(s.hash(), s.as_bytes()),
        };
        match found {
            StrProbe::Found(ix) => {
                hint.set(ix as u32);
                // The old value is released by the caller after the table's borrow ends:
                // dropping it may free objects that reach this dict.
                Some(t.set_value(ix, value.clone()))
            }
            StrProbe::Absent => {
                t.insert_new(s.hash(), name.clone(), value.clone());
                // The new entry is the last (a resize compacts the entries before it).
                hint.set(t.entry_slots().saturating_sub(1) as u32);
                Some(None)
            }
            StrProbe::Undecided => None,
        }
    }

    /// The hint of the way the last class lookup used.
    #[inline]
    fn hint(&self) -> &Cell<u32> {
        &self.ways[usize::from(self.last.get()) % WAYS].hint
    }

    /// The shared-key hint of the way the last class lookup used (see [`values`]).
    pub fn values_hint(&self) -> &Cell<u32> {
        &self.ways[usize::from(self.last.get()) % WAYS].vhint
    }

    /// `dict.get(name)` for an instance dict, trying the hinted entry before probing.
    pub fn dict_get(&self, dict: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let t = dict.as_dict()?.try_borrow().ok()?;
        let hint = self.hint();
        if let Some(e) = t.entry(hint.get() as usize)
            && Rc::ptr_eq(&e.key, name)
        {
            return Some(e.value.clone());
        }
        let s = name.as_str()?;
        let ix = t.find_str(s.hash(), s.as_bytes())?;
        hint.set(ix as u32);
        t.entry(ix).map(|e| e.value.clone())
    }

    /// `dict[name] = value` when the instance dict already holds `name`; false (nothing done)
    /// when it does not, or the dict is not a plain table that can be written now.
    pub fn dict_replace(&self, dict: &ObjRef, name: &ObjRef, value: &ObjRef) -> bool {
        let Some(cell) = dict.as_dict() else {
            return false;
        };
        let Ok(mut t) = cell.try_borrow_mut() else {
            return false;
        };
        let hint = self.hint();
        let hinted = hint.get() as usize;
        let ix = match t.entry(hinted) {
            Some(e) if Rc::ptr_eq(&e.key, name) => hinted,
            _ => {
                let Some(s) = name.as_str() else {
                    return false;
                };
                match t.find_str(s.hash(), s.as_bytes()) {
                    Some(ix) => {
                        hint.set(ix as u32);
                        ix
                    }
                    None => return false,
                }
            }
        };
        let old = t.set_value(ix, value.clone());
        // The old value is released after the table's borrow ends: dropping it may free
        // objects that reach this dict.
        drop(t);
        drop(old);
        true
    }
}
