//! `DictTable`: the insertion-ordered hash table behind `dict`, instance and module namespaces and
//! type dictionaries. Like `Objects/dictobject.c` it keeps a dense entry array in insertion order
//! and a sparse index array probed with CPython's perturbation scheme; deleting leaves a hole
//! that the next resize compacts away.
//!
//! The table never calls Python code itself: a probe that meets a stored key with the same hash
//! that cannot be compared natively stops and hands the comparison to the caller
//! ([`Probe::Compare`]), which runs `__eq__` without the table borrowed and resumes.

use std::rc::Rc;

use crate::object::{Obj, ObjRef, Payload};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
/// `PyDict_MINSIZE`.
const MIN_SIZE: usize = 8;

/// One stored item.
#[derive(Clone, Debug)]
pub struct DictEntry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: ObjRef,
    /// The value.
    pub value: ObjRef,
}

/// Where a probe stopped and how to continue it.
#[derive(Clone, Copy, Debug)]
pub struct ProbeState {
    slot: usize,
    perturb: u64,
}

/// The result of one probe step sequence.
#[derive(Debug)]
pub enum Probe {
    /// The key is stored at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
    /// The entry `ix` holds `stored`, a key with the same hash that only Python-level `==` can
    /// compare with the key looked up; resume from `resume` if they differ.
    Compare {
        /// Entry index.
        ix: usize,
        /// The stored key.
        stored: ObjRef,
        /// Where to continue.
        resume: ProbeState,
    },
}

/// The insertion-ordered table. Three words, so that a dict object holds it inline: the entry
/// array, which the attribute fast paths read at a remembered index without probing, sits in
/// the object itself, and the rest (the index array and counters) one box away. As in
/// CPython's `PyDictKeysObject`, the entry array is allocated at its full usable size when the
/// index array is, and filled from the front; the slots past the last entry made are empty.
#[derive(Debug, Default, Clone)]
pub struct DictTable {
    entries: Box<[Option<DictEntry>]>,
    meta: Box<Meta>,
}

/// The parts of a [`DictTable`] that a probe or a change reads.
#[derive(Debug, Default, Clone)]
struct Meta {
    indices: Vec<u32>,
    /// Entry slots filled so far, live or deleted (`dk_nentries`).
    nentries: usize,
    used: usize,
    /// Changes with every structural change (a key added or removed, a resize), drawn from the
    /// stamp counter so that no two tables that ever changed share one (CPython's keys
    /// versions): a lookup which had to run Python code can tell whether the table it was
    /// probing still exists, and `LOAD_GLOBAL`'s cache that a name is still absent.
    version: u64,
    /// Bit `hash % 64` is set for the hash of every key ever added since the table was last
    /// emptied (a superset filter): a lookup whose bit is clear misses without probing. An
    /// instance dict asked for a method name it does not hold (`LOAD_METHOD`) answers at once
    /// this way, where CPython 3.11 compares its shared keys' version instead.
    key_bits: u64,
}

/// The filter bit of a key hash (see the `key_bits` field of [`DictTable`]).
#[inline]
fn key_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// What [`DictTable::probe_exact_str`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrProbe {
    /// The key is at this entry.
    Found(usize),
    /// The key is not in the table.
    Absent,
    /// A key of another type with the same hash was met: only the full lookup, which may call
    /// its `__eq__`, can tell.
    Undecided,
}

thread_local! {
    /// The next stamp. Per thread: an interpreter and its tables live on one thread, and
    /// stamps are only compared within one interpreter's caches, so a plain counter does
    /// (an atomic read-modify-write on every dict store cost more than the store).
    static NEXT_STAMP: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

#[inline]
fn fresh_stamp() -> u64 {
    NEXT_STAMP.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// Compares two keys without running Python code, when both are of built-in types whose
/// equality is known: `Some(equal)`, or None when `__eq__` must be called.
pub fn native_key_eq(a: &Obj, b: &Obj) -> Option<bool> {
    if !a.has_builtin_type() || !b.has_builtin_type() {
        return None;
    }
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_bytes() == y.as_bytes()),
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        (Payload::Float(x), Payload::Float(y)) => Some(x == y),
        (Payload::Int(i), Payload::Float(f)) | (Payload::Float(f), Payload::Int(i)) => {
            Some(crate::types::int::eq_float(i, *f))
        }
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::Str(_), Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_))
        | (Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_), Payload::Str(_)) => Some(false),
        (Payload::Plain, Payload::Plain) => Some(false),
        _ => None,
    }
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// A table with room for `n` items without resizing.
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            t.resize(n * 3 / 2 + 1);
        }
        t
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.meta.used
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.meta.used == 0
    }

    /// The structural version (see the field).
    pub fn version(&self) -> u64 {
        self.meta.version
    }

    /// Probes for `key` from the start, or from `resume`.
    pub fn probe(&self, hash: i64, key: &ObjRef, resume: Option<ProbeState>) -> Probe {
        if self.meta.key_bits & key_bit(hash) == 0 || self.meta.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.meta.indices.len() - 1;
        let mut st = resume.unwrap_or(ProbeState {
            slot: hash as u64 as usize & mask,
            perturb: hash as u64,
        });
        if resume.is_some() {
            st.advance(mask);
        }
        loop {
            let ix = self.meta.indices[st.slot];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix != DUMMY {
                let ix = ix as usize;
                if let Some(e) = &self.entries[ix] {
                    if Rc::ptr_eq(&e.key, key) {
                        return Probe::Found(ix);
                    }
                    if e.hash == hash {
                        match native_key_eq(&e.key, key) {
                            Some(true) => return Probe::Found(ix),
                            Some(false) => {}
                            None => {
                                return Probe::Compare {
                                    ix,
                                    stored: e.key.clone(),
                                    resume: st,
                                };
                            }
                        }
                    }
                }
            }
            st.advance(mask);
        }
    }

    /// Walks the live entries on `hash`'s probe sequence, up to the first empty slot, until
    /// `visit` answers; None when it never does.
    #[inline]
    fn walk_probe<R>(
        &self,
        hash: i64,
        mut visit: impl FnMut(usize, &DictEntry) -> Option<R>,
    ) -> Option<R> {
        if self.meta.key_bits & key_bit(hash) == 0 || self.meta.indices.is_empty() {
            return None;
        }
        let mask = self.meta.indices.len() - 1;
        let mut st = ProbeState {
            slot: hash as u64 as usize & mask,
            perturb: hash as u64,
        };
        loop {
            let ix = self.meta.indices[st.slot];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY
                && let Some(e) = &self.entries[ix as usize]
                && let Some(r) = visit(ix as usize, e)
            {
                return Some(r);
            }
            st.advance(mask);
        }
    }

    /// Looks up a `str` key natively (attribute and global names): compares text only, so a
    /// stored key of another type never matches unless it is the very same object.
    pub fn get_str(&self, hash: i64, key: &ObjRef, text: &[u8]) -> Option<&ObjRef> {
        let ix = self.walk_probe(hash, |ix, e| {
            let same = Rc::ptr_eq(&e.key, key)
                || (e.hash == hash
                    && matches!(&e.key.payload, Payload::Str(s) if s.as_bytes() == text));
            same.then_some(ix)
        })?;
        self.entry(ix).map(|e| &e.value)
    }

    /// The entry index of a `str` key, compared by text (see [`DictTable::get_str`]).
    pub fn find_str(&self, hash: i64, text: &[u8]) -> Option<usize> {
        self.walk_probe(hash, |ix, e| {
            (e.hash == hash && matches!(&e.key.payload, Payload::Str(s) if s.as_bytes() == text))
                .then_some(ix)
        })
    }

    /// Where an exact `str` key is, for a store that may insert it.
    pub fn probe_exact_str(&self, hash: i64, text: &[u8]) -> StrProbe {
        let found = self.walk_probe(hash, |ix, e| {
            if e.hash != hash {
                return None;
            }
            match &e.key.payload {
                Payload::Str(s) if e.key.has_builtin_type() => {
                    (s.as_bytes() == text).then_some(StrProbe::Found(ix))
                }
                _ => Some(StrProbe::Undecided),
            }
        });
        found.unwrap_or(StrProbe::Absent)
    }

    /// The entry at index `ix`, if it is live.
    pub fn entry(&self, ix: usize) -> Option<&DictEntry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Whether entry `ix` still holds exactly `key` (a lookup's check after running `__eq__`).
    pub fn entry_key_is(&self, ix: usize, key: &ObjRef) -> bool {
        self.entry(ix).is_some_and(|e| Rc::ptr_eq(&e.key, key))
    }

    /// Replaces the value of entry `ix`, returning the old one.
    pub fn set_value(&mut self, ix: usize, value: ObjRef) -> Option<ObjRef> {
        self.entries
            .get_mut(ix)
            .and_then(|e| e.as_mut())
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Appends a new item whose key is known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        if self.meta.nentries >= self.entries.len() {
            self.resize(self.meta.used * 3);
        }
        let slot = self.empty_slot(hash);
        let ix = self.meta.nentries;
        self.meta.indices[slot] = ix as u32;
        self.entries[ix] = Some(DictEntry { hash, key, value });
        self.meta.nentries += 1;
        self.meta.key_bits |= key_bit(hash);
        self.meta.used += 1;
        self.meta.version = fresh_stamp();
    }

    /// Removes entry `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Option<DictEntry> {
        let entry = self.entries.get_mut(ix)?.take()?;
        let mask = self.meta.indices.len() - 1;
        let mut st = ProbeState {
            slot: entry.hash as u64 as usize & mask,
            perturb: entry.hash as u64,
        };
        while self.meta.indices[st.slot] != ix as u32 {
            st.advance(mask);
        }
        self.meta.indices[st.slot] = DUMMY;
        self.meta.used -= 1;
        self.meta.version = fresh_stamp();
        Some(entry)
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let filled = &self.entries[..self.meta.nentries];
        let ix = filled.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(ix);
        // Trailing holes carry no order, so the next append may reuse them.
        while self.meta.nentries > 0 && self.entries[self.meta.nentries - 1].is_none() {
            self.meta.nentries -= 1;
        }
        self.rebuild_indices_if_needed();
        e
    }

    /// Removes every item, handing them back so the caller can drop them after releasing the
    /// table (dropping may run code that looks at it).
    pub fn take_all(&mut self) -> Vec<Option<DictEntry>> {
        self.meta.indices.clear();
        self.meta.key_bits = 0;
        self.meta.used = 0;
        self.meta.version = fresh_stamp();
        self.meta.nentries = 0;
        std::mem::take(&mut self.entries).into_vec()
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.meta.indices.clear();
        self.meta.key_bits = 0;
        self.entries = Box::default();
        self.meta.nentries = 0;
        self.meta.used = 0;
        self.meta.version = fresh_stamp();
    }

    /// The number of entry slots (live or deleted); iteration walks `0..entry_slots()`, and
    /// the next new entry goes at this index unless the insertion resizes.
    pub fn entry_slots(&self) -> usize {
        self.meta.nentries
    }

    /// The live items in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &DictEntry> + '_ {
        self.entries[..self.meta.nentries]
            .iter()
            .filter_map(|e| e.as_ref())
    }

    /// The live entry at or after slot `*pos`, advancing `*pos` past it.
    pub fn next_from(&self, pos: &mut usize) -> Option<&DictEntry> {
        while *pos < self.meta.nentries {
            let i = *pos;
            *pos += 1;
            if let Some(e) = &self.entries[i] {
                return Some(e);
            }
        }
        None
    }

    fn empty_slot(&self, hash: i64) -> usize {
        let mask = self.meta.indices.len() - 1;
        let mut st = ProbeState {
            slot: hash as u64 as usize & mask,
            perturb: hash as u64,
        };
        while self.meta.indices[st.slot] != EMPTY && self.meta.indices[st.slot] != DUMMY {
            st.advance(mask);
        }
        st.slot
    }

    /// Rebuilds into an index array of at least `min_size` slots, compacting the entries.
    fn resize(&mut self, min_size: usize) {
        let mut size = MIN_SIZE;
        while size < min_size {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries).into_vec();
        let mut entries: Vec<Option<DictEntry>> = Vec::with_capacity(usable(size));
        entries.extend(old.into_iter().flatten().map(Some));
        let live = entries.len();
        entries.resize_with(usable(size), || None);
        self.entries = entries.into_boxed_slice();
        self.meta.nentries = live;
        self.meta.indices = vec![EMPTY; size];
        for i in 0..live {
            if let Some(e) = &self.entries[i] {
                let slot = self.empty_slot(e.hash);
                self.meta.indices[slot] = i as u32;
            }
        }
        self.meta.version = fresh_stamp();
    }

    fn rebuild_indices_if_needed(&mut self) {
        if self.meta.used == 0 {
            self.clear();
        }
    }
}

impl ProbeState {
    /// CPython's probe recurrence: `i = (i*5 + perturb + 1) & mask` after shifting perturb.
    #[inline]
    fn advance(&mut self, mask: usize) {
        self.perturb >>= 5;
        self.slot = (self.slot.wrapping_mul(5))
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & mask;
    }
}

/// `USABLE_FRACTION`: entries a table of `size` index slots holds before growing.
fn usable(size: usize) -> usize {
    (size << 1) / 3
}
