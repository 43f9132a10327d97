//! The `_bisect` module (`Modules/_bisectmodule.c`): binary search and insertion over any
//! sequence, with the optional `key`, probing the same midpoints as CPython.

use crate::object::native::{Args, NativeFn};
use crate::object::slots::CompareOp;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// The bound arguments `(a, x, lo, hi, key)`.
struct Search {
    a: ObjRef,
    x: ObjRef,
    lo: usize,
    hi: Option<usize>,
    key: Option<ObjRef>,
}

fn parse(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<Search> {
    let [a, x, lo, hi, key] = args.bind(vm, name, ["a", "x", "lo", "hi", "key"], 0, 4, 2)?;
    let (Some(a), Some(x)) = (a, x) else {
        return Err(vm.internal(name));
    };
    let lo = match lo {
        Some(l) => vm.index_isize(&l)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    // An explicit -1 means "the length", as the C code's default marker does.
    let hi = match hi.filter(|h| !vm.is_none(h)) {
        Some(h) => match vm.index_isize(&h)? {
            -1 => None,
            h => Some(h.max(0) as usize),
        },
        None => None,
    };
    Ok(Search {
        a,
        x,
        lo: lo as usize,
        hi,
        key: key.filter(|k| !vm.is_none(k)),
    })
}

/// The insertion point of `x`: after equal items (`right`) or before them.
fn search(vm: &Vm, s: &Search, x: &ObjRef, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (
        s.lo,
        match s.hi {
            Some(h) => h,
            None => vm.len(&s.a)?,
        },
    );
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.getitem(&s.a, &vm.new_int(mid as i64))?;
        if let Some(k) = &s.key {
            item = vm.call_pos(k, std::slice::from_ref(&item))?;
        }
        let go_left = if right {
            vm.compare_bool(x, &item, CompareOp::Lt)?
        } else {
            !vm.compare_bool(&item, x, CompareOp::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_as(vm: &Vm, args: Args<'_>, name: &str, right: bool) -> PyResult {
    let s = parse(vm, args, name)?;
    Ok(vm.new_int(search(vm, &s, &s.x, right)? as i64))
}

fn bisect_right(vm: &Vm, args: Args<'_>) -> PyResult {
    bisect_as(vm, args, "bisect_right", true)
}

fn bisect_left(vm: &Vm, args: Args<'_>) -> PyResult {
    bisect_as(vm, args, "bisect_left", false)
}

/// `insort_*`: searches for `key(x)`, then `list.insert` (or the sequence's `insert`).
fn insort_as(vm: &Vm, args: Args<'_>, name: &str, right: bool) -> PyResult {
    let s = parse(vm, args, name)?;
    let probe = match &s.key {
        Some(k) => vm.call_pos(k, std::slice::from_ref(&s.x))?,
        None => s.x.clone(),
    };
    let i = search(vm, &s, &probe, right)?;
    let index = vm.new_int(i as i64);
    if s.a.is_exact(&vm.types.list)
        && let Some(l) = s.a.as_list()
    {
        let at = i.min(l.borrow().len());
        l.borrow_mut().insert(at, s.x.clone());
    } else {
        vm.call_method(&s.a, "insert", &[index, s.x.clone()])?;
    }
    Ok(vm.none.clone())
}

fn insort_right(vm: &Vm, args: Args<'_>) -> PyResult {
    insort_as(vm, args, "insort_right", true)
}

fn insort_left(vm: &Vm, args: Args<'_>) -> PyResult {
    insort_as(vm, args, "insort_left", false)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("bisect_right", bisect_right),
    ("bisect_left", bisect_left),
    ("insort_right", insort_right),
    ("insort_left", insort_left),
];

/// Creates the `_bisect` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_bisect");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_bisect"));
    }
    m
}
