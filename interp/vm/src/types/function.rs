//! Python functions (`function`), bound methods (`method`), cells and the attributes Python
//! code reads on them (`__name__`, `__defaults__`, `__closure__`, `__func__`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::code::Code;
use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A Python function.
#[derive(Debug)]
pub struct Function {
    /// The code (replaced by assigning `__code__`).
    pub code: RefCell<Rc<Code>>,
    /// The code object (`__code__`).
    pub code_obj: RefCell<ObjRef>,
    /// `__globals__`.
    pub globals: ObjRef,
    /// The builtins its frames use.
    pub builtins: ObjRef,
    /// `__name__`.
    pub name: RefCell<ObjRef>,
    /// `__qualname__`.
    pub qualname: RefCell<ObjRef>,
    /// `__defaults__` (a tuple).
    pub defaults: RefCell<Option<ObjRef>>,
    /// `__kwdefaults__` (a dict).
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__closure__` (a tuple of cells).
    pub closure: Option<ObjRef>,
    /// `__annotations__`: as `MAKE_FUNCTION` gives it (a flat tuple of names and values), or
    /// the dict once made.
    pub annotations: RefCell<Option<ObjRef>>,
    /// `__doc__`.
    pub doc: RefCell<ObjRef>,
    /// `__module__`.
    pub module: RefCell<ObjRef>,
}

/// A bound method.
#[derive(Debug)]
pub struct Method {
    /// `__func__`.
    pub func: ObjRef,
    /// `__self__`.
    pub self_: ObjRef,
}

/// Makes a function from a code object (`PyFunction_New` plus `MAKE_FUNCTION`'s extras).
#[allow(clippy::too_many_arguments)]
pub fn new_function(
    vm: &Vm,
    code_obj: ObjRef,
    globals: ObjRef,
    builtins: ObjRef,
    defaults: Option<ObjRef>,
    kwdefaults: Option<ObjRef>,
    closure: Option<ObjRef>,
    annotations: Option<ObjRef>,
) -> PyResult {
    let Some(code) = code_obj.as_code().cloned() else {
        return Err(vm.system_error("MAKE_FUNCTION expects a code object"));
    };
    let doc = match code.consts.first() {
        Some(c) if c.as_str().is_some() => c.clone(),
        _ => vm.none.clone(),
    };
    let module = vm
        .dict_get_str(&globals, &vm.names.__name__)
        .unwrap_or_else(|| vm.none.clone());
    let f = Function {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code: RefCell::new(code),
        code_obj: RefCell::new(code_obj),
        globals,
        builtins,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
    };
    let func = Obj::new(vm.types.function.clone(), Payload::Function(Box::new(f)));
    vm.gc_track(&func);
    Ok(func)
}

impl Vm<'_> {
    /// A cell holding `v` (empty when None).
    pub fn new_cell(&self, v: Option<ObjRef>) -> ObjRef {
        let c = Obj::new(self.types.cell.clone(), Payload::Cell(RefCell::new(v)));
        self.gc_track(&c);
        c
    }

    /// A method bound to `self_`.
    pub fn new_method(&self, func: ObjRef, self_: ObjRef) -> ObjRef {
        Obj::new(
            self.types.method.clone(),
            Payload::Method(Box::new(Method { func, self_ })),
        )
    }
}

fn func<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Function> {
    o.as_function()
        .ok_or_else(|| vm.internal("expected a function"))
}

fn function_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = func(vm, o)?;
    Ok(vm.new_str(format!(
        "<function {} at {:#x}>",
        vm.str_lossy(&f.qualname.borrow()),
        o.id()
    )))
}

fn function_get(vm: &Vm, f: &ObjRef, obj: Option<&ObjRef>, _ty: &ObjRef) -> PyResult {
    match obj {
        Some(o) => Ok(vm.new_method(f.clone(), o.clone())),
        None => Ok(f.clone()),
    }
}

fn function_call(vm: &Vm, f: &ObjRef, args: Args<'_>) -> PyResult {
    crate::eval::call_function(vm, f, args)
}

fn get_name(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.name.borrow().clone())
}

fn set_name(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_str().is_some() => {
            *func(vm, o)?.name.borrow_mut() = v;
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

fn get_qualname(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.qualname.borrow().clone())
}

fn set_qualname(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_str().is_some() => {
            *func(vm, o)?.qualname.borrow_mut() = v;
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}

fn get_code(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.code_obj.borrow().clone())
}

/// `func.__code__ = code`: the new code must have as many free variables as the closure.
fn set_code(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let f = func(vm, o)?;
    let Some(code) = v.as_ref().and_then(|c| c.as_code().cloned()) else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let nfree = code.co.freevars().len();
    let nclosure = f
        .closure
        .as_ref()
        .and_then(|c| c.as_tuple().map(|t| t.len()))
        .unwrap_or(0);
    if nfree != nclosure {
        return Err(vm.value_error(format!(
            "{}() requires a code object with {nclosure} free vars, not {nfree}",
            vm.str_lossy(&f.name.borrow())
        )));
    }
    *f.code.borrow_mut() = code;
    if let Some(c) = v {
        *f.code_obj.borrow_mut() = c;
    }
    Ok(())
}

fn get_defaults(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?
        .defaults
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_defaults(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(t) = &v
        && t.as_tuple().is_none()
    {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    }
    *func(vm, o)?.defaults.borrow_mut() = v;
    Ok(())
}

fn get_kwdefaults(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?
        .kwdefaults
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_kwdefaults(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(d) = &v
        && d.as_dict().is_none()
    {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    }
    *func(vm, o)?.kwdefaults.borrow_mut() = v;
    Ok(())
}

fn get_globals(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.globals.clone())
}

/// `__builtins__`: the builtins the function was made with (`_PyEval_BuiltinsFromGlobals`).
fn get_builtins(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.builtins.clone())
}

fn get_closure(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?
        .closure
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn get_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.doc.borrow().clone())
}

fn set_doc(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    *func(vm, o)?.doc.borrow_mut() = v.unwrap_or_else(|| vm.none.clone());
    Ok(())
}

fn get_module(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(func(vm, o)?.module.borrow().clone())
}

fn set_module(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    *func(vm, o)?.module.borrow_mut() = v.unwrap_or_else(|| vm.none.clone());
    Ok(())
}

fn get_annotations(vm: &Vm, o: &ObjRef) -> PyResult {
    let f = func(vm, o)?;
    let current = f.annotations.borrow().clone();
    let d = match current {
        Some(d) if d.as_dict().is_some() => return Ok(d),
        Some(t) => {
            // `MAKE_FUNCTION` leaves a flat tuple of alternating names and values.
            let d = vm.new_dict();
            let items = t.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    vm.dict_set(&d, k.clone(), v.clone())?;
                }
            }
            d
        }
        None => vm.new_dict(),
    };
    *f.annotations.borrow_mut() = Some(d.clone());
    Ok(d)
}

fn set_annotations(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(d) = &v
        && d.as_dict().is_none()
    {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    }
    *func(vm, o)?.annotations.borrow_mut() = v;
    Ok(())
}

fn get_dict(vm: &Vm, o: &ObjRef) -> PyResult {
    crate::types::type_methods::instance_dict(vm, o)
}

fn meth<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Method> {
    match &o.payload {
        Payload::Method(m) => Ok(m),
        _ => Err(vm.internal("expected a method")),
    }
}

fn method_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = meth(vm, o)?;
    let name = match vm.getattr_opt(&m.func, &vm.names.__qualname__)? {
        Some(n) => vm.str_string(&n)?,
        None => match vm.getattr_opt(&m.func, &vm.names.__name__)? {
            Some(n) => vm.str_string(&n)?,
            None => "?".to_string(),
        },
    };
    Ok(vm.new_str(format!(
        "<bound method {} of {}>",
        name,
        vm.repr_string(&m.self_)?
    )))
}

fn method_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = meth(vm, o)?;
    let mut all = Vec::with_capacity(args.values.len() + 1);
    all.push(m.self_.clone());
    all.extend_from_slice(args.values);
    vm.call(
        &m.func,
        Args {
            values: &all,
            kwnames: args.kwnames,
        },
    )
}

/// `method.__doc__` is the function's.
fn get_method_doc(vm: &Vm, o: &ObjRef) -> PyResult {
    vm.getattr(&meth(vm, o)?.func, &vm.names.__doc__)
}

fn method_getattro(vm: &Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    // Attributes the method type defines win; the rest come from the function.
    let ty = o.class();
    if let Some(d) = crate::object::typeobj::lookup(&ty, name) {
        return vm.bind_descriptor(&d, Some(o), &ty);
    }
    vm.getattr(&meth(vm, o)?.func, name)
}

fn method_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Payload::Method(x), Payload::Method(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = Rc::ptr_eq(&x.self_, &y.self_) && vm.eq(&x.func, &y.func)?;
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn method_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let m = meth(vm, o)?;
    let a = (m.self_.id() as u64).rotate_right(4) as i64;
    let b = vm.hash(&m.func)?;
    let h = a ^ b;
    Ok(if h == -1 { -2 } else { h })
}

fn get_func(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(meth(vm, o)?.func.clone())
}

fn get_self(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(meth(vm, o)?.self_.clone())
}

/// `cell_richcompare`: cells compare by their contents, an empty cell before any other.
fn cell_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Payload::Cell(x), Payload::Cell(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x.borrow().clone(), y.borrow().clone());
    if let (Some(x), Some(y)) = (&x, &y) {
        return vm.rich_compare(x, y, op);
    }
    // `Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op)`.
    let t = op.test(y.is_none().cmp(&x.is_none()));
    Ok(vm.new_bool(t))
}

fn cell_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let Payload::Cell(c) = &o.payload else {
        return Err(vm.internal("expected a cell"));
    };
    Ok(vm.new_str(match &*c.borrow() {
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            o.id(),
            vm.type_name(v),
            v.id()
        ),
        None => format!("<cell at {:#x}: empty>", o.id()),
    }))
}

/// `types.CellType([contents])` (`cell_new`): an empty cell without an argument.
fn cell_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "cell")?;
    let a = args.pos();
    if a.len() > 1 {
        return Err(vm.type_error(format!("cell expected at most 1 argument, got {}", a.len())));
    }
    Ok(vm.new_cell(a.first().cloned()))
}

fn get_cell_contents(vm: &Vm, o: &ObjRef) -> PyResult {
    let Payload::Cell(c) = &o.payload else {
        return Err(vm.internal("expected a cell"));
    };
    let v = c.borrow().clone();
    v.ok_or_else(|| vm.value_error("Cell is empty"))
}

fn set_cell_contents(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Payload::Cell(c) = &o.payload else {
        return Err(vm.internal("expected a cell"));
    };
    let old = std::mem::replace(&mut *c.borrow_mut(), v);
    drop(old);
    Ok(())
}

/// `types.MethodType(function, instance)`, as `method_new` checks it.
fn method_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let pos = args.range(vm, "method", 2, 2)?;
    if !crate::builtins::introspect::is_callable(&pos[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(&pos[1]) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_method(pos[0].clone(), pos[1].clone()))
}

/// `function(code, globals, name=None, argdefs=None, closure=None)` (`func_new_impl`): a
/// function made from a code object, its builtins found from the globals as
/// `PyFunction_New` finds them.
fn function_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let [code, globals, name, argdefs, closure] = args.bind(vm, "function", names, 0, 5, 2)?;
    let (Some(code), Some(globals)) = (code, globals) else {
        return Err(vm.internal("function(): required arguments unbound"));
    };
    let Some(co) = code.as_code() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    };
    if globals.as_dict().is_none() {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&globals)
        )));
    }
    let given = |o: Option<ObjRef>| o.filter(|v| !vm.is_none(v));
    let (name, argdefs, closure) = (given(name), given(argdefs), given(closure));
    if name.as_ref().is_some_and(|n| n.as_str().is_none()) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if argdefs.as_ref().is_some_and(|d| d.as_tuple().is_none()) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = co.co.freevars().len();
    let cells = match &closure {
        Some(c) => match c.as_tuple() {
            Some(t) => t,
            None => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        },
        None if nfree > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => &[],
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            vm.str_lossy(&co.name),
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|c| !matches!(c.payload, Payload::Cell(_)))
    {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    // `_PyEval_BuiltinsFromGlobals`: the globals' `__builtins__`, else the running frame's.
    let builtins = match vm.dict_get_str(&globals, &vm.names.__builtins__) {
        Some(_) => crate::eval::builtins_of(vm, &globals),
        None => match vm.current_globals() {
            Some(g) => crate::eval::builtins_of(vm, &g),
            None => vm.builtins_dict(),
        },
    };
    let f = new_function(vm, code, globals, builtins, argdefs, None, closure, None)?;
    if let (Some(n), Some(data)) = (name, f.as_function()) {
        *data.name.borrow_mut() = n;
    }
    Ok(f)
}

/// Fills the namespaces of `function`, `method` and `cell`.
pub fn init(vm: &Vm) {
    let t = &vm.types.function;
    let s = Slots {
        new: Slot::Native(function_new),
        repr: Slot::Native(function_repr),
        descr_get: Slot::Native(function_get),
        call: Slot::Native(function_call),
        ..Slots::default()
    };
    vm.add_getset(t, "__name__", get_name, Some(set_name));
    vm.add_getset(t, "__qualname__", get_qualname, Some(set_qualname));
    vm.add_getset(t, "__code__", get_code, Some(set_code));
    vm.add_getset(t, "__defaults__", get_defaults, Some(set_defaults));
    vm.add_getset(t, "__kwdefaults__", get_kwdefaults, Some(set_kwdefaults));
    vm.add_readonly_member(t, "__globals__", get_globals);
    vm.add_readonly_member(t, "__builtins__", get_builtins);
    vm.add_readonly_member(t, "__closure__", get_closure);
    vm.add_getset(t, "__doc__", get_doc, Some(set_doc));
    vm.add_getset(t, "__module__", get_module, Some(set_module));
    vm.add_getset(t, "__annotations__", get_annotations, Some(set_annotations));
    vm.add_getset(
        t,
        "__dict__",
        get_dict,
        Some(crate::types::type_methods::set_builtin_instance_dict),
    );
    crate::object::slot_resolve::install_static(vm, t, s);

    let m = &vm.types.method;
    let ms = Slots {
        new: Slot::Native(method_new),
        repr: Slot::Native(method_repr),
        call: Slot::Native(method_call),
        getattro: Slot::Native(method_getattro),
        richcompare: Slot::Native(method_richcompare),
        hash: Slot::Native(method_hash),
        ..Slots::default()
    };
    vm.add_readonly_member(m, "__func__", get_func);
    vm.add_readonly_member(m, "__self__", get_self);
    vm.add_getset(m, "__doc__", get_method_doc, None);
    vm.add_methods(m, &[("__reduce__", method_reduce)]);
    crate::object::slot_resolve::install_static(vm, m, ms);

    let c = &vm.types.cell;
    let cs = Slots {
        new: Slot::Native(cell_new),
        repr: Slot::Native(cell_repr),
        richcompare: Slot::Native(cell_richcompare),
        ..Slots::default()
    };
    vm.add_getset(
        c,
        "cell_contents",
        get_cell_contents,
        Some(set_cell_contents),
    );
    crate::object::slot_resolve::install_static(vm, c, cs);
}

/// `meth_reduce`: a bound method pickles as `getattr(its object, its function's __name__)`.
fn method_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let Payload::Method(m) = &o.payload else {
        return Err(vm.internal("method"));
    };
    let name = vm.getattr(&m.func, &vm.intern("__name__"))?;
    let getattr = vm.getattr(&vm.builtins, &vm.intern("getattr"))?;
    Ok(vm.new_tuple(vec![getattr, vm.new_tuple(vec![m.self_.clone(), name])]))
}
