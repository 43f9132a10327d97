//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the default pickling
//! protocol `copy` and `pickle` use, as `Objects/typeobject.c` implements it in 3.11
//! (`_common_reduce`, `reduce_newobj`, `_PyObject_GetNewArguments`, `object_getstate_default`).

use crate::object::native::Args;
use crate::object::typeobj::{is_subtype, lookup};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// Whether `name` resolves on `o`'s type to `object`'s own entry (nothing overrides it).
fn inherited_from_object(vm: &Vm, o: &ObjRef, name: &str) -> bool {
    let key = vm.intern(name);
    match (lookup(&o.class(), &key), lookup(&vm.types.object, &key)) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(&a, &b),
        _ => false,
    }
}

fn copyreg(vm: &Vm) -> PyResult {
    crate::builtins::import::import_module(vm, &vm.new_str("copyreg"))
}

/// `object.__reduce_ex__(protocol)`: a `__reduce__` the class overrides wins.
pub fn reduce_ex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.exact(vm, "object.__reduce_ex__", 1)?;
    let protocol = vm.ssize(&pos[0])?;
    if !inherited_from_object(vm, o, "__reduce__") {
        return vm.call_method(o, "__reduce__", &[]);
    }
    common_reduce(vm, o, protocol)
}

/// `object.__reduce__()`.
pub fn reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "object.__reduce__", 0)?;
    common_reduce(vm, o, 0)
}

/// `object.__getstate__()`.
pub fn getstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "object.__getstate__", 0)?;
    getstate_default(vm, o, false)
}

/// `_PyObject_GetState(o)` for the `__reduce__` of built-in containers (`set_reduce`,
/// `bytearray_reduce`): what `__getstate__` gives, the instance dict or None by default.
pub fn state_of(vm: &Vm, o: &ObjRef) -> PyResult {
    get_state(vm, o, false)
}

/// `_common_reduce`: protocols 0 and 1 go through `copyreg._reduce_ex`.
fn common_reduce(vm: &Vm, o: &ObjRef, protocol: isize) -> PyResult {
    if protocol >= 2 {
        return reduce_newobj(vm, o);
    }
    let reduce_ex = vm.getattr_str(&copyreg(vm)?, "_reduce_ex")?;
    vm.call(
        &reduce_ex,
        Args::positional(&[o.clone(), vm.new_int(protocol as i64)]),
    )
}

/// `_PyObject_GetNewArguments`: `__getnewargs_ex__`'s `(args, kwargs)`, else `__getnewargs__`'s
/// args, else neither.
fn new_arguments(vm: &Vm, o: &ObjRef) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    use crate::eval::exceptions::lookup_special;
    if let Some(f) = lookup_special(vm, o, &vm.intern("__getnewargs_ex__"))? {
        let r = vm.call0(&f)?;
        let Payload::Tuple(items) = &r.payload else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        };
        if items.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                items.len()
            )));
        }
        let (args, kwargs) = (items[0].clone(), items[1].clone());
        if !matches!(args.payload, Payload::Tuple(_)) {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                vm.type_name(&args)
            )));
        }
        if !matches!(kwargs.payload, Payload::Dict(_)) {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                vm.type_name(&kwargs)
            )));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    if let Some(f) = lookup_special(vm, o, &vm.intern("__getnewargs__"))? {
        let r = vm.call0(&f)?;
        if !matches!(r.payload, Payload::Tuple(_)) {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `reduce_newobj`: `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`, or
/// `copyreg.__newobj_ex__` when there are keyword arguments.
fn reduce_newobj(vm: &Vm, o: &ObjRef) -> PyResult {
    let (args, kwargs) = new_arguments(vm, o)?;
    let copyreg = copyreg(vm)?;
    let cls = o.class();
    let has_args = args.is_some();
    let has_kwargs = match &kwargs {
        Some(k) => vm.len(k)? > 0,
        None => false,
    };
    let (newobj, newargs) = if has_kwargs {
        let args = args.unwrap_or_else(|| vm.new_tuple(Vec::new()));
        (
            vm.getattr_str(&copyreg, "__newobj_ex__")?,
            vm.new_tuple(vec![cls, args, kwargs.unwrap_or_else(|| vm.new_dict())]),
        )
    } else {
        let mut items = vec![cls];
        if let Some(Payload::Tuple(a)) = args.as_ref().map(|a| &a.payload) {
            items.extend(a.iter().cloned());
        }
        (vm.getattr_str(&copyreg, "__newobj__")?, vm.new_tuple(items))
    };
    let is_list = is_subtype(&o.class(), &vm.types.list);
    let is_dict = is_subtype(&o.class(), &vm.types.dict);
    let required = !has_args && !is_list && !is_dict;
    let state = get_state(vm, o, required)?;
    let listitems = if is_list {
        vm.iter(o)?
    } else {
        vm.none.clone()
    };
    let dictitems = if is_dict {
        let items = vm.call_method(o, "items", &[])?;
        vm.iter(&items)?
    } else {
        vm.none.clone()
    };
    Ok(vm.new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// `_PyObject_GetState`: an overriding `__getstate__` is called, else the default state.
fn get_state(vm: &Vm, o: &ObjRef, required: bool) -> PyResult {
    let own = crate::object::values::own_attr(vm, o, &vm.intern("__getstate__"));
    if own.is_none() && inherited_from_object(vm, o, "__getstate__") {
        return getstate_default(vm, o, required);
    }
    vm.call_method(o, "__getstate__", &[])
}

/// `object_getstate_default`: the instance dict (or None), paired with a dict of the filled
/// `__slots__` when there are any. When `required`, an object whose state lives in a built-in
/// layout cannot be rebuilt from it and is refused.
fn getstate_default(vm: &Vm, o: &ObjRef, required: bool) -> PyResult {
    if required
        && !matches!(
            o.payload,
            Payload::Plain | Payload::Slots(_) | Payload::Values(_)
        )
    {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(o))));
    }
    let dict = match o.inline_values() {
        Some(_) => Some(crate::object::values::materialize(vm, o)),
        None => o.dict(),
    };
    let state = match dict {
        Some(d) if vm.len(&d)? > 0 && has_dict_attribute(o) => d,
        _ => vm.none.clone(),
    };
    let names = vm.call(
        &vm.getattr_str(&copyreg(vm)?, "_slotnames")?,
        Args::positional(&[o.class()]),
    )?;
    let slots = vm.new_dict();
    let mut any = false;
    for name in vm.collect(&names)? {
        if let Some(v) = vm.getattr_opt(o, &name)? {
            vm.dict_set(&slots, name, v)?;
            any = true;
        }
    }
    Ok(if any {
        vm.new_tuple(vec![state, slots])
    } else {
        state
    })
}

/// Whether the object's dict cell is its `__dict__` (not the side storage of a built-in
/// subclass's slots, see `side_slot_get` in `descriptors.rs`).
fn has_dict_attribute(o: &ObjRef) -> bool {
    o.class()
        .as_type()
        .is_some_and(|t| t.has(crate::object::typeobj::HAS_DICT))
}
