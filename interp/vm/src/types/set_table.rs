//! `SetTable`: the hash table behind `set` and `frozenset`, laid out exactly as
//! `Objects/setobject.c` (3.11) lays it out — a table of 8 slots to start, probes that scan 9
//! neighbouring slots before perturbing, `fill`/`used` counts, dummy entries left by
//! deletions, and the same growth policy — so iterating a set visits its items in CPython's
//! order.
//!
//! Like [`super::dict_table::DictTable`], the table never runs Python code: a probe that needs
//! `__eq__` stops with [`SetProbe::Compare`] and the caller resumes it.

use std::rc::Rc;

use super::dict_table::native_key_eq;
use crate::object::ObjRef;

/// `PySet_MINSIZE`.
pub const MIN_SIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// One slot: unused (no key, hash 0), dummy (no key, hash -1) or active.
#[derive(Clone, Debug, Default)]
pub struct SetEntry {
    /// The key, if active.
    pub key: Option<ObjRef>,
    /// The key's hash (-1 marks a dummy).
    pub hash: i64,
}

impl SetEntry {
    fn is_unused(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }

    fn is_dummy(&self) -> bool {
        self.key.is_none() && self.hash == -1
    }
}

/// Where a probe is, so it can resume after a Python-level comparison.
#[derive(Clone, Copy, Debug)]
pub struct SetProbeState {
    i: usize,
    k: usize,
    probes: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl SetProbeState {
    fn start(hash: i64, mask: usize) -> SetProbeState {
        let i = hash as u64 as usize & mask;
        SetProbeState {
            i,
            k: 0,
            probes: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
            freeslot: None,
        }
    }

    /// The next slot: along the linear run, then a perturbed jump.
    fn advance(&mut self, mask: usize) {
        if self.k < self.probes {
            self.k += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i.wrapping_mul(5))
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & mask;
        self.k = 0;
        self.probes = if self.i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
    }

    fn slot(&self) -> usize {
        self.i + self.k
    }
}

/// What a probe found.
#[derive(Debug)]
pub enum SetProbe {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent; a new key goes to `slot` (`unused` when it is a never-used slot
    /// rather than a dummy to reuse).
    Missing {
        /// Where to insert.
        slot: usize,
        /// Whether the slot was never used.
        unused: bool,
    },
    /// Slot `slot` holds `stored` with the same hash; compare with `__eq__`, then resume.
    Compare {
        /// The slot.
        slot: usize,
        /// The stored key.
        stored: ObjRef,
        /// Where to continue.
        state: SetProbeState,
    },
}

/// The set table.
#[derive(Clone, Debug)]
pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    finger: usize,
    /// Bumped whenever the table is rebuilt or a key added or removed, so a lookup that ran
    /// `__eq__` can tell that the table changed under it.
    version: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty table of `MIN_SIZE` slots.
    pub fn new() -> SetTable {
        SetTable {
            table: vec![SetEntry::default(); MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// `len(set)`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The structural version.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The key at slot `slot`, if active.
    pub fn key_at(&self, slot: usize) -> Option<&ObjRef> {
        self.table.get(slot).and_then(|e| e.key.as_ref())
    }

    /// Probes for `key` from the start or from `state`.
    pub fn probe(&self, key: &ObjRef, hash: i64, state: Option<SetProbeState>) -> SetProbe {
        let mask = self.mask();
        let mut st = match state {
            Some(mut s) => {
                s.advance(mask);
                s
            }
            None => SetProbeState::start(hash, mask),
        };
        loop {
            let slot = st.slot();
            let e = &self.table[slot];
            if e.is_unused() {
                return match st.freeslot {
                    Some(f) => SetProbe::Missing {
                        slot: f,
                        unused: false,
                    },
                    None => SetProbe::Missing { slot, unused: true },
                };
            }
            match &e.key {
                Some(stored) if e.hash == hash => {
                    if Rc::ptr_eq(stored, key) {
                        return SetProbe::Found(slot);
                    }
                    match native_key_eq(stored, key) {
                        Some(true) => return SetProbe::Found(slot),
                        Some(false) => {}
                        None => {
                            return SetProbe::Compare {
                                slot,
                                stored: stored.clone(),
                                state: st,
                            };
                        }
                    }
                }
                None if e.is_dummy() && st.freeslot.is_none() => st.freeslot = Some(slot),
                _ => {}
            }
            st.advance(mask);
        }
    }

    /// Whether slot `slot` still holds exactly `key`.
    pub fn slot_holds(&self, slot: usize, key: &ObjRef) -> bool {
        self.key_at(slot).is_some_and(|k| Rc::ptr_eq(k, key))
    }

    /// Inserts at the slot a probe reported missing (`set_add_entry`'s tail, resizing as
    /// CPython does after filling an unused slot).
    pub fn insert_at(&mut self, slot: usize, unused: bool, key: ObjRef, hash: i64) {
        self.table[slot] = SetEntry {
            key: Some(key),
            hash,
        };
        self.used += 1;
        self.version += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                });
            }
        }
    }

    /// Turns the active slot `slot` into a dummy, returning its key.
    pub fn remove_at(&mut self, slot: usize) -> Option<ObjRef> {
        let e = self.table.get_mut(slot)?;
        let key = e.key.take()?;
        e.hash = -1;
        self.used -= 1;
        self.version += 1;
        Some(key)
    }

    /// `set_table_resize`: the smallest power of two above `minused`, keys reinserted in
    /// table order, dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::default(); newsize]);
        let mask = newsize - 1;
        self.fill = self.used;
        for e in old {
            if let Some(k) = e.key {
                insert_clean(&mut self.table, mask, k, e.hash);
            }
        }
        self.version += 1;
    }

    /// `set_merge`'s presizing before adding `incoming` keys.
    pub fn presize_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Whether `set_merge` may copy `other` slot for slot (same size, no dummies here or
    /// there, this table empty).
    pub fn can_copy_from(&self, other: &SetTable) -> bool {
        self.fill == 0 && self.mask() == other.mask() && other.fill == other.used
    }

    /// `set_merge`'s fast paths for an empty table: a slot-for-slot copy or clean insertion.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        if self.can_copy_from(other) {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if src.key.is_some() {
                    *dst = src.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
        } else {
            let mask = self.mask();
            self.fill = other.used;
            self.used = other.used;
            for e in &other.table {
                if let Some(k) = &e.key {
                    insert_clean(&mut self.table, mask, k.clone(), e.hash);
                }
            }
        }
        self.version += 1;
    }

    /// Whether this table has never had a key (`so->fill == 0`).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// After removals: resize away dummies when they are over a quarter of the table
    /// (`set_difference_update_internal`'s tail).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// The active entries in table order, with their hashes.
    pub fn entries(&self) -> impl Iterator<Item = (&ObjRef, i64)> + '_ {
        self.table
            .iter()
            .filter_map(|e| e.key.as_ref().map(|k| (k, e.hash)))
    }

    /// The key at or after `*pos` in table order (`set_next`), advancing `*pos`.
    pub fn next_from(&self, pos: &mut usize) -> Option<ObjRef> {
        while *pos < self.table.len() {
            let i = *pos;
            *pos += 1;
            if let Some(k) = &self.table[i].key {
                return Some(k.clone());
            }
        }
        None
    }

    /// `set.pop()`: from the search finger on.
    pub fn pop(&mut self) -> Option<ObjRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = self.remove_at(i);
        self.finger = i + 1;
        key
    }

    /// Empties the table back to `MIN_SIZE` slots, handing the old entries back to drop
    /// outside any borrow.
    pub fn take_all(&mut self) -> Vec<SetEntry> {
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        std::mem::replace(&mut self.table, vec![SetEntry::default(); MIN_SIZE])
    }
}

/// `set_insert_clean`: places a key known to be absent into a table without dummies.
fn insert_clean(table: &mut [SetEntry], mask: usize, key: ObjRef, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        if table[i].key.is_none() {
            table[i] = SetEntry {
                key: Some(key),
                hash,
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].key.is_none() {
                    table[i + j] = SetEntry {
                        key: Some(key),
                        hash,
                    };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5))
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}
