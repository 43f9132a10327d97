//! The `_functools` module (`Modules/_functoolsmodule.c`) that `functools` imports: `reduce`,
//! `partial`, `cmp_to_key` (`functools.KeyWrapper`) and `_lru_cache_wrapper`, with CPython's
//! flattening of nested partials, cache keys, statistics and error texts.

use std::cell::{Cell, RefCell};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

const PARTIAL: &str = "functools.partial";
const KEYWRAPPER: &str = "functools.KeyWrapper";
const LRU: &str = "functools._lru_cache_wrapper";

fn state<'a, T: 'static>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a T> {
    o.native::<T>()
        .ok_or_else(|| vm.internal("_functools object"))
}

/// An object with an instance `__dict__` from the start (`partial` and the cache wrapper
/// accept attributes, as `update_wrapper` sets them).
fn alloc_with_dict(vm: &Vm, cls: &ObjRef, payload: Payload) -> ObjRef {
    let o = Obj::with_dict(cls.clone(), vm.new_dict(), payload);
    if crate::object::finalize::class_has_finalizer(cls) {
        o.set_finalize(true);
    }
    vm.gc_track(&o);
    o
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "reduce", 2, 3)?;
    let it = match vm.iter(&a[1]) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(x) => vm.call_pos(&a[0], &[x, v])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

/// A partial's frozen call: the function, positional arguments (a tuple) and keywords (a
/// dict). `__setstate__` replaces them, hence the cells.
struct Partial {
    func: RefCell<ObjRef>,
    args: RefCell<ObjRef>,
    kw: RefCell<ObjRef>,
}

impl NativeData for Partial {
    fn weakrefable(&self) -> bool {
        true
    }

    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        f(&self.func.borrow());
        f(&self.args.borrow());
        f(&self.kw.borrow());
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn is_partial_call(o: &ObjRef) -> bool {
    let call = o.slot(|s| s.call);
    matches!(call, Slot::Native(f) if std::ptr::fn_addr_eq(f, partial_call as crate::object::slots::CallFn))
}

/// `partial(func, /, *args, **keywords)`: a partial of a partial (called the partial way, with
/// no instance attributes) is flattened into one.
fn partial_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.clone();
    let mut pre: Vec<ObjRef> = Vec::new();
    let kw = vm.new_dict();
    if is_partial_call(&func)
        && let Payload::Native(n) = &func.payload
        && let Some(p) = n.as_any().downcast_ref::<Partial>()
        && func.dict().is_none_or(|d| vm.len(&d).unwrap_or(0) == 0)
    {
        pre.extend(p.args.borrow().as_tuple().unwrap_or(&[]).iter().cloned());
        let inner_kw = p.kw.borrow().clone();
        crate::types::dict::update_from(vm, &kw, &inner_kw, "partial")?;
        let inner = p.func.borrow().clone();
        func = inner;
    }
    if !crate::builtins::introspect::is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    pre.extend(pos[1..].iter().cloned());
    for (k, v) in args.kw() {
        vm.dict_set(&kw, k.clone(), v.clone())?;
    }
    let st = Partial {
        func: RefCell::new(func),
        args: RefCell::new(vm.new_tuple(pre)),
        kw: RefCell::new(kw),
    };
    Ok(alloc_with_dict(vm, cls, Payload::Native(Box::new(st))))
}

fn partial_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let p = state::<Partial>(vm, o)?;
    let (func, pre, frozen_kw) = (
        p.func.borrow().clone(),
        p.args.borrow().clone(),
        p.kw.borrow().clone(),
    );
    let mut values: Vec<ObjRef> = pre.as_tuple().unwrap_or(&[]).to_vec();
    values.extend_from_slice(args.pos());
    let kw = vm.new_dict();
    crate::types::dict::update_from(vm, &kw, &frozen_kw, "partial")?;
    for (k, v) in args.kw() {
        vm.dict_set(&kw, k.clone(), v.clone())?;
    }
    let mut names = Vec::new();
    for (k, v) in dict_items(vm, &kw)? {
        names.push(k);
        values.push(v);
    }
    vm.call(
        &func,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

/// `partial.__reduce__`: `(type, (func,), (func, args, keywords, dict or None))`.
fn m_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let p = state::<Partial>(vm, o)?;
    let func = p.func.borrow().clone();
    let dict = match o.dict() {
        Some(d) if vm.len(&d)? > 0 => d,
        _ => vm.none.clone(),
    };
    let st = vec![
        func.clone(),
        p.args.borrow().clone(),
        p.kw.borrow().clone(),
        dict,
    ];
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![func]), vm.new_tuple(st)]))
}

/// `partial.__setstate__((func, args, keywords, dict))`, checked as `partial_setstate` does.
fn m_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    let invalid = || vm.type_error("invalid partial state");
    let items = a[0]
        .as_tuple()
        .filter(|t| t.len() == 4)
        .ok_or_else(invalid)?;
    let (func, fargs, kw, dict) = (&items[0], &items[1], &items[2], &items[3]);
    let kw_ok = vm.is_none(kw) || kw.as_dict().is_some();
    if !crate::builtins::introspect::is_callable(func) || fargs.as_tuple().is_none() || !kw_ok {
        return Err(invalid());
    }
    // An exact tuple and an exact dict are kept as they are, as `partial_setstate` keeps them
    // (so a copy shares them with the original); a subclass instance is converted.
    let fargs = if fargs.is_exact(&vm.types.tuple) {
        fargs.clone()
    } else {
        vm.new_tuple(fargs.as_tuple().unwrap_or(&[]).to_vec())
    };
    let new_kw = if kw.is_exact(&vm.types.dict) {
        kw.clone()
    } else {
        let d = vm.new_dict();
        if !vm.is_none(kw) {
            crate::types::dict::update_from(vm, &d, kw, "partial")?;
        }
        d
    };
    let p = state::<Partial>(vm, o)?;
    *p.func.borrow_mut() = func.clone();
    *p.args.borrow_mut() = fargs;
    *p.kw.borrow_mut() = new_kw;
    o.set_dict(Some(if vm.is_none(dict) {
        vm.new_dict()
    } else {
        dict.clone()
    }));
    Ok(vm.none.clone())
}

/// A dict's items, copied out.
fn dict_items(vm: &Vm, d: &ObjRef) -> PyResult<Vec<(ObjRef, ObjRef)>> {
    let items = vm.call_method(d, "items", &[])?;
    let mut out = Vec::new();
    for pair in vm.collect(&items)? {
        if let Some([k, v]) = pair
            .as_tuple()
            .and_then(|t| <&[ObjRef; 2]>::try_from(t).ok())
        {
            out.push((k.clone(), v.clone()));
        }
    }
    Ok(out)
}

/// `functools.partial(<function f>, 1, x=2)` (the class's own name for subclasses).
fn partial_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.new_str("..."));
    }
    let r = partial_repr_body(vm, o);
    vm.repr_leave(o);
    Ok(vm.new_str(r?))
}

fn partial_repr_body(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let p = state::<Partial>(vm, o)?;
    let (func, pre, kw) = (
        p.func.borrow().clone(),
        p.args.borrow().clone(),
        p.kw.borrow().clone(),
    );
    let mut parts = vec![vm.repr_string(&func)?];
    for a in pre.as_tuple().unwrap_or(&[]) {
        parts.push(vm.repr_string(a)?);
    }
    for (k, v) in dict_items(vm, &kw)? {
        parts.push(format!("{}={}", vm.str_string(&k)?, vm.repr_string(&v)?));
    }
    Ok(format!("{}({})", vm.type_name(o), parts.join(", ")))
}

fn get_func(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(state::<Partial>(vm, o)?.func.borrow().clone())
}

fn get_args(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(state::<Partial>(vm, o)?.args.borrow().clone())
}

fn get_keywords(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(state::<Partial>(vm, o)?.kw.borrow().clone())
}

/// `func`, `args` and `keywords` are read-only members (`READONLY` in `partial_memberlist`).
fn readonly(vm: &Vm, _o: &ObjRef, _v: Option<ObjRef>) -> PyResult<()> {
    Err(vm.error(&vm.exc.attribute_error, "readonly attribute"))
}

fn m_class_getitem(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__class_getitem__", 1)?;
    crate::types::alias::new_generic(vm, cls, &a[0])
}

fn make_partial(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        PARTIAL,
        &vm.types.object,
        Layout::Opaque,
        BASETYPE,
    );
    let s = Slots {
        new: Slot::Native(partial_new),
        call: Slot::Native(partial_call),
        repr: Slot::Native(partial_repr),
        ..Slots::default()
    };
    vm.add_getset(&t, "func", get_func, Some(readonly));
    vm.add_getset(&t, "args", get_args, Some(readonly));
    vm.add_getset(&t, "keywords", get_keywords, Some(readonly));
    vm.add_classmethod(&t, "__class_getitem__", m_class_getitem);
    vm.add_methods(
        &t,
        &[("__reduce__", m_reduce), ("__setstate__", m_setstate)],
    );
    let doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";
    vm.type_dict_set(&t, vm.intern("__doc__"), vm.new_str(doc));
    let dict = crate::types::type_methods::dict_descriptor(vm, &t);
    vm.type_dict_set(&t, vm.names.__dict__.clone(), dict);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// `cmp_to_key`'s objects: the comparison function and, once called, the wrapped value.
struct KeyWrapper {
    cmp: ObjRef,
    obj: Option<ObjRef>,
}

impl NativeData for KeyWrapper {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        f(&self.cmp);
        if let Some(o) = &self.obj {
            f(o);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn keywrapper_type(vm: &Vm) -> ObjRef {
    vm.native_type(KEYWRAPPER, || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            KEYWRAPPER,
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        let s = Slots {
            call: Slot::Native(keywrapper_call),
            richcompare: Slot::Native(keywrapper_compare),
            ..Slots::default()
        };
        vm.add_getset(&t, "obj", keywrapper_obj, None);
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        vm.set_unhashable(&t);
        t
    })
}

fn new_keywrapper(vm: &Vm, cmp: ObjRef, obj: Option<ObjRef>) -> ObjRef {
    let o = Obj::new(
        keywrapper_type(vm),
        Payload::Native(Box::new(KeyWrapper { cmp, obj })),
    );
    vm.gc_track(&o);
    o
}

fn cmp_to_key(vm: &Vm, args: Args<'_>) -> PyResult {
    let [mycmp] = args.bind(vm, "cmp_to_key", ["mycmp"], 0, 1, 1)?;
    let cmp = mycmp.ok_or_else(|| vm.internal("cmp_to_key"))?;
    Ok(new_keywrapper(vm, cmp, None))
}

fn keywrapper_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [obj] = args.bind(vm, "K", ["obj"], 0, 1, 1)?;
    let k = state::<KeyWrapper>(vm, o)?;
    Ok(new_keywrapper(vm, k.cmp.clone(), obj))
}

fn keywrapper_obj(vm: &Vm, o: &ObjRef) -> PyResult {
    let k = state::<KeyWrapper>(vm, o)?;
    match &k.obj {
        Some(v) => Ok(v.clone()),
        None => Err(vm.error(
            &vm.exc.attribute_error,
            "'functools.KeyWrapper' object has no attribute 'obj'",
        )),
    }
}

/// `cmp(a.obj, b.obj) OP 0`.
fn keywrapper_compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let ka = state::<KeyWrapper>(vm, a)?;
    let kb = match &b.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<KeyWrapper>(),
        _ => None,
    };
    let Some(kb) = kb else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (&ka.obj, &kb.obj) else {
        return Err(vm.error(&vm.exc.attribute_error, "object"));
    };
    let r = vm.call_pos(&ka.cmp, &[x.clone(), y.clone()])?;
    vm.rich_compare(&r, &vm.new_int(0), op)
}

/// The state of `_lru_cache_wrapper`. An unbounded cache is a dict from key to result. A
/// bounded one maps each key to a `[result, stamp]` list and keeps the keys by stamp in
/// `order`, the oldest first: a hit restamps its entry without touching the dict, as the C
/// cache moves a link of its list, so a lookup that re-enters the cache from a key's `__eq__`
/// does not see the dict change under it (and restart forever).
struct LruCache {
    func: ObjRef,
    /// None for an unbounded cache.
    maxsize: Option<usize>,
    typed: bool,
    info_type: ObjRef,
    cache: ObjRef,
    kwd_mark: ObjRef,
    hits: Cell<u64>,
    misses: Cell<u64>,
    /// The bounded cache's keys with their hashes, by recency stamp (oldest first).
    order: RefCell<std::collections::BTreeMap<u64, (ObjRef, i64)>>,
    next_stamp: Cell<u64>,
}

impl LruCache {
    fn stamp(&self) -> u64 {
        let s = self.next_stamp.get();
        self.next_stamp.set(s + 1);
        s
    }
}

impl NativeData for LruCache {
    fn weakrefable(&self) -> bool {
        true
    }

    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        f(&self.func);
        f(&self.info_type);
        f(&self.cache);
        f(&self.kwd_mark);
        for (k, _) in self.order.borrow().values() {
            f(k);
        }
    }

    fn clear(&self) {
        let _ = self.cache.as_dict().map(|d| d.borrow_mut().take_all());
        let old = std::mem::take(&mut *self.order.borrow_mut());
        drop(old);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    // Named as `lru_cache_new`'s argument format names it.
    let [func, maxsize, typed, info] = args.bind(
        vm,
        "lru_cache",
        ["user_function", "maxsize", "typed", "cache_info_type"],
        0,
        4,
        4,
    )?;
    let (Some(func), Some(maxsize), Some(typed), Some(info_type)) = (func, maxsize, typed, info)
    else {
        return Err(vm.internal("_lru_cache_wrapper"));
    };
    if !crate::builtins::introspect::is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = if vm.is_none(&maxsize) {
        None
    } else if maxsize.as_int().is_some() {
        Some(vm.ssize(&maxsize)?.max(0) as usize)
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let kwd_mark = vm.native_type("functools._kwd_mark", || {
        Obj::new(vm.types.object.clone(), Payload::Plain)
    });
    let st = LruCache {
        func,
        maxsize,
        typed: vm.truthy(&typed)?,
        info_type,
        cache: vm.new_dict(),
        kwd_mark,
        hits: Cell::new(0),
        misses: Cell::new(0),
        order: RefCell::new(std::collections::BTreeMap::new()),
        next_stamp: Cell::new(0),
    };
    Ok(alloc_with_dict(vm, cls, Payload::Native(Box::new(st))))
}

/// `lru_cache_make_key`: a lone `int` or `str` argument is its own key; otherwise a tuple of
/// the arguments, the keyword mark and names and values, then (typed) their types.
fn make_key(vm: &Vm, c: &LruCache, args: &Args<'_>) -> ObjRef {
    let pos = args.pos();
    if !args.has_kw()
        && !c.typed
        && pos.len() == 1
        && (pos[0].is_exact(&vm.types.int) || pos[0].is_exact(&vm.types.str))
    {
        return pos[0].clone();
    }
    let mut key: Vec<ObjRef> = pos.to_vec();
    if args.has_kw() {
        key.push(c.kwd_mark.clone());
        for (k, v) in args.kw() {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(pos.iter().map(|a| a.class()));
        key.extend(args.kw().map(|(_, v)| v.class()));
    }
    vm.new_tuple(key)
}

fn lru_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let c = state::<LruCache>(vm, o)?;
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return vm.call(&c.func, args);
    }
    let key = make_key(vm, c, &args);
    // The key is hashed once per call, as `lru_cache_make_key`'s caller does: the dict
    // operations below take the hash (the arguments' `__hash__` may be slow or count calls).
    let hash = vm.hash(&key)?;
    let Some(maxsize) = c.maxsize else {
        if let Some(v) = vm.dict_get_hashed(&c.cache, &key, hash)? {
            c.hits.set(c.hits.get() + 1);
            return Ok(v);
        }
        c.misses.set(c.misses.get() + 1);
        let result = vm.call(&c.func, args)?;
        vm.dict_set_hashed(&c.cache, key, hash, result.clone())?;
        return Ok(result);
    };
    if let Some(entry) = vm.dict_get_hashed(&c.cache, &key, hash)? {
        c.hits.set(c.hits.get() + 1);
        return Ok(restamp(vm, c, &entry));
    }
    c.misses.set(c.misses.get() + 1);
    let result = vm.call(&c.func, args)?;
    // A recursive call may have cached this key meanwhile: keep that entry.
    if vm.dict_get_hashed(&c.cache, &key, hash)?.is_some() {
        return Ok(result);
    }
    if vm.len(&c.cache)? >= maxsize {
        let oldest = c.order.borrow_mut().pop_first();
        if let Some((_, (k, h))) = oldest {
            vm.dict_del_hashed(&c.cache, &k, h)?;
        }
    }
    let stamp = c.stamp();
    let entry = vm.new_list(vec![result.clone(), vm.new_int(stamp as i64)]);
    vm.dict_set_hashed(&c.cache, key.clone(), hash, entry)?;
    c.order.borrow_mut().insert(stamp, (key, hash));
    Ok(result)
}

/// A hit in a bounded cache: the entry becomes the most recent; returns its result.
fn restamp(vm: &Vm, c: &LruCache, entry: &ObjRef) -> ObjRef {
    let Some(list) = entry.as_list() else {
        return entry.clone();
    };
    let mut items = list.borrow_mut();
    let old = items
        .get(1)
        .and_then(|s| s.as_int())
        .and_then(|i| i.as_i64());
    if let Some(old) = old {
        let mut order = c.order.borrow_mut();
        if let Some(k) = order.remove(&(old as u64)) {
            let stamp = c.stamp();
            order.insert(stamp, k);
            if let Some(slot) = items.get_mut(1) {
                *slot = vm.new_int(stamp as i64);
            }
        }
    }
    items.first().cloned().unwrap_or_else(|| vm.none.clone())
}

fn m_cache_info(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "cache_info", 0)?;
    let c = state::<LruCache>(vm, o)?;
    let maxsize = match c.maxsize {
        Some(m) => vm.new_int(m as i64),
        None => vm.none.clone(),
    };
    let size = vm.new_int(vm.len(&c.cache)? as i64);
    vm.call_pos(
        &c.info_type,
        &[
            vm.new_int(c.hits.get() as i64),
            vm.new_int(c.misses.get() as i64),
            maxsize,
            size,
        ],
    )
}

fn m_cache_clear(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "cache_clear", 0)?;
    let c = state::<LruCache>(vm, o)?;
    c.hits.set(0);
    c.misses.set(0);
    let old = c.cache.as_dict().map(|d| d.borrow_mut().take_all());
    drop(old);
    let order = std::mem::take(&mut *c.order.borrow_mut());
    drop(order);
    Ok(vm.none.clone())
}

/// `__copy__`/`__deepcopy__`: the wrapper itself, as CPython returns it.
fn m_copy(_vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(o.clone())
}

/// `__reduce__`: the wrapper's `__qualname__`, so `pickle` saves it by reference as a global
/// (`lru_cache_reduce`).
fn m_lru_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    vm.getattr(o, &vm.intern("__qualname__"))
}

/// Binds like a function: through an instance it becomes a bound method.
fn lru_get(vm: &Vm, o: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    match obj.filter(|x| !vm.is_none(x)) {
        None => Ok(o.clone()),
        Some(inst) => Ok(vm.new_method(o.clone(), inst.clone())),
    }
}

fn make_lru(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        LRU,
        &vm.types.object,
        Layout::Opaque,
        BASETYPE,
    );
    let s = Slots {
        new: Slot::Native(lru_new),
        call: Slot::Native(lru_call),
        descr_get: Slot::Native(lru_get),
        ..Slots::default()
    };
    vm.add_methods(
        &t,
        &[
            ("cache_info", m_cache_info),
            ("cache_clear", m_cache_clear),
            ("__copy__", m_copy),
            ("__deepcopy__", m_copy),
            ("__reduce__", m_lru_reduce),
        ],
    );
    let dict = crate::types::type_methods::dict_descriptor(vm, &t);
    vm.type_dict_set(&t, vm.names.__dict__.clone(), dict);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// Creates the `_functools` module; its types are made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_functools");
    let Some(d) = m.dict() else { return m };
    let p = vm.native_type(PARTIAL, || make_partial(vm));
    vm.dict_set_str(&d, "partial", p);
    let l = vm.native_type(LRU, || make_lru(vm));
    vm.dict_set_str(&d, "_lru_cache_wrapper", l);
    vm.dict_set_str(&d, "KeyWrapper", keywrapper_type(vm));
    let fns: &[(&'static str, crate::object::native::NativeFn)] =
        &[("reduce", reduce), ("cmp_to_key", cmp_to_key)];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_functools"));
    }
    m
}
