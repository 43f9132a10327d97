//! The cycle collector. Reference counting frees everything but reference cycles; like
//! CPython's `gc`, this finds groups of tracked container objects that only reference each
//! other (trial deletion: each object's count minus the references from other tracked objects;
//! what is left positive is reachable from outside), runs the finalizers of the unreachable ones
//! once (PEP 442), then breaks the cycles by clearing their containers.
//!
//! Tracked are the objects cycles go through in practice: instances of classes, lists, dicts,
//! sets, cells, functions, bound methods and generators. Collection runs on `gc.collect()` and
//! at interpreter exit.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use super::{Obj, ObjRef, Payload};
use crate::runtime::Vm;

/// The tracked objects, in allocation order.
#[derive(Debug, Default)]
pub struct Tracker {
    objects: Vec<Weak<Obj>>,
    /// Prune dead entries when the list reaches this length.
    prune_at: usize,
    /// Whether automatic collection is enabled (`gc.isenabled()`); kept for the API.
    pub enabled: bool,
    /// `gc.get_threshold()`: kept for the API, as collection runs on `gc.collect()` only.
    pub threshold: [i64; 3],
    /// `gc.get_debug()`.
    pub debug: i64,
    /// `gc.get_stats()`: per generation, collections run and objects found unreachable.
    pub stats: [(usize, usize); 3],
    /// The `gc.callbacks` list, called around each `gc.collect()`.
    pub callbacks: Option<ObjRef>,
}

impl Tracker {
    /// A tracker with collection enabled.
    pub fn new() -> Tracker {
        Tracker {
            objects: Vec::new(),
            prune_at: 4096,
            enabled: true,
            // CPython's defaults (gcmodule.c's `generations` initialiser).
            threshold: [700, 10, 10],
            debug: 0,
            stats: [(0, 0); 3],
            callbacks: None,
        }
    }

    /// Starts tracking `obj`.
    pub fn track(&mut self, obj: &ObjRef) {
        self.objects.push(Rc::downgrade(obj));
        if self.objects.len() >= self.prune_at {
            // Dead entries keep their allocations alive; drop them now and then.
            self.objects.retain(|w| w.strong_count() > 0);
            self.prune_at = (self.objects.len() * 2).max(4096);
        }
    }

    /// Whether `obj` is tracked (`gc.is_tracked`).
    pub fn tracks(&self, obj: &ObjRef) -> bool {
        self.objects
            .iter()
            .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(obj)))
    }

    /// The tracked objects still alive, in tracking order.
    pub fn live(&mut self) -> Vec<ObjRef> {
        self.objects.retain(|w| w.strong_count() > 0);
        self.objects.iter().filter_map(Weak::upgrade).collect()
    }
}

/// Calls `f` on every object `obj` references directly (`tp_traverse`).
pub fn traverse(obj: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    if let Some(d) = &obj.dict() {
        f(d);
    }
    // `subtype_traverse`: an instance of a class references its class.
    let cls = obj.class();
    if cls.as_type().is_some_and(|t| t.is_heap()) {
        f(&cls);
    }
    drop(cls);
    match &obj.payload {
        Payload::List(l) => {
            for x in l.borrow().iter() {
                f(x);
            }
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                f(x);
            }
        }
        Payload::Dict(d) => {
            for e in d.borrow().iter() {
                f(&e.key);
                f(&e.value);
            }
        }
        Payload::Set(s) => s.borrow().entries().for_each(|(k, _)| f(k)),
        Payload::Cell(c) => {
            if let Some(x) = &*c.borrow() {
                f(x);
            }
        }
        Payload::Slots(s) => {
            for x in s.borrow().iter().flatten() {
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

/// Drops the references a container holds (`tp_clear`), freeing the cycle.
fn clear(obj: &Obj) {
    let dict = obj.dict();
    if let Some(d) = dict
        && let Payload::Dict(t) = &d.payload
    {
        let old = t.borrow_mut().take_all();
        drop(old);
    }
    match &obj.payload {
        Payload::List(l) => {
            let old = std::mem::take(&mut *l.borrow_mut());
            drop(old);
        }
        Payload::Dict(d) => {
            let old = d.borrow_mut().take_all();
            drop(old);
        }
        Payload::Set(s) => {
            let old = s.borrow_mut().take_all();
            drop(old);
        }
        Payload::Cell(c) => {
            let old = c.borrow_mut().take();
            drop(old);
        }
        Payload::Slots(s) => {
            let old = std::mem::take(&mut *s.borrow_mut());
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
        _ => {}
    }
}

/// Finds the unreachable tracked objects (trial deletion).
fn unreachable(objs: &[ObjRef]) -> Vec<ObjRef> {
    let index: HashMap<usize, usize, IdBuild> =
        objs.iter().enumerate().map(|(i, o)| (o.id(), i)).collect();
    // Our own vector holds one reference to each.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for o in objs {
        traverse(o, &mut |r| {
            if let Some(&j) = index.get(&r.id()) {
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
            if let Some(&j) = index.get(&r.id())
                && !reachable[j]
            {
                reachable[j] = true;
                stack.push(j);
            }
        });
    }
    objs.iter()
        .zip(reachable)
        .filter(|(_, r)| !r)
        .map(|(o, _)| o.clone())
        .collect()
}

impl Vm<'_> {
    /// Tracks a new container object for the cycle collector.
    pub fn gc_track(&self, obj: &ObjRef) {
        self.gc.borrow_mut().track(obj);
    }

    /// `gc.collect()`: finalizes and frees unreachable cycles; returns how many objects were
    /// unreachable.
    pub fn gc_collect(&self) -> usize {
        let objs = self.gc.borrow_mut().live();
        let dead = unreachable(&objs);
        drop(objs);
        let count = dead.len();
        if count == 0 {
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
            let objs = self.gc.borrow_mut().live();
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
        count
    }
}
