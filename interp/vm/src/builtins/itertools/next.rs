//! Advancing the itertools iterators (`tp_iternext` of each tool), in CPython's order of
//! calls on the underlying iterators and functions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Combinatoric, Field, GroupState, TEE_LINK, TeeLink, Tool, tool};
use crate::object::slots::NbOp;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `tp_iternext` of every tool.
pub fn tool_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    match tool(vm, o)? {
        Tool::Count { next, step } => {
            let Some(v) = next.get() else { return Ok(None) };
            next.set(Some(vm.binary_op(&v, step, NbOp::Add)?));
            Ok(Some(v))
        }
        Tool::Cycle {
            it,
            saved,
            index,
            firstpass,
        } => cycle_next(vm, it, saved, index, firstpass.get()),
        Tool::Repeat { value, left } => match left.get() {
            Some(0) => Ok(None),
            Some(n) => {
                left.set(Some(n - 1));
                Ok(Some(value.clone()))
            }
            None => Ok(Some(value.clone())),
        },
        Tool::Accumulate {
            it,
            func,
            total,
            initial,
        } => accumulate_next(vm, it, func.as_ref(), total, initial),
        Tool::Chain { sources, active } => chain_next(vm, sources, active),
        Tool::Compress { data, selectors } => loop {
            let Some(d) = vm.next(data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        Tool::DropWhile { pred, it, dropping } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            if !dropping.get() || !call_truthy(vm, pred, &v)? {
                dropping.set(false);
                return Ok(Some(v));
            }
        },
        Tool::TakeWhile { pred, it, stopped } => {
            if stopped.get() {
                return Ok(None);
            }
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            if call_truthy(vm, pred, &v)? {
                return Ok(Some(v));
            }
            stopped.set(true);
            Ok(None)
        }
        Tool::FilterFalse { pred, it } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            // `None` and `bool` test the value itself.
            let keep = if vm.is_none(pred) || Rc::ptr_eq(pred, &vm.types.bool) {
                vm.truthy(&v)?
            } else {
                call_truthy(vm, pred, &v)?
            };
            if !keep {
                return Ok(Some(v));
            }
        },
        Tool::StarMap { func, it } => {
            let Some(args) = vm.next(it)? else {
                return Ok(None);
            };
            let args = vm.collect(&args)?;
            vm.call_pos(func, &args).map(Some)
        }
        Tool::GroupBy(st) => groupby_next(vm, st),
        Tool::Grouper { parent, key, id } => grouper_next(vm, parent, key, *id),
        Tool::ISlice {
            it,
            next,
            stop,
            step,
            count,
        } => islice_next(vm, it, next, *stop, *step, count),
        Tool::Pairwise { it, old } => pairwise_next(vm, it, old),
        Tool::Tee { link, index } => tee_next(vm, link, index),
        Tool::ZipLongest { its, active, fill } => {
            let fill = fill.borrow().clone();
            zip_longest_next(vm, its, active, &fill)
        }
        Tool::Combinatoric(c) => {
            // No Python code runs while the state is borrowed.
            let Ok(mut c) = c.try_borrow_mut() else {
                return Ok(None);
            };
            Ok(combinatoric_next(&mut c).map(|items| vm.new_tuple(items)))
        }
    }
}

/// `bool(func(v))`.
fn call_truthy(vm: &Vm, func: &ObjRef, v: &ObjRef) -> PyResult<bool> {
    let r = vm.call_pos(func, std::slice::from_ref(v))?;
    vm.truthy(&r)
}

fn cycle_next(
    vm: &Vm,
    it: &Field,
    saved: &RefCell<Vec<ObjRef>>,
    index: &Cell<usize>,
    firstpass: bool,
) -> PyResult<Option<ObjRef>> {
    if let Some(i) = it.get() {
        if let Some(v) = vm.next(&i)? {
            if !firstpass {
                saved.borrow_mut().push(v.clone());
            }
            return Ok(Some(v));
        }
        it.set(None);
    }
    let saved = saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = index.get() % saved.len();
    index.set((i + 1) % saved.len());
    Ok(Some(saved[i].clone()))
}

fn accumulate_next(
    vm: &Vm,
    it: &ObjRef,
    func: Option<&ObjRef>,
    total: &Field,
    initial: &Field,
) -> PyResult<Option<ObjRef>> {
    if let Some(i) = initial.take() {
        total.set(Some(i.clone()));
        return Ok(Some(i));
    }
    let Some(v) = vm.next(it)? else {
        return Ok(None);
    };
    let new = match total.get() {
        None => v,
        Some(acc) => match func {
            Some(f) => vm.call_pos(f, &[acc, v])?,
            None => vm.binary_op(&acc, &v, NbOp::Add)?,
        },
    };
    total.set(Some(new.clone()));
    Ok(Some(new))
}

fn chain_next(vm: &Vm, sources: &Field, active: &Field) -> PyResult<Option<ObjRef>> {
    while let Some(src) = sources.get() {
        let cur = match active.get() {
            Some(a) => a,
            None => {
                let Some(iterable) = vm.next(&src)? else {
                    sources.set(None);
                    return Ok(None);
                };
                let a = vm.iter(&iterable)?;
                active.set(Some(a.clone()));
                a
            }
        };
        if let Some(v) = vm.next(&cur)? {
            return Ok(Some(v));
        }
        active.set(None);
    }
    Ok(None)
}

fn islice_next(
    vm: &Vm,
    it: &Field,
    next: &Cell<usize>,
    stop: Option<usize>,
    step: usize,
    count: &Cell<usize>,
) -> PyResult<Option<ObjRef>> {
    let Some(i) = it.get() else { return Ok(None) };
    // Skipping to the next index does not look at `stop`, as in CPython.
    while count.get() < next.get() {
        if vm.next(&i)?.is_none() {
            it.set(None);
            return Ok(None);
        }
        count.set(count.get() + 1);
    }
    if stop.is_some_and(|s| count.get() >= s) {
        it.set(None);
        return Ok(None);
    }
    let Some(v) = vm.next(&i)? else {
        it.set(None);
        return Ok(None);
    };
    count.set(count.get() + 1);
    let mut n = next.get().saturating_add(step);
    if let Some(s) = stop
        && n > s
    {
        n = s;
    }
    next.set(n);
    Ok(Some(v))
}

fn pairwise_next(vm: &Vm, it: &Field, old: &Field) -> PyResult<Option<ObjRef>> {
    let Some(i) = it.get() else { return Ok(None) };
    let prev = match old.get() {
        Some(p) => p,
        None => {
            let Some(p) = vm.next(&i)? else {
                it.set(None);
                return Ok(None);
            };
            old.set(Some(p.clone()));
            p
        }
    };
    let Some(new) = vm.next(&i)? else {
        it.set(None);
        old.set(None);
        return Ok(None);
    };
    old.set(Some(new.clone()));
    Ok(Some(vm.new_tuple(vec![prev, new])))
}

/// The value at `index` of a tee's link, reading the source when no tee has yet
/// (`teedataobject_getitem`); a source that stops may go on later.
fn tee_next(vm: &Vm, link: &RefCell<Rc<TeeLink>>, index: &Cell<usize>) -> PyResult<Option<ObjRef>> {
    if index.get() >= TEE_LINK {
        let cur = link.borrow().clone();
        let next = cur.next.borrow().clone();
        let next = next.unwrap_or_else(|| {
            let l = TeeLink::new(cur.it.clone());
            *cur.next.borrow_mut() = Some(l.clone());
            l
        });
        drop(link.replace(next));
        index.set(0);
    }
    let data = link.borrow().clone();
    let i = index.get();
    let have = data.values.borrow().get(i).cloned();
    let v = match have {
        Some(v) => v,
        None => {
            if data.running.get() {
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            data.running.set(true);
            let r = vm.next(&data.it);
            data.running.set(false);
            let Some(v) = r? else { return Ok(None) };
            data.values.borrow_mut().push(v.clone());
            v
        }
    };
    index.set(i + 1);
    Ok(Some(v))
}

fn zip_longest_next(
    vm: &Vm,
    its: &[Field],
    active: &Cell<usize>,
    fill: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    if its.is_empty() || active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for slot in its {
        let v = match slot.get() {
            None => fill.clone(),
            Some(i) => match vm.next(&i)? {
                Some(v) => v,
                None => {
                    active.set(active.get().saturating_sub(1));
                    if active.get() == 0 {
                        return Ok(None);
                    }
                    slot.set(None);
                    fill.clone()
                }
            },
        };
        out.push(v);
    }
    Ok(Some(vm.new_tuple(out)))
}

/// The next tuple of a combinatoric iterator, as its items.
fn combinatoric_next(c: &mut Combinatoric) -> Option<Vec<ObjRef>> {
    let pick = |pool: &[ObjRef], idx: &[usize]| idx.iter().map(|&i| pool[i].clone()).collect();
    match c {
        Combinatoric::Product {
            pools,
            indices,
            done,
        } => {
            if *done {
                return None;
            }
            let idx = match indices {
                None => indices.insert(vec![0; pools.len()]),
                Some(idx) => {
                    if !advance_product(idx, pools) {
                        *done = true;
                        return None;
                    }
                    idx
                }
            };
            Some(
                idx.iter()
                    .zip(pools.iter())
                    .map(|(&i, p)| p[i].clone())
                    .collect(),
            )
        }
        Combinatoric::Permutations {
            pool,
            r,
            indices,
            cycles,
            first,
            done,
        } => {
            if *done {
                return None;
            }
            if *first {
                *first = false;
            } else if pool.is_empty() || *r == 0 || !advance_permutation(indices, cycles) {
                *done = true;
                return None;
            }
            Some(pick(pool, &indices[..*r]))
        }
        Combinatoric::Combinations {
            pool,
            indices,
            first,
            done,
            with_replacement,
        } => {
            if *done {
                return None;
            }
            if *first {
                *first = false;
            } else if indices.is_empty()
                || !advance_combination(indices, pool.len(), *with_replacement)
            {
                *done = true;
                return None;
            }
            Some(pick(pool, indices))
        }
    }
}

/// The odometer step of `product`; false when it wraps around.
fn advance_product(idx: &mut [usize], pools: &[Box<[ObjRef]>]) -> bool {
    for i in (0..idx.len()).rev() {
        idx[i] += 1;
        if idx[i] < pools[i].len() {
            return true;
        }
        idx[i] = 0;
    }
    false
}

/// The next permutation's indices (`permutations_next`); false after the last.
fn advance_permutation(indices: &mut Vec<usize>, cycles: &mut [usize]) -> bool {
    let n = indices.len();
    for i in (0..cycles.len()).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            let x = indices.remove(i);
            indices.push(x);
            cycles[i] = n - i;
        } else {
            indices.swap(i, n - cycles[i]);
            return true;
        }
    }
    false
}

/// The next combination's indices (`combinations_next`, `cwr_next`); false after the last.
fn advance_combination(indices: &mut [usize], n: usize, with_replacement: bool) -> bool {
    let r = indices.len();
    let limit = |i: usize| if with_replacement { n - 1 } else { i + n - r };
    let Some(i) = (0..r).rev().find(|&i| indices[i] != limit(i)) else {
        return false;
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = if with_replacement {
            indices[i]
        } else {
            indices[j - 1] + 1
        };
    }
    true
}

/// `groupby_step`: reads the next value and its key; false at the end.
fn group_step(vm: &Vm, st: &GroupState) -> PyResult<bool> {
    let Some(v) = vm.next(&st.it)? else {
        return Ok(false);
    };
    let k = match &st.key {
        Some(f) => vm.call_pos(f, std::slice::from_ref(&v))?,
        None => v.clone(),
    };
    let old = st.currvalue.take();
    st.currvalue.set(Some(v));
    st.currkey.set(Some(k));
    drop(old);
    Ok(true)
}

fn groupby_next(vm: &Vm, st: &Rc<GroupState>) -> PyResult<Option<ObjRef>> {
    st.current.set(0);
    // Skips to the next group.
    loop {
        match (st.tgtkey.get(), st.currkey.get()) {
            (_, None) => {}
            (None, Some(_)) => break,
            (Some(t), Some(c)) => {
                if !vm.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !group_step(vm, st)? {
            return Ok(None);
        }
    }
    let key = st.currkey.get().unwrap_or_else(|| vm.none.clone());
    st.tgtkey.set(Some(key.clone()));
    let id = st.new_grouper();
    let grouper = Tool::Grouper {
        parent: st.clone(),
        key: key.clone(),
        id,
    };
    let grouper = super::new_tool(vm, &super::ty(vm, "itertools._grouper")?, grouper);
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}

fn grouper_next(vm: &Vm, st: &GroupState, key: &ObjRef, id: u64) -> PyResult<Option<ObjRef>> {
    if st.current.get() != id {
        return Ok(None);
    }
    if st.currvalue.get().is_none() && !group_step(vm, st)? {
        return Ok(None);
    }
    let Some(cur) = st.currkey.get() else {
        return Ok(None);
    };
    if !vm.eq(key, &cur)? {
        return Ok(None);
    }
    let r = st.currvalue.take();
    st.currkey.set(None);
    Ok(r)
}

/// The objects a tool references, for the cycle collector. State shared between objects (a
/// tee's buffer, a groupby's current group) is not visited: counting it once per sharer would
/// overcount its references, and leaving it out can only keep garbage alive.
pub fn traverse(t: &Tool, f: &mut dyn FnMut(&ObjRef)) {
    match t {
        Tool::Count { next, step } => {
            next.visit(f);
            f(step);
        }
        Tool::Cycle { it, saved, .. } => {
            it.visit(f);
            if let Ok(s) = saved.try_borrow() {
                s.iter().for_each(&mut *f);
            }
        }
        Tool::Repeat { value, .. } => f(value),
        Tool::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            f(it);
            if let Some(x) = func {
                f(x);
            }
            total.visit(f);
            initial.visit(f);
        }
        Tool::Chain { sources, active } => {
            sources.visit(f);
            active.visit(f);
        }
        Tool::Compress {
            data: a,
            selectors: b,
        }
        | Tool::DropWhile { pred: a, it: b, .. }
        | Tool::TakeWhile { pred: a, it: b, .. }
        | Tool::FilterFalse { pred: a, it: b }
        | Tool::StarMap { func: a, it: b } => {
            f(a);
            f(b);
        }
        Tool::ISlice { it, .. } => it.visit(f),
        Tool::Pairwise { it, old } => {
            it.visit(f);
            old.visit(f);
        }
        Tool::ZipLongest { its, fill, .. } => {
            its.iter().for_each(|x| x.visit(f));
            f(&fill.borrow());
        }
        Tool::Grouper { key, .. } => f(key),
        Tool::Combinatoric(c) => {
            if let Ok(c) = c.try_borrow() {
                let pools: Vec<&[ObjRef]> = match &*c {
                    Combinatoric::Product { pools, .. } => pools.iter().map(|p| &**p).collect(),
                    Combinatoric::Permutations { pool, .. }
                    | Combinatoric::Combinations { pool, .. } => vec![&**pool],
                };
                pools.into_iter().flatten().for_each(f);
            }
        }
        Tool::GroupBy(_) | Tool::Tee { .. } => {}
    }
}
