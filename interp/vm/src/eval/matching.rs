//! The `match` statement's structural tests (`MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`,
//! `MATCH_CLASS`), as `Python/ceval.c`'s `match_keys` and `match_class` do them.

use krait_compiler::opcode::Opcode;

use super::code::{Code, Instr};
use super::frame::{Frame, bad_stack};
use crate::object::{ObjRef, Payload, PyResult, typeobj};
use crate::runtime::Vm;

/// The subject type's collection flag (`Py_TPFLAGS_SEQUENCE`/`MAPPING`), which a class gets
/// from its bases or from `_abc` (`__abc_tpflags__`, `register`); native sequence and
/// mapping types without a type flag of their own are known by their payload.
fn collection_flag(o: &ObjRef) -> u32 {
    let cls = o.class();
    let flag = cls.as_type().map(typeobj::collection_flag).unwrap_or(0);
    if flag != 0 {
        return flag;
    }
    match o.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::MemoryView(_) => {
            typeobj::SEQUENCE
        }
        Payload::Dict(_) | Payload::MappingProxy(_) => typeobj::MAPPING,
        _ => 0,
    }
}

/// Whether the subject is a mapping for `match` (`dict`, `mappingproxy`, `Mapping` ABCs).
fn is_mapping(o: &ObjRef) -> bool {
    collection_flag(o) == typeobj::MAPPING
}

/// Whether the subject is a sequence for `match` (`list`, `tuple`, `range`, `memoryview`, `deque`,
/// `Sequence` ABCs; not `str`, `bytes` or `bytearray`).
fn is_sequence(o: &ObjRef) -> bool {
    collection_flag(o) == typeobj::SEQUENCE
}

/// Runs a `match` instruction.
pub fn execute(vm: &Vm, frame: &mut Frame, _code: &Code, ins: Instr) -> PyResult<()> {
    match ins.op {
        Opcode::MATCH_MAPPING => {
            let r = is_mapping(frame.peek(vm, 1)?);
            frame.push(vm.new_bool(r));
        }
        Opcode::MATCH_SEQUENCE => {
            let r = is_sequence(frame.peek(vm, 1)?);
            frame.push(vm.new_bool(r));
        }
        Opcode::MATCH_KEYS => {
            let keys = frame.peek(vm, 1)?.clone();
            let subject = frame.peek(vm, 2)?.clone();
            let r = match_keys(vm, &subject, &keys)?;
            frame.push(r.unwrap_or_else(|| vm.none.clone()));
        }
        Opcode::MATCH_CLASS => {
            let names = frame.pop(vm)?;
            let cls = frame.pop(vm)?;
            let subject = frame.pop(vm)?;
            let r = match_class(vm, &subject, &cls, ins.arg as usize, &names)?;
            frame.push(r.unwrap_or_else(|| vm.none.clone()));
        }
        _ => return Err(bad_stack(vm)),
    }
    Ok(())
}

/// `match_keys`: the values for `keys`, looked up with the subject's `get`, or None when one
/// is missing; duplicate keys are an error.
fn match_keys(vm: &Vm, subject: &ObjRef, keys: &ObjRef) -> PyResult<Option<ObjRef>> {
    let keys = keys.as_tuple().ok_or_else(|| bad_stack(vm))?.to_vec();
    if keys.is_empty() {
        return Ok(Some(vm.empty_tuple.clone()));
    }
    let get = vm.getattr_str(subject, "get")?;
    let dummy = vm.new_object();
    let seen = vm.new_set_empty();
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if crate::types::set::set_contains(vm, &seen, &k)? {
            return Err(vm.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                vm.repr_string(&k)?
            )));
        }
        crate::types::set::set_add(vm, &seen, k.clone())?;
        let v = vm.call_pos(&get, &[k, dummy.clone()])?;
        if std::rc::Rc::ptr_eq(&v, &dummy) {
            return Ok(None);
        }
        values.push(v);
    }
    Ok(Some(vm.new_tuple(values)))
}

/// The built-in classes whose single positional sub-pattern matches the subject itself.
fn matches_self(vm: &Vm, cls: &ObjRef) -> bool {
    let t = &vm.types;
    [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|c| std::rc::Rc::ptr_eq(c, cls))
}

/// `match_class`: the attributes a class pattern binds, or None when it does not match.
fn match_class(
    vm: &Vm,
    subject: &ObjRef,
    cls: &ObjRef,
    nargs: usize,
    kwargs: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    if cls.as_type().is_none() {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.isinstance(subject, cls)? {
        return Ok(None);
    }
    let kw = kwargs.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut attrs = Vec::with_capacity(nargs + kw.len());
    let mut match_self = false;
    let mut match_args: Vec<ObjRef> = Vec::new();
    let cls_name = crate::object::typeobj::type_name(cls);
    if nargs > 0 {
        match vm.getattr_opt(cls, &vm.names.__match_args__)? {
            Some(ma) => {
                let Some(items) = ma.as_tuple() else {
                    return Err(vm.type_error(format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        vm.type_name(&ma)
                    )));
                };
                match_args = items.to_vec();
            }
            None => match_self = matches_self(vm, cls),
        }
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            return Err(vm.type_error(format!(
                "{cls_name}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in match_args.iter().take(nargs) {
                if name.as_str().is_none() {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                match get_attr_for_match(vm, subject, name, &mut seen, &cls_name)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in kw {
        match get_attr_for_match(vm, subject, &name, &mut seen, &cls_name)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(vm.new_tuple(attrs)))
}

fn get_attr_for_match(
    vm: &Vm,
    subject: &ObjRef,
    name: &ObjRef,
    seen: &mut Vec<ObjRef>,
    cls_name: &str,
) -> PyResult<Option<ObjRef>> {
    for s in seen.iter() {
        if vm.eq(s, name)? {
            return Err(vm.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {}",
                vm.repr_string(name)?
            )));
        }
    }
    seen.push(name.clone());
    vm.getattr_opt(subject, name)
}
