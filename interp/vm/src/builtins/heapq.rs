//! The `_heapq` module (`Modules/_heapqmodule.c`): the heap functions over lists, making the
//! same comparisons in the same order as CPython (so the heap's layout is identical), and
//! failing as it does when a comparison changes the list's size.

use crate::object::native::{Args, NativeFn};
use crate::object::slots::CompareOp;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// A heap argument: a list (the borrow is never held across a comparison). `which` is how
/// Argument Clinic names it: "argument" for a lone one, "argument 1" otherwise.
fn heap_list<'a>(
    vm: &Vm,
    o: &'a ObjRef,
    fname: &str,
    which: &str,
) -> PyResult<&'a std::cell::RefCell<Vec<ObjRef>>> {
    o.as_list().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() {which} must be list, not {}",
            vm.arg_type_name(o)
        ))
    })
}

type Heap = std::cell::RefCell<Vec<ObjRef>>;

fn at(vm: &Vm, h: &Heap, i: usize) -> PyResult<ObjRef> {
    h.borrow()
        .get(i)
        .cloned()
        .ok_or_else(|| vm.index_error("list index out of range"))
}

fn changed(vm: &Vm) -> crate::object::PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// `a < b` for the min-heap, `b < a` for the max-heap.
fn less(vm: &Vm, a: &ObjRef, b: &ObjRef, max: bool) -> PyResult<bool> {
    if max {
        vm.compare_bool(b, a, CompareOp::Lt)
    } else {
        vm.compare_bool(a, b, CompareOp::Lt)
    }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn siftdown(vm: &Vm, h: &Heap, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = h.borrow().len();
    if pos >= size {
        return Err(vm.index_error("list index out of range"));
    }
    let newitem = at(vm, h, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = at(vm, h, parentpos)?;
        let lt = less(vm, &newitem, &parent, max)?;
        if h.borrow().len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        // The comparison may have replaced items: swap what is there now.
        h.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then sifts the item there down.
fn siftup(vm: &Vm, h: &Heap, mut pos: usize, max: bool) -> PyResult<()> {
    let end = h.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("list index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (at(vm, h, child)?, at(vm, h, child + 1)?);
            let lt = less(vm, &a, &b, max)?;
            if !lt {
                child += 1;
            }
            if h.borrow().len() != end {
                return Err(changed(vm));
            }
        }
        h.borrow_mut().swap(child, pos);
        pos = child;
    }
    siftdown(vm, h, start, pos, max)
}

fn push_as(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult {
    let a = args.exact(vm, name, 2)?;
    let h = heap_list(vm, &a[0], name, "argument 1")?;
    h.borrow_mut().push(a[1].clone());
    let last = h.borrow().len() - 1;
    siftdown(vm, h, 0, last, max)?;
    Ok(vm.none.clone())
}

fn heappush(vm: &Vm, args: Args<'_>) -> PyResult {
    push_as(vm, args, "heappush", false)
}

fn pop_as(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult {
    let a = args.exact_qualified(vm, "_heapq", name, 1)?;
    let h = heap_list(vm, &a[0], name, "argument")?;
    let Some(last) = h.borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if h.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut h.borrow_mut()[0], last);
    siftup(vm, h, 0, max)?;
    Ok(top)
}

fn heappop(vm: &Vm, args: Args<'_>) -> PyResult {
    pop_as(vm, args, "heappop", false)
}

fn heappop_max(vm: &Vm, args: Args<'_>) -> PyResult {
    pop_as(vm, args, "_heappop_max", true)
}

fn replace_as(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult {
    let a = args.exact(vm, name, 2)?;
    let h = heap_list(vm, &a[0], name, "argument 1")?;
    if h.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut h.borrow_mut()[0], a[1].clone());
    siftup(vm, h, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &Vm, args: Args<'_>) -> PyResult {
    replace_as(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &Vm, args: Args<'_>) -> PyResult {
    replace_as(vm, args, "_heapreplace_max", true)
}

/// `heappushpop(heap, item)`: the item itself when it is not larger than the top.
fn heappushpop(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "heappushpop", 2)?;
    let h = heap_list(vm, &a[0], "heappushpop", "argument 1")?;
    let Some(top) = h.borrow().first().cloned() else {
        return Ok(a[1].clone());
    };
    if !vm.compare_bool(&top, &a[1], CompareOp::Lt)? {
        return Ok(a[1].clone());
    }
    if h.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut h.borrow_mut()[0], a[1].clone());
    siftup(vm, h, 0, false)?;
    Ok(top)
}

/// The highest set bit of `n` (`keep_top_bit`).
fn keep_top_bit(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        1 << (usize::BITS - 1 - n.leading_zeros())
    }
}

/// `heapify`: bottom-up; lists past 2,500 items are walked in CPython's cache-friendly order,
/// which makes the same comparisons in another sequence.
fn heapify_as(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult {
    let a = args.exact_qualified(vm, "_heapq", name, 1)?;
    let h = heap_list(vm, &a[0], name, "argument")?;
    let n = h.borrow().len();
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let run = |i: usize| -> PyResult<()> {
            let mut j = i;
            loop {
                siftup(vm, h, j, max)?;
                if j & 1 == 0 {
                    return Ok(());
                }
                j >>= 1;
            }
        };
        for i in (mhalf..leftmost).rev() {
            run(i)?;
        }
        for i in (leftmost..m).rev() {
            run(i)?;
        }
    } else {
        for i in (0..n >> 1).rev() {
            siftup(vm, h, i, max)?;
        }
    }
    Ok(vm.none.clone())
}

fn heapify(vm: &Vm, args: Args<'_>) -> PyResult {
    heapify_as(vm, args, "heapify", false)
}

fn heapify_max(vm: &Vm, args: Args<'_>) -> PyResult {
    heapify_as(vm, args, "_heapify_max", true)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("heapify", heapify),
    ("_heappop_max", heappop_max),
    ("_heapreplace_max", heapreplace_max),
    ("_heapify_max", heapify_max),
];

/// Creates the `_heapq` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_heapq");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_heapq"));
    }
    m
}
