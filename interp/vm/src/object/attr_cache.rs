//! Per-name attribute caches of a code object, used by `LOAD_ATTR`, `LOAD_METHOD` and
//! `STORE_ATTR`: CPython 3.11 specialises those instructions (`LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_VALUES`, `STORE_ATTR_INSTANCE_VALUE`) with an inline cache keyed by the
//! type's version tag; this is the same idea, per name of `co_names`.
//!
//! An entry remembers two things. What the class lookup (`_PyType_Lookup`) found, valid while
//! the type's tag and the type cache's global epoch are the ones it was found under (the rule
//! of [`super::type_cache`], so it is invalidated exactly when that cache is). And where in the
//! instance dict the name was last found: a *hint* only, an entry index that is used when the
//! entry there still holds this very key object, so a changed or resized dict can never give a
//! wrong answer. Dict keys are unique, so the entry holding the key is the one a full probe would
//! find. Values are held weakly, as the type cache holds them, so a cache never keeps an object
//! alive and finalization order is untouched.

use super::typeobj::lookup;
use super::{Obj, ObjRef};
use std::cell::Cell;
use std::rc::{Rc, Weak};

/// The cache of one name of a code object.
#[derive(Default)]
pub struct AttrEntry {
    /// The tag of the type the lookup was made on (0: nothing cached; tags start at 1).
    tag: Cell<u64>,
    /// The type cache's epoch at that lookup.
    epoch: Cell<u64>,
    /// What the lookup found (`None`: the name is on no class of the MRO).
    found: Cell<Option<Weak<Obj>>>,
    /// The instance dict's entry index where the name was last found.
    hint: Cell<u32>,
}

impl std::fmt::Debug for AttrEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttrEntry")
            .field("tag", &self.tag.get())
            .field("epoch", &self.epoch.get())
            .field("hint", &self.hint.get())
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
        if self.tag.get() == t.tag && self.epoch.get() == epoch {
            let found = self.found.take();
            let answer = match &found {
                None => Some(None),
                Some(w) => w.upgrade().map(Some),
            };
            self.found.set(found);
            if let Some(answer) = answer {
                return answer;
            }
        }
        let answer = lookup(ty, name);
        self.tag.set(t.tag);
        self.epoch.set(epoch);
        self.found.set(answer.as_ref().map(Rc::downgrade));
        answer
    }

    /// `dict.get(name)` for an instance dict, trying the hinted entry before probing.
    pub fn dict_get(&self, dict: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let t = dict.as_dict()?.try_borrow().ok()?;
        if let Some(e) = t.entry(self.hint.get() as usize)
            && Rc::ptr_eq(&e.key, name)
        {
            return Some(e.value.clone());
        }
        let s = name.as_str()?;
        let ix = t.find_str(s.hash(), s.as_bytes())?;
        self.hint.set(ix as u32);
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
        let hinted = self.hint.get() as usize;
        let ix = match t.entry(hinted) {
            Some(e) if Rc::ptr_eq(&e.key, name) => hinted,
            _ => {
                let Some(s) = name.as_str() else {
                    return false;
                };
                match t.find_str(s.hash(), s.as_bytes()) {
                    Some(ix) => {
                        self.hint.set(ix as u32);
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
