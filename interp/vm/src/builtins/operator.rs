//! The `_operator` module (`Modules/_operator.c`) that `operator` re-exports: the operators as
//! functions, in-place variants, the sequence helpers, `length_hint`, `_compare_digest`, and
//! the `itemgetter`/`attrgetter`/`methodcaller` types with their reprs.

use crate::object::arith::Unary;
use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{CompareOp, NbOp, Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The binary operators by name: `(name, in-place name, operator)`.
const BINARY: &[(&str, &str, NbOp)] = &[
    ("add", "iadd", NbOp::Add),
    ("sub", "isub", NbOp::Sub),
    ("mul", "imul", NbOp::Mul),
    ("truediv", "itruediv", NbOp::TrueDiv),
    ("floordiv", "ifloordiv", NbOp::FloorDiv),
    ("mod", "imod", NbOp::Mod),
    ("pow", "ipow", NbOp::Pow),
    ("lshift", "ilshift", NbOp::LShift),
    ("rshift", "irshift", NbOp::RShift),
    ("and_", "iand", NbOp::And),
    ("or_", "ior", NbOp::Or),
    ("xor", "ixor", NbOp::Xor),
    ("matmul", "imatmul", NbOp::MatMul),
];

/// Each function is a separate Rust function (a `NativeFn` carries no data): the macro makes
/// one per operator from the table's shape.
macro_rules! binary_fns {
    ($($f:ident, $fi:ident, $name:literal, $iname:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult {
                let a = args.exact(vm, $name, 2)?;
                vm.binary_op(&a[0], &a[1], NbOp::$op)
            }
            fn $fi(vm: &Vm, args: Args<'_>) -> PyResult {
                let a = args.exact(vm, $iname, 2)?;
                vm.inplace_op(&a[0], &a[1], NbOp::$op)
            }
        )*
        const BINARY_FNS: &[(NativeFn, NativeFn)] = &[$(($f, $fi)),*];
    };
}

binary_fns! {
    add, iadd, "add", "iadd", Add;
    sub, isub, "sub", "isub", Sub;
    mul, imul, "mul", "imul", Mul;
    truediv, itruediv, "truediv", "itruediv", TrueDiv;
    floordiv, ifloordiv, "floordiv", "ifloordiv", FloorDiv;
    mod_, imod, "mod", "imod", Mod;
    pow, ipow, "pow", "ipow", Pow;
    lshift, ilshift, "lshift", "ilshift", LShift;
    rshift, irshift, "rshift", "irshift", RShift;
    and_, iand, "and_", "iand", And;
    or_, ior, "or_", "ior", Or;
    xor, ixor, "xor", "ixor", Xor;
    matmul, imatmul, "matmul", "imatmul", MatMul;
}

macro_rules! compare_fns {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult {
                let a = args.exact(vm, $name, 2)?;
                vm.rich_compare(&a[0], &a[1], CompareOp::$op)
            }
        )*
    };
}

compare_fns! {
    lt, "lt", Lt;
    le, "le", Le;
    eq, "eq", Eq;
    ne, "ne", Ne;
    ge, "ge", Ge;
    gt, "gt", Gt;
}

/// The one argument of a `METH_O` function, named as CPython names module functions.
fn one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    Ok(&args.exact_qualified(vm, "_operator", name, 1)?[0])
}

fn neg(vm: &Vm, args: Args<'_>) -> PyResult {
    vm.unary_op(one(vm, &args, "neg")?, Unary::Neg)
}

fn pos(vm: &Vm, args: Args<'_>) -> PyResult {
    vm.unary_op(one(vm, &args, "pos")?, Unary::Pos)
}

fn inv(vm: &Vm, args: Args<'_>) -> PyResult {
    vm.unary_op(one(vm, &args, "inv")?, Unary::Invert)
}

fn invert(vm: &Vm, args: Args<'_>) -> PyResult {
    vm.unary_op(one(vm, &args, "invert")?, Unary::Invert)
}

fn abs(vm: &Vm, args: Args<'_>) -> PyResult {
    vm.unary_op(one(vm, &args, "abs")?, Unary::Abs)
}

fn not_(vm: &Vm, args: Args<'_>) -> PyResult {
    Ok(vm.new_bool(!vm.truthy(one(vm, &args, "not_")?)?))
}

fn truth(vm: &Vm, args: Args<'_>) -> PyResult {
    Ok(vm.new_bool(vm.truthy(one(vm, &args, "truth")?)?))
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult {
    Ok(vm.new_int_from(vm.index(one(vm, &args, "index")?)?))
}

fn is_(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "is_", 2)?;
    Ok(vm.new_bool(std::rc::Rc::ptr_eq(&a[0], &a[1])))
}

fn is_not(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "is_not", 2)?;
    Ok(vm.new_bool(!std::rc::Rc::ptr_eq(&a[0], &a[1])))
}

/// Whether `o` is a sequence for `PySequence_Concat`: it has the sequence concatenation slot,
/// or item access without being a mapping.
fn can_concat(o: &ObjRef) -> bool {
    o.slot(|s| s.sq_concat.is_present())
        || (o.slot(|s| s.getitem.is_present()) && o.as_dict().is_none())
}

fn concat_as(vm: &Vm, args: Args<'_>, name: &str, inplace: bool) -> PyResult {
    let a = args.exact(vm, name, 2)?;
    if !can_concat(&a[0]) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(&a[0])
        )));
    }
    if inplace {
        vm.inplace_op(&a[0], &a[1], NbOp::Add)
    } else {
        vm.binary_op(&a[0], &a[1], NbOp::Add)
    }
}

fn concat(vm: &Vm, args: Args<'_>) -> PyResult {
    concat_as(vm, args, "concat", false)
}

fn iconcat(vm: &Vm, args: Args<'_>) -> PyResult {
    concat_as(vm, args, "iconcat", true)
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "contains", 2)?;
    Ok(vm.new_bool(vm.contains(&a[0], &a[1])?))
}

/// `countOf`/`indexOf`: identity or equality, item by item (`_PySequence_IterSearch`).
fn search(vm: &Vm, seq: &ObjRef, v: &ObjRef, first: bool) -> PyResult<Option<i64>> {
    let it = vm.iter(seq)?;
    let (mut n, mut i) = (0, 0);
    while let Some(item) = vm.next(&it)? {
        if std::rc::Rc::ptr_eq(&item, v) || vm.eq(&item, v)? {
            if first {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok((!first).then_some(n))
}

fn count_of(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "countOf", 2)?;
    Ok(vm.new_int(search(vm, &a[0], &a[1], false)?.unwrap_or(0)))
}

fn index_of(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "indexOf", 2)?;
    match search(vm, &a[0], &a[1], true)? {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getitem", 2)?;
    vm.getitem(&a[0], &a[1])
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setitem", 3)?;
    vm.setitem(&a[0], &a[1], &a[2])?;
    Ok(vm.none.clone())
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "delitem", 2)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(vm.none.clone())
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
fn length_hint(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "length_hint", 1, 2)?;
    let default = match a.get(1) {
        None => 0,
        Some(d) if d.as_int().is_some() => vm.ssize(d)? as i64,
        Some(d) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(d)
            )));
        }
    };
    let o = &a[0];
    if o.slot(|s| s.len.is_present()) {
        match vm.len(o) {
            Ok(n) => return Ok(vm.new_int(n as i64)),
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let hint = match vm.call_dunder_opt(o, &vm.names.__length_hint__, &[]) {
        Ok(Some(h)) => h,
        Ok(None) => return Ok(vm.new_int(default)),
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Ok(vm.new_int(default)),
        Err(e) => return Err(e),
    };
    if vm.is_not_implemented(&hint) {
        return Ok(vm.new_int(default));
    }
    if hint.as_int().is_none() {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&hint)
        )));
    }
    let n = vm.ssize(&hint)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(vm.new_int(n as i64))
}

/// `_compare_digest(a, b)`: two ASCII strings or two bytes-like objects, compared in time
/// independent of where they differ.
fn compare_digest(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_compare_digest", 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (bx, by) = match (x.as_str(), y.as_str()) {
        (Some(sx), Some(sy)) => {
            let (tx, ty) = (sx.to_string_lossy(), sy.to_string_lossy());
            if !tx.is_ascii() || !ty.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (tx.into_owned().into_bytes(), ty.into_owned().into_bytes())
        }
        _ => {
            let (bx, by) = (
                crate::types::bytes::buffer(x),
                crate::types::bytes::buffer(y),
            );
            if bx.is_none() && by.is_none() {
                return Err(vm.type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(x),
                    vm.type_name(y)
                )));
            }
            let need = |b: Option<Vec<u8>>, o: &ObjRef| {
                b.ok_or_else(|| {
                    vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(o)
                    ))
                })
            };
            (need(bx, x)?, need(by, y)?)
        }
    };
    let mut diff = (bx.len() != by.len()) as u8;
    for (p, q) in bx.iter().zip(by.iter().cycle()) {
        diff |= p ^ q;
    }
    Ok(vm.new_bool(diff == 0))
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &Vm, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    }
    vm.call(
        &pos[0],
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

/// The state of the three callable types.
enum Getter {
    Item(Vec<ObjRef>),
    /// Each attribute as its dotted path.
    Attr(Vec<Vec<ObjRef>>, Vec<ObjRef>),
    Method {
        name: ObjRef,
        args: Vec<ObjRef>,
        kwnames: Vec<ObjRef>,
    },
}

impl NativeData for Getter {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        match self {
            Getter::Item(v) => v.iter().for_each(f),
            Getter::Attr(_, names) => names.iter().for_each(f),
            Getter::Method { args, .. } => args.iter().for_each(f),
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn getter<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Getter> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<Getter>()
            .ok_or_else(|| vm.internal("operator getter")),
        _ => Err(vm.internal("operator getter")),
    }
}

/// The getters' arguments: one or more (`"itemgetter expected 1 argument, got 0"`).
fn at_least_one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [ObjRef]> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected 1 argument, got 0")));
    }
    Ok(pos)
}

fn itemgetter_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "itemgetter")?;
    let a = at_least_one(vm, &args, "itemgetter")?;
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(Getter::Item(a.to_vec())))))
}

fn attrgetter_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "attrgetter")?;
    let a = at_least_one(vm, &args, "attrgetter")?;
    let mut paths = Vec::new();
    for name in a {
        let Some(s) = name.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        let text = s.to_string_lossy();
        paths.push(text.split('.').map(|p| vm.intern(p)).collect());
    }
    let st = Getter::Attr(paths, a.to_vec());
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(st))))
}

fn methodcaller_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    let Some(name) = pos.first() else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    let mut values = pos[1..].to_vec();
    let kwnames = args.kwnames.to_vec();
    values.extend(args.kw().map(|(_, v)| v.clone()));
    let st = Getter::Method {
        name: vm.intern_obj(name),
        args: values,
        kwnames,
    };
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(st))))
}

fn getter_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let g = getter(vm, o)?;
    let name = match g {
        Getter::Item(_) => "itemgetter",
        Getter::Attr(..) => "attrgetter",
        Getter::Method { .. } => "methodcaller",
    };
    args.no_kw(vm, name)?;
    let obj = &args.range(vm, name, 1, 1)?[0];
    match g {
        Getter::Item(items) if items.len() == 1 => vm.getitem(obj, &items[0]),
        Getter::Item(items) => {
            let mut out = Vec::with_capacity(items.len());
            for k in items {
                out.push(vm.getitem(obj, k)?);
            }
            Ok(vm.new_tuple(out))
        }
        Getter::Attr(paths, _) => {
            let mut out = Vec::with_capacity(paths.len());
            for path in paths {
                let mut v = obj.clone();
                for part in path {
                    v = vm.getattr(&v, part)?;
                }
                out.push(v);
            }
            Ok(if out.len() == 1 {
                out.remove(0)
            } else {
                vm.new_tuple(out)
            })
        }
        Getter::Method {
            name,
            args,
            kwnames,
        } => {
            let m = vm.getattr(obj, name)?;
            vm.call(
                &m,
                Args {
                    values: args,
                    kwnames,
                },
            )
        }
    }
}

fn getter_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.new_str("..."));
    }
    let r = getter_repr_body(vm, o);
    vm.repr_leave(o);
    Ok(vm.new_str(r?))
}

fn getter_repr_body(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let mut parts = Vec::new();
    match getter(vm, o)? {
        Getter::Item(items) => {
            for i in items {
                parts.push(vm.repr_string(i)?);
            }
        }
        Getter::Attr(_, names) => {
            for n in names {
                parts.push(vm.repr_string(n)?);
            }
        }
        Getter::Method {
            name,
            args,
            kwnames,
        } => {
            parts.push(vm.repr_string(name)?);
            let npos = args.len() - kwnames.len();
            for a in &args[..npos] {
                parts.push(vm.repr_string(a)?);
            }
            for (k, v) in kwnames.iter().zip(&args[npos..]) {
                parts.push(format!("{}={}", vm.str_string(k)?, vm.repr_string(v)?));
            }
        }
    }
    Ok(format!("{}({})", vm.type_name(o), parts.join(", ")))
}

/// `__reduce__` of the three types (`itemgetter_reduce`, `attrgetter_reduce`,
/// `methodcaller_reduce` of `_operator.c`): the type and its arguments; a `methodcaller`
/// with keywords is rebuilt by a `functools.partial` of the type holding them.
fn getter_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let cls = o.class();
    Ok(match getter(vm, o)? {
        Getter::Item(items) => vm.new_tuple(vec![cls, vm.new_tuple(items.clone())]),
        Getter::Attr(_, names) => vm.new_tuple(vec![cls, vm.new_tuple(names.clone())]),
        Getter::Method {
            name,
            args,
            kwnames,
        } => {
            let npos = args.len() - kwnames.len();
            if kwnames.is_empty() {
                let mut all = vec![name.clone()];
                all.extend_from_slice(args);
                vm.new_tuple(vec![cls, vm.new_tuple(all)])
            } else {
                let functools =
                    crate::builtins::import::import_module(vm, &vm.new_str("functools"))?;
                let partial = vm.getattr(&functools, &vm.intern("partial"))?;
                let mut values = vec![cls, name.clone()];
                values.extend_from_slice(&args[npos..]);
                let ctor = vm.call(
                    &partial,
                    Args {
                        values: &values,
                        kwnames,
                    },
                )?;
                vm.new_tuple(vec![ctor, vm.new_tuple(args[..npos].to_vec())])
            }
        }
    })
}

fn make_getter_type(vm: &Vm, qualname: &str, new: crate::object::slots::NewFn) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        qualname,
        &vm.types.object,
        Layout::Opaque,
        0,
    );
    let s = Slots {
        new: Slot::Native(new),
        call: Slot::Native(getter_call),
        repr: Slot::Native(getter_repr),
        ..Slots::default()
    };
    vm.add_methods(&t, &[("__reduce__", getter_reduce)]);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// The other functions: name and function.
const FUNCS: &[(&str, NativeFn)] = &[
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("ge", ge),
    ("gt", gt),
    ("neg", neg),
    ("pos", pos),
    ("inv", inv),
    ("invert", invert),
    ("abs", abs),
    ("not_", not_),
    ("truth", truth),
    ("index", index),
    ("is_", is_),
    ("is_not", is_not),
    ("concat", concat),
    ("iconcat", iconcat),
    ("contains", contains),
    ("countOf", count_of),
    ("indexOf", index_of),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("length_hint", length_hint),
    ("_compare_digest", compare_digest),
    ("call", call),
];

/// Creates the `_operator` module; its types are made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_operator");
    let Some(d) = m.dict() else { return m };
    for (&(name, iname, _), &(f, fi)) in BINARY.iter().zip(BINARY_FNS) {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_operator"));
        vm.dict_set_str(&d, iname, vm.new_module_builtin(iname, fi, "_operator"));
    }
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_operator"));
    }
    let types: [(&'static str, crate::object::slots::NewFn); 3] = [
        ("operator.itemgetter", itemgetter_new),
        ("operator.attrgetter", attrgetter_new),
        ("operator.methodcaller", methodcaller_new),
    ];
    for (qualname, new) in types {
        let t = vm.native_type(qualname, || make_getter_type(vm, qualname, new));
        let name = qualname.rsplit('.').next().unwrap_or(qualname);
        vm.dict_set_str(&d, name, t);
    }
    let doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";
    vm.dict_set_str(&d, "__doc__", vm.new_str(doc));
    m
}
