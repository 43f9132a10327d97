//! Name instructions: fast locals, cells and free variables, globals and builtins, the locals
//! mapping of module and class bodies, attributes and methods, imports, and the loaders of
//! `__build_class__` and `AssertionError` — with CPython's `NameError`/`UnboundLocalError`
//! messages.

use krait_compiler::opcode::Opcode;

use super::code::{Code, Instr};
use super::dispatch::bad_arg;
use super::frame::Frame;
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// `UnboundLocalError` for a local read before assignment.
pub fn unbound_local(vm: &Vm, code: &Code, i: usize) -> PyErr {
    let name = code
        .localsplus
        .get(i)
        .map(|n| vm.str_lossy(n))
        .unwrap_or_default();
    vm.error(
        &vm.exc.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// The error for an empty cell (`format_exc_unbound`): a cell of this frame is a local, a
/// free variable belongs to an enclosing scope.
fn unbound_deref(vm: &Vm, code: &Code, i: usize) -> PyErr {
    if code.kind(i) & krait_compiler::code::CO_FAST_FREE != 0 {
        let name = code
            .localsplus
            .get(i)
            .map(|n| vm.str_lossy(n))
            .unwrap_or_default();
        return vm.error(
            &vm.exc.name_error,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        );
    }
    unbound_local(vm, code, i)
}

fn name<'a>(vm: &Vm, code: &'a Code, i: u32) -> PyResult<&'a ObjRef> {
    code.names.get(i as usize).ok_or_else(|| bad_arg(vm))
}

fn cell_at<'a>(vm: &Vm, frame: &'a Frame, i: u32) -> PyResult<&'a ObjRef> {
    match frame.slots.get(i as usize) {
        Some(Some(c)) if matches!(c.payload, Payload::Cell(_)) => Ok(c),
        _ => Err(vm.system_error("expected a cell: malformed bytecode")),
    }
}

fn cell_get(c: &ObjRef) -> Option<ObjRef> {
    match &c.payload {
        Payload::Cell(v) => v.borrow().clone(),
        _ => None,
    }
}

fn cell_set(c: &ObjRef, v: Option<ObjRef>) -> Option<ObjRef> {
    match &c.payload {
        Payload::Cell(cell) => std::mem::replace(&mut *cell.borrow_mut(), v),
        _ => None,
    }
}

/// Looks a global name up: globals, then builtins. As `LOAD_GLOBAL` does, both are read as
/// dicts only when both are exact dicts; otherwise through `__getitem__` (a dict subclass's
/// override or `__missing__`, a builtins mapping of any type), a `KeyError` meaning absent.
pub fn load_global(vm: &Vm, frame: &Frame, name: &ObjRef) -> PyResult {
    let found = if exact_namespaces(vm, frame) {
        vm.dict_get_str(&frame.globals, name)
    } else {
        match vm.getitem(&frame.globals, name) {
            Ok(v) => Some(v),
            Err(e) if vm.err_matches(&e, &vm.exc.key_error) => None,
            Err(e) => return Err(e),
        }
    };
    match found {
        Some(v) => Ok(v),
        None => load_builtin(vm, frame, name),
    }
}

/// `LOAD_NAME` past the locals: the globals read as a dict (whatever their type), then the
/// builtins.
fn load_name_global(vm: &Vm, frame: &Frame, name: &ObjRef) -> PyResult {
    match vm.dict_get_str(&frame.globals, name) {
        Some(v) => Ok(v),
        None => load_builtin(vm, frame, name),
    }
}

/// A name from the builtins, read as a dict when they are an exact dict and through
/// `__getitem__` otherwise; absent, a `NameError`.
fn load_builtin(vm: &Vm, frame: &Frame, name: &ObjRef) -> PyResult {
    if frame.builtins.is_exact(&vm.types.dict) {
        return vm
            .dict_get_str(&frame.builtins, name)
            .ok_or_else(|| vm.name_error(name));
    }
    match vm.getitem(&frame.builtins, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error) => Err(vm.name_error(name)),
        Err(e) => Err(e),
    }
}

/// Whether the frame's globals and builtins are both exact dicts (the fast paths' condition).
#[inline]
fn exact_namespaces(vm: &Vm, frame: &Frame) -> bool {
    frame.globals.is_exact(&vm.types.dict) && frame.builtins.is_exact(&vm.types.dict)
}

/// The value of entry `index` of `table` (a dict) while the table's version is `keys`.
#[inline(always)]
fn value_under(table: &ObjRef, keys: u64, index: u32) -> Option<ObjRef> {
    #[allow(unsafe_code)]
    // SAFETY: the unguarded borrow fails while the table is mutably borrowed, and nothing here
    // can borrow it meanwhile: one version is compared and one value cloned, which runs no
    // code and drops nothing. Leaving the borrow flag alone saves two dependent
    // read-modify-writes on every global load.
    let t = unsafe { table.as_dict()?.try_borrow_unguarded() }.ok()?;
    if t.version() != keys {
        return None;
    }
    t.entry(index as usize).map(|e| e.value.clone())
}

/// The structural version of a dict's table (None when it is not a dict or is busy).
fn dict_version(d: &ObjRef) -> Option<u64> {
    #[allow(unsafe_code)]
    // SAFETY: as in `value_under`: one field is read, with no mutable borrow live.
    let t = unsafe { d.as_dict()?.try_borrow_unguarded() }.ok()?;
    Some(t.version())
}

/// Where the globals or, failing them, the builtins hold `name` (see [`GlobalEntry`]).
fn locate_global(frame: &Frame, name: &ObjRef) -> Option<super::code::GlobalEntry> {
    use super::code::GlobalEntry;
    let n = name.as_str()?;
    let g = frame.globals.as_dict()?.try_borrow().ok()?;
    if let Some(ix) = g.find_str(n.hash(), n.as_bytes()) {
        return Some(GlobalEntry::Globals {
            keys: g.version(),
            index: ix as u32,
        });
    }
    let b = frame.builtins.as_dict()?.try_borrow().ok()?;
    let ix = b.find_str(n.hash(), n.as_bytes())?;
    Some(GlobalEntry::Builtins {
        globals: g.version(),
        keys: b.version(),
        index: ix as u32,
    })
}

/// `LOAD_GLOBAL` through the code's cache (see [`GlobalEntry`]): a hit reads the value
/// straight from the table entry the cache names.
#[inline(always)]
fn cached_global(vm: &Vm, frame: &Frame, code: &Code, i: usize) -> Option<ObjRef> {
    use super::code::GlobalEntry;
    // Only exact dicts: a subclass's table may be a copy with a cached version, but its
    // lookups go through its `__getitem__`.
    if !frame.globals.is_exact(&vm.types.dict) {
        return None;
    }
    match code.globals_cache.get(i)?.get() {
        GlobalEntry::Globals { keys, index } => value_under(&frame.globals, keys, index),
        GlobalEntry::Builtins {
            globals,
            keys,
            index,
        } if dict_version(&frame.globals) == Some(globals)
            && frame.builtins.is_exact(&vm.types.dict) =>
        {
            value_under(&frame.builtins, keys, index)
        }
        _ => None,
    }
}

/// A `LOAD_GLOBAL` the cache missed: the full lookup, then where it found the name recorded.
#[inline(never)]
fn load_global_missed(vm: &Vm, frame: &Frame, code: &Code, i: usize) -> PyResult {
    let n = name(vm, code, i as u32)?;
    let v = load_global(vm, frame, n)?;
    // Recorded only where the lookup found it, as it is now (the lookup may have run code).
    if exact_namespaces(vm, frame)
        && let Some(e) = locate_global(frame, n)
        && let Some(slot) = code.globals_cache.get(i)
    {
        slot.set(e);
    }
    Ok(v)
}

/// Reads from a locals mapping: None when absent.
fn locals_get(vm: &Vm, locals: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    if locals.is_exact(&vm.types.dict) {
        return Ok(vm.dict_get_str(locals, name));
    }
    match vm.getitem(locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Runs a name instruction.
pub fn execute(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<()> {
    let arg = ins.arg;
    match ins.op {
        Opcode::LOAD_GLOBAL => load_global_op(vm, frame, code, arg)?,
        Opcode::STORE_GLOBAL => {
            let v = frame.pop(vm)?;
            vm.dict_set(&frame.globals, name(vm, code, arg)?.clone(), v)?;
        }
        Opcode::DELETE_GLOBAL => {
            let n = name(vm, code, arg)?;
            if !vm.dict_del(&frame.globals, n)? {
                return Err(vm.name_error(n));
            }
        }
        Opcode::LOAD_NAME => {
            let n = name(vm, code, arg)?;
            let Some(locals) = frame.locals.clone() else {
                return Err(
                    vm.system_error(format!("no locals when loading '{}'", vm.str_lossy(n)))
                );
            };
            let v = match locals_get(vm, &locals, n)? {
                Some(v) => v,
                None => load_name_global(vm, frame, n)?,
            };
            frame.push(v);
        }
        Opcode::STORE_NAME => {
            let n = name(vm, code, arg)?.clone();
            let v = frame.pop(vm)?;
            let Some(locals) = frame.locals.clone() else {
                return Err(vm.system_error(format!(
                    "no locals found when storing '{}'",
                    vm.str_lossy(&n)
                )));
            };
            if locals.is_exact(&vm.types.dict) {
                vm.dict_set(&locals, n, v)?;
            } else {
                vm.setitem(&locals, &n, &v)?;
            }
        }
        Opcode::DELETE_NAME => {
            let n = name(vm, code, arg)?;
            let Some(locals) = frame.locals.clone() else {
                return Err(
                    vm.system_error(format!("no locals when deleting '{}'", vm.str_lossy(n)))
                );
            };
            let r = if locals.is_exact(&vm.types.dict) {
                vm.dict_del(&locals, n)
            } else {
                vm.delitem(&locals, n).map(|_| true)
            };
            match r {
                Ok(true) => {}
                Ok(false) => return Err(vm.name_error(n)),
                Err(e) if vm.err_matches(&e, &vm.exc.key_error) => return Err(vm.name_error(n)),
                Err(e) => return Err(e),
            }
        }
        Opcode::DELETE_FAST => {
            let i = arg as usize;
            match frame.slots.get_mut(i) {
                Some(slot @ Some(_)) => {
                    let old = slot.take();
                    drop(old);
                }
                _ => return Err(unbound_local(vm, code, i)),
            }
        }
        _ => return execute_more(vm, frame, code, ins),
    }
    Ok(())
}

fn execute_more(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<()> {
    let arg = ins.arg;
    match ins.op {
        Opcode::LOAD_ATTR => load_attr_op(vm, frame, code, arg)?,
        Opcode::STORE_ATTR => store_attr_op(vm, frame, code, arg)?,
        Opcode::DELETE_ATTR => {
            let obj = frame.pop(vm)?;
            vm.delattr(&obj, name(vm, code, arg)?)?;
        }
        Opcode::LOAD_METHOD => load_method_op(vm, frame, code, arg)?,
        Opcode::MAKE_CELL => {
            let i = arg as usize;
            let initial = frame.slots.get_mut(i).and_then(|s| s.take());
            let cell = vm.new_cell(initial);
            if let Some(s) = frame.slots.get_mut(i) {
                *s = Some(cell);
            }
        }
        Opcode::LOAD_CLOSURE => {
            let c = cell_at(vm, frame, arg)?.clone();
            frame.push(c);
        }
        Opcode::LOAD_DEREF => {
            let v = cell_get(cell_at(vm, frame, arg)?);
            match v {
                Some(v) => frame.push(v),
                None => return Err(unbound_deref(vm, code, arg as usize)),
            }
        }
        Opcode::STORE_DEREF => {
            let v = frame.pop(vm)?;
            let old = cell_set(cell_at(vm, frame, arg)?, Some(v));
            drop(old);
        }
        Opcode::DELETE_DEREF => {
            let c = cell_at(vm, frame, arg)?.clone();
            match cell_set(&c, None) {
                Some(old) => drop(old),
                None => return Err(unbound_deref(vm, code, arg as usize)),
            }
        }
        Opcode::LOAD_CLASSDEREF => {
            let i = arg as usize;
            let n = code.localsplus.get(i).ok_or_else(|| bad_arg(vm))?.clone();
            let from_locals = match &frame.locals {
                Some(l) => locals_get(vm, l, &n)?,
                None => None,
            };
            let v = match from_locals {
                Some(v) => v,
                None => match cell_get(cell_at(vm, frame, arg)?) {
                    Some(v) => v,
                    None => return Err(unbound_deref(vm, code, i)),
                },
            };
            frame.push(v);
        }
        Opcode::COPY_FREE_VARS => copy_free_vars(vm, frame, arg as usize)?,
        Opcode::LOAD_ASSERTION_ERROR => frame.push(vm.exc.assertion_error.clone()),
        Opcode::LOAD_BUILD_CLASS => {
            let n = &vm.names.__build_class__;
            match vm.dict_get_str(&frame.builtins, n) {
                Some(f) => frame.push(f),
                None => return Err(vm.error(&vm.exc.name_error, "__build_class__ not found")),
            }
        }
        Opcode::SETUP_ANNOTATIONS => {
            let Some(locals) = frame.locals.clone() else {
                return Err(vm.system_error("no locals found when setting up annotations"));
            };
            if locals_get(vm, &locals, &vm.names.__annotations__)?.is_none() {
                let d = vm.new_dict();
                vm.setitem(&locals, &vm.names.__annotations__, &d)?;
            }
        }
        Opcode::IMPORT_NAME => {
            let n = name(vm, code, arg)?.clone();
            let fromlist = frame.pop(vm)?;
            let level = frame.pop(vm)?;
            let m = crate::builtins::import::import_name(vm, &n, &fromlist, &level, frame)?;
            frame.push(m);
        }
        Opcode::IMPORT_FROM => {
            let module = frame.peek(vm, 1)?.clone();
            let v = crate::builtins::import::import_from(vm, &module, name(vm, code, arg)?)?;
            frame.push(v);
        }
        Opcode::IMPORT_STAR => {
            let module = frame.pop(vm)?;
            let Some(locals) = frame.locals.clone() else {
                return Err(vm.system_error("no locals found during 'import *'"));
            };
            crate::builtins::import::import_star(vm, &module, &locals)?;
        }
        _ => return Err(vm.system_error(format!("unknown opcode {}", ins.op as u8))),
    }
    Ok(())
}

/// `LOAD_GLOBAL`: the name (`arg >> 1`) through the code's cache, after a NULL when the low
/// bit asks for one (the callable of a following `CALL`).
#[inline]
pub fn load_global_op(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let i = (arg >> 1) as usize;
    let v = match cached_global(vm, frame, code, i) {
        Some(v) => v,
        None => load_global_missed(vm, frame, code, i)?,
    };
    if arg & 1 == 1 {
        frame.push_null();
    }
    frame.push(v);
    Ok(())
}

/// `LOAD_ATTR`, through the code's per-name attribute cache.
#[inline]
pub fn load_attr_op(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    // The hit replaces the object on the stack top with the value, in place.
    if let Some(top) = stack_top(frame, code)
        && let (Some(c), Some(n)) = (
            code.attr_cache.get(arg as usize),
            code.names.get(arg as usize),
        )
        && let Some(obj) = top.as_ref()
        && let Some(v) = c.load_attr_fast(obj, n)
    {
        drop(top.replace(v));
        return Ok(());
    }
    load_attr_slow(vm, frame, code, arg)
}

/// The value stack's top slot (None when the stack is empty).
#[inline(always)]
fn stack_top<'a>(frame: &'a mut Frame, code: &Code) -> Option<&'a mut Option<ObjRef>> {
    if frame.slots.len() <= code.nlocalsplus {
        return None;
    }
    frame.slots.last_mut()
}

/// `LOAD_ATTR` when the cache's fast path does not apply.
#[inline(never)]
fn load_attr_slow(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let obj = frame.pop(vm)?;
    let n = name(vm, code, arg)?;
    if let Payload::Frame(_) = &obj.payload {
        crate::types::frame::observe(vm, frame, &obj, n)?;
    }
    let v = match code.attr_cache.get(arg as usize) {
        Some(c) => match c.load_attr_fast(&obj, n) {
            Some(v) => v,
            None => vm.getattr_cached(&obj, n, c)?,
        },
        None => vm.getattr(&obj, n)?,
    };
    frame.push(v);
    Ok(())
}

/// `STORE_ATTR`, through the code's per-name attribute cache.
#[inline]
pub fn store_attr_op(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let obj = frame.pop(vm)?;
    let v = frame.pop(vm)?;
    let n = name(vm, code, arg)?;
    match code.attr_cache.get(arg as usize) {
        Some(c) if c.store_attr_fast(&obj, n, &v, |old| vm.release(old)) => Ok(()),
        Some(c) => vm.setattr_cached(&obj, n, &v, c),
        None => vm.setattr(&obj, n, &v),
    }
}

/// `LOAD_METHOD`: `[method, self]` when the attribute is a plain function found on the type
/// (no bound method is made), else `[NULL, attribute]`.
#[inline]
pub fn load_method_op(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    // The hit puts the method under the object, which stays as `self`.
    if let Some(top) = stack_top(frame, code)
        && let (Some(c), Some(n)) = (
            code.attr_cache.get(arg as usize),
            code.names.get(arg as usize),
        )
        && let Some(obj) = top.take()
    {
        match c.load_method_fast(&obj, n) {
            Some(m) => {
                *top = Some(m);
                frame.push(obj);
                return Ok(());
            }
            None => *top = Some(obj),
        }
    }
    load_method_slow(vm, frame, code, arg)
}

/// `LOAD_METHOD` when the cache's fast path does not apply.
#[inline(never)]
fn load_method_slow(vm: &Vm, frame: &mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let obj = frame.pop(vm)?;
    let n = name(vm, code, arg)?;
    if let Payload::Frame(_) = &obj.payload {
        crate::types::frame::observe(vm, frame, &obj, n)?;
    }
    let (m, unbound) = match code.attr_cache.get(arg as usize) {
        Some(c) => match c.load_method_fast(&obj, n) {
            Some(m) => (m, true),
            None => vm.get_method_cached(&obj, n, c)?,
        },
        None => vm.get_method(&obj, n)?,
    };
    if unbound {
        frame.push(m);
        frame.push(obj);
    } else {
        frame.push_null();
        frame.push(m);
    }
    Ok(())
}

/// `COPY_FREE_VARS n`: the function's closure cells go to the last `n` localsplus slots.
fn copy_free_vars(vm: &Vm, frame: &mut Frame, n: usize) -> PyResult<()> {
    let closure = frame
        .func
        .as_ref()
        .and_then(|f| f.as_function())
        .and_then(|f| f.closure.clone());
    let Some(closure) = closure else {
        return Err(vm.system_error("COPY_FREE_VARS without a closure"));
    };
    let cells = closure.as_tuple().unwrap_or(&[]);
    let base = frame.code.nlocalsplus;
    if cells.len() < n || base < n {
        return Err(vm.system_error("closure too small: malformed bytecode"));
    }
    for (i, c) in cells.iter().take(n).enumerate() {
        frame.slots[base - n + i] = Some(c.clone());
    }
    Ok(())
}
