//! Container instructions: subscription, building tuples/lists/sets/dicts/strings/slices, the
//! comprehension appenders, unpacking (with CPython's "not enough values to unpack" family of
//! messages), f-string formatting, and the `match` statement's structural tests.

use krait_compiler::opcode::Opcode;

use super::calls::{function_str, merge_kwargs};
use super::code::{Code, Instr};
use super::frame::{Frame, bad_stack};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Runs a container instruction.
pub fn execute(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<()> {
    let arg = ins.arg as usize;
    match ins.op {
        Opcode::BINARY_SUBSCR => binary_subscr(vm, frame)?,
        Opcode::STORE_SUBSCR => store_subscr(vm, frame)?,
        Opcode::DELETE_SUBSCR => {
            let key = frame.pop(vm)?;
            let container = frame.pop(vm)?;
            vm.delitem(&container, &key)?;
        }
        Opcode::BUILD_TUPLE => {
            let items = frame.pop_n(vm, arg)?;
            frame.push(vm.new_tuple(items));
        }
        Opcode::BUILD_LIST => {
            let items = frame.pop_n(vm, arg)?;
            frame.push(vm.new_list(items));
        }
        Opcode::BUILD_SET => {
            let items = frame.pop_n(vm, arg)?;
            frame.push(crate::types::set::new_set_from(vm, items, false)?);
        }
        Opcode::BUILD_MAP => {
            let items = frame.pop_n(vm, 2 * arg)?;
            let d = vm.new_dict();
            for pair in items.chunks(2) {
                vm.dict_set(&d, pair[0].clone(), pair[1].clone())?;
            }
            frame.push(d);
        }
        Opcode::BUILD_CONST_KEY_MAP => {
            let keys = frame.pop(vm)?;
            let values = frame.pop_n(vm, arg)?;
            let keys = keys.as_tuple().ok_or_else(|| bad_stack(vm))?.to_vec();
            if keys.len() != values.len() {
                return Err(vm.system_error("bad BUILD_CONST_KEY_MAP keys argument"));
            }
            let d = vm.new_dict();
            for (k, v) in keys.into_iter().zip(values) {
                vm.dict_set(&d, k, v)?;
            }
            frame.push(d);
        }
        Opcode::BUILD_STRING => {
            let parts = frame.pop_n(vm, arg)?;
            let mut buf = krait_syntax::pystr::PyStrBuf::new();
            for p in &parts {
                match p.as_str() {
                    Some(s) => buf.extend(s.buf()),
                    None => return Err(vm.system_error("BUILD_STRING of a non-string")),
                }
            }
            frame.push(vm.new_str_buf(buf));
        }
        Opcode::BUILD_SLICE => {
            if super::slicing::fused(vm, frame, code, if arg == 3 { 3 } else { 2 }) {
                return Ok(());
            }
            let step = if arg == 3 { Some(frame.pop(vm)?) } else { None };
            let stop = frame.pop(vm)?;
            let start = frame.pop(vm)?;
            let step = step.unwrap_or_else(|| vm.none.clone());
            frame.push(vm.new_slice(start, stop, step));
        }
        Opcode::LIST_TO_TUPLE => {
            let l = frame.pop(vm)?;
            let items = l.as_list().ok_or_else(|| bad_stack(vm))?.borrow().clone();
            frame.push(vm.new_tuple(items));
        }
        Opcode::GET_LEN => {
            let n = vm.len(frame.peek(vm, 1)?)?;
            frame.push(vm.new_int(n as i64));
        }
        Opcode::FORMAT_VALUE => format_value(vm, frame, ins.arg)?,
        Opcode::UNPACK_SEQUENCE => unpack_sequence(vm, frame, arg)?,
        Opcode::UNPACK_EX => unpack_ex(vm, frame, arg & 0xFF, arg >> 8)?,
        Opcode::MATCH_MAPPING
        | Opcode::MATCH_SEQUENCE
        | Opcode::MATCH_KEYS
        | Opcode::MATCH_CLASS => super::matching::execute(vm, frame, code, ins)?,
        _ => return appenders(vm, frame, ins),
    }
    Ok(())
}

/// The comprehension appenders and the unpacking updates of displays.
fn appenders(vm: &Vm, frame: &mut Frame, ins: Instr) -> PyResult<()> {
    let arg = ins.arg as usize;
    match ins.op {
        Opcode::LIST_APPEND => {
            let v = frame.pop(vm)?;
            let l = frame.peek(vm, arg)?;
            l.as_list()
                .ok_or_else(|| bad_stack(vm))?
                .borrow_mut()
                .push(v);
        }
        Opcode::SET_ADD => {
            let v = frame.pop(vm)?;
            let s = frame.peek(vm, arg)?.clone();
            crate::types::set::set_add(vm, &s, v)?;
        }
        Opcode::MAP_ADD => {
            let value = frame.pop(vm)?;
            let key = frame.pop(vm)?;
            let d = frame.peek(vm, arg)?.clone();
            vm.dict_set(&d, key, value)?;
        }
        Opcode::LIST_EXTEND => {
            let iterable = frame.pop(vm)?;
            let l = frame.peek(vm, arg)?.clone();
            let items = match vm.collect(&iterable) {
                Ok(items) => items,
                Err(e)
                    if vm.err_matches(&e, &vm.exc.type_error)
                        && !iterable.slot(|s| s.iter.is_present() || s.getitem.is_present()) =>
                {
                    return Err(vm.type_error(format!(
                        "Value after * must be an iterable, not {}",
                        vm.type_name(&iterable)
                    )));
                }
                Err(e) => return Err(e),
            };
            l.as_list()
                .ok_or_else(|| bad_stack(vm))?
                .borrow_mut()
                .extend(items);
        }
        Opcode::SET_UPDATE => {
            let iterable = frame.pop(vm)?;
            let s = frame.peek(vm, arg)?.clone();
            crate::types::set::update(vm, &s, &iterable)?;
        }
        Opcode::DICT_UPDATE => {
            let src = frame.pop(vm)?;
            let d = frame.peek(vm, arg)?.clone();
            if src.as_dict().is_none() && vm.getattr_opt(&src, &vm.names.keys)?.is_none() {
                return Err(
                    vm.type_error(format!("'{}' object is not a mapping", vm.type_name(&src)))
                );
            }
            crate::types::dict::update_from(vm, &d, &src, "update")?;
        }
        Opcode::DICT_MERGE => {
            let src = frame.pop(vm)?;
            let d = frame.peek(vm, arg)?.clone();
            // The callee sits below the dict: [func, args tuple, kwargs dict] at depth arg+2.
            let func = frame.peek(vm, arg + 2)?.clone();
            merge_kwargs(vm, &d, &src, &func)?;
        }
        _ => return Err(vm.system_error(format!("unknown opcode {}", ins.op as u8))),
    }
    Ok(())
}

/// `FORMAT_VALUE`: optional conversion (`!s`, `!r`, `!a`), then `format(value, spec)`.
fn format_value(vm: &Vm, frame: &mut Frame, flags: u32) -> PyResult<()> {
    let spec = if flags & 4 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let value = frame.pop(vm)?;
    let value = match flags & 3 {
        1 => vm.str(&value)?,
        2 => vm.repr(&value)?,
        3 => crate::builtins::ascii_of(vm, &value)?,
        _ => value,
    };
    let r = match &spec {
        None if value.is_exact(&vm.types.str) => value,
        _ => {
            let spec = spec.unwrap_or_else(|| vm.empty_str.clone());
            vm.format(&value, &spec)?
        }
    };
    frame.push(r);
    Ok(())
}

/// The items of an unpacking source: a list or tuple directly, else by iterating (with
/// "cannot unpack non-iterable X object").
/// An exact int index as a position in a sequence of `len` items (negative counts from the
/// end), or None when it is not an exact small int or is out of range (the slow path raises).
#[inline]
fn seq_index(vm: &Vm, key: &ObjRef, len: usize) -> Option<usize> {
    let Some(crate::types::int::Int::Small(i)) = key.as_int() else {
        return None;
    };
    if !key.is_exact(&vm.types.int) {
        return None;
    }
    let i = if *i < 0 {
        i.checked_add(len as i64)?
    } else {
        *i
    };
    usize::try_from(i).ok().filter(|&i| i < len)
}

/// `BINARY_SUBSCR`: `container[key]`.
#[inline]
pub fn binary_subscr(vm: &Vm, frame: &mut Frame) -> PyResult<()> {
    let key = frame.pop(vm)?;
    // The container's slot takes the item in place.
    let slot = frame.peek_slot(vm, 1)?;
    if let Some(v) = slot.as_ref().and_then(|c| subscr_fast(vm, c, &key)) {
        drop(slot.replace(v));
        return Ok(());
    }
    let container = frame.pop(vm)?;
    let v = vm.getitem(&container, &key)?;
    frame.push(v);
    Ok(())
}

/// `STORE_SUBSCR`: `container[key] = value`.
#[inline]
pub fn store_subscr(vm: &Vm, frame: &mut Frame) -> PyResult<()> {
    let key = frame.pop(vm)?;
    let container = frame.pop(vm)?;
    let v = frame.pop(vm)?;
    if let Some(v) = store_subscr_fast(vm, &container, &key, v)? {
        vm.setitem(&container, &key, &v)?;
    }
    Ok(())
}

/// `BINARY_SUBSCR` on an exact list or tuple with an in-range exact int, as 3.11 specialises it
/// (`BINARY_SUBSCR_LIST_INT`, `BINARY_SUBSCR_TUPLE_INT`); None sends the rest to `getitem`.
#[inline]
fn subscr_fast(vm: &Vm, container: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
    match &container.payload {
        Payload::List(l) if container.is_exact(&vm.types.list) => {
            let l = l.try_borrow().ok()?;
            l.get(seq_index(vm, key, l.len())?).cloned()
        }
        Payload::Tuple(t) if container.is_exact(&vm.types.tuple) => {
            t.get(seq_index(vm, key, t.len())?).cloned()
        }
        _ => None,
    }
}

/// `STORE_SUBSCR` on an exact list with an in-range exact int (`STORE_SUBSCR_LIST_INT`): the
/// item is replaced and the old one released after the list's borrow ends, since dropping it
/// may run code that reaches the list. Gives the value back when the slow path must run.
#[inline]
fn store_subscr_fast(
    vm: &Vm,
    container: &ObjRef,
    key: &ObjRef,
    v: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let Payload::List(l) = &container.payload else {
        return Ok(Some(v));
    };
    if !container.is_exact(&vm.types.list) {
        return Ok(Some(v));
    }
    let Ok(mut items) = l.try_borrow_mut() else {
        return Ok(Some(v));
    };
    let Some(i) = seq_index(vm, key, items.len()) else {
        return Ok(Some(v));
    };
    let old = std::mem::replace(&mut items[i], v);
    drop(items);
    vm.release(old);
    Ok(None)
}

fn unpack_items(vm: &Vm, seq: &ObjRef, limit: Option<usize>) -> PyResult<Vec<ObjRef>> {
    match &seq.payload {
        Payload::Tuple(t) if seq.has_builtin_type() => return Ok(t.to_vec()),
        Payload::List(l) if seq.has_builtin_type() => return Ok(l.borrow().clone()),
        _ => {}
    }
    let it = match vm.iter(seq) {
        Ok(it) => it,
        Err(e)
            if vm.err_matches(&e, &vm.exc.type_error)
                && !seq.slot(|s| s.iter.is_present() || s.getitem.is_present()) =>
        {
            return Err(vm.type_error(format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(seq)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(v);
        if limit.is_some_and(|l| out.len() > l) {
            break;
        }
    }
    Ok(out)
}

pub fn unpack_sequence(vm: &Vm, frame: &mut Frame, n: usize) -> PyResult<()> {
    let seq = frame.pop(vm)?;
    // An exact tuple or list of the right length pushes its items straight, last first
    // (`UNPACK_SEQUENCE_TUPLE`/`_LIST`), without an intermediate vector.
    match &seq.payload {
        // `extend` from a slice reserves once, where each push would check for room.
        Payload::Tuple(t) if t.len() == n && seq.is_exact(&vm.types.tuple) => {
            frame.slots.extend(t.iter().rev().map(|v| Some(v.clone())));
            return Ok(());
        }
        Payload::List(l) if seq.is_exact(&vm.types.list) => {
            if let Ok(items) = l.try_borrow()
                && items.len() == n
            {
                frame
                    .slots
                    .extend(items.iter().rev().map(|v| Some(v.clone())));
                return Ok(());
            }
        }
        _ => {}
    }
    let items = unpack_items(vm, &seq, Some(n))?;
    if items.len() < n {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    for v in items.into_iter().rev() {
        frame.push(v);
    }
    Ok(())
}

fn unpack_ex(vm: &Vm, frame: &mut Frame, before: usize, after: usize) -> PyResult<()> {
    let seq = frame.pop(vm)?;
    let items = unpack_items(vm, &seq, None)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<ObjRef> = items[..before].to_vec();
    out.push(vm.new_list(items[before..mid_end].to_vec()));
    out.extend_from_slice(&items[mid_end..]);
    for v in out.into_iter().rev() {
        frame.push(v);
    }
    Ok(())
}

/// `print() argument after * must be an iterable, not int` and friends name the callee.
pub fn callee_str(vm: &Vm, func: &ObjRef) -> String {
    function_str(vm, func)
}
