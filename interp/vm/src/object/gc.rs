//! The cycle collector. Reference counting frees everything but reference cycles; like
//! CPython's `gc`, this finds groups of tracked container objects that only reference each
//! other (trial deletion: each object's count minus the references from other tracked objects;
//! what is left positive is reachable from outside), runs the finalizers of the unreachable ones
//! once (PEP 442), then breaks the cycles by clearing their containers.
//!
//! Tracked are the objects cycles go through in practice: instances of classes, lists, dicts,
//! cells, functions, bound methods and generators. Collection is generational, as
//! gcmodule.c's: tracked objects are born in generation 0, and a collection of generation `g`
//! examines it and the younger ones and moves the survivors one generation up. Generation 0 is
//! collected when the tracked allocations minus releases pass `threshold[0]`, generation 1 after
//! `threshold[1]` collections of generation 0, generation 2 after `threshold[2]` of generation
//! 1 once a quarter more objects have survived into it since the last full collection
//! (`collect_generations`). The collection starts at the next instruction boundary, where
//! finalizers can run, rather than inside the allocation.

use std::cell::Cell;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use super::{Obj, ObjRef, Payload};
use crate::runtime::Vm;

thread_local! {
    /// `generations[0].count`: tracked allocations minus releases since the last collection.
    static YOUNG: Cell<i64> = const { Cell::new(0) };
    /// Whether a collection waits for the next instruction boundary.
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// A tracked object was released (`PyObject_GC_Del`).
#[inline]
pub fn released() {
    YOUNG.with(|c| {
        let n = c.get();
        if n > 0 {
            c.set(n - 1);
        }
    });
}

/// Whether an automatic collection was due; clears the request.
#[inline]
pub fn take_due() -> bool {
    DUE.with(|d| d.replace(false))
}

/// The tracked objects, oldest first: generation 2, then 1, then 0.
#[derive(Debug, Default)]
pub struct Tracker {
    objects: Vec<Weak<Obj>>,
    /// Where generation 1 and generation 0 start in `objects`.
    starts: [usize; 2],
    /// Compact the whole list when it reaches this length: a released object's memory stays
    /// allocated while a weak reference to it is held.
    prune_at: usize,
    /// Whether automatic collection is enabled (`gc.isenabled()`).
    pub enabled: bool,
    /// Whether a collection is running (`gcstate->collecting`).
    collecting: bool,
    /// `gc.get_threshold()`.
    pub threshold: [i64; 3],
    /// `generations[1].count` and `generations[2].count`: collections of the generation below
    /// since this one's last collection.
    older_counts: [i64; 2],
    /// Objects that survived into generation 2 since the last full collection, and how many
    /// that collection left (`long_lived_pending`, `long_lived_total`).
    long_lived: (usize, usize),
    /// `gc.get_debug()`.
    pub debug: i64,
    /// `gc.get_stats()`: per generation, collections run and objects found unreachable.
    pub stats: [(usize, usize); 3],
    /// The `gc.callbacks` list, called around each collection.
    pub callbacks: Option<ObjRef>,
}

impl Tracker {
    /// A tracker with collection enabled.
    pub fn new() -> Tracker {
        Tracker {
            objects: Vec::new(),
            starts: [0, 0],
            prune_at: 4096,
            enabled: true,
            collecting: false,
            // CPython's defaults (gcmodule.c's `generations` initialiser).
            threshold: [700, 10, 10],
            older_counts: [0, 0],
            long_lived: (0, 0),
            debug: 0,
            stats: [(0, 0); 3],
            callbacks: None,
        }
    }

    /// Starts tracking `obj`.
    fn track(&mut self, obj: &ObjRef) {
        obj.tracked.set(true);
        self.objects.push(Rc::downgrade(obj));
        if self.objects.len() >= self.prune_at {
            self.compact_from(0);
            self.prune_at = (self.objects.len() * 2).max(4096);
        }
    }

    /// Drops the entries of released objects from index `from` on, keeping the generations'
    /// boundaries on the same objects.
    fn compact_from(&mut self, from: usize) {
        let len = self.objects.len();
        let mut starts = self.starts;
        let mut kept = from;
        for i in from..len {
            for (s, old) in starts.iter_mut().zip(self.starts) {
                if old == i {
                    *s = kept;
                }
            }
            if self.objects[i].strong_count() > 0 {
                self.objects.swap(kept, i);
                kept += 1;
            }
        }
        for (s, old) in starts.iter_mut().zip(self.starts) {
            if old >= len {
                *s = kept;
            }
        }
        self.objects.truncate(kept);
        self.starts = starts;
    }

    /// Where the objects a collection of generation `g` examines start.
    fn first_of(&self, generation: usize) -> usize {
        match generation {
            0 => self.starts[1],
            1 => self.starts[0],
            _ => 0,
        }
        .min(self.objects.len())
    }

    /// The live tracked objects of generation `g` and the younger ones, oldest first.
    fn live_from_generation(&mut self, generation: usize) -> Vec<ObjRef> {
        let from = self.first_of(generation);
        self.compact_from(from);
        self.objects[from..]
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// The live objects of exactly generation `g` (`gc.get_objects(generation)`).
    pub fn generation(&mut self, generation: usize) -> Vec<ObjRef> {
        self.compact_from(0);
        let range = match generation {
            0 => self.starts[1]..self.objects.len(),
            1 => self.starts[0]..self.starts[1],
            _ => 0..self.starts[0],
        };
        self.objects[range]
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// The tracked objects still alive, oldest first.
    pub fn live(&mut self) -> Vec<ObjRef> {
        self.compact_from(0);
        self.objects.iter().filter_map(Weak::upgrade).collect()
    }

    /// `gc.get_count()`.
    pub fn counts(&self) -> [i64; 3] {
        [
            YOUNG.with(Cell::get),
            self.older_counts[0],
            self.older_counts[1],
        ]
    }

    /// Moves the survivors of a collection of generation `g` one generation up and updates
    /// the counts as `gc_collect_main` does.
    fn promote(&mut self, generation: usize) {
        let from = self.first_of(generation);
        self.compact_from(from);
        let survivors = self.objects.len() - from;
        let len = self.objects.len();
        YOUNG.with(|c| c.set(0));
        match generation {
            0 => {
                self.starts[1] = len;
                self.older_counts[0] += 1;
            }
            1 => {
                self.starts = [len, len];
                self.older_counts = [0, self.older_counts[1] + 1];
                self.long_lived.0 += survivors;
            }
            _ => {
                self.starts = [len, len];
                self.older_counts = [0, 0];
                self.long_lived = (0, survivors);
            }
        }
    }

    /// The generation an automatic collection examines, if any is due (`gc_collect_generations`).
    fn due_generation(&self) -> Option<usize> {
        let counts = self.counts();
        (0..3).rev().find(|&g| {
            counts[g] > self.threshold[g] && (g < 2 || self.long_lived.0 >= self.long_lived.1 / 4)
        })
    }
}

/// Calls `f` on every object `obj` references directly (`tp_traverse`).
pub fn traverse(obj: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    if let Some(d) = &obj.dict() {
        visit_dict(d, f);
    } else if let Payload::Values(v) = &obj.payload {
        // `_PyObject_VisitInstanceAttributes`, before the class as in `subtype_traverse`.
        for x in v.try_borrow().iter().flat_map(|v| v.iter()).flatten() {
            f(x);
        }
    }
    // `subtype_traverse`: an instance of a class references its class.
    let cls = obj.class();
    if cls.as_type().is_some_and(|t| t.is_heap()) {
        f(&cls);
    }
    drop(cls);
    match &obj.payload {
        Payload::List(l) => {
            // A container being changed by the code that runs now is skipped: what it holds
            // then counts as referenced from outside, which only keeps it alive.
            for x in l.try_borrow().iter().flat_map(|l| l.iter()) {
                f(x);
            }
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                f(x);
            }
        }
        Payload::Dict(d) => {
            for e in d.try_borrow().iter().flat_map(|d| d.iter()) {
                f(&e.key);
                f(&e.value);
            }
        }
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.entries().for_each(|(k, _)| f(k));
            }
        }
        Payload::FrozenSet(s) => s.0.entries().for_each(|(k, _)| f(k)),
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow()
                && let Some(x) = &*c
            {
                f(x);
            }
        }
        Payload::Slots(s) => {
            for x in s.try_borrow().iter().flat_map(|s| s.iter()).flatten() {
                f(x);
            }
        }
        Payload::Method(m) => {
            f(&m.func);
            f(&m.self_);
        }
        Payload::Function(func) => {
            f(&func.globals);
            if let Some(c) = &func.closure {
                f(c);
            }
            if let Some(d) = &*func.defaults.borrow() {
                f(d);
            }
            if let Some(d) = &*func.kwdefaults.borrow() {
                f(d);
            }
        }
        Payload::Type(t) if t.is_heap() => {
            for e in t.dict.borrow().iter() {
                f(&e.value);
            }
            // Every strong reference once: the MRO (the class itself first), the bases, the
            // base.
            for b in t.mro.borrow().iter() {
                f(b);
            }
            for b in t.bases.borrow().iter() {
                f(b);
            }
            if let Some(b) = &*t.base.borrow() {
                f(b);
            }
        }
        Payload::Slice(s) => {
            f(&s.start);
            f(&s.stop);
            f(&s.step);
        }
        Payload::ClassMethod(x) | Payload::StaticMethod(x) => f(x),
        Payload::GetSet(g) => f(&g.owner),
        Payload::Member(m) => f(&m.owner),
        Payload::Property(p) => {
            for x in [&p.fget, &p.fset, &p.fdel, &p.doc].into_iter() {
                if let Some(v) = &*x.borrow() {
                    f(v);
                }
            }
        }
        Payload::Generator(g) => {
            if let Some(fr) = &*g.frame.borrow() {
                f(&fr.globals);
                if let Some(func) = &fr.func {
                    f(func);
                }
                if let Some(l) = &fr.locals {
                    f(l);
                }
                for x in fr.slots.iter().flatten() {
                    f(x);
                }
                if let Some(o) = &fr.obj {
                    f(o);
                }
                if let Some(d) = fr.locals_dict.get() {
                    f(d);
                }
            }
            if let Some(e) = &*g.exc_state.borrow() {
                f(e);
            }
            if let Some(h) = &*g.finalizer.borrow() {
                f(h);
            }
            if let Some(d) = &*g.throwing_into.borrow() {
                f(d);
            }
        }
        Payload::Frame(fo) => {
            let st = fo.state.borrow();
            for x in st.owned.iter().flatten().flatten() {
                f(x);
            }
            for x in [&st.back, &st.fast_locals, &st.trace].into_iter().flatten() {
                f(x);
            }
        }
        Payload::Async(h) => crate::types::async_gen::traverse(h, f),
        Payload::WeakRef(w) => {
            if let Some(c) = &w.callback {
                f(c);
            }
        }
        Payload::Itertool(t) => crate::builtins::itertools::traverse(t, f),
        Payload::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                it.traverse(f);
            }
        }
        Payload::Native(n) => n.traverse(f),
        Payload::Traceback(t) => {
            f(&t.frame);
            if let Some(n) = &*t.next.borrow() {
                f(n);
            }
        }
        Payload::Exception(e) => {
            f(&e.args.borrow());
            for x in [&e.traceback, &e.cause, &e.context] {
                if let Some(v) = &*x.borrow() {
                    f(v);
                }
            }
            for x in e.fields.borrow().iter().flatten() {
                f(x);
            }
        }
        _ => {}
    }
}

/// Visits an object's `__dict__`. A tracked dict is visited itself. An instance's own dict is
/// not tracked (it is part of the instance, as CPython 3.11's inline values are): while the
/// instance holds the only reference its items are visited as the instance's own
/// (`_PyObject_VisitInstanceAttributes`); a dict referenced elsewhere as well counts as
/// reachable from outside, so its items are not visited at all.
fn visit_dict(d: &ObjRef, f: &mut dyn FnMut(&ObjRef)) {
    if d.tracked.get() {
        f(d);
    } else if Rc::strong_count(d) == 2
        && let Payload::Dict(t) = &d.payload
    {
        // Two: the object's field and the caller's `d`.
        for e in t.try_borrow().iter().flat_map(|t| t.iter()) {
            f(&e.key);
            f(&e.value);
        }
    }
}

/// Hashes object addresses for the collector's tables. Addresses are already unique, so one
/// multiply and fold replaces SipHash (which made hashing most of a full collection's cost);
/// the fold brings high bits down because addresses' low bits are always zero.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_usize(self.0 as usize ^ usize::from(b));
        }
    }

    fn write_usize(&mut self, n: usize) {
        let h = (n as u64 ^ self.0).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

/// Tables keyed by `ObjRef::id()`.
type IdBuild = BuildHasherDefault<IdHasher>;

/// Every object reachable from `root` (itself included), by address.
pub fn reachable_from(root: &ObjRef) -> Vec<ObjRef> {
    let mut seen: HashSet<usize, IdBuild> = HashSet::default();
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(o) = stack.pop() {
        if !seen.insert(o.id()) {
            continue;
        }
        traverse(&o, &mut |r| stack.push(r.clone()));
        out.push(o);
    }
    out
}

/// Drops the references a container holds (`tp_clear`), freeing the cycle. A container that
/// running code is changing is left alone (it cannot be garbage while in use).
fn clear(obj: &Obj) {
    let dict = obj.dict();
    // An untracked dict is the object's own, seen through it by the collector, so its items
    // are cleared here; a tracked one (shared, or assigned to `__dict__`) is cleared by its
    // own turn if it is garbage too, and left alone if something else still uses it.
    if let Some(d) = dict
        && !d.tracked.get()
        && let Payload::Dict(t) = &d.payload
        && let Ok(mut t) = t.try_borrow_mut()
    {
        let old = t.take_all();
        drop(t);
        drop(old);
    }
    // `subtype_clear` drops the dict itself too: an object that is its own `__dict__` (a dict
    // subclass instance given `self.__dict__ = self`) holds itself through that slot.
    if !obj.dict.is_none() {
        obj.set_dict(None);
    }
    match &obj.payload {
        Payload::List(l) => {
            let old = l.try_borrow_mut().map(|mut l| std::mem::take(&mut *l));
            drop(old);
        }
        Payload::Dict(d) => {
            let old = d.try_borrow_mut().map(|mut d| d.take_all());
            drop(old);
        }
        Payload::Set(s) => {
            let old = s.try_borrow_mut().map(|mut s| s.take_all());
            drop(old);
        }
        Payload::Cell(c) => {
            let old = c.try_borrow_mut().map(|mut c| c.take());
            drop(old);
        }
        Payload::Slots(s) | Payload::Values(s) => {
            let old = s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
            drop(old);
        }
        // `type_clear`: a class found in a cycle loses its namespace and its MRO (which holds
        // the class itself, so the cycle would otherwise never break).
        Payload::Type(t) if t.is_heap() => {
            let old = t.dict.borrow_mut().take_all();
            let mro = std::mem::take(&mut *t.mro.borrow_mut());
            crate::object::type_cache::invalidate();
            drop(old);
            drop(mro);
        }
        Payload::Frame(fo) => {
            let old = {
                let mut st = fo.state.borrow_mut();
                (
                    st.owned.as_mut().map(std::mem::take),
                    st.back.take(),
                    st.fast_locals.take(),
                    st.trace.take(),
                )
            };
            drop(old);
        }
        Payload::Native(n) => n.clear(),
        // `gen_traverse`'s counterpart: a generator whose finalizer left it suspended (it
        // ignored `GeneratorExit`) drops its frame, which ends the cycle through its locals.
        Payload::Generator(g) => {
            let frame = g.frame.try_borrow_mut().map(|mut f| f.take());
            let exc = g.exc_state.try_borrow_mut().map(|mut e| e.take());
            let hook = g.finalizer.try_borrow_mut().map(|mut h| h.take());
            drop(frame);
            drop(exc);
            drop(hook);
        }
        _ => {}
    }
}

/// Finds the unreachable tracked objects among `objs` (trial deletion). Each object is marked
/// with its place for the duration, so that recognising a reference into the set is one load.
fn unreachable(objs: &[ObjRef]) -> Vec<ObjRef> {
    let Ok(n) = u32::try_from(objs.len()) else {
        // More objects than marks can number: nothing is collected.
        return Vec::new();
    };
    for (i, o) in (1..=n).zip(objs) {
        o.gc_index.set(i);
    }
    let place = |r: &ObjRef| r.gc_index.get().checked_sub(1).map(|i| i as usize);
    // Our own vector holds one reference to each.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for o in objs {
        traverse(o, &mut |r| {
            if let Some(j) = place(r) {
                refs[j] -= 1;
            }
        });
    }
    let mut reachable = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        reachable[i] = true;
    }
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |r| {
            if let Some(j) = place(r)
                && !reachable[j]
            {
                reachable[j] = true;
                stack.push(j);
            }
        });
    }
    for o in objs {
        o.gc_index.set(0);
    }
    objs.iter()
        .zip(reachable)
        .filter(|(_, r)| !r)
        .map(|(o, _)| o.clone())
        .collect()
}

impl Vm<'_> {
    /// Tracks a new container object for the cycle collector, and asks for a collection at
    /// the next instruction boundary once enough have been allocated (`_PyObject_GC_Link`).
    pub fn gc_track(&self, obj: &ObjRef) {
        // Tracked once: a second entry in the collector's list would count as an outside
        // reference and keep the object's cycles alive.
        if obj.tracked.get() {
            return;
        }
        let mut gc = self.gc.borrow_mut();
        gc.track(obj);
        let young = YOUNG.with(|c| {
            let n = c.get() + 1;
            c.set(n);
            n
        });
        if young > gc.threshold[0]
            && gc.threshold[0] > 0
            && gc.enabled
            && !gc.collecting
            && !DUE.with(|d| d.replace(true))
        {
            super::finalize::request();
        }
    }

    /// Whether `obj` is tracked (`gc.is_tracked`).
    #[inline]
    pub fn gc_is_tracked(&self, obj: &ObjRef) -> bool {
        obj.tracked.get()
    }

    /// The automatic collection asked for by [`Vm::gc_track`]: the oldest generation whose
    /// count passed its threshold (`gc_collect_generations`).
    pub fn gc_collect_due(&self) {
        let due = {
            let gc = self.gc.borrow();
            if !gc.enabled || gc.collecting {
                return;
            }
            gc.due_generation()
        };
        if let Some(generation) = due {
            self.gc_collect_announced(generation);
        }
    }

    /// One collection of `generation` announced to `gc.callbacks` and counted in
    /// `gc.get_stats()` (`gc_collect_with_callback`); nothing while a collection runs, as
    /// `gc_collect_impl` does. Returns how many objects were unreachable.
    pub fn gc_collect_announced(&self, generation: usize) -> usize {
        self.while_collecting(|| {
            gc_callbacks(self, "start", generation, 0);
            let n = self.gc_collect_generation(generation);
            {
                let mut gc = self.gc.borrow_mut();
                let stat = &mut gc.stats[generation];
                stat.0 += 1;
                stat.1 += n;
            }
            gc_callbacks(self, "stop", generation, n);
            n
        })
    }

    /// A full collection without callbacks, as at interpreter exit (`_PyGC_CollectNoFail`).
    pub fn gc_collect(&self) -> usize {
        self.while_collecting(|| self.gc_collect_generation(2))
    }

    /// Runs `collect` flagged as the running collection (`gcstate->collecting`); 0 without
    /// running it when one already runs.
    fn while_collecting(&self, collect: impl FnOnce() -> usize) -> usize {
        if std::mem::replace(&mut self.gc.borrow_mut().collecting, true) {
            return 0;
        }
        let n = collect();
        self.gc.borrow_mut().collecting = false;
        n
    }

    /// Finalizes and frees the unreachable cycles among the objects of `generation` and the
    /// younger ones, then moves the survivors up; returns how many objects were unreachable.
    fn gc_collect_generation(&self, generation: usize) -> usize {
        let objs = self.gc.borrow_mut().live_from_generation(generation);
        let dead = unreachable(&objs);
        drop(objs);
        let count = dead.len();
        if count == 0 {
            self.gc.borrow_mut().promote(generation);
            return 0;
        }
        // Finalizers first, each object once; a finalizer may resurrect objects.
        for o in &dead {
            if o.finalize.get() {
                o.set_finalize(false);
                super::finalize::finalize_now(self, o);
            }
        }
        super::finalize::run(self);
        // Finalizers may have resurrected some: clear only what is still unreachable, found
        // again without this function's own references to the first findings.
        let dead_ids: HashSet<usize, IdBuild> = dead.iter().map(|o| o.id()).collect();
        drop(dead);
        let still = {
            let objs = self.gc.borrow_mut().live_from_generation(generation);
            unreachable(&objs)
                .into_iter()
                .filter(|o| dead_ids.contains(&o.id()))
                .collect::<Vec<_>>()
        };
        for o in &still {
            if let Payload::WeakRef(_) = o.payload {
                crate::types::weakref::disarm(o);
            }
        }
        for o in &still {
            clear(o);
        }
        drop(still);
        super::finalize::run(self);
        self.gc.borrow_mut().promote(generation);
        count
    }
}

/// Calls each of `gc.callbacks` with `(phase, info)` (`invoke_gc_callback`); one that raises
/// is reported as unraisable and the rest still run.
fn gc_callbacks(vm: &Vm, phase: &str, generation: usize, collected: usize) {
    let Some(list) = vm.gc.borrow().callbacks.clone() else {
        return;
    };
    let callbacks = match vm.collect(&list) {
        Ok(c) => c,
        Err(e) => return super::finalize::write_unraisable(vm, None, None, e),
    };
    if callbacks.is_empty() {
        return;
    }
    let info = vm.new_dict();
    vm.dict_set_str(&info, "generation", vm.new_int(generation as i64));
    vm.dict_set_str(&info, "collected", vm.new_int(collected as i64));
    vm.dict_set_str(&info, "uncollectable", vm.new_int(0));
    let phase = vm.new_str(phase);
    for cb in &callbacks {
        if let Err(e) = vm.call_pos(cb, &[phase.clone(), info.clone()]) {
            super::finalize::write_unraisable(vm, None, Some(cb), e);
        }
    }
}
