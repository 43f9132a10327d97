//! "Did you mean" suggestions for uncaught `AttributeError` and `NameError`
//! (`Python/suggestions.c` as of 3.11): the closest name by a case-aware Levenshtein distance
//! over UTF-8 bytes, among the object's `dir()` or the frame's locals, globals and builtins.

use crate::object::{ObjRef, Payload};
use crate::runtime::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of replacing `a` by `b`: free when equal, cheap for a case flip.
fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance, giving up (returning `max_cost + 1`) once it must exceed `max_cost`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if any is close enough.
fn closest(vm: &Vm, candidates: &[ObjRef], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(String, usize)> = None;
    for item in candidates {
        let Some(s) = item.as_str() else { continue };
        let text = vm.str_lossy(item);
        if text == name {
            continue;
        }
        let max = (name.len() + s.as_bytes().len() + 3) * MOVE_COST / 6;
        let max = match &best {
            Some((_, d)) => max.min(d.saturating_sub(1)),
            None => max,
        };
        let d = distance(name.as_bytes(), s.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.as_ref().is_none_or(|(_, bd)| d < *bd) {
            best = Some((text, d));
        }
    }
    best.map(|(s, _)| s)
}

/// The `. Did you mean: 'x'?` trailer for an uncaught exception, if one applies.
pub fn offer(vm: &Vm, exc: &ObjRef) -> Option<String> {
    let cls = exc.class();
    let suggestion = if std::rc::Rc::ptr_eq(&cls, &vm.exc.attribute_error) {
        for_attribute(vm, exc)
    } else if std::rc::Rc::ptr_eq(&cls, &vm.exc.name_error) {
        for_name(vm, exc)
    } else {
        None
    }?;
    Some(format!(
        ". Did you mean: {}?",
        krait_syntax::pyrepr::repr_str(&suggestion)
    ))
}

fn for_attribute(vm: &Vm, exc: &ObjRef) -> Option<String> {
    let name = crate::types::exception::field(exc, "name")?;
    let obj = crate::types::exception::field(exc, "obj")?;
    if !name.is_exact(&vm.types.str) {
        return None;
    }
    let ty = obj.class();
    let dir_fn = crate::object::typeobj::lookup(&ty, &vm.names.__dir__)?;
    let listing = vm.call_descriptor_method(&dir_fn, &obj, &ty, &[]).ok()?;
    let mut names = vm.collect(&listing).ok()?;
    sort_names(vm, &mut names);
    closest(vm, &names, &vm.str_lossy(&name))
}

/// `PyObject_Dir` sorts its result.
fn sort_names(vm: &Vm, names: &mut [ObjRef]) {
    names.sort_by_key(|a| vm.str_lossy(a));
}

fn for_name(vm: &Vm, exc: &ObjRef) -> Option<String> {
    let name = crate::types::exception::field(exc, "name")?;
    if !name.is_exact(&vm.types.str) {
        return None;
    }
    let text = vm.str_lossy(&name);
    let mut tb = exc.as_exception()?.traceback.borrow().clone()?;
    loop {
        let next = match &tb.payload {
            Payload::Traceback(t) => t.next.borrow().clone(),
            _ => return None,
        };
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    let Payload::Traceback(t) = &tb.payload else {
        return None;
    };
    let Payload::Frame(fo) = &t.frame.payload else {
        return None;
    };
    let varnames: Vec<ObjRef> = t
        .code
        .localsplus
        .iter()
        .enumerate()
        .filter(|(i, _)| t.code.is_local(*i))
        .map(|(_, n)| n.clone())
        .collect();
    if let Some(s) = closest(vm, &varnames, &text) {
        return Some(s);
    }
    let globals: Vec<ObjRef> = vm
        .dict_items(&fo.globals)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    if let Some(s) = closest(vm, &globals, &text) {
        return Some(s);
    }
    let builtins = fo.builtins.clone();
    let names: Vec<ObjRef> = vm
        .dict_items(&builtins)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    closest(vm, &names, &text)
}
