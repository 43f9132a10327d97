//! The `marshal` module (`dumps`, `loads`, `dump`, `load`, `version`): objects are turned into
//! the compiler crate's `Value` tree and written or read by its marshal implementation, so the
//! module reads everything CPython 3.11's `Python/marshal.c` reads.
//!
//! Writing always uses format 4's layout with the compiler's deterministic reference policy
//! (see `krait_compiler::marshal`): the `version` argument is checked as an `int` but the bytes
//! are version 4's whatever it says, which both loaders read back to equal objects.

use krait_compiler::marshal::{self, ErrorKind, MarshalError};
use krait_compiler::value::{PyFloat, Value};

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// The nesting limit CPython's writer enforces (`MAX_MARSHAL_STACK_DEPTH`).
const MAX_DEPTH: usize = 2000;

/// The exception for a failed read or write, with CPython's class and message.
fn marshal_error(vm: &Vm, e: MarshalError) -> PyErr {
    let cls = match e.kind {
        ErrorKind::Eof => &vm.exc.eof_error,
        ErrorKind::Value => &vm.exc.value_error,
        ErrorKind::Type => &vm.exc.type_error,
    };
    vm.error(cls, e.message)
}

fn unmarshallable(vm: &Vm) -> PyErr {
    vm.value_error("unmarshallable object")
}

/// The items of a sequence or set, converted in order.
fn values_of(vm: &Vm, items: &[ObjRef], depth: usize) -> PyResult<Vec<Value>> {
    items.iter().map(|o| to_value(vm, o, depth + 1)).collect()
}

/// `w_object`: the value tree of `o`. Built-in types are taken only exactly (as marshal.c's
/// `Py*_CheckExact` tests); any other object exposing a buffer is written as `bytes`.
pub(crate) fn to_value(vm: &Vm, o: &ObjRef, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("object too deeply nested to marshal"));
    }
    if std::rc::Rc::ptr_eq(o, &vm.none) {
        return Ok(Value::None);
    }
    if std::rc::Rc::ptr_eq(o, &vm.true_obj) {
        return Ok(Value::True);
    }
    if std::rc::Rc::ptr_eq(o, &vm.false_obj) {
        return Ok(Value::False);
    }
    if std::rc::Rc::ptr_eq(o, &vm.ellipsis) {
        return Ok(Value::Ellipsis);
    }
    if std::rc::Rc::ptr_eq(o, &vm.exc.stop_iteration) {
        return Ok(Value::StopIteration);
    }
    let t = &vm.types;
    let v = match &o.payload {
        Payload::Int(i) if o.is_exact(&t.int) => Value::Int(i.to_bigint()),
        Payload::Float(f) if o.is_exact(&t.float) => Value::Float(PyFloat(*f)),
        Payload::Complex(re, im) if o.is_exact(&t.complex) => {
            Value::Complex(PyFloat(*re), PyFloat(*im))
        }
        Payload::Str(s) if o.is_exact(&t.str) => Value::Str {
            value: s.buf().clone(),
            interned: false,
        },
        Payload::Tuple(items) if o.is_exact(&t.tuple) => Value::Tuple(values_of(vm, items, depth)?),
        Payload::List(items) if o.is_exact(&t.list) => {
            let items = items.borrow().clone();
            Value::List(values_of(vm, &items, depth)?)
        }
        Payload::Dict(table) if o.is_exact(&t.dict) => {
            let pairs: Vec<(ObjRef, ObjRef)> = table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut out = Vec::with_capacity(pairs.len());
            for (k, val) in pairs {
                out.push((to_value(vm, &k, depth + 1)?, to_value(vm, &val, depth + 1)?));
            }
            Value::Dict(out)
        }
        Payload::Set(table) if o.is_exact(&t.set) => {
            let items: Vec<ObjRef> = table.borrow().entries().map(|(k, _)| k.clone()).collect();
            Value::Set(values_of(vm, &items, depth)?)
        }
        Payload::FrozenSet(table) if o.is_exact(&t.frozenset) => {
            let items: Vec<ObjRef> = table.0.entries().map(|(k, _)| k.clone()).collect();
            Value::FrozenSet(values_of(vm, &items, depth)?)
        }
        Payload::Code(c) => Value::Code(Box::new(c.co.clone())),
        _ => match crate::types::bytes::buffer(o) {
            Some(b) => Value::Bytes(b),
            None => return Err(unmarshallable(vm)),
        },
    };
    Ok(v)
}

/// The `version` argument: an `int` (marshal.c parses it with the `i` format).
fn check_version(vm: &Vm, v: Option<&ObjRef>) -> PyResult<()> {
    if let Some(v) = v
        && !matches!(v.payload, Payload::Int(_))
    {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    Ok(())
}

fn dumps_bytes(vm: &Vm, value: &ObjRef) -> PyResult<Vec<u8>> {
    let tree = to_value(vm, value, 0)?;
    marshal::dumps(&tree).map_err(|e| marshal_error(vm, e))
}

fn m_dumps(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "dumps")?;
    let a = args.range(vm, "dumps", 1, 2)?;
    check_version(vm, a.get(1))?;
    Ok(vm.new_bytes(dumps_bytes(vm, &a[0])?))
}

fn m_dump(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "dump")?;
    let a = args.range(vm, "dump", 2, 3)?;
    check_version(vm, a.get(2))?;
    let data = dumps_bytes(vm, &a[0])?;
    vm.call_method(&a[1], "write", &[vm.new_bytes(data)])?;
    Ok(vm.none.clone())
}

/// The bytes of a bytes-like argument, with the error `loads` gives for anything else.
fn bytes_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))
    })
}

fn m_loads(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "loads")?;
    let a = args.exact(vm, "loads", 1)?;
    let data = bytes_arg(vm, &a[0])?;
    let value = marshal::loads(&data).map_err(|e| marshal_error(vm, e))?;
    crate::eval::code::value_to_object(vm, &value)
}

/// `load(file)`: reads the rest of the file, takes the first object, and seeks back over what
/// follows it so the file is left just after the object (where CPython's reader stops).
fn m_load(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "load")?;
    let a = args.exact(vm, "load", 1)?;
    let got = vm.call_method(&a[0], "read", &[])?;
    let data = crate::types::bytes::buffer(&got).ok_or_else(|| {
        vm.type_error(format!(
            "file.read() returned not bytes but {}",
            vm.type_name(&got)
        ))
    })?;
    let (value, used) = marshal::loads_prefix(&data).map_err(|e| marshal_error(vm, e))?;
    let rest = data.len() - used;
    if rest > 0 {
        let back = vm.new_int(-(rest as i64));
        vm.call_method(&a[0], "seek", &[back, vm.new_int(1)])?;
    }
    crate::eval::code::value_to_object(vm, &value)
}

/// The `marshal` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("marshal");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("dump", m_dump),
        ("dumps", m_dumps),
        ("load", m_load),
        ("loads", m_loads),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "marshal"));
    }
    vm.dict_set_str(&d, "version", vm.new_int(i64::from(marshal::VERSION)));
    m
}
