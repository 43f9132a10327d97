//! The type attribute cache: `_PyType_Lookup`'s method cache, so that looking a name up along
//! a class's MRO (every attribute access and method call does it) is one table probe instead
//! of a walk over the namespaces of every base.
//!
//! CPython keys its cache by a type's version tag and invalidates the tags of a type and its
//! subclasses when a namespace or `__bases__` changes. Here every type gets a unique tag at
//! creation, and any change to any type's namespace or MRO advances one global epoch that
//! retires every entry at once: classes are rarely modified once a program runs, and a global
//! epoch cannot miss a subclass. Entries hold only weak references (which also keep the
//! allocation, so a name or value address is never reused while an entry names it): the cache
//! never keeps an object alive, so finalization order is untouched.

use super::{Obj, ObjRef};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_TAG: AtomicU64 = AtomicU64::new(1);
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Entries in the table (a power of two), as `MCACHE_SIZE_EXP` sizes CPython's.
const SIZE: usize = 4096;

/// A fresh tag for a new type.
pub fn new_tag() -> u64 {
    NEXT_TAG.fetch_add(1, Ordering::Relaxed)
}

/// Retires every entry: called wherever a type's namespace or MRO changes
/// (`PyType_Modified`).
pub fn invalidate() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// What a lookup found: the value and the class whose namespace held it, or nothing.
pub type Found = Option<(ObjRef, ObjRef)>;

struct Entry {
    tag: u64,
    epoch: u64,
    name: Weak<Obj>,
    found: Option<(Weak<Obj>, Weak<Obj>)>,
}

thread_local! {
    static TABLE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
}

fn slot(tag: u64, hash: i64) -> usize {
    ((tag as usize).wrapping_mul(0x9E37_79B9) ^ hash as usize) & (SIZE - 1)
}

/// The cached result for (`tag`, `name`), if the entry is current; `Some(None)` is a cached
/// miss.
pub fn get(tag: u64, name: &ObjRef, hash: i64) -> Option<Found> {
    let epoch = EPOCH.load(Ordering::Relaxed);
    TABLE.with(|t| {
        let t = t.borrow();
        let e = t.get(slot(tag, hash))?.as_ref()?;
        if e.tag != tag || e.epoch != epoch || !std::ptr::eq(e.name.as_ptr(), Rc::as_ptr(name)) {
            return None;
        }
        match &e.found {
            None => Some(None),
            Some((v, owner)) => Some(Some((v.upgrade()?, owner.upgrade()?))),
        }
    })
}

/// Records the result of a full lookup.
pub fn put(tag: u64, name: &ObjRef, hash: i64, found: &Found) {
    let epoch = EPOCH.load(Ordering::Relaxed);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            t.resize_with(SIZE, || None);
        }
        t[slot(tag, hash)] = Some(Entry {
            tag,
            epoch,
            name: Rc::downgrade(name),
            found: found
                .as_ref()
                .map(|(v, o)| (Rc::downgrade(v), Rc::downgrade(o))),
        });
    });
}

/// The current epoch, for caches elsewhere that follow this cache's validity rule
/// (see [`super::attr_cache`]).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}
