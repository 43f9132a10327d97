//! The `itertools` module (`Modules/itertoolsmodule.c`): each tool is an iterator type of its
//! own (`itertools.count`, ...) over one payload, with CPython's argument errors, reprs and
//! the same orders for the combinatoric iterators.
//!
//! A tool's state is kept in cells that are read by copying and written by swapping, never
//! borrowed while Python code runs: a predicate, a key function or an underlying iterator may
//! call back into the very tool that called it, as C code allows.

mod next;
mod reduce;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::native::Args;
use crate::object::slots::{NewFn, Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

pub use next::traverse;

/// A mutable reference held by a tool: reads copy it out, writes swap it in, so it is never
/// borrowed (and an old value's `__del__` runs after the swap).
#[derive(Default)]
pub struct Field(Cell<Option<ObjRef>>);

impl Field {
    fn new(v: Option<ObjRef>) -> Field {
        Field(Cell::new(v))
    }

    fn get(&self) -> Option<ObjRef> {
        let v = self.0.take();
        let r = v.clone();
        self.0.set(v);
        r
    }

    fn set(&self, v: Option<ObjRef>) {
        self.0.set(v);
    }

    fn take(&self) -> Option<ObjRef> {
        self.0.take()
    }

    /// Calls `f` on the value, for the cycle collector.
    fn visit(&self, f: &mut dyn FnMut(&ObjRef)) {
        let v = self.0.take();
        if let Some(o) = &v {
            f(o);
        }
        self.0.set(v);
    }
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Field")
    }
}

/// How many values one link of a tee's buffer holds (`LINKCELLS`).
const TEE_LINK: usize = 57;

/// One link of the buffer `tee` iterators share (`teedataobject`): the values read from the
/// source so far, up to `TEE_LINK`, then the next link. A link is freed when every tee has
/// moved past it.
#[derive(Debug)]
pub struct TeeLink {
    it: ObjRef,
    values: RefCell<Vec<ObjRef>>,
    /// Set while the source is being advanced (re-entering it is an error).
    running: Cell<bool>,
    next: RefCell<Option<Rc<TeeLink>>>,
}

impl TeeLink {
    fn new(it: ObjRef) -> Rc<TeeLink> {
        Rc::new(TeeLink {
            it,
            values: RefCell::new(Vec::new()),
            running: Cell::new(false),
            next: RefCell::new(None),
        })
    }
}

impl Drop for TeeLink {
    /// Unlinks the chain iteratively: a long buffer must not drop recursively.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(link) = next {
            next = match Rc::try_unwrap(link) {
                Ok(mut l) => l.next.get_mut().take(),
                Err(_) => None,
            };
        }
    }
}

/// `groupby`'s state, shared with its groupers.
#[derive(Debug)]
pub struct GroupState {
    it: ObjRef,
    key: Option<ObjRef>,
    tgtkey: Field,
    currkey: Field,
    currvalue: Field,
    /// The grouper allowed to advance (`currgrouper`), by number; 0 for none.
    current: Cell<u64>,
    next_id: Cell<u64>,
}

impl GroupState {
    /// Numbers a new grouper and makes it the current one.
    fn new_grouper(&self) -> u64 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        self.current.set(id);
        id
    }
}

/// The state of the combinatoric iterators, which run no Python code while they advance.
#[derive(Debug)]
pub enum Combinatoric {
    Product {
        pools: Vec<Box<[ObjRef]>>,
        indices: Option<Vec<usize>>,
        done: bool,
    },
    Permutations {
        pool: Box<[ObjRef]>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        first: bool,
        done: bool,
    },
    Combinations {
        pool: Box<[ObjRef]>,
        indices: Vec<usize>,
        first: bool,
        done: bool,
        with_replacement: bool,
    },
}

/// The state of one itertools iterator.
#[derive(Debug)]
pub enum Tool {
    Count {
        next: Field,
        step: ObjRef,
    },
    Cycle {
        it: Field,
        saved: RefCell<Vec<ObjRef>>,
        index: Cell<usize>,
        /// Values from `it` are already in `saved` (restored by `__setstate__`).
        firstpass: Cell<bool>,
    },
    Repeat {
        value: ObjRef,
        left: Cell<Option<usize>>,
    },
    Accumulate {
        it: ObjRef,
        func: Option<ObjRef>,
        total: Field,
        initial: Field,
    },
    Chain {
        sources: Field,
        active: Field,
    },
    Compress {
        data: ObjRef,
        selectors: ObjRef,
    },
    DropWhile {
        pred: ObjRef,
        it: ObjRef,
        dropping: Cell<bool>,
    },
    TakeWhile {
        pred: ObjRef,
        it: ObjRef,
        stopped: Cell<bool>,
    },
    FilterFalse {
        pred: ObjRef,
        it: ObjRef,
    },
    StarMap {
        func: ObjRef,
        it: ObjRef,
    },
    GroupBy(Rc<GroupState>),
    Grouper {
        parent: Rc<GroupState>,
        key: ObjRef,
        id: u64,
    },
    ISlice {
        it: Field,
        next: Cell<usize>,
        stop: Option<usize>,
        step: usize,
        count: Cell<usize>,
    },
    Pairwise {
        it: Field,
        old: Field,
    },
    Tee {
        link: RefCell<Rc<TeeLink>>,
        index: Cell<usize>,
    },
    ZipLongest {
        its: Box<[Field]>,
        active: Cell<usize>,
        /// Stands in for exhausted iterators (`__setstate__` replaces it).
        fill: RefCell<ObjRef>,
    },
    Combinatoric(RefCell<Combinatoric>),
}

fn tool<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Tool> {
    match &o.payload {
        Payload::Itertool(t) => Ok(t),
        _ => Err(vm.internal("expected an itertools object")),
    }
}

/// The module's type `name` (`itertools._grouper`).
fn ty(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    vm.find_native_type(name)
        .ok_or_else(|| vm.internal("itertools types"))
}

fn new_tool(vm: &Vm, cls: &ObjRef, t: Tool) -> ObjRef {
    let o = Obj::new(cls.clone(), Payload::Itertool(Box::new(t)));
    vm.gc_track(&o);
    o
}

fn count_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [start, step] = args.bind(vm, "count", ["start", "step"], 0, 2, 0)?;
    let start = start.unwrap_or_else(|| vm.new_int(0));
    let step = step.unwrap_or_else(|| vm.new_int(1));
    // `PyNumber_Check`.
    let number = |o: &ObjRef| {
        o.slot(|s| s.index.is_present() || s.int.is_present() || s.float.is_present())
            || matches!(o.payload, Payload::Complex(..))
    };
    if !number(&start) || !number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(new_tool(
        vm,
        cls,
        Tool::Count {
            next: Field::new(Some(start)),
            step,
        },
    ))
}

fn cycle_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args
        .no_kw_for_new(vm, cls, "cycle")?
        .range(vm, "cycle", 1, 1)?;
    let it = vm.iter(&a[0])?;
    let saved = RefCell::new(Vec::new());
    Ok(new_tool(
        vm,
        cls,
        Tool::Cycle {
            it: Field::new(Some(it)),
            saved,
            index: Cell::new(0),
            firstpass: Cell::new(false),
        },
    ))
}

fn repeat_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [object, times] = args.bind(vm, "repeat", ["object", "times"], 0, 2, 1)?;
    let value = object.ok_or_else(|| vm.internal("repeat"))?;
    let left = match times {
        Some(t) => Some(vm.ssize(&t)?.max(0) as usize),
        None => None,
    };
    Ok(new_tool(
        vm,
        cls,
        Tool::Repeat {
            value,
            left: Cell::new(left),
        },
    ))
}

fn accumulate_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [iterable, func, initial] =
        args.bind(vm, "accumulate", ["iterable", "func", "initial"], 0, 2, 1)?;
    let it = vm.iter(&iterable.ok_or_else(|| vm.internal("accumulate"))?)?;
    let func = func.filter(|f| !vm.is_none(f));
    let initial = Field::new(initial.filter(|i| !vm.is_none(i)));
    Ok(new_tool(
        vm,
        cls,
        Tool::Accumulate {
            it,
            func,
            total: Field::default(),
            initial,
        },
    ))
}

fn chain_of(vm: &Vm, cls: &ObjRef, sources: ObjRef) -> ObjRef {
    let sources = Field::new(Some(sources));
    new_tool(
        vm,
        cls,
        Tool::Chain {
            sources,
            active: Field::default(),
        },
    )
}

fn chain_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let args = args.no_kw_for_new(vm, cls, "chain")?;
    let sources = vm.iter(&vm.new_tuple(args.pos().to_vec()))?;
    Ok(chain_of(vm, cls, sources))
}

fn chain_from_iterable(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "chain.from_iterable", 1)?;
    let sources = vm.iter(&a[0])?;
    Ok(chain_of(vm, cls, sources))
}

fn compress_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [data, selectors] = args.bind(vm, "compress", ["data", "selectors"], 0, 2, 2)?;
    let data = vm.iter(&data.ok_or_else(|| vm.internal("compress"))?)?;
    let selectors = vm.iter(&selectors.ok_or_else(|| vm.internal("compress"))?)?;
    Ok(new_tool(vm, cls, Tool::Compress { data, selectors }))
}

/// The `(function, iterable, /)` parameters of `dropwhile` and its kind.
fn func_and_iter(vm: &Vm, cls: &ObjRef, args: Args<'_>, name: &str) -> PyResult<(ObjRef, ObjRef)> {
    let a = args.no_kw_for_new(vm, cls, name)?.exact(vm, name, 2)?;
    Ok((a[0].clone(), vm.iter(&a[1])?))
}

fn dropwhile_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let (pred, it) = func_and_iter(vm, cls, args, "dropwhile")?;
    Ok(new_tool(
        vm,
        cls,
        Tool::DropWhile {
            pred,
            it,
            dropping: Cell::new(true),
        },
    ))
}

fn takewhile_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let (pred, it) = func_and_iter(vm, cls, args, "takewhile")?;
    Ok(new_tool(
        vm,
        cls,
        Tool::TakeWhile {
            pred,
            it,
            stopped: Cell::new(false),
        },
    ))
}

fn filterfalse_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let (pred, it) = func_and_iter(vm, cls, args, "filterfalse")?;
    Ok(new_tool(vm, cls, Tool::FilterFalse { pred, it }))
}

fn starmap_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let (func, it) = func_and_iter(vm, cls, args, "starmap")?;
    Ok(new_tool(vm, cls, Tool::StarMap { func, it }))
}

fn groupby_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [iterable, key] = args.bind(vm, "groupby", ["iterable", "key"], 0, 2, 1)?;
    let it = vm.iter(&iterable.ok_or_else(|| vm.internal("groupby"))?)?;
    let state = GroupState {
        it,
        key: key.filter(|k| !vm.is_none(k)),
        tgtkey: Field::default(),
        currkey: Field::default(),
        currvalue: Field::default(),
        current: Cell::new(0),
        next_id: Cell::new(1),
    };
    Ok(new_tool(vm, cls, Tool::GroupBy(Rc::new(state))))
}

/// `itertools._grouper(parent, tgtkey, /)`: a grouper of a `groupby` object.
fn grouper_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "_grouper", 2, 2)?;
    let st = match &a[0].payload {
        Payload::Itertool(t) => match &**t {
            Tool::GroupBy(st) => Some(st),
            _ => None,
        },
        _ => None,
    };
    let Some(st) = st else {
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    let id = st.new_grouper();
    let key = a[1].clone();
    Ok(new_tool(
        vm,
        cls,
        Tool::Grouper {
            parent: st.clone(),
            key,
            id,
        },
    ))
}

/// `PyNumber_AsSsize_t` with any error cleared, as `islice` reads its arguments: a failure
/// (no `__index__`, or out of the machine range) reads as -1.
fn ssize_or_minus_one(vm: &Vm, o: &ObjRef) -> i64 {
    vm.index(o).ok().and_then(|i| i.as_i64()).unwrap_or(-1)
}

fn islice_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let args = args.no_kw_for_new(vm, cls, "islice")?;
    let a = args.range(vm, "islice", 2, 4)?;
    let (mut start, mut stop) = (0, -1);
    let stop_arg = if a.len() == 2 {
        &a[1]
    } else {
        if !vm.is_none(&a[1]) {
            start = ssize_or_minus_one(vm, &a[1]);
        }
        &a[2]
    };
    if !vm.is_none(stop_arg) {
        stop = ssize_or_minus_one(vm, stop_arg);
        if stop == -1 {
            return Err(vm.value_error(
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            ));
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match a.get(3) {
        Some(s) if !vm.is_none(s) => ssize_or_minus_one(vm, s),
        _ => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = Field::new(Some(vm.iter(&a[0])?));
    let stop = (stop >= 0).then_some(stop as usize);
    let (next, step) = (Cell::new(start as usize), step as usize);
    Ok(new_tool(
        vm,
        cls,
        Tool::ISlice {
            it,
            next,
            stop,
            step,
            count: Cell::new(0),
        },
    ))
}

fn pairwise_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "pairwise", 1, 1)?;
    let it = Field::new(Some(vm.iter(&a[0])?));
    Ok(new_tool(
        vm,
        cls,
        Tool::Pairwise {
            it,
            old: Field::default(),
        },
    ))
}

fn zip_longest_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let mut fill = vm.none.clone();
    for (k, v) in args.kw() {
        if vm.str_lossy(k) == "fillvalue" {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::new();
    for o in args.pos() {
        its.push(Field::new(Some(vm.iter(o)?)));
    }
    let active = Cell::new(its.len());
    Ok(new_tool(
        vm,
        cls,
        Tool::ZipLongest {
            its: its.into(),
            active,
            fill: RefCell::new(fill),
        },
    ))
}

fn combinatoric(vm: &Vm, cls: &ObjRef, c: Combinatoric) -> ObjRef {
    new_tool(vm, cls, Tool::Combinatoric(RefCell::new(c)))
}

fn product_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let mut repeat = 1usize;
    if args.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "product() takes at most 1 keyword argument ({} given)",
            args.kwnames.len()
        )));
    }
    for (k, v) in args.kw() {
        if vm.str_lossy(k) != "repeat" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                vm.str_lossy(k)
            )));
        }
        let r = vm.ssize(v)?;
        if r < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
        repeat = r as usize;
    }
    let npools = args.pos().len().checked_mul(repeat);
    let Some(npools) = npools.filter(|&n| n < isize::MAX as usize / 8) else {
        return Err(vm.overflow_error("repeat argument too large"));
    };
    let mut base = Vec::new();
    for o in args.pos() {
        base.push(vm.collect(o)?.into_boxed_slice());
    }
    let mut pools = Vec::with_capacity(npools);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let done = pools.iter().any(|p| p.is_empty());
    Ok(combinatoric(
        vm,
        cls,
        Combinatoric::Product {
            pools,
            indices: None,
            done,
        },
    ))
}

fn permutations_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [iterable, r] = args.bind(vm, "permutations", ["iterable", "r"], 0, 2, 1)?;
    let pool = vm.collect(&iterable.ok_or_else(|| vm.internal("permutations"))?)?;
    let n = pool.len();
    let r = match r.filter(|r| !vm.is_none(r)) {
        None => n,
        Some(r) if r.as_int().is_none() => return Err(vm.type_error("Expected int as r")),
        Some(r) => {
            let r = vm.ssize(&r)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    let state = Combinatoric::Permutations {
        indices: (0..n).collect(),
        cycles: (0..r.min(n)).map(|i| n - i).collect(),
        pool: pool.into(),
        r,
        first: true,
        done: r > n,
    };
    Ok(combinatoric(vm, cls, state))
}

fn combinations_new_as(vm: &Vm, cls: &ObjRef, args: Args<'_>, with_replacement: bool) -> PyResult {
    let name = if with_replacement {
        "combinations_with_replacement"
    } else {
        "combinations"
    };
    let [iterable, r] = args.bind(vm, name, ["iterable", "r"], 0, 2, 2)?;
    let r = vm.ssize(&r.ok_or_else(|| vm.internal(name))?)?;
    let pool = vm.collect(&iterable.ok_or_else(|| vm.internal(name))?)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    let done = if with_replacement {
        n == 0 && r > 0
    } else {
        r > n
    };
    let indices = match (done, with_replacement) {
        (true, _) => Vec::new(),
        (false, true) => vec![0; r],
        (false, false) => (0..r).collect(),
    };
    let state = Combinatoric::Combinations {
        indices,
        pool: pool.into(),
        first: true,
        done,
        with_replacement,
    };
    Ok(combinatoric(vm, cls, state))
}

fn combinations_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    combinations_new_as(vm, cls, args, false)
}

fn cwr_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    combinations_new_as(vm, cls, args, true)
}

/// A new tee reading `src`: at a tee's own place when `src` is one (`tee_fromiterable`),
/// else from the start of a new buffer over `iter(src)`.
fn tee_from(vm: &Vm, cls: &ObjRef, src: &ObjRef) -> PyResult {
    let t = match &src.payload {
        Payload::Itertool(t) => match &**t {
            Tool::Tee { link, index } => Some((link.borrow().clone(), index.get())),
            _ => None,
        },
        _ => None,
    };
    let (link, index) = match t {
        Some(t) => t,
        None => (TeeLink::new(vm.iter(src)?), 0),
    };
    let tee = Tool::Tee {
        link: RefCell::new(link),
        index: Cell::new(index),
    };
    Ok(new_tool(vm, cls, tee))
}

/// `itertools._tee(iterable, /)`.
fn tee_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "_tee", 1, 1)?;
    tee_from(vm, cls, &a[0])
}

/// `_tee.__copy__()`: a tee at the same place over the same buffer.
fn tee_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__copy__", 0)?;
    tee_from(vm, &o.class(), o)
}

/// `itertools.tee(iterable, n=2, /)`: the first copy is the iterator itself when it has a
/// `__copy__` method, else a tee over it; the others are copies of the first.
fn tee(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(n) => vm.ssize(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.empty_tuple.clone());
    }
    let it = vm.iter(&a[0])?;
    let name = vm.intern("__copy__");
    let (first, copy) = match vm.getattr_opt(&it, &name)? {
        Some(copy) => (it, copy),
        None => {
            let t = tee_from(vm, &ty(vm, "itertools._tee")?, &it)?;
            let copy = vm.getattr(&t, &name)?;
            (t, copy)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call0(&copy)?);
    }
    Ok(vm.new_tuple(out))
}

/// `repeat.__length_hint__()`: the repetitions left (`TypeError` when endless).
fn repeat_length_hint(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__length_hint__", 0)?;
    match tool(vm, o)? {
        Tool::Repeat { left, .. } => match left.get() {
            Some(n) => Ok(vm.new_int(n as i64)),
            None => Err(vm.type_error("len() of unsized object")),
        },
        _ => Err(vm.internal("repeat")),
    }
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `count` and `repeat` reprs (the other tools have `object`'s).
fn tool_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let full = vm.type_name(o);
    let name = full.rsplit('.').next().unwrap_or(&full);
    let (first, second) = match tool(vm, o)? {
        Tool::Count { next, step } => {
            let one = step.as_int().is_some_and(|i| i.as_i64() == Some(1));
            let next = next.get().ok_or_else(|| vm.internal("count"))?;
            (next, (!one).then(|| step.clone()))
        }
        Tool::Repeat { value, left } => (value.clone(), left.get().map(|n| vm.new_int(n as i64))),
        _ => return Err(vm.internal("itertools repr")),
    };
    let text = match second {
        Some(s) => format!(
            "{name}({}, {})",
            vm.repr_string(&first)?,
            vm.repr_string(&s)?
        ),
        None => format!("{name}({})", vm.repr_string(&first)?),
    };
    Ok(vm.new_str(text))
}

/// The tools: qualified name, constructor, whether classes may derive from it.
const TOOLS: &[(&str, NewFn, bool)] = &[
    ("itertools.count", count_new, true),
    ("itertools.cycle", cycle_new, true),
    ("itertools.repeat", repeat_new, true),
    ("itertools.accumulate", accumulate_new, true),
    ("itertools.chain", chain_new, true),
    ("itertools.compress", compress_new, true),
    ("itertools.dropwhile", dropwhile_new, true),
    ("itertools.takewhile", takewhile_new, true),
    ("itertools.filterfalse", filterfalse_new, true),
    ("itertools.groupby", groupby_new, true),
    ("itertools.islice", islice_new, true),
    ("itertools.pairwise", pairwise_new, true),
    ("itertools.starmap", starmap_new, true),
    ("itertools.zip_longest", zip_longest_new, true),
    ("itertools.product", product_new, true),
    ("itertools.permutations", permutations_new, true),
    ("itertools.combinations", combinations_new, true),
    ("itertools.combinations_with_replacement", cwr_new, true),
    ("itertools._grouper", grouper_new, false),
    ("itertools._tee", tee_new, false),
];

/// Makes the type of the tool `qualname`.
fn make_type(vm: &Vm, qualname: &str, new: NewFn, base: bool) -> ObjRef {
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let t = crate::types::new_static_type(
        &vm.types.type_,
        qualname,
        &vm.types.object,
        Layout::Opaque,
        if base { BASETYPE } else { 0 },
    );
    let s = Slots {
        iter: Slot::Native(self_iter),
        next: Slot::Native(next::tool_next),
        repr: if matches!(name, "count" | "repeat") {
            Slot::Native(tool_repr)
        } else {
            Slot::Absent
        },
        new: Slot::Native(new),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    match name {
        "chain" => {
            vm.add_classmethod(&t, "from_iterable", chain_from_iterable);
            vm.add_classmethod(&t, "__class_getitem__", crate::types::alias::class_getitem);
        }
        "repeat" => vm.add_methods(&t, &[("__length_hint__", repeat_length_hint)]),
        "_tee" => vm.add_methods(&t, &[("__copy__", tee_copy)]),
        _ => {}
    }
    reduce::install(vm, &t, name);
    t
}

/// Creates the `itertools` module; its types are made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("itertools");
    let Some(d) = m.dict() else { return m };
    for &(qualname, new, base) in TOOLS {
        let t = vm.native_type(qualname, || make_type(vm, qualname, new, base));
        let name = qualname.rsplit('.').next().unwrap_or(qualname);
        vm.dict_set_str(&d, name, t);
    }
    vm.dict_set_str(&d, "tee", vm.new_module_builtin("tee", tee, "itertools"));
    m
}
